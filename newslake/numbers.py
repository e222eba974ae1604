"""Parse the number part of a figure: digits, number words (via text2num), fractions and multipliers."""

from __future__ import annotations

import math
import re

from text_to_num import text2num

MAX_INT_DIGITS = 15  # above this a float loses integer precision; such "numbers" are IDs or garbage

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]
SCALE_WORDS = ("hundred", "thousand")
_W = r"(?:" + "|".join(sorted(ONES + list(SCALE_WORDS), key=len, reverse=True)) + r")"
# "twenty-five", "one hundred and five", "eleven thousand"; "and" only after a scale word
_FIRST = r"(?:" + "|".join(sorted(ONES, key=len, reverse=True)) + r")"  # never a bare "thousand"
FIRST_NUMBER_WORD = _FIRST  # the words a written number can start with ("one" .. "ninety")
NUMBER_WORDS = rf"{_FIRST}(?:(?:-|\s+)(?={_W}\b){_W}|(?<=hundred)\s+and\s+(?={_W}\b){_W}|(?<=thousand)\s+and\s+(?={_W}\b){_W})*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,15})?|\d+(?:\.\d{1,15})?|\.\d{1,15}"

MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "dozen": 12.0,
    "lakh": 1e5,
    "crore": 1e7,
    "lakh crore": 1e12,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
_DIGITS_RE = re.compile(rf"^(?:{DIGITS})$")
_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_digits(s: str) -> float | None:
    """'11,000' -> 11000.0, '1.8' -> 1.8; None for malformed, overlong or non-finite input."""
    s = s.strip()
    if not _DIGITS_RE.match(s):
        return None
    plain = s.replace(",", "")
    if len(plain.split(".")[0].lstrip("0")) > MAX_INT_DIGITS:
        return None
    value = float(plain)
    return value if math.isfinite(value) else None


def parse_words(s: str) -> float | None:
    """'eleven' -> 11.0, 'twenty-five' -> 25.0, 'a dozen' -> 12.0, 'half' -> 0.5; None if not a number."""
    s = s.strip().lower()
    if s in ("a", "an", "one"):
        return 1.0
    if s in FRACTIONS:
        return FRACTIONS[s]
    try:
        return float(text2num(s.replace("-", " "), "en"))
    except (ValueError, TypeError):
        return None


def parse_number(s: str) -> float | None:
    """Digits or number words, with optional trailing multipliers: '1.3 billion' -> 1.3e9, 'two dozen' -> 24."""
    text = s.strip().lower()
    if not text:
        return None
    words = _WORD_SPLIT.split(text)
    mult = 1.0
    while len(words) > 1 and words[-1] in MULTIPLIERS and words[-1] not in ("m", "b", "k"):
        mult *= MULTIPLIERS[words.pop()]
    if words and words[-1] in ("a", "an") and len(words) > 1 and words[-2] in FRACTIONS:
        words.pop()  # "half a" (million)
    head = " ".join(words)
    if len(words) == 1 and words[0] and (words[0][0].isdigit() or words[0][0] == "."):
        base = parse_digits(words[0])
    else:
        base = parse_words(head)
    if base is None:
        return None
    value = base * mult
    return value if math.isfinite(value) else None


def apply_multiplier(value: float, word: str | None) -> float | None:
    """value times the multiplier named by word ('bn', 'million', ...); None on overflow."""
    if not word:
        return value
    out = value * MULTIPLIERS.get(word.lower().rstrip("."), 1.0)
    return out if math.isfinite(out) else None
