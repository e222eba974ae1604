"""Numbered roads ("I-35W", "Interstate 80", "U.S. 101", "State Route 203", "Highway 1", "M-6") and the streets of
house addresses ("2134 Caldwell Place", "300 N. First Ave.") are facilities (FAC), which the model reads as products,
people or numbers, or passes over."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newslake.nlp_common import overlay
from newslake.nlp_kinds import doc_text

# the US and Canadian ways of numbering a road ("A1", "N7", "M23" are left alone: a road, a currency sum, a militia)
ROAD_RE = re.compile(
    r"(?<![\w-])(?:I-\d{1,3}[A-Z]?|Interstate \d{1,3}[A-Z]?|U\.S\. (?:Route |Highway )?\d{1,3}|US-\d{1,3}"
    r"|SR[- ]\d{1,3}|State (?:Route|Highway|Road) \d{1,3}|(?:Highway|Route|Hwy\.?) \d{1,3}[A-Z]?|M-\d{1,3})(?![\w-])"
)
_ROADS = ("I-", "Interstate", "U.S.", "US-", "SR", "State", "Highway", "Route", "Hwy", "M-")
# a house number, then one to three capitalised words and a street word: the street of an address
ADDRESS_RE = re.compile(
    r"(?<![\w.,$-])\d{1,5}[A-Z]? ((?:[A-Z][\w'.-]* ){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Place"
    r"|Boulevard|Blvd\.|Court|Way|Terrace|Crescent|Parkway|Pkwy\.|Circle))(?![\w-])"
)
_NUMERIC = frozenset({"MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "DATE", "TIME"})


def numbered_roads(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each numbered road is a FAC; a name the model already gave that covers more ("the Highway 1 bridge" as a FAC,
    "Route 66 Diner" as an ORG) stands."""
    text = doc_text(doc)
    if not any(cue in text for cue in _ROADS):
        return spans
    return _facilities(doc, spans, ROAD_RE.finditer(text), 0, frozenset())


def street_addresses(doc: Doc, spans: list[Span]) -> list[Span]:
    """The street of a house address is a FAC; a name running past it ("Portland Trail Blazers") or a FAC the model
    gave stands, and a number span that swallowed the house number ("520 Third Street" as MONEY) gives way."""
    return _facilities(doc, spans, ADDRESS_RE.finditer(doc_text(doc)), 1, _NUMERIC)


def _facilities(
    doc: Doc, spans: list[Span], matches: Iterator[re.Match[str]], group: int, give_way: frozenset[str]
) -> list[Span]:
    """Each match's `group` as a FAC over the spans it overlaps, unless one of them is a FAC or covers more words
    (a span whose label is in `give_way` yields even then)."""
    found: list[Span] = []
    for m in matches:
        fac = doc.char_span(m.start(group), m.end(group))
        if fac is None:
            continue
        over = [s for s in spans if s.start < fac.end and fac.start < s.end]
        if any(s.label_ == "FAC" or (s.label_ not in give_way and (s.start < fac.start or s.end > fac.end)) for s in over):
            continue
        found.append(Span(doc, fac.start, fac.end, label="FAC"))
    return overlay(spans, found) if found else spans
