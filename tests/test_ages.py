"""People told by their age: "Name, 64," is a person, and so is every other mention of the surname."""

from newslake.nlp import load_nlp


def people(text: str) -> list[str]:
    return [e.text for e in load_nlp()(text).ents if e.label_ == "PERSON"]


def test_aged_name_and_its_other_mentions_are_people() -> None:
    text = (
        "HARARE - Tendai Mushonga took charge of the mining board on Monday. Mushonga, 52, said exports would rise. "
        "Analysts doubted Mushonga would succeed."
    )
    found = people(text)
    assert "Tendai Mushonga" in found
    assert found.count("Mushonga") == 2


def test_places_and_organisations_with_a_number_are_not_people() -> None:
    found = people("Sales in Paris, 12, and at Toyota, 30, stores rose, the report said.")
    assert "Paris" not in found and "Toyota" not in found


def test_a_doubled_surname_gives_no_overlapping_people() -> None:
    from newslake.ages import people_by_age

    doc = load_nlp().make_doc("Officials said Mushonga Mushonga, 52, would take charge. Mushonga declined to comment.")
    found = people_by_age(doc, doc.text)
    doc.ents = found  # spaCy refuses overlapping entities
    assert {e.label_ for e in doc.ents} == {"PERSON"} and "Mushonga" in {e.text for e in doc.ents}


def test_an_aged_three_word_name_keeps_its_family_name_first() -> None:
    # "Lim Boon Keat, 51,": the family name leads; cutting the name to its last two words lost it
    found = people("Photo: Lim Boon Keat leaving the court on Tuesday.\nLim Boon Keat, 51, pleaded guilty to six charges.")
    assert found.count("Lim Boon Keat") == 2
    assert "Boon Keat" not in found


def test_an_age_before_the_name_makes_a_person_and_the_honorific_keeps_it_one() -> None:
    found = people(
        "A van hit 57-year-old Alasdair MacRae, who was cycling to Kingussie.\n"
        "Mr MacRae, a retired teacher, suffered a broken pelvis."
    )
    assert "Alasdair MacRae" in found
    assert found.count("MacRae") == 1  # "Mr MacRae" was an ORG to the model


def test_an_age_before_a_town_and_a_noun_is_no_person() -> None:
    assert "Glasgow" not in people("Police arrested a 57-year-old Glasgow man on Friday.")
