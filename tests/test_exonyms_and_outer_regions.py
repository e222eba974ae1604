"""What the opened written feed items taught (round 33): Europe's cities by their English names, a land area named as
part of a state, and the outlets and software of tech and culture writing."""

from __future__ import annotations

from conftest import linked_mentions

from newslake import gazetteer
from newslake.entities import resolve


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
