"""Article-body extraction F1 on the 181 shared pages, with the ScrapingHub benchmark's metric.

Metric (re-implemented from its description in ../shared/README.md): tokens are `\\w+`; 4-gram shingle
multisets per page; per-page tp/fp/fn normalised by their sum; precision averaged over pages with a
prediction, recall over pages with a gold body; F1 = harmonic mean of the two averages.

    uv run --frozen python benchmarks/extraction_bench.py                 # newslake.html.extract
    uv run --frozen python benchmarks/extraction_bench.py --baselines     # also score baseline-outputs/*.json
    uv run --frozen python benchmarks/extraction_bench.py --variants      # trafilatura option sweep
    uv run --frozen python benchmarks/extraction_bench.py --fetch         # + fetch all pages via a local feed
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = (REPO.parent / "shared" / "data" / "article-extraction").resolve()
TOKEN = re.compile(r"\w+")

Scores = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle."""
    tokens = TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(gold: str, pred: str) -> Scores:
    """(tp, fp, fn) over shingle multisets, normalised to sum to 1."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other: float) -> float:
    if miss == other == 0:
        return 1.0
    return 0.0 if hit == miss == 0 else hit / (hit + miss)


def summarise(per_page: list[Scores]) -> dict[str, float]:
    """Mean precision over pages with a prediction, mean recall over pages with gold, and their F1."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in per_page if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in per_page if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def load_gold() -> dict[str, dict[str, str]]:
    return json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))


def score(gold: dict[str, dict[str, str]], bodies: dict[str, str]) -> dict[str, float]:
    return summarise([page_scores(g.get("articleBody", ""), bodies.get(k) or "") for k, g in gold.items()])


def run_extractor(
    gold: dict[str, dict[str, str]], fn: Callable[[str, str], str]
) -> tuple[dict[str, str], float]:
    """Bodies per page id and CPU seconds spent (extraction only, files read beforehand; one thread)."""
    pages = {k: (DATA / "html" / f"{k}.html").read_text(encoding="utf-8") for k in gold}
    start = time.process_time()  # CPU time: robust on a shared machine, and per core since one thread
    bodies = {k: fn(html, gold[k]["url"]) for k, html in pages.items()}
    return bodies, time.process_time() - start


def newslake_body(html: str, url: str) -> str:
    from newslake.html import ExtractionError, extract

    try:
        return extract(html, source=url, url=url).text
    except ExtractionError:
        return ""


def variant(**options: object) -> Callable[[str, str], str]:
    import trafilatura

    def body(html: str, url: str) -> str:
        doc = trafilatura.bare_extraction(html, url=url, **options)
        return (doc.text or "") if doc is not None else ""

    return body


VARIANTS: dict[str, dict[str, object]] = {
    "default (upstream run)": {"include_comments": False},
    "favor_precision": {"include_comments": False, "favor_precision": True},
    "favor_recall": {"include_comments": False, "favor_recall": True},
    "no tables": {"include_comments": False, "include_tables": False},
    "precision, no tables": {"include_comments": False, "favor_precision": True, "include_tables": False},
    "fast (no fallback)": {"include_comments": False, "fast": True},
}


def fetch_rate(gold: dict[str, dict[str, str]]) -> dict[str, float]:
    """All pages through web.iter_url: a local feed whose items link to them, served on 127.0.0.1."""
    import tempfile

    sys.path.insert(0, str(REPO / "tests"))
    from webserver import WebServer

    from newslake.config import Settings
    from newslake.records import RawArticle
    from newslake.web import iter_url

    with WebServer(DATA.parent.parent / "data") as server, tempfile.TemporaryDirectory() as lake:
        server.site.feed_items = [(k, f"/pages/{k}.html", None) for k in gold]
        settings = Settings(
            lake=lake, allow_private_hosts=True, extra={"fetch_delay": "0", "fetch_per_host": "4"}
        )
        wall, cpu = time.perf_counter(), time.process_time()
        records = list(iter_url(server.url("/news.xml"), settings))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    bodies = {
        r.source.rsplit("/", 1)[-1].removesuffix(".html"): r.text
        for r in records
        if isinstance(r, RawArticle)
    }
    return {"pages": len(bodies), "wall": wall, "cpu": cpu} | score(gold, bodies)


def warc_rate(gold: dict[str, dict[str, str]]) -> dict[str, float]:
    """All pages written to a .warc.gz with fastwarc, then streamed back through warc.iter_warc."""
    import tempfile
    import uuid

    from fastwarc.stream_io import GzipWriter
    from fastwarc.warc import WarcRecord, WarcRecordType

    from newslake.config import Settings
    from newslake.records import RawArticle
    from newslake.warc import iter_warc

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/pages.warc.gz"
        writer = GzipWriter(path)
        for k, g in gold.items():
            body = (DATA / "html" / f"{k}.html").read_bytes()
            rec = WarcRecord()
            rec.init_headers(record_type=WarcRecordType.response, record_urn=uuid.uuid4().urn[4:].encode())
            rec.headers["WARC-Target-URI"] = g["url"]
            rec.headers["Content-Type"] = "application/http; msgtype=response"
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
            rec.set_bytes_content(head.encode() + body)
            rec.write(writer)
        writer.close()
        cpu = time.process_time()
        records = list(iter_warc(path, Settings()))
        cpu = time.process_time() - cpu
    # one record per page, in archive order (no duplicate URLs among the 181)
    bodies = {k: r.text for k, r in zip(gold, records, strict=True) if isinstance(r, RawArticle)}
    return {"pages": len(records), "cpu": cpu} | score(gold, bodies)


def row(name: str, m: dict[str, float], seconds: float | None = None, n: int = 181) -> str:
    rate = f"{n / seconds:.1f}" if seconds else "-"
    return f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | {rate} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baselines", action="store_true", help="score baseline-outputs/*.json too")
    parser.add_argument("--variants", action="store_true", help="sweep trafilatura options")
    parser.add_argument("--fetch", action="store_true", help="also fetch every page over local HTTP")
    parser.add_argument("--warc", action="store_true", help="also stream all pages from a .warc.gz")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages for newslake")
    args = parser.parse_args()
    gold = load_gold()
    print("| extractor | F1 | precision | recall | pages per CPU-second |\n|---|---|---|---|---|")
    if args.baselines:
        for path in sorted((DATA / "baseline-outputs").glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            out = raw.get("output", raw)
            print(
                row(f"baseline {path.stem}", score(gold, {k: v.get("articleBody") for k, v in out.items()}))
            )
    if args.variants:
        for name, options in VARIANTS.items():
            bodies, secs = run_extractor(gold, variant(**options))
            print(row(f"trafilatura {name}", score(gold, bodies), secs), flush=True)
    bodies, secs = run_extractor(gold, newslake_body)
    print(row("**newslake.html.extract**", score(gold, bodies), secs))
    if args.fetch:
        m = fetch_rate(gold)
        print(row("fetched + extracted (web.iter_url, local feed)", m, m["cpu"], int(m["pages"])))
        print(
            f"\nfetch+extract: {m['pages']:.0f} pages, {m['wall']:.1f} s wall, {m['cpu']:.1f} s CPU "
            f"-> {m['pages'] / m['cpu']:.1f} pages per CPU-second (server in-process)"
        )
    if args.warc:
        m = warc_rate(gold)
        print(row("streamed from .warc.gz (warc.iter_warc)", m, m["cpu"], int(m["pages"])))
    if args.worst:
        ranked = sorted(gold, key=lambda k: page_scores(gold[k]["articleBody"], bodies[k])[0])
        for k in ranked[: args.worst]:
            tp, fp, fn = page_scores(gold[k]["articleBody"], bodies[k])
            print(f"{k[:12]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} {gold[k]['url']}")


if __name__ == "__main__":
    main()
