"""Organisations and acronyms: names of bodies of places, defined and spelled-out acronyms, firm short names."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.credits import MASTHEAD_ENDS
from newslake.first_names import is_first_name
from newslake.nlp_checks import (
    FAC_OR_HEAD,
    country,
    known_place,
    major_place,
    person_name_words,
    positions,
    starts_sentence,
)
from newslake.nlp_common import (
    CARDINAL,
    FAC,
    GPE,
    LOC,
    MONEY,
    NORP,
    ORG,
    PERSON,
    Lexicon,
    doc_lowers,
    doc_words,
    lower_words,
    overlay,
    span_text,
)
from newslake.nlp_kinds import PLACE_QUALIFIERS, doc_text, trigger_tokens, word_pattern
from newslake.nlp_relabel import court_district
from newslake.nlp_words import (
    COMPANY_WORDS,
    COMPASS,
    GENERIC_NAMES,
    GEO_LEADS,
    INDUSTRY_WORDS,
    IRISH_BODY_WORDS,
    IWI_PREFIXES,
    LOC_ENDINGS,
    LOCAL_BODY_HEADS,
    LOCAL_SITE_HEADS,
    NUMERIC_LABELS,
    ORG_WORDS,
    PERSON_TITLES,
    POSSESSIVE,
    SCHOOL_HEADS,
    TITLES,
    UTILITY_WORDS,
)

_ACRONYM_RE = re.compile(r"(?<![\w.&-])[A-Z]{2,6}(?![\w.&-])")
_ORG_FIRM_LOC = ORG_WORDS | COMPANY_WORDS | LOC_ENDINGS
_QUALIFIER_TITLE_COMPASS = PLACE_QUALIFIERS | PERSON_TITLES | COMPASS
_BODY_TAIL_WORDS = UTILITY_WORDS | ORG_WORDS | INDUSTRY_WORDS
_OPEN_PAREN = frozenset({"("})  # a constant: the ids lookup caches it once, not a new set per doc


def area_acronyms(spans: list[Span]) -> list[Span]:
    """ "Africa" + "CDC": a world area right before an acronym ORG is part of its name ("Africa CDC")."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == LOC
            and prev.end == s.start
            and s.label == ORG
            and len(s) == 1
            and span_text(s).isupper()
            and gazetteer.fold(prev.text) in gazetteer.world_areas()
        ):
            s = Span(s.doc, out.pop().start, s.end, label="ORG")
        out.append(s)
    return out


def known_org_words(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """Known organisations the ruler skips as ambiguous: "WHO" amid lower-case text, "Meta" glued to an amount."""
    out: list[Span] = []
    for i in trigger_tokens(doc, _ACRONYM_RE):
        near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
        if i in taken or any(t.is_upper and t.is_alpha and len(t) > 1 for t in near):
            continue  # a run of capitals is a headline or a shout, where "WHO" is the pronoun
        if gazetteer.lookup_org(doc[i].text) and not gazetteer.place_candidates(doc[i].text):
            out.append(Span(doc, i, i + 1, label="ORG"))
            taken.add(i)
    for s in spans:
        i = s.start - 1
        if s.label not in (MONEY, CARDINAL) or i < 1 or i in taken or not doc[i].is_title:
            continue
        if not starts_sentence(doc[i]) and doc[i].is_alpha and gazetteer.lookup_org(doc[i].text):
            out.append(Span(doc, i, i + 1, label="ORG"))  # "fined Apple 500 million euros and Meta 200 million"
            taken.add(i)
    return out


def repeated_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A multi-word ORG ("Environment Canada") is that ORG wherever its words recur, not a place and a word."""
    text = doc_text(doc)
    names = {span_text(s) for s in spans if s.label == ORG and len(s) > 1 and s[0].is_title and s[0].lower_ != "the"}
    names = {n for n in names if text.count(n) > 1}  # most names occur once: no scan needed
    if names:
        names -= _mostly_places(spans, names)
    if not names:
        return spans
    pattern = word_pattern(names)
    found: list[Span] = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        inside = [s for s in spans if span.start <= s.start and s.end <= span.end]
        crossing = [s for s in spans if s.start < span.end and span.start < s.end and s not in inside]
        if crossing or any((s.start, s.end, s.label_) == (span.start, span.end, "ORG") for s in inside):
            continue
        spans = [s for s in spans if s not in inside]
        found.append(Span(doc, span.start, span.end, label="ORG"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _mostly_places(spans: list[Span], names: set[str]) -> set[str]:
    """The names among `names` that a place of the tables bears and the spans read as a place more often than as an
    ORG ("Garfield Heights" four times a town, once an ORG): the town, not a body."""
    votes: Counter[str] = Counter()
    for s in spans:
        if s.label in (GPE, LOC, ORG) and (name := span_text(s)) in names:
            votes[name] += -1 if s.label == ORG else 1
    return {n for n, v in votes.items() if v > 0 and (gazetteer.place_candidates(n) or gazetteer.is_town(n))}


_LEGAL_FORM_RE = re.compile(r"(?<![\w.])(?:Inc|Corp|Cos?|Ltd|LLC|Plc|PLC|AG|GmbH|S\.A|N\.V)(?=\.?(?!\w))")
_LEGAL_FORMS = frozenset(
    {"inc", "inc.", "corp", "corp.", "co.", "cos", "cos.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh", "s.a.", "n.v."}
)


def legal_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name before a legal form is a firm's ("Loblaw Cos. Ltd.", "Acme Holdings Inc."), however the model read or
    missed it; "Co. Cork" is a county."""
    text = doc_text(doc)
    hits = [
        span.start
        for m in _LEGAL_FORM_RE.finditer(text)
        if (span := doc.char_span(m.start(), m.end(), alignment_mode="expand")) is not None
    ]
    if not hits:
        return spans
    lowers, words = doc_lowers(doc), doc_words(doc)
    label_at = {i: s for s in spans for i in range(s.start, s.end)}
    new: list[Span] = []
    for i in hits:
        if lowers[i] not in _LEGAL_FORMS or (new and new[-1].end > i):
            continue
        if lowers[i] == "co." and i + 1 < len(doc) and doc[i + 1].is_title:
            continue  # "Co. Cork", "Co Donegal": a county
        start = i
        while start > 0 and i - start < 4 and (doc[start - 1].is_title or words[start - 1] == "&") and not (
            doc[start - 1].is_stop or doc[start - 1].is_sent_start and lowers[start - 1] in ("the", "a")
        ):
            start -= 1
        if start == i or words[start] == "&":
            continue
        end = i + 1
        while end < len(doc):  # "Cos. Ltd.", which the tokenizer splits "Cos", ".", "Ltd."
            if lowers[end] in _LEGAL_FORMS:
                end += 1
            elif words[end] == "." and end + 1 < len(doc) and lowers[end + 1] in _LEGAL_FORMS:
                end += 2
            else:
                break
        if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            continue  # "The Dutta Corp. Fair Hill International": the firm names a show, a prize, a building
        held = label_at.get(start)
        if held is not None and (held.start < start or held.end > end):
            continue  # inside a longer name the model found
        if held is not None and held.label == ORG:
            continue  # the model has the firm
        new.append(Span(doc, start, end, label="ORG"))
    return overlay(spans, new) if new else spans


def firm_short_names(spans: list[Span]) -> list[Span]:
    """A lone PERSON word that opens a firm's name in the doc ("Barrick" after "Barrick Mining") is the firm."""
    firms = {
        s[0].text
        for s in spans
        if s.label == ORG and len(s) > 1 and (s[-1].lower_ in INDUSTRY_WORDS or s[-1].lower_ in _LEGAL_FORMS or _known_firm_lead(s))
    }
    if not firms:
        return spans
    in_names = person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label == PERSON and len(s) == 1 and span_text(s) in firms and span_text(s) not in in_names
        else s
        for s in spans
    ]


def _known_firm_lead(span: Span) -> bool:
    """A firm of the tables named in two or three words, led by a word no first name, place or people bears ("Novo"
    of "Novo Nordisk"; not "Morgan" of "Morgan Stanley")."""
    if len(span) > 3 or not span[0].is_title or not gazetteer.lookup_org(span_text(span)):
        return False
    lead = span[0].text
    return not (is_first_name(lead) or gazetteer.place_candidates(lead) or gazetteer.lookup_demonym(lead))


def org_noun_before_title(span: Span) -> bool:
    """True for "Council" in "Council leader John Cotton" / "Party leader X": a common noun, not a name."""
    doc = span.doc
    if span.label != ORG or len(span) != 1 or span[0].lower_ not in ORG_WORDS or span.end >= len(doc):
        return False
    opens = starts_sentence(span[0]) or doc[span.start - 1].lower_ in ("the", "a")
    return opens and doc[span.end].lower_ in TITLES


def org_of_place(spans: list[Span]) -> list[Span]:
    """ "Reserve Bank" + "of" + "Zimbabwe" is one ORG: the place names whose bank, ministry or university it is."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.label == GPE
            and prev.label == ORG
            and prev.end == s.start - 1
            and s.doc[prev.end].lower_ == "of"
            and (prev[-1].lower_ in ORG_WORDS or court_district(prev))
        ):
            out[-1] = Span(s.doc, prev.start, s.end, label="ORG")
            continue
        if prev is not None and s.label in (GPE, LOC, ORG, PERSON) and prev.label == ORG and _cut_at_and(prev, s):
            out[-1] = Span(s.doc, prev.start, s.end, label="ORG")  # "The Court of Bosnia and" + "Herzegovina"
            continue
        out.append(s)
    return out


def _cut_at_and(org: Span, place: Span) -> bool:
    """True when an ORG "... of X" (and) a name complete a known place ("Bank of Trinidad" + "and Tobago"), or
    name a second country or area of the org ("Islamic State of Iraq" + "and the Levant")."""
    if place.start - org.end > 2:
        return False  # more than "and the" between them: no words to read
    doc = org.doc
    gap = lower_words(doc, org.end, place.start)
    if gap not in (["and"], ["and", "the"]) and not (not gap and org[-1].lower_ == "and"):
        return False
    of = [t.i for t in org if t.lower_ == "of"]
    if not of:
        return False
    if gap != ["and", "the"] and gazetteer.place_candidates(doc[of[-1] + 1 : place.end].text):
        return True
    owner = doc[of[-1] + 1 : org.end].text
    second = gazetteer.fold(place.text)
    return (
        len(place) == 1
        and country(owner)
        and (second in gazetteer.world_areas() or second in gazetteer.countries())
        and not (place.end < len(doc) and doc[place.end].text in POSSESSIVE)
    )


def generic_name(span: Span) -> bool:
    """True for one capitalised word that names no one in particular: "the Church", "Sgt", "QC", "Group G"."""
    if len(span) > 3 or span.label not in (PERSON, ORG, GPE, LOC, FAC):
        return False
    texts, lowers = doc_words(span.doc), doc_lowers(span.doc)  # list reads: no Token per word
    kept = [i for i in range(span.start, span.end) if lowers[i] != "the"]
    if len(kept) == 2 and texts[kept[0]] == "Group" and len(texts[kept[1]]) == 1 and span.doc[kept[1]].is_upper:
        return True  # a tournament's group, not an organisation
    return len(kept) == 1 and lowers[kept[0]].rstrip(".") in GENERIC_NAMES


def defined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym defined as "the Rural Fire Service (RFS)" is an ORG wherever it occurs in the document."""
    acronyms: set[str] = set()
    for s in spans:
        if (
            s.label == ORG
            and s.end + 2 < len(doc)
            and doc[s.end].text == "("
            and doc[s.end + 2].text == ")"
        ):
            tok = doc[s.end + 1]
            if tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8:
                acronyms.add(tok.text)
    if not acronyms:
        return spans
    spans = [Span(doc, s.start, s.end, label="ORG") if span_text(s) in acronyms else s for s in spans]
    taken = {i for s in spans for i in range(s.start, s.end)}
    # the word list, not `for t in doc`: a Token per word cost a long document ~4 ms
    return spans + [
        Span(doc, i, i + 1, label="ORG") for i, w in enumerate(doc_words(doc)) if w in acronyms and i not in taken
    ]


def common_noun_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym spelt out in lower case, "interest on excess reserves (IOER)" or "FIRE (financial independence,
    retire early)", names a thing, not a body: no name wherever it occurs in the document."""
    if "(" not in doc_text(doc):
        return spans  # most texts define nothing
    words = doc_words(doc)
    common: set[str] = set()
    for i in range(1, len(words) - 1):
        word = words[i]
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 8):
            continue
        if words[i - 1] == "(" and words[i + 1] == ")":
            # "... excess reserves (IOER)", read back; the first word may be capitalised only opening a sentence
            first = _spelt_from(word.lower()[::-1], words, range(i - 2, max(-1, i - 2 - 2 * len(word)), -1))
            if first is not None and (words[first][0].islower() or _opens_sentence(words, first)):
                common.add(word)
        elif words[i + 1] == "(":
            last = _spelt_from(word.lower(), words, range(i + 2, min(len(words), i + 2 + 2 * len(word))))
            if last is not None and words[last][0].islower():
                common.add(word)  # "FIRE (financial independence, retire early)"
    if not common:
        return spans
    return [s for s in spans if not (len(s) == 1 and s.text in common and gazetteer.lookup_org(s.text) is None)]


def _spelt_from(letters: str, words: list[str], order: range) -> int | None:
    """Index of the word giving the last of `letters` when they are the initials of the words in `order` (small
    words between skipped), all lower case but that last word; the first word must give the first letter."""
    used = 0
    for k in order:
        w = words[k]
        if w in (",", "-") or w.isspace():
            continue
        if not w[:1].isalpha():
            return None  # a bracket, a stop, a figure: the spelling ended first
        if w[0].lower() == letters[used]:
            used += 1
            if used == len(letters):
                return k
            if w[0].isupper():
                return None  # "the Rural Fire Service (RFS)": a name's own spelling
        elif used == 0 or w[0].isupper():
            return None
    return None


def _opens_sentence(words: list[str], k: int) -> bool:
    """The word at k is the first of its sentence or line."""
    prev = next((words[j] for j in range(k - 1, -1, -1) if not words[j].isspace() or "\n" in words[j]), None)
    return prev is None or prev in (".", "!", "?", ":") or "\n" in prev


def demonym_orgs(spans: list[Span]) -> list[Span]:
    """A demonym NER cut from its organisation is part of it: "Saudi" + "Gazette" -> ORG "Saudi Gazette"."""
    out = list(spans)
    for i, s in enumerate(out):
        if s.label != NORP:
            continue
        doc, end = s.doc, s.end
        limit = out[i + 1].start if i + 1 < len(out) else len(doc)
        while end < limit and end - s.end < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        while end > s.end and doc[end - 1].lower_ not in _ORG_FIRM_LOC:
            end -= 1
        if end > s.end:
            # "French" + "Broad River" is one river; "Saudi" + "Gazette" one paper
            out[i] = Span(doc, s.start, end, label="LOC" if doc[end - 1].lower_ in LOC_ENDINGS else "ORG")
    return out


def acronyms_like_their_names(spans: list[Span]) -> list[Span]:
    """ "the Grand Renaissance Dam (GERD)": an acronym in brackets right after a place or site name is that kind too."""
    out = list(spans)
    for i, (name, acr) in enumerate(pairwise(spans)):
        doc = name.doc
        if (
            name.label in (FAC, LOC, GPE)
            and acr.label_ != name.label_
            and acr.start == name.end + 1
            and doc[name.end].text == "("
            and len(acr) == 1
            and acr.text.isupper()
            and acr.end < len(doc)
            and doc[acr.end].text == ")"
            and _abbreviates(acr.text, name)
        ):
            out[i + 1] = Span(doc, acr.start, acr.end, label=name.label)
    return out


def _abbreviates(acronym: str, name: Span) -> bool:
    """True when the acronym's letters are the initials of the name's capitalised words, in order ("GERD")."""
    initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    rest = iter(initials)
    return all(c in rest for c in acronym)


def org_before_country(spans: list[Span], lex: Lexicon) -> list[Span]:
    """ "Heritage" + "New Zealand", "Transport Infrastructure" + "Ireland": nouns before a country name a body."""
    out: list[Span] = []
    named = Counter(span_text(s) for s in spans if s.label in (GPE, LOC))
    if max(named.values(), default=0) < 2:
        return spans  # no place named twice: no name can grow here
    for s in spans:
        doc = s.doc
        if (
            s.label in (GPE, LOC)
            and s.start > 0
            and doc[s.start - 1].is_title
            and named[span_text(s)] > 1  # the story still names the country: the linker reads it for other places
            and _country_or_area(span_text(s))
        ):
            start = s.start
            taken_before = out[-1].end if out else 0
            while start > taken_before and s.start - start < 3 and _body_noun(doc[start - 1], lex):
                start -= 1
            grown = Span(doc, start, s.end, label="ORG")
            if start < s.start and not known_place(grown) and not gazetteer.lookup_demonym(doc[start].text):
                s = grown
        out.append(s)
    return out


def _country_or_area(text: str) -> bool:
    key = gazetteer.fold(text)
    return key in gazetteer.countries() or (key in gazetteer.world_areas() and key not in COMPASS)


def _body_noun(tok: Token, lex: Lexicon) -> bool:
    """A capitalised common noun that can open a body's name ("Heritage", "Transport"), not a place qualifier."""
    low = tok.lower_
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and lex.is_noun(low)
        and low not in _QUALIFIER_TITLE_COMPASS
        and tok.text not in GEO_LEADS
        and not is_first_name(tok.text)
        and not gazetteer.place_candidates(tok.text)
    )


_LONG_NAME_LINKS = frozenset({"of", "for", "in", "and", "the", "on", "&", "de", "du", "des", "la", "el"})


def spelled_out_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Board of Control for Cricket in India (BCCI)": words whose initials spell the bracketed acronym are one
    name, whatever pieces NER cut it into; its head noun says ORG or FAC."""
    if "(" not in doc_text(doc):
        return spans
    for i in positions(doc, _OPEN_PAREN):
        if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
            continue
        start = i
        while start > 0 and i - start < 12 and (doc[start - 1].is_title or doc[start - 1].lower_ in _LONG_NAME_LINKS):
            start -= 1
        capitals = [t.i for t in doc[start:i] if t.is_title]
        if len(capitals) < len(acronym) or len(acronym) < 3:
            continue
        first = capitals[-len(acronym)]
        if "".join(doc[j].text[0] for j in capitals[-len(acronym) :]) != acronym:
            continue
        if first > 0 and doc[first - 1].lower_ == "the" and any(s.start == first - 1 for s in spans):
            first -= 1  # NER's span opens with "The": keep it
        if any(s.start < first < s.end or s.start < i < s.end for s in spans):
            continue  # a span crosses the name's edge: leave it
        inside = [s for s in spans if first <= s.start and s.end <= i]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (first, i):
            continue  # NER already has the whole name
        head = doc[i - 1].lower_
        label = "FAC" if head in FAC_OR_HEAD else "LOC" if head in LOC_ENDINGS else "ORG"
        spans = [s for s in spans if s not in inside and not (s.start == i + 1 and s.end == i + 2)]
        spans += [Span(doc, first, i, label=label), Span(doc, i + 1, i + 2, label=label)]
        spans.sort(key=lambda s: s.start)
    return spans


def bodies_named_by_places(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" named by a province or big city and a common noun is a public body or firm: "Manitoba Hydro",
    "Johannesburg Water" (not "Sydney Smith" or "Kobe Bryant": a first name or a surname tail)."""
    out = []
    for s in spans:
        if s.label != PERSON or not 2 <= len(s) <= 3:
            out.append(s)
            continue
        tail = s[1:]
        if (
            all(t.is_title and t.is_alpha for t in s)
            and not is_first_name(s[0].text)
            and major_place(s[0].text)
            and all(lex.is_noun(t.lower_) or t.lower_ in _BODY_TAIL_WORDS for t in tail)
            and not any(is_first_name(t.text) for t in tail)
            and (s[-1].whitespace_ or s.end == len(s.doc) or s.doc[s.end].text != "-")  # "Han Duck-soo"
        ):
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def irish_bodies_and_iwi(spans: list[Span]) -> list[Span]:
    """Irish state bodies are ORG ("An Bord Pleanála", "An Garda Síochána"); Māori iwi are peoples, NORP
    ("Ngāi Tahu", "Ngāti Kahu"), never a person."""
    out = []
    for s in spans:
        if len(s) > 1 and s.label_ not in NUMERIC_LABELS:
            first, second = doc_words(s.doc)[s.start : s.start + 2]  # list reads: no Token per name
            if first == "An" and second in IRISH_BODY_WORDS:
                s = Span(s.doc, s.start, s.end, label="ORG")
            elif first in IWI_PREFIXES and second.istitle():  # a Token's is_title is its text's istitle()
                s = Span(s.doc, s.start, s.end, label="NORP")
        out.append(s)
    return out


def local_sites_and_bodies(spans: list[Span]) -> list[Span]:
    """A "person" ending in a site noun is a site ("Kinnego Marina", "Pink Line", "Victoria Mill"); one ending in a
    school, firm or club noun is an organisation ("Bellevue Elementary", "Nemo Rangers", "Cork GAA")."""
    out = []
    for s in spans:
        if s.label == PERSON and len(s) > 1 and (last := s[-1]).text[:1].isupper():  # the label first
            if last.lower_ in LOCAL_SITE_HEADS:
                s = Span(s.doc, s.start, s.end, label="FAC")
            elif last.lower_ in LOCAL_BODY_HEADS:
                s = Span(s.doc, s.start, s.end, label="ORG")
        elif s.label in (GPE, LOC, FAC) and len(s) > 1 and s[-1].text in SCHOOL_HEADS:
            s = Span(s.doc, s.start, s.end, label="ORG")  # "Kinlochewe Primary" (the model: a place)
        out.append(s)
    return out



# the head words that end a body's or a site's name ("the Norfolk and Norwich University Hospital")
JOINED_HEADS = frozenset(
    {"hospital", "hospitals", "centre", "center", "trust", "foundation", "commission", "college", "university",
     "institute", "council", "association", "society", "museum", "authority", "administration", "board", "club"}
)


def joined_names(spans: list[Span]) -> list[Span]:
    """ "the Norfolk and Norwich University Hospital", "the Saskatoon Indian and Métis Friendship Centre": NER cut one
    name at its "and"; after "the", a name before "and" and a body's or site's name after it are one name."""
    if len(spans) < 2:
        return spans
    doc = spans[0].doc
    words, lowers = doc_words(doc), doc_lowers(doc)
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.start == prev.end + 1
            and lowers[prev.end] == "and"
            and prev.start > 0
            and lowers[prev.start - 1] == "the"
            and lowers[s.end - 1] in JOINED_HEADS
            and prev.label in (ORG, FAC, GPE, LOC, NORP, PERSON)
            and s.label in (ORG, FAC)
            and all(w[:1].isupper() for w in words[prev.start : prev.end])
            and not any(low in JOINED_HEADS for low in lowers[prev.start : prev.end])
        ):
            out[-1] = Span(doc, prev.start, s.end, label=s.label)
            continue
        out.append(s)
    return out


_LINE_DASHES = frozenset({"-", "\u2013", "\u2014"})
_OUTLET_LINK_WORDS = frozenset({"of", "and", "the", "&"})


def closing_outlet(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A page's last line that is only a short name ("Tulsa World", "- Star Tribune", "StokeonTrentLive") is the
    outlet that published it: an ORG, unless it is a person's name, a known place or a common word ("Advertisement")."""
    words = doc_words(doc)
    end = len(words)
    while end > 0 and (words[end - 1].isspace() or words[end - 1] == "."):
        end -= 1
    start = end
    while start > 0 and "\n" not in words[start - 1]:
        start -= 1
    if start == 0 or end == start:
        return spans  # one line, no page around it
    line_start = start
    while start < end and (words[start] in _LINE_DASHES or words[start].isspace() or words[start] == "The"):
        start += 1
    signed = any(w in _LINE_DASHES for w in words[line_start:start])  # "- Vanguard": a signature, not a stray word
    line = words[start:end]
    if not 1 <= len(line) <= 4 or line[0] == "By" or not line[0][:1].isalnum() or line[0][:1].islower():
        return spans
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _OUTLET_LINK_WORDS or w in POSSESSIVE for w in line) or not all(
        w.replace("&", "").isalnum() or w in POSSESSIVE for w in line
    ):
        return spans
    if len(line) == 1 and (lex.is_word(line[0]) or line[0].lower() in GENERIC_NAMES) and not signed:
        return spans  # "Advertisement", a wire's "Enditem"
    text = " ".join(line)
    inside = [s for s in spans if s.start < end and start < s.end]
    if any(s.start < start or s.end > end for s in inside):
        return spans  # a name reaching over the line's edge: not a line of its own
    if gazetteer.lookup_place(text) or any(s.label == PERSON and is_first_name(words[s.start]) for s in inside):
        return spans
    kept = [s for s in spans if s not in inside]
    return sorted([*kept, Span(doc, start, end, label="ORG")], key=lambda s: s.start)


_MASTHEAD_WORDS = frozenset({"daily", "morning", "evening", "sunday", "weekly"})


def mastheads(spans: list[Span]) -> list[Span]:
    """A newspaper's name the model read as a person or a place ("Hartford Courant", "Tyler Morning Telegraph",
    "Arizona Daily Sun") is an ORG: a paper's word last, after "Daily"/"Morning" or a place of the tables that is no
    first name ("Emily Post" stays a person)."""
    out: list[Span] = []
    for s in spans:
        if s.label in (PERSON, GPE, LOC, FAC) and 2 <= len(s) <= 5:
            words = doc_words(s.doc)[s.start : s.end]
            if words[-1].lower() in MASTHEAD_ENDS and words[-1][:1].isupper() and (
                any(w.lower() in _MASTHEAD_WORDS for w in words[1:-1])
                or (
                    not is_first_name(words[0])
                    and all(w[:1].isupper() for w in words)
                    and gazetteer.place_candidates(" ".join(words[:-1]))
                )
            ):
                s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


_SHOP_BEFORE = frozenset({"at", "outside", "inside", "from", "near", "to", "behind", "opposite"})
_SHOP_AFTER = frozenset({"on", "in", "at", "near", "and", "or", "for", "with", "where", "which", "said", "says", "has", "had", "is", "was", "will"})


def possessive_shops(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "at Gino's on South Terrace", "outside Casey's,": a one-word name with "'s" and no noun after it, after a
    preposition of place, is a shop or a pub (ORG), not its owner; a first name no place bears with "'s" and a noun
    after it is the owner ("at John's house"), whatever site the model made of it."""
    words, lowers = doc_words(doc), doc_lowers(doc)
    out: list[Span] = []
    for s in spans:
        k = s.end
        if (
            s.label == PERSON
            and len(s) == 1
            and s.start > 0
            and lowers[s.start - 1] in _SHOP_BEFORE
            and k + 1 < len(words)
            and words[k] in POSSESSIVE
            and (lowers[k + 1] in _SHOP_AFTER or not words[k + 1][:1].isalnum())
        ):
            s = Span(doc, s.start, k + 1, label="ORG")
        elif (
            s.label in (GPE, LOC, FAC)
            and len(s) == 1
            and k + 1 < len(words)
            and words[k] in POSSESSIVE
            and words[k + 1].isalpha()
            and words[k + 1].islower()
            and lowers[k + 1] not in _SHOP_AFTER
            and is_first_name(words[s.start])
            and not gazetteer.place_candidates(words[s.start])
            and gazetteer.fold(words[s.start]) not in gazetteer.world_areas()  # "Africa's second-most populous country"
        ):
            s = Span(doc, s.start, s.end, label="PERSON")  # "at John's house": the owner, not a site
        out.append(s)
    return out


# "New York State" and "Washington State" are the states (as often as the university), "the Golden State" California
_STATES_NAMED_STATE = frozenset({"New York", "Washington", "Golden"})


def state_universities(spans: list[Span]) -> list[Span]:
    """A US state or city before "State" names its university, an ORG ("Jacksonville State", "Murray State");
    Nigeria's "Kano State" and Myanmar's "Shan State" are states."""
    out = []
    for s in spans:
        if s.label_ in ("GPE", "LOC", "FAC") and 2 <= len(s) <= 4 and s[-1].text == "State":
            head = span_text(s)[: -len(" State")]
            # "Cook County State's Attorney" is the county's prosecutor
            possessive = s.end < len(s.doc) and doc_lowers(s.doc)[s.end] in ("'s", "\u2019s")
            place = None if head in _STATES_NAMED_STATE or possessive else gazetteer.lookup_place(head)
            if place is not None and place.country == "USA":
                s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


_CHINA_WORDS = ("China", "Chinese", "Beijing")


def camera_cctv(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "CCTV footage", "caught on CCTV": closed-circuit cameras, no broadcaster, in a story that does not name China
    (the ORG list's CCTV is China Central Television, and its CHN would count as the story's country)."""
    text = doc_text(doc)
    if "CCTV" not in text or any(w in text for w in _CHINA_WORDS):
        return spans
    words = doc_words(doc)
    return [s for s in spans if not (len(s) == 1 and words[s.start] == "CCTV")]
