"""What the opened written news pages taught (round 34): a firm named by its trade in another language, in a German
compound, or as a studio or label is a firm, and so is its short name; a centre named for its staff's work is a body;
a person whose surname is a body's or a landform's word ("Jillian Power", "Gibson-Park") stays a person."""

from __future__ import annotations

import pytest
from conftest import linked_labels

FIRMS = {
    "led by its trade in French or Spanish": (
        (
            "Laboratoires Vernadel said on Tuesday it would appeal the ruling. Shares in Vernadel fell 6% in Paris, "
            "while Cementos Alcaraz said its own plant would stay open."
        ),
        ["Laboratoires Vernadel", "Vernadel", "Cementos Alcaraz"],
    ),
    "ending in a trade of another language": (
        (
            "Osawa Denki will cut 400 jobs, the Osaka company said. Mert Tekstil and Brenholt Maritime also reported "
            "losses; Brenholt blamed freight rates."
        ),
        ["Osawa Denki", "Mert Tekstil", "Brenholt Maritime", "Brenholt"],
    ),
    "ending in a German compound of a trade": (
        "Haller Bremstechnik will close its plant. Haller employs 300 people there, and Wendel Privatbank lent it money.",
        ["Haller Bremstechnik", "Haller", "Wendel Privatbank"],
    ),
    "a studio or a label": (
        (
            "The laptop is made by Halvard Computing, and Ostra Gaming signed the player from Nordvik Esports. Tŷ "
            "Gwyn Films made the series."
        ),
        ["Halvard Computing", "Ostra Gaming", "Nordvik Esports", "Tŷ Gwyn Films"],
    ),
}


@pytest.mark.parametrize("kind", FIRMS)
def test_a_firm_named_by_its_trade_is_an_organisation(nlp, default_nlp, kind):
    text, names = FIRMS[kind]
    for model in (nlp, default_nlp):
        labels = linked_labels(model, text)
        assert {n: labels.get(n) for n in names} == dict.fromkeys(names, "ORG")


def test_a_surname_ending_like_a_trade_stays_a_person(nlp, default_nlp):
    text = "Jonathan Marchbank, who chairs the committee, said Richard Fairbank had objected."
    for model in (nlp, default_nlp):
        labels = linked_labels(model, text)
        assert labels["Jonathan Marchbank"] == labels["Richard Fairbank"] == "PERSON"


def test_a_centre_named_for_what_its_staff_do_is_a_body(nlp, default_nlp):
    text = (
        "The Hydrologic Forecast Centre warned of floods, and the Wales Governance Centre said turnout fell at the "
        "Kelvin Hall Shopping Centre in Glasgow."
    )
    for model in (nlp, default_nlp):
        labels = {
            s.removeprefix("the ").removeprefix("The "): label
            for s, label in linked_labels(model, text).items()
        }
        assert labels["Hydrologic Forecast Centre"] == labels["Wales Governance Centre"] == "ORG"
        assert labels["Kelvin Hall Shopping Centre"] == "FAC"


def test_a_person_named_like_a_body_stays_a_person(nlp, default_nlp):
    text = (
        "Jillian Power · The Telegram. Port Douglas tourism operator Jess Oakley said bookings held, and scrum-half "
        "Jamison Gibson-Park kicked the winner. Georgia Power did not comment."
    )
    for model in (nlp, default_nlp):
        labels = linked_labels(model, text)
        assert labels["Jillian Power"] == labels["Jess Oakley"] == labels["Jamison Gibson-Park"] == "PERSON"
        assert labels["Georgia Power"] == "ORG"
