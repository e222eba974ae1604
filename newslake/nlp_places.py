"""Places in context: coordinated and cued places, landforms, shires, saints, regions after a town."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import (
    ORG_OR_FIRM,
    firm_or_club_word,
    known_place,
    known_span_name,
    major_place,
    person_name_words,
    plain_name,
    unknown_word,
)
from newslake.nlp_common import (
    DATE,
    FAC,
    GPE,
    LOC,
    NORP,
    ORG,
    PERSON,
    PRODUCT,
    TIME,
    Lexicon,
    doc_lowers,
    doc_text,
    doc_words,
    lower_words,
    span_text,
    spoken_or_owned,
)
from newslake.nlp_relabel import club_name, local_place
from newslake.nlp_splits import split_seat
from newslake.nlp_words import (
    AREA_PREFIXES,
    FAC_AFTER,
    HELD_IN,
    OUTLET_NOUNS,
    POSSESSIVE,
    RESIDENT_OF,
    SCHOOL_HEADS,
    SITE_HEADS,
    SITE_KINDS,
    SPEECH_VERBS,
)


def region_after_town(spans: list[Span]) -> list[Span]:
    """ "Ashbourne, Derbyshire," / "Cupertino, California.": the name between commas after a town is its region."""
    in_names = person_name_words(spans)
    out: list[Span] = []
    for s in spans:
        doc = s.doc
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == GPE
            and s.start == prev.end + 1
            and doc[prev.end].text == ","
            and s.label in (PERSON, ORG)
            and len(s) == 1
            and s[0].is_title
            and s.end < len(doc)
            and doc[s.end].text in (",", ".")
            and span_text(s) not in in_names
            and not gazetteer.lookup_org(span_text(s))
        ):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def sites_after_the(spans: list[Span]) -> list[Span]:
    """A one-word "PERSON" after "the" ("the Uffizi will reopen") is a site: people take no article."""
    in_names = person_name_words(spans)
    out: list[Span] = []
    for s in spans:
        doc = s.doc
        if (
            len(s) == 1
            and s.start > 0
            and s.label == PERSON
            and doc[s.start - 1].lower_ == "the"
            and not span_text(s).endswith("s")
            and span_text(s) not in in_names
            and (s.end == len(doc) or doc[s.end].is_stop or doc[s.end].is_punct)
        ):
            s = Span(doc, s.start, s.end, label="GPE" if gazetteer.place_candidates(span_text(s)) else "FAC")
        out.append(s)
    return out


def coordinated_places(spans: list[Span]) -> list[Span]:
    """A known place name next to a GPE across "and"/","/"or" ("Sindh and Balochistan") is a GPE too."""
    out = list(spans)
    for i, s in enumerate(out):
        # the name's own tests only beside a GPE or LOC: the loop below needs one
        near = any(0 <= j < len(out) and out[j].label in (GPE, LOC, FAC) for j in (i - 1, i + 1))
        known = near and s.label in (ORG, PERSON, PRODUCT, NORP) and (known_place(s) or _place_slot(s))
        # weaker: a town ("Idlib and Saraqib") or an unknown word after "in X and" ("in Izmail and Chornomorsk")
        town = near and s.label in (ORG, PRODUCT) and len(s) == 1 and gazetteer.is_town(span_text(s))
        slot = near and s.label in (ORG, PERSON) and (unknown_word(s) or _unnamed_pair(s))
        for j in (i - 1, i + 1) if known or town or slot else ():
            if not (0 <= j < len(out)):
                continue
            lo, hi = (out[j].end, s.start) if j < i else (s.end, out[j].start)
            linked = s.doc[lo].lower_ in ("and", "or")
            # "between Wairoa (FAC) and Napier", "from Verona Island (LOC) and Prospect": a place slot holds both
            slotted = linked and j < i and _after_in(out[j])
            if out[j].label == GPE or (out[j].label == LOC and (known or slotted)) or (out[j].label == FAC and slotted):
                if out[j].label == LOC and not linked:
                    continue  # "Bucharest and Cluj-Napoca", not "the Middle East Branch, ODE"
                if not (known or (town and linked) or slotted):
                    continue
                gap = lower_words(s.doc, lo, hi)
                nearby = any(w in _NEARBY for w in gap)  # "Cathays and nearby Roath": one word more
                if 0 < len(gap) <= 2 + nearby and all(w in _PLAIN_LINKS or w in _NEARBY for w in gap):
                    out[i] = Span(s.doc, s.start, s.end, label=GPE)
                    break
        if out[i].label == GPE or s.label not in (PERSON, ORG) or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        if (
            nxt.label == GPE
            and nxt.start == s.end + 1
            and s.doc[s.end].text == ","
            and ((after := s.doc[nxt.end].text if nxt.end < len(s.doc) else "") == "" or after in ".;:)" or after == "\n")
            and gazetteer.fold(span_text(nxt)) in gazetteer.countries()
        ):
            out[i] = Span(s.doc, s.start, s.end, label="GPE")  # "Raqqah, Syria"
    return out


def _unnamed_pair(span: Span) -> bool:
    """Two capitalised words, the first no known first name ("in Sparkbrook and Saltley Green", not "... and Marco Rubio")."""
    return (
        len(span) == 2
        and all(t.is_title and t.is_alpha for t in span)
        and not is_first_name(span[0].text)
        and not any(t.lower_ in ORG_OR_FIRM for t in span)
        and not known_span_name(span)
    )


def _place_slot(span: Span) -> bool:
    """One unknown word after "near"/"in" ("near Nabatieh and Tyre"): a place if coordinated with a GPE."""
    return unknown_word(span) and _after_in(span)


_PLAIN_LINKS = frozenset({",", "and", "or"})
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})


def _after_in(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("near", "in", "between", "from")


def site_before(span: Span, lex: Lexicon) -> bool:
    """True before "gas plant" / "power station" / "field" when the name is no known organisation, place or word."""
    doc = span.doc
    words = doc_words(doc)  # list reads: no Token per name (a Token's is_lower is its text's islower())
    if span.label not in (PERSON, ORG, GPE, LOC) or span.end >= len(words) or not words[span.end].islower():
        return False
    if span.label == ORG and lex.is_noun(span_text(span)):
        return False  # "the Shell gas plant": a firm named by a word
    lowers = doc_lowers(doc)
    first = lowers[span.end]  # the words after by index, no Span slice
    kind = first in SITE_KINDS and span.end + 1 < len(lowers) and lowers[span.end + 1] in SITE_HEADS
    if not kind and first not in FAC_AFTER:
        return False
    text = span_text(span)
    return not gazetteer.lookup_org(text) and not gazetteer.place_candidates(text) and not gazetteer.is_town(text)


def local_places_throughout(spans: list[Span]) -> list[Span]:
    """A name one mention shows to be a local place ("the Likoni crossing") is a place at every mention."""
    spans = [part for s in spans for part in split_seat(s)]
    names = {span_text(s) for s in spans if s.label in (PERSON, ORG, NORP) and local_place(s)}
    if not names:
        return spans  # most docs: no span text to build again
    return [
        Span(s.doc, s.start, s.end, label="GPE") if s.label in (PERSON, ORG, NORP) and span_text(s) in names else s
        for s in spans
    ]


_IN_PLACE = frozenset({"in", "near", "outside"})


def placed_names_throughout(spans: list[Span]) -> list[Span]:
    """A name of two words or more the doc tags a place after "in"/"near" is a place where the model made it a
    person: "a JoJo tank in Orlando West" ... "- Soweto: Orlando West, Pimville" (no one is "in" a person)."""
    people = {span_text(s) for s in spans if s.label == PERSON and len(s) > 1}
    if not people:
        return spans
    lowers = doc_lowers(spans[0].doc)
    places = {
        text
        for s in spans
        if s.label == GPE and len(s) > 1 and s.start > 0 and lowers[s.start - 1] in _IN_PLACE and (text := span_text(s)) in people
    }
    if not places:
        return spans
    return [Span(s.doc, s.start, s.end, label="GPE") if s.label == PERSON and span_text(s) in places else s for s in spans]


def area_names_throughout(spans: list[Span]) -> list[Span]:
    """A name the doc writes as a county ("Co Kerry", "County Clare") is that place when bare too: "Kerry" alone is
    no person (a longer name holding it, "Kerry Group", is left alone)."""
    areas = {
        s[1:].text
        for s in spans
        if s.label in (GPE, LOC) and len(s) > 1 and s[0].text in AREA_PREFIXES and s[1].is_title
    }
    if not areas:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="GPE") if s.label in (PERSON, ORG) and span_text(s) in areas else s
        for s in spans
    ]


# English town names joined by a lower-case link: "Stoke-on-Trent", "Appleby-in-Westmorland", "Berwick-upon-Tweed"
_TOWN_FORM = re.compile(r"[A-Z][a-z]+(?:-(?:on|upon|in|under|next|by|le)(?:-the)?-[A-Z][a-z]+)+")


def english_town_form(span: Span) -> bool:
    """A name of the English town form, tagged a person or an organisation, is a place."""
    return span.label in (PERSON, ORG, NORP) and bool(_TOWN_FORM.fullmatch(span_text(span)))


# words right before a name that put it on a map ("off Zahrani", "around Bibiani"), and the singular nouns of a
# local administrative area after it ("Marakkara panchayat", "Rufiji district")
_PLACE_CUES = frozenset({"in", "near", "outside", "around", "off"})
_AREA_NOUNS = frozenset(
    {
        "district", "province", "region", "municipality", "village", "town", "county", "governorate", "prefecture",
        "oblast", "panchayat", "commune", "department", "canton", "township", "borough", "parish", "subdistrict",
        "regency",
    }
)


def _cued_place(span: Span, lex: Lexicon) -> bool:
    """One or two capitalised words no list knows as a firm or people, after "in"/"off"/"around" or before
    "district": a place ("a shopkeeper in Chamchamal", "off Zahrani", "Marakkara panchayat")."""
    texts = doc_words(span.doc)  # list reads, no Token: is_title / is_alpha are the text's istitle() / isalpha()
    words = [w for w in texts[span.start : span.end] if w != "-"]  # "Sainte-Soline" is one name of two words
    if len(words) > 2 or not all(w.istitle() and w.isalpha() for w in words) or not _place_cue_around(span):
        return False  # the cheap word checks first: this runs on every name of every doc
    if is_first_name(texts[span.start]) or firm_or_club_word(span) or words[-1] in SCHOOL_HEADS:
        return False  # "outside Kinlochewe Primary": a school
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if len(span) == 1 and lex.is_noun(text) and not gazetteer.place_candidates(text):
        return False  # "lawmakers in Congress": an institution, not a place
    return not (gazetteer.lookup_org(text) or gazetteer.lookup_demonym(text))


def _place_cue_around(span: Span) -> bool:
    """True when the words around a name put it on a map (see `_cued_place`)."""
    doc = span.doc
    words, lowers = doc_words(doc), doc_lowers(doc)  # list reads, no Token: is_lower etc. are the text's islower()
    nxt = words[span.end] if span.end < len(words) else None
    if nxt is not None and nxt.islower() and lowers[span.end] in _AREA_NOUNS:
        return True
    if nxt is not None and (nxt.istitle() or lowers[span.end] in SPEECH_VERBS or nxt in POSSESSIVE):
        return False
    if _place_cue_before(doc, span.start) or _based_in(span):
        return True
    # the second of two names after the cue: "around Sefwi Wiawso and Bibiani"
    i = span.start - 2
    if i < 1 or lowers[i + 1] not in ("and", "or"):
        return _listed_after_cue(span)
    first = i
    while first > i - 2 and first >= 0 and words[first].istitle() and words[first].isalpha():
        first -= 1
    return (first < i and _place_cue_before(doc, first + 1)) or _listed_after_cue(span)


def _listed_after_cue(span: Span, reach: int = 10) -> bool:
    """True for a name inside a comma list of names after a lower-case "in"/"near"/"around": "in Câmpina, Breaza,
    Comarnic and villages" (not "In Kyiv, Zelensky met": a clause, no list)."""
    words, lowers = doc_words(span.doc), doc_lowers(span.doc)  # list reads, no Token (is_title is istitle() etc.)
    nxt = lowers[span.end] if span.end < len(words) else ""
    before = lowers[span.start - 1] if span.start >= 3 else ""
    if before not in (",", "and", "or") or (before == "," and nxt not in (",", "and", "or")):
        return False
    i = span.start - 2
    if words[i] == ",":
        i -= 1  # "Mityana, Kakumiro, and Bukwo"
    while i >= 0 and span.start - i <= reach and (words[i].istitle() and words[i].isalpha() or words[i] == ","):
        i -= 1
    return i >= 0 and words[i].islower() and lowers[i] in _PLACE_CUES and words[i + 1].istitle()


def _place_cue_before(doc: Doc, start: int) -> bool:
    """True when the words before token `start` put a name on a map: "in", "off", "around", "residents of"."""
    prev = doc_lowers(doc)[max(start - 2, 0) : start]  # a list slice: no Span or Token made
    if len(prev) == 2 and prev[1] == "of" and prev[0] in RESIDENT_OF:
        return True  # "residents of Chamchamal"
    if len(prev) == 2 and prev[1] == "at" and prev[0] in _AT_SITE:
        return True  # "the border at Kasumbalesa", "clashes at Sainte-Soline"
    return bool(prev) and prev[-1] in _PLACE_CUES and not (len(prev) == 2 and prev[0] in HELD_IN)


# what lies or happens at a place, not at a firm: "the dam at X", "clashes at X" (unlike "analysts at X")
_AT_SITE = frozenset(
    {
        "border", "dam", "mine", "camp", "crossing", "checkpoint", "depot", "bridge", "port", "landing",
        "clashes", "protests", "protest", "fighting", "battle", "massacre", "landslide", "flooding", "rally",
        "arrived", "landed", "docked", "stationed", "buried", "born", "crossed", "stranded",
        "terminal", "hospital", "refinery", "smelter", "prison", "airbase", "garrison", "barracks",
    }
)


def _based_in(span: Span) -> bool:
    """True for "Kasulo-based": only a place is something based."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def cued_places_throughout(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name one mention puts on a map (see `_cued_place`) is a place at every mention that is no part of a
    longer person's name: "samples taken at Tha Ton" after "a grower in Tha Ton"."""
    texts = [span_text(s) for s in spans]  # built once: spaCy joins the tokens again at every access
    targets = {t for s, t in zip(spans, texts) if s.label in (PERSON, ORG, NORP, PRODUCT)}
    names = {
        t
        for s, t in zip(spans, texts)
        if t in targets and s.label in (PERSON, ORG, NORP, GPE, LOC) and _cued_place(s, lex)
    }
    if not names:
        return spans
    in_names = person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if t in names and s.label in (PERSON, ORG, NORP, PRODUCT) and t not in in_names
        else s
        for s, t in zip(spans, texts)
    ]


_LANDFORM_LEADS = frozenset({"Mount", "Mt", "Mt.", "Lake", "Volcano", "Cerro", "Monte", "Lago", "Gunung", "Bukit"})
_THE = frozenset({"the", "The"})
_MOUNT_LEADS = frozenset({"Mount", "Mt", "Mt.", "Volcano", "Gunung"})  # inside a name too: towns are called "Lake X"


def landforms_throughout(spans: list[Span]) -> list[Span]:
    """A name right after "Mount"/"Lake" is that landform ("Mount Kanlaon erupted", the model: "Kanlaon" PERSON),
    and so is the bare name elsewhere in the doc ("Kanlaon's swelling"); after "X River", "the X" is the river."""
    out, names, rivers = list(spans), set(), set()
    words = doc_words(spans[0].doc) if spans else []  # list reads: no Token per name
    for k, s in enumerate(spans):
        doc = s.doc
        if len(s) == 2 and words[s.start + 1] == "River" and s.label in (LOC, GPE, FAC) and s[0].is_title:
            rivers.add(words[s.start])  # "Boston's Charles River" ... "swimming in the Charles"
            continue
        if len(s) == 2 and words[s.start] in _MOUNT_LEADS and s[1].is_title and s.label in (PERSON, GPE, LOC):
            # the NER took the lead in: "Mount Kanlaon" is one name, the bare "Kanlaon" later is the mountain too
            if s.label == PERSON:
                out[k] = Span(doc, s.start, s.end, label="LOC")
            names.add(words[s.start + 1])
            continue
        lead = s.start - 1
        if lead < 0 or words[lead] not in _LANDFORM_LEADS or s.label not in (PERSON, ORG, NORP, GPE):
            continue
        if k > 0 and spans[k - 1].end > lead:
            continue  # the lead word belongs to the name before
        if len(s) <= 2 and all(t.is_title for t in s):
            out[k] = Span(doc, lead, s.end, label="LOC")
            names.add(span_text(s))
    if not names and not rivers:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="LOC")
        if s.label in (PERSON, ORG, NORP)
        and (span_text(s) in names or len(s) == 1 and words[s.start] in rivers and s.start and words[s.start - 1] in _THE)
        else s
        for s in out
    ]


def places_not_dates(spans: list[Span]) -> list[Span]:
    """A province or a city of 100,000 people the model took for a date is a place: "south of Winnipeg"."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label in (DATE, TIME) and s[0].is_title and not any(t.like_num for t in s) and major_place(span_text(s))
        else s
        for s in spans
    ]


def shire_places(spans: list[Span]) -> list[Span]:
    """An Australian or English shire is a local government area, a place: "Hinchinbrook Shire" (never a person)."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label in (PERSON, ORG) and len(s) > 1 and s[-1].text == "Shire"
        else s
        for s in spans
    ]


_PLACE_SLOT_WORDS = frozenset({"in", "near", "outside", "off", "between", "at"})


def unknown_orgs_in_place_slots(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A one-word name no list knows, typed ORG, is a place after "in"/"near" (if no common noun: not "in
    Congress") or in "Jo Lee, 52, of X": "the co-operative in Toome", "Graeme McAllister, 52, of Scone"."""
    out = []
    for s in spans:
        doc, i = s.doc, s.start
        if (
            s.label == ORG
            and len(s) == 1
            and s[0].is_title
            and s[0].is_alpha
            and i > 1
            and plain_name(s)
            and not (s.end < len(doc) and doc[s.end].lower_ in OUTLET_NOUNS)  # "in Maxim magazine"
            and (
                (doc[i - 1].lower_ in _PLACE_SLOT_WORDS and doc[i - 2].lower_ not in HELD_IN and not lex.is_noun(span_text(s)))
                or (i > 3 and doc[i - 1].lower_ == "of" and doc[i - 2].text == "," and doc[i - 3].like_num)
            )
        ) or (s.label == ORG and _town_in_place_slot(s, lex)):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


_TOWN_SLOT_WORDS = _PLACE_SLOT_WORDS | {"to", "from", "of", "via"}
_TOWN_WORD_SLOTS = frozenset({"in", "near", "outside"})


def _town_in_place_slot(span: Span, lex: Lexicon) -> bool:
    """An ORG span that is a town of the shipped index after "to"/"of"/"in", with no organisation's word, is the town:
    "drops down to Canazei", "the flooding of Castel Bolognese" (the caller has checked the label)."""
    doc, i = span.doc, span.start
    if not 1 <= len(span) <= 3 or i == 0 or span[0].lower_ == "the":
        return False
    # one word after "to"/"of"/"at" is as often a firm or a club ("shares of Roche", "joined Chelsea")
    if doc[i - 1].lower_ not in (_TOWN_SLOT_WORDS if len(span) > 1 else _TOWN_WORD_SLOTS):
        return False
    if not all(t.is_title and t.is_alpha for t in span) or (span.end < len(doc) and doc[span.end].lower_ in OUTLET_NOUNS):
        return False
    text = span_text(span)
    if len(span) == 1 and lex.is_noun(text):
        return False
    return gazetteer.is_town(text) and not gazetteer.lookup_org(text) and not club_name(span)


def unknown_cities(spans: list[Span]) -> list[Span]:
    """ "Bogo City" is a city even where it heads an organisation's name elsewhere: "X City" is a place unless X is a
    big place (then it may be a club: "Manchester City"), a club or a known organisation."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label in (ORG, PERSON)
        and 2 <= len(s) <= 3
        and s[-1].text == "City"
        and all(t.is_title and t.is_alpha for t in s)
        and not major_place(s[:-1].text)
        and not gazetteer.lookup_org(span_text(s))
        and not club_name(s)
        else s
        for s in spans
    ]


_PRODUCT_PLACE_CUES = frozenset({"in", "near", "from", "at", "outside", "to"})


def towns_not_products(spans: list[Span]) -> list[Span]:
    """A one-word PRODUCT the gazetteer knows as a place is that place after "near"/"from"/"in": "stabled near
    Kelso", "buses from Killarney" (not "Space Shuttle Atlantis")."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label == PRODUCT
        and len(s) == 1
        and s.start > 0
        and s.doc[s.start - 1].lower_ in _PRODUCT_PLACE_CUES
        and s[0].is_title
        and s[0].is_alpha
        and (gazetteer.place_candidates(span_text(s)) or gazetteer.is_town(span_text(s)))
        else s
        for s in spans
    ]


def saint_places(spans: list[Span]) -> list[Span]:
    """ "St Marys", "St. Adolphe": a name opening with "St" is a place (a suburb, a parish), never a living person."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label == PERSON and len(s) == 2 and s[0].text in ("St", "St.") and s[1].is_title
        else s
        for s in spans
    ]


def state_codes_after_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Sioux Falls, SD": a state's postal code after a place of that state and a comma is the state (GPE), whatever
    NER made of it ("SD" typed ORG, or nothing); "Perth, WA" is left."""
    codes = gazetteer.us_state_codes()
    found = {
        s.end + 1
        for s in spans
        if s.label == GPE
        and s.end + 1 < len(doc)
        and doc[s.end].text == ","
        and (state := codes.get(doc[s.end + 1].text))
        and gazetteer.place_in_state(span_text(s), state.code or "")
    }
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start <= i < s.end for i in found)]
    kept.extend(Span(doc, i, i + 1, label="GPE") for i in found)
    return sorted(kept, key=lambda s: s.start)


COUNTY_WORDS = frozenset({"county", "counties", "parish", "parishes"})


def county_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """US counties named without their word are places: "Cook, DuPage, Kane and Will counties" (typed ORG, or not
    tagged), "Terrebonne parish officials", and "Loudoun" after "Loudoun County" (typed PERSON)."""
    words, lowers = doc_words(doc), doc_lowers(doc)
    named = {
        gazetteer.fold(" ".join(words[s.start : s.end - 1]))
        for s in spans
        if s.label == GPE and len(s) > 1 and words[s.end - 1] in ("County", "Parish")
    }
    ends = {s.end: s for s in spans}
    listed: set[tuple[int, int]] = set()  # the names before a lower-case county word, and the names listed with them
    for i, low in enumerate(lowers):
        if low not in COUNTY_WORDS or words[i] != low:
            continue
        end = i
        while (bounds := _county_before(doc, end, ends, low)) is not None:
            listed.add(bounds)
            j = bounds[0] - 1  # back over ", " / " and " to the name before
            if j >= 0 and lowers[j] in ("and", "or"):
                j -= 1
            if j >= 0 and words[j] == ",":
                j -= 1
            end = j + 1 if j + 1 < bounds[0] else -1
    if not listed and not named:
        return spans
    people = {s[-1].text for s in spans if s.label == PERSON and len(s) > 1}
    out = [
        Span(doc, s.start, s.end, label="GPE")
        if s.label in (PERSON, ORG, LOC, NORP)
        and (
            (s.start, s.end) in listed
            or (gazetteer.fold(span_text(s)) in named and not (s.label == PERSON and _personal(s, people)))
        )
        else s
        for s in spans
    ]
    have = {(s.start, s.end) for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out.extend(Span(doc, a, b, label="GPE") for a, b in listed if (a, b) not in have and not taken & set(range(a, b)))
    return sorted(out, key=lambda s: s.start)


def _county_before(doc: Doc, end: int, ends: dict[int, Span], word: str) -> tuple[int, int] | None:
    """(start, end) of the tagged span, or the one title-case word, ending at `end` that names a US county before the
    county word `word`."""
    span = ends.get(end)
    bounds = (span.start, span.end) if span is not None else (end - 1, end)
    if bounds[0] < 0 or (span is None and not doc[end - 1].is_title):
        return None
    return bounds if gazetteer.us_county(doc[bounds[0] : bounds[1]].text, word) else None


def _personal(span: Span, people: set[str]) -> bool:
    """A first name, the surname of a person the article names in full, or a speaker ("Jackson said")."""
    text = span_text(span)
    return is_first_name(text) or text in people or spoken_or_owned(span)


PARTY_LETTER = r"(?:, |\()[DRI]-"  # a US legislator's party before the home town or state: ", D-" / "(R-"
_PARTY_TOWN = re.compile(PARTY_LETTER + r"((?:[A-Z][\w.'’]*)(?: [A-Z][\w.'’]*){0,2})(?=[,)])")


def party_home_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """A US legislator's home town after the party letter is a place: "Rep. Emerson Levy, D-Bend," and
    "(R-Storm Lake)", whatever the NER made of it or if it missed it."""
    text = doc_text(doc)
    if "-" not in text:
        return spans
    found = [m.span(1) for m in _PARTY_TOWN.finditer(text)]
    if not found:
        return spans
    starts = {s.start_char: i for i, s in enumerate(spans)}
    out = list(spans)
    for a, b in found:
        town = doc.char_span(a, b, label=GPE)
        if town is None:
            continue
        i = starts.get(a)
        if i is not None and out[i].end_char == b:
            out[i] = town
        elif not any(s.start_char < b and a < s.end_char for s in out):
            out.append(town)
    return sorted(out, key=lambda s: s.start)
