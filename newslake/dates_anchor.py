"""Dates that count from another date: anaphora ("two days later", "the previous session") and fiscal years."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_F = re.IGNORECASE
# the month a country's fiscal year starts in, from words that place the story; the first cue in the text wins
_FISCAL_CUES = [
    (re.compile(r"\b(?:India|Indian|rupees?|Rs\.?|Japan|Japanese|yen|Britain|British|UK|U\.K\.|England|"
                r"Canada|Canadian|Hong\s+Kong|Singapore)\b|£"), 4),
    (re.compile(r"\b(?:Australia|Australian|Pakistan|Egypt|Egyptian)\b"), 7),
    (re.compile(r"\b(?:U\.S\.|US|United\s+States|American|Congress|Pentagon|federal\s+government)\b"), 10),
]


def month_end(y: int, m: int) -> date:
    """Last day of month m of year y."""
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    """The first of the month n months after d's month."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, 1)


def fiscal_start_month(text: str) -> int | None:
    """Month the fiscal year starts in for the country the text is about (April for India/Japan/UK, ...)."""
    hits = [(m.start(), month) for rx, month in _FISCAL_CUES if (m := rx.search(text))]
    return min(hits)[1] if hits else None


def fiscal_year(start_year: int, start_month: int) -> tuple[date, date]:
    """The twelve months from start_month of start_year."""
    first = date(start_year, start_month, 1)
    return first, add_months(first, 12) - timedelta(days=1)


def current_fiscal_start(pub: date, start_month: int) -> int:
    """Calendar year in which the fiscal year containing pub began."""
    return pub.year if pub.month >= start_month else pub.year - 1


def months_ending(last: date, n: int, exact_day: bool) -> tuple[date, date]:
    """n months ending on last (a day) or with last's month (exact_day False)."""
    if exact_day and last != month_end(last.year, last.month):
        first = add_months(last, -n + 1) - timedelta(days=1)  # the day after the same day n months before
        return (first.replace(day=min(last.day, calendar.monthrange(first.year, first.month)[1]))
                + timedelta(days=1), last)
    return add_months(last, -n + 1), month_end(last.year, last.month)  # "to June 30": April 1 to June 30


def shift(anchor: date, n: int, unit: str) -> tuple[date, date]:
    """anchor moved n days or weeks (a day), or to the week/month n steps from anchor's (the whole period)."""
    if unit == "day":
        d = anchor + timedelta(days=n)
        return d, d
    if unit == "session":  # trading sessions skip weekends
        d = anchor + timedelta(days=n)
        while d.weekday() >= 5:
            d += timedelta(days=1 if n > 0 else -1)
        return d, d
    if unit == "weeks":
        d = anchor + timedelta(weeks=n)
        return d, d
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=n)
        return monday, monday + timedelta(days=6)
    first = add_months(anchor, n)
    return first, month_end(first.year, first.month)
