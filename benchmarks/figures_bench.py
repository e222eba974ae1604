"""Figures/dates quality on the hand-annotated dev set, re3d and GUM, and speed against quantulum3.

Run: cd /work/main && uv run --frozen python benchmarks/figures_bench.py [--write]
--write rewrites benchmarks/figures.md with the table. The dev set source is figures_devset/articles.txt
(hand-written gold); this script converts it to figures_devset/devset.jsonl on every run.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newslake.dates import extract_dates
from newslake.figures import extract_figures
from newslake.numbers import NUMBER_WORDS

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpora import re3d_texts

DEVSET_DIR = ROOT / "benchmarks" / "figures_devset"
SHARED = ROOT.parent / "shared" / "data"
RE3D = SHARED / "ner" / "re3d"
GUM = SHARED / "ner" / "gum-news" / "gum-news.jsonl"
OUT_MD = ROOT / "benchmarks" / "figures.md"
HELDOUTS = [("held-out", "heldout"), ("held-out 2", "heldout2"), ("held-out 3", "heldout3"),
            ("held-out 4", "heldout4"), ("held-out 5", "heldout5"),
            ("held-out 6", "heldout6"), ("held-out 7", "heldout7"),
            ("held-out 8", "heldout8"), ("held-out 9", "heldout9"),
            ("held-out 10", "heldout10"), ("held-out 11", "heldout11"),
            ("held-out 12", "heldout12"), ("held-out 13", "heldout13"),
            ("held-out 14", "heldout14"), ("held-out 15", "heldout15"),
            ("held-out 16", "heldout16"), ("held-out 17", "heldout17"),
            ("held-out 18", "heldout18"), ("held-out 19", "heldout19"), ("held-out 20", "heldout20"),
            # written and annotated by people who never saw the extractor's code or output
            ("independent 1", "independent1"), ("independent 2", "independent2"),
            ("independent 3", "independent3")]


# ---------- dev set: authoring format -> JSONL ----------

def _find(text: str, span: str, occ: int) -> tuple[int, int]:
    """Offsets of the occ-th whole-word occurrence of span in text."""
    hits = [m.start() for m in re.finditer(r"(?<![\w.,])" + re.escape(span) + r"(?![\w]|[.,]\d)", text)]
    if len(hits) < occ:
        raise ValueError(f"gold span {span!r} (occurrence {occ}) not found in article")
    return hits[occ - 1], hits[occ - 1] + len(span)


def _num(s: str) -> float | None:
    return None if s == "null" else float(s)


def _gold_item(text: str, section: str, line: str) -> dict:
    """One '## figures' or '## dates' line of the authoring format, resolved to offsets in text."""
    parts = [p.strip() for p in line.split("|")]
    extras = dict(p.split("=", 1) for p in parts if "=" in p and not p[0].isdigit())
    start, end = _find(text, parts[0], int(extras.get("occ", 1)))
    if section == "dates":
        return {"start": start, "end": end, "text": parts[0], "date_start": parts[1], "date_end": parts[2]}
    val = parts[2]
    low = high = value = None
    if ".." in val:
        low, high = (float(x) for x in val.split(".."))
    else:
        value = _num(val)
    return {
        "start": start, "end": end, "text": parts[0], "kind": parts[1], "value": value,
        "low": low, "high": high, "qualifier": parts[3], "currency": extras.get("cur"),
        "unit": extras.get("unit"), "period": extras.get("period"),
    }


def parse_devset(path: Path, texts: dict[str, str] | None = None) -> list[dict]:
    """Parse the hand-written authoring file into article records with offset-resolved gold.

    With texts, the file holds gold only and each article's text is texts[id] (re3d must not be copied here)."""
    articles: list[dict] = []
    cur: dict | None = None
    section = "text"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("### "):
            meta = dict(kv.split("=", 1) for kv in line[4:].split())
            cur = {**meta, "text": texts[meta["id"]] if texts else "", "figures": [], "dates": []}
            articles.append(cur)
            section = "text"
        elif cur is None or (line.startswith("#") and not line.startswith("## ")):
            continue
        elif line in ("## figures", "## dates"):
            section = line[3:]
        elif section == "text" and line and not texts:
            cur["text"] = (cur["text"] + "\n" + line) if cur["text"] else line
        elif section in ("figures", "dates") and line.strip():
            cur[section].append(_gold_item(cur["text"], section, line.strip()))
    return articles


# ---------- matching ----------

def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0.01, abs_tol=1e-9)


def figure_value_ok(pred: dict, gold: dict) -> bool:
    """Same number within 1%: value for single figures, low/high for ranges."""
    if gold["qualifier"] == "range" or gold["value"] is None and gold.get("low") is not None:
        return _close(pred.get("low"), gold["low"]) and _close(pred.get("high"), gold["high"])
    return _close(pred.get("value"), gold["value"])


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(preds: list[dict], golds: list[dict], ok) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching of overlapping pairs accepted by ok."""
    used: set[int] = set()
    pairs = []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and overlaps(p, g) and ok(p, g):
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------- evaluations ----------

def _day(value: str) -> date | None:
    return None if value == "?" else date.fromisoformat(value)


def eval_devset(articles: list[dict]) -> dict:
    """Figures F1 and attribute accuracies, dates F1, on the dev set; also lists the errors."""
    tp = n_pred = n_gold = 0
    attr_ok = {"qualifier": 0, "currency": 0, "period": 0, "kind": 0}
    dtp = dn_pred = dn_gold = 0
    errors: list[str] = []
    for a in articles:
        pub = None if a["published_at"] == "?" else datetime.fromisoformat(a["published_at"])
        preds = extract_figures(a["text"])
        pairs = match(preds, a["figures"], figure_value_ok)
        tp += len(pairs)
        n_pred += len(preds)
        n_gold += len(a["figures"])
        for p, g in pairs:
            for k in attr_ok:
                if p[k] == g[k]:
                    attr_ok[k] += 1
                else:
                    errors.append(f"{a['id']}: {k} of {g['text']!r}: got {p[k]!r}, gold {g[k]!r}")
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        errors += [f"{a['id']}: missed figure {g['text']!r}" for g in a["figures"] if id(g) not in matched_g]
        errors += [f"{a['id']}: extra figure {p['text']!r} ({p['kind']} {p['value']})" for p in preds
                   if id(p) not in matched_p]
        gold_d = [{**d, "ds": _day(d["date_start"]), "de": _day(d["date_end"])} for d in a["dates"]]
        pred_d = extract_dates(a["text"], pub)
        # a gold interval of "?" (re3d: the text does not fix it) is scored by span overlap only
        dpairs = match(pred_d, gold_d,
                       lambda p, g: g["ds"] is None or (p["date_start"], p["date_end"]) == (g["ds"], g["de"]))
        dtp += len(dpairs)
        dn_pred += len(pred_d)
        dn_gold += len(gold_d)
        dm_p = {id(p) for p, _ in dpairs}
        dm_g = {id(g) for _, g in dpairs}
        for g in gold_d:
            if id(g) not in dm_g:
                got = [(p["text"], str(p["date_start"]), str(p["date_end"])) for p in pred_d if overlaps(p, g)]
                errors.append(f"{a['id']}: date {g['text']!r} gold {g['ds']}..{g['de']}, got {got}")
        errors += [f"{a['id']}: extra date {p['text']!r}" for p in pred_d
                   if id(p) not in dm_p and not any(overlaps(p, g) for g in gold_d)]
    return {
        "figures": prf(tp, n_pred, n_gold), "n_gold": n_gold, "n_pred": n_pred, "matched": tp,
        "attr": {k: v / tp if tp else 0.0 for k, v in attr_ok.items()},
        "dates": prf(dtp, dn_pred, dn_gold), "dn_gold": dn_gold, "dn_pred": dn_pred, "errors": errors,
    }


def load_re3d_issue3() -> list[dict]:
    """re3d texts with the independent gold written under issue 3's conventions (figures_devset/re3d_issue3_gold_*)."""
    texts = re3d_texts()
    return [a for path in sorted(DEVSET_DIR.glob("re3d_issue3_gold_*.txt")) for a in parse_devset(path, texts)]


def load_re3d() -> list[dict]:
    """re3d documents with their Money/Quantity/Temporal spans of confidence >= 0.5."""
    docs = []
    for sub in sorted(p for p in RE3D.iterdir() if p.is_dir()):
        texts = {json.loads(line)["_id"]: json.loads(line)["text"]
                 for line in (sub / "documents.json").read_text(encoding="utf-8").splitlines() if line.strip()}
        ents: dict[str, list[dict]] = {k: [] for k in texts}
        for line in (sub / "entities.json").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            e = json.loads(line)
            if e["confidence"] >= 0.5 and e["type"] in ("Money", "Quantity", "Temporal") and e["documentId"] in ents:
                ents[e["documentId"]].append({"start": e["begin"], "end": e["end"], "type": e["type"]})
        docs += [{"text": t, "ents": ents[k]} for k, t in texts.items()]
    return docs


def eval_re3d(docs: list[dict]) -> dict:
    """Span-overlap F1 (re3d has no normalized values): figures vs Money+Quantity, dates vs Temporal."""
    out = {}
    for name, types, fn in (("figures", ("Money", "Quantity"), lambda t: extract_figures(t)),
                            ("dates", ("Temporal",), lambda t: extract_dates(t, None))):
        tp = n_pred = n_gold = 0
        for d in docs:
            gold = [e for e in d["ents"] if e["type"] in types]
            preds = fn(d["text"])
            tp += len(match(preds, gold, lambda p, g: True))
            n_pred += len(preds)
            n_gold += len(gold)
        out[name] = (*prf(tp, n_pred, n_gold), n_gold)
    # money alone, with currency: re3d Money spans all name their currency
    return out


_NUMERIC = re.compile(
    rf"\d|\b(?:{NUMBER_WORDS}|half|once|twice|dozens?|scores|hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth", re.IGNORECASE)
_DURATION = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORDS}))(?:[\s-]+|-plus\s+)"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b",
    re.IGNORECASE,
)


def is_duration(span: str) -> bool:
    """'two weeks', 'the past 24 hours', '11-year': a number and a time unit, not a date ('a year ago')."""
    return bool(_DURATION.search(span)) and not re.search(r"\b(?:ago|before|after|earlier|later|in advance)\b",
                                                          span, re.IGNORECASE)


# re3d Temporal spans the dates table leaves out by design (rule D2 below): clock times and time zones, years
# before 1000, vague spans that name no interval, anniversaries
_RE3D_OUT_OF_SCOPE = re.compile(
    r"\d\s*(?:a\.m|p\.m|am\b|pm\b)|^'?Z'?$|Greenwich\s+Mean\s+Time|\bGMT\b|\bUTC\b|\bB\.?C\b"
    r"|^(?:the\s+)?(?:recent|coming|past)\s+(?:days|weeks|months|years)\b(?!.*\d)|daylight\s+hours"
    r"|^(?:the\s+)?(?:morning|afternoon|evening|night)$|anniversary",
    re.IGNORECASE,
)
REVIEW = DEVSET_DIR / "re3d_review.tsv"


def re3d_rule(span: str, etype: str) -> str:
    """Which convention rule moves a re3d gold span: F1/F2 (figures), D1/D2 (dates), or '' (kept as it is)."""
    if etype in ("Money", "Quantity"):
        return "" if _NUMERIC.search(span) and not _ORDINAL.fullmatch(span) else "F1"
    if is_duration(span):
        return "D1"
    return "D2" if _RE3D_OUT_OF_SCOPE.search(span) else ""


def load_review() -> dict[tuple[int, str, int], tuple[str, str]]:
    """Hand review of re3d predictions: (doc, span, occurrence) -> (class, note)."""
    out = {}
    for line in REVIEW.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc, span, occ, cls, note = line.split("\t")
            out[(int(doc), span, int(occ))] = (cls, note)
    return out


def eval_re3d_adjusted(docs: list[dict]) -> dict:
    """Span-overlap F1 under the issue's conventions, rule by rule (counts per rule in 'rules'):
    F1: Money/Quantity spans with no number ('a', 'an', 'multiple', 'donor contributions') and ordinals ('93rd')
        are no figures: dropped from the figure gold ('at least once' is a count since round 8).
    D1: Temporal durations ('two years', 'the past 24 hours') are figures of kind duration: moved to the
        figure gold.
    D2: Temporal spans the dates table leaves out by design (clock times, time zones, years BC, vague spans
        naming no interval, anniversaries): dropped from the date gold, and predictions overlapping them ignored.
    The 'reviewed' counts also ignore predictions that the hand review (figures_devset/re3d_review.tsv) found
    to be figures or dates under the issue's conventions left unannotated by re3d (which tags the same forms
    elsewhere); a prediction missing from the review counts as a false positive."""
    review = load_review()
    out = {"figures": [0, 0, 0], "dates": [0, 0, 0], "figures_rev": [0, 0, 0], "dates_rev": [0, 0, 0]}
    rules = {"F1": 0, "D1": 0, "D2": 0}
    errors: list[str] = []
    classes: dict[str, int] = {}
    for di, d in enumerate(docs):
        t = d["text"]
        rule = {id(e): re3d_rule(t[e["start"]:e["end"]], e["type"]) for e in d["ents"]}
        for r in rule.values():
            if r:
                rules[r] += 1
        fig_gold = [e for e in d["ents"] if e["type"] in ("Money", "Quantity") and not rule[id(e)]
                    or rule[id(e)] == "D1"]
        date_gold = [e for e in d["ents"] if e["type"] == "Temporal" and not rule[id(e)]]
        out_of_scope = [e for e in d["ents"] if rule[id(e)] == "D2"]
        seen: dict[str, int] = {}
        for name, gold, preds in (("figures", fig_gold, extract_figures(t)), ("dates", date_gold,
                                                                              extract_dates(t, None))):
            if name == "dates":
                preds = [p for p in preds if not any(overlaps(p, e) for e in out_of_scope)]
            tp = len(match(preds, gold, lambda p, g: True))
            fps = []
            for p in preds:
                if not any(overlaps(p, g) for g in gold):
                    span = t[p["start"]:p["end"]]
                    seen[span] = seen.get(span, 0) + 1
                    cls, _ = review.get((di, span, seen[span]), ("unreviewed", ""))
                    classes[f"{name} {cls}"] = classes.get(f"{name} {cls}", 0) + 1
                    fps.append(cls)
                    errors.append(f"{di}\t{span}\t{seen[span]}\t{name} false alarm ({cls})\t"
                                  + t[max(0, p["start"] - 50):p["end"] + 50].replace("\n", " "))
            errors += [f"{di}\t{t[g['start']:g['end']]}\t-\t{name} miss\t"
                       + t[max(0, g["start"] - 50):g["end"] + 50].replace("\n", " ")
                       for g in gold if not any(overlaps(p, g) for p in preds)]
            ignored = sum(c.startswith("omission") for c in fps)
            for key, n_pred in ((name, len(preds)), (f"{name}_rev", len(preds) - ignored)):
                out[key][0] += tp
                out[key][1] += n_pred
                out[key][2] += len(gold)
    res: dict = {k: (*prf(*v), v[2]) for k, v in out.items()}
    return {**res, "rules": rules, "errors": errors, "classes": classes}


def gum_interval(attrs: dict) -> tuple[date, date] | None:
    """Inclusive interval of a GUM <date> normalisation; None for times and one-sided bounds."""
    def span(v: str, end: bool) -> date | None:
        if "T" in v:
            return None
        parts = [int(x) for x in v.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
        if len(parts) == 2:
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return nxt - timedelta(days=1) if end else date(parts[0], parts[1], 1)
        return date(*parts)

    if "when" in attrs:
        a, b = span(attrs["when"], False), span(attrs["when"], True)
    elif "from" in attrs and "to" in attrs:
        a, b = span(attrs["from"], False), span(attrs["to"], True)
    elif "notBefore" in attrs and "notAfter" in attrs:
        a, b = span(attrs["notBefore"], False), span(attrs["notAfter"], True)
    else:
        return None
    return (a, b) if a and b else None


def eval_gum(adjusted: bool = False) -> dict:
    """Dates F1 on GUM news (overlap + identical interval), published_at = the article's dateline.

    adjusted: GUM's durations ('15 years', 'the past 30 days'), which we extract as figures, are left unscored."""
    tp = n_pred = n_gold = skipped = 0
    for line in GUM.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        dateline = next((d for d in doc["dates"] if re.match(r"\w+day, \w+ \d+, \d{4}$", d["text"])), None)
        pub = date.fromisoformat(dateline["attrs"]["when"]) if dateline else date.fromisoformat(doc["date_created"])
        gold = []
        for d in doc["dates"]:
            iv = gum_interval(d["attrs"])
            if iv is None or adjusted and is_duration(d["text"]):
                skipped += 1
                continue
            gold.append({"start": d["start"], "end": d["end"], "iv": iv})
        scoreable = [(g["start"], g["end"]) for g in gold]
        unscored = [d for d in doc["dates"] if gum_interval(d["attrs"]) is None
                    or adjusted and is_duration(d["text"])]
        preds = [p for p in extract_dates(doc["text"], pub)
                 if not any(overlaps(p, u) for u in unscored)]
        tp += len(match(preds, gold, lambda p, g: (p["date_start"], p["date_end"]) == g["iv"]))
        n_pred += len(preds)
        n_gold += len(scoreable)
    return {"dates": prf(tp, n_pred, n_gold), "n_gold": n_gold, "skipped": skipped}


def speed(texts: list[str], quantulum_words: int, repeats: int = 3) -> dict:
    """Words/s of extract_figures+extract_dates and of quantulum3 on the same texts, best of `repeats` each."""
    from quantulum3 import parser

    pub = datetime(2024, 11, 21)
    sub, n = [], 0
    for t in texts:
        if quantulum_words and n >= quantulum_words:
            break
        sub.append(t)
        n += len(t.split())
    words = sum(len(t.split()) for t in texts)
    parser.parse("warm up 5 km")
    ours = theirs = 0.0
    for _ in range(repeats):  # interleaved, so both see the same machine load
        t0 = time.perf_counter()
        for t in texts:
            extract_figures(t)
            extract_dates(t, pub)
        ours = max(ours, words / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for t in sub:
            parser.parse(t)
        theirs = max(theirs, n / (time.perf_counter() - t0))
    return {"ours": ours, "quantulum3": theirs, "ratio": ours / theirs, "words": words, "q_words": n}


def quantulum_devset(articles: list[dict]) -> tuple[float, float, float]:
    """quantulum3 figures F1 on the dev set under the same matching (value within 1%, overlap)."""
    from quantulum3 import parser

    tp = n_pred = n_gold = 0
    for a in articles:
        preds = []
        for q in parser.parse(a["text"]):
            s, e = q.span
            v = q.value
            if q.unit and q.unit.entity and q.unit.entity.name == "dimensionless" and "percent" in q.unit.name:
                pass
            preds.append({"start": s, "end": e, "value": v, "low": None, "high": None})
        golds = [g for g in a["figures"]]
        tp += len(match(preds, golds, lambda p, g: _close(p["value"], g["value"] if g["value"] is not None
                                                            else g["low"])))
        n_pred += len(preds)
        n_gold += len(golds)
    return prf(tp, n_pred, n_gold)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="rewrite benchmarks/figures.md")
    ap.add_argument("--errors", action="store_true", help="print every dev-set error")
    ap.add_argument("--re3d-errors", action="store_true", help="list re3d errors left after the convention rules")
    ap.add_argument("--quick", action="store_true", help="skip quantulum3 and the speed run")
    ap.add_argument("--quantulum-words", type=int, default=0, help="0 = the same texts as ours (fair, ~1 min)")
    args = ap.parse_args()

    articles = parse_devset(DEVSET_DIR / "articles.txt")
    heldouts = [(label, parse_devset(DEVSET_DIR / f"{stem}.txt")) for label, stem in HELDOUTS]
    for (_, arts), name in zip([("dev", articles), *heldouts], ["devset", *(stem for _, stem in HELDOUTS)]):
        with (DEVSET_DIR / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    dev = eval_devset(articles)
    helds = [(label, arts, eval_devset(arts)) for label, arts in heldouts]
    re3d_issue3 = load_re3d_issue3()
    r3 = eval_devset(re3d_issue3)
    helds_attr = [*helds, ("re3d issue-3 gold", re3d_issue3, r3)]
    re3d_docs = load_re3d()
    re3d = eval_re3d(re3d_docs)
    re3d_adj = eval_re3d_adjusted(re3d_docs)
    gum = eval_gum()
    gum_adj = eval_gum(adjusted=True)

    f = dev["figures"]
    d = dev["dates"]
    at = dev["attr"]
    n_dev_words = sum(len(a["text"].split()) for a in articles)
    def row(name: str, measure: str, m: tuple, n: int) -> str:
        return f"| {name} | {measure} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} | {n} |"

    dev_name = f"dev ({len(articles)} articles, {n_dev_words} words)"
    rows = [
        "| set | measure | P | R | F1 | n gold |",
        "|---|---|---|---|---|---|",
        row(dev_name, "figures (overlap + value within 1%)", f, dev["n_gold"]),
        row("dev", "dates (overlap + identical interval)", d, dev["dn_gold"]),
    ]
    if not args.quick:
        rows.append(row("dev", "quantulum3 figures, same matching", quantulum_devset(articles), dev["n_gold"]))
    for label, arts, h in helds:
        rows.append(row(f"{label} ({len(arts)} articles)", "figures (overlap + value within 1%)", h["figures"],
                        h["n_gold"]))
        rows.append(row(label, "dates (overlap + identical interval)", h["dates"], h["dn_gold"]))
    rows += [
        row(f"re3d, independent issue-3 gold ({len(re3d_issue3)} docs)", "figures (overlap + value within 1%)",
            r3["figures"], r3["n_gold"]),
        row("re3d, independent issue-3 gold", "dates (overlap; + identical interval where the text fixes it)",
            r3["dates"], r3["dn_gold"]),
        row("re3d (conf >= 0.5)", "figures vs Money+Quantity, span overlap only", re3d["figures"],
            re3d["figures"][3]),
        row("re3d (conf >= 0.5)", "dates vs Temporal, span overlap only", re3d["dates"], re3d["dates"][3]),
        row("re3d, our conventions", "figures, rules F1 + D1 (Temporal durations are figures, no a/an/ordinals)",
            re3d_adj["figures"], re3d_adj["figures"][3]),
        row("re3d, our conventions", "dates, rules D1 + D2 (no durations, clock times, vague spans)",
            re3d_adj["dates"], re3d_adj["dates"][3]),
        row("re3d, conventions + review", "figures, ignoring reviewed unannotated figures", re3d_adj["figures_rev"],
            re3d_adj["figures_rev"][3]),
        row("re3d, conventions + review", "dates, ignoring reviewed unannotated dates", re3d_adj["dates_rev"],
            re3d_adj["dates_rev"][3]),
        row("GUM news", "dates (overlap + identical interval)", gum["dates"], gum["n_gold"]),
        row("GUM news, our conventions", "dates without durations", gum_adj["dates"], gum_adj["n_gold"]),
    ]
    attr_rows = [
        "| attribute (on matched figures) | dev | " + " | ".join(label for label, _, _ in helds_attr) + " |",
        "|---|---|" + "---|" * len(helds_attr),
        *[f"| {k} | {v:.3f} | " + " | ".join(f"{h['attr'][k]:.3f}" for _, _, h in helds_attr) + " |"
          for k, v in at.items()],
    ]
    speed_rows: list[str] = []
    if not args.quick:
        gum_texts = [json.loads(line)["text"] for line in GUM.read_text(encoding="utf-8").splitlines()]
        texts = [a["text"] for a in articles] + [dd["text"] for dd in re3d_docs] + gum_texts
        sp = speed(texts, args.quantulum_words)
        speed_rows = [
            "",
            "| extractor | words/s (one core, same run) |",
            "|---|---|",
            f"| extract_figures + extract_dates ({sp['words']} words, best of 3) | {sp['ours']:,.0f} |",
            f"| quantulum3 parser.parse (same {sp['q_words']} words, best of 3) | {sp['quantulum3']:,.0f} |",
            f"| ratio | {sp['ratio']:.1f}x |",
        ]
    report = "\n".join(rows + [""] + attr_rows + speed_rows)
    print(report)
    print(f"\n{len(dev['errors'])} dev-set errors, " + " + ".join(str(len(h["errors"])) for _, _, h in helds)
          + " held-out errors" + (":" if args.errors else " (use --errors to list)"))
    if args.errors:
        lines = list(dev["errors"])
        for label, _, h in helds_attr:
            lines += [f"--- {label}", *h["errors"]]
        print("\n".join(lines))
    if args.re3d_errors:
        print("\nre3d rules applied:", re3d_adj["rules"], "\nre3d remaining errors by class:", re3d_adj["classes"])
        print("\n".join(re3d_adj["errors"]))
    if args.write and not args.quick:
        OUT_MD.write_text(_markdown(report, gum["skipped"]), encoding="utf-8")


def _markdown(report: str, gum_skipped: int) -> str:
    return f"""# Figures and dates benchmark

Reproduce: `cd /work/main && uv run --frozen python benchmarks/figures_bench.py --write` (add `--errors` to list
every dev-set miss). Machine: shared 2-core box; speed numbers are from one run and move with load.

{report}

Notes
- Dev set: `benchmarks/figures_devset/articles.txt`, {len(parse_devset(DEVSET_DIR / "articles.txt"))} short
  news-style articles written for this benchmark, gold annotated by hand under the issue-3 conventions
  (converted to `devset.jsonl` by this script). A figure matches when it overlaps the gold span and its value
  (low/high for ranges) is within 1%; attribute accuracies are over matched figures.
- Held-out: `figures_devset/heldout.txt` (16 articles) was written after tuning on the dev set and scored once
  before any change it prompted: figures F1 0.909, dates F1 0.850 (`figures_devset/heldout_first_run.txt`).
  The fixes that followed were general (cents/pence, quarter/half points, magnitudes, quarter years, sentence
  ends at decimal points), but the rows above are no longer a blind score: expect new text to land between.
- Held-out 2: `figures_devset/heldout2.txt` (12 articles) was written after all of the above and scored once
  blind: figures F1 0.944, dates F1 0.903, attributes 1.000 (`figures_devset/heldout2_first_run.txt`). Its
  misses led to: lakh/crore, "since 2013 to over £1.5bn" and "from four hours to 90 minutes" not being ranges,
  "next Friday" = next week's Friday, and the tense of a date taken from the nearest verb on its left.
- Held-out 3: `figures_devset/heldout3.txt` (12 articles, new topics: strikes, heatwave, bank results, wildfire,
  transfer, layoffs, election, shipping, measles, rocket, house prices, museum) was written and annotated by hand
  after the re3d/GUM fixes below and before the extractor was run on it, then scored once blind: figures F1 0.978
  (P 0.985, R 0.971), dates F1 0.940 (P 0.929, R 0.951), qualifier 0.985, kind 0.985, currency and period 1.000
  (`figures_devset/heldout3_first_run.txt`). Its misses led to general fixes: "the summer of 2022" (a season
  of a year), "starts on Friday" (scheduled present tense looks ahead), "a quarter of a percentage point" and
  "half a percentage point" (the latter was read as 50 percent), "over a decade" (a decade alone is a
  duration), "within" = at_most (not for time frames), points in a poll = percentage points. The held-out 3
  rows above are after those fixes, so no longer blind.
- Held-out 4: `figures_devset/heldout4.txt` (16 articles: oil wire copy, Toyota forecast, marathon, asteroid,
  sentencing, hurricane, earthquake, Fed cut, Alibaba results, title win, smartphone shipments, obesity pill, rail
  closure, reunion tour, Indian budget, port strike; pub dates 2024-09 to 2025-08) was written and annotated by
  hand before the extractor was run on it, then scored once blind: figures F1 0.974 (P 0.957, R 0.991), dates
  F1 0.806 (P 0.857, R 0.761), qualifier 0.982, kind 0.982, currency 0.991, period 1.000
  (`figures_devset/heldout4_first_run.txt`). Dates were the weak side: anaphora ("the previous session", "two
  days later", "the following day"), fiscal years ("the fiscal year ending March 2026", "the year to March 31",
  "the year starting April 1", "2024-25", "the next fiscal year"), "overnight", "last August", "by the weekend",
  "a.m." read as a sentence end. Figures: "0912 GMT", "seven and a half years", "magnitude 3 or higher",
  "157 per dollar" after "the yen", "29 earthquakes" (a count), "topping 20 million", "two days later".
- Held-out 5: `figures_devset/heldout5.txt` (12 articles: gold wire copy, verdict, cricket final, floods, comet,
  airline results, Australian jobs and budget, IT outage, dengue, German election, OPEC+, jewel theft) was
  written after the held-out-4 fixes, annotated by hand before any run, and scored once blind to check that
  they generalise: figures F1 0.993 (P 0.986, R 1.000), dates F1 0.914 (P 0.923, R 0.906), qualifier, period,
  kind 1.000, currency 0.986 (`figures_devset/heldout5_first_run.txt`). Its misses: Easter, "early next year",
  "the three months to June 30" (off by a day), "cut ... on Tuesday and is expected to" (read as future),
  "falls on April 20" (read as past), euro cents read as US cents; all fixed since. The one remaining figure
  "error", "the two sides", is a count under our conventions that the gold missed (kept as written).
- Held-out 6: `figures_devset/heldout6.txt` (12 articles: market close, Black Friday, US Open final, ocean heat,
  Trump appeal, winter storm, French government falls, measles, Nvidia-OpenAI, rail lockout, energy price cap,
  school shooting arrest) was written after all of the fixes in this file, annotated by hand before any run
  and scored once blind: figures F1 0.958 (P 0.950, R 0.966), dates F1 0.940 (P 0.959, R 0.922), qualifier
  0.982, kind 0.965, currency and period 1.000 (`figures_devset/heldout6_first_run.txt`). Its misses led to:
  "gained 0.6% to 5,970.37" read as a range (a unit written on the first number only is no range; more change
  verbs), set scores "6-2, 3-6, 6-1", "five fewer days", "topped $4 trillion", Thanksgiving resolved by its
  real date (published the day before it), a tense cue right after the date governing it ("Thanksgiving falls
  on"), "the same day", and a trailing attribution (", the regulator said on Friday.") no longer dating the
  clause it reports ("will fall ... from October 1" was read as past; a wider tense window also fixed it but
  broke another held-out date, so the window stays). Left: "two days after the attack" (an event anchor, by
  the rule below not resolved); "16 zettajoules" is a quantity since the joule units of round 4.
- Held-out 7: `figures_devset/heldout7.txt` (15 articles in styles not covered before: snow and election live
  blogs with timestamps, a Bank of England hold, Stellantis results, football results and fixtures, a fraud
  sentencing, a cocaine seizure, US inflation, oil and power output, container shipping, wildfires, an opinion
  piece, a long-form feature, a Christmas travel warning, a climate report; published on every weekday,
  2024-04 to 2026-01, three of them in late December and two in early January) was written and annotated by
  hand before any run (committed alone first, eded1c1) and scored once blind: figures F1 0.995
  (P 1.000, R 0.990), dates F1 0.865 (P 0.870, R 0.859), qualifier, currency, period 1.000, kind 0.970
  (`figures_devset/heldout7_first_run.txt`). Figures held; dates failed on tense and year boundaries: a
  present perfect read as past ("has planned a party on January 11" published December 28 gave January 2024;
  "have issued a warning for Christmas Eve" published December 23 gave 2024), a reported clause dated by the
  reporting verb ("P&O said some sailings on Boxing Day could be delayed"), fixtures in the present tense
  ("Arsenal host PSV on Wednesday", "next meets on February 6", "their next league game is against Chelsea on
  March 16"), a noun read as a past verb ("expect the next cut at the February meeting"), "is set for January
  17", "until 18:00 on Saturday"; also "1991-2020", Boxing Day, "from a year ago" (a comparison), "the same
  period of 2023", units (zettajoules, terawatt-hours, TEU) and "scored after 45 minutes before ...".
- Rules added in round 4 (after held-out 7; each has a test with hand-written values in `tests/test_dates.py` /
  `tests/test_figures.py`): a present perfect governs no date of its own, so a month-day or holiday it
  "governs" is the coming one when that is at most 60 days ahead, else past (a simple past still gives last
  year's: "On January 11, the company announced", published December 28, stays 2024); after "said/told/
  announced/warned" followed by a clause, a future cue later in that clause governs ("said on Friday it will"
  stays Friday past); present-tense fixture verbs before a name or "on" (host, face, play, visit, meet) and
  "next meets", "next ... is", "is set for", "could/may/might be" look ahead; "are planned/expected" (present
  passive) is no past cue; cut/set/hit/cost/put/shut/lost/held/won/led after a determiner ("the next cut", "a
  rate cut") are nouns, no cue; "until 18:00 on Saturday" is an open end (past cues moot) and a weekday after
  until/till/through is the coming one unless was/were/had/remained/stayed precede it ("the road was closed
  until Saturday" stays past); a modal cut off by an aside ("Ministers will, after ..., unveil the plan on
  Friday") looks ahead when no cue is within the window (widening the window itself still breaks four earlier
  held-out dates, measured again this round); "1991-2020" (no spaces: GUM's "2000 - 2050" stays two years) is one span;
  "the same period/quarter/month of 2023 | last year | a year earlier" is the last period shorter than a year
  the article named, moved to that year (the whole year when none was named); Boxing Day, St Patrick's Day,
  Juneteenth, Veterans Day, Labor Day (first Monday of September), Memorial Day (last Monday of May); "N
  years ago" after from/than/versus/compared with is a comparison, no date. Figures: units zettajoules and the
  other joules, terawatt-/gigawatt-/megawatt-hours written with a hyphen, TEU, knot, square metres, ounces,
  gigatonnes, carats, horsepower, decibels, ppm, Mbps/Gbps, m/s, boe/day; "45 minutes before Rice equalised"
  stays a figure (only day-or-longer durations before "before/ago/earlier" are dates).
- Also in round 4, from probing year boundaries and new styles by hand: "this December" follows the tense
  ("sales rose this December", published in January, is last year's); "will report fourth-quarter results"
  (published in January) is last year's quarter (a reported quarter may have ended up to 100 days before);
  "travel to/take on/welcome" + a name are fixtures; "since January" after "in December" in the same sentence is
  the January before that December; share prices in pence above 240p ("1,234p"), video lines ("1080p") still
  not figures. The tense machinery (cue windows, attributions, perfects, fixtures) moved from `dates.py` to
  `newslake/dates_tense.py`; an anaphora anchor reaches back at most 400 characters, which keeps a run of
  attributed dates linear ("said on Monday, with " x 2,000: 0.36 s). Figures: a bare number compared with
  the figure before it in its sentence ("18 weeks, up from 12", "rose to 4.4% from 4.2", "$5 billion, up from
  4.2 billion") takes that figure's kind, unit and currency ("up from 12 stores" stays a count).
- Held-out 8: `figures_devset/heldout8.txt` (8 articles: airline strike, euro zone inflation, Premier League
  fixtures, Trump bond ruling on a leap day, gold miner results, Christmas rain warning, burglary arrests,
  console launch; four of them within two weeks of a new year) was written after all of the above, annotated
  by hand before any run (committed alone first, c132cd5) and scored once blind to check that the round-4
  fixes generalise: figures F1 1.000, dates F1 0.851 (P 0.841, R 0.860), all attributes 1.000
  (`figures_devset/heldout8_first_run.txt`). The new rules held (Friday after "said on Monday", Boxing Day,
  "next meets on February 5", "is set for next Thursday", "Last December"-style boundaries); its misses were
  new: "the following day" anchored on the report's date ("the league announced on Wednesday") instead of the
  event's, "New Year's Day combined" (a participle after the date read as its verb), "the summer transfer
  window", "from 3am on Tuesday ... with 60-80mm expected widely" (no cue within reach but the participle),
  "Last year's Storm Darragh, which struck on December 7" (published December 21: 2025's), "..., the company
  said on Wednesday, with pre-orders opening on April 9" (read as past). All are fixed since (a report's
  date is no anaphora anchor; a date after a preposition is no subject of the word after it; "expected" after
  its noun looks ahead; a sentence opening on "In 2019," or a year's possessive dates the month-days after it;
  a season before transfer/Olympics/recess/... names a thing; a "with/while/as" phrase after an attribution
  takes the tense of the clause before the attribution), so the held-out 8 rows are no longer blind.
- Round 5 began by classifying the date misses of the blind first runs of held-out 4, 7 and 8 (36 in all):
  tense 16 (present perfects, fixtures, reported clauses, attributions, participles), missing patterns 15
  (fiscal years, Boxing Day, "1991-2020", "the same period of 2023", "last August", ...), anchoring 5 ("the
  previous session", "two days later", the report's date as anchor, "Last year's storm ... December 7") and
  one gold convention ("the three months to March" = the quarter). All but that one were fixed in round 4;
  round 5 added what else was likely to recur (each with a hand-written test): "the three/six/nine months to
  (the end of) March" is the period (twelve months to a month stays the statistic's month, as the dev gold has
  it, and "three months" there is no duration); "Q3" alone and "2024 Q3"; "first-half profit/results" (the
  last half ended by publication, or the next when future); a fiscal quarter ("its fiscal first quarter ended
  April 27") is the three months to the day it ended, and is not output when that day is not given; "two days
  after the attack" counts from the last day the article named (not output when none was); "go/head to the
  polls", "walk out", "reopens", "returns", "is planned" look ahead; a weekday a thing is called/planned "for"
  is the coming one; "January 12 and 13" gives both days (the 13 is no count).
- Held-out 9: `figures_devset/heldout9.txt` (15 articles in styles not covered before: an obituary, a health
  study, a presidential election with polling dates across the new year, Meta and Air France-KLM results with
  quarters and halves, a rail strike with planned dates, a fiftieth anniversary, a flood warning published on
  January 2, a Bank of England hold, a space mission, a fraud sentencing, a tennis final, Christmas trading,
  an Ebola outbreak, a housing budget published on a Sunday) was written after the fixes above, annotated by
  hand before any run (committed alone first, d95958b) and scored once blind: figures F1 0.974 (P 0.959,
  R 0.989), dates F1 0.870 (P 0.870, R 0.870), qualifier, currency, period 1.000, kind 0.979
  (`figures_devset/heldout9_first_run.txt`). Two of its 13 date misses were gold lines pointing at the wrong
  occurrence of "December" (`occ=2` added afterwards; with them fixed the blind dates F1 is 0.880). The rest:
  missing patterns 6 ("the full year", "the five weeks to January 4", "the 13 weeks to December 28", Black
  Friday, "the end of the decade", "Fifty years ago on Wednesday"), tense 4 ("will be held next week, followed
  by a memorial service in the spring" read the participle as past; "has issued a warning from 6am on Sunday
  until midday on Monday" (a perfect, and "midday" was no clock word); "ahead of the first sitting of
  parliament on July 22"), and "the same period a year earlier" (right once the five weeks were read).
  Figures: ages ("aged 84", "Daniel Hart, 52,") were counts, "for 15 years before her first book" was read
  as a date, the second day of "December 6 and 8 in a dispute" as a count, "the five weeks to January 4" as a
  duration. All are fixed since (Black Friday and Cyber Monday follow Thanksgiving; "the full year" is the
  year of the last period named; "N years ago on <weekday>/today" is that day N years back; a perfect names
  no past weekday; "ahead of" looks ahead; "figures/data/sales for December" describe a past month; a
  participle after a comma (", followed by") carries no tense; an age is a duration in years). Left: the
  extractor's "nine-month" (in "nine-month results") is a duration by the "24-hour walkout" convention that
  the held-out 9 gold left out (kept as written).
- Then, from probing about 80 new sentences by hand (strikes, markets, weather, launches, courts): a modal
  before a verb (could/might/should/may, not the month) looks ahead; the new date of a moved event
  ("postponed to March 29") looks ahead and an original one ("originally scheduled for February 22") does
  not; "this weekend" on a weekday is the coming one unless the tense is past; "since January" after a year
  (not a month) is this January; resume, "is forecast", "is likely", "goes on sale", "takes effect", "comes
  into force" look ahead; "will remain closed until at least Wednesday" (a participle after remain/stay/be is
  no past tense; "until at least" is an open end); a weekday written with a month-day ("Friday, September
  12") picks the year in which that day is that weekday. Tried and dropped again: when no tense cue is within
  reach, taking the nearest cue anywhere earlier in the sentence fixed one probe ("is forecast for parts of
  Scotland and northern England from late on Friday") but broke three held-out dates (held-out 1 and 6);
  taking only a far future cue still broke two (held-out 1) and one of held-out 10 ("is likely to raise ...,
  sources said on Wednesday, after lifting its policy rate to 0.75% in December" gave December 2026).
- Held-out 10: `figures_devset/heldout10.txt` (12 articles: Christmas road and rail travel, a Bank of Japan
  preview, a football report with fixtures, a tariff sell-off, a Spanish heatwave, the end of the US
  shutdown, the Winter Olympics, Glastonbury, the EU AI Act, cocoa prices, Texas floods, a jazz obituary;
  published on every day of the week, December to February included) was written after all of round 5,
  annotated by hand before any run (committed alone first, 2623f89) and scored once blind: figures F1 0.992
  (P 0.984, R 1.000), dates F1 0.938 (P 0.938, R 0.938), qualifier 0.984, currency, period, kind 1.000
  (`figures_devset/heldout10_first_run.txt`) - the best blind dates score of the ten sets. Its misses:
  "Last year, storms disrupted travel on December 21 and 22" (a sentence opening on "Last year," did not
  date the month-days after it), "overnight" anchored on a day still to come ("extended a warning until
  Sunday as fires forced evacuations overnight"), "should return to normal by Monday", "from March 6 to 15"
  (one interval; the 15 was also read as a count) and "fines of up to €35 million or 7% of turnover" (the 7%
  shares the bound). All are fixed since, each with a test.
- After held-out 10, more probes (about 75 sentences): "this Friday" is this week's Friday (last week's when
  the tense is past and it is still to come); "end-2025", "end-March"; "a fortnight ago"; "is on Sunday"
  (a scheduled event); "orders/figures/data for the fourth quarter" are the reported quarter; "the week
  beginning February 17".
- Held-out 11: `figures_devset/heldout11.txt` (10 articles: a climate summit overrunning, a flu season
  report, Shell results with dividend dates, rail fares and a Tube strike at the new year, a Cybertruck recall,
  a football manager change, a drought, a delayed Moon launch, Spanish tourism, a Moldovan election preview
  published on a Sunday) was written after all of the above, annotated by hand before any run (committed
  alone first, 2330376) and scored once blind: figures F1 0.961 (P 0.949, R 0.974), dates F1 0.946
  (P 0.953, R 0.938), all attributes 1.000 (`figures_devset/heldout11_first_run.txt`). Its misses: "COP30"
  read as 30 Colombian pesos, "about a month earlier than usual" read as a date, "will pay a first-quarter
  dividend" (next year's quarter), "on the register on May 16, the company said on Thursday, as it reported
  ..." (a past verb after the attribution dated the clause), "had been due to lift off as early as February
  8" (read as future), "between September 10 and 14 put ..." (the 14 read as a count). All fixed since, each
  with a test: a rare ISO code glued to digits is a name (USD, EUR, GBP, JPY, CNY, CHF, AUD, CAD, INR may be
  written glued); "earlier than" is a comparison; a dividend is a reported quarter's; no cue after a trailing
  attribution dates the clause before it; "due to" after was/were/been is no future cue; after "between" the
  second day of a month pair is a day whatever follows.
- Blind first runs over the rounds, dates F1: held-out 1-8 0.850 / 0.903 / 0.940 / 0.806 / 0.914 / 0.940 /
  0.865 / 0.851, then round 5: held-out 9 0.870 (0.880 with its two occurrence slips fixed), held-out 10
  0.938, held-out 11 0.946, round 6: held-out 12 0.938, held-out 13 0.986, round 7: held-out 14 0.893 (0.901
  with its two gold slips fixed), held-out 15 0.885, held-out 16 0.919, held-out 17 0.919, held-out 18 0.910,
  held-out 19 0.908, held-out 20 0.925; figures F1 0.974 / 0.992 / 0.961 / 0.994 / 0.965 / 0.979 / 0.995 /
  1.000 / 1.000 / 0.978 / 0.944 / 1.000 on 9 to 20.
- Held-out 12: `figures_devset/heldout12.txt` (12 articles in styles not covered before: a government
  flood-funding press release, a defence briefing on a drone attack, a humanitarian update with casualty
  ranges, oil and gas markets, asking prices for homes, a football transfer with add-ons, a State Department
  aid release with a US fiscal year, a grain harvest, counter-terrorism arrests, migration statistics, a
  regulator's fine, a missile contract published on a Saturday) was written after the re3d review, annotated by
  hand before any run (committed alone first, ac2bfd6) and scored once blind: figures F1 0.994 (P 0.988,
  R 1.000), dates F1 0.938 (P 0.938, R 0.938), all attributes 1.000 (`figures_devset/heldout12_first_run.txt`).
  Its misses: "OPEC+ weighed an output rise ... for November" (published in October; the past verb gave last
  November), "since fiscal year 2022" (read as calendar 2022), "the five years to March 2030" (read as March
  2030, and "five years" as a duration). All fixed since, each with a test: a bare month after "for" whose
  clause starts with a decision verb (weighed, agreed, approved, planned, ...) and which comes within three
  months is the coming one; "fiscal year 2022"/"FY2022" is the year ending in 2022 by a US (October) or
  Australian/Pakistani/Egyptian (July) calendar when the text is about public money (government, budget,
  humanitarian, ...), "fiscal 2025" of a company keeps the calendar year (the dev gold), an unresolved "FY2025"
  gives nothing; the U.S./U.K. fiscal cues now match ("U.S. " has no word boundary after its dot); "the N years
  to <month/day>" is that period and its N years no duration. Held-out 10 gained one gold date, "earlier in the
  evening" (= the Wednesday named before; its annotator had left it out, as the dev annotator had "overnight").
- Then, from probing about 80 sentences in the held-out-12 styles by hand (press releases, briefings,
  humanitarian updates, markets, housing, transfers): an approximate qualifier before a range keeps it a range
  ("An estimated 1.2 to 1.5 million" was "1.2" and "1.5 million"; a bound, "less than 2 points to 33.7%",
  still makes two figures); a change "rose from 2 to 3 million" shares the multiplier (within a factor of 10,
  so "from 500 to 1.2 million" stays 500); "a few hundred", "several thousand", "a few dozen" are vague counts;
  day-first pairs "from 10 to 21 March" (one interval) and "between 2 and 9 March" (both days; the first day was
  a count). Each has a test; none of the annotated sets contains these forms, so their rows did not move.
- Held-out 13: `figures_devset/heldout13.txt` (8 articles written after all of round 6 to check its fixes
  blind: a UN displacement update with "an estimated 500,000 to 700,000", a Pentagon contract paid from "fiscal
  year 2026 funds", a UK schools release with "the 2026-27 financial year" and "between 2 and 27 February",
  cocoa and coffee, US rents, transfer deadline day with "Later that evening", an Australian budget with
  FY2026, Ramadan retail in the Gulf with Eid al-Fitr) was annotated by hand before any run (committed alone
  first, 06a4ff2) and scored once blind: figures F1 0.965 (P 0.953, R 0.976), dates F1 0.986 (P 0.971,
  R 1.000), all attributes 1.000 (`figures_devset/heldout13_first_run.txt`). Every round-6 form in it was
  right; its misses were new: "expects rents to rise 1% to 2%" (two figures: a change verb before "A to B"
  had always meant a change then a level) and "the summer window" (a date). Fixed since, each with a test: after
  a modal or "to" before the change verb (a forecast), two amounts of one unit whose second is at most three
  times the first are a range's bounds ("to rise 0.3% to 2.9%" stays a change and a level); "window" joins the
  words after a season that make it name a thing.
- Held-out 14: `figures_devset/heldout14.txt` (15 wire stories of 150-200 words, longer than any earlier set,
  2,592 words, 220 figures, 129 dates, in the styles the earlier sets covered least: an ECB cut with basis points
  and staff forecasts, chip-maker results with guidance ranges and "the second half", an earthquake toll with
  "at least"/"more than", a heatwave in degrees Celsius and Fahrenheit, a transfer with add-ons and weekly wages,
  a fraud sentencing with a fine, a measles outbreak with rates, an interview with quoted relative dates, a bond
  sell-off, a US jobs report with revisions, monsoon floods, an NFL contract, catastrophe losses with H1/H2,
  crime statistics, a winter flu update published on January 2) was annotated by hand before any run
  (committed alone first, b83240d) and scored once blind: figures F1 0.979 (P 0.982, R 0.977), dates F1 0.893
  (P 0.911, R 0.876), qualifier 0.991, period 0.995, kind 0.995, currency 1.000
  (`figures_devset/heldout14_first_run.txt`). Two of the misses were gold slips, corrected afterwards: "below 2%"
  marked exact though the same gold has "below $59" at_most, and a "December" pointing at the one inside "the
  week to December 28" (`occ=2`); with them fixed the blind dates F1 is 0.901 and qualifier 1.000. The rest,
  by cause: tense 8 ("mourning starting on Monday", "effective from Thursday", "Schools reopen on Monday",
  "open their season against the Steelers on September 7", "brings relief by the weekend" and "to about
  3.25% by December" with no tense cue, "expects insured losses for the full year" read "insured" as a past
  verb, "minutes of the Fed's March 18-19 meeting are due"), missing forms 5 ("the second half" and "H2"
  without a year, "the first five months of the financial year", "2029-30" next to tax receipts, "the full
  year to top $150 billion" read as "the year to <date>"), anchoring 2 ("the three months to September" in
  figures still to be published, "the week before" after "last week"); figures: "by 5 cents to 45 cents" read
  as a range, "grown 5% to 7% a year" as two figures, "to top $150 billion" without its bound, "$60
  million-a-year" without its period, "down 15% from 3,695" took the percent's kind, "one more quarter-point
  cut" and "Mexico 421" (an elided noun) missed. All but the last two and "employment in March" (after "could
  lower" in a sentence about a past revision) are fixed since, each with a test (round 7 below).
- Rules added in round 7 (each with a hand-written test in `tests/test_dates.py` / `tests/test_figures.py`):
  "the first/second half" and "H1"/"H2" without a year are the half the tense points to, kept only in a
  sentence about money or rates ("eight minutes into the second half" stays no date); "the full year" in a
  forecast after a comparison year ("up from $123 billion in H1 2024 ... expects for the full year") is this
  year, and "the full year to top" is no "year to <date>"; "the first N months of the (fiscal|financial) year"
  by the country's fiscal calendar (and its "N months" no duration); "2029-30" is a fiscal year next to tax,
  borrowing, deficit, receipts or debt as well as fiscal/budget words; "figures for the three months to
  September" is a past period whatever the tense; "the week before"/"the previous week" after a named
  Monday-Sunday week is the week before that week; look-ahead cues "starting on/from", "effective from/on",
  "with effect from", "reopen", "open on/from" (not after was/were/is/are/be), a season opener ("open/begin
  their season/campaign against"), "is/are possible"; a date after "by" with no cue is a deadline still to come
  unless a past verb is within reach ("It was 100% contained by Tuesday night" stays past); an -ed word right
  after a future verb is an adjective ("expects insured losses"); "the minutes of the Fed's March 18-19
  meeting" date a past meeting; "New Year" alone is New Year's Day by the tense ("Lunar/Chinese New Year" is
  left out); a month-day naming an event ("the June 12 crash", "the October 7 attack") is past, and "N years
  since the October 7 attack" gives its year; "the June quarter", "December-quarter revenue" are the three
  months ending then; "said on Sunday, a day after the ferry capsized" dates the phrase that Sunday; "agreed to
  raise output ... in June" (published in May) is the coming June. Figures: "by A to B" is a change then a
  level unless a period follows ("raise prices by $1 to $2 a month" stays a range); a change "A% to B% a year"
  is a rate's bounds (a level takes no period); "to top" and "tops" are at_least (the span starts at the
  verb); "-a-year"/"-a-week" give the period; a bare level after a percent change ("down 15% from 3,695",
  "fell by a fifth, from 12.4 to 9.9") keeps its own kind; "the past/last decade" is a one-decade duration;
  a number word after "on day", "in round", "at stage" labels ("on day five of the trial"); Swedish/Danish/
  Norwegian/Czech crowns, krona, koruna. Tried and dropped: giving an absolute ", with ..." phrase the tense of
  the clause before it fixed one probe ("Snow is possible ..., with lows of -15C on Tuesday night") but broke
  three earlier held-out dates (held-out 1, 10, 14); widening the tense window stays out. The one new
  extractor-vs-gold difference on earlier sets is held-out 9's "over the past decade", now a duration its
  annotator left out (kept as written, like "nine-month").
- Held-out 15: `figures_devset/heldout15.txt` (10 stories of about 150 words written after all of the round-7
  rules above to check them blind: Australian GDP with "the June quarter", airline half-year results on an
  April fiscal year, five years since the August 4 Beirut port blast, New Year rail and road travel published
  on December 30, a doctors' pay award with 2025-26, a climate report with "the past decade", day three of a
  murder trial, Red Sea shipping, a manager's contract extension with "the January window", a miner's quarterly
  output) was annotated by hand before any run (committed alone first, 2897f49) and scored once blind: figures
  F1 0.995 (P 0.991, R 1.000), dates F1 0.885 (P 0.885, R 0.885), qualifier, currency, period 1.000, kind 0.982
  (`figures_devset/heldout15_first_run.txt`). The one extra figure, "Thousands" (of people marched), was a
  gold slip (a vague count is a figure; added since, so figures F1 is 1.000 on that first run). Every round-7
  form it holds came out right ("the June quarter", "five years since the August 4 explosion", "the past
  decade", "New Year", "on day three", "the full year", "by the weekend"); its 10 date misses were new: a
  company's half ("the six months to September 30 ... in the first half ... guidance for the second half" is
  April-September and October-March, read as calendar halves), "the full year to March 31, 2026" (read as the
  day), "the October-December quarter" under a past verb (published in October: last year's), "from Wednesday
  until January 4" and "between Christmas Eve and New Year's Day" (a start after or far before its end), "a 4%
  rise from April, backdated" (read as next April), "2025-26, funded from existing budgets" (plural budgets),
  "offered discounts ... from July 1" (published June 24: last year's), "jets due by the summer" (last summer),
  and "the January window" (a date; the gold, like "the summer window", has it name a thing). All are fixed
  since, each with a test: a half with no year after "the six months to <date>" is that half, the second the
  six months after it; "the full year to <date>"; a month range containing publication is the current one; in
  "from/between A to/until/and B" a bare weekday A is the one nearest publication when B is ahead, and A never
  follows B (a year or a week earlier); "backdated" makes the month past; a month-day after "from" and a past
  verb that comes within 30 days is the coming one; "due by/on/in/for" looks ahead, and a season with a
  forward tense is the coming one; "budgets" counts as a fiscal word; "the January (transfer) window" names a
  thing. Left: kinds "seven consecutive quarters" (a count; quarters are no duration unit) and "aged between 58
  and 93" (a count: held-out 1, 5 and 12 annotate ages in a range as counts, so the extractor keeps that; the
  held-out 15 and 16 gold, written as durations, is kept as written).
- Held-out 16: `figures_devset/heldout16.txt` (8 stories of 125-145 words written after the held-out-15 fixes,
  full of holidays, weekdays and ranges near publication: an Easter getaway, Thanksgiving-day retail, a snap
  election preview, a mining merger, a heat-health alert, doctors' strike dates before Christmas, an RSV
  vaccine campaign, a tariff appeal ruling) was annotated by hand before any run (committed alone first,
  eb1e18e) and scored once blind: figures F1 1.000, dates F1 0.919 (P 0.919, R 0.919), qualifier, currency,
  period 1.000, kind 0.966 (`figures_devset/heldout16_first_run.txt`). The held-out-15 rules it holds were
  right ("between Thursday and Easter Monday", "between Thursday and Cyber Monday", "from 7am on December 17
  to 7am on December 22", "by the summer", "the middle of next week"). Its misses: "in Sunday's snap election"
  with its only cue ("is on course to") 75 characters away (the known window limit), "the action, which comes
  in the run-up to Christmas" after "said" (read as last Christmas), "will publish updated uptake figures on
  March 20" ("updated" read as a past verb), "upheld a May ruling" (a bare May after an article was dropped
  as the modal), "the first Monday in October" (no such form), and the kinds of "aged 75 to 79" and "people
  over 75". Fixed since, each with a test: the nth or last weekday of a month; a month after a/the/its/their
  and before a noun; an -ed word after a verb that follows a modal or "to" is an adjective; "on course/track
  to" looks ahead; "people/adults/children over/under N" is an age. Left: the two tense misses (a reporting
  verb's clause in the present tense, and a cue beyond the window); dropping an unattached "said" as a cue was
  tried and changed nothing on any set, so it stays out.
- Held-out 17: `figures_devset/heldout17.txt` (8 stories of about 125 words written after the held-out-16 fixes,
  in styles the earlier sets hold few of: an actor's obituary with decades, the April 2025 tariff sell-off, a
  phone launch, an EU emissions law with a vote tally, climate-finance talks, a presidential anniversary, a
  wheat harvest with marketing years, a crewed launch) was annotated by hand before any run (committed alone
  first, 0f374f4) and scored once blind: figures F1 1.000, dates F1 0.919 (P 0.912, R 0.925), qualifier,
  currency, period 1.000, kind 0.971 (`figures_devset/heldout17_first_run.txt`). Its misses: the marketing
  years "2024/25" and "2023/24" (the text says the year "runs from July to June"; those generic months were
  also read as dates), "a quota for February 15 to June 30" (the end read as last June), "are targeting no
  earlier than 2:19 a.m. on Thursday" (last Thursday), "The midterm elections are on November 3" (last
  November), "down from 47% a year ago" (a comparison read as a date), and two kinds ("down from 80,000"
  took the kind of "the two-week conference" before it; "down from a record 55.5 million" did not take the
  tonnes of "42 million tonnes"). All fixed since, each with a test: a "2024/25" next to "marketing/crop/harvest
  year" follows the calendar the text states ("runs from July to June"), and those months name no date; when a
  range's end falls before its start, the one farther from publication moves a year; "targeting", "no
  earlier/later than" look ahead, as does "is/are on <month> <day>"; a figure between "from" and "a year ago"
  keeps it a comparison; a hyphenated duration before a noun is skipped as the compared level, and "from a
  record/peak/high of" still compares.
- Held-out 18: `figures_devset/heldout18.txt` (8 stories of about 125 words in British/European wire style with
  day-first dates, written after the held-out-17 fixes: a Bank of England hold, the Edinburgh Fringe, a
  murder-trial listing, winter flu vaccines, heat at the Club World Cup, an EU ban on Russian LNG, New Year retail
  sales, rail strike dates) was annotated by hand before any run (committed alone first, 83954ee) and scored once
  blind: figures F1 0.978 (P 0.957, R 1.000), dates F1 0.910 (P 0.910, R 0.910), qualifier, currency, period
  1.000, kind 0.970 (`figures_devset/heldout18_first_run.txt`). Its misses: day-first forms ("the five weeks to
  3 January" and "the nine weeks to 27 December" also gave durations; "on 10, 17 and 24 May" gave the 10 as a
  count), tense ("said it expected inflation to rise ... in the third quarter" read as last year's, "remanded in
  custody until a hearing on 14 November" and "provisionally fixed for 2 March" as past, "Attendances have
  averaged 36,000, although Sunday's match drew" read the perfect across "although", "Chelsea, who beat LAFC on
  Monday, play Flamengo on Friday" dated the relative clause by the fixture after it), "the winter programme" (a
  date), and kinds ("A second man, 19," an age after a lowercase noun; "in the 12 months to June, up from 24"
  took the duration's kind). All fixed since, each with a test: "the N weeks/months to <day> <Month>" is a
  date; a comma list of days before a month ("10, 17 and 24 May") gives each day; "expected <noun> to <verb>"
  looks ahead (not "had expected"); "until a/the <noun> on <date>" is an open end; "fixed/set/scheduled/listed
  for <date>" is the date it is set for (not "originally scheduled for"); a clause after ", although/though/
  whereas/but" takes no cue from before it, and a date in a ", who/which ..." clause none from after the
  clause; programme, campaign, fuel, payments, vaccines after a season name a thing; a person noun before ",
  19," makes an age; a duration framing a period ("the 12 months to June") is skipped as the compared level.
- Held-out 19: `figures_devset/heldout19.txt` (8 stories of about 110 words in US AP style, "Dec. 20", "said
  Tuesday", written after the held-out-18 fixes: a Christmas winter storm, a Fed hold, a bank-robbery arrest,
  health-insurance enrollment, an NBA signing, Intel layoffs, a school district budget, a hurricane) was
  annotated by hand before any run (committed alone first, b36abcf) and scored once blind: figures F1 0.944
  (P 0.937, R 0.952), dates F1 0.908 (P 0.915, R 0.900), all attributes 1.000
  (`figures_devset/heldout19_first_run.txt`). Its misses: AP's "the Weather Service said Tuesday." (no "on")
  was no attribution, so its "said" dated the clause before it (Christmas Eve and Day read as last year's);
  "spread east overnight" after "begin late Wednesday" (a future anchor was always dropped); "subsidies expire
  on Dec. 31" (plural "expire" was no cue); "host the Lakers on Thursday" (a fixture before "the"); "before the
  fiscal year ends June 30"; figures "minus 10 degrees" (sign lost without C/F), "a full percentage point",
  "shrink the workforce by 15% to 20%" (read as a change and a level since the round-7 "by A to B" rule) and
  "The Mavericks, 28-30," (a win-loss record read as a range). All fixed since, each with a test: an
  attribution may end "said Tuesday."; a future anchor for "overnight" is dropped only when its verb is past;
  expire/lapse; fixtures before "the <Name>"; "must" looks ahead; "the fiscal year ends <date>" is that year
  (the gold marks "the fiscal year" and "June 30" apart, so the one span still leaves "June 30" unmatched);
  "minus N degrees"; "a full (percentage) point" = 1; "by A to B" is a range when B is at most three times A
  ("by 5 cents to 45 cents" stays two); a hyphenated pair between a team name's comma and a comma is a record.
- Held-out 20: `figures_devset/heldout20.txt` (8 stories of about 115 words from Asia and the Gulf, written
  after the held-out-19 fixes: Lunar New Year travel, a Reserve Bank of India hold, Eid al-Fitr travel, Golden
  Week, a Saudi budget, Modi's Independence Day speech with Diwali, Chinese trade data, the Indian monsoon) was
  annotated by hand before any run (committed alone first, 138c503) and scored once blind: figures F1 1.000,
  dates F1 0.925 (P 0.954, R 0.899), qualifier 1.000, currency 0.986, period 0.986, kind 0.972
  (`figures_devset/heldout20_first_run.txt`). Eid al-Fitr, Ramadan, "the April-June quarter", "the fiscal year
  ending March 2026", lakh crore and "88.79 per dollar" after the rupee were right. Its misses: holidays with
  no calendar here ("The Lunar New Year falls on Tuesday", India's "Independence Day", "Diwali, which falls on
  October 20": not resolved; left), "2025-26" in a sentence without fiscal words, "its March industrial output
  data" (a forecast verb gave next March), "cut ... on Wednesday, effective from Thursday" (both read as next
  week's: the only cue in reach was "effective"), and figures: "five quarters" (a count), "from this year's
  estimate of 1.34 trillion" (not compared with the riyals before it), "70% of India's annual rainfall" (a
  yearly period). Fixed since, each with a test: a "2025-26" in an article about a fiscal year counts unless a
  season/campaign/term follows; a month before a statistics noun ("March ... data", "March inflation") is
  past; a forward cue that introduces the next date ("effective from Thursday") does not date the one before
  it, and "effective/starting from <weekday>" after a named day is the first such weekday after it;
  "quarters" is a duration unit (plural only); "from (this year's) estimate/forecast/level of" compares;
  "annual" before a noun after the subject is no rate period. Two new rules were first too wide and narrowed
  the same run, both caught on earlier held-out sets: a month before "output" or "exports" names planned
  output ("decide December output levels"), and "said on Thursday" is an attribution, not a cue opening a
  date.
- Round 7, checked on unannotated text: the extractors of the round's start and end were run on the 181 shared
  article bodies (`../shared/data/article-extraction`, 4,146 figures and dates, publication date set to
  2017-06-15) and every one of the 16 outputs that changed was read: 13 were right ("$6.99-a-month" got its
  period, "the September quarter" became July-September, "UP NEXT Thunder: Host the Lakers on Friday" looks
  ahead, "on Day 1" is a label, "down from $38,373 a year ago" no date, ...), and 3 were wrong and are fixed
  with tests: "decided to reopen the investigation in May" ("reopen" is a cue only before on/from/next/this
  and not after "to"), "An October 11 presentation to bondholders indicated" ("to" is no modal for the -ed
  adjective rule), "will be postponed from Tuesday to Friday" (a weekday starting a range moves to the one
  nearest publication only when it was read as past).
- Round 7 speed: the extractors of the round's start (27e3051) and of its end (held-out 20 fixes), timed
  interleaved three times each in one session on GUM and every annotated set here (34,021 words, best of 5,
  loaded 2-core machine): 83.5-89.0k words/s before, 78.1-81.5k after, about 8% slower for the round's extra
  cue checks (after held-out 14 the two were within the noise); the tense-cue regex finds the same matches 5%
  faster since its lookbehinds moved behind their words. The table's ratio is one run and moves with load:
  26.2x, 21.6x, 24.5x, 29.8x, 25.1x, 25.9x, 26.5x, 25.4x on this round's runs, all >= 20x.
- Round 8 speed: three regexes scanned every position and took most of the time (date 66-89 ms, figure 47-76
  ms, fraction 24 ms of about 225 ms per pass over the 31,014 speed-row words). Each now first checks a whole-word
  guard (`figures_units.word_trie`: a trie of the words a match can start with, as case-sensitive classes that
  also hold the characters IGNORECASE folds to each letter, so nothing it could match is rejected): the date
  regex behind its three-letter guard also needs the whole first word, "the" only before the ~60 words a date
  can continue with and "a"/"an" only before day/week/month/year; the figure regex tries only digits, symbols,
  three capitals before a digit, number words and its ~30 first words; "over the past decade" is only looked
  for where "decade" is written. Checked: the old and new regexes give the same match (span and groups) at
  every position of all annotated texts, re3d, GUM, the 181 shared article bodies, every string in the tests and
  300 copies with long s, Kelvin sign and dotless i; `extract_figures`/`extract_dates` gave identical lists of
  dicts on all 581 texts. Timed interleaved in one process (the start-of-round modules imported under another
  name, best of 5, the 31,014 speed-row words, loaded machine): 118,485 -> 174,481, 146,100 -> 234,339 and
  139,132 -> 217,244 words/s (1.47x, 1.60x, 1.56x; the last two after the fixes below). A prefix guard in
  front of the figure regex's list of unit words (`figures_units.prefix_trie`, checked the same way) then gave
  another 8.6% (216,832 -> 235,574). What is left: the date regex spends ~8 us on each of ~900 numbers and ~240
  "the ..." that could start a date, and the many small context regexes around each match.
- Round 8 fixes from the independent sets' first runs (each with a hand-written test in `tests/test_figures.py`
  / `tests/test_dates.py`): a currency word several countries use ("pesos", "crowns", "CFA francs", "kroner",
  "dollars", "rupees", "pounds", "riyals", "dirhams", "shillings") takes the country the article names (name,
  demonym, capital or dateline city): the only one named, else the one in the dateline, else the old default
  ("500,000 pesos" in a Chile story is CLP, in a Philippines story PHP; "50 million CFA francs" from Abidjan
  XOF, from Cameroon XAF; "3.8 billion crowns" after "Swedish crowns" SEK; "crowns" with no country stays a
  count); an exchange rate is in the last currency named before it other than its base ("the yuan ... against
  the dollar ... 6.97 per dollar" is CNY, was USD; "the pound ... 49.5 to the dollar" in an Egypt story EGP);
  "over/more than half a million" is 500,000 at_least (was "over half" = 50%); a forecast "to cut rates by 10
  to 20 basis points" is one range; "millions/billions of dollars" is money of null value, approx; "one or
  more" is a count 1 at_least, "at least once"/"more than twice" counts 1/2 at_least; a bounded duration before
  an event ("less than 14 months before he leaves office") is a figure; "at the age of 86" an age. Dates:
  "between 2030 and 2035" / "from 2026 to 2030" is one date only when both years come after publication. The
  independent-2 gold also wants past spans ("governed Peru from 2001 to 2006") as one date, but the dev set,
  held-out 9 and 17, independent 1 ("between 2017 and 2023") and GUM ("for the period from 2004 to 2009") all
  mark such spans as two years, so they stay two. `at least once` now counts as a figure in the re3d convention
  rule F1 too. The re3d rows scored against re3d's own labels lose precision on the three "one or more kinetic
  events" (a CENTCOM boilerplate paragraph) that re3d leaves unannotated and `re3d_review.tsv` (not edited
  here) has not reviewed; the independent issue-3 gold on the same texts has them and rose to F1 0.998.
  Every output that changed on the 181 shared article bodies (10) was read, all right: "nearly half a million
  dollars" (was "nearly half" = 50%), "billions of dollars" (x2), "hundreds of millions of dollars", "millions of
  dollars", "one or more", "more than once", "up to two days before your actual payday", "less than three
  months before the Iowa caucuses", "at the age of 9".
  Then, also from the independent first runs (tests in the same files): "the number 16 route" is a label (so is
  "the number eight is associated with prosperity" in a shared body, the one further change there); "approved by
  10 votes to one" counts the one; a past participle before its agent ("a 12-month trial approved by councillors
  on Thursday") gives no tense to a date before it ("travel free from September", published in July, is the
  coming September), while it still dates its own phrase ("the deal signed by Dak Prescott in September" stays
  past); "since returning to the White House in January" is past whatever the clause says. Independent 1 / 2
  now: figures F1 1.000 / 0.980, dates F1 1.000 / 0.971 (first runs 0.983 / 0.978 and 0.984 / 0.957); left in
  independent 2: conventions the other sets contradict ("a decade" = 10 years, km/h with period hour, "since the
  start of the year" = January 1, past year spans as one date), "over 52 matches" (= across), "a black market
  rate of more than 60" (no currency written in that sentence), "a five-match series", "three-time champions".

- Also added after held-out 5, from probing common wire phrasings and GUM: "the next Tuesday" after "on
  Saturday" is the Tuesday after that day; "the start/beginning/middle/end of the week/month/year" (early/mid
  by the conventions; the end of the week is its Sunday); "the second week of December" (days 8-14); "the week
  of December 2" (its Monday-Sunday week); "H1 2024"; "the quarter ended Sept. 30"; "the week to Nov. 15" (the
  seven days ending then); "March last year" / "3 May next year" (one date, not two); "the January-March
  quarter", "July-September 2024".
- Rules added this round (`newslake/dates.py` resolves, `dates_patterns.py` holds the regexes and tense cues,
  `dates_anchor.py` the anaphora, fiscal years, weeks of a month and moving feasts): anaphoric dates ("a day earlier",
  "two days later", "a week after", "the previous/following day", "the next morning", "the day before", "the
  previous session" (a trading day, skipping weekends), "the previous/following week or month") count from the
  last single day the article resolved before them, else from publication, which is what news means ("Sinner
  won on Sunday ... Sabalenka took the title a day earlier"); "two days after the election" (an event follows)
  is left unresolved and not output. "the following year" counts from the last year named. "overnight" (not
  "the overnight rate") is the night after a day named earlier in its sentence, else the night before
  publication. Fiscal years: "the (fiscal) year to/ending March 31" and "the N months to June 30" are the
  period ending there; "the year starting April 1" the twelve months from it; "this/next/last fiscal year" and
  "2024-25" (next to fiscal/budget words) use the country's fiscal calendar read from the text (April: India,
  Japan, UK, Canada, Hong Kong, Singapore; July: Australia, Pakistan, Egypt; October: US government), and are
  not output when no country is named. With a bare month, "the year to November" and "the 12 months to March"
  stay the month (a statistic's reference month), as the dev and held-out-3 gold have them; held-out 4's
  "the three months to March" (gold: the quarter) therefore still counts as a miss. "last/next/this August",
  "this year's first quarter", "2023's second half", "early next year", "late last month", Easter/Good
  Friday/Easter Monday (`dateutil.easter`), and "between Tuesday and Monday" (the second weekday follows the
  first). Times of day ("at 3pm on Tuesday", "Tuesday night") resolve to the day. Comparisons "from a
  month/year earlier" are not dates (as the held-out-3 gold has them). The dev gold gained two "overnight"
  dates under the new rule (its annotator had left them out); nothing else in any gold changed.
- Speed: the date regex grew by the forms above, but now tries its ~30 forms only where one of the words a date
  can start with begins (a trie of their first three letters as case-sensitive classes, which the regex engine
  rejects fast); on every text here it finds exactly the matches it found without that guard. Timing the
  extractors of commit 1bee653 and of this round interleaved with quantulum3 on the same texts (best of 4 each,
  one process, loaded machine): 27.7x before, 34.0x after all of this round. The table above is one best-of-3 run on the shared,
  loaded machine, so its ratio moves between runs.
- Independent sets (round 7): `figures_devset/independent1.txt` (16 ordinary wire-style articles across news
  desks) and `independent2.txt` (16, leaning to Latin America, Africa, South/Southeast Asia, the Middle East),
  written and annotated by two annotators who never saw the extractor's code, output or benchmark pages (only the
  issue, the conventions note above and the dev set's format). Unlike held-out sets 1-20, whose writer also tuned
  the extractor and aimed them at its weak spots, these stand for ordinary news. First runs, before any change
  (`independent1_first_run.txt`, `independent2_first_run.txt`): figures F1 0.983 / 0.978, dates F1 0.984 / 0.957,
  qualifier 1.000 / 0.995, currency 0.980 / 0.970, period 1.000 / 0.985, kind 0.985 / 0.975.
  `independent3.txt` (18 articles, one per desk, written by a third annotator after round 8) scored once on the
  round-8 code (`independent3_first_run.txt`): figures F1 0.992, dates F1 0.928, qualifier 0.987, currency 1.000,
  period 0.992, kind 0.975.
- re3d, independent issue-3 gold (round 7): re3d's own Money/Quantity/Temporal labels follow other conventions
  than issue 3 (see the next note), so its 75 texts were annotated again under the issue's conventions by two
  annotators who saw neither the extractor's output nor re3d's labels (`figures_devset/re3d_issue3_gold_a.txt`,
  `_b.txt`: gold only, the texts are read from ../shared; 216 figures, 127 dates, 34 `# unsure` notes). re3d
  states no publication dates, so a date whose interval the text does not fix (`?`) is scored by span overlap
  only. First run, before any change (`figures_devset/re3d_issue3_first_run.txt`): figures F1 0.984 (P 0.995,
  R 0.972), dates F1 0.968 (P 0.976, R 0.961), qualifier 0.995, currency 0.990, kind 0.990, period 1.000.
  Its errors: "one or more" (x3, the same sentence) and "at least once" missed as counts, "Over half a million"
  read as "over half" (50%), "$135 million" in an Australian release taken as USD (annotator: AUD),
  "millions of dollars" not money, "as young as 10" not an age, "3 March"/"4 April" left unresolved without a
  publication date (the annotator took the year from the same sentence), "Eid", "575 B.C." and "the morning"
  missed, "Over the last year" dated (annotator: not a date).
- re3d, every error classified (round 6, conf >= 0.5; `figures_bench.py --quick --re3d-errors` lists them).
  Raw, figures vs Money+Quantity (151 gold): 7 misses, 67 false alarms; dates vs Temporal (131 gold): 25
  misses, 18 false alarms. By cause:
  - Real extraction errors, 3, all fixed this round with tests: "the past two weeks before this exercise"
    (read as "two weeks before", an event-anchored date: "the past/last/next N weeks before X" is a duration),
    "Later in the day" (now the day named before, like "the same day"; also "earlier that evening") and
    "Ramadan" (now the whole month, and Eid al-Fitr / Eid al-Adha their day, by the Umm al-Qura calendar of
    `hijridate`; a capitalised name before it, "Tariq Ramadan", makes it a surname).
  - Annotation conventions that contradict the issue's, applied as rules by `re3d_rule()` (the "our
    conventions" rows), each with its count on re3d: F1 (7) Money/Quantity spans with no number ("a" x2, "an",
    "multiple", "donor contributions"), an ordinal ("93rd") or a frequency ("at least once") are no figures:
    dropped from the figure gold. D1 (15) Temporal durations ("two years", "the past 24 hours", "12 months",
    "45 minutes") are figures of kind duration: moved to the figure gold. D2 (9) Temporal spans the dates table
    leaves out by design: clock times and time zones ("10 a.m.", "'Z'", "Greenwich Mean Time"), years BC ("575
    B.C."), vague spans that name no interval ("recent days", "the coming days and weeks", "daylight hours from
    late morning to early evening", "the morning") and anniversaries ("93rd anniversary"): dropped from the date
    gold, and predictions overlapping them ignored (as for GUM's clock times). With those rules: figures F1 0.859
    (R 1.000), dates F1 0.922 (R 1.000).
  - Gold noise: re3d leaves unannotated forms it tags elsewhere. All 52 remaining figure false alarms and all
    18 date false alarms were read by hand and listed in `figures_devset/re3d_review.tsv` (doc, span,
    occurrence, class, note): 32 counts before their noun ("one strike" x12, "five ISIL tactical units", "the
    two leaders", "Ninety-Four Citizen Airmen"; most of re3d's own Quantity spans are exactly such counts), 12
    amounts ("over £1.1bn", "30%", "more than 18,000 square kilometers", "at least 35"), 5 vague counts
    ("dozens", "scores", "hundreds": re3d tags "dozens" and "millions" elsewhere), 3 durations ("nearly two
    years", "just over a week", "the last two years"), 18 dates ("today"/"Today" x12 - re3d tags "today" 17
    times -, "yesterday", "this morning", "this year", "early last month", "Saturday", "2009"). The "conventions
    + review" rows ignore exactly those listed predictions (any new false alarm not in the file counts): figures
    F1 1.000, dates F1 1.000. The review was made by the engineer who tunes the extractor, so the rule-only
    rows are the conservative numbers; the targets (figures >= 0.95, dates >= 0.90) are met by the reviewed
    figures and by the rule-only dates.
- GUM, where its conventions differ: 5 gold dates are durations normalised to intervals ("15 years" =
  1994-2008, "an 11-year lull", "the past 30 days"), which we extract as figures (the "our conventions" row
  leaves them unscored); its "this week" runs Sunday-Saturday (1). Other misses: event anaphora ("the opening
  night" x4, "day five" x2, "the day", "the date", "the 30th anniversary of the first shuttle launch",
  "four months in advance of the competition", "the fourth or fifth day of the festival"), "the
  next Tuesday" counted from an earlier Saturday, "today's game" in a quote meaning the day before, one gold
  Wednesday dated on a Tuesday, "[Ten] years ago" (bracketed) and the typo "this years". The 7 false positives
  are "today" x5, one "this week" and "at the end of the month on April 29" (GUM marks only "April 29"), all
  dates under our conventions that GUM leaves unannotated.
- This round's fixes prompted by re3d/GUM, all general: a capitalised name ending in -ed ("Mohamed") is no
  past-tense cue and "last" before a noun ("last flight") is none either; "the year before"/"the previous
  year" count from the last year named in the sentence; holidays (Christmas/Eve, New Year's Day/Eve,
  Thanksgiving = fourth Thursday of November, Halloween, Valentine's Day) resolve like a month-day, not after a
  capitalised name ("Johnnie Christmas"); "the fall of Mosul"/"the fall in prices" are not autumn; "20-plus
  months" is one at_least duration; numbers labelling a thing ("section 119.3", "Task Force (CTF) 50",
  "flight 370", "category 4") are not figures; "one strike destroyed a tank" is a count while "one of",
  "no one", "at one point", "one estimate", "number one" are not; "is to run from January 23 through March 9"
  (published January 28) starts this year. Also, from probing common news phrasings: "the first nine months
  of 2023" is a date (not a duration); a period later in the clause ("25,000 patients start the drug each
  week"); "50% annual growth"; "ticked up to 4.1%" has no at_most bound; points next to a percentage are
  percentage points unless an index, shares or a game is in view; "is expected", "runs until", "expires",
  "continues" look ahead; "the end of the month/next year" is its last day; "1.3m visitors" is 1.3 million
  (not metres), as is "up from 7.9m" after "8.2 million"; multipliers scale exactly (8.2 million was
  8199999.999999999); "costs rose one-third"; "20p" is pence; "40 737-800 jets" is no range; "25 basis points to 4.25%-4.5%" is no phone
  number; and the "N years ago" pattern no longer goes quadratic on "one one one ..." (20,000 words took
  minutes, now 0.1 s).
- re3d has no normalized values or publication dates, so only span overlap is scored there; its Quantity class
  also tags bare determiners ("a", "an") and ordinals, and Temporal includes clock times and vague phrases that
  the `dates` table does not cover by design.
- Conventions the extractors follow (and the gold uses): span = qualifier + currency + number + multiplier +
  unit, without "between"/"from"; ranges have `value` null and `low`/`high`; other figures keep `value`, and
  at_least/at_most also copy it into `low`/`high`; percentages in percent (`unit` percent, percentage_point
  or basis_point), "a third" = 33.33; falls carry no minus sign (only temperatures go negative); vague counts
  ("dozens", "hundreds of") have `value` null and qualifier approx; "one" before a noun is a count; rate units
  stay in the span and also set
  `period` ("barrels per day" -> unit barrel/day, period day); "one-day", "$3 a dozen", scores ("2-1"),
  model numbers ("737-800"), phone numbers, ordinals, years and day numbers next to a month are not figures.
  Dates exclude prepositions; weeks run Monday-Sunday; early/mid/late month = 1-10/11-20/21-end, of a year
  Jan-Apr/May-Aug/Sep-Dec; "the end of 2027" = 2027-12-31; "a week ago" = that day; a month or weekday
  without a year takes the year/occurrence its tense implies (will/expected to -> next; since/was/-ed -> last;
  "until April" or no cue -> nearest); quarters and holidays (Christmas, Thanksgiving, ...) likewise.
- Libraries: `text2num` (number words -> numbers: "eleven thousand", "twenty-five"), `pycountry` (the ISO 4217
  code list, so "USD 5 million" is only money for real codes), `python-dateutil` (Easter), `hijridate` (the
  Umm al-Qura Hijri calendar: Ramadan, Eid al-Fitr, Eid al-Adha); the rest is precompiled regexes, no spaCy
  (so the extractors run at regex speed on every article, independent of NER).
- GUM: published_at is the article's dateline; {gum_skipped} gold dates with clock times or one-sided bounds
  are excluded (and predictions overlapping them are ignored). GUM's weeks run Sunday-Sunday in places; we keep
  the project convention (Monday-Sunday).
"""


if __name__ == "__main__":
    main()
