"""Businesses of travel pages told by the verbs and meals around them: "Safarilink and Jambojet fly from Nairobi",
"lunch at Warung Sari Rasa", "stay at Casa Mirador Azul". The model reads their foreign names as people or places."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import ORG, PERSON, doc_lowers, span_text
from newslake.nlp_kinds import token_positions
from newslake.nlp_words import FAC_WORDS

FLY_VERBS = frozenset({"fly", "flies"})
MEAL_WORDS = frozenset(
    {"lunch", "dinner", "breakfast", "brunch", "supper", "eat", "dine", "drinks", "coffee", "tasting"}
)
STAY_WORDS = frozenset({"stay", "stayed", "staying"})
_CUES = FLY_VERBS | MEAL_WORDS | STAY_WORDS
_RETYPED = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def travel_businesses(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names that fly are airlines and names one eats at are eateries (ORG); names one stays at are lodgings (FAC)."""
    if not token_positions(doc, _CUES, LOWER):  # the doc's id set, built once for the rules: no scan of its words
        return spans
    lowers = doc_lowers(doc)
    airlines = _flying(lowers, spans)
    surnames = {s[-1].text for s in spans if s.label == PERSON and len(s) > 1}
    out = []
    for k, s in enumerate(spans):
        if s.label_ in _RETYPED:
            before = lowers[s.start - 2 : s.start] if s.start >= 2 else []
            eaten_at = before[1:] == ["at"] and (before[0] in MEAL_WORDS or before[0] == "table")
            stayed_at = before[1:] == ["at"] and before[0] in STAY_WORDS and s.label_ != "FAC"
            # the gazetteer is asked only about a name the words around it cue
            if (k in airlines or eaten_at or stayed_at) and not _place_or_person(s, surnames):
                s = Span(doc, s.start, s.end, label=ORG if k in airlines or eaten_at else "FAC")
        out.append(s)
    return out


def _flying(lowers: list[str], spans: list[Span]) -> set[int]:
    """Indexes of the spans right before "fly"/"flies", or listed with one that is ("Gol and Azul fly to Salvador")."""
    found: set[int] = set()
    for k, s in enumerate(spans):
        if s.end < len(lowers) and lowers[s.end] in FLY_VERBS:
            found.add(k)
            j = k
            while j > 0 and lowers[spans[j - 1].end : spans[j].start] in ([","], ["and"], [",", "and"]):
                j -= 1
                found.add(j)
    return found


def _place_or_person(span: Span, surnames: set[str]) -> bool:
    """A known place ("Qantas flies to Hobart": Hobart stays), a person's name or surname ("Biden flies to Tokyo")."""
    text = span_text(span)
    if gazetteer.place_candidates(text) or span[-1].lower_ in FAC_WORDS:
        return True
    if len(span) > 1:
        return span.label == PERSON and is_first_name(span[0].text)
    return text in surnames or is_first_name(text)
