"""Round 21's rules for wire copy and local pages: capitalised bylines and datelines, a river or a city misread as a
person's name, and an organisation's branch named after its place."""

from __future__ import annotations

from conftest import linked_mentions, spans_of
from spacy.tokens import Span

from newslake.nlp_people import place_surnames, propagate_people


def _labels(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_a_river_misread_as_a_person_once_does_not_make_the_river_a_person(nlp):
    doc = nlp.make_doc("- Passau (Danube): 9.8 m, rising\nThe city said the Danube would peak on Thursday.")
    spans = propagate_people(doc, spans_of(doc, ("GPE", "Passau"), ("PERSON", "Danube"), ("LOC", "Danube")))
    assert _labels(spans)[-1] == ("Danube", "LOC")


def test_a_campus_of_an_acronym_s_body_spreads_no_surname(nlp):
    doc = nlp.make_doc("UW-Madison Chancellor Jennifer Mnookin spoke at Union South in Madison on Friday.")
    parts = ("PERSON", "UW-Madison"), ("PERSON", "Jennifer Mnookin"), ("GPE", "Madison")
    spans = propagate_people(doc, spans_of(doc, *parts))
    assert ("Madison", "GPE") in _labels(spans)


def test_an_organisation_s_word_before_a_city_names_its_branch_there(nlp):
    doc = nlp.make_doc("Ryanair shares rose 3 per cent on Euronext Dublin after the results.")
    spans = place_surnames(spans_of(doc, ("ORG", "Ryanair"), ("ORG", "Euronext"), ("GPE", "Dublin")))
    assert _labels(spans)[-1] == ("Euronext Dublin", "ORG")


def test_a_first_name_before_a_city_still_makes_a_person(nlp):
    doc = nlp.make_doc("Valeska Paris told the inquiry she was held on the ship.")
    spans = place_surnames(spans_of(doc, ("PERSON", "Valeska"), ("GPE", "Paris")))
    assert _labels(spans) == [("Valeska Paris", "PERSON")]


def test_an_agency_s_bureau_in_a_city_stays_agency_and_city(nlp):
    doc = nlp.make_doc("(Additional reporting by Reuters Moscow bureau; Editing by Timothy Heritage)")
    spans = place_surnames(spans_of(doc, ("ORG", "Reuters"), ("GPE", "Moscow")))
    assert _labels(spans) == [("Reuters", "ORG"), ("Moscow", "GPE")]


def test_writers_of_a_capitalised_wire_byline_are_people(default_nlp):
    doc = default_nlp(
        "Gulf states set date for single tourist visa\n"
        "By JON GAMBRELL and LUJAIN JO Associated Press\n"
        "DUBAI, United Arab Emirates (AP) — The six Gulf states agreed on Monday to launch a shared visa."
    )
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"JON GAMBRELL", "LUJAIN JO"} <= people


def test_a_capitalised_byline_of_a_desk_names_no_person(default_nlp):
    doc = default_nlp("Rains flood Lagos streets\nBY STAFF REPORTER\nLAGOS - Heavy rain flooded roads on Monday.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


def test_a_dateline_with_the_year_and_an_agency_is_a_place(nlp):
    doc = nlp(
        "Tunisia jails five unionists over phosphate strike\n"
        "TUNIS, April 15, 2026 (AFP) - A Tunisian court on Wednesday sentenced five union leaders."
    )
    assert ("TUNIS", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_a_capital_on_a_line_of_its_own_is_the_dateline(default_nlp):
    doc = default_nlp(
        "Azerbaijan and EU discuss gas supplies\nNazrin Sadigova | 15.04.2026\nBAKU\n"
        "Azerbaijan and the European Union on Wednesday discussed expanding gas supplies."
    )
    assert ("BAKU", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_northern_irish_people_are_of_the_united_kingdom(nlp):
    found = linked_mentions(
        nlp,
        "Celtic completed the loan signing of Portuguese winger Tomás Ferreira from Vitória Guimarães, while Rangers "
        "brought in Northern Irish midfielder Kieran O'Hare on loan from Brighton & Hove Albion.",
    )
    assert ("Northern Irish", "NORP", "GBR") in found


def test_a_name_before_a_legal_form_is_a_firm_and_so_is_its_short_name(default_nlp):
    doc = default_nlp(
        "Loblaw profit rises as Shoppers Drug Mart offsets softer grocery spending\n"
        "Loblaw Cos. Ltd. says shoppers kept trading down to its discount banners in the fourth quarter.\n"
        "President Per Bank said discount stores did well. Loblaw said its shares rose."
    )
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Loblaw Cos. Ltd.", "ORG") in found
    assert ("Loblaw", "ORG") in found and ("Loblaw", "PERSON") not in found


def test_a_firm_inside_an_event_s_name_and_an_irish_county_are_no_legal_names(default_nlp):
    doc = default_nlp("She rode at The Dutta Corp. Fair Hill International before moving to a farm in Co. Cork.")
    assert not [e for e in doc.ents if e.text == "Dutta Corp."]
    assert ("Co. Cork", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_a_japanese_prefecture_in_its_short_form_is_a_place(default_nlp):
    doc = default_nlp("Bears were sighted in Kitaakita, Akita Pref., on Monday, and soldiers were sent.")
    assert ("Akita Pref", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_a_river_of_the_shipped_list_after_the_is_a_place(nlp):
    found = linked_mentions(nlp, "Firefighters pumped water from cellars as the Isar rose by a metre in Munich on Monday.")
    assert ("Isar", "LOC", "DEU") in found


def test_a_town_misread_as_a_person_spreads_neither_of_its_words(nlp):
    doc = nlp.make_doc("Lukas Sabourin stopped 31 shots in Swift Current. Moose Jaw outshot Swift Current 31-22 on Friday.")
    parts = ("PERSON", "Lukas Sabourin"), ("PERSON", "Swift Current"), ("GPE", "Moose Jaw")
    spans = propagate_people(doc, spans_of(doc, *parts))
    assert not [s for s in spans if s.text in ("Swift", "Current")]


def test_a_wire_s_end_marker_and_its_follow_link_name_no_one(default_nlp):
    doc = default_nlp(
        "Serbia has refused to join Western sanctions against Moscow.\n___\n"
        "Follow AP's coverage of the Balkans at https://apnews.com/hub/balkans\nEnditem"
    )
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("AP", "ORG") in found
    assert not [e for e in doc.ents if e.text in ("Enditem", "Follow AP")]


def test_towns_the_model_typed_as_firms_after_of_and_in_are_places(default_nlp):
    doc = default_nlp(
        "Prosecutors are investigating whether poor maintenance contributed to the flooding of Castel Bolognese and "
        "Solarolo in 2023."
    )
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Castel Bolognese", "GPE") in found and ("Solarolo", "GPE") in found


def test_a_firm_named_like_a_town_keeps_its_type_after_of(default_nlp):
    doc = default_nlp("The weight-loss drug lifted shares of Roche by 4 per cent on Tuesday, analysts said.")
    assert ("Roche", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_valleys_and_streets_named_in_their_own_language_are_places(default_nlp):
    doc = default_nlp(
        "Trentino's side of the Sella Pass drops down to Canazei in the Val di Fassa. Water rose in the Rue de "
        "Wizernes overnight, and Energie Cottbus play at the Stadion der Freundschaft."
    )
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
    assert {"Val di Fassa", "Rue de Wizernes", "Stadion der Freundschaft"} <= places


def test_a_first_name_that_opens_valleys_still_opens_a_person_s_name(default_nlp):
    doc = default_nlp("Val Kilmer starred in the film, and Val Kilmer said on Monday that he loved making it.")
    assert {(e.text, e.label_) for e in doc.ents if e.text == "Val Kilmer"} == {("Val Kilmer", "PERSON")}


def test_a_french_departement_of_a_compound_name_is_a_place_of_france(nlp):
    found = linked_mentions(nlp, "Floods hit the Pas-de-Calais again on Monday, and the prefect of Pas-de-Calais ordered evacuations.")
    assert ("Pas-de-Calais", "GPE", "FRA") in found


def test_an_action_centre_is_an_institution_not_a_building(default_nlp):
    doc = default_nlp(
        "Deminers from the Cambodian Mine Action Centre (CMAC) cleared 40 mines near the border on Tuesday, "
        "CMAC said in a statement."
    )
    assert ("Cambodian Mine Action Centre", "ORG") in [(e.text, e.label_) for e in doc.ents]
