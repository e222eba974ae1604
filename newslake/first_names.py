"""People told by a known first name: "Jannik Sinner" missed, "Laurence des Cars" typed ORG, become PERSON.

Build (dev dependency, offline): `uv run --frozen python -m newslake.first_names` rewrites data/first_names.txt from
the person providers of Faker (MIT), every locale written in Latin letters.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache, lru_cache
from pathlib import Path

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.nlp_common import ORG, PERSON, Lexicon, doc_words, known_name, lower_words, span_text
from newslake.nlp_words import (
    COMPANY_WORDS,
    FAC_WORDS,
    GEO_NOUNS,
    HONORIFICS,
    ORG_WORDS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    TRAILING_TITLES,
)

OUT = Path(__file__).parent / "data" / "first_names.txt"
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏ'-]{2,}")
PARTICLES = frozenset({"de", "da", "das", "do", "dos", "des", "du", "di", "del", "della", "van", "von", "der", "den",
                       "bin", "ibn", "al", "el", "la", "le", "ben"})
RELABEL = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"})
MAX_TOKENS = 4
# nouns that put a firm in apposition: "rival Eli Lilly", "retailer John Lewis"
FIRM_NOUNS = frozenset(
    {"rival", "rivals", "partner", "peer", "competitor", "firm", "company", "group", "giant", "brand", "retailer",
     "lender", "carrier", "label", "house", "conglomerate", "unit", "subsidiary", "supplier", "customer", "client",
     "owner", "investor", "fund", "bank", "insurer", "chain", "studio", "outlet", "operator", "manufacturer"}
)
PERSON_MAKERS = frozenset({"lawmaker", "policymaker", "filmmaker", "playmaker", "peacemaker", "kingmaker"})
# ", the Louvre's director,": an apposition opened by one of these and cut at one of those names a role
APPOSITION_LEADS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
APPOSITION_ENDS = frozenset({"of", "at", "in", "for", "with", "from", "on", "who", "and", "to"})


def _fold(word: str) -> str:
    return gazetteer.without_marks(word.lower())


@cache
def first_names() -> frozenset[str]:
    """Folded first names of the shipped list."""
    return frozenset(OUT.read_text(encoding="utf-8").split())


@lru_cache(maxsize=50_000)  # pure; asked for every capitalised word of every doc
def is_first_name(word: str) -> bool:
    """True when the word, lower-cased and without accents, is on the shipped list ("José" -> "jose")."""
    return _fold(word) in first_names()


def first_name_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised known first name that is no English word, place, organisation or demonym ("Will", "Paris")."""
    low = tok.lower_
    if not (tok.is_title and tok.is_alpha) or not is_first_name(tok.text):
        return False
    if low in lex.nouns or low in lex.verbs or tok.is_stop:
        return False
    return not _major_name(tok.text)


def _major_name(text: str) -> bool:
    """An organisation, a demonym or a place big enough to be meant alone ("Paris", "Georgia"), not a small town or
    a province that shares a first name ("Isabel", "Mitchell")."""
    if not known_name(text):
        return False
    places = gazetteer.place_candidates(text)
    if not places or gazetteer.lookup_org(text) or gazetteer.lookup_demonym(text):
        return True
    top = places[0]
    return top.kind != "subdivision" and (top.kind != "city" or top.population >= 100_000 or gazetteer.is_capital(text))


def _surname_part(tok: Token) -> bool:
    if tok.lower_ in PARTICLES or (tok.text == "-" and not tok.whitespace_):  # "Auger-Aliassime"
        return True
    return tok.text[:1].isupper() and bool(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", tok.text))


def _org_like(words: list[Token]) -> bool:
    return any(t.lower_ in ORG_WORDS or t.lower_ in COMPANY_WORDS or t.lower_ in FAC_WORDS or t.lower_ in PLACE_NOUNS
               or t.lower_ == "sports" for t in words)  # "Kai Tak Sports Park", "Fox Sports": no one's surname


def _role_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun for a person's role ("winger", "organiser"), not a firm's ("rival", "drugmaker")."""
    low = tok.lower_
    firm = low in FIRM_NOUNS or (low.endswith("maker") and low not in PERSON_MAKERS)  # "carmaker", not "lawmaker"
    return low in lex.nouns and not firm and not _org_like([tok])


def _apposition_role(doc: Doc, i: int, lex: Lexicon) -> bool:
    """", the Louvre's director,", ", a herder in ...": the head noun of a short apposition at i is a role."""
    if i >= len(doc) or doc[i].lower_ not in APPOSITION_LEADS:
        return False
    head = None
    for tok in doc[i + 1 : i + 6]:
        if tok.is_punct or tok.lower_ in APPOSITION_ENDS:
            break
        head = tok
    return head is not None and head.is_lower and _role_noun(head, lex)


def _person_cue(span: Span, lex: Lexicon) -> bool:
    """Words around the name that only people get: "winger Brahim Diaz said", "said Rahmat Hidayat, an organiser",
    "Lawmaker Guido Bellido", "the late Leonardo Del Vecchio", "Gareth Pritchard-Jones, 54,", "Hidayat" alone later."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    after = lower_words(doc, span.end, span.end + 2)
    if after[:1] and (after[0] in SPEECH_VERBS or after == [",", "who"] or after == [",", "said"]):
        return True
    if after[:1] == [","] and span.end + 2 < len(doc):
        age = doc[span.end + 1]
        if (age.is_digit and len(age.text) <= 2 and doc[span.end + 2].text == ",") or _apposition_role(doc, span.end + 1, lex):
            return True
    if _surname_alone(span):
        return True
    if prev is None:
        return False
    if prev.lower_ in SPEECH_VERBS or prev.lower_ == "late":
        return True
    role = (prev.is_lower or (prev.is_title and _opens_clause(prev))) and _role_noun(prev, lex)  # "Lawmaker Guido X"
    return prev.lower_ in TITLES or prev.lower_ in HONORIFICS or role


def _role_led_person(ent: Span, lex: Lexicon) -> bool:
    """A role noun opening a sentence, run into the name after it: "Campaigner Derek Richford", "Shopkeeper Ann Lee"."""
    if len(ent) < 3 or ent.label_ not in RELABEL | {"PERSON"} or not _opens_clause(ent[0]):
        return False
    if ent[0].lower_ in ROLE_NOUNS and all(map(_surname_part, ent[1:])) and ent[-1].is_alpha:
        return not _org_like(list(ent[1:]))  # "Halfback Te Rangi Walker": a player's position, whatever the name
    return _role_noun(ent[0], lex) and not is_first_name(ent[0].text) and _person_shape(ent[1:], lex)


def _opens_clause(tok: Token) -> bool:
    return tok.i == 0 or tok.nbor(-1).is_punct


def _surname_alone(span: Span) -> bool:
    """The last word of the name stands alone elsewhere in the doc, as people are named again: "... Hidayat said"."""
    doc = span.doc
    for i in numpy.flatnonzero(doc.to_array(ORTH) == span[-1].orth).tolist():  # no Token for every word
        if not span.start <= i < span.end and (i == 0 or not (doc[i - 1].is_title or doc[i - 1].text == "-")):
            return True
    return False


def _person_shape(span: Span, lex: Lexicon) -> bool:
    """A known first name, then capitalised surname words (particles and hyphens allowed); no firm or place words."""
    doc = span.doc
    if span.end - span.start < 2 or not first_name_word(doc[span.start], lex):
        return False
    if doc[span.end - 1].lower_ in TRAILING_TITLES:
        return False  # "Ashanti Regional Fire Commander": an office, no surname
    return _surname_rest(span)


def _surname_rest(span: Span) -> bool:
    """The words after the first are a surname's: capitalised (particles and hyphens allowed, but not last), and no
    firm's or place's words."""
    doc = span.doc
    rest = [doc[i] for i in range(span.start + 1, span.end)]  # indexing: no Span slice
    if not rest or not all(map(_surname_part, rest)) or not rest[-1].is_alpha or rest[-1].lower_ in PARTICLES:
        return False
    return not (_org_like(rest) or gazetteer.firm_or_place(span_text(span)))


def _inside_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """The word before is capitalised too (and no title, function word or role opening a sentence): the name may
    start earlier."""
    before = doc[i - 1] if i > 0 else None
    if before is None or not before.is_title or before.is_stop or before.lower_ in TITLES:
        return False
    return not (_opens_clause(before) and _role_noun(before, lex))  # "Lawmaker Guido Bellido said"


def people_by_first_name(doc: Doc, lex: Lexicon, ents: list[Span] | None = None) -> list[Span] | None:
    """doc.ents (or `ents`, the same spans read before) with first-name people retyped or added (PERSON); None when
    nothing changes."""
    ents = list(doc.ents if ents is None else ents)
    changed = False
    for i, ent in enumerate(ents):
        if _role_led_person(ent, lex):
            ents[i] = ent = Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Campaigner Derek Richford said"
            changed = True
        if (
            ent.label_ in RELABEL
            and 2 <= len(ent) <= MAX_TOKENS
            and _person_shape(ent, lex)
            and (ent.label != ORG or _person_cue(ent, lex) or not _firm_context(ent))  # "Eli Lilly", "Calvin Klein"
            and not (ent.label_ in ("GPE", "LOC") and gazetteer.is_town(span_text(ent)))  # "Estes Park", a town
        ):
            ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    starts = {e.start: k for k, e in enumerate(ents)}
    taken = {i for e in ents for i in range(e.start, e.end)}
    resume = 0
    words = doc_words(doc)  # list reads: a Token only for a first name
    # capitalised words only, from the word list (IS_TITLE is the text's istitle()): no Token and no array read
    for i in [k for k, word in enumerate(words) if word.istitle()]:
        if i < resume or i >= len(doc) - 1 or i in taken:
            continue
        if not is_first_name(words[i]) or _inside_name(doc, i, lex):
            continue
        end = i + 1
        if end in starts:  # "Gilberto [Baeza]": the first name joins the name NER found after it
            k = starts[end]
            joined = Span(doc, i, ents[k].end, label="PERSON")
            if ents[k].label_ in RELABEL | {"PERSON"} and len(joined) <= MAX_TOKENS and _person_shape(joined, lex):
                ents[k] = joined
                changed = True
            continue
        while end < len(doc) and end - i < MAX_TOKENS and end not in taken and _surname_part(doc[end]):
            end += 1
        if end - i >= 2 and (end == len(doc) or not doc[end].is_title) and _person_shape(doc[i:end], lex):
            ents.append(Span(doc, i, end, label="PERSON"))  # "TURIN - Jannik Sinner retained his title"
            changed = True
        resume = end
    return sorted(ents, key=lambda s: s.start) if changed else None


def build(out: Path = OUT) -> int:
    """Write the folded first names of every Latin-script Faker person provider; returns how many."""
    from faker.providers import person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{mod.name}"), "Provider", None)
        for attr in _first_name_attrs(provider):
            value = vars(provider).get(attr)
            if isinstance(value, (dict, list, tuple)):
                names.update(_fold(n) for n in value if isinstance(n, str) and _LATIN_NAME.fullmatch(n))
    out.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


def _first_name_attrs(provider: object) -> list[str]:
    """Every first-name list of a Faker provider, romanized ones too ("first_romanized_names" of ja_JP, zh_TW)."""
    return [a for a in vars(provider) if "first" in a and "name" in a] if provider else []


def _firm_context(span: Span) -> bool:
    """Words around a person-shaped ORG that only a firm gets: "rival Eli Lilly", "at Calvin Klein", "Hugo Boss shares"."""
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    return (
        prev in FIRM_NOUNS
        or (prev in ("at", "by", "from", "for", "with", "of", "against") and not _by_person(span))
        or (prev.endswith("maker") and prev not in PERSON_MAKERS)
        or nxt in ("shares", "stock", "brand", "'s", "\u2019s", "store", "stores", "boutique", "products", "label")
        or nxt in ORG_WORDS
        or nxt in COMPANY_WORDS
    )


LOCATIVES = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "around", "off"})


def cued_people(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A first-name name that later rules retyped ORG or place is a PERSON again when words only people get stand
    next to it: "said Nurlan Abdykadyrov, a farmer", "grain trader Vasyl Popovych said"."""
    if not lex.nouns:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="PERSON")
        if s.label_ in RELABEL
        and 2 <= len(s) <= MAX_TOKENS
        and _strong_person_cue(s, lex)
        and (_person_shape(s, lex) or _role_then_noun_name(s))
        else s
        for s in spans
    ]


# roles a name follows without a title, where the first name is an English word too: "loose forward Mason Ellery",
# "winemaker Grace Holloway"
ROLE_NOUNS = frozenset(
    {"forward", "halfback", "fullback", "winger", "flanker", "hooker", "midfielder", "goalkeeper", "keeper",
     "striker", "defender", "captain", "coach", "skipper", "rookie", "debutant", "newcomer", "veteran",
     "teammate", "quarterback", "pitcher", "catcher", "shortstop", "batsman", "bowler", "opener", "spinner",
     "seamer", "all-rounder", "wicketkeeper", "jockey", "rider", "driver", "officer", "teacher", "chef",
     "owner", "manager", "farmer", "lawyer", "singer", "actor", "actress", "artist", "author", "writer",
     "producer", "designer", "photographer", "resident", "student", "nurse", "winemaker", "founder",
     "spokesperson", "spokesman", "spokeswoman", "councillor", "councilor", "candidate", "playwright",
     "novelist", "poet", "director", "co-founder", "trainer", "referee", "umpire"}
)


def _role_then_noun_name(span: Span) -> bool:
    """ "loose forward Mason Ellery": after one of ROLE_NOUNS, a first name that is also an English word ("Mason",
    "Grace") opens a person's name as well."""
    doc = span.doc
    prev, first = doc[span.start - 1] if span.start > 0 else None, doc[span.start]
    if prev is None or prev.lower_ not in ROLE_NOUNS or not prev.is_lower:
        return False
    if not (first.is_title and first.is_alpha and is_first_name(first.text)) or _major_name(first.text):
        return False
    if first.lower_ in GEO_NOUNS or first.lower_ in PLACE_NOUNS or first.lower_ in TITLES:  # "River Greta"
        return False
    return _surname_rest(span)


def _strong_person_cue(span: Span, lex: Lexicon) -> bool:
    """_person_cue without the weak ones a firm also gets ("Barry Callebaut said", its name recurring alone), and
    never after "in"/"at": "in Rae Bareli, the family's old seat" is a place."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in LOCATIVES:
        return False
    after = lower_words(doc, span.end, span.end + 2)
    if after == [",", "who"]:
        return True
    if after[:1] == [","] and span.end + 2 < len(doc):
        age = doc[span.end + 1]
        if (age.is_digit and len(age.text) <= 2 and doc[span.end + 2].text == ",") or _apposition_role(doc, span.end + 1, lex):
            return True
    if prev is None:
        return False
    if prev.lower_ in SPEECH_VERBS or prev.lower_ in TITLES or prev.lower_ in HONORIFICS:
        return True
    return prev.is_lower and _role_noun(prev, lex)


def lone_surnames(spans: list[Span]) -> list[Span]:
    """The last word of a person's full name standing alone, typed ORG or place, is that person ("Abdykadyrov"
    after "Nurlan Abdykadyrov"), unless it is a known organisation or place itself or follows "in", "across"..."""
    surnames = {s[-1].text for s in spans if s.label == PERSON and 2 <= len(s) <= MAX_TOKENS and s[-1].is_title}
    if not surnames:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="PERSON")
        if s.label_ in RELABEL and len(s) == 1 and span_text(s) in surnames and not known_name(span_text(s)) and not _after_locative(s)
        else s
        for s in spans
    ]


def _after_locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVES  # "across Gwynedd": the place


# "owned by Hugo Boss", "made by Calvin Klein": what a firm does; "read by", "overshadowed by" are people's too
FIRM_BY_VERBS = frozenset(
    {"owned", "made", "bought", "acquired", "backed", "run", "operated", "controlled", "produced", "developed", "built",
     "sold", "issued", "distributed", "manufactured", "sponsored", "funded", "financed", "offered", "supplied",
     "designed", "launched", "marketed", "licensed", "insured", "underwritten", "advised", "valued", "rated"}
)


def _by_person(span: Span) -> bool:
    """"read by Nicola X", "overshadowed by Diego X": after "by" and no firm's verb, a person-shaped name is a person."""
    i = span.start
    return i >= 2 and span.doc[i - 1].lower_ == "by" and span.doc[i - 2].lower_ not in FIRM_BY_VERBS


if __name__ == "__main__":
    print(f"{build()} first names -> {OUT}")
