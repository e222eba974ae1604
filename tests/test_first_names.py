"""People told by a known first name: missed or mistyped names with a first name from the shipped list are PERSON."""

from newslake.first_names import first_names, people_by_first_name
from newslake.nlp import FIXES, load_nlp


def labels(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in load_nlp()(text).ents}


def test_shipped_list_has_names_of_many_regions_and_no_blank() -> None:
    names = first_names()
    assert {"isabel", "kwame", "lautaro", "jannik", "minh", "chinedu"} <= names
    assert "" not in names and len(names) > 10_000


def test_name_the_model_misses_after_a_dateline_is_a_person() -> None:
    assert labels("MILAN - Jannik Sinner retained his title on Sunday after a long final.").get("Jannik Sinner") == "PERSON"


def test_first_name_joins_the_surname_the_model_found() -> None:
    found = labels("Dairy farmer Gilberto Baeza said milk prices had collapsed this year.")
    assert found.get("Gilberto Baeza") == "PERSON"


def test_org_typed_name_with_a_role_before_it_is_a_person() -> None:
    found = labels("Museum director Laurence des Cars told senators the alarm system had failed twice.")
    assert found.get("Laurence des Cars") == "PERSON"


def test_firm_named_after_its_founder_stays_an_org_without_a_person_cue() -> None:
    found = labels("Shares of Eli Lilly rose 3% after the drugmaker raised its forecast.")
    assert found.get("Eli Lilly") != "PERSON"


def test_place_and_word_first_names_are_not_people() -> None:
    found = labels("Protesters marched from Santa Cruz to Victoria Street as Grace Church bells rang.")
    assert found.get("Santa Cruz") != "PERSON"
    assert "PERSON" not in {found.get("Victoria Street"), found.get("Grace Church")}


def test_org_typed_name_after_said_or_with_an_age_or_a_role_apposition_is_a_person() -> None:
    spoken = labels('"The pits flood every year," said Rahmat Hidayat, an organiser with the miners\' union in Sulawesi.')
    aged = labels("Gareth Pritchard-Jones, 54, of Penarth, was jailed for nine years at Cardiff Crown Court.")
    role = labels("Laurence des Cars, the Louvre's director, told senators that a single camera covered the wall.")
    assert spoken.get("Rahmat Hidayat") == aged.get("Gareth Pritchard-Jones") == role.get("Laurence des Cars") == "PERSON"


def test_firm_in_apposition_with_a_firm_noun_stays_an_org() -> None:
    found = labels("Eli Lilly, the drugmaker, said on Monday that sales of its obesity drug doubled.")
    assert found.get("Eli Lilly") != "PERSON"



def _found_in_untagged(text: str) -> dict[str, str]:
    """What the first-name scan finds in a doc where NER found nothing."""
    nlp = load_nlp()
    return {e.text: e.label_ for e in people_by_first_name(nlp.make_doc(text), nlp.get_pipe(FIXES).lexicon) or ()}


def test_first_name_shared_with_a_small_place_still_opens_a_name() -> None:
    found = _found_in_untagged("Isabel Schnabel, a member of the board, said rates were in a good place.")
    assert found.get("Isabel Schnabel") == "PERSON"  # "Isabel" is also a province of Solomon Islands


def test_a_role_opening_the_sentence_is_not_part_of_the_name() -> None:
    found = _found_in_untagged("Lawmaker Guido Bellido of the opposition said the law protected miners.")
    assert found.get("Guido Bellido") == "PERSON"
