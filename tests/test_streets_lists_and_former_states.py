"""Round 30's rules: the street of a house address, comma lists that go on, countries that no longer exist,
universities named for a state or city, restaurants and coal firms, towns known by their short names."""

from __future__ import annotations

from conftest import spans_of, texts_labels

from newslake import gazetteer
from newslake.entities import resolve
from newslake.nlp_people import coordinated_people
from newslake.roads import street_addresses


def test_the_street_of_a_house_address_is_a_facility(nlp):
    doc = nlp.make_doc("Police searched a garage behind 2134 Caldwell Place, Harris said.")
    spans = spans_of(doc, ("PERSON", "Caldwell Place"), ("PERSON", "Harris"))
    assert texts_labels(street_addresses(doc, spans)) == [("Caldwell Place", "FAC"), ("Harris", "PERSON")]


def test_a_number_span_that_swallowed_the_house_number_gives_way_to_the_street(nlp):
    doc = nlp.make_doc("The new office at 520 Third Street opens on Monday.")
    spans = spans_of(doc, ("MONEY", "520 Third Street"))
    assert texts_labels(street_addresses(doc, spans)) == [("Third Street", "FAC")]


def test_a_name_running_past_the_street_word_stands(nlp):
    doc = nlp.make_doc("He joined the 1977 Portland Trail Blazers as a rookie.")
    spans = spans_of(doc, ("ORG", "Portland Trail Blazers"))
    assert texts_labels(street_addresses(doc, spans)) == [("Portland Trail Blazers", "ORG")]


def test_a_name_a_comma_joins_to_a_person_is_no_person_when_no_list_goes_on(nlp):
    doc = nlp.make_doc("Before joining Energy Control, Lladanosa briefly worked at a pharmacy.")
    spans = spans_of(doc, ("ORG", "Energy Control"), ("PERSON", "Lladanosa"))
    assert texts_labels(coordinated_people(spans))[0] == ("Energy Control", "ORG")


def test_an_outlet_after_the_byline_name_is_no_person(nlp):
    doc = nlp.make_doc("Elder farewelled\nBy Cassandra Lui, Broome Advertiser\nHundreds gathered")
    spans = spans_of(doc, ("PERSON", "Cassandra Lui"), ("ORG", "Broome Advertiser"))
    assert texts_labels(coordinated_people(spans))[1] == ("Broome Advertiser", "ORG")


def test_a_list_of_people_with_their_firms_still_makes_a_person(nlp):
    doc = nlp.make_doc("A committee comprising Ratan Tata, Venu Srinivasan of TVS Motor, Amit Chandra and others.")
    spans = spans_of(doc, ("ORG", "Ratan Tata"), ("PERSON", "Venu Srinivasan"), ("ORG", "TVS Motor"))
    assert texts_labels(coordinated_people(spans))[0] == ("Ratan Tata", "PERSON")


def test_the_soviet_union_is_a_place_with_its_iso_code(default_nlp):
    # the news-tuned NER reads both as organisations
    doc = default_nlp("The collapse of the Soviet Union ended the Cold War. The USSR had 15 republics.")
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Soviet Union", "USSR")] == [
        ("Soviet Union", "GPE"),
        ("USSR", "GPE"),
    ]
    assert resolve("Soviet Union", "GPE").country == "SUN"
    assert resolve("Yugoslavia", "GPE").country == "YUG"


def test_a_us_place_before_state_is_its_university_but_a_nigerian_state_is_a_state(nlp):
    doc = nlp("Jacksonville State beat Murray State 70-64. In Nigeria, Kano State officials met; New York State troopers came.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Jacksonville State"] == labels["Murray State"] == "ORG"
    assert labels["Kano State"] == labels["New York State"] == "GPE"


def test_a_county_prosecutor_is_no_university(nlp):
    doc = nlp("The officer was charged, Cook County State's Attorney Eileen O'Neill Burke announced.")
    assert all(e.label_ != "ORG" for e in doc.ents if e.text.startswith("Cook County"))


def test_a_restaurant_or_a_coal_firm_is_no_person(default_nlp):
    doc = default_nlp(
        "Where to eat: Shelter Restaurant on Campbell Street. Her father worked underground for Arch Coal for 22 years."
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Shelter Restaurant") == "ORG"
    assert labels.get("Arch Coal") == "ORG"


def test_a_town_goes_by_the_short_name_geonames_lists_before_its_joined_part():
    assert [p.country for p in gazetteer.city_candidates()[gazetteer.fold("Barrow")]] == ["GBR"]  # Barrow-in-Furness
    assert gazetteer.city_candidates()[gazetteer.fold("Southend")][0].name == "Southend-on-Sea"
    assert gazetteer.fold("North") not in gazetteer.city_candidates()  # "North Myrtle Beach" is no "North"

