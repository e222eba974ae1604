"""A one-word name the model read as a person or a place is a firm throughout the doc when the doc once says so:
"Stackwise CEO Marcus Odegaard", "Ledgerline was founded in 2022", "Ledgerline's customers", "Stackwise, the Bellevue
company that", "fintech startup Paisaplot"."""

from __future__ import annotations

from spacy.tokens import Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import person_name_words
from newslake.nlp_common import GPE, LOC, PERSON, doc_lowers, doc_words, span_text
from newslake.nlp_kinds import token_positions

# words right after a firm's name that only a firm gets
ROLE_AFTER = frozenset(
    {"ceo", "co-founder", "co-founders", "cofounder", "founder", "founders", "spokesperson", "spokeswoman", "spokesman",
     "cfo", "coo", "cto", "executives"}
)
# "Nimbra chief technology officer": a firm's chiefs (not "Trump chief of staff")
CHIEF_ROLES = frozenset(
    {"executive", "technology", "financial", "operating", "product", "scientist", "information", "commercial", "marketing"}
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
     "business", "bakery", "brewery", "distillery", "winery", "creamery", "label", "studio", "agency", "operator",
     "exchange", "lender", "insurer", "platform", "provider", "unicorn", "spinout", "spin-out", "fintech", "marketplace",
     "carmaker", "automaker", "miner", "producer", "utility", "broker", "supermarket"}
)
# "shares in Ironfrost", "a stake in Kartly": only a firm is held
HELD_IN = frozenset({"shares", "stake", "stakes"})
APPOSITION_REACH = 4  # words between ", the" and the firm noun: ", the Seattle-area robotics company"


def firms_by_cue(spans: list[Span]) -> list[Span]:
    """Every mention of a one-word PERSON that is no first name, no word of a longer person's name and once stands
    where only a firm does (see ROLE_AFTER, FIRM_POSSESSIONS, FIRM_NOUNS, HELD_IN) is ORG; so is every mention of a
    name no table knows as a place that once stands so ("fintech startup Paisaplot", the model: a place); mentions
    the model left untagged join them."""
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
        and (
            (spans[k].label == PERSON and (_firm_cue(spans[k]) or _after_firm_noun(spans[k])))
            or ((_after_firm_noun(spans[k]) or _firm_cue(spans[k])) and not gazetteer.place_candidates(t))
        )
    }
    if not firms:
        return spans
    out = [Span(s.doc, s.start, s.end, label="ORG") if lone.get(k) in firms else s for k, s in enumerate(spans)]
    # the model left some mentions of the firm untagged ("KRAKÓW — Ironfrost Games, the ..."): each is the firm too
    doc = spans[0].doc
    taken = {i for s in out for i in range(s.start, s.end)}
    words = doc_words(doc)
    missed = [i for i in token_positions(doc, frozenset(firms)) if i not in taken and words[i].istitle()]
    if missed:
        out = sorted(out + [Span(doc, i, i + 1, label="ORG") for i in missed], key=lambda s: s.start)
    return out


def _after_firm_noun(span: Span) -> bool:
    """True for "startup Paisaplot", "quantum start-up Revontuli", "the company Stackwise", "shares in Ironfrost": a
    lower-case firm noun right before the name, or a holding of it."""
    if span.start < 2:
        return span.start == 1 and _firm_noun(doc_lowers(span.doc), doc_words(span.doc), 0)
    lowers, words = doc_lowers(span.doc), doc_words(span.doc)
    if lowers[span.start - 1] == "in" and lowers[span.start - 2] in HELD_IN:
        return True
    return _firm_noun(lowers, words, span.start - 1)


def _firm_noun(lowers: list[str], words: list[str], i: int) -> bool:
    """True when token i is a lower-case firm noun, or ends one written with a hyphen ("start-up": start, -, up)."""
    if not words[i].islower():
        return False
    if lowers[i] in FIRM_NOUNS:
        return True
    return i >= 2 and lowers[i - 1] == "-" and f"{lowers[i - 2]}-{lowers[i]}" in FIRM_NOUNS


def _firm_cue(span: Span) -> bool:
    """True when the words after the name say firm (see the module's examples)."""
    lowers = doc_lowers(span.doc)
    after = lowers[span.end : span.end + 3 * APPOSITION_REACH + 3]  # hyphens are tokens
    if not after:
        return False
    if after[0] in ROLE_AFTER or (after[0] == "chief" and len(after) > 1 and after[1] in CHIEF_ROLES):
        return True
    if after[0] in ("'s", "\u2019s") and len(after) > 1 and after[1] in FIRM_POSSESSIONS:
        return True
    if after[:3] in (["was", "founded", "in"], ["was", "founded", "by"], ["is", "headquartered", "in"]):
        return True  # not "is based in": people are based too
    if after[0] == "," and len(after) > 2 and after[1] in ("the", "a", "an"):
        words = doc_words(span.doc)[span.end : span.end + len(after)]
        seen = 0  # words, not tokens: "the grocery-delivery start-up" is three words of seven tokens
        for k in range(2, len(after)):
            if after[k] == "-":
                continue
            if _firm_noun(after, words, k):
                return True
            if after[k] in (",", ".", "who", "which", "that") or not words[k][:1].isalnum():
                return False
            seen += after[k - 1] != "-"  # "delivery" of "grocery-delivery" is no new word
            if seen > APPOSITION_REACH:
                return False
    return False

