"""Product names are no entities; lone team nicknames are organisations (real spaCy model, real rules)."""

from __future__ import annotations

from conftest import labelled, spans_of

from newslake.products import without_products
from newslake.teams import nickname_teams


def test_a_model_name_and_its_bare_name_are_dropped(nlp):
    doc = nlp.make_doc("Ming-Chi Kuo said the MacBook Pro gets a new keyboard. Apple will sell the MacBook until May.")
    spans = spans_of(doc, ("PERSON", "Ming-Chi Kuo"), ("PERSON", "MacBook Pro"), ("ORG", "Apple"), ("PERSON", "MacBook"))
    assert labelled(without_products(doc, spans)) == [("PERSON", "Ming-Chi Kuo"), ("ORG", "Apple")]


def test_a_firms_own_name_then_one_word_is_a_product(nlp):
    doc = nlp.make_doc("The Nintendo Switch sold well, and the Switch outsold every rival in Japan.")
    spans = spans_of(doc, ("PERSON", "Nintendo Switch"), ("PERSON", "Switch"), ("GPE", "Japan"))
    assert labelled(without_products(doc, spans)) == [("GPE", "Japan")]


def test_listed_products_and_stock_indices_are_no_names(nlp):
    doc = nlp.make_doc("The Kospi Index fell while S&P Global said the Hang Seng rose. Apple Watch and iPhones sold out.")
    spans = spans_of(
        doc,
        ("ORG", "Kospi Index"),
        ("ORG", "S&P Global"),
        ("PERSON", "Hang Seng"),
        ("ORG", "Apple Watch"),
        ("ORG", "iPhones"),
    )
    assert labelled(without_products(doc, spans)) == [("ORG", "S&P Global")]


def test_a_brand_before_a_listed_product_and_browsers_are_no_names(nlp):
    doc = nlp.make_doc("Apple AirPods work with Apple CarPlay, Apple said. Firefox and Internet Explorer lost users.")
    spans = spans_of(
        doc,
        ("ORG", "Apple AirPods"),
        ("ORG", "Apple CarPlay"),
        ("ORG", "Apple"),
        ("PERSON", "Firefox"),
        ("ORG", "Internet Explorer"),
    )
    assert labelled(without_products(doc, spans)) == [("ORG", "Apple")]


def test_operating_systems_and_public_programmes_are_no_names_and_a_law_is_a_law(nlp):
    doc = nlp.make_doc("Windows runs on Macs. Social Security and Medicaid grew after the Social Security Act, Macy's said.")
    spans = spans_of(
        doc,
        ("LOC", "Windows"),
        ("ORG", "Macs"),
        ("GPE", "Social Security"),
        ("ORG", "Medicaid"),
        ("PERSON", "Social Security Act"),
        ("ORG", "Macy"),
    )
    # "Macy" is no plural of the listed "Mac": only a trailing "s" makes one
    assert labelled(without_products(doc, spans)) == [("LAW", "Social Security Act"), ("ORG", "Macy")]


def test_a_firm_whose_full_name_adds_inc_leads_a_product(nlp):
    doc = nlp.make_doc("Apple Watches start at $169, and Apple products are pricey.")
    spans = spans_of(doc, ("PERSON", "Apple Watches"), ("ORG", "Apple"))
    assert labelled(without_products(doc, spans)) == [("ORG", "Apple")]


def test_a_product_typed_person_makes_no_person_of_its_brand(mention_labels):
    labels = mention_labels("Apple Watches start at $169, and iPad models are cheaper. Apple products are pricey.")
    assert labels.get("Apple") == "ORG"


def test_an_acronyms_alias_or_a_first_name_keeps_the_person(nlp):
    doc = nlp.make_doc("Prime Minister Hun Manet met Sar Sokha and Google Ahmed in Phnom Penh.")
    spans = spans_of(doc, ("PERSON", "Hun Manet"), ("PERSON", "Sar Sokha"), ("PERSON", "Google Ahmed"))
    assert labelled(without_products(doc, spans)) == labelled(spans)


def test_names_stop_at_a_line_break(nlp):
    doc = nlp("See it now: Amazon\n\nSince the AirPods first launched in 2016, users have complained.")
    assert doc.ents and all("\n" not in e.text for e in doc.ents)


def test_lone_nicknames_are_teams(nlp):
    found = {(e.label_, e.text) for e in nlp("The Steelers beat the Browns 21-7 on Sunday in Pittsburgh.").ents}
    assert {("ORG", "Steelers"), ("ORG", "Browns"), ("GPE", "Pittsburgh")} <= found


def test_a_nickname_needs_the_or_a_second_team(nlp):
    alone = nlp.make_doc("Bears were seen near Banff, park rangers said.")
    spans = spans_of(alone, ("PERSON", "Bears"), ("GPE", "Banff"))
    assert labelled(nickname_teams(alone, spans)) == labelled(spans)
    doc = nlp.make_doc("Fans in Boston cheered the Bruins.")
    spans = spans_of(doc, ("GPE", "Boston"), ("PERSON", "Bruins"))
    assert labelled(nickname_teams(doc, spans)) == [("GPE", "Boston"), ("ORG", "Bruins")]


def test_a_nickname_inside_a_longer_name_is_left(nlp):
    doc = nlp.make_doc("The Pittsburgh Steelers and the Cleveland Browns met.")
    spans = spans_of(doc, ("ORG", "Pittsburgh Steelers"), ("ORG", "Cleveland Browns"))
    assert labelled(nickname_teams(doc, spans)) == labelled(spans)


def test_a_lone_state_or_country_typed_person_is_the_place(nlp):
    from newslake.first_name_places import states_not_people

    doc = nlp.make_doc("Voters in Virginia and Georgia went to the polls; Michael Jordan and Jordan's king watched.")
    spans = spans_of(
        doc, ("PERSON", "Virginia"), ("PERSON", "Georgia"), ("PERSON", "Michael Jordan"), ("PERSON", "Jordan")
    )
    assert labelled(states_not_people(doc, spans)) == [
        ("GPE", "Virginia"),
        ("GPE", "Georgia"),
        ("PERSON", "Michael Jordan"),
        ("PERSON", "Jordan"),
    ]


def test_an_event_is_no_organisation(nlp):
    doc = nlp.make_doc("Ford showed the car at the Los Angeles Auto Show before the Davis Cup Finals in Madrid.")
    spans = spans_of(doc, ("ORG", "Ford"), ("ORG", "Los Angeles Auto Show"), ("ORG", "Davis Cup Finals"), ("GPE", "Madrid"))
    assert labelled(without_products(doc, spans)) == [
        ("ORG", "Ford"),
        ("EVENT", "Los Angeles Auto Show"),
        ("EVENT", "Davis Cup Finals"),
        ("GPE", "Madrid"),
    ]


def test_a_word_after_a_firms_name_that_stands_alone_as_a_person_is_its_product(nlp):
    doc = nlp.make_doc("Stadia launches today. The Google Stadia Founder's Edition costs $129, and Stadia needs Wi-Fi.")
    spans = spans_of(doc, ("PERSON", "Stadia"), ("ORG", "Google Stadia Founder's Edition"), ("PERSON", "Stadia"))
    assert labelled(without_products(doc, spans)) == []


def test_a_country_after_a_firms_name_stays(nlp):
    doc = nlp.make_doc("Safaricom Ethiopia won the licence, and Ethiopia welcomed it.")
    spans = spans_of(doc, ("ORG", "Safaricom Ethiopia"), ("PERSON", "Ethiopia"))
    assert labelled(without_products(doc, spans)) == labelled(spans)


def test_a_lone_model_word_is_no_person(nlp):
    doc = nlp.make_doc("The Pro has a bigger screen, Max Verstappen said.")
    spans = spans_of(doc, ("PERSON", "Pro"), ("PERSON", "Max Verstappen"))
    assert labelled(without_products(doc, spans)) == [("PERSON", "Max Verstappen")]


def test_the_before_a_product_does_not_drop_other_names_with_the(nlp):
    doc = nlp.make_doc("The chip in the Radeon Pro is made by the Taiwan Semiconductor Manufacturing Company.")
    spans = spans_of(doc, ("ORG", "the Radeon Pro"), ("ORG", "the Taiwan Semiconductor Manufacturing Company"))
    assert labelled(without_products(doc, spans)) == [("ORG", "the Taiwan Semiconductor Manufacturing Company")]


def test_maple_leafs_are_one_team_and_never_overlap_a_name(nlp):
    doc = nlp.make_doc("The Maple Leafs beat the Bruins. The Maple Leafs Sports group said so.")
    spans = spans_of(doc, ("PERSON", "Bruins"), ("ORG", "Leafs Sports"))
    assert labelled(nickname_teams(doc, spans)) == [("ORG", "Maple Leafs"), ("ORG", "Bruins"), ("ORG", "Leafs Sports")]


def test_a_listed_product_with_a_model_word_goes_but_a_woman_named_like_one_stays(nlp):
    doc = nlp.make_doc("The iPad Pro sold out, Alexa said, and the Dow Jones Industrial Average fell.")
    spans = spans_of(doc, ("ORG", "iPad Pro"), ("PERSON", "Alexa"), ("PERSON", "Dow Jones Industrial Average"))
    assert labelled(without_products(doc, spans)) == [("PERSON", "Alexa")]


def test_a_nickname_after_its_teams_full_name_is_the_team(mention_labels):
    text = (
        "The Ottawa Senators beat the Winnipeg Jets 4-2 in overtime on Saturday. The Senators scored twice in the "
        "third period, their coach said, and the Jets pulled their goalie late. The league's fans cheered the win, "
        "and the season's playoff race tightened."
    )
    labels = mention_labels(text)
    assert labels.get("Senators") == labels.get("Jets") == "ORG"


def test_a_bodys_words_are_no_teams_nickname(nlp):
    from newslake.clubs import _nickname

    doc = nlp.make_doc("Detroit Red Wings , Alberta Health Services , Utah Senate")
    spans = spans_of(doc, ("ORG", "Detroit Red Wings"), ("ORG", "Alberta Health Services"), ("ORG", "Utah Senate"))
    assert [_nickname(s) for s in spans] == [("Red", "Wings"), None, None]


def test_standards_and_formats_are_no_names(nlp):
    doc = nlp.make_doc("Under IFRS, the 3D service and VOD on 5G count as sales, Verizon said.")
    spans = spans_of(doc, ("ORG", "IFRS"), ("ORG", "3D"), ("ORG", "VOD"), ("ORG", "5G"), ("ORG", "Verizon"))
    assert labelled(without_products(doc, spans)) == [("ORG", "Verizon")]


def test_well_known_firms_named_like_people_are_organisations(mention_labels):
    labels = mention_labels("Consumers drop cable for Roku, while Anker sells chargers and Ulta sells lipstick.")
    assert labels.get("Roku") == labels.get("Anker") == labels.get("Ulta") == "ORG"


def test_everyday_word_nicknames_are_teams_only_in_a_sports_story(mention_labels):
    labels = mention_labels("The Bruins beat the Red Wings 4-2, while the Senators lost to the Jets and the Wild edged the Lightning.")
    assert {labels.get(n) for n in ("Red Wings", "Senators", "Jets", "Wild", "Lightning")} == {"ORG"}
    assert "Lightning" not in mention_labels("Crews said the Lightning and the Thunder of the storm scared the Wild horses.")


def test_a_model_name_with_a_number_typed_organisation_is_a_product(default_nlp):
    from newslake.entities import doc_mentions

    for text in ("The Pixel 10 Pro costs A$1,699 at JB Hi-Fi.", "The iPhone 17 Pro Max sold out in Dubai."):
        found = [m["text"] for m in doc_mentions(default_nlp(text)) if m["label"] in ("ORG", "PERSON", "GPE")]
        assert not any("Pro" in name for name in found)


def test_a_quarter_or_fiscal_year_is_no_name(default_nlp):
    from newslake.entities import doc_mentions

    found = [m["text"] for m in doc_mentions(default_nlp("Aramco said Q3 profit fell. FY25 results are due in H1."))]
    assert "Aramco" in found
    assert not {"Q3", "FY25", "H1"} & set(found)


def test_the_sides_of_a_results_line_are_names(default_nlp):
    from newslake.entities import doc_mentions

    text = (
        "Sebastopol kicked six goals in the last quarter to win the league game, the coach said.\n"
        "Sebastopol 12.10 (82) d North Ballarat 10.8 (68)\n- Ballarat 13.8 (86) d Bacchus Marsh 7.11 (53)"
    )
    found = [(m["text"], m["label"]) for m in doc_mentions(default_nlp(text))]
    assert ("Ballarat", "GPE") in found and ("Bacchus Marsh", "GPE") in found  # towns' sides stay places
    assert ("North Ballarat", "GPE") in found  # no gazetteer holds it, but the model read a place there
    assert not any(any(c.isdigit() for c in name) for name, _ in found)  # no score inside a name


def test_a_nickname_side_of_a_results_line_is_a_team_though_a_village_bears_it(default_nlp):
    from newslake.entities import doc_mentions

    text = "The Wild beat the Sabres, the coach said after the game.\nWild 4, Sabres 1\nBruins 5, Devils 1"
    found = {(m["text"], m["label"]) for m in doc_mentions(default_nlp(text))}
    assert ("Sabres", "ORG") in found and ("Bruins", "ORG") in found
    assert ("Sabres", "GPE") not in found  # Sabres is a village of the Landes too


def test_results_strung_in_one_line_are_split_into_sides(default_nlp):
    from newslake.entities import doc_mentions

    text = (
        "The Oilers beat the Canucks 4-2 as McDavid scored twice in the playoffs race, the coach said.\n"
        "Saturday's other results: Toronto 4, Ottawa 2; Winnipeg 3, Calgary 2 (OT); Montreal 5, Boston 1"
    )
    found = {(m["text"], m["label"]) for m in doc_mentions(default_nlp(text))}
    assert {("Toronto", "GPE"), ("Ottawa", "GPE"), ("Winnipeg", "GPE"), ("Boston", "GPE")} <= found
    assert not any(any(c.isdigit() for c in name) for name, _ in found)  # "Toronto 4" was one name


def test_a_british_towns_side_is_its_club(default_nlp):
    from newslake.entities import doc_mentions

    text = (
        "Hearts stretched their lead as the club's fans cheered a late goal in the league.\n"
        "Saturday: Kilmarnock 2 Livingston 2; Falkirk 1 Dundee United 1"
    )
    found = {(m["text"], m["label"]) for m in doc_mentions(default_nlp(text))}
    assert ("Kilmarnock", "ORG") in found and ("Falkirk", "ORG") in found


def test_an_initial_and_a_surname_before_figures_are_scorers(default_nlp):
    from newslake.entities import doc_mentions

    text = (
        "The Sixers won the league match by four runs as fans cheered the late wickets of the season.\n"
        "Sydney Sixers 6-187 (S Smith 90, Babar Azam 34; J Richardson 2-31, A Tye 2-40)"
    )
    found = {(m["text"], m["label"]) for m in doc_mentions(default_nlp(text))}
    assert {("S Smith", "PERSON"), ("J Richardson", "PERSON"), ("A Tye", "PERSON")} <= found
    assert not any(any(c.isdigit() for c in name) for name, _ in found)


def test_an_initial_and_a_word_before_a_number_outside_sport_is_left_alone(default_nlp):
    from newslake.teams import scorer_names

    doc = default_nlp("Plan B Housing 3 units were sold. Plan C Offices 4 floors were let.")
    assert scorer_names(doc, list(doc.ents)) == list(doc.ents)


def _labels(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_team_s_line_up_names_its_players(nlp):
    labels = _labels(
        nlp,
        "Harrogate beat Bradford 2-1 in the league. The striker scored twice and the fans cheered the club.\n"
        "Line-ups\n"
        "Harrogate: Pennock, Foulds, Hemsworth, O'Connor, Sims, Ferriby, Daly, Tighe, Rushworth.\n"
        "Bradford: Whitlam, Garside, Okoye, Denton, Pickles (Smith 67).\n",
    )
    # "Ferriby" and "Denton" are towns too; in a line-up they are players
    assert all(labels.get(name) == "PERSON" for name in ("Pennock", "Ferriby", "Rushworth", "Denton", "Pickles", "Smith"))
    assert labels.get("Harrogate") != "PERSON"


def test_a_line_up_with_its_formation_and_semicolons_names_players(nlp):
    labels = _labels(
        nlp,
        "Harrogate Town beat Morecambe 2-1 in the league. The striker scored late and the fans cheered the club.\n"
        "Harrogate Town (4-4-2): Belshaw; Fallowfield, Burrell, O'Connor, Sims; Thomson, Falkingham, Tanfield, Daly; "
        "Muldoon, Folarin.\n",
    )
    assert all(labels.get(name) == "PERSON" for name in ("Fallowfield", "Burrell", "Falkingham", "Tanfield", "Folarin"))


def test_a_list_of_places_after_a_colon_is_no_line_up(nlp):
    labels = _labels(nlp, "Roads closed by the flood: Ferriby, Brough, Welton, Elloughton.\nCouncil crews worked overnight.")
    assert labels.get("Ferriby") != "PERSON"  # not a sports story


def test_countries_or_clubs_listed_after_a_colon_are_no_line_up(nlp):
    labels = _labels(
        nlp,
        "The striker scored twice in the league and the fans cheered the club.\n"
        "Path D: Georgia, North Macedonia, Kosovo, Belarus\n"
        "Previous clubs: Bristol City, Bath City (loan), Newport County (loan), Sunderland (loan), Bournemouth\n",
    )
    assert not {name for name, label in labels.items() if label == "PERSON"} & {"Georgia", "Kosovo", "Bristol City", "Sunderland"}
