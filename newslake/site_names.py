"""A name the doc once calls a mine, a power station or a field is that site at every mention: "MMG's Las Bambas
copper mine" ... "Las Bambas has faced blockades", "Moneypoint power station" ... "workers at Moneypoint" (the model
reads such names as firms or people)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import FAC, GPE, ORG, PERSON, Lexicon, doc_lowers, doc_words, name_spans, span_text
from newslake.nlp_kinds import FIRM_TAILS, token_positions
from newslake.nlp_words import SITE_HEADS, SITE_KINDS

# a site's noun with nothing before it: "the Escondida mine", "the Gatun locks" (not "plant": "the Tesla plant")
BARE_SITE_HEADS = frozenset({"mine", "mines", "smelter", "oilfield", "gasfield", "dam", "reactor", "locks"})
_LABELS = frozenset({PERSON, ORG, GPE})
_NAMED_LABELS = _LABELS | {FAC}  # the mention before the site's noun may already be FAC (site_before)
_HEADS = BARE_SITE_HEADS | SITE_HEADS


def named_sites(spans: list[Span], lex: Lexicon) -> list[Span]:
    """Every PERSON / ORG / GPE mention of a name that once stands, so typed or FAC, before a site's noun ("nuclear
    power station", "copper mine") is FAC, and so are its untagged mentions, when no table knows the name as an
    organisation, a place, a first name or a word, and the name does not end in what a firm's name does ("Atlantic
    LNG", "Yallourn Energy": the firms that run such sites)."""
    if not spans:
        return spans
    heads = token_positions(spans[0].doc, _HEADS, LOWER)
    if not heads:
        return spans  # most docs name no site: no span's text built
    ends = {h - k for h in heads for k in range(3)}  # a name ends right before the head or its two kind words
    sites = {span_text(s) for s in spans if s.end in ends and s.label in _NAMED_LABELS and _before_site_noun(s)}
    sites = {t for t in sites if not _known_name(t) and not lex.is_word(t)}  # "the Shell gas plant": a firm
    if not sites:
        return spans
    out = [Span(s.doc, s.start, s.end, label=FAC) if s.label in _LABELS and span_text(s) in sites else s for s in spans]
    return _untagged_mentions(out, sites)


def _untagged_mentions(spans: list[Span], names: set[str]) -> list[Span]:
    """The sites' mentions the model left untagged ("Carrigbawn has kept families going"), added as FAC."""
    doc = spans[0].doc
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for name in names:
        for span in name_spans(doc, name, FAC):
            if not taken.intersection(range(span.start, span.end)):
                found.append(span)
                taken.update(range(span.start, span.end))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _before_site_noun(span: Span) -> bool:
    """True when a site's noun follows, after up to two words of what it yields ("Hinkley Point C nuclear power
    station"), and the name ends in no such word or firm's word ("Mozambique LNG project")."""
    words, lowers = doc_words(span.doc), doc_lowers(span.doc)
    i = span.end
    if i >= len(words) or not words[i].islower():
        return False
    kinds = 0
    while i < len(lowers) and kinds < 2 and lowers[i] in SITE_KINDS:
        i, kinds = i + 1, kinds + 1
    if i >= len(lowers):
        return False
    if lowers[span.end - 1] in SITE_KINDS or words[span.end - 1] in FIRM_TAILS:
        return False
    return lowers[i] in BARE_SITE_HEADS or (kinds > 0 and lowers[i] in SITE_HEADS)


def _known_name(text: str) -> bool:
    return gazetteer.firm_or_place(text) or gazetteer.is_town(text) or is_first_name(text)
