"""Local places of English-writing countries: towns with no namesake, bare county names, council areas tagged as
people, and a city's alternate name beside a home-country town of that name."""

from __future__ import annotations

import pytest
import spacy
from conftest import linked_mentions
from spacy.tokens import Span

from newslake import entities, gazetteer
from newslake import nlp as recogniser
from newslake.entities import resolve
from newslake.nlp import load_nlp
from newslake.nlp_checks import sole_reading_countries
from newslake.nlp_missed_places import listed_towns_missed, towns_after_in
from newslake.nlp_places import area_names_throughout, english_town_form
from newslake.nlp_splits import province_abbreviation, split_county_address
from newslake.nlp_towns import _lone_district, _place_led_person


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")  # the rules' unit tests need tokens only


def _span(blank, text: str, words: str, label: str) -> Span:
    """The span of `words` (first occurrence, whole tokens) in a tokenised `text`, with a label."""
    doc = blank.make_doc(text)
    span = doc.char_span(text.index(words), text.index(words) + len(words), label=label)
    assert span is not None
    return span


def test_towns_with_no_namesake_name_their_country():
    # Newry and Enniskillen exist only in Northern Ireland; Limerick is also a town of Pennsylvania
    assert sole_reading_countries({"Newry", "Enniskillen"}) == {"GBR"}
    assert sole_reading_countries({"Limerick"}) == set()


def test_council_area_tagged_person_is_a_place_of_a_country_the_story_names(blank):
    span = _span(blank, "Waits in Anglesey are the longest.", "Anglesey", "PERSON")
    assert _lone_district(span, {"GBR"}, set())
    assert not _lone_district(span, {"USA"}, set())  # no council area of that name there
    assert not _lone_district(span, {"GBR"}, {"Anglesey"})  # a word of a person's name in the story


def test_a_name_written_as_a_county_is_a_place_when_bare(blank):
    text = "Roads in Co Kerry were shut. Kerry escaped the worst, said Kerry Group."
    doc = blank.make_doc(text)
    spans = [
        doc.char_span(9, 17, label="GPE"),  # Co Kerry
        doc.char_span(29, 34, label="PERSON"),  # Kerry
        doc.char_span(59, 70, label="ORG"),  # Kerry Group
    ]
    out = area_names_throughout(spans)
    assert [(s.text, s.label_) for s in out] == [("Co Kerry", "GPE"), ("Kerry", "GPE"), ("Kerry Group", "ORG")]


def test_bare_irish_county_named_like_a_person_resolves_to_ireland():
    # the regions leave "Kerry" out as a first name; only "County Kerry" found it
    assert resolve("Kerry", "GPE").country is None
    assert entities._bare_county({"text": "Kerry", "label": "GPE"}, resolve("Kerry", "GPE")).country == "IRL"


def test_bare_county_leaves_people_and_known_places_alone():
    assert entities._bare_county({"text": "Kerry", "label": "PERSON"}, resolve("Kerry", "PERSON")).type == "PERSON"
    assert entities._bare_county({"text": "Cork", "label": "GPE"}, resolve("Cork", "GPE")) == resolve("Cork", "GPE")


def test_alternate_name_of_a_city_abroad_yields_to_a_home_town_of_that_name():
    row = {"text": "Par", "label": "GPE"}
    abroad = resolve("Par", "GPE")  # GeoNames lists "Par" among the names of Paris
    assert abroad.country == "FRA"
    assert entities._own_name_at_home(abroad, row, "GBR").country == "GBR"  # the village of Par, Cornwall
    assert entities._own_name_at_home(abroad, row, None) == abroad
    washington = resolve("Washington", "GPE")  # a capital keeps its name in a British story (Washington, Tyne and Wear)
    assert entities._own_name_at_home(washington, {"text": "Washington", "label": "GPE"}, "GBR") == washington


def test_irish_local_story_end_to_end(nlp):
    found = linked_mentions(
        nlp,
        "Roads were closed in Tralee, Co Kerry, after heavy rain on Sunday. Gardaí in Kerry urged motorists to "
        "avoid the N22, and Cork and Limerick councils sent crews.",
    )
    assert ("Kerry", "GPE", "IRL") in found
    assert ("Co Kerry", "GPE", "IRL") in found


def test_northern_irish_local_story_end_to_end(nlp):
    found = linked_mentions(
        nlp,
        "Patients from Newry and Enniskillen face longer trips after the ward closed. Mary Quinn, who lives near "
        "Armagh, said the journey took two hours.",
    )
    assert ("Armagh", "GPE", "GBR") in found


def test_body_named_after_a_province_votes_for_its_country():
    rows = [
        {"text": "Queensland Fire Department", "label": "ORG", "start": 0, "end": 26},
        {"text": "Alberta Health Services", "label": "ORG", "start": 40, "end": 63},
        {"text": "Texas Instruments", "label": "ORG", "start": 70, "end": 87},  # a US state: not an English-writing
    ]
    base = [resolve(r["text"], r["label"]) for r in rows]
    assert entities._region_led_orgs(rows, base) == {"AUS": 1, "CAN": 1}


def test_x_county_of_a_story_abroad_is_the_home_county():
    rows = [{"text": "Kings County", "label": "GPE", "start": 0, "end": 12}]
    base = [resolve("Kings County", "GPE")]
    assert base[0].country == "USA"  # Brooklyn's county alone
    assert entities._counties_at_home(rows, base, "CAN")[0].country == "CAN"  # Kings County, Nova Scotia
    assert entities._counties_at_home(rows, base, "USA") == base
    named = [*rows, {"text": "New York", "label": "GPE", "start": 20, "end": 28}]
    assert entities._counties_at_home(named, [*base, resolve("New York", "GPE")], "CAN")[0] == base[0]


@pytest.mark.parametrize("name", ["Caithness", "Westmorland", "Tyrone", "Yorkshire", "Ynys Môn", "Sir Benfro"])
def test_historic_counties_and_welsh_area_names_are_british_regions(name):
    assert gazetteer.place_candidates(name)[0].country == "GBR"


def test_historic_county_named_like_a_big_city_abroad_is_left_out():
    assert gazetteer.place_candidates("Durham")[0].country == "USA"  # Durham, North Carolina keeps its name


@pytest.mark.parametrize("people", ["Wiradjuri", "Noongar", "Yorta Yorta", "Arrernte"])
def test_aboriginal_nations_are_peoples_of_australia(people):
    assert gazetteer.lookup_demonym(people) == (people, "AUS")


def test_dotted_province_abbreviation_is_never_a_person(blank):
    text = "Nurses in B.C. walked out. B.C. Conservative leader John Rustad spoke."
    doc = blank.make_doc(text)
    alone = doc.char_span(10, 14, label="PERSON")
    party = doc.char_span(27, 44, label="PERSON")
    assert [(s.text, s.label_) for s in province_abbreviation(alone)] == [("B.C.", "GPE")]
    assert [(s.text, s.label_) for s in province_abbreviation(party)] == [
        ("B.C.", "GPE"),
        ("Conservative", "NORP"),
    ]
    person = doc.char_span(52, 63, label="PERSON")  # John Rustad
    assert province_abbreviation(person) == [person]


@pytest.mark.parametrize(("alias", "province"), [("N.S.", "Nova Scotia"), ("N.B.", "New Brunswick"), ("Y.T.", "Yukon")])
def test_canadian_press_province_abbreviations(alias, province):
    assert gazetteer.place_candidates(alias)[0].name == province


def test_club_led_by_a_town_name_is_no_person_name(blank):
    doc = blank.make_doc("Listowel Emmets beat Fiona Sutherland's side.")
    assert _place_led_person(Span(doc, 0, 2, label="PERSON"))  # Listowel Emmets
    assert not _place_led_person(Span(doc, 3, 5, label="PERSON"))  # Fiona Sutherland: a first name leads


def test_region_led_country_needs_a_province_of_one_country():
    assert gazetteer.region_led_country("Cork County Council") == "IRL"
    assert gazetteer.region_led_country("Queensland") is None  # the place itself, not a body
    assert gazetteer.region_led_country("Georgia Power") is None  # a country and a US state


def test_two_word_town_closing_a_list_islinked_mentions(blank):
    doc = blank.make_doc("Roads closed in Calgary, Lethbridge and Medicine Hat on Monday.")
    calgary = Span(doc, 3, 4, label="GPE")
    found = listed_towns_missed(doc, [calgary], {3})
    assert [(s.text, s.label_) for s in found] == [("Lethbridge", "GPE"), ("Medicine Hat", "GPE")]


def test_unlisted_home_place_is_the_city_of_that_name_over_the_border():
    row = {"text": "Dundalk", "label": "GPE"}
    sent_home = entities.Resolved("PLACE", "place:GBR:dundalk", "Dundalk", "GBR")
    assert gazetteer.neighbours()["GBR"] == {"IRL"}
    assert entities._neighbour_city(sent_home, row, "GBR").country == "IRL"  # Dundalk, Co Louth
    county = {"text": "Annapolis County", "label": "GPE"}
    home_county = entities.Resolved("PLACE", "place:CAN:annapolis county", "Annapolis County", "CAN")
    assert entities._neighbour_city(home_county, county, "CAN") == home_county  # no city bears that name itself


def test_irish_address_inside_one_name_is_split(blank):
    doc = blank.make_doc("Shops in Ballina, Co Mayo and Ballyhale of County Kilkenny won.")
    town = Span(doc, 2, 6, label="ORG")  # Ballina, Co Mayo
    club = Span(doc, 7, 11, label="ORG")  # Ballyhale of County Kilkenny
    assert [(s.text, s.label_) for s in split_county_address(town)] == [
        ("Ballina", "GPE"),
        ("Co Mayo", "GPE"),
    ]
    assert [(s.text, s.label_) for s in split_county_address(club)] == [
        ("Ballyhale", "ORG"),
        ("County Kilkenny", "GPE"),
    ]
    firm = Span(doc, 0, 4, label="ORG")  # no county form inside
    assert split_county_address(firm) == [firm]


@pytest.mark.parametrize(
    ("name", "place"),
    [("Stoke-on-Trent", True), ("Berwick-upon-Tweed", True), ("Southend-on-Sea", True), ("Jean-Pierre", False)],
)
def test_english_town_form_is_a_place(blank, name, place):
    doc = blank.make_doc(f"{name} said no.")
    span = doc.char_span(0, len(name), label="PERSON")
    assert english_town_form(span) is place


def test_town_missed_after_in_is_found_in_a_country_the_story_names(nlp):
    doc = nlp.make_doc("Fishermen in Aberdeenshire said boats in Peterhead stayed in Harbour.")
    shire = Span(doc, 2, 3, label="GPE")
    found = towns_after_in(doc, [shire], {2}, load_nlp().get_pipe(recogniser.FIXES).lexicon)
    assert [(s.text, s.label_) for s in found] == [("Peterhead", "GPE")]  # "Harbour" is a common noun
    assert towns_after_in(doc, [], set(), load_nlp().get_pipe(recogniser.FIXES).lexicon) == []


def test_towns_that_could_all_lie_in_one_country_outvote_a_lone_big_namesake(default_nlp):
    found = linked_mentions(
        default_nlp,
        "Callum Fraser, 29, of Inverness, admitted causing serious injury. Fraser was driving south towards Perth "
        "when his van hit a cyclist between Carrbridge and Kingussie. The cyclist was flown to Aberdeen and later "
        "moved to Dingwall.",
    )
    assert ("Perth", "GPE", "GBR") in found  # each of the others has namesakes abroad; only Scotland has them all


def test_names_whose_usual_readings_lie_elsewhere_do_not_add_up(default_nlp):
    found = linked_mentions(
        default_nlp,
        "A teenager missing from Nelson was found safe near Balfour on Sunday. Searchers from Lakeside Park "
        "helped, police in B.C. said.",
    )
    assert ("Balfour", "GPE", "USA") not in found


def test_a_seat_of_government_keeps_its_country_in_a_story_about_another(default_nlp):
    found = linked_mentions(
        default_nlp,
        "The plan, modelled on Denmark's system, was drawn up after ministers visited Copenhagen. Danish officials "
        "advised Downing Street on the changes.",
    )
    assert ("Downing Street", "FAC", "GBR") in found


def test_a_canadian_press_province_abbreviation_is_the_province(default_nlp):
    found = linked_mentions(default_nlp, "BRANDON, Man. — The Wheat Kings beat the Warriors 4-3 in overtime.")
    assert ("Man.", "GPE", "CAN") in found


def test_a_capitals_name_listed_with_towns_of_a_named_state_is_the_town_there(default_nlp):
    found = linked_mentions(
        default_nlp,
        "BARRE, Vt. — The heaviest rain fell on Thursday over Barre, Berlin and Williamstown. A culvert near the "
        "Berlin line will be replaced, Vermont officials said.",
    )
    assert [c for name, _, c in found if name == "Berlin"] == ["USA", "USA"]


def test_a_capitals_name_alone_in_a_us_story_stays_the_capital(default_nlp):
    found = linked_mentions(
        default_nlp, "BARRE, Vt. — The mayor flew to Berlin on Thursday to study flood defences, Vermont officials said."
    )
    assert ("Berlin", "GPE", "DEU") in found


def test_a_capital_listed_beside_a_us_city_in_a_story_set_abroad_stays_the_capital(default_nlp):
    found = linked_mentions(
        default_nlp,
        "AREQUIPA, Peru (Reuters) - Farmers near Cocachacra blocked a highway in Peru. Shares of Southern Copper, "
        "which are listed in New York and Lima, fell 0.8%.",
    )
    assert ("Lima", "GPE", "PER") in found


def test_a_name_the_story_puts_in_a_place_is_that_place_in_a_list_too(default_nlp):
    found = linked_mentions(
        default_nlp,
        "Residents fill buckets from a JoJo tank in Orlando West on Tuesday.\nAFFECTED AREAS\n"
        "- Soweto: Orlando West, Pimville, Meadowlands",
    )
    assert [label for name, label, _ in found if name == "Orlando West"] == ["GPE", "GPE"]


@pytest.mark.parametrize(("text", "name"), [("The water level of Sungai Golok rose overnight.", "Sungai Golok"),
                                            ("Ferries to Pulau Ketam were halted.", "Pulau Ketam")])
def test_a_malay_river_or_island_word_leads_a_place(default_nlp, text, name):
    labels = {e.text: e.label_ for e in default_nlp(text).ents}
    assert labels.get(name) in ("LOC", "GPE")


def test_a_dateline_below_the_headline_and_byline_votes_for_its_country(default_nlp):
    found = linked_mentions(
        default_nlp,
        "Highway 1 reopens near Abbotsford as farmers watch the river\nBy Jessica Peters, Abbotsford News\n"
        "ABBOTSFORD, B.C. — Highway 1 reopened through Abbotsford on Tuesday after rain on the Fraser Valley. Across the border "
        "in Whatcom County, Wash., crews in Everson and Sumas cleared roads. Water pooled on the Sumas Prairie, and "
        "Everson officials in Whatcom County, Wash., said the Nooksack River was falling.",
    )
    assert ("Fraser Valley", "LOC", "CAN") in found or ("Fraser Valley", "GPE", "CAN") in found


def test_a_village_placed_in_a_province_is_not_its_namesake_abroad(default_nlp):
    found = linked_mentions(
        default_nlp,
        "Dairy wins national cheese award\nBy Gordon Lambie, Sherbrooke Record\nCOMPTON, Que. — A family dairy "
        "in Compton won the top prize in Toronto on Tuesday. Compton's mayor said the win would bring visitors to "
        "the Eastern Townships, an hour from Sherbrooke.",
    )
    assert [c for name, _, c in found if name.lower() == "compton"] == ["CAN", "CAN", "CAN"]


def test_a_small_town_abroad_named_nowhere_else_is_a_namesake_in_a_us_local_story(default_nlp):
    found = linked_mentions(
        default_nlp,
        "KERRVILLE, Texas — Kerr County commissioners on Monday approved a contract for flood sirens along the "
        "Guadalupe River from Hunt to Kerrville. Residents of Hunt asked for the sirens after the July floods, "
        "County Judge Rob Kelly said.",
    )
    assert [c for name, _, c in found if name == "Hunt"] == ["USA", "USA"]


def test_maine_towns_named_after_countries_are_the_towns_of_the_story_s_state(nlp):
    found = linked_mentions(
        nlp,
        "Ice storm leaves thousands in the dark; warming centers open in Rumford, Norway\n"
        "RUMFORD, Maine — More than 19,000 customers in western Maine were still without power on Wednesday.\n"
        "The hardest-hit towns were Rumford, Mexico, Peru and Dixfield along the river, the utility said. "
        "Norway opened its town office to residents who need to charge phones.",
    )
    countries = {(text, country) for text, label, country in found if label == "GPE"}
    assert {("Norway", "USA"), ("Mexico", "USA"), ("Peru", "USA")} <= countries
    assert not {("Norway", "NOR"), ("Mexico", "MEX"), ("Peru", "PER"), ("Rumford", "NOR")} & countries


def test_a_country_listed_beside_a_state_or_abroad_stays_the_country(nlp):
    found = linked_mentions(
        nlp,
        "Maine lobster exports to China and Canada fell, officials in Augusta said. Buyers in Lima, Peru, and "
        "Mexico City held back too.",
    )
    countries = {(text, country) for text, label, country in found if label == "GPE"}
    assert ("China", "CHN") in countries
    assert ("Peru", "PER") in countries


def test_a_dateline_town_named_again_alone_is_the_same_town(default_nlp):
    found = linked_mentions(
        default_nlp,
        "LIMA, Ohio — Free two-hour parking in downtown Lima will end this summer after Lima City Council voted 6-2 "
        "on Monday night. Lima joins Findlay and Wapakoneta, which both charge for downtown parking.",
    )
    assert [c for name, label, c in found if name == "Lima" and label == "GPE"] == ["USA", "USA"]
    assert ("Lima City Council", "ORG", "USA") in found


def test_a_dateline_town_leaves_its_namesake_abroad_when_the_story_names_that_country(default_nlp):
    found = linked_mentions(
        default_nlp,
        "LIMA, Ohio — Twelve Lima Senior High students left for Lima on Monday for a summer of service in Peru, "
        "their teacher said. The group will return to Ohio in August.",
    )
    assert ("Lima", "GPE", "PER") in found


def test_a_city_abroad_listed_among_home_towns_is_the_home_town_of_that_name(default_nlp):
    found = linked_mentions(
        default_nlp,
        "DUBBO — Prices at the saleyards in Dubbo, Wellington and Mudgee rose again this week, NSW Farmers said. "
        "Agents at Wellington expect the run to continue.",
    )
    assert [c for name, _, c in found if name == "Wellington"] == ["AUS", "AUS"]


def test_a_capital_listed_with_a_city_of_its_own_country_stays_the_capital(default_nlp):
    found = linked_mentions(
        default_nlp,
        "DUBBO — Flights from Dubbo now connect to Auckland, Wellington and Sydney, NSW tourism officials said.",
    )
    assert ("Wellington", "GPE", "NZL") in found


def test_wa_in_an_australian_story_is_western_australia_and_europe_stays_no_countrys(default_nlp):
    found = linked_mentions(
        default_nlp,
        "ESPERANCE — Growers across WA expect a record canola harvest around Esperance and Kalgoorlie, Perth "
        "traders said. Most of the crop will be shipped to buyers in Europe and Japan.",
    )
    assert ("WA", "GPE", "AUS") in found
    assert ("Europe", "LOC", None) in found


def test_an_unknown_place_placed_in_a_list_is_placed_wherever_it_is_named(default_nlp):
    found = linked_mentions(
        default_nlp,
        "TRAMORE — Lifeguards will patrol the beaches at Tramore and Dunmore East from June, the council said. "
        "Swimmers from Canada and Australia often visit Tramore in summer.",
    )
    assert {c for name, _, c in found if name in ("Tramore", "TRAMORE")} == {"IRL"}


def test_a_city_abroad_listed_with_big_home_cities_stays_abroad(default_nlp):
    found = linked_mentions(
        default_nlp,
        "NEW YORK — The band will open the tour in West Palm Beach, Fla., with stops in Nashville, Toronto, Denver "
        "and Seattle. Productions in Chicago, London and on tour grossed $1 billion, its producer said in New York.",
    )
    assert ("Toronto", "GPE", "CAN") in found
    assert ("London", "GPE", "GBR") in found


def test_the_ruler_takes_three_letter_region_abbreviations_but_not_two_letter_initials():
    names = gazetteer.home_region_names()
    assert "NSW" in names and "KZN" in names
    assert "WA" not in names  # "Struan WA Wilkie"


def test_a_city_abroad_in_a_us_story_naming_a_state_is_that_states_town(default_nlp):
    found = linked_mentions(
        default_nlp,
        "DOTHAN, Ala. — Houston Academy rallied past Geneva 58-54 on Tuesday night to reach the regional final in "
        "Birmingham. Geneva (24-7) got 25 points from junior Cam Whitlock.",
    )
    assert [c for name, _, c in found if name == "Geneva"] == ["USA", "USA"]


def test_a_city_abroad_stays_abroad_when_the_story_names_its_country(default_nlp):
    found = linked_mentions(
        default_nlp,
        "DOTHAN, Ala. — The mayor of Dothan flew to Geneva on Tuesday for talks with Swiss officials on a "
        "peanut export deal for Alabama growers.",
    )
    assert ("Geneva", "GPE", "CHE") in found


def test_a_world_city_in_a_us_story_naming_a_state_keeps_its_name(default_nlp):
    found = linked_mentions(
        default_nlp,
        "LEXINGTON, Ky. — The singer will follow her Rupp Arena show with dates in London and Berlin before "
        "returning to Louisville, Kentucky, in May. Tickets for London sold out.",
    )
    assert [c for name, _, c in found if name == "London"] == ["GBR", "GBR"]
