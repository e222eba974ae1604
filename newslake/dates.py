"""Date expressions in news text, resolved to inclusive calendar intervals against the publication time."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from newslake.dates_anchor import (
    _FISCAL_WORD,
    _anaphora,
    _fiscal_months,
    _fiscal_named,
    _fiscal_span,
    _holiday,
    _month_num,
    _week_of,
    _year_for,
    add_months,
    months_ending,
)
from newslake.dates_patterns import (
    _DATE_RE,
    _F,
    _FALL_NOUN,
    _FROM,
    _MON,
    _NAME_BEFORE,
    _PAST,
    _SINCE,
    _TO_AFTER,
    _UNTIL,
    _WINDOW,
    _YEAR,
    SEASONS,
    WEEKDAYS,
    _parts,
)
from newslake.dates_tense import (
    _ATTRIBUTED,
    _SENTENCE_END,
    _SIMPLE_PAST,
    _SOON_DAYS,
    _sentence_left,
    _tense,
    _tense_cue,
)
from newslake.numbers import NUMBER_WORDS, parse_words

MIN_YEAR, MAX_YEAR = 1000, 2500
MAX_SPAN = 200
MAX_SENTENCE = 400  # characters: an anchor further back than this is in another sentence (keeps scans linear)
MAX_YEAR_RANGE = 150  # "1991-2020" is one span of years; "1850-2100" too, "1200-2024" is something else


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _quarter_year(idx: int, pub: date, tense: str, reported: bool = False, months: int = 3) -> int:
    """Year of 'the third quarter': the nearest such quarter, the next one if future, the last if past.

    reported: the quarter's results are meant ("will report fourth-quarter results", published in January),
    so a future tense may still name a quarter that ended up to 100 days before publication.
    """

    def bounds(y: int) -> tuple[date, date]:
        return date(y, months * (idx - 1) + 1, 1), _month_end(y, months * idx)

    years = [pub.year - 1, pub.year, pub.year + 1]
    if tense == "future":
        return next(y for y in years if bounds(y)[1] + timedelta(days=100 if reported else 0) >= pub)
    if tense == "past":
        return [y for y in years if bounds(y)[0] <= pub][-1]
    return min(years, key=lambda y: abs((bounds(y)[0] + (bounds(y)[1] - bounds(y)[0]) / 2 - pub).days))


def _part(part: str | None, first: date, last: date, span_kind: str) -> tuple[date, date]:
    """early/mid/late/end-of a month or a year, under the project conventions."""
    if not part:
        return first, last
    p = re.sub(r"\s+", " ", part.lower())
    if span_kind == "month":
        if p == "early" or "beginning" in p or "start" in p:
            return first, first.replace(day=10)
        if p == "mid" or "middle" in p:
            return first.replace(day=11), first.replace(day=20)
        if p == "late":
            return first.replace(day=21), last
        return last, last  # the end of October
    y = first.year
    if p == "early" or "beginning" in p or "start" in p:
        return date(y, 1, 1), date(y, 4, 30)
    if p == "mid" or "middle" in p:
        return date(y, 5, 1), date(y, 8, 31)
    if p == "late":
        return date(y, 9, 1), date(y, 12, 31)
    return date(y, 12, 31), date(y, 12, 31)


def _weekday(day: int, word: str, pub: date | None, future: bool, past: bool = False) -> tuple[date, date] | None:
    """'Thursday' -> most recent Thursday on or before publication, or the next one if future/'next'."""
    if pub is None:
        return None
    w = (word or "").lower()
    back = (pub.weekday() - day) % 7
    if w == "next":
        d = pub - timedelta(days=pub.weekday()) + timedelta(days=7 + day)  # "next Friday": next week's
    elif w == "this":  # "this Friday": this week's, or last week's when the tense is past and it is still to come
        d = pub - timedelta(days=pub.weekday()) + timedelta(days=day)
        d -= timedelta(days=7) if d > pub and not future and past else timedelta(0)
    elif future and w not in ("last", "past"):
        d = pub + timedelta(days=(day - pub.weekday()) % 7)
    elif w in ("last", "past"):
        d = pub - timedelta(days=back or 7)
    else:
        d = pub - timedelta(days=back)
    return d, d


def _period(
    word: str, unit: str, pub: date | None, future: bool, past: bool = False
) -> tuple[date, date] | None:
    """this/last/next week, month, year, weekend or season."""
    if pub is None:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    step = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1}.get(w, 0)
    u = unit.lower()
    if u == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if u == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return date(y, m + 1, 1), _month_end(y, m + 1)
    if u == "year":
        return date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
    if u == "weekend":
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        # "this weekend" on a weekday is the coming one unless the tense is past ("had a busy weekend")
        if step > 0 or (step == 0 and pub.weekday() < 5 and (future or w == "this" and not past)):
            sat += timedelta(days=7)
        elif step < 0 and pub.weekday() >= 5:
            sat -= timedelta(days=7)
        return sat, sat + timedelta(days=1)
    return _season(u, step, pub, past, future)


def _season(name: str, step: int, pub: date, past: bool, future: bool = False) -> tuple[date, date]:
    """'last spring' = the latest spring that has ended; 'next' = the first one not yet begun; else current
    (else the last one ended, or the coming one when the tense looks ahead or it begins this year)."""
    first_m, last_m = SEASONS[name]

    def span(y: int) -> tuple[date, date]:  # the season starting in year y (winter runs into y + 1)
        return date(y, first_m, 1), _month_end(y + 1 if first_m > last_m else y, last_m)

    years = range(pub.year - 2, pub.year + 2)
    if step < 0:
        return span(max(y for y in years if span(y)[1] < pub))
    if step > 0:
        return span(min(y for y in years if span(y)[0] > pub))
    current = [y for y in years if span(y)[0] <= pub <= span(y)[1]]
    if current:
        return span(current[0])
    ended = max(y for y in years if span(y)[1] < pub)
    upcoming = min(y for y in years if span(y)[0] > pub)
    return span(ended if past else upcoming if future or span(upcoming)[0].year == pub.year else ended)


def _resolve(
    m: re.Match[str], text: str, pub: date | None, anchor: date | None = None, last_year: int | None = None,
    last_span: tuple[date, date] | None = None,
) -> tuple[date, date] | None:
    """Interval for one date match, or None; anchor = the last single day named, last_year = the last year,
    last_span = the last period shorter than a year named."""
    g = m.group
    needs_tense = pub is not None and (
        g("wd")
        or g("per")
        or g("tw")
        or g("pw")
        or g("hol")
        or g("fs")
        or g("nm")
        or (g("wk") and not (g("wk_y") or g("wk_y2")))
        or (g("mr") and not g("mr_y"))
        or g("mq")
        or (g("nw") and not g("nw_y"))
        or ((g("md") or g("dm") or g("mon")) and not (g("md_y") or g("dm_y") or g("mon_y")))
    )
    tense = _tense_cue(text, m.start(), m.end()) if needs_tense else ""
    if tense in ("perfect", "") and g("wd") and not g("wd_w") and _FOR_BEFORE.search(
            text, max(0, m.start() - 8), m.start()):
        tense = "future"  # "unions have called a strike for Tuesday": a day something is planned for
    if tense == "perfect":
        # a present perfect takes no date of its own ("has planned a party on January 11", published December
        # 28; "have issued a warning for Christmas Eve"): a day soon to come is that day, else it is past
        soon = _next_day(m, pub)
        tense = "future" if soon is not None and (soon - pub).days <= _SOON_DAYS else "past"
    if not tense and g("wd") and _UNTIL.search(text, max(0, m.start() - 30), m.start()) and not _SIMPLE_PAST.search(
            text, max(0, m.start() - _WINDOW), m.start()):
        tense = "future"  # "the warning runs until 18:00 on Saturday": a day still to come
    if tense == "past" and g("mon") and not (g("mon_w") or g("mon_y") or g("mon_p")) and _DECIDED_FOR.search(
            text, max(0, m.start() - 140), m.start()) and 0 < (_month_num(g("mon_m")) - pub.month) % 12 <= 3:
        tense = "future"  # "OPEC+ weighed an output rise for November" (in October): the month it is planned for
    if (g("mon") or g("md") or g("dm") or g("nm")) and (_STATISTICS_FOR.search(
            text, max(0, m.start() - 30), m.start()) or g("mon") and _STATISTICS_AFTER.match(text, m.end())):
        tense = "past"  # "official figures for December will be published": the figures describe a past month
    if (g("md") or g("dm") or g("mon")) and (_BACKDATED_AFTER.match(text, m.end()) or _BACKDATED_BEFORE.search(
            text, max(0, m.start() - 16), m.start())):
        tense = "past"  # "a 4% rise from April, backdated" (published in May): this April
    if (g("md") or g("dm") or g("mon")) and _RECORD_OF.search(text, max(0, m.start() - 40), m.start()):
        tense = "past"  # "minutes of the Fed's March 18-19 meeting are due": the meeting is over
    if (g("md") or g("dm")) and _EVENT_AFTER.match(text, m.end()) and _THE_BEFORE.search(
            text, max(0, m.start() - 4), m.start()):
        tense = "past"  # "the June 12 crash": a date naming an event names one that has happened
        since = _YEARS_SINCE.search(text, max(0, m.start() - 40), m.start())
        if since and pub is not None and not (g("md_y") or g("dm_y")):
            n = int(since.group("n")) if since.group("n").isdigit() else parse_words(since.group("n").lower())
            kind = "md" if g("md") else "dm"
            month, day = _month_num(g(f"{kind}_m")), int(re.match(r"\d+", g(f"{kind}_d")).group())
            if n and 0 < n < 200 and _valid_day(pub.year, month, day) and not g(f"{kind}_d2"):
                y = int(pub.year - n - ((month, day) > (pub.month, pub.day)))  # "two years since the October 7 attack"
                return date(y, month, day), date(y, month, day)
    if tense == "past" and (g("md") or g("dm") or g("mon")) and _FIXED_FOR.search(text, max(0, m.start() - 30), m.start()):
        tense = "future"  # "the trial was provisionally fixed for 2 March": the day it is set for
    if not tense and _BY_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not _PAST.search(
            _sentence_left(text, m.start())[-_WINDOW:]) and not _POSSESSIVE_AFTER.match(text, m.end()):
        # "It was 100% contained by Tuesday night" stays past; "driven by Tuesday's data" is no deadline
        tense = "future"  # "a cold front brings relief by the weekend": a deadline with no tense looks ahead
    future = tense == "future"
    if g("nm") or g("fs"):
        return _fiscal_span(m, pub, tense)
    if g("fr") or g("fyy") or g("fyn"):
        return _fiscal_named(m, text, pub)
    if g("nw"):
        month = _month_num(g("nw_m"))
        y = int(g("nw_y")) if g("nw_y") else _year_for(month, None, pub, tense)
        if y is None:
            return None
        wd = WEEKDAYS[g("nw_d").lower()]
        if g("nw_n").lower() == "last":
            last = _month_end(y, month)
            d = last - timedelta(days=(last.weekday() - wd) % 7)
        else:
            first = date(y, month, 1)
            d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * ["first", "second", "third", "fourth"].index(
                g("nw_n").lower()))
        return d, d
    if g("mq"):
        month = _month_num(g("mq_m"))
        y = _year_for(month, None, pub, tense)
        return months_ending(_month_end(y, month), 3, False) if y else None
    if g("mr"):
        a, b = _month_num(g("mr_a")), _month_num(g("mr_b"))
        y = int(g("mr_y")) if g("mr_y") else (
            pub.year if pub is not None and a <= pub.month <= b else _year_for(b, None, pub, tense))
        if y is None:
            return None
        return date(y if a <= b else y - 1, a, 1), _month_end(y, b)
    if g("sp"):
        return _same_period(_parts(m, "sp").group("sp_y"), pub, last_span)
    if g("yrr"):
        a, b = int(g("yrr_a")), int(g("yrr_b"))
        return (date(a, 1, 1), date(b, 12, 31)) if a < b <= a + MAX_YEAR_RANGE else None
    if g("iso"):
        d = date(int(g("iy")), int(g("im")), int(g("id")))
        return d, d
    for kind in ("md", "dm"):
        if g(kind):
            month = _month_num(g(f"{kind}_m"))
            day = int(re.match(r"\d+", g(f"{kind}_d")).group())
            y = int(g(f"{kind}_y")) if g(f"{kind}_y") else _year_for(month, day, pub, tense)
            if y is None:
                return None
            if tense == "past" and not g(f"{kind}_y") and _FROM.search(text, max(0, m.start() - 8), m.start()) and (
                    _valid_day(y + 1, month, day) and 0 < (date(y + 1, month, day) - pub).days <= 30):
                y += 1  # "offered discounts from July 1" (published June 24): a start still to come
            if (
                tense == "future"
                and not g(f"{kind}_y")
                and _FROM.search(text, max(0, m.start() - 8), m.start())
                and _TO_AFTER.match(text, m.end())
                and (month, day) != (2, 29)
                and 0 <= (pub - date(y - 1, month, day)).days <= 60
            ):
                y -= 1  # "is to run from January 23 through March 9" (published Jan 28): already running
            named = _WEEKDAY_FIRST.match(g(kind))
            if named and not g(f"{kind}_y") and pub is not None:  # "Friday, September 12": the year it is a Friday
                wd = WEEKDAYS[named.group(1).lower()]
                fits = [c for c in (y, y - 1, y + 1) if _valid_day(c, month, day) and date(c, month, day).weekday() == wd]
                y = fits[0] if fits else y
            d1 = date(y, month, day)
            d2 = date(y, month, int(re.match(r"\d+", g(f"{kind}_d2")).group())) if g(f"{kind}_d2") else d1
            return (d1, d2) if d2 >= d1 else None
    if g("q"):
        if _fiscal_quarter(text, m):
            ended = _QUARTER_ENDED.match(text, m.end())
            if ended is None or pub is None:
                return None  # a company's fiscal quarter: its calendar is unknown
            day = int(re.match(r"\d+", ended.group("d")).group())
            month = _month_num(ended.group("m"))
            y = int(ended.group("y")) if ended.group("y") else _year_for(month, day, pub, "past")
            return months_ending(date(y, month, day), 3, True) if y else None
        n = g("q_n2") or g("q_n5") or g("q_n")
        idx = (
            int(n)
            if n.isdigit()
            else {"fi": 1, "1s": 1, "se": 2, "2n": 2, "th": 3, "3r": 3}.get(n[:2].lower(), 4)
        )
        if g("q_y") or g("q_y2") or g("q_y3") or g("q_y5"):
            y = int(g("q_y") or g("q_y2") or g("q_y3") or g("q_y5"))
        elif (g("q_w") or g("q_w2")) and pub is not None:  # "last year's fourth quarter"
            y = pub.year + {"last": -1, "next": 1}.get((g("q_w") or g("q_w2")).lower(), 0)
        elif pub is None:
            return None
        else:
            reported = bool(_RESULTS_AFTER.match(text, m.end()) or _STATISTICS_FOR.search(text, max(0, m.start() - 30), m.start()))
            y = _quarter_year(idx, pub, _tense(text, m.start(), m.end()), reported)
        return date(y, 3 * idx - 2, 1), _month_end(y, 3 * idx)
    if g("fm"):
        if not g("fm_y") and pub is None:
            return None
        if g("fm_f"):  # "the first five months of the financial year": by the country's fiscal calendar
            return _fiscal_months(text, pub, g("fm_t").lower() == "last", g("fm_w").lower() == "first", g("fm_n"))
        y = int(g("fm_y")) if g("fm_y") else pub.year - (g("fm_t").lower() == "last")
        n = int(g("fm_n")) if g("fm_n").isdigit() else parse_words(g("fm_n").lower())
        if n is None:
            return None
        n = int(n)
        first, last = (
            (date(y, 1, 1), _month_end(y, n))
            if g("fm_w").lower() == "first"
            else (date(y, 13 - n, 1), date(y, 12, 31))
        )
        if (g("fm_t") or "").lower() == "the" and first > pub:
            first, last = (
                first.replace(year=y - 1),
                last.replace(year=y - 1),
            )  # "the year": the one reported on
        return first, last
    if g("h"):
        if g("h_y") or g("h_y2") or g("h_y3"):
            y = int(g("h_y") or g("h_y2") or g("h_y3"))
        elif pub is None:
            return None
        elif g("h_n6") or g("h_n7"):  # "in the second half", "H2": the half the tense points to
            idx = 2 if (g("h_n6") or "").lower() == "second" or g("h_n7") == "2" else 1
            y = _quarter_year(idx, pub, _tense(text, m.start(), m.end()), months=6)
        elif g("h_n4"):
            idx = 1 if g("h_n4").lower() == "first" else 2
            tense = _tense(text, m.start(), m.end())
            if tense == "future":
                y = _quarter_year(idx, pub, tense, True, months=6)
            else:  # results are reported after the half ends: the last one ended by publication
                y = pub.year if _month_end(pub.year, 6 * idx) <= pub else pub.year - 1
        else:
            y = pub.year + {"last": -1, "next": 1}.get((g("h_w") or g("h_w2")).lower(), 0)
        first_half = (g("h_n") or g("h_n2") or g("h_n4") or g("h_n6") or "").lower() == "first" or (
            g("h_n3") or g("h_n7")) == "1"
        return (date(y, 1, 1), date(y, 6, 30)) if first_half else (date(y, 7, 1), date(y, 12, 31))
    if g("mon"):
        month = _month_num(g("mon_m"))
        w = (g("mon_w") or "").lower()
        if w and pub is not None and not g("mon_y"):  # "last August": the latest August before this month
            y = pub.year + (
                1 if w == "next" and month <= pub.month else -1 if w == "last" and month >= pub.month else 0
            )
            if w == "this" and (tense == "past" and month > pub.month or tense == "future" and month < pub.month):
                y += 1 if tense == "future" else -1  # "sales rose this December", published in January
            return date(y, month, 1), _month_end(y, month)
        pair = None if g("mon_y") else _PAIRED_MONTH.match(text, m.end())
        if (
            pair and pub is not None
        ):  # "in April and May": both months of one stretch take the later one's year
            later = _month_num(pair.group(1))
            y2 = _year_for(later, None, pub, tense)
            y = y2 if month <= later else y2 - 1
        else:
            y = int(g("mon_y")) if g("mon_y") else _year_for(month, None, pub, tense)
        if y is None:
            return None
        return _part(g("mon_p"), date(y, month, 1), _month_end(y, month), "month")
    if g("dec"):
        y = int(g("dec_y"))
        p = (g("dec_p") or "").lower()
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(p, (0, 9))
        return date(y + lo, 1, 1), date(y + hi, 12, 31)
    if g("dw"):
        y = (
            1900
            + 10
            * [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ].index(g("dw_n").lower())
            + 20
        )
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((g("dw_p") or "").lower(), (0, 9))
        return date(y + lo, 1, 1), date(y + hi, 12, 31)
    if g("cent"):
        c = int(g("cent_n"))
        return date((c - 1) * 100 if c > 1 else 1, 1, 1), date((c - 1) * 100 + 99, 12, 31)
    if g("sy"):
        first_m, last_m = SEASONS[g("sy_s").lower()]
        y = int(g("sy_y"))
        return date(y, first_m, 1), _month_end(y + 1 if first_m > last_m else y, last_m)
    if g("yr"):
        y = int(g("yr_y"))
        return _part(g("yr_p"), date(y, 1, 1), date(y, 12, 31), "year")
    if pub is None:
        return None
    if g("on") and anchor and pub and anchor > pub and _tense(text, m.start(), m.end()) == "past":
        anchor = None  # "extended a warning until Sunday as fires forced evacuations overnight": not that night
    if g("ana") or g("on"):
        return _anaphora(m, text, pub, anchor)
    if g("rel"):
        r = re.sub(r"\s+", " ", g("rel").lower())
        d = pub + timedelta(days={"yesterday": -1, "tomorrow": 1, "last night": -1}.get(r, 0))
        return d, d
    if g("ago"):
        n_text = g("ago_n").lower()
        n = 1.0 if n_text in ("a", "an") else float(n_text) if n_text.isdigit() else parse_words(n_text)
        if n is None or n > 5000:
            return None
        u = g("ago_u").lower().rstrip("s")
        n = int(n)
        if u == "day":
            d = pub - timedelta(days=n)
            return d, d
        if u in ("week", "fortnight"):
            d = pub - timedelta(weeks=n * (2 if u == "fortnight" else 1))  # "a week ago": that day
            return d, d
        if u == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return date(y, mo + 1, 1), _month_end(y, mo + 1)
        y = pub.year - n * (10 if u == "decade" else 1)
        return (date(y, 1, 1), date(y, 12, 31)) if y >= 1 else None
    if g("ert"):
        u = g("ert_u").lower()
        first = {
            "week": pub - timedelta(days=pub.weekday()),
            "month": pub.replace(day=1),
            "year": pub.replace(month=1, day=1),
        }[u]
        last = {
            "week": first + timedelta(days=6),
            "month": _month_end(pub.year, pub.month),
            "year": date(pub.year, 12, 31),
        }[u]
        if g("ert_w").lower() == "earlier":
            return first, max(first, pub - timedelta(days=1))
        return min(last, pub + timedelta(days=1)), last
    if g("per"):
        return _period(g("per_w"), g("per_u"), pub, future, tense == "past")
    if g("tw"):
        return _period("the", g("tw_u"), pub, future, tense == "past")
    if g("pw") and g("pw_u").lower() != "week":  # "early next year", "late last month"
        first, last = _period(g("pw_w"), g("pw_u"), pub, future)
        return _part(g("pw_p"), first, last, g("pw_u").lower())
    if g("pw"):
        monday, _ = _period(g("pw_w"), "week", pub, future)
        lo, hi = {"early": (0, 2), "mid": (2, 3), "late": (3, 6)}[g("pw_p").lower()]
        return monday + timedelta(days=lo), monday + timedelta(days=hi)
    if g("fy"):
        if last_span is not None:  # "the fourth quarter ... for the full year": that quarter's year
            y = last_span[1].year
            if y < pub.year and _tense(text, m.start(), m.end()) == "future":
                y = pub.year  # "up from $123 billion in H1 2024 ... expects for the full year": this year
            return date(y, 1, 1), date(y, 12, 31)
        y = pub.year - 1 if pub.month <= 3 and _tense(text, m.start(), m.end()) != "future" else pub.year
        return date(y, 1, 1), date(y, 12, 31)
    if g("ye") and (g("ye_u") or "").lower() == "decade":  # "by the end of the decade": 2029-12-31 in the 2020s
        if (g("ye_p") or "").lower() != "end":
            return None
        y = pub.year // 10 * 10 + 9 + 10 * {"next": 1, "last": -1}.get(g("ye_w").lower(), 0)
        return date(y, 12, 31), date(y, 12, 31)
    if g("ye") and (g("ye_p") or "end").lower() != "end":  # "the start of the year": early, by convention
        first, last = _period(g("ye_w") if g("ye_w").lower() != "the" else "this", g("ye_u"), pub, future)
        if g("ye_u").lower() == "week":
            return (first, first + timedelta(days=1)) if g("ye_p").lower() != "middle" else (
                first + timedelta(days=2), first + timedelta(days=3))
        return _part(g("ye_p"), first, last, g("ye_u").lower())
    if g("ye") and (g("ye_u") or "").lower() == "week":  # "by the end of the week": its Sunday
        _, last = _period(g("ye_w") if g("ye_w").lower() != "the" else "this", "week", pub, future)
        return last, last
    if g("wk"):
        return _week_of(m, pub, tense)
    if g("ye"):
        step = {"next": 1, "last": -1}.get((g("ye_w") or "").lower(), 0)
        if (g("ye_u") or "year").lower() == "year":
            d = date(pub.year + step, 12, 31)
        else:
            y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            d = _month_end(y, mo + 1)
        return d, d
    if g("yb"):
        if g("yb_next"):  # "the following year": after the last year the article named
            y = (_anchor_year(text, m.start(), None) or last_year or pub.year) + 1
        else:
            y = _anchor_year(text, m.start(), pub) - 1
        return date(y, 1, 1), date(y, 12, 31)
    if g("hol"):
        return _holiday(g("hol"), pub, tense)
    if g("wd"):
        day = WEEKDAYS[g("wd_d").lower()]
        if anchor and _THE_NEXT.search(text, max(0, m.start() - 4), m.start()) and (g("wd_w") or "").lower() in (
                "next", "following"):  # "the next Tuesday" after "on Saturday": the Tuesday after that day
            d = anchor + timedelta(days=(day - anchor.weekday()) % 7 or 7)
            return d, d
        return _weekday(day, "next" if (g("wd_w") or "").lower() == "following" else g("wd_w") or "", pub, future,
                        tense == "past")
    return None


def _same_period(year_text: str | None, pub: date | None, last_span: tuple[date, date] | None) -> (
        tuple[date, date] | None):
    """'the same period of 2023' / 'last year': the last period named moved to that year, else the whole year."""
    if last_span is None:
        if year_text is None and pub is None:
            return None
        y = int(year_text) if year_text else pub.year - 1
        return date(y, 1, 1), date(y, 12, 31)
    first, last = last_span
    step = int(year_text) - first.year if year_text else -1
    return _same_days_in((first, first), first.year + step)[0], _same_days_in((last, last), last.year + step)[1]


_FOR_BEFORE = re.compile(r"\bfor\s+$", _F)
_WEEK_ANAPHOR = re.compile(r"the\s+(?:(?:previous|prior|following)\s+week|week\s+(?:before|after))", _F)
_BEFORE_WORD = re.compile(r"\b(?:previous|prior|before)\b", _F)
# the minutes of a meeting are taken at it: the meeting is past
_RECORD_OF = re.compile(r"\bminutes\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.]+['’]s\s+)?$", _F)
_THE_BEFORE = re.compile(r"\bthe\s+$", _F)
_BACKDATED_AFTER = re.compile(r",?\s+backdated\b", _F)
_BACKDATED_BEFORE = re.compile(r"\bbackdated\s+to\s+$", _F)
_MONTH_WINDOW = re.compile(r"\s+(?:transfer\s+)?window\b", _F)  # "the January window" names a thing
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:terror|terrorist|militant|suicide|missile|drone|air|plane|train|cyber)\s+)?(?:attacks?|bombings?|"
    r"massacres?|riots?|raids?|uprising|invasion|assault|shootings?|killings?|coup|crash|disaster|tragedy|"
    r"explosion|blast|fire|earthquake|quake|floods?)\b", _F)
_YEARS_SINCE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{NUMBER_WORDS})\s+years?\s+(?:since|after|on\s+from)\s+(?:the\s+)?$", _F)
_BY_BEFORE = re.compile(r"\bby\s+$", _F)
_FIXED_FOR = re.compile(  # not "originally scheduled for February 22" (a date since moved)
    r"(?<!originally\s)(?<!initially\s)(?<!previously\s)"
    r"\b(?:fixed|set|scheduled|listed|planned|booked|slated|earmarked|pencilled\s+in|penciled\s+in)\s+for\s+$", _F)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# a half with no year is a company's or an economy's, not a match's: "a margin of 51% in the second half"
_MONEY_CONTEXT = re.compile(
    r"%|\bper\s*cent\b|\bpercent\b|[$€£¥]|\b(?:revenues?|sales|profits?|margins?|earnings|growth|economy|demand|"
    r"inflation|output|prices|losses|guidance|forecasts?|results|deliveries|shipments|orders|billion|million|rates?|"
    r"interest|investment|spending)\b", _F
)
# "tax receipts in 2029-30": public-finance words that make a 2029-30 a fiscal year (not "the 2025-26 season")
_FISCAL_CONTEXT = re.compile(r"\b(?:tax(?:es)?|borrowing|deficit|receipts|debt)\b", _F)
_PERIOD_BEFORE = re.compile(r"\b(?:past|last|previous|next|coming)\s+$", _F)
# a decision taken for a month: "weighed an output rise of up to 500,000 barrels per day for"
_DECIDED_FOR = re.compile(
    r"\b(?:weighed|considered|discussed|agreed|approved|decided|proposed|planned|scheduled|voted|announced|"
    r"unveiled|set)\b[^.;]{0,120}\bfor\s+$"
    # "OPEC+ agreed to raise output by 411,000 barrels per day in June": the month the decision is for
    r"|\b(?:agreed|decided|voted|planned|approved|proposed|pledged|promised)\s+to\s+[^.;]{0,100}\b(?:in|from)\s+$", _F
)
_WEEKDAY_FIRST = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _F)


def _valid_day(y: int, month: int, day: int) -> bool:
    """Whether year y has that month-day (February 29)."""
    return day <= calendar.monthrange(y, month)[1]
_STATISTICS_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:data|figures|statistics|numbers|readings?|payrolls|GDP|inflation|jobs\s+report)\b")
_STATISTICS_FOR = re.compile(
    r"\b(?:figures|data|statistics|numbers|readings?|results|sales|inflation|payrolls|reports?|orders|output|GDP|"
    r"earnings|profits?|revenues?)\s+(?:for|from)\s+$", _F
)
# "Fifty years ago on Wednesday", "50 years ago today": that day, N years back
_AGO_DAY = re.compile(r"\s+(?:on\s+)?(?:(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|today)\b", _F)


def _next_day(m: re.Match[str], pub: date) -> date | None:
    """The next occurrence (on or after pub) of the month-day or holiday m names without a year, else None."""
    g = m.group
    if g("hol"):
        return _holiday(g("hol"), pub, "future")[0]
    if g("wd") and not g("wd_w"):  # "has issued a warning from 6am on Sunday": a perfect names no past day
        return pub + timedelta(days=(WEEKDAYS[g("wd_d").lower()] - pub.weekday()) % 7)
    for kind in ("md", "dm"):
        if g(kind) and not g(f"{kind}_y"):
            month, day = _month_num(g(f"{kind}_m")), int(re.match(r"\d+", g(f"{kind}_d")).group())
            try:
                return date(_year_for(month, day, pub, "future"), month, day)
            except ValueError:  # "February 30"
                return None
    return None


_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial)[\s-]+(?:year\s+)?$", _F)
_FISCAL_AFTER = re.compile(r"\s+of\s+(?:its|the|their|our|this|last|next|the\s+company['’]s)\s+(?:fiscal|financial)\s+year"
                           r"|\s+of\s+(?:fiscal|FY)\s*\d", _F)
# "its fiscal first quarter, which ended March 30": the three months ending that day
_QUARTER_ENDED = re.compile(
    rf"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|through|to)\s+(?:on\s+)?(?P<m>{_MON})\.?\s+"
    rf"(?P<d>(?:[12][0-9]|3[01]|0?[1-9]))(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b", _F
)


def _event_anaphora(m: re.Match[str]) -> bool:
    """'two days after the attack': counted from an event, so left out when no day was named before it."""
    return bool(m.group("ana") and _parts(m, "ana").group("ana_ev"))


def _fiscal_quarter(text: str, m: re.Match[str]) -> bool:
    """'its fiscal first quarter', 'the second quarter of its fiscal year': a company's quarter, not the calendar's."""
    return bool(_FISCAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _FISCAL_AFTER.match(text, m.end()))


_RESULTS_AFTER = re.compile(
    r"[\s-]+(?:\w+\s+)?(?:results|earnings|profits?|revenues?|sales|figures|numbers|GDP|dividends?)\b", _F
)
_PAIRED_MONTH = re.compile(rf"\s+(?:and|or|to|through|until)\s+({_MON})(?!\s*\d)", _F)
_THE_NEXT = re.compile(r"\bthe\s+$", _F)
_WEEKDAY_PAIR = re.compile(r",?\s*(?:and|or|to|through|until|till|[-–])\s*", _F)


_YEAR_RE = re.compile(rf"(?<![\w-]){_YEAR}(?![\w])")


def _anchor_year(text: str, start: int, pub: date | None) -> int | None:
    """The year 'the year before' counts from: the last year named earlier in the sentence, else publication's."""
    left = max(0, start - 160)
    for b in _SENTENCE_END.finditer(text, left, start):
        left = b.end()
    years = _YEAR_RE.findall(text, left, start)
    return int(years[-1]) if years else pub.year if pub else None


def _span(m: re.Match[str]) -> tuple[int, int]:
    """Span without a leading 'on'/'this' preposition for weekdays."""
    if m.group("wd") and (m.group("wd_w") or "").lower() in ("on", "this"):
        return m.start("wd_d"), m.end()
    return m.start(), m.end()


def _publication_day(published_at: object) -> date | None:
    """The UTC calendar day of published_at (datetime, date or ISO string); None if it is none of those."""
    if isinstance(published_at, str):
        try:
            published_at = datetime.fromisoformat(published_at.strip())  # 3.11 reads a trailing Z
        except ValueError:
            return None
    if isinstance(published_at, datetime):
        if published_at.tzinfo is not None:
            published_at = published_at.astimezone(UTC)
        return published_at.date()
    return published_at if isinstance(published_at, date) else None


def extract_dates(text: str, published_at: datetime | date | str | None) -> list[dict]:
    """All date expressions in text with inclusive [date_start, date_end]; None where unresolvable."""
    pub = _publication_day(published_at)
    out: list[dict] = []
    anchor: tuple[date, int] | None = None  # the last single day resolved, and where its span ended
    last_year: int | None = None  # the year of the last date resolved within one calendar year
    last_span: tuple[date, date] | None = None  # the last period shorter than a year: "the first quarter"
    last_week: tuple[date, int] | None = None  # the Monday of the last Monday-Sunday week named, and its end
    named_half: tuple[date, date] | None = None  # "the six months to September 30": a company's half year
    prev_match: re.Match[str] | None = None  # the match of the last date appended
    skip_until = 0
    for m in _matches(text):
        month_word = m.group("mon_m") or m.group("md_m") or m.group("dm_m") or m.group("mr_a") or m.group("mq_m") or m.group("nw_m")
        if month_word and not month_word[0].isupper() or m.group("mr") and not m.group("mr_b")[0].isupper():
            continue
        if m.start() < skip_until:
            continue  # "last year" already read into "March last year"
        if m.group("mon") and not m.group("mon_y") and not m.group("mon_p") and not m.group("mon_w"):
            # "may" and "march" are also words: a bare month must be capitalised and not "May I"
            word = m.group("mon_m")
            if not word[0].isupper() or (word.lower() in ("may", "march") and not _bare_month_ok(text, m)):
                continue
        if m.group("wd") and not m.group("wd_d")[0].isupper():
            continue
        if m.group("ana") and _PERIOD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "the past two weeks before this exercise" is a duration, no day
        if m.group("ago") and _COMPARISON_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "down 11.8% from a year ago" compares with then; it dates nothing
        if m.group("hol") and (
            not m.group("hol")[0].isupper() or _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            continue  # "Johnnie Christmas" is a person
        if (m.group("tw_u") or "").lower() == "fall" and _FALL_NOUN.match(text, m.end()):
            continue
        if m.group("tw") and _SEASON_NAMES_A_THING.match(text, m.end()):
            continue  # "the summer transfer window opened on Monday"
        if m.group("mon") and not m.group("mon_y") and _MONTH_WINDOW.match(text, m.end()):
            continue  # "spent £120 million in the January window"
        marketing = _MARKETING_YEAR.search(_sentence(text, m.start())) if m.group("fyy") or (
            m.group("mon") and "run" in text[max(0, m.start() - 40) : m.start()]) else None
        if m.group("fyy") and not (
            m.group("fyy").upper().startswith("FY") or _FISCAL_WORD.search(_sentence(text, m.start()))
            or _FISCAL_CONTEXT.search(_sentence(text, m.start())) or marketing
            or _FISCAL_YEAR_WORDS.search(text) and not _SEASON_AFTER.match(text, m.end())
        ):
            continue  # "the 2025-26 season" is no fiscal year
        runs = _RUNS_FROM.search(text) if marketing else None
        if m.group("mon") and runs and runs.start() <= m.start() < runs.end():
            continue  # "the marketing year, which runs from July to June": every year's months, no date
        if (m.group("h_n6") or m.group("h_n7")) and not _MONEY_CONTEXT.search(_sentence(text, m.start())):
            continue  # "eight minutes into the second half"
        day = (
            anchor[0]
            if anchor and (m.group("ana") or _THE_NEXT.search(text, max(0, m.start() - 4), m.start())
                           or m.start() - anchor[1] <= MAX_SENTENCE
                           and not _SENTENCE_END.search(text, anchor[1], m.start()))
            else None
        )
        try:
            interval = _resolve(m, text, pub, day, last_year, last_span)
        except (ValueError, OverflowError):
            interval = None  # "February 30": a date-like text that names no real day
        if m.group("fyy") and marketing:  # "the 2024/25 marketing year, which runs from July to June"
            a = int(_parts(m, "fyy").group("fyy_a"))
            first_month = _month_num(runs.group(1)) if runs else None
            interval = (date(a, first_month, 1), add_months(date(a, first_month, 1), 12) - timedelta(days=1)) if (
                first_month and (a + 1) % 100 == int(_parts(m, "fyy").group("fyy_b"))) else None
        if interval is None and (m.group("fr") or m.group("fyy") or m.group("fyn") or m.group("q")
                                 or _event_anaphora(m)):
            continue  # a fiscal year or quarter of an unknown calendar
        if interval and m.group("wd") and not m.group("wd_w") and out and out[-1]["date_start"] is not None and (
                out[-1]["date_start"] == out[-1]["date_end"]) and _EFFECTIVE_AFTER_DAY.fullmatch(text, out[-1]["end"], m.start()):
            prior = out[-1]["date_start"]  # "cut the rate on Wednesday, effective from Thursday"
            d = prior + timedelta(days=(WEEKDAYS[m.group("wd_d").lower()] - prior.weekday()) % 7 or 7)
            interval = d, d
        if interval and _event_anaphora(m) and out and out[-1]["date_start"] is not None and (
                out[-1]["date_start"] == out[-1]["date_end"]) and _APPOSITION.fullmatch(text, out[-1]["end"], m.start()):
            interval = out[-1]["date_start"], out[-1]["date_end"]  # "said on Sunday, a day after the ferry sank"
        if (
            interval
            and m.group("wd")
            and not m.group("wd_w")
            and out
            and out[-1]["date_start"] is not None
            and out[-1]["date_start"] == out[-1]["date_end"]
            and _WEEKDAY_PAIR.fullmatch(text, out[-1]["end"], m.start())
        ):
            first = out[-1]["date_start"]  # "between Tuesday and Monday": the second day follows the first
            d = first + timedelta(days=(WEEKDAYS[m.group("wd_d").lower()] - first.weekday()) % 7 or 7)
            interval = d, d
        if (
            interval
            and _month_without_year(m)
            and out
            and out[-1]["date_end"] is not None
            and interval[0] > out[-1]["date_end"]
            and (out[-1]["date_end"] - out[-1]["date_start"]).days < 364  # after "in December", not "in 2021"
            and _SINCE.search(text, max(0, m.start() - 12), m.start())
            and not _SENTENCE_END.search(text, out[-1]["end"], m.start())
        ):  # "raised rates in December for the first time since January": the January before that December
            interval = _same_days_in(interval, interval[0].year - 1)
        year_of = _year_named_before(text, m, out) if interval and _month_without_year(m) else None
        if year_of is not None and year_of != interval[0].year and not _ATTRIBUTED.search(
                text, max(0, m.start() - 24), m.start()):
            interval = _same_days_in(interval, year_of)  # "Last year's storm, which struck on December 7"
        if interval and m.group("ana") and last_week and _WEEK_ANAPHOR.fullmatch(m.group("ana")) and (
                anchor is None or last_week[1] > anchor[1]) and m.start() - last_week[1] <= MAX_SENTENCE:
            # "last week, down from 3,695 the week before": the week before the week just named
            monday = last_week[0] + timedelta(days=-7 if _BEFORE_WORD.search(m.group("ana")) else 7)
            interval = monday, monday + timedelta(days=6)
        if interval and (interval[1] - interval[0]).days == 6 and interval[0].weekday() == 0:
            last_week = interval[0], m.end()
        if interval and (m.group("h_n6") or m.group("h_n7")) and named_half:
            # "in the six months to September 30 ... in the first half": that half; the second follows it
            second = (m.group("h_n6") or "").lower() == "second" or m.group("h_n7") == "2"
            first = named_half[1] + timedelta(days=1) if second else named_half[0]
            interval = first, add_months(first, 6) - timedelta(days=1)
        if interval and m.group("nm") and 180 <= (interval[1] - interval[0]).days <= 183:
            named_half = interval
        if interval and interval[0] == interval[1] and not (
            anchor and _ATTRIBUTED.search(text, max(0, m.start() - 24), m.start())
        ):  # "the league announced on Wednesday" dates the report, not the events "the following day" follows
            anchor = interval[0], m.end()
        if interval and interval[0].year == interval[1].year:
            last_year = interval[0].year
        if interval and interval[0] < interval[1] and (interval[1] - interval[0]).days < 364:
            last_span = interval
        if interval and not (MIN_YEAR <= interval[0].year and interval[1].year <= MAX_YEAR):
            interval = None  # "the 5th century" is history, not news time; the table keeps years 1000-2500
        start, end = _span(m)
        ago_day = _AGO_DAY.match(text, end) if m.group("ago") and pub is not None and (
            m.group("ago_u").lower().startswith("year")) else None
        if ago_day and interval:
            back = pub.year - interval[0].year
            day = pub if not ago_day.group("wd") else _weekday(WEEKDAYS[ago_day.group("wd").lower()], "", pub, False)[0]
            try:
                d = day.replace(year=day.year - back)
            except ValueError:  # February 29
                d = date(day.year - back, 2, 28)
            interval = d, d
            end = skip_until = ago_day.end()
        rel_year = _REL_YEAR_AFTER.match(text, end) if _month_without_year(m) and pub is not None else None
        if rel_year and interval:  # "in March last year", "on 3 May next year"
            y = pub.year + {"last": -1, "next": 1}.get(rel_year.group(1).lower(), 0)
            interval = _same_days_in(interval, y)
            end = skip_until = rel_year.end()
        if end - start > MAX_SPAN:
            continue
        if interval and out and prev_match is not None and out[-1]["date_start"] is not None and pub is not None:
            interval = _order_range(text, prev_match, out[-1], (start, m), interval, pub)
        prev_match = m
        out.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "date_start": interval[0] if interval else None,
                "date_end": interval[1] if interval else None,
            }
        )
        first = _FIRST_DAY_BEFORE.search(text, max(0, start - 12), start) if m.group("dm") and not m.group(
            "dm_d2") and interval and interval[0] == interval[1] else None
        at = len(out) - 1
        while first and int(first.group("d")) < out[at]["date_start"].day:  # "between 2 and 9 March": the 2nd too
            d = interval[0].replace(day=int(first.group("d")))
            out.insert(at, {"start": first.start("d"), "end": first.end("d"), "text": first.group("d"),
                            "date_start": d, "date_end": d})
            # "on 10, 17 and 24 May": each day of the list
            first = _LIST_DAY_BEFORE.search(text, max(0, first.start() - 6), first.start())
        second = (_SECOND_DAY.match(text, end) or _BETWEEN.search(text, max(0, start - 9), start)
                  and _SECOND_DAY_AFTER_BETWEEN.match(text, end)) if m.group("md") and not m.group("md_d2") else None
        if second and interval and interval[0] == interval[1]:  # "on January 12 and 13": the 13th too
            try:
                d = interval[0].replace(day=int(second.group("d")))
            except ValueError:
                continue
            if d > interval[0]:
                out.append({"start": second.start("d"), "end": second.end("d"), "text": second.group("d"),
                            "date_start": d, "date_end": d})
                skip_until = second.end("d")
    return _year_windows(text, out, pub)


_BETWEEN = re.compile(r"\bbetween\s+$", _F)
_WINDOW_OPEN = re.compile(r"\b(?:between|from)\s+$", _F)
_WINDOW_LINK = re.compile(r"\s+(?:and|to)\s+", _F)


def _whole_year(d: dict) -> int | None:
    """The year of a date that is one bare calendar year ('2030'), else None."""
    if not (len(d["text"]) == 4 and d["text"].isdigit() and d["date_start"] is not None):
        return None
    y = int(d["text"])
    return y if (d["date_start"], d["date_end"]) == (date(y, 1, 1), date(y, 12, 31)) else None


def _year_windows(text: str, out: list[dict], pub: date | None) -> list[dict]:
    """'will be delivered between 2030 and 2035' (both years after publication): one window, not two years.

    Past spans ('between 2017 and 2023') stay two years: the annotated sets mark them so.
    """
    merged: list[dict] = []
    for d in out:
        prev = merged[-1] if merged else None
        a, b = (_whole_year(prev), _whole_year(d)) if prev and pub is not None else (None, None)
        if a and b and pub.year < a < b <= a + MAX_YEAR_RANGE and _WINDOW_LINK.fullmatch(text, prev["end"], d["start"]) \
                and _WINDOW_OPEN.search(text, max(0, prev["start"] - 9), prev["start"]):
            merged[-1] = {**prev, "end": d["end"], "text": text[prev["start"] : d["end"]], "date_end": d["date_end"]}
        else:
            merged.append(d)
    return merged


_FISCAL_YEAR_WORDS = re.compile(r"\b(?:fiscal|financial)\s+year\b", _F)
_SEASON_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:season|campaign|term|school\s+year|academic\s+year)\b", _F)
_MARKETING_YEAR = re.compile(r"\b(?:marketing|crop|harvest)\s+years?\b", _F)
_RUNS_FROM = re.compile(rf"\bruns?\s+from\s+({_MON})\s+(?:to|through|until)\s+{_MON}", _F)
_RANGE_OPEN = re.compile(r"\b(?:between|from|for)\s+$", _F)
_RANGE_LINK = re.compile(r"\s+(?:and|to|until|till|through)\s+", _F)


def _order_range(text: str, a_match: re.Match[str], a: dict, b_at: tuple[int, re.Match[str]], b: tuple[date, date],
                 pub: date) -> tuple[date, date]:
    """'from Wednesday until January 4', 'between Christmas Eve and New Year's Day', 'for February 15 to June
    30': a range's start comes before its end (the one farther from publication moves by a year or a week); a
    bare weekday starting a range that ends ahead is the nearest one. Moves a in place, returns b."""
    b_start, b_match = b_at
    if not (_RANGE_LINK.fullmatch(text, a["end"], b_start) and _RANGE_OPEN.search(text, max(0, a["start"] - 9),
                                                                                    a["start"])):
        return b
    yearly = ("hol", "md", "dm")
    if a["date_start"] > b[1] and any(b_match.group(k) for k in yearly) and not (
            b_match.group("md_y") or b_match.group("dm_y")) and abs((b[0] - pub).days) > abs((a["date_start"] - pub).days):
        return _same_days_in(b, b[0].year + 1)  # "a quota for February 15 to June 30" (published in February)
    first = a["date_start"]
    if a_match.group("wd") and not a_match.group("wd_w") and b[0] > pub and first < pub:
        ahead = pub + timedelta(days=(first.weekday() - pub.weekday()) % 7)
        first = min((ahead, ahead - timedelta(days=7)), key=lambda d: (abs((d - pub).days), d < pub))
        first = first if first <= b[0] else first - timedelta(days=7)
    elif a_match.group("wd") and not a_match.group("wd_w"):
        while first > b[1]:
            first -= timedelta(days=7)
    elif (a_match.group("hol") or a_match.group("md") or a_match.group("dm")) and first > b[1]:
        first = _same_days_in((first, a["date_end"]), first.year - 1)[0]
    else:
        return b
    shift = first - a["date_start"]
    a["date_start"], a["date_end"] = first, a["date_end"] + shift
    return b


_APPOSITION = re.compile(r",\s+")
_EFFECTIVE_AFTER_DAY = re.compile(r",?\s+(?:effective|starting|with\s+effect)\s+(?:from\s+|on\s+)?", _F)
_LIST_DAY_BEFORE = re.compile(r"(?<![\d.,:])(?P<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s+$")
_FIRST_DAY_BEFORE = re.compile(r"(?<![\d.,:])(?P<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$")
_SECOND_DAY_AFTER_BETWEEN = re.compile(r"\s+and\s+(?P<d>[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)?\b(?!\s*[%.,]?\d)")
# a second day of the same month after "and"/"or" ("January 12 and 13"), not a count ("January 12 and 13 people")
_SECOND_DAY = re.compile(
    r"\s+(?:and|or|&)\s+(?P<d>[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)?(?=\s*[.,;:!?)]|\s*$|\s+(?:and|to|at|in|on|"
    r"from|with|as|when|before|after|while|but|because|next|this|last|when|until)\b)"
)


_SEASON_NAMES_A_THING = re.compile(
    r"\s+(?:transfer|window|olympics|paralympics|games|solstice|recess|collection|tour|camp|series|school|reading|"
    r"intern|programme|program|campaign|fuel|payments?|vaccines?|vaccination)",
    _F,
)
_YEAR_POSSESSIVE = re.compile(r"['’]s\b")
_IN_YEAR_OPENING = re.compile(r"\s*in\s+$", _F)


def _year_named_before(text: str, m: re.Match[str], out: list[dict]) -> int | None:
    """The year of a month or day named without one, when its sentence opened on a year ('In 2019, ...') or a
    year's possessive ('Last year's storm ...') came before it; else None."""
    if not out or out[-1]["date_start"] is None or _SENTENCE_END.search(text, out[-1]["end"], m.start()):
        return None
    first, last = out[-1]["date_start"], out[-1]["date_end"]
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31) or first.year != last.year:
        return None
    left = max(0, out[-1]["start"] - 300)
    for b in _SENTENCE_END.finditer(text, left, out[-1]["start"]):
        left = b.end()
    if _YEAR_POSSESSIVE.match(text, out[-1]["end"]) or _IN_YEAR_OPENING.fullmatch(text, left, out[-1]["start"]) or (
            not text[left : out[-1]["start"]].strip() and text.startswith(",", out[-1]["end"])):  # "Last year, ..."
        return first.year
    return None


_COMPARISON_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:[$€£¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|"
    r"(?:million|billion|bn|m)\b)?\s+)?$", _F)  # "down from 47% a year ago" compares too
_REL_YEAR_AFTER = re.compile(r"\s+(last|next)\s+year\b(?!['’])", _F)


def _same_days_in(interval: tuple[date, date], y: int) -> tuple[date, date]:
    """The interval's days in year y (a month's last day stays its last day: February 28/29)."""
    def move(d: date) -> date:
        last = calendar.monthrange(y, d.month)[1]
        is_last = d.day == calendar.monthrange(d.year, d.month)[1]
        return d.replace(year=y, day=last if is_last else min(d.day, last))

    return move(interval[0]), move(interval[1])


def _month_without_year(m: re.Match[str]) -> bool:
    """A month or month-day with no year written and no qualifier of its own ('March', '3 May', not 'last May')."""
    if m.group("mon"):
        return not (m.group("mon_y") or m.group("mon_w"))
    return bool(m.group("md") and not m.group("md_y") or m.group("dm") and not m.group("dm_y"))


# "the three months to March" is a reporting period (a quarter); "the 12 months to March" a statistic's month
_SHORT_PERIOD = re.compile(r"3|6|9|three|six|nine", _F)


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Date matches left to right; 'the (12 months|year) to November' (no day, year or 'fiscal') is November."""
    pos = 0
    while (m := _DATE_RE.search(text, pos)) is not None:
        try:
            nm = _parts(m, "nm") if m.group("nm") else None
        except ValueError:
            nm = None
        if nm and not (nm.group("nm_f") or nm.group("nm_d") or nm.group("nm_d1") or nm.group("nm_y")
                       or nm.group("nm_e") or _SHORT_PERIOD.fullmatch(nm.group("nm_n") or "")
                       or (nm.group("nm_u") or "").lower() == "years"
                       or (nm.group("nm_q") or "").lower() in ("quarter", "half")):
            m = _DATE_RE.match(text, nm.start("nm_m")) or m
        yield m
        pos = max(m.end(), pos + 1)


def _sentence(text: str, pos: int) -> str:
    """The sentence around pos (at most 300 characters each way)."""
    left = max(0, pos - 300)
    for b in _SENTENCE_END.finditer(text, left, pos):
        left = b.end()
    stop = _SENTENCE_END.search(text, pos, pos + 300)
    return text[left : stop.start() if stop else pos + 300]


def _bare_month_ok(text: str, m: re.Match[str]) -> bool:
    """'in May' / 'since March' are months; 'May said' (a name) or 'May I' are not."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:in|since|until|by|from|of|last|next|this|early|late|mid|through|to)\s+$", before):
        return True
    if re.search(r"\b(?:a|the|its|their)\s+$", before) and re.match(r"\s+[a-z]{3,}", text[m.end() : m.end() + 20]):
        return True  # "upheld a May ruling", "the March meeting"
    return bool(re.search(rf"{_MON}\s+(?:and|or)\s+$", text[max(0, m.start() - 16) : m.start()], _F))
