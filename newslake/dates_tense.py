"""The tense a date is read in: cue words around it (will/said/-ed, fixtures, attributions) within its sentence."""

from __future__ import annotations

import re

from newslake.dates_patterns import _F, _FUTURE, _OPEN_END, _PAST, _SINCE, _WINDOW

_BASE_FORM_BEFORE = re.compile(
    # "will remain closed", "to stay shut": a participle after these is an adjective, no past tense
    r"\b(?:to|will|would|could|can|may|might|must|should|not|n't|does|do|did|remain|remains|stay|stays|be)\s+$", _F
)
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\.[A-Z])(?<!\b[A-Z])[.!?][\s\"”’')]|\n")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:already|also|just|now|since|not|never)\s+)?$", _F)
_SOON_DAYS = 60
_TRAILING_PHRASE = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s*,\s+(?:with|and\s+with|while|as)\b", _F)
# a date after a preposition is no subject: "broadcast on Boxing Day and New Year's Day combined"
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|by|for|from|until|till|since|during|over|of|and|or)\s+$", _F)
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|announced|told\s+\w+|reported|confirmed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", _F
)
_SENTENCE_WINDOW = 240
_CUE_OF_NEXT_DATE = re.compile(r"\s+(?:from|on)\s+(?:[A-Z]|\d)")
_CLAUSE_BREAK = re.compile(r",\s+(?:although|though|whereas|but)\s", _F)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s([^.!?]*)$", _F)
# not "to" (a preposition as often: "An October 11 presentation to bondholders indicated")
_MODAL_VERB_BEFORE = re.compile(r"\b(?:will|would|shall|could|can|may|might|should|must)\s+[a-z]{3,}\s+$")
_MODAL_SPLIT = re.compile(r"\b(?:will|shall|'ll)(?:\s+not)?,\s", _F)
_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+)?$", _F)  # "parades are planned for"
# ", followed by a memorial service in the spring": a participle after a comma carries no tense of its own
_PARTICIPLE_BY = re.compile(r"\s+by\b", _F)
# "a 12-month trial approved by councillors": a participle before its agent carries no tense either
_AGENT_BY = re.compile(r"\s+by\s+(?:the|his|her|their|its|(?-i:[A-Z])\w+|[a-z]+(?:ors|ers|ists|ians|ants|ents|ees))\b")
_SINCE_DOING = re.compile(r"\bsince\s+[a-z]+ing\s[^,.;:!?]*$", _F)
_COMMA_BEFORE = re.compile(r",\s*$")
_SIMPLE_PAST = re.compile(r"\b(?:was|were|had|remained|stayed)\b", _F)  # "the road was closed until Saturday"
_REPORTING = re.compile(r"said|told|announced|warned", _F)
_ATTACHED = re.compile(r"\s*(?:\w+\s+)?(?:on|in|at|late\s+on|early\s+on)?\s*", _F)  # "said on", "told AP on"
# past forms that are also nouns: after a determiner they are no tense cue ("expect the next cut in February")
_NOUN_TOO = frozenset(["cut", "set", "hit", "cost", "put", "shut", "lost", "held", "won", "led"])
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|next|first|another|further|rate|tax|price|pay|job)\s+$", _F
)
_ATTRIBUTION = re.compile(
    r"(?:said|says|told\s+\w+)(?:\s+(?:on|late\s+on|early\s+on|in\s+a|at\s+a|yesterday|today)(?:\s+\w+)?"
    r"|\s+(?:late\s+|early\s+)?(?-i:[A-Z][a-z]+day))?"  # AP style: "the Weather Service said Tuesday."
    r"\s*(?:[,.!?]|$)",
    _F,
)
_ATTRIBUTION_BEFORE = re.compile(r",[^,.!?\n]{1,35}$")


def _tense(text: str, start: int, end: int) -> str:
    """'future', 'past' or '' from cue words near the span, within its sentence."""
    tense = _tense_cue(text, start, end)
    return "past" if tense == "perfect" else tense


def _tense_cue(text: str, start: int, end: int) -> str:
    """Like _tense, but 'perfect' when a present perfect governs ('has planned a party on January 11').

    Cues are looked for within _WINDOW characters; with none there, a modal cut off from its verb by an
    aside still governs ("Ministers will, after weeks of wrangling ..., unveil the plan on Friday").
    """
    left = max(0, start - _WINDOW)
    for b in _SENTENCE_END.finditer(text, left, start):
        left = b.end()
    stop = _SENTENCE_END.search(text, end, end + _WINDOW)
    right = stop.start() if stop else min(len(text), end + _WINDOW)
    if _SINCE.search(text, max(0, start - 12), start) or _SINCE_DOING.search(text, max(0, start - 60), start):
        return "past"  # "since returning to the White House in January"
    # the nearest cue on the left governs ("will return in February, NASA said"; "said on Friday"), else the
    # nearest on the right ("On Tuesday, the government announced")
    open_end = bool(_OPEN_END.search(text, max(0, start - 32), start))  # "delayed until April": past is moot
    cues = [c for c in _cues(text, left, right, open_end)  # a date before "a trial approved by councillors"
            if not (c[0] >= end and c[2] == "past" and text.endswith("ed", c[0], c[1]) and _AGENT_BY.match(text, c[1]))]
    if not cues and _MODAL_SPLIT.search(_sentence_left(text, start)):
        return "future"
    after = [c for c in cues if c[0] >= end]
    if after and min(after)[0] - end <= 1 and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return min(after)[2]  # the date is the subject: "Thanksgiving falls on", "the deadline expires"
    # "on Wednesday, effective from Thursday": a forward cue that introduces the next date is that date's
    after = [c for c in after if c[2] != "future" or not _CUE_OF_NEXT_DATE.match(text, c[1])]
    before = [c for c in cues if c[1] <= start]
    breaks = [br.end() for br in _CLAUSE_BREAK.finditer(text, left, start)]
    if breaks:  # "Attendances have averaged 36,000, although Sunday's match drew 3,412": a new clause
        before = [c for c in before if c[0] >= breaks[-1]]
    relative = _RELATIVE_OPEN.search(_sentence_left(text, start)) if not before else None
    if relative and "," not in relative.group(1):
        close = text.find(",", end, right)
        if close >= 0:  # "Chelsea, who beat LAFC on Monday, play Flamengo on Friday": not the clause after it
            after = [c for c in after if c[0] < close]
    if before:
        a, b, tense = max(before)
        if tense == "past" and _REPORTING.fullmatch(text, a, b) and not _ATTACHED.fullmatch(text, b, start) and any(
                c[2] == "future" for c in after):
            return "future"  # "P&O said some sailings on Boxing Day could be delayed": the reported clause's verb
        if tense == "past" and _REPORTING.fullmatch(text, a, b) and _ATTRIBUTION_BEFORE.search(
                text, max(0, a - 40), a) and _TRAILING_PHRASE.match(text, b, start):
            # "Nintendo will launch ..., the company said on Wednesday, with pre-orders opening on April 9":
            # the phrase after an attribution belongs to the clause before it
            main = _FUTURE.search(_sentence_left(text, a))
            if main:
                return "future"
        return "perfect" if tense == "past" and _PERFECT_BEFORE.search(text, max(0, a - 24), a) else tense
    # ", the regulator said on Friday." reports the clause; it does not date what the clause says will happen
    # ... nor what follows it (", the company said on Thursday, as it reported ...")
    attributions = [c[0] for c in after if _ATTRIBUTION.match(text, c[0]) and _ATTRIBUTION_BEFORE.search(
        text, max(0, c[0] - 40), c[0])]
    after = [c for c in after if not attributions or c[0] < min(attributions)]
    return min(after)[2] if after else ""


def _cues(text: str, left: int, right: int, open_end: bool) -> list[tuple[int, int, str]]:
    """Tense cues in text[left:right] as (start, end, 'future' | 'past')."""
    future = [c.span() for c in _FUTURE.finditer(text, left, right)]
    cues = [(a, b, "future") for a, b in future]
    if open_end:
        return cues
    ends = {b for _, b in future}
    return cues + [
        (*c.span(), "past")
        for c in _PAST.finditer(text, left, right)
        if not any(a <= c.start() < b for a, b in future)  # "held" in "to be held"
        and not _BASE_FORM_BEFORE.search(text, max(0, c.start() - 12), c.start())
        and not (c.group().lower() in _NOUN_TOO and _DETERMINER_BEFORE.search(text, max(0, c.start() - 12), c.start()))
        and not _PRESENT_PASSIVE_BEFORE.search(text, max(0, c.start() - 16), c.start())
        and not (_PARTICIPLE_BY.match(text, c.end()) and _COMMA_BEFORE.search(text, max(0, c.start() - 4), c.start()))
        # "expects insured losses": an -ed word right after a future verb is an adjective of its object
        and not (c.group().endswith("ed") and text[max(0, c.start() - 1)] == " " and c.start() - 1 in ends)
        # "will publish updated figures": an -ed word after a verb that follows a modal is an adjective
        and not (c.group().endswith("ed") and _MODAL_VERB_BEFORE.search(text, max(0, c.start() - 30), c.start()))
    ]  # "plans to cut", "the next cut"


def _sentence_left(text: str, start: int) -> str:
    """The sentence up to start (at most _SENTENCE_WINDOW characters)."""
    left = max(0, start - _SENTENCE_WINDOW)
    for b in _SENTENCE_END.finditer(text, left, start):
        left = b.end()
    return text[left:start]
