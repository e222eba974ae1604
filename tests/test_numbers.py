"""Number parser: unit cases and hypothesis round trips (render a figure as text, parse it back)."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newslake.figures import extract_figures
from newslake.numbers import parse_digits, parse_number, parse_words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_for(n: int) -> str:
    """An independent English rendering of 1..999,999 (the oracle for text2num-based parsing)."""
    def below_1000(k: int) -> str:
        parts = []
        if k >= 100:
            parts.append(f"{ONES[k // 100]} hundred")
            k %= 100
        if k >= 20:
            parts.append(TENS[k // 10] + (f"-{ONES[k % 10]}" if k % 10 else ""))
        elif k:
            parts.append(ONES[k])
        return " ".join(parts)

    thousands, rest = divmod(n, 1000)
    head = f"{below_1000(thousands)} thousand" if thousands else ""
    return " ".join(p for p in (head, below_1000(rest)) if p)


@pytest.mark.parametrize(
    ("text", "value"),
    [("11,000", 11000.0), ("1.8", 1.8), (".5", 0.5), ("1,234,567.25", 1234567.25), ("0", 0.0)],
)
def test_parse_digits(text, value) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["1,2,3,4", "10^999", "$$$", "9" * 10_000, "1..2", "", "1,23"])
def test_parse_digits_rejects(text) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("eleven", 11.0), ("twenty-five", 25.0), ("one hundred and five", 105.0), ("half", 0.5)],
)
def test_parse_words(text, value) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.3 billion", 1.3e9), ("two dozen", 24.0), ("half a million", 5e5), ("320 million", 3.2e8),
     ("eleven thousand", 11000.0)],
)
def test_parse_number(text, value) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_overflow_is_none() -> None:
    assert parse_number("9" * 400 + " trillion") is None


QUALS = {"": "exact", "about ": "approx", "roughly ": "approx", "more than ": "at_least", "at least ": "at_least",
         "nearly ": "at_most", "up to ": "at_most", "fewer than ": "at_most"}
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
MULTS = {"": 1.0, " million": 1e6, " billion": 1e9, "bn": 1e9, " trillion": 1e12}


def grouped(n: int) -> str:
    return f"{n:,}"


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=10**12),
    frac=st.sampled_from(["", ".5", ".25", ".75"]),
    qual=st.sampled_from(sorted(QUALS)),
    cur=st.sampled_from(sorted(CURRENCIES)),
    mult=st.sampled_from(sorted(MULTS)),
)
def test_money_round_trip(n, frac, qual, cur, mult) -> None:
    number = (grouped(n) if n % 2 else str(n)) + frac
    assume((n + 1) * MULTS[mult] <= 1e18)  # larger amounts are garbage by contract (test_implausible_amounts...)
    text = f"Officials said {qual}{cur}{number}{mult} was spent."
    figs = extract_figures(text)
    assert len(figs) == 1, (text, figs)
    f = figs[0]
    expected = float(str(n) + frac) * MULTS[mult]
    assert f["value"] == pytest.approx(expected, rel=1e-9)
    assert (f["kind"], f["currency"], f["qualifier"]) == ("money", CURRENCIES[cur], QUALS[qual])
    assert f["text"] == f"{qual}{cur}{number}{mult}"


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999), qual=st.sampled_from(sorted(QUALS)))
def test_number_words_round_trip(n, qual) -> None:
    text = f"Reports say {qual}{words_for(n)} soldiers were there."
    figs = extract_figures(text)
    assert len(figs) == 1, (text, figs)
    f = figs[0]
    assert (f["value"], f["kind"], f["qualifier"], f["subject"]) == (float(n), "count", QUALS[qual], "soldiers")


@settings(max_examples=200, deadline=None)
@given(
    lo=st.integers(min_value=1, max_value=10**6),
    width=st.integers(min_value=1, max_value=10**6),
    unit=st.sampled_from(["%", " percent", " km", " tonnes", " years"]),
    form=st.sampled_from(["between {a} and {b}{u}", "{a} to {b}{u}", "{a}-{b}{u}"]),
)
def test_range_round_trip(lo, width, unit, form) -> None:
    hi = lo + width
    body = form.format(a=grouped(lo), b=grouped(hi), u=unit)
    figs = extract_figures(f"Estimates put it at {body}, officials said.")
    assert len(figs) == 1, (body, figs)
    f = figs[0]
    assert (f["qualifier"], f["value"], f["low"], f["high"]) == ("range", None, float(lo), float(hi))


def test_implausible_amounts_are_not_published() -> None:
    assert extract_figures("a fund of $5,000,000 trillion") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text) -> None:
    figs = extract_figures(text)
    assert all(a["end"] <= b["start"] for a, b in pairwise(figs))
    for f in figs:
        assert text[f["start"] : f["end"]] == f["text"]
        assert all(f[k] is None or math.isfinite(f[k]) for k in ("value", "low", "high"))
