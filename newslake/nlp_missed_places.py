"""Places and sites NER missed: after 'near'/'in', in lists of towns, before 'region' or a site noun."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import (
    big_city,
    place_cue,
    positions,
    sole_reading_countries,
    starts_sentence,
    title_word,
    words_text,
)
from newslake.nlp_common import GPE, LOC, Lexicon, doc_lowers, doc_words, overlay, span_text
from newslake.nlp_kinds import doc_text, token_positions
from newslake.nlp_words import (
    FAC_WORDS,
    FIRM_ROLES,
    FIRM_TITLES,
    HOME_VERBS,
    NAME_PARTICLES,
    NEAR_WORDS,
    POSSESSIVE,
    REGION_NOUNS,
    SPEECH_VERBS,
    STAFF_NOUNS,
)

_NEAR_CUES = NEAR_WORDS | {"in", "of"}
_NOT_TOWN_AFTER = STAFF_NOUNS | FIRM_ROLES | FIRM_TITLES | {"shares", "stock", "group", ":"}


def places_near(doc: Doc, taken: set[int]) -> list[Span]:
    """Known places NER missed: after "near"/"the mayor of" ("Near Rawah, ...") or before "region"/"province"."""
    out: list[Span] = []
    for i in positions(doc, _NEAR_CUES):  # every other token fails the cue test below
        start = i + 1
        if start >= len(doc) or start in taken or not doc[start].is_title:
            continue  # the word after first: most cues ("in the") open no name
        tok = doc[i]
        home = tok.lower_ == "in" and tok.i > 0 and tok.nbor(-1).lower_ in HOME_VERBS  # "who lives in Bath"
        weak = tok.lower_ == "in" and not home  # only a city of several words: "in Ciudad del Este", not "in May"
        if not (weak or home or place_cue(tok)):
            continue
        end = start
        while end < len(doc) and end - start < 4 and end not in taken and _name_part(doc[end]):
            end += 1
        while end > start and not doc[end - 1].is_title:
            end -= 1
        for stop in range(end, start, -1):  # longest known name first; a small town only as the whole name
            text = words_text(doc, start, stop)
            if weak:
                if stop - start > 1 and big_city(text):
                    out.append(Span(doc, start, stop, label="GPE"))
                    taken.update(range(start, stop))
                    break
                continue
            if (
                gazetteer.place_candidates(text)
                or (stop - start > 1 and gazetteer.lookup_place_variant(text))
                or (stop == end and gazetteer.is_town(text))
            ):
                out.append(Span(doc, start, stop, label="GPE"))
                taken.update(range(start, stop))
                break
    for i in token_positions(doc, REGION_NOUNS):  # "the Lombardy region", "Idlib province"
        tok = doc[i]
        if tok.i in taken:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and start - 1 not in taken and title_word(doc[start - 1]):
            start -= 1
        for first in range(start, tok.i):  # longest known name first
            if gazetteer.place_candidates(words_text(doc, first, tok.i)):
                out.append(Span(doc, first, tok.i, label="GPE"))
                taken.update(range(first, tok.i))
                break
    return out


def coordinated_missed(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """A known place NER missed next to a GPE across "and"/"or" ("Sabah and Sarawak") is a GPE."""
    out: list[Span] = []
    for s in spans:
        if s.label != GPE:
            continue
        for link, i in ((s.end, s.end + 1), (s.start - 1, s.start - 2)):
            if not (0 <= i < len(doc) and 0 <= link < len(doc)) or doc_lowers(doc)[link] not in ("and", "or"):
                continue
            tok = doc[i]
            if i in taken or not tok.is_title or tok.is_stop or not gazetteer.place_candidates(tok.text):
                continue
            if gazetteer.lookup_org(tok.text) or gazetteer.lookup_demonym(tok.text):
                continue
            out.append(Span(doc, i, i + 1, label="GPE"))
            taken.add(i)
    return out


def _name_part(tok: Token) -> bool:
    return tok.is_title or tok.lower_ in NAME_PARTICLES or (tok.text == "-" and tok.whitespace_ == "")


def missed_sites(doc: Doc, taken: set[int], lex: Lexicon) -> list[Span]:
    """A site NER missed: capitalised words ending in a site noun ("the Ibn Batouta Stadium", "Dunedin Town Hall")."""
    out: list[Span] = []
    for i in positions(doc, FAC_WORDS):
        if i in taken or not doc[i].is_title or i == 0:
            continue
        start = i
        while start > 0 and i - start < 4 and start - 1 not in taken and title_word(doc[start - 1]):
            start -= 1
        words = doc[start:i]
        if not words or starts_sentence(words[0]) and len(words) == 1:
            continue
        if all(lex.is_noun(t.lower_) or t.is_stop for t in words) or gazetteer.lookup_org(doc[start : i + 1].text):
            continue  # "the City Hall", "the Town Square": no name in it
        out.append(Span(doc, start, i + 1, label="FAC"))
        taken.update(range(start, i + 1))
    return out


def listed_towns_missed(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """Untagged towns listed with a town after "in" ("in Malolos, Calumpit and Hagonoy") are towns too."""
    out: list[Span] = []
    for s in spans:
        if s.label != GPE or s.start < 2 or doc_lowers(doc)[s.start - 1] not in ("in", "near", "from"):
            continue
        if starts_sentence(doc[s.start - 1]):
            continue  # "In Lagos, Okafor and Bello were held": a clause opens after the comma
        found: list[Span] = []
        i, closed = s.end, False
        while i + 1 < len(doc) and doc[i].text in (",", "and", "or") and not closed:
            closed = doc[i].text != ","
            j = i + 1
            end = j + 2 if j + 1 < len(doc) and title_word(doc[j + 1]) and j + 1 not in taken else j + 1
            name = doc[j:end]
            if taken.intersection(range(j, end)) or not all(title_word(t) for t in name):
                break
            if end < len(doc) and (title_word(doc[end]) or doc[end].lower_ in SPEECH_VERBS or doc[end].text in POSSESSIVE):
                break  # a longer name, or someone who speaks
            if not _listed_town(name.text):
                break
            found.append(Span(doc, j, end, label="GPE"))
            i = end
        if closed and found and found[-1].end == i and doc[found[-1].start - 1].lower_ in ("and", "or"):
            out.extend(found)
            taken.update(t for f in found for t in range(f.start, f.end))
    return out


_IN_TOWN_CUES = frozenset({"in", "near"})


def towns_after_in(doc: Doc, spans: list[Span], taken: set[int], lex: Lexicon) -> list[Span]:
    """A one-word town NER missed after "in"/"near" ("processors in Peterhead") that lies in a country the doc names
    by a region or a name with no namesake; no common noun, first name, firm or people."""
    places = {span_text(s) for s in spans if s.label in (GPE, LOC)}
    countries = {c.country for t in places for c in gazetteer.place_candidates(t)[:1] if c.kind != "city"}
    countries |= sole_reading_countries(places)
    if not countries:
        return []
    out: list[Span] = []
    for i in positions(doc, _IN_TOWN_CUES):
        j = i + 1
        if j >= len(doc) or j in taken or not (doc[j].is_title and doc[j].is_alpha) or doc[j].is_stop:
            continue
        if j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].text in POSSESSIVE):
            continue  # a longer name, or someone's
        word = doc[j].text
        if doc[j].lower_ in lex.nouns or is_first_name(word) or gazetteer.lookup_org(word) or gazetteer.lookup_demonym(word):
            continue
        if any(p.country in countries for p in gazetteer.towns(word, newer=False) + gazetteer.place_candidates(word)):
            out.append(Span(doc, j, j + 1, label="GPE"))
            taken.add(j)
    return out


def _listed_town(text: str) -> bool:
    """A known town that is no organisation, people or first name."""
    return (
        (bool(gazetteer.place_candidates(text)) or gazetteer.is_town(text))
        and not gazetteer.lookup_org(text)
        and not gazetteer.lookup_demonym(text)
        and not is_first_name(text.split()[0])
    )


def repeated_places(doc: Doc, spans: list[Span], taken: set[int], lex: Lexicon) -> list[Span]:
    """A known place or town the doc tags GPE or LOC is that place where it recurs untagged and stands alone: the
    headline's "ram-raid on Rotorua dairy" after "Rotorua police" below, a caption, a list line ("- Oughterard
    junction: at design stage")."""
    words = doc_words(doc)
    labels = {tuple(words[s.start : s.end]): s.label_ for s in spans if s.label in (GPE, LOC) and len(s) <= 3}
    text = doc_text(doc)
    labels = {n: label for n, label in labels.items() if text.count(n[0]) > 1}  # most names occur once: no scan
    if not labels:
        return []
    # a name the doc also tags otherwise is in doubt ("Orange" the firm, "Batman" the hero): left as it is
    doubt = {tuple(words[s.start : s.end]) for s in spans if s.label not in (GPE, LOC)}
    names = {
        n
        for n in labels.keys() - doubt
        if n[0][:1].isupper()
        and (gazetteer.lookup_place(name := " ".join(n)) or (gazetteer.is_town(name) and not _common_word(n, lex)))
        and not gazetteer.lookup_org(name)
    }
    if not names:
        return []
    lowers = doc_lowers(doc)
    starts = token_positions(doc, frozenset(n[0] for n in names))
    # "Santos shares fell", "Orange chief executive", "Batman: Arkham VR": a firm or a title somewhere, no town
    names -= {
        n
        for i in starts
        for n in names
        if tuple(words[i : i + len(n)]) == n and i + len(n) < len(words) and lowers[i + len(n)] in _NOT_TOWN_AFTER
    }
    out: list[Span] = []
    for i in starts:
        for n in names:
            end = i + len(n)
            if tuple(words[i:end]) != n or taken.intersection(range(i, end)):
                continue
            before = words[i - 1] if i > 0 else ""
            after = words[end] if end < len(words) else ""
            if (before[:1].isupper() and not starts_sentence(doc[i])) or after[:1].isupper():
                continue  # part of a longer name: "Lake Rotorua", "Rotorua Lakes Council"
            if "-" in (before, after) and gazetteer.generic_place_name(" ".join(n)):
                continue  # "South Shore-St. Margarets": a riding named after the region, not the region
            if before == "of" and i > 1 and words[i - 2] in _BODY_OF:
                continue  # "the District of Lunenburg", "University of Canterbury": a body's name ("Topal of Comrat" is not)
            out.append(Span(doc, i, end, label=labels[n]))
            taken.update(range(i, end))
    return out


# a body "of" a place: its name, not the place ("the Municipality of Livorno" is the town, so it is not here)
_BODY_OF = frozenset({"District", "University", "Bank", "Diocese", "Archdiocese", "Council", "Chamber", "College"})


def _common_word(name: tuple[str, ...], lex: Lexicon) -> bool:
    """A one-word town name that is an English word too ("Wise", "Reading"): a town only where the doc says so."""
    return len(name) == 1 and lex.is_word(name[0])


# "the A361", "the M6", "the N59" (UK, Irish, South African national roads), "State Route 303", "Interstate 95"
_CODE_ROAD_RE = re.compile(r"\bthe ([AMN]\d{1,4}(?:\(M\))?)(?![\w-])")
_NAMED_ROAD_RE = re.compile(r"(?<![\w-])(?:(?:State|U\.S\.|US|County) )?(?:Route|Highway|Interstate) \d{1,4}(?![\w-])")
_NOT_ROAD_CODE = re.compile(r"A3\d\d|N95|M[1-4]")  # an Airbus, a mask, a chip or a carbine as often as a road
_NOT_ROAD_AFTER = frozenset(
    ["chip", "chips", "processor", "processors", "aircraft", "jet", "jets", "plane", "planes", "airliner", "superjumbo", "mask", "masks", "respirator", "respirators", "rifle", "rifles", "carbine", "tank", "tanks", "paper", "sheet", "grade", "grades", "visa", "visas", "engine", "engines"]
)


def road_numbers(doc: Doc, spans: list[Span]) -> list[Span]:
    """Numbered roads are facilities, whatever the model made of them ("N59" an ORG, "State Route" an ORG); a code the
    model made a facility that names a jet, a mask or a chip is none ("the A380 was grounded")."""
    text = doc_text(doc)
    spans = [_code_not_road(s) if s.label_ == "FAC" and len(s) == 1 else s for s in spans]
    matches = [(m.start(1), m.end(1)) for m in _CODE_ROAD_RE.finditer(text) if not _NOT_ROAD_CODE.fullmatch(m.group(1))]
    if "Route " in text or "Highway " in text or "Interstate " in text:  # the slower pattern only where it can match
        matches += [m.span() for m in _NAMED_ROAD_RE.finditer(text)]
    if not matches:
        return spans
    roads: list[Span] = []
    lowers = doc_lowers(doc)
    for start, end in matches:
        road = doc.char_span(start, end)
        if road is None or (road.end < len(doc) and lowers[road.end] in _NOT_ROAD_AFTER):
            continue
        roads.append(Span(doc, road.start, road.end, label="FAC"))
    return overlay(spans, roads) if roads else spans


def _code_not_road(span: Span) -> Span:
    """A road-shaped code that names a thing ("A380", "N95", "M4 chip") is a PRODUCT, not a FAC."""
    word = span_text(span)
    if not _ROAD_SHAPED.fullmatch(word):
        return span
    lowers = doc_lowers(span.doc)
    after = lowers[span.end] if span.end < len(lowers) else ""
    travelled = span.start >= 2 and lowers[span.start - 2] in _ALONG_WORDS  # "traffic on the M4" is the motorway
    if after in _NOT_ROAD_AFTER or (_THING_CODE.fullmatch(word) and not travelled):
        return Span(span.doc, span.start, span.end, label="PRODUCT")
    return span


_ROAD_SHAPED = re.compile(r"[AMN]\d{1,4}")
_THING_CODE = re.compile(r"A3[1-8]0|N95")  # an Airbus or a mask; "M1" is a motorway or a metro line as often as a chip
_ALONG_WORDS = frozenset({"on", "along", "up", "down", "off", "onto", "via", "near", "from", "to", "into", "across", "at", "and", "of"})
