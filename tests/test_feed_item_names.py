"""What the second batch of real feed items taught (round 32): a writer credited without a comma, a river's bare name,
California's San Jose, an item title written in HTML, and the terms and features of tech writing that are no names."""

from __future__ import annotations

from conftest import labelled, linked_mentions, spans_of

from newslake import gazetteer
from newslake.credits import writers_for_outlets
from newslake.feeds import parse_feed
from newslake.nlp_places import landforms_throughout
from newslake.products import without_products


def test_a_writer_credited_without_a_comma_before_the_quote(nlp):
    doc = nlp.make_doc("Dani Deahl writing for The Verge:\n\nAt long last, the perfect score has been achieved.")
    assert labelled(writers_for_outlets(doc, [])) == [("PERSON", "Dani Deahl"), ("ORG", "The Verge")]


def test_without_the_comma_only_a_quote_makes_the_credit(nlp):
    doc = nlp.make_doc("Lucky Star writing for Daily Racing Form in 1990 was a joke at the track.")
    assert writers_for_outlets(doc, []) == []


def test_the_bare_name_of_a_river_after_the_is_that_river(nlp):
    doc = nlp.make_doc("Boston's Charles River was polluted. Folks swim in the Charles now. Charles Baker and Charles agreed.")
    spans = spans_of(
        doc, ("GPE", "Boston"), ("LOC", "Charles River"), ("PERSON", "Charles"), ("PERSON", "Charles Baker"),
        ("PERSON", "Charles"),
    )
    assert labelled(landforms_throughout(spans)) == [
        ("GPE", "Boston"), ("LOC", "Charles River"), ("LOC", "Charles"), ("PERSON", "Charles Baker"),
        ("PERSON", "Charles"),
    ]


def test_san_jose_is_californias_unless_the_story_is_costa_ricas(nlp):
    assert gazetteer.place_candidates("San Jose")[0].country == "USA"
    assert gazetteer.place_candidates("Moscow")[0].country == "RUS"  # a capital no namesake outgrows keeps its place
    assert ("San Jose", "GPE", "USA") in linked_mentions(nlp, "Apple held its conference in San Jose this year.")
    costa_rica = linked_mentions(nlp, "Costa Rica's president spoke in San Jose. Costa Rica votes in February.")
    assert ("San Jose", "GPE", "CRI") in costa_rica


def test_an_item_title_written_in_html_is_read_as_text():
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>'
        b'<entry><id>1</id><title type="html">Link: The UK&amp;#8217;s <em>Most</em> Disappointing Attraction</title>'
        b'<updated>2015-08-21T12:00:00Z</updated></entry>'
        b'<entry><id>2</id><title>Fish &amp; Chips</title><updated>2015-08-21T12:00:00Z</updated></entry></feed>'
    )
    assert [item.title for item in parse_feed(atom).items] == [
        "Link: The UK\u2019s Most Disappointing Attraction", "Fish & Chips",
    ]


def test_display_features_and_web_terms_are_no_names(nlp):
    doc = nlp.make_doc("True Tone and ProMotion came to the iPad, the browser got an SSL fix, the CEO left and Apple grew.")
    spans = spans_of(
        doc, ("ORG", "True Tone"), ("ORG", "ProMotion"), ("ORG", "SSL"), ("ORG", "CEO"),
        ("ORG", "Apple"),
    )
    assert labelled(without_products(doc, spans)) == [("ORG", "Apple")]


def test_a_link_blogs_writer_alone_on_a_line_before_the_quote_is_a_person(nlp):
    doc = nlp.make_doc("Why Reach Navigation Should Replace the Navbar\n\nBrad Ellis:\n\nAs devices change, so do we.")
    assert labelled(writers_for_outlets(doc, [])) == [("PERSON", "Brad Ellis")]


def test_a_line_naming_no_one_before_a_colon_is_left_alone(nlp):
    doc = nlp.make_doc("Apple Park Visitor Center:\n\nOpen daily.\n\nUpdate Available:\n\nInstall it.")
    assert writers_for_outlets(doc, []) == []


def test_the_sponsors_listed_under_sponsored_by_are_firms(nlp):
    doc = nlp.make_doc(
        "New episode of my podcast.\n\nSponsored by:\n\nWarby Parker: Boutique-quality glasses.\n\n"
        "Fracture: Your photos, printed on glass.\n\nThanks to Jane Doe: she edits it."
    )
    assert labelled(writers_for_outlets(doc, [])) == [("ORG", "Warby Parker"), ("ORG", "Fracture")]


def test_a_listed_term_the_story_defines_as_a_bodys_acronym_stays_the_body(nlp):
    doc = nlp.make_doc("She will lead the Rent Guidelines Board (RGB). The RGB voted; the RGB screen was fine.")
    spans = spans_of(doc, ("ORG", "Rent Guidelines Board"), ("ORG", "RGB"), ("ORG", "RGB"))
    assert labelled(without_products(doc, spans)) == [("ORG", "Rent Guidelines Board"), ("ORG", "RGB"), ("ORG", "RGB")]


def test_a_listed_index_stays_no_name_where_the_story_spells_it_out(nlp):
    doc = nlp.make_doc("The Shanghai Composite (SHCOMP) fell while SHCOMP futures rose.")
    spans = spans_of(doc, ("ORG", "SHCOMP"), ("ORG", "SHCOMP"))
    assert without_products(doc, spans) == []
