"""Local news of English-writing countries: provinces, home-country namesakes, local bodies and titles."""

from __future__ import annotations

import pytest
from conftest import linked_mentions

from newslake.gazetteer import home_region_names, place_candidates


def _labels(found: list[tuple[str, str, str | None]], text: str) -> set[str]:
    return {label for surface, label, _ in found if surface == text}


def _countries(found: list[tuple[str, str, str | None]], text: str) -> set[str | None]:
    return {country for surface, _, country in found if surface == text}


@pytest.mark.parametrize(
    ("alias", "iso3"),
    [("Ont.", "CAN"), ("B.C.", "CAN"), ("NSW", "AUS"), ("Qld", "AUS"), ("KZN", "ZAF"), ("Central Visayas", "PHL")],
)
def test_province_abbreviations_are_regions(alias, iso3):
    assert place_candidates(alias)[0].country == iso3


def test_ruler_knows_one_word_provinces_but_not_first_names_or_rugby_provinces():
    names = home_region_names()
    assert {"Manitoba", "Gauteng", "Kerala", "Queensland", "Saskatchewan", "NSW"} <= names
    assert "Victoria" not in names and "Alberta" not in names  # first names too
    assert "Leinster" not in names  # mostly the rugby team


def test_town_named_with_its_province_is_there_throughout(nlp):
    found = linked_mentions(
        nlp,
        "Doctors in Ontario warned on Monday that the emergency department in Stratford would close at night. "
        "Patients will be sent to London, an hour away. The clinic at Western University in London, Ont., "
        "is full, the Ontario Medical Association said.",
    )
    assert _countries(found, "London") == {"CAN"}
    assert _countries(found, "Stratford") == {"CAN"}


def test_utility_named_after_its_province_is_an_organisation_not_a_person(nlp):
    found = linked_mentions(
        nlp,
        "WINNIPEG - Manitoba's flood outlook shows a major risk along the Red River south of Winnipeg, officials "
        "said. Premier Wab Kinew said that Manitoba Hydro crews were on standby.",
    )
    assert _labels(found, "Manitoba Hydro") == {"ORG"}
    assert "PERSON" not in _labels(found, "Manitoba")
    assert _labels(found, "Winnipeg") == {"GPE"}


def test_shire_is_a_place(nlp):
    found = linked_mentions(nlp, "Flood waters cut the highway north of Ingham on Tuesday. Hinchinbrook Shire said schools would shut.")
    assert _labels(found, "Hinchinbrook Shire") == {"GPE"}


def test_title_abbreviations_are_not_people(nlp):
    found = linked_mentions(
        nlp,
        "Coun. Sam Austin said the ferry was the one piece of transit that works. Coun. Tony Mancini agreed. "
        "Transport MEC Isaac Sileku said the taxi strike was over.",
    )
    surfaces = [surface for surface, _, _ in found]
    assert "Coun" not in surfaces and "MEC" not in surfaces
    assert _labels(found, "Sam Austin") == {"PERSON"}


def test_party_member_splits_into_party_and_person(nlp):
    found = linked_mentions(nlp, "Labour TD Sean Kelly said the flood scheme was years late.")
    assert _labels(found, "Labour") == {"ORG"}
    assert _labels(found, "Sean Kelly") == {"PERSON"}


def test_mayor_of_a_place_splits_into_place_and_person(nlp):
    found = linked_mentions(
        nlp,
        "Residents were angry on Friday. Penrith Mayor Todd Carney said residents of the west had waited long "
        "enough for the New South Wales government to build the line.",
    )
    assert ("Penrith", "GPE") in {(s, lab) for s, lab, _ in found}
    assert _labels(found, "Todd Carney") == {"PERSON"}


def test_small_namesake_abroad_is_at_home_in_a_local_story(nlp):
    found = linked_mentions(
        nlp,
        "JOHANNESBURG - Residents of Melville, Brixton and parts of Soweto have gone without water for a week. "
        "The Gauteng government said tankers were sent to Brixton and Soweto on Sunday.",
    )
    assert _countries(found, "Brixton") == {"ZAF"}
    assert _countries(found, "Soweto") == {"ZAF"}


def test_famous_small_place_abroad_keeps_its_country_in_foreign_news(nlp):
    found = linked_mentions(
        nlp,
        "Iranian director Jafar Panahi won the top prize in Cannes on Saturday. Iran's culture ministry in "
        "Tehran did not comment, and Iranian state media ignored the award.",
    )
    assert _countries(found, "Cannes") == {"FRA"}


def test_namesake_rule_leaves_a_place_whose_country_the_story_names_otherwise(nlp):
    found = linked_mentions(
        nlp,
        "GLASGOW - Scottish fishermen in Fife and Angus met on Monday. A Greek trawler from Pylos joined the "
        "protest in Glasgow, where Scotland's fisheries secretary spoke.",
    )
    assert _countries(found, "Pylos") == {"GRC"}


def test_irish_county_votes_for_the_home_country(nlp):
    found = linked_mentions(
        nlp,
        "A man was arrested in Dublin after a car was burned outside a school in Kilmallock, Co Limerick. The "
        "housing agency has spent millions in Southill and Moyross since 2008, a spokesman said.",
    )
    assert _countries(found, "Southill") == {"IRL"}


def test_unknown_city_is_a_place_even_beside_its_council(nlp):
    found = linked_mentions(
        nlp,
        "Classes resumed in tents months after the earthquake that struck off Bogo City. "
        "Bogo City councillor Ramon Villacarlos said 40 classrooms were still unsafe in Cebu.",
    )
    assert _labels(found, "Bogo City") == {"GPE"}


def test_saint_named_suburb_is_a_place(nlp):
    found = linked_mentions(nlp, "Work on the line between St Marys and the new airport was slowed by a shortage of crews.")
    assert _labels(found, "St Marys") == {"GPE"}


@pytest.mark.parametrize("ner", ["nlp", "default_nlp"])
def test_a_legislators_home_town_after_the_party_letter_is_a_place(ner, request):
    found = linked_mentions(
        request.getfixturevalue(ner),
        "Rep. Mark Green, R-Spring Hill, said the bill from Rep. Ann Fry, R-Storm Lake, would pass the Iowa House. "
        "Sen. Tom Hale (D-Cold Spring) voted no.",
    )
    assert _labels(found, "Storm Lake") == {"GPE"}
    assert _labels(found, "Spring Hill") == {"GPE"}
    assert _labels(found, "Cold Spring") == {"GPE"}


def test_a_legislators_state_code_after_the_party_letter_is_the_state(default_nlp):
    found = linked_mentions(default_nlp, "The bill's sponsor, Sen. Jim Inhofe (R-OK), said it would pass in May.")
    assert _countries(found, "OK") == {"USA"}
