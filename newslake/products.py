"""Product names ("MacBook Pro", "Nintendo Switch Lite") are not people, organisations or places: drop them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import ORG, PERSON, doc_lowers, doc_words, span_text
from newslake.nlp_kinds import doc_text

# the last word of a product's model name; a person's or a firm's name does not end so
MODEL_WORDS = frozenset({"Pro", "Lite", "Max", "Plus", "Mini", "Ultra", "Edition", "XL", "XS"})
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# a unit's symbol after its number is no name: "the 64GB model", "400 MB"
UNIT_SYMBOLS = frozenset({"GB", "MB", "TB", "KB", "GHz", "MHz", "mAh", "Gbps", "Mbps"})
# the last word of an event's name: "the Dubai Air Show", "the Davis Cup Finals", "Web Summit" is left (a firm too)
EVENT_WORDS = frozenset({"Show", "Finals", "Expo", "Marathon"})


def _model_named(span: Span) -> bool:
    """'MacBook Pro', 'Switch Lite', 'Zamazenta Edition' typed a person or place, or 'the Radeon Pro' an organisation:
    a model word ends the name."""
    return (
        len(span) >= 2
        and (
            span.label_ in {"PERSON", "GPE", "LOC", "FAC"}
            or (span.label == ORG and (span[0].lower_ == "the" or any(t.like_num for t in span[1:-1])))  # "Pixel 10 Pro"
        )
        and doc_words(span.doc)[span.end - 1] in MODEL_WORDS
        and not is_first_name(span[0].text)
        and gazetteer.lookup_org(span_text(span)) is None
    )


# the legal-form word a firm's full name may end in after its brand: "Apple Inc."
LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "se", "group"})


def _brand(word: str) -> bool:
    """A firm known by this very name ('Nintendo', 'Apple' of 'Apple Inc.'), not an acronym's title-cased alias
    ('Sar')."""
    org = gazetteer.lookup_org(word)
    if org is None:
        return False
    rest = org.name.split()
    return org.name == word or (len(rest) == 2 and rest[0] == word and rest[1].rstrip(".").lower() in LEGAL_FORMS)


def brand_led(span: Span) -> bool:
    """'Nintendo Switch', 'Google Stadia' typed a person: a known firm's own name, then one plain word."""
    return (
        len(span) == 2
        and span.label == PERSON
        and span[1].text[:1].isupper()
        and not is_first_name(span[0].text)
        and not is_first_name(span[1].text)
        and _brand(span[0].text)
        and gazetteer.lookup_org(span_text(span)) is None
    )


def _lone_model_word(span: Span) -> bool:
    """'Pro' alone typed a person: a model word is no name."""
    return len(span) == 1 and span.label == PERSON and span_text(span) in MODEL_WORDS and not is_first_name(span_text(span))


def _brand_products(spans: list[Span]) -> set[str]:
    """Words that follow a firm's own name in the doc and also stand alone as a PERSON ('Google Stadia' ... 'Stadia')."""
    lone = {span_text(s) for s in spans if s.label == PERSON and len(s) == 1}
    if not lone:
        return set()  # no lone person word for a product name to be: no walk of every name's words
    found = set()
    words, lowers = doc_words(spans[0].doc), doc_lowers(spans[0].doc)  # list reads: no Token per name
    for s in spans:
        j = s.start + (lowers[s.start] == "the")
        if j + 1 < s.end and words[j + 1] in lone and _brand(words[j]) and gazetteer.lookup_org(span_text(s)) is None:
            found.add(words[j + 1])
    return {w for w in found if not is_first_name(w) and not gazetteer.place_candidates(w)}


def _product_words(span: Span) -> set[str]:
    """The model's own name without "the", the brand and the model word: 'Nintendo Switch Lite' -> {'Switch'}."""
    words = [t.text for t in span if t.text not in MODEL_WORDS and t.lower_ != "the"]
    if words and _brand(words[0]):
        words = words[1:]
    return {" ".join(words)} if words else set()


def listed_product(span: Span) -> bool:
    """'iPhones', 'the Kospi Index', 'iPad Pro' typed a name: a product or stock index of the shipped list ('Alexa'
    typed PERSON is a woman)."""
    texts = doc_words(span.doc)  # list reads: no Token per word
    if span.label_ not in NAMES or (span.label == PERSON and len(span) == 1 and is_first_name(texts[span.start])):
        return False
    lowers = doc_lowers(span.doc)
    words = [texts[i] for i in range(span.start, span.end) if lowers[i] != "the"]
    if len(words) == 1 and words[0] in gazetteer.product_terms() and f"({words[0]})" in doc_text(span.doc):
        return False  # a body's acronym the doc defines: "the Rent Guidelines Board (RGB)"
    if len(words) > 1 and (words[-1] == "Index" or words[-1] in MODEL_WORDS):
        words = words[:-1] if " ".join(words) not in gazetteer.products() else words
    # or the brand before a listed product: "Apple AirPods", "Apple CarPlay"
    return (
        _listed_name(" ".join(words))
        or (len(words) > 1 and _brand(words[0]) and _listed_name(" ".join(words[1:])))
        or (len(words) == 2 and not span.doc[span.end - 2].whitespace_ and _listed_name("".join(words)))  # "5G": 5 + G
    )


def _listed_name(name: str) -> bool:
    """The name or its plural is on the shipped list."""
    return name in gazetteer.products() or (name.endswith("s") and name[:-1] in gazetteer.products())


def _unit(span: Span) -> bool:
    """'GB' of '64GB' typed a person, 'MB' of '400 MB' an organisation: a unit's symbol after its number."""
    words = doc_words(span.doc)
    return len(span) == 1 and span.start > 0 and words[span.start] in UNIT_SYMBOLS and words[span.start - 1][-1:].isdigit()


# a brand's word in lower camel case: "iCloud", "macOS", "tvOS"
_LOWER_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z]*")


def _lower_camel(span: Span) -> bool:
    """'macOS High Sierra' typed a person: no person's name opens in lower camel case (firms' do, 'eBay', 'iRobot',
    and Zulu places' do, 'uMhlanga Rocks', 'uMngeni River')."""
    return span.label == PERSON and bool(_LOWER_CAMEL.fullmatch(doc_words(span.doc)[span.start]))


def _event(span: Span) -> bool:
    """'the Los Angeles Auto Show', 'Davis Cup Finals': an event, not its organiser or its venue."""
    return len(span) >= 2 and span[-1].text in EVENT_WORDS and span.label_ in NAMES


def _law(span: Span) -> bool:
    """'the Social Security Act', 'the CHIPS Act' typed a person or a body: a law."""
    return len(span) >= 2 and span[-1].text == "Act" and span.label_ in NAMES


def without_products(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans minus product and event names and, in the same doc, the bare model names they contain ('MacBook')."""
    spans = [Span(doc, s.start, s.end, label="EVENT") if _event(s) else s for s in spans]
    spans = [Span(doc, s.start, s.end, label="LAW") if _law(s) else s for s in spans]
    branded = _brand_products(spans)
    products = [
        s
        for s in spans
        if _model_named(s) or brand_led(s) or _lone_model_word(s) or (branded and any(t.text in branded for t in s))
    ]
    listed = {(s.start, s.end) for s in spans if listed_product(s) or _unit(s) or _lower_camel(s)}  # each occurrence by itself
    if not products and not listed:
        return spans
    dropped = {(s.start, s.end) for s in products} | listed
    models = {w for s in products for w in _product_words(s)}
    models |= {f"{m}s" for m in models}  # "MacBooks"
    firsts = {m.split()[0] for m in models}
    return [
        s
        for s in spans
        if (s.start, s.end) not in dropped
        and not (
            s.label_ in NAMES
            and (span_text(s) in models or (s.label != PERSON or len(s) > 1) and s[0].text in firsts)
            and not is_first_name(s[0].text)
            and gazetteer.lookup_org(span_text(s)) is None
        )
    ]
