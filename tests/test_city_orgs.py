"""A big city the model types ORG is a place when the article names its country; firms named after cities stay ORG."""

from newslake.nlp import load_nlp


def labels(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in load_nlp()(text).ents}


def test_city_of_a_named_country_is_a_place_not_an_org() -> None:
    assert labels("El Fasher fell to the RSF after an 18-month siege, Sudan's army said.").get("El Fasher") == "GPE"
    assert labels("Kenya's maize board said Kitale farmers would be paid by Friday.").get("Kitale") == "GPE"


def test_firm_named_after_a_city_stays_an_org() -> None:
    text = (
        "Spain's BBVA raised its offer for Banco Sabadell on Monday. "
        "Sabadell's chairman told shareholders in Spain to reject the bid."
    )
    assert labels(text).get("Sabadell") != "GPE"


def test_name_before_a_mine_or_a_border_crossing_is_a_site() -> None:
    found = labels("Codelco said output at the Chuquicamata mine fell, while trucks waited at the Torkham crossing.")
    assert found.get("Chuquicamata") == "FAC"
    assert found.get("Torkham") == "FAC"



def test_unknown_name_after_in_is_a_place_but_not_after_a_stake_in() -> None:
    text = "Egypt's tourism ministry said hotels in Nazlet Batran were full, and shops in Kafr Gebel closed early."
    # a place of any kind (the round-18 NER reads this village LOC; the scorer and the linker treat GPE/LOC alike)
    assert labels(text).get("Kafr Gebel") in ("GPE", "LOC")
    stake = labels("The fund bought a 5% stake in Veltrano on Monday, India's regulator said.")
    assert stake.get("Veltrano") not in ("GPE", "LOC", "FAC")
