"""The date regexes: every surface form a date takes in news text, and the tense cues around it."""

from __future__ import annotations

import re

from newslake.figures_units import word_trie
from newslake.numbers import FIRST_NUMBER_WORD, NUMBER_WORDS, ONES

_F = re.IGNORECASE
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_MON = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sep(?:t|tember|t\.|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])"
)
MONTH_WORDS = [  # every month word _MON matches
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
]
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|21[0-9]{2})"
_PART = r"(?:early|mid|late|the\s+end\s+of|end\s+of|end(?=-)|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_UNIT = r"(?:day|week|fortnight|month|year|decade)s?"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_FEW = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "two days after" / "the day before" count from a known day only when no event follows ("after the vote")
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)\]]|$|\s(?:and|but|when|as|while|on|in|at)\b))"


def _mdy(p: str) -> str:
    """'March 31, 2025' / '31 March' / 'March 2026' / 'March' with groups named p_d1, p_m, p_d, p_y."""
    return (
        rf"(?:(?P<{p}_d1>{_DAY})\s+)?(?P<{p}_m>{_MON})(?:\.?\s+(?P<{p}_d>{_DAY}))?(?:,?\s+(?P<{p}_y>{_YEAR}))?"
    )


# every word a date expression can start with; the regex only tries its ~30 forms where one of these begins
_FIRST_WORDS = (
    "january february march april may june july august september october november december sept "
    "monday tuesday wednesday thursday friday saturday sunday this last next the first second third fourth "
    "early mid late end twenties thirties forties fifties sixties seventies eighties nineties today tonight "
    "yesterday tomorrow a an overnight earlier later coming following past spring summer autumn fall winter christmas new "
    "thanksgiving halloween valentine easter ramadan eid good boxing st saint labor memorial juneteenth veterans "
    "year q fy fiscal financial h start beginning middle black cyber full " + " ".join(ONES)
).split()


def _first_word_guard(words: list[str]) -> str:
    """A case-insensitive trie of the words' first three letters, as case-sensitive classes (fast to reject)."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w[:3]:
            node = node.setdefault(c, {})
        if len(w) < 3:
            node[""] = {}  # a short word must end there: "a", "an", "q1"

    def emit(node: dict) -> str:
        alts = []
        for c, child in sorted(node.items()):
            if c == "":
                alts.append(r"(?![a-zA-Z])")
            else:
                alts.append(f"[{c}{c.upper()}]" + (emit(child) if child else ""))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return r"(?-i:\d|" + emit(trie)[3:-1] + ")"


# a second, whole-word guard: "for", "over", "security" pass the three-letter one; "the" and "a" start a
# date only before these words
_AFTER_THE = (
    "same first second third fourth last final full fiscal financial year quarter half week day current next "
    "previous coming new early mid late end beginning start middle following prior spring summer autumn fall "
    "winter weekend twenties thirties forties fifties sixties seventies eighties nineties " + " ".join(ONES)
    + " " + " ".join(MONTH_WORDS)
).split()
_AFTER_A = ["day", "week", "fortnight", "month", "year", "decade"]
_WHOLE_GUARD = (
    rf"\d|[tT][hH][eE]\s+(?:\d|{word_trie(_AFTER_THE, whole=False)})|[aA][nN]?\s+{word_trie(_AFTER_A, whole=False)}"
    rf"|{word_trie([w for w in _FIRST_WORDS + MONTH_WORDS if w not in ('the', 'a', 'an')])}"
)


def _bare(pattern: str) -> str:
    """pattern without named groups: each capture group costs the big regex time at every position."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# rare forms are matched by the big regex without inner groups, then parsed by their own regex
_SUB_PATTERNS = {
    # "the year to March 31", "the fiscal year ending March 2026", "the three months to March 31"
    "nm": rf"the\s+(?:(?P<nm_n>{_FEW})\s+(?P<nm_u>months|weeks|years)|(?:full\s+)?(?P<nm_f>fiscal\s+|financial\s+)?(?P<nm_q>year|quarter|half|week))\s+"
    rf"(?:to|ending|ended|ends|through|that\s+ended|that\s+ends)\s+(?:in\s+|on\s+)?(?P<nm_e>the\s+end\s+of\s+)?{_mdy('nm')}",
    "fs": rf"the\s+(?P<fs_f>fiscal\s+|financial\s+)?year\s+(?:starting|beginning|that\s+starts|that\s+begins|from)"
    rf"\s+(?:in\s+|on\s+)?{_mdy('fs')}",
    "fr": r"(?P<fr_w>this|next|last|the\s+current|the\s+next|the\s+previous|the\s+last|the\s+coming|the\s+new)"
    r"\s+(?:fiscal|financial)\s+year",
    "fyy": r"(?P<fyy_fy>FY\s?)?(?P<fyy_a>20[0-9]{2})[-–/](?P<fyy_b>[0-9]{2})",
    # "the same period of 2023", "the same quarter last year": the last period the article named, in that year
    "sp": rf"the\s+same\s+(?P<sp_u>period|quarter|month|week|half|months|weeks|time)\s+(?:(?:of|in)\s+"
    rf"(?P<sp_y>{_YEAR})|(?:of\s+|in\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+"
    rf"(?:earlier|ago|before)|(?:the\s+)?year\s+(?:before|earlier)))",
    # anaphora: counted from the last day the article named (else publication)
    "ana": rf"(?P<ana_n>an?|{_FEW})\s+(?P<ana_u>day|week)s?\s+(?:(?P<ana_d>earlier|later)(?!\s+than\b)"
    rf"|(?P<ana_d2>before|after)(?:{_CLAUSE_END}|(?P<ana_ev>\s+(?:the|his|her|their|its)\s+(?-i:[a-z][a-z-]+)(?!\s+of\b))))"
    rf"|the\s+(?:(?P<ana_w>previous|following|prior|same)\s+(?P<ana_u2>day|session|morning|evening|night|"
    rf"afternoon|week|month)|next\s+(?P<ana_u3>day|session|morning|evening|night|afternoon))(?!\s+of\b)"
    rf"|the\s+(?P<ana_u4>day|week)\s+(?P<ana_d4>before|after){_CLAUSE_END}"
    # "later in the day", "earlier that morning": the day named before
    r"|(?P<ana_l>later|earlier)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)\b",
}
_SUB_RES = {k: re.compile(v, _F) for k, v in _SUB_PATTERNS.items()}


def _parts(m: re.Match[str], name: str) -> re.Match[str]:
    """The inner groups of the rare form `name` that m matched (offsets are the text's)."""
    sub = _SUB_RES[name].fullmatch(m.string, m.start(name), m.end(name))
    if sub is None:  # cannot happen (the same pattern without groups matched), but never crash on it
        raise ValueError(f"date form {name!r} did not re-parse {m.group(name)!r}")
    return sub


_DATE_RE = re.compile(
    # the leading class (every first letter a date can start with) lets the regex engine skip ahead fast
    rf"(?<![\w-])(?={_first_word_guard(_FIRST_WORDS)})(?={_WHOLE_GUARD})(?:"
    rf"(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9]))"
    # "the 1991-2020 average": one span of whole years (two-digit ends are fiscal years, below)
    rf"|(?P<yrr>(?P<yrr_a>{_YEAR})[-–](?P<yrr_b>{_YEAR}))(?![\w-]|[.,]\d)"
    rf"|(?P<sp>{_bare(_SUB_PATTERNS['sp'])})(?![\w])"
    # "the January-March quarter", "July-September 2024"
    rf"|(?P<mr>(?:the\s+)?(?P<mr_a>{_MON})\s*[-–]\s*(?P<mr_b>{_MON})(?:\s+(?:quarter|period))?(?:,?\s+(?P<mr_y>{_YEAR}))?)"
    rf"(?![\w-])"
    # "March 18-19", "from March 6 to 15," (a day after "to" only where the phrase ends: not "March 6 to 15 people")
    rf"|(?P<md>(?:{_WD},?\s+)?(?P<md_m>{_MON})\s*(?P<md_d>{_DAY})(?:(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+"
    rf"(?={_DAY}(?:\s*[.,;:!?)]|\s*$|\s+(?:and|in|at|on|with|for|when|while|but|as|after|before)\b)))"
    rf"(?P<md_d2>{_DAY}))?"
    rf"(?:,?\s+(?P<md_y>{_YEAR}))?)(?![\d:])"
    rf"|(?P<dm>(?:{_WD},?\s+)?(?P<dm_d>{_DAY})(?:(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+)(?P<dm_d2>{_DAY}))?"
    rf"\s+(?:of\s+)?(?P<dm_m>{_MON})"
    rf"(?:,?\s+(?P<dm_y>{_YEAR}))?)(?![\w])"
    rf"|(?P<q>(?:(?:(?P<q_w>this|last|next)\s+year|(?P<q_y3>{_YEAR}))['’]s\s+|the\s+)?(?P<q_n>{_ORD})[\s-]+quarter(?:(?:\s+of)?\s+(?P<q_y>{_YEAR})|\s+of\s+(?P<q_w2>this|last|next)\s+year)?|(?-i:Q)(?P<q_n2>[1-4])(?:\s+(?P<q_y2>{_YEAR}))?|(?P<q_y5>{_YEAR})\s+(?-i:Q)(?P<q_n5>[1-4]))"
    rf"|(?P<fm>the\s+(?P<fm_w>first|last|final)\s+(?P<fm_n>[2-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    rf"\s+months\s+of\s+(?:(?P<fm_y>{_YEAR})|(?P<fm_t>the|this|last)\s+(?P<fm_f>(?:fiscal|financial)\s+)?year))"
    rf"|(?P<nm>{_bare(_SUB_PATTERNS['nm'])})(?![\w])"
    rf"|(?P<fs>{_bare(_SUB_PATTERNS['fs'])})(?![\w])"
    rf"|(?P<fr>{_bare(_SUB_PATTERNS['fr'])})"
    rf"|(?P<fyy>{_bare(_SUB_PATTERNS['fyy'])})(?![\w-])"
    # "fiscal year 2022", "FY2022": the fiscal year ending in that year (US, Australia), by the country's calendar
    rf"|(?P<fyn>(?:fiscal|financial)\s+(?:year\s+)?(?P<fyn_y>{_YEAR})|(?-i:FY)\s?(?P<fyn_y2>{_YEAR}))(?![\w-]|[.,]\d)"
    rf"|(?P<h>(?:the\s+)?(?P<h_n>first|second)[\s-]+half\s+of\s+(?:(?P<h_y>{_YEAR})|(?P<h_w>the|this|last|next)\s+year)"
    rf"|(?:(?P<h_w2>this|last|next)\s+year|(?P<h_y2>{_YEAR}))['’]s\s+(?P<h_n2>first|second)[\s-]+half"
    rf"|(?-i:H)(?P<h_n3>[12])\s+(?P<h_y3>{_YEAR})"
    # "in the second half", "H2" with no year: kept only where the sentence is about money (not a match's half)
    rf"|the\s+(?P<h_n6>first|second)\s+half(?![\w-]|\s+of\b)|(?-i:H)(?P<h_n7>[12])(?![\w-])"
    # "first-half profit": a company's half year, its year from the tense like a quarter's
    rf"|(?P<h_n4>first|second)-half(?=\s+(?:[\w-]+\s+)?(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|"
    rf"figures|net|operating|pre-tax|pretax|core|underlying|dividend)\b))"
    rf"|(?P<pw>(?P<pw_p>early|mid|late)[\s-]+(?P<pw_w>this|next|last)\s+(?P<pw_u>week|month|year))"
    rf"|(?P<dw>(?:the\s+)?(?:(?P<dw_p>early|mid|late)[\s-]+)?(?P<dw_n>twenties|thirties|forties|fifties|sixties|"
    rf"seventies|eighties|nineties))"
    rf"|(?P<cent>the\s+(?P<cent_n>1[0-9]|2[01])(?:st|nd|rd|th)\s+century)"
    # "the June quarter", "December-quarter revenue": the three months ending with that month
    rf"|(?P<mq>(?:the\s+)?(?P<mq_m>{_MON})[\s-]quarter)(?![\w-])"
    rf"|(?P<mon>(?:(?P<mon_p>{_PART})[\s-]+|(?P<mon_w>last|next|this)\s+)?(?P<mon_m>{_MON})(?:,?\s+(?P<mon_y>{_YEAR}))?)(?![\w])"
    rf"|(?P<dec>(?:the\s+)?(?:(?P<dec_p>early|mid|late)[\s-]+)?(?P<dec_y>1[89][0-9]0|20[0-9]0)s)"
    rf"|(?P<yr>(?:(?P<yr_p>{_PART})[\s-]+)?(?P<yr_y>{_YEAR}))(?![\w%.,]\d|\d|\s*(?:%|per\s*cent|percent)|[-–]\w|\s*-?\s*years?\b|\s+(?-i:(?!Q[1-4]\b|H[12]\b)[A-Z]{{1,3}}\d))"
    rf"|(?P<rel>today|tonight|yesterday|tomorrow|this\s+morning|last\s+night)"
    rf"|(?P<ana>{_bare(_SUB_PATTERNS['ana'])})"
    rf"|(?P<on>overnight)(?!\s*[-–]|\s+(?!(?:as|and|but|or|on|in|to|after|before|while|when|with|at|from|into|amid|"
    rf"following|despite|because|for|the|a|an|its|their|his|her|until|than|was|were|is|are|had|has|said|says)\b)"
    rf"(?-i:[a-z]))"
    # the bounded lookahead keeps "one one one ..." linear: number words may only run a few words before "ago"
    rf"|(?P<ago>(?=\d|an?\s|{FIRST_NUMBER_WORD}\b)(?=[\w-]+(?:\s+[\w-]+){{0,6}}?\s+ago\b)"
    rf"(?P<ago_n>(?<![\d,.])\d{{1,4}}|a|an|{NUMBER_WORDS})\s+(?P<ago_u>{_UNIT})\s+ago)"
    rf"|(?P<ert>(?P<ert_w>earlier|later)\s+this\s+(?P<ert_u>week|month|year))"
    rf"|(?P<per>(?P<per_w>this|last|next|coming|this\s+past)\s+(?P<per_u>weekend|week|month|year|"
    rf"spring|summer|autumn|fall|winter))"
    rf"|(?P<sy>(?:the\s+)?(?P<sy_s>spring|summer|autumn|fall|winter)(?:\s+of)?\s+(?P<sy_y>{_YEAR}))(?![\w-])"
    rf"|(?P<tw>the\s+(?P<tw_u>weekend|spring|summer|autumn|fall|winter))"
    rf"|(?P<fy>(?:the\s+)?full[\s-]year)(?![\s-]+(?:of|ending|ended)\b|\s+to\s+(?:the\s+end\s+of\s+)?(?:{_MON}|\d))"
    rf"|(?P<yb>the\s+(?:year\s+before|previous\s+year|prior\s+year|(?P<yb_next>following\s+year|year\s+after)"
    rf"{_CLAUSE_END}))"
    rf"|(?P<hol>(?:christmas|new\s+year['’]s)(?:\s+(?P<hol_eve>eve|day))?|thanksgiving(?:\s+day)?|halloween|"
    # "into the New Year": New Year's Day ("the new year" in lower case is vague; "New Year Honours" a name)
    rf"(?-i:New\s+Year)(?!['’\w]|\s+(?-i:[A-Z]))|"
    rf"valentine['’]s\s+day|boxing\s+day|(?:st\.?|saint)\s+patrick['’]s\s+day|labor\s+day|memorial\s+day|juneteenth|"
    rf"veterans['’]?\s+day|black\s+friday|cyber\s+monday|ramadan|eid[\s-](?:al|ul|el)[\s-]?(?:fitr|adha|azha)|easter(?:\s+(?:sunday|monday))?(?!\s+(?-i:[A-Z])|['’]s)|good\s+friday)"
    rf"|(?P<ye>(?:the\s+)?(?P<ye_p>end|start|beginning|middle)\s+of\s+(?P<ye_w>the|this|next|last)\s+"
    rf"(?P<ye_u>year|month|week|decade)|year[\s-]end)"
    # "the first Monday in October": the nth (or last) such weekday of that month
    rf"|(?P<nw>the\s+(?P<nw_n>first|second|third|fourth|last)\s+(?P<nw_d>{_WD})\s+(?:in|of)\s+(?P<nw_m>{_MON})"
    rf"(?:,?\s+(?P<nw_y>{_YEAR}))?)"
    rf"|(?P<wk>the\s+(?:(?P<wk_n>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<wk_m>{_MON})"
    rf"(?:,?\s+(?P<wk_y>{_YEAR}))?|week\s+(?:of|beginning|starting|commencing)\s+(?P<wk_m2>{_MON})\s*(?P<wk_d>{_DAY})(?:,?\s+(?P<wk_y2>{_YEAR}))?))"
    rf"|(?P<wd>(?:(?P<wd_w>last|next|this|past|following)\s+)?(?P<wd_d>{_WD}))"
    r")(?![\w])",
    _F,
)
_FUTURE = re.compile(
    r"(?:\b(?:(?:will|would|shall)(?:\s+not)?(?:\s+be(?:\s+(?:\w+ed|held|made|given|taken|paid|sold|kept|led|built|"
    r"run|shown|seen|known|won|lost|put|set|cut|met|sent|spent|told))?)?|"
    # "had been due to lift off as early as February 8": a plan already past
    r"due(?<!been\sdue)(?<!was\sdue)(?<!were\sdue)\s+(?:to|by|on|in|for)\b|is\s+due|are\s+due|"
    r"scheduled(?<!originally\sscheduled)(?<!initially\sscheduled)(?<!previously\sscheduled)|"
    r"set\s+(?:to|for)|plans?\s+to|next\s+(?:meets?|plays?|faces?|hosts?|visits?|convenes)|"
    r"next\s+(?:[a-z]+\s+){1,2}(?:is|are)|(?:could|may|might)\s+be|"
    # a participle after its noun: "with 60-80mm expected widely" (not "analysts expected a rise")
    r"expected(?<!than\sexpected)(?<!as\sexpected)(?<!had\sexpected)(?<!have\sexpected)(?<!has\sexpected)"
    r"(?=\s+(?:widely|locally|later|soon|overnight|"
    r"in|on|at|by|from|across|over|during|until)\b|\s*[,.;])|"  # "their next league game is against Chelsea on March 16"
    # a fixture in the present tense: "Arsenal host PSV on Wednesday", "the committee meets on Thursday"
    r"(?:hosts?|faces?|plays?|visits?|meets?|welcomes?|entertains?|travels?\s+to|takes?\s+on)"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:again|on)\b)|"
    r"expected\s+to|(?:is|are)\s+expected|forecast\s+to|expects?|upcoming|"
    r"(?:is|are)\s+to(?:\s+be\s+\w+)?|to\s+be\s+\w+|(?:re)?starts|begins|(?:re)?opens|kicks\s+off|launches|resumes|"
    r"returns|resume|ahead\s+of|(?:is|are)(?=\s+on\s+(?-i:[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.?\s+\d))|(?:is|are)\s+planned|(?:is|are)\s+forecast|(?:is|are)\s+(?:likely|unlikely|poised|possible)|"
    r"go(?:es)?\s+(?:on\s+sale|live|on\s+display)|takes?\s+effect|comes?\s+into\s+(?:force|effect)|"
    # a modal before a verb ("signalled it could pause in April"); not "could have", not the month May
    r"(?:could|might|should|must|(?-i:may))(?:\s+not)?(?=\s+(?!have\b|been\b)[a-z]+\b)|"
    # the new date of a moved event ("was postponed to March 29")
    r"(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|deferred|put\s+back)\s+"
    r"(?:to|until|till)(?=\s)|walk\s+out|walks\s+out|(?:go|goes|head|heads)\s+to\s+the\s+polls|"
    r"takes\s+place|gets\s+under\s*way|runs|lasts|continues|remains|closes|ends|expires?|lapses?|falls\s+on|"
    # "mourning starting on Monday", "levies effective from Thursday", "schools reopen on Monday"
    r"starting(?=\s+(?:on|from)\s)|effective(?=\s+(?:from|on)\s)|with\s+effect\s+from|"
    r"reopen(?<!to\sreopen)(?=\s+(?:on|from|next|this)\b)|"  # "Schools reopen on Monday", not "decided to reopen"
    r"on\s+(?:course|track)\s+to|targeting|no\s+(?:earlier|later)\s+than|"
    r"expected(?<!had\sexpected)\s+(?:[\w-]+\s+){1,3}to\s+(?!have\b|be\s+\w+ed\b)[a-z]+|"
    r"open(?<!was\sopen)(?<!were\sopen)(?<!be\sopen)(?<!is\sopen)(?<!are\sopen)(?<!been\sopen)(?=\s+(?:on|from)\s)|"
    # a season opener in the present tense: "open their season against the Steelers on September 7"
    r"(?:open|begin|start)s?\s+(?:their|its|his|her)\s+(?:[\w-]+\s+)?(?:season|campaign|defen[cs]e|tour)"
    r"(?=\s+(?:against|at|with|on)\b))\b|'ll\b)",
    _F,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|took|began|ended|ago|last(?=\s+(?:week|month|year|night|weekend|time))|rose|fell|grew|shrank|said|told|won|lost|met|came|went|saw|"
    r"made|gave|hit|left|sold|bought|paid|stood|held|kept|spent|fought|brought|led|struck|sank|ran|cut|set|put|"
    r"shut|cost|(?-i:[a-z]{3,}ed))\b",  # lower case only: "Mohamed", "Ahmed" are names, not past tense
    _F,
)
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|BST|UTC|ET|local\s+time)?|noon|midday|midnight)"
_OPEN_END = re.compile(
    rf"\b(?:until|till|by|through|before)\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?(?:{_CLOCK}\s+(?:on\s+)?)?"
    # "remanded in custody until a hearing on 14 November"
    rf"(?:(?:a|the|his|her|their|its)\s+[a-z]+\s+(?:on|in)\s+)?(?:early\s+|late\s+|mid-?)?$", _F
)
_UNTIL = re.compile(rf"\b(?:until|till|through)\s+(?:{_CLOCK}\s+(?:on\s+)?)?$", _F)
_FROM = re.compile(r"\bfrom\s+$", _F)
_TO_AFTER = re.compile(r"\s*(?:through|to|until|till|[-–])\s*(?:{_MON}|\d)".replace("{_MON}", _MON), _F)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", _F)
_WINDOW = 60
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:On|This|Last|Next|At|By|Before|After|Since|Until|For|Merry|Happy|Over|During|"
    r"Since|Through|Every|Each|From|Of|In|And|The)\b)[A-Z][a-z]+\s+$"
)
_FALL_NOUN = re.compile(
    r"\s+(?:of(?!\s+\d)|in|from|to|by|was|is|has|had|came|would|will|could|[a-z]+ed)\b", _F
)
