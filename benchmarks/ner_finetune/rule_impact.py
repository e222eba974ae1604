"""Which rule steps of the entity-fix component change a NER's output most, and do their changes agree with gold?

Every step that `EntityFixes` / `fix_entities` applies to the whole span list is wrapped (names looked up in
`newslake.nlp`'s namespace, nothing in newslake is edited); per step we count the PERSON/ORG/place spans it adds
and removes and credit each change against the gold: adding a span that overlaps a gold mention of the same
type, or removing one that does not, is "right"; the opposite is "wrong". Later steps may undo a change, so this
is local credit, a pointer to rules to re-check, not a score. Run once with the base `ner` and once with a
fine-tuned one:

    uv run --frozen python benchmarks/ner_finetune/rule_impact.py --ner DIR [--sets train] [--top 25]
"""

from __future__ import annotations

import argparse
import ast
import functools
import inspect
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import load_set, set_names, with_fixes

from newslake import nlp as rules

COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
DOC_STEPS = ("with_datelines", "people_by_first_name", "people_by_age")  # take the doc, return new doc.ents or None
Key = tuple[int, int, str]
_gold: list[Key] = []  # precision spans of the document being processed
tally: Counter[tuple[str, str]] = Counter()  # (step, "right"/"wrong") -> changes


def step_names() -> tuple[set[str], set[str]]:
    """(list -> list steps, steps whose result is appended) called in fix_entities and EntityFixes._fixed."""
    tree = ast.parse(inspect.getsource(rules.fix_entities) + textwrap.dedent(inspect.getsource(rules.EntityFixes._fixed)))
    extend = {
        c.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "extend"
        for c in node.args
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
    }
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return {n for n in called if callable(getattr(rules, n, None))} - extend, extend


def keys(spans: list[Span]) -> set[Key]:
    """Coarse-typed char spans."""
    return {(s.start_char, s.end_char, COARSE[s.label_]) for s in spans if s.label_ in COARSE}


def credit(step: str, before: set[Key], after: set[Key]) -> None:
    """Count the step's added/removed spans as right or wrong against the current gold."""
    def hits(k: Key) -> bool:
        return any(g[2] == k[2] and g[0] < k[1] and k[0] < g[1] for g in _gold)

    for k in after - before:
        tally[step, "right" if hits(k) else "wrong"] += 1
    for k in before - after:
        tally[step, "wrong" if hits(k) else "right"] += 1


def wrapped(name: str, fn: Callable, kind: str) -> Callable:
    """`fn` recording its changes; kind is 'list' (returns the new list), 'extend' (returns additions) or 'doc'."""

    @functools.wraps(fn)
    def run(*args, **kwargs):
        spans = next((a for a in args if isinstance(a, list)), [])
        before = keys(list(args[0].ents)) if kind == "doc" else keys(spans)  # before: some steps edit in place
        if name == "common_word_fixes":  # its input is the output of the per-span loop at the top of fix_entities
            credit("per-span repairs (split/relabel/context/trim loop)", keys(list(args[0].ents)), before)
        out = fn(*args, **kwargs)
        if kind == "doc":
            credit(name, before, keys(out) if out is not None else before)
        elif kind == "extend":
            credit(name, set(), keys(list(out)) - before)
        elif isinstance(out, list) and all(isinstance(s, Span) for s in out):
            credit(name, before, keys(out))
        return out

    return run


def instrument() -> None:
    """Wrap every rule step in newslake.nlp's namespace (where fix_entities and _fixed look them up)."""
    listed, extend = step_names()
    for name in listed | extend | set(DOC_STEPS):
        fn = getattr(rules, name, None)
        if fn is None or not inspect.isfunction(fn) or name in ("fix_entities", "doc_text", "is_shouting"):
            continue
        kind = "doc" if name in DOC_STEPS else "extend" if name in extend else "list"
        if kind == "list" and "list[Span]" not in str(inspect.signature(fn)).split("->")[0]:
            # per-span helpers (_trim, _relabel, _cut_at_newline(ent, breaks: list[int]), ...): their net effect
            # is in the residual row
            continue
        setattr(rules, name, wrapped(name, fn, kind))


def run(ner_dir: Path | None, sets: list[str]) -> Counter[tuple[str, str]]:
    """Tally of one NER under the rules over `sets`; the 'all rules (net)' row is NER output -> final output."""
    global _gold
    tally.clear()
    nlp = with_fixes(ner_dir)
    ner, fixes = nlp.get_pipe("ner"), nlp.get_pipe(rules.FIXES)
    for name in sets:
        for g in load_set(name):
            _gold = list(g.precision)
            doc: Doc = ner(nlp.make_doc(g.text))
            before = keys(list(doc.ents))
            after = keys(list(fixes(doc).ents))
            credit("all rules (net)", before, after)
    return Counter(tally)


def main() -> None:
    """Command line: table of steps by changes made to the fine-tuned NER's output, base alongside."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--sets", default="train")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    instrument()
    sets = set_names(args.sets)
    base, tuned = run(None, sets), run(args.ner, sets)
    steps = sorted({s for s, _ in base | tuned}, key=lambda s: -(tuned[s, "right"] + tuned[s, "wrong"]))
    print("| rule step | fine-tuned: changes | right | wrong | net | base: changes | right | wrong | net |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in steps[: args.top + 1]:
        ft = tuned[s, "right"], tuned[s, "wrong"]
        b = base[s, "right"], base[s, "wrong"]
        print(f"| {s} | {sum(ft)} | {ft[0]} | {ft[1]} | {ft[0] - ft[1]:+d} | {sum(b)} | {b[0]} | {b[1]} | "
              f"{b[0] - b[1]:+d} |")


if __name__ == "__main__":
    main()
