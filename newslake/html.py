"""Main text and metadata of one HTML page via trafilatura."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime

import trafilatura
from trafilatura.settings import Document

from newslake.language import detect_language
from newslake.records import RawArticle

# Tuned on the 181-page benchmark (benchmarks/extraction_bench.py, table in benchmarks/sources.md):
# favour precision, but when that keeps only a sliver of what the default settings find, the precision
# filters have thrown the article away (e.g. paywall teaser markup), so take the default reading.
PRECISE: dict[str, object] = {"include_comments": False, "favor_precision": True}
BALANCED: dict[str, object] = {"include_comments": False}
RECHECK_BELOW_CHARS = 1000  # only short precise readings are worth a second, balanced pass
SLIVER = 0.15  # precise/balanced length ratio under which the balanced reading wins
DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}
MIN_WORDS = 5  # fewer words after extraction means "no article" (a nav link, a cookie notice)


# trafilatura parses with one module-level lxml HTMLParser; lxml parsers must not be used by two threads at
# once (it crashed the interpreter under the feed fetcher's thread pool), so extraction is serialised.
_LXML_LOCK = threading.Lock()


class ExtractionError(ValueError):
    """The page holds no extractable article; the message says why and what to do."""


def decode(html: bytes | str) -> str:
    """Bytes to text using the declared/sniffed charset (trafilatura's own decoder)."""
    if isinstance(html, str):
        return html
    from trafilatura.utils import decode_file

    return decode_file(html)


def parse_date(value: str | None) -> datetime | None:
    """trafilatura/htmldate date string -> timezone-aware UTC datetime (naive values are taken as UTC)."""
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


# a line break the page's source put inside a paragraph: indented, after no sentence end, before a lower-case word
_HARD_WRAP = re.compile(r"(?<=[^\s.!?:;\"\u201d\u2019)\]])[ \t]*\n[ \t]+(?=[a-z])")


def unwrap(text: str) -> str:
    """Join the lines a page's hard-wrapped HTML source left in a paragraph ("allergies to\\n      eat tiny")."""
    return _HARD_WRAP.sub(" ", text)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def drop_title_line(text: str, title: str | None) -> str:
    """Remove a first line that only repeats the headline (the title is its own field)."""
    first, _, rest = text.partition("\n")
    if title and _norm(first) and _norm(first) == _norm(title):
        return rest.lstrip("\n")
    return text


def _read(html: str, url: str | None, options: dict[str, object], metadata: bool) -> Document | None:
    params = {"with_metadata": True, "date_extraction_params": DATE_PARAMS} if metadata else {}
    return trafilatura.bare_extraction(html, url=url, **options, **params)


def best_reading(html: str, url: str | None = None, metadata: bool = True) -> Document | None:
    """The precise reading, unless it kept only a sliver of the balanced one."""
    doc = _read(html, url, PRECISE, metadata)
    text = (doc.text or "") if doc is not None else ""
    if len(text) < RECHECK_BELOW_CHARS:
        balanced = _read(html, url, BALANCED, metadata)
        if balanced is not None and len(text) < SLIVER * len(balanced.text or ""):
            return balanced
    return doc


def extract(html: bytes | str, *, source: str, url: str | None = None) -> RawArticle:
    """One page -> RawArticle with text, title, UTC date, authors, language and canonical URL."""
    try:
        text_html = decode(html)
    except Exception as exc:  # any decoding failure is a bad page, not a crash
        raise ExtractionError(
            f"{source}: cannot decode page bytes ({exc}); check the file's encoding"
        ) from exc
    if not text_html.strip():
        raise ExtractionError(f"{source}: empty page; nothing to extract")
    try:
        with _LXML_LOCK:
            doc = best_reading(text_html, url)
    except Exception as exc:  # lxml/trafilatura errors on hostile markup
        raise ExtractionError(f"{source}: HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = unwrap(drop_title_line((doc.text or "").strip(), doc.title).strip()) if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise ExtractionError(
            f"{source}: no article text found in the HTML (not a news page, or content is loaded by JavaScript)"
        )
    return RawArticle(
        source=source,
        text=text,
        url=doc.url or url,
        title=doc.title or None,
        published_at=parse_date(doc.date),
        authors=doc.author or None,
        language=detect_language(text),
    )
