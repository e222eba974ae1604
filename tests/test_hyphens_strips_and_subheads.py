"""Round 25's rules from the opened business, South Asian and African, and wire pages: a country written before a
hyphen ("U.S.-led"), two places joined by one ("Dar-Dodoma"), a table strip ("Khulna: 74 | Rajshahi: 38"), a body's
name after a title word ("Egyptian Premier League"), a batting card, market codes, the Indian press's "Gomti Nagar"
and "Kerala HC", and names in a subhead set in capitals."""

from __future__ import annotations

from conftest import spans_of

from newslake.call_signs import call_signs
from newslake.caps_subheads import caps_subhead_names
from newslake.indian_names import indian_localities_and_courts
from newslake.market_codes import market_code
from newslake.nlp_common import Lexicon
from newslake.page_bars import bar_items
from newslake.place_pairs import split_place_pair
from newslake.teams import result_lines


def _ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_dotted_country_before_a_hyphen_is_its_own_word(nlp):
    doc = nlp("Presidents Tshisekedi and Kagame signed U.S.-brokered accords as U.N.-backed troops arrived.")
    assert "U.S." in [t.text for t in doc]
    assert ("U.S.", "GPE") in _ents(doc)
    # the default split between letters stays as spaCy has it
    assert [t.text for t in nlp.make_doc("a Canada-based firm")] == ["a", "Canada", "-", "based", "firm"]


def test_two_places_joined_by_a_hyphen_are_two_places(nlp):
    doc = nlp.make_doc("TRC adds Dar-Dodoma trips. Trains between Dar es Salaam and Dodoma run daily.")
    pair = spans_of(doc, ("GPE", "Dar-Dodoma"))[0]
    assert [(s.text, s.label_) for s in split_place_pair(pair)] == [("Dar", "GPE"), ("Dodoma", "GPE")]
    doc = nlp.make_doc("Kenya-Tanzania border talks resumed.")
    pair = spans_of(doc, ("ORG", "Kenya-Tanzania"))[0]
    assert [s.text for s in split_place_pair(pair)] == ["Kenya", "Tanzania"]


def test_a_hyphened_name_that_is_one_place_or_a_race_stays_whole(nlp):
    doc = nlp.make_doc("Guinea-Bissau voted. Van der Poel won Paris-Roubaix again in ROUBAIX, near Paris.")
    for label, text in (("GPE", "Guinea-Bissau"), ("ORG", "Paris-Roubaix")):
        span = spans_of(doc, (label, text))[0]
        assert split_place_pair(span) == [span]
    # a district named whole: neither part stands alone in the text
    doc = nlp.make_doc("Commuters in Spandau, Marzahn-Hellersdorf and Neukölln rely on buses.")
    span = spans_of(doc, ("GPE", "Marzahn-Hellersdorf"))[0]
    assert split_place_pair(span) == [span]


def test_the_places_of_a_table_strip_are_places(nlp):
    doc = nlp.make_doc("Dengue cases by division\nKhulna: 74 | Rajshahi: 38 | Mymensingh: 21 | Sylhet: 4\nMore later.")
    found = [(s.text, s.label_) for s in bar_items(doc, [], Lexicon())]
    assert found == [("Khulna", "GPE"), ("Rajshahi", "GPE"), ("Mymensingh", "GPE"), ("Sylhet", "GPE")]


def test_a_league_after_a_title_word_is_no_office_holder(nlp):
    doc = nlp("Al Ahly beat Zamalek 2-0 to move top of the Egyptian Premier League on Saturday.")
    assert ("Egyptian Premier League", "ORG") in _ents(doc)
    assert "League" not in [e.text for e in doc.ents]
    assert ("Li Qiang", "PERSON") in _ents(nlp("Chinese Premier Li Qiang arrived."))


def test_a_batting_card_the_model_read_as_people_stays_people(nlp):
    doc = nlp.make_doc(
        "LAHORE QALANDARS 197-5 (20 overs): Fakhar Zaman 84, Abdullah Shafique 41\n"
        "PESHAWAR ZALMI 193-7 (20 overs): Babar Azam 71, Saim Ayub 38; Haris Rauf 3-33\n"
    )
    names = ("Fakhar Zaman", "Abdullah Shafique", "Babar Azam", "Saim Ayub")
    people = spans_of(doc, *(("PERSON", name) for name in names))
    assert [(s.text, s.label_) for s in result_lines(doc, people)] == [(name, "PERSON") for name in names]
    # a results line of teams still gives the sides
    doc = nlp.make_doc("Saturday's results: Buffalo 4, Pittsburgh 2; Winnipeg 3, Calgary 2\nThe Sabres won again.")
    assert {s.text for s in result_lines(doc, [])} >= {"Buffalo", "Pittsburgh"}


def test_tickers_listing_codes_and_currency_pairs_name_nothing(nlp):
    doc = nlp.make_doc("Safaricom PLC (NSE: SCOM) rose. Leapmotor (9863.HK) fell. USD/KRW 1,447.5 and KRW 50 billion.")
    scom, code, krw = spans_of(doc, ("ORG", "SCOM"), ("ORG", "9863.HK"), ("ORG", "KRW"))
    assert market_code(scom) and market_code(code) and market_code(krw)
    assert not any(market_code(s) for s in spans_of(doc, ("ORG", "Safaricom PLC"), ("ORG", "Leapmotor")))


def test_a_currency_code_with_a_figure_is_no_station(nlp):
    doc = nlp.make_doc("SK hynix closed higher | USD/KRW 1,447.5\nWatch KARE 11 at six.")
    assert [s.text for s in call_signs(doc, [], Lexicon())] == ["KARE"]


def test_an_indian_neighbourhood_and_a_high_court(nlp):
    doc = nlp.make_doc("The Kerala HC heard the plea of a builder from Gomti Nagar and a resident of R.K. Puram.")
    wrong = spans_of(doc, ("PERSON", "Gomti Nagar"))
    found = [(s.text, s.label_) for s in indian_localities_and_courts(doc, wrong)]
    assert found == [("Kerala HC", "ORG"), ("Gomti Nagar", "GPE"), ("R.K. Puram", "GPE")]


def test_a_name_in_a_capitals_subhead_is_the_name_the_text_gives(nlp):
    doc = nlp.make_doc(
        "CLAVIJO CALLS ON MADRID\nFernando Clavijo urged Madrid to act.\nHOW LONG WILL IT TAKE\n"
        "Peter Long said it took long."
    )
    spans = spans_of(doc, ("PERSON", "Fernando Clavijo"), ("GPE", "Madrid"), ("PERSON", "Peter Long"))
    found = [(s.text, s.label_) for s in caps_subhead_names(doc, spans, Lexicon())]
    assert found[:2] == [("CLAVIJO", "PERSON"), ("MADRID", "GPE")]
    assert "LONG" not in [text for text, _ in found]  # a surname the text also writes as a common word


def test_a_subhead_keeps_the_models_longer_name_and_leaves_one_word_bodies(nlp):
    doc = nlp.make_doc("THE CANADIAN PRESS\nCanadian viewers pay more.\nNISSAN CUTS JOBS\nNissan said it would cut jobs.")
    spans = spans_of(doc, ("ORG", "CANADIAN PRESS"), ("NORP", "Canadian"), ("ORG", "Nissan"))
    found = [(s.text, s.label_) for s in caps_subhead_names(doc, spans, Lexicon())]
    assert found == [("CANADIAN PRESS", "ORG"), ("Canadian", "NORP"), ("Nissan", "ORG")]


def test_a_conference_the_model_read_as_a_place_is_not_carried_into_a_subhead(nlp):
    doc = nlp.make_doc("Baraboo leads the Badger West.\nBADGER WEST\nBaraboo 58, Reedsburg 54\nNEWS FROM BARABOO")
    spans = spans_of(doc, ("GPE", "Baraboo"), ("FAC", "Badger West"))
    found = [(s.text, s.label_) for s in caps_subhead_names(doc, spans, Lexicon())]
    assert ("BADGER WEST", "FAC") not in found
    assert ("BARABOO", "GPE") in found
