"""Live URLs: a page or a feed (detected), or a file listing them -> RawArticle | Rejected, incrementally."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from email.message import Message
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newslake import feeds, html
from newslake.config import Settings
from newslake.fetch import PAGE_TYPES, Fetcher, FetchError, Response
from newslake.ids import stable_id
from newslake.language import detect_language
from newslake.records import RawArticle, Rejected, dump_record

ANY_TYPES = PAGE_TYPES + feeds.FEED_TYPES + ("text/plain",)
SEEN_LIMIT = 5000  # item ids remembered per feed
ITEM_WORKERS = 4  # item pages in flight per feed (the per-host limit still applies)
TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref_src")
Record = RawArticle | Rejected


def canonical(url: str) -> str:
    """URL key for dedupe: lower-case scheme/host, no fragment, no tracking parameters, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return url.strip()  # malformed: the fetcher will reject it with the reason
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


@dataclass
class FeedState:
    """What a feed looked like last time: validators for conditional GET and the item ids already taken."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"sources/feeds/{stable_id(self.url)}.json"

    def conditional_headers(self) -> dict[str, str]:
        headers = {"If-None-Match": self.etag} if self.etag else {}
        return headers | ({"If-Modified-Since": self.last_modified} if self.last_modified else {})


class StateStore:
    """Feed states in the lake (newslake.store), written with compare-and-swap."""

    def __init__(self, settings: Settings) -> None:
        from newslake.store import open_store

        self.store = open_store(settings.lake)
        self.versions: dict[str, str | None] = {}

    def load(self, url: str) -> FeedState:
        state = FeedState(url)
        got = self.store.get(state.key)
        self.versions[url] = got[1] if got else None
        if got:
            raw = json.loads(got[0])
            state = FeedState(url, raw.get("etag"), raw.get("last_modified"), list(raw.get("seen", [])))
        return state

    def save(self, state: FeedState) -> None:
        from newslake.store import PreconditionFailed

        version = self.versions.get(state.url)
        for _ in range(3):
            data = json.dumps(
                {
                    "url": state.url,
                    "etag": state.etag,
                    "last_modified": state.last_modified,
                    "seen": state.seen[-SEEN_LIMIT:],
                }
            ).encode()
            try:
                if version is None:
                    self.versions[state.url] = self.store.put(state.key, data, if_none_match=True)
                else:
                    self.versions[state.url] = self.store.put(state.key, data, if_match=version)
                return
            except PreconditionFailed:  # a concurrent run saved first: keep the union of seen items
                other = self.load(state.url)
                state.seen = list(dict.fromkeys(other.seen + state.seen))
                version = self.versions.get(state.url)


class Run:
    """One run over URLs: shared fetcher, dedupe set and feed states."""

    def __init__(self, settings: Settings, after_publish: list[Callable[[], None]] | None = None) -> None:
        self.settings = settings
        self.fetcher = Fetcher(settings)
        self.states = StateStore(settings)
        self.taken: set[str] = set()  # canonical URLs already fetched or produced in this run
        self.after_publish = after_publish  # when given, feed state is saved only once the caller has published

    def save_state(self, state: FeedState) -> None:
        if self.after_publish is None:
            self.states.save(state)
        else:
            self.after_publish.append(lambda: self.states.save(state))

    def close(self) -> None:
        self.fetcher.close()

    def claim(self, url: str) -> bool:
        """True the first time a URL (canonically) is seen in this run."""
        key = canonical(url)
        if key in self.taken:
            return False
        self.taken.add(key)
        return True

    def source(self, url: str) -> Iterator[Record]:
        """A page or a feed: fetched once per run, then detected from content type and content."""
        if not self.claim(url):
            return
        state = self.states.load(url)
        try:
            resp = self.fetcher.get(url, accept=ANY_TYPES, headers=state.conditional_headers())
        except FetchError as exc:
            yield exc.rejected()
            return
        if resp.status == 304:
            return  # the feed has not changed since the last run
        if feeds.looks_like_feed(resp.content, resp.content_type):
            yield from self.feed(url, resp, state)
        else:
            yield page_record(resp, source=url)

    def feed(self, url: str, resp: Response, state: FeedState) -> Iterator[Record]:
        try:
            parsed = feeds.parse_feed(
                resp.content, url=resp.url, content_type=resp.headers.get("content-type")
            )
        except feeds.FeedError as exc:
            yield Rejected(url, "read", str(exc), dump_record({"url": url, "status": resp.status}))
            return
        seen = set(state.seen)
        fresh = [it for it in parsed.items if it.id not in seen and (not it.link or self.claim(it.link))]
        with ThreadPoolExecutor(ITEM_WORKERS) as pool:
            for item, (records, done) in zip(
                fresh, pool.map(lambda it: self.item(url, it), fresh), strict=True
            ):
                yield from records
                if done:
                    state.seen.append(item.id)
        state.etag, state.last_modified = resp.headers.get("etag"), resp.headers.get("last-modified")
        self.save_state(state)

    def item(self, feed_url: str, item: feeds.FeedItem) -> tuple[list[Record], bool]:
        """Records for one feed item, and whether it is settled (not worth retrying next run)."""
        problem: Rejected | None = None
        retry = False
        if item.link:
            try:
                resp = self.fetcher.get(item.link, accept=PAGE_TYPES)
                record = page_record(resp, source=item.link)
                if isinstance(record, RawArticle):  # the feed is the source; the page is its url
                    return [with_item_metadata(replace(record, source=feed_url), item)], True
                problem = record
            except FetchError as exc:
                problem, retry = exc.rejected(), exc.later
        fallback = feeds.html_to_text(item.content or item.summary)
        if len(fallback.split()) >= html.MIN_WORDS:
            art = RawArticle(source=feed_url, text=fallback, url=item.link)
            return [with_item_metadata(art, item)], True
        why = problem.reason if problem else "item has no link"
        reason = f"{why}; feed {feed_url} gives no item content to fall back on"
        status = json.loads(problem.record).get("status") if problem else None
        record = dump_record(
            {"feed": feed_url, "id": item.id, "link": item.link, "title": item.title, "status": status}
        )
        return [
            Rejected(item.link or feed_url, problem.stage if problem else "read", reason, record)
        ], not retry


def decoded(resp: Response) -> bytes | str:
    """Body as text when the HTTP header declares a charset that decodes it, else bytes for sniffing."""
    message = Message()
    message["content-type"] = resp.headers.get("content-type", "")
    charset = message.get_content_charset()
    if charset:
        try:
            return resp.content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header: let the page's own <meta charset> and sniffing decide
    return resp.content


def page_record(resp: Response, source: str) -> Record:
    """An HTML response -> RawArticle, or Rejected(stage=extract) with the URL and status."""
    try:
        return html.extract(decoded(resp), source=source, url=resp.url)
    except html.ExtractionError as exc:
        return Rejected(
            source,
            "extract",
            f"HTTP {resp.status}: {exc}",
            dump_record({"url": resp.url, "status": resp.status}),
        )


def with_item_metadata(art: RawArticle, item: feeds.FeedItem) -> RawArticle:
    """Fill what the page lacked from the feed item (title, date, authors)."""
    return replace(
        art,
        title=art.title or item.title,
        published_at=art.published_at or item.published_at or item.updated_at,
        authors=art.authors or ("; ".join(item.authors) or None),
        language=art.language or detect_language(art.text),
    )


def iter_url(url: str, settings: Settings) -> Iterator[Record]:
    """One page or feed URL."""
    return iter_urls([url], settings)


def iter_urls(urls: Iterable[str], settings: Settings,
              after_publish: list[Callable[[], None]] | None = None) -> Iterator[Record]:
    """Several page/feed URLs in one run: one client, one per-host schedule, dedupe across all of them.

    With `after_publish`, feed state (seen items, ETag) is not saved here: a callable to save it is appended, for
    the caller to run once the articles are published, so a failed publish re-fetches those items next time.
    """
    run = Run(settings, after_publish)
    try:
        for url in urls:
            yield from run.source(url)
    finally:
        run.close()


def iter_url_list(path: str, settings: Settings,
                  after_publish: list[Callable[[], None]] | None = None) -> Iterator[Record]:
    """A text file of feed/page URLs, one per line ('#' comments and blank lines skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(path, "read", f"cannot read URL list {path}: {exc}", path)
        return
    urls = []
    for number, line in enumerate(lines, 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if url.startswith(("http://", "https://")):
            urls.append(url)
        else:
            yield Rejected(
                f"{path}:{number}", "read", f"{path}:{number}: not an http(s) URL; one URL per line", line
            )
    yield from iter_urls(urls, settings, after_publish)
