from conftest import texts_labels

from newslake.nlp_towns import consistent_places
from tests.test_name_edges import _spans


def test_an_org_named_far_more_often_than_a_place_stays_the_org(nlp):
    text = "USI opened a show. USI said so. Students at USI came. USI is in Evansville. The USI gallery shut."
    spans = _spans(
        nlp, text, ("USI", "ORG"), ("USI", "ORG"), ("USI", "ORG"), ("USI", "GPE"), ("Evansville", "GPE"),
        ("USI", "ORG"),
    )
    labels = [label for name, label in texts_labels(consistent_places(spans[0].doc, spans)) if name == "USI"]
    assert labels.count("ORG") == 4


def test_a_one_word_org_the_story_also_calls_a_town_becomes_the_town(nlp):
    text = "Fighters held the town of Dabiq in Syria. Dabiq fell on Sunday."
    spans = _spans(nlp, text, ("Dabiq", "GPE"), ("Syria", "GPE"), ("Dabiq", "ORG"))
    assert texts_labels(consistent_places(spans[0].doc, spans)) == [("Dabiq", "GPE"), ("Syria", "GPE"), ("Dabiq", "GPE")]
