"""A span's label from the words around it: titles, appositions, 'Minister of X', 'the X river'."""

from __future__ import annotations

from spacy.tokens import Span

from newslake import gazetteer
from newslake.nlp_checks import ORG_OR_FIRM, bare_name, country, starts_sentence
from newslake.nlp_common import doc_lowers, doc_words, lower_words, span_text
from newslake.nlp_kinds import FIRM_TAILS, SHOP_TAILS
from newslake.nlp_words import (
    CLUB_WORDS,
    FAC_AFTER,
    FAITH_ADJECTIVES,
    FIRM_ROLES,
    FIRM_VERBS,
    GEO_NOUNS,
    LED_BY,
    NEWS_OUTLETS,
    NUMERIC_LABELS,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_WORDS,
    POSSESSIVE,
    ROMAN,
    STAFF_NOUNS,
    SURNAME_ENDINGS,
    SURNAME_PARTICLES,
    TITLES,
)

_ORG_NOUN_CUES = ORG_WORDS | ORG_BEFORE | ORG_AFTER
_TITLE_OR_STAFF = TITLES | STAFF_NOUNS


def context_fix(span: Span) -> Span | None:
    """Labels and boundaries from neighbouring words: titles, "Minister of X", "Ministry of X"."""
    own = span.label_  # read once: spaCy looks the label's string up at every access
    if own in NUMERIC_LABELS:
        return span  # every rule below is for a name ("the Barrio 18 gang" grows a name, not a number)
    doc = span.doc
    # the two words before and after, read once for the tests here and in _label_by_neighbours
    lowers = doc_lowers(doc)
    before = lowers[max(span.start - 2, 0) : span.start]
    after = lowers[span.end : span.end + 2]
    prev = before[-1] if before else ""
    prev2 = before[0] if len(before) == 2 else ""
    if own == "ORG" and prev == "of" and prev2 in ("minister", "secretary", "ministers"):
        return None  # a portfolio in a title, not an organisation mention
    if own == "ORG" and prev == "of" and prev2 in ("ministry", "department"):
        return Span(doc, span.start - 2, span.end, label="ORG")
    nxt = after[0] if after else ""
    numbered = len(after) == 2 and after[1] in ORG_AFTER and doc[span.end].like_num
    if numbered:
        return Span(doc, span.start, span.end + 1, label="ORG")  # "the Barrio 18 gang"
    if own == "ORG" and len(span) == 1 and nxt in ("minister", "secretary", "ministers"):
        return None  # "Commerce Minister Wang Wentao"
    if own == "ORG" and nxt in ("minister", "secretary") and _portfolio_title(span):
        lead = span[0]  # "US Treasury Secretary X": the country is a place, "Treasury" part of the title
        return Span(doc, lead.i, lead.i + 1, label="GPE") if country(lead.text) else None
    if own == "ORG" and _looks_like_person(span):
        return Span(doc, span.start, span.end, label="PERSON")
    label = _label_by_neighbours(span, before, after)
    return span if label == own else Span(doc, span.start, span.end, label=label)


def _label_by_neighbours(span: Span, before: list[str] | None = None, after: list[str] | None = None) -> str:
    """A label the words around a name imply: "the Guaiba river", "Sam Ratulangi airport", "airline AirAsia".
    `before`/`after`: the lower-case two words on each side when the caller has read them."""
    doc, label = span.doc, span.label_
    if label in NUMERIC_LABELS:
        return label  # "the 1,000 islands": a number is no place, whatever noun follows
    lowers = doc_lowers(doc)  # list reads; a Token only where `is_lower` is asked
    nxt_low = lowers[span.end] if span.end < len(lowers) else None
    if label in ("ORG", "PERSON") and _at_site_in_city(span):
        return "FAC"  # "signed it at Parliament House in Canberra"
    if (
        nxt_low is not None
        and label not in ("GPE", "LOC", "FAC")
        and (nxt_low in GEO_NOUNS or nxt_low in FAC_AFTER)  # before the Token that tells `is_lower`
        and doc[span.end].is_lower
    ):
        if nxt_low in GEO_NOUNS:
            return "LOC"
        if nxt_low in FAC_AFTER and label in ("PERSON", "ORG"):
            return "FAC"
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    # "the radical Islamic group": believers, like a demonym, not the group's name
    known = gazetteer.place_candidates(text) or gazetteer.lookup_demonym(text) or text in FAITH_ADJECTIVES
    if before is None:
        before = doc_lowers(doc)[max(span.start - 2, 0) : span.start]
    led = len(before) == 2 and before[0] in LED_BY and before[1] == "by"
    owned = len(before) == 2 and before[1] in POSSESSIVE and country(before[0])
    if label in ("GPE", "ORG") and owned and bare_name(span):
        return "PERSON"  # "Britain's Keir Starmer", "Ethiopia's Tigst Assefa"
    if label == "GPE" and owned and not known and not gazetteer.is_town(text):
        return "ORG"  # "Germany's Enertrag", "China's CNOOC": a country's unknown "place" is its firm or body
    if label == "NORP" and not known and before[-1:] in (["opposition"], ["ruling"], ["governing"]):
        return "ORG"  # "the opposition Democrats", "the ruling Social Democrats": a party
    if label in ("GPE", "LOC", "ORG") and led and not known and bare_name(span):
        return "PERSON"  # "a new party led by Remigijus Zemaitaitis"
    if label in ("PERSON", "GPE", "LOC", "FAC") and not known and _staff_at(span):
        return "ORG"  # "traders at Olam and Barry Callebaut", "analysts at Capital Economics"
    if after is None:
        after = doc_lowers(doc)[span.end : span.end + 2]
    if label != "ORG" and not known and after[:1] == ["news"] and after[1:] and after[1] in NEWS_OUTLETS:
        return "ORG"  # "the judiciary's Mizan news agency"
    if label in ("GPE", "LOC", "NORP", "PERSON", "FAC") and before == [",", "the"]:
        head = doc[span.start - 3].lower_ if span.start >= 3 else ""
        if head in ORG_WORDS and doc[span.end : span.end + 1].text == ",":
            return "ORG"  # "Latvia's parliament, the Saeima, voted"
    if label == "FAC" and not known and nxt_low is not None and nxt_low in ORG_AFTER and doc[span.end].is_lower:
        return "ORG"  # "the Gulf Clan cartel"
    if (
        label in ("FAC", "ORG")
        and not known
        and not gazetteer.lookup_org(text)  # the lookups only for a FAC or ORG: this runs on every name
        and not any(t.lower_ in ORG_OR_FIRM for t in span)
        and _appositive_person(span)
    ):
        return "PERSON"  # "The West Midlands mayor, Andy Street, called"
    one_word = len(span) == 1 or label != "PERSON"  # "John Smith, a local farmer," stays a person
    if label not in ("ORG", "NORP") and len(span) == 1 and not known and _which_does_business(span):
        return "ORG"  # "Ocado, which runs an online grocery venture": a firm, not a place or a person
    if label not in ("ORG", "NORP") and one_word and not known and org_apposition(span):
        return "ORG"  # "Vale, the Brazilian miner, said"; "the Dawn of Nemunas, a new party"
    if known or label not in ("GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP"):
        return label
    if nxt_low is not None and nxt_low in ORG_AFTER and doc[span.end].is_lower:
        return "ORG"  # "the Pastef party", "the Semilla movement"
    if (
        span.start > 0
        and (lead := lowers[span.start - 1]) in ORG_BEFORE
        and ((prev := doc[span.start - 1]).is_lower or starts_sentence(prev))
        and not (label == "PERSON" and lead in _TRADES and len(span) == 2 and _trader_named(span))
    ):
        return "ORG"  # "Malaysian airline AirAsia", "Operator Caledonian MacBrayne"; not "trader Bisi Adeleke"
    if label != "PERSON" and _appositive_person(span):
        return "PERSON"
    who = after == [",", "who"]
    if label != "PERSON" and who and len(span) > 1 and bare_name(span):
        return "PERSON"  # "replacing Manasseh Sogavare, who signed ...": only people are "who"
    return label


# firms' trades that people ply too: a two-word person's name after them stays the person ("broker Sunil Mehta",
# "tourism operator Jess Oakley")
_TRADES = frozenset({"trader", "broker", "contractor", "producer", "developer", "publisher", "operator"})
_FIRM_ENDS = FIRM_TAILS | SHOP_TAILS | {"Works", "Media", "Homes"}


def _trader_named(span: Span) -> bool:
    """A bare two-word name that ends in no firm's word: "trader Bisi Adeleke", not "developer Tequila Works"."""
    return span_text(span).rsplit(" ", 1)[-1] not in _FIRM_ENDS and bare_name(span)


def _at_site_in_city(span: Span) -> bool:
    """True for "at Old Billingsgate in London": a site between "at" and "in <known place>", not a staff's employer."""
    doc = span.doc
    lowers = doc_lowers(doc)  # list reads: no Token for the names (most) not between "at" and "in"
    if span.start < 2 or span.end + 1 >= len(lowers) or lowers[span.start - 1] != "at" or lowers[span.end] != "in":
        return False
    before = doc[span.start - 2]
    if before.lower_ in _TITLE_OR_STAFF or before.is_title:
        return False  # "an economist at Capital Economics in London", "Smith at Barclays in London"
    if span[-1].lower_ in ORG_OR_FIRM or gazetteer.lookup_org(span_text(span)):
        return False
    return doc[span.end + 1].is_title and bool(gazetteer.place_candidates(doc[span.end + 1].text))


def _staff_at(span: Span) -> bool:
    """True after "traders at" / "analysts at", or "and" in such a list: people work at organisations."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ in ("and", "or"):
        i -= 1
        while i > 0 and doc[i].is_title and span.start - i <= 5:
            i -= 1
    return i > 0 and doc[i].lower_ == "at" and doc[i - 1].lower_ in STAFF_NOUNS


def _which_does_business(span: Span) -> bool:
    """True for ", which (also) makes/runs/employs ..." after a name: what firms do."""
    after = lower_words(span.doc, span.end, span.end + 4)
    if after[:2] != [",", "which"]:
        return False
    verb = after[3] if after[2:3] == ["also"] and len(after) > 3 else after[2] if len(after) > 2 else ""
    return verb in FIRM_VERBS and not gazetteer.is_town(span_text(span))


def org_apposition(span: Span) -> bool:
    """True when ", the <lower-case words> union/company/party," follows: an organisation described."""
    doc = span.doc
    if len(doc) - span.end < 4 or doc[span.end].text != ",":
        return False  # most names: no slice of the words after
    after = doc[span.end : span.end + 8]
    if len(after) < 4 or after[0].text != "," or after[1].lower_ not in ("the", "a", "an"):
        return False
    words = []
    for tok in after[2:]:
        if tok.text in (",", ".", ";"):
            break
        if not (tok.is_lower and tok.is_alpha) and tok.text not in POSSESSIVE:
            return False
        words.append(tok.lower_)
    if words[:2] == ["world", "'s"] and len(span) == 1:
        return True  # "Mowi, the world's largest salmon farmer,": a firm (a place would be known)
    if len(words) > 1 and words[0] in FIRM_ROLES and words[1] == "of":
        return True  # "Renk, a maker of tank gearboxes,"
    return bool(words) and words[-1] in _ORG_NOUN_CUES


def _appositive_person(span: Span) -> bool:
    """True for "the agency's head, Hadi Wijaya, said": a short title-case name between commas after a title."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or not 2 <= len(span) <= 4:
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    return doc[span.start - 2].lower_ in TITLES and _name_words(span)


def _name_words(span: Span) -> bool:
    """Capitalised words, lower-case surname particles only inside: "Laurence des Cars", "Hadi Wijaya"."""
    inner = span[1:-1]
    return (
        span[0].is_title
        and span[-1].is_title
        and all(t.is_alpha for t in span)
        and all(t.is_title or t.lower_ in SURNAME_PARTICLES for t in inner)
    )


def _looks_like_person(span: Span) -> bool:
    """2-4 capitalised words, no organisation word, and a title right before or in an apposition after."""
    if len(span) < 2:
        return False  # two words at least: no word list for a one-word name
    # the word strings first (`is_title`, `is_alpha`: `str.istitle`, `str.isalpha`): Tokens only for a name that passes
    texts = [w for w in doc_words(span.doc)[span.start : span.end] if w != "-"]
    if not 2 <= len(texts) <= 5 or not all(w.istitle() and w.isalpha() or w in ROMAN for w in texts):
        return False
    words = [t for t in span if t.text != "-"]
    if any(t.lower_ in ORG_WORDS for t in words) or gazetteer.lookup_org(span_text(span)):
        return False
    if words[0].lower_ == "the" or gazetteer.lookup_demonym(words[0].text):
        return False
    if words[-1].text in ROMAN or words[-1].lower_ in ("jr", "jr.", "junior", "sr", "sr."):
        return True
    if words[-1].lower_.endswith(SURNAME_ENDINGS) and not gazetteer.place_candidates(words[-1].text):
        return True
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = lower_words(doc, span.end, span.end + 4)
    apposition = bool(after) and after[0] == "," and any(w in TITLES for w in after[1:])
    if after[:2] == [",", "who"] and not any(t.lower_ in CLUB_WORDS for t in words):
        # "praised Daizen Maeda, who scored": only people are "who" (a club named after its town is no bare name)
        return not gazetteer.place_candidates(words[0].text) and not gazetteer.place_candidates(words[-1].text)
    return before in TITLES or apposition


def _portfolio_title(span: Span) -> bool:
    """True for "US Treasury" / "Public Works" before "Secretary Vince Dizon": a portfolio in a title, not a body."""
    doc, words = span.doc, [t for t in span if not country(t.text)]
    return (
        2 <= len(span) <= 3
        and span.end + 1 < len(doc)
        and doc[span.end + 1].is_title
        and bool(words)
        and all(t.is_title and t.is_alpha and t.lower_ not in ORG_OR_FIRM for t in words)
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.place_candidates(span_text(span))
    )
