"""Photo credits: "(AP Photo/Evan Vucci)", "REUTERS/Ahmed Jadallah", "Photo: Jared Kibet, Business Daily", "Photo /
Lewis Hartnell": the photographer is a PERSON and the agency or paper an ORG, whatever the model made of them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import overlay
from newslake.nlp_kinds import doc_text

_PART = r"[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,4}"
# a credit closes a caption line: after "Photo:"/"Picture:"/"Photo by"/"Photo /" or inside "(...)"/"[...]"
CREDIT_RE = re.compile(
    rf"(?:\b(?:Photo|Picture|Image|Photograph|Credit)(?: by|:| /| -)|[(\[]|\u2014|/)\s*"
    rf"(?:Photo: )?(?P<a>{_PART})(?:\s*(?:/|,)\s*(?P<b>{_PART}))?\s*[)\]]?\s*$",
    re.MULTILINE,
)
_CAPTION_LINE = re.compile(r"^(?:Photo|Picture|Image|Caption|Photograph)\b|\((?:AP|AFP|Reuters|Getty)", re.MULTILINE)
_PHOTO_WORDS = frozenset({"Photo", "PHOTO", "Photos", "Photograph", "Picture", "Pictures", "Images", "Image"})


def photo_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The names of a caption's closing credit, typed by whether they open with a first name."""
    text = doc_text(doc)
    if "Photo" not in text and "PHOTO" not in text and not _CAPTION_LINE.search(text):
        return spans  # no caption, no credit: most texts
    found: list[Span] = []
    for m in CREDIT_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _CAPTION_LINE.match(text, line_start) and "Photo" not in text[line_start : m.end()]:
            continue  # a credit ends a caption line, not a sentence of the story
        photographer = False
        for k in ("a", "b"):
            if m.group(k) is None:
                continue
            start, end = m.span(k)
            words = m.group(k).split()
            while words and words[-1] in _PHOTO_WORDS:  # "AP Photo", "ST PHOTO": the agency
                end -= len(words.pop()) + 1
            if not words:
                continue
            part = doc.char_span(start, end)
            if part is None:
                continue
            name = " ".join(words)
            first = words[0]
            initial = len(first) == 2 and first[0].isupper() and first[1] == "."  # "J. Scott Applewhite"
            person = len(words) >= 2 and (initial or is_first_name(first)) and not gazetteer.lookup_org(name)
            said = {s.label_ for s in spans if (s.start, s.end) == (part.start, part.end)}
            if not person and "PERSON" in said and not photographer:
                person = True  # a first name the list lacks ("Wilberforce Okwiri"): the model's reading stands
            if len(words) == 1 and not first.isupper() and not gazetteer.lookup_org(first):
                continue  # "Photo: Supplied", "Handout": a word, or a name the model is left to judge
            found.append(Span(doc, part.start, part.end, label="PERSON" if person else "ORG"))
            photographer = person  # "Name / Outlet": after the photographer comes the outlet
    return overlay(spans, found) if found else spans
