"""Round 13b: base vs fine-tuned full pipeline (this checkout's rules) per set, micro row and the fixed rule.

Run: FT=DIR [SETS=decide|decide13c|report] uv run --frozen python benchmarks/ner_finetune/decide.py
decide = independent-27..29 + realnews-5/6 (+ gum, re3d for part 4 of the rule; round 13b); decide13c =
independent-36..39 (+ gum, re3d); report = independent-30..35.
FT=newslake/data/ner_news scores the shipped opt-in weights.
"""
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]
import entities_bench as eb
import spacy

import newslake.nlp as N
from newslake import config

D = f"{REPO}/benchmarks/entities_devset/"
def ft_nlp(path):
    nlp = spacy.load(config.SPACY_PACKAGE, enable=["ner"]); nlp.get_pipe("ner").from_disk(path); nlp.add_pipe(N.FIXES, last=True); return nlp
systems = {"base": N.load_nlp(config.SPACY_PACKAGE), "fine-tuned": ft_nlp(os.environ["FT"])}
if os.environ.get("SETS") == "decide13c":
    sets = {f"independent-{k}": eb.load_devset(Path(f"{D}independent{k}.jsonl")) for k in (36, 37, 38, 39)}
    extra = {"gum": eb.load_gum(), "re3d": eb.load_re3d()}
elif os.environ.get("SETS", "decide") == "decide":
    sets = {f"independent-{k}": eb.load_devset(Path(f"{D}independent{k}.jsonl")) for k in (27, 28, 29)}
    sets |= {f"realnews-{k}": eb.load_issue4_gold(Path(f"{D}realnews{k}_gold.jsonl")) for k in (5, 6)}
    extra = {"gum": eb.load_gum(), "re3d": eb.load_re3d()}
else:
    sets = {f"independent-{k}": eb.load_devset(Path(f"{D}independent{k}.jsonl")) for k in (30, 31, 32, 33, 34, 35)}
    extra = {}
res = {}
for name, nlp in systems.items():
    allg, allp, C, F = [], [], 0, 0
    for sname, gold in {**sets, **extra}.items():
        docs = list(nlp.pipe([g.text for g in gold]))
        pred = eb.predicted(docs)
        s = eb.scores(gold, pred)
        row = {"typed": s["ALL"][2], "P": s["ALL"][0], "R": s["ALL"][1]}
        if sname in sets:
            c, f, t = eb.country_accuracy(gold, docs, False)
            row |= {"country": c / max(f, 1), "c": c, "f": f, "t": t}
            allg += gold; allp += pred; C += c; F += f
        res[(name, sname)] = row
    s = eb.scores(allg, allp)
    res[(name, "micro")] = {"typed": s["ALL"][2], "P": s["ALL"][0], "R": s["ALL"][1], "country": C / F, "c": C, "f": F}
print("| set | typed base -> fine-tuned | change | country base -> fine-tuned | change |")
print("|---|---|---|---|---|")
for sname in [*sets, "micro", *extra]:
    b, f = res[("base", sname)], res[("fine-tuned", sname)]
    ctry = f"{b['country']:.3f} ({b['c']}/{b['f']}) -> {f['country']:.3f} ({f['c']}/{f['f']}) | {f['country']-b['country']:+.3f}" if "country" in b else "- | "
    print(f"| {sname} | {b['typed']:.3f} -> {f['typed']:.3f} | {f['typed']-b['typed']:+.3f} | {ctry} |")
if extra:
    ok1 = res[("fine-tuned", "micro")]["typed"] - res[("base", "micro")]["typed"] >= 0.01
    ok2 = res[("fine-tuned", "micro")]["country"] >= res[("base", "micro")]["country"]
    ok3 = all(res[("fine-tuned", s)]["typed"] - res[("base", s)]["typed"] >= -0.01 and res[("fine-tuned", s)]["country"] - res[("base", s)]["country"] >= -0.01 for s in sets)
    ok4 = all(res[("fine-tuned", s)]["typed"] - res[("base", s)]["typed"] >= -0.01 for s in extra)
    print(f"rule: (1) {ok1} (2) {ok2} (3) {ok3} (4) {ok4} -> {'ADOPT' if ok1 and ok2 and ok3 and ok4 else 'do not adopt'}")
