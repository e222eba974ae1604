"""Read stage: files, directories, globs, URLs and WARC archives -> RawArticle or Rejected, streamed."""

from __future__ import annotations

import email.utils
import glob
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from newslake.config import Settings
from newslake.records import RawArticle, Rejected, dump_record

TEXT_SUFFIXES = {".txt", ".md"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm"}
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_MAX_BYTES = 10_000_000  # raw pages carry markup: real 1.5 MB pages hold well under 1 MB of text
JSON_FIELDS = ("text", "id", "url", "title", "published_at", "source", "authors", "language")


def iter_sources(specs: Iterable[str], settings: Settings,
                 after_publish: list[Callable[[], None]] | None = None) -> Iterator[RawArticle | Rejected]:
    """Every article (or rejection) from every source spec, in a stable order.

    `after_publish` collects callables (feed state saves) that the caller runs once the articles are published.
    """
    urls: list[str] = []  # consecutive URL arguments share one HTTP client, per-host schedule and dedupe
    for spec in [*specs, ""]:
        if spec.startswith(("http://", "https://")):
            urls.append(spec)
            continue
        if urls:
            from newslake import web

            yield from web.iter_urls(urls, settings, after_publish)
            urls = []
        if not spec:
            continue
        paths = _expand(spec)
        if paths is None:
            yield Rejected(spec, "read", f"{spec}: no such file, directory or glob match; check the path", spec)
            continue
        for path in paths:
            yield from read_file(path, settings, after_publish)


def _expand(spec: str) -> list[Path] | None:
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    if path.is_file():
        return [path]
    matches = sorted(Path(m) for m in glob.glob(spec, recursive=True) if Path(m).is_file())
    return matches or None


def read_file(path: Path, settings: Settings,
              after_publish: list[Callable[[], None]] | None = None) -> Iterator[RawArticle | Rejected]:
    """Dispatch one file on its suffix."""
    src = str(path)
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        from newslake import warc

        yield from warc.iter_warc(src, settings)
        return
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES:
        yield Rejected(src, "read", f"{src}: unsupported file type '{suffix}'; use .txt, .md, .jsonl, .json, "
                       ".html or .warc(.gz)", src)
        return
    if suffix == ".jsonl" or suffix == ".ndjson":
        yield from _read_jsonl(path, settings)
        return
    size = path.stat().st_size
    limit = HTML_MAX_BYTES if suffix in HTML_SUFFIXES else settings.max_text_bytes
    if size > limit and suffix != ".json":
        yield Rejected(src, "read", f"{src}: file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB article "
                       "limit; split it into articles (e.g. JSONL) or raise NEWSLAKE_MAX_TEXT_BYTES", src)
        return
    data = path.read_bytes()
    if suffix in HTML_SUFFIXES:
        yield _read_html(src, data)
        return
    text = _decode(src, data)
    if isinstance(text, Rejected):
        yield text
    elif suffix == ".json":
        yield from _read_json(src, text, settings)
    elif suffix == ".txt" and _is_url_list(text):
        from newslake import web

        yield from web.iter_url_list(src, settings, after_publish)
    else:
        yield _article_from_text(src, text)


def _decode(src: str, data: bytes) -> str | Rejected:
    if not data.strip():
        return Rejected(src, "read", f"{src}: empty file; nothing to read", src)
    if b"\x00" in data[:8192]:
        return Rejected(src, "read", f"{src}: binary file (NUL bytes); expected UTF-8 text", src)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(src, "read", f"{src}: invalid UTF-8 at byte {exc.start}; re-encode the file as UTF-8", src)
    return text.removeprefix("\ufeff")


def _article_from_text(src: str, text: str) -> RawArticle | Rejected:
    if not text.strip():
        return Rejected(src, "read", f"{src}: no text", src)
    return RawArticle(source=src, text=text)


def _read_html(src: str, data: bytes) -> RawArticle | Rejected:
    if not data.strip():
        return Rejected(src, "read", f"{src}: empty file; nothing to read", src)
    from newslake import html

    try:
        return html.extract(data, source=src)
    except html.ExtractionError as exc:
        return Rejected(src, "extract", f"{src}: {exc}", src)


def _is_url_list(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return bool(lines) and all(ln.startswith(("http://", "https://")) and " " not in ln for ln in lines)


def _read_jsonl(path: Path, settings: Settings) -> Iterator[RawArticle | Rejected]:
    src = str(path)
    if path.stat().st_size == 0:
        yield Rejected(src, "read", f"{src}: empty file; nothing to read", src)
        return
    with path.open("rb") as fh:  # streamed: a large JSONL never sits in memory whole
        for lineno, raw in enumerate(fh, start=1):
            where = f"{src}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > settings.max_text_bytes:
                yield Rejected(where, "read", f"{where}: line is {len(raw) / 1e6:.1f} MB, over the article limit",
                               dump_record(raw.decode("utf-8", "replace")))
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Rejected(where, "read", f"{where}: invalid UTF-8 at byte {exc.start}; re-encode as UTF-8",
                               dump_record(raw.decode("utf-8", "replace")))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejected(where, "read", f"{where}: not JSON ({exc})", dump_record(line))
                continue
            yield record_to_article(obj, where)


def _read_json(src: str, text: str, settings: Settings) -> Iterator[RawArticle | Rejected]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(src, "read", f"{src}: not JSON ({exc.msg} at line {exc.lineno})", dump_record(text))
        return
    records = obj.get("articles", [obj]) if isinstance(obj, dict) else obj
    if not isinstance(records, list):
        yield Rejected(src, "read", f"{src}: expected an object, a list of objects or {{'articles': [...]}}",
                       dump_record(text))
        return
    for i, rec in enumerate(records):
        yield record_to_article(rec, f"{src}:{i}" if len(records) > 1 else src)


def record_to_article(obj: object, where: str) -> RawArticle | Rejected:
    """A JSON record with `text` and optional id, url, title, published_at, source, authors, language."""
    if not isinstance(obj, dict):
        return Rejected(where, "read", f"{where}: expected a JSON object with a 'text' field", dump_record(obj))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(where, "read", f"{where}: record has no 'text' (a non-empty string is required)",
                        dump_record(obj))
    published = obj.get("published_at")
    try:
        published_at = parse_timestamp(published)
    except (TypeError, ValueError):
        return Rejected(where, "read", f"{where}: published_at {published!r} is not an ISO 8601 or RFC 2822 time",
                        dump_record(obj))
    authors = obj.get("authors")
    if isinstance(authors, list):
        authors = "; ".join(str(a) for a in authors)
    return RawArticle(
        source=str(obj.get("source") or where),
        text=text,
        url=_opt_str(obj.get("url")),
        title=_opt_str(obj.get("title")),
        published_at=published_at,
        authors=_opt_str(authors),
        language=_opt_str(obj.get("language")),
    )


def _opt_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def parse_timestamp(value: object) -> datetime | None:
    """ISO 8601 or RFC 2822 (or epoch seconds) -> aware UTC datetime; naive times are taken as UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if not isinstance(value, str):
        raise TypeError(value)
    s = value.strip()
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        try:
            dt = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError) as exc:
            raise ValueError(value) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)

