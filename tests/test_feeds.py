"""Feeds: parsing the shared RSS/RDF/Atom files (vs feed-rs's expected output), and live feeds end to end."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from conftest import SHARED
from webserver import WebServer

from newslake.config import Settings
from newslake.feeds import FeedError, html_to_text, looks_like_feed, parse_date, parse_feed
from newslake.records import RawArticle, Rejected
from newslake.web import iter_url

pytestmark = pytest.mark.timeout(60)
FEEDS = SHARED / "feeds"
FEED_RS = sorted((FEEDS / "feed-rs").glob("*.xml"))
PAGE_IDS = [
    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
    "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
    "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85",
    "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2",
    "11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32",
]


def _flat(html: str | None) -> str:
    return " ".join(html_to_text(html).split())


def _utc(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


@pytest.mark.parametrize("path", FEED_RS, ids=lambda p: p.stem)
def test_items_match_feed_rs_expected_output(path):
    expected = json.loads(path.with_suffix(".expected.serde.json").read_text(encoding="utf-8"))
    feed = parse_feed(path.read_bytes(), url="https://example.org/feed.xml")
    assert len(feed.items) == len(expected["entries"])
    assert feed.title == expected["title"]["content"]
    for item, want in zip(feed.items, expected["entries"], strict=True):
        assert item.id == want["id"]
        assert item.title == want["title"]["content"]
        assert item.link == want["links"][0]["href"]
        assert item.published_at == _utc(want["published"])
        assert item.updated_at == _utc(want["updated"])
        # feed-rs keeps an RSS "email (Name)" author as one string; we keep the name
        want_authors = [a["name"] if a["name"] != "author" else a["email"] for a in want["authors"]]
        assert len(item.authors) == len(want_authors)
        assert all(ours in theirs for ours, theirs in zip(item.authors, want_authors, strict=True))
        assert _flat(item.summary) == _flat(want["summary"]["content"])


def test_every_shared_feed_parses_with_indexed_item_count():
    rows = [ln.split("\t") for ln in (FEEDS / "feeds-index.tsv").read_text().splitlines()[1:]]
    assert len(rows) == 14
    for path, root, count, *_ in rows:
        feed = parse_feed((SHARED / path).read_bytes(), url="https://example.org/feed")
        assert len(feed.items) == int(count), path
        assert all(it.id for it in feed.items), path
        assert feed.version.startswith({"rss": "rss", "feed": "atom", "RDF": "rss10"}[root]), path


def test_gb2312_feed_is_decoded():
    feed = parse_feed((FEEDS / "netnewswire" / "kc0011.rss").read_bytes())
    # titles read with iconv -f gb18030 from the file
    assert feed.title.startswith("投资资讯网交易在线")
    assert feed.items[0].title == "建国35周年纪念，华表，和平鸽"
    assert feed.items[1].title == "出南京泰山5盒，原盒看图"


def test_relative_links_resolved_against_feed_url_and_xml_base():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>/2024/11/21/story.html</link></item></channel></rss>"""
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"
      xml:base="https://news.example.com/world/"><title>t</title><id>x</id><updated>2024-11-21T10:00:00Z</updated>
      <entry><id>e1</id><title>b</title><link href="story-2.html"/><updated>2024-11-21T10:00:00+02:00</updated>
      </entry></feed>"""
    [a] = parse_feed(rss, url="https://example.org/feeds/world.xml").items
    assert a.link == "https://example.org/2024/11/21/story.html"
    [b] = parse_feed(atom, url="https://other.example/feed").items
    assert b.link == "https://news.example.com/world/story-2.html"
    assert b.updated_at == datetime(2024, 11, 21, 8, 0, tzinfo=UTC)


def test_parse_date_requires_a_zone():
    assert parse_date("Thu, 21 Nov 2024 10:00:00 +0100") == datetime(2024, 11, 21, 9, 0, tzinfo=UTC)
    assert parse_date("mer, 16 nov 2022 00:38:15 +0100") == datetime(2022, 11, 15, 23, 38, 15, tzinfo=UTC)
    assert parse_date("2024-11-21T10:00:00Z") == datetime(2024, 11, 21, 10, 0, tzinfo=UTC)
    assert parse_date("2020/1/10 14:33:00") is None
    assert parse_date("") is None


def test_not_a_feed():
    with pytest.raises(FeedError, match="not an RSS/Atom feed"):
        parse_feed(b"<html><body><p>hello</p></body></html>", url="https://example.org/page")
    assert not looks_like_feed(b"<html></html>", "text/html")
    assert looks_like_feed(b'<?xml version="1.0"?><rss version="2.0">', None)
    assert looks_like_feed(b"", "application/atom+xml")



def test_item_text_keeps_hard_wrapped_paragraphs_whole():
    html = "<p>Virgin\nMobile chief Charlie\n   Scibetta said so.</p><blockquote><p>Quoted\nline.</p></blockquote>ok<br>next"
    assert html_to_text(html) == "Virgin Mobile chief Charlie Scibetta said so.\nQuoted line.\nok\nnext"


def test_daring_fireball_items_have_no_names_split_across_lines():
    feed = parse_feed((FEEDS / "netnewswire" / "DaringFireball.atom").read_bytes())
    texts = [html_to_text(item.content or item.summary) for item in feed.items]
    assert any("Charlie Scibetta" in text for text in texts)
    assert not any("Virgin\nMobile" in text for text in texts)

# --- live feeds through web.iter_url against the local server ---------------------------------------


def shingle_scores(gold: str, pred: str) -> tuple[float, float]:
    def grams(text: str) -> Counter:
        toks = re.findall(r"\w+", text)
        return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)))

    g, p = grams(gold), grams(pred)
    tp = sum((g & p).values())
    return tp / sum(p.values()), tp / sum(g.values())


@pytest.fixture
def server():
    with WebServer(SHARED) as srv:
        yield srv


@pytest.fixture
def settings(tmp_path) -> Settings:
    extra = {"fetch_delay": "0", "fetch_backoff": "0.01", "fetch_retries": "1", "fetch_read_timeout": "0.5"}
    return Settings(lake=str(tmp_path / "lake"), allow_private_hosts=True, extra=extra)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SHARED / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))


def test_feed_yields_one_article_per_page_with_benchmark_quality(server, settings, gold):
    site = server.site
    site.feed_items = [(f"Story {i}", f"/pages/{pid}.html", None) for i, pid in enumerate(PAGE_IDS)]
    site.feed_items += [
        (
            "Down",
            "/fault/500",
            "<p>The agency said on Thursday that the strike would go ahead as planned.</p>",
        ),
        ("Gone", "/fault/404", None),
        ("Hidden", "/private/page.html", None),
        ("Dup", f"/pages/{PAGE_IDS[0]}.html?utm_source=rss", None),
    ]
    feed_url = server.url("/news.xml")
    records = list(iter_url(feed_url, settings))
    articles = [r for r in records if isinstance(r, RawArticle)]
    rejected = {r.source: r for r in records if isinstance(r, Rejected)}
    assert len(articles) == len(PAGE_IDS) + 1 and len(rejected) == 2
    assert all(a.source == feed_url for a in articles)  # the feed is the source, the page is the url
    scores = [
        shingle_scores(gold[pid]["articleBody"], a.text) for pid, a in zip(PAGE_IDS, articles, strict=False)
    ]
    precisions, recalls = zip(*scores, strict=True)
    assert sum(precisions) / len(PAGE_IDS) > 0.9 and sum(recalls) / len(PAGE_IDS) > 0.9
    wsj = articles[0]
    assert wsj.url == gold[PAGE_IDS[0]]["url"]  # the page's canonical URL
    assert wsj.published_at == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)  # page metadata beats the feed's
    fallback = articles[-1]
    assert fallback.url == server.url("/fault/500")
    assert fallback.text.startswith("The agency said on Thursday") and fallback.title == "Down"
    assert fallback.published_at == datetime(2024, 11, 21, 10, 0, tzinfo=UTC)  # from the item's pubDate
    assert "HTTP 404" in rejected[server.url("/fault/404")].reason
    assert "robots.txt" in rejected[server.url("/private/page.html")].reason
    assert "no item content to fall back on" in rejected[server.url("/fault/404")].reason
    assert json.loads(rejected[server.url("/fault/404")].record)["status"] == 404
    assert site.hits["/fault/500"] == 2  # retried once, then fell back to the item's content


def test_per_host_concurrency_limit(server, tmp_path):
    server.site.feed_items = [(f"S{i}", f"/fault/sleep-{pid}.html", None) for i, pid in enumerate(PAGE_IDS)]
    server.site.max_in_flight = 0
    extra = {"fetch_delay": "0", "fetch_per_host": "2"}
    settings = Settings(lake=str(tmp_path), allow_private_hosts=True, extra=extra)
    records = list(iter_url(server.url("/news.xml"), settings))
    assert len(records) == len(PAGE_IDS) and all(isinstance(r, RawArticle) for r in records)
    assert server.site.max_in_flight <= 2  # 4 item workers, but never more than 2 requests to one host


def test_second_run_is_incremental(server, settings, gold):
    site = server.site
    site.feed_items = [(f"Story {i}", f"/pages/{pid}.html", None) for i, pid in enumerate(PAGE_IDS[:3])]
    first = list(iter_url(server.url("/news.xml"), settings))
    assert len(first) == 3
    assert list(iter_url(server.url("/news.xml"), settings)) == []  # 304 Not Modified
    assert site.hits["/news.xml"] == 2
    site.feed_items.append(("New", f"/pages/{PAGE_IDS[3]}.html", None))  # feed changes: new ETag
    third = list(iter_url(server.url("/news.xml"), settings))
    assert [r.url for r in third] == [gold[PAGE_IDS[3]]["url"]]
    assert all(site.hits[f"/pages/{pid}.html"] == 1 for pid in PAGE_IDS[:4])


def test_shared_feed_over_http_falls_back_to_item_content(server, settings):
    server.site.rewrites = [(b"https://www.nbcnewyork.com", server.base.encode())]  # item pages -> 404 here
    [rec] = list(iter_url(server.url("/feeds/feed-rs/rss_2.0_nbcny.xml"), settings))
    assert isinstance(rec, RawArticle)
    assert rec.source == server.url("/feeds/feed-rs/rss_2.0_nbcny.xml")
    assert rec.url == server.url(
        "/news/local/nyc-cops-search-for-stabbing-suspect-after-leaving-18-year-old-to-bleed-out-on-sidewalk/4956764/"
    )
    assert rec.text.startswith("A young man was left for dead on a Manhattan sidewalk")
    assert rec.title.startswith("NYC cops search for stabbing suspect")
    assert rec.authors == "Gaby Acevedo and Jessica Cunnington"
    assert rec.published_at is None  # the feed's pubDate has no zone


def test_gb2312_feed_over_http(server, settings):
    server.site.rewrites = [(b"http://www.kc0011.net", server.base.encode())]
    records = list(iter_url(server.url("/feeds/netnewswire/kc0011.rss"), settings))
    assert len(records) == 20  # every item is an article from its own content or a rejection
    titles = {r.title for r in records if isinstance(r, RawArticle)}
    rejected = [r for r in records if isinstance(r, Rejected)]
    assert all("HTTP 404" in r.reason for r in rejected)
    assert "建国35周年纪念，华表，和平鸽" in titles | {json.loads(r.record)["title"] for r in rejected}
