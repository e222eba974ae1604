"""Photo credits: the photographer is a person and the agency or paper an organisation."""

import pytest

from newslake.entities import doc_mentions


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["label"]) for m in doc_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("caption", "person", "org"),
    [
        ("Photo: The bridge over the river. (Phil Masturzo/Akron Beacon Journal)", "Phil Masturzo", "Akron Beacon Journal"),
        ("Photo: An oil tank at the refinery. REUTERS/Ahmed Jadallah", "Ahmed Jadallah", "REUTERS"),
        ("Photo: Shoppers at the new outlet. [Photo: Jared Kibet, Business Daily]", "Jared Kibet", "Business Daily"),
        ("Photo: The senator speaks to reporters. (AP Photo/J. Scott Applewhite)", "J. Scott Applewhite", "AP"),
        ("Photo: Fans in the stand. Photo by Dana Fiddler / Saskatoon StarPhoenix", "Dana Fiddler", "Saskatoon StarPhoenix"),
        # a photo agency closing a credit, kept whole or after "via"
        ("Jensen Huang speaks in San Jose, California. / Kevin Marsh, Getty Images", "Kevin Marsh", "Getty Images"),
        ("Sabastian Sawe crosses the line on The Mall. (Photo by Alex Davidson/Getty Images)", "Alex Davidson", "Getty Images"),
        ("Elon Musk in Washington last month. Photograph: Andrew Harnik/Getty", "Andrew Harnik", "Getty"),
        ("Luigi Mangione in court in New York. (Curtis Means/Pool Photo via AP)", "Curtis Means", "AP"),
        # a paper whose name opens with a first name ("Red"), known as a paper by its last word
        ("Crews clear the road. (Photo by Jordan Pelletier/Red Deer Advocate)", "Jordan Pelletier", "Red Deer Advocate"),
        # and one whose last word is hyphened ("Leader-Post", "Banner-Herald")
        ("Snow closes the highway. Photo by Kayle Neis / Regina Leader-Post", "Kayle Neis", "Regina Leader-Post"),
    ],
)
def test_a_credit_names_the_photographer_and_the_agency(default_nlp, caption, person, org):
    found = _found(default_nlp, f"The bridge will close in March.\n{caption}")
    assert (person, "PERSON") in found
    assert (org, "ORG") in found
    assert not {name for name, _ in found} & {"Pool Photo", "Pool"}


def test_a_plain_word_credit_is_no_name(default_nlp):
    found = _found(default_nlp, "The phone costs $999.\nPhoto: The phone on a desk. Photo: Supplied")
    assert not {name for name, _ in found} & {"Supplied"}


def test_a_fraction_in_a_sentence_is_no_credit(default_nlp):
    assert ("Anna Lee", "PERSON") in _found(default_nlp, "The price rose by 5/6 of a point, said Anna Lee.")


@pytest.mark.parametrize(
    "role", ["Media Correspondent", "City Hall Reporter", "Rugby Correspondent", "Chief Cricket Writer",
             "Chief Football Writer | @PriyaSport"]
)
def test_a_bylines_role_is_no_name(default_nlp, role):
    found = _found(default_nlp, f"Budget passes\nBy Priya Sandhu, {role}\nTORONTO — The mayor tabled a budget.")
    assert ("Priya Sandhu", "PERSON") in found
    assert not {name for name, _ in found} & {role, role.removeprefix("Chief "), "Football Writer"}


def test_a_trade_papers_name_ending_in_a_role_word_stays(default_nlp):
    found = _found(default_nlp, "The film topped the chart, The Hollywood Reporter said on Monday.")
    assert any(name.endswith("Hollywood Reporter") for name, _ in found)


def test_a_name_before_the_outlet_is_the_photographer_though_no_list_knows_the_first_name(default_nlp):
    found = _found(default_nlp, "The bank held rates.\nThe governor at the meeting. Photo: Sodiq Adelakun / Punch")
    assert ("Sodiq Adelakun", "PERSON") in found and ("Punch", "ORG") in found


def test_a_picture_credit_closing_a_caption_sentence_is_the_outlet(default_nlp):
    found = _found(default_nlp, "He died on Sunday.\nNick Kyriakou at his cafe in 2017. Picture: Border Watch")
    assert ("Border Watch", "ORG") in found


def test_a_handout_credit_is_no_outlet(default_nlp):
    found = _found(default_nlp, "The road reopened.\nPolice at the scene. Photo: John Smith/Handout")
    assert "Handout" not in {name for name, _ in found}


def test_a_wire_storys_byline_and_closing_credits_name_people(default_nlp):
    found = _found(
        default_nlp,
        "Paramount bids for Warner\nBy Dawn Chmielewski and Kenrick Cai\nLOS ANGELES (Reuters) - Paramount raised its "
        "offer on Monday.\n(Reporting by Kenrick Cai in San Francisco; Additional reporting by Reuters Moscow bureau; "
        "Editing by Lisa Shumaker)",
    )
    assert {("Dawn Chmielewski", "PERSON"), ("Kenrick Cai", "PERSON"), ("Lisa Shumaker", "PERSON")} <= found
    assert ("San Francisco", "GPE") in found
    assert ("Reuters Moscow", "PERSON") not in found


@pytest.mark.parametrize(
    ("byline", "paper"),
    [
        ("By Kyle Sizemore, Hazard Herald", "Hazard Herald"),
        ("By Mia Fitzgerald, Katherine Times", "Katherine Times"),
        ("By Jordan Friesen, The Carillon", "The Carillon"),
        ("By Tyler Kuntz, CHAT News", "CHAT News"),
        ("By Priya Raman, Arizona Republic", "Arizona Republic"),
        ("By Morgan Nykiforuk, Regina Leader-Post", "Regina Leader-Post"),
    ],
)
def test_the_paper_after_a_bylines_comma_is_an_organisation(default_nlp, byline, paper):
    found = _found(default_nlp, f"Council backs levee study\n{byline}\nThe council voted on Tuesday to fund the study.")
    assert (paper, "ORG") in found
    assert (paper, "PERSON") not in found


def test_writers_listed_after_a_bylines_comma_stay_people(default_nlp):
    found = _found(default_nlp, "Fed holds rates\nBy Josh Boak, Fatima Hussein and Chris Rugaber\nThe Fed held rates.")
    assert {("Josh Boak", "PERSON"), ("Fatima Hussein", "PERSON"), ("Chris Rugaber", "PERSON")} <= found


def test_a_sentence_after_a_credit_is_not_part_of_its_name(default_nlp):
    found = _found(default_nlp, "The book was written by Marc Headley. Image: Mark Rathbun.")
    assert "Marc Headley. Image" not in {name for name, _ in found}


@pytest.mark.parametrize("byline", ["By Tech Desk", "By ET Bureau", "By Laura Becker, Motoring Editor"])
def test_a_desk_or_a_role_signing_a_page_is_no_person(default_nlp, byline):
    found = _found(default_nlp, f"Recall widens\n{byline}\nThe firm recalled 1.1 million power banks on Monday.")
    assert not {name for name, label in found if label == "PERSON"} & {"Tech Desk", "ET Bureau", "Motoring Editor"}
