"""Figures in news text: counts, money, percentages, quantities and durations with qualifiers and ranges."""

from __future__ import annotations

import math
import re

from newslake import figures_units as U
from newslake.numbers import (
    DIGITS,
    FRACTIONS,
    MULTIPLIERS,
    NUMBER_WORDS,
    parse_digits,
    parse_words,
)
from newslake.records import Rejected, dump_record

_F = re.IGNORECASE
_QUAL = U.alternation(U.QUALIFIERS)
_CUR_PRE = U.alternation(U.CURRENCY_PREFIX)
_ISO = r"(?:[A-Z]{3})"
_MULT_WORD = r"million|billion|trillion|thousand|hundred|mn|mln|bn|bln|tn|trn"
_TAIL = U.alternation(
    list(U.PERCENT_UNITS) + list(U.CURRENCY_SUFFIX) + list(U.AMBIGUOUS_CURRENCY) + list(U.DURATION_UNITS)
    + list(U.QUANTITY_UNITS)
)
_VAGUE = (
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens|scores|hundreds|thousands|millions|billions"
)
_NUM_END = r"(?![0-9]|[.,][0-9]|/[0-9]|:[0-9])"


def _amount(i: int) -> str:
    """Regex for one amount: [currency] number [multiplier] [unit/currency/percent] [plus]; groups end in i."""
    return (
        rf"(?P<a{i}>"
        rf"(?:(?P<cur{i}>{_CUR_PRE})\s?|(?P<iso{i}>(?-i:[A-Z]{{3}}))\s?(?=[0-9]))?"
        rf"(?:(?P<d{i}>{DIGITS}){_NUM_END}(?:\s*(?P<dm{i}>{_MULT_WORD})\b|(?P<dmx{i}>m|bn|b|k)(?![A-Za-z]))?"
        rf"|(?P<w{i}>\b(?:{NUMBER_WORDS})\b)(?:\s+(?P<wm{i}>million|billion|trillion|dozen)\b)?"
        rf"|(?P<an{i}>\b(?:half\s+an?|an?)\s+(?P<am{i}>million|billion|trillion|dozen|hundred|thousand)\b)"
        rf"|(?P<v{i}>\b(?:{_VAGUE})\b))"
        rf"(?:(?:\s*|-)(?P<tail{i}>{_TAIL})(?![A-Za-z0-9]))?"
        rf"(?:\s*(?P<tiso{i}>(?-i:[A-Z]{{3}}))\b)?"
        rf"(?P<plus{i}>\+|-plus\b)?)"
    )


_FIGURE_RE = re.compile(
    rf"(?<![\w.,/:$€£¥^])(?<![A-Za-z]-)"
    rf"(?:(?P<rng>between|from)\s+|(?P<q>{_QUAL})\s+|(?P<tilde>~))?"
    + _amount(1)
    + rf"(?:\s*(?P<conn>to|and|or|-|–|—)\s*(?:(?P<q2>{_QUAL})\s+)?" + _amount(2) + ")?",
    _F,
)
_FRACTION_RE = re.compile(
    rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<f>(?:a|one|two|three|four|nine)[\s-]+"
    rf"(?:half|thirds?|quarters?|fifths?|tenths?)|half)\b(?P<of>\s+of\b)?",
    _F,
)
_PERIOD_RE = re.compile(rf"[\s,]*(?P<p>{U.alternation(U.PERIODS)})\b(?!\s+(?:earlier|ago|before|later|after))", _F)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", _F)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", _F)
_TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|bst\b|[ecmp][sd]t\b|hrs\b|o'clock)", _F)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?:;\n]\s)([A-Z][A-Za-z&.]*|[A-Z]+)\s*$")
_CHANGE_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|decreased?|climbed|dropped|jumped|grew|"
    r"grown|cut|raised|lowered|declined|slipped|surged|soared|plunged|slumped|tumbled|up|down|went|gone|"
    r"moved|changed|swung|shrank|expanded|boosted|reduced)\s+(?:\w+\s+){0,2}$",
    _F,
)
_SUBJECT_RE = re.compile(r"[ \t]+(?:of[ \t]+)?((?:[A-Za-z][\w’'-]*)(?:[ \t]+[A-Za-z][\w’'-]*){0,5})")
_STOP = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "do", "does", "did", "not", "no", "nor", "said", "says", "say", "according", "after", "before", "during", "since", "until", "while", "when", "where", "if", "because", "so", "such", "also", "more", "less", "fewer", "most", "least", "over", "under", "about", "around", "into", "onto", "upon", "per", "each", "every", "its", "their", "his", "her", "our", "your", "my", "it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "me", "there", "here", "then", "than", "just", "only", "even", "still", "already", "yet", "again", "out", "up", "down", "off", "away", "back", "last", "next", "ago", "earlier", "later", "year", "month", "week", "day", "annually", "daily", "weekly", "monthly", "quarterly", "yearly", "old", "s", "including", "including", "among", "against", "between", "through", "across", "toward", "towards", "within", "without", "both", "either", "neither", "all", "any", "some", "many", "much", "other", "another", "same", "own", "very", "what", "how", "why"]
)
_PREFIX_ONLY_NAME_OK = frozenset(q.lower() for q in U.QUALIFIERS) | _STOP | {"some", "nearly", "almost"}
_RANGE_SEP_DIGITS_ONLY = {"-", "–", "—"}

_SUSPECT_RE = re.compile(r"\d+\s*\^\s*\d+|\d{16,}|\d+(?:,\d{1,2}|,\d{4,})(?:,\d+)+")


def _tail_kind(tail: str, has_mult: bool, has_cur: bool) -> tuple[str, str | None, str | None]:
    """(kind, unit, currency) for a tail word like '%', 'rubles', 'km', 'years'."""
    t = re.sub(r"\s+", " ", tail.lower())
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
    for k, v in U.QUANTITY_UNITS.items():  # case variants like "°C"
        if k == t:
            return "quantity", v, None
    return "count", None, None


def _read_amount(m: re.Match[str], i: int) -> dict | None:
    """Value and attributes of amount i of a figure match; None when the number cannot be parsed."""
    g = m.group
    cur = g(f"cur{i}")
    iso = g(f"iso{i}") or g(f"tiso{i}")
    currency = U.CURRENCY_PREFIX.get(cur) if cur else None
    if iso:
        if iso.upper() not in U.ISO_CODES or iso != iso.upper():
            if g(f"iso{i}"):
                return None
            iso = None
        else:
            currency = iso.upper()
    vague = False
    mult_word = None
    if g(f"d{i}") is not None:
        value = parse_digits(g(f"d{i}"))
        mult_word = g(f"dm{i}") or g(f"dmx{i}")
        if g(f"dmx{i}") and g(f"dmx{i}").lower() == "m" and not currency:
            mult_word = None  # "100m" without a currency is metres
    elif g(f"w{i}") is not None:
        value = parse_words(g(f"w{i}"))
        mult_word = g(f"wm{i}")
    elif g(f"an{i}") is not None:
        value = 0.5 if g(f"an{i}").lower().startswith("half") else 1.0
        mult_word = g(f"am{i}")
    else:
        value, vague = None, True
    if value is None and not vague:
        return None
    if value is not None and mult_word:
        value = value * MULTIPLIERS[mult_word.lower()]
        if not math.isfinite(value):
            return None
    kind, unit, tail_cur = "count", None, None
    tail = g(f"tail{i}")
    dmx = g(f"dmx{i}")
    if dmx and dmx.lower() == "m" and not currency and not tail:
        kind, unit = "quantity", "m"
    if tail:
        kind, unit, tail_cur = _tail_kind(tail, bool(mult_word), bool(currency))
        if tail.lower() == "won" and not (mult_word or (value or 0) >= 100):
            return None
    if vague:
        vtext = g(f"v{i}").lower()
        kind = "money" if currency or tail_cur else kind
    currency = currency or tail_cur
    if currency:
        kind, unit = "money", None
    return {
        "value": value,
        "kind": kind,
        "unit": unit,
        "currency": currency,
        "mult": mult_word,
        "raw": value if not mult_word or value is None else value / MULTIPLIERS[mult_word.lower()],
        "vague": vague,
        "plus": bool(g(f"plus{i}")),
        "digits": g(f"d{i}") is not None,
        "bare": not (currency or tail or mult_word),
        "typed": bool(currency or tail),
        **({"vtext": vtext} if vague else {}),
    }


def _is_excluded(text: str, start: int, end: int, amt: dict, num_start: int) -> bool:
    """Dates, years, times, clock readings and digits inside names are not figures."""
    before = text[max(0, num_start - 40) : num_start]
    after = text[end : end + 20]
    if amt["bare"] and amt["digits"]:
        raw = text[num_start:end].strip()
        if re.fullmatch(r"1[6-9]\d\d|20\d\d|21\d\d", raw):
            return True
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return True
        if _TIME_AFTER.match(after):
            return True
        nb = _NAME_BEFORE.search(before)
        if nb and nb.group(1).lower() not in _PREFIX_ONLY_NAME_OK and start == num_start:
            return True
    return False


def _subject(text: str, end: int) -> str | None:
    """The noun phrase right after the figure, cut at the first function word."""
    m = _SUBJECT_RE.match(text, end)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower().strip("’'") in _STOP or w.lower() in U.CURRENCY_SUFFIX:
            break
        words.append(w)
    return " ".join(words) or None


def _period(text: str, end: int) -> tuple[str | None, int]:
    """Rate period written after the figure ('annually', 'a year') and where it ends."""
    m = _PERIOD_RE.match(text, end)
    if not m:
        return None, end
    return U.PERIODS[re.sub(r"\s+", " ", m.group("p").lower())], m.end()


def _is_range(text: str, m: re.Match[str], a1: dict, a2: dict) -> bool:
    """Do two adjacent amounts form one range ('between A and B', 'A to B', 'A-B') rather than two figures?"""
    conn = (m.group("conn") or "").lower()
    rng = (m.group("rng") or "").lower()
    change = bool(_CHANGE_VERB.search(text[max(0, m.start() - 40) : m.start()]))
    if a1["vague"] or a2["vague"]:
        return False
    if a1["kind"] != a2["kind"] and a1["typed"] and a2["typed"]:
        return False  # "5% to $300"
    if rng == "between":
        return conn in ("and", "to", "-", "–")
    if conn == "and":
        return False
    if conn in _RANGE_SEP_DIGITS_ONLY and not (a1["digits"] and a2["digits"]):
        return False
    if conn == "or":
        return a1["bare"] and not a1["digits"]  # "two or three days"
    # "rose from 4.1% to 4.3%": two values, not a range
    return not (change and (rng == "from" or conn == "to"))


def _figure_from_match(text: str, m: re.Match[str]) -> list[dict]:
    """Zero, one or two figure rows from one regex match (two when 'from A to B' is a change, not a range)."""
    a1 = _read_amount(m, 1)
    if a1 is None:
        return []
    a2 = _read_amount(m, 2) if m.group("a2") else None
    conn = (m.group("conn") or "").lower()
    is_range = a2 is not None and _is_range(text, m, a1, a2)
    if a2 is not None and not is_range:
        return _single(text, m, 1, a1) + (_single(text, m, 2, a2) if conn not in ("-", "–", "—") or
                                          not (a1["digits"] and a2["digits"]) else [])
    if not is_range:
        return _single(text, m, 1, a1)
    # range: fill in unit/currency/multiplier written only once ("$5-6 million", "2-3%", "2,000 to 2,500 troops")
    for src, dst in ((a2, a1), (a1, a2)):
        if src["mult"] and not dst["mult"] and dst["value"] is not None and dst["value"] <= src["raw"]:
            dst["value"] = dst["value"] * MULTIPLIERS[src["mult"].lower()]
        if not dst["typed"] and src["typed"]:
            dst.update(kind=src["kind"], unit=src["unit"], currency=src["currency"])
    low, high = a1["value"], a2["value"]
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return []
    if low >= high:
        return []  # "2-1" is a score, "5-5" a draw
    start = m.start("a1") if not m.group("q") else m.start("q")
    end = m.end("a2")
    period, pend = _period(text, end)
    if period is None and a2["unit"] in U.UNIT_PERIODS:
        period = U.UNIT_PERIODS[a2["unit"]]
    return [
        _row(text, start, end, a2["kind"], None, low, high, a2["currency"] or a1["currency"], a2["unit"],
             "range", period, _subject(text, pend))
    ]


def _single(text: str, m: re.Match[str], i: int, amt: dict) -> list[dict]:
    """One non-range figure from amount i."""
    start, end = m.start(f"a{i}"), m.end(f"a{i}")
    num_start = start
    qual_group = "q" if i == 1 else "q2"
    qualifier = "exact"
    if m.group(qual_group):
        start = m.start(qual_group)
        qualifier = U.QUALIFIERS[re.sub(r"\s+", " ", m.group(qual_group).lower())]
    elif i == 1 and m.group("tilde"):
        start, qualifier = m.start("tilde"), "approx"
    if amt["plus"]:
        qualifier = "at_least"
    if amt["vague"]:
        qualifier = "approx"
    if _is_excluded(text, start, end, amt, num_start):
        return []
    if amt["value"] is None and not amt["vague"]:
        return []
    if (not amt["digits"] and amt["bare"] and not amt["vague"] and amt["value"] == 1.0):
        return []  # a bare "one" is a pronoun far more often than a count
    if amt["kind"] == "duration" and re.match(r"\s+(?:ago|earlier|before)\b", text[end : end + 12], _F):
        return []  # "three years ago" is a date
    period, pend = _period(text, end)
    if period is None and amt["unit"] in U.UNIT_PERIODS:
        period = U.UNIT_PERIODS[amt["unit"]]
    value = amt["value"]
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return [_row(text, start, end, amt["kind"], value, low, high, amt["currency"], amt["unit"], qualifier,
                 period, _subject(text, pend))]


def _row(text: str, start: int, end: int, kind: str, value: float | None, low: float | None,
         high: float | None, currency: str | None, unit: str | None, qualifier: str, period: str | None,
         subject: str | None) -> dict:
    """One figures row (without ids)."""
    return {
        "start": start, "end": end, "text": text[start:end], "kind": kind, "value": value, "low": low,
        "high": high, "currency": currency, "unit": unit, "qualifier": qualifier, "period": period,
        "subject": subject,
    }


def _fractions(text: str, taken: list[tuple[int, int]]) -> list[dict]:
    """'a third of', 'two-thirds of', 'roughly half' as percentages."""
    out = []
    for m in _FRACTION_RE.finditer(text):
        if not (m.group("of") or m.group("q")):
            continue
        if any(s < m.end("f") and m.start() < e for s, e in taken):
            continue
        words = re.split(r"[\s-]+", m.group("f").lower())
        if len(words) == 1:
            count, frac = 1.0, FRACTIONS[words[0]]
        else:
            count = 1.0 if words[0] in ("a", "one") else parse_words(words[0])
            frac = FRACTIONS[words[1]]
            if count is None or (count > 1 and not words[1].endswith("s")):
                continue
        value = round(count * frac * 100, 2)
        start = m.start("q") if m.group("q") else m.start("f")
        qualifier = U.QUALIFIERS[re.sub(r"\s+", " ", m.group("q").lower())] if m.group("q") else "exact"
        out.append(_row(text, start, m.end("f"), "percent", value, value if qualifier == "at_least" else None,
                        value if qualifier == "at_most" else None, None, "percent", qualifier, None, None))
    return out


def extract_figures(text: str) -> list[dict]:
    """All figures in text, in order of appearance (offsets are Python str offsets)."""
    out: list[dict] = []
    for m in _FIGURE_RE.finditer(text):
        out.extend(_figure_from_match(text, m))
    taken = [(f["start"], f["end"]) for f in out]
    if "of" in text or "half" in text:
        out.extend(_fractions(text, taken))
        out.sort(key=lambda f: f["start"])
    return out


def extract_figures_checked(text: str, source: str) -> tuple[list[dict], list[Rejected]]:
    """Figures plus a Rejected for each number-like token that cannot be a figure (overlong, '10^999', '1,2,3')."""
    figures = extract_figures(text)
    rejected = [
        Rejected(
            source=source,
            stage="extract",
            reason=(
                f"{source}: number-like text {m.group()[:40]!r} at offset {m.start()} is not a valid figure "
                "(exponent, more than 15 integer digits, or malformed digit grouping); it was not extracted. "
                "Check the source text if this number matters."
            ),
            record=dump_record({"source": source, "start": m.start(), "end": m.end(), "text": m.group()[:200]}),
        )
        for m in _SUSPECT_RE.finditer(text)
    ]
    return figures, rejected
