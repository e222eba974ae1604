"""People told by their age: "Takaichi, 64, said" names a person, and so does every other mention of that surname."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake.nlp_common import known_name
from newslake.nlp_kinds import token_positions

# "Takaichi, 64," / "Faith Kipyegon, 31, who": a name, a comma, an age, a comma
_AGE_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (\d{2}), ")
_AGE_CUE_RE = re.compile(r", \d{2}, |\d-year-old [A-Z]")  # cheap test first: most stories give no age
# "hit 57-year-old Alasdair MacRae, who": two or three names closing a clause after the age ("57-year-old Glasgow man"
# goes on with a noun)
_AGED_BEFORE_RE = re.compile(r"\b(\d{2})-year-old ((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)(?=[,.;:)]| (?:who|was|is|had|has|and|said|died)\b)")
MIN_AGE, MAX_AGE = 16, 105


def _aged_names(doc: Doc, text: str) -> list[Span]:
    """Title-case runs followed by ", <age>,", that no gazetteer knows."""
    found: list[Span] = []
    if _AGE_CUE_RE.search(text) is None:
        return found
    ages = [(m.span(1), m.group(2)) for m in _AGE_RE.finditer(text)]
    ages += [(m.span(2), m.group(1)) for m in _AGED_BEFORE_RE.finditer(text)]
    for (start, end), age in ages:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not MIN_AGE <= int(age) <= MAX_AGE:
            continue
        while len(span) > 1 and (span[0].is_stop or not span[0].is_title):  # "The Kenyan, 31," / "Then Ruto, 58,"
            span = span[1:]
        name = span.text
        if not all(t.text[:1].isupper() and not (len(t) > 1 and t.is_upper) for t in span) or span[0].is_stop:  # "MacRae" is a name
            continue
        if known_name(name):
            continue
        found.append(span)
    return found


def people_by_age(doc: Doc, text: str) -> list[Span] | None:
    """doc.ents with aged names and every mention of their surname (alone or after a capitalised word) as PERSON."""
    aged = _aged_names(doc, text)
    if not aged:
        return None
    surnames = {s[-1].text for s in aged}
    names = {tuple(t.text for t in s) for s in aged if len(s) > 2}
    people = []
    for i in token_positions(doc, frozenset(surnames)):  # the surnames' positions from the per-doc index
        tok = doc[i]
        start = tok.i
        if start > 1 and tuple(t.text for t in doc[start - 2 : start + 1]) in names:
            start -= 2  # "Lim Boon Keat, 51," and its later mentions: the whole name, not its last two words
        elif start > 0 and doc[start - 1].is_title and not doc[start - 1].is_stop and not doc[start - 1].is_sent_start:
            start -= 1  # "Sanae Takaichi"
        if people and people[-1].end > start:
            continue  # "Norris Norris": the repeated word is already inside the name before it
        people.append(Span(doc, start, tok.i + 1, label="PERSON"))
    taken = {i for s in people for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
    return sorted(kept + people, key=lambda s: s.start)
