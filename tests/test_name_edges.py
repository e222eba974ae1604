import pytest
import spacy
from conftest import texts_labels
from spacy.tokens import Span

from newslake.name_edges import compass_regions, demonym_led_people, operation_names, plural_nouns_not_people


def _span(nlp, text: str, name: str, label: str) -> Span:
    doc = nlp.make_doc(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    assert span is not None
    return span


def test_a_demonym_glued_to_a_persons_name_is_split_off(nlp):
    fixes = nlp.get_pipe("newslake_entity_fixes")
    span = _span(nlp, "Australian Timothy Weeks was freed on Tuesday.", "Australian Timothy Weeks", "ORG")
    assert texts_labels(demonym_led_people(span.doc, [span], fixes.lexicon)) == [
        ("Australian", "NORP"),
        ("Timothy Weeks", "PERSON"),
    ]


def test_a_surname_known_from_the_story_splits_the_norwegian_off(nlp):
    fixes = nlp.get_pipe("newslake_entity_fixes")
    text = "Erling Haaland scored. The Norwegian Haaland has 14 goals."
    full, glued = _span(nlp, text, "Erling Haaland", "PERSON"), _span(nlp, text, "The Norwegian Haaland", "ORG")
    glued = Span(full.doc, glued.start, glued.end, label="ORG")
    assert texts_labels(demonym_led_people(full.doc, [full, glued], fixes.lexicon))[1:] == [
        ("Norwegian", "NORP"),
        ("Haaland", "PERSON"),
    ]


def test_organisations_led_by_a_demonym_keep_their_name(nlp):
    fixes = nlp.get_pipe("newslake_entity_fixes")
    for text, name in (
        ("The Irish Red Cross sent help.", "Irish Red Cross"),
        ("The Afghan Red Crescent Society sent help.", "Afghan Red Crescent Society"),
        ("The Australian Marine Conservation Society said so.", "Australian Marine Conservation Society"),
        ("The Canadian Media Producers Association objected.", "Canadian Media Producers Association"),
        ("British Airways cancelled flights.", "British Airways"),
        ("German Efromovich bought the airline.", "German Efromovich"),
    ):
        span = _span(nlp, text, name, "ORG" if "Efromovich" not in name else "PERSON")
        assert texts_labels(demonym_led_people(span.doc, [span], fixes.lexicon)) == [(name, span.label_)]


def test_a_compass_word_before_a_state_is_a_region_not_an_org(nlp):
    span = _span(nlp, "Rain hit Southern California on Monday.", "Southern California", "ORG")
    assert texts_labels(compass_regions([span])) == [("Southern California", "LOC")]


def test_compass_names_of_colleges_and_small_towns_are_left(nlp):
    sport = _span(nlp, "Eastern Michigan beat Toledo 31-28 on Saturday; the coach praised his quarterback after the league game.", "Eastern Michigan", "ORG")
    college = _span(nlp, "She studied at Western University in Ontario.", "Western University", "ORG")
    assert texts_labels(compass_regions([sport])) == [("Eastern Michigan", "ORG")]
    assert texts_labels(compass_regions([college])) == [("Western University", "ORG")]


def test_a_compass_college_typed_person_in_a_sports_story_is_the_college(nlp):
    text = "Eastern Michigan beat Toledo 31-28 on Saturday; the coach praised his quarterback after the league game."
    assert texts_labels(compass_regions([_span(nlp, text, "Eastern Michigan", "PERSON")])) == [("Eastern Michigan", "ORG")]


def test_the_whole_stage_reads_the_hostage_story_right(mention_labels):
    found = mention_labels("American Kevin King and Australian Timothy Weeks, both professors, were freed.")
    assert found.get("Australian") == "NORP"
    assert "Australian Timothy Weeks" not in found


def _spans(nlp, text: str, *named: tuple[str, str]) -> list[Span]:
    doc = nlp.make_doc(text)
    out, at = [], 0
    for name, label in named:
        at = text.index(name, at)
        out.append(doc.char_span(at, at + len(name), label=label))
        at += len(name)
    return out


def test_things_named_after_a_person_are_not_people(nlp):
    fixes = nlp.get_pipe("newslake_entity_fixes")
    text = "Andy Warhol shot them. The Warhol Polaroids were given away. Polaroids fade, and Fireworks lit the sky."
    spans = _spans(
        nlp, text, ("Andy Warhol", "PERSON"), ("Warhol Polaroids", "PERSON"), ("Polaroids", "PERSON"),
        ("Fireworks", "PERSON"),
    )
    assert texts_labels(plural_nouns_not_people(spans, fixes.lexicon)) == [("Andy Warhol", "PERSON"), ("Warhol", "PERSON")]


def test_people_with_plural_noun_surnames_stay_people(nlp):
    fixes = nlp.get_pipe("newslake_entity_fixes")
    text = "Bernie Sanders and Tiger Woods met. Sanders spoke first; Woods said little. Hanks said yes."
    spans = _spans(
        nlp, text, ("Bernie Sanders", "PERSON"), ("Tiger Woods", "PERSON"), ("Sanders", "PERSON"), ("Woods", "PERSON"),
        ("Hanks", "PERSON"),
    )
    assert texts_labels(plural_nouns_not_people(spans, fixes.lexicon)) == texts_labels(spans)


def test_military_operations_and_exercises_are_not_names(nlp):
    text = "Jets flew for Operation Inherent Resolve, then joined Exercise Eager Lion with Jordan."
    spans = _spans(nlp, text, ("Inherent Resolve", "PERSON"), ("Exercise Eager Lion", "ORG"), ("Jordan", "GPE"))
    assert texts_labels(operation_names(spans)) == [("Jordan", "GPE")]


@pytest.mark.parametrize("ner", ["nlp", "default_nlp"])
def test_a_double_barrelled_surname_ending_in_a_site_word_stays_a_person(ner, request):
    doc = request.getfixturevalue(ner)("Phoebe Waller-Bridge won three Emmys on Sunday. Waller-Bridge thanked the cast.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Phoebe Waller-Bridge", "PERSON") in labels
    assert ("Waller-Bridge", "PERSON") in labels


def test_a_person_typed_name_ending_in_a_hyphened_paper_word_is_still_an_organisation():
    from newslake.nlp_relabel import relabel

    doc = spacy.blank("en")("Frederick News-Post and Phoebe Waller-Bridge")
    assert relabel(Span(doc, 0, 4, label="PERSON")).label_ == "ORG"  # "News-Post": both halves are org words
    assert relabel(Span(doc, 5, 9, label="PERSON")).label_ == "PERSON"
