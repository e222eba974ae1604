"""The shipped list of listed companies: name forms, the safety rule, and what the NER fixes make of it."""

from __future__ import annotations

import csv

import pytest

from newslake import gazetteer
from newslake.companies import OUT, company_rows, legal_name_forms, named_after_person, news_safe

COMMON = {"target", "vale", "next", "partner", "global", "payment", "steel", "dynamic", "block", "match"}
PLACES = {"Toyota", "Texas", "Kalmar"}


def _common(word: str) -> bool:
    low = word.lower()
    return low in COMMON or low.removesuffix("s") in COMMON


def _place(name: str) -> bool:
    return name in PLACES


@pytest.mark.parametrize(
    ("legal", "forms"),
    [
        ("Anglo American plc", ["Anglo American"]),
        ("Aegon N.V.", ["Aegon"]),
        ("BT Group", ["BT Group", "BT"]),
        ("Swiss Reinsurance Company Ltd", ["Swiss Reinsurance Company", "Swiss Reinsurance"]),
        ("The Cheesecake Factory", ["Cheesecake Factory"]),
        ("Eli Lilly and Company", ["Eli Lilly"]),
        ("KalmarB", ["Kalmar"]),
        ("Deutz AG", ["Deutz"]),
        ("Banco Santander, S.A.", ["Banco Santander"]),
        ("Société Générale S.A.", ["Société Générale", "Societe Generale"]),  # wire copy drops accents
        ("IndustrivärdenC", ["Industrivärden", "Industrivarden"]),
    ],
)
def test_legal_forms_are_cut_to_the_names_news_uses(legal, forms):
    assert legal_name_forms(legal) == forms


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Diageo", True),
        ("Anglo American", True),
        ("Texas Instruments", True),  # a place among the words makes the phrase a name
        ("Target", False),  # English words
        ("Vale", False),
        ("Partners", False),
        ("Global Payments", False),  # only English words: a title-case headline would match
        ("Steel Dynamics", False),
        ("Toyota", False),  # also a city: the place reading stays
        ("BT", False),  # too short to be safe
        ("3M", False),
    ],
)
def test_safety_rule(name, safe):
    assert news_safe(name, _common, _place) is safe


def test_names_of_founders_are_left_out_but_not_partner_firms():
    assert named_after_person("Ralph Lauren", "Ralph Lauren | Patrice Louvet ( president and CEO )")
    assert named_after_person("Estee Lauder", "Estée Lauder | Fabrizio Freda")
    assert not named_after_person("Goldman Sachs", "Marcus Goldman Samuel Sachs | David M. Solomon")
    rows = company_rows(
        [("Ralph Lauren Corporation", "Ralph Lauren"), ("Block, Inc.", ""), ("Diageo plc", "Debra Crew (CEO)")],
        _common,
        _place,
    )
    # the long form names the firm only; "Block" is an English word
    assert rows == [("Diageo", "Diageo"), ("Ralph Lauren Corporation", "Ralph Lauren Corporation")]


def test_shipped_list_holds_safe_listed_names_only():
    with OUT.open(encoding="utf-8", newline="") as fh:
        aliases = {r["alias"] for r in csv.DictReader(fh)}
    assert {"Diageo", "Anglo American", "Adyen", "Rheinmetall", "Kering", "Texas Instruments"} <= aliases
    assert not {"Target", "Next", "Block", "Match", "Pool", "Ralph Lauren", "Toyota", "Kalmar"} & aliases
    assert gazetteer.lookup_org("Anglo American").name == "Anglo American"
    assert gazetteer.lookup_org("unilever").name == "Unilever"  # the hand-made list still answers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Diageo fell 4% after the drinks maker cut its forecast.", "Diageo"),  # model: GPE
        ("Kering said sales at its biggest brand dropped by a fifth.", "Kering"),  # model: nothing
        ("Investors sold Adyen after the payments firm missed targets.", "Adyen"),  # model: PRODUCT
        ("Rheinmetall will supply the shells, and Hensoldt the radars.", "Hensoldt"),  # model: PERSON
        ("Anglo American agreed to sell its coal mines.", "Anglo American"),  # model: NORP + NORP
    ],
)
def test_listed_companies_are_organisations(mention_labels, text, name):
    assert mention_labels(text).get(name) == "ORG"


def test_a_person_sharing_a_firms_name_stays_a_person(mention_labels):
    assert mention_labels("Mr Suzuki said the plan was sound.").get("Suzuki") == "PERSON"
    assert mention_labels("Ralph Lauren said he would step back.").get("Ralph Lauren") == "PERSON"


def test_a_firm_that_is_also_a_town_is_the_firm_unless_the_text_says_place(mention_labels):
    text = "BHP, Glencore and Rio Tinto were weighing offers, people in London and Johannesburg said."
    assert mention_labels(text).get("Rio Tinto") == "ORG"  # the model: GPE (a Portuguese town)
    assert mention_labels("Denso, a supplier to Toyota, cut its forecast.").get("Toyota") == "ORG"
    assert mention_labels("Workers in Toyota, a city in Japan, marched.").get("Toyota") == "GPE"
