"""What round 36 taught: a lone big-city name is the city, not a small country's region of that name; islands, lakes,
ranges and parks of one country are its places (and stay places inside a misread firm's name); brokers and
broadcasters of many countries are organisations; a title after "the thriller" or quoted after a possessive is a work,
not a person; the dateline's village named again is that village."""

from __future__ import annotations

from conftest import linked_labels, linked_mentions


def _countries(model, text: str) -> dict[str, str | None]:
    return {surface: country for surface, _, country in linked_mentions(model, text)}


def test_a_lone_big_city_name_is_the_city_not_a_small_countrys_region(nlp, default_nlp):
    # Manchester and Portland are also parishes of Jamaica; nothing else in these texts names a country
    for model in (nlp, default_nlp):
        assert _countries(model, "Police in Manchester said a man was arrested on Tuesday.")["Manchester"] == "GBR"
        assert _countries(model, "The council in Portland approved the budget.")["Portland"] == "USA"


def test_a_big_countrys_region_still_outranks_a_foreign_city(nlp, default_nlp):
    # a guard: Surrey (England) and Munster (Ireland) were right before and must stay so beside Surrey, BC and Münster
    for model in (nlp, default_nlp):
        assert _countries(model, "Flooding closed roads across Surrey on Tuesday.")["Surrey"] == "GBR"
        assert _countries(model, "Munster beat Leinster in Limerick.")["Munster"] == "IRL"


def test_a_guessed_city_is_no_evidence_for_its_own_state(nlp, default_nlp):
    # a guard: "Portland" now first reads as Oregon's city; in a story of Victoria's Western District it is the
    # Victorian port, as it was when Jamaica's parish came first
    text = (
        "Hamilton saleyards roof gets $4.6m\n"
        "The Hamilton Regional Livestock Exchange, on the Henty Highway, is one of the largest sheep selling centres "
        "in Australia. Agents said buyers came from Ballarat and South Australia, and lamb demand from the United "
        "States was strong.\n"
        "Read more: Portland port welcomes record woodchip exports"
    )
    for model in (nlp, default_nlp):
        assert _countries(model, text)["Portland"] == "AUS"


def test_islands_lakes_and_ranges_of_one_country_are_its_places(nlp, default_nlp):
    text = "We drove from Queenstown along Lake Wakatipu to Glenorchy, on the South Island, under the Remarkables."
    for model in (nlp, default_nlp):
        found = _countries(model, text)
        assert {n: found.get(n) for n in ("Lake Wakatipu", "Remarkables")} == {"Lake Wakatipu": "NZL", "Remarkables": "NZL"}
        assert "NZL" in {c for s, c in found.items() if s.endswith("South Island")}


def test_an_island_in_a_misread_firms_name_stays_a_place(nlp, default_nlp):
    # both models read "Lofoten Aktiv" as a person; its first word must not make a surname of the islands
    text = "Lofoten Aktiv runs kayak trips from Reine. Lofoten is a chain of granite islands above the Arctic Circle."
    for model in (nlp, default_nlp):
        assert [(s, label, c) for s, label, c in linked_mentions(model, text) if s == "Lofoten"] == [("Lofoten", "LOC", "NOR")]


def test_a_desert_is_no_firms_branch(nlp, default_nlp):
    # a guard against this round's first version: once "Karoo" was a known place, "Great" + a place read as a branch
    text = "The village lies at the foot of the mountains on the edge of the Great Karoo. The Karoo is dry in summer."
    for model in (nlp, default_nlp):
        labels = {s.removeprefix("the "): label for s, label, _ in linked_mentions(model, text)}
        assert labels.get("Great Karoo") != "ORG"


def test_brokers_and_broadcasters_are_organisations(nlp, default_nlp):
    text = "Merrill Lynch analysts said the series would stream on Showmax in South Africa."
    for model in (nlp, default_nlp):
        labels = linked_labels(model, text)
        assert labels.get("Merrill Lynch") == labels.get("Showmax") == "ORG"


def test_a_title_after_a_work_noun_or_quoted_after_a_possessive_is_no_person(nlp, default_nlp):
    text = (
        "The deal includes the thriller Night Ferry, directed by Arjun Varghese. Night Ferry has been cleared by the "
        'censors. Meanwhile A24\'s "Bright Hollow" expanded to 1,100 screens, Jane Doe said. She still praised the '
        "film Jane Campion directed in 1993."
    )
    for model in (nlp, default_nlp):
        labels = linked_labels(model, text)
        assert labels.get("Night Ferry") not in ("PERSON", "GPE", "LOC", "FAC")
        assert labels.get("Bright Hollow") not in ("PERSON", "GPE", "LOC", "FAC")
        assert labels["Arjun Varghese"] == labels["Jane Doe"] == labels["Jane Campion"] == "PERSON"


def test_the_datelines_village_named_again_is_the_village(nlp, default_nlp):
    text = (
        "REINE, Norway — In February the sun clears the peaks above Reine for barely six hours, and the racks along "
        "the harbour are hung with cod.\nJACKSON, Miss. (AP) — Justice Ketanji Brown Jackson spoke on Friday. "
        "Jackson said the law was clear."
    )
    for model in (nlp, default_nlp):
        found = [(s, label) for s, label, _ in linked_mentions(model, text) if s in ("Reine", "Jackson")]
        assert found == [("Reine", "GPE"), ("Jackson", "PERSON")]  # a word of a full name stays the person's
