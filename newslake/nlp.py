"""spaCy NER plus newslake's entity-fix component: the gazetteer ruler and the ordered chain of rule steps (nlp_*.py)."""

from __future__ import annotations

import logging
from bisect import bisect_left
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, filter_spans

from newslake import config, gazetteer
from newslake.ages import people_by_age
from newslake.call_signs import call_signs
from newslake.caps_subheads import caps_subhead_names
from newslake.clubs import city_nickname_teams, team_nicknames, town_clubs
from newslake.credits import byline_roles, photo_credits, wire_credits, writers_for_outlets
from newslake.datelines import dateline_towns, with_datelines
from newslake.firm_cues import firms_by_cue
from newslake.first_name_places import states_not_people
from newslake.first_names import cued_people, lone_surnames, people_by_first_name
from newslake.headlines import headline_phrases
from newslake.indian_names import indian_localities_and_courts
from newslake.market_codes import market_code
from newslake.name_edges import compass_regions, demonym_led_people, operation_names, plural_nouns_not_people
from newslake.nlp_common import (
    GPE,
    INDEX_KEY,
    LOC,
    NORP,
    ORG,
    PERSON,
    PRODUCT,
    Lexicon,
    common_word_fixes,
    doc_words,
    lexicon,
    lower_case_nouns,
    team_names,
)
from newslake.nlp_family import kin_and_cast
from newslake.nlp_kinds import (
    defined_short_names,
    doc_text,
    firm_shaped_people,
    firms_named_like_places,
    hospitals_as_bodies,
    initialled_people,
    kind_fixes,
    museums_as_bodies,
    names_before_org_nouns,
    org_heads,
    org_leads,
    orgs_before_titles,
    owned_shops,
    people_named_like_firms,
    place_bodies,
    place_led_orgs,
)
from newslake.nlp_missed_places import (
    coordinated_missed,
    listed_towns_missed,
    missed_sites,
    places_near,
    repeated_places,
    road_numbers,
    towns_after_in,
)
from newslake.nlp_neighbours import context_fix
from newslake.nlp_orgs import (
    acronyms_like_their_names,
    area_acronyms,
    bodies_named_by_places,
    camera_cctv,
    closing_outlet,
    common_noun_acronyms,
    defined_acronyms,
    demonym_orgs,
    firm_short_names,
    generic_name,
    irish_bodies_and_iwi,
    joined_names,
    known_org_words,
    legal_names,
    local_sites_and_bodies,
    mastheads,
    org_before_country,
    org_noun_before_title,
    org_of_place,
    possessive_shops,
    repeated_orgs,
    spelled_out_names,
    state_universities,
)
from newslake.nlp_people import (
    coordinated_people,
    known_as,
    listed_people,
    merge_people,
    missed_names,
    place_surnames,
    prime_ministers,
    propagate_people,
    rank_modifier,
)
from newslake.nlp_places import (
    area_names_throughout,
    coordinated_places,
    county_names,
    cued_places_throughout,
    english_town_form,
    landforms_throughout,
    local_places_throughout,
    party_home_towns,
    placed_names_throughout,
    places_not_dates,
    region_after_town,
    saint_places,
    shire_places,
    site_before,
    sites_after_the,
    state_codes_after_towns,
    towns_not_products,
    unknown_cities,
    unknown_orgs_in_place_slots,
)
from newslake.nlp_relabel import craft_names, relabel
from newslake.nlp_splits import (
    after_particle,
    caption_label,
    extend_particle,
    first_name_countries,
    format_code,
    handle_or_code,
    join_particle_places,
    lone_titles,
    menu_word,
    no_capital,
    page_stamp,
    prefecture,
    province_abbreviation,
    rating_or_date,
    run_on,
    split_amount,
    split_country_code,
    split_country_person,
    split_county_address,
    split_in_place,
    split_of_country,
    split_parenthesis,
    split_party_seat,
    split_place_title,
    split_possessive,
    split_role,
    split_separators,
    split_trailing_title,
    subhead,
    trim,
    zone_or_currency,
)
from newslake.nlp_towns import consistent_places, firms_not_towns, lone_big_cities
from newslake.nlp_travel import travel_businesses
from newslake.nlp_words import MAX_NAME_TOKENS
from newslake.nlp_works import work_titles
from newslake.page_bars import bar_items
from newslake.place_pairs import split_place_pair
from newslake.products import without_products
from newslake.roads import numbered_roads, street_addresses
from newslake.site_names import named_sites
from newslake.teams import lineup_people, nickname_teams, result_lines, scorer_names, sport_country_codes

log = logging.getLogger(__name__)

FIXES = "newslake_entity_fixes"
ENTS_KEY = "newslake_ents"
# "U.S.-led", "U.N.-backed": spaCy splits a hyphen between letters, not after a dotted abbreviation
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.[A-Z]\.)-(?=[A-Za-z])"


def split_abbreviation_hyphens(nlp: Language) -> Language:
    """The tokenizer splits "U.S.-brokered" into "U.S.", "-", "brokered", so the model can see the country."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    return nlp


@cache
def load_nlp(model: str = config.DEFAULT_MODEL) -> Language:
    """The NER-only pipeline of `model` with newslake's entity fixes appended; cached per process.

    `config.NEWS_NER_MODEL` (the default) is `config.SPACY_PACKAGE` with the fine-tuned `ner` weights shipped here."""
    nlp = split_abbreviation_hyphens(spacy.load(config.spacy_package(model), enable=["ner"]))
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
        doc.set_ents(spans)  # what the `doc.ents` setter calls, without making every Span again first
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
            # doc.ents read once and kept beside the doc's own: each read of doc.ents makes every Span again
            ents = list(doc.ents)
            if (found := with_datelines(doc, doc_text(doc))) is not None:
                doc.ents = ents = found
            if (found := people_by_first_name(doc, self.lexicon, ents)) is not None:
                doc.ents = ents = found
            if (found := people_by_age(doc, doc_text(doc))) is not None:
                doc.ents = ents = found
            spans = without_products(doc, town_clubs(fix_entities(doc, self.matcher, self.lexicon, ents)))
            spans = states_not_people(doc, team_nicknames(doc, nickname_teams(doc, spans)))
            spans = compass_regions(demonym_led_people(doc, spans, self.lexicon))
            spans = operation_names(plural_nouns_not_people(spans, self.lexicon))
            spans = closing_outlet(doc, spans, self.lexicon)
            spans = lineup_people(doc, scorer_names(doc, result_lines(doc, spans)))
            spans = byline_roles(doc, writers_for_outlets(doc, wire_credits(doc, photo_credits(doc, spans))))
            spans = call_signs(doc, mastheads(possessive_shops(doc, spans)), self.lexicon)
            spans = street_addresses(doc, numbered_roads(doc, sport_country_codes(doc, bar_items(doc, spans, self.lexicon))))
            spans = caps_subhead_names(doc, indian_localities_and_courts(doc, spans), self.lexicon)
            spans = headline_phrases(doc, spans)
        return spans


def _line_breaks(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens holding a line break, ascending (the word list: no array read, no Token)."""
    return [i for i, word in enumerate(doc_words(doc)) if "\n" in word and word.isspace()]


def _cut_at_newline(ent: Span, breaks: list[int]) -> Span:
    """A name never runs over a line break ('Amazon\\n\\nSince'): keep the part before it, else the part after."""
    k = bisect_left(breaks, ent.start)
    if k == len(breaks) or breaks[k] >= ent.end:
        return ent
    if breaks[k] > ent.start:
        return Span(ent.doc, ent.start, breaks[k], label=ent.label)
    last = breaks[bisect_left(breaks, ent.end) - 1]
    return Span(ent.doc, last + 1, ent.end, label=ent.label) if last + 1 < ent.end else ent


def is_shouting(text: str, sample: int = 5000) -> bool:
    """True when nearly all words are in capitals (wire headlines, teletype, spam)."""
    words = text[:sample].split()
    # an all-digit word is never upper case: counted out of the total, no list of the other words made
    n = len(words) - sum(map(str.isdigit, words))
    return n >= 5 and sum(map(str.isupper, words)) / n > 0.7


def fix_entities(
    doc: Doc, matcher: PhraseMatcher, lex: Lexicon | None = None, ents: list[Span] | None = None
) -> list[Span]:
    """NER spans (`ents`, the same as doc.ents) with boundaries and labels repaired, plus gazetteer matches NER missed."""
    spans: list[Span] = []
    breaks = _line_breaks(doc)
    for ent in (p for e in (doc.ents if ents is None else ents) for p in split_amount(_cut_at_newline(e, breaks))):
        if len(ent) > MAX_NAME_TOKENS or run_on(ent) or no_capital(ent) or handle_or_code(ent):
            continue
        spans.extend(_split_parts(ent))
    fixed: list[Span] = []
    for p in spans:  # one loop: a chain of generators per span cost more than the tests
        if (t := trim(p)) is None:
            continue
        s = context_fix(relabel(t))
        if not (s is t is p):  # a span the first trim and the rules all left as it was: trimming it again changes nothing
            s = trim(s)
        if s is not None:
            fixed.append(s)
    spans = fixed
    lex = lex or Lexicon()
    spans = common_word_fixes(doc, spans, lex)
    spans = bodies_named_by_places(spans, lex)
    spans = places_not_dates(spans)
    spans = shire_places(spans)
    spans = irish_bodies_and_iwi(spans)
    spans = local_sites_and_bodies(spans)
    spans = unknown_orgs_in_place_slots(spans, lex)
    spans = [Span(doc, s.start, s.end, label="FAC") if site_before(s, lex) else s for s in spans]
    spans = coordinated_people(coordinated_places(sorted(spans, key=lambda s: s.start)))
    spans = listed_people(doc, spans)
    spans = craft_names(doc, known_as(doc, propagate_people(doc, prime_ministers(doc, placed_names_throughout(spans)))))
    spans = local_places_throughout(spans)
    spans = area_names_throughout([part for s in spans for part in split_county_address(s)])
    spans = [part for s in spans for p in province_abbreviation(s) for part in prefecture(p)]
    spans = [Span(s.doc, s.start, s.end, label="GPE") if english_town_form(s) else s for s in spans]
    spans = cued_places_throughout(spans, lex)
    spans = landforms_throughout(spans)
    spans = firms_not_towns(lone_big_cities(consistent_places(doc, spans)))
    spans = common_noun_acronyms(doc, defined_acronyms(doc, spans))
    spans = [
        s
        for s in spans
        if not caption_label(s)
        and not rank_modifier(s)
        and not org_noun_before_title(s)
        and not subhead(s, lex)
        and not menu_word(s, lex)
        and not page_stamp(s)
        and not zone_or_currency(s)
        and not format_code(s)
        and not market_code(s)
        and not rating_or_date(s)
    ]
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
            found = extend_particle(Span(doc, start, end, label=match_id))
            if found.start == start and after_particle(found) and found.start - 2 not in taken:
                continue  # "Praia" in "Ribeira da Praia": part of a longer unknown name, not the capital
            if label == "LOC" and _inside_longer_name(doc, start, end):
                continue  # "Murray River Marathon", "ABC Riverina": an event's or an outlet's name, not the river
            if found.start < start and taken.intersection(range(found.start, start)):
                found = Span(doc, start, end, label=match_id)
            spans.append(found)
            taken.update(range(found.start, end))
    spans = org_of_place(spans)
    spans.extend(known_org_words(doc, spans, taken))
    spans.extend(places_near(doc, taken))
    spans.extend(coordinated_missed(doc, spans, taken))
    spans.extend(missed_sites(doc, taken, lex))
    spans.extend(listed_towns_missed(doc, spans, taken))
    spans.extend(towns_after_in(doc, spans, taken, lex))
    spans.extend(repeated_places(doc, spans, taken, lex))
    spans.extend(missed_names(doc, taken, {s.end for s in spans if s.label == PERSON}))
    spans = consistent_places(doc, demonym_orgs(sorted(filter_spans(spans), key=lambda s: s.start)))
    spans = kind_fixes(doc, team_names(doc, join_particle_places(merge_people(place_surnames(spans))), lex), lex)
    spans = firm_short_names(legal_names(doc, repeated_orgs(doc, [s for s in spans if not generic_name(s)])))
    spans = org_before_country(spans, lex)
    spans = area_acronyms(region_after_town(sites_after_the(spans)))
    spans = org_heads(spans)
    spans = place_bodies(place_led_orgs(spans))
    spans = orgs_before_titles(spans)
    spans = org_leads(spans)
    spans = people_named_like_firms(spans)
    spans = defined_short_names(doc, spans, lex)
    spans = names_before_org_nouns(spans)
    spans = firms_named_like_places(spans)
    spans = lone_titles([part for s in spans for part in split_party_seat(s)])
    spans = [part for s in spans for part in split_place_title(s)]
    spans = first_name_countries([part for s in spans for part in split_country_person(s)])
    spans = unknown_cities(spans)
    spans = saint_places(spans)
    spans = towns_not_products(spans)
    spans = hospitals_as_bodies(museums_as_bodies(spans))
    spans = dateline_towns(doc, work_titles(doc, travel_businesses(doc, kin_and_cast(doc, cued_people(spans, lex)))))
    spans = camera_cctv(doc, named_sites(firms_by_cue(firm_shaped_people(owned_shops(spans))), lex))
    spans = initialled_people(spans)
    spans = state_universities(city_nickname_teams(spans))
    spans = lone_surnames(spans)
    spans = lower_case_nouns(doc, spans, lex)
    spans = state_codes_after_towns(doc, spans)
    spans = party_home_towns(doc, county_names(doc, spans))
    return road_numbers(doc, joined_names(acronyms_like_their_names(spelled_out_names(doc, spans))))


# words that make a place's name an event's: "Murray River Marathon", "Pilbara Cup"
_EVENT_WORDS = frozenset(
    {"Marathon", "Festival", "Cup", "Classic", "Challenge", "Race", "Show", "Games", "Trophy", "Open", "Championship",
     "Championships", "Series", "Rally", "Regatta", "Fair", "Awards", "Run", "Ultra", "Triathlon"}
)


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when an event's word follows, or a known organisation's acronym leads ("ABC Riverina")."""
    words = doc_words(doc)
    if end < len(words) and words[end] in _EVENT_WORDS:
        return True
    before = words[start - 1] if start > 0 else ""
    return len(before) > 1 and before.isupper() and before.isalpha() and gazetteer.lookup_org(before) is not None


def _split_parts(ent: Span) -> list[Span]:
    """The parts of one NER span after every split rule, in order (nested loops: no generator per span and rule)."""
    out: list[Span] = []
    for p in split_parenthesis(ent):
        for q in split_separators(p):
            for part in split_place_pair(q):
                for piece in split_possessive(part):
                    for r in split_in_place(piece):
                        for bit in split_of_country(r):
                            for c in split_country_code(extend_particle(bit)):
                                for t in split_role(c):
                                    out.extend(split_trailing_title(t))
    return out


def _only_covers(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when the spans inside a longer gazetteer place are its parts: places or names, nothing else taken."""
    parts = {i for s in inside for i in range(s.start, s.end)}
    return all(s.label in (GPE, LOC, PERSON, ORG) for s in inside) and not (
        taken.intersection(range(start, end)) - parts
    )


def _mistyped_parts(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when a known organisation was tagged as non-ORG pieces: "Anglo" + "American" (NORP) -> ORG."""
    return all(s.label in (NORP, GPE, PERSON, PRODUCT) for s in inside) and _only_covers(
        [Span(s.doc, s.start, s.end, label="ORG") for s in inside], start, end, taken
    )


def _demonym_led_country(inside: list[Span], start: int, end: int, taken: set[int]) -> bool:
    """True when a country's name that opens with a demonym was tagged in pieces: "French" (NORP) + "Guiana",
    "American" + "Samoa", "Central African" + "Republic"."""
    doc = inside[0].doc
    if gazetteer.fold(doc[start:end].text) not in gazetteer.countries() or inside[0].start != start:
        return False
    if inside[0].label != NORP or len(inside) < 2:
        return False
    return _only_covers([Span(doc, s.start, s.end, label="GPE") for s in inside], start, end, taken)
