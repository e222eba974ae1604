"""Figure extraction: the seed story, each surface form of issue 3, and bad input."""

from __future__ import annotations

import math

import pytest
from conftest import SEED

from newslake.figures import extract_figures, extract_figures_checked


def _one(text: str) -> dict:
    figs = extract_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


def test_seed_story_figures() -> None:
    text = SEED.read_text(encoding="utf-8")
    figs = {f["text"]: f for f in extract_figures(text)}
    troops = figs["approximately 11,000"]
    assert (troops["kind"], troops["value"], troops["qualifier"]) == ("count", 11000.0, "approx")
    assert "troops" in troops["subject"]
    animals = figs["over 70"]
    assert (animals["value"], animals["qualifier"], animals["subject"]) == (70.0, "at_least", "animals")
    money = figs["$320 million to $1.3 billion"]
    assert (money["kind"], money["currency"], money["qualifier"], money["period"]) == ("money", "USD", "range", "year")
    assert money["value"] is None and money["low"] == 320e6 and money["high"] == 1.3e9
    for f in figs.values():
        assert text[f["start"] : f["end"]] == f["text"]
    assert len(figs) == 3  # no years, no "Kim Jong Un"-style digits, nothing else numeric in the story


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "currency", "unit", "qualifier"),
    [
        ("They hired eleven engineers.", "eleven", "count", 11.0, None, None, "exact"),
        ("She bought two dozen eggs.", "two dozen", "count", 24.0, None, None, "exact"),
        ("Half a million people fled.", "Half a million", "count", 5e5, None, None, "exact"),
        ("The deal is worth €1.5bn.", "€1.5bn", "money", 1.5e9, "EUR", None, "exact"),
        ("He was fined £20m by the regulator.", "£20m", "money", 2e7, "GBP", None, "exact"),
        ("The bank lent 2.5 trillion won to exporters.", "2.5 trillion won", "money", 2.5e12, "KRW", None, "exact"),
        ("Fines reached 300 million rubles.", "300 million rubles", "money", 3e8, "RUB", None, "exact"),
        ("It costs 40 yuan.", "40 yuan", "money", 40.0, "CNY", None, "exact"),
        ("A ticket costs 500 rupees.", "500 rupees", "money", 500.0, "INR", None, "exact"),
        ("Japan pledged ¥2 trillion.", "¥2 trillion", "money", 2e12, "JPY", None, "exact"),
        ("Aid of US$3 billion arrived.", "US$3 billion", "money", 3e9, "USD", None, "exact"),
        ("Prices rose 1.8% in May.", "1.8%", "percent", 1.8, None, "percent", "exact"),
        ("Output grew 4 percent.", "4 percent", "percent", 4.0, None, "percent", "exact"),
        ("Support fell 3 per cent.", "3 per cent", "percent", 3.0, None, "percent", "exact"),
        ("Rates were cut by 0.25 percentage points.", "0.25 percentage points", "percent", 0.25, None,
         "percentage_point", "exact"),
        ("A third of voters stayed home.", "A third", "percent", 33.33, None, "percent", "exact"),
        ("Roughly half said no.", "Roughly half", "percent", 50.0, None, "percent", "approx"),
        ("The missile flew 400 km.", "400 km", "quantity", 400.0, None, "km", "exact"),
        ("It pumps 1.2 million barrels per day.", "1.2 million barrels per day", "quantity", 1.2e6, None,
         "barrel/day", "exact"),
        ("It hit 35 degrees Celsius.", "35 degrees Celsius", "quantity", 35.0, None, "degC", "exact"),
        ("They shipped 3,000 tonnes of wheat.", "3,000 tonnes", "quantity", 3000.0, None, "tonne", "exact"),
        ("He served 12 years in prison.", "12 years", "duration", 12.0, None, "year", "exact"),
        ("Roughly 7,000 km of track", "Roughly 7,000 km", "quantity", 7000.0, None, "km", "approx"),
        ("An estimated 5,000 people marched.", "An estimated 5,000", "count", 5000.0, None, None, "approx"),
        ("Around 40 boats sank.", "Around 40", "count", 40.0, None, None, "approx"),
        ("At least 12 people died.", "At least 12", "count", 12.0, None, None, "at_least"),
        ("Upwards of 300 homes burned.", "Upwards of 300", "count", 300.0, None, None, "at_least"),
        ("More than 60 countries signed.", "More than 60", "count", 60.0, None, None, "at_least"),
        ("Nearly 900 flights were cut.", "Nearly 900", "count", 900.0, None, None, "at_most"),
        ("Up to 20 cm of snow fell.", "Up to 20 cm", "quantity", 20.0, None, "cm", "at_most"),
        ("Fewer than 200 people came.", "Fewer than 200", "count", 200.0, None, None, "at_most"),
        ("Under 5% of homes have fibre.", "Under 5%", "percent", 5.0, None, "percent", "at_most"),
    ],
)
def test_surface_forms(text, span, kind, value, currency, unit, qualifier) -> None:
    f = _one(text)
    assert f["text"] == span
    assert (f["kind"], f["currency"], f["unit"], f["qualifier"]) == (kind, currency, unit, qualifier)
    assert f["value"] == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "span", "kind", "low", "high", "unit", "currency"),
    [
        ("between 2,000 and 2,500 troops", "2,000 and 2,500", "count", 2000.0, 2500.0, None, None),
        ("Inflation may reach 2-3% soon.", "2-3%", "percent", 2.0, 3.0, "percent", None),
        ("Recovery takes between two and four weeks.", "two and four weeks", "duration", 2.0, 4.0, "week", None),
        ("He paid $5-6 million.", "$5-6 million", "money", 5e6, 6e6, None, "USD"),
        ("from 10 to 15 km of road", "10 to 15 km", "quantity", 10.0, 15.0, "km", None),
    ],
)
def test_ranges(text, span, kind, low, high, unit, currency) -> None:
    f = _one(text)
    assert (f["text"], f["kind"], f["qualifier"], f["unit"], f["currency"]) == (span, kind, "range", unit, currency)
    assert f["value"] is None and f["low"] == pytest.approx(low) and f["high"] == pytest.approx(high)


def test_vague_counts_have_no_value() -> None:
    f = _one("Dozens of people were hurt.")
    assert (f["text"], f["value"], f["qualifier"], f["subject"]) == ("Dozens", None, "approx", "people")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("It earns $5 million annually.", "year"),
        ("She makes $300 a week.", "week"),
        ("Users pay 10 euros per month.", "month"),
        ("The fund loses $2 billion a quarter.", "quarter"),
        ("They burn 30 tonnes a day.", "day"),
    ],
)
def test_periods(text, period) -> None:
    assert _one(text)["period"] == period


def test_period_not_taken_from_comparison() -> None:
    assert _one("Sales rose 5% from a year earlier.")["period"] is None


def test_subject_is_the_counted_noun_phrase() -> None:
    assert _one("The firm cut 1,200 jobs last year.")["subject"] == "jobs"


def test_change_from_to_gives_two_values_not_a_range() -> None:
    figs = extract_figures("Unemployment rose from 4.1% to 4.3% in May.")
    assert [(f["text"], f["value"], f["qualifier"]) for f in figs] == [("4.1%", 4.1, "exact"), ("4.3%", 4.3, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held in 2024 on March 3.",
        "He won a third term.",
        "The HS2 line and the LC16 bus were delayed by COVID-19.",
        "Liverpool beat Chelsea 2-1 on Sunday.",
        "The meeting starts at 5 p.m. or 10:30.",
        "Boeing 737 jets were grounded.",
        "One of them left.",
        "She came first in the 2010s.",
    ],
)
def test_not_figures(text) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text",
    ["1,2,3,4", "10^999", "$$$", "9" * 10_000, "from 5 to", "between 5 and", "Добавили 5 млн рублей 和 ５０％ ٣٤",
     "$" + "9" * 400 + " billion", "", "\x00\ufffd%", "1e308 and 1.7976931348623157e309",
     "1," * 5_000 + "000", "between " * 2_000 + "5", "€$£¥ 5 - - to 6 " * 200],
)
def test_bad_input_never_crashes_or_publishes_non_finite(text) -> None:
    for f in extract_figures(text):
        assert text[f["start"] : f["end"]] == f["text"]
        for key in ("value", "low", "high"):
            assert f[key] is None or math.isfinite(f[key])


def test_unbalanced_range_keeps_the_number() -> None:
    assert [(f["text"], f["value"]) for f in extract_figures("from 5 to")] == [("5", 5.0)]


def test_huge_and_malformed_numbers_are_reported() -> None:
    figs, rejected = extract_figures_checked("A " + "9" * 10_000 + " and 10^999 and 1,2,3,4.", "feed.jsonl:7")
    assert figs == []
    assert len(rejected) == 3
    assert all(r.stage == "extract" and "feed.jsonl:7" in r.reason for r in rejected)


def test_implausible_figures_are_reported_not_dropped_silently() -> None:
    figs, rejected = extract_figures_checked("A fund of $5,000,000 trillion and 12 staff.", "a.txt")
    assert [f["text"] for f in figs] == ["12"]
    assert len(rejected) == 1 and "$5,000,000 trillion" in rejected[0].reason


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit", "qualifier"),
    [
        ("About 1 in 10 students failed.", "About 1 in 10", "percent", 10.0, "percent", "approx"),
        ("About two-thirds of refugees stay.", "About two-thirds", "percent", 66.67, "percent", "approx"),
        ("Exports fell by a third.", "a third", "percent", 33.33, "percent", "exact"),
        ("It will fall to minus 20 degrees Celsius.", "minus 20 degrees Celsius", "quantity", -20.0, "degC",
         "exact"),
        ("Patients waited more than a year.", "more than a year", "duration", 1.0, "year", "at_least"),
        ("It has grown for 12 consecutive years.", "12 consecutive years", "duration", 12.0, "year", "exact"),
        ("Rates hit as high as 54% for China.", "as high as 54%", "percent", 54.0, "percent", "at_most"),
        ("Phones are priced from $799.", "from $799", "money", 799.0, None, "at_least"),
    ],
)
def test_more_surface_forms(text, span, kind, value, unit, qualifier) -> None:
    f = _one(text)
    assert (f["text"], f["kind"], f["unit"], f["qualifier"]) == (span, kind, unit, qualifier)
    assert f["value"] == pytest.approx(value, rel=1e-3)


def test_currency_with_nationality_adjective() -> None:
    f = _one("It will invest 8.5 billion Danish kroner in a plant.")
    assert (f["kind"], f["currency"], f["value"]) == ("money", "DKK", 8.5e9)


def test_over_before_a_duration_is_a_time_frame() -> None:
    figs = extract_figures("The UK will pay €541 million over three years.")
    assert [(f["text"], f["qualifier"]) for f in figs] == [("€541 million", "exact"), ("three years", "exact")]


def test_period_after_a_short_subject() -> None:
    f = _one("Deliveries averaged 57 trucks a day.")
    assert (f["value"], f["subject"], f["period"]) == (57.0, "trucks", "day")


def test_qualified_value_then_target_is_not_a_range() -> None:
    figs = extract_figures("Its share rose by less than 2 percentage points to 33.7%.")
    assert [(f["text"], f["qualifier"]) for f in figs] == [
        ("less than 2 percentage points", "at_most"), ("33.7%", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Call 910-432-3383 for details.",
        "He joined the 3rd Battalion, 321st Field Artillery.",
        "The exercise ran on October 25-26, 2016.",
        "Strikes hit Palmyra between 11-13 Dec.",
        "Ships HMS Ocean (L 12) sailed.",
        "The city dates from 575 B.C.",
        "The iPhone 16 shoots 4K video.",
        "The trial ran between 2021 and 2024.",
    ],
)
def test_not_figures_codes_ordinals_and_date_ranges(text) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit", "currency"),
    [
        ("Rates were cut by a quarter point.", "a quarter point", "percent", 0.25, "percentage_point", None),
        ("They wanted a half-point cut.", "a half-point", "percent", 0.5, "percentage_point", None),
        ("Panels fell to 9 cents per watt.", "9 cents", "money", 0.09, None, "USD"),
        ("Stamps rose by 40 pence.", "40 pence", "money", 0.4, None, "GBP"),
        ("Temperatures hit 35C in Seville.", "35C", "quantity", 35.0, "degC", None),
        ("The quake, of magnitude 7.8, struck at dawn.", "7.8", "quantity", 7.8, "magnitude", None),
    ],
)
def test_points_cents_and_measures(text, span, kind, value, unit, currency) -> None:
    f = _one(text)
    assert (f["text"], f["kind"], f["unit"], f["currency"]) == (span, kind, unit, currency)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", ["Its biggest one-day gain.", "Eggs cost $3.00 a dozen."])
def test_idioms_and_unit_prices(text) -> None:
    assert [f["text"] for f in extract_figures(text)] in ([], ["$3.00"])


def test_indian_multipliers() -> None:
    f = _one("The government will spend Rs 2 lakh crore on roads.")
    assert (f["text"], f["currency"], f["value"]) == ("Rs 2 lakh crore", "INR", 2e12)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("That took their outlay since 2013 to over £1.5bn.", ["over £1.5bn"]),
        ("Spending went from 2013 to £1.5bn.", ["£1.5bn"]),
        ("It cuts the trip from four hours to 90 minutes.", ["four hours", "90 minutes"]),
    ],
)
def test_year_or_other_unit_does_not_make_a_range(text, spans) -> None:
    assert [f["text"] for f in extract_figures(text)] == spans


@pytest.mark.parametrize(
    "text",
    ["It pays per Revenue Per Thousand.", "It has Zero Gravity Seats.", "Mobile Unit Two, which is based here.",
     "I would love to one day buy one.", "They hit zero emissions."],
)
def test_number_words_in_names_and_idioms(text) -> None:
    assert extract_figures(text) == []


def test_comparatives_and_small_units() -> None:
    f = _one("Particles smaller than 2.5 microns are the worst.")
    assert (f["text"], f["unit"], f["qualifier"], f["value"]) == ("smaller than 2.5 microns", "um", "at_most", 2.5)


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [("Progress over the past 20-plus months was steady.", "20-plus months", "month", 20.0),
     ("The talks ran for 10-plus hours.", "10-plus hours", "hour", 10.0)],
)
def test_plus_before_the_unit_is_at_least(text, span, unit, value) -> None:
    f = _one(text)
    assert (f["text"], f["unit"], f["value"], f["qualifier"]) == (span, unit, value, "at_least")


@pytest.mark.parametrize(
    "text",
    ["The area was designated under section 119.3 of the Criminal Code.", "It joined Task Force (CTF) 50 last year.",
     "Passengers on flight 370 were never found.", "Forecasters expect a category 4 storm."],
)
def test_reference_numbers_are_not_figures(text) -> None:
    assert extract_figures(text) == []


def test_reference_word_not_adjacent_keeps_the_figure() -> None:
    assert _one("At this stage 40 people remain.")["value"] == 40.0


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [("Rates fell by around a quarter of a percentage point.", "around a quarter of a percentage point", 0.25,
      "approx"),
     ("The bank raised rates by half a percentage point.", "half a percentage point", 0.5, "exact"),
     ("Yields rose three-quarters of a percentage point.", "three-quarters of a percentage point", 0.75, "exact")],
)
def test_fractions_of_a_point_are_percentage_points(text, span, value, qualifier) -> None:
    f = _one(text)
    assert (f["text"], f["value"], f["unit"], f["qualifier"]) == (span, value, "percentage_point", qualifier)


def test_a_decade_alone_is_a_duration_but_not_once_a_decade() -> None:
    f = _one("Repairs will be spread over a decade.")
    assert (f["text"], f["kind"], f["value"], f["unit"]) == ("a decade", "duration", 1.0, "decade")
    assert extract_figures("Such floods happen once a decade.") == []


def test_within_is_at_most_except_as_a_time_frame() -> None:
    f = _one("The candidates are within 3 percent of each other.")
    assert (f["text"], f["qualifier"], f["high"]) == ("within 3 percent", "at_most", 3.0)
    f = _one("Germany plans to get there within four years.")
    assert (f["text"], f["qualifier"]) == ("four years", "exact")


@pytest.mark.parametrize(
    ("text", "subject"),
    [("Near Palmyra, one strike destroyed an ISIL-held tank.", "strike"), ("One person was killed.", "person")],
)
def test_one_before_a_noun_is_a_count(text, subject) -> None:
    f = _one(text)
    assert (f["value"], f["kind"], f["subject"]) == (1.0, "count", subject)


@pytest.mark.parametrize(
    "text",
    ["One of the victims was named.", "No one was hurt.", "At one point the talks stalled.",
     "According to one estimate, losses are high.", "Safety is my number one priority."],
)
def test_one_as_pronoun_or_idiom_is_not_a_figure(text) -> None:
    assert extract_figures(text) == []


def test_months_of_a_year_are_a_date_not_a_duration() -> None:
    assert extract_figures("Sales fell in the first nine months of 2023.") == []
    assert _one("Talks stalled over the last two months.")["text"] == "two months"


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [("A new poll puts Smith within two points of Jones.", "within two points", "percent", "percentage_point"),
     ("Harris leads by 3 points among likely voters.", "3 points", "percent", "percentage_point"),
     ("He scored 30 points in the final.", "30 points", "quantity", "point")],
)
def test_points_in_a_poll_are_percentage_points(text, span, kind, unit) -> None:
    f = _one(text)
    assert (f["text"], f["kind"], f["unit"]) == (span, kind, unit)


@pytest.mark.parametrize(
    ("text", "period"),
    [("Roughly 25,000 patients start the drug each week in the US.", "week"),
     ("The Fed lets up to $5 billion in Treasuries mature each month.", "month"),
     ("About 300 people attend the monthly meeting.", None),
     ("Some 40 people were hurt, and a report is issued every week.", None)],
)
def test_period_later_in_the_same_clause(text, period) -> None:
    assert _one(text)["period"] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [("Tesla aims for 50% annual growth.", "year"), ("GDP grew at a 2.8% annualised rate.", "year")],
)
def test_annual_after_a_figure_is_a_yearly_rate(text, period) -> None:
    assert _one(text)["period"] == period


def test_model_number_after_a_count_is_not_a_range() -> None:
    f = _one("The airline has operated about 40 737-800 jets.")
    assert (f["text"], f["value"]) == ("about 40", 40.0)


def test_up_to_after_a_phrasal_verb_is_no_bound() -> None:
    f = _one("Unemployment ticked up to 4.1% in February.")
    assert (f["text"], f["qualifier"]) == ("4.1%", "exact")
    assert _one("The attack killed up to 20 people.")["qualifier"] == "at_most"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Turnout was 72.3 per cent, up 5.6 points from 2019.", "percentage_point"),
     ("The FTSE 100 fell 50 points, or 0.6%.", "point"),
     ("He scored 30 points, shooting 60%.", "point")],
)
def test_points_next_to_a_percentage(text, unit) -> None:
    assert next(f for f in extract_figures(text) if "points" in f["text"])["unit"] == unit


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("A record 1.3m visitors came last summer.", "count", 1.3e6), ("About 2m people fled.", "count", 2e6),
     ("He won the 110m hurdles.", "quantity", 110.0), ("The wall is 2m tall.", "quantity", 2.0)],
)
def test_m_before_a_plural_noun_is_millions(text, kind, value) -> None:
    f = _one(text)
    assert (f["kind"], f["value"]) == (kind, value)


@pytest.mark.parametrize(("text", "value"), [("Fuel prices jumped 20p a litre.", 0.2), ("It costs 50p.", 0.5)])
def test_pence_written_p(text, value) -> None:
    f = _one(text)
    assert (f["kind"], f["currency"], f["value"]) == ("money", "GBP", value)


def test_no_pence_in_video_resolutions() -> None:
    assert extract_figures("It streams in 1080p video.") == []


def test_typed_figure_before_a_hyphen_is_no_phone_number() -> None:
    texts = [f["text"] for f in extract_figures("The rate was cut by 25 basis points to 4.25%-4.5%.")]
    assert "25 basis points" in texts and "4.25%" in texts


def test_millions_keep_exact_values_and_m_after_million_is_millions() -> None:
    figs = extract_figures("The population is 8.2 million, up from 7.9m a decade ago.")
    assert [(f["value"], f["kind"]) for f in figs] == [(8_200_000.0, "count"), (7_900_000.0, "count")]
    assert _one("He jumped 7.9m in Rome.")["unit"] == "m"


def test_fraction_after_a_change_verb() -> None:
    f = _one("Costs rose one-third last year.")
    assert (f["text"], f["value"]) == ("one-third", 33.33)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "currency", "unit", "qualifier"),
    [
        ("He was jailed for seven and a half years.", "seven and a half years", "duration", 7.5, None, "year",
         "exact"),
        ("There were 29 quakes of magnitude 3 or higher.", "3 or higher", "quantity", 3.0, None, "magnitude",
         "at_least"),
        ("Families with 10 or fewer workers qualify.", "10 or fewer", "count", 10.0, None, None, "at_most"),
        ("Sales of foldables are seen topping 20 million units.", "topping 20 million", "count", 20e6, None, None,
         "at_least"),
        ("The BOJ held rates, sending the yen to 157 per dollar.", "157", "money", 157.0, "JPY", None, "exact"),
        ("The region had 29 earthquakes in five years.", "29", "count", 29.0, None, None, "exact"),
    ],
)
def test_round_three_forms(text, span, kind, value, currency, unit, qualifier) -> None:
    figs = [f for f in extract_figures(text) if f["text"] == span]
    assert len(figs) == 1, extract_figures(text)
    f = figs[0]
    assert (f["kind"], f["value"], f["currency"], f["unit"], f["qualifier"]) == (kind, value, currency, unit, qualifier)


@pytest.mark.parametrize(
    "text",
    ["WTI was down at $59.25 by 0912 GMT.", "The line reopened two days later.",
     "Revenue rose in the three months to March 31.", "Phones sold well in the final three months of the year."],
)
def test_clock_times_and_date_phrases_are_no_figures(text) -> None:
    assert [f["text"] for f in extract_figures(text) if f["kind"] != "money"] == []


def test_duration_before_an_event_stays_a_figure() -> None:
    f = _one("The storm hit less than two weeks after Hurricane Helene.")
    assert (f["text"], f["value"], f["qualifier"]) == ("less than two weeks", 2.0, "at_most")


def test_cents_take_the_currency_of_the_money_before_them() -> None:
    figs = extract_figures("Profit rose to €1.9 billion. It will pay 4.8 cents a share.")
    assert [(f["currency"], f["value"]) for f in figs] == [("EUR", 1.9e9), ("EUR", 0.048)]
    assert extract_figures("Gas is $3.06, 18 cents lower.")[1]["currency"] == "USD"


def test_n_months_to_a_bare_month_stays_a_duration() -> None:
    f = [f for f in extract_figures("Inflation was 3.2% in the 12 months to March.") if f["kind"] == "duration"]
    assert [(x["text"], x["value"]) for x in f] == [("12 months", 12.0)]


def test_unit_on_the_first_number_only_is_no_range_and_set_scores_are_no_figures() -> None:
    figs = extract_figures("The S&P 500 gained 0.6% to 5,970.37.")
    assert [(f["text"], f["value"], f["qualifier"]) for f in figs] == [("0.6%", 0.6, "exact"),
                                                                       ("5,970.37", 5970.37, "exact")]
    assert extract_figures("Alcaraz beat Sinner 6-2, 3-6, 6-1, 6-4 on Sunday.") == []
    rng = _one("Ships are adding 10 to 14 days to voyages.")
    assert (rng["text"], rng["low"], rng["high"], rng["unit"]) == ("10 to 14 days", 10.0, 14.0, "day")


def test_fewer_days_and_topped() -> None:
    f = _one("Retailers have had five fewer days to sell.")
    assert (f["kind"], f["value"], f["unit"]) == ("duration", 5.0, "day")
    f = _one("Its value topped $4 trillion in July.")
    assert (f["value"], f["qualifier"], f["low"]) == (4e12, "at_least", 4e12)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "period"),
    [
        ("The ocean took up an extra 23 zettajoules of heat.", "23 zettajoules", 23.0, "ZJ", None),
        ("Solar output hit a record 9.1 terawatt-hours in June.", "9.1 terawatt-hours", 9.1, "TWh", None),
        ("Turbines generated 14,200 gigawatt-hours of power.", "14,200 gigawatt-hours", 14200.0, "GWh", None),
        ("The port handled 779,000 TEU in March.", "779,000 TEU", 779000.0, "TEU", None),
        ("Saudi Arabia pumped 9.95 million bpd.", "9.95 million bpd", 9.95e6, "barrel/day", "day"),
        ("Ships sail at 16 knots.", "16 knots", 16.0, "knot", None),
        ("Gusts reached 60 mph.", "60 mph", 60.0, "mph", None),
        ("The flat measures 45 square metres.", "45 square metres", 45.0, "m2", None),
        ("The mine produced 1.2 million ounces of gold.", "1.2 million ounces", 1.2e6, "oz", None),
        ("Emissions reached 37.4 gigatonnes.", "37.4 gigatonnes", 37.4, "gigatonne", None),
    ],
)
def test_units_added_in_round_four(text, span, value, unit, period) -> None:
    f = _one(text)
    assert (f["text"], f["kind"], f["value"], f["unit"], f["period"]) == (span, "quantity", value, unit, period)


def test_minutes_before_an_event_stay_a_figure_while_days_before_are_a_date() -> None:
    f = _one("Fernandes scored after 45 minutes before Rice equalised.")
    assert (f["text"], f["kind"], f["value"], f["unit"]) == ("45 minutes", "duration", 45.0, "minute")
    assert extract_figures("The deal closed three days before.") == []


def test_share_prices_in_pence_above_240_but_no_video_lines() -> None:
    figs = extract_figures("Shares fell 12p to 1,234p and the B shares to 452.5p.")
    assert [(f["text"], f["value"], f["currency"]) for f in figs] == [
        ("12p", 0.12, "GBP"), ("1,234p", 12.34, "GBP"), ("452.5p", 4.525, "GBP")]
    assert extract_figures("The set shows 2160p and 720p video.") == []


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "currency"),
    [
        ("The average wait is now 18 weeks, up from 12.", "duration", 12.0, "week", None),
        ("Revenue rose to $5 billion, up from 4.2 billion.", "money", 4.2e9, None, "USD"),
        ("Unemployment rose to 4.4% from 4.2 in April.", "percent", 4.2, "percent", None),
        ("It grew to 300 km, from 250.", "quantity", 250.0, "km", None),
        # a counted noun, another sentence, or a bare count before keep it a count
        ("Prices rose 5%, up from 12 stores.", "count", 12.0, None, None),
        ("Sales hit $5 billion. From 2 shops it grew.", "count", 2.0, None, None),
        ("It rose 3% to 1,234 from 1,200.", "count", 1200.0, None, None),
    ],
)
def test_a_bare_number_compared_with_the_figure_before_takes_its_unit(text, kind, value, unit, currency) -> None:
    f = extract_figures(text)[-1]
    assert (f["kind"], f["value"], f["unit"], f["currency"]) == (kind, value, unit, currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the three months to March" is a quarter (a date); "the 12 months to March" keeps its duration
        ("Profit rose in the three months to March.", []),
        ("Sales rose in the six months to the end of September.", []),
        ("Prices rose in the 12 months to March.", [("12 months", 12.0)]),
        # a span counted from an event is a date, not a duration
        ("A day of mourning was held two days after the attack.", []),
        ("The talks lasted two days after all.", [("two days", 2.0)]),
    ],
)
def test_round_five_periods_counted_to_a_month_or_from_an_event_are_no_durations(text, expected) -> None:
    assert [(f["text"], f["value"]) for f in extract_figures(text)] == expected


def test_the_second_day_of_a_month_pair_is_no_count() -> None:
    assert extract_figures("Drivers will walk out on January 12 and 13, the union said.") == []
    assert [f["value"] for f in extract_figures("On March 3 and 40 people died.")] == [40.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age is a duration in years, like "52-year-old"; a count between commas after no name stays a count
        ("The novelist has died aged 84.", [("84", "duration", "year")]),
        ("Daniel Hart, 52, took money from 37 accounts.", [("52", "duration", "year"), ("37", "count", None)]),
        ("Of the 60 seats, 52, a record, went to women.", [("60", "count", None), ("52", "count", None)]),
        # "for 15 years before" is a duration; "15 years before the war" is a date
        ("She worked as a teacher for 15 years before her first book.", [("15 years", "duration", "year")]),
        ("It was built 15 years before the war.", []),
        # the N weeks to a day are a date, not a duration; the second day of "December 6 and 8 in" is no count
        ("Sales rose in the 13 weeks to December 28.", []),
        ("Drivers will strike on December 6 and 8 in a dispute over pay.", []),
    ],
)
def test_round_five_ages_and_periods_after_held_out_nine(text, expected) -> None:
    assert [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)] == expected


def test_a_bound_is_shared_across_or_and_a_day_range_is_no_count() -> None:
    f = extract_figures("Companies face fines of up to €35 million or 7% of global turnover.")
    assert [(x["text"], x["qualifier"], x["high"]) for x in f] == [("up to €35 million", "at_most", 35e6),
                                                                  ("7%", "at_most", 7.0)]
    assert [x["qualifier"] for x in extract_figures("It sold 5 million or 7% more.")] == ["exact", "exact"]
    assert extract_figures("The Paralympics follow from March 6 to 15.") == []
    assert [x["value"] for x in extract_figures("Deliveries rose since Dec. 5 to 922, he added.")] == [922.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare currency code glued to digits is a name; the common ones written glued are money
        ("Talks at the COP30 summit ended.", []),
        ("It raised USD5m.", [("USD5m", "money", 5e6)]),
        # "earlier than usual" is a comparison, so the duration stays a figure
        ("The season started about a month earlier than usual.", [("about a month", "duration", 1.0)]),
        # "between September 10 and 14" is a pair of dates whatever follows
        ("A survey taken between September 10 and 14 put the party on 34%.", [("34%", "percent", 34.0)]),
    ],
)
def test_round_five_after_held_out_eleven_figures(text, expected) -> None:
    assert [(f["text"], f["kind"], f["value"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past two weeks before this exercise" is a duration; "two weeks before the vote" a date
        ("We trained with them for the past two weeks before this exercise.", [("two weeks", "duration", 2.0)]),
        ("Two weeks before the vote, he quit.", []),
        # the N years of "the five years to March 2030" make a date, not a duration
        ("Bills will rise by 31% over the five years to March 2030.", [("31%", "percent", 31.0)]),
        ("Output rose 4% in the three years to June 30.", [("4%", "percent", 4.0)]),
        ("Prices rose 20% in the ten years since 2014.", [("20%", "percent", 20.0), ("ten years", "duration", 10.0)]),
    ],
)
def test_round_six_re3d_and_held_out_twelve_figures(text, expected) -> None:
    assert [(f["text"], f["kind"], f["value"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an approximate qualifier before a range keeps it a range, and the multiplier written once is shared
        ("An estimated 1.2 to 1.5 million people have fled.",
         [("An estimated 1.2 to 1.5 million", "count", None, 1.2e6, 1.5e6, "range")]),
        ("Some 10 to 12 thousand troops took part.",
         [("Some 10 to 12 thousand", "count", None, 10e3, 12e3, "range")]),
        # a bound before the first number still makes two figures
        ("It fell by less than 2 points to 33.7%.",
         [("less than 2 points", "percent", 2.0, None, 2.0, "at_most"), ("33.7%", "percent", 33.7, None, None, "exact")]),
        # a change "from 2 to 3 million" shares the multiplier, but not across orders of magnitude
        ("Unemployment rose from 2 to 3 million.",
         [("2", "count", 2e6, None, None, "exact"), ("3 million", "count", 3e6, None, None, "exact")]),
        ("Users grew from 500 to 1.2 million.",
         [("500", "count", 500.0, None, None, "exact"), ("1.2 million", "count", 1.2e6, None, None, "exact")]),
        # "a few hundred", "several thousand" are vague counts like "hundreds"
        ("A few hundred protesters gathered and several thousand marched.",
         [("A few hundred", "count", None, None, None, "approx"), ("several thousand", "count", None, None, None, "approx")]),
    ],
)
def test_round_six_ranges_and_vague_counts(text, expected) -> None:
    got = [(f["text"], f["kind"], f["value"], f["low"], f["high"], f["qualifier"]) for f in extract_figures(text)]
    assert got == expected


def test_first_day_of_a_day_first_pair_is_no_count() -> None:
    assert [f["text"] for f in extract_figures("The exercise runs from 10 to 21 March and involves 5,000 troops.")] \
        == ["5,000"]
    assert extract_figures("Aid deliveries were suspended between 2 and 9 March.") == []
    assert [f["value"] for f in extract_figures("Between 2 and 9 people died in March.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast "to rise 1% to 2%" gives the bounds of a range; a change then a level stays two figures
        ("Redfin expects rents to rise 1% to 2% in 2026.", [("1% to 2%", None, 1.0, 2.0, "range")]),
        ("Shares could fall 5% to 10% if the deal fails.", [("5% to 10%", None, 5.0, 10.0, "range")]),
        ("Inflation is expected to rise 0.3% to 2.9%.",
         [("0.3%", 0.3, None, None, "exact"), ("2.9%", 2.9, None, None, "exact")]),
        ("Rents rose 1% to 2% last year.", [("1%", 1.0, None, None, "exact"), ("2%", 2.0, None, None, "exact")]),
    ],
)
def test_forecast_bounds_are_a_range(text, expected) -> None:
    assert [(f["text"], f["value"], f["low"], f["high"], f["qualifier"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 7 (held-out 14): "by A to B" is a change then a level, unless a period makes them a rate's bounds
        ("The board will raise the dividend by 10 cents to 60 cents.",
         [("10 cents", 0.1, None, None, "exact", None), ("60 cents", 0.6, None, None, "exact", None)]),
        ("Fares will rise by £1 to £3 a week.", [("£1 to £3", None, 1.0, 3.0, "range", "week")]),
        ("Premiums have grown 4% to 6% a year since 2020.", [("4% to 6%", None, 4.0, 6.0, "range", "year")]),
        # "to top" bounds from below; a hyphenated rate keeps its period
        ("Sales are expected to top $5 billion.", [("top $5 billion", 5e9, 5e9, None, "at_least", None)]),
        ("He signed a $45 million-a-year contract.", [("$45 million", 45e6, None, None, "exact", "year")]),
    ],
)
def test_round_seven_changes_rates_and_bounds(text, expected) -> None:
    got = [(f["text"], f["value"], f["low"], f["high"], f["qualifier"], f["period"]) for f in extract_figures(text)]
    assert got == expected


def test_a_level_compared_after_a_percent_change_keeps_its_own_kind() -> None:
    got = [(f["text"], f["kind"]) for f in extract_figures("Admissions averaged 900 a day, down 12% from 1,020.")]
    assert got == [("900", "count"), ("12%", "percent"), ("1,020", "count")]


def test_months_of_the_financial_year_are_a_date_not_a_duration() -> None:
    got = [f["text"] for f in extract_figures("Borrowing in the first five months of the financial year was £99.8 billion.")]
    assert got == ["£99.8 billion"]


def test_the_past_decade_is_a_duration_and_day_five_a_label() -> None:
    got = [(f["text"], f["kind"], f["value"], f["unit"]) for f in extract_figures(
        "Emissions have fallen 20% over the past decade. On day five of the trial, two witnesses spoke.")]
    assert got == [("20%", "percent", 20.0, "percent"), ("past decade", "duration", 1.0, "decade"),
                   ("two", "count", 2.0, None)]


def test_levels_after_a_fraction_change_stay_counts() -> None:
    got = [(f["text"], f["kind"]) for f in extract_figures("Mortality fell by a fifth, from 12.4 to 9.9 deaths.")]
    assert got == [("a fifth", "percent"), ("12.4", "count"), ("9.9", "count")]


def test_crowns_named_by_their_country_are_money() -> None:
    (f,) = extract_figures("The prize is worth 11 million Swedish crowns.")
    assert (f["text"], f["kind"], f["value"], f["currency"]) == ("11 million Swedish crowns", "money", 11e6, "SEK")


def test_people_over_an_age_is_a_duration() -> None:
    got = [(f["text"], f["kind"], f["qualifier"]) for f in extract_figures(
        "Most deaths are among people over 75. Over 75 people attended.")]
    assert got == [("over 75", "duration", "at_least"), ("Over 75", "count", "at_least")]


def test_compared_levels_skip_adjectives_and_records() -> None:
    got = [(f["text"], f["kind"], f["unit"]) for f in extract_figures(
        "About 50,000 people came to the two-week conference, down from 80,000. Exports reached 42 million tonnes, "
        "down from a record 55.5 million.")]
    assert got == [("About 50,000", "count", None), ("two-week", "duration", "week"), ("80,000", "count", None),
                   ("42 million tonnes", "quantity", "tonne"), ("55.5 million", "quantity", "tonne")]


def test_day_first_lists_weeks_to_a_day_and_ages_after_a_person_noun() -> None:
    text = ("Drivers will strike on 10, 17 and 24 May. Sales rose 1.2% in the five weeks to 3 January. "
            "A second man, 19, was charged. Police said 31 people died in the 12 months to June, up from 24.")
    got = [(f["text"], f["kind"]) for f in extract_figures(text)]
    assert got == [("1.2%", "percent"), ("19", "duration"), ("31", "count"), ("12 months", "duration"), ("24", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out 19: a full percentage point, minus N degrees, "by A to B" of one magnitude, a win-loss record
        ("Three cuts totaled a full percentage point.", [("Three", 3.0, None, None), ("a full percentage point", 1.0, None, None)]),
        ("Temperatures could fall to minus 10 degrees.", [("minus 10 degrees", -10.0, None, None)]),
        ("Intel will shrink the workforce by 15% to 20%.", [("15% to 20%", None, 15.0, 20.0)]),
        ("The Mavericks, 28-30, sit 10th and have won seven games.", [("seven", 7.0, None, None)]),
    ],
)
def test_round_seven_held_out_nineteen_figures(text, expected) -> None:
    assert [(f["text"], f["value"], f["low"], f["high"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out 20: quarters as a duration, a compared "estimate of", no rate period from an adjective
        ("Output fell for seven consecutive quarters.", [("seven consecutive quarters", "duration", None, None)]),
        ("Spending is 1.31 trillion riyals, down 1.7% from this year's estimate of 1.34 trillion.",
         [("1.31 trillion riyals", "money", "SAR", None), ("1.7%", "percent", None, None),
          ("1.34 trillion", "money", "SAR", None)]),
        ("The monsoon delivers about 70% of India's annual rainfall.", [("about 70%", "percent", None, None)]),
        ("Avanti runs about 300 services a day between London and Glasgow.", [("about 300", "count", None, "day")]),
    ],
)
def test_round_seven_held_out_twenty_figures(text, expected) -> None:
    assert [(f["text"], f["kind"], f["currency"], f["period"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 8, independent sets: a currency word several countries use takes the country the article names
        ("SANTIAGO (Reuters) - Chile's Congress voted. The minimum wage is 500,000 pesos a month.",
         [("500,000 pesos", "money", "CLP")]),
        ("MANILA (AP) - A storm hit the Philippines. Damage was estimated at 1.2 billion pesos.",
         [("1.2 billion pesos", "money", "PHP")]),
        ("The wall cost 3 million pesos.", [("3 million pesos", "money", "MXN")]),  # no country named: as before
        ("Mexico and Chile trade. The deal is worth 9 million pesos.", [("9 million pesos", "money", "MXN")]),
        (("ABIDJAN (Reuters) - Ivory Coast beat Nigeria, then Equatorial Guinea. Each player gets 50 million CFA "
          "francs."), [("50 million CFA francs", "money", "XOF")]),
        ("Cameroon's government paid 20 million CFA francs.", [("20 million CFA francs", "money", "XAF")]),
        ("Volvo earned 4.1 billion Swedish crowns, above the 3.8 billion crowns expected.",
         [("4.1 billion Swedish crowns", "money", "SEK"), ("3.8 billion crowns", "money", "SEK")]),
        ("Equinor, based in Norway, paid 2 billion crowns.", [("2 billion crowns", "money", "NOK")]),
        ("The museum holds three crowns.", [("three crowns", "count", None)]),  # no country: no money
        ("Sydney rents rose. Australia will spend 5 billion dollars.", [("5 billion dollars", "money", "AUD")]),
        ("Karachi traders paid 900 million rupees.", [("900 million rupees", "money", "PKR")]),
    ],
)
def test_round_eight_currency_by_country(text, expected) -> None:
    assert [(f["text"], f["kind"], f["currency"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange rate is in the currency named before it, not in its base ("against the dollar")
        ("The yuan, which has gained 4% against the dollar since April, traded at 6.97 per dollar.",
         [("4%", "percent", None), ("6.97", "money", "CNY")]),
        (("CAIRO (Reuters) - Egypt let its currency go. The pound traded at about 49.5 to the dollar, compared with "
          "30.85 before."), [("about 49.5", "money", "EGP"), ("30.85", "money", "EGP")]),
        ("The pound fell to 1.25 against the dollar.", [("1.25", "money", "GBP")]),
    ],
)
def test_round_eight_exchange_rates(text, expected) -> None:
    assert [(f["text"], f["kind"], f["currency"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over half a million" is 500,000 (it was read as "over half" = 50%)
        ("Over half a million Syrians fled.", [("Over half a million", "count", 5e5, 5e5, None, None, "at_least")]),
        ("Famine hit more than half a million people.",
         [("more than half a million", "count", 5e5, 5e5, None, None, "at_least")]),
        ("More than half of voters agreed.", [("More than half", "percent", 50.0, 50.0, None, None, "at_least")]),
        # a forecast "by A to B <unit>" with the unit written once is a range
        ("Economists expect the bank to cut rates by 10 to 20 basis points.",
         [("10 to 20 basis points", "percent", None, 10.0, 20.0, None, "range")]),
        # vague money, bounds written after "one", frequencies
        ("The fraud cost millions of dollars.", [("millions of dollars", "money", None, None, None, "USD", "approx")]),
        ("One or more people were hurt.", [("One or more", "count", 1.0, 1.0, None, None, "at_least")]),
        ("Each site is inspected at least once a year.", [("at least once", "count", 1.0, 1.0, None, None, "at_least")]),
        ("He had been warned more than twice.", [("more than twice", "count", 2.0, 2.0, None, None, "at_least")]),
    ],
)
def test_round_eight_independent_forms(text, expected) -> None:
    assert [(f["text"], f["kind"], f["value"], f["low"], f["high"], f["currency"], f["qualifier"])
            for f in extract_figures(text)] == expected


def test_word_trie_accepts_whole_words_and_case_folds() -> None:
    import re

    from newslake.figures_units import word_trie

    rx = re.compile(word_trie(["may", "six"]))
    # "\u017fix" (long s) is "six" to an IGNORECASE regex, so the trie must accept it too
    assert [bool(rx.match(s)) for s in ["May 3", "MAY-", "Mayor", "six.", "si\u017fx", "\u017fix", "mays"]] == [
        True, True, False, True, False, True, False]
    rx = re.compile(word_trie(["six"], whole=False))
    assert [bool(rx.match(s)) for s in ["sixty", "Si\u017f", "SIX", "si"]] == [True, False, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounded duration before an event is no date ("three years before the war" stays one)
        ("He won less than 14 months before he leaves office.", [("less than 14 months", "duration", 14.0, "at_most")]),
        ("He left three years before the war.", []),
        # "at the age of 86" is an age, as "aged 86" is
        ("Fujimori died at the age of 86.", [("86", "duration", 86.0, "exact")]),
    ],
)
def test_round_eight_bounded_durations_and_ages(text, expected) -> None:
    assert [(f["text"], f["kind"], f["value"], f["qualifier"]) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number 16 route" is a label; a vote tally's "one" is a count
        ("Passengers on the number 16 route complained.", []),
        ("The cabinet approved the deal by 10 votes to one.", [("10", 10.0), ("one", 1.0)]),
    ],
)
def test_round_eight_labels_and_tallies(text, expected) -> None:
    assert [(f["text"], f["value"]) for f in extract_figures(text)] == expected
