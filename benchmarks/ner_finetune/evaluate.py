"""A/B of newslake's entity pipeline with the original vs a fine-tuned `ner` component (same rule component after).

Run: uv run --frozen python benchmarks/ner_finetune/evaluate.py --ner DIR [--sets test] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.language import Language

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from entities_bench import (
    Gold,
    interleaved_speed,
    load_devset,
    load_gum,
    load_re3d,
    predicted,
    scores,
)

from newslake import config
from newslake.nlp import FIXES, load_nlp

DEVSET_DIR = REPO / "benchmarks" / "entities_devset"
TRAIN_SETS = ("dev", *(f"held-out-{i}" if i > 1 else "held-out" for i in range(1, 10)))
TEST_SETS = ("held-out-10", "held-out-11", "held-out-12", "held-out-13", "gum", "re3d")


def set_path(name: str) -> Path:
    """File of one own gold set: dev, held-out, held-out-N."""
    if name == "dev":
        return DEVSET_DIR / "devset.jsonl"
    if name == "held-out":
        return DEVSET_DIR / "heldout.jsonl"
    return DEVSET_DIR / f"heldout{name.rsplit('-', 1)[1]}.jsonl"


def load_set(name: str) -> list[Gold]:
    """One data set through entities_bench's own loaders (empty if the file does not exist yet)."""
    if name == "gum":
        return load_gum()
    if name == "re3d":
        return load_re3d()
    path = set_path(name)
    return load_devset(path) if path.exists() else []


def ner_only(ner_dir: Path | None) -> Language:
    """The model's NER-only pipeline, its `ner` weights replaced from `ner_dir` when given."""
    nlp = spacy.load(config.DEFAULT_MODEL, enable=["ner"])
    if ner_dir is not None:
        nlp.get_pipe("ner").from_disk(ner_dir)
    return nlp


def with_fixes(ner_dir: Path | None) -> Language:
    """load_nlp()'s pipeline (fresh, uncached); with `ner_dir` its `ner` is swapped for the fine-tuned one."""
    nlp = load_nlp.__wrapped__()
    if ner_dir is None:
        return nlp
    ft = ner_only(ner_dir)
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=ft, before=FIXES)
    return nlp


def evaluate(nlp: Language, gold: list[Gold]) -> dict[str, tuple[float, float, float]]:
    """entities_bench.scores() of `nlp` on `gold`."""
    docs = list(nlp.pipe([g.text for g in gold], batch_size=64))
    return scores(gold, predicted(docs))


def row(name: str, n: int, system: str, s: dict[str, tuple[float, float, float]]) -> str:
    """One markdown table row."""
    return (
        f"| {name} | {n} | {system} | {s['PERSON'][2]:.3f} | {s['ORG'][2]:.3f} | {s['PLACE'][2]:.3f} | "
        f"{s['ALL'][0]:.3f} | {s['ALL'][1]:.3f} | **{s['ALL'][2]:.3f}** | {s['UNTYPED'][2]:.3f} | "
        f"{s['ISSUE4'][2]:.3f} |"
    )


def compare(sets: list[str], ner_dir: Path, label: str, alone: bool = False) -> dict[str, dict[str, float]]:
    """Print the base vs fine-tuned table over `sets` plus a micro row; returns typed F1 per set and system."""
    systems = {"base": with_fixes(None), "fine-tuned": with_fixes(ner_dir)}
    if alone:  # the NER alone, without the rule component: not what newslake runs, for information
        systems |= {"NER alone, base": ner_only(None), "NER alone, fine-tuned": ner_only(ner_dir)}
    print(f"\n{label}\n")
    print("| data set | docs | system | PERSON F1 | ORG F1 | PLACE F1 | P | R | typed F1 | untyped F1 | issue-4 F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    out: dict[str, dict[str, float]] = {}
    pooled: dict[str, tuple[list[Gold], list[list[tuple[int, int, str]]]]] = {k: ([], []) for k in systems}
    for name in sets:
        gold = load_set(name)
        if not gold:
            print(f"| {name} | 0 | (missing) |")
            continue
        out[name] = {}
        for system, nlp in systems.items():
            pred = predicted(nlp.pipe([g.text for g in gold], batch_size=64))
            s = scores(gold, pred)
            pooled[system][0].extend(gold)
            pooled[system][1].extend(pred)
            out[name][system] = s["ALL"][2]
            print(row(name, len(gold), system, s))
    for system, (gold, pred) in pooled.items():
        s = scores(gold, pred)
        out.setdefault("micro", {})[system] = s["ALL"][2]
        print(row("all above (micro)", len(gold), system, s))
    return out


def speed(ner_dir: Path, sets: list[str], repeat: int) -> None:
    """Words/s of base vs fine-tuned NER alone and of both full pipelines, interleaved on the same texts."""
    texts = [g.text for name in sets for g in load_set(name)]
    base, ft = ner_only(None), ner_only(ner_dir)
    full_base, full_ft = with_fixes(None), with_fixes(ner_dir)
    runs = {
        "NER base": lambda b: list(base.pipe(b, batch_size=64)),
        "NER fine-tuned": lambda b: list(ft.pipe(b, batch_size=64)),
        "pipeline base": lambda b: list(full_base.pipe(b, batch_size=64)),
        "pipeline fine-tuned": lambda b: list(full_ft.pipe(b, batch_size=64)),
    }
    words = sum(len(t.split()) for t in texts)
    result = interleaved_speed(texts, runs, repeat)
    print(f"\nspeed on {len(texts)} texts, {words} words, best of {repeat}, interleaved:")
    for name, wps in result.items():
        print(f"- {name}: {wps:,.0f} words/s")


def main() -> None:
    """Command line: test (or train) sets table, micro F1, decision check, speed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--ner", type=Path, required=True, help="directory written by ner.to_disk()")
    parser.add_argument("--sets", default="test", help="test, train, or comma-separated set names")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--ner-alone", action="store_true", help="also rows for the NER without the rules")
    parser.add_argument("--speed-only", action="store_true")
    args = parser.parse_args()
    named = {"test": list(TEST_SETS), "train": list(TRAIN_SETS)}
    sets = named.get(args.sets, args.sets.split(","))
    if args.speed_only:
        speed(args.ner, sets, args.repeat)
        return
    out = compare(sets, args.ner, f"sets: {', '.join(sets)}", args.ner_alone)
    per_set = {k: v for k, v in out.items() if k != "micro"}
    if args.sets != "train":
        better = out["micro"]["fine-tuned"] > out["micro"]["base"]
        worst = min(v["fine-tuned"] - v["base"] for v in per_set.values())
        print("\nper-set change (pipeline): " + ", ".join(f"{k} {v['fine-tuned'] - v['base']:+.3f}" for k, v in per_set.items()))
        print(
            f"\ndecision: micro typed F1 {out['micro']['base']:.3f} -> {out['micro']['fine-tuned']:.3f}; "
            f"worst single-set change {worst:+.3f}; positive = {better and worst >= -0.01}"
        )
    if not args.no_speed:
        speed(args.ner, sets, args.repeat)


if __name__ == "__main__":
    main()
