"""Places and country codes in world and regional news: place cues, capitals' namesakes, namesakes by context."""

from __future__ import annotations

from newslake.entities import _capital_namesake, doc_mentions, resolve_article
from newslake.gazetteer import Place


def _resolved(nlp, text: str) -> list[tuple[str, str, str | None]]:
    rows = sorted(doc_mentions(nlp(text)), key=lambda m: m["start"])
    return [(r["text"], r["label"], x.country) for r, x in zip(rows, resolve_article(rows))]


def _labels(nlp, text: str, name: str) -> list[str]:
    return [e.label_ for e in nlp(text).ents if e.text == name]


def test_a_name_after_off_or_around_is_a_place_at_every_mention(nlp):
    text = (
        "A tanker of Iraqi fuel oil unloaded off Zahrani, south of Sidon, Energy Minister Joe Saddi said. "
        "The state's plants at Deir Ammar and Zahrani run on fuel."
    )
    assert _labels(nlp, text, "Zahrani") == ["GPE", "GPE"]


def test_a_cued_place_takes_its_country_from_the_story(nlp):
    text = (
        "KINSHASA, Democratic Republic of Congo - Trucks carrying copper to the Zambian border at Kasumbalesa "
        "will be checked, the Congolese mines minister said on Monday. Congo is the world's biggest cobalt producer."
    )
    found = [(label, country) for name, label, country in _resolved(nlp, text) if name == "Kasumbalesa"]
    assert found == [("GPE", "COD")]


def test_a_name_before_a_local_area_noun_is_a_place_at_every_mention(nlp):
    district = (
        "Landslides cut roads in the hills of Sindhupalchok district on Sunday, the army said. Sindhupalchok "
        "lost power for two days and Sindhupalchok farmers could not reach markets."
    )
    panchayat = (
        "Officials declared containment zones in Marakkara panchayat. Marakkara schools were shut and Marakkara "
        "traders closed their shops."
    )
    assert _labels(nlp, district, "Sindhupalchok") == ["GPE", "GPE", "GPE"]
    labels = _labels(nlp, panchayat, "Marakkara")
    assert labels and set(labels) == {"GPE"}


def test_an_institution_after_in_is_no_place(nlp):
    text = "Guatemala's president was sworn in after a delay caused by opposition lawmakers in Congress."
    assert "GPE" not in _labels(nlp, text, "Congress")


def test_a_capital_yields_its_name_only_to_a_big_namesake():
    tripoli_lby = Place("Tripoli", "LBY", 2210247, "city", 1_150_989)
    tripoli_lbn = Place("Tripoli", "LBN", 266826, "city", 229_398)
    moscow_idaho = Place("Moscow", "USA", 5601538, "city", 25_435, states=frozenset({"US-ID"}))
    moscow = Place("Moscow", "RUS", 524901, "city", 10_381_222)
    london = Place("London", "GBR", 2643743, "city", 8_961_989)
    london_ontario = Place("London", "CAN", 6058560, "city", 346_765)
    assert _capital_namesake(tripoli_lby, tripoli_lbn)
    assert not _capital_namesake(moscow, moscow_idaho)
    assert not _capital_namesake(london, london_ontario)


def test_tripoli_in_a_lebanese_story_is_in_lebanon(nlp):
    text = (
        "BEIRUT - Lebanon's state power company raised supply in Beirut on Monday, but residents of Tripoli "
        "still depend on private generators. In Tripoli, one owner said Lebanese households pay twice."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "Tripoli"}
    assert found == {"LBN"}


def test_a_namesake_moved_off_its_big_city_goes_to_the_country_named_most(nlp):
    text = (
        "MADRID - A Venezuelan-born councillor in Mérida, the capital of Extremadura, has left Spain's "
        "Socialist party. Spain's interior ministry said the Spanish city council of Mérida would vote again, "
        "and Spanish courts will hear the case in Badajoz."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "Mérida"}
    assert found == {"ESP"}


def test_peoples_carry_their_country_and_spare_places_and_first_names():
    from newslake.gazetteer import lookup_demonym

    assert lookup_demonym("Gagauz") == ("Gagauz", "MDA")
    assert lookup_demonym("Huilliche") == ("Huilliche", "CHL")
    assert lookup_demonym("Hmong") == ("Hmong", None)  # of Laos, Vietnam, Thailand: the article decides
    assert lookup_demonym("Karen") is None  # a first name before a people of Myanmar
    assert lookup_demonym("Edo") is None  # a Nigerian state before a people


def test_a_people_named_in_a_story_is_a_people_of_its_country(nlp):
    text = (
        "CHISINAU, Moldova - Hundreds of people gathered in Comrat waving Russian and Gagauz flags after a court "
        "jailed the region's governor. \"They are punishing the Gagauz for how we vote,\" one protester said."
    )
    found = {(label, country) for name, label, country in _resolved(nlp, text) if name == "Gagauz"}
    assert found == {("NORP", "MDA")}


def test_a_mere_spelling_variant_abroad_is_a_place_of_the_story_country(nlp):
    text = (
        "LA PAZ, Bolivia - Bolivia's new president takes office next month. Evo Morales, holed up in the "
        "coca-growing Chapare region, urged Bolivians to spoil their ballots, Bolivian officials said."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "Chapare"}
    assert found == {"BOL"}


def test_a_city_locating_a_museum_keeps_its_own_country(nlp):
    text = (
        "BUENOS AIRES, Argentina - Argentine scientists in Patagonia have found a new dinosaur in Chubut "
        "province, Argentina's research council said. Co-author Matthew Lamanna of the Carnegie Museum of "
        "Natural History in Pittsburgh said the find was important."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "Pittsburgh"}
    assert found == {"USA"}


def test_the_outer_name_of_a_city_is_the_place_that_holds_it(nlp):
    text = (
        "COPENHAGEN - Maersk said its terminals unit is building a deep-water container terminal in Poti, "
        "Georgia, with local partners, while volumes to Los Angeles fell."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "Georgia"}
    assert found == {"GEO"}


def test_a_small_town_abroad_listed_with_home_places_lies_at_home(nlp):
    text = (
        "LA PAZ, Bolivia - Bolivia's new president inherits fuel shortages that have left lorries queuing for "
        "days outside service stations in Santa Cruz and El Alto, Bolivian officials said. Argentina and "
        "Argentine firms offered help."
    )
    found = {country for name, _, country in _resolved(nlp, text) if name == "El Alto"}
    assert found == {"BOL"}


def test_a_name_after_a_site_and_at_is_a_place(nlp):
    text = (
        "FREETOWN, Sierra Leone - Police will target dealers of the drug, and the country's psychiatric hospital "
        "at Kissy reported a surge in admissions, Sierra Leonean officials said."
    )
    found = {(label, country) for name, label, country in _resolved(nlp, text) if name == "Kissy"}
    assert found == {("GPE", "SLE")}


def test_the_last_name_of_a_list_after_near_is_a_place(nlp):
    text = "Aid reached villagers near Kiboga, Mityana, Kakumiro and Bukwo after the storm, Ugandan police said."
    assert _labels(nlp, text, "Bukwo") == ["GPE"]


def test_a_name_after_a_clause_comma_is_no_listed_place(nlp):
    assert _labels(nlp, "In Kyiv, Zelensky met the envoy on Monday.", "Zelensky") == ["PERSON"]


def test_a_country_named_with_a_demonym_is_one_place(nlp):
    text = "Fishing communities in Oiapoque, on the border with French Guiana, fear spills would drift north."
    found = [(name, label, country) for name, label, country in _resolved(nlp, text) if "Guiana" in name]
    assert found == [("French Guiana", "GPE", "GUF")]


def test_a_river_after_the_is_a_place_and_a_firm_is_not(nlp):
    text = "Farmers said flows in the Tigris and Euphrates fell to their lowest in decades, Iraqi officials said."
    assert _labels(nlp, text, "Tigris") == ["LOC"]
    firms = "Nvidia's biggest customers, Amazon and Meta, raised their spending again."
    assert "LOC" not in _labels(nlp, firms, "Amazon")


def test_a_name_after_mount_is_the_mountain_at_every_mention(nlp):
    text = (
        "BACOLOD, Philippines - Mount Kanlaon erupted again on Wednesday, sending ash over Negros Island. "
        "Officials said Kanlaon's swelling suggested magma was rising."
    )
    found = [(e.text, e.label_) for e in nlp(text).ents if "Kanlaon" in e.text]
    assert found == [("Mount Kanlaon", "LOC"), ("Kanlaon", "LOC")]


def test_a_second_level_division_tagged_org_is_a_place(nlp):
    from newslake.nlp_relabel import _district_name

    doc = nlp("Farmers in Haute-Savoie and Negros Oriental joined the protest.")
    assert _district_name(doc[2:5])  # "Haute - Savoie"
    assert _district_name(doc[6:8])  # "Negros Oriental"
    assert not _district_name(doc[0:1])


def test_a_hyphenated_name_after_a_cue_is_a_place(nlp):
    text = (
        "NIORT, France - A court halted new farm reservoirs, reviving a fight that led to violent clashes at "
        "Sainte-Soline two years ago, French officials said."
    )
    found = {(label, country) for name, label, country in _resolved(nlp, text) if name == "Sainte-Soline"}
    assert found == {("GPE", "FRA")}


def test_the_town_inside_a_name_like_the_council_of_x_is_the_place(nlp):
    text = "Belgium's Council of State has suspended a decision by the council of Ninove, a Flemish town."
    found = [(e.text, e.label_) for e in nlp(text).ents if "Ninove" in e.text]
    assert found == [("Ninove", "GPE")]


def test_a_mountain_named_with_its_mount_makes_the_bare_name_the_mountain(nlp):
    from conftest import texts_labels

    from newslake.nlp_places import landforms_throughout
    from tests.test_name_edges import _spans

    # the news-tuned NER takes "Mount" into the name and reads the bare name as a person
    text = "Mount Kanlaon erupted again. Officials said Kanlaon was swelling; Lake Placid stayed calm."
    spans = _spans(nlp, text, ("Mount Kanlaon", "GPE"), ("Kanlaon", "PERSON"), ("Lake Placid", "GPE"))
    assert texts_labels(landforms_throughout(spans)) == [
        ("Mount Kanlaon", "GPE"),
        ("Kanlaon", "LOC"),
        ("Lake Placid", "GPE"),
    ]
