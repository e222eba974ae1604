"""A span's label from its own words: countries, organisations, facilities, districts and local places."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import (
    FAC_OR_HEAD,
    ORG_OR_FIRM,
    bare_name,
    big_city,
    firm_or_club_word,
    no_speaker,
    plain_name,
    unknown_word,
)
from newslake.nlp_common import (
    EVENT,
    GPE,
    LOC,
    NORP,
    PERSON,
    PRODUCT,
    doc_lowers,
    doc_words,
    lower_words,
    place_not_people,
    span_text,
)
from newslake.nlp_words import (
    AREA_PREFIXES,
    ARMED_SERVICES,
    ATTACK_VERBS,
    CITY_RELABEL_MIN_POP,
    CLUB_PREFIXES,
    CLUB_WORDS,
    COMPANY_WORDS,
    COMPASS,
    COUNTRY_ORG_LEADS,
    CRAFT_PREFIXES,
    EVENT_HEADS,
    FAC_HEADS,
    FAC_WORDS,
    FAITH_ADJECTIVES,
    FIGHTERS,
    GEO_LEADS,
    INDUSTRY_WORDS,
    INSTITUTE_CENTRES,
    LANDFORM_LEADS,
    LISTED_PLACE_NOUNS,
    LOC_ENDINGS,
    LOCAL_PEOPLE,
    LOCAL_SITE_NOUNS,
    LODGING_TAILS,
    MOTION_VERBS,
    NOT_NAME_LABELS,
    NUMERIC_LABELS,
    OF_PLACE_WORDS,
    ORG_AFTER,
    ORG_WORDS,
    OUTLET_NOUNS,
    PARTY_WORDS,
    PEOPLE_FROM,
    PERSON_TITLES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PLACE_NOUNS,
    POSSESSIVE,
    RELIGIONS,
    RESIDENT_OF,
    RULER_NOUNS,
    SEAT_TITLES,
    SHIP_PREFIXES,
    SITE_LEADS,
    STORM_WORDS,
    STREET_ENDINGS,
    SURNAME_LOC_ENDINGS,
    TITLES,
    WEAPON_ACRONYMS,
)

ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
SIEGE_NOUNS = frozenset({"siege", "capture", "control", "fall", "outskirts", "recapture", "city", "town"})
# word-set unions used inside per-token loops, built once
_ORG_FIRM_ARMED = ORG_WORDS | COMPANY_WORDS | ARMED_SERVICES
_FIGHTERS_OR_ORG_AFTER = FIGHTERS | ORG_AFTER
_ORG_OR_FAC = ORG_WORDS | FAC_WORDS
_CRAFT_FIRSTS = frozenset(p[0] for p in CRAFT_PREFIXES)
LEGISLATURES = frozenset(
    {"parliament", "congress", "senate", "legislature", "assembly", "cabinet", "government", "bundestag", "bundesrat",
     "knesset", "duma", "sejm", "riksdag", "storting", "folketing", "oireachtas", "majlis"}
)
_SITE_LEADS = frozenset({"outside", "near", "opposite", "around", "at", "to", "into", "towards", "toward", "inside"})
_SITE_NOUNS = frozenset({"building", "buildings", "house", "square", "grounds", "steps", "gates", "chamber"})
_PERSON_ORG_OR_NOT_NAME = NOT_NAME_LABELS | {"PERSON", "ORG"}  # a tuple unpacked in relabel was built per call


def relabel(span: Span) -> Span:
    """A country is never ORG/PRODUCT; demonyms are NORP; known organisations are ORG; places by context."""
    label = span.label_
    if label in NUMERIC_LABELS and label != "CARDINAL":
        return span  # a date, an amount: only an all-caps "number" (CARDINAL) is ever a name below
    text, doc = span_text(span), span.doc

    def to(new: str) -> Span:
        return Span(doc, span.start, span.end, label=new)

    # the words around by list index: a Token made per test cost more than the tests
    words, lowers = doc_words(doc), doc_lowers(doc)
    start, end = span.start, span.end
    prev_word = words[start - 1] if start > 0 else None
    prev_low = lowers[start - 1] if start > 0 else None
    nxt_low = lowers[end] if end < len(words) else None
    if label == "LANGUAGE" and prev_low is not None and prev_low in PLACE_PREPOSITIONS:
        return to("GPE") if gazetteer.place_candidates(text) else span  # "rallies in Tunis"
    if label == "CARDINAL" and 3 <= len(text) <= 6 and text.isalpha() and text.isupper() and not ROMAN_RE.match(text):
        return to("ORG")  # "destroy ISIL": an all-caps word is no number
    if label == "LANGUAGE" and big_city(text) and not gazetteer.lookup_demonym(text):
        return to("GPE")  # "eastern Aleppo": a city of 100k+ is no language
    if label in NUMERIC_LABELS or label == "LANGUAGE":
        return span
    if (
        label in ("GPE", "LOC")
        and end - start == 1
        and lowers[start] in LEGISLATURES
        and words[start][:1].isupper()
        and prev_low not in _SITE_LEADS
        and nxt_low not in _SITE_NOUNS
    ):
        return to("ORG")  # "a bill in Parliament": the body ("outside Parliament", "the Parliament building": the site)
    if label == "GPE" and prev_word is not None and prev_word in COUNTRY_ORG_LEADS and gazetteer.fold(text) in gazetteer.countries():
        return Span(doc, start - 1, end, label="ORG")  # "Bank Indonesia", "Air India", "Statistics Canada"
    if label in ("PERSON", "ORG") and (building := _building_after(span)) is not None:
        return building
    if label in ("PERSON", "ORG") and len(span) > 1 and _street(span, text):
        return to("FAC")  # "Fenton St", "Kirkgate Lane", "Marty Busch Reserve": a street or ground, no person or firm
    if label in ("ORG", "NORP") and len(span) == 1 and nxt_low is not None and nxt_low in RULER_NOUNS and _unknown_name(span):
        return to("PERSON")  # "the Asad regime": a ruler's name
    if len(span) > 1 and (words[start] in SHIP_PREFIXES or _craft_prefix(span)):
        return to("PRODUCT")
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and text in RELIGIONS:
        return to("NORP")  # "Islam", "Wicca": a faith, like its followers, is NORP
    if label in ("ORG", "GPE", "LOC", "FAC") and text in FAITH_ADJECTIVES:
        return to("NORP")
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and text in WEAPON_ACRONYMS:
        return to("PRODUCT")  # "a VBIED", "UAVs": weapons, not organisations
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and len(span) > 1 and _event_name(span):
        return to("EVENT")  # "the Manama Dialogue", "Operation Inherent Resolve"
    if words[start] in STORM_WORDS and len(span) > 1 and label in ("ORG", "PERSON", "GPE", "LOC"):
        return to("EVENT")  # "Typhoon Gaemi", "Hurricane Milton": a storm is no organisation or place
    if prev_word is not None and prev_word in STORM_WORDS and label in ("ORG", "PERSON", "GPE", "LOC"):
        return Span(doc, start - 1, end, label="EVENT")  # "Hurricane" + "Melinda" (the model: PERSON)
    if label in ("GPE", "ORG") and prev_word is not None and prev_word in CLUB_PREFIXES:
        return Span(doc, start - 1, end, label="ORG")  # "Real" + "Madrid": a club
    if label in ("PERSON", "GPE") and any(map(str.isdigit, text)):
        # a code with digits is never a person's or a place's name: "G42" (a firm), "IE6" (a browser)
        armed = nxt_low is not None and nxt_low in _FIGHTERS_OR_ORG_AFTER  # "M23 rebels"
        return to("ORG" if label == "PERSON" or armed else "PRODUCT")
    if (
        label in ("GPE", "LOC")
        and prev_low is not None
        and prev_low in TITLES
        and doc[start - 1].is_title
        and bare_name(span)
        and not gazetteer.is_town(text)
    ):
        return to("PERSON")  # "Indonesian President Joko Widodo"
    if (
        label in ("GPE", "LOC")
        and len(span) == 1
        and prev_low is not None
        and prev_low in TITLES
        and doc[start - 1].is_title
        and _lone_surname(span)
    ):
        return to("PERSON")  # "Dallas Fed President Fisher": a surname, though a village shares it
    if label == "PERSON" and start >= 2 and lowers[start - 2] in PLACE_PREPOSITIONS and _titled_town(span, words):
        return Span(doc, start - 1, end, label="GPE")  # "a port at Prince Rupert": the town, not the prince
    if label in ("GPE", "LOC", "FAC") and _firm_slot(span, lowers) and not gazetteer.place_candidates(text):
        return to("ORG")  # "Maxim magazine", "CEO of Novell": a place no gazetteer knows, in a firm's slot
    if label in ("GPE", "ORG") and _named_city(span):
        return to("GPE")
    if club_name(span):
        return to("ORG")  # "Manchester City", "Aston Villa" (not "Mexico City")
    key = gazetteer.fold(text)
    places = gazetteer.place_candidates(text)
    is_country = key in gazetteer.countries()
    if gazetteer.lookup_org(text) and not places:
        if label == "PERSON" and prev_low is not None and prev_low in PERSON_TITLES:
            return span  # "Mr Suzuki said": a person who shares a firm's name
        return span if label == "ORG" else to("ORG")
    # "Somali" is also an Ethiopian region, "the Ukrainian border": a demonym unless a preposition says place
    if (
        label in ("NORP", "GPE")
        and not is_country
        and gazetteer.lookup_demonym(text)
        and (label == "NORP" or (prev_low or "") not in PLACE_PREPOSITIONS)
    ):
        return to("NORP")
    if label == "NORP" and text[:1].isupper() and text not in RELIGIONS and place_not_people(text):
        return to("GPE")  # "the mayor of Petroșani": a town no people is named after
    if label in ("ORG", "PERSON", "NORP") and not places and gazetteer.is_nguni_place(text):
        return to("GPE")  # "KwaZakhele": a township, not a camel-case brand
    if label in ("GPE", "ORG", "PERSON") and _geo_ending(span) and not places:
        return to("LOC")  # "Denisova Cave", "Kangaroo Island"
    if label in ("GPE", "ORG", "PERSON") and _site_led(span) and not places:
        return to("FAC")  # "Hotel Sanlan", "Jalan Hanoman": a lodging or a street named in its language
    if label in ("ORG", "PERSON", "NORP") and (place := _place_after_of(span)) is not None:
        return place  # "the council of Ninove" (one ORG): the town is the name
    if label in ("ORG", "PERSON") and _district_name(span):
        return to("GPE")  # "Haute-Savoie", "Negros Oriental": a second-level division, not a body or a person
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT") and _world_feature(span):
        return to("LOC")  # "the Tigris", "the Andes": a river or a range that no one owns
    if label in ("ORG", "PERSON", "NORP") and _natural_place(text):
        return to("LOC")  # "Lofoten", "Islay": an island, not a person (but "Petra" may be one)
    if label == "ORG" and len(span) > 1 and places and places[0].kind in ("subdivision", "state"):
        return to("GPE")  # "Republika Srpska": a region, like a country, is never an ORG
    if label == "PERSON" and len(span) > 1 and places and places[0].kind in ("subdivision", "state") and no_speaker(span):
        return to("GPE")  # "the Tamil Nadu government": a region is no one's name
    if label in ("PERSON", "ORG") and places and nxt_low == "government":
        return to("GPE")  # "the Kerala government": the place whose government it is
    if label == "GPE":
        return span
    if is_country:
        return to("GPE")
    if (
        label in ("PERSON", "ORG")
        and len(span) > 1
        and lowers[end - 1] in gazetteer.REGION_SUFFIXES
        and places
    ):
        return to("GPE")  # "Rakhine State", "Kurdistan Region"
    if label != "NORP" and gazetteer.lookup_demonym(text):
        return to("NORP")
    if label != "NORP" and len(span) == 1 and gazetteer.demonym_person(text) and words[start - 1 : start] != ["The"]:
        return to("NORP")  # "the Southport-born Englishman"; not "The Scotsman", a paper
    if label in ("PERSON", "GPE", "LOC") and len(span) > 1 and lowers[end - 1] in INDUSTRY_WORDS and span[-1].is_title:
        return to("ORG")  # "Barrick Mining", "Reliance Retail"
    if label in ("PERSON", "GPE", "LOC") and len(span) == 2 and words[start] in ("Los", "Las") and not places:
        return to("ORG")  # "Los Choneros", "Los Lobos": a gang or a band, not a place no gazetteer knows
    # a head noun hyphened to a name is half of a double-barrelled surname: "Phoebe Waller-Bridge"
    hyphened = len(span) > 2 and lowers[end - 2] == "-" and lowers[end - 3] not in _ORG_OR_FAC  # not "News-Post"
    if label == "PERSON" and len(span) > 1 and lowers[end - 1] in _ORG_OR_FAC and not hyphened:
        return to("FAC" if lowers[end - 1] in FAC_WORDS else "ORG")
    if (
        label in ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT")
        and lowers[end - 1] in FAC_WORDS
        and span[-1].is_title
        and not hyphened
    ):
        return to("FAC")  # "the Aviva Stadium" (the model: EVENT), "the Yasukuni Shrine" (WORK_OF_ART)
    if label in ("ORG", "EVENT", "PERSON") and len(span) > 1 and _facility_name(span):
        return to("FAC")  # "Adelaide Zoo", "the Museum of Flight", "Johnson Space Center"
    if label in ("FAC", "LOC") and len(span) > 1 and lowers[end - 1] in COMPANY_WORDS and not places:
        return to("ORG")  # "the Saudi Gazette", "the Sea Org"
    if label in ("FAC", "GPE", "LOC") and court_district(span):
        return to("ORG")  # "the Southern District of New York": a federal court or its prosecutors
    if label in ("FAC", "GPE", "LOC") and lowers[max(end - 2, start) : end] == ["school", "district"]:
        return to("ORG")  # "the Fort Worth Independent School District": a school board, not an area
    if label in ("PERSON", "ORG", "NORP") and local_place(span):
        return to("GPE")
    if label in _PERSON_ORG_OR_NOT_NAME and _place_by_context(span):
        return to("GPE")
    if label == "NORP" and not gazetteer.lookup_demonym(text) and _listed_before_place_noun(span):
        return to("GPE")  # "in Biharamulo and Muleba districts": no people, a district
    if label in ("PERSON", "ORG") and _article_place(span):
        return to("GPE")  # "the siege of el-Obeid": an Arabic place name the model took for a group
    if not places or label == "LOC":
        return span
    before = prev_low or ""
    big = places[0].population >= CITY_RELABEL_MIN_POP or places[0].kind in ("subdivision", "state")
    if before in PLACE_PREPOSITIONS and label in ("ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "FAC"):
        return to("GPE")
    if (
        label == "PERSON"
        and len(span) == 1
        and (
            gazetteer.is_capital(text)
            or places[0].population >= 1_000_000
            or places[0].kind in ("subdivision", "state")
        )
        and (start == 0 or prev_low not in TITLES)
    ):
        return to("GPE")  # a surname use is restored by propagate_people
    if label in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP") and big:
        return to("GPE")
    if label == "ORG" and gazetteer.is_capital(text):
        return to("GPE")  # "Moscow said": the capital stays a place
    return span


_FIRM_HEADS = frozenset({"ceo", "founder", "co-founder", "chairman", "chairwoman", "owner"})


def _titled_town(span: Span, words: list[str]) -> bool:
    """A title and the name after it make a known town: "Prince Rupert", "Prince George", "King William"."""
    title = words[span.start - 1]
    return title[:1].isupper() and title.lower() in TITLES and gazetteer.is_town(f"{title} {span_text(span)}")


def _firm_slot(span: Span, lowers: list[str]) -> bool:
    """Before an outlet noun ('Maxim magazine') or after "CEO of" and ending the phrase ('CEO of Novell.', not
    "CEO of Nairobi-based ...")."""
    start, end = span.start, span.end
    if end < len(lowers) and lowers[end] in OUTLET_NOUNS:
        return True
    head = lowers[start - 2] if start >= 2 else ""
    chief = start >= 3 and lowers[start - 3 : start - 1] == ["chief", "executive"]
    return (
        start >= 2
        and lowers[start - 1] == "of"
        and (head in _FIRM_HEADS or chief)
        and (end == len(lowers) or lowers[end] not in ("'s", "\u2019s", "-"))
    )


def _lone_surname(span: Span) -> bool:
    """One capitalised word that is no big place, organisation or people ('Kocherlakota', 'Fisher')."""
    word = span[0]
    return unknown_word(span) and word.is_alpha and not word.is_stop and not gazetteer.place_candidates(word.text)


def _facility_name(span: Span) -> bool:
    """True for a building or site named by its head noun: "... Zoo/Hospital/Hotel/Gate", "Museum of ...", "... Center"."""
    # the word list first: a Token per word only when "museum" is there
    if "museum" in doc_lowers(span.doc)[span.start : span.end] and any(t.lower_ == "museum" and t.is_title for t in span):
        return True
    last = span[-1]
    if not last.is_title:
        return False
    if last.lower_ in ("center", "centre"):
        # "Pew Research Center", "Samsung Medical Center" are institutions; "Convention Centre" is a building
        return len(span) > 1 and span[-2].lower_ not in INSTITUTE_CENTRES
    if last.lower_ == "circuit" and len(span) > 1 and (span[-2].like_num or span[-2].is_upper or span[-2].text == "Federal"):
        return False  # "the Ninth Circuit", "the D.C. Circuit": appeals courts, not race tracks
    return last.lower_ in FAC_HEADS


_GROUND_ENDINGS = frozenset({"reserve", "oval"})  # a person's name never ends so; some bodies do


def _street(span: Span, text: str) -> bool:
    """A name ending in a street word ("Fenton St"), or a person-typed one in a ground's ("Marty Busch Reserve")."""
    last = doc_lowers(span.doc)[span.end - 1]
    if last in _GROUND_ENDINGS:
        return span.label_ == "PERSON"
    return last in STREET_ENDINGS and span[-2].is_title and not gazetteer.lookup_org(text)


def _unknown_name(span: Span) -> bool:
    """A capitalised word no gazetteer knows as an organisation, a place or a people."""
    text = span_text(span)
    return (
        span[0].is_title
        and span[0].is_alpha
        and not gazetteer.lookup_org(text)
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_demonym(text)
    )


def _building_after(span: Span) -> Span | None:
    """ "Al Maktoum" + "International Airport": a name run into a building's head noun is one FAC."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_title:
        return None
    for end in range(span.end + 1, min(span.end + 3, len(doc)) + 1):
        words = doc[span.end : end]
        if not all(t.is_title and t.is_alpha for t in words):
            return None
        if words[-1].lower_ in FAC_OR_HEAD:
            return Span(doc, span.start, end, label="FAC")
    return None


def _craft_prefix(span: Span) -> bool:
    """True for "Space Shuttle ...": a named craft."""
    first = span[0].text
    if first not in _CRAFT_FIRSTS:
        return False  # most names: no prefix opens with their first word
    return any(first == p[0] and tuple(t.text for t in span[: len(p)]) == p for p in CRAFT_PREFIXES)


def _event_name(span: Span) -> bool:
    """True for "Operation X" and names headed by an event noun ("G7 Summit", "Google Science Fair")."""
    text = span_text(span)
    if "Operation" not in text and "League" not in text and "Expo" not in text:
        return span[-1].text in EVENT_HEADS  # no cue word: only the head can tell, no word list needed
    words = [t for t in span if t.lower_ != "the"]
    if len(words) > 1 and words[0].text == "Operation" and words[1].is_title:
        return True
    if len(words) > 1 and words[-1].text == "League" and words[-2].text.endswith("s") and words[-2].is_title:
        return not gazetteer.lookup_demonym(words[-2].text)  # "the Champions League", "Nations League"
    return span[-1].text in EVENT_HEADS or (len(span) > 2 and span[1].text == "Expo")


def craft_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A ship's, craft's or storm's name seen with its prefix ("FS Forbin", "Hurricane Ida") is it when it recurs bare."""
    names = {
        s[-1].text: s.label_
        for s in spans
        if (s.label == PRODUCT and len(s) > 1 and (s[0].text in SHIP_PREFIXES or _craft_prefix(s)))
        or (s.label == EVENT and len(s) == 2 and s[0].text in STORM_WORDS)
    }
    if not names:
        return spans
    return [Span(doc, s.start, s.end, label=names[span_text(s)]) if len(s) == 1 and span_text(s) in names else s for s in spans]


_LANDFORM_CUES = frozenset({"at", "in", "near", "along", "across", "off", "beside", "into"})


def _natural_place(text: str) -> bool:
    return gazetteer.fold(text) in gazetteer.natural_places() and not is_first_name(text)


def _site_led(span: Span) -> bool:
    """ "(the) Posada Los Pinos", "Casa Banca Lodge": a name of two words or more opening with a lodging's, street's or
    temple's word or ending in a lodging's, and no body's word after its first ("Circuit Court of Appeals")."""
    i = 1 if span[0].lower_ == "the" else 0
    if len(span) - i < 2 or not (span[i].text in SITE_LEADS or span[-1].text in LODGING_TAILS):
        return False  # most names: no walk over their words
    return not any(t.lower_ in ORG_WORDS for t in span[i + 1 :])


def _geo_ending(span: Span) -> bool:
    """True for a name of several words ending in "Cave", "Island", "Park" or opening "Rio", "Lake", "Mount"."""
    doc, first, last = span.doc, span.start, span.end - 1
    texts, lowers = doc_words(doc), doc_lowers(doc)  # list reads: no Token per word
    while last >= first and lowers[last] == "the":
        last -= 1
    while first < last and lowers[first] == "the":
        first += 1
    # the first and last words other than "the" must say landform before the word list is worth building
    if first >= last or not ((lowers[last] in LOC_ENDINGS and doc[last].is_title) or texts[first] in GEO_LEADS):
        return False
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or any(t.lower_ in ORG_OR_FIRM for t in words):
        return False
    if span.label == PERSON and lowers[last - 1] == "-" and texts[first] not in GEO_LEADS:
        return False  # "Jamison Gibson-Park": a double-barrelled surname (not "Lac Saint-Jean")
    if span.label == PERSON and (words[-1].lower_ in SURNAME_LOC_ENDINGS or _first_name_led(words)):
        # "Michael Bay", "Mitchell Marsh": a first name and a surname that is a landform; but "the Fraser River",
        # "at Caroline Bay": the word before says place
        prev = lowers[span.start - 1] if span.start > 0 else ""
        return prev in _LANDFORM_CUES or (prev == "the" and words[-1].lower_ not in SURNAME_LOC_ENDINGS)
    return (words[-1].is_title and words[-1].lower_ in LOC_ENDINGS) or words[0].text in GEO_LEADS


def _first_name_led(words: list[Token]) -> bool:
    """Two words, the first a known first name and no landform's word ("Mitchell Marsh", "Val Kilmer"; not "Jabal
    Samhan")."""
    return len(words) == 2 and words[0].text not in LANDFORM_LEADS and is_first_name(words[0].text)


def club_name(span: Span) -> bool:
    """A name ending in "City"/"United"/"Villa" that is no known place: a sports club."""
    return (
        len(span) > 1
        and span.label in (PERSON, GPE, LOC)
        and doc_lowers(span.doc)[span.end - 1] in CLUB_WORDS  # a list read before the Token
        and span[-1].is_title
        and not gazetteer.place_candidates(span_text(span))
        and not gazetteer.is_town(span_text(span))
    )


def _place_by_context(span: Span) -> bool:
    """True when the words around say it is a place: "the city of X", "the X region", "near X"."""
    doc = span.doc
    texts, lowers = doc_words(doc), doc_lowers(doc)  # list reads: no Token per word
    before = lowers[max(span.start - 2, 0) : span.start]
    after = lowers[span.end] if span.end < len(doc) else ""
    if texts[span.end - 1] in POSSESSIVE or after in POSSESSIVE or not texts[span.start][:1].isupper():
        return False
    if after in PLACE_NOUNS or (len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS):
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in COMPASS and len(span) <= 3:
        return not gazetteer.lookup_org(span_text(span))  # "closed south of Ingham": only places lie south of
    if len(before) == 2 and before[1] == "of" and before[0] in OF_PLACE_WORDS:
        # "the mayor of Sahagun"; "residents of Karimba" even when no gazetteer knows it
        known = bool(gazetteer.place_candidates(span_text(span))) or gazetteer.is_town(span_text(span))
        return known or (before[0] in RESIDENT_OF and plain_name(span))
    if before[-1:] == ["from"] and len(before) == 2 and before[0] in PEOPLE_FROM:
        # "a woman from X"; a first name there is a town when one is so called ("a man from Merritt")
        return plain_name(span) and (not is_first_name(texts[span.start]) or gazetteer.is_town(span_text(span)))
    if before[-1:] == ["in"] and lower_words(doc, span.end, span.end + 2) == [",", "where"]:
        return plain_name(span)  # "most of them in Petit-Goave, where a river burst its banks"
    if _listed_before_place_noun(span):
        return plain_name(span)
    if _listed_after_place_noun(span):
        return not gazetteer.lookup_org(span_text(span))
    near_comma = len(doc) - span.end >= 4 and lowers[span.end] == ","  # what _place_apposition needs first
    if near_comma and _place_apposition(lower_words(doc, span.end, span.end + 9)):
        return True
    if before and before[-1] in ATTACK_VERBS and (gazetteer.place_candidates(span_text(span)) or gazetteer.is_town(span_text(span))):
        return not gazetteer.lookup_org(span_text(span))  # "Russian jets struck Idlib"
    if len(before) == 2 and before[0] in MOTION_VERBS and before[1] in ("to", "in", "into", "from"):
        return not gazetteer.lookup_org(span_text(span))  # "fled to Petion-Ville", "arrived in Wabag"
    return span.label == PERSON and bool(before) and before[-1] in ("in", "near", "outside")


def _listed_after_place_noun(span: Span, reach: int = 12) -> bool:
    """True for a name in a list after "districts such as" / "towns including": "such as Bannu and Tank"."""
    doc = span.doc
    lowers = doc_lowers(doc)  # list reads: no Token per word
    i = span.start - 1
    while i >= 0 and span.start - i <= reach and (lowers[i] in (",", "and", "or") or doc[i].is_title):
        i -= 1
    if i >= 2 and lowers[i] == "as" and lowers[i - 1] == "such":
        return lowers[i - 2] in LISTED_PLACE_NOUNS
    return i >= 1 and lowers[i] == "including" and lowers[i - 1] in LISTED_PLACE_NOUNS


def _listed_before_place_noun(span: Span, reach: int = 12) -> bool:
    """True for a name in a list that a plural place noun closes: "the Ravi, Sutlej and Chenab rivers"."""
    doc = span.doc
    lowers = doc_lowers(doc)  # list reads: no Token per word
    i = span.end
    while i < len(lowers) and i - span.end <= reach and (lowers[i] in (",", "and", "or") or doc[i].is_title):
        i += 1
    return i < len(lowers) and lowers[i] in PLURAL_PLACE_NOUNS and doc[i - 1].is_title


def court_district(span: Span) -> bool:
    """True for "(the) Southern District of New York" / "Eastern District": a US federal court district."""
    if len(span) < 2:
        return False  # two words at least: no word list for a one-word name
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[0] in ("southern", "northern", "eastern", "western", "central") and words[1] == "district"


def _article_place(span: Span) -> bool:
    """True for "El Geneina" / "al-Kut" after "in"/"near" or "the siege/capture/control of": a town, not a group."""
    doc = span.doc
    if len(span) > 4 or span[0].lower_ not in ("el", "al") or gazetteer.lookup_org(span_text(span)):
        return False
    if any(t.lower_ in _ORG_FIRM_ARMED for t in span):
        return False
    before = lower_words(doc, max(span.start - 2, 0), span.start)
    if before[-1:] and before[-1] in PLACE_PREPOSITIONS:
        return True
    return len(before) == 2 and before[1] == "of" and before[0] in SIEGE_NOUNS


def _place_apposition(after: list[str]) -> bool:
    """True for the words after a name that say it is a place: ", the capital of", ", a town in", ", the last city in"."""
    if len(after) < 4 or after[0] != ",":
        return False
    if after[1] == "capital" or (after[1] == "the" and after[2] == "capital"):
        return after[1] == "capital" or after[3] == "of"
    if after[1] not in ("a", "the"):
        return False
    # a few modifiers before the place noun: ", the last army-held city in" ("army", "-", "held")
    for i in range(2, min(len(after) - 1, 8)):
        if after[i] in PLACE_NOUNS:
            return after[i + 1] in ("in", "of", "on", "near")
        if not (after[i].isalpha() or after[i] == "-") or after[i] in ("of", "in", "and", "who", "which"):
            return False
    return False


def local_place(span: Span) -> bool:
    """A local place by its words: "Co Limerick", "Barangay Pardo", "pensioners in Brixton", "Kerry-born"."""
    doc = span.doc
    texts, lowers = doc_words(doc), doc_lowers(doc)  # list reads: no Token per word
    if len(span) > 1 and texts[span.start] in AREA_PREFIXES and all(t.is_title for t in span[1:]):
        return not any(t.lower_ in ORG_OR_FIRM for t in span[1:])  # "Co" is no company here
    if span.end + 1 < len(texts) and texts[span.end] == "-" and lowers[span.end + 1] == "born":
        return plain_name(span) and not gazetteer.lookup_demonym(span_text(span))  # "Kerry-born", not "German-born"
    if not texts[span.start].istitle():  # a Token's is_title is its text's istitle()
        return False
    # the words around first: the name's own tests (a word walk and lookups) only where they would make it a place
    return _local_context(span) and plain_name(span) and not gazetteer.lookup_demonym(span_text(span))


def _local_context(span: Span) -> bool:
    """True when the words around a capitalised name make it a local place (see `local_place`)."""
    doc = span.doc
    words, lowers = doc_words(doc), doc_lowers(doc)  # list reads: no Token made per test
    n, end = len(words), span.end
    if end < n and words[end] in POSSESSIVE:
        return False  # "people from Assad's inhumanity"
    if span.label in (PERSON, NORP) and end + 1 < n and words[end] in SEAT_TITLES and words[end + 1].istitle():
        return not any(t.lower_ in PARTY_WORDS for t in span)  # "Likoni MP Mishi Mboko", not "Conservative MP"
    prev = lowers[span.start - 1] if span.start > 0 else ""
    if span.label == PERSON and len(span) == 1 and prev == "the" and end < n and lowers[end] in LOCAL_SITE_NOUNS:
        return not _surname_in_doc(span)  # "the Likoni crossing"
    if prev in ("across", "throughout") and not span_text(span).isupper():
        return True  # "flood warnings across Tayside": an area, not a firm or a person
    i = span.start - 1  # back over a list: "residents of Aitkenvale and Mundingburra"
    while i >= 0 and span.start - i <= 12 and (lowers[i] in (",", "and") or words[i].istitle()):
        i -= 1
    if i >= 1 and lowers[i] == "like" and lowers[i - 1] in LISTED_PLACE_NOUNS:
        return True  # "neighborhoods like Over-the-Rhine and Avondale"
    return i >= 1 and lowers[i] in ("in", "of", "from") and lowers[i - 1] in LOCAL_PEOPLE


def _surname_in_doc(span: Span) -> bool:
    """A word that is a first name, or ends a longer PERSON of the document ("Jones" after "Tom Jones")."""
    word = span[0].text
    return is_first_name(word) or any(
        e.label == PERSON and len(e) > 1 and e[-1].text == word for e in span.doc.ents
    )


def _named_city(span: Span) -> bool:
    """ "in Talisay City": a known place + "City" after a place preposition, no known club, is that city."""
    if len(span) < 2 or span[-1].text != "City":
        return False  # the name's own last word before the word before it
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        prev in PLACE_PREPOSITIONS
        and bool(gazetteer.place_candidates(span[:-1].text))
        and not gazetteer.lookup_org(span_text(span))
    )


_SEAT = re.compile(r"(?:palace|house|street|hill)$")  # "Downing Street", "White House": seats used for governments


def _world_feature(span: Span) -> bool:
    """True for a river, range, sea or region of the world-areas list after "the" ("the Tigris and Euphrates"), not
    a seat of government or a firm ("Amazon and Meta")."""
    if not _is_world_feature(span_text(span)):
        return False
    doc, i = span.doc, span.start
    if span[0].lower_ == "the" or (i > 0 and doc[i - 1].lower_ == "the"):
        return True
    return i > 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 3].lower_ == "the" and _is_world_feature(doc[i - 2].text)


def _is_world_feature(text: str) -> bool:
    key = gazetteer.fold(text)
    return key in gazetteer.world_areas() and not _SEAT.search(key) and not gazetteer.lookup_org(text)


def _district_name(span: Span) -> bool:
    """A name of several words (or a hyphenated one) that GeoNames lists as a second-level division, with no word
    of an organisation in it and no organisation of that name."""
    if len(span) < 2 or not gazetteer.districts(span_text(span)):
        return False  # the cached lookup first: this runs on every ORG and PERSON name
    words = [t for t in span if t.text != "-"]
    if len(words) < 2 or not all(t.is_title for t in words) or firm_or_club_word(span):
        return False
    if any(t.lower_ in _NOT_DISTRICT_WORDS for t in span) or gazetteer.lookup_org(span_text(span)):
        return False
    return not is_first_name(words[0].text)


_NOT_DISTRICT_WORDS = ORG_WORDS | COMPANY_WORDS | FAC_WORDS


# lower-case words of a local body or a place's people before "of <place>" inside a tagged name
_OF_PLACE_HEADS = frozenset(
    {
        "council", "municipality", "city", "town", "village", "province", "region", "district", "county",
        "government", "mayor", "governor", "people", "residents", "villagers", "outskirts", "centre", "center",
    }
)


def _place_after_of(span: Span) -> Span | None:
    """The place in a name tagged as "the council of Ninove" / "the people of Gaza": the words after "of"."""
    if len(span) < 3 or not (span[0].is_lower or span[1].is_lower):
        return None
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 3 or words[0].lower_ not in _OF_PLACE_HEADS or not words[0].is_lower or words[1].lower_ != "of":
        return None
    rest = span.doc[words[2].i : span.end]
    if len(rest) > 3 or not all(t.is_title or t.text == "-" for t in rest) or gazetteer.lookup_org(rest.text):
        return None
    return Span(span.doc, rest.start, rest.end, label="GPE")
