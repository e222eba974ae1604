"""Write the texts of the round-19 real-text entity gold sets from two packages' test data.

- lee-*: the Lee corpus of short ABC (Australian Broadcasting Corporation) news stories, shipped as test data in
  gensim 4.4.0's wheel (`gensim/test/test_data/lee.cor`: 49 stories; `lee_background.cor`: 299 more).
- np4k: real English news pages (2013-2023: AP, CNN, Time, Wired, Yonhap, The Grayzone...) among newspaper4k 0.9.6's
  test fixtures (PyPI sdist, MIT), extracted by newslake.html as the pipeline would and cut like
  `corpora.real_news_texts()` into groups of whole paragraphs (the lead and up to two more groups per page).

Run: pip download --no-deps gensim==4.4.0 newspaper4k==0.9.6 --no-binary newspaper4k -d pk, unpack both, then
  uv run --frozen python benchmarks/real_texts.py lee <gensim/test/test_data> <out_dir>
  uv run --frozen python benchmarks/real_texts.py np4k <newspaper4k-0.9.6/tests/data/html> <out_dir>
Annotators filled in `mentions` by hand; the gold files carry the texts.
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

# the English news pages among the fixtures (video_article_01 repeats cleveland.com1; the rest are other languages,
# section fronts or redirects)
NP4K_PAGES = [
    "ap_meta_refresh", "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article",
    "cnn_test_nlp", "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr",
]


def lee_texts(data: Path) -> dict[str, list[dict[str, str]]]:
    """The Lee corpus stories by file: 'lee/NN' (lee.cor) and 'leebg/NNN' (lee_background.cor)."""
    out: dict[str, list[dict[str, str]]] = {}
    for name, prefix in (("lee.cor", "lee"), ("lee_background.cor", "leebg")):
        lines = (data / name).read_text(encoding="latin-1").splitlines()
        out[prefix] = [{"id": f"{prefix}/{i:03d}", "text": line.strip()} for i, line in enumerate(lines) if line.strip()]
    return out


def np4k_texts(html_dir: Path) -> list[dict[str, str]]:
    """Up to three paragraph groups of each page, as {'id', 'text'}."""
    docs = []
    for name in NP4K_PAGES:
        groups = _paragraph_groups(extract((html_dir / f"{name}.html").read_bytes(), source=name).text) or [""]
        for i, group in enumerate(groups[:3]):
            if i == 0 or len(group) >= 400:
                docs.append({"id": f"np4k/{name}/{i}", "text": group})
    return docs


def main() -> None:
    kind, source, out_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    parts = lee_texts(source) if kind == "lee" else {"np4k": np4k_texts(source)}
    for name, docs in parts.items():
        out = out_dir / f"{name}_texts.jsonl"
        out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"{out}: {len(docs)} texts, {sum(len(d['text'].split()) for d in docs)} words")


if __name__ == "__main__":
    main()
