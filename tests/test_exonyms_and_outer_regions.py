"""What the opened written feed items taught (round 33): Europe's cities by their English names, a land area named as
part of a state, Māori place names, territories in their states, and the outlets and software of tech and culture
writing."""

from __future__ import annotations

from conftest import linked_mentions

from newslake import gazetteer
from newslake.entities import is_maori_name, resolve


def test_a_european_city_goes_by_its_english_name():
    assert [gazetteer.place_candidates(n)[0].country for n in ("Bruges", "Ghent", "Liege")] == ["BEL", "BEL", "BEL"]


def test_a_near_spelling_of_a_city_outside_europe_is_no_name_of_it():
    # unknown villages of Congo and Afghanistan, not Tanzania's Kasulu or Chad's Sarh
    assert gazetteer.place_candidates("Kasulo") == ()
    assert gazetteer.place_candidates("Sarkh") == ()


def test_bruges_in_a_story_is_belgian(nlp):
    assert ("Bruges", "GPE", "BEL") in linked_mentions(nlp, "The festival moved to Bruges last year and drew large crowds.")


def test_a_land_area_named_as_part_of_a_state_lies_in_its_country():
    assert resolve("Goldfields of Western Australia", "LOC").country == "AUS"
    assert resolve("Hill Country of Texas", "LOC").country == "USA"
    assert resolve("Gulf of Mexico", "LOC").country is None  # waters of a country are shared


def test_outlets_of_culture_writing_are_organisations(nlp):
    found = linked_mentions(nlp, "The album was reviewed by Pitchfork, and IndieWire called the film a triumph.")
    assert [(s, label) for s, label, _ in found] == [("Pitchfork", "ORG"), ("IndieWire", "ORG")]


def test_an_operating_system_is_no_person(nlp):
    found = linked_mentions(nlp, "The laptop ships with Linux, and Mara Quinn said Linux support was the point.")
    assert [(s, label) for s, label, _ in found] == [("Mara Quinn", "PERSON")]


def test_a_place_name_in_maori_is_in_new_zealand(nlp):
    text = (
        "Tracks in the Waitākere Ranges will stay closed, the council said. Walkers at Anawhata were told to keep "
        "to open tracks."
    )
    found = {s.removeprefix("the "): c for s, label, c in linked_mentions(nlp, text) if label in ("GPE", "LOC")}
    assert found == {"Waitākere Ranges": "NZL", "Anawhata": "NZL"}


def test_hawaiian_japanese_pakistani_and_fijian_names_are_not_maori():
    assert [is_maori_name(n) for n in ("Anawhata", "Te Awamutu", "Ōtepoti")] == [True, True, True]
    others = ("Mānoa", "Waikiki", "Tōkyō", "Kamakura", "Rēzekne", "Korangi", "Wainikoro")
    assert [is_maori_name(n) for n in others] == [False] * len(others)


def test_svalbard_is_norways_and_christmas_island_australias():
    assert resolve("Svalbard", "LOC").country == "NOR"
    assert resolve("Longyearbyen", "GPE").country == "NOR"
    island = resolve("Christmas Island", "GPE")
    assert (island.key, island.country) == ("iso3:CXR", "AUS")  # its own entity, in Australia
