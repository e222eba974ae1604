"""RSS 0.9x/1.0/2.0 and Atom feeds via feedparser: items with absolute links and UTC dates."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")  # feedparser's type of a title that carries markup
_ROOT = re.compile(rb"<(rss|feed|rdf:RDF|RDF)[\s>]", re.IGNORECASE)


class FeedError(ValueError):
    """The bytes are not a feed; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item/entry: `link` is absolute; `content`/`summary` are HTML as given by the feed."""

    id: str
    link: str | None
    title: str | None
    published_at: datetime | None
    updated_at: datetime | None
    authors: tuple[str, ...]
    summary: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    link: str | None
    version: str
    encoding: str
    items: tuple[FeedItem, ...]


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """True for feed content types, or XML whose root element is rss/feed/RDF."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in FEED_TYPES[:3] or ctype == "application/x-rss+xml":
        return True
    if ctype and "html" in ctype:
        return False
    return bool(_ROOT.search(data[:4096]))


def parse_date(raw: str | None) -> datetime | None:
    """A feed date with an explicit zone -> UTC. RFC 822, ISO 8601, then other languages (dateparser).

    Dates without a zone are refused (None) rather than guessed.
    """
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    parsed: datetime | None = None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            parsed = None
    if parsed is None or parsed.tzinfo is None:
        import dateparser

        parsed = dateparser.parse(raw, settings={"STRICT_PARSING": True})
    if parsed is None or parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def _authors(entry: feedparser.FeedParserDict) -> tuple[str, ...]:
    names = [a.get("name") or a.get("email") for a in entry.get("authors") or []]
    if not any(names) and entry.get("author"):
        names = [entry.get("author")]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _content(entry: feedparser.FeedParserDict) -> str | None:
    parts = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    return "\n".join(parts) if parts else None


def _link(entry: feedparser.FeedParserDict) -> str | None:
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return entry.get("link") or None


def _title(entry: feedparser.FeedParserDict) -> str | None:
    """The item's title as text: an Atom title of type html carries markup and escaped characters ("UK&#8217;s")."""
    title = entry.get("title") or None
    kind = (entry.get("title_detail") or {}).get("type", "")
    return (html_to_text(title) or None) if title and kind in _HTML_TYPES else title


def _item(entry: feedparser.FeedParserDict) -> FeedItem:
    link = _link(entry)
    published = parse_date(entry.get("published"))
    # plain dict lookup (no deprecated fallback); like feed-rs, an item never updated was updated when published
    updated = parse_date(dict.get(entry, "updated")) or published
    return FeedItem(
        id=entry.get("id") or link or entry.get("title") or "",
        link=link,
        title=_title(entry),
        published_at=published,
        updated_at=updated,
        authors=_authors(entry),
        summary=entry.get("summary") or None,
        content=_content(entry),
    )


def parse_feed(data: bytes, *, url: str | None = None, content_type: str | None = None) -> Feed:
    """Parse feed bytes; `url` is the base for relative links. Raises FeedError when it is not a feed."""
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(
            data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True
        )
    except Exception as exc:  # feedparser is lenient; anything it still raises means hostile input
        raise FeedError(f"{url or 'feed'}: feed could not be parsed ({type(exc).__name__}: {exc})") from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(
            f"{url or 'feed'}: not an RSS/Atom feed ({problem or 'no feed root element'}); check the URL"
        )
    items = tuple(_item(e) for e in parsed.entries)
    return Feed(
        title=parsed.feed.get("title") or None,
        link=parsed.feed.get("link") or None,
        version=parsed.get("version") or "unknown",
        encoding=parsed.get("encoding") or "",
        items=items,
    )


_SPACE = re.compile(r"\s+")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an item's HTML content/summary (feed fallback when the page can't be had)."""
    if not fragment or not fragment.strip():
        return ""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError):  # junk markup means no usable text
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for node in root.iter():  # a newline in the markup is a space: feeds hard-wrap their paragraphs
        node.text = _SPACE.sub(" ", node.text) if node.text else node.text
        node.tail = _SPACE.sub(" ", node.tail) if node.tail else node.tail
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//figure|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
