"""Broadcasters' call signs: "WRAL News", "KARE 11", "WBAL-TV", "Copyright 2026 KSDK" name a TV or radio station
(ORG), though the model reads most of them as places or passes over them."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.figures_units import ISO_CODES
from newslake.nlp_common import Lexicon, overlay
from newslake.nlp_kinds import doc_text

# a North American call sign: K or W and two or three more capitals, with an optional band or service suffix
CALL_RE = re.compile(r"(?<![\w&.-])[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LD|CD))?(?![\w&]|-\w|\.\w)")
# what marks a station on the page: its suffix, channel, newsroom or show, or the station's copyright line
_CUE_AFTER = re.compile(
    r"-(?:TV|FM|AM|DT|LD|CD)\b| (?:\d{1,2}|TV ?\d{0,2}|Channel \d{1,2}|News|NewsRadio|Action|Sports|Weather"
    r"|First Alert|Live|Investigates|Storm Team|Radio)\b"
)
_COPYRIGHT = re.compile(r"(?:©|Copyright)\s*(?:\d{4}\s+)?$")
_KEEP = frozenset({"PERSON"})  # "WONG", "WEN" of an all-caps byline stay the people the model saw


def call_signs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Every mention of a call sign the page marks as a station once (its suffix, channel or newsroom after it, or
    its copyright line) is that station (ORG); a call sign that is also a word ("WOOD") needs the mark each time."""
    text = doc_text(doc)
    # a currency's code is no station: "USD/KRW 1,447.5", "KES 2.1 billion"
    found = [m for m in CALL_RE.finditer(text) if "-" in m.group() or m.group() not in ISO_CODES]
    if not found:
        return spans
    # each mention once: its sign without the suffix, and whether the page marks it right there
    mentions = [(m, m.group().split("-")[0], "-" in m.group() or bool(_CUE_AFTER.match(text, m.end()))) for m in found]
    marked = {
        sign
        for m, sign, cued in mentions
        if cued or _COPYRIGHT.search(text, max(0, m.start() - 16), m.start())
    }
    if not marked:
        return spans
    stations: list[Span] = []
    for m, sign, cued in mentions:
        if sign not in marked:
            continue
        if not cued and (sign.lower() in STOP_WORDS or lex.is_word(sign) or gazetteer.lookup_place(sign)):
            continue  # a word or a place ("WOOD") counts only where the page marks it
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        over = [s for s in spans if s.start < span.end and span.start < s.end]
        if any(s.label_ in _KEEP or (s.label_ == "ORG" and s.start <= span.start and span.end <= s.end) for s in over):
            continue  # the model's own ORG ("WBAL-TV 11") or person stands
        stations.append(Span(doc, span.start, span.end, label="ORG"))
    return overlay(spans, stations) if stations else spans
