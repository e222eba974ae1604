"""Round 24's rules from the opened US local pages and sport pages: broadcasters' call signs ("WRAL News", "KARE 11"),
an everyday team nickname the story has used for the team ("Thunder coach Mark Daigneault"), and a nation's man or
woman ("the Southport-born Englishman")."""

from __future__ import annotations

from conftest import spans_of

from newslake import gazetteer
from newslake.call_signs import call_signs
from newslake.nlp_common import Lexicon
from newslake.nlp_relabel import relabel
from newslake.teams import nickname_teams


def _labels(doc, text: str) -> list[str]:
    return [e.label_ for e in doc.ents if e.text == text]


def test_a_call_sign_the_page_marks_as_a_station_is_the_station_every_time(nlp):
    doc = nlp.make_doc(
        "RALEIGH, N.C. (WRAL) — The Wake County school board voted Tuesday.\n"
        "Parents told WRAL they were worried.\nCopyright 2026 by WRAL News. All rights reserved."
    )
    spans = call_signs(doc, [], Lexicon())
    assert [(s.text, s.label_) for s in spans] == [("WRAL", "ORG")] * 3


def test_a_station_read_as_a_place_becomes_the_station(nlp):
    doc = nlp.make_doc("Watch KOMO 4 at 5. KOMO crews saw the river rise.")
    spans = call_signs(doc, spans_of(doc, ("GPE", "KOMO"), ("GPE", "KOMO")), Lexicon())
    assert [(s.text, s.label_) for s in spans] == [("KOMO", "ORG"), ("KOMO", "ORG")]


def test_a_band_suffix_marks_the_station_and_joins_its_span(nlp):
    doc = nlp.make_doc("The footage was shot by WWL-TV and shared with partners.")
    assert [(s.text, s.label_) for s in call_signs(doc, [], Lexicon())] == [("WWL-TV", "ORG")]


def test_unmarked_capitals_and_words_stay_as_they_are(nlp):
    lex = Lexicon(nouns=frozenset({"wood", "key"}))
    doc = nlp.make_doc("KEY POINTS\nWHAT HAPPENS NEXT\nThe WOOD was wet. KTX trains ran late.")
    assert call_signs(doc, [], lex) == []
    # a word that is also a station counts only where the page marks it ("WOOD TV8"), not in "WOOD STOVES"
    doc = nlp.make_doc("WOOD TV8 reported it. WOOD STOVES banned.")
    assert [s.text for s in call_signs(doc, [], lex)] == ["WOOD"]


def test_a_person_the_model_saw_in_an_all_caps_byline_stays_the_person(nlp):
    doc = nlp.make_doc("By KARE 11 staff and WONG News")
    kept = spans_of(doc, ("PERSON", "WONG"))
    out = call_signs(doc, kept, Lexicon())
    assert ("WONG", "PERSON") in [(s.text, s.label_) for s in out]


def test_an_everyday_nickname_after_its_home_town_is_the_team_throughout(nlp):
    doc = nlp.make_doc(
        "Gilgeous-Alexander scores 41 as Thunder hold off Nuggets\n"
        "Shai Gilgeous-Alexander scored 41 points and the Oklahoma City Thunder beat the Denver Nuggets 118-112.\n"
        "Thunder coach Mark Daigneault praised Alex Caruso.\nThunder: Luguentz Dort picked up his fifth foul."
    )
    model = spans_of(doc, ("PERSON", "Thunder"), ("GPE", "Oklahoma City"), ("PERSON", "Thunder"), ("PERSON", "Thunder"))
    spans = nickname_teams(doc, model)
    assert [(s.text, s.label_) for s in spans if s.text == "Thunder"] == [("Thunder", "ORG")] * 4


def test_the_everyday_word_at_a_sentence_start_without_a_role_stays_a_word(nlp):
    doc = nlp.make_doc("the Magic beat the Heat 101-99 on Monday.\nHeat records fell across Florida.")
    spans = nickname_teams(doc, [])
    assert [(s.text, s.start) for s in spans] == [("Magic", 1), ("Heat", 4)]


def test_a_nations_man_is_the_nationality(nlp):
    doc = nlp.make_doc("the Southport-born Englishman will return")
    span = spans_of(doc, ("ORG", "Englishman"))[0]
    assert relabel(span).label_ == "NORP"
    assert gazetteer.demonym_person("Frenchwomen") == ("French", "FRA")
    assert gazetteer.demonym_person("Chairman") is None


def test_a_paper_called_the_scotsman_stays_the_paper(nlp):
    doc = nlp.make_doc("He told The Scotsman on Friday.")
    span = spans_of(doc, ("ORG", "Scotsman"))[0]
    assert relabel(span).label_ == "ORG"


def test_a_trader_named_by_two_bare_words_is_the_person(nlp):
    from newslake.nlp_neighbours import context_fix

    doc = nlp.make_doc("In Craigieburn, mortgage broker Sunil Mehta said clients had refinanced.")
    span = spans_of(doc, ("PERSON", "Sunil Mehta"))[0]
    assert context_fix(span).label_ == "PERSON"


def test_a_firm_after_the_same_trade_is_still_the_firm(nlp):
    from newslake.nlp_neighbours import context_fix

    doc = nlp.make_doc("The Spanish developer Tequila Works laid off staff, and broker Jefferies said so.")
    works, jefferies = spans_of(doc, ("PERSON", "Tequila Works"), ("PERSON", "Jefferies"))
    assert context_fix(works).label_ == "ORG"
    assert context_fix(jefferies).label_ == "ORG"


def test_towns_and_teams_of_a_pages_menu_bar_are_named(nlp):
    from newslake.page_bars import bar_items

    doc = nlp.make_doc(
        "Tampa Bay Times | Local News | Kenner | Albuquerque News | Weather | Sports | Broncos | Subscribe\nA story."
    )
    model = spans_of(doc, ("ORG", "Tampa Bay Times"), ("ORG", "Albuquerque News"))
    got = [(s.text, s.label_) for s in bar_items(doc, model, Lexicon())]
    assert got == [("Tampa Bay Times", "ORG"), ("Kenner", "GPE"), ("Albuquerque", "GPE"), ("Broncos", "ORG")]


def test_a_weather_strips_towns_are_places_and_its_words_are_not(nlp):
    from newslake.page_bars import bar_items

    doc = nlp.make_doc('Rain totals June 11: Kenner 4.1" | Harahan 5.2" | Cloudy | Oshkosh 22°')
    model = spans_of(doc, ("QUANTITY", "Oshkosh 22°"))
    got = [(s.text, s.label_) for s in bar_items(doc, model, Lexicon())]
    assert got == [("Kenner", "GPE"), ("Harahan", "GPE"), ("Oshkosh", "GPE")]


def test_a_standings_line_and_a_short_line_are_no_bars(nlp):
    from newslake.page_bars import bar_items

    doc = nlp.make_doc("Green Bay 17-2 | Milwaukee 15-4 | Oakland 10-9\nKenner | Harahan")
    assert bar_items(doc, [], Lexicon()) == []


def test_a_menu_section_that_is_also_a_town_is_no_place(nlp):
    from newslake.page_bars import bar_items

    lex = Lexicon(nouns=frozenset({"metro", "liberty"}))
    doc = nlp.make_doc("News | Metro | Liberty | Sports")
    assert bar_items(doc, [], lex) == []


def test_the_country_codes_of_a_results_line_are_the_countries(nlp):
    from newslake.teams import sport_country_codes

    doc = nlp.make_doc("QUARTER-FINAL RESULTS\nJ. Sinner (ITA) d A. de Minaur (AUS) 6-4 7-6 (5) 6-3\nA story.")
    model = spans_of(doc, ("PERSON", "J. Sinner"), ("ORG", "ITA"), ("ORG", "AUS"))
    got = [(s.text, s.label_) for s in sport_country_codes(doc, model)]
    assert got == [("J. Sinner", "PERSON"), ("ITA", "GPE"), ("AUS", "GPE")]


def test_a_lone_code_or_a_party_in_parentheses_is_left_alone(nlp):
    from newslake.teams import sport_country_codes

    doc = nlp.make_doc("Leader Abdul Hadi Awang (PAS) said 12 seats.\nThe Confederation of African Football (CAF) moved 2 matches")
    assert sport_country_codes(doc, []) == []


def test_a_sports_code_typed_as_a_place_links_to_its_country():
    from newslake.entities import resolve

    assert resolve("GER", "GPE").country == "DEU"  # the IOC's code, not ISO's
    assert resolve("ITA", "GPE").country == "ITA"  # not the Paraguayan town of Itá
    assert resolve("Mas", "GPE").country == "MYS"
    assert resolve("Ina", "GPE").country == "JPN"  # a title-case code that a city bears stays the city
    assert gazetteer.sport_code_country("ENG") == "GBR"
    assert gazetteer.sport_code_country("Usa") == "USA" and gazetteer.sport_code_country("usa") is None


def test_numbered_roads_are_facilities(nlp):
    from newslake.roads import numbered_roads

    doc = nlp.make_doc("Crews closed I-35W and State Route 203 near U.S. 101; M-6 reopened.")
    model = spans_of(doc, ("PRODUCT", "I-35W"), ("CARDINAL", "203"))
    got = [(s.text, s.label_) for s in numbered_roads(doc, model)]
    assert got == [("I-35W", "FAC"), ("State Route 203", "FAC"), ("U.S. 101", "FAC"), ("M-6", "FAC")]


def test_a_longer_name_around_a_road_and_other_numbers_stand(nlp):
    from newslake.roads import numbered_roads

    doc = nlp.make_doc("The Route 66 Diner opened. The U.S. 10-year yield rose; the M23 advanced on the A1.")
    model = spans_of(doc, ("ORG", "Route 66 Diner"), ("ORG", "M23"))
    assert [(s.text, s.label_) for s in numbered_roads(doc, model)] == [("Route 66 Diner", "ORG"), ("M23", "ORG")]
