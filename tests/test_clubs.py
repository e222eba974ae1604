"""Teams in sports stories: a club's full name is an ORG; a city standing alone for its club stays a place (GPE), as
the annotation brief has it ("Minnesota won"), in a sports story and out of one."""

from newslake.clubs import is_sports_story
from newslake.config import SPACY_PACKAGE
from newslake.nlp import load_nlp

MATCH = (
    "Leeds beat Everton 2-1 on Saturday as the striker scored twice in a tense derby-day atmosphere. "
    "Everton's manager said the club's fans deserved better after a poor season, and the goals came late. "
    "Thousands of supporters later gathered in Leeds to celebrate."
)


def labels(text: str) -> list[tuple[str, str]]:
    # the rules' test: the original NER, which reads these cities as places
    nlp = load_nlp(SPACY_PACKAGE)
    return [(e.text, e.label_) for e in nlp(text).ents if e.text in ("Leeds", "Everton", "Sheffield")]


def test_sports_story_is_told_by_its_words() -> None:
    assert is_sports_story(MATCH)
    assert not is_sports_story("Leeds city council approved a new budget for schools and roads on Monday.")


def test_a_match_report_told_by_its_header_free_kick_and_equaliser_is_a_sports_story() -> None:
    assert is_sports_story("Smith equalised with a header from a free-kick before the referee sent off Jones.")


def test_a_city_standing_for_its_club_stays_a_place() -> None:
    found = labels(MATCH)
    assert found[0] == ("Leeds", "GPE")  # "Leeds beat Everton 2-1"
    assert found[-1] == ("Leeds", "GPE")  # "gathered in Leeds"


def test_city_outside_sports_stories_stays_a_place() -> None:
    text = "Leeds beat its recycling target this year, the council said, and Bradford hopes to follow."
    assert ("Leeds", "GPE") in labels(text)


def test_a_city_with_a_plural_verb_or_after_a_win_over_stays_a_place() -> None:
    text = (
        "The striker scored twice in the league and the fans sang. On Saturday, Leeds have a chance to go top, "
        "and Everton coach David Moyes said his side would attack."
    )
    assert dict(labels(text)).get("Leeds") == "GPE"
    text = "The striker scored the winner in the league victory over Sheffield, and the fans celebrated the season."
    assert ("Sheffield", "GPE") in labels(text)


def test_a_british_town_and_a_club_word_is_a_club_in_a_sports_story() -> None:
    text = (
        "Caernarfon Town beat Bala Town 2-1 in the Cymru Premier as fans cheered the late goal. Bala Town had led "
        "at half-time, and the club's manager praised his squad after the league match."
    )
    found = [(e.text, e.label_) for e in load_nlp()(text).ents if e.text in ("Caernarfon Town", "Bala Town")]
    assert found and all(label == "ORG" for _, label in found)


def test_a_town_and_a_club_word_outside_sport_or_abroad_is_left_alone() -> None:
    from spacy.tokens import Span

    from newslake.clubs import _town_club

    doc = load_nlp().make_doc("Cape Town and Kansas City")
    assert not _town_club(Span(doc, 0, 2, label="GPE"))  # no British or Irish home
    assert not _town_club(Span(doc, 3, 5, label="GPE"))


def test_welsh_school_names_are_organisations() -> None:
    text = "Ysgol Clydau will close next year, the council said. Pupils will move to Ysgol Bro Preseli in Crymych."
    found = {(e.text, e.label_) for e in load_nlp()(text).ents}
    assert {("Ysgol Clydau", "ORG"), ("Ysgol Bro Preseli", "ORG")} <= found
