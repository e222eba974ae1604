"""Text around a number: the qualifier before it, the subject and period after it, and contexts that make
it no figure (years, day numbers next to a month, clock times, digits inside names)."""

from __future__ import annotations

import re
from functools import lru_cache

from newslake import figures_units as U

_F = re.IGNORECASE
_QUAL = U.alternation(U.QUALIFIERS)
# qualifiers are looked up behind a number rather than tried by the main regex at every position (speed)
_QUAL_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<q>{_QUAL})\s+|(?P<tilde>~)\s*)$", _F)
_PERIOD_RE = re.compile(rf"[\s,]*(?P<p>{U.alternation(U.PERIODS)})\b(?!\s+(?:earlier|ago|before|later|after))", _F)
_NOUN_NEXT = re.compile(r"\s+(?-i:[a-z]{3,})\b")
_HYPHEN_PERIOD_RE = re.compile(r"-(?:a|per)-(?P<p>year|month|week|day)\b", _F)
# an unambiguous period word later in the same clause, with no other number in between
_FAR_PERIOD_RE = re.compile(
    r"[^,;:.!?\n\d$€£¥%]{1,40}?\b(?P<p>(?:each|every|per)\s+(?:year|month|week|day)|annually)\b",
    _F,
)
_PHRASAL_UP = re.compile(
    r"\b(?:tick|edge|inch|creep|crept|go|went|gone|goes|move|shoot|shot|pick|ramp|step|revise|push|bump|ratchet|"
    r"notch|nudge|trend)(?:s|ed|d|ped|ping|ing)?\s+$",
    _F,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# "March 3" and the second day of "January 12 and 13," (a count follows as a noun: "March 3 and 40 people")
_MONTH_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s*$|(?P<btw>\bbetween\s+)?\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:and|or|&|to|through|until|till)\s+$",
    _F
)
_DAY_PAIR_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:,\s+\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+(?:and|or|&|to|through|until|till)\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", _F
)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", _F)
_DAY_END = re.compile(
    r"(?:st|nd|rd|th)?(?:\s*[.,;:!?)]|\s*$|\s+(?:and|to|at|in|on|from|with|as|when|before|after|while|but|because|"
    r"next|this|last|until)\b)"
)
_TIME_AFTER = re.compile(
    r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|bst\b|[ecmp][sd]t\b|hrs\b|o'clock|b\.?c\.?e?\b|a\.?d\.?(?!\w))", _F
)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?:;\n][\s(])(\w*[A-Z][\w&.]*)\)?\s*$")
# a number right after these words labels a thing ("section 119.3", "flight 370", "category 5"), not an amount
_REFERENCE_BEFORE = re.compile(
    r"\b(?:section|article|chapter|clause|paragraph|subsection|page|route|highway|interstate|flight|platform|"
    r"gate|room|version|category|channel|seat|exit|no\.|nos\.|pp?\.|the\s+number|"
    # "on day five of the trial", "in round 3" (not "at this stage 40 people")
    r"(?:on|in|at|by|from|until|of|since|to)\s+(?:day|round|stage|phase|lap|tier))\s+$",
    _F,
)
YEAR = re.compile(r"1[6-9]\d\d|20\d\d|21\d\d")
CHANGE_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|decreased?|climbed|dropped|jumped|grew|"
    r"grown|cut|raised|lowered|declined|slipped|surged|soared|plunged|slumped|tumbled|up|down|went|gone|"
    r"moved|changed|swung|shrank|expanded|boosted|reduced|gain(?:s|ed|ing)?|lost|los(?:es|ing)|"
    r"advanced|retreated|slid|sank|eased|edged|inched|rallied|dipped|shed|firmed|weakened|strengthened)"
    r"\s+(?:\w+\s+){0,3}$",
    _F,
)
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", _F)
# singular only: "a 6.1 quake" is a magnitude, "29 earthquakes" a count
QUAKE_AFTER = re.compile(r"[\s-]+(?:magnitude\s+)?(?:earthquake|quake|tremor|aftershock)\b", _F)
# a bound written after the number: "magnitude 3 or higher", "50 or more", "10 or fewer"
BOUND_AFTER = re.compile(
    r"\s+or\s+(?:(?P<hi>more|higher|above|greater|over|longer|older|bigger|larger)|"
    r"(?P<lo>less|fewer|lower|below|under|shorter|younger|smaller))\b(?!\s+than\b)",
    _F,
)
# an exchange rate with the currency named before it: "sending the yen to 157 per dollar"
FX_AFTER = re.compile(
    r"\s+(?:per|a|to\s+the|against\s+the)\s+(?P<base>(?:us\s+|u\.s\.\s+)?(?:dollar|euro|pound))\b", _F)
FX_CURRENCY = re.compile(
    rf"\b({U.alternation([k for k in [*U.CURRENCY_SUFFIX, *U.SHARED_CURRENCY] if ' ' not in k])})\b", _F)
_DATELINE = re.compile(r"\s*(?P<d>[^\n]{1,60}?)\s+(?:\([^)]{1,30}\)\s*)?[-—–]\s")


@lru_cache(maxsize=256)
def local_currency(text: str, family: str) -> str | None:
    """The code of a currency word several countries use ('pesos', 'crowns') from the country the article
    names: the only one of them it names, else the one in its dateline; None when that leaves it open."""
    named = [code for code, cue in U.COUNTRY_CUES[family].items() if cue.search(text)]
    if len(named) > 1:
        dateline = _DATELINE.match(text)
        named = [code for code in named if dateline and U.COUNTRY_CUES[family][code].search(dateline.group("d"))]
    return named[0] if len(named) == 1 else None


def currency_code(text: str, word: str) -> str | None:
    """ISO code of a currency word written in text ('yen'; 'pesos' in a story from Chile is CLP)."""
    w = norm(word)
    if w in U.SHARED_CURRENCY:
        family, default = U.SHARED_CURRENCY[w]
        return local_currency(text, family) or default
    return U.CURRENCY_SUFFIX.get(w) or U.AMBIGUOUS_CURRENCY.get(w)
PRICE_FROM = re.compile(r"\b(?:priced|prices?|starting|starts?|costs?|fares?|tickets?)\s+$", _F)
_SUBJECT_RE = re.compile(r"[ \t]+(?:of[ \t]+)?((?:[A-Za-z][\w’'-]*)(?:[ \t]+[A-Za-z][\w’'-]*){0,5})")
_STOP = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
    "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "was", "were", "is", "are",
    "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
    "do", "does", "did", "not", "no", "nor", "said", "says", "say", "according", "after", "before", "during",
    "since", "until", "while", "when", "where", "if", "because", "so", "such", "also", "more", "less",
    "fewer", "most", "least", "over", "under", "about", "around", "into", "onto", "upon", "per", "each",
    "every", "its", "their", "his", "her", "our", "your", "my", "it", "they", "he", "she", "we", "you", "i",
    "them", "him", "us", "me", "there", "here", "then", "just", "only", "even", "still", "already", "yet",
    "again", "out", "up", "down", "off", "away", "back", "last", "next", "ago", "earlier", "later", "year",
    "month", "week", "day", "annually", "daily", "weekly", "monthly", "quarterly", "yearly", "old", "s",
    "including", "among", "against", "between", "through", "across", "toward", "towards", "within", "without",
    "both", "either", "neither", "all", "any", "some", "many", "much", "other", "another", "same", "own",
    "very", "what", "how", "why"
])
_SUBJECT_STOP = frozenset([
    "above", "below", "overnight", "online", "wide", "long", "high", "deep", "tall", "ahead", "abroad", "alone",
    "apiece", "needed", "hit", "fell", "rose", "went", "came", "left", "lost", "won", "took", "made", "sought",
    "work", "start", "spent", "died", "fled", "remain", "stay", "live", "die", "fall", "rise", "go", "come",
])
_PLURALS = frozenset(["people", "children", "men", "women", "police", "staff", "cattle", "personnel", "feet"])
_NAME_OK = frozenset(q.lower() for q in U.QUALIFIERS) | _STOP

def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier written right before pos ('approximately', 'more than', '~') and where it starts."""
    window = max(0, pos - 32)
    m = _QUAL_BEFORE.search(text, window, pos)
    if not m:
        return None
    if m.group("q") and norm(m.group("q")) == "up to" and _PHRASAL_UP.search(text, max(0, m.start() - 12), m.start()):
        return None  # "ticked up to 4.1%": the verb's particle, not a bound
    if m.group("q") and norm(m.group("q")) == "to top":
        return "tops", m.start("q") + 3  # "expected to top $150 billion": the span starts at the verb
    return ("~", m.start("tilde")) if m.group("tilde") else (norm(m.group("q")), m.start("q"))


def labelled(text: str, pos: int) -> bool:
    """A number at pos labels a thing ('flight 370', 'on day five'), not an amount."""
    return bool(_REFERENCE_BEFORE.search(text, max(0, pos - 40), pos))


def context_excluded(text: str, num_start: int, end: int, raw: str) -> bool:
    """Years, day numbers next to a month, clock times, eras and digits inside names are not figures."""
    if YEAR.fullmatch(raw):
        return True
    before = text[max(0, num_start - 40) : num_start]
    after = text[end : end + 20]
    day_pair = _MONTH_BEFORE.search(before)
    if day_pair and (not day_pair.group().rstrip().endswith(("and", "or", "&", "to", "through", "until", "till"))
                     or raw.isdigit() and int(raw) <= 31 and (day_pair.group("btw") or _DAY_END.match(after))):
        return True
    if raw.isdigit() and int(raw) <= 31 and _DAY_PAIR_AFTER.match(text, end, end + 40):
        return True  # "from 10 to 21 March", "between 2 and 9 March": the first day of a pair
    if _MONTH_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if _REFERENCE_BEFORE.search(before):
        return True
    nb = _NAME_BEFORE.search(before)
    return bool(nb and nb.group(1).lower() not in _NAME_OK)


def noun_phrase_after(text: str, end: int) -> tuple[str | None, int]:
    """The noun phrase right after the figure ('North Korean troops'), and where it ends.

    No tagger here (this runs on every article at regex speed): the phrase stops at a function word or a
    common verb, before an -ed/-ing word that is not its first, and right after a plural head noun.
    """
    m = _SUBJECT_RE.match(text, end)
    if not m:
        return None, end
    words: list[str] = []
    pos = m.start(1)
    stop = pos
    for w in m.group(1).split():
        pos = text.index(w, pos)
        lw = w.lower().strip("’'")
        if lw in _STOP or lw in _SUBJECT_STOP or norm(w) in U.CURRENCY_SUFFIX:
            break
        if words and lw.endswith(("ed", "ing")):
            break
        words.append(w)
        pos += len(w)
        stop = pos
        if lw in _PLURALS or (len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is"))):
            break
    return (" ".join(words) or None), stop


def period_and_subject(text: str, end: int, unit: str | None) -> tuple[str | None, str | None]:
    """Rate period ('annually', 'a year', also after a short subject: '57 trucks a day') and subject."""
    m = _HYPHEN_PERIOD_RE.match(text, end)  # "a $60 million-a-year deal"
    if m:
        return m.group("p").lower(), noun_phrase_after(text, m.end())[0]
    m = _PERIOD_RE.match(text, end)
    if m:
        return U.PERIODS[norm(m.group("p"))], noun_phrase_after(text, m.end())[0]
    subject, subj_end = noun_phrase_after(text, end)
    if subject and len(subject.split()) <= 3:
        m = _PERIOD_RE.match(text, subj_end)
        if m and not (norm(m.group("p")) in ("annual", "annualised", "annualized") and _NOUN_NEXT.match(text, m.end())):
            # "57 trucks a day", not "70% of India's annual rainfall" ("annual" there is the noun's adjective)
            return U.PERIODS[norm(m.group("p"))], subject
    far = _FAR_PERIOD_RE.match(text, subj_end)  # "25,000 patients start the drug each week"
    if far and (unit or "") not in U.UNIT_PERIODS:
        return U.PERIODS[norm(far.group("p"))], subject
    return U.UNIT_PERIODS.get(unit or ""), subject


