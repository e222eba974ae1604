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


def _paragraph_groups(body: str) -> list[str]:
    """A body's paragraphs joined into consecutive groups of whole paragraphs, each >= LEAD_CHARS but the last."""
    groups, group = [], ""
    for para in body.split("\n"):
        if para.strip():
            group = f"{group}\n\n{para.strip()}" if group else para.strip()
        if len(group) >= LEAD_CHARS:
            groups.append(group)
            group = ""
    return [*groups, group] if group else groups


def real_news_texts() -> dict[str, str]:
    """Leads of the real English news pages' gold bodies (whole paragraphs up to >= 1,200 chars) by 'ae/<id[:12]>'.

    The group after the lead (the same cut, next paragraphs) is keyed 'aec/<id[:12]>' where it has >= 400 chars.
    """
    bodies = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    texts = {}
    for page_id, page in bodies.items():
        groups = _paragraph_groups(page["articleBody"]) or [""]
        texts[f"ae/{page_id[:12]}"] = groups[0]
        if len(groups) > 1 and len(groups[1]) >= 400:
            texts[f"aec/{page_id[:12]}"] = groups[1]
    return texts
