"""spaCy NER plus newslake's entity fixes: gazetteer ruler, boundary and label repairs, in-document consistency."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from itertools import pairwise

import numpy
import spacy
from spacy.attrs import IS_SPACE, IS_STOP, IS_TITLE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newslake import config, gazetteer
from newslake.ages import people_by_age
from newslake.clubs import city_nickname_teams, club_mentions
from newslake.datelines import with_datelines
from newslake.first_name_places import states_not_people
from newslake.first_names import cued_people, is_first_name, lone_surnames, people_by_first_name
from newslake.name_edges import compass_regions, demonym_led_people, operation_names, plural_nouns_not_people
from newslake.nlp_common import (
    Lexicon,
    common_word_fixes,
    known_name,
    lexicon,
    lower_words,
    place_not_people,
    span_text,
    team_names,
)
from newslake.nlp_kinds import (
    INDEX_KEY,
    ORG_POSSESSIONS,
    PLACE_QUALIFIERS,
    defined_short_names,
    doc_text,
    firm_shaped_people,
    firms_named_like_places,
    initialled_people,
    kind_fixes,
    museums_as_bodies,
    names_before_org_nouns,
    org_heads,
    org_leads,
    orgs_before_titles,
    people_named_like_firms,
    place_led_orgs,
    token_positions,
    trigger_tokens,
    word_pattern,
)
from newslake.nlp_words import (
    ALIAS_CUES,
    AMOUNT_WORDS,
    AREA_PREFIXES,
    ARMED_SERVICES,
    ATTACK_VERBS,
    CAPTION_WORDS,
    CITY_RELABEL_MIN_POP,
    CLUB_PREFIXES,
    CLUB_WORDS,
    COMPANY_WORDS,
    COMPASS,
    COUNTRY_ORG_LEADS,
    CRAFT_PREFIXES,
    EVENT_HEADS,
    FAC_AFTER,
    FAC_HEADS,
    FAC_WORDS,
    FIGHTERS,
    FIRM_ROLES,
    FIRM_VERBS,
    GENERIC_NAMES,
    GEO_LEADS,
    GEO_NOUNS,
    HELD_IN,
    HOME_VERBS,
    INDUSTRY_WORDS,
    INSTITUTE_CENTRES,
    IRISH_BODY_WORDS,
    IWI_PREFIXES,
    JOINING_PARTICLES,
    LEADING_JUNK,
    LED_BY,
    LISTED_PLACE_NOUNS,
    LOC_ENDINGS,
    LOCAL_BODY_HEADS,
    LOCAL_PEOPLE,
    LOCAL_SITE_HEADS,
    LOCAL_SITE_NOUNS,
    LOCAL_TITLES,
    MAX_NAME_TOKENS,
    MOTION_VERBS,
    NAME_LINKS,
    NAME_PARTICLES,
    NEAR_WORDS,
    NEWS_OUTLETS,
    NON_NAME_LABELS,
    NOT_NAME_LABELS,
    NUMERIC_LABELS,
    OF_PLACE_WORDS,
    OFFICE_QUALIFIERS,
    OFFICE_TITLES,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_WORDS,
    PARTY_WORDS,
    PEOPLE_FROM,
    PERSON_TITLES,
    PLACE_LINKS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PLACE_NOUNS,
    POSSESSIVE,
    RANKS,
    REGION_NOUNS,
    RELIGIONS,
    RESIDENT_OF,
    ROMAN,
    ROYAL,
    RULER_NOUNS,
    SEAT_TITLES,
    SHIP_PREFIXES,
    SIDE_PREFIXES,
    SITE_HEADS,
    SITE_KINDS,
    SPEECH_VERBS,
    STAFF_NOUNS,
    STORM_WORDS,
    SURNAME_ENDINGS,
    SURNAME_LOC_ENDINGS,
    SURNAME_PARTICLES,
    TITLES,
    UTILITY_WORDS,
    WEAPON_ACRONYMS,
)
from newslake.products import without_products
from newslake.teams import nickname_teams

log = logging.getLogger(__name__)

FIXES = "newslake_entity_fixes"
ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
ENTS_KEY = "newslake_ents"
SIEGE_NOUNS = frozenset({"siege", "capture", "control", "fall", "outskirts", "recapture", "city", "town"})
_SCORE_RE = re.compile(r"^\d{1,3}\s?[-\u2013]\s?\d{1,3}$")  # "beat Gremio 2-1"
_NEAR_CUES = NEAR_WORDS | {"in", "of"}
_FIRM_OR_CLUB = ORG_WORDS | COMPANY_WORDS | CLUB_WORDS
_ACRONYM_RE = re.compile(r"(?<![\w.&-])[A-Z]{2,6}(?![\w.&-])")
# word-set unions used inside per-token loops, built once
_ORG_FIRM_ARMED = ORG_WORDS | COMPANY_WORDS | ARMED_SERVICES
_ORG_FIRM_AFTER = ORG_WORDS | COMPANY_WORDS | ORG_AFTER
_ORG_FIRM_LOC = ORG_WORDS | COMPANY_WORDS | LOC_ENDINGS
_ORG_FAC_PLACE = ORG_WORDS | FAC_WORDS | PLACE_NOUNS
_ORG_NOUN_CUES = ORG_WORDS | ORG_BEFORE | ORG_AFTER
_QUALIFIER_TITLE_COMPASS = PLACE_QUALIFIERS | PERSON_TITLES | COMPASS
_ORG_OR_FIRM = ORG_WORDS | COMPANY_WORDS
_OF_PLACE_OR_COMPASS = OF_PLACE_WORDS | COMPASS
_FIGHTERS_OR_ORG_AFTER = FIGHTERS | ORG_AFTER
_ORG_OR_FAC = ORG_WORDS | FAC_WORDS
_FAC_OR_HEAD = FAC_WORDS | FAC_HEADS
_TITLE_OR_STAFF = TITLES | STAFF_NOUNS
_RANKS_GOVERNOR_MAYOR = RANKS | {"governor", "mayor"}
_LEADING_JUNK_DASH = LEADING_JUNK | {"-"}
_NEAR_OR_IN = NEAR_WORDS | {"in"}
_BODY_TAIL_WORDS = UTILITY_WORDS | ORG_WORDS | INDUSTRY_WORDS
_CRAFT_FIRSTS = frozenset(p[0] for p in CRAFT_PREFIXES)
_OPEN_PAREN = frozenset({"("})  # a constant: the ids lookup caches it once, not a new set per doc
_PERSON_ORG_OR_NOT_NAME = NOT_NAME_LABELS | {"PERSON", "ORG"}  # a tuple unpacked in _relabel was built per call


@cache
def load_nlp(model: str = config.DEFAULT_MODEL) -> Language:
    """The NER-only pipeline of `model` with newslake's entity fixes appended; cached per process.

    `config.NEWS_NER_MODEL` (the default) is `config.SPACY_PACKAGE` with the fine-tuned `ner` weights shipped here."""
    nlp = spacy.load(config.spacy_package(model), enable=["ner"])
    if model == config.NEWS_NER_MODEL:
        nlp.get_pipe("ner").from_disk(config.NEWS_NER_WEIGHTS)
    nlp.add_pipe(FIXES, last=True)
    return nlp


@Language.factory(FIXES)
def _make_fixes(nlp: Language, name: str) -> EntityFixes:
    return EntityFixes(nlp)


class EntityFixes:
    """Pipeline component: repairs NER spans in place (doc.ents)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")  # for all-caps text only
        self.lexicon = lexicon(nlp)
        for label, phrases in gazetteer.ruler_phrases().items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(phrases)))
            self.caseless.add(label, list(nlp.tokenizer.pipe(p for p in phrases if len(p) > 3)))

    def __call__(self, doc: Doc) -> Doc:
        try:
            spans = self._fixed(doc)
        except Exception:  # a rule bug must not sink the batch: keep the model's own entities
            log.exception("entity fixes failed on text starting %r; the model's entities are kept", doc.text[:80])
            spans = list(doc.ents)
        doc.ents = spans
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k[0] == INDEX_KEY]:
            del doc.user_data[key]  # the rules' token index: no use after them
        # reading doc.ents back walks every token, and doc.text joins them again: doc_mentions uses these copies
        doc.user_data[ENTS_KEY] = [(s.start_char, s.end_char, s.label_) for s in spans]
        return doc

    def _fixed(self, doc: Doc) -> list[Span]:
        if is_shouting(doc_text(doc)):
            # the model tags most all-caps words as names: keep only what the gazetteer knows
            spans = sorted(
                filter_spans([Span(doc, a, b, label=m) for m, a, b in self.caseless(doc)]),
                key=lambda s: s.start,
            )
        else:
            if (ents := with_datelines(doc, doc_text(doc))) is not None:
                doc.ents = ents
            if (ents := people_by_first_name(doc, self.lexicon)) is not None:
                doc.ents = ents
            if (ents := people_by_age(doc, doc_text(doc))) is not None:
                doc.ents = ents
            spans = without_products(doc, club_mentions(fix_entities(doc, self.matcher, self.lexicon)))
            spans = states_not_people(doc, nickname_teams(doc, spans))
            spans = compass_regions(demonym_led_people(doc, spans, self.lexicon))
            spans = operation_names(plural_nouns_not_people(spans, self.lexicon))
        return spans


def _line_breaks(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens holding a line break, ascending (one array read, no Token per word)."""
    return [i for i in doc.to_array(IS_SPACE).nonzero()[0].tolist() if "\n" in doc[i].text]


def _words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` sliced from the doc's text: no Span made, no slice normalised in Python."""
    words = range(len(doc))[start:end]  # the same bounds as a doc slice
    if not words:
        return ""
    last = doc[words.stop - 1]
    return doc_text(doc)[doc[words.start].idx : last.idx + len(last)]


def _cut_at_newline(ent: Span, breaks: list[int]) -> Span:
    """A name never runs over a line break ('Amazon\\n\\nSince'): keep the part before it, else the part after."""
    k = bisect_left(breaks, ent.start)
    if k == len(breaks) or breaks[k] >= ent.end:
        return ent
    if breaks[k] > ent.start:
        return Span(ent.doc, ent.start, breaks[k], label=ent.label_)
    last = breaks[bisect_left(breaks, ent.end) - 1]
    return Span(ent.doc, last + 1, ent.end, label=ent.label_) if last + 1 < ent.end else ent


def is_shouting(text: str, sample: int = 5000) -> bool:
    """True when nearly all words are in capitals (wire headlines, teletype, spam)."""
    words = [w for w in text[:sample].split() if not w.isdigit()]
    return len(words) >= 5 and sum(map(str.isupper, words)) / len(words) > 0.7


def fix_entities(doc: Doc, matcher: PhraseMatcher, lex: Lexicon | None = None) -> list[Span]:
    """NER spans with boundaries and labels repaired, plus gazetteer matches NER missed."""
    spans: list[Span] = []
    breaks = _line_breaks(doc)
    for ent in (p for e in doc.ents for p in _split_amount(_cut_at_newline(e, breaks))):
        if len(ent) > MAX_NAME_TOKENS or _run_on(ent) or _no_capital(ent):
            continue
        for part in (q for p in _split_parenthesis(ent) for q in _split_separators(p)):
            for piece in _split_possessive(part):
                for bit in (q for p in _split_in_place(piece) for q in _split_of_country(p)):
                    spans.extend(r for c in _split_country_code(_extend_particle(bit)) for r in _split_role(c))
    spans = [
        s
        for s in (_trim(_context_fix(_relabel(t))) for t in map(_trim, spans) if t is not None)
        if s is not None
    ]
    lex = lex or Lexicon()
    spans = common_word_fixes(doc, spans, lex)
    spans = _bodies_named_by_places(spans, lex)
    spans = _places_not_dates(spans)
    spans = _shire_places(spans)
    spans = _irish_bodies_and_iwi(spans)
    spans = _local_sites_and_bodies(spans)
    spans = _unknown_orgs_in_place_slots(spans, lex)
    spans = [Span(doc, s.start, s.end, label="FAC") if _site_before(s, lex) else s for s in spans]
    spans = _coordinated_people(_coordinated_places(sorted(spans, key=lambda s: s.start)))
    spans = _listed_people(doc, spans)
    spans = _craft_names(doc, _known_as(doc, _propagate_people(doc, spans)))
    spans = _local_places_throughout(spans)
    spans = _area_names_throughout([part for s in spans for part in _split_county_address(s)])
    spans = [part for s in spans for part in _province_abbreviation(s)]
    spans = [Span(s.doc, s.start, s.end, label="GPE") if _english_town_form(s) else s for s in spans]
    spans = _cued_places_throughout(spans, lex)
    spans = _landforms_throughout(spans)
    spans = _firms_not_towns(_lone_big_cities(_consistent_places(doc, spans)))
    spans = _defined_acronyms(doc, spans)
    spans = [s for s in spans if not _caption_label(s) and not _rank_modifier(s) and not _org_noun_before_title(s)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        # the names inside a match matter only to a GPE or ORG match (demonyms match often): no scan for the rest
        inside = (
            [s for s in spans if start <= s.start and s.end <= end and (s.start, s.end) != (start, end)]
            if label in ("GPE", "ORG")
            else []
        )
        if inside and (
            (
                label == "GPE"
                and (_only_covers(inside, start, end, taken) or _demonym_led_country(inside, start, end, taken))
            )
            or (label == "ORG" and _mistyped_parts(inside, start, end, taken))
        ):
            spans = [s for s in spans if s not in inside]  # "Rio Grande" -> "Rio Grande do Sul"
            taken.difference_update(range(start, end))
        if not taken.intersection(range(start, end)):
            found = _extend_particle(Span(doc, start, end, label=match_id))
            if found.start == start and _after_particle(found) and found.start - 2 not in taken:
                continue  # "Praia" in "Ribeira da Praia": part of a longer unknown name, not the capital
            if found.start < start and taken.intersection(range(found.start, start)):
                found = Span(doc, start, end, label=match_id)
            spans.append(found)
            taken.update(range(found.start, end))
    spans = _org_of_place(spans)
    spans.extend(_known_org_words(doc, spans, taken))
    spans.extend(_places_near(doc, taken))
    spans.extend(_coordinated_missed(doc, spans, taken))
    spans.extend(_missed_sites(doc, taken, lex))
    spans.extend(_listed_towns_missed(doc, spans, taken))
    spans.extend(_towns_after_in(doc, spans, taken, lex))
    spans.extend(_missed_names(doc, taken, {s.end for s in spans if s.label_ == "PERSON"}))
    spans = _consistent_places(doc, _demonym_orgs(sorted(filter_spans(spans), key=lambda s: s.start)))
    spans = kind_fixes(doc, team_names(doc, _join_particle_places(_merge_people(_place_surnames(spans))), lex), lex)
    spans = _firm_short_names(_repeated_orgs(doc, [s for s in spans if not _generic_name(s)]))
    spans = _org_before_country(spans, lex)
    spans = _area_acronyms(_region_after_town(_sites_after_the(spans)))
    spans = org_heads(spans)
    spans = place_led_orgs(spans)
    spans = orgs_before_titles(spans)
    spans = org_leads(spans)
    spans = people_named_like_firms(spans)
    spans = defined_short_names(doc, spans, lex)
    spans = names_before_org_nouns(spans)
    spans = firms_named_like_places(spans)
    spans = _lone_titles([part for s in spans for part in _split_party_seat(s)])
    spans = [part for s in spans for part in _split_place_title(s)]
    spans = _unknown_cities(spans)
    spans = _saint_places(spans)
    spans = _towns_not_products(spans)
    spans = museums_as_bodies(spans)
    spans = cued_people(spans, lex)
    spans = firm_shaped_people(spans)
    spans = initialled_people(spans)
    spans = city_nickname_teams(spans)
    spans = lone_surnames(spans)
    return _acronyms_like_their_names(_spelled_out_names(doc, spans))


def _area_acronyms(spans: list[Span]) -> list[Span]:
    """ "Africa" + "CDC": a world area right before an acronym ORG is part of its name ("Africa CDC")."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "LOC"
            and prev.end == s.start
            and s.label_ == "ORG"
            and len(s) == 1
            and span_text(s).isupper()
            and gazetteer.fold(prev.text) in gazetteer.world_areas()
        ):
            s = Span(s.doc, out.pop().start, s.end, label="ORG")
        out.append(s)
    return out


def _region_after_town(spans: list[Span]) -> list[Span]:
    """ "Ashbourne, Derbyshire," / "Cupertino, California.": the name between commas after a town is its region."""
    in_names = _person_name_words(spans)
    out: list[Span] = []
    for s in spans:
        doc = s.doc
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "GPE"
            and s.start == prev.end + 1
            and doc[prev.end].text == ","
            and s.label_ in ("PERSON", "ORG")
            and len(s) == 1
            and s[0].is_title
            and s.end < len(doc)
            and doc[s.end].text in (",", ".")
            and span_text(s) not in in_names
            and not gazetteer.lookup_org(span_text(s))
        ):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def _sites_after_the(spans: list[Span]) -> list[Span]:
    """A one-word "PERSON" after "the" ("the Uffizi will reopen") is a site: people take no article."""
    in_names = _person_name_words(spans)
    out: list[Span] = []
    for s in spans:
        doc = s.doc
        if (
            s.label_ == "PERSON"
            and len(s) == 1
            and s.start > 0
            and doc[s.start - 1].lower_ == "the"
            and not span_text(s).endswith("s")
            and span_text(s) not in in_names
            and (s.end == len(doc) or doc[s.end].is_stop or doc[s.end].is_punct)
        ):
            s = Span(doc, s.start, s.end, label="GPE" if gazetteer.place_candidates(span_text(s)) else "FAC")
        out.append(s)
    return out


def _split_amount(ent: Span) -> list[Span]:
    """ "Google 12 billion" (MONEY) -> ORG "Google" + MONEY "12 billion"; "Gremio 2-1" -> ORG + the score."""
    if len(ent) < 2 or ent.label_ in ("DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"):
        return [ent]
    last = ent[-1]
    if not (last.like_num or last.lower_ in AMOUNT_WORDS):
        return [ent]  # most spans: no amount or score at the end
    doc = ent.doc
    cut = next((t.i for t in ent if t.like_num), ent.end)
    name, amount = doc[ent.start : cut], doc[cut : ent.end]
    if not name or not amount or not name[-1].whitespace_:
        return [ent]
    score = _SCORE_RE.match(amount.text) is not None
    glued = ent.label_ in ("MONEY", "CARDINAL", "ORG", "PERSON") and any(t.lower_ in AMOUNT_WORDS for t in amount)
    if not score and (len(ent) < 3 or not glued):
        return [ent]
    if not all(t.is_alpha and (t.is_title or t.is_upper) for t in name):
        return [ent]
    label = "ORG" if gazetteer.lookup_org(name.text) else "GPE" if gazetteer.place_candidates(name.text) else None
    if label is None and (score or ent.label_ in ("ORG", "PERSON")):
        label = "ORG" if score else ent.label_  # "Nuvia 500 million": the model's name, without the amount
    if label is None:
        return [ent]
    number = ent.label_ if ent.label_ in NUMERIC_LABELS else "CARDINAL"
    return [Span(doc, name.start, name.end, label=label), Span(doc, amount.start, amount.end, label=number)]


def _known_org_words(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """Known organisations the ruler skips as ambiguous: "WHO" amid lower-case text, "Meta" glued to an amount."""
    out: list[Span] = []
    for i in trigger_tokens(doc, _ACRONYM_RE):
        near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
        if i in taken or any(t.is_upper and t.is_alpha and len(t) > 1 for t in near):
            continue  # a run of capitals is a headline or a shout, where "WHO" is the pronoun
        if gazetteer.lookup_org(doc[i].text) and not gazetteer.place_candidates(doc[i].text):
            out.append(Span(doc, i, i + 1, label="ORG"))
            taken.add(i)
    for s in spans:
        i = s.start - 1
        if s.label_ not in ("MONEY", "CARDINAL") or i < 1 or i in taken or not doc[i].is_title:
            continue
        if not _starts_sentence(doc[i]) and doc[i].is_alpha and gazetteer.lookup_org(doc[i].text):
            out.append(Span(doc, i, i + 1, label="ORG"))  # "fined Apple 500 million euros and Meta 200 million"
            taken.add(i)
    return out


def _repeated_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A multi-word ORG ("Environment Canada") is that ORG wherever its words recur, not a place and a word."""
    text = doc_text(doc)
    names = {span_text(s) for s in spans if s.label_ == "ORG" and len(s) > 1 and s[0].is_title and s[0].lower_ != "the"}
    names = {n for n in names if text.count(n) > 1}  # most names occur once: no scan needed
    if not names:
        return spans
    pattern = word_pattern(names)
    found: list[Span] = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        inside = [s for s in spans if span.start <= s.start and s.end <= span.end]
        crossing = [s for s in spans if s.start < span.end and span.start < s.end and s not in inside]
        if crossing or any((s.start, s.end, s.label_) == (span.start, span.end, "ORG") for s in inside):
            continue
        spans = [s for s in spans if s not in inside]
        found.append(Span(doc, span.start, span.end, label="ORG"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _firm_short_names(spans: list[Span]) -> list[Span]:
    """A lone PERSON word that opens a firm's name in the doc ("Barrick" after "Barrick Mining") is the firm."""
    firms = {s[0].text for s in spans if s.label_ == "ORG" and len(s) > 1 and s[-1].lower_ in INDUSTRY_WORDS}
    if not firms:
        return spans
    in_names = _person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label_ == "PERSON" and len(s) == 1 and span_text(s) in firms and span_text(s) not in in_names
        else s
        for s in spans
    ]


def _only_covers(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when the spans inside a longer gazetteer place are its parts: places or names, nothing else taken."""
    parts = {i for s in inside for i in range(s.start, s.end)}
    return all(s.label_ in ("GPE", "LOC", "PERSON", "ORG") for s in inside) and not (
        taken.intersection(range(start, end)) - parts
    )


def _mistyped_parts(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when a known organisation was tagged as non-ORG pieces: "Anglo" + "American" (NORP) -> ORG."""
    return all(s.label_ in ("NORP", "GPE", "PERSON", "PRODUCT") for s in inside) and _only_covers(
        [Span(s.doc, s.start, s.end, label="ORG") for s in inside], start, end, taken
    )


def _no_capital(ent: Span) -> bool:
    """True for a "name" without a capital letter ("meth", "anesthesia", "cinnamon, nutmeg"): tagger noise."""
    # most names open with a capital: the first character before a scan of every character
    return ent.label_ not in NUMERIC_LABELS and not ((text := span_text(ent))[:1].isupper() or any(c.isupper() for c in text))


def _run_on(ent: Span) -> bool:
    """True for a title the model ran into plain words: "Sahagun accused of laundering money for the Clan"."""
    return (
        ent.label_ in NOT_NAME_LABELS and sum(t.is_lower and t.is_alpha and not t.is_stop for t in ent) >= 2
    )


def _rank_modifier(span: Span) -> bool:
    """True for "Caretaker" / "Interim" opening "Caretaker Prime Minister Najib Mikati": a word, not a name."""
    doc = span.doc
    return (
        span.label_ in ("ORG", "PERSON", "GPE", "NORP")
        and span.end < len(doc)
        and doc[span.end].lower_ in RANKS
        and _starts_sentence(span[0])
        and _unknown_word(span)
        and not _known_name(span)
    )


def _org_noun_before_title(span: Span) -> bool:
    """True for "Council" in "Council leader John Cotton" / "Party leader X": a common noun, not a name."""
    doc = span.doc
    if span.label_ != "ORG" or len(span) != 1 or span[0].lower_ not in ORG_WORDS or span.end >= len(doc):
        return False
    opens = _starts_sentence(span[0]) or doc[span.start - 1].lower_ in ("the", "a")
    return opens and doc[span.end].lower_ in TITLES


def _caption_label(span: Span) -> bool:
    """True for a caption or credit label the model takes for a name ("Image:", "Photo:")."""
    return len(span) == 1 and span[0].lower_ in CAPTION_WORDS


def _positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words`."""
    return token_positions(doc, words, LOWER)


def _places_near(doc: Doc, taken: set[int]) -> list[Span]:
    """Known places NER missed: after "near"/"the mayor of" ("Near Rawah, ...") or before "region"/"province"."""
    out: list[Span] = []
    for i in _positions(doc, _NEAR_CUES):  # every other token fails the cue test below
        start = i + 1
        if start >= len(doc) or start in taken or not doc[start].is_title:
            continue  # the word after first: most cues ("in the") open no name
        tok = doc[i]
        home = tok.lower_ == "in" and tok.i > 0 and tok.nbor(-1).lower_ in HOME_VERBS  # "who lives in Bath"
        weak = tok.lower_ == "in" and not home  # only a city of several words: "in Ciudad del Este", not "in May"
        if not (weak or home or _place_cue(tok)):
            continue
        end = start
        while end < len(doc) and end - start < 4 and end not in taken and _name_part(doc[end]):
            end += 1
        while end > start and not doc[end - 1].is_title:
            end -= 1
        for stop in range(end, start, -1):  # longest known name first; a small town only as the whole name
            text = _words_text(doc, start, stop)
            if weak:
                if stop - start > 1 and _big_city(text):
                    out.append(Span(doc, start, stop, label="GPE"))
                    taken.update(range(start, stop))
                    break
                continue
            if (
                gazetteer.place_candidates(text)
                or (stop - start > 1 and gazetteer.lookup_place_variant(text))
                or (stop == end and gazetteer.is_town(text))
            ):
                out.append(Span(doc, start, stop, label="GPE"))
                taken.update(range(start, stop))
                break
    for i in token_positions(doc, REGION_NOUNS):  # "the Lombardy region", "Idlib province"
        tok = doc[i]
        if tok.i in taken:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and start - 1 not in taken and _title_word(doc[start - 1]):
            start -= 1
        for first in range(start, tok.i):  # longest known name first
            if gazetteer.place_candidates(_words_text(doc, first, tok.i)):
                out.append(Span(doc, first, tok.i, label="GPE"))
                taken.update(range(first, tok.i))
                break
    return out


def _org_of_place(spans: list[Span]) -> list[Span]:
    """ "Reserve Bank" + "of" + "Zimbabwe" is one ORG: the place names whose bank, ministry or university it is."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.label_ == "GPE"
            and prev.label_ == "ORG"
            and prev.end == s.start - 1
            and s.doc[prev.end].lower_ == "of"
            and (prev[-1].lower_ in ORG_WORDS or _court_district(prev))
        ):
            out[-1] = Span(s.doc, prev.start, s.end, label="ORG")
            continue
        if prev is not None and s.label_ in ("GPE", "LOC", "ORG", "PERSON") and prev.label_ == "ORG" and _cut_at_and(prev, s):
            out[-1] = Span(s.doc, prev.start, s.end, label="ORG")  # "The Court of Bosnia and" + "Herzegovina"
            continue
        out.append(s)
    return out


def _cut_at_and(org: Span, place: Span) -> bool:
    """True when an ORG "... of X" (and) a name complete a known place ("Bank of Trinidad" + "and Tobago"), or
    name a second country or area of the org ("Islamic State of Iraq" + "and the Levant")."""
    if place.start - org.end > 2:
        return False  # more than "and the" between them: no words to read
    doc = org.doc
    gap = lower_words(doc, org.end, place.start)
    if gap not in (["and"], ["and", "the"]) and not (not gap and org[-1].lower_ == "and"):
        return False
    of = [t.i for t in org if t.lower_ == "of"]
    if not of:
        return False
    if gap != ["and", "the"] and gazetteer.place_candidates(doc[of[-1] + 1 : place.end].text):
        return True
    owner = doc[of[-1] + 1 : org.end].text
    second = gazetteer.fold(place.text)
    return (
        len(place) == 1
        and _country(owner)
        and (second in gazetteer.world_areas() or second in gazetteer.countries())
        and not (place.end < len(doc) and doc[place.end].text in POSSESSIVE)
    )


def _coordinated_missed(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """A known place NER missed next to a GPE across "and"/"or" ("Sabah and Sarawak") is a GPE."""
    out: list[Span] = []
    for s in spans:
        if s.label_ != "GPE":
            continue
        for link, i in ((s.end, s.end + 1), (s.start - 1, s.start - 2)):
            if not (0 <= i < len(doc) and 0 <= link < len(doc)) or doc[link].lower_ not in ("and", "or"):
                continue
            tok = doc[i]
            if i in taken or not tok.is_title or tok.is_stop or not gazetteer.place_candidates(tok.text):
                continue
            if gazetteer.lookup_org(tok.text) or gazetteer.lookup_demonym(tok.text):
                continue
            out.append(Span(doc, i, i + 1, label="GPE"))
            taken.add(i)
    return out


def _big_city(text: str) -> bool:
    places = gazetteer.place_candidates(text)
    return bool(places) and places[0].kind == "city" and places[0].population >= CITY_RELABEL_MIN_POP


def _place_cue(tok: Token) -> bool:
    """True for words a place name follows: "near", "outside", "the mayor of", "south of"."""
    if tok.lower_ in NEAR_WORDS:
        return True
    return tok.lower_ == "of" and tok.i > 0 and tok.nbor(-1).lower_ in _OF_PLACE_OR_COMPASS


def _title_word(tok: Token) -> bool:
    return tok.is_title and not tok.is_stop  # not "The state copper company"


def _name_part(tok: Token) -> bool:
    return tok.is_title or tok.lower_ in NAME_PARTICLES or (tok.text == "-" and tok.whitespace_ == "")


def _split_separators(ent: Span) -> list[Span]:
    """Split at "/" and "|" ("Twitter / Barack Obama"), and "Ziguinchor and Thies" when both are known places."""
    doc = ent.doc  # the words by index below: no Token walk of the span, no Span slice
    text = span_text(ent)
    cuts = [i for i in range(ent.start, ent.end) if doc[i].text in ("/", "|")] if "/" in text or "|" in text else []
    if not cuts:
        if len(ent) < 3:
            return [ent]  # no inner word to split at
        ands = [i for i in range(ent.start + 1, ent.end - 1) if doc[i].lower_ in ("and", "&", ",")]
        if len(ands) != 1:
            return [ent]
        left, right = ent.doc[ent.start : ands[0]], ent.doc[ands[0] + 1 : ent.end]
        if not (gazetteer.place_candidates(left.text) and gazetteer.place_candidates(right.text)) and not (
            _towns_after_preposition(ent, left, right)
        ):
            return [ent]
        if gazetteer.lookup_org(text):
            return [ent]
        return [Span(ent.doc, p.start, p.end, label="GPE") for p in (left, right)]
    bounds = [ent.start, *cuts, ent.end]
    parts = [(a if a == ent.start else a + 1, b) for a, b in pairwise(bounds)]
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in parts if b > a]


def _towns_after_preposition(ent: Span, left: Span, right: Span) -> bool:
    """True for "to Black Mountain and Swannanoa": two towns joined by "and" after a place preposition."""
    prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        prev in PLACE_PREPOSITIONS
        and ent.doc[left.end].lower_ == "and"
        and not any(t.lower_ in _ORG_OR_FIRM for t in ent)
        and gazetteer.is_town(left.text)
        and gazetteer.is_town(right.text)
    )


def _split_in_place(ent: Span) -> list[Span]:
    """Split "Election Commission in Colombo" into ORG + GPE when the tail is a known place; drop a trailing "in"."""
    doc = ent.doc
    if len(ent) > 1 and ent[-1].lower_ in PLACE_LINKS:
        return [Span(doc, ent.start, ent.end - 1, label=ent.label_)]  # "Macomia in" (the model ran on)
    if len(ent) < 3:
        return [ent]  # no inner "in": no organisation lookup
    if ent.label_ not in ("ORG", "PERSON", "FAC") or gazetteer.lookup_org(span_text(ent)):
        return [ent]
    for k in range(ent.start + 1, ent.end - 1):  # the inner words by index; the tail only after an "in"
        if doc[k].lower_ != "in":
            continue
        tail = doc[k + 1 : ent.end]
        if tail[0].is_title and gazetteer.place_candidates(tail.text):
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, tail.start, tail.end, label="GPE")]
    return [ent]


def _split_of_country(ent: Span) -> list[Span]:
    """ "Aryna Sabalenka of Belarus" -> PERSON + GPE; not "Bank of Japan" (an organisation word before "of")."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 4 or gazetteer.lookup_org(span_text(ent)):
        return [ent]
    of = [t.i for t in ent[2:-1] if t.lower_ == "of"]
    if len(of) != 1:
        return [ent]
    head, tail = doc[ent.start : of[0]], doc[of[0] + 1 : ent.end]
    if gazetteer.fold(tail.text) not in gazetteer.countries() or not _bare_name(head):
        return [ent]
    return [Span(doc, head.start, head.end, label="PERSON"), Span(doc, tail.start, tail.end, label="GPE")]


def _extend_particle(ent: Span) -> Span:
    """ "Mocimboa da Praia" when the model tagged only "Praia": a known place joined by "da"/"de" grows left."""
    doc, start = ent.doc, ent.start
    person = _after_von(ent)
    if person is not None:
        return person
    if ent.label_ not in ("GPE", "LOC") or not _after_particle(ent):
        return ent
    longer = doc[start - 2 : ent.end]
    return Span(doc, longer.start, longer.end, label=ent.label_) if _known_place(longer) else ent


def _after_von(ent: Span) -> Span | None:
    """ "Ursula von der Leyen" when the model tagged only "Leyen" (a place): the whole name is a PERSON."""
    doc, i = ent.doc, ent.start - 1
    if len(ent) > 2 or i < 1 or doc[i].lower_ not in ("der", "den", "von", "van"):
        return None
    if doc[i].lower_ in ("der", "den"):
        i -= 1
    if i < 1 or doc[i].text not in ("von", "van"):
        return None
    first = i - 1
    if not (doc[first].is_title and doc[first].is_alpha) or doc[first].lower_ in TITLES:
        return None
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.is_title and before.is_alpha and not before.is_stop and before.lower_ not in TITLES:
        first -= 1  # "Frank-Walter" is one token; "Anna Maria von ..." two
    return Span(doc, first, ent.end, label="PERSON")


def _after_particle(span: Span) -> bool:
    """True when "da"/"de"/"do" and a capitalised word precede the span: "Mocimboa da | Praia"."""
    doc, start = span.doc, span.start
    return (
        start >= 2
        and doc[start - 1].lower_ in JOINING_PARTICLES
        and doc[start - 2].is_title
        and not doc[start - 2].is_stop
    )


def _join_particle_places(spans: list[Span]) -> list[Span]:
    """Two places around "da"/"de" are one name: "Sao Joao" + "da" + "Praia" -> GPE "Sao Joao da Praia"."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.label_ in ("GPE", "LOC")
            and prev.label_ in ("GPE", "LOC")
            and prev.end == s.start - 1
            and _after_particle(s)
        ):
            s = Span(s.doc, out.pop().start, s.end, label="GPE")
        out.append(s)
    return out


def _split_possessive(ent: Span) -> list[Span]:
    """Split "Pyongyang's Central Zoo" into GPE "Pyongyang" + ORG "Central Zoo" when the owner is a place."""
    if len(ent) < 3 or ent[0].text in ("St", "St.", "Saint", "Ste", "Ste."):
        return [ent]  # "St Mary's Hospital" is named after the saint, not the parish of Saint Mary
    for i in range(1, len(ent) - 1):  # the inner words by index: no Span slice
        if ent.doc[ent.start + i].text in POSSESSIVE and gazetteer.lookup_place(ent[:i].text):
            return [
                Span(ent.doc, ent.start, ent.start + i, label="GPE"),
                Span(ent.doc, ent.start + i + 1, ent.end, label=ent.label_),
            ]
    return [ent]


def _name_like(span: Span) -> bool:
    """2-5 capitalised words (hyphens allowed: "Kassym-Jomart Tokayev"), no organisation word, no known place."""
    words = [t for t in span if t.text != "-"]
    return (
        2 <= len(words) <= 4
        and all(t.is_title and t.is_alpha for t in words)
        and not any(t.lower_ in _ORG_OR_FIRM for t in words)
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.place_candidates(span_text(span))
    )


def _split_role(ent: Span) -> list[Span]:
    """Cut a role's words off a name: "Kazakh President X" -> NORP + PERSON; "Minister for the Middle East X"."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP", "LOC") or len(ent) < 3:
        return [ent]
    first, second = ent[0], ent[1]
    if first.is_title and second.is_title and second.lower_ in TITLES and gazetteer.lookup_demonym(first.text):
        rest = doc[ent.start + 2 : ent.end]
        if _name_like(rest):
            return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, rest.start, rest.end, label="PERSON")]
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") or doc[ent.start - 2].lower_ not in TITLES:
        return [ent]
    lead = ent.start + (ent[0].lower_ == "the")
    for cut in range(ent.end - 2, lead, -1):
        place, name = doc[lead:cut], doc[cut : ent.end]
        key = gazetteer.fold(place.text)
        if _name_like(name) and (key in gazetteer.world_areas() or key in gazetteer.countries()):
            label = "GPE" if key in gazetteer.countries() else "LOC"
            return [Span(doc, place.start, place.end, label=label), Span(doc, name.start, name.end, label="PERSON")]
    return [ent]


def _split_country_code(ent: Span) -> list[Span]:
    """Split "the US National Weather Service" into GPE "US" + ORG "National Weather Service"."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]  # the label first: the leading word only for an organisation of three words or more
    lead = 1 if ent[0].lower_ == "the" else 0
    if len(ent) - lead < 3:
        return [ent]
    code, rest = ent[lead], ent[lead + 1 :]
    if any(t.lower_ in ARMED_SERVICES for t in rest):
        return [ent]  # "U.S. Central Command", "U.S. Air Force": the country belongs to a service's name
    if not (
        code.text.replace(".", "").isupper()
        and len(code.text) <= 4
        and gazetteer.fold(code.text) in gazetteer.countries()
        and rest[0].is_title
        and any(t.lower_ in ORG_WORDS for t in rest)
        and not gazetteer.lookup_org(span_text(ent))
    ):
        return [ent]
    doc = ent.doc
    return [Span(doc, code.i, code.i + 1, label="GPE"), Span(doc, rest.start, rest.end, label="ORG")]


def _relabel(span: Span) -> Span:
    """A country is never ORG/PRODUCT; demonyms are NORP; known organisations are ORG; places by context."""
    label = span.label_
    if label in NUMERIC_LABELS and label != "CARDINAL":
        return span  # a date, an amount: only an all-caps "number" (CARDINAL) is ever a name below
    text, doc = span_text(span), span.doc

    def to(new: str) -> Span:
        return Span(doc, span.start, span.end, label=new)

    prev = doc[span.start - 1] if span.start > 0 else None
    if label == "LANGUAGE" and prev is not None and prev.lower_ in PLACE_PREPOSITIONS:
        return to("GPE") if gazetteer.place_candidates(text) else span  # "rallies in Tunis"
    if label == "CARDINAL" and 3 <= len(text) <= 6 and text.isalpha() and text.isupper() and not ROMAN_RE.match(text):
        return to("ORG")  # "destroy ISIL": an all-caps word is no number
    if label == "LANGUAGE" and _big_city(text) and not gazetteer.lookup_demonym(text):
        return to("GPE")  # "eastern Aleppo": a city of 100k+ is no language
    if label in NUMERIC_LABELS or label == "LANGUAGE":
        return span
    nxt = doc[span.end] if span.end < len(doc) else None
    if label == "GPE" and prev is not None and prev.text in COUNTRY_ORG_LEADS and gazetteer.fold(text) in gazetteer.countries():
        return Span(doc, prev.i, span.end, label="ORG")  # "Bank Indonesia", "Air India", "Statistics Canada"
    if label in ("PERSON", "ORG") and (building := _building_after(span)) is not None:
        return building
    if label in ("ORG", "NORP") and len(span) == 1 and nxt is not None and nxt.lower_ in RULER_NOUNS and _unknown_name(span):
        return to("PERSON")  # "the Asad regime": a ruler's name
    if len(span) > 1 and (span[0].text in SHIP_PREFIXES or _craft_prefix(span)):
        return to("PRODUCT")
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and text in RELIGIONS:
        return to("NORP")  # "Islam", "Wicca": a faith, like its followers, is NORP
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and text in WEAPON_ACRONYMS:
        return to("PRODUCT")  # "a VBIED", "UAVs": weapons, not organisations
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and len(span) > 1 and _event_name(span):
        return to("EVENT")  # "the Manama Dialogue", "Operation Inherent Resolve"
    if span[0].text in STORM_WORDS and len(span) > 1 and label in ("ORG", "PERSON", "GPE", "LOC"):
        return to("EVENT")  # "Typhoon Gaemi", "Hurricane Milton": a storm is no organisation or place
    if prev is not None and prev.text in STORM_WORDS and label in ("ORG", "PERSON", "GPE", "LOC"):
        return Span(doc, prev.i, span.end, label="EVENT")  # "Hurricane" + "Melinda" (the model: PERSON)
    if label in ("GPE", "ORG") and prev is not None and prev.text in CLUB_PREFIXES:
        return Span(doc, prev.i, span.end, label="ORG")  # "Real" + "Madrid": a club
    if label in ("PERSON", "GPE") and any(c.isdigit() for c in text):
        # a code with digits is never a person's or a place's name: "G42" (a firm), "IE6" (a browser)
        armed = nxt is not None and nxt.lower_ in _FIGHTERS_OR_ORG_AFTER  # "M23 rebels"
        return to("ORG" if label == "PERSON" or armed else "PRODUCT")
    if (
        label in ("GPE", "LOC")
        and prev is not None
        and prev.is_title
        and prev.lower_ in TITLES
        and _bare_name(span)
        and not gazetteer.is_town(text)
    ):
        return to("PERSON")  # "Indonesian President Joko Widodo"
    if label in ("GPE", "ORG") and _named_city(span):
        return to("GPE")
    if _club_name(span):
        return to("ORG")  # "Manchester City", "Aston Villa" (not "Mexico City")
    key = gazetteer.fold(text)
    places = gazetteer.place_candidates(text)
    is_country = key in gazetteer.countries()
    if gazetteer.lookup_org(text) and not places:
        if label == "PERSON" and prev is not None and prev.lower_ in PERSON_TITLES:
            return span  # "Mr Suzuki said": a person who shares a firm's name
        return span if label == "ORG" else to("ORG")
    if label in ("NORP", "GPE") and not is_country and gazetteer.lookup_demonym(text):
        # "Somali" is also an Ethiopian region, "the Ukrainian border": a demonym unless a preposition says place
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if label == "NORP" or prev not in PLACE_PREPOSITIONS:
            return to("NORP")
    if label == "NORP" and text[:1].isupper() and text not in RELIGIONS and place_not_people(text):
        return to("GPE")  # "the mayor of Petroșani": a town no people is named after
    if label in ("GPE", "ORG", "PERSON") and _geo_ending(span) and not places:
        return to("LOC")  # "Denisova Cave", "Kangaroo Island"
    if label in ("ORG", "PERSON", "NORP") and (place := _place_after_of(span)) is not None:
        return place  # "the council of Ninove" (one ORG): the town is the name
    if label in ("ORG", "PERSON") and _district_name(span):
        return to("GPE")  # "Haute-Savoie", "Negros Oriental": a second-level division, not a body or a person
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT") and _world_feature(span):
        return to("LOC")  # "the Tigris", "the Andes": a river or a range that no one owns
    if label == "ORG" and len(span) > 1 and places and places[0].kind in ("subdivision", "state"):
        return to("GPE")  # "Republika Srpska": a region, like a country, is never an ORG
    if label == "PERSON" and len(span) > 1 and places and places[0].kind in ("subdivision", "state") and _no_speaker(span):
        return to("GPE")  # "the Tamil Nadu government": a region is no one's name
    if label in ("PERSON", "ORG") and places and nxt is not None and nxt.lower_ == "government":
        return to("GPE")  # "the Kerala government": the place whose government it is
    if label == "GPE":
        return span
    if is_country:
        return to("GPE")
    if (
        label in ("PERSON", "ORG")
        and len(span) > 1
        and span[-1].lower_ in gazetteer.REGION_SUFFIXES
        and places
    ):
        return to("GPE")  # "Rakhine State", "Kurdistan Region"
    if label != "NORP" and gazetteer.lookup_demonym(text):
        return to("NORP")
    if label in ("PERSON", "GPE", "LOC") and len(span) > 1 and span[-1].lower_ in INDUSTRY_WORDS and span[-1].is_title:
        return to("ORG")  # "Barrick Mining", "Reliance Retail"
    if label in ("PERSON", "GPE", "LOC") and len(span) == 2 and span[0].text in ("Los", "Las") and not places:
        return to("ORG")  # "Los Choneros", "Los Lobos": a gang or a band, not a place no gazetteer knows
    if label == "PERSON" and len(span) > 1 and span[-1].lower_ in _ORG_OR_FAC:
        return to("FAC" if span[-1].lower_ in FAC_WORDS else "ORG")
    if label in ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT") and span[-1].lower_ in FAC_WORDS and span[-1].is_title:
        return to("FAC")  # "the Aviva Stadium" (the model: EVENT), "the Yasukuni Shrine" (WORK_OF_ART)
    if label in ("ORG", "EVENT", "PERSON") and len(span) > 1 and _facility_name(span):
        return to("FAC")  # "Adelaide Zoo", "the Museum of Flight", "Johnson Space Center"
    if label in ("FAC", "LOC") and len(span) > 1 and span[-1].lower_ in COMPANY_WORDS and not places:
        return to("ORG")  # "the Saudi Gazette", "the Sea Org"
    if label in ("FAC", "GPE", "LOC") and _court_district(span):
        return to("ORG")  # "the Southern District of New York": a federal court or its prosecutors
    if label in ("FAC", "GPE", "LOC") and [t.lower_ for t in span[-2:]] == ["school", "district"]:
        return to("ORG")  # "the Fort Worth Independent School District": a school board, not an area
    if label in ("PERSON", "ORG", "NORP") and _local_place(span):
        return to("GPE")
    if label in _PERSON_ORG_OR_NOT_NAME and _place_by_context(span):
        return to("GPE")
    if label == "NORP" and not gazetteer.lookup_demonym(text) and _listed_before_place_noun(span):
        return to("GPE")  # "in Biharamulo and Muleba districts": no people, a district
    if label in ("PERSON", "ORG") and _article_place(span):
        return to("GPE")  # "the siege of el-Obeid": an Arabic place name the model took for a group
    if not places or label == "LOC":
        return span
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    big = places[0].population >= CITY_RELABEL_MIN_POP or places[0].kind in ("subdivision", "state")
    if before in PLACE_PREPOSITIONS and label in ("ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "FAC"):
        return to("GPE")
    if (
        label == "PERSON"
        and len(span) == 1
        and (
            gazetteer.is_capital(text)
            or places[0].population >= 1_000_000
            or places[0].kind in ("subdivision", "state")
        )
        and (span.start == 0 or doc[span.start - 1].lower_ not in TITLES)
    ):
        return to("GPE")  # a surname use is restored by _propagate_people
    if label in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP") and big:
        return to("GPE")
    if label == "ORG" and gazetteer.is_capital(text):
        return to("GPE")  # "Moscow said": the capital stays a place
    return span


def _facility_name(span: Span) -> bool:
    """True for a building or site named by its head noun: "... Zoo/Hospital/Hotel/Gate", "Museum of ...", "... Center"."""
    last = span[-1]
    if any(t.lower_ == "museum" and t.is_title for t in span):
        return True
    if not last.is_title:
        return False
    if last.lower_ in ("center", "centre"):
        # "Pew Research Center", "Samsung Medical Center" are institutions; "Convention Centre" is a building
        return len(span) > 1 and span[-2].lower_ not in INSTITUTE_CENTRES
    if last.lower_ == "circuit" and len(span) > 1 and (span[-2].like_num or span[-2].is_upper or span[-2].text == "Federal"):
        return False  # "the Ninth Circuit", "the D.C. Circuit": appeals courts, not race tracks
    return last.lower_ in FAC_HEADS


def _unknown_name(span: Span) -> bool:
    """A capitalised word no gazetteer knows as an organisation, a place or a people."""
    text = span_text(span)
    return (
        span[0].is_title
        and span[0].is_alpha
        and not gazetteer.lookup_org(text)
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_demonym(text)
    )


def _building_after(span: Span) -> Span | None:
    """ "Al Maktoum" + "International Airport": a name run into a building's head noun is one FAC."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_title:
        return None
    for end in range(span.end + 1, min(span.end + 3, len(doc)) + 1):
        words = doc[span.end : end]
        if not all(t.is_title and t.is_alpha for t in words):
            return None
        if words[-1].lower_ in _FAC_OR_HEAD:
            return Span(doc, span.start, end, label="FAC")
    return None


def _craft_prefix(span: Span) -> bool:
    """True for "Space Shuttle ...": a named craft."""
    first = span[0].text
    if first not in _CRAFT_FIRSTS:
        return False  # most names: no prefix opens with their first word
    return any(first == p[0] and tuple(t.text for t in span[: len(p)]) == p for p in CRAFT_PREFIXES)


def _event_name(span: Span) -> bool:
    """True for "Operation X" and names headed by an event noun ("G7 Summit", "Google Science Fair")."""
    text = span_text(span)
    if "Operation" not in text and "League" not in text and "Expo" not in text:
        return span[-1].text in EVENT_HEADS  # no cue word: only the head can tell, no word list needed
    words = [t for t in span if t.lower_ != "the"]
    if len(words) > 1 and words[0].text == "Operation" and words[1].is_title:
        return True
    if len(words) > 1 and words[-1].text == "League" and words[-2].text.endswith("s") and words[-2].is_title:
        return not gazetteer.lookup_demonym(words[-2].text)  # "the Champions League", "Nations League"
    return span[-1].text in EVENT_HEADS or (len(span) > 2 and span[1].text == "Expo")


def _craft_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A ship's, craft's or storm's name seen with its prefix ("FS Forbin", "Hurricane Ida") is it when it recurs bare."""
    names = {
        s[-1].text: s.label_
        for s in spans
        if (s.label_ == "PRODUCT" and len(s) > 1 and (s[0].text in SHIP_PREFIXES or _craft_prefix(s)))
        or (s.label_ == "EVENT" and len(s) == 2 and s[0].text in STORM_WORDS)
    }
    if not names:
        return spans
    return [Span(doc, s.start, s.end, label=names[span_text(s)]) if len(s) == 1 and span_text(s) in names else s for s in spans]


def _generic_name(span: Span) -> bool:
    """True for one capitalised word that names no one in particular: "the Church", "Sgt", "QC", "Group G"."""
    if len(span) > 3 or span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        return False
    words = [t for t in span if t.lower_ != "the"]
    if len(words) == 2 and words[0].text == "Group" and len(words[1].text) == 1 and words[1].is_upper:
        return True  # a tournament's group, not an organisation
    return len(words) == 1 and words[0].lower_.rstrip(".") in GENERIC_NAMES


def _geo_ending(span: Span) -> bool:
    """True for a name of several words ending in "Cave", "Island", "Park" or opening "Rio", "Lake", "Mount"."""
    doc, first, last = span.doc, span.start, span.end - 1
    while last >= first and doc[last].lower_ == "the":
        last -= 1
    while first < last and doc[first].lower_ == "the":
        first += 1
    # the first and last words other than "the" must say landform before the word list is worth building
    if first >= last or not ((doc[last].is_title and doc[last].lower_ in LOC_ENDINGS) or doc[first].text in GEO_LEADS):
        return False
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or any(t.lower_ in _ORG_OR_FIRM for t in words):
        return False
    if span.label_ == "PERSON" and (words[-1].lower_ in SURNAME_LOC_ENDINGS or _first_name_led(words)):
        return False  # "Michael Bay", "Mitchell Marsh": a first name and a surname that is a landform
    return (words[-1].is_title and words[-1].lower_ in LOC_ENDINGS) or words[0].text in GEO_LEADS


def _first_name_led(words: list[Token]) -> bool:
    """Two words, the first a known first name that is no place word ("Mitchell Marsh", not "Lake Erie")."""
    return len(words) == 2 and words[0].text not in GEO_LEADS and is_first_name(words[0].text)


def _club_name(span: Span) -> bool:
    """A name ending in "City"/"United"/"Villa" that is no known place: a sports club."""
    return (
        span.label_ in ("PERSON", "GPE", "LOC")
        and len(span) > 1
        and span[-1].is_title
        and span[-1].lower_ in CLUB_WORDS
        and not gazetteer.place_candidates(span_text(span))
        and not gazetteer.is_town(span_text(span))
    )


def _place_by_context(span: Span) -> bool:
    """True when the words around say it is a place: "the city of X", "the X region", "near X"."""
    doc = span.doc
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]  # indexing: no Span made
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if span[-1].text in POSSESSIVE or after in POSSESSIVE or not span[0].text[:1].isupper():
        return False
    if after in PLACE_NOUNS or (len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS):
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in COMPASS and len(span) <= 3:
        return not gazetteer.lookup_org(span_text(span))  # "closed south of Ingham": only places lie south of
    if len(before) == 2 and before[1] == "of" and before[0] in OF_PLACE_WORDS:
        # "the mayor of Sahagun"; "residents of Karimba" even when no gazetteer knows it
        known = bool(gazetteer.place_candidates(span_text(span))) or gazetteer.is_town(span_text(span))
        return known or (before[0] in RESIDENT_OF and _plain_name(span))
    if before[-1:] == ["from"] and len(before) == 2 and before[0] in PEOPLE_FROM:
        return _plain_name(span) and not is_first_name(span[0].text)  # "a woman from X"
    if before[-1:] == ["in"] and lower_words(doc, span.end, span.end + 2) == [",", "where"]:
        return _plain_name(span)  # "most of them in Petit-Goave, where a river burst its banks"
    if _listed_before_place_noun(span):
        return _plain_name(span)
    if _listed_after_place_noun(span):
        return not gazetteer.lookup_org(span_text(span))
    near_comma = len(doc) - span.end >= 4 and doc[span.end].lower_ == ","  # what _place_apposition needs first
    if near_comma and _place_apposition(lower_words(doc, span.end, span.end + 9)):
        return True
    if before and before[-1] in ATTACK_VERBS and (gazetteer.place_candidates(span_text(span)) or gazetteer.is_town(span_text(span))):
        return not gazetteer.lookup_org(span_text(span))  # "Russian jets struck Idlib"
    if len(before) == 2 and before[0] in MOTION_VERBS and before[1] in ("to", "in", "into", "from"):
        return not gazetteer.lookup_org(span_text(span))  # "fled to Petion-Ville", "arrived in Wabag"
    return span.label_ == "PERSON" and bool(before) and before[-1] in ("in", "near", "outside")


def _listed_after_place_noun(span: Span, reach: int = 12) -> bool:
    """True for a name in a list after "districts such as" / "towns including": "such as Bannu and Tank"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= reach and (doc[i].is_title or doc[i].lower_ in (",", "and", "or")):
        i -= 1
    if i >= 2 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        return doc[i - 2].lower_ in LISTED_PLACE_NOUNS
    return i >= 1 and doc[i].lower_ == "including" and doc[i - 1].lower_ in LISTED_PLACE_NOUNS


def _plain_name(span: Span) -> bool:
    """No organisation word in it and no known organisation: a name that can be a place."""
    return not any(t.lower_ in _ORG_OR_FIRM for t in span) and not gazetteer.lookup_org(span_text(span))


def _listed_before_place_noun(span: Span, reach: int = 12) -> bool:
    """True for a name in a list that a plural place noun closes: "the Ravi, Sutlej and Chenab rivers"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end <= reach and (doc[i].is_title or doc[i].lower_ in (",", "and", "or")):
        i += 1
    return i < len(doc) and doc[i].lower_ in PLURAL_PLACE_NOUNS and doc[i - 1].is_title


def _court_district(span: Span) -> bool:
    """True for "(the) Southern District of New York" / "Eastern District": a US federal court district."""
    if len(span) < 2:
        return False  # two words at least: no word list for a one-word name
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[0] in ("southern", "northern", "eastern", "western", "central") and words[1] == "district"


def _article_place(span: Span) -> bool:
    """True for "El Geneina" / "al-Kut" after "in"/"near" or "the siege/capture/control of": a town, not a group."""
    doc = span.doc
    if len(span) > 4 or span[0].lower_ not in ("el", "al") or gazetteer.lookup_org(span_text(span)):
        return False
    if any(t.lower_ in _ORG_FIRM_ARMED for t in span):
        return False
    before = lower_words(doc, max(span.start - 2, 0), span.start)
    if before[-1:] and before[-1] in PLACE_PREPOSITIONS:
        return True
    return len(before) == 2 and before[1] == "of" and before[0] in SIEGE_NOUNS


def _place_apposition(after: list[str]) -> bool:
    """True for the words after a name that say it is a place: ", the capital of", ", a town in", ", the last city in"."""
    if len(after) < 4 or after[0] != ",":
        return False
    if after[1] == "capital" or (after[1] == "the" and after[2] == "capital"):
        return after[1] == "capital" or after[3] == "of"
    if after[1] not in ("a", "the"):
        return False
    # a few modifiers before the place noun: ", the last army-held city in" ("army", "-", "held")
    for i in range(2, min(len(after) - 1, 8)):
        if after[i] in PLACE_NOUNS:
            return after[i + 1] in ("in", "of", "on", "near")
        if not (after[i].isalpha() or after[i] == "-") or after[i] in ("of", "in", "and", "who", "which"):
            return False
    return False


def _coordinated_places(spans: list[Span]) -> list[Span]:
    """A known place name next to a GPE across "and"/","/"or" ("Sindh and Balochistan") is a GPE too."""
    out = list(spans)
    for i, s in enumerate(out):
        # the name's own tests only beside a GPE or LOC: the loop below needs one
        near = any(0 <= j < len(out) and out[j].label_ in ("GPE", "LOC") for j in (i - 1, i + 1))
        known = near and s.label_ in ("ORG", "PERSON", "PRODUCT", "NORP") and (_known_place(s) or _place_slot(s))
        # weaker: a town ("Idlib and Saraqib") or an unknown word after "in X and" ("in Izmail and Chornomorsk")
        town = near and s.label_ in ("ORG", "PRODUCT") and len(s) == 1 and gazetteer.is_town(span_text(s))
        slot = near and s.label_ in ("ORG", "PERSON") and (_unknown_word(s) or _unnamed_pair(s))
        for j in (i - 1, i + 1) if known or town or slot else ():
            if 0 <= j < len(out) and (out[j].label_ == "GPE" or (known and out[j].label_ == "LOC")):
                lo, hi = (out[j].end, s.start) if j < i else (s.end, out[j].start)
                linked = s.doc[lo].lower_ in ("and", "or")
                if out[j].label_ == "LOC" and not linked:
                    continue  # "Bucharest and Cluj-Napoca", not "the Middle East Branch, ODE"
                if not (known or (town and linked) or (linked and j < i and _after_in(out[j]))):
                    continue
                if 0 < hi - lo <= 2 and all(t.lower_ in (",", "and", "or") for t in s.doc[lo:hi]):
                    out[i] = Span(s.doc, s.start, s.end, label="GPE")
                    break
        if out[i].label_ == "GPE" or s.label_ not in ("PERSON", "ORG") or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        if (
            nxt.label_ == "GPE"
            and nxt.start == s.end + 1
            and s.doc[s.end].text == ","
            and ((after := s.doc[nxt.end].text if nxt.end < len(s.doc) else "") == "" or after in ".;:)" or after == "\n")
            and gazetteer.fold(span_text(nxt)) in gazetteer.countries()
        ):
            out[i] = Span(s.doc, s.start, s.end, label="GPE")  # "Raqqah, Syria"
    return out


def _unnamed_pair(span: Span) -> bool:
    """Two capitalised words, the first no known first name ("in Sparkbrook and Saltley Green", not "... and Marco Rubio")."""
    return (
        len(span) == 2
        and all(t.is_title and t.is_alpha for t in span)
        and not is_first_name(span[0].text)
        and not any(t.lower_ in _ORG_OR_FIRM for t in span)
        and not _known_name(span)
    )


def _place_slot(span: Span) -> bool:
    """One unknown word after "near"/"in" ("near Nabatieh and Tyre"): a place if coordinated with a GPE."""
    return _unknown_word(span) and _after_in(span)


def _after_in(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("near", "in")


def _unknown_word(span: Span) -> bool:
    """One capitalised word that names no known organisation or people."""
    return (
        len(span) == 1
        and span[0].is_title
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.lookup_demonym(span_text(span))
    )


def _coordinated_people(spans: list[Span]) -> list[Span]:
    """A two- or three-word "ORG" with no organisation word coordinated with a PERSON is a PERSON.

    "defeating Sajith Premadasa and incumbent Ranil Wickremesinghe": names in a list share their type.
    """
    out = list(spans)
    for i, s in enumerate(out):
        if s.label_ != "ORG" or not _bare_name(s):
            continue
        for j in (i - 1, i + 1):
            if not (0 <= j < len(out)) or out[j].label_ != "PERSON":
                continue
            lo, hi = (out[j].end, s.start) if j < i else (s.end, out[j].start)
            between = s.doc[lo:hi]
            if not 1 <= len(between) <= 3:
                continue  # adjacent (or overlapping) names are no list
            if [t.text for t in between] == [","] or (between[0].lower_ in ("and", "or") and all(t.is_lower for t in between)):
                out[i] = Span(s.doc, s.start, s.end, label="PERSON")
                break
    return out


def _listed_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Narendra Modi and Nitish Kumar" where NER tagged only "Nitish" (as a place): the name is a PERSON."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    person_ends = {s.end for s in spans if s.label_ == "PERSON"}
    out = []
    for s in spans:
        end = s.end
        while end < len(doc) and end - s.end < 2 and end not in taken and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if (
            s.label_ in ("GPE", "NORP", "ORG")
            and end > s.end
            and s.start >= 2
            and doc[s.start - 1].lower_ in ("and", "or")
            and s.start - 1 in person_ends
            and _unknown_word(s)
            and not _known_name(doc[s.start : end])
            and not gazetteer.place_candidates(span_text(s))
        ):
            s = Span(doc, s.start, end, label="PERSON")
        out.append(s)
    return out


def _bare_name(span: Span) -> bool:
    """2-3 capitalised alphabetic words, none an organisation word, not a known organisation or place."""
    return (
        2 <= len(span) <= 3
        and all(t.is_title and t.is_alpha and not t.is_stop for t in span)
        and not any(t.lower_ in _ORG_FIRM_AFTER for t in span)
        and not gazetteer.lookup_org(text := span_text(span))  # built once: spaCy joins the tokens at every access
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_demonym(span[0].text)
    )


def _known_place(span: Span) -> bool:
    """A gazetteer place; for names of two words or more also a town or a spelling variant ("Khan Younis")."""
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if gazetteer.place_candidates(text):
        return True
    if len(span) < 2:
        return False
    return gazetteer.is_town(text) or gazetteer.lookup_place_variant(text) is not None


def _context_fix(span: Span) -> Span | None:
    """Labels and boundaries from neighbouring words: titles, "Minister of X", "Ministry of X"."""
    if span.label_ in NUMERIC_LABELS:
        return span  # every rule below is for a name ("the Barrio 18 gang" grows a name, not a number)
    doc = span.doc
    # the two words before and after, read once for the tests here and in _label_by_neighbours
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]
    after = [doc[i].lower_ for i in range(span.end, min(span.end + 2, len(doc)))]
    prev = before[-1] if before else ""
    prev2 = before[0] if len(before) == 2 else ""
    if span.label_ == "ORG" and prev == "of" and prev2 in ("minister", "secretary", "ministers"):
        return None  # a portfolio in a title, not an organisation mention
    if span.label_ == "ORG" and prev == "of" and prev2 in ("ministry", "department"):
        return Span(doc, span.start - 2, span.end, label="ORG")
    nxt = after[0] if after else ""
    numbered = len(after) == 2 and doc[span.end].like_num and after[1] in ORG_AFTER
    if numbered:
        return Span(doc, span.start, span.end + 1, label="ORG")  # "the Barrio 18 gang"
    if span.label_ == "ORG" and len(span) == 1 and nxt in ("minister", "secretary", "ministers"):
        return None  # "Commerce Minister Wang Wentao"
    if span.label_ == "ORG" and nxt in ("minister", "secretary") and _portfolio_title(span):
        lead = span[0]  # "US Treasury Secretary X": the country is a place, "Treasury" part of the title
        return Span(doc, lead.i, lead.i + 1, label="GPE") if _country(lead.text) else None
    if span.label_ == "ORG" and _looks_like_person(span):
        return Span(doc, span.start, span.end, label="PERSON")
    label = _label_by_neighbours(span, before, after)
    return span if label == span.label_ else Span(doc, span.start, span.end, label=label)


def _label_by_neighbours(span: Span, before: list[str] | None = None, after: list[str] | None = None) -> str:
    """A label the words around a name imply: "the Guaiba river", "Sam Ratulangi airport", "airline AirAsia".
    `before`/`after`: the lower-case two words on each side when the caller has read them."""
    doc, label = span.doc, span.label_
    if label in NUMERIC_LABELS:
        return label  # "the 1,000 islands": a number is no place, whatever noun follows
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if label in ("ORG", "PERSON") and _at_site_in_city(span):
        return "FAC"  # "signed it at Parliament House in Canberra"
    if nxt is not None and nxt.is_lower and label not in ("GPE", "LOC", "FAC"):
        if nxt.lower_ in GEO_NOUNS:
            return "LOC"
        if nxt.lower_ in FAC_AFTER and label in ("PERSON", "ORG"):
            return "FAC"
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    known = gazetteer.place_candidates(text) or gazetteer.lookup_demonym(text)
    if before is None:
        before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]  # indexing: no Span made
    led = len(before) == 2 and before[0] in LED_BY and before[1] == "by"
    owned = len(before) == 2 and before[1] in POSSESSIVE and _country(before[0])
    if label in ("GPE", "ORG") and owned and _bare_name(span):
        return "PERSON"  # "Britain's Keir Starmer", "Ethiopia's Tigst Assefa"
    if label == "GPE" and owned and not known and not gazetteer.is_town(text):
        return "ORG"  # "Germany's Enertrag", "China's CNOOC": a country's unknown "place" is its firm or body
    if label == "NORP" and not known and before[-1:] in (["opposition"], ["ruling"], ["governing"]):
        return "ORG"  # "the opposition Democrats", "the ruling Social Democrats": a party
    if label in ("GPE", "LOC", "ORG") and led and not known and _bare_name(span):
        return "PERSON"  # "a new party led by Remigijus Zemaitaitis"
    if label in ("PERSON", "GPE", "LOC", "FAC") and not known and _staff_at(span):
        return "ORG"  # "traders at Olam and Barry Callebaut", "analysts at Capital Economics"
    if after is None:
        after = [doc[i].lower_ for i in range(span.end, min(span.end + 2, len(doc)))]
    if label != "ORG" and not known and after[:1] == ["news"] and after[1:] and after[1] in NEWS_OUTLETS:
        return "ORG"  # "the judiciary's Mizan news agency"
    if label in ("GPE", "LOC", "NORP", "PERSON", "FAC") and before == [",", "the"]:
        head = doc[span.start - 3].lower_ if span.start >= 3 else ""
        if head in ORG_WORDS and doc[span.end : span.end + 1].text == ",":
            return "ORG"  # "Latvia's parliament, the Saeima, voted"
    if label == "FAC" and not known and nxt is not None and nxt.is_lower and nxt.lower_ in ORG_AFTER:
        return "ORG"  # "the Gulf Clan cartel"
    if (
        label in ("FAC", "ORG")
        and not known
        and not gazetteer.lookup_org(text)  # the lookups only for a FAC or ORG: this runs on every name
        and not any(t.lower_ in _ORG_OR_FIRM for t in span)
        and _appositive_person(span)
    ):
        return "PERSON"  # "The West Midlands mayor, Andy Street, called"
    one_word = len(span) == 1 or label != "PERSON"  # "John Smith, a local farmer," stays a person
    if label not in ("ORG", "NORP") and len(span) == 1 and not known and _which_does_business(span):
        return "ORG"  # "Ocado, which runs an online grocery venture": a firm, not a place or a person
    if label not in ("ORG", "NORP") and one_word and not known and _org_apposition(span):
        return "ORG"  # "Vale, the Brazilian miner, said"; "the Dawn of Nemunas, a new party"
    if known or label not in ("GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP"):
        return label
    if nxt is not None and nxt.is_lower and nxt.lower_ in ORG_AFTER:
        return "ORG"  # "the Pastef party", "the Semilla movement"
    if prev is not None and prev.lower_ in ORG_BEFORE and (prev.is_lower or _starts_sentence(prev)):
        return "ORG"  # "Malaysian airline AirAsia", "Operator Caledonian MacBrayne"
    if label != "PERSON" and _appositive_person(span):
        return "PERSON"
    who = after == [",", "who"]
    if label != "PERSON" and who and len(span) > 1 and _bare_name(span):
        return "PERSON"  # "replacing Manasseh Sogavare, who signed ...": only people are "who"
    return label


def _at_site_in_city(span: Span) -> bool:
    """True for "at Old Billingsgate in London": a site between "at" and "in <known place>", not a staff's employer."""
    doc = span.doc
    if span.start < 2 or span.end + 1 >= len(doc) or doc[span.start - 1].lower_ != "at" or doc[span.end].lower_ != "in":
        return False
    before = doc[span.start - 2]
    if before.lower_ in _TITLE_OR_STAFF or before.is_title:
        return False  # "an economist at Capital Economics in London", "Smith at Barclays in London"
    if span[-1].lower_ in _ORG_OR_FIRM or gazetteer.lookup_org(span_text(span)):
        return False
    return doc[span.end + 1].is_title and bool(gazetteer.place_candidates(doc[span.end + 1].text))


def _staff_at(span: Span) -> bool:
    """True after "traders at" / "analysts at", or "and" in such a list: people work at organisations."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ in ("and", "or"):
        i -= 1
        while i > 0 and doc[i].is_title and span.start - i <= 5:
            i -= 1
    return i > 0 and doc[i].lower_ == "at" and doc[i - 1].lower_ in STAFF_NOUNS


def _country(word: str) -> bool:
    return gazetteer.fold(word) in gazetteer.countries()


def _which_does_business(span: Span) -> bool:
    """True for ", which (also) makes/runs/employs ..." after a name: what firms do."""
    after = lower_words(span.doc, span.end, span.end + 4)
    if after[:2] != [",", "which"]:
        return False
    verb = after[3] if after[2:3] == ["also"] and len(after) > 3 else after[2] if len(after) > 2 else ""
    return verb in FIRM_VERBS and not gazetteer.is_town(span_text(span))


def _org_apposition(span: Span) -> bool:
    """True when ", the <lower-case words> union/company/party," follows: an organisation described."""
    doc = span.doc
    if len(doc) - span.end < 4 or doc[span.end].text != ",":
        return False  # most names: no slice of the words after
    after = doc[span.end : span.end + 8]
    if len(after) < 4 or after[0].text != "," or after[1].lower_ not in ("the", "a", "an"):
        return False
    words = []
    for tok in after[2:]:
        if tok.text in (",", ".", ";"):
            break
        if not (tok.is_lower and tok.is_alpha) and tok.text not in POSSESSIVE:
            return False
        words.append(tok.lower_)
    if words[:2] == ["world", "'s"] and len(span) == 1:
        return True  # "Mowi, the world's largest salmon farmer,": a firm (a place would be known)
    if len(words) > 1 and words[0] in FIRM_ROLES and words[1] == "of":
        return True  # "Renk, a maker of tank gearboxes,"
    return bool(words) and words[-1] in _ORG_NOUN_CUES


def _starts_sentence(tok: Token) -> bool:
    return tok.i == 0 or tok.nbor(-1).text in (".", "!", "?", "\n", '"')


def _appositive_person(span: Span) -> bool:
    """True for "the agency's head, Hadi Wijaya, said": a short title-case name between commas after a title."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or not 2 <= len(span) <= 4:
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    return doc[span.start - 2].lower_ in TITLES and _name_words(span)


def _name_words(span: Span) -> bool:
    """Capitalised words, lower-case surname particles only inside: "Laurence des Cars", "Hadi Wijaya"."""
    inner = span[1:-1]
    return (
        span[0].is_title
        and span[-1].is_title
        and all(t.is_alpha for t in span)
        and all(t.is_title or t.lower_ in SURNAME_PARTICLES for t in inner)
    )


def _looks_like_person(span: Span) -> bool:
    """2-4 capitalised words, no organisation word, and a title right before or in an apposition after."""
    if len(span) < 2:
        return False  # two words at least: no word list for a one-word name
    words = [t for t in span]
    words = [t for t in words if t.text != "-"]
    if not 2 <= len(words) <= 5 or not all(t.is_title and t.is_alpha or t.text in ROMAN for t in words):
        return False
    if any(t.lower_ in ORG_WORDS for t in words) or gazetteer.lookup_org(span_text(span)):
        return False
    if words[0].lower_ == "the" or gazetteer.lookup_demonym(words[0].text):
        return False
    if words[-1].text in ROMAN or words[-1].lower_ in ("jr", "jr.", "junior", "sr", "sr."):
        return True
    if words[-1].lower_.endswith(SURNAME_ENDINGS) and not gazetteer.place_candidates(words[-1].text):
        return True
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = lower_words(doc, span.end, span.end + 4)
    apposition = bool(after) and after[0] == "," and any(w in TITLES for w in after[1:])
    if after[:2] == [",", "who"] and not any(t.lower_ in CLUB_WORDS for t in words):
        # "praised Daizen Maeda, who scored": only people are "who" (a club named after its town is no bare name)
        return not gazetteer.place_candidates(words[0].text) and not gazetteer.place_candidates(words[-1].text)
    return before in TITLES or apposition


def _trim(span: Span | None) -> Span | None:
    """Drop a trailing possessive or caption label, and leading titles from people ("President Biden" -> "Biden")."""
    if span is None:
        return None
    start, end = span.start, span.end
    doc = span.doc
    while end > start and ((last := doc[end - 1]).text in POSSESSIVE or last.is_space or last.lower_ in ("and", "or")):
        end -= 1  # "Black Mountain and" (before "Swannanoa") is "Black Mountain"
    while (
        end - start > 1 and doc[end - 1].lower_ in CAPTION_WORDS and end < len(doc) and doc[end].text == ":"
    ):
        end -= 1  # "Ahmed Mohamed Image: Twitter" is a caption credit after the name
    while end - start > 1 and (
        (first := doc[start]).lower_ in _LEADING_JUNK_DASH
        or first.is_space
        or not ((word := first.text)[:1].isalnum() or any(c.isalnum() for c in word))  # most words: the first letter
    ):
        start += 1  # "near", "Image", "®"
    if span.label_ == "PERSON":
        if end - start == 1 and len(doc[start]) > 3 and doc[start].is_upper:
            return None  # "QUESTION:" in a transcript
        while end - start > 1 and doc[start].lower_ in TITLES:
            start += 1
        if all((t := doc[i]).lower_ in TITLES or t.is_punct for i in range(start, end)):
            return None
    if end <= start:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _propagate_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Within a document, a surname or full name already seen as PERSON is PERSON wherever it recurs."""
    singles = {span_text(s) for s in spans if s.label_ == "PERSON" and len(s) == 1}
    singles |= {s[-1].text for s in spans if s.label_ == "PERSON" and 1 < len(s) <= 3}  # "Gisele Pelicot"
    spans = [Span(doc, s.start, s.end, label="PERSON") if _named_by_surname(s, singles) else s for s in spans]
    people = [s for s in spans if s.label_ == "PERSON" and _spreadable_name(s)]
    # a lone PERSON word that is also a known place is weak evidence: "isolate Raqqah" vs "in Raqqah"
    full = {span_text(s) for s in people if len(s) > 1 or not _major_place(span_text(s))}
    surnames = {s[-1].text for s in people if len(s) > 1} | {s[0].text for s in people if len(s) > 1}
    out: list[Span] = []
    for s in spans:
        text = span_text(s)  # built once: spaCy joins the tokens again at every access
        named = text in full or (len(s) == 1 and text in surnames)
        if s.label_ in NON_NAME_LABELS and named and gazetteer.fold(text) not in gazetteer.countries():
            s = Span(doc, s.start, s.end, label="PERSON")
        out.append(s)
    if surnames:
        taken = {i for s in out for i in range(s.start, s.end)}
        out.extend(
            Span(doc, i, i + 1, label="PERSON")
            for i in token_positions(doc, frozenset(surnames))
            if i not in taken and doc[i].is_title
        )
    return out


def _spreadable_name(span: Span) -> bool:
    """False for a PERSON span that does not look like a name: "Pro-Beijing DAB" (a side, an acronym)."""
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in SIDE_PREFIXES:
        return False
    # a name of two or more words with an acronym in it is a misread org ("Beijing DAB"); "Kim Jong UN" is rare
    return len(span) == 1 or not any(len(t) >= 3 and t.is_upper and t.is_alpha and t.text not in ROMAN for t in span)


def _known_as(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name right after "Pushpa Kamal Dahal, known as" / "nicknamed" is that person's alias: PERSON."""
    out = list(spans)
    for i, s in enumerate(out[1:], start=1):
        prev = out[i - 1]
        if not 0 < s.start - prev.end <= 4 or prev.label_ != "PERSON":
            continue  # the cue is one to four words after a person: no slice of the words between every pair
        cue = lower_words(doc, prev.end, s.start)
        aliased = bool(cue) and (cue[-1] in ALIAS_CUES or (cue[-1] == "as" and cue[-2:-1] == ["known"]))
        if aliased and prev.label_ == "PERSON" and s.label_ != "PERSON" and len(s) <= 3 and len(cue) <= 4:
            out[i] = Span(doc, s.start, s.end, label="PERSON")
    return out


def _consistent_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A known place is GPE where the model called it a PERSON if the doc tags it GPE or names its country."""
    places = {span_text(s) for s in spans if s.label_ == "GPE"}
    # a country, a US state or a region names its country ("South Dakota" -> USA for "Sioux Falls")
    regions = places | {span_text(s) for s in spans if s.label_ == "LOC"}  # "New South Wales" may be LOC
    countries = {c.country for t in regions for c in gazetteer.place_candidates(t)[:1] if c.kind != "city"}
    countries |= {d[1] for s in spans if s.label_ == "NORP" and (d := gazetteer.lookup_demonym(span_text(s)))}
    countries |= _sole_reading_countries(places)
    if not countries and not places:
        return spans
    in_names = _person_name_words([s for s in spans if not _place_led_person(s)])
    org_words = {t.text for s in spans if s.label_ == "ORG" and len(s) > 1 for t in s}  # "Banco Sabadell" ... "Sabadell"
    org_places = _places_not_outvoted(spans, places)
    out: list[Span] = []
    for s in spans:
        listed = bool(out) and out[-1].label_ == "GPE" and out[-1].end == s.start - 1  # "Coraki and Woodburn"
        if s.label_ not in ("PERSON", "ORG"):
            pass  # every test below is for a name the model called a person or an organisation
        elif (
            s.label_ == "PERSON"
            and (text := span_text(s)) not in in_names  # built once: spaCy joins the tokens again at every access
            and _major_place(text)
            and (text in places or _city_of(s, countries) or _region_of(s, countries))
        ) or (  # _lone_town or _lone_district, their shared tests once
            (lone := _lone_name(s, in_names)) is not None and (_town_of(lone, countries) or _district_of(lone, countries))
        ) or _town_in(s, countries, in_names, listed) or _org_seen_as_place(s, org_places) or _org_is_city(s, countries, org_words):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def _place_led_person(span: Span) -> bool:
    """A "person" led by a town's name and no first name ("Listowel Emmets", "Canegrowers Mackay" aside): a club or a
    body, whose words say nothing of whether that town is named alone elsewhere."""
    if span.label_ != "PERSON" or len(span) < 2 or is_first_name(span[0].text):
        return False
    return any(gazetteer.is_town(t.text) and not is_first_name(t.text) for t in (span[0], span[-1]))


def _sole_reading_countries(places: set[str]) -> set[str | None]:
    """Countries of GPE names every reading of which lies in that one country ("Newry", "Enniskillen"): a small town
    with no namesake anywhere names its country as surely as a region does (a mere spelling variant does not)."""
    out: set[str | None] = set()
    for text in places:
        found = {p.country for p in gazetteer.place_candidates(text) + gazetteer.towns(text) + gazetteer.districts(text)}
        if len(found) == 1:
            out |= found
    return out


def _firm_or_club_word(span: Span) -> bool:
    """True when a word of the span names a kind of organisation, firm or club ("Bank", "Mining", "United")."""
    return any(t.lower_ in _FIRM_OR_CLUB for t in span)


def _org_is_city(span: Span, countries: set[str | None], org_words: set[str]) -> bool:
    """An ORG that is a big city or a region of a country the doc names, with no firm word: "clashes in El Fasher"."""
    if span.label_ != "ORG" or len(span) > 3 or gazetteer.lookup_org(text := span_text(span)) or text in org_words:
        return False
    if _firm_or_club_word(span):
        return False
    after = lower_words(span.doc, span.end, span.end + 2)
    if after[:1] in (["'s"], ["’s"]) and after[1:] and after[1] in ORG_POSSESSIONS:
        return False  # "Sabadell's chairman": a firm
    return _city_of(span, countries) or _region_of(span, countries)


def _places_not_outvoted(spans: list[Span], places: set[str]) -> set[str]:
    """GPE names the doc does not call a one-word ORG more often ('USI' 15 times ORG, once GPE, stays the ORG)."""
    votes = Counter(span_text(s) for s in spans if s.label_ == "ORG" and len(s) == 1 and span_text(s) in places)
    if not votes:
        return places
    gpe = Counter(span_text(s) for s in spans if s.label_ == "GPE" and span_text(s) in votes)
    return {t for t in places if votes[t] <= gpe[t]}


def _org_seen_as_place(span: Span, places: set[str]) -> bool:
    """A one-word ORG the doc tags GPE elsewhere ("the town of Dabiq" ... "Dabiq held") and no known organisation."""
    return span.label_ == "ORG" and len(span) == 1 and span_text(span) in places and not gazetteer.lookup_org(span_text(span))


def _firms_not_towns(spans: list[Span]) -> list[Span]:
    """A known firm that is also a city ("Rio Tinto", "Toyota") is the firm, unless "in"/"near" or its country says place."""
    firms = [s for s in spans if s.label_ in ("GPE", "LOC") and not span_text(s).isupper() and gazetteer.lookup_org(span_text(s))]
    if not firms:
        return spans
    others = [s for s in spans if s.label_ == "GPE" and span_text(s) not in {f.text for f in firms}]
    countries = {c.country for s in others for c in gazetteer.place_candidates(span_text(s))[:1]}
    countries |= {d[1] for s in spans if s.label_ == "NORP" and (d := gazetteer.lookup_demonym(span_text(s)))}
    out: list[Span] = []
    for s in spans:
        places = gazetteer.place_candidates(span_text(s)) if s in firms else ()
        prev = s.doc[s.start - 1].lower_ if s.start > 0 else ""
        # "a supplier to Toyota", "workers at Toyota" are the firm: only "in"/"near" words say place
        town = bool(places) and places[0].kind == "city" and prev not in _NEAR_OR_IN
        if town and not {p.country for p in places} & countries:
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _person_name_words(spans: list[Span]) -> set[str]:
    """Every word of the doc's multi-word PERSON names: a lone "Jackson" may be the "Michael Jackson" named before."""
    return {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}


def _lone_big_cities(spans: list[Span]) -> list[Span]:
    """A one-word PERSON that is a city of 100k+ and no part of any name in the doc is the city: "Rotterdam"."""
    in_names = _person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ == "PERSON" and len(s) == 1 and span_text(s) not in in_names and _big_city(span_text(s)) and _no_speaker(s)
        else s
        for s in spans
    ]


def _no_speaker(span: Span) -> bool:
    """No title before and no speech verb or possessive after: "Jackson said", "Mr Lincoln" stay people."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before not in PERSON_TITLES and after not in SPEECH_VERBS and after not in POSSESSIVE


def _town_in(span: Span, countries: set[str | None], in_names: set[str], listed: bool = False) -> bool:
    """True for "in Marea" tagged ORG/PERSON when Marea is a town of a country the doc names."""
    doc = span.doc
    if span.label_ not in ("ORG", "PERSON") or len(span) > 3 or span.start == 0:
        return False
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if text in in_names:
        return False
    prev = doc[span.start - 1]
    if not (
        prev.lower_ in ("in", "near", "outside", "around", "through")
        or _place_cue(prev)
        or (listed and prev.lower_ == "and")
    ):
        return False
    towns = gazetteer.towns(text)
    owned = span.start > 1 and doc[span.start - 2].lower_ in HELD_IN  # "a stake in Vestas"
    if not towns and prev.lower_ in ("in", "near", "outside") and not owned and _unknown_locality(span):
        return True  # "in Mannarkkad", "near Ringaskiddy": a place no gazetteer has, not a firm
    return any(p.country in countries for p in towns) and not gazetteer.lookup_org(text)


def _lone_name(span: Span, in_names: set[str]) -> str | None:
    """The text of a PERSON of up to three words that is no part of a name, title or speech, no first name and no
    known organisation: a name that may be a town or a district (`_lone_town`, `_lone_district`); else None."""
    if span.label_ != "PERSON" or len(span) > 3:
        return None
    text = span_text(span)
    if text in in_names or not _no_speaker(span) or is_first_name(span[0].text) or gazetteer.lookup_org(text):
        return None
    return text


def _lone_town(span: Span, countries: set[str | None], in_names: set[str]) -> bool:
    """A PERSON that is a town of a country the doc names and no part of a name, title or speech: "Badulla"."""
    return (text := _lone_name(span, in_names)) is not None and _town_of(text, countries)


def _lone_district(span: Span, countries: set[str | None], in_names: set[str]) -> bool:
    """A PERSON that is a county or council area of a country the doc names, no part of a name: "Anglesey"."""
    return (text := _lone_name(span, in_names)) is not None and _district_of(text, countries)


def _town_of(text: str, countries: set[str | None]) -> bool:
    return any(p.country in countries for p in gazetteer.towns(text) + gazetteer.place_candidates(text))


def _district_of(text: str, countries: set[str | None]) -> bool:
    return any(p.country in countries for p in gazetteer.districts(text))


def _unknown_locality(span: Span) -> bool:
    """One or two capitalised words no gazetteer knows, with no firm, club or person word in or after them."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) or known_name(span_text(span)):
        return False
    if _firm_or_club_word(span):
        return False
    return nxt is None or not (nxt.is_title or nxt.lower_ in SPEECH_VERBS or nxt.text in POSSESSIVE)


def _city_of(span: Span, countries: set[str | None]) -> bool:
    """True for a name of a big city in a country the doc names, not a speaker ("Mingora", not "Jackson said")."""
    doc = span.doc
    if len(span) > 3 or (span.start > 0 and doc[span.start - 1].lower_ in TITLES):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS:
        return False
    return any(
        p.country in countries and p.population >= CITY_RELABEL_MIN_POP
        for p in gazetteer.place_candidates(span_text(span))
        if p.kind == "city"
    )


def _region_of(span: Span, countries: set[str | None]) -> bool:
    """True for a region of a country the doc names, not a speaker: "in parts of St James" (Jamaica)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PERSON_TITLES:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in SPEECH_VERBS:
        return False
    return any(
        p.country in countries and p.kind in ("subdivision", "state")
        for p in gazetteer.place_candidates(span_text(span)) + gazetteer.place_options(span_text(span))
    )


def _major_place(text: str) -> bool:
    """True for a country, a region or a city of at least CITY_RELABEL_MIN_POP people."""
    places = gazetteer.place_candidates(text)
    return bool(places) and (places[0].kind != "city" or places[0].population >= CITY_RELABEL_MIN_POP)


def _named_by_surname(span: Span, singles: set[str]) -> bool:
    """True for an ORG like "Dean Kamen" when "Kamen" alone is PERSON elsewhere in the doc."""
    if span.label_ != "ORG" or not 2 <= len(span) <= 4 or span[-1].text not in singles:
        return False
    if gazetteer.lookup_org(span_text(span)):
        return False
    return all(t.is_title and t.is_alpha for t in span) and not any(t.lower_ in ORG_WORDS for t in span)


def _defined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym defined as "the Rural Fire Service (RFS)" is an ORG wherever it occurs in the document."""
    acronyms: set[str] = set()
    for s in spans:
        if (
            s.label_ == "ORG"
            and s.end + 2 < len(doc)
            and doc[s.end].text == "("
            and doc[s.end + 2].text == ")"
        ):
            tok = doc[s.end + 1]
            if tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8:
                acronyms.add(tok.text)
    if not acronyms:
        return spans
    spans = [Span(doc, s.start, s.end, label="ORG") if span_text(s) in acronyms else s for s in spans]
    taken = {i for s in spans for i in range(s.start, s.end)}
    return spans + [
        Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.i not in taken and t.text in acronyms
    ]


def _missed_names(doc: Doc, taken: set[int], person_ends: set[int]) -> list[Span]:
    """Names NER missed: "King Abdullah II", "the Qandil mountains", "Alberto Nunez Feijoo, the PP leader"."""
    out: list[Span] = []
    flags = doc.to_array([IS_TITLE, IS_STOP])  # per-doc flags: no Token made for every word
    mask = (flags[:, 0] != 0) & (flags[:, 1] == 0)  # title-case and no stop word
    name_word = mask.tolist()
    resume = 0
    for i in numpy.flatnonzero(mask).tolist():  # only a name word can open a run: no loop over the rest
        if i < resume or i in taken or (i > 0 and name_word[i - 1] and i - 1 not in taken):
            continue
        end = i
        while end < len(doc) and end - i < 4 and end not in taken and _run_part(doc[end]):
            end += 1
        while end > i and not doc[end - 1].is_title and doc[end - 1].text not in ROMAN:
            end -= 1
        span = _missed_name(doc, i, end, person_ends)
        if span is not None:
            out.append(span)
            taken.update(range(span.start, span.end))
        resume = max(end, i + 1)
    return out


def _run_part(tok: Token) -> bool:
    return (tok.is_title and tok.is_alpha) or tok.text in ROMAN or tok.lower_ in NAME_LINKS


def _missed_name(doc: Doc, start: int, end: int, person_ends: set[int] = frozenset()) -> Span | None:
    """The name a run of title-case words forms, judged by the words around it, or None."""
    if end <= start:
        return None
    run = doc[start:end]  # one Span for the run: its words, its text and the tests below
    words = {t.lower_ for t in run}
    if words & _ORG_FAC_PLACE or gazetteer.lookup_org(text := span_text(run)):
        return None
    first = doc[start]
    rank = next((t.i for t in run if t.lower_ in _RANKS_GOVERNOR_MAYOR), None)
    if rank is not None and rank > start and gazetteer.place_candidates(doc[start:rank].text):
        return Span(doc, start, rank, label="GPE")  # "Ontario Premier Doug Ford": the place whose premier
    lead = start
    while lead < end and doc[lead].lower_ in PERSON_TITLES and doc[lead].is_title:
        lead += 1
    if lead > start and 2 <= end - lead <= 3:
        name = doc[lead:end]  # "Dr Halidou Tinto", "Foreign Minister Naledi Pandor": a title makes a person
        if all(t.is_title and t.text.replace("'", "").isalpha() for t in name) and not _known_name(name):
            return Span(doc, name.start, name.end, label="PERSON")
    if len(run) <= 3 and all(t.is_alpha for t in run) and not _known_name(run) and _org_apposition(run):
        return Span(doc, start, end, label="ORG")  # "Unison, the public service union, warned"
    if first.text in ROYAL:  # "King Abdullah II", "Crown Prince Mohammed bin Salman"
        while start < end and doc[start].text in ROYAL:
            start += 1
        ok = end > start and doc[start].is_title and not gazetteer.place_candidates(doc[start:end].text)
        return Span(doc, start, end, label="PERSON") if ok else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_lower and (end - start > 1 or not _starts_sentence(first)):
        if nxt.lower_ in GEO_NOUNS:
            return Span(doc, start, end, label="LOC")  # "the Qandil mountains"
        if nxt.lower_ in FAC_AFTER:
            return Span(doc, start, end, label="FAC")  # "Ninoy Aquino airport"
        if nxt.lower_ in ORG_AFTER and not gazetteer.lookup_demonym(text):
            return Span(doc, start, end, label="ORG")  # "whose Semilla movement"
        if nxt.lower_ == "news" and end + 1 < len(doc) and doc[end + 1].lower_ in NEWS_OUTLETS:
            return Span(doc, start, end, label="ORG")  # "the ministry's Tasnim news agency"
    after = [doc[k].lower_ for k in range(end, min(end + 6, len(doc)))]  # indexing: no Span made
    if 2 <= len(run) <= 3 and all(t.is_alpha for t in run) and not _known_name(run):
        if after[:2] == [",", "who"]:
            return Span(doc, start, end, label="PERSON")  # "replacing Manasseh Sogavare, who signed ..."
        if start >= 2 and doc[start - 1].lower_ in ("and", "or") and start - 1 in person_ends:
            return Span(doc, start, end, label="PERSON")  # "led by Chandrababu Naidu and Nitish Kumar"
    if (
        end - start >= 2
        and after[:1] == [","]
        and any(w in TITLES for w in after[1:])
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_demonym(first.text)
        and first.lower_ not in TITLES
    ):
        stop = after.index(",", 1) if "," in after[1:] else len(after)
        if any(w in TITLES for w in after[1:stop]):
            return Span(doc, start, end, label="PERSON")  # "Alberto Nunez Feijoo, the PP leader, ..."
    return None


def _known_name(span: Span) -> bool:
    """A place, demonym, title or organisation the shipped tables know."""
    return bool(
        gazetteer.place_candidates(text := span_text(span))  # built once: spaCy joins the tokens at every access
        or gazetteer.lookup_org(text)
        or gazetteer.lookup_demonym(span[0].text)
        or span[0].lower_ in TITLES
    )


def _demonym_orgs(spans: list[Span]) -> list[Span]:
    """A demonym NER cut from its organisation is part of it: "Saudi" + "Gazette" -> ORG "Saudi Gazette"."""
    out = list(spans)
    for i, s in enumerate(out):
        if s.label_ != "NORP":
            continue
        doc, end = s.doc, s.end
        limit = out[i + 1].start if i + 1 < len(out) else len(doc)
        while end < limit and end - s.end < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        while end > s.end and doc[end - 1].lower_ not in _ORG_FIRM_LOC:
            end -= 1
        if end > s.end:
            # "French" + "Broad River" is one river; "Saudi" + "Gazette" one paper
            out[i] = Span(doc, s.start, end, label="LOC" if doc[end - 1].lower_ in LOC_ENDINGS else "ORG")
    return out


def _place_surnames(spans: list[Span]) -> list[Span]:
    """An unknown first name touching a known place is a person ("Valeska Paris"); the place word is her surname."""
    out: list[Span] = []
    surnames: set[str] = set()
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == s.start
            and len(prev) == 1
            and len(s) == 1
            and s.label_ == "GPE"
            and prev.label_ in ("GPE", "LOC", "ORG", "PERSON")
            and prev[0].is_title
            and prev[0].is_alpha
            and not gazetteer.place_candidates(prev.text)
            and not gazetteer.lookup_demonym(prev.text)
            and prev[0].lower_ not in TITLES
            and not _name_runs_on(s)
        ):
            out[-1] = Span(s.doc, prev.start, s.end, label="PERSON")
            surnames.add(span_text(s))
            continue
        out.append(s)
    if not surnames:
        return out
    return [
        Span(s.doc, s.start, s.end, label="PERSON") if len(s) == 1 and span_text(s) in surnames else s for s in out
    ]


def _merge_people(spans: list[Span]) -> list[Span]:
    """Join touching parts of one name ("Hassan Sheikh" + "Mohamud", "Hindu" + "Kush mountains"); add "II"."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        touching = prev is not None and prev.end == s.start and prev.label_ not in NUMERIC_LABELS
        if prev is not None and s.label_ == "PERSON" and 0 < s.start - prev.end <= 2:
            gap = s.doc[prev.end : s.start]  # "Mahamat" + "Idriss" + "Deby": a middle name NER left out
            touching = all(t.is_title and t.is_alpha and not t.is_stop and t.lower_ not in TITLES for t in gap)
        if not touching:
            out.append(s)  # the name tests below only for touching names
            continue
        first_name = prev is not None and prev.label_ == "ORG" and _unknown_word(prev) and not _known_name(prev)
        surname = prev is not None and prev.label_ == "PERSON" and s.label_ == "ORG" and _unknown_word(s)
        if touching and surname and not gazetteer.lookup_org(span_text(s)):
            s = Span(s.doc, out.pop().start, s.end, label="PERSON")  # "Maria Corina" + "Machado"
        elif touching and (
            s.label_ == "PERSON" and (prev.label_ == "PERSON" or first_name)
            or (s.label_ == "LOC" and _before_geo_noun(s))
        ):
            s = Span(s.doc, out.pop().start, s.end, label=s.label_)
        out.append(s)
    starts = {s.start for s in out}
    return [
        Span(s.doc, s.start, s.end + 1, label="PERSON")
        if s.label_ == "PERSON" and s.end < len(s.doc) and s.doc[s.end].text in ROMAN and s.end not in starts
        else s
        for s in out
    ]


def _before_geo_noun(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_lower and nxt.lower_ in GEO_NOUNS


def _portfolio_title(span: Span) -> bool:
    """True for "US Treasury" / "Public Works" before "Secretary Vince Dizon": a portfolio in a title, not a body."""
    doc, words = span.doc, [t for t in span if not _country(t.text)]
    return (
        2 <= len(span) <= 3
        and span.end + 1 < len(doc)
        and doc[span.end + 1].is_title
        and bool(words)
        and all(t.is_title and t.is_alpha and t.lower_ not in _ORG_OR_FIRM for t in words)
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.place_candidates(span_text(span))
    )


def _site_before(span: Span, lex: Lexicon) -> bool:
    """True before "gas plant" / "power station" / "field" when the name is no known organisation, place or word."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC") or span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    if span.label_ == "ORG" and lex.is_noun(span_text(span)):
        return False  # "the Shell gas plant": a firm named by a word
    first = doc[span.end].lower_  # the words after by index, no Span slice
    kind = first in SITE_KINDS and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in SITE_HEADS
    if not kind and first not in FAC_AFTER:
        return False
    text = span_text(span)
    return not gazetteer.lookup_org(text) and not gazetteer.place_candidates(text) and not gazetteer.is_town(text)


def _split_parenthesis(ent: Span) -> list[Span]:
    """ "the Grand Renaissance Dam (GERD)" as one span -> the name and its acronym, each a span."""
    doc = ent.doc
    if "(" not in doc_text(doc)[ent.start_char : ent.end_char]:
        return [ent]  # nearly every span
    cut = next((t.i for t in ent[1:] if t.text == "("), None)
    if cut is None:
        return [ent]
    close = next((t.i for t in doc[cut : ent.end] if t.text == ")"), ent.end)
    parts = [Span(doc, ent.start, cut, label=ent.label_)]
    if close == cut + 2 and doc[cut + 1].text[:1].isupper():
        parts.append(Span(doc, cut + 1, close, label=ent.label_))
    return parts


def _acronyms_like_their_names(spans: list[Span]) -> list[Span]:
    """ "the Grand Renaissance Dam (GERD)": an acronym in brackets right after a place or site name is that kind too."""
    out = list(spans)
    for i, (name, acr) in enumerate(pairwise(spans)):
        doc = name.doc
        if (
            name.label_ in ("FAC", "LOC", "GPE")
            and acr.label_ != name.label_
            and acr.start == name.end + 1
            and doc[name.end].text == "("
            and len(acr) == 1
            and acr.text.isupper()
            and acr.end < len(doc)
            and doc[acr.end].text == ")"
            and _abbreviates(acr.text, name)
        ):
            out[i + 1] = Span(doc, acr.start, acr.end, label=name.label_)
    return out


def _abbreviates(acronym: str, name: Span) -> bool:
    """True when the acronym's letters are the initials of the name's capitalised words, in order ("GERD")."""
    initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    rest = iter(initials)
    return all(c in rest for c in acronym)


def _missed_sites(doc: Doc, taken: set[int], lex: Lexicon) -> list[Span]:
    """A site NER missed: capitalised words ending in a site noun ("the Ibn Batouta Stadium", "Dunedin Town Hall")."""
    out: list[Span] = []
    for i in _positions(doc, FAC_WORDS):
        if i in taken or not doc[i].is_title or i == 0:
            continue
        start = i
        while start > 0 and i - start < 4 and start - 1 not in taken and _title_word(doc[start - 1]):
            start -= 1
        words = doc[start:i]
        if not words or _starts_sentence(words[0]) and len(words) == 1:
            continue
        if all(lex.is_noun(t.lower_) or t.is_stop for t in words) or gazetteer.lookup_org(doc[start : i + 1].text):
            continue  # "the City Hall", "the Town Square": no name in it
        out.append(Span(doc, start, i + 1, label="FAC"))
        taken.update(range(start, i + 1))
    return out


def _listed_towns_missed(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """Untagged towns listed with a town after "in" ("in Malolos, Calumpit and Hagonoy") are towns too."""
    out: list[Span] = []
    for s in spans:
        if s.label_ != "GPE" or s.start < 2 or doc[s.start - 1].lower_ not in ("in", "near", "from"):
            continue
        if _starts_sentence(doc[s.start - 1]):
            continue  # "In Lagos, Okafor and Bello were held": a clause opens after the comma
        found: list[Span] = []
        i, closed = s.end, False
        while i + 1 < len(doc) and doc[i].text in (",", "and", "or") and not closed:
            closed = doc[i].text != ","
            j = i + 1
            end = j + 2 if j + 1 < len(doc) and _title_word(doc[j + 1]) and j + 1 not in taken else j + 1
            name = doc[j:end]
            if taken.intersection(range(j, end)) or not all(_title_word(t) for t in name):
                break
            if end < len(doc) and (_title_word(doc[end]) or doc[end].lower_ in SPEECH_VERBS or doc[end].text in POSSESSIVE):
                break  # a longer name, or someone who speaks
            if not _listed_town(name.text):
                break
            found.append(Span(doc, j, end, label="GPE"))
            i = end
        if closed and found and found[-1].end == i and doc[found[-1].start - 1].lower_ in ("and", "or"):
            out.extend(found)
            taken.update(t for f in found for t in range(f.start, f.end))
    return out


_IN_TOWN_CUES = frozenset({"in", "near"})


def _towns_after_in(doc: Doc, spans: list[Span], taken: set[int], lex: Lexicon) -> list[Span]:
    """A one-word town NER missed after "in"/"near" ("processors in Peterhead") that lies in a country the doc names
    by a region or a name with no namesake; no common noun, first name, firm or people."""
    places = {span_text(s) for s in spans if s.label_ in ("GPE", "LOC")}
    countries = {c.country for t in places for c in gazetteer.place_candidates(t)[:1] if c.kind != "city"}
    countries |= _sole_reading_countries(places)
    if not countries:
        return []
    out: list[Span] = []
    for i in _positions(doc, _IN_TOWN_CUES):
        j = i + 1
        if j >= len(doc) or j in taken or not (doc[j].is_title and doc[j].is_alpha) or doc[j].is_stop:
            continue
        if j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].text in POSSESSIVE):
            continue  # a longer name, or someone's
        word = doc[j].text
        if doc[j].lower_ in lex.nouns or is_first_name(word) or gazetteer.lookup_org(word) or gazetteer.lookup_demonym(word):
            continue
        if any(p.country in countries for p in gazetteer.towns(word) + gazetteer.place_candidates(word)):
            out.append(Span(doc, j, j + 1, label="GPE"))
            taken.add(j)
    return out


def _listed_town(text: str) -> bool:
    """A known town that is no organisation, people or first name."""
    return (
        (bool(gazetteer.place_candidates(text)) or gazetteer.is_town(text))
        and not gazetteer.lookup_org(text)
        and not gazetteer.lookup_demonym(text)
        and not is_first_name(text.split()[0])
    )


def _org_before_country(spans: list[Span], lex: Lexicon) -> list[Span]:
    """ "Heritage" + "New Zealand", "Transport Infrastructure" + "Ireland": nouns before a country name a body."""
    out: list[Span] = []
    named = Counter(span_text(s) for s in spans if s.label_ in ("GPE", "LOC"))
    if max(named.values(), default=0) < 2:
        return spans  # no place named twice: no name can grow here
    for s in spans:
        doc = s.doc
        if (
            s.label_ in ("GPE", "LOC")
            and s.start > 0
            and doc[s.start - 1].is_title
            and named[span_text(s)] > 1  # the story still names the country: the linker reads it for other places
            and _country_or_area(span_text(s))
        ):
            start = s.start
            taken_before = out[-1].end if out else 0
            while start > taken_before and s.start - start < 3 and _body_noun(doc[start - 1], lex):
                start -= 1
            grown = Span(doc, start, s.end, label="ORG")
            if start < s.start and not _known_place(grown) and not gazetteer.lookup_demonym(doc[start].text):
                s = grown
        out.append(s)
    return out


def _country_or_area(text: str) -> bool:
    key = gazetteer.fold(text)
    return key in gazetteer.countries() or (key in gazetteer.world_areas() and key not in COMPASS)


def _body_noun(tok: Token, lex: Lexicon) -> bool:
    """A capitalised common noun that can open a body's name ("Heritage", "Transport"), not a place qualifier."""
    low = tok.lower_
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and lex.is_noun(low)
        and low not in _QUALIFIER_TITLE_COMPASS
        and tok.text not in GEO_LEADS
        and not is_first_name(tok.text)
        and not gazetteer.place_candidates(tok.text)
    )


_LONG_NAME_LINKS = frozenset({"of", "for", "in", "and", "the", "on", "&", "de", "du", "des", "la", "el"})


def _spelled_out_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Board of Control for Cricket in India (BCCI)": words whose initials spell the bracketed acronym are one
    name, whatever pieces NER cut it into; its head noun says ORG or FAC."""
    if "(" not in doc_text(doc):
        return spans
    for i in _positions(doc, _OPEN_PAREN):
        if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
            continue
        start = i
        while start > 0 and i - start < 12 and (doc[start - 1].is_title or doc[start - 1].lower_ in _LONG_NAME_LINKS):
            start -= 1
        capitals = [t.i for t in doc[start:i] if t.is_title]
        if len(capitals) < len(acronym) or len(acronym) < 3:
            continue
        first = capitals[-len(acronym)]
        if "".join(doc[j].text[0] for j in capitals[-len(acronym) :]) != acronym:
            continue
        if first > 0 and doc[first - 1].lower_ == "the" and any(s.start == first - 1 for s in spans):
            first -= 1  # NER's span opens with "The": keep it
        if any(s.start < first < s.end or s.start < i < s.end for s in spans):
            continue  # a span crosses the name's edge: leave it
        inside = [s for s in spans if first <= s.start and s.end <= i]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (first, i):
            continue  # NER already has the whole name
        head = doc[i - 1].lower_
        label = "FAC" if head in _FAC_OR_HEAD else "LOC" if head in LOC_ENDINGS else "ORG"
        spans = [s for s in spans if s not in inside and not (s.start == i + 1 and s.end == i + 2)]
        spans += [Span(doc, first, i, label=label), Span(doc, i + 1, i + 2, label=label)]
        spans.sort(key=lambda s: s.start)
    return spans


def _local_place(span: Span) -> bool:
    """A local place by its words: "Co Limerick", "Barangay Pardo", "pensioners in Brixton", "Kerry-born"."""
    doc = span.doc
    if len(span) > 1 and span[0].text in AREA_PREFIXES and all(t.is_title for t in span[1:]):
        return not any(t.lower_ in _ORG_OR_FIRM for t in span[1:])  # "Co" is no company here
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "born":
        return _plain_name(span) and not gazetteer.lookup_demonym(span_text(span))  # "Kerry-born", not "German-born"
    if not span[0].is_title:
        return False
    # the words around first: the name's own tests (a word walk and lookups) only where they would make it a place
    return _local_context(span) and _plain_name(span) and not gazetteer.lookup_demonym(span_text(span))


def _local_context(span: Span) -> bool:
    """True when the words around a capitalised name make it a local place (see `_local_place`)."""
    doc = span.doc
    # the next two tokens by index: slicing makes a Span and normalises the slice
    nxt = doc[span.end] if span.end < len(doc) else None
    nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and nxt.text in POSSESSIVE:
        return False  # "people from Assad's inhumanity"
    if span.label_ in ("PERSON", "NORP") and nxt2 is not None and nxt.text in SEAT_TITLES and nxt2.is_title:
        return not any(t.lower_ in PARTY_WORDS for t in span)  # "Likoni MP Mishi Mboko", not "Conservative MP"
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    if span.label_ == "PERSON" and len(span) == 1 and after_the and nxt is not None and nxt.lower_ in LOCAL_SITE_NOUNS:
        return not _surname_in_doc(span)  # "the Likoni crossing"
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if prev in ("across", "throughout") and not span_text(span).isupper():
        return True  # "flood warnings across Tayside": an area, not a firm or a person
    i = span.start - 1  # back over a list: "residents of Aitkenvale and Mundingburra"
    while i >= 0 and span.start - i <= 12 and (doc[i].is_title or doc[i].lower_ in (",", "and")):
        i -= 1
    if i >= 1 and doc[i].lower_ == "like" and doc[i - 1].lower_ in LISTED_PLACE_NOUNS:
        return True  # "neighborhoods like Over-the-Rhine and Avondale"
    return i >= 1 and doc[i].lower_ in ("in", "of", "from") and doc[i - 1].lower_ in LOCAL_PEOPLE


def _surname_in_doc(span: Span) -> bool:
    """A word that is a first name, or ends a longer PERSON of the document ("Jones" after "Tom Jones")."""
    word = span[0].text
    return is_first_name(word) or any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in span.doc.ents
    )


def _named_city(span: Span) -> bool:
    """ "in Talisay City": a known place + "City" after a place preposition, no known club, is that city."""
    if len(span) < 2 or span[-1].text != "City":
        return False  # the name's own last word before the word before it
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        prev in PLACE_PREPOSITIONS
        and bool(gazetteer.place_candidates(span[:-1].text))
        and not gazetteer.lookup_org(span_text(span))
    )


def _local_places_throughout(spans: list[Span]) -> list[Span]:
    """A name one mention shows to be a local place ("the Likoni crossing") is a place at every mention."""
    spans = [part for s in spans for part in _split_seat(s)]
    names = {span_text(s) for s in spans if s.label_ in ("PERSON", "ORG", "NORP") and _local_place(s)}
    if not names:
        return spans  # most docs: no span text to build again
    return [
        Span(s.doc, s.start, s.end, label="GPE") if s.label_ in ("PERSON", "ORG", "NORP") and span_text(s) in names else s
        for s in spans
    ]


def _split_county_address(span: Span) -> list[Span]:
    """The Irish address form inside one name: "Abbeyfeale, Co Limerick" is a town then its county; "Ballyea of Co
    Clare" a club (its label kept) then the county."""
    if span.label_ not in ("ORG", "PERSON", "FAC") or len(span) < 4:
        return [span]
    # "Co", "Co." and "County" all hold "Co": the text test spares the inner words' slice for most names
    k = next((t.i for t in span[2:-1] if t.text in ("Co", "Co.", "County")), None) if "Co" in span_text(span) else None
    doc = span.doc
    if k is None or doc[k - 1].lower_ not in (",", "of") or not all(t.is_title for t in doc[k + 1 : span.end]):
        return [span]
    head = Span(doc, span.start, k - 1, label="GPE" if doc[k - 1].text == "," else span.label_)
    return [head, Span(doc, k, span.end, label="GPE")]


def _area_names_throughout(spans: list[Span]) -> list[Span]:
    """A name the doc writes as a county ("Co Kerry", "County Clare") is that place when bare too: "Kerry" alone is
    no person (a longer name holding it, "Kerry Group", is left alone)."""
    areas = {
        s[1:].text
        for s in spans
        if s.label_ in ("GPE", "LOC") and len(s) > 1 and s[0].text in AREA_PREFIXES and s[1].is_title
    }
    if not areas:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="GPE") if s.label_ in ("PERSON", "ORG") and span_text(s) in areas else s
        for s in spans
    ]


# English town names joined by a lower-case link: "Stoke-on-Trent", "Appleby-in-Westmorland", "Berwick-upon-Tweed"
_TOWN_FORM = re.compile(r"[A-Z][a-z]+(?:-(?:on|upon|in|under|next|by|le)(?:-the)?-[A-Z][a-z]+)+")


def _english_town_form(span: Span) -> bool:
    """A name of the English town form, tagged a person or an organisation, is a place."""
    return span.label_ in ("PERSON", "ORG", "NORP") and bool(_TOWN_FORM.fullmatch(span_text(span)))


def _province_abbreviation(span: Span) -> list[Span]:
    """A dotted province abbreviation is a place, never a person: "B.C." alone, "B.C. Conservative" (the place, then
    the party's people)."""
    if span.label_ not in ("PERSON", "ORG"):
        return [span]  # the label before the first word's Token
    first = span[0]
    if not first.text.endswith(".") or len(first.text) < 3:
        return [span]
    options = gazetteer.place_candidates(first.text)
    if not options or options[0].kind != "subdivision":
        return [span]
    place = Span(span.doc, span.start, span.start + 1, label="GPE")
    if len(span) == 1:
        return [place]
    if all(t.lower_ in PARTY_WORDS for t in span[1:]):
        return [place, Span(span.doc, span.start + 1, span.end, label="NORP")]
    return [span]


def _split_seat(span: Span) -> list[Span]:
    """ "Hamilton West MP Tama Potaka" (one PERSON): the seat before the member's title is a place, then the name."""
    doc = span.doc
    # the words by index: slicing the span makes a Span and normalises the slice
    cut = next((i for i in range(span.start + 1, span.end) if doc[i].text in SEAT_TITLES), None) if span.label_ == "PERSON" else None
    if cut is None or cut + 1 >= len(doc) or not doc[cut + 1].is_title:
        return [span]
    seat = Span(doc, span.start, cut, label="GPE")
    if not all(t.is_title for t in seat) or not _plain_name(seat) or any(t.lower_ in PARTY_WORDS for t in seat):
        return [span]
    return [seat, Span(doc, cut + 1, span.end, label="PERSON")] if cut + 1 < span.end else [seat]


# words right before a name that put it on a map ("off Zahrani", "around Bibiani"), and the singular nouns of a
# local administrative area after it ("Marakkara panchayat", "Rufiji district")
_PLACE_CUES = frozenset({"in", "near", "outside", "around", "off"})
_AREA_NOUNS = frozenset(
    {
        "district", "province", "region", "municipality", "village", "town", "county", "governorate", "prefecture",
        "oblast", "panchayat", "commune", "department", "canton", "township", "borough", "parish", "subdistrict",
        "regency",
    }
)


def _cued_place(span: Span, lex: Lexicon) -> bool:
    """One or two capitalised words no list knows as a firm or people, after "in"/"off"/"around" or before
    "district": a place ("a shopkeeper in Chamchamal", "off Zahrani", "Marakkara panchayat")."""
    words = [t for t in span if t.text != "-"]  # "Sainte-Soline" is one name of two words
    if len(words) > 2 or not all(t.is_title and t.is_alpha for t in words) or not _place_cue_around(span):
        return False  # the cheap word checks first: this runs on every name of every doc
    if is_first_name(span[0].text) or _firm_or_club_word(span):
        return False
    text = span_text(span)  # built once: spaCy joins the tokens again at every access
    if len(span) == 1 and lex.is_noun(text) and not gazetteer.place_candidates(text):
        return False  # "lawmakers in Congress": an institution, not a place
    return not (gazetteer.lookup_org(text) or gazetteer.lookup_demonym(text))


def _place_cue_around(span: Span) -> bool:
    """True when the words around a name put it on a map (see `_cued_place`)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in _AREA_NOUNS:
        return True
    if nxt is not None and (nxt.is_title or nxt.lower_ in SPEECH_VERBS or nxt.text in POSSESSIVE):
        return False
    if _place_cue_before(doc, span.start) or _based_in(span):
        return True
    # the second of two names after the cue: "around Sefwi Wiawso and Bibiani"
    i = span.start - 2
    if i < 1 or doc[i + 1].lower_ not in ("and", "or"):
        return _listed_after_cue(span)
    first = i
    while first > i - 2 and first >= 0 and doc[first].is_title and doc[first].is_alpha:
        first -= 1
    return (first < i and _place_cue_before(doc, first + 1)) or _listed_after_cue(span)


def _listed_after_cue(span: Span, reach: int = 10) -> bool:
    """True for a name inside a comma list of names after a lower-case "in"/"near"/"around": "in Câmpina, Breaza,
    Comarnic and villages" (not "In Kyiv, Zelensky met": a clause, no list)."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start >= 3 else ""
    if before not in (",", "and", "or") or (before == "," and nxt not in (",", "and", "or")):
        return False
    i = span.start - 2
    if doc[i].text == ",":
        i -= 1  # "Mityana, Kakumiro, and Bukwo"
    while i >= 0 and span.start - i <= reach and (doc[i].is_title and doc[i].is_alpha or doc[i].text == ","):
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in _PLACE_CUES and doc[i + 1].is_title


def _place_cue_before(doc: Doc, start: int) -> bool:
    """True when the words before token `start` put a name on a map: "in", "off", "around", "residents of"."""
    prev = [doc[i].lower_ for i in range(max(start - 2, 0), start)]  # indexing: no Span made
    if len(prev) == 2 and prev[1] == "of" and prev[0] in RESIDENT_OF:
        return True  # "residents of Chamchamal"
    if len(prev) == 2 and prev[1] == "at" and prev[0] in _AT_SITE:
        return True  # "the border at Kasumbalesa", "clashes at Sainte-Soline"
    return bool(prev) and prev[-1] in _PLACE_CUES and not (len(prev) == 2 and prev[0] in HELD_IN)


# what lies or happens at a place, not at a firm: "the dam at X", "clashes at X" (unlike "analysts at X")
_AT_SITE = frozenset(
    {
        "border", "dam", "mine", "camp", "crossing", "checkpoint", "depot", "bridge", "port", "landing",
        "clashes", "protests", "protest", "fighting", "battle", "massacre", "landslide", "flooding", "rally",
        "arrived", "landed", "docked", "stationed", "buried", "born", "crossed", "stranded",
        "terminal", "hospital", "refinery", "smelter", "prison", "airbase", "garrison", "barracks",
    }
)


def _based_in(span: Span) -> bool:
    """True for "Kasulo-based": only a place is something based."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _cued_places_throughout(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name one mention puts on a map (see `_cued_place`) is a place at every mention that is no part of a
    longer person's name: "samples taken at Tha Ton" after "a grower in Tha Ton"."""
    texts = [span_text(s) for s in spans]  # built once: spaCy joins the tokens again at every access
    targets = {t for s, t in zip(spans, texts) if s.label_ in ("PERSON", "ORG", "NORP", "PRODUCT")}
    names = {
        t
        for s, t in zip(spans, texts)
        if t in targets and s.label_ in ("PERSON", "ORG", "NORP", "GPE", "LOC") and _cued_place(s, lex)
    }
    if not names:
        return spans
    in_names = _person_name_words(spans)
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if t in names and s.label_ in ("PERSON", "ORG", "NORP", "PRODUCT") and t not in in_names
        else s
        for s, t in zip(spans, texts)
    ]


def _demonym_led_country(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when a country's name that opens with a demonym was tagged in pieces: "French" (NORP) + "Guiana",
    "American" + "Samoa", "Central African" + "Republic"."""
    doc = inside[0].doc
    if gazetteer.fold(doc[start:end].text) not in gazetteer.countries() or inside[0].start != start:
        return False
    if inside[0].label_ != "NORP" or len(inside) < 2:
        return False
    return _only_covers([Span(doc, s.start, s.end, label="GPE") for s in inside], start, end, taken)


_SEAT = re.compile(r"(?:palace|house|street|hill)$")  # "Downing Street", "White House": seats used for governments


def _world_feature(span: Span) -> bool:
    """True for a river, range, sea or region of the world-areas list after "the" ("the Tigris and Euphrates"), not
    a seat of government or a firm ("Amazon and Meta")."""
    if not _is_world_feature(span_text(span)):
        return False
    doc, i = span.doc, span.start
    if span[0].lower_ == "the" or (i > 0 and doc[i - 1].lower_ == "the"):
        return True
    return i > 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 3].lower_ == "the" and _is_world_feature(doc[i - 2].text)


def _is_world_feature(text: str) -> bool:
    key = gazetteer.fold(text)
    return key in gazetteer.world_areas() and not _SEAT.search(key) and not gazetteer.lookup_org(text)


_LANDFORM_LEADS = frozenset({"Mount", "Mt", "Mt.", "Lake", "Volcano", "Cerro", "Monte", "Lago", "Gunung", "Bukit"})
_MOUNT_LEADS = frozenset({"Mount", "Mt", "Mt.", "Volcano", "Gunung"})  # inside a name too: towns are called "Lake X"


def _landforms_throughout(spans: list[Span]) -> list[Span]:
    """A name right after "Mount"/"Lake" is that landform ("Mount Kanlaon erupted", the model: "Kanlaon" PERSON),
    and so is the bare name elsewhere in the doc ("Kanlaon's swelling")."""
    out, names = list(spans), set()
    for k, s in enumerate(spans):
        doc = s.doc
        if len(s) == 2 and s[0].text in _MOUNT_LEADS and s[1].is_title and s.label_ in ("PERSON", "GPE", "LOC"):
            # the NER took the lead in: "Mount Kanlaon" is one name, the bare "Kanlaon" later is the mountain too
            if s.label_ == "PERSON":
                out[k] = Span(doc, s.start, s.end, label="LOC")
            names.add(s[1].text)
            continue
        lead = doc[s.start - 1] if s.start > 0 else None
        if lead is None or lead.text not in _LANDFORM_LEADS or s.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        if k > 0 and spans[k - 1].end > lead.i:
            continue  # the lead word belongs to the name before
        if len(s) <= 2 and all(t.is_title for t in s):
            out[k] = Span(doc, lead.i, s.end, label="LOC")
            names.add(span_text(s))
    if not names:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="LOC") if span_text(s) in names and s.label_ in ("PERSON", "ORG", "NORP") else s
        for s in out
    ]


def _district_name(span: Span) -> bool:
    """A name of several words (or a hyphenated one) that GeoNames lists as a second-level division, with no word
    of an organisation in it and no organisation of that name."""
    if len(span) < 2 or not gazetteer.districts(span_text(span)):
        return False  # the cached lookup first: this runs on every ORG and PERSON name
    words = [t for t in span if t.text != "-"]
    if len(words) < 2 or not all(t.is_title for t in words) or _firm_or_club_word(span):
        return False
    if any(t.lower_ in _NOT_DISTRICT_WORDS for t in span) or gazetteer.lookup_org(span_text(span)):
        return False
    return not is_first_name(words[0].text)


_NOT_DISTRICT_WORDS = ORG_WORDS | COMPANY_WORDS | FAC_WORDS


# lower-case words of a local body or a place's people before "of <place>" inside a tagged name
_OF_PLACE_HEADS = frozenset(
    {
        "council", "municipality", "city", "town", "village", "province", "region", "district", "county",
        "government", "mayor", "governor", "people", "residents", "villagers", "outskirts", "centre", "center",
    }
)


def _place_after_of(span: Span) -> Span | None:
    """The place in a name tagged as "the council of Ninove" / "the people of Gaza": the words after "of"."""
    if len(span) < 3 or not (span[0].is_lower or span[1].is_lower):
        return None
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 3 or words[0].lower_ not in _OF_PLACE_HEADS or not words[0].is_lower or words[1].lower_ != "of":
        return None
    rest = span.doc[words[2].i : span.end]
    if len(rest) > 3 or not all(t.is_title or t.text == "-" for t in rest) or gazetteer.lookup_org(rest.text):
        return None
    return Span(span.doc, rest.start, rest.end, label="GPE")


def _bodies_named_by_places(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" named by a province or big city and a common noun is a public body or firm: "Manitoba Hydro",
    "Johannesburg Water" (not "Sydney Smith" or "Kobe Bryant": a first name or a surname tail)."""
    out = []
    for s in spans:
        if s.label_ != "PERSON" or not 2 <= len(s) <= 3:
            out.append(s)
            continue
        tail = s[1:]
        if (
            all(t.is_title and t.is_alpha for t in s)
            and not is_first_name(s[0].text)
            and _major_place(s[0].text)
            and all(lex.is_noun(t.lower_) or t.lower_ in _BODY_TAIL_WORDS for t in tail)
            and not any(is_first_name(t.text) for t in tail)
            and (s[-1].whitespace_ or s.end == len(s.doc) or s.doc[s.end].text != "-")  # "Han Duck-soo"
        ):
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _places_not_dates(spans: list[Span]) -> list[Span]:
    """A province or a city of 100,000 people the model took for a date is a place: "south of Winnipeg"."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ in ("DATE", "TIME") and s[0].is_title and not any(t.like_num for t in s) and _major_place(span_text(s))
        else s
        for s in spans
    ]


def _shire_places(spans: list[Span]) -> list[Span]:
    """An Australian or English shire is a local government area, a place: "Hinchinbrook Shire" (never a person)."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ in ("PERSON", "ORG") and len(s) > 1 and s[-1].text == "Shire"
        else s
        for s in spans
    ]


def _lone_titles(spans: list[Span]) -> list[Span]:
    """A title abbreviation the model tagged apart before a name is no entity: "Coun. Sam Austin", "MEC Isaac X"."""
    starts = {s.start: s for s in spans if s.label_ == "PERSON"}
    out = []
    for s in spans:
        # "Infrastructure Minister" + "Catherine King": a portfolio and a title, no one's name
        portfolio = s.label_ == "PERSON" and len(s) > 1 and s[-1].lower_ in OFFICE_TITLES
        if (len(s) == 1 and span_text(s).rstrip(".") in LOCAL_TITLES) or portfolio:
            nxt = s.end + 1 if s.end < len(s.doc) and s.doc[s.end].text in (".", ",") else s.end
            if nxt in starts:
                continue
        out.append(s)
    return out


_NO_SEAT = (SEAT_TITLES | LOCAL_TITLES).isdisjoint


def _split_party_seat(span: Span) -> list[Span]:
    """ "Fine Gael TD Noel McCarthy", "Labour MP Jo Lee" (one name): the party is an ORG, the member a PERSON."""
    if span.label_ not in ("PERSON", "ORG") or len(span) < 3 or _NO_SEAT(span_text(span).split()[1:]):
        return [span]  # most spans: no title word, no Token made
    doc = span.doc
    cut = next((t.i for t in span[1:] if t.text in SEAT_TITLES or t.text in LOCAL_TITLES), None)
    if cut is None or not 1 <= span.end - cut - 1 <= 3:
        return [span]
    party, name = doc[span.start : cut], doc[cut + 1 : span.end]
    known = all(gazetteer.fold(t.text) in PARTY_WORDS for t in party) or gazetteer.lookup_org(party.text) is not None
    if not known or not all(t.text[:1].isupper() or not t.is_alpha for t in name):
        return [span]
    return [Span(doc, party.start, party.end, label="ORG"), Span(doc, name.start, name.end, label="PERSON")]


def _split_place_title(span: Span) -> list[Span]:
    """ "Penrith Mayor Todd Carney", "Auckland Mayor Wayne Brown" (one span): the place, then the office holder."""
    if len(span) < 3 or span.label_ in NUMERIC_LABELS or OFFICE_TITLES.isdisjoint(span_text(span).lower().split()[1:]):
        return [span]  # most spans: no office word, no Token made
    doc = span.doc
    cut = next((t.i for t in span[1:] if t.lower_ in OFFICE_TITLES), None)
    if cut is None or not 1 <= span.end - cut - 1 <= 3:
        return [span]
    start = span.start + (span[0].lower_ == "the")
    lead, name = doc[start:cut], doc[cut + 1 : span.end]
    if not len(lead) or not all(t.text[:1].isupper() and t.is_alpha for t in [*lead, *name]):
        return [span]
    person = Span(doc, name.start, name.end, label="PERSON")
    if lead[0].lower_ in OFFICE_QUALIFIERS:
        return [person]  # "Lord Mayor X", "Executive Mayor X"
    if gazetteer.lookup_demonym(lead.text):
        label = "NORP"  # "Chinese Premier Li Qiang"
    elif lead[-1].lower_ in ORG_WORDS or gazetteer.lookup_org(lead.text):
        label = "ORG"  # "Moreton Bay Council Mayor X"
    elif doc[cut].lower_ == "minister" and not gazetteer.place_candidates(lead.text):
        return [span]  # "Health Minister X": a portfolio, no place
    else:
        label = "GPE"
    return [Span(doc, lead.start, lead.end, label=label), person]


def _name_runs_on(span: Span) -> bool:
    """True when capitalised words go on after the span: "Bruhat Bengaluru Mahanagara Palike" is one long name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title and doc[span.end].is_alpha and not doc[span.end].is_stop


def _irish_bodies_and_iwi(spans: list[Span]) -> list[Span]:
    """Irish state bodies are ORG ("An Bord Pleanála", "An Garda Síochána"); Māori iwi are peoples, NORP
    ("Ngāi Tahu", "Ngāti Kahu"), never a person."""
    out = []
    for s in spans:
        if len(s) > 1 and s.label_ not in NUMERIC_LABELS:
            if s[0].text == "An" and s[1].text in IRISH_BODY_WORDS:
                s = Span(s.doc, s.start, s.end, label="ORG")
            elif s[0].text in IWI_PREFIXES and s[1].is_title:
                s = Span(s.doc, s.start, s.end, label="NORP")
        out.append(s)
    return out


def _local_sites_and_bodies(spans: list[Span]) -> list[Span]:
    """A "person" ending in a site noun is a site ("Kinnego Marina", "Pink Line", "Victoria Mill"); one ending in a
    school, firm or club noun is an organisation ("Bellevue Elementary", "Nemo Rangers", "Cork GAA")."""
    out = []
    for s in spans:
        if s.label_ == "PERSON" and len(s) > 1 and (last := s[-1]).text[:1].isupper():  # the label first
            if last.lower_ in LOCAL_SITE_HEADS:
                s = Span(s.doc, s.start, s.end, label="FAC")
            elif last.lower_ in LOCAL_BODY_HEADS:
                s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


_PLACE_SLOT_WORDS = frozenset({"in", "near", "outside", "off", "between", "at"})


def _unknown_orgs_in_place_slots(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A one-word name no list knows, typed ORG, is a place after "in"/"near" (if no common noun: not "in
    Congress") or in "Jo Lee, 52, of X": "the co-operative in Toome", "Graeme McAllister, 52, of Scone"."""
    out = []
    for s in spans:
        doc, i = s.doc, s.start
        if (
            s.label_ == "ORG"
            and len(s) == 1
            and s[0].is_title
            and s[0].is_alpha
            and i > 1
            and _plain_name(s)
            and (
                (doc[i - 1].lower_ in _PLACE_SLOT_WORDS and doc[i - 2].lower_ not in HELD_IN and not lex.is_noun(span_text(s)))
                or (i > 3 and doc[i - 1].lower_ == "of" and doc[i - 2].text == "," and doc[i - 3].like_num)
            )
        ):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def _unknown_cities(spans: list[Span]) -> list[Span]:
    """ "Bogo City" is a city even where it heads an organisation's name elsewhere: "X City" is a place unless X is a
    big place (then it may be a club: "Manchester City"), a club or a known organisation."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ in ("ORG", "PERSON")
        and 2 <= len(s) <= 3
        and s[-1].text == "City"
        and all(t.is_title and t.is_alpha for t in s)
        and not _major_place(s[:-1].text)
        and not gazetteer.lookup_org(span_text(s))
        and not _club_name(s)
        else s
        for s in spans
    ]


_PRODUCT_PLACE_CUES = frozenset({"in", "near", "from", "at", "outside", "to"})


def _towns_not_products(spans: list[Span]) -> list[Span]:
    """A one-word PRODUCT the gazetteer knows as a place is that place after "near"/"from"/"in": "stabled near
    Kelso", "buses from Killarney" (not "Space Shuttle Atlantis")."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ == "PRODUCT"
        and len(s) == 1
        and s.start > 0
        and s.doc[s.start - 1].lower_ in _PRODUCT_PLACE_CUES
        and s[0].is_title
        and s[0].is_alpha
        and (gazetteer.place_candidates(span_text(s)) or gazetteer.is_town(span_text(s)))
        else s
        for s in spans
    ]


def _saint_places(spans: list[Span]) -> list[Span]:
    """ "St Marys", "St. Adolphe": a name opening with "St" is a place (a suburb, a parish), never a living person."""
    return [
        Span(s.doc, s.start, s.end, label="GPE")
        if s.label_ == "PERSON" and len(s) == 2 and s[0].text in ("St", "St.") and s[1].is_title
        else s
        for s in spans
    ]
