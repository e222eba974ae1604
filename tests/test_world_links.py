"""Country codes in world and regional news: datelines, places described by their region, regional peoples."""

from __future__ import annotations

import pytest

from newslake.datelines import dateline_places
from newslake.entities import doc_mentions, resolve, resolve_article
from newslake.nlp_common import place_not_people, region_people


def _resolved(nlp, text: str) -> dict[str, str | None]:
    rows = sorted(doc_mentions(nlp(text)), key=lambda m: m["start"])
    return {r["text"]: x.country for r, x in zip(rows, resolve_article(rows))}


def _row(text: str, label: str, start: int, lead: str) -> dict:
    return {"text": text, "label": label, "start": start, "end": start + len(text), "lead": lead}


def test_the_dateline_country_places_an_unknown_village_despite_a_neighbour_named_more(nlp):
    text = (
        "SAINT-LOUIS, Senegal — Fishermen blocked the bridge on Monday over a gas field shared with Mauritania. "
        "Mauritania and its capital Nouakchott back the project, a Mauritanian official said. "
        "Senegalese families have been moved to a camp at Djougop."
    )
    assert _resolved(nlp, text)["Djougop"] == "SEN"


def test_a_dateline_town_of_a_region_votes_for_the_region_not_a_namesake_abroad():
    # "PRINCETON, B.C." is British Columbia's Princeton: no vote for New Jersey's, none for the US
    rows = [
        _row("PRINCETON", "GPE", 0, ""),
        _row("B.C.", "GPE", 11, "NCETON, "),
        _row("Qalatwa", "GPE", 60, "ital in "),  # a village no gazetteer knows
        _row("Oregon", "GPE", 90, "ear the "),
        _row("Idaho", "GPE", 110, "nd then "),
        _row("Canada", "GPE", 140, "ross in "),  # the body names the dateline's country too
    ]
    assert resolve_article(rows)[2].country == "CAN"


def test_a_dateline_the_body_never_returns_to_is_no_strong_vote():
    # "COPENHAGEN - Maersk ...": a company's home port, the story is about Georgia and the US
    rows = [
        _row("COPENHAGEN", "GPE", 0, ""),
        _row("Qalatwa", "GPE", 60, "ital in "),
        _row("Oregon", "GPE", 90, "ear the "),
        _row("Idaho", "GPE", 110, "nd then "),
    ]
    assert resolve_article(rows)[1].country != "DNK"


def test_an_unknown_all_caps_place_before_a_country_is_a_dateline_place(nlp):
    text = "KHOROG, Tajikistan — Power cuts hit the town again on Monday, officials in Dushanbe said."
    assert (0, 6) in dateline_places(text)
    assert _resolved(nlp, text)["KHOROG"] == "TJK"


def test_an_all_caps_word_before_a_non_country_is_no_dateline():
    assert dateline_places("ACME, Inc. — shares fell.") == []


def test_an_unknown_place_described_by_its_county_lies_in_that_country_whatever_the_dateline(nlp):
    text = (
        "TOKYO - Faith Kipyegon won the title at the National Stadium in Japan. "
        "In Keringet, the Nakuru County farming town where she grew up, neighbours gathered."
    )
    assert _resolved(nlp, text)["Keringet"] == "KEN"


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Sarawakians", "MYS"), ("Bougainvilleans", "PNG"), ("Sindhi", "PAK"), ("Tigrayans", "ETH"), ("Sumatran", "IDN")],
)
def test_a_people_named_after_a_region_has_the_regions_country(word, iso3):
    assert iso3 in region_people(word)


@pytest.mark.parametrize("word", ["Christians", "Americans", "Muslims", "Kurds", "Scots"])
def test_peoples_not_named_after_a_region_yield_no_region(word):
    assert region_people(word) == frozenset()


def test_a_regional_people_takes_its_country_only_where_the_article_names_it():
    named = [_row("Malaysia", "GPE", 0, ""), _row("Sarawakians", "NORP", 30, "ts said ")]
    assert resolve_article(named)[1].country == "MYS"
    alone = [_row("Sarawakians", "NORP", 30, "ts said ")]
    assert resolve_article(alone)[0].country is None


def test_towns_the_model_takes_for_peoples_are_places(nlp):
    text = (
        "Tiberiu Iacob-Ridzi, the mayor of Petroșani, said the valley in Romania had lost its mines. "
        "Lupeni and Vulcan must stop extracting coal by 2026."
    )
    found = _resolved(nlp, text)
    assert found["Petroșani"] == found["Lupeni"] == found["Vulcan"] == "ROU"
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert labels["Petroșani"] == labels["Lupeni"] == labels["Vulcan"] == "GPE"


@pytest.mark.parametrize(("word", "expected"), [("Petroșani", True), ("Kenyan", False), ("Arab", False), ("Oracle", False)])
def test_place_not_people(word, expected):
    assert place_not_people(word) is expected


def test_la_reunion_is_the_iso_country_not_a_french_department():
    assert resolve("La Réunion", "GPE").country == "REU"
