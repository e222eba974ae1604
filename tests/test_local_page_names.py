"""Round 22's rules for local and business pages: a town the page reads as a place more often than as a body, a town
whose name looks like a person's, a newspaper's name read as a person or a place, writers signed with their role, a
firm by its first word, valleys and rivers read as bodies, page time stamps, trophies and offices named by their
place."""

from __future__ import annotations

from conftest import spans_of, texts_labels

from newslake.credits import wire_credits
from newslake.first_names import people_by_first_name
from newslake.nlp import FIXES
from newslake.nlp_orgs import firm_short_names, mastheads, repeated_orgs
from newslake.nlp_relabel import relabel
from newslake.nlp_splits import page_stamp, split_trailing_title, trim


def test_a_town_read_as_a_place_more_often_than_as_a_body_stays_the_town(nlp):
    doc = nlp.make_doc(
        "Council approves Garfield Heights site. The land in Garfield Heights is vacant, and Garfield Heights "
        "officials said Garfield Heights wants jobs."
    )
    named = ("ORG", "Garfield Heights"), ("GPE", "Garfield Heights"), ("GPE", "Garfield Heights"), ("GPE", "Garfield Heights")
    spans = repeated_orgs(doc, spans_of(doc, *named))
    assert [label for _, label in texts_labels(spans)] == ["ORG", "GPE", "GPE", "GPE"]


def test_a_body_named_twice_still_spreads_over_a_lone_place_reading(nlp):
    doc = nlp.make_doc("Tulsa Public Schools voted. Parents asked Tulsa Public Schools for buses.")
    spans = repeated_orgs(doc, spans_of(doc, ("ORG", "Tulsa Public Schools"), ("GPE", "Tulsa")))
    assert texts_labels(spans)[-1] == ("Tulsa Public Schools", "ORG")


def _after_first_names(nlp, text: str, label: str, name: str) -> list[tuple[str, str]]:
    """The one span (label, name) of `text` after the first-name pass (unchanged when it finds nothing)."""
    doc = nlp.make_doc(text)
    ents = spans_of(doc, (label, name))
    return texts_labels(people_by_first_name(doc, nlp.get_pipe(FIXES).lexicon, ents) or ents)


def test_a_town_the_model_reads_as_a_place_is_no_person_for_its_first_name(nlp):
    text = "The canyon is the front door to Estes Park for a lot of people."
    assert _after_first_names(nlp, text, "GPE", "Estes Park") == [("Estes Park", "GPE")]


def test_a_newspaper_read_as_a_person_or_a_place_is_an_organisation(nlp):
    doc = nlp.make_doc("By Ann Lee, Hartford Courant. The Tyler Morning Telegraph and the Juneau Sentinel agreed.")
    named = ("PERSON", "Hartford Courant"), ("PERSON", "Tyler Morning Telegraph"), ("GPE", "Juneau Sentinel")
    assert [label for _, label in texts_labels(mastheads(spans_of(doc, *named)))] == ["ORG", "ORG", "ORG"]


def test_a_person_named_like_a_paper_stays_a_person(nlp):
    doc = nlp.make_doc("Etiquette writer Emily Post and Sarah Star spoke.")
    spans = mastheads(spans_of(doc, ("PERSON", "Emily Post"), ("PERSON", "Sarah Star")))
    assert texts_labels(spans) == [("Emily Post", "PERSON"), ("Sarah Star", "PERSON")]


def test_capitalised_writers_signed_with_their_role_are_people(nlp):
    doc = nlp.make_doc(
        "BYD profit falls\nCHENG WEN and KAORI NAKAMURA, Nikkei staff writers\nSHENZHEN -- BYD's net profit fell."
    )
    spans = wire_credits(doc, spans_of(doc, ("ORG", "CHENG WEN"), ("ORG", "KAORI NAKAMURA"), ("ORG", "Nikkei")))
    assert texts_labels(spans)[:2] == [("CHENG WEN", "PERSON"), ("KAORI NAKAMURA", "PERSON")]


def test_a_firm_of_the_tables_is_the_firm_by_its_first_word_alone(nlp):
    doc = nlp.make_doc("Novo Nordisk said Monday its drug worked. Novo, based in Denmark, has lost ground.")
    spans = firm_short_names(spans_of(doc, ("ORG", "Novo Nordisk"), ("PERSON", "Novo"), ("GPE", "Denmark")))
    assert texts_labels(spans)[1] == ("Novo", "ORG")


def test_a_firm_led_by_a_first_name_leaves_that_name_alone(nlp):
    doc = nlp.make_doc("Morgan Stanley cut its forecast. Morgan, its chief economist, said so.")
    spans = firm_short_names(spans_of(doc, ("ORG", "Morgan Stanley"), ("PERSON", "Morgan")))
    assert texts_labels(spans)[1] == ("Morgan", "PERSON")


def test_valleys_and_spanish_rivers_are_places_not_bodies(nlp):
    doc = nlp.make_doc("Buses left the Kathmandu Valley as water from the Río de la Plata rose.")
    spans = [relabel(s) for s in spans_of(doc, ("ORG", "Kathmandu Valley"), ("ORG", "Río de la Plata"))]
    assert [label for _, label in texts_labels(spans)] == ["LOC", "LOC"]


def test_a_writer_signed_after_a_bar_and_a_photographer_after_photo_are_people(nlp):
    doc = nlp.make_doc(
        "Council votes on kiosks\nRACHEL GROFF | Staff Writer\nLITITZ, Pa. - Trucks queue at the landfill on Monday. "
        "PHOTO/ABUBAKER LUBOWA\nThe mayor spoke."
    )
    spans = wire_credits(doc, spans_of(doc, ("ORG", "RACHEL GROFF"), ("GPE", "LITITZ"), ("ORG", "ABUBAKER LUBOWA")))
    assert [label for _, label in texts_labels(spans)] == ["PERSON", "GPE", "PERSON"]


def test_a_page_s_time_stamp_is_no_name(nlp):
    doc = nlp.make_doc("Snow closes schools\nPosted Feb. 10, 2026, at 6:12 a.m.\nTOI Sports Desk / Updated: Nov 3, 2025")
    stamps = spans_of(doc, ("GPE", "Posted"), ("ORG", "TOI Sports Desk"), ("ORG", "Updated"))
    assert [page_stamp(s) for s in stamps] == [True, False, True]


def test_a_trophy_is_an_event_not_a_person(nlp):
    doc = nlp.make_doc("Mumbai won the Ranji Trophy match by an innings.")
    assert relabel(spans_of(doc, ("PERSON", "Ranji Trophy"))[0]).label_ == "EVENT"


def test_an_office_named_by_its_place_is_the_place(nlp):
    doc = nlp.make_doc("The Ashanti Regional Fire Commander said so, and the Kiambu County Commissioner agreed.")
    parts = ("PERSON", "Ashanti Regional Fire Commander"), ("ORG", "Kiambu County Commissioner")
    found = [p for s in spans_of(doc, *parts) for p in split_trailing_title(s)]
    assert texts_labels(found) == [("Ashanti", "GPE"), ("Kiambu County", "GPE")]


def test_an_office_before_its_holder_s_name_is_left_to_the_place_title_rule(nlp):
    doc = nlp.make_doc("said Chester Mayor Stefan Roots on Monday.")
    span = spans_of(doc, ("PERSON", "Chester Mayor"))[0]
    assert texts_labels(split_trailing_title(span)) == [("Chester Mayor", "PERSON")]


def test_an_office_s_last_word_makes_no_person_of_a_first_name(nlp):
    text = "The Ashanti Regional Fire Commander said the fire started at dawn."
    office = "Ashanti Regional Fire Commander"
    assert _after_first_names(nlp, text, "ORG", office) == [(office, "ORG")]


def test_a_name_the_model_ran_into_a_lower_case_link_word_ends_before_it(nlp):
    doc = nlp.make_doc("The food pantry at Westside Baptist Church on Morgantown Road will open.")
    span = trim(spans_of(doc, ("FAC", "Westside Baptist Church on"))[0])
    assert (span.text, span.label_) == ("Westside Baptist Church", "FAC")
