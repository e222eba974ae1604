"""News datelines ("DAKAR (Reuters) -", "KYIV, Ukraine (AP) —", "NEW DELHI:"): the capitalised place is a GPE."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.nlp_common import known_name

# at the start of the text or of a line: PLACE [, Region] [, Mon 3] [(Agency)] followed by a dash or a colon
_UP = "A-ZÀ-ÖØ-Þ"  # capitals only: a lower-case line start fails at once, which keeps the scan cheap
_WORD = rf"[{_UP}][{_UP}'’.]*"
DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<place>{_WORD}(?:[ -]{_WORD}){{0,3}})"
    rf"(?P<more>(?:/{_WORD}(?:[ -]{_WORD}){{0,3}}){{0,3}})"
    r"(?:,[ \t]*(?P<region>[^\W\d_][\w.]*(?:[ \t][^\W\d_][\w.]*){0,2}))?"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\((?P<agency>[^()\n]{2,30})\)[ \t]*)?"
    r"(?:[-—–]{1,2}[ \t]|:[ \t])",
    re.MULTILINE,
)


# an agency's dateline on a line of its own ("BAKU" between the byline and the story): a place the tables list
LONE_PLACE_RE = re.compile(rf"^[ \t]*(?P<place>{_WORD}(?:[ -]{_WORD}){{0,2}})[ \t]*$", re.MULTILINE)


def _datelines(text: str) -> list[tuple[list[tuple[int, int]], int]]:
    """(character spans of the places, end of the dash) of every dateline whose first place is a known place."""
    found = []
    for m in DATELINE_RE.finditer(text):
        place = m.group("place")
        if not place.isupper() or len(place) < 3 or not (_known_place(place) or _country_named(m.group("region"))):
            continue
        places = [m.span("place")]
        start = m.end("place") + 1
        for other in filter(None, m.group("more").split("/")):  # "FRANKFURT/ROME -"
            if other.isupper() and _known_place(other):
                places.append((start, start + len(other)))
            start += len(other) + 1
        region = m.group("region")
        if region and not region.isupper() and gazetteer.place_candidates(region):
            places.append(m.span("region"))  # "KYIV, Ukraine (AP) —"
        found.append((places, m.end()))
    for m in LONE_PLACE_RE.finditer(text):
        place = m.group("place")
        if place.isupper() and len(place) >= 4 and gazetteer.place_candidates(place.title()):
            found.append(([m.span("place")], m.end("place")))
    return sorted(found, key=lambda f: f[0][0][0])


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of dateline places: an all-caps place name opening the text or a line."""
    return [span for places, _ in _datelines(text) for span in places]


def _known_place(name: str) -> bool:
    name = name.title()  # the gazetteer reads an all-caps word as an acronym ("FRANKFURT" is no "Frankfurt am Main")
    return bool(gazetteer.place_candidates(name)) or gazetteer.is_town(name)


def _name_after_dash(span: Span) -> bool:
    """The word after a dateline opens a sentence: keep a known name or a run of capitalised words only."""
    return known_name(span.text) or (len(span) > 1 and all(t.is_title or not t.is_alpha for t in span))


def with_datelines(doc: Doc, text: str) -> list[Span] | None:
    """doc.ents with each dateline place as a GPE; a span running past the dash keeps its part after it."""
    lines = _datelines(text)
    places = [
        s for found, _ in lines for a, b in found if (s := doc.char_span(a, b, label="GPE", alignment_mode="expand"))
    ]
    if not places:
        return None
    taken = {i for s in places for i in range(s.start, s.end)}
    heads = [_token_at(doc, found[0][0], len(text)) for found, _ in lines]
    ends = [_token_at(doc, end, len(text)) for _, end in lines]
    ents = list(places)
    for ent in doc.ents:
        head = next((k for k, (h, e) in enumerate(zip(heads, ends)) if h <= ent.start < e), None)
        if head is None:
            if cut := _before_place(ent, taken):
                ents.append(cut)  # "By Rachel Ngata\nWASHINGTON" as one name: the byline's name
        elif ent.end <= ends[head]:
            if not taken.intersection(range(ent.start, ent.end)):
                ents.append(ent)  # "(Reuters)", "Oct 3"
        else:
            rest = Span(doc, ends[head], ent.end, label=ent.label)
            if _name_after_dash(rest):
                ents.append(rest)  # "DAKAR - Senegal's" -> "Senegal"; "ACCRA, Oct 3 - Residents" -> nothing
    return sorted(ents, key=lambda s: s.start)


def _before_place(ent: Span, taken: set[int]) -> Span | None:
    """The entity, or its words before the first dateline place it runs into (none if only spaces are left)."""
    first = next((i for i in range(ent.start, ent.end) if i in taken), None)
    if first is None:
        return ent
    end = first
    while end > ent.start and ent.doc[end - 1].is_space:
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _token_at(doc: Doc, char: int, length: int) -> int:
    """Index of the token at character `char` of a text of `length` characters (len(doc) past the end)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char < length else None
    return span.start if span is not None else len(doc)


def _country_named(region: str | None) -> bool:
    """True when the dateline's second part is a country ("KHOROG, Tajikistan -"): the place before it is a
    town the gazetteer may lack."""
    return region is not None and not region.isupper() and gazetteer.fold(region) in gazetteer.countries()


def dateline_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """The dateline's place named again in the story is that place, not a person: "REINE, Norway — ... the peaks
    above Reine" (a village no table lists, which the model reads as a name)."""
    heads = {
        s.text.casefold()
        for s in spans
        if s.label_ == "GPE" and s.text.isupper() and len(s.text) >= 3 and (s.start == 0 or doc[s.start - 1].is_space)
    }
    if not heads:
        return spans
    # a word of a person's full name is that person's ("Jackson" after "Ketanji Brown Jackson")
    named = {t.text.casefold() for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}
    return [
        Span(doc, s.start, s.end, label="GPE")
        if s.label_ == "PERSON" and not s.text.isupper() and (key := s.text.casefold()) in heads and key not in named
        else s
        for s in spans
    ]
