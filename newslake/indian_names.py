"""Two name forms of the Indian press: a neighbourhood named "<Name> Nagar" / "Vihar" / "Puram" ("Gomti Nagar",
"Mayur Vihar") is a place, and "<State or city> HC" ("Kerala HC", "Allahabad HC") is its High Court."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.nlp_common import GPE, ORG, doc_words, overlay_found
from newslake.nlp_kinds import doc_text

LOCALITY_HEADS = frozenset({"Nagar", "Vihar", "Puram"})
_CUES = (" Nagar", " Vihar", " Puram", " HC")
_NOT_NAMES = frozenset({"The", "A", "In", "At", "Of", "And"})


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace(".", "").isalpha() and word not in _NOT_NAMES


def indian_localities_and_courts(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Gomti Nagar" (PERSON to the model) -> GPE; "Kerala HC" -> ORG, whatever the model made of them."""
    text = doc_text(doc)
    if not any(cue in text for cue in _CUES):
        return spans  # nearly every text
    words = doc_words(doc)
    found: list[Span] = []
    for i, word in enumerate(words):
        if i == 0 or not _name_word(words[i - 1]):
            continue
        if word in LOCALITY_HEADS:
            start = i - 1
            if start > 0 and "." in words[start - 1] and _name_word(words[start - 1]):
                start -= 1  # "R.K. Puram": initials before the name
            found.append(Span(doc, start, i + 1, label=GPE))
        elif word == "HC" and gazetteer.place_candidates(words[i - 1]):
            found.append(Span(doc, i - 1, i + 1, label=ORG))
    return overlay_found(spans, found)
