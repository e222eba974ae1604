"""Titles of films, shows, albums and books that the model reads as people or places: "the thriller Night Ferry",
"A24's "Bright Hollow"", "the film "Saint Nobody,"". A title is no mention."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newslake.nlp_common import doc_lowers, doc_words, span_text
from newslake.nlp_kinds import token_positions

# nouns that name a work right before its title ("the thriller Night Ferry"); not "single" or "track" (a single
# mother, a track athlete), nor "book" or "show" alone after a verb ("book Jane Doe", "show Paris")
WORK_NOUNS = frozenset(
    {"film", "movie", "feature", "drama", "thriller", "comedy", "documentary", "series", "sitcom", "miniseries",
     "album", "novel", "memoir", "musical", "opera", "biopic", "docuseries", "telenovela", "titled", "entitled"}
)
_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_RETYPED = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def work_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name right after a work noun, or quoted whole after one or after a possessive, is a work's title."""
    if not token_positions(doc, WORK_NOUNS, LOWER) and not token_positions(doc, _OPEN_QUOTES):
        return spans  # the doc's id set, built once for the rules: most docs have neither
    words, lowers = doc_words(doc), doc_lowers(doc)
    titles = {span_text(s) for s in spans if s.label_ in _RETYPED and _titled(words, lowers, s)}
    if not titles:
        return spans
    # the title named again bare is the work again: "Night Ferry has been cleared by the censors"
    return [Span(doc, s.start, s.end, label="WORK_OF_ART") if s.label_ in _RETYPED and span_text(s) in titles else s
            for s in spans]


# a person's name after a work noun when a verb of making follows: "the film Jane Campion directed"
MAKER_VERBS = frozenset(
    {"directed", "wrote", "made", "produced", "created", "shot", "released", "starred", "narrated", "edited",
     "composed", "scored", "hosted", "presented", "recorded", "published", "penned", "filmed", "adapted", "co-wrote"}
)


def _titled(words: list[str], lowers: list[str], span: Span) -> bool:
    i = span.start
    if span.end < len(words) and lowers[span.end] in MAKER_VERBS:
        return False  # a person's name: "the documentary Jane Doe made"
    if i > 0 and lowers[i - 1] in WORK_NOUNS and words[i - 1].islower():
        return span.label_ == "PERSON"  # "the thriller Night Ferry"; "the series' Toronto shoot" is no title
    if i < 2 or words[i - 1] not in _OPEN_QUOTES:
        return False
    end = span.end + (span.end < len(words) and words[span.end] in (",", "."))  # '"Quiet Engines,"'
    if end >= len(words) or words[end] not in _CLOSE_QUOTES:
        return False
    return lowers[i - 2] in WORK_NOUNS or lowers[i - 2] in ("'s", "\u2019s")  # 'the film "X"', 'A24's "X"'
