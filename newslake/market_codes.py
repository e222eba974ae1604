"""Market codes a business page prints beside names: a ticker after its exchange ("Safaricom PLC (NSE: SCOM)",
"Nasdaq: GRAB"), a Hong Kong code ("(9863.HK)"), a currency pair ("USD/KRW 1,447.5"). None names anything."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newslake.figures_units import ISO_CODES
from newslake.nlp_common import doc_words

EXCHANGES = frozenset(
    {"NYSE", "Nasdaq", "NASDAQ", "LSE", "JSE", "NSE", "BSE", "ASX", "TSX", "IDX", "HKEX", "SGX", "TSE", "SIX", "OTC"}
)
_LISTING_CODE = re.compile(r"\d{3,5}\.[A-Z]{1,2}")  # "9863.HK", "0175.HK", "7203.T"


def market_code(span: Span) -> bool:
    """True for a ticker after its exchange, a numeric listing code, or one code of a currency pair."""
    if span.end - span.start > 2:
        return False
    words, i = doc_words(span.doc), span.start
    word = "".join(words[i : span.end])
    if word[:1].isdigit() and _LISTING_CODE.fullmatch(word):
        return True
    if i >= 2 and words[i - 1] == ":" and words[i - 2] in EXCHANGES and word.replace(".", "").isupper():
        return True
    if span.end - span.start != 1 or word not in ISO_CODES:
        return False
    before = words[i - 2] if i >= 2 and words[i - 1] == "/" else ""
    after = words[i + 2] if i + 2 < len(words) and words[i + 1] == "/" else ""
    return before in ISO_CODES or after in ISO_CODES
