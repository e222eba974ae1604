"""Names in a subhead set in capitals ("NORTH OF THE LITANI", "CLAVIJO CALLS ON MADRID", "SAFARICOM H1 AT A
GLANCE"): a name the text also writes in ordinary case is the same name there, whatever the model made of the
capitals."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.nlp_common import Lexicon, doc_words, overlay_found, text_lines
from newslake.nlp_kinds import doc_text

SUBHEAD_MAX_CHARS = 60
MAX_NAME_WORDS = 3
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _caps_line(line: str) -> bool:
    if len(line) > SUBHEAD_MAX_CHARS:
        return False  # a paragraph: most lines, no scan of their letters
    letters = [c for c in line if c.isalpha()]
    return 4 <= len(letters) and all(c.isupper() for c in letters)


_COMPASS = frozenset({"North", "South", "East", "West"})


def _unknown_place(words: list[str], label: str) -> bool:
    """A place or site of several words no table knows, typed GPE or ending in a compass word, may be a conference
    or a division the model misread ("Badger West"): not carried into capitals."""
    if label not in ("GPE", "LOC", "FAC") or len(words) < 2 or gazetteer.place_candidates(" ".join(words)):
        return False
    return label == "GPE" or words[-1] in _COMPASS


def _common(word: str, lex: Lexicon, lowers: set[str]) -> bool:
    """A stop word, a verb, or a word the text also writes in lower case ("long", "will", "hope")."""
    return word in STOP_WORDS or word in lex.verbs or word in lowers


def caps_subhead_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A word run of a capitals-only line that spells, in capitals, a name the text gives elsewhere (or a person's
    surname) takes that name's label. Left: a one-word name that is also a common word ("LONG", "WILL"), a one-word
    organisation or person the model gave, a place of several words no table knows that is typed GPE or ends in a
    compass word, and a match inside a longer name the model gave."""
    text = doc_text(doc)
    lines = [(start, start + len(line)) for start, line in text_lines(text) if _caps_line(line)]
    if not lines:
        return spans

    def in_caps(s: Span) -> bool:
        return any(a <= s.start_char and s.end_char <= b for a, b in lines)

    names: dict[str, str] = {}
    surnames: dict[str, str] = {}
    for s in spans:
        if s.label_ not in _NAME_LABELS or in_caps(s):
            continue
        words = text[s.start_char : s.end_char].split()
        if len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() and not w.isupper() for w in words):
            continue  # acronyms match themselves already; "Search and Rescue" is a description as often as a name
        if s.label_ in ("ORG", "PERSON") and len(words) < 2:
            continue  # one word may be a brand, a league or the town's club: "NISSAN", "BUNDESLIGA", "SELKIRK"
        if _unknown_place(words, s.label_):
            continue
        names.setdefault(" ".join(words).upper(), s.label_)
        if s.label_ == "PERSON" and len(words) > 1:
            surnames.setdefault(words[-1].upper(), "PERSON")
    names = {**surnames, **names}  # a whole name's reading wins over a surname's
    words = doc_words(doc)
    lowers = {w for w in words if w.islower()}
    names = {k: v for k, v in names.items() if " " in k or not _common(k.lower(), lex, lowers)}
    if not names:
        return spans
    found: list[Span] = []
    for a, b in lines:
        line = doc.char_span(a, b, alignment_mode="expand")
        if line is None:
            continue
        i = line.start
        while i < line.end:
            for n in range(min(MAX_NAME_WORDS, line.end - i), 0, -1):
                label = names.get(" ".join(words[i : i + n]))
                if label is not None:
                    found.append(Span(doc, i, i + n, label=label))
                    i += n
                    break
            else:
                i += 1
    # the model's longer name around a match stands: "CANADIAN PRESS" is no "CANADIAN"
    found = [f for f in found if not any(s.start <= f.start and f.end <= s.end and len(s) > len(f) for s in spans)]
    return overlay_found(spans, found)
