"""A page's bars, the lines of items between pipes that extraction keeps: a section menu ("Local News | Hillsborough
| Pinellas | Weather"), a weather or rain-totals strip ("Old Metairie 6.4\" | Kenner 4.1\""), a table strip ("Khulna:
74 | Rajshahi: 38"). An item that is a known town is the place, an item that is a team's nickname the team, whatever
the model made of them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.nlp_checks import big_city
from newslake.nlp_common import Lexicon, overlay_found, text_lines
from newslake.nlp_kinds import doc_text
from newslake.teams import EVERYDAY_NICKNAMES, NICKNAMES

MIN_ITEMS = 3
# an item: a name, then perhaps "News" (the town's section) or a reading with its unit ("61°", "6.4\"", "40%")
ITEM_RE = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}?)(?: News)?(?: -?\d+(?:\.\d+)?(?:°F?|\"|\u201d|%))?"
)
# an item of a table strip: a name, a colon and a count ("Khulna: 74 | Rajshahi: 38 | Sylhet: 4")
COUNT_ITEM_RE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}?): -?\d[\d,]*(?:\.\d+)?%?")
_TEAMS = NICKNAMES | EVERYDAY_NICKNAMES
_SECTIONS = frozenset({"Metro", "Region", "Independence"})  # a page's sections that are also cities of the tables


def bar_items(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Towns and teams named alone as items of a bar of three or more (a town whose name is also an English word
    counts only as a city of 100,000 or more: "Mesa", not "Liberty")."""
    text = doc_text(doc)
    if text.count(" | ") < MIN_ITEMS - 1:
        return spans
    found: list[Span] = []
    for start, line in text_lines(text):
        if line.count(" | ") < MIN_ITEMS - 1:
            continue
        offset = start
        for item in line.split(" | "):
            # "Rain totals June 11: Old Metairie 6.4\"": the item after the strip's label
            head = item.rfind(": ") + 2 if ": " in item else 0
            m = (COUNT_ITEM_RE.fullmatch(item) or ITEM_RE.fullmatch(item, head)) if item == item.strip() else None
            if m is not None:
                name = m.group("name")
                label = "ORG" if name in _TEAMS else "GPE" if _town(name, lex) else None
                span = doc.char_span(offset + m.start("name"), offset + m.end("name")) if label else None
                if span is not None:
                    found.append(Span(doc, span.start, span.end, label=label))
            offset += len(item) + 3
    return overlay_found(spans, found)


def _town(name: str, lex: Lexicon) -> bool:
    """A town of the tables; one whose name the lexicon also holds only if it is a city of 100,000 or more ("Denver",
    "Mesa"; not "Liberty") and no section of a page ("Metro")."""
    if not lex.is_word(name):
        return bool(gazetteer.lookup_place(name) or gazetteer.is_town(name))
    return big_city(name) and name not in _SECTIONS
