"""Where the NER draws a name too wide or takes a thing for a name: a demonym glued to a person, a compass word before a
region, things named after a person, military operations."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.clubs import is_sports_story
from newslake.first_names import first_name_word, is_first_name
from newslake.nlp_common import (
    FAC,
    GPE,
    LOC,
    ORG,
    PERSON,
    Lexicon,
    doc_lowers,
    doc_text,
    doc_words,
    spoken_or_owned,
)
from newslake.nlp_kinds import ORG_HEADS
from newslake.nlp_words import ORG_WORDS

COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})


def demonym_led_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Australian Timothy Weeks', 'the Norwegian Haaland': NORP + PERSON, not one PERSON or ORG name."""
    lowers = doc_lowers(doc)  # list reads: no Token per name
    surnames = {lowers[s.end - 1] for s in spans if s.label == PERSON and len(s) > 1}
    out: list[Span] = []
    for span in spans:
        start = span.start + (lowers[span.start] == "the")
        if span.end - start >= 2 and span.label in (PERSON, ORG) and _demonym_then_person(doc, start, span, surnames, lex):
            out += [Span(doc, start, start + 1, label="NORP"), Span(doc, start + 1, span.end, label="PERSON")]
        else:
            out.append(span)
    return out


def _demonym_then_person(doc: Doc, start: int, span: Span, surnames: set[str], lex: Lexicon) -> bool:
    first, rest = doc[start], doc[start + 1 : span.end]
    if not first.is_title or not all(t.is_title for t in rest) or not gazetteer.lookup_demonym(first.text):
        return False
    # a name led by a demonym is often real ("British Airways", "Irish Red Cross"): only a person's name splits it
    if _org_like(rest):
        return False
    person = first_name_word(rest[0], lex) or (is_first_name(rest[0].text) and len(rest) >= 2)
    if is_first_name(first.text):  # "German Efromovich" is a name; "German Friedrich Merz" is not
        return len(rest) >= 2 and person
    return person or rest[-1].lower_ in surnames


def _org_like(words: Span) -> bool:
    """'Red Cross Society', 'Timothy Weeks' is not: an organisation's word or a known organisation's name."""
    return words[-1].text in ORG_HEADS or any(t.lower_ in ORG_WORDS for t in words) or bool(
        gazetteer.lookup_org(words.text) or gazetteer.lookup_org(words[:2].text)
    )


def compass_regions(spans: list[Span]) -> list[Span]:
    """'Southern California' typed ORG or PERSON is a region (LOC); in a sports story it is a college ('Eastern Michigan')."""
    found = [
        s
        for s in spans
        if s.label in (ORG, PERSON)
        and len(s) >= 2
        and s[0].lower_ in COMPASS_ADJECTIVES
        and s[0].is_title
        and _region_sized(s[1:].text)
    ]
    if not found:
        return spans
    label = "ORG" if is_sports_story(doc_text(found[0].doc)) else "LOC"
    regions = {(s.start, s.end) for s in found}
    return [Span(s.doc, s.start, s.end, label=label) if (s.start, s.end) in regions else s for s in spans]


def _region_sized(text: str) -> bool:
    """A country, state or big city: big enough to have a north and a south ('University', Miss., is not)."""
    places = gazetteer.place_candidates(text)
    return bool(places) and (places[0].kind in ("country", "state") or places[0].population >= 100_000)


def plural_nouns_not_people(spans: list[Span], lex: Lexicon) -> list[Span]:
    """Things named after a person are no people: 'Warhol Polaroids' is PERSON 'Warhol' (Andy Warhol is in the story),
    and a lone 'Polaroid(s)' or other plural of a common noun ('Fireworks') is no name, unless a full name or a
    verb of speech says so ('Hillary Woods' earlier, 'Woods said')."""
    surnames = {s[-1].lower_ for s in spans if s.label == PERSON and len(s) > 1 and is_first_name(s[0].text)}
    things: set[str] = set()
    owned: list[Span] = []
    for s in spans:
        if len(s) == 2 and s.label == PERSON and _owner_and_thing(s, lex, surnames):
            things.add(s[1].lower_)
            things.update(lex.singulars(s[1].lower_))
            s = Span(s.doc, s.start, s.start + 1, label="PERSON")
        owned.append(s)
    named = {t.lower_ for s in owned if s.label == PERSON and len(s) > 1 for t in s}
    return [
        s
        for s in owned
        if not (s.label == PERSON and len(s) == 1 and (_thing(s, lex, things) or _plural_noun(s, lex, named)))
    ]


def _owner_and_thing(span: Span, lex: Lexicon, surnames: set[str]) -> bool:
    owner, thing = span[0], span[1]
    return (
        owner.lower_ in surnames
        and not is_first_name(owner.text)
        and thing.is_alpha
        and thing.lower_ not in surnames
        and lex.is_noun(thing.lower_)
    )


def _thing(span: Span, lex: Lexicon, things: set[str]) -> bool:
    return bool(things) and (span[0].lower_ in things or bool(lex.singulars(span[0].lower_) & things))


def _plural_noun(span: Span, lex: Lexicon, named: set[str]) -> bool:
    tok, low = span[0], span[0].lower_
    if not tok.is_alpha or not low.endswith("s") or low in lex.nouns or low in named or is_first_name(tok.text):
        return False
    if spoken_or_owned(span):
        return False
    return any(s in lex.nouns for s in lex.singulars(low) if s != low)


OPERATION_WORDS = frozenset({"Operation", "Exercise"})


def operation_names(spans: list[Span]) -> list[Span]:
    """Military operations and exercises are events, not names ('Operation Inherent Resolve', 'Exercise Eager Lion')."""
    return [s for s in spans if not _operation(s)]


def _operation(span: Span) -> bool:
    if span.label not in (PERSON, ORG, GPE, LOC, FAC):
        return False
    words = doc_words(span.doc)  # list reads: no Token per word
    if words[span.start] in OPERATION_WORDS:
        return len(span) > 1  # "Operation Inherent Resolve"; a lone "Operation" is no event name
    return span.start > 0 and words[span.start - 1] in OPERATION_WORDS
