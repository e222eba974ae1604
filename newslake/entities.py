"""Entity mentions from spaCy docs, resolved to canonical entities with deterministic ids."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, groupby, pairwise

import polars as pl
import pyarrow as pa
from spacy.tokens import Doc

from newslake import gazetteer
from newslake.ids import id_column, stable_id
from newslake.nlp import ENTS_KEY
from newslake.nlp_common import region_people
from newslake.nlp_kinds import doc_text
from newslake.nlp_places import PARTY_LETTER
from newslake.nlp_words import COMPASS, IWI_PREFIXES
from newslake.tables import conform, empty
from schemas.mentions import LABELS

KEPT_LABELS = frozenset(LABELS)
MAX_MENTION_CHARS = 150  # longer "names" are HTML debris or run-on junk
SHARED_COUNTRY_NAMES = {"congo": ("COG", "COD")}  # short name -> (ISO's reading, the other country)
HOME_MIN_MENTIONS = 2  # an article's own country: named this often (country, demonym, its cities) ...
HOME_MIN_RATIO = 1.2  # ... and this many times as often as the next country (2.0 left stories of two countries homeless)
FACILITY_PLACE_MIN_POP = 100_000  # a city this big named in a facility's name places it ("Adelaide Zoo")
MAX_LIST_PASSES = 3  # a list read again as its names move: "Norway, Paris and Oxford"
LIST_MAX_GAP = 5  # characters between two listed places: ", ", " and ", " or ", " in "
LEAD_CHARS = 8  # text kept before each mention: the separator from the mention before ("Kimara and Mbezi. Hassan")
TAIL_CHARS = 10  # text kept after each mention: a lower-case kind word ("Cook and DuPage counties")
_LIST_SEP = re.compile(r",?\s+(?:(?:and|or|in|&)\s+)?")  # no sentence end: "the United States. In Keringet"
CONTEXT_MIN_SHARE = 0.15  # a namesake this share of a big city's size may take its name in context
TOWN_CONTEXT_MAX_POP = (
    100_000  # a city this big keeps its name even if the article names a country with a town
)
HOME_NAMESAKE_MAX_POP = 100_000  # a city abroad smaller than this yields its name to a place of the home country
BIG_CITY_POP = 1_000_000  # a city abroad this big keeps its name even listed among towns at home
WORLD_CITY_POP = 500_000  # ... and this big, even in a US story naming a state with a town of its name
# countries whose English-language local papers name the province or state of the story ("Ont.", "Gauteng")
LOCAL_NEWS_ISO3 = frozenset({"CAN", "AUS", "NZL", "ZAF", "IND", "IRL", "GBR", "PHL"})
ENTITY_TYPE = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
}
_STOP = frozenset({"of", "and", "the", "for", "on", "in", "de", "&"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,9}$")


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a mention resolves to."""

    type: str
    key: str
    name: str
    country: str | None = None
    geonames_id: int | None = None
    wikidata_id: str | None = None
    states: frozenset[str] = frozenset()  # the US states a US place lies in (ISO 3166-2), for article context

    @property
    def entity_id(self) -> str:
        return _entity_id(self.type, self.key)


@lru_cache(maxsize=200_000)
def _entity_id(etype: str, key: str) -> str:
    return stable_id(etype, key)


def doc_mentions(doc: Doc) -> list[dict]:
    """Named-entity mentions of a processed doc: start/end are str offsets into doc.text."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    text = doc_text(doc)  # the fixes' copy: spaCy joins every token again for doc.text
    return [
        {
            "start": a,
            "end": b,
            "text": text[a:b],
            "label": label,
            "lead": text[max(0, a - LEAD_CHARS) : a],
            "tail": text[b : b + TAIL_CHARS],
        }
        for a, b, label in ents
        if label in KEPT_LABELS and b - a <= MAX_MENTION_CHARS and text[a:b].strip()
    ]


def person_key(text: str) -> str:
    """Person key: "Kim Jong-un" and "Kim Jong Un" -> "kim jong un"; titles and doubled letters folded."""
    words = [w for w in gazetteer.fold(text).split() if w not in _TITLE_WORDS]
    return re.sub(r"([a-z])\1+", r"\1", " ".join(words))


_TITLE_WORDS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "president",
        "premier",
        "minister",
        "prime",
        "general",
        "gen",
        "senator",
        "sen",
        "gov",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "pope",
        "judge",
        "ambassador",
        "secretary",
        "chancellor",
    }
)


def initials(text: str) -> str:
    """Initials of a name: "National Intelligence Service" -> "NIS"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _STOP).upper()


@lru_cache(maxsize=100_000)
def resolve(text: str, label: str) -> Resolved:
    """Canonical entity of one mention taken alone (no article context)."""
    etype = ENTITY_TYPE.get(label, "OTHER")
    key = gazetteer.fold(text)
    if etype == "PLACE":
        if key in gazetteer.world_areas():  # "Asia" is not the Philippine town, "White House" not Casablanca
            return Resolved("PLACE", key, _display(text), gazetteer.world_areas()[key])
        if label == "GPE" and key not in gazetteer.countries() and (code := _sport_code(text)):
            return place_resolved(gazetteer.country_by_iso3()[code])  # "(GER)" and "(Mas)" of a results line
        places = _options(text, label)
        if not places and label == "GPE" and key.endswith(" city") and " " in text.strip():
            # "Iloilo City", "Zamboanga City": the city's own name with its title, as Philippine cities are written
            places = tuple(p for p in _options(text[: text.rstrip().rfind(" ")], label) if p.kind == "city")
        if not places and label in ("GPE", "LOC") and key.endswith(" bay") and " " in text.strip():
            # "Tampa Bay": the waters and towns around a city, in the city's country
            city = [p for p in _options(text[: text.rstrip().rfind(" ")], label) if p.kind == "city"]
            if city:
                return Resolved("PLACE", f"near:{city[0].country}:{key}", _display(text), city[0].country)
        if not places and label in ("GPE", "LOC") and _is_dateline_caps(text):
            titled = resolve(text.title(), label)  # "RAQQA", "KHAN YOUNIS": a dateline, not an acronym
            if titled.country:
                return titled
        if label in ("GPE", "LOC") and all(p.kind == "town" for p in places) and (inner := _compass(text)):
            # a part of a city counts only in a country the article names ("Orlando East" is in Soweto)
            kind = "near" if inner.kind == "city" else "place"
            return Resolved("PLACE", f"{kind}:{inner.country}:{key}", _display(text), inner.country)
        if places:
            return place_resolved(places[0])
        if label in ("GPE", "LOC") and " " in text.strip() and (code := _abbreviated_country(text.split()[0])):
            return Resolved("PLACE", f"place:{code}:{key}", _display(text), code)  # "US Midwest", "UK Midlands"
        if label in ("GPE", "LOC") and gazetteer.is_nguni_place(text.strip()):
            return Resolved("PLACE", f"place:ZAF:{key}", _display(text), "ZAF")  # "KwaZakhele", "KwaMashu"
        if label in ("GPE", "LOC") and is_maori_name(text):
            return Resolved("PLACE", f"place:NZL:{key}", _display(text), "NZL")  # "Waitākere Ranges", "Te Awamutu"
        if label in ("GPE", "LOC") and (outer := _outer_region(text)):
            return Resolved("PLACE", f"place:{outer}:{key}", _display(text), outer)  # "Goldfields of Western Australia"
    elif etype == "NORP":
        demonym = gazetteer.lookup_demonym(text) or gazetteer.demonym_variant(text)
        if demonym:
            name, iso3 = demonym
            key = f"demonym:{iso3 or gazetteer.fold(name)}"
            # a regional group ("Catalan", "Valencian") is its own; a misspelling ("Brazillian") is not
            if iso3 and (name in gazetteer.regional_demonyms() or not gazetteer.lookup_demonym(name)):
                key = f"demonym:{iso3}:{gazetteer.fold(name)}"
            return Resolved("NORP", key, name, iso3)
        regions = [p for p in gazetteer.place_candidates(text) if p.kind in ("country", "state", "subdivision")]
        if regions and len({p.country for p in regions}) == 1:
            return place_resolved(regions[0])  # a region the model took for a people: "North Maluku"
    elif etype == "ORG":
        org = gazetteer.lookup_org(text)
        if org:
            country = org_country(org.name) or org_country(text)  # "the US State Department"
            return Resolved("ORG", gazetteer.fold(org.name), org.name, country, wikidata_id=org.wikidata_id)
        return Resolved("ORG", key or text.lower(), _display(text), org_country(text))
    elif etype == "PERSON":
        key = person_key(text) or key
    if etype == "NORP" and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]  # "Muslims" and "Muslim" are one group
    return Resolved(etype, key or text.lower(), _display(text))


# Māori writes open syllables of a e i o u (long ā ē ī ō ū) after h k m n p r t w, ng and wh; Hawaiian has no r or t
# and Japanese romaji adds s, y, z...; a macron, "wh" or a leading "Te" marks the name as Māori among those (not "ng"
# or "Wai": Karachi's "Korangi", Fiji's "Wainikoro")
_MAORI_WORD = re.compile(r"(?:(?:[hkmnprtw]|ng|wh)?[aeiouāēīōū])+", re.IGNORECASE)
_MAORI_MARK = re.compile(r"[āēīōū]|wh|^te ", re.IGNORECASE)
_MAORI_GEOGRAPHY = frozenset(["ranges", "range", "river", "stream", "valley", "bay", "beach", "island", "regional", "park",
                              "forest", "harbour", "lake", "point", "falls", "gorge", "mountain", "peak", "north",
                              "south", "east", "west", "upper", "lower"])


def is_maori_name(text: str) -> bool:
    """A place name in Māori ("Waitākere Ranges", "Te Awamutu", "Anawhata", "Ōtepoti"): every word Māori in form or a
    geographic word, with r or t in it (Hawaiian has neither) and a mark of Māori (a macron, "wh", a leading "Te")."""
    words = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).split()
    native = [w for w in words if w.lower() not in _MAORI_GEOGRAPHY]
    if not native or not all(_MAORI_WORD.fullmatch(w) for w in native):
        return False
    joined = " ".join(native).lower()
    return bool(re.search(r"[rt]", joined)) and bool(_MAORI_MARK.search(joined))


_OF_REGION = re.compile(r"^(?P<part>.+?)\s+of\s+(?:the\s+)?(?P<region>[A-Z].+)$")
# waters "of" a country are shared or no country's ("Gulf of Mexico", "Sea of Japan", "Bay of Bengal")
_WATER_WORDS = frozenset(
    ["gulf", "sea", "bay", "bight", "strait", "straits", "ocean", "lake", "lakes", "river", "channel", "sound", "mouth",
     "waters", "coast"]
)


def _outer_region(text: str) -> str | None:
    """The country of an unknown land area named as part of a country, state or province: "Goldfields of Western
    Australia", "Highlands of Scotland" (not waters: "Gulf of Mexico")."""
    found = _OF_REGION.match(text.strip())
    if not found or found["part"].lower().split()[-1] in _WATER_WORDS:
        return None
    places = gazetteer.place_candidates(found["region"])
    if places and places[0].kind in ("country", "state", "subdivision") and places[0].country:
        return places[0].country
    return None


def _sport_code(text: str) -> str | None:
    """The country of a sports code typed GPE: in capitals ("ITA", not the town of Itá), or in title case where no
    place bears the name ("Mas"; "Ina" stays the Japanese city)."""
    code = gazetteer.sport_code_country(text)
    if code is None or code not in gazetteer.country_by_iso3():
        return None
    return code if text.isupper() or not gazetteer.place_candidates(text) else None


def _is_dateline_caps(text: str) -> bool:
    """An all-caps place name too long for an acronym, or of several words ("HODEIDAH", "GAZA CITY")."""
    letters = re.sub(r"[^A-Za-z]", "", gazetteer.unaccented(text))
    return text.isupper() and (len(letters) >= 5 or len(text.split()) > 1)


_COMPASS_WORDS = (
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "north-east north-west south-east south-west upper lower greater"
)
_COMPASS = frozenset(_COMPASS_WORDS.split())


# a region named by its compass point alone ("the North", "Northeast"): each country has its own
_COMPASS_NAMES = COMPASS | {f"{a} {b}" for a in ("north", "south") for b in ("east", "west")}


def _compass_abroad(res: Resolved, row: dict, home: str | None) -> bool:
    """True for a compass name ("the North and Northeast" of a Thai story) read as a region abroad (Iceland's
    "Northeast") or as a listed place's country; not "the South" that an earlier rule read as a country (Korea)."""
    return (
        home is not None
        and row["label"] in ("GPE", "LOC")
        and res.country != home
        and not res.key.startswith("iso3:")
        and gazetteer.fold(row["text"]) in _COMPASS_NAMES
    )


def _compass(text: str) -> gazetteer.Place | None:
    """The country, state or city a compass-qualified name lies in: "eastern Ukraine", "Kowloon West"."""
    words = _display(text).split()
    if len(words) < 2:
        return None
    if words[0].lower() in _COMPASS:
        rest = words[1:]
    elif words[-1].lower() in _COMPASS:
        rest = words[:-1]
    else:
        return None
    found = gazetteer.place_candidates(" ".join(rest))
    # a region or a small town of that name is too weak: "West Midlands" is not Midlands, Zimbabwe
    if found and (
        found[0].kind in ("country", "state")
        or found[0].kind == "city" and found[0].population >= TOWN_CONTEXT_MAX_POP
    ):
        return found[0]
    return None


@lru_cache(maxsize=100_000)
def org_country(text: str, cities: bool = True) -> str | None:
    """An organisation's country from its name: "Nigerian Army", "Texas Education Agency", "Bank of Japan"."""
    words = gazetteer.fold(text).split()
    for n in (3, 2, 1):
        lead, tail = " ".join(words[:n]), " ".join(words[-n:])
        if len(words) > n:
            demonym = gazetteer.lookup_demonym(lead)
            if demonym and demonym[1]:
                return demonym[1]
            if lead in gazetteer.countries() and lead not in gazetteer.us_states() and lead != "chad":
                return gazetteer.countries()[lead].country  # not "Georgia State University"
            if lead in gazetteer.us_states() and lead not in gazetteer.countries():
                return "USA"
            if cities and (city := _big_city(lead)) is not None:
                return city  # "Beijing Institute of Technology", "Toronto Star"
            if len(words) > n + 1 and words[-n - 1] in ("of", "on") and tail in gazetteer.countries():
                return gazetteer.countries()[tail].country  # "Commission of Inquiry on Syria"
    return None


def _big_city(key: str) -> str | None:
    """The country of a capital or a city of a million people bearing this folded name as its own."""
    cities = [p for p in gazetteer.city_candidates().get(key, ()) if gazetteer.fold(p.name) == key]
    if cities and (
        cities[0].population >= gazetteer.RULER_CITY_MIN_POP or (key, cities[0].country) in gazetteer.capitals()
    ):
        return cities[0].country
    return None


def place_resolved(place: gazetteer.Place) -> Resolved:
    """Entity of a gazetteer place: countries by ISO code, cities by GeoNames id, regions by ISO 3166-2 or name."""
    if place.kind == "country":
        key = f"iso3:{place.country}"
    elif place.geonames_id is not None:
        key = f"geonames:{place.geonames_id}"
    elif place.code is not None:
        key = f"iso3166-2:{place.code}"
    elif place.kind in ("town", "district"):
        key = f"{place.kind}:{place.country}:{gazetteer.fold(place.name)}"
    else:
        key = f"region:{place.country}:{gazetteer.fold(place.name)}"
    states = place.states | ({place.code} if place.kind == "state" and place.code else set())
    country = gazetteer.SOVEREIGN.get(place.country or "", place.country)  # "Christmas Island" (iso3:CXR) is Australia's
    return Resolved("PLACE", key, place.name, country, place.geonames_id, states=frozenset(states))


@lru_cache(maxsize=20_000)  # pure: the namesake rules ask again for the same names of every article
def _sole_country(text: str, label: str) -> str | None:
    """The country of a known place name when all places of that name are in one country ("Lima" is not: Ohio)."""
    options = _context_options(text, label)
    found = {p.country for p in options}
    if all(p.kind == "subdivision" for p in options) and {p.country for p in gazetteer.towns(text)} - found:
        return None  # "Black River" is a district of Mauritius and a town of Jamaica
    top = options[0] if options else None
    if top and top.kind == "city" and not any(_may_replace(top, p) for p in options if p.country != top.country):
        return top.country  # a capital or big city no namesake can take: "Dhaka" (not the Bihar town)
    # a town alone is no evidence: its country must come from elsewhere in the article
    return found.pop() if len(found) == 1 and any(p.kind != "town" for p in options) else None


def _options(text: str, label: str) -> tuple[gazetteer.Place, ...]:
    found = gazetteer.place_options(text) if label in ("GPE", "LOC") else gazetteer.place_candidates(text)
    if found and gazetteer.generic_place_name(text):
        # only a place of that very name: "Old Town" is no alternate name of Las Vegas here
        return tuple(p for p in found if gazetteer.fold(p.name) == gazetteer.fold(text))
    return found


@lru_cache(maxsize=20_000)
def _context_options(text: str, label: str) -> tuple[gazetteer.Place, ...]:
    """Candidates for context: small towns join unless a big place bears the name (Berlin is not Berlin, NH)."""
    found = _options(text, label)
    if label not in ("GPE", "LOC") or any(
        p.kind != "city" or p.population >= TOWN_CONTEXT_MAX_POP for p in found
    ):
        return found
    have = {p.country for p in found}
    return found + tuple(p for p in gazetteer.towns(text) if p.country not in have)


def _states_besides(state_names: dict[str, set[str]], states: frozenset[str], text: str) -> frozenset[str]:
    """The article's US states, less those only this name put there when its reading is a guess over a small
    country's region: "Portland" alone is no evidence for Oregon."""
    if not gazetteer.outranks_namesake_region(text):
        return states
    return frozenset(s for s, names in state_names.items() if names != {text})


def _in_context(
    text: str, label: str, res: Resolved, countries: Counter[str], states: frozenset[str], home: str | None = None
) -> Resolved:
    """An ambiguous place name resolves to the candidate in the country the article talks about most."""
    if not countries:
        return res
    candidates = _context_options(text, label)
    if len(candidates) == 1 and candidates[0].kind == "country":
        return res  # a country's name has no other reading

    def fit(p: gazetteer.Place) -> int:
        # a US city or town needs its state named too: "Geneva" in a WHO story is not Geneva, Illinois
        return 0 if p.states and not p.states & states else countries.get(p.country or "", 0)

    # other spellings of cities ("Palmyra" is Tadmur); if no candidate fits, towns of this name or of another
    # transliteration of it ("Tel Tamer" / "Tall Tamr"): all only in a country the article names
    towns: tuple[gazetteer.Place, ...] = ()
    if label in ("GPE", "LOC") and not any(fit(p) for p in candidates):
        # another spelling is weaker than the name itself: in a story with a country of its own, only there
        variants = tuple(p for p in gazetteer.spelling_variants(text) if home is None or p.country == home)
        towns = gazetteer.towns(text) + gazetteer.districts(text) + variants
    have = {p.country for p in candidates}
    candidates += tuple(
        p for p in (*gazetteer.alternate_cities(text), *towns) if fit(p) and p.country not in have
    )
    if not candidates:
        return res
    allowed = [p for p in candidates if p is candidates[0] or _may_replace(candidates[0], p)]
    best = max(allowed, key=lambda p: (fit(p), -candidates.index(p)))
    best = _best_once_moved(best, candidates, {p: fit(p) for p in candidates})
    return place_resolved(best) if fit(best) else res


def _may_replace(top: gazetteer.Place, other: gazetteer.Place) -> bool:
    """Whether article context may move a name from its usual place to `other`: Paris stays FRA in a US story."""
    if top.kind != "city" or other.kind in ("subdivision", "state", "country"):
        return True  # "Cordoba department" in a Colombian story
    if other.population >= 1_000_000:
        return True  # Hyderabad, Pakistan
    if (gazetteer.fold(top.name), top.country) in gazetteer.capitals():
        return _capital_namesake(top, other)  # Moscow, Athens, London: never Moscow, Idaho
    return top.population < 1_000_000 or other.population >= CONTEXT_MIN_SHARE * top.population


def _unsupported_town(
    res: Resolved,
    countries: Counter[str],
    states: frozenset[str],
    home: str | None = None,
    cities: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> Resolved:
    """A small town counts only in a country (a US town: a state) the article names: a stray "Hope" has none;
    a town of one country only keeps it in a story with no country of its own ("Unterluss", Germany), unless the
    article's cities (`cities`: their countries) lie elsewhere ("Handsworth" beside Birmingham is no Canadian town);
    a town of a country only one city names, in a story of a home named four times or more, is a village at home
    ("Mirpur" in Dhaka is no Indian town for one "Kolkata"); a country's name or people (`named`) keep it ("a Greek
    trawler from Pylos" in Glasgow)."""
    shared = res.key.startswith("district:") and len({p.country for p in gazetteer.districts(res.name)}) > 1
    lone = home is None and res.key.startswith("town:") and not res.states and cities <= {res.country}
    if lone and {p.country for p in gazetteer.towns(res.name)} == {res.country}:
        return res
    outvoted = (
        home is not None and countries.get(res.country or "", 0) <= 1 and countries[home] >= 4 and res.country not in named
    )
    if (res.key.startswith("town:") or shared) and (
        not countries.get(res.country or "") or res.states and not res.states & states or outvoted
    ):
        return Resolved("PLACE", gazetteer.fold(res.name), res.name)
    return res


def _city_part(res: Resolved, countries: Counter[str]) -> Resolved:
    """A compass part of a city ("west Auckland") keeps the city's country only if the article names it."""
    if not res.key.startswith("near:"):
        return res
    _, country, key = res.key.split(":", 2)
    if countries.get(country):
        return Resolved("PLACE", f"place:{country}:{key}", res.name, country)
    return Resolved("PLACE", key, res.name)


def _elliptic_country(text: str, res: Resolved, countries: Counter[str]) -> Resolved:
    """ "the North" in a story naming North and South Korea is North Korea (likewise Sudan and South Sudan)."""
    word = gazetteer.fold(text)
    if res.type != "PLACE" or res.country or word not in ("north", "south"):
        return res
    other = "south" if word == "north" else "north"
    named = {gazetteer.fold(p.name): p for c in countries if (p := gazetteer.country_by_iso3().get(c))}
    pairs = [
        p
        for name, p in named.items()
        if name.startswith(word + " ") and ({other + name[len(word) :], name[len(word) + 1 :]} & named.keys())
    ]
    return place_resolved(pairs[0]) if len(pairs) == 1 else res


def _other_congo(text: str, res: Resolved, countries: Counter[str]) -> Resolved:
    """Plain "Congo" is the Democratic Republic (COD), not the Republic (COG), when the article points there."""
    alt = SHARED_COUNTRY_NAMES.get(gazetteer.fold(text))
    if alt is None or res.key != f"iso3:{alt[0]}" or countries[alt[1]] <= countries[alt[0]]:
        return res
    return place_resolved(gazetteer.country_by_iso3()[alt[1]])


def _shared_demonym(text: str, res: Resolved, countries: Counter[str]) -> Resolved:
    """A people of several countries ("Koreans", "Tamil") is of the one the article names most, if one leads."""
    options = gazetteer.demonym_countries().get(gazetteer.fold(text)) if res.type == "NORP" else None
    if not options:
        return res
    ranked = sorted(options, key=lambda c: -countries.get(c, 0))
    if not countries.get(ranked[0]) or countries.get(ranked[0]) == countries.get(ranked[1], 0):
        return res
    return Resolved("NORP", f"demonym:{ranked[0]}:{gazetteer.fold(res.name)}", res.name, ranked[0])


_GAZETTEER_KEYS = ("iso3:", "geonames:", "iso3166-2:", "region:", "town:", "district:")


def home_country(countries: Counter[str]) -> str | None:
    """The country an article is about: named at least twice and clearly more often than any other."""
    ranked = countries.most_common(2)
    if not ranked or ranked[0][1] < HOME_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < HOME_MIN_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _unknown_place(res: Resolved, row: dict, home: str | None, solid: Counter[str] | None = None) -> Resolved:
    """A GPE or LOC no gazetteer knows (a village, an island) lies in the country the article is about; so does a part
    of a town named in common words ("Old Town", "South Shore") whose namesake lies in a country the article names by
    nothing else (`solid`: its evidence without such names; "West Point" stays in Georgia when Georgia is named)."""
    if _compass_abroad(res, row, home):
        return Resolved("PLACE", f"place:{home}:{res.key}", _display(row["text"]), home)
    generic = row["label"] in ("GPE", "LOC") and gazetteer.generic_place_name(row["text"])
    if home and generic and res.country != home and not (solid or Counter()).get(res.country or ""):
        return Resolved("PLACE", f"place:{home}:{gazetteer.fold(row['text'])}", _display(row["text"]), home)
    if res.country or home is None or row["label"] not in ("GPE", "LOC") or ":" in res.key:
        return res
    if gazetteer.place_candidates(row["text"]):
        return res  # a known city or region elsewhere is no village of this country
    return Resolved("PLACE", f"place:{home}:{res.key}", res.name, home)


def _named_after_places(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """An unknown place whose leading words are a place of the article lies in that place's country: "Jeju Island"
    after "Jeju" is Korean, whichever country the rest of the story is about."""
    known: dict[str, str] = {}
    for r, b in zip(rows, base):
        # a country, a region or a city of the tables: a small town's namesake abroad ("Guangfu") says too little
        if b.type == "PLACE" and b.country and r["label"] in ("GPE", "LOC") and not b.key.startswith("town:"):
            known.setdefault(gazetteer.fold(r["text"]), b.country)
    if not known:
        return base
    out = list(base)
    for i, (r, b) in enumerate(zip(rows, base)):
        if b.type != "PLACE" or b.country or ":" in b.key or r["label"] not in ("GPE", "LOC"):
            continue
        words = gazetteer.fold(r["text"]).split()
        country = next((c for k in range(len(words) - 1, 0, -1) if (c := known.get(" ".join(words[:k])))), None)
        if country is not None:
            out[i] = Resolved("PLACE", f"place:{country}:{b.key}", b.name, country)
    return out


def _abbreviated_country(word: str) -> str | None:
    """The country an all-capital abbreviation names ("US", "U.K."), else None; a results line's team code ("BEN",
    "AND") is no abbreviation here."""
    if not word.replace(".", "").isalpha() or not word.replace(".", "").isupper():
        return None
    country = gazetteer.countries().get(gazetteer.fold(word))
    return country.country if country else None


def _located_countries(base: list[Resolved], areas: dict[str, str | None]) -> set[str]:
    """The countries the article's gazetteer places lie in: "Birmingham" alone makes a "Sparkbrook" English where
    demonyms of three peoples left the article without a home."""
    return {
        b.country
        for b in base
        if b.type == "PLACE" and b.country and b.key not in areas and b.key.startswith(_GAZETTEER_KEYS)
    }


def _only_country(countries: Counter[str]) -> str | None:
    """The one country an article names at all, however seldom."""
    named = [c for c, n in countries.items() if n > 0]
    return named[0] if len(named) == 1 else None


def _home_namesake(res: Resolved, row: dict, home: str | None, countries: Counter[str]) -> Resolved:
    """A small city or region abroad, in a country the article never names, is a namesake in the article's own
    country ("Tivoli" docks in a Cork story, "Aranjuez" in Medellin): capitals and big cities keep their name."""
    if home is None or res.country in (None, home) or countries.get(res.country) or row["label"] not in ("GPE", "LOC"):
        return res
    if not res.key.startswith(("geonames:", "iso3166-2:", "region:", "district:")) or res.key in gazetteer.world_areas():
        return res
    if any(
        p.kind in ("country", "state")
        or p.population >= HOME_NAMESAKE_MAX_POP
        or (gazetteer.fold(p.name), p.country) in gazetteer.capitals()
        for p in _options(row["text"], row["label"])
        if p.country == res.country
    ):
        return res  # "Geneva" (the canton first, then the city of 180,000) stays Swiss
    named = [
        p
        for p in _options(row["text"], row["label"])
        if p.country != home and countries.get(p.country or "") and p.population >= HOME_NAMESAKE_MAX_POP
    ]
    if named:
        return place_resolved(named[0])  # "Savannah" in a Seoul story about Georgia: the US city, not Ghana's region
    return Resolved("PLACE", f"place:{home}:{gazetteer.fold(row['text'])}", _display(row["text"]), home)


# party-political words that name a party or its members in the country the story is set in ("Six Democrats")
_PARTY = re.compile(
    r"(?:(?:christian|social|free|liberal) )?democrats?|democratic|republicans?|conservatives?|labour|liberals?|tor(?:y|ies)|"
    r"socialists?|communists?|nationalists?|unionists?|loyalists?|greens?|peronists?|gaullists?|kemalists?|"
    r"chavistas?|sandinistas?"
)


def _party_country(res: Resolved, row: dict, home: str | None) -> Resolved:
    """A party word with no country of its own ("Peronist", "Republicans") is of the country the article is about."""
    if home is None or res.country or res.wikidata_id or row["label"] not in ("NORP", "ORG"):
        return res  # a party the organisation list knows keeps its own entry
    if not _PARTY.fullmatch(gazetteer.fold(row["text"])):
        return res
    return Resolved(res.type, f"party:{home}:{res.key}", res.name, home)


def _org_at_home(res: Resolved, row: dict, home: str | None) -> Resolved:
    """An unknown organisation named exactly like a place of the article's country ("Dunedin", "Sinjar") is there."""
    if home is None or res.type != "ORG" or res.country or res.wikidata_id or row["text"].isupper():
        return res
    if any(p.country == home for p in gazetteer.place_options(row["text"])):
        return Resolved("ORG", res.key, res.name, home)
    return res


def _facility_country(res: Resolved, row: dict, home: str | None, countries: Counter[str]) -> Resolved:
    """A facility lies in the place its name holds ("Adelaide Zoo" AUS), else in the article's own country."""
    if res.country or row["label"] != "FAC" or ":" in res.key:
        return res
    words = [w for w in _display(row["text"]).split() if w[:1].isupper() and w.lower() not in _STOP]
    country = None
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            options = gazetteer.place_candidates(" ".join(words[i : i + n]))
            # a common word may also name a hamlet: only a big place or one in a country the article names counts
            found = {
                p.country
                for p in options
                if p.country in countries or p.kind != "city" or p.population >= FACILITY_PLACE_MIN_POP
            }
            if len(found) == 1 and country is None:
                country = found.pop()
    country = country or home
    if country is None:
        return res
    return Resolved("PLACE", f"place:{country}:{res.key}", res.name, country)


def _separator(before: dict, row: dict) -> str | None:
    """The text between two close mentions, when the row carries its lead (else None: only the gap is known)."""
    gap = row["start"] - before["end"]
    lead = row.get("lead")
    return lead[len(lead) - gap :] if lead is not None and 0 < gap <= len(lead) else None


def _in_list(before: dict, row: dict) -> bool:
    """Whether two mentions are listed together: close, with no sentence end between them."""
    if not 0 < row["start"] - before["end"] <= LIST_MAX_GAP:
        return False
    sep = _separator(before, row)
    return sep is None or bool(_LIST_SEP.fullmatch(sep))


def _listed_places(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """An unknown place in a list of places of one country shares it: "in Drimnagh and Crumlin", "X Cave in Siberia"."""
    out = list(base)
    areas = gazetteer.world_areas()
    chain: list[int] = []
    for i in range(len(rows) + 1):
        listed = (
            i < len(rows)
            and rows[i]["label"] in ("GPE", "LOC")
            and bool(chain)
            and _in_list(rows[chain[-1]], rows[i])
        )
        if listed:
            chain.append(i)
            continue
        countries = (
            {base[j].country for j in chain if base[j].country and base[j].key not in areas} if len(chain) > 1 else set()
        )
        if len(countries) == 1:
            country = countries.pop()
            for j in chain:
                row, res = rows[j], base[j]
                if not res.country and ":" not in res.key and not gazetteer.is_town(row["text"]) and not _wide_area(row, res):
                    out[j] = Resolved("PLACE", f"place:{country}:{res.key}", res.name, country)
        chain = [i] if i < len(rows) and rows[i]["label"] in ("GPE", "LOC") else []
    return out


def _wide_area(row: dict, res: Resolved) -> bool:
    """A continent, sea or world region no country's region shares a name with: "buyers in Europe and Japan" leaves
    Europe no country's ("Kosti and Rabak in White Nile" is Sudan's state of that name)."""
    return res.key in gazetteer.world_areas() and not any(
        p.kind == "subdivision" for p in gazetteer.place_candidates(row["text"])
    )


def _apposition(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """A place followed by ", <country>" or ", <US state>" lies there: "GUBA, Ethiopia", "Alexandria, Virginia"."""
    out = list(base)
    for i, (row, res) in enumerate(zip(rows[:-1], base)):
        after, outer = rows[i + 1], base[i + 1]
        if row["label"] not in ("GPE", "LOC") or res.key.startswith("iso3:") or _separator(row, after) != ", ":
            continue
        state = gazetteer.us_states().get(gazetteer.fold(after["text"]))
        if outer.key.startswith("iso3:") and outer.country and not _towns_of_one_state(row["text"], after["text"], outer.country):
            out[i] = _placed_in(row["text"], row["label"], res, outer.country, None)
        elif state is not None and outer.key == f"geonames:{state.geonames_id}":
            out[i] = _placed_in(row["text"], row["label"], res, "USA", state.code)
    return out


def _towns_of_one_state(town: str, country_name: str, country: str) -> bool:
    """True for "Rumford, Norway": a US town the tables know in no other country, then a country's name that a town of
    the same state bears (Maine has a Norway, a Mexico and a Peru): two towns listed, not a town and its country."""
    places = (*gazetteer.place_candidates(town), *gazetteer.towns(town))
    if not places or any(p.country != "USA" for p in places):
        return False
    return any(gazetteer.place_in_state(country_name, code) is not None for p in places for code in p.states) and not any(
        p.country == country for p in places
    )


def _placed_in(text: str, label: str, res: Resolved, country: str, state: str | None) -> Resolved:
    """The reading of a place name that lies in this country (and US state), or an unknown place there."""

    def inside(p: gazetteer.Place) -> bool:
        return p.country == country and (state is None or state in p.states)

    if res.country == country and (state is None or state in res.states):
        return res
    options = (
        *_context_options(text, label),
        *gazetteer.alternate_cities(text),
        *gazetteer.towns(text),
        *gazetteer.spelling_variants(text),
    )
    found = next((p for p in options if inside(p)), None)
    if found is not None:
        return place_resolved(found)
    if res.country and not res.key.startswith("town:"):
        return res  # a known place elsewhere: the two are listed, not nested ("Kenya, Uganda")
    return Resolved("PLACE", f"place:{country}:{gazetteer.fold(text)}", _display(text), country)


def _display(text: str) -> str:
    """Surface form cleaned for display: no possessive, no leading article."""
    text = re.sub(r"(?:['\u2019]s|(?<=s)['\u2019])$", "", text.strip())
    return re.sub(r"^[Tt]he\s+", "", text).strip() or text.strip()


def resolve_article(rows: list[dict]) -> list[Resolved]:
    """Resolve one article's mentions (sorted by start) with in-article coreference of names and acronyms."""
    base = [resolve(r["text"], r["label"]) for r in rows]
    base = [_area_word(r, b) for r, b in zip(rows, base)]
    base = [_iwi(r, b) for r, b in zip(rows, base)]
    base = _own_county_towns(rows, [_bare_county(r, b) for r, b in zip(rows, base)])
    countries = Counter(
        b.country
        for r, b in zip(rows, base)
        if b.country
        and b.key.startswith(("iso3:", "demonym:"))
        and len({p.country for p in _options(r["text"], r["label"])})
        <= 1  # "Georgia" is no evidence for itself
        and gazetteer.fold(r["text"]) not in SHARED_COUNTRY_NAMES  # nor is "Congo"
    )
    areas = gazetteer.world_areas()
    countries.update(
        c
        for r, b in zip(rows, base)
        if b.type == "PLACE"
        and b.key not in areas
        and gazetteer.fold(r["text"]) not in SHARED_COUNTRY_NAMES
        and (c := _sole_country(r["text"], r["label"]))
    )
    natural = gazetteer.natural_places()  # "Lombok", "Annapurna": islands and mountains of one country are evidence
    countries.update(b.country for b in base if b.type == "PLACE" and b.country and b.key in natural)
    # an organisation named after a country or people ("Indian Army", "Croatian National Tourist Board") is evidence
    # (not one named after a city: "Abu Dhabi National Oil Company" says little about a Saudi story)
    countries.update(
        b.country for r, b in zip(rows, base) if b.type == "ORG" and b.country and org_country(r["text"], False)
    )
    countries.update(_region_votes(rows, base))
    countries.update("NZL" for r, b in zip(rows, base) if b.key.startswith("place:NZL:") and is_maori_name(r["text"]))
    dateline = _dateline_index(rows)
    countries.update(_dateline_votes(rows, base, dateline))
    countries.update(_region_led_orgs(rows, base))
    countries.update(_shared_country_votes(rows, base))
    countries.update(_repeated_town_votes(rows))
    countries, lone = _lone_namesakes(rows, base, countries)
    home = home_country(countries)
    state_names: dict[str, set[str]] = {}  # US state -> the names that put it in the article
    for r, b in zip(rows, base):
        if b.type == "PLACE" and len(b.states) == 1 and ":" in b.key and not b.key.startswith("town:"):
            for s in b.states:
                state_names.setdefault(s, set()).add(r["text"])
    states = frozenset(state_names)
    base = [
        _elliptic_country(r["text"], _city_part(_other_congo(r["text"], b, countries), countries), countries)
        for r, b in zip(rows, base)
    ]
    base = [_shared_demonym(r["text"], b, countries) for r, b in zip(rows, base)]
    base = [_region_people(r, b, countries) for r, b in zip(rows, base)]
    cities = frozenset(b.country for b in base if b.type == "PLACE" and b.country and b.key.startswith("geonames:"))
    named = frozenset(b.country for b in base if b.country and b.key.startswith(("iso3:", "demonym:")))
    base = [
        _unsupported_town(
            _in_context(r["text"], r["label"], b, countries, _states_besides(state_names, states, r["text"]), home),
            countries,
            states,
            home,
            cities,
            named,
        )
        if b.type == "PLACE" and b.key not in areas
        else b
        for r, b in zip(rows, base)
    ]
    base = [_namesake_home(b, r, home, lone) for r, b in zip(rows, base)]
    base = [_variant_at_home(b, r, home) for r, b in zip(rows, base)]
    base = [_own_name_at_home(b, r, home) for r, b in zip(rows, base)]
    base = _counties_at_home(rows, base, home)
    base = _own_county_towns(rows, base)  # again: context may have sent such a town back abroad
    base = _self_namesakes(rows, base, home, countries, dateline)
    base = _listed_places(rows, _unknown_in_region(rows, _region_apposition(rows, _apposition(rows, base), home)))
    base = _state_codes(rows, base)
    base = _county_names(rows, base)
    base = _named_after_places(rows, base)
    base = _one_sense(rows, base, home)
    located = _located_countries(base, areas)
    if home is not None:
        village_home: str | None = home
    elif located:
        village_home = next(iter(located)) if len(located) == 1 else None
    else:  # no place of any table: the one country named at all ("Welsh" alone makes "Cathays" Welsh)
        village_home = _only_country(countries)
    solid = countries - Counter(
        c for r in rows if gazetteer.generic_place_name(r["text"]) and (c := _sole_country(r["text"], r["label"]))
    )
    base = [
        _unknown_place(_home_namesake(b, r, home, countries), r, village_home, solid)
        if b.type == "PLACE" and b.key not in areas
        else b
        for r, b in zip(rows, base)
    ]
    # only a name sent home unplaced can go over the border: most articles have none, and skip the scan
    placed = _region_placed(rows) if home and any(b.key.startswith(f"place:{home}:") for b in base) else frozenset()
    base = [_neighbour_city(b, r, home, placed) for r, b in zip(rows, base)]
    base = [
        _org_at_home(_party_country(_facility_country(b, r, home, countries), r, home), r, home)
        for r, b in zip(rows, base)
    ]
    base = [_facility_home(b, r, home, countries) for r, b in zip(rows, base)]
    base = _outer_of_inner(rows, base)
    base = _capitals_in_named_states(rows, base, states, home)
    base = _towns_of_named_states(rows, base, states, home)
    base = _listed_towns_abroad(rows, base, home)
    base = _listed_home_namesakes(rows, base, home)
    people = [b for b in base if b.type == "PERSON" and len(b.key.split()) > 1]
    by_token: defaultdict[str, Counter[Resolved]] = defaultdict(Counter)
    for p in people:
        words = p.key.split()
        for tok in {words[0], words[-1]}:
            by_token[tok][p] += 1
        if len(words) > 2:
            by_token[" ".join(words[-2:])][p] += 1  # a double-barrelled surname alone: "Waller-Bridge"
    orgs: dict[str, Resolved] = {}
    out: list[Resolved] = []
    prev: tuple[dict, Resolved] | None = None
    for row, res in zip(rows, base):
        if res.type == "PERSON" and res.key in by_token and (
            len(res.key.split()) == 1 or (" " not in row["text"] and "-" in row["text"])
        ):
            # the most mentioned full name with this surname/family name, then the first seen
            res = max(by_token[res.key].items(), key=lambda kv: kv[1])[0]
        elif res.type == "ORG" and _ACRONYM.match(row["text"]):
            acr = row["text"].replace(".", "")
            if (
                prev
                and prev[1].type == "ORG"
                and 0 < row["start"] - prev[0]["end"] <= 3
                and "(" in (_separator(prev[0], row) or "(")  # not "the Guardia Civil. TPR said"
                and not _ACRONYM.match(prev[0]["text"])
            ):
                orgs[acr] = prev[1]  # "National Intelligence Service (NIS)"
            res = orgs.get(acr, res)
        if res.type == "ORG" and not _ACRONYM.match(row["text"]):
            orgs.setdefault(initials(row["text"]), res)
        out.append(res)
        prev = (row, res)
    return out


def link_mentions(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Batch mentions -> (contract `mentions` with entity ids, contract `entities` of this batch)."""
    if mentions.is_empty():
        return empty("mentions"), empty("entities")
    mentions = mentions.filter(
        pl.col("label").is_in(list(KEPT_LABELS))
        & (pl.col("end") > pl.col("start"))
        & (pl.col("text").str.strip_chars().str.len_chars() > 0)
    ).sort("article_id", "start", "end")
    resolved: list[Resolved] = []
    # one to_dicts over the sorted batch, split by article in Python: a frame per article costs more than its rules
    for _, part in groupby(mentions.to_dicts(), key=lambda r: r["article_id"]):
        resolved.extend(resolve_article(list(part)))
    ids = [r.entity_id for r in resolved]
    out = mentions.with_columns(
        pl.Series("entity_id", ids, dtype=pl.String),
        id_column("article_id", "start", "end", name="mention_id"),
    )
    return conform("mentions", out), conform("entities", _entities(resolved, out["text"].to_list()))


def _entities(resolved: list[Resolved], texts: list[str]) -> pl.DataFrame:
    """One row per entity: canonical fields, aliases seen, mention count."""
    seen: dict[str, Resolved] = {}
    aliases: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    names: dict[str, dict[str, int]] = {}  # plain dicts: a Counter per entity costs more than the rest of the loop
    for res, text in zip(resolved, texts):
        eid = res.entity_id
        seen.setdefault(eid, res)
        aliases.setdefault(eid, set()).add(text)
        counts[eid] += 1
        forms = names.setdefault(eid, {})
        forms[res.name] = forms.get(res.name, 0) + 1
    rows = []
    for eid, res in seen.items():
        forms = names[eid]
        # gazetteer names are fixed; for free-text names the most frequent longest form
        if res.key.split(":")[0] in ("iso3", "geonames", "demonym"):
            name = res.name
        elif len(forms) == 1:
            name = next(iter(forms))
        else:
            name = min(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
        rows.append((eid, name, res.type, res.country, counts[eid], res.geonames_id, res.wikidata_id))
    # the aliases as one flat column cut into lists at offsets: a list column from Python lists makes a Series per row,
    # and grouping a flat column back costs as much as the loop above
    flat = pa.array([alias for eid in seen for alias in sorted(aliases[eid])], pa.large_string())
    offsets = pa.array([0, *accumulate(len(aliases[eid]) for eid in seen)], pa.int32())
    lists = pl.Series("aliases", pa.ListArray.from_arrays(offsets, flat))
    frame = pl.DataFrame(rows, schema=_ENTITY_COLUMNS, orient="row")
    return frame.insert_column(4, lists)  # after country, as in the contract


# tuples with a fixed schema: a frame from row dicts infers each column and costs more than the loop above
_ENTITY_COLUMNS = {
    "entity_id": pl.String,
    "name": pl.String,
    "type": pl.String,
    "country": pl.String,
    "mention_count": pl.Int64,
    "geonames_id": pl.Int64,
    "wikidata_id": pl.String,
}


def merge_entities(previous: pl.DataFrame, batch: pl.DataFrame) -> pl.DataFrame:
    """Snapshot union by entity_id: aliases unioned and sorted, counts summed, first non-null fields kept."""
    both = pl.concat([conform("entities", previous), conform("entities", batch)], how="vertical")
    if both.is_empty():
        return empty("entities")
    merged = both.group_by("entity_id", maintain_order=True).agg(
        pl.col("name").first(),
        pl.col("type").first(),
        pl.col("country").drop_nulls().first(),
        pl.col("aliases").explode().drop_nulls().unique().sort(),
        pl.col("mention_count").sum(),
        pl.col("geonames_id").drop_nulls().first(),
        pl.col("wikidata_id").drop_nulls().first(),
    )
    return conform("entities", merged.sort("entity_id"))


_CITY_TITLE = re.compile(r"^(?:the\s+)?city\s+of\s+(.+)$|^(.+?)\s+city$", re.IGNORECASE)


def _city_title(text: str, label: str) -> str | None:
    """The country of "the City of X" / "X City" when X alone is a place of one country ("the City of Johannesburg")."""
    match = _CITY_TITLE.match(text.strip()) if label in ("GPE", "LOC") else None
    name = (match.group(1) or match.group(2)) if match else None
    return _sole_country(name, label) if name and not _sole_country(text, label) else None


def _name_places(text: str, label: str) -> tuple[gazetteer.Place, ...]:
    """Every place this name may denote: cities, regions, towns and districts."""
    return _context_options(text, label) + gazetteer.towns(text) + gazetteer.districts(text)


def _lone_namesakes(
    rows: list[dict], base: list[Resolved], countries: Counter[str]
) -> tuple[Counter[str], frozenset[tuple[str, str]]]:
    """Evidence without lone namesakes: a country named only by one non-capital place name is dropped when that
    name also denotes a place of the leading other country ("Perth" in a Scottish story), or when it is a small city
    (a US one: of no state the article names) listed beside an unknown place, and another country has strong
    evidence ("Melville, Brixton and Auckland Park" in Johannesburg)."""
    names: defaultdict[str, Counter[str]] = defaultdict(Counter)  # country -> place names giving evidence
    labels: dict[str, str] = {}
    out = Counter(countries)
    for r, b in zip(rows, base):
        if b.type != "PLACE":
            continue
        title = _city_title(r["text"], r["label"])
        if title:
            out[title] += 1  # "City of X" counts as X
        if b.key in gazetteer.world_areas():
            continue
        c = _sole_country(r["text"], r["label"]) or title
        if c:
            names[c][gazetteer.fold(r["text"])] += 1
            labels[gazetteer.fold(r["text"])] = r["label"]
    named_states = [
        (gazetteer.fold(r["text"]), s)
        for r, b in zip(rows, base)
        if b.type == "PLACE" and len(b.states) == 1 and ":" in b.key and not b.key.startswith("town:")
        for s in b.states
    ]

    # a name listed beside a place no gazetteer knows is one of a row of local places: "Melville, Brixton and ..."
    pairs = [
        i
        for i in range(len(rows) - 1)
        if rows[i]["label"] in _PLACE_LABELS and rows[i + 1]["label"] in _PLACE_LABELS and _in_list(rows[i], rows[i + 1])
    ]
    in_lists = {gazetteer.fold(rows[i + j]["text"]) for i in pairs for j in (0, 1)}
    listed = {
        gazetteer.fold(rows[i + j]["text"])
        for i in pairs
        if not _site_in_city(rows[i], rows[i + 1])
        for j in (0, 1)
        if base[i + 1 - j].type == "PLACE" and not base[i + 1 - j].country
    }

    def big(name: str, country: str) -> bool:
        return gazetteer.is_capital(name) or any(
            p.country == country and (p.kind in ("country", "state") or p.population >= gazetteer.RULER_CITY_MIN_POP)
            for p in _options(name, labels[name])
        )

    def big_city(name: str, country: str) -> bool:
        return any(
            p.country == country and p.kind == "city" and p.population >= gazetteer.RULER_CITY_MIN_POP
            for p in _options(name, labels[name])
        )

    core = {c: out[c] - sum(n.values()) for c, n in names.items()}
    strong = {c for c in out if core.get(c, out[c]) > 0 or any(big(n, c) for n in names.get(c, ()))}
    dropped: set[tuple[str, str]] = set()
    for c, n in names.items():
        if core[c] > 0 or len(n) != 1:
            continue
        name = next(iter(n))
        if gazetteer.is_capital(name) or any(p.kind in ("country", "state") for p in _options(name, labels[name])):
            continue
        own = [p for p in _name_places(name, labels[name]) if p.country == c]
        states = {s for key, s in named_states if key != name}  # a US city's own reading names its state
        rivals = [k for k, _ in (out - Counter({c: out[c]})).most_common(1)]  # the article's leading other country
        # a big city's name is shared by villages everywhere ("Dubai" in Uttar Pradesh): only a city is its rival,
        # unless the name is listed with other places ("San Remigio and Medellin" in Cebu)
        lone_big = big(name, c) and name not in in_lists
        readings = _context_options(name, labels[name]) if lone_big else _name_places(name, labels[name])
        others = {p.country for p in readings if not (p.states and not p.states & states)}
        small = name in listed and all(p.kind in ("city", "town") for p in own) and not big(name, c) and (
            all(p.population < HOME_NAMESAKE_MAX_POP for p in own)
            or all(p.states and not p.states & states for p in own)
        )
        # a small city is a stray beside a rival's big city ("Johannesburg") or a rival named as often; not when
        # named more often than the rival ("Chilmari" four times in a Kurigram story that names China twice)
        outnamed = small and any(out[k] >= n[name] or any(big_city(m, k) for m in names.get(k, ())) for k in strong - {c})
        if set(rivals) & others & strong or outnamed:
            dropped.add((name, c))
            out[c] -= n[name]
    return +out, frozenset(dropped)


def _namesake_home(res: Resolved, row: dict, home: str | None, dropped: frozenset[tuple[str, str]]) -> Resolved:
    """A lone namesake abroad (see `_lone_namesakes`) is the place of that name in the article's own country."""
    key = gazetteer.fold(row["text"])
    if home is None or res.type != "PLACE" or (key, res.country or "") not in dropped:
        return res
    return _home_place(row, home)


def _home_place(row: dict, home: str) -> Resolved:
    """The place of this name in the home country, or an unlisted place there."""
    found = [p for p in _name_places(row["text"], row["label"]) if p.country == home]
    if found:
        return place_resolved(found[0])
    return Resolved("PLACE", f"place:{home}:{gazetteer.fold(row['text'])}", _display(row["text"]), home)


_AREA_WORD = re.compile(r"^(?:the\s+)?Co\.?\s+(?=[A-Z])")


def _area_word(row: dict, res: Resolved) -> Resolved:
    """ "Co Limerick" is County Limerick (Irish usage), a place the gazetteer knows by that name."""
    if res.type != "PLACE" or res.country or not _AREA_WORD.match(row["text"]):
        return res
    county = resolve(_AREA_WORD.sub("County ", row["text"]), row["label"])
    return county if county.country else res


def _facility_home(res: Resolved, row: dict, home: str | None, countries: Counter[str]) -> Resolved:
    """A site named after a city abroad the story never names lies in the story's own country ("Auckland Park"
    in a Johannesburg story, "Perth Airport" in a Scottish one)."""
    if row["label"] != "FAC" or home is None or res.country in (None, home) or countries.get(res.country or ""):
        return res
    if res.key in gazetteer.world_areas():
        return res  # "Downing Street" in a story on Danish asylum rules is still in London
    return Resolved("PLACE", f"place:{home}:{gazetteer.fold(row['text'])}", _display(row["text"]), home)


def _capital_namesake(capital: gazetteer.Place, other: gazetteer.Place) -> bool:
    """Whether a city may take a capital's name in context: a real city of its own, a fair share of the capital's
    size (Tripoli of Lebanon beside Libya's; not Moscow, Idaho, nor London, Ontario); a US city would need its
    state named, which evidence counting cannot see (Athens, Georgia)."""
    return (
        other.kind == "city"
        and not other.states
        and other.population >= TOWN_CONTEXT_MAX_POP
        and other.population >= CONTEXT_MIN_SHARE * capital.population
    )


def _best_once_moved(
    best: gazetteer.Place, candidates: tuple[gazetteer.Place, ...], fits: dict[gazetteer.Place, int]
) -> gazetteer.Place:
    """Once context moves a name off its usual place (a big city), the namesake the article names most takes it:
    "Mérida" in a Spanish story naming Venezuela less is Mérida, Spain, not the Venezuelan state."""
    if best is candidates[0] or not fits.get(best):
        return best
    return max(candidates, key=lambda p: (fits.get(p, 0), p is best, -candidates.index(p)))


def _variant_at_home(res: Resolved, row: dict, home: str | None) -> Resolved:
    """A name known nowhere but as another spelling of a place abroad is a place of the story's own country:
    "the Chapare region" in a Bolivian story is no "Chāpar" of India."""
    if home is None or res.type != "PLACE" or res.country in (None, home) or row["label"] not in ("GPE", "LOC"):
        return res
    text = row["text"]
    if gazetteer.lookup_place_variant(text) is None or gazetteer.fold(text) in gazetteer.world_areas():
        return res
    if any(f(name) for name in (text, text.title()) for f in _OWN_NAME_LOOKUPS):
        return res  # a name of its own ("FRANKFURT", "Petit-Goave"), not a mere spelling variant
    return Resolved("PLACE", f"place:{home}:{gazetteer.fold(text)}", _display(text), home)


def _site_in_city(before: dict, row: dict) -> bool:
    """True for a facility then "in <place>": the place locates the site ("the Carnegie Museum in Pittsburgh"),
    the two are no row of local places."""
    return before["label"] == "FAC" and _separator(before, row) == " in "


# a place bearing the name itself, in any of the gazetteers: what a spelling variant is not
_OWN_NAME_LOOKUPS = (gazetteer.place_candidates, gazetteer.towns, gazetteer.districts, gazetteer.alternate_cities)


def _outer_of_inner(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """In "<city>, <name of several places>" the outer name is the one holding the city: "Poti, Georgia" is the
    country, "Lahore, Punjab" the Pakistani province."""
    out = list(base)
    for i in range(len(rows) - 1):
        inner, outer, row = base[i], base[i + 1], rows[i + 1]
        if rows[i]["label"] not in ("GPE", "LOC") or row["label"] not in ("GPE", "LOC"):
            continue
        if not inner.key.startswith("geonames:") or not inner.country or outer.country in (None, inner.country):
            continue
        if _separator(rows[i], row) != ", ":
            continue
        match = [p for p in _options(row["text"], row["label"]) if p.country == inner.country and p.kind != "city"]
        if match:
            out[i + 1] = place_resolved(match[0])
    return out


def _listed_towns_abroad(rows: list[dict], base: list[Resolved], home: str | None) -> list[Resolved]:
    """A small town abroad listed with places of one other country lies there: "in Santa Cruz and El Alto" (Bolivia),
    not the Argentine hamlet of that name; a town in the article's own country moves only to a place of that name
    ("Grand Forks and Fargo" in Manitoba: North Dakota's city), never to an unknown one ("Whitehouse", Jamaica)."""
    out = list(base)
    for i, (row, res) in enumerate(zip(rows, base)):
        if not res.key.startswith("town:") or row["label"] not in ("GPE", "LOC"):
            continue
        near = _listed_neighbours(rows, i)
        found = {base[j].country for j in near if rows[j]["label"] in ("GPE", "LOC") and base[j].country}
        if len(found) != 1 or res.country in found or not all(":" in base[j].key for j in near):
            continue
        country = found.pop()
        if any(not base[j].key.startswith(("town:", "place:")) for j in near):
            moved = _placed_in(row["text"], row["label"], res, country, None)
            if res.country != home or not moved.key.startswith("place:"):
                out[i] = moved
    return out


def _listed_home_namesakes(rows: list[dict], base: list[Resolved], home: str | None) -> list[Resolved]:
    """A city abroad listed among small places of the story's own country, which has a place of that name, is that
    place when nothing else of the story stands for the city's country: "saleyards in Dubbo, Wellington and Mudgee"
    in a New South Wales story. "Auckland, Wellington and Sydney" keeps New Zealand's capital (Auckland is New
    Zealand's); so do a list of big cities ("Chicago, London and on tour") and cities of a million people."""
    if home is None:
        return base
    out = list(base)
    for i, (row, res) in enumerate(zip(rows, base)):
        if res.country in (None, home) or row["label"] != "GPE" or not res.key.startswith("geonames:"):
            continue
        near = _listed_neighbours(rows, i)
        if not near or not all(base[j].country == home and _small_place(rows[j], base[j]) for j in near):
            continue  # "Nashville, Toronto, Denver": a tour's cities are no list of towns
        places = _name_places(row["text"], row["label"])
        if _largest(places, res.country) >= BIG_CITY_POP:
            continue
        key = gazetteer.fold(row["text"])
        if _named_by_another(rows, base, res.country, key):
            continue
        found = [p for p in places if p.country == home]
        if found:
            moved = place_resolved(found[0])
            for k, (r, b) in enumerate(zip(rows, base)):
                if b == res and gazetteer.fold(r["text"]) == key:
                    out[k] = moved  # named again alone, it is the same town
    return out


def _largest(places: tuple[gazetteer.Place, ...], country: str | None) -> int:
    """The population of the biggest of these places in `country` (0 if none lies there)."""
    return max((p.population for p in places if p.country == country), default=0)


def _named_by_another(rows: list[dict], base: list[Resolved], country: str | None, key: str) -> bool:
    """Whether a mention of another name (a place, a people, a body) resolved to `country`."""
    return any(b.country == country and gazetteer.fold(r["text"]) != key for r, b in zip(rows, base))


def _placed_by_another(rows: list[dict], base: list[Resolved], country: str | None, key: str) -> bool:
    """Whether a place or people of `country` is named by something other than the name `key` ("Peru", "Peruvians";
    not "The Lima News", whose country came from the name)."""
    return any(
        b.country == country and b.type in ("PLACE", "NORP") and key not in gazetteer.fold(r["text"])
        for r, b in zip(rows, base)
    )


def _small_place(row: dict, res: Resolved) -> bool:
    """Whether a resolved place is a town or a city of fewer than HOME_NAMESAKE_MAX_POP people."""
    if res.key.startswith("town:"):
        return True
    return res.key.startswith("geonames:") and any(
        p.geonames_id == res.geonames_id and p.population < HOME_NAMESAKE_MAX_POP
        for p in _name_places(row["text"], row["label"])
    )


def _capitals_in_named_states(
    rows: list[dict], base: list[Resolved], states: frozenset[str], home: str | None
) -> list[Resolved]:
    """In a US story, a capital's name listed beside US places is the town of that name in a state the story names:
    "over Barre, Berlin and Williamstown" in a Vermont story (alone, "Berlin" stays the German capital; "listed in
    New York and Lima" in a Peruvian story stays Peru's); so is a country's name listed beside a US town or city
    ("Rumford, Mexico, Peru and Dixfield" in a Maine story), and the list is read again as its names move."""
    if not states or home != "USA":
        return base
    moved: dict[Resolved, Resolved] = {}
    for _ in range(MAX_LIST_PASSES):
        now = [moved.get(res, res) for res in base]
        found = False
        for i, (row, res) in enumerate(zip(rows, now)):
            if res.country in (None, "USA") or row["label"] != "GPE":
                continue
            country = res.key.startswith("iso3:")
            if not (country or gazetteer.is_capital(row["text"])):
                continue
            near = _listed_neighbours(rows, i)
            if not any(
                rows[j]["label"] == "GPE"
                and now[j].country == "USA"
                and (not country or now[j].key.startswith(("town:", "geonames:")))
                for j in near
            ):
                continue
            towns = [p for code in sorted(states) if (p := gazetteer.place_in_state(row["text"], code)) is not None]
            if towns:
                moved[base[i]] = place_resolved(towns[0])
                found = True
        if not found:
            break
    return [moved.get(res, res) for res in base] if moved else base  # "near the Berlin line" too


def _towns_of_named_states(
    rows: list[dict], base: list[Resolved], states: frozenset[str], home: str | None
) -> list[Resolved]:
    """In a US story that names a state, a city abroad whose country nothing else of the story names is the town of
    that name in that state: "the Raiders beat Geneva" in a Dothan, Ala. story ("flew to Geneva for the talks" with
    Switzerland or the Swiss named stays in Geneva; cities of half a million keep their name: "Dublin", "Toronto")."""
    if not states or home != "USA":
        return base
    out = list(base)
    for i, (row, res) in enumerate(zip(rows, base)):
        if res.country in (None, "USA") or row["label"] != "GPE" or res.key.startswith("iso3:"):
            continue
        if _placed_by_another(rows, base, res.country, gazetteer.fold(row["text"])):
            continue
        if _largest(_name_places(row["text"], row["label"]), res.country) >= WORLD_CITY_POP:
            continue  # "a tour of Dublin and Amsterdam", "moved to London": a world city keeps its name
        towns = {p for code in sorted(states) if (p := gazetteer.place_in_state(row["text"], code)) is not None}
        if len(towns) == 1:
            out[i] = place_resolved(towns.pop())
    return out


def _listed_neighbours(rows: list[dict], i: int) -> list[int]:
    """The mentions just before and after mention i that are listed with it ("Barre, Berlin and Williamstown")."""
    return [j for j in (i - 1, i + 1) if 0 <= j < len(rows) and _in_list(*sorted((rows[i], rows[j]), key=_start))]


def _start(row: dict) -> int:
    return row["start"]


def _region_kind(text: str, label: str) -> str | None:
    """The country of a province or state ("Manitoba", "NSW", "Ohio") when the name denotes no other place."""
    options = _options(text, label) if label in ("GPE", "LOC") else ()
    if not options or options[0].kind not in ("state", "subdivision"):
        return None
    # a city of that name abroad is no rival ("Ontario", California); another region or a big city is
    rivals = [p for p in options[1:] if p.country != options[0].country]
    if any(p.kind not in ("city", "town") or p.population >= gazetteer.RULER_CITY_MIN_POP for p in rivals):
        return None
    return options[0].country


SHARED_MIN_NAMES = 3  # names that no one country owns, yet all could lie in one: "Inverness", "Aberdeen", "Aviemore"
SHARED_LEAD = 2


def _shared_country_votes(rows: list[dict], base: list[Resolved]) -> Counter[str]:
    """The country that several place names of no sole country could all lie in, well ahead of any other, is evidence:
    a Scottish story's "Inverness", "Aberdeen" and "Aviemore" each have namesakes abroad, but only Scotland has all."""
    areas = gazetteer.world_areas()
    names: dict[str, set[str]] = {}
    tops: Counter[str] = Counter()  # the countries of each name's usual reading
    for r, b in zip(rows, base):
        if b.type != "PLACE" or r["label"] not in ("GPE", "LOC") or b.key in areas:
            continue
        key = gazetteer.fold(r["text"])
        if key in names or key in SHARED_COUNTRY_NAMES or _sole_country(r["text"], r["label"]):
            continue
        places = _options(r["text"], r["label"]) + gazetteer.towns(r["text"])
        names[key] = {p.country for p in places if p.country}
        if places and places[0].country:
            tops[places[0].country] += 1
    tally = Counter(c for found in names.values() for c in found)
    ranked = tally.most_common(2)
    if not ranked or ranked[0][1] < SHARED_MIN_NAMES or tops[ranked[0][0]] < SHARED_LEAD:
        return Counter()  # two names at least must usually mean a place there: namesakes abroad alone do not add up
    lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0)
    return Counter({ranked[0][0]: lead}) if lead >= SHARED_LEAD else Counter()


def _repeated_town_votes(rows: list[dict]) -> Counter[str]:
    """A town of one country only, named twice or more as a town (GPE), is evidence for it: a story that keeps naming
    "Oamaru" is set in New Zealand (named once, a town may be a namesake no gazetteer lists; the "Rum" of the Isle of
    Rum, a LOC, is no Austrian town)."""
    named = Counter(gazetteer.fold(r["text"]) for r in rows if r["label"] == "GPE")
    out: Counter[str] = Counter()
    for key, n in named.items():
        options = gazetteer.place_options(key) if n >= 2 else ()
        if options and all(p.kind == "town" for p in options) and len({p.country for p in options}) == 1:
            out[options[0].country or ""] += n
    return +out


def _region_votes(rows: list[dict], base: list[Resolved]) -> Counter[str]:
    """A province or state named in a story votes twice for its country: a local story names its region, a
    namesake abroad ("London", "Perth") only its town."""
    return Counter(
        c
        for r, b in zip(rows, base)
        if b.type == "PLACE"
        and (c := _region_kind(r["text"], r["label"]) or (b.country if _AREA_WORD.match(r["text"]) else None))
        and c == b.country
        and c in LOCAL_NEWS_ISO3
    )


def _region_apposition(rows: list[dict], base: list[Resolved], home: str | None = None) -> list[Resolved]:
    """A place followed by ", <province or state>" lies there ("London, Ont.", "Perth, Scotland" aside), and so
    does every other mention of that name in the article."""
    out = list(base)
    placed: dict[str, Resolved] = {}
    for i, (row, res) in enumerate(zip(rows[:-1], base)):
        after = rows[i + 1]
        if row["label"] not in ("GPE", "LOC") or res.key.startswith("iso3:") or _separator(row, after) != ", ":
            continue
        country = _region_kind(after["text"], after["label"])
        if country is None or country == "USA" or res.country == country:
            continue
        options = _context_options(row["text"], row["label"])
        inside = next((p for p in options if p.country == country), None)
        if inside is not None:
            placed[gazetteer.fold(row["text"])] = out[i] = place_resolved(inside)
        elif country == home and all(p.kind in ("city", "town") and p.population < HOME_NAMESAKE_MAX_POP for p in options):
            # a village the tables miss, named after a town abroad: "COMPTON, Que." is not Compton, California
            key = gazetteer.fold(row["text"])
            name = row["text"].title() if row["text"].isupper() else row["text"]
            placed[key] = out[i] = Resolved("PLACE", f"place:{country}:{key}", _display(name), country)
    if placed:
        out = [
            placed.get(gazetteer.fold(r["text"]), b) if r["label"] in ("GPE", "LOC") and b.type == "PLACE" else b
            for r, b in zip(rows, out)
        ]
    return out


def _state_codes(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """ "Elkton, MD": a state's postal code after a US place is that state, and the place the one of that state
    (a code after a place of no US state, "Perth, WA", is left)."""
    out = list(base)
    codes = gazetteer.us_state_codes()
    placed: dict[str, Resolved] = {}
    for i, (row, after) in enumerate(pairwise(rows)):
        state = codes.get(after["text"])
        if state is None or row["label"] not in ("GPE", "LOC") or _separator(row, after) != ", ":
            continue
        inside = gazetteer.place_in_state(row["text"], state.code or "")  # the test the rule that tagged it made
        if inside is not None:
            out[i], out[i + 1] = place_resolved(inside), place_resolved(state)
            placed.setdefault(gazetteer.fold(row["text"]), out[i])
    for i, row in enumerate(rows):
        if (state := codes.get(row["text"])) is not None and _PARTY_LEAD.search(row.get("lead", "")):
            out[i] = place_resolved(state)  # a legislator's state after the party letter: "Sen. Jim Inhofe (R-OK)"
    # the town named again without its state is the same town: "GEORGETOWN, Ky. ... its Georgetown plant"
    return [placed.get(gazetteer.fold(r["text"]), b) if b.type == "PLACE" else b for r, b in zip(rows, out)]


_PARTY_LEAD = re.compile(PARTY_LETTER + "$")


_COUNTY_WORDS = re.compile(r"\s+(count(?:y|ies)|parish(?:es)?)\b")  # lower case: "Cook and DuPage counties"
_COUNTY_LIST_SEP = re.compile(r"\s*,\s*|\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+")
_FULL_COUNTY = re.compile(r"(.+) (?:County|Parish)")


def _county_names(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """A US county or parish named without its word: before a lower-case "counties" ("Cook and DuPage counties",
    "Terrebonne parish officials") or after the article named it in full ("Loudoun County ... Loudoun")."""
    named = {
        gazetteer.fold(m[1]): b
        for r, b in zip(rows, base)
        if b.country == "USA" and (m := _FULL_COUNTY.fullmatch(r["text"]))
    }
    out = list(base)
    word: str | None = None  # the county word the list after this row ends in
    for i in range(len(rows) - 1, -1, -1):
        row = rows[i]
        tail = _COUNTY_WORDS.match(row.get("tail") or "")
        if tail:
            word = tail[1]
        elif not (word and i + 1 < len(rows) and _COUNTY_LIST_SEP.fullmatch(_separator(row, rows[i + 1]) or "")):
            word = None
        if row["label"] not in ("GPE", "LOC", "PERSON", "ORG"):
            continue
        key = gazetteer.fold(row["text"])
        if word and (county := gazetteer.us_county(row["text"], word)):
            out[i] = named.get(key) or place_resolved(county)
        elif key in named and row["label"] != "PERSON" and not _big_place(row["text"]):
            out[i] = named[key]
    return out


def _big_place(text: str) -> bool:
    """A country, a state or a city of 100,000+ people by this name ("Washington" of "Washington County")."""
    return any(
        p.kind in ("country", "state") or p.population >= HOME_NAMESAKE_MAX_POP for p in gazetteer.place_candidates(text)
    )


def _self_namesakes(
    rows: list[dict], base: list[Resolved], home: str | None, countries: Counter[str], dateline: int | None
) -> list[Resolved]:
    """In local news of an English-writing country, a small place abroad whose country only it names is a namesake
    at home: "Brixton" in a Johannesburg story (a dateline, a capital or a city of 100,000 people stays)."""
    if home not in LOCAL_NEWS_ISO3 | {"USA"}:
        return base  # a foreign story names famous small places abroad: "Cannes", "Maranello", "Kourou"
    named = Counter(gazetteer.fold(r["text"]) for r, b in zip(rows, base) if b.type == "PLACE")
    out = list(base)
    for i, (row, res) in enumerate(zip(rows, base)):
        key = gazetteer.fold(row["text"])
        if (
            res.type != "PLACE"
            or res.country in (None, home)
            or row["label"] not in ("GPE", "LOC")
            or not res.key.startswith(("geonames:", "town:", "district:", "iso3166-2:"))
            or countries.get(res.country, 0) > named[key]
            or _named_by_another(rows, base, res.country, key)
            or gazetteer.is_capital(row["text"])
            or i == dateline  # a dateline is where the story was filed
        ):
            continue
        options = [p for p in _name_places(row["text"], row["label"]) if p.country == res.country]
        # a region abroad gives way too when the home country has a town of the name: "Ararat" in a Victorian story
        region_ok = any(p.country == home for p in gazetteer.towns(row["text"]))
        kinds = ("city", "town", "subdivision") if region_ok else ("city", "town")
        if all(p.kind in kinds and p.population < HOME_NAMESAKE_MAX_POP for p in options):
            out[i] = _home_place(row, home)
    return out


def _one_sense(rows: list[dict], base: list[Resolved], home: str | None) -> list[Resolved]:
    """A place named again is the same place: "LIMA, Ohio" makes the story's other "Lima"s the Ohio city, unless
    another place or people of the story stands for the other reading's country ("Peru", "Peruvians"; not "The Lima
    News", whose country came from the name); and an unknown place placed once ("Tramore and Dunmore East") is placed
    wherever it is named."""
    placed: dict[str, Resolved] = {}
    for row, res in zip(rows, base):
        # placed at home, or in a story of no home: a list read early may place a name abroad ("Khayelitsha,
        # Nyanga" beside Gabon's Nyanga before Nyanga comes home)
        if res.key.startswith("place:") and res.country and home in (None, res.country) and row["label"] in ("GPE", "LOC"):
            placed.setdefault(gazetteer.fold(row["text"]), res)
    if placed:
        base = [
            placed.get(gazetteer.fold(r["text"]), b)
            if b.type == "PLACE" and not b.country and ":" not in b.key and b.key not in gazetteer.world_areas()
            else b
            for r, b in zip(rows, base)
        ]
    if home is None:
        return base
    at_home: dict[str, Resolved] = {}
    for row, res in zip(rows, base):
        if res.country == home and row["label"] in ("GPE", "LOC") and res.key.startswith(("geonames:", "town:")):
            at_home.setdefault(gazetteer.fold(row["text"]), res)
    if not at_home:
        return base
    out = list(base)
    moved: dict[str, str] = {}  # name -> the country its other reading lay in
    for i, (row, res) in enumerate(zip(rows, base)):
        key = gazetteer.fold(row["text"])
        if res.type != "PLACE" or res.country in (None, home) or key not in at_home:
            continue
        if not _placed_by_another(rows, base, res.country, key):
            out[i] = at_home[key]
            moved[key] = res.country or ""
    for i, (row, res) in enumerate(zip(rows, out)):
        # the bodies the name leads move with it: "Lima City Council", "The Lima News"
        words = gazetteer.fold(row["text"]).removeprefix("the ")
        lead = next((k for k in moved if words.startswith(k + " ")), None)
        if lead and res.type == "ORG" and res.country == moved[lead]:  # a place keeps its own id and country
            out[i] = Resolved(res.type, res.key, res.name, home, res.geonames_id, res.wikidata_id, res.states)
    return out


def _iwi(row: dict, res: Resolved) -> Resolved:
    """A Māori iwi ("Ngāi Tahu", "Ngāti Kahu") is a people of New Zealand."""
    words = row["text"].split(" ", 1)
    if res.type != "NORP" or res.country or words[0] not in IWI_PREFIXES or not words[1:2] or not words[1][:1].isupper():
        return res
    return Resolved("NORP", f"demonym:NZL:{gazetteer.fold(row['text'])}", _display(row["text"]), "NZL")


DATELINE_VOTES = 6  # extra votes of the country a story is filed from ("KATHMANDU, Nepal -")


DATELINE_MAX_START = 400  # a page's dateline follows its headline and byline ("By Jessica Peters, Abbotsford News")
_DATELINE_TAIL = re.compile(r"^(?:,|\s*\(|\s*[-—–]|:)")  # "BEND, Ore. —", "DAKAR (Reuters) -", "NEW DELHI:"


def _dateline_index(rows: list[dict]) -> int | None:
    """The mention that opens the story's dateline: a place in capitals at the start of the text or of a line
    near the top, followed by its region, an agency, a dash or a colon."""
    for i, row in enumerate(rows):
        if row["start"] > DATELINE_MAX_START:
            return None
        if (
            (row["start"] == 0 or row.get("lead", "").endswith("\n"))
            and row["label"] in ("GPE", "LOC")
            and row["text"].isupper()
            and _DATELINE_TAIL.match(row.get("tail", ","))
        ):
            return i
    return None


def _dateline_country(rows: list[dict], base: list[Resolved], at: int) -> str | None:
    """The country of the dateline: of "<PLACE>, <Region>" the region's, else the place's own when no namesake
    abroad shares its name ("PRINCETON, B.C." is no vote for New Jersey)."""
    if _dateline_rows(rows, at) == 2:
        return _sole_country(rows[at + 1]["text"], rows[at + 1]["label"]) if base[at + 1].type == "PLACE" else None
    return _sole_country(rows[at]["text"], rows[at]["label"]) if base[at].key not in gazetteer.world_areas() else None


def _dateline_votes(rows: list[dict], base: list[Resolved], at: int | None) -> Counter[str]:
    """The dateline's country (its mention at `at`) is a strong vote when the body names it too: a story filed from a
    place and about its country ("KATHMANDU, Nepal -" ... "Nepali police"), not a company's home port ("COPENHAGEN -
    Maersk ...")."""
    if at is None:
        return Counter()
    country = _dateline_country(rows, base, at)
    if country is None or not any(b.country == country for b in base[at + _dateline_rows(rows, at) :]):
        return Counter()
    return Counter({country: DATELINE_VOTES})


def _dateline_rows(rows: list[dict], at: int) -> int:
    """How many mentions the dateline holds: the place, and the region after ", " if there is one."""
    return 2 if len(rows) > at + 1 and _separator(rows[at], rows[at + 1]) == ", " else 1


def _unknown_in_region(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """A place no gazetteer knows followed by ", [the] <country, province or county>" lies in that country:
    "Keringet, the Nakuru County farming town" is Kenyan whatever country the story is filed from."""
    out = list(base)
    for i, (row, res) in enumerate(zip(rows[:-1], base)):
        if res.type != "PLACE" or res.country or ":" in res.key or row["label"] not in ("GPE", "LOC"):
            continue
        after, outer = rows[i + 1], base[i + 1]
        if _separator(row, after) not in (", ", ", the ", ", a ", ", an "):
            continue
        country = outer.country if outer.key.startswith("iso3:") else _region_kind(after["text"], after["label"])
        if country:
            out[i] = Resolved("PLACE", f"place:{country}:{res.key}", res.name, country)
    return out


def _region_people(row: dict, res: Resolved, countries: Counter[str]) -> Resolved:
    """A people named after a region ("Sarawakians") is of the region's country when the article names it."""
    if res.type != "NORP" or res.country or row["label"] != "NORP":
        return res
    named = [c for c in region_people(row["text"]) if countries.get(c)]
    if not named:
        return res
    country = max(named, key=lambda c: countries[c])
    return Resolved("NORP", f"demonym:{country}:{gazetteer.fold(row['text']).removesuffix('s')}", res.name, country)


def _bare_county(row: dict, res: Resolved) -> Resolved:
    """A place no other gazetteer knows that is a county ("Kerry", "Clare": left out of the regions as first names)
    of one country only."""
    if res.type != "PLACE" or res.country or ":" in res.key or row["label"] not in ("GPE", "LOC"):
        return res
    found = gazetteer.counties().get(gazetteer.fold(row["text"]), ())
    return place_resolved(found[0]) if len({p.country for p in found}) == 1 else res


def _own_name_at_home(res: Resolved, row: dict, home: str | None) -> Resolved:
    """A city abroad matched only by one of its alternate names ("Par" for Paris) yields to a place of the story's
    own country bearing that name as its own (Par, Cornwall)."""
    if home is None or res.type != "PLACE" or res.country in (None, home) or not res.key.startswith("geonames:"):
        return res
    key = gazetteer.fold(row["text"])
    if row["label"] not in ("GPE", "LOC") or gazetteer.fold(res.name).split(",")[0] == key or gazetteer.is_capital(key):
        return res  # an own name ("Washington, D.C."), a capital's other name
    own = [p for p in _name_places(row["text"], row["label"]) if p.country == home and gazetteer.fold(p.name) == key]
    return place_resolved(own[0]) if own else res


def _region_led_orgs(rows: list[dict], base: list[Resolved]) -> Counter[str]:
    """A body named after a province or state of an English-writing country ("Queensland Fire Department", "Alberta
    Health Services") votes for that country, as "Indian Army" votes for India."""
    return Counter(
        c for r, b in zip(rows, base) if b.type == "ORG" and not b.country and (c := gazetteer.region_led_country(r["text"]))
    )


def _own_county_towns(rows: list[dict], base: list[Resolved]) -> list[Resolved]:
    """A town whose own county the article names is that county's town: "Perth" beside "Perthshire" is Perth,
    Scotland, not the Australian city (which would also pull "Scone" and the "River Tay" to Australia)."""
    shires: dict[str, str] = {}
    for r, b in zip(rows, base):
        if b.type == "PLACE" and b.country and (name := _shire_town(gazetteer.fold(r["text"]))):
            shires[name] = b.country
    if not shires:
        return base
    out = list(base)
    for i, (r, b) in enumerate(zip(rows, base)):
        country = shires.get(gazetteer.fold(r["text"]))
        if country is None or b.type != "PLACE" or b.country == country or r["label"] not in ("GPE", "LOC"):
            continue
        text, label = r["text"], r["label"]
        options = (*_context_options(text, label), *gazetteer.alternate_cities(text), *gazetteer.towns(text))
        found = next((p for p in options if p.country == country), None)
        if found is not None:
            out[i] = place_resolved(found)
    return out


def _shire_town(county: str) -> str | None:
    """ "perth" of "perthshire", "inverness" of "inverness-shire"; None for a name that is no such county."""
    for ending in ("-shire", "shire"):
        if county.endswith(ending) and len(county) > len(ending) + 2 and " " not in county:
            return county[: -len(ending)]
    return None


def _counties_at_home(rows: list[dict], base: list[Resolved], home: str | None) -> list[Resolved]:
    """ "Kings County" in a Nova Scotia story: a US reading of "X County", in a story of another country that names no
    US state, is the county of that name in the story's own country."""
    if home in (None, "USA") or any(gazetteer.fold(r["text"]) in gazetteer.us_states() for r in rows):
        return base
    out = list(base)
    for i, (row, res) in enumerate(zip(rows, base)):
        words = gazetteer.fold(row["text"]).split()
        if res.country != "USA" or row["label"] not in ("GPE", "LOC") or len(words) < 2 or words[-1] != "county":
            continue
        name = " ".join(words[:-1])
        found = [p for p in (*gazetteer.districts(name), *gazetteer.counties().get(name, ())) if p.country == home]
        out[i] = place_resolved(found[0]) if found else _home_place(row, home)
    return out


def _region_placed(rows: list[dict]) -> frozenset[str]:
    """Names the article itself places in a province or state: "COMPTON, Que."."""
    return frozenset(
        gazetteer.fold(row["text"])
        for row, after in pairwise(rows)
        if row["label"] in ("GPE", "LOC")
        and _separator(row, after) == ", "
        and _region_kind(after["text"], after["label"])
    )


# the thirteen US states on the Canadian border, by land or across the Great Lakes: in a Canadian story, an unlisted
# "Apex" or "Appleton" is no city of North Carolina or Wisconsin "just over the border"
US_BORDER_STATES = frozenset(
    f"US-{s}" for s in ("AK", "WA", "ID", "MT", "ND", "MN", "MI", "OH", "PA", "NY", "VT", "NH", "ME")
)


def _neighbour_city(res: Resolved, row: dict, home: str | None, placed: frozenset[str] = frozenset()) -> Resolved:
    """A name the story's own country has no place of, sent home only because its country goes unnamed, is the city
    of that name just over the border: "Dundalk" in a Newry story is in Ireland, not an unlisted place of the UK."""
    if home is None or not res.key.startswith(f"place:{home}:") or row["label"] not in ("GPE", "LOC"):
        return res
    if gazetteer.fold(row["text"]) in placed:
        return res  # its country is named beside it
    if gazetteer.generic_place_name(row["text"]):
        return res  # "South Shore": a part of a town at home, not the Chicago neighbourhood
    options = _name_places(row["text"], row["label"])
    if any(p.country == home for p in options):
        return res
    key = gazetteer.fold(row["text"])  # a city bearing the name itself, not "Annapolis" for "Annapolis County"
    near = [
        p
        for p in options
        if p.kind == "city"
        and p.country in gazetteer.neighbours().get(home, ())
        and gazetteer.fold(p.name) == key
        and not (home == "CAN" and p.states and not p.states & US_BORDER_STATES)
    ]
    return place_resolved(near[0]) if len({p.country for p in near}) == 1 else res
