"""The shipped list of well-known organisations: it parses, its aliases are unique and safe, NER uses it."""

from __future__ import annotations

import csv
import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path

import faker.providers.person
import pytest
import spacy

from newslake import config, gazetteer
from newslake.nlp_common import Lexicon, lexicon
from newslake.nlp_words import ARMED_SERVICES, ORG_AFTER, ORG_WORDS

DATA = Path(gazetteer.__file__).parent / "data"
ORGS = DATA / "organizations.csv"
LOOKUP = DATA / "organizations_lookup.csv"
COMPANIES = DATA / "companies.csv"
_PART = r"[\w&'’.,+\-–/()]+"
_SHAPE = re.compile(rf"(?:al-|el-|ad-|an-|as-)?({_PART}(?: {_PART})*)")
_ARTICLES = ["the", "de", "la", "le", "el", "il", "du", "des", "di", "da", "do", "der", "die", "das", "al"]
CONNECTORS = frozenset(["of", "and", "for", "on", "in", "&", *_ARTICLES])
HEAD_WORDS = ORG_WORDS | ARMED_SERVICES | ORG_AFTER
# rows older than the safety rule, each a deliberate choice ("Apple", "Meta", "WHO" and "AP" are also kept
# out of the entity ruler by gazetteer.ruler_phrases); new rows must pass the rule
LEGACY = frozenset(
    [
        *["UN", "U.N.", "EU", "E.U.", "AP", "BP", "IS", "Fed", "G7", "NIS", "NATO", "WHO", "IMF", "FBI"],
        *["CIA", "UNESCO", "WTO", "OPEC", "UNICEF", "IAEA", "NASA", "ASEAN", "AFP", "ICC", "ISIS", "NSA"],
        *["FSB", "GOP", "SNP", "Tass", "TASS", "Pentagon", "Kremlin", "Hamas", "Hezbollah", "Taliban"],
        *["Interpol", "Google", "Alphabet", "Twitter", "Meta", "Apple", "Disney", "Tesla", "Toyota"],
        *["Airbus", "Xinhua", "Scientology", "Siemens", "BlackRock", "Nissan", "Xiaomi", "Nokia"],
        *["Anthropic", "Europol", "Mossad", "Fatah", "Kuomintang", "Politico", "al-Qaeda", "al-Shabaab"],
        *["United Nations", "Red Cross", "Islamic State", "Al-Qaeda", "al Qaeda", "Al Qaeda"],
        *["The Guardian", "General Motors", "Rio Tinto", "Amnesty International", "Muslim Brotherhood"],
        *["The Economist", "Der Spiegel", "Ericsson", "Standard & Poor's"],
    ]
)


def _rows(path: Path = ORGS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def _english() -> tuple[frozenset[str], Lexicon]:
    """Nouns, verbs, adjectives, adverbs and stop words of the shipped model's lemmatizer, and its Lexicon."""
    nlp = spacy.load(config.SPACY_PACKAGE, enable=[])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index[pos])
    return words | nlp.Defaults.stop_words, lexicon(nlp)


def is_english_word(word: str) -> bool:
    """True for an English word in any case or number ("Target", "Partners", "AIM"): companies.py's rule."""
    low, (words, lex) = word.lower(), _english()
    return bool(lex.singulars(low) & words) or low in words or low.rstrip("s") in words


@cache
def person_names() -> frozenset[str]:
    """First names and surnames in Latin script of every Faker locale ("Gunvor", "Tasnim", "Lamborghini")."""
    out: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            names = provider.__dict__.get(attr)  # a dict of weights, a tuple, or a property in some locales
            if isinstance(names, dict | tuple | list):
                out.update(n for n in names if isinstance(n, str) and re.fullmatch(r"[A-Z][a-z'-]+", n))
    return frozenset(out)


def is_place(text: str) -> bool:
    """True for a country, city, town, region, world area or demonym: the place reading must stay."""
    return bool(
        gazetteer.place_candidates(text)
        or gazetteer.is_town(text)
        or gazetteer.fold(text) in gazetteer.world_areas()
        or gazetteer.lookup_demonym(text)
    )


def alias_problem(alias: str) -> str | None:
    """Why an alias is unsafe to tag ORG wherever it occurs in exact case, or None when it is safe."""
    if len(alias) < 3:
        return "two letters name too many things"
    shape = _SHAPE.fullmatch(alias)
    if not shape or not (shape[1][0].isupper() or shape[1][0].isdigit()):
        return "not a name's shape (a capital or digit first; letters, digits, spaces and & ' . , + - / ( ))"
    alias = re.sub(r"^The ", "", alias)  # lookups drop it: "The Hill" would make every "Hill" an organisation
    alias = re.sub(r"[’']s$", "", alias)  # and the possessive: "Lloyd's" would make every "Lloyd" one
    if is_place(alias):
        return "a place name or demonym"
    words = [w for w in re.split(r"[ \-]", alias) if w]
    if len(words) == 1 and alias in person_names():
        return "a first name or surname"
    if len(words) == 1:
        return "an English word" if is_english_word(alias) else None
    content = [w for w in words if w.lower() not in CONNECTORS]
    plain = all(is_english_word(w) and not is_place(w) for w in content)
    if len(content) < 3 and plain and not any(w.lower() in HEAD_WORDS for w in content):
        return "a phrase of English words with no organisation word"
    return None


def test_the_file_parses_with_a_name_for_every_alias():
    rows = _rows()
    assert len(rows) > 1000
    assert all(set(r) == {"alias", "name", "wikidata_id"} for r in rows)
    assert all(r["alias"] and r["name"] for r in rows)
    assert all(re.fullmatch(r"(Q[1-9]\d*)?", r["wikidata_id"]) for r in rows)


def test_no_alias_is_listed_twice_here_or_in_the_company_list():
    rows = _rows()
    aliases = [r["alias"] for r in rows]
    assert len(aliases) == len(set(aliases))
    names: dict[str, set[str]] = {}
    for r in rows:  # case and accent variants ("Zanu-PF", "ZANU-PF") are kept for the exact-case ruler
        names.setdefault(gazetteer.fold(r["alias"]), set()).add(r["name"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}
    with COMPANIES.open(encoding="utf-8", newline="") as fh:
        listed = {gazetteer.fold(r["alias"]) for r in csv.DictReader(fh)}
    assert not set(names) & listed


def test_every_alias_is_safe_in_exact_case():
    aliases = (r["alias"].removeprefix("the ") for r in _rows())  # the ruler skips "the Pentagon"
    unsafe = {a: why for a in aliases if a not in LEGACY and (why := alias_problem(a))}
    assert unsafe == {}


@pytest.mark.parametrize(
    ("alias", "safe"),
    [
        ("Petrobras", True),
        ("Ecopetrol", True),
        ("World Food Programme", True),
        ("Shell", False),  # English words
        ("Target", False),
        ("CARE", False),  # an English word in capitals
        ("Chelsea", False),  # a place
        ("Lamborghini", False),  # a surname
        ("Georgia", False),
        ("Kurdish", False),  # a demonym
        ("EU", False),  # too short
        ("Shining Path", False),  # two English words and no organisation word
        ("The Hill", False),  # lookups drop "The": every "Hill" would be an organisation
        ("Lloyd's", False),  # and the possessive: every "Lloyd" would be one
        ("Five Star Movement", True),
    ],
)
def test_the_safety_rule(alias, safe):
    assert (alias_problem(alias) is None) is safe


@pytest.mark.parametrize(
    ("text", "name"),
    [  # without the list the model tags none of these ORG
        ("Petrobras raised diesel prices for the second time this month.", "Petrobras"),  # model: PERSON
        ("Shares of Pertamina and Petronas rose in early trade.", "Petronas"),  # model: PERSON
        ("The ruling Zanu-PF won two thirds of the seats.", "Zanu-PF"),  # model: PERSON
        ("The Tatmadaw shelled villages held by the Arakan Army.", "Tatmadaw"),  # model: PERSON
        ("Kazatomprom cut its uranium output forecast.", "Kazatomprom"),  # model: nothing
        ("Fenerbahce fans marched to the stadium before the derby.", "Fenerbahce"),
        (
            "Fighters loyal to Jama'at Nusrat al-Islam wal-Muslimin attacked the convoy.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        ("Tehreek-e-Labbaik Pakistan supporters blocked the highway.", "Tehreek-e-Labbaik Pakistan"),
    ],
)
def test_listed_organisations_are_tagged_org(mention_labels, text, name):
    assert mention_labels(text).get(name) == "ORG"


def test_names_resolve_to_one_canonical_organisation():
    assert gazetteer.lookup_org("UNDP").name == "UN Development Programme"
    assert gazetteer.lookup_org("United Nations Development Programme").name == "UN Development Programme"
    assert gazetteer.lookup_org("Petrobras") is not None


def test_lookup_only_names_are_unique_and_unsafe_for_the_ruler():
    rows = _rows(LOOKUP)
    assert len(rows) > 100
    assert all(set(r) == {"alias", "name", "wikidata_id"} and r["alias"] and r["name"] for r in rows)
    keys = [gazetteer.fold(r["alias"]) for r in rows]
    assert len(keys) == len(set(keys))
    listed = {gazetteer.fold(r["alias"]) for r in _rows()} | {gazetteer.fold(r["alias"]) for r in _rows(COMPANIES)}
    assert set(keys) & listed == set()
    # a name the safety rule passes (with or without accents) belongs in organizations.csv; a place name would
    # never be retyped
    safe = [r["alias"] for r in rows if not (alias_problem(r["alias"]) or alias_problem(gazetteer.unaccented(r["alias"])))]
    assert safe == []
    assert [r["alias"] for r in rows if gazetteer.place_candidates(r["alias"])] == []


def test_lookup_only_names_never_reach_the_entity_ruler():
    ruler = set(gazetteer.ruler_phrases()["ORG"])
    assert ruler & {r["alias"] for r in _rows(LOOKUP)} == set()
    assert gazetteer.lookup_org("Credit Suisse") is not None  # but lookups know them


@pytest.mark.parametrize(
    ("text", "name"),
    [  # the model tags these PERSON; the lookup-only list retypes the span it found
        ("Shares of Berkshire Hathaway slipped after the results.", "Berkshire Hathaway"),
        ("Gunvor sold the cargo to a buyer in Asia.", "Gunvor"),
    ],
)
def test_lookup_only_names_retype_a_span_the_model_found(mention_labels, text, name):
    assert mention_labels(text).get(name) == "ORG"


def test_lookup_only_names_add_nothing_the_model_missed(mention_labels):
    assert "Fitch" not in mention_labels("Fitch downgraded the country's credit rating to junk on Friday.")
