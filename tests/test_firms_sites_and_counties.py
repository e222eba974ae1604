"""What round 37 taught: a start-up the page once calls one ("Tallmark, the grocery-delivery start-up") is a firm at
every mention, however the model typed it; a name the page once calls a mine or a power station is that site; a town
beside its own county ("Perth" and "Perthshire") is that county's town; regions, basins, fields, rivers and coasts of
one country are its places; the paper of a "By Name | Paper" byline is an organisation wherever it is named; "CCTV"
in a story with no China in it is a camera, not China's broadcaster; a suburb no table knows lies in the only country
the story names; a region abroad named by nothing else is a home town of its name; chains that news of shops names
are organisations."""

from __future__ import annotations

from conftest import linked_mentions


def _labels(model, text: str, surface: str) -> list[str]:
    return [label for s, label, _ in linked_mentions(model, text) if s == surface]


def _countries(model, text: str) -> dict[str, str | None]:
    return {surface: country for surface, _, country in linked_mentions(model, text)}


START_UP = (
    "Tallmark lays off 300 as delivery price war bites\n"
    "BENGALURU — Tallmark, the grocery-delivery start-up backed by Tiger Global, said on Tuesday it would cut 300 "
    "jobs and close warehouses in Pune.\n"
    '"Tallmark is too small to fight three rivals," said analyst Meera Rao. Tallmark had planned to list next year.\n'
)


def test_a_start_up_the_page_calls_one_is_a_firm_at_every_mention(nlp, default_nlp):
    for model in (nlp, default_nlp):
        labels = _labels(model, START_UP, "Tallmark")
        assert len(labels) >= 3 and set(labels) == {"ORG"}, labels


def test_a_firm_named_after_its_trade_and_its_untagged_mentions(nlp, default_nlp):
    text = (
        "Krakow studio Frostwane cuts 90 jobs after delaying its fantasy game\n"
        "KRAKOW — Frostwane Games said on Monday it would cut 90 jobs. Shares in Frostwane fell 23 percent in Warsaw. "
        "Frostwane was founded in 2012 by Piotr Nowak and three friends."
    )
    for model in (nlp, default_nlp):
        labels = _labels(model, text, "Frostwane")
        assert len(labels) >= 3 and set(labels) == {"ORG"}, labels


def test_a_name_the_page_calls_a_power_station_is_that_site_throughout(default_nlp):
    # the default pipeline only: the original NER tags no mention of this name at all
    text = (
        "ESB confirms Carrigbawn coal exit\n"
        "KILRUSH — ESB will stop burning coal at Carrigbawn power station by the end of next year, the utility said.\n"
        "Carrigbawn, which opened in 1985, employs 90 people. \"Carrigbawn has kept families in Kilrush going,\" said "
        "councillor Mary Keane."
    )
    labels = _labels(default_nlp, text, "Carrigbawn")
    assert len(labels) >= 3 and set(labels) == {"FAC"}, labels


def test_a_firm_named_for_what_its_site_yields_stays_a_firm(nlp, default_nlp):
    # a guard: "Atlantic LNG" runs the plant; the name ends in what the site yields, so it is no site
    text = "POINT FORTIN — Atlantic LNG said its plant at Point Fortin would run at half capacity. Atlantic LNG employs 600."
    for model in (nlp, default_nlp):
        assert "FAC" not in _labels(model, text, "Atlantic LNG")


def test_a_town_beside_its_own_county_is_that_countys_town(nlp, default_nlp):
    text = (
        "Rural schools face closure\n"
        "PERTH — Three primary schools in highland Perthshire could close, the council said. Parents in Aberfeldy "
        "and Pitlochry will meet councillors in Perth next week."
    )
    for model in (nlp, default_nlp):
        countries = _countries(model, text)
        assert countries["Perth"] == "GBR" and countries["PERTH"] == "GBR", countries


def test_the_paper_of_a_piped_byline_is_an_organisation_wherever_named(nlp, default_nlp):
    text = (
        "Cloud outage knocks out banks\n"
        "By Tyler Beaumont | The Outage Ledger\n"
        "ASHBURN, Va. — A failure at a data centre took down thousands of websites on Tuesday, the company said.\n"
        "Sign up for The Outage Ledger newsletter"
    )
    # a guard: a section or a date stamp after the bar is no paper
    sections = "Where to taste amber wine\nBy Nino Beridze | Wine Travel\nTELAVI, Georgia — Visitors arrive in May."
    for model in (nlp, default_nlp):
        labels = _labels(model, text, "The Outage Ledger")
        assert labels == ["ORG", "ORG"], labels
        assert _labels(model, sections, "Wine Travel") == []


def test_cctv_in_a_crime_story_is_a_camera_not_a_broadcaster(nlp, default_nlp):
    crime = "Police said CCTV showed the pair leaving a bar in Blackburn. Detectives want CCTV footage from Whalley Road."
    china = "State broadcaster CCTV showed drones over Foshan, where China has reported 3,000 cases."
    for model in (nlp, default_nlp):
        assert _labels(model, crime, "CCTV") == []
        assert _labels(model, china, "CCTV") == ["ORG"]  # a guard: China's broadcaster in a China story


def test_regions_basins_and_fields_of_one_country_are_its_places(nlp, default_nlp):
    text = "Drought has cut wheat yields across the Riverina and the Wimmera, while output from the Permian Basin rose."
    for model in (nlp, default_nlp):
        countries = _countries(model, text)
        assert (countries.get("Riverina"), countries.get("Wimmera"), countries.get("Permian Basin")) == ("AUS", "AUS", "USA")


def test_unknown_suburbs_lie_in_the_only_country_a_story_names(nlp, default_nlp):
    text = "Residents of Cathays and Roath have complained to the Welsh government about student parties."
    for model in (nlp, default_nlp):
        assert _countries(model, text).get("Roath") == "GBR"
    assert _countries(default_nlp, text).get("Cathays") == "GBR"  # the original NER misses this one


def test_a_place_inside_an_events_or_outlets_name_is_no_place(nlp, default_nlp):
    # a guard for the longer place lists: the river of "Murray River Marathon" is not tagged on its own
    text = "She spent five days paddling in the Murray River Marathon before Christmas."
    for model in (nlp, default_nlp):
        assert "Murray River" not in _countries(model, text)


def test_a_region_abroad_gives_way_to_a_home_town_of_its_name(nlp, default_nlp):
    # Armenia's Ararat province, named by nothing else in a Victorian story, is the town of Ararat, Victoria
    text = (
        "Two inmates at Ararat were charged after an officer was hurt, Victoria Police said. "
        "The Geelong and Ballarat unions called for more staff."
    )
    for model in (nlp, default_nlp):
        assert _countries(model, text).get("Ararat") == "AUS"


def test_retail_chains_are_organisations(nlp, default_nlp):
    text = "Shoppers queued outside Poundland, Superdrug and Screwfix on Saturday, while Wickes and Dunelm cut prices."
    for model in (nlp, default_nlp):
        labels = {surface: label for surface, label, _ in linked_mentions(model, text)}
        assert all(labels.get(chain) == "ORG" for chain in ("Poundland", "Superdrug", "Screwfix", "Dunelm")), labels
