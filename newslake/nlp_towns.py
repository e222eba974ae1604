"""In-document place votes: a town, district or big city in a country the document names is a GPE; firms stay firms."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import (
    big_city,
    firm_or_club_word,
    major_place,
    no_speaker,
    person_name_words,
    place_cue_at,
    sole_reading_countries,
)
from newslake.nlp_common import (
    GPE,
    LOC,
    NORP,
    ORG,
    PERSON,
    doc_lowers,
    doc_words,
    known_name,
    lower_words,
    span_text,
)
from newslake.nlp_kinds import ORG_POSSESSIONS
from newslake.nlp_words import (
    CITY_RELABEL_MIN_POP,
    HELD_IN,
    NEAR_WORDS,
    PERSON_TITLES,
    POSSESSIVE,
    SPEECH_VERBS,
    TITLES,
)

_NEAR_OR_IN = NEAR_WORDS | {"in"}


def consistent_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A known place is GPE where the model called it a PERSON if the doc tags it GPE or names its country."""
    places = {span_text(s) for s in spans if s.label == GPE}
    # a country, a US state or a region names its country ("South Dakota" -> USA for "Sioux Falls")
    regions = places | {span_text(s) for s in spans if s.label == LOC}  # "New South Wales" may be LOC
    countries = {c.country for t in regions for c in gazetteer.place_candidates(t)[:1] if c.kind != "city"}
    countries |= {d[1] for s in spans if s.label == NORP and (d := gazetteer.lookup_demonym(span_text(s)))}
    countries |= sole_reading_countries(places)
    if not countries and not places:
        return spans
    in_names = person_name_words([s for s in spans if not _place_led_person(s)])
    words = doc_words(doc)  # list slices: no Token per word
    org_words = {w for s in spans if s.label == ORG and len(s) > 1 for w in words[s.start : s.end]}  # "Banco Sabadell"
    org_places = _places_not_outvoted(spans, places)
    out: list[Span] = []
    for s in spans:
        listed = bool(out) and out[-1].end == s.start - 1 and out[-1].label == GPE  # "Coraki and Woodburn"
        label = s.label_
        if label not in ("PERSON", "ORG"):
            pass  # every test below is for a name the model called a person or an organisation
        elif (
            label == "PERSON"
            and (text := span_text(s)) not in in_names  # built once: spaCy joins the tokens again at every access
            and major_place(text)
            and (text in places or _city_of(s, countries) or _region_of(s, countries))
        ) or (  # _lone_town or _lone_district, their shared tests once
            (lone := _lone_name(s, in_names)) is not None and (_town_of(lone, countries) or _district_of(lone, countries))
        ) or _town_in(s, countries, in_names, listed) or _org_seen_as_place(s, org_places) or _org_is_city(s, countries, org_words):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def _place_led_person(span: Span) -> bool:
    """A "person" led by a town's name and no first name ("Listowel Emmets", "Canegrowers Mackay" aside): a club or a
    body, whose words say nothing of whether that town is named alone elsewhere."""
    if len(span) < 2 or span.label != PERSON:
        return False
    words = doc_words(span.doc)
    first, last = words[span.start], words[span.end - 1]
    if is_first_name(first):
        return False
    return any(gazetteer.is_town(w) and not is_first_name(w) for w in (first, last))


def _org_is_city(span: Span, countries: set[str | None], org_words: set[str]) -> bool:
    """An ORG that is a big city or a region of a country the doc names, with no firm word: "clashes in El Fasher"."""
    if span.label != ORG or len(span) > 3 or gazetteer.lookup_org(text := span_text(span)) or text in org_words:
        return False
    if firm_or_club_word(span):
        return False
    after = lower_words(span.doc, span.end, span.end + 2)
    if after[:1] in (["'s"], ["’s"]) and after[1:] and after[1] in ORG_POSSESSIONS:
        return False  # "Sabadell's chairman": a firm
    return _city_of(span, countries) or _region_of(span, countries)


def _places_not_outvoted(spans: list[Span], places: set[str]) -> set[str]:
    """GPE names the doc does not call a one-word ORG more often ('USI' 15 times ORG, once GPE, stays the ORG)."""
    votes = Counter(span_text(s) for s in spans if s.label == ORG and len(s) == 1 and span_text(s) in places)
    if not votes:
        return places
    gpe = Counter(span_text(s) for s in spans if s.label == GPE and span_text(s) in votes)
    return {t for t in places if votes[t] <= gpe[t]}


def _org_seen_as_place(span: Span, places: set[str]) -> bool:
    """A one-word ORG the doc tags GPE elsewhere ("the town of Dabiq" ... "Dabiq held") and no known organisation."""
    return span.label == ORG and len(span) == 1 and span_text(span) in places and not gazetteer.lookup_org(span_text(span))


def firms_not_towns(spans: list[Span]) -> list[Span]:
    """A known firm that is also a city ("Rio Tinto", "Toyota") is the firm, unless "in"/"near" or its country says place."""
    firms = [s for s in spans if s.label in (GPE, LOC) and not span_text(s).isupper() and gazetteer.lookup_org(span_text(s))]
    if not firms:
        return spans
    others = [s for s in spans if s.label == GPE and span_text(s) not in {f.text for f in firms}]
    countries = {c.country for s in others for c in gazetteer.place_candidates(span_text(s))[:1]}
    countries |= {d[1] for s in spans if s.label == NORP and (d := gazetteer.lookup_demonym(span_text(s)))}
    out: list[Span] = []
    for s in spans:
        places = gazetteer.place_candidates(span_text(s)) if s in firms else ()
        prev = s.doc[s.start - 1].lower_ if s.start > 0 else ""
        # "a supplier to Toyota", "workers at Toyota" are the firm: only "in"/"near" words say place
        town = bool(places) and places[0].kind == "city" and prev not in _NEAR_OR_IN
        if town and not {p.country for p in places} & countries:
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def lone_big_cities(spans: list[Span]) -> list[Span]:
    """A one-word PERSON that is a city of 100k+ and no part of any name in the doc is the city: "Rotterdam"."""
    in_names = person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label == PERSON and len(s) == 1 and span_text(s) not in in_names and big_city(span_text(s)) and no_speaker(s)
        else s
        for s in spans
    ]


def _town_in(span: Span, countries: set[str | None], in_names: set[str], listed: bool = False) -> bool:
    """True for "in Marea" tagged ORG/PERSON when Marea is a town of a country the doc names."""
    doc = span.doc
    if span.label not in (ORG, PERSON) or len(span) > 3 or span.start == 0:
        return False
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if text in in_names:
        return False
    lowers = doc_lowers(doc)  # list reads: no Token
    prev = lowers[span.start - 1]
    if not (
        prev in ("in", "near", "outside", "around", "through")
        or place_cue_at(lowers, span.start - 1)
        or (listed and prev == "and")
    ):
        return False
    towns = gazetteer.towns(text, newer=False)
    owned = span.start > 1 and lowers[span.start - 2] in HELD_IN  # "a stake in Vestas"
    if not towns and prev in ("in", "near", "outside") and not owned and _unknown_locality(span):
        return True  # "in Mannarkkad", "near Ringaskiddy": a place no gazetteer has, not a firm
    return any(p.country in countries for p in towns) and not gazetteer.lookup_org(text)


def _lone_name(span: Span, in_names: set[str]) -> str | None:
    """The text of a PERSON of up to three words that is no part of a name, title or speech, no first name and no
    known organisation: a name that may be a town or a district (`_lone_town`, `_lone_district`); else None."""
    if span.label != PERSON or len(span) > 3:
        return None
    text = span_text(span)
    if text in in_names or not no_speaker(span) or is_first_name(doc_words(span.doc)[span.start]) or gazetteer.lookup_org(text):
        return None
    return text


def _lone_town(span: Span, countries: set[str | None], in_names: set[str]) -> bool:
    """A PERSON that is a town of a country the doc names and no part of a name, title or speech: "Badulla"."""
    return (text := _lone_name(span, in_names)) is not None and _town_of(text, countries)


def _lone_district(span: Span, countries: set[str | None], in_names: set[str]) -> bool:
    """A PERSON that is a county or council area of a country the doc names, no part of a name: "Anglesey"."""
    return (text := _lone_name(span, in_names)) is not None and _district_of(text, countries)


def _town_of(text: str, countries: set[str | None]) -> bool:
    return any(p.country in countries for p in gazetteer.towns(text, newer=False) + gazetteer.place_candidates(text))


def _district_of(text: str, countries: set[str | None]) -> bool:
    return any(p.country in countries for p in gazetteer.districts(text))


def _unknown_locality(span: Span) -> bool:
    """One or two capitalised words no gazetteer knows, with no firm, club or person word in or after them."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) or known_name(span_text(span)):
        return False
    if firm_or_club_word(span):
        return False
    return nxt is None or not (nxt.is_title or nxt.lower_ in SPEECH_VERBS or nxt.text in POSSESSIVE)


def _city_of(span: Span, countries: set[str | None]) -> bool:
    """True for a name of a big city in a country the doc names, not a speaker ("Mingora", not "Jackson said")."""
    lowers = doc_lowers(span.doc)  # list reads: no Token
    if len(span) > 3 or (span.start > 0 and lowers[span.start - 1] in TITLES):
        return False
    if span.end < len(lowers) and lowers[span.end] in SPEECH_VERBS:
        return False
    return any(
        p.country in countries and p.population >= CITY_RELABEL_MIN_POP
        for p in gazetteer.place_candidates(span_text(span))
        if p.kind == "city"
    )


def _region_of(span: Span, countries: set[str | None]) -> bool:
    """True for a region of a country the doc names, not a speaker: "in parts of St James" (Jamaica)."""
    lowers = doc_lowers(span.doc)  # list reads: no Token
    if span.start > 0 and lowers[span.start - 1] in PERSON_TITLES:
        return False
    if span.end < len(lowers) and lowers[span.end] in SPEECH_VERBS:
        return False
    return any(
        p.country in countries and p.kind in ("subdivision", "state")
        # a bare county name is a county team as often as the county ("Clare" in hurling): no county here
        for p in gazetteer.place_candidates(span_text(span)) + gazetteer.place_options(span_text(span), with_counties=False)
    )
