"""Small word and span tests the entity-fix rule modules share: known names, places, sentence starts."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.nlp_common import PERSON, doc_lowers, doc_words, span_text
from newslake.nlp_kinds import doc_text, token_positions
from newslake.nlp_words import (
    CITY_RELABEL_MIN_POP,
    CLUB_WORDS,
    COMPANY_WORDS,
    COMPASS,
    FAC_HEADS,
    FAC_WORDS,
    NEAR_WORDS,
    OF_PLACE_WORDS,
    ORG_AFTER,
    ORG_WORDS,
    PERSON_TITLES,
    POSSESSIVE,
    SPEECH_VERBS,
    TITLES,
)

_FIRM_OR_CLUB = ORG_WORDS | COMPANY_WORDS | CLUB_WORDS
_ORG_FIRM_AFTER = ORG_WORDS | COMPANY_WORDS | ORG_AFTER
ORG_OR_FIRM = ORG_WORDS | COMPANY_WORDS
_OF_PLACE_OR_COMPASS = OF_PLACE_WORDS | COMPASS
FAC_OR_HEAD = FAC_WORDS | FAC_HEADS


def words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` sliced from the doc's text: no Span made, no slice normalised in Python."""
    words = range(len(doc))[start:end]  # the same bounds as a doc slice
    if not words:
        return ""
    last = doc[words.stop - 1]
    return doc_text(doc)[doc[words.start].idx : last.idx + len(last)]


def positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words`."""
    return token_positions(doc, words, LOWER)


def big_city(text: str) -> bool:
    places = gazetteer.place_candidates(text)
    return bool(places) and places[0].kind == "city" and places[0].population >= CITY_RELABEL_MIN_POP


def place_cue(tok: Token) -> bool:
    """True for words a place name follows: "near", "outside", "the mayor of", "south of"."""
    return place_cue_at(doc_lowers(tok.doc), tok.i)


def place_cue_at(lowers: list[str], i: int) -> bool:
    """`place_cue` of the word at `i` of the doc's lower-case word list: no Token made."""
    if lowers[i] in NEAR_WORDS:
        return True
    return lowers[i] == "of" and i > 0 and lowers[i - 1] in _OF_PLACE_OR_COMPASS


def title_word(tok: Token) -> bool:
    return tok.is_title and not tok.is_stop  # not "The state copper company"


def plain_name(span: Span) -> bool:
    """No organisation word in it and no known organisation: a name that can be a place."""
    lowers = doc_lowers(span.doc)[span.start : span.end]  # list reads: no Token per word
    return ORG_OR_FIRM.isdisjoint(lowers) and not gazetteer.lookup_org(span_text(span))


def unknown_word(span: Span) -> bool:
    """One capitalised word that names no known organisation or people."""
    return (
        len(span) == 1
        and span[0].is_title
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.lookup_demonym(span_text(span))
    )


def bare_name(span: Span) -> bool:
    """2-3 capitalised alphabetic words, none an organisation word, not a known organisation or place."""
    return (
        2 <= len(span) <= 3
        and all(t.is_title and t.is_alpha and not t.is_stop for t in span)
        and not any(t.lower_ in _ORG_FIRM_AFTER for t in span)
        and not gazetteer.lookup_org(text := span_text(span))  # built once: spaCy joins the tokens at every access
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_demonym(span[0].text)
    )


def known_place(span: Span) -> bool:
    """A gazetteer place; for names of two words or more also a town or a spelling variant ("Khan Younis")."""
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if gazetteer.place_candidates(text):
        return True
    if len(span) < 2:
        return False
    return gazetteer.is_town(text) or gazetteer.lookup_place_variant(text) is not None


def country(word: str) -> bool:
    return gazetteer.fold(word) in gazetteer.countries()


def starts_sentence(tok: Token) -> bool:
    return tok.i == 0 or tok.nbor(-1).text in (".", "!", "?", "\n", '"')


def sole_reading_countries(places: set[str]) -> set[str | None]:
    """Countries of GPE names every reading of which lies in that one country ("Newry", "Enniskillen"): a small town
    with no namesake anywhere names its country as surely as a region does (a mere spelling variant does not)."""
    out: set[str | None] = set()
    for text in places:
        found = {p.country for p in gazetteer.place_candidates(text) + gazetteer.towns(text, newer=False) + gazetteer.districts(text)}
        if len(found) == 1:
            out |= found
    return out


def firm_or_club_word(span: Span) -> bool:
    """True when a word of the span names a kind of organisation, firm or club ("Bank", "Mining", "United")."""
    return not _FIRM_OR_CLUB.isdisjoint(doc_lowers(span.doc)[span.start : span.end])


def person_name_words(spans: list[Span]) -> set[str]:
    """Every word of the doc's multi-word PERSON names: a lone "Jackson" may be the "Michael Jackson" named before."""
    words: set[str] = set()
    for s in spans:
        if len(s) > 1 and s.label == PERSON:
            words.update(doc_words(s.doc)[s.start : s.end])  # list reads: no Token per word
    return words


def no_speaker(span: Span) -> bool:
    """No title before and no speech verb or possessive after: "Jackson said", "Mr Lincoln" stay people."""
    lowers = doc_lowers(span.doc)  # list reads: no Token
    before = lowers[span.start - 1] if span.start > 0 else ""
    after = lowers[span.end] if span.end < len(lowers) else ""
    return before not in PERSON_TITLES and after not in SPEECH_VERBS and after not in POSSESSIVE


def major_place(text: str) -> bool:
    """True for a country, a region or a city of at least CITY_RELABEL_MIN_POP people."""
    places = gazetteer.place_candidates(text)
    return bool(places) and (places[0].kind != "city" or places[0].population >= CITY_RELABEL_MIN_POP)


def known_span_name(span: Span) -> bool:
    """A place, demonym, title or organisation the shipped tables know."""
    return bool(
        gazetteer.place_candidates(text := span_text(span))  # built once: spaCy joins the tokens at every access
        or gazetteer.lookup_org(text)
        or gazetteer.lookup_demonym(span[0].text)
        or span[0].lower_ in TITLES
    )
