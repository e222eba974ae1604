"""Texts of the shared NER corpora, keyed as the hand-written gold files of the benchmarks key them."""

from __future__ import annotations

import json
from pathlib import Path

NER = (Path(__file__).resolve().parents[2] / "shared" / "data" / "ner").resolve()


def re3d_texts() -> dict[str, str]:
    """re3d document texts by '<source dir>/<_id>'."""
    texts = {}
    for source in sorted(p for p in (NER / "re3d").iterdir() if p.is_dir()):
        for line in (source / "documents.json").read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                doc = json.loads(line)
                texts[f"{source.name}/{doc['_id']}"] = doc["text"]
    return texts


def gum_texts() -> dict[str, str]:
    """GUM news texts by doc_id."""
    lines = (NER / "gum-news" / "gum-news.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["doc_id"]: d["text"] for d in map(json.loads, lines)}


ARTICLES = NER.parent / "article-extraction"
LEAD_CHARS = 1200


def real_news_texts() -> dict[str, str]:
    """Leads of the real English news pages' gold bodies (whole paragraphs up to >= 1,200 chars) by 'ae/<id[:12]>'."""
    bodies = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    texts = {}
    for page_id, page in bodies.items():
        lead = ""
        for para in page["articleBody"].split("\n"):
            if para.strip():
                lead = f"{lead}\n\n{para.strip()}" if lead else para.strip()
            if len(lead) >= LEAD_CHARS:
                break
        texts[f"ae/{page_id[:12]}"] = lead
    return texts
