"""Entity linking: the seed story, in-article and cross-article resolution, the entities snapshot."""

from __future__ import annotations

import polars as pl
import pytest

from newslake.entities import doc_mentions, link_mentions, merge_entities, org_country, person_key
from newslake.gazetteer import lookup_demonym, lookup_place, lookup_place_variant, place_candidates
from newslake.ids import stable_id
from newslake.tables import polars_schema
from schemas import Entities, Mentions
from tests.conftest import SEED

A1, A2 = "00000000000000a1", "00000000000000a2"


def _mentions(nlp, article_id: str, text: str) -> pl.DataFrame:
    rows = [{"article_id": article_id, **m} for m in doc_mentions(nlp(text))]
    return pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "label": pl.String,
        },
    )


@pytest.fixture(scope="module")
def seed(default_nlp):
    text = SEED.read_text(encoding="utf-8")
    mentions, entities = link_mentions(_mentions(default_nlp, A1, text))
    return text, mentions, entities


def _entity(entities: pl.DataFrame, name: str) -> dict:
    rows = entities.filter(pl.col("name") == name).to_dicts()
    assert len(rows) == 1, f"{name!r} not one entity: {entities.select('name', 'type').to_dicts()}"
    return rows[0]


def test_seed_people(seed):
    *_, entities = seed
    people = set(entities.filter(pl.col("type") == "PERSON")["name"])
    assert {"Kim Jong Un", "Alexandr Kozlov", "Kim Tok Hun"} <= people
    kozlov = _entity(entities, "Alexandr Kozlov")
    assert kozlov["aliases"] == ["Alexandr Kozlov", "Kozlov"]
    assert kozlov["mention_count"] == 2
    assert "Kim" in _entity(entities, "Kim Jong Un")["aliases"]


def test_seed_countries(seed):
    _, _, entities = seed
    countries = set(entities.filter(pl.col("type") == "PLACE")["country"].drop_nulls())
    assert {"RUS", "PRK", "KOR", "USA", "UKR"} <= countries
    usa = entities.filter((pl.col("country") == "USA") & (pl.col("name") == "United States")).row(
        0, named=True
    )
    assert {"US", "United States"} <= set(usa["aliases"])
    assert _entity(entities, "Washington")["country"] == "USA"
    assert _entity(entities, "Kursk")["country"] == "RUS"
    assert _entity(entities, "Kursk")["type"] == "PLACE"
    assert _entity(entities, "Moscow")["country"] == "RUS"
    assert _entity(entities, "Pyongyang")["country"] == "PRK"
    assert _entity(entities, "North Korean")["country"] == "PRK"
    assert _entity(entities, "Russia")["geonames_id"] == 2017370


def test_seed_acronym_resolves_to_the_organisation(seed):
    *_, entities = seed
    nis = _entity(entities, "National Intelligence Service")
    assert nis["type"] == "ORG"
    assert set(nis["aliases"]) == {"National Intelligence Service", "NIS"}
    assert nis["mention_count"] == 3


def test_seed_tables_conform_to_contracts(seed):
    text, mentions, entities = seed
    Mentions.validate(mentions)
    Entities.validate(entities)
    assert mentions.schema == polars_schema("mentions")
    assert set(mentions["entity_id"]) == set(entities["entity_id"])
    for row in mentions.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["mention_id"] == stable_id(A1, row["start"], row["end"])
    assert entities["mention_count"].sum() == mentions.height


def test_entity_ids_do_not_depend_on_batch(nlp):
    one = "Kim Jong-un met officials in Pyongyang. The U.S. and America's allies were not invited."
    two = "Kim Jong Un spoke about the United States. Seoul responded."
    _, alone = link_mentions(_mentions(nlp, A2, two))
    _, together = link_mentions(pl.concat([_mentions(nlp, A1, one), _mentions(nlp, A2, two)]))
    assert set(alone["entity_id"]) <= set(together["entity_id"])
    kim = together.filter(pl.col("type") == "PERSON")
    assert kim.height == 1 and set(kim.row(0, named=True)["aliases"]) == {"Kim Jong-un", "Kim Jong Un"}
    usa = together.filter(
        (pl.col("type") == "PLACE") & (pl.col("country") == "USA") & (pl.col("name") == "United States")
    )
    assert usa.height == 1
    assert {"U.S.", "America", "the United States"} <= set(usa.row(0, named=True)["aliases"])
    assert usa.row(0, named=True)["entity_id"] == stable_id("PLACE", "iso3:USA")


def test_surname_links_only_within_its_article():
    rows = [
        {"article_id": A1, "start": 0, "end": 15, "text": "Alexandr Kozlov", "label": "PERSON"},
        {"article_id": A1, "start": 40, "end": 46, "text": "Kozlov", "label": "PERSON"},
        {"article_id": A2, "start": 0, "end": 6, "text": "Kozlov", "label": "PERSON"},
    ]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    ids = mentions.sort("article_id", "start")["entity_id"].to_list()
    assert ids[0] == ids[1] != ids[2]
    assert entities.height == 2


def test_bad_mention_rows_are_dropped_not_crashing():
    rows = [
        {"article_id": A1, "start": 5, "end": 5, "text": "", "label": "PERSON"},
        {"article_id": A1, "start": 0, "end": 3, "text": "   ", "label": "ORG"},
        {"article_id": A1, "start": 0, "end": 4, "text": "2024", "label": "DATE"},
        {"article_id": A1, "start": 10, "end": 16, "text": "Russia", "label": "GPE"},
    ]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    assert mentions["text"].to_list() == ["Russia"]
    Entities.validate(entities)


def test_empty_batch():
    empty = pl.DataFrame(
        schema={
            "article_id": pl.String,
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "label": pl.String,
        }
    )
    mentions, entities = link_mentions(empty)
    assert mentions.is_empty() and entities.is_empty()
    assert entities.schema == polars_schema("entities")


def test_merge_entities_unions_aliases_and_sums_counts():
    def batch(aliases: list[str], count: int, geonames: int | None) -> pl.DataFrame:
        return pl.DataFrame(
            [
                {
                    "entity_id": "00000000000000e1",
                    "name": "United States",
                    "type": "PLACE",
                    "country": "USA",
                    "aliases": aliases,
                    "mention_count": count,
                    "geonames_id": geonames,
                    "wikidata_id": None,
                }
            ],
            schema_overrides={"geonames_id": pl.Int64, "wikidata_id": pl.String},
        )

    other = pl.DataFrame(
        [
            {
                "entity_id": "00000000000000e2",
                "name": "Kim Jong Un",
                "type": "PERSON",
                "country": None,
                "aliases": ["Kim Jong Un"],
                "mention_count": 1,
                "geonames_id": None,
                "wikidata_id": None,
            }
        ],
        schema_overrides={"geonames_id": pl.Int64, "wikidata_id": pl.String, "country": pl.String},
    )
    merged = merge_entities(
        pl.concat([batch(["US", "the United States"], 3, None), other]), batch(["U.S.", "US"], 2, 6252001)
    )
    Entities.validate(merged)
    usa = merged.filter(pl.col("entity_id") == "00000000000000e1").row(0, named=True)
    assert usa["aliases"] == ["U.S.", "US", "the United States"]
    assert usa["mention_count"] == 5
    assert usa["geonames_id"] == 6252001
    assert merged.height == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("President Emmanuel Macron", "Emmanuel Macron"),
        ("Trump's", "Trump"),
    ],
)
def test_person_key_folds_variants(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("Washington", "USA"),
        ("Pyongyang", "PRK"),
        ("Moscow", "RUS"),
        ("Kursk", "RUS"),
        ("South Korea\u2019s", "KOR"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Britain", "GBR"),
        ("Paris", "FRA"),
        ("Beijing", "CHN"),
        ("Côte d'Ivoire", "CIV"),
    ],
)
def test_place_country_codes(text, iso3):
    place = lookup_place(text)
    assert place is not None and place.country == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("North Korean", "PRK"),
        ("North Koreans", "PRK"),
        ("Russians", "RUS"),
        ("Chinese", "CHN"),
        ("British", "GBR"),
        ("Filipino", "PHL"),
    ],
)
def test_demonym_country_codes(text, iso3):
    assert lookup_demonym(text)[1] == iso3


def _one(rows: list[tuple[int, int, str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    return link_mentions(
        pl.DataFrame(
            [{"article_id": A1, "start": s, "end": e, "text": t, "label": lab} for s, e, t, lab in rows]
        )
    )


def test_ambiguous_place_resolves_to_a_country_the_article_names():
    _, aus = _one([(0, 9, "Australia", "GPE"), (20, 28, "Victoria", "GPE")])
    assert aus.filter(pl.col("name") == "Victoria")["country"].to_list() == ["AUS"]
    _, can = _one([(0, 6, "Canada", "GPE"), (20, 28, "Victoria", "GPE")])
    victoria = can.filter(pl.col("name") == "Victoria").row(0, named=True)
    assert victoria["country"] == "CAN" and victoria["geonames_id"] is not None
    _, gbr = _one([(0, 7, "British", "NORP"), (20, 28, "Richmond", "GPE")])
    assert gbr.filter(pl.col("name") == "Richmond")["country"].to_list() == ["GBR"]


def test_regions_get_their_country():
    _, ents = _one(
        [
            (0, 15, "New South Wales", "GPE"),
            (20, 33, "KwaZulu-Natal", "GPE"),
            (40, 45, "Texas", "GPE"),
            (50, 56, "Quebec", "GPE"),
        ]
    )
    assert sorted(ents["country"].to_list()) == ["AUS", "CAN", "USA", "ZAF"]
    assert ents.filter(pl.col("country") == "USA")["geonames_id"].to_list() == [4736286]


def test_group_plurals_and_demonyms_merge():
    _, ents = _one(
        [
            (0, 7, "Muslims", "NORP"),
            (20, 26, "Muslim", "NORP"),
            (30, 43, "North Koreans", "NORP"),
            (50, 62, "North Korean", "NORP"),
        ]
    )
    assert ents.height == 2
    korean = ents.filter(pl.col("country") == "PRK").row(0, named=True)
    assert korean["name"] == "North Korean" and korean["mention_count"] == 2


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Catalonia", "ESP"), ("Bavaria", "DEU"), ("Lombardy", "ITA"), ("Tasmania", "AUS"), ("Sindh", "PAK")],
)
def test_english_region_names_get_their_country(text, iso3):
    place = lookup_place(text)
    assert place is not None and place.country == iso3 and place.kind == "subdivision"


@pytest.mark.parametrize(("text", "iso3"), [("Derbyshire", "GBR"), ("Cumbria", "GBR"), ("Uasin Gishu", "KEN")])
def test_counties_below_the_top_level_are_regions_of_their_country(text, iso3):
    """England's counties sit under GB-ENG in ISO 3166-2; a county is still a region news names on its own."""
    place = lookup_place(text)
    assert place is not None and place.country == iso3 and place.kind == "subdivision"


def test_region_entity_ids_are_stable_and_distinct():
    _, ents = _one([(0, 9, "Catalonia", "GPE"), (20, 27, "Bavaria", "GPE"), (30, 39, "Catalonia", "GPE")])
    assert ents.height == 2
    assert ents.filter(pl.col("name") == "Catalonia")["mention_count"].to_list() == [2]


@pytest.mark.parametrize("word", ["Central", "Northern", "Western", "Centre", "Coast"])
def test_common_words_are_not_regions(word):
    assert all(p.kind != "subdivision" for p in place_candidates(word))


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Wad Madani", "SDN"), ("Khan Younis", "PSE"), ("Dayr Az Zawr", "SYR"), ("Kharkov", "UKR")],
)
def test_transliteration_variants_of_cities(text, iso3):
    place = lookup_place_variant(text)
    assert place is not None and place.country == iso3


@pytest.mark.parametrize("text", ["Pylos", "Reuters", "Nusantara"])
def test_unknown_names_get_no_variant(text):
    assert lookup_place_variant(text) is None


def test_variant_is_used_for_places_only():
    _, ents = _one([(0, 10, "Wad Madani", "GPE"), (20, 29, "Bloomberg", "ORG")])
    assert ents.filter(pl.col("name") == "Wad Medani")["country"].to_list() == ["SDN"]
    assert ents.filter(pl.col("type") == "ORG")["country"].to_list() == [None]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Kaduna State", "NGA"),
        ("Rakhine State", "MMR"),
        ("Idlib Governorate", "SYR"),
        ("Kurdistan Region", "IRQ"),
        ("Somaliland", "SOM"),
        ("Tibet", "CHN"),
        ("Cox's Bazar", "BGD"),
        ("Cox\u2019s Bazar", "BGD"),
    ],
)
def test_region_suffixes_aliases_and_apostrophes(text, iso3):
    place = lookup_place(text)
    assert place is not None and place.country == iso3


def test_university_named_after_a_state_is_not_a_place():
    assert lookup_place("Ohio State") is None


def test_small_towns_get_their_country():
    _, ents = _one(
        [
            (0, 8, "Dorohusk", "GPE"),
            (10, 16, "Polish", "NORP"),
            (20, 32, "Port Glasgow", "GPE"),
            (33, 41, "Scotland", "GPE"),
            (50, 55, "Pylos", "GPE"),
            (60, 65, "Greek", "NORP"),
        ]
    )
    towns = ents.filter(pl.col("type") == "PLACE", pl.col("geonames_id").is_null())
    assert dict(zip(towns["name"], towns["country"])) == {
        "Dorohusk": "POL",
        "Port Glasgow": "GBR",
        "Pylos": "GRC",
    }


def test_small_town_needs_its_country_in_the_article():
    # two countries, neither leads: no home country to fall back on either
    rows = [(0, 5, "Japan", "GPE"), (10, 15, "China", "GPE"), (20, 24, "Hope", "GPE"), (30, 38, "Dorohusk", "GPE")]
    _, ents = _one(rows)
    assert ents.filter(pl.col("name") == "Hope")["country"].to_list() == [None]  # towns of many countries
    # a town of one country only keeps it when the article has no country of its own
    assert ents.filter(pl.col("name") == "Dorohusk")["country"].to_list() == ["POL"]


def test_small_town_follows_the_article_country():
    _, col = _one([(0, 8, "Colombia", "GPE"), (20, 27, "Sahagun", "GPE")])
    _, esp = _one([(0, 5, "Spain", "GPE"), (20, 27, "Sahagun", "GPE")])
    assert col.filter(pl.col("geonames_id").is_not_null())["country"].to_list() == ["COL", "COL"]
    assert esp.filter(pl.col("name") == "Sahagun")["country"].to_list() == ["ESP"]


def test_big_city_does_not_move_to_a_small_town_of_the_article_country():
    _, ents = _one([(0, 13, "United States", "GPE"), (20, 26, "Berlin", "GPE")])
    assert ents.filter(pl.col("name") == "Berlin")["country"].to_list() == ["DEU"]


def test_exact_town_beats_a_spelling_variant_abroad():
    _, ents = _one([(0, 7, "Nigeria", "GPE"), (20, 32, "Birnin Gwari", "GPE")])
    assert ents.filter(pl.col("name") == "Birnin Gwari")["country"].to_list() == ["NGA"]


def test_regional_demonyms_carry_the_country_but_stay_distinct():
    _, ents = _one([(0, 7, "Catalan", "NORP"), (20, 27, "Spanish", "NORP"), (30, 38, "Bavarian", "NORP")])
    assert sorted(ents["country"].to_list()) == ["DEU", "ESP", "ESP"]
    assert ents.height == 3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Vietnamese Communist Party", "VNM"),
        ("the Nigerian Army", "NGA"),
        ("Kenya Human Rights Commission", "KEN"),
        ("Bank of Japan", "JPN"),
        ("Georgia State University", None),
        ("Amnesty International", None),
        ("Nigeria", None),  # a bare country name is a place, not an organisation's prefix
        ("Texas Education Agency", "USA"),  # a US state that is no country
        ("Independent International Commission of Inquiry on Syria", "SYR"),
        ("Beijing Institute of Technology", "CHN"),  # a capital or a city of a million
        ("Springfield Armory", None),  # a small city is no evidence
    ],
)
def test_organisations_get_the_country_their_name_carries(text, iso3):
    assert org_country(text) == iso3


@pytest.mark.parametrize(
    ("context", "city", "iso3"),
    [
        ("United States", "Paris", "FRA"),
        ("Canada", "London", "GBR"),
        ("United States", "Moscow", "RUS"),
        ("United States", "Athens", "GRC"),
        ("Pakistan", "Hyderabad", "PAK"),
        ("Spain", "Cordoba", "ESP"),
        ("Colombia", "Cordoba", "COL"),
    ],
)
def test_capitals_and_big_cities_keep_their_country_unless_a_big_namesake_fits(context, city, iso3):
    _, ents = _one([(0, len(context), context, "GPE"), (40, 40 + len(city), city, "GPE")])
    assert ents.filter(pl.col("aliases").list.contains(city))["country"].to_list() == [iso3]


def test_georgia_is_the_us_state_in_a_us_story_and_the_country_otherwise():
    _, us = _one([(0, 7, "Atlanta", "GPE"), (20, 27, "Georgia", "GPE")])
    _, caucasus = _one([(0, 6, "Russia", "GPE"), (20, 27, "Georgia", "GPE"), (30, 37, "Tbilisi", "GPE")])
    assert us.filter(pl.col("name") == "Georgia")["country"].to_list() == ["USA"]
    georgia = caucasus.filter(pl.col("name") == "Georgia").row(0, named=True)
    assert georgia["country"] == "GEO"


def test_town_ending_in_a_capital_gets_its_own_country(nlp):
    text = "Insurgents attacked Mozambique's north again. Gunmen burned a church in Mocimboa da Praia."
    _, entities = link_mentions(_mentions(nlp, A1, text))
    places = dict(entities.filter(pl.col("type") == "PLACE").select("name", "country").rows())
    assert places.get("Mocímboa da Praia") == "MOZ"
    assert "CPV" not in places.values()  # not Praia, the capital of Cape Verde


def test_world_areas_have_no_country_and_seats_of_government_have_theirs():
    from newslake.entities import resolve

    assert resolve("Asia", "LOC").country is None  # not Asia, a town in the Philippines
    assert resolve("the Gulf", "LOC").country is None  # not Gulf Province, Papua New Guinea
    assert resolve("Sahel", "LOC").country is None
    assert resolve("White House", "FAC").country == "USA"  # not an alternate name of Casablanca


def test_home_country_needs_two_mentions_and_a_clear_lead():
    from collections import Counter

    from newslake.entities import home_country

    assert home_country(Counter({"KEN": 3, "UGA": 1})) == "KEN"
    assert home_country(Counter({"COD": 3, "AGO": 2})) == "COD"
    assert home_country(Counter({"COD": 11, "AGO": 10})) is None
    assert home_country(Counter({"KEN": 2})) == "KEN"
    assert home_country(Counter({"KEN": 2, "UGA": 2})) is None
    assert home_country(Counter({"KEN": 1})) is None
    assert home_country(Counter()) is None


def test_unknown_village_lies_in_the_country_the_article_is_about(nlp):
    text = (
        "Floods swept through western Kenya on Monday. Kenyan rescuers reached the village of Mbalekelwa "
        "after a day, and officials in Nairobi sent food."
    )
    _, entities = link_mentions(_mentions(nlp, A1, text))
    assert _entity(entities, "Mbalekelwa")["country"] == "KEN"
    text = "Kenyan and Ugandan herders clashed near the village of Mbalekelwa, Kenya and Uganda said."
    _, entities = link_mentions(_mentions(nlp, A2, text))
    assert _entity(entities, "Mbalekelwa")["country"] is None  # two countries, neither leads


def test_unknown_village_lies_in_the_one_country_of_the_articles_places(nlp):
    text = (
        "A school in Sparkbrook, the first in Birmingham to win the rating, serves Pakistani, Bangladeshi "
        "and Somali families."
    )
    _, entities = link_mentions(_mentions(nlp, A1, text))
    assert _entity(entities, "Sparkbrook")["country"] == "GBR"  # three peoples left no home; one city did
    text = "A school in Sparkbrook serves families from Birmingham and from Lahore."
    _, entities = link_mentions(_mentions(nlp, A2, text))
    assert _entity(entities, "Sparkbrook")["country"] is None  # places of two countries: no guess


def test_plain_congo_follows_the_article(nlp):
    text = "Rebels entered Goma, the largest city in eastern Congo. Congolese troops fled toward Bukavu."
    _, entities = link_mentions(_mentions(nlp, A1, text))
    countries = set(entities.filter(pl.col("type") == "PLACE")["country"].drop_nulls())
    assert "COD" in countries and "COG" not in countries
    text = "Brazzaville is the capital of Congo, across the river from Kinshasa."
    _, entities = link_mentions(_mentions(nlp, A2, text))
    assert "COG" in set(entities["country"].drop_nulls())  # one city each: ISO's reading stays


def test_unknown_place_listed_with_a_known_one_shares_its_country(nlp):
    text = (
        "Kenyan police in Nairobi and Mombasa met a delegation from Ireland. "
        "Shops burned in Drumcarrow and Finglas last year."
    )
    _, entities = link_mentions(_mentions(nlp, A1, text))
    assert _entity(entities, "Finglas")["country"] == "IRL"
    assert _entity(entities, "Drumcarrow")["country"] == "IRL"  # not KEN, the country the article is about


def test_plain_congo_is_no_evidence_for_itself(nlp):
    text = "Pope Leo met bishops in Kinshasa and called for peace in eastern Congo."
    _, entities = link_mentions(_mentions(nlp, A1, text))
    assert set(entities.filter(pl.col("type") == "PLACE")["country"].drop_nulls()) == {"COD"}


def test_unknown_loc_takes_the_article_country_or_the_place_it_lies_in(nlp):
    text = (
        "A tanker ran aground off Tasman Island, Australian officials said. "
        "Australia asked the ship's Japanese owners to pay for the clean-up."
    )
    mentions, entities = link_mentions(_mentions(nlp, A1, text))
    assert dict(zip(mentions["text"], mentions["label"]))["Tasman Island"] == "LOC"
    assert _entity(entities, "Tasman Island")["country"] == "AUS"
    text = (
        "Bones found in Okladnikov Cave in Siberia were dated in Leipzig. "
        "Similar teeth came from Laos, and Laotian officials welcomed the team."
    )
    _, entities = link_mentions(_mentions(nlp, A2, text))
    assert _entity(entities, "Okladnikov Cave")["country"] == "RUS"  # not LAO, the country the text names most


def test_geonames_left_quotes_fold_like_apostrophes():
    assert lookup_place("Nuku'alofa").country == "TON"
    assert lookup_place("Nuku\u2019alofa").country == "TON"


def test_little_havana_is_in_the_united_states(nlp):
    _, entities = link_mentions(_mentions(nlp, A1, "Crowds danced in Little Havana after the vote."))
    assert _entity(entities, "Little Havana")["country"] == "USA"


@pytest.mark.parametrize(
    ("text", "iso3"), [("St Petersburg", "RUS"), ("St. Petersburg", "RUS"), ("Sault Ste. Marie", "CAN")]
)
def test_saint_abbreviations_fold_to_the_full_word(text, iso3):
    assert lookup_place(text).country == iso3


def test_county_prefix_finds_the_county(nlp):
    assert lookup_place("County Kerry").country == "IRL"
    assert lookup_place("Kerry") is None or lookup_place("Kerry").kind != "subdivision"  # not without "County"
    _, entities = link_mentions(_mentions(nlp, A1, "Residents of Tralee in County Kerry met."))
    assert _entity(entities, "Kerry")["country"] == "IRL"  # the county's own name


def test_an_organisation_named_after_a_country_is_evidence_for_it(nlp):
    text = (
        "Landslides buried homes in the village of Kuttikkadavu on Tuesday, officials in Kerala said. "
        "The Indian Army built a bridge to reach the survivors."
    )
    mentions, entities = link_mentions(_mentions(nlp, A1, text))
    assert dict(zip(mentions["text"], mentions["label"]))["Kuttikkadavu"] == "GPE"
    assert _entity(entities, "Kuttikkadavu")["country"] == "IND"  # Kerala once + the Indian Army


def test_a_facility_lies_in_the_city_it_names_or_the_article_country(nlp):
    text = "Two pandas arrived at Adelaide Zoo on Sunday, zoo staff said."
    mentions, entities = link_mentions(_mentions(nlp, A1, text))
    assert dict(zip(mentions["text"], mentions["label"]))["Adelaide Zoo"] == "FAC"
    assert _entity(entities, "Adelaide Zoo")["country"] == "AUS"
    text = "Britain and Scotland agreed. Delays grew in England, and Mossbrook Station closed a platform."
    mentions, entities = link_mentions(_mentions(nlp, A2, text))
    assert dict(zip(mentions["text"], mentions["label"]))["Mossbrook Station"] == "FAC"
    assert _entity(entities, "Mossbrook Station")["country"] == "GBR"  # no place in the name: the article's


def test_an_acronym_names_a_city_by_its_initials_only():
    assert [p.name for p in place_candidates("NYC")][:1] == ["New York City"]
    assert [p.name for p in place_candidates("KL")][:1] == ["Kuala Lumpur"]
    assert place_candidates("USI") == ()  # not Wuxi by its alternate name "Usi"


def test_a_demonym_spelt_with_ean_for_ian_is_found():
    assert lookup_demonym("Ecuadorean") == ("Ecuadorian", "ECU")
    assert lookup_demonym("Dean") is None


def _country_of(rows: list[tuple[str, str]], name: str) -> list[str | None]:
    """Link one article of (text, label) mentions laid out in order; the countries of `name`'s entities."""
    spans, at = [], 0
    for text, label in rows:
        spans.append((at, at + len(text), text, label))
        at += len(text) + 20
    _, ents = _one(spans)
    return ents.filter(pl.col("aliases").list.contains(name))["country"].to_list()


def test_a_us_namesake_needs_its_state_named():
    who = [("the United States", "GPE"), ("Washington", "GPE"), ("Uganda", "GPE"), ("Geneva", "GPE")]
    assert _country_of(who, "Geneva") == ["CHE"]
    assert _country_of([("Illinois", "GPE"), ("Chicago", "GPE"), ("Geneva", "GPE")], "Geneva") == ["USA"]
    # Babylon is a town of New York only: an Iraq story that also names the United States keeps it in Iraq
    iraq = [("Iraq", "GPE"), ("Baghdad", "GPE"), ("the United States", "GPE"), ("Babylon", "GPE")]
    assert _country_of(iraq, "Babylon") == ["IRQ"]


def test_an_ambiguous_name_takes_the_country_the_article_names_most():
    rows = [("Bolivia", "GPE"), ("Cochabamba", "GPE"), ("Argentina", "GPE"), ("Bolivia", "GPE")]
    assert _country_of([*rows, ("Santa Cruz", "GPE")], "Santa Cruz") == ["BOL"]


@pytest.mark.parametrize(
    ("country", "name", "iso3"),
    [("Syria", "Palmyra", "SYR"), ("Iraq", "Fallujah", "IRQ"), ("Haiti", "Petion-Ville", "HTI")],
)
def test_another_spelling_of_a_city_counts_in_a_country_the_article_names(country, name, iso3):
    assert _country_of([(country, "GPE"), (country, "GPE"), (name, "GPE")], name) == [iso3]


def test_a_known_organisation_keeps_the_country_of_its_surface_form():
    assert _country_of([("the US State Department", "ORG")], "the US State Department") == ["USA"]


def test_a_transliteration_of_a_town_counts_in_a_country_the_article_names():
    assert _country_of([("Iraq", "GPE"), ("Mosul", "GPE"), ("Tal Afar", "GPE")], "Tal Afar") == ["IRQ"]
    assert _country_of([("Syria", "GPE"), ("Tel Tamer", "GPE")], "Tel Tamer") == ["SYR"]
    # a short name matches but for apostrophes and doubled letters: "`Ayn `Isa", "Sinp'o"
    assert _country_of([("Syria", "GPE"), ("Iraq", "GPE"), ("Ayn Issa", "GPE")], "Ayn Issa") == ["SYR"]
    assert _country_of([("North Korea", "GPE"), ("Japan", "GPE"), ("Sinpo", "GPE")], "Sinpo") == ["PRK"]
    assert _country_of([("Japan", "GPE"), ("China", "GPE"), ("Tal Afar", "GPE")], "Tal Afar") == [None]
    # a short name needs a close spelling: Tilenga (an oil field in Uganda) is not Tieling, China
    assert _country_of([("China", "GPE"), ("Uganda", "GPE"), ("Tilenga", "GPE")], "Tilenga") == [None]


def test_the_arabic_article_is_no_part_of_the_name():
    # Iraq is named more often, yet Raqqa lies in Syria only
    rows = [("Iraq", "GPE"), ("Iraq", "GPE"), ("Iraq", "GPE"), ("Syria", "GPE"), ("Al-Raqqa", "GPE")]
    assert _country_of(rows, "Al-Raqqa") == ["SYR"]


def test_a_compass_part_of_a_country_or_city_lies_there():
    assert _country_of([("Eastern Ukraine", "LOC")], "Eastern Ukraine") == ["UKR"]
    assert _country_of([("New Zealand", "GPE"), ("west Auckland", "GPE")], "west Auckland") == ["NZL"]
    # a city part needs the city's country in the article; a region namesake is too weak
    assert _country_of([("Kenya", "GPE"), ("Chad", "GPE"), ("Orlando East", "LOC")], "Orlando East") == [None]
    assert _country_of([("Kenya", "GPE"), ("Chad", "GPE"), ("North Midlands", "LOC")], "North Midlands") == [None]
    assert _country_of([("Kenya", "GPE"), ("Chad", "GPE"), ("West Midlands", "LOC")], "West Midlands") == ["GBR"]


def test_the_north_and_the_south_of_a_divided_country():
    koreas = [("North Korea", "GPE"), ("South Korea", "GPE"), ("North", "LOC"), ("South", "LOC")]
    assert _country_of(koreas, "North") == ["PRK"]
    assert _country_of(koreas, "South") == ["KOR"]
    assert _country_of([("South Africa", "GPE"), ("Kenya", "GPE"), ("North", "LOC")], "North") == [None]


@pytest.mark.parametrize(
    ("text", "iso3", "same_as"),
    [
        ("Brazillian", "BRA", "Brazilian"),  # a doubled letter
        ("Frenchmen", "FRA", "French"),
        ("Northern Irishman", "GBR", None),  # the qualifier of one of the country's names: Northern Ireland
        ("Valencian", "ESP", None),  # a region's people: Valencia
        ("Faroese", "FRO", None),  # the Faroe Islands, not Faro (Portugal)
        ("Darfuri", "SDN", None),
        ("Coloradans", "USA", None),  # a plural of a US state's people: Colorado
        ("South Dakotans", "USA", None),
        ("New Yorkers", "USA", None),
    ],
)
def test_demonym_forms_the_table_lacks(text, iso3, same_as):
    _, ents = _one([(0, len(text), text, "NORP"), (40, 49, "Brazilian", "NORP"), (60, 66, "French", "NORP")])
    row = ents.filter(pl.col("aliases").list.contains(text)).row(0, named=True)
    assert row["country"] == iso3
    assert (same_as in row["aliases"]) == (same_as is not None)


@pytest.mark.parametrize(
    "text", ["Republican", "Christian", "Victorian", "Punjabi", "Hindu", "Republicans", "Christians", "Victorians"]
)
def test_words_that_only_look_like_demonyms_get_no_country(text):
    _, ents = _one([(0, len(text), text, "NORP")])
    assert ents["country"].to_list() == [None]


def test_a_regional_plural_and_its_singular_are_one_people():
    _, ents = _one([(0, 10, "Coloradans", "NORP"), (20, 29, "Coloradan", "NORP")])
    assert ents.height == 1
    assert ents.row(0, named=True)["country"] == "USA"


def test_a_region_named_like_a_town_abroad_is_no_evidence_for_its_country():
    rows = [("Jamaica", "GPE"), ("the United States", "GPE"), ("Cuba", "GPE"), ("Jamaica", "GPE")]
    assert _country_of([*rows, ("Black River", "LOC")], "Black River") == ["JAM"]


def _linked(text: str, names: list[tuple[str, str]]) -> pl.DataFrame:
    """Entities of one article whose mentions are `names` (surface, label) found in order, each with its lead."""
    rows, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        at = start + len(name)
        rows.append({"article_id": A1, "start": start, "end": at, "text": name, "label": label,
                     "lead": text[max(0, start - 8) : start]})
    return link_mentions(pl.DataFrame(rows))[1]


def test_a_list_of_places_stops_at_a_sentence_end():
    text = "Police fired at crowds in Kimara and Mbezi. Hassan said Tanzania would investigate."
    ents = _linked(text, [("Kimara", "GPE"), ("Mbezi", "GPE"), ("Hassan", "GPE"), ("Tanzania", "GPE")])
    assert _entity(ents, "Hassan")["country"] == "IND"  # a namesake city, kept out of the list
    assert _entity(ents, "Mbezi")["country"] != "IND"
    text = "Police fired at crowds in Kimara, Mbezi and Hassan."
    ents = _linked(text, [("Kimara", "GPE"), ("Mbezi", "GPE"), ("Hassan", "GPE")])
    assert _entity(ents, "Mbezi")["country"] == "IND"  # a real list shares the country of its known place


def test_a_place_followed_by_a_country_or_us_state_lies_there():
    ents = _linked("GUBA, Ethiopia - The dam opened.", [("GUBA", "GPE"), ("Ethiopia", "GPE")])
    assert _entity(ents, "GUBA")["country"] == "ETH"
    text = "In Alexandria, Virginia, a judge heard the case."
    ents = _linked(text, [("Alexandria", "GPE"), ("Virginia", "GPE")])
    assert _entity(ents, "Alexandria")["country"] == "USA"  # not the Egyptian city
    ents = _linked("Talks in Alexandria, then Cairo.", [("Alexandria", "GPE"), ("Cairo", "GPE")])
    assert _entity(ents, "Alexandria")["country"] == "EGY"
    ents = _linked("Kenya, Uganda and Tanzania met.", [("Kenya", "GPE"), ("Uganda", "GPE"), ("Tanzania", "GPE")])
    assert sorted(ents["country"].to_list()) == ["KEN", "TZA", "UGA"]


@pytest.mark.parametrize(("text", "state"), [("Buncombe County", "US-NC"), ("Orleans Parish", "US-LA")])
def test_us_counties_and_parishes_are_in_the_united_states(text, state):
    places = place_candidates(text)
    assert places[0].country == "USA" and state in {s for p in places for s in p.states}


def test_a_town_known_only_abroad_lies_in_the_country_the_article_is_about():
    rows = [("Canada", "GPE"), ("Ottawa", "GPE"), ("Canadian", "NORP"), ("Carleton", "GPE")]
    assert _country_of(rows, "Carleton") == ["CAN"]  # GeoNames' Carleton towns are American
    rows = [("Canada", "GPE"), ("Mexico", "GPE"), ("Tivoli", "GPE")]
    assert _country_of(rows, "Tivoli") == ["ITA"]  # a city abroad stays when no country leads


def test_a_people_of_several_countries_takes_the_one_the_article_names():
    rows = [("South Korea", "GPE"), ("Seoul", "GPE"), ("Koreans", "NORP")]
    assert _country_of(rows, "Koreans") == ["KOR"]
    assert _country_of([("Pyongyang", "GPE"), ("North Korea", "GPE"), ("Korean", "NORP")], "Korean") == ["PRK"]
    assert _country_of([("Sri Lanka", "GPE"), ("Colombo", "GPE"), ("Tamil", "NORP")], "Tamil") == ["LKA"]
    assert _country_of([("Japan", "GPE"), ("Tamils", "NORP")], "Tamils") == [None]  # neither country named


@pytest.mark.parametrize(
    ("text", "iso3"), [("Sinhalese", "LKA"), ("Māori", "NZL"), ("Maori", "NZL"), ("Tuscan", "ITA"), ("Yazidis", "IRQ")]
)
def test_peoples_of_one_country_carry_it(text, iso3):
    assert lookup_demonym(text)[1] == iso3


@pytest.mark.parametrize(("text", "iso3"), [("Seine-Saint-Denis", "FRA"), ("Anglesey", "GBR"), ("North Tyneside", "GBR")])
def test_second_level_divisions_are_known_places(text, iso3):
    assert _country_of([("Kenya", "GPE"), ("Nairobi", "GPE"), (text, "GPE")], text) == [iso3]


def test_a_division_name_of_several_countries_needs_one_named():
    assert _country_of([("Japan", "GPE"), ("China", "GPE"), ("Girardot", "GPE")], "Girardot") == [None]
    assert _country_of([("Venezuela", "GPE"), ("Caracas", "GPE"), ("Girardot", "GPE")], "Girardot") == ["VEN"]


def test_a_capital_with_small_namesakes_abroad_is_evidence_for_its_country():
    rows = [("Dhaka", "GPE"), ("Dhaka", "GPE"), ("Rangpur", "GPE"), ("India", "GPE"), ("Gopalganj", "GPE")]
    assert _country_of(rows, "Gopalganj") == ["BGD"]  # Dhaka is also a town of Bihar, but no match for the capital


def test_a_small_city_abroad_in_a_country_never_named_is_a_namesake_at_home():
    dublin = [("Dublin", "GPE"), ("Ireland", "GPE"), ("Irish", "NORP")]
    assert _country_of([*dublin, ("Tivoli", "GPE")], "Tivoli") == ["IRL"]  # the Cork docks, not the Italian town
    assert _country_of([*dublin, ("Italy", "GPE"), ("Tivoli", "GPE")], "Tivoli") == ["ITA"]  # Italy named
    tanzania = [("Tanzania", "GPE"), ("Dodoma", "GPE"), ("Tanzanian", "NORP")]
    assert _country_of([*tanzania, ("Geneva", "GPE")], "Geneva") == ["CHE"]  # a city of 180,000 keeps its name


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("North Chungcheong", "KOR"), ("South Hamgyong", "PRK"), ("Mallorca", "ESP"), ("Merseyside", "GBR"),
     ("Normandy", "FRA"), ("Kordofan", "SDN")],
)
def test_english_names_of_provinces_and_islands_are_known(text, iso3):
    assert lookup_place(text).country == iso3


def test_a_region_the_model_took_for_a_people_keeps_its_country():
    assert _country_of([("North Maluku", "NORP")], "North Maluku") == ["IDN"]
    assert _country_of([("Punjab", "NORP")], "Punjab") == [None]  # Indian and Pakistani: not one region


@pytest.mark.parametrize(("text", "iso3"), [("PNG", "PNG"), ("NZ", "NZL"), ("KSA", "SAU"), ("BiH", "BIH")])
def test_country_abbreviations_are_countries(text, iso3):
    assert lookup_place(text).country == iso3


def test_party_words_take_the_country_the_article_is_about():
    us = [("United States", "GPE"), ("Washington", "GPE")]
    assert _country_of([*us, ("Republicans", "ORG")], "Republicans") == ["USA"]
    assert _country_of([*us, ("Democratic", "NORP")], "Democratic") == ["USA"]
    argentina = [("Argentina", "GPE"), ("Buenos Aires", "GPE"), ("Peronist", "NORP")]
    assert _country_of(argentina, "Peronist") == ["ARG"]
    assert _country_of([("Peronist", "NORP")], "Peronist") == [None]  # no country to take
    assert _country_of([*us, ("Muslim", "NORP")], "Muslim") == [None]  # a faith is no party


def test_a_spelling_variant_abroad_yields_to_the_story_country():
    zambia = [("Zambia", "GPE"), ("Lusaka", "GPE"), ("Zambian", "NORP"), ("Kitwe", "GPE"), ("China", "GPE")]
    assert _country_of([*zambia, ("Mulenga", "GPE")], "Mulenga") == ["ZMB"]  # not Muleng, a Chinese town


def test_an_unknown_organisation_named_like_a_home_place_is_there():
    nz = [("New Zealand", "GPE"), ("Wellington", "GPE"), ("Dunedin", "ORG")]
    assert _country_of(nz, "Dunedin") == ["NZL"]  # "a Dunedin construction firm"
    assert _country_of([("Dunedin", "ORG")], "Dunedin") == [None]  # no country of the story's own
    assert _country_of([*nz[:2], ("Amnesty International", "ORG")], "Amnesty International") == [None]


@pytest.mark.parametrize(
    ("text", "iso3"), [("RAQQA", "SYR"), ("KHAN YOUNIS", "PSE"), ("HARGEISA", "SOM"), ("MÜNCHEN", "DEU")]
)
def test_an_all_caps_dateline_is_read_like_the_name(text, iso3):
    assert _country_of([(text, "GPE")], text) == [iso3]


def test_an_all_caps_acronym_is_not_read_as_a_place():
    _, ents = _one([(0, 5, "ASEAN", "GPE")])
    assert ents.row(0, named=True)["name"] == "ASEAN" and ents.row(0, named=True)["country"] is None


def _article(*mentions: tuple[str, str]) -> list[tuple[str, str | None]]:
    """Resolve mentions laid out as "A. B. C." (none listed together) or joined by ", " when given as "A, B"."""
    from newslake.entities import resolve_article

    rows, pos = [], 0
    for text, label in mentions:
        for i, part in enumerate(text.split(", ")):
            gap = 2 if i else 20  # ", " between listed parts, a sentence between mentions
            rows.append({"start": pos + gap, "end": pos + gap + len(part), "text": part, "label": label})
            pos = rows[-1]["end"]
    return [(r["text"], x.country) for r, x in zip(rows, resolve_article(rows))]


def test_big_city_namesake_yields_to_the_town_of_the_story_country():
    scottish = _article(("Scottish", "NORP"), ("Scotland", "GPE"), ("Perth", "GPE"), ("Perth", "GPE"))
    assert [c for t, c in scottish if t == "Perth"] == ["GBR", "GBR"]
    australian = _article(("Australia", "GPE"), ("Perth", "GPE"), ("Perth", "GPE"))
    assert [c for t, c in australian if t == "Perth"] == ["AUS", "AUS"]
    # a famous city abroad keeps its country when the story's country has no place of that name
    malian = _article(("Mali", "GPE"), ("Bamako", "GPE"), ("US", "GPE"), ("Mali", "GPE"), ("Toronto", "GPE"))
    assert dict(malian)["Toronto"] == "CAN"


def test_small_namesake_listed_with_local_places_is_local():
    joburg = _article(("Johannesburg", "GPE"), ("the City of Johannesburg", "GPE"), ("Braamfontein, Brixton", "GPE"))
    assert dict(joburg)["Brixton"] == "ZAF" and dict(joburg)["Braamfontein"] == "ZAF"
    # not listed: a real trip abroad ("Cannes" in an Iranian story) keeps its country
    iranian = _article(("Iran", "GPE"), ("Tehran", "GPE"), ("Cannes", "GPE"))
    assert dict(iranian)["Cannes"] == "FRA"


def test_irish_county_abbreviation_and_party_members_of_the_home_country():
    irish = _article(("Ireland", "GPE"), ("Co Wexford", "GPE"))
    assert dict(irish)["Co Wexford"] == "IRL"
    us = _article(("US", "GPE"), ("Ohio", "GPE"), ("American", "NORP"), ("Democrats", "NORP"))
    assert dict(us)["Democrats"] == "USA"
    british = _article(("British", "NORP"), ("London", "GPE"), ("Liberal Democrat", "NORP"))
    assert dict(british)["Liberal Democrat"] == "GBR"
    assert dict(_article(("Democrats", "NORP"),))["Democrats"] is None  # no country named: none guessed


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("West Australian", "AUS"), ("Queenslanders", "AUS"), ("Cebuanos", "PHL"), ("Dubliner", "IRL"), ("Capetonian", "ZAF")],
)
def test_regional_demonyms_of_english_speaking_countries(text, iso3):
    found = lookup_demonym(text)
    assert found is not None and found[1] == iso3


def test_site_named_after_a_city_abroad_lies_in_the_story_country():
    joburg = _article(("South Africa", "GPE"), ("Johannesburg", "GPE"), ("Auckland Park", "FAC"))
    assert dict(joburg)["Auckland Park"] == "ZAF"
    kiwi = _article(("New Zealand", "GPE"), ("Auckland", "GPE"), ("Auckland Park", "FAC"))
    assert dict(kiwi)["Auckland Park"] == "NZL"


def test_a_state_code_after_a_us_town_is_that_state(nlp):
    text = "Riders from Elkton, MD and Sioux Falls, SD met in Tampa, FL, and a team came from Perth, WA as well."
    rows = [{"article_id": A1, **m} for m in doc_mentions(nlp(text))]  # with each mention's lead, as annotate has
    mentions, entities = link_mentions(pl.DataFrame(rows))
    names = dict(zip(entities["entity_id"], entities["name"]))
    linked = {t: names[e] for t, e in zip(mentions["text"], mentions["entity_id"])}
    assert (linked["MD"], linked["SD"], linked["FL"]) == ("Maryland", "South Dakota", "Florida")
    assert _entity(entities, "Elkton")["country"] == "USA"  # the Maryland town, not one abroad
    assert "WA" not in linked  # Perth has no US namesake in Washington: the code is left


def test_an_ap_state_abbreviation_is_that_state_and_keeps_its_town_at_home(nlp):
    text = "GEORGETOWN, Ky. (AP) — Toyota said its Georgetown plant would add a shift, and a crew from Athens, Ga. helped."
    rows = [{"article_id": A1, **m} for m in doc_mentions(nlp(text))]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    names = dict(zip(entities["entity_id"], entities["name"]))
    countries = dict(zip(entities["entity_id"], entities["country"]))
    linked = [(t, names[e], countries[e]) for t, e in zip(mentions["text"], mentions["entity_id"])]
    assert ("Ky.", "Kentucky", "USA") in linked and ("Ga.", "Georgia", "USA") in linked
    assert {c for t, _, c in linked if t in ("GEORGETOWN", "Georgetown", "Athens")} == {"USA"}  # not Guyana, Greece
    assert place_candidates("La.")[0].name == "Louisiana"  # folded, it would be Los Angeles


def test_an_acronym_after_another_body_and_a_full_stop_keeps_its_definition(nlp):
    text = (
        "The case was brought by the Pensions Regulator (TPR) with help from the Spanish Guardia Civil. "
        "TPR said it was the largest theft it had pursued."
    )
    rows = [{"article_id": A1, **m} for m in doc_mentions(nlp(text))]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    names = dict(zip(entities["entity_id"], entities["name"]))
    assert {names[e] for t, e in zip(mentions["text"], mentions["entity_id"]) if t == "TPR"} == {"Pensions Regulator"}


def test_a_well_known_region_of_one_country_has_its_country():
    assert _country_of([("Spain", "GPE"), ("Portugal", "GPE"), ("Algarve", "LOC")], "Algarve") == ["PRT"]
    assert _country_of([("Ohio", "GPE"), ("Rust Belt", "LOC")], "Rust Belt") == ["USA"]


def test_a_home_namesake_yields_to_a_big_city_of_a_country_the_story_names(nlp):
    text = "SEOUL - Hyundai said its workers near Savannah in Georgia were detained. Seoul protested to the United States."
    rows = [{"article_id": A1, **m} for m in doc_mentions(nlp(text))]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    countries = dict(zip(entities["entity_id"], entities["country"]))
    assert {countries[e] for t, e in zip(mentions["text"], mentions["entity_id"]) if t == "Savannah"} == {"USA"}


def test_a_county_named_without_its_word_is_that_us_county(nlp):
    text = "HOUMA, La. — Terrebonne and Lafourche parish officials met. Loudoun County and Loudoun schools too."
    rows = [{"article_id": A1, **m} for m in doc_mentions(nlp(text))]
    mentions, entities = link_mentions(pl.DataFrame(rows))
    names = dict(zip(entities["entity_id"], entities["name"]))
    linked = {t: names[e] for t, e in zip(mentions["text"], mentions["entity_id"])}
    assert (linked["Terrebonne"], linked["Lafourche"]) == ("Terrebonne Parish", "Lafourche Parish")
    assert linked["Loudoun"] == "Loudoun County"


def test_a_city_written_with_its_title_is_that_city():
    from newslake.entities import resolve

    for text in ("Iloilo City", "ILOILO CITY"):
        res = resolve(text, "GPE")
        assert (res.name, res.country) == ("Iloilo", "PHL")
    assert resolve("Nowhereville City", "GPE").country is None


def test_a_part_of_a_town_named_in_common_words_lies_in_the_story_s_country():
    from newslake.nlp import load_nlp

    text = (
        "Fishers in Blue Rocks and Stonehurst, two hamlets east of Lunenburg, say the wharf is crumbling. The MP "
        "accused the minister of ignoring Nova Scotia's South Shore. Lunenburg's UNESCO-listed Old Town draws "
        "tourists to the wharf at Blue Rocks."
    )
    rows = [{"article_id": "a" * 16, **m} for m in doc_mentions(load_nlp()(text))]
    _, entities = link_mentions(pl.DataFrame(rows))
    country = dict(zip(entities["name"], entities["country"]))
    # "Old Town" is an alternate name of Las Vegas and "South Shore" a Chicago neighbourhood: neither is evidence
    assert country["Old Town"] == country["South Shore"] == country["Blue Rocks"] == "CAN"


def test_generic_place_names_are_told_apart_from_real_ones():
    from newslake.gazetteer import generic_place_name

    assert generic_place_name("Old Town") and generic_place_name("West End") and generic_place_name("North-East")
    assert not generic_place_name("Ballarat") and not generic_place_name("Lake Rotorua") and not generic_place_name("Town")


def test_a_double_barrelled_surname_alone_is_the_person_named_in_full(default_nlp):
    text = "Jacob Rees-Mogg spoke in the Commons on Monday. Rees-Mogg said the plan would fail."
    _, entities = link_mentions(_mentions(default_nlp, A1, text))
    assert _entity(entities, "Jacob Rees-Mogg")["aliases"] == ["Jacob Rees-Mogg", "Rees-Mogg"]
