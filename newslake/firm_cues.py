"""A one-word name the model read as a person or a place is a firm throughout the doc when the doc once says so:
"Stackwise CEO Marcus Odegaard", "Ledgerline was founded in 2022", "Ledgerline's customers", "Stackwise, the Bellevue
company that", "fintech startup Paisaplot"."""

from __future__ import annotations

from spacy.tokens import Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import person_name_words
from newslake.nlp_common import GPE, LOC, PERSON, doc_lowers, doc_words, span_text

# words right after a firm's name that only a firm gets
ROLE_AFTER = frozenset(
    {"ceo", "co-founder", "co-founders", "cofounder", "founder", "founders", "spokesperson", "spokeswoman", "spokesman", "cfo", "coo", "cto"}
)
# a firm's belongings after "'s" (not "shares" or "stock": "some of Neumann's shares" are a founder's)
FIRM_POSSESSIONS = frozenset(
    {"customers", "clients", "employees", "staff", "workforce", "headquarters", "board", "investors", "revenue",
     "revenues", "valuation", "software", "platform", "app", "products", "stores", "outlets", "seed", "series",
     "funding", "founders", "co-founders", "ceo", "factory", "plant", "warehouse"}
)
# the noun of an apposition that makes the name a firm: ", the Bellevue company that", ", a Waterloo startup"
FIRM_NOUNS = frozenset(
    {"company", "firm", "startup", "start-up", "maker", "retailer", "chain", "developer", "brand", "manufacturer",
     "business", "bakery", "brewery", "distillery", "winery", "creamery", "label", "studio", "agency"}
)
APPOSITION_REACH = 4  # words between ", the" and the firm noun: ", the Seattle-area robotics company"


def firms_by_cue(spans: list[Span]) -> list[Span]:
    """Every mention of a one-word PERSON that is no first name, no word of a longer person's name and once stands
    where only a firm does (see ROLE_AFTER, FIRM_POSSESSIONS, FIRM_NOUNS) is ORG; so is every mention of a name no
    table knows as a place right after a firm noun ("fintech startup Paisaplot", the model: a place)."""
    lone = {k: span_text(s) for k, s in enumerate(spans) if s.label in (PERSON, GPE, LOC) and len(s) == 1 and s[0].is_title}
    if not lone:
        return spans
    names = person_name_words(spans)
    candidates = {t for t in set(lone.values()) if t not in names and not is_first_name(t) and not gazetteer.is_town(t)}
    if not candidates:
        return spans
    firms = {
        t
        for k, t in lone.items()
        if t in candidates
        and ((spans[k].label == PERSON and _firm_cue(spans[k])) or (_after_firm_noun(spans[k]) and not gazetteer.place_candidates(t)))
    }
    if not firms:
        return spans
    return [Span(s.doc, s.start, s.end, label="ORG") if lone.get(k) in firms else s for k, s in enumerate(spans)]


def _after_firm_noun(span: Span) -> bool:
    """True for "startup Paisaplot", "the company Stackwise": a lower-case firm noun right before the name."""
    return span.start > 0 and doc_lowers(span.doc)[span.start - 1] in FIRM_NOUNS and doc_words(span.doc)[span.start - 1].islower()


def _firm_cue(span: Span) -> bool:
    """True when the words after the name say firm (see the module's examples)."""
    lowers = doc_lowers(span.doc)
    after = lowers[span.end : span.end + APPOSITION_REACH + 3]
    if not after:
        return False
    if after[0] in ROLE_AFTER:
        return True
    if after[0] in ("'s", "\u2019s") and len(after) > 1 and after[1] in FIRM_POSSESSIONS:
        return True
    if after[:3] in (["was", "founded", "in"], ["was", "founded", "by"], ["is", "headquartered", "in"]):
        return True  # not "is based in": people are based too
    if after[0] == "," and len(after) > 2 and after[1] in ("the", "a", "an"):
        words = doc_words(span.doc)
        for k in range(2, min(len(after), APPOSITION_REACH + 3)):
            if after[k] in FIRM_NOUNS:
                return True
            if after[k] in (",", ".", "who", "which", "that") or not (words[span.end + k][:1].isalnum()):
                return False
    return False

