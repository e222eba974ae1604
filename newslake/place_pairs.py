"""Two places joined by a hyphen are two places: a route ("Dar-Dodoma trips"), a border ("the NSW-Queensland border"),
a pair of countries ("Russia-Ukraine talks")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newslake import gazetteer
from newslake.nlp_checks import country
from newslake.nlp_common import GPE, doc_words
from newslake.nlp_kinds import doc_text

PAIR_CITY_MIN_POP = 50_000  # a smaller town's name is often a surname too: "Evans-Newton", "Mary-Alice"
_HYPHENS = frozenset({"-", "\u2013"})


def _solid_place(name: str) -> bool:
    """A country, a first-level region, or a city of 50,000 people or more."""
    return country(name) or any(
        p.kind == "subdivision" or (p.kind == "city" and p.population >= PAIR_CITY_MIN_POP)
        for p in gazetteer.place_candidates(name)
    )


def _alone_elsewhere(text: str, name: str) -> bool:
    """True when the name also stands alone in the text, not hyphened to another word ("Dodoma" after "Dar-Dodoma")."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def split_place_pair(ent: Span) -> list[Span]:
    """ "Dar-Dodoma" (one span the model gave) -> GPE "Dar" + GPE "Dodoma" when both are known places and the pair
    is no place of its own. Two countries always split; two other places only when the model read them as a place and
    one of them also stands alone in the text (a district such as "Marzahn-Hellersdorf" is named whole)."""
    if len(ent) != 3:
        return [ent]
    words = doc_words(ent.doc)
    left, dash, right = words[ent.start : ent.end]
    if dash not in _HYPHENS or not (left[:1].isupper() and right[:1].isupper()):
        return [ent]
    if ent.doc[ent.start].whitespace_ or ent.doc[ent.start + 1].whitespace_:
        return [ent]  # "Kenya - Tanzania" with spaces is a headline's separator, another rule's case
    whole = f"{left}-{right}"
    if gazetteer.place_candidates(whole) or gazetteer.lookup_org(whole):
        return [ent]  # "Guinea-Bissau", "Baden-Württemberg"
    if not (_solid_place(left) and _solid_place(right)):
        return [ent]
    if not (country(left) and country(right)):
        if ent.label_ in ("ORG", "PERSON"):
            return [ent]  # two towns the model read as a name: a race ("Paris-Roubaix"), a firm
        text = doc_text(ent.doc)
        if not (_alone_elsewhere(text, left) or _alone_elsewhere(text, right)):
            return [ent]
    doc = ent.doc
    return [Span(doc, ent.start, ent.start + 1, label=GPE), Span(doc, ent.end - 1, ent.end, label=GPE)]
