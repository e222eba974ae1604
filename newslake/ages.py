"""People told by their age: "Takaichi, 64, said" names a person, and so does every other mention of that surname."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake.nlp_common import known_name
from newslake.nlp_kinds import token_positions

# "Takaichi, 64," / "Faith Kipyegon, 31, who": a name, a comma, an age, a comma
_AGE_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (\d{2}), ")
_AGE_CUE_RE = re.compile(r", \d{2}, ")  # cheap test first: most stories give no age
MIN_AGE, MAX_AGE = 16, 105


def _aged_names(doc: Doc, text: str) -> list[Span]:
    """Title-case runs followed by ", <age>,", that no gazetteer knows."""
    found: list[Span] = []
    if _AGE_CUE_RE.search(text) is None:
        return found
    for m in _AGE_RE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or not MIN_AGE <= int(m.group(2)) <= MAX_AGE:
            continue
        while len(span) > 1 and (span[0].is_stop or not span[0].is_title):  # "The Kenyan, 31," / "Then Ruto, 58,"
            span = span[1:]
        name = span.text
        if not all(t.is_title for t in span) or span[0].is_stop:
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
