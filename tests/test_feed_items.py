"""What feed items of tech and business news taught the rules (round 31): writers credited with their outlet, products,
units and terms that are no names, firms' tail words, a headline's common noun phrases, "PM" before a name."""

from __future__ import annotations

from conftest import labelled, spans_of

from newslake.credits import writers_for_outlets
from newslake.headlines import headline_phrases
from newslake.nlp_kinds import firm_shaped_people
from newslake.nlp_people import prime_ministers, propagate_people
from newslake.products import without_products


def test_a_writer_credited_with_the_outlet_is_a_person_and_the_outlet_an_organisation(nlp):
    doc = nlp.make_doc("Sarah Laskow, writing for Atlas Obscura:\n\nThe last installment of the series ran in 1998.")
    spans = spans_of(doc, ("PERSON", "Atlas Obscura"))
    assert labelled(writers_for_outlets(doc, spans)) == [("PERSON", "Sarah Laskow"), ("ORG", "Atlas Obscura")]


def test_a_column_for_a_paper_credits_the_paper(nlp):
    doc = nlp.make_doc("Christopher Mims, in his column for The Wall Street Journal:\n\nBut even when it steers through.")
    assert labelled(writers_for_outlets(doc, [])) == [("PERSON", "Christopher Mims"), ("ORG", "The Wall Street Journal")]


def test_reporting_from_a_place_credits_no_outlet(nlp):
    doc = nlp.make_doc("Olena Harmash, reporting in Kyiv, said the strikes went on.")
    spans = spans_of(doc, ("PERSON", "Olena Harmash"), ("GPE", "Kyiv"))
    assert labelled(writers_for_outlets(doc, spans)) == [("PERSON", "Olena Harmash"), ("GPE", "Kyiv")]


def test_a_units_symbol_after_its_number_is_no_name(nlp):
    doc = nlp.make_doc("The 64GB model costs more, the update is 400 MB, and GB News covered it.")
    spans = spans_of(doc, ("PERSON", "GB"), ("ORG", "MB"), ("ORG", "GB News"))
    assert labelled(without_products(doc, spans)) == [("ORG", "GB News")]


def test_a_person_never_opens_in_lower_camel_case_but_a_zulu_place_does(nlp):
    doc = nlp.make_doc("The macOS High Sierra flaw was found near uMhlanga Rocks by eBay staff.")
    spans = spans_of(doc, ("PERSON", "macOS High Sierra"), ("GPE", "uMhlanga Rocks"), ("ORG", "eBay"))
    assert labelled(without_products(doc, spans)) == [("GPE", "uMhlanga Rocks"), ("ORG", "eBay")]


def test_well_known_services_devices_and_terms_are_no_names(nlp):
    doc = nlp.make_doc("iCloud, Pixel Buds and G Suite grew while FDI fell, the CPU ran hot and RSS died at Google.")
    spans = spans_of(
        doc, ("GPE", "iCloud"), ("PERSON", "Pixel Buds"), ("PERSON", "G Suite"), ("ORG", "FDI"), ("ORG", "CPU"),
        ("ORG", "RSS"), ("ORG", "Google"),
    )
    assert labelled(without_products(doc, spans)) == [("ORG", "Google")]


def test_a_mobile_carrier_a_lender_and_enterprises_are_firms(nlp):
    doc = nlp.make_doc("Virgin Mobile, Quicken Loans and Ghodawat Enterprises signed on.")
    spans = spans_of(doc, ("PERSON", "Virgin Mobile"), ("PERSON", "Quicken Loans"), ("PERSON", "Ghodawat Enterprises"))
    assert [s.label_ for s in firm_shaped_people(spans)] == ["ORG", "ORG", "ORG"]


def test_a_headlines_name_the_story_writes_in_lower_case_is_no_name(nlp):
    doc = nlp.make_doc(
        "Seborrheic Dermatitis Linked to Epithelial Barrier Diseases in Canada\n\n"
        "Adults with seborrheic dermatitis are more likely to have other epithelial barrier diseases in Canada."
    )
    spans = spans_of(doc, ("PERSON", "Epithelial Barrier Diseases"), ("GPE", "Canada"), ("GPE", "Canada"))
    assert labelled(headline_phrases(doc, spans)) == [("GPE", "Canada"), ("GPE", "Canada")]


def test_a_story_without_a_title_case_headline_keeps_its_names(nlp):
    doc = nlp.make_doc("Barrier Diseases rose\n\nSome barrier diseases rose.")
    spans = spans_of(doc, ("PERSON", "Barrier Diseases"))
    assert labelled(headline_phrases(doc, spans)) == [("PERSON", "Barrier Diseases")]


def test_the_word_after_pm_is_a_person(nlp):
    doc = nlp.make_doc("PM Modi hosting Xi in Varanasi, the UK PM said, as PM Sunak left.")
    spans = spans_of(doc, ("GPE", "Modi"), ("PERSON", "Xi"), ("GPE", "Varanasi"), ("GPE", "UK"))
    assert labelled(prime_ministers(doc, spans)) == [
        ("PERSON", "Modi"), ("PERSON", "Xi"), ("GPE", "Varanasi"), ("GPE", "UK"), ("PERSON", "Sunak")
    ]


def test_a_product_read_as_a_person_makes_no_person_of_its_maker(nlp):
    doc = nlp.make_doc("Apple said iOS 11.2 adds Apple Pay Cash.")
    spans = spans_of(doc, ("ORG", "Apple"), ("PERSON", "Apple Pay Cash"))
    assert labelled(propagate_people(doc, spans)) == [("ORG", "Apple"), ("PERSON", "Apple Pay Cash")]
