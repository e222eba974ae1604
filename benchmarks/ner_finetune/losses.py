"""What a fine-tuned `ner` wins and loses under the rules, mention by mention: counts by class, base vs fine-tuned.

For each gold mention to find: found (same-type overlap) by base only / by fine-tuned only, by gold class; for each
prediction: a false alarm (no licensing gold) of base only / fine-tuned only, by predicted class; for each gold
mention with a country: correct under base only / under fine-tuned only (wrong or not found), by gold label.
`--show` also prints the mentions (only for sets whose errors may be read).

Run: uv run --frozen python benchmarks/ner_finetune/losses.py --ner DIR --sets r13-test [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import polars as pl
from spacy.tokens import Doc

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]
from entities_bench import Gold, _overlaps, listed_spans, predicted
from evaluate import load_set, set_names, set_path, with_fixes

from newslake.entities import doc_mentions, link_mentions

Span3 = tuple[int, int, str]


def mention_countries(docs: list[Doc]) -> list[list[tuple[int, int, str | None]]]:
    """(start, end, linked entity country) of every mention per doc, linked across the set as the bench does."""
    rows = [{"article_id": f"{i:016x}", **m} for i, d in enumerate(docs) for m in doc_mentions(d)]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    country = dict(zip(entities["entity_id"], entities["country"]))
    out: list[list[tuple[int, int, str | None]]] = [[] for _ in docs]
    for aid, start, end, eid in mentions.select("article_id", "start", "end", "entity_id").rows():
        out[int(aid, 16)].append((start, end, country[eid]))
    return out


def country_right(iso3: str, start: int, end: int, linked: list[tuple[int, int, str | None]]) -> bool:
    """The bench's test: the gold country is among the countries of the overlapping mentions."""
    return iso3 in [c for s, e, c in linked if s < end and start < e]


def gold_labels(name: str, gold: list[Gold]) -> list[dict[tuple[int, int], str]]:
    """Fine gold label (GPE, NORP, ...) per (start, end) of each doc, from the set's file."""
    rows = [json.loads(x) for x in set_path(name).read_text(encoding="utf-8").splitlines() if x.strip()]
    return [{(s, e): label for s, e, label, _ in listed_spans(g.text, r["mentions"])} for g, r in zip(gold, rows)]


def compare(name: str, ner_dir: Path, show: bool) -> Counter[str]:
    """Counts of one set's wins and losses, by class."""
    gold = load_set(name)
    labels = gold_labels(name, gold) if name not in ("gum", "re3d") else [{} for _ in gold]
    texts = [g.text for g in gold]
    runs = {}
    for system, where in (("base", None), ("ft", ner_dir)):
        docs = list(with_fixes(where).pipe(texts, batch_size=64))
        runs[system] = (predicted(docs), mention_countries(docs))
    out: Counter[str] = Counter()
    (pb, cb), (pf, cf) = runs["base"], runs["ft"]
    for i, g in enumerate(gold):
        for s in g.recall:
            b, f = _overlaps(s, pb[i]), _overlaps(s, pf[i])
            if b != f:
                out[f"recall {'won' if f else 'lost'}: gold {s[2]}"] += 1
                if show:
                    print(f"{name} {'WON ' if f else 'LOST'} {s[2]:6} {g.text[s[0]:s[1]]!r}")
        for system, spans in (("base", pb[i]), ("ft", pf[i])):
            other = pf[i] if system == "base" else pb[i]
            for p in spans:
                if not _overlaps(p, g.precision) and p not in other:
                    out[f"false alarm {'removed' if system == 'base' else 'added'}: {p[2]}"] += 1
                    if show:
                        print(f"{name} FALSE-{'GONE' if system == 'base' else 'NEW '} {p[2]:6} "
                              f"{g.text[p[0]:p[1]]!r}")
        for start, end, iso3 in g.countries:
            b, f = country_right(iso3, start, end, cb[i]), country_right(iso3, start, end, cf[i])
            if b != f:
                label = labels[i].get((start, end), "?")
                got = sorted({str(c) for s, e, c in (cf[i] if b else cb[i]) if s < end and start < e}) or ["not found"]
                out[f"country {'won' if f else 'lost'}: gold {label}"] += 1
                if show:
                    print(f"{name} COUNTRY-{'WON ' if f else 'LOST'} {label} {g.text[start:end]!r} gold {iso3}, "
                          f"{'fine-tuned' if b else 'base'} got {got}")
    return out


def main() -> None:
    """Command line: per-set and total counts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--sets", default="r13-test")
    parser.add_argument("--show", action="store_true", help="print the mentions too")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    per_set = {}
    for name in set_names(args.sets):
        per_set[name] = compare(name, args.ner, args.show)
        total += per_set[name]
    names = list(per_set)
    print("\n| change | " + " | ".join(names) + " | total |")
    print("|---|" + "---|" * (len(names) + 1))
    for key in sorted(total):
        print(f"| {key} | " + " | ".join(str(per_set[n][key]) for n in names) + f" | {total[key]} |")


if __name__ == "__main__":
    main()
