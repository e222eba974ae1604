"""Fuzz the recogniser rules: every bench text, mangled (tests/test_entity_fuzz.py: dropped and doubled words, glue
words, title case, shuffles, stuck punctuation), through NER and the rules WITHOUT the stage's fallback.

Run: uv run --frozen python benchmarks/entities_fuzz.py [--seed 0] [--copies 2]
Prints each distinct crash (exception and the newslake line that raised) with a sample text; exit code 1 if any.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from collections import Counter
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "benchmarks"), str(REPO / "tests")]

import entities_bench as eb
from test_entity_fuzz import mangled

from newslake import config
from newslake.nlp import FIXES, load_nlp


def bench_texts() -> list[str]:
    """Texts of every entity bench set except the blind ones."""
    sets = [eb.load_gum(), eb.load_re3d(), eb.load_devset(eb.DEVSET), eb.load_devset(eb.HELDOUT)]
    sets += [eb.load_devset(getattr(eb, f"HELDOUT{k}")) for k in range(2, 16)]
    sets += [eb.load_devset(getattr(eb, f"INDEPENDENT{k}")) for k in range(1, 12)]
    return [g.text for gold in sets for g in gold]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--copies", type=int, default=2, help="mangled copies of each text")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [mangled(t, rng.randrange(6), rng) for t in bench_texts() for _ in range(args.copies)]
    base = spacy.load(config.SPACY_PACKAGE, enable=["ner"])
    rules = load_nlp().get_pipe(FIXES)
    crashes: Counter[str] = Counter()
    for text, doc in zip(texts, base.pipe(texts, batch_size=64)):
        try:
            rules._fixed(doc)
        except Exception as exc:  # noqa: BLE001 -- counted and shown, the point of the run
            frame = [f for f in traceback.extract_tb(exc.__traceback__) if "newslake" in f.filename][-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name}): {exc}"
            if not crashes[key]:
                print(f"{key}\n  text: {text[:200]!r}")
            crashes[key] += 1
    print(f"{len(texts)} mangled texts, seed {args.seed}: {sum(crashes.values())} crashes, {len(crashes)} distinct")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
