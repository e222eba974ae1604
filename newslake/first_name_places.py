"""Countries and US states that are also first names ("Virginia", "Georgia", "Jordan") typed PERSON on their own."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.nlp_common import PERSON, span_text


def states_not_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """A lone PERSON word that is a country or US state is the place, unless the doc names a person with that word."""
    lone = [s for s in spans if s.label == PERSON and len(s) == 1 and _country_or_state(span_text(s))]
    if not lone:
        return spans
    named = {t.text for s in spans if s.label == PERSON and len(s) > 1 for t in s}
    swap = {(s.start, s.end) for s in lone if span_text(s) not in named}
    return [Span(doc, s.start, s.end, label="GPE") if (s.start, s.end) in swap else s for s in spans]


def _country_or_state(text: str) -> bool:
    key = gazetteer.fold(text)
    return text[:1].isupper() and (key in gazetteer.countries() or key in gazetteer.us_states())
