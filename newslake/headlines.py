"""Title-case headlines: a headline capitalises its common words ("Seborrheic Dermatitis Linked to Epithelial Barrier
Diseases", "Mandatory Bird Housing Imposed in Ireland After Bird Flu Outbreak"), and the model reads some of them as
names. A headline's "name" that the story below writes in lower case is a common noun phrase, no name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newslake.nlp_common import known_name, span_text
from newslake.nlp_kinds import doc_text

HEADLINE_MAX_CHARS = 160
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"})


def _headline_end(text: str) -> int:
    """Where the doc's first line ends if it is a title-case headline set off by a blank line, else 0."""
    end = text.find("\n\n")
    if not 0 < end <= HEADLINE_MAX_CHARS or "\n" in text[:end]:
        return 0
    words = [w for w in text[:end].split() if w[:1].isalpha()]
    capped = [w for w in words if w[0].isupper()]
    return end if len(words) >= 4 and len(capped) >= 0.6 * len(words) else 0


def headline_phrases(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop a headline's name whose words the story writes in lower case as one phrase ("epithelial barrier diseases",
    "bird flu outbreak"), unless a table knows the name."""
    text = doc_text(doc)
    end = _headline_end(text)
    if not end or not any(s.label_ in _NAME_LABELS and s.end_char <= end for s in spans):
        return spans
    body = text[end:]
    out = []
    for s in spans:
        if s.label_ in _NAME_LABELS and s.end_char <= end:
            name = span_text(s)
            phrase = name[4:] if name.lower().startswith("the ") else name
            if _written_lower(phrase, body) and not known_name(name):
                continue
        out.append(s)
    return out


def _written_lower(phrase: str, body: str) -> bool:
    """The phrase occurs in the body in lower case, as whole words."""
    low = phrase.lower()
    if low in _SMALL or not low.replace(" ", "").isalpha():
        return False
    i = body.find(low)
    while i >= 0:
        before, after = body[i - 1 : i], body[i + len(low) : i + len(low) + 1]
        if not before.isalpha() and not after.isalpha():
            return True
        i = body.find(low, i + 1)
    return False
