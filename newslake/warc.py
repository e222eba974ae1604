"""WARC archives (.warc / .warc.gz, e.g. CC-NEWS): response records streamed with fastwarc -> articles."""

from __future__ import annotations

from collections.abc import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newslake import html
from newslake.config import Settings
from newslake.fetch import PAGE_TYPES, FetchPolicy
from newslake.records import RawArticle, Rejected, dump_record
from newslake.web import canonical


def _reject(
    path: str, rec: WarcRecord, uri: str, reason: str, status: int | None, stage: str = "extract"
) -> Rejected:
    pos = rec.stream_pos
    record = dump_record({"warc": path, "offset": pos, "uri": uri, "status": status})
    return Rejected(f"{path}:{pos}", stage, f"{path} at offset {pos} ({uri}): {reason}", record)


def record_to_article(path: str, rec: WarcRecord, max_bytes: int) -> RawArticle | Rejected:
    """One HTTP response record -> RawArticle, or Rejected naming the archive, offset and URL."""
    uri = rec.headers.get("WARC-Target-URI") or ""
    status = rec.http_headers.status_code if rec.http_headers is not None else None
    if status is None or not 200 <= status < 300:
        return _reject(path, rec, uri, f"archived HTTP status {status}, not a page", status)
    ctype = (rec.http_content_type or "").lower()
    if ctype and ctype not in PAGE_TYPES:
        return _reject(path, rec, uri, f"archived content type {ctype!r} is not HTML", status)
    if rec.content_length > max_bytes:
        return _reject(
            path, rec, uri, f"page of {rec.content_length} bytes exceeds the {max_bytes}-byte cap", status
        )
    body = rec.reader.read()
    if len(body) < rec.content_length:
        return _reject(
            path,
            rec,
            uri,
            f"record truncated ({len(body)} of {rec.content_length} bytes); archive cut short",
            status,
            "read",
        )
    page: bytes | str = body
    if rec.http_charset:
        try:
            page = body.decode(rec.http_charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header: let the page's own <meta charset> and sniffing decide
    try:
        article = html.extract(page, source=f"{path}:{rec.stream_pos}", url=uri or None)
    except html.ExtractionError as exc:
        return _reject(path, rec, uri, str(exc).removeprefix(f"{path}:{rec.stream_pos}: "), status)
    return article


def iter_warc(path: str, settings: Settings) -> Iterator[RawArticle | Rejected]:
    """Stream response records (never the whole file in memory); duplicate URLs in one archive are skipped."""
    max_bytes = FetchPolicy.from_settings(settings).max_bytes
    seen: set[str] = set()
    count = 0
    try:
        records = ArchiveIterator(
            path, record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
        )
        for rec in records:
            count += 1
            key = canonical(rec.headers.get("WARC-Target-URI") or f"#{rec.stream_pos}")
            if key in seen:
                continue
            seen.add(key)
            yield record_to_article(path, rec, max_bytes)
    except OSError as exc:
        where = f"after {count} records" if count else "at the start"
        yield Rejected(
            path,
            "read",
            f"{path}: not a readable WARC archive {where} ({exc}); the rest of the file was skipped",
            dump_record({"warc": path, "records_read": count}),
        )
