"""Figures in news text: counts, money, percentages, quantities and durations with qualifiers and ranges.

Conventions (issue 3): the span covers qualifier + currency + number + multiplier + unit; ranges have value
None and low/high set; non-range figures keep `value`, and at_least/at_most also copy it into low/high
respectively; percentages are numbers of percent; falls carry no minus sign (only temperatures go negative).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from itertools import pairwise

from newslake import figures_units as U
from newslake.figures_context import (
    BOUND_AFTER,
    CHANGE_VERB,
    FX_AFTER,
    FX_CURRENCY,
    MAGNITUDE_BEFORE,
    PRICE_FROM,
    QUAKE_AFTER,
    YEAR,
    context_excluded,
    currency_code,
    labelled,
    norm,
    period_and_subject,
    qualifier_before,
)
from newslake.numbers import (
    DIGITS,
    FRACTIONS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ONES,
    parse_digits,
    parse_number,
    parse_words,
)
from newslake.records import Rejected, dump_record

_F = re.IGNORECASE
MAX_SPAN = 200  # longest figure text the tables accept
MAX_ABS = 1e18  # larger "figures" are garbage (world GDP is ~1e14 USD)
_QUAL = U.alternation(U.QUALIFIERS)
_CUR_PRE = U.alternation(U.CURRENCY_PREFIX)
_MULT_WORD = r"million|billion|trillion|thousand|hundred|mn|mln|bn|bln|tn|trn|lakh\s+crore|lakh|crore"
_TAIL = U.alternation(
    list(U.PERCENT_UNITS) + list(U.CURRENCY_SUFFIX) + list(U.AMBIGUOUS_CURRENCY) + list(U.DURATION_UNITS)
    + list(U.QUANTITY_UNITS) + [k for k in U.SHARED_CURRENCY if k.endswith("s")]
)
_TAIL_START = U.prefix_trie([  # lets the regex skip its long list of unit words after most numbers
    *U.PERCENT_UNITS, *U.CURRENCY_SUFFIX, *U.AMBIGUOUS_CURRENCY, *U.DURATION_UNITS, *U.QUANTITY_UNITS,
    *U.SHARED_CURRENCY, "cent", "pence", "c", "f", "p",
])
_VAGUE = (r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|(?:a\s+few|several)\s+(?:dozen|hundred|thousand|"
          r"million|billion)|dozens|scores|hundreds|thousands|millions|billions")
_NUM_END = r"(?![0-9]|[.,][0-9]|/[0-9]|:[0-9]|\s*\^)"
_DURATION_WORD = r"(?:year|month|week|day|decade|hour|century|minute)"
_TEMPERATURE = {"degC", "degF", "degree"}
_VIDEO_LINES = frozenset(["144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"])  # "1080p"


def _amount(i: int) -> str:
    """Regex for one amount: [sign][currency] number [multiplier] [unit/currency/percent] [plus]."""
    return (
        rf"(?P<neg{i}>minus\s+|[-−](?=\d))?(?P<a{i}>"
        rf"(?:(?P<cur{i}>{_CUR_PRE})\s?|(?P<iso{i}>(?-i:[A-Z]{{3}}))\s?(?=[0-9]))?"
        rf"(?:(?P<d{i}>{DIGITS}){_NUM_END}(?:\s*(?P<dm{i}>{_MULT_WORD})\b|(?P<dmx{i}>m|bn|b|k)(?![A-Za-z]))?"
        rf"|(?P<w{i}>\b(?:{NUMBER_WORDS})\b)(?P<wh{i}>\s+and\s+a\s+half\b)?"
        rf"(?:\s+(?P<wm{i}>million|billion|trillion|dozen)\b)?"
        rf"|(?P<an{i}>\b(?:half\s+an?|an?)\s+(?P<am{i}>million|billion|trillion|dozen|hundred|thousand)\b)"
        rf"|(?P<art{i}>\ban?)(?=\s+{_DURATION_WORD}\b)"
        rf"|(?P<v{i}>\b(?:{_VAGUE})\b))"
        rf"(?P<pp{i}>-plus|\+)?"  # "20-plus months": the plus sits before the unit
        rf"(?:(?:\s*|-)(?:(?P<mod{i}>consecutive|straight|successive|more|additional|further|full|fewer|extra)\s+)?"
        rf"(?={_TAIL_START})(?P<tail{i}>{_TAIL}|cents?|pence|(?-i:[CFp])(?=\W|$))(?![A-Za-z0-9]))?"
        rf"(?:\s*(?P<tiso{i}>(?-i:[A-Z]{{3}}))\b)?"
        rf"(?P<plus{i}>\+|-plus\b)?)(?![A-Za-z0-9])"
    )


# every word a figure can start with (a number word, "a", "between", a vague count, the letters of "US$"):
# the regex only tries its many forms where a digit, a symbol or one of these begins
_FIRST_WORDS = [
    "between", "from", "minus", "half", "a", "an", "tens", "hundreds", "several", "dozens", "scores", "thousands",
    "millions", "billions", *ONES, *{re.match(r"[A-Za-z]*", k).group().lower() for k in U.CURRENCY_PREFIX} - {""},
]
_FIGURE_RE = re.compile(
    r"(?<![\w.,/:$€£¥^])(?<![A-Za-z]-)(?<!\d-)"
    rf"(?=[^A-Za-z\s]|(?-i:[A-Z]{{3}})\s?\d|{U.word_trie(_FIRST_WORDS)})"
    r"(?:(?P<rng>between|from)\s+)?"
    + _amount(1)
    + rf"(?:\s*(?P<conn>to|and|or|-|–|—)\s*(?:(?P<q2>{_QUAL})\s+)?" + _amount(2) + ")?",
    _F,
)
_INT = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,])"  # no [\d,]* here: "1,1,1,..." would backtrack O(n^2)
_SMALL = rf"{_INT}|one|a|an|two|three|four|five|six|seven|eight|nine|ten"
_FRACTION_RE = re.compile(
    rf"(?=[a-z0-9])\b(?=\d|{U.word_trie(['a', 'an', 'quarter', 'half', 'full', *ONES[1:11]])})(?:"
    rf"(?P<pt>(?:a\s+)?(?P<ptw>quarter|half|three[\s-]+quarters|full)(?:\s+of)?(?:\s+an?)?[\s-]+(?:percentage[\s-]+)?"
    rf"point)s?\b"
    rf"|(?P<f>(?:a|one|two|three|four|nine)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half)\b"
    rf"(?![\s-]+(?:percentage[\s-]+)?points?\b)(?P<of>\s+of\b)?"
    rf"|(?P<ra>{_SMALL})\s+(?:in|out\s+of)\s+(?P<rb>{_INT}|{NUMBER_WORDS})\b(?!\s*(?:%|percent|per\s+cent)))",
    _F,
)
_FRACTION_OK_BEFORE = re.compile(
    r"\b(?:by|than|nearly|almost|about|roughly|some|around|over|under|just|rose|fell|grew|dropped|jumped|climbed|"
    r"declined|increased|decreased|slashed|lost|gained|shrank|surged|plunged|cut)\s*$",
    _F,
)
_HALF_A_MULT = re.compile(r"(?<=half)\s+an?\s+(?:million|billion|trillion|dozen|hundred|thousand)\b", _F)
_FRACTION_BAD_BEFORE = re.compile(r"\b(?:first|second|the|other|latter|former)\s*$", _F)
_HYPHENS = ("-", "–", "—")
_SUSPECT_RE = re.compile(r"\d+\s*\^\s*\d+|\d{16,}|\d+(?:,\d{1,2}|,\d{4,})(?:,\d+)+")


def _tail_kind(text: str, tail: str, has_mult: bool, has_cur: bool) -> tuple[str, str | None, str | None]:
    """(kind, unit, currency) for a tail word like '%', 'rubles', 'km', 'years' in text."""
    t = norm(tail)
    if t in U.SHARED_CURRENCY and (t not in U.AMBIGUOUS_CURRENCY or has_mult or has_cur):
        code = currency_code(text, t)
        if code or U.SHARED_CURRENCY[t][0] == "cfa":
            return "money", None, code
        return "count", None, None  # "three crowns" with no country named: not money
    if t in U.PERCENT_UNITS:
        return "percent", U.PERCENT_UNITS[t], None
    if t in U.CURRENCY_SUFFIX:
        return "money", None, U.CURRENCY_SUFFIX[t]
    if t in U.AMBIGUOUS_CURRENCY:
        if has_mult or has_cur:
            return "money", None, U.AMBIGUOUS_CURRENCY[t]
        return "quantity", U.POUND_WEIGHT, None
    if t in U.DURATION_UNITS:
        return "duration", U.DURATION_UNITS[t], None
    if t in U.QUANTITY_UNITS:
        return "quantity", U.QUANTITY_UNITS[t], None
    return "count", None, None


_MILLION_BEFORE = re.compile(r"\d\s*(?:million|mn|mln)\b[^.!?\n]*$", _F)
_PLURAL_AFTER_M = re.compile(r"\s+(?:(?-i:[a-z]+[^s\W]s)|people|children|men|women)\b(?<!metres)(?<!meters)", _F)


def _millions_of(m: re.Match[str], i: int) -> bool:
    """'1.3m visitors', '2m people', 'up from 7.9m' after '8.2 million': millions, not metres ('2m tall')."""
    text, pos, start = m.string, m.end(f"dmx{i}"), m.start(f"d{i}")
    if m.group(f"dmx{i}") != "m" or re.search(r"\bthe\s+$", text[max(0, start - 5) : start], _F):
        return False
    return bool(_PLURAL_AFTER_M.match(text, pos) or _MILLION_BEFORE.search(text, max(0, start - 100), start))


def _scale(value: float, mult: float) -> float:
    """value * mult without binary noise for powers of ten (8.2 million is 8200000.0, not 8199999.999999999)."""
    exp = round(math.log10(mult))
    return float(Decimal(repr(value)).scaleb(exp)) if 10.0**exp == mult and math.isfinite(value) else value * mult


_GLUED_CODES_OK = frozenset(["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "AUD", "CAD", "INR"])


def _read_amount(m: re.Match[str], i: int) -> dict | None:
    """Value and attributes of amount i of a figure match; None when the number cannot be parsed."""
    g = m.group
    cur = g(f"cur{i}")
    currency = U.CURRENCY_PREFIX.get(cur) if cur else None
    if (g(f"tiso{i}") or "").upper() in U.TIME_ZONES:
        return None  # "0912 GMT" is a clock time
    if g(f"iso{i}") and g(f"iso{i}") not in _GLUED_CODES_OK and m.string[m.end(f"iso{i}") : m.end(f"iso{i}") + 1].isdigit():
        return None  # "COP30", "CAN2025": a name; only the common codes are written glued ("USD5m")
    for iso in (g(f"iso{i}"), g(f"tiso{i}")):
        if iso and iso in U.ISO_CODES:
            currency = iso
        elif iso and iso == g(f"iso{i}"):
            return None
    vague = article = False
    mult_word = None
    dmx = g(f"dmx{i}")
    if g(f"d{i}") is not None:
        value = parse_digits(g(f"d{i}"))
        mult_word = g(f"dm{i}") or dmx
        if dmx and (dmx.lower() == "m" or dmx == "K") and not currency and not _millions_of(m, i):
            mult_word = None  # "100m" without a currency is metres; "4K" is a resolution
            if dmx == "K":
                return None
    elif g(f"w{i}") is not None:
        value = parse_words(g(f"w{i}"))
        if value is not None and g(f"wh{i}"):
            value += 0.5  # "seven and a half years"
        mult_word = g(f"wm{i}")
    elif g(f"an{i}") is not None:
        value = 0.5 if g(f"an{i}").lower().startswith("half") else 1.0
        mult_word = g(f"am{i}")
    elif g(f"art{i}") is not None:
        value, article = 1.0, True
    else:
        value, vague = None, True
    if value is None and not vague:
        return None
    if value is not None and mult_word:
        mult_word = norm(mult_word)
        value = _scale(value, MULTIPLIERS[mult_word])
        if not math.isfinite(value):
            return None
    kind, unit, tail_cur = "count", None, None
    tail = g(f"tail{i}")
    if dmx and dmx.lower() == "m" and not currency and not tail and not mult_word:
        kind, unit = "quantity", "m"
    if tail == "p" and (g(f"d{i}") is None or m.start(f"tail{i}") != m.end(f"d{i}") or mult_word
                        or g(f"d{i}") in _VIDEO_LINES):
        return None  # only "20p" or a share price "1,234p" (pence), never "20 p" or "1080p"
    if tail and tail.lower() in ("cent", "cents", "pence", "p") and value is not None and not currency:
        kind, tail_cur, value = "money", "GBP" if tail.lower() in ("pence", "p") else "USD", value / 100
    elif tail in ("C", "F"):
        if g(f"d{i}") is None or m.start(f"tail{i}") != m.end(f"d{i}"):
            return None  # only "35C", never "35 C"
        kind, unit = "quantity", "degC" if tail == "C" else "degF"
    elif tail:
        kind, unit, tail_cur = _tail_kind(m.string, tail, bool(mult_word), bool(currency))
        if tail.lower() == "won" and not (mult_word or (value or 0) >= 100):
            return None  # "3 won" is a verb far more often than Korean money
    currency = currency or tail_cur
    if currency:
        kind, unit = "money", None
    if g(f"neg{i}") and unit in _TEMPERATURE and value is not None:
        value = -value
    return {
        "value": value, "kind": kind, "unit": unit, "currency": currency, "mult": mult_word,
        "raw": value if not mult_word or value is None else value / MULTIPLIERS[mult_word.lower()],
        "vague": vague, "article": article, "plus": bool(g(f"plus{i}") or g(f"pp{i}")), "digits": g(f"d{i}") is not None,
        "bare": not (currency or tail or mult_word), "typed": bool(currency or tail),
    }


def _row(text: str, start: int, end: int, kind: str, value: float | None, low: float | None,
         high: float | None, currency: str | None, unit: str | None, qualifier: str) -> dict:
    """One figures row (without ids); period and subject are read from the text after the span."""
    period, subject = period_and_subject(text, end, unit)
    return {
        "start": start, "end": end, "text": text[start:end], "kind": kind, "value": value, "low": low,
        "high": high, "currency": currency, "unit": unit, "qualifier": qualifier, "period": period,
        "subject": subject,
    }


def _is_range(text: str, m: re.Match[str], a1: dict, a2: dict) -> bool:
    """Do two adjacent amounts form one range ('between A and B', 'A to B', 'A-B') rather than two figures?"""
    conn = (m.group("conn") or "").lower()
    rng = (m.group("rng") or "").lower()
    if a1["vague"] or a2["vague"] or a1["article"] or a2["article"]:
        return False
    same = (a1["kind"], a1["unit"], a1["currency"]) == (a2["kind"], a2["unit"], a2["currency"])
    if not same and a1["typed"] and a2["typed"]:
        return False  # "5% to $300", "four hours to 90 minutes"
    if m.group("q2"):
        return False  # "2013 to over £1.5bn"
    if a1["unit"] and not a2["typed"]:
        return False  # "gained 0.6% to 5,970.37": a unit written only on the first number is no range
    if rng == "between":
        return conn in ("and", "to", "-", "–")
    if conn == "and":
        return False
    if conn in _HYPHENS and not (a1["digits"] and a2["digits"]):
        return False
    if conn == "or":
        return a1["bare"] and not a1["digits"]  # "two or three days"
    if conn == "to" and not rng and _BY_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not (
            _RATE_AFTER.match(text, m.end()) or a1["value"] and a2["value"] and a1["value"] < a2["value"] <= 3 * a1["value"]):
        return False  # "raise its dividend by 5 cents to 45 cents": a change, then the new level ("by $1 to $2
        # a month" is a rate's bounds)
    qual = qualifier_before(text, m.start("a1"))
    if qual and U.QUALIFIERS.get(qual[0], "approx") != "approx":
        return False  # "by less than 2 points to 33.7%": a bounded value, then another ("some 10 to 12" is a range)
    window = text[max(0, m.start() - 40) : m.start()]
    change = CHANGE_VERB.search(window)
    if change and conn == "to" and not rng and (same and a1["typed"] or a1["bare"] and a2["typed"]) and _FORECAST_BEFORE.search(
            window, 0, change.start()) and a1["value"] and a2["value"] and a1["value"] < a2["value"] <= 3 * a1["value"]:
        return True  # "expects rents to rise 1% to 2%": a forecast's bounds ("to rise 0.3% to 2.9%" stays two)
    if change and conn == "to" and not rng and same and a1["typed"] and _RATE_AFTER.match(text, m.end()) and (
            a1["value"] and a2["value"] and a1["value"] < a2["value"] <= 3 * a1["value"]):
        return True  # "losses have grown 5% to 7% a year": a level takes no period, so these are a rate's bounds
    return not (change and (rng == "from" or conn == "to"))  # "rose from 4.1% to 4.3%": two values


def _range_row(text: str, m: re.Match[str], a1: dict, a2: dict) -> dict | None:
    """The range figure, or None when the pair is a score, a date span or a code rather than a range."""
    if not (a1["typed"] or a2["typed"]) and a1["digits"] and a2["digits"]:
        raw1, raw2 = m.group("d1"), m.group("d2")
        if context_excluded(text, m.start("a1"), m.end("a2"), raw1) or YEAR.fullmatch(raw2):
            return None
    if a1["bare"] and a1["digits"] and YEAR.fullmatch(m.group("d1")):
        return None  # "since 2013 to £1.5bn": a year, then an amount
    # fill in unit/currency/multiplier written only once ("$5-6 million", "2-3%", "2,000 to 2,500 troops")
    for src, dst in ((a2, a1), (a1, a2)):
        if src["mult"] and not dst["mult"] and dst["value"] is not None and dst["value"] <= src["raw"]:
            dst["value"] = dst["value"] * MULTIPLIERS[src["mult"].lower()]
        if not dst["typed"] and src["typed"]:
            dst.update(kind=src["kind"], unit=src["unit"], currency=src["currency"])
    low, high = a1["value"], a2["value"]
    if low is None or high is None or low >= high:
        return None  # "2-1" is a score, "5-5" a draw
    if (m.group("conn") or "") in _HYPHENS and a1["bare"] and _RECORD_AROUND.search(text, max(0, m.start() - 30),
                                                                                    m.start()) and text.startswith(",", m.end()):
        return None  # "The Mavericks, 28-30, sit 10th": a win-loss record
    qual = None if m.group("rng") else qualifier_before(text, m.start("a1"))
    start = qual[1] if qual else m.start("a1")
    return _row(text, start, m.end("a2"), a2["kind"], None, low, high, a2["currency"] or a1["currency"],
                a2["unit"], "range")


# "a decade", "a century" are durations even alone ("over a decade"); "once a decade" is a frequency
_DECADE_ALONE = re.compile(r"(?<!once )(?<!twice )(?<!times )an?\s+(?:decade|century)\b", _F)
_SOMEDAY_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:to|that|will|would|could|might|may|and)\s+|,\s+)$", _F)


def _mid_sentence(text: str, pos: int) -> bool:
    """Is pos inside a sentence (not its first word, not after a heading line or an opening quote)?"""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“‘(")
    return bool(before) and before[-1] not in ".!?:\n"


_ONE_NOUN_AFTER = re.compile(r"[ \t]+(?-i:[a-z]{3,})\b", _F)
_ONE_NOT_BEFORE_WORD = frozenset([
    "another", "other", "others", "day", "time", "point", "way", "side", "hand", "thing", "things", "more",
    "less", "last", "such", "who", "whom", "that", "which", "and", "the", "but", "for", "with", "from", "into",
    "per", "told", "said", "says", "would", "will", "could", "should", "might", "must", "can", "may", "does",
    "did", "has", "had", "was", "were", "are", "its", "their", "his", "her", "our", "your", "of", "reason",
    "example", "question", "problem", "issue", "option", "factor", "source", "sources", "official", "analyst",
    "expert", "estimate", "study", "survey", "report", "poll", "observer", "critic",
])
_ONE_DETERMINER_BEFORE = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each|at|on|as|what|number)\s+$", _F)


_FORECAST_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|should|can)\s+(?:\w+\s+)?$", _F)
_BY_BEFORE = re.compile(r"\bby\s+$", _F)
_RECORD_AROUND = re.compile(r"\b[A-Z][a-z]+s?,\s+$")
_RATE_AFTER = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:year|month|week|day|quarter)|annually|yearly|monthly)\b", _F)
_SCORE_BEFORE = re.compile(r"\d[-–]\d+,\s*$")
_SCORE_AFTER = re.compile(r",\s*\d+[-–]\d")
_LATER = re.compile(
    r"\s+(?:later|after(?=\s*(?:[.,;:!?)]|$|\s(?:and|but|when|as|while|on|in|at|the|his|her|their|its)\b)))", _F
)
_PART_OF_YEAR_BEFORE = re.compile(r"\bthe\s+(?:(?:first|last|final|past)\s+)?$", _F)
_PART_OF_YEAR_AFTER = re.compile(
    r"\s+(?:of\s+(?:(?:the|this|last)\s+(?:(?:fiscal|financial)\s+)?year|1[89]\d\d|2\d\d\d)"
    r"|(?:to|ending|ended|through)\s+(?:(?-i:[A-Z])[a-z]+\.?(?:\s+\d{1,2}\b|,?\s+\d{4}\b)|\d{1,2}\s+(?-i:[A-Z])[a-z]+))",
    _F
)
_YEARS_TO_DATE = re.compile(r"\s+(?:to|ending|ended|through)\s+(?-i:[A-Z])[a-z]+\.?(?:\s+\d{1,2}\b|,?\s+\d{4}\b)", _F)
_PAST_PERIOD_BEFORE = re.compile(r"\b(?:past|last|previous|next|coming)\s+$", _F)
# "the three months to March" is a quarter (a date); "the 12 months to March" stays a duration (dev gold)
_MONTHS_TO_MONTH = re.compile(r"\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z])[a-z]+\b", _F)
_POLL_CONTEXT = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|voters|approval|ballots?|electorate|turnout|vote\s+share)\b", _F
)
_PERCENT_CONTEXT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", _F)
_INDEX_CONTEXT = re.compile(
    r"\b(?:index|indices|dow|ftse|nasdaq|s&p|nikkei|dax|cac|hang\s+seng|sensex|nifty|kospi|stoxx|shares|stocks|"
    r"scored?|scoring|games?|match|goals?|rebounds|assists|lead\s+by)\b",
    _F,
)


def _is_percentage_point(sentence: str) -> bool:
    """'points' are percentage points in a poll, or next to a percentage when no index or game is in view."""
    if _INDEX_CONTEXT.search(sentence):
        return bool(_POLL_CONTEXT.search(sentence)) and not re.search(r"\b(?:index|scored?|games?)\b", sentence, _F)
    return bool(_POLL_CONTEXT.search(sentence) or _PERCENT_CONTEXT.search(sentence))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end), at most 200 characters either side."""
    left = max(text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    stop = [i for i in (text.find(". ", end, end + 200), text.find("\n", end, end + 200)) if i >= 0]
    return text[left + 1 : min(stop) if stop else end + 200]


def _one_counts(text: str, start: int, end: int) -> bool:
    """'one strike destroyed a tank' counts; 'one of them', 'no one', 'at one point' are pronouns or idioms."""
    nxt = _ONE_NOUN_AFTER.match(text, end)
    if not nxt or nxt.group().strip().lower() in _ONE_NOT_BEFORE_WORD or nxt.group().strip().endswith("ly"):
        return False
    return not _ONE_DETERMINER_BEFORE.search(text[max(0, start - 8) : start])


_TALLY_BEFORE = re.compile(r"\d\s+votes?\s+to\s+$", _F)
_AGED_BEFORE = re.compile(r"\b(?:aged|at\s+the\s+age\s+of)\s+$", _F)
# "people over 75", "children under 5": ages (the span starts at its qualifier)
_PEOPLE_BEFORE = re.compile(r"\b(?:people|adults|men|women|patients|residents|anyone|children|those)\s+$", _F)
_OVER_UNDER = re.compile(r"(?:over|under)\s", _F)
_NAME_COMMA_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+|man|woman|boy|girl|teenager|student|driver|mother|father|son|daughter|victim|suspect),\s+$")
_FOR_BEFORE = re.compile(r"\bfor\s+$", _F)  # "worked for 15 years before her first book": a duration


def _is_age(text: str, start: int, end: int, value: float | None) -> bool:
    """'aged 84' or a number between commas after a name ('Daniel Hart, 52, took'): a person's age."""
    if value is None or not 1 <= value <= 120 or value != int(value):
        return False
    if _AGED_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _OVER_UNDER.match(text, start) and _PEOPLE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_NAME_COMMA_BEFORE.search(text, max(0, start - 30), start) and text.startswith(",", end))


def _single(text: str, m: re.Match[str], i: int, amt: dict) -> list[dict]:
    """One non-range figure from amount i."""
    start, end = m.start(f"a{i}"), m.end(f"a{i}")
    if amt["unit"] in _TEMPERATURE and m.group(f"neg{i}"):
        start = m.start(f"neg{i}")
    num_start = start
    qualifier = "exact"
    if i == 2:
        qual = (norm(m.group("q2")), m.start("q2")) if m.group("q2") else None
    else:
        qual = None if m.group("rng") else qualifier_before(text, start)
    if qual:
        qword, qstart = qual
        if qword in ("over", "within") and amt["kind"] == "duration" and not re.search(
                r"\bfor\s+$", text[:qstart][-6:]):
            pass  # "over three years", "within a decade" are time frames, not "more than" / "at most"
        else:
            start, qualifier = qstart, U.QUALIFIERS.get(qword, "approx")
    elif i == 1 and (m.group("rng") or "").lower() == "from" and PRICE_FROM.search(text[: m.start("rng")][-20:]):
        start, qualifier = m.start("rng"), "at_least"  # "priced from $799"
    if amt["plus"]:
        qualifier = "at_least"
    if amt["vague"]:
        qualifier = "approx"
    if amt["value"] is None and not amt["vague"]:
        return []
    if amt["article"] and qualifier == "exact" and not _DECADE_ALONE.match(text, m.start(f"a{i}")):
        return []  # "a year" alone is a period or an article, "more than a year" is a figure
    if amt["bare"] and amt["digits"] and context_excluded(text, num_start, end, m.group(f"d{i}")):
        return []
    if amt["bare"] and not amt["digits"] and labelled(text, num_start):
        return []  # "on day five of the trial", "stage four": a label written in words
    if not amt["digits"] and amt["bare"] and not amt["vague"] and amt["value"] == 1.0 and not _one_counts(text, start, end) \
            and not BOUND_AFTER.match(text, end) and not _TALLY_BEFORE.search(text, max(0, start - 24), start):
        # "one or more", "approved by 10 votes to one" are counts
        return []  # a bare "one" is a pronoun far more often than a count
    if amt["kind"] == "duration" and re.match(r"\s+(?:ago|earlier(?!\s+than)|before)\b", text[end : end + 18], _F) and (
            amt["unit"] not in ("hour", "minute", "second")) and not _FOR_BEFORE.search(text, max(0, start - 5), start) \
            and not _PAST_PERIOD_BEFORE.search(text, max(0, start - 14), start) \
            and not (qualifier in ("at_most", "at_least") and re.match(r"\s+before\b", text[end : end + 8])):
        return []  # "three years ago" is a date; "the past two weeks before this exercise", "less than 14 months
        # before he leaves office" are durations
    if amt["unit"] in ("day", "week") and qualifier == "exact" and _LATER.match(text, end):
        return []  # "two days later", "two days after the vote" are dates counted from the day named before
    if amt["unit"] == "year" and _PART_OF_YEAR_BEFORE.search(text[max(0, start - 10) : start]) and (
            _YEARS_TO_DATE.match(text, end)):
        return []  # "the five years to March 2030" is a date
    if amt["unit"] in ("month", "week", "quarter") and _PART_OF_YEAR_BEFORE.search(text[max(0, start - 10) : start]) and (
            _PART_OF_YEAR_AFTER.match(text, end)
            or amt["value"] in (3.0, 6.0, 9.0) and _MONTHS_TO_MONTH.match(text, end)):
        return []  # "the first two months of the year" is a date
    if m.group(f"an{i}") and re.search(r"\d\s*$", text[max(0, start - 4) : start]):
        return []  # "$3.00 a dozen": a unit price, not a count
    word = m.group(f"w{i}") or ""
    if word.lower() == "one" and amt["unit"] == "point" and re.search(r"\bat\s+$", text[max(0, start - 4) : start], _F):
        return []  # "at one point": an idiom
    if word.lower() == "one" and text.startswith("-", m.end(f"w{i}")):
        return []  # "one-day gain", "one-year deal": an idiom more than a figure
    if word.lower() == "one" and amt["unit"] == "day" and _SOMEDAY_BEFORE.search(text[max(0, start - 12) : start]):
        return []  # "would love to one day buy": someday, not a duration
    if word and (word.lower() == "zero" and amt["bare"] or word[0].isupper() and _mid_sentence(text, start)):
        return []  # "Zero Gravity seats", "Mobile Unit Two": names, not counts
    kind, unit = amt["kind"], amt["unit"]
    if unit == "point" and _is_percentage_point(_sentence(text, start, end)):
        kind, unit = "percent", "percentage_point"  # "leads by five points in the poll": percentage points
    if kind == "count" and amt["bare"] and amt["digits"] and _is_age(text, start, end, amt["value"]):
        kind, unit = "duration", "year"  # "died aged 84", "Daniel Hart, 52, took": an age, as "52-year-old" is
    if kind == "count" and (MAGNITUDE_BEFORE.search(text[max(0, start - 14) : start])
                            or QUAKE_AFTER.match(text, end)):
        kind, unit = "quantity", "magnitude"
    currency = amt["currency"]
    fx = FX_AFTER.match(text, end) if kind == "count" and amt["bare"] else None
    if fx:  # "the yen weakened to 157 per dollar": the last currency named before, other than the base
        base = currency_code(text, fx.group("base").split()[-1])
        named = [c for w in FX_CURRENCY.findall(re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1])
                 if (c := currency_code(text, w)) and c != base]
        if named:
            kind, currency = "money", named[-1]
    of_money = _OF_CURRENCY.match(text, end) if amt["vague"] and kind == "count" else None
    if of_money:  # "millions of dollars": money of no stated value
        kind, currency, end = "money", currency_code(text, of_money.group("c")), of_money.end()
    bound = BOUND_AFTER.match(text, end) if qualifier == "exact" else None
    if bound:
        qualifier, end = ("at_least" if bound.group("hi") else "at_most"), bound.end()
    value = amt["value"]
    return [_row(text, start, end, kind, value, value if qualifier == "at_least" else None,
                 value if qualifier == "at_most" else None, currency, unit, qualifier)]


def _figure_from_match(text: str, m: re.Match[str]) -> list[dict]:
    """Zero, one or two figure rows from one regex match."""
    if re.match(r"[-–]\d", text[m.end() : m.end() + 2]) and m.group()[-1].isdigit():
        return []  # "910-432-3383": a phone number or code
    if m.group("conn") in _HYPHENS and re.search(r"\d\s+$", text[max(0, m.start() - 3) : m.start()]):
        return []  # "40 737-800 jets": a model number after a count
    if m.group("conn") in _HYPHENS and (_SCORE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                        or _SCORE_AFTER.match(text, m.end())):
        return []  # "6-2, 3-6, 6-1": set scores
    a1 = _read_amount(m, 1)
    a2 = _read_amount(m, 2) if m.group("a2") else None
    if m.group("a2") is None:
        return _single(text, m, 1, a1) if a1 else []
    hyphen_digits = (m.group("conn") or "") in _HYPHENS and m.group("d1") and m.group("d2")
    if a1 and a2 and _is_range(text, m, a1, a2):
        row = _range_row(text, m, dict(a1), dict(a2))
        if row:
            return [row]
    if hyphen_digits:
        return []  # "3-1", "25-26 October", "737-800": scores, dates and models
    if a1 and a2 and (m.group("conn") or "").lower() == "to":
        a1 = _shared_multiplier(a1, a2)
    return (_single(text, m, 1, a1) if a1 else []) + (_single(text, m, 2, a2) if a2 else [])


def _shared_multiplier(a1: dict, a2: dict) -> dict:
    """'rose from 2 to 3 million': the first number of a change shares the second's multiplier and unit."""
    if not (a2["mult"] and not a1["mult"] and a1["digits"] and a1["value"] and a2["value"]) or a1["value"] >= 1000:
        return a1
    scaled = a1["value"] * MULTIPLIERS[a2["mult"].lower()]
    if not 0.1 <= scaled / a2["value"] <= 10 or a1["typed"] and a1["kind"] != a2["kind"]:
        return a1
    return {**a1, "value": scaled, **({} if a1["typed"] else
                                      {"kind": a2["kind"], "unit": a2["unit"], "currency": a2["currency"]})}


_OF_CURRENCY = re.compile(
    rf"\s+of\s+(?P<c>{U.alternation([*U.CURRENCY_SUFFIX, *U.AMBIGUOUS_CURRENCY, *U.SHARED_CURRENCY])})\b", _F)
_PAST_DECADE_RE = re.compile(r"\b(?:past|last|previous)\s+decade\b(?!\s+of\b)", _F)


_TIMES_RE = re.compile(r"\b(?:at\s+least|more\s+than)\s+(?:once|twice)\b", _F)


def _times(text: str, lowered: str) -> list[dict]:
    """'at least once', 'more than twice': a count of 1 or 2, at_least."""
    if "once" not in lowered and "twice" not in lowered:
        return []
    return [_row(text, m.start(), m.end(), "count", v, v, None, None, None, "at_least")
            for m in _TIMES_RE.finditer(text) for v in [1.0 if m.group().lower().endswith("once") else 2.0]]


def _past_decades(text: str, lowered: str) -> list[dict]:
    """'over the past decade': a duration of one decade, like 'a decade' (no number is written)."""
    if "decade" not in lowered:
        return []  # the scan costs more than this test on every article
    return [_row(text, m.start(), m.end(), "duration", 1.0, None, None, None, "decade", "exact")
            for m in _PAST_DECADE_RE.finditer(text) if text[max(0, m.start() - 4) : m.start()].lower() == "the "]


def _fractions(text: str) -> list[dict]:
    """'a third of', 'two-thirds of', 'roughly half', '1 in 10' as percentages."""
    out = []
    for m in _FRACTION_RE.finditer(text):
        qual = qualifier_before(text, m.start())
        qword = qual[0] if qual else None
        unit = "percent"
        if m.group("pt"):
            value = {"q": 0.25, "h": 0.5, "t": 0.75, "f": 1.0}[m.group("ptw")[0].lower()]
            unit, end = "percentage_point", m.end("pt")
        elif m.group("f"):
            before = text[max(0, m.start() - 12) : m.start()]
            if _FRACTION_BAD_BEFORE.search(before) and not qword:
                continue
            if not (m.group("of") or qword or _FRACTION_OK_BEFORE.search(before)):
                continue
            if _HALF_A_MULT.match(text, m.end("f")):
                continue  # "more than half a million": 500,000 (the amount regex reads it), not 50%
            words = re.split(r"[\s-]+", m.group("f").lower())
            count = 1.0 if len(words) == 1 or words[0] in ("a", "one") else parse_words(words[0])
            if count is None or (count > 1 and not words[-1].endswith("s")):
                continue
            value = round(count * FRACTIONS[words[-1]] * 100, 2)
            end = m.end("f")
        else:
            a = 1.0 if m.group("ra").lower() in ("a", "an") else parse_number(m.group("ra"))
            b = parse_number(m.group("rb"))
            if a is None or not b or a >= b or YEAR.fullmatch(m.group("rb")):
                continue
            value = round(a / b * 100, 2)
            end = m.end("rb")
        start = qual[1] if qual else m.start()
        qualifier = U.QUALIFIERS[qword] if qword else "exact"
        out.append(_row(text, start, end, "percent", value, value if qualifier == "at_least" else None,
                        value if qualifier == "at_most" else None, None, unit, qualifier))
    return out


def _extract(text: str) -> tuple[list[dict], list[dict]]:
    """(figures, implausible rows dropped from them) for text."""
    lowered = text.lower()
    fracs = _fractions(text) + _past_decades(text, lowered) + _times(text, lowered)
    out = list(fracs)
    for m in _FIGURE_RE.finditer(text):
        for row in _figure_from_match(text, m):
            if not any(f["start"] < row["end"] and row["start"] < f["end"] for f in fracs):
                out.append(row)
    out.sort(key=lambda f: f["start"])
    _cents_currency(out)
    _carry_unit(text, out)
    _shared_bound(text, out)
    kept: list[dict] = []
    dropped: list[dict] = []
    for f in out:  # spans never overlap: figure ids hash (article, start, end)
        if kept and f["start"] < kept[-1]["end"]:
            continue
        (kept if _plausible(f) else dropped).append(f)
    return kept, dropped


_CENTS = re.compile(r"(?<![$\w])[\d.,\s]+cents?$", _F)
_CENT_CURRENCIES = frozenset(["EUR", "AUD", "CAD", "NZD", "HKD", "SGD"])


_OR_BETWEEN = re.compile(r"\s+or\s+")


def _shared_bound(text: str, figures: list[dict]) -> None:
    """'fines of up to €35 million or 7% of turnover': the second figure shares the first one's bound."""
    for a, b in pairwise(figures):
        if a["qualifier"] in ("at_most", "at_least") and b["qualifier"] == "exact" and b["value"] is not None and (
                _OR_BETWEEN.fullmatch(text, a["end"], b["start"])):
            b["qualifier"] = a["qualifier"]
            b["low" if a["qualifier"] == "at_least" else "high"] = b["value"]


def _cents_currency(figures: list[dict]) -> None:
    """'4.8 cents a share' after '€1.9 billion' are euro cents: cents take the last money's currency."""
    last = None
    for f in figures:
        if f["kind"] != "money" or not f["currency"]:
            continue
        if f["currency"] == "USD" and last in _CENT_CURRENCIES and _CENTS.fullmatch(f["text"]):
            f["currency"] = last
        last = f["currency"]


_FROM_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|from|compared\s+with|versus|vs\.?)\s+(?:an?\s+(?:record|peak|high\s+of|low\s+of)\s+"
    r"|(?:(?:a|an|the|this|last|its|their)\s+)?(?:year['’]s\s+)?(?:estimate|forecast|level|total|figure|peak)\s+of\s+)?$",
    _F)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n|;")
_PERCENT_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|jumped|dropped|climbed|declined)\s+(?:by\s+)?$", _F)


def _carry_unit(text: str, figures: list[dict]) -> None:
    """'18 weeks, up from 12', 'rose to 4.4% from 4.2': a bare number compared with the figure before it in
    the sentence is in that figure's unit (kind, unit and currency)."""
    for i, (prev, f) in enumerate(pairwise(figures)):
        if prev["unit"] == "percent" and _PERCENT_CHANGE_BEFORE.search(text, max(0, prev["start"] - 12), prev["start"]):
            if not i:
                continue  # "fell by a fifth, from 12.4 to 9.9 deaths": the change's unit is not the levels'
            prev = figures[i - 1]  # "3,140 a day, down 15% from 3,695": compared with the level, not the change
        if i and prev["kind"] == "duration" and ("-" in prev["text"] or text[max(0, prev["start"] - 4) : prev["start"]]
                                                  .lower() == "the "):
            prev = figures[i - 1]  # "50,000 people registered for the two-week conference, down from 80,000"
        if (f["kind"] != "count" or f["unit"] or f["currency"] or f["subject"] or f["value"] is None
                or prev["kind"] == "count" or not _FROM_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
                or _SENTENCE_BREAK.search(text, prev["end"], f["start"])):
            continue
        f["kind"], f["unit"], f["currency"] = prev["kind"], prev["unit"], prev["currency"]


def extract_figures(text: str) -> list[dict]:
    """All figures in text, in order of appearance (offsets are Python str offsets)."""
    return _extract(text)[0]


def _plausible(f: dict) -> bool:
    """Within the table contract: span of at most MAX_SPAN chars, every number finite and below MAX_ABS."""
    nums = [f[k] for k in ("value", "low", "high") if f[k] is not None]
    return len(f["text"]) <= MAX_SPAN and all(math.isfinite(x) and abs(x) <= MAX_ABS for x in nums)


def extract_figures_checked(text: str, source: str) -> tuple[list[dict], list[Rejected]]:
    """Figures, plus a Rejected for each number-like text that is not published as one.

    Those are: exponents ('10^999'), more than 15 integer digits, malformed digit grouping ('1,2,3,4'), and
    figures beyond the table contract (|value| > 1e18 or a span over 200 characters).
    """
    figures, dropped = _extract(text)
    spans = [(m.start(), m.end(), m.group(), "exponent, more than 15 integer digits, or malformed digit grouping")
             for m in _SUSPECT_RE.finditer(text)]
    spans += [(f["start"], f["end"], f["text"], f"value beyond +/-{MAX_ABS:g} or span over {MAX_SPAN} characters")
              for f in dropped]
    rejected = [
        Rejected(
            source=source,
            stage="extract",
            reason=(
                f"{source}: number-like text {snippet[:40]!r} at offset {start} is not a valid figure ({why}); "
                "it was not extracted. Check the source text if this number matters."
            ),
            record=dump_record({"source": source, "start": start, "end": end, "text": snippet[:200]}),
        )
        for start, end, snippet, why in sorted(spans)
    ]
    return figures, rejected
