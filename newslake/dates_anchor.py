"""Dates that count from another date or a calendar rule: anaphora ("two days later"), fiscal years, weeks of a
month, moving feasts, and the year a month without one falls in."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter
from hijridate import Gregorian, Hijri

from newslake.dates_patterns import MONTHS, _parts
from newslake.numbers import parse_words

_F = re.IGNORECASE
# the month a country's fiscal year starts in, from words that place the story; the first cue in the text wins
_FISCAL_CUES = [
    # (abbreviations ending in a dot sit outside the \b...\b group: no word boundary follows "U.K. ")
    (re.compile(r"\b(?:India|Indian|rupees?|Japan|Japanese|yen|Britain|British|UK|England|"
                r"Canada|Canadian|Hong\s+Kong|Singapore)\b|\bRs\b|\bU\.K\.|£"), 4),
    (re.compile(r"\b(?:Australia|Australian|Pakistan|Egypt|Egyptian)\b"), 7),
    (re.compile(r"\b(?:US|United\s+States|American|Congress|Pentagon|federal\s+government)\b|\bU\.S\."), 10),
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


_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|budgets?|FY)\b", _F)
# a government's fiscal year, not a company's (whose calendar the text rarely gives)
_PUBLIC_FINANCE = re.compile(
    r"\b(?:government|federal|Congress|Pentagon|Treasury|budget|appropriations?|deficit|humanitarian|ministry|"
    r"department|agency|taxpayers?)\b", _F
)


def _month_num(s: str) -> int:
    return MONTHS[s.lower()[:3]]


def _year_for(month: int, day: int | None, pub: date | None, tense: str) -> int | None:
    """Year of a month (and day) given without one: next occurrence if future, last if past, else nearest."""
    if pub is None:
        return None
    key, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if tense == "future":
        return pub.year + (0 if key >= now else 1)
    if tense == "past":
        return pub.year - (1 if key > now else 0)
    diff = month - pub.month
    return pub.year - 1 if diff > 6 else pub.year + 1 if diff < -6 else pub.year


def _week_of(m: re.Match[str], pub: date | None, tense: str) -> tuple[date, date] | None:
    """'the second week of December' = days 8-14 ('the last week': its last 7 days); 'the week of December 2'
    = the Monday-Sunday week holding that day."""
    g = m.group
    month = _month_num(g("wk_m") or g("wk_m2"))
    day = int(re.match(r"\d+", g("wk_d")).group()) if g("wk_d") else None
    y_text = g("wk_y") or g("wk_y2")
    y = int(y_text) if y_text else _year_for(month, day, pub, tense)
    if y is None:
        return None
    if day is not None:
        d = date(y, month, day)
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    n = g("wk_n").lower()
    if n in ("last", "final"):
        end = month_end(y, month)
        return end - timedelta(days=6), end
    k = ["first", "second", "third", "fourth"].index(n)
    return date(y, month, 7 * k + 1), date(y, month, 7 * k + 7)


def _fiscal_span(m: re.Match[str], pub: date | None, tense: str) -> tuple[date, date] | None:
    """'the year to March 31' / 'the three months to March' end there; 'the year starting April 1' starts there."""
    p = "nm" if m.group("nm") else "fs"
    g = _parts(m, p).group
    month = _month_num(g(f"{p}_m"))
    day_text = g(f"{p}_d") or g(f"{p}_d1")
    day = int(re.match(r"\d+", day_text).group()) if day_text else None
    y = int(g(f"{p}_y")) if g(f"{p}_y") else _year_for(month, day, pub, tense)
    if y is None:
        return None
    if p == "fs":
        first = date(y, month, day or 1)
        return first, add_months(first, 12) - timedelta(days=1) + timedelta(days=(day or 1) - 1)
    weeks = 1 if (g("nm_q") or "").lower() == "week" else (
        int(g("nm_n")) if g("nm_n").isdigit() else int(parse_words(g("nm_n").lower()) or 0)
    ) if (g("nm_u") or "").lower() == "weeks" else 0
    if weeks:  # "the week to Nov. 15", "the five weeks to January 4": the 7n days ending then
        last = date(y, month, day) if day else month_end(y, month)
        return last - timedelta(days=7 * weeks - 1), last
    n = (
        int(parse_words(g("nm_n").lower()) or 0)
        if g("nm_n") and not g("nm_n").isdigit()
        else int(g("nm_n") or {"quarter": 3, "half": 6}.get((g("nm_q") or "").lower(), 12))
    )
    years = (g("nm_u") or "").lower() == "years"
    if not 1 <= n <= (10 if years else 24):
        return None
    n *= 12 if years else 1  # "the five years to March 2030": April 2025 to March 2030
    return months_ending(date(y, month, day or 1), n, day is not None)


def _fiscal_named(m: re.Match[str], text: str, pub: date | None) -> tuple[date, date] | None:
    """'this/next fiscal year' and '2024-25' (next to fiscal/budget words), by the country's fiscal calendar."""
    g = m.group
    start_month = fiscal_start_month(text)
    if g("fyn"):  # "fiscal year 2022" ends in 2022 where the year starts in July or October
        y = int(g("fyn_y") or g("fyn_y2"))
        if start_month not in (7, 10) or not _PUBLIC_FINANCE.search(text):
            # April calendars name the year either way (Japan's starts, India's ends in it) and a company's
            # calendar is its own: "fiscal 2025" keeps the year a bare year would give (the dev gold), "FY2025"
            # (never read as a year before) gives nothing
            return None if g("fyn_y2") else (date(y, 1, 1), date(y, 12, 31))
        return fiscal_year(y - 1, start_month)
    if start_month is None or start_month == 1:
        return None
    if g("fyy"):
        a, b = int(_parts(m, "fyy").group("fyy_a")), int(_parts(m, "fyy").group("fyy_b"))
        return fiscal_year(a, start_month) if (a + 1) % 100 == b else None
    if pub is None:
        return None
    w = re.sub(r"\s+", " ", _parts(m, "fr").group("fr_w").lower()).removeprefix("the ")
    step = {"next": 1, "coming": 1, "new": 1, "last": -1, "previous": -1}.get(w, 0)
    return fiscal_year(current_fiscal_start(pub, start_month) + step, start_month)


def _anaphora(m: re.Match[str], text: str, pub: date | None, anchor: date | None) -> tuple[date, date] | None:
    """'a day earlier', 'the following week', 'overnight': counted from the last day named, else publication."""
    base = anchor or pub
    if base is None or m.group("ana") and _parts(m, "ana").group("ana_ev") and anchor is None:
        return None  # "two days after the attack" with no day named before it: the event's date is unknown
    if m.group("on"):  # the night after the day named in this sentence, else the night before publication
        return (base, base + timedelta(days=1)) if anchor else (base - timedelta(days=1), base)
    g = _parts(m, "ana").group
    if g("ana_n"):
        n_text = g("ana_n").lower()
        n = 1 if n_text in ("a", "an") else int(n_text) if n_text.isdigit() else int(parse_words(n_text) or 0)
        sign = -1 if (g("ana_d") or g("ana_d2")).lower() in ("earlier", "before") else 1
        unit = "day" if g("ana_u").lower() == "day" else "weeks"
        return shift(base, sign * n, unit)
    if g("ana_l"):
        return shift(base, 0, "day")
    word = (g("ana_w") or ("next" if g("ana_u3") else g("ana_d4"))).lower()
    sign = -1 if word in ("previous", "prior", "before") else 0 if word == "same" else 1
    unit = (g("ana_u2") or g("ana_u3") or g("ana_u4")).lower()
    unit = unit if unit in ("session", "week", "month") else "day"
    return shift(base, sign, unit)


def _fiscal_months(text: str, pub: date | None, last_year: bool, first: bool, n_text: str) -> tuple[date, date] | None:
    """'the first five months of the financial year': counted from the start of the country's fiscal year."""
    start_month = fiscal_start_month(text)
    n = int(n_text) if n_text.isdigit() else int(parse_words(n_text.lower()) or 0)
    if pub is None or start_month is None or not 0 < n < 12:
        return None
    begin, end = fiscal_year(current_fiscal_start(pub, start_month) - last_year, start_month)
    return (begin, add_months(begin, n) - timedelta(days=1)) if first else (add_months(end, 1 - n), end)


def _occurrence(day_in: Callable[[int], date], pub: date, tense: str) -> date:
    """A moving feast's date: the next one if future, the last one if past, else the nearest to publication."""
    days = [day_in(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "future":
        return next(d for d in days if d >= pub)
    if tense == "past":
        return [d for d in days if d <= pub][-1]
    return min(days, key=lambda d: abs((d - pub).days))


_FIXED_FEASTS = {
    "boxing day": (12, 26), "st patrick's day": (3, 17), "juneteenth": (6, 19), "veterans day": (11, 11),
    "veterans' day": (11, 11),
}


def _islamic(n: str, pub: date, tense: str) -> tuple[date, date]:
    """Ramadan (the whole month), Eid al-Fitr (1 Shawwal), Eid al-Adha (10 Dhu al-Hijjah), by the Umm al-Qura
    calendar: the next if future, the last begun if past, else the nearest (the current one during it)."""
    hy = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    month, day = (9, 1) if n == "ramadan" else (10, 1) if n.endswith("fitr") else (12, 10)
    spans = []
    for y in (hy - 1, hy, hy + 1):
        first = Hijri(y, month, day)
        last = Hijri(y, month, first.month_length()) if n == "ramadan" else first
        spans.append((date(*first.to_gregorian().datetuple()), date(*last.to_gregorian().datetuple())))
    if tense == "future":
        return next(s for s in spans if s[1] >= pub)
    if tense == "past":
        return [s for s in spans if s[0] <= pub][-1]
    return min(spans, key=lambda s: 0 if s[0] <= pub <= s[1] else min(abs((s[0] - pub).days), abs((s[1] - pub).days)))


def _holiday(name: str, pub: date, tense: str) -> tuple[date, date]:
    """Christmas, New Year's, Thanksgiving (fourth Thursday of November), Halloween, Valentine's Day, Easter,
    Boxing Day, St Patrick's Day, Juneteenth, Veterans Day, Labor Day and Memorial Day (US), Ramadan, the Eids."""
    n = re.sub(r"\s+", " ", name.lower()).replace("’", "'")
    if n == "ramadan" or n.startswith("eid"):
        return _islamic(n, pub, tense)
    if n.startswith("easter") or n == "good friday":
        shift = -2 if n == "good friday" else 1 if n == "easter monday" else 0
        d = _occurrence(lambda y: easter(y) + timedelta(days=shift), pub, tense)
        return d, d
    if n.startswith("thanksgiving") or n in ("black friday", "cyber monday"):  # the fourth Thursday of November
        after = {"black friday": 1, "cyber monday": 4}.get(n, 0)
        d = _occurrence(lambda y: date(y, 11, 1) + timedelta(days=(3 - date(y, 11, 1).weekday()) % 7 + 21 + after),
                        pub, tense)
        return d, d
    if n == "labor day":  # the first Monday of September (US)
        d = _occurrence(lambda y: date(y, 9, 1) + timedelta(days=-date(y, 9, 1).weekday() % 7), pub, tense)
        return d, d
    if n == "memorial day":  # the last Monday of May (US)
        d = _occurrence(lambda y: date(y, 5, 31) - timedelta(days=date(y, 5, 31).weekday()), pub, tense)
        return d, d
    fixed = _FIXED_FEASTS.get(n.replace("saint", "st").replace("st.", "st"))
    if fixed:
        d = _occurrence(lambda y: date(y, *fixed), pub, tense)
        return d, d
    month, day = (
        (12, 24)
        if n == "christmas eve"
        else (12, 25)
        if n.startswith("christmas")
        else (
            (12, 31)
            if n == "new year's eve"
            else (1, 1)
            if n.startswith("new year")
            else (10, 31)
            if n == "halloween"
            else (2, 14)
        )
    )
    d = date(_year_for(month, day, pub, tense) or pub.year, month, day)
    return d, d
