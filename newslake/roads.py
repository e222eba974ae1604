"""Numbered roads: "I-35W", "Interstate 80", "U.S. 101", "State Route 203", "Highway 1", "M-6" are facilities (FAC),
which the model reads as products or numbers, or passes over."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake.nlp_common import overlay
from newslake.nlp_kinds import doc_text

# the US and Canadian ways of numbering a road ("A1", "N7", "M23" are left alone: a road, a currency sum, a militia)
ROAD_RE = re.compile(
    r"(?<![\w-])(?:I-\d{1,3}[A-Z]?|Interstate \d{1,3}[A-Z]?|U\.S\. (?:Route |Highway )?\d{1,3}|US-\d{1,3}"
    r"|SR[- ]\d{1,3}|State (?:Route|Highway|Road) \d{1,3}|(?:Highway|Route|Hwy\.?) \d{1,3}[A-Z]?|M-\d{1,3})(?![\w-])"
)
_ROADS = ("I-", "Interstate", "U.S.", "US-", "SR", "State", "Highway", "Route", "Hwy", "M-")


def numbered_roads(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each numbered road is a FAC; a name the model already gave that covers more ("the Highway 1 bridge" as a FAC,
    "Route 66 Diner" as an ORG) stands."""
    text = doc_text(doc)
    if not any(cue in text for cue in _ROADS):
        return spans
    roads: list[Span] = []
    for m in ROAD_RE.finditer(text):
        road = doc.char_span(m.start(), m.end())
        if road is None:
            continue
        over = [s for s in spans if s.start < road.end and road.start < s.end]
        if any(s.label_ == "FAC" or s.start < road.start or s.end > road.end for s in over):
            continue
        roads.append(Span(doc, road.start, road.end, label="FAC"))
    return overlay(spans, roads) if roads else spans
