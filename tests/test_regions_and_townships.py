"""What the opened written news pages taught about places (round 34): regions known by their English names, South
Africa's "Kwa-" townships, the people of island states, and when a name abroad is sent home (or over the border)."""

from __future__ import annotations

from conftest import linked_mentions

from newslake import gazetteer
from newslake.entities import resolve


def test_regions_by_their_english_names_have_their_country():
    found = {
        n: resolve(n, "GPE").country for n in ("Rhineland-Palatinate", "Hérault", "Alentejo", "Västerbotten")
    }
    assert found == {
        "Rhineland-Palatinate": "DEU",
        "Hérault": "FRA",
        "Alentejo": "PRT",
        "Västerbotten": "SWE",
    }


def test_historic_regions_outrank_small_american_towns():
    assert resolve("Moravia", "GPE").country == resolve("Bohemia", "GPE").country == "CZE"


def test_nigerias_capital_territory_is_a_place(nlp):
    found = linked_mentions(nlp, "Cases rose in Lagos and the Federal Capital Territory last week.")
    assert [(s.removeprefix("the "), label, c) for s, label, c in found][-1] == (
        "Federal Capital Territory",
        "GPE",
        "NGA",
    )


def test_a_kwa_township_is_south_african(nlp):
    found = linked_mentions(nlp, "Clinics in KwaZakhele and KwaMashu were closed on Monday.")
    assert [(s, c) for s, _, c in found] == [("KwaZakhele", "ZAF"), ("KwaMashu", "ZAF")]


def test_a_kwa_name_needs_a_capital_after_the_prefix():
    assert gazetteer.is_nguni_place("KwaThema")
    assert not gazetteer.is_nguni_place("Kwame")
    assert not gazetteer.is_nguni_place("Kwanza")


def test_islanders_of_an_island_state_are_its_people(nlp):
    found = linked_mentions(nlp, "About 300 Solomon Islanders attended, with Cook Islanders who flew in.")
    assert [(s, label, c) for s, label, c in found] == [
        ("Solomon Islanders", "NORP", "SLB"),
        ("Cook Islanders", "NORP", "COK"),
    ]


def test_an_unlisted_canadian_place_is_no_city_far_from_the_border(nlp):
    text = (
        "GANDER, N.L. — Crews in Gander, Lewisporte and Appleton cleared roads on Tuesday, and Newfoundland Power "
        "said most homes in Gander had power again. Appleton's mayor thanked crews."
    )
    found = {s: c for s, label, c in linked_mentions(nlp, text) if label == "GPE"}
    assert found["Appleton"] == "CAN"  # not Appleton, Wisconsin


def test_a_small_city_named_more_often_than_the_rival_country_keeps_its_country(nlp):
    text = (
        "Voters in Chilmari and Rowmari waded to polling stations on Thursday. China has offered to fund work on the "
        "river. In Chilmari, officials said turnout was low, and Chilmari's schools stayed shut. Chilmari lies on "
        "the Brahmaputra."
    )
    found = {(s, c) for s, label, c in linked_mentions(nlp, text) if s == "Chilmari"}
    assert found == {("Chilmari", "BGD")}  # not an unlisted place of China
