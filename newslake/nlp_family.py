"""People named by kinship and casting: "survived by his children Paolo and Lucia", "Monique Arsenault (Paul)",
"Costa Pappas (Anthony Brandis, superb)". Obituaries and reviews name people by first names the model reads as
places."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import bare_name
from newslake.nlp_common import PERSON, doc_lowers, doc_words
from newslake.nlp_kinds import token_positions

KIN_NOUNS = frozenset(
    {"children", "sons", "daughters", "son", "daughter", "grandchildren", "grandsons", "granddaughters",
     "grandson", "granddaughter", "stepchildren", "stepson", "stepdaughter", "brothers", "sisters", "brother",
     "sister", "siblings", "wife", "husband", "parents", "nephews", "nieces", "nephew", "niece"}
)
_KIN_KEYS = KIN_NOUNS | {"law"}  # "sister-in-law" ends in "law"
_LIST_JOINS = frozenset({",", "and"})
_RETYPED = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})  # not a film's title: "Petite Ourse (Louise Carrel)"
MAX_LISTED = 8  # names in one kinship list: "grandchildren Caitlin, Owen and Maeve"


def kin_and_cast(doc: Doc, spans: list[Span]) -> list[Span]:
    """Lone first names listed after a kinship noun, in parentheses after a person's name, and a name a person is cast
    as ("X (PERSON ...)") are PERSON; a name NER missed there is added."""
    words = doc_words(doc)
    lowers = doc_lowers(doc)
    people = _kin_listed(token_positions(doc, _KIN_KEYS, LOWER), words, lowers) | _bracketed_partners(words, spans)
    people |= _cast_names(words, spans)
    if not people:
        return spans
    at = {(s.start, s.end): k for k, s in enumerate(spans)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for start, end in people:
        k = at.get((start, end))
        if k is not None:
            if out[k].label_ in _RETYPED:
                out[k] = Span(doc, start, end, label=PERSON)
        elif not taken.intersection(range(start, end)):
            out.append(Span(doc, start, end, label=PERSON))
    return sorted(out, key=lambda s: s.start)


def _lone_first_name(word: str) -> bool:
    """A capitalised word that may be a first name and is no country, US state or known organisation."""
    if not (word.istitle() and word.isalpha() and len(word) > 1):
        return False
    key = gazetteer.fold(word)
    return (
        key not in gazetteer.countries()
        and key not in gazetteer.us_states()
        and not gazetteer.lookup_org(word)
    )


def _kin_listed(at: list[int], words: list[str], lowers: list[str]) -> set[tuple[int, int]]:
    """ "his children Francesca, Paolo and Lucia", "sons Hugh and Paddy": one-word names listed after the noun (at:
    the positions of the kinship nouns and of "law")."""
    found: set[tuple[int, int]] = set()
    n = len(words)
    for i in at:
        if not words[i].islower() or not (lowers[i] in KIN_NOUNS or _in_law(lowers, i)):
            continue
        j = i + 1
        if j < n and words[j] == ",":
            j += 1
        listed = 0
        while j < n and listed < MAX_LISTED and _lone_first_name(words[j]):
            if j + 1 < n and words[j + 1].istitle():
                break  # "daughter Karen Millar": a full name, read by the model
            found.add((j, j + 1))
            listed += 1
            j += 1
            if j + 2 < n and words[j] == "(" and words[j + 2] == ")":
                j += 3  # "Elizabeth (Betty)"
            if j < n and lowers[j] in _LIST_JOINS:
                j += 2 if j + 1 < n and words[j] == "," and lowers[j + 1] == "and" else 1
            else:
                break
    return found


def _in_law(lowers: list[str], i: int) -> bool:
    """ "sister-in-law" is five tokens; i is its "law"."""
    return lowers[i] == "law" and i >= 4 and lowers[i - 2] == "in" and lowers[i - 4] in KIN_NOUNS


def _bracketed_partners(words: list[str], spans: list[Span]) -> set[tuple[int, int]]:
    """ "Monique Arsenault (Paul) of Fort McMurray": a known first name alone in parentheses after a person's name; not
    a place's ("Seán Hurson (Tyrone)": the referee's county)."""
    ends = {s.end for s in spans if s.label == PERSON}
    found = set()
    for end in ends:
        if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")":
            word = words[end + 1]
            placed = end + 3 < len(words) and words[end + 3] == "of"  # "(Paul) of Fort McMurray": no county
            if _lone_first_name(word) and is_first_name(word) and (placed or not gazetteer.place_candidates(word)):
                found.add((end + 1, end + 2))
    return found


def _cast_names(words: list[str], spans: list[Span]) -> set[tuple[int, int]]:
    """ "Costa Pappas (Anthony Brandis, superb)", "Phoebe (Marguerite Bonnell)": the name before a person's name in
    parentheses is the role that person plays."""
    starts = {s.start for s in spans if s.label == PERSON}
    found = set()
    for s in spans:
        if s.label_ not in _RETYPED or s.end + 1 not in starts or words[s.end] != "(":
            continue
        if bare_name(s) or (len(s) == 1 and _lone_first_name(s.text) and is_first_name(s.text)):
            found.add((s.start, s.end))
    return found
