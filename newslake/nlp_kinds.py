"""Entity fixes by the kind of name: parties, facilities, journals and firms told by their words."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import (
    FAC,
    GPE,
    INDEX_KEY,
    LOC,
    ORG,
    PERSON,
    Lexicon,
    doc_lowers,
    doc_text,
    doc_words,
    lower_words,
    span_text,
    token_ids,
)
from newslake.nlp_words import (
    COMPASS,
    FAC_WORDS,
    ORG_BEFORE,
    ORG_WORDS,
    PERSON_TITLES,
    POSSESSIVE,
    PRODUCT_NOUNS,
    TITLES,
)

# capitalised plurals that name a party, not its voters: "the Conservatives", "Social Democrats"
PARTY_PLURALS = frozenset(
    {"Democrats", "Republicans", "Conservatives", "Socialists", "Greens", "Liberals", "Tories", "Communists", "Labour"}
)
# ... but bare, these two are America's party people as the news writes of them (NORP): "Democrats said"
VOTER_PLURALS = frozenset({"Democrats", "Republicans"})
PARTY_MODIFIERS = frozenset(
    {"Social", "Christian", "Free", "Liberal", "Neo", "New", "Progressive", "Radical", "National", "Young"}
)
FAC_ENDINGS = frozenset({"Hospital", "Prison", "Jail", "Penitentiary", "Infirmary", "Observatory"})
DETENTION = frozenset({"Detention", "Correctional"})
FIRM_ENDINGS = frozenset(
    {
        "AI",
        "Labs",
        "Technologies",
        "Therapeutics",
        "Pharmaceuticals",
        "Biotech",
        "Robotics",
        "Semiconductor",
        "Semiconductors",
        "Motors",
        "Holdings",
        "Ventures",
        "Systems",
        "Networks",
    }
)
PUBLISH_VERBS = frozenset({"published", "reported", "wrote", "writing", "appeared", "report", "publish"})
# "Chega, whose leader ...": people have no leaders, members or shares
ORG_POSSESSIONS = frozenset(
    {"leader", "leaders", "founder", "chairman", "chairwoman", "members", "lawmakers", "candidate", "shares"}
)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "by buying Nuvia", "a stake in Klarna": what is bought is a firm (a known place stays a place)
BUY_VERBS = frozenset({"buying", "bought", "buy", "buys", "acquired", "acquire", "acquires", "acquiring", "purchased"})
BUY_PHRASES = frozenset({("stake", "in"), ("takeover", "of"), ("bid", "for"), ("merger", "with"), ("acquisition", "of")})
ORG_NOUNS = (ORG_WORDS | ORG_BEFORE) - {"news", "times", "post", "press", "sun", "star", "mail", "express", "observer"}
# "shareholders of Teck", "the owner of Zara": what a person never is the object of
OWNED_PHRASES = frozenset(
    {
        ("stake", "in"), ("takeover", "of"), ("merger", "with"), ("acquisition", "of"), ("shareholders", "of"),
        ("shares", "of"), ("owner", "of"), ("owners", "of"), ("subsidiary", "of"), ("unit", "of"),
    }
)
RIVALS = frozenset({"rival", "rivals", "peer", "competitor", "competitors", "partner"})  # "Faroese rival Bakkafrost"
WIN_VERBS = frozenset({"won", "win", "wins", "winning", "awarded", "received", "receives"})
ALLIANCE_WORDS = frozenset({"Bloc", "Alliance", "Coalition", "Movement", "Party"})
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish")
GROUP_AFTER = frozenset({"government", "officials", "authorities", "police", "regional", "parliament", "voters"})
MAX_PARTY_TOKENS = 4
MAX_HYPHEN_TOKENS = 6
# result verbs only: "said" and ", who" after a name are handled where NER tagged something
PERSON_NEXT = frozenset({"won", "wins", "beat", "beats", "scored", "finished", "lost"})
PERSON_PREV = frozenset({"beat", "beating", "defeated", "edged", "overtook"})
RANK_TITLES = frozenset({"president", "premier", "minister", "leader", "governor", "mayor"})
# "Anglo's chief executive", "McLaren team principal Andrea Stella": what only a firm or team has
FIRM_POSSESSIONS = frozenset(
    {
        ("chief", "executive"),
        ("chief", "financial"),
        ("team", "principal"),
        ("ceo",),
        ("shareholders",),
        ("subsidiary",),
        ("founder",),
        ("co-founder",),
    }
)
# "Ancient Egypt", "Mainland China", "Greater Manchester": words that make a place, not a branch, of a country
PLACE_QUALIFIERS = frozenset(
    {
        "ancient", "modern", "mainland", "rural", "greater", "upper", "lower", "central", "northern", "southern",
        "eastern", "western", "north", "south", "east", "west", "francophone", "anglophone", "continental",
        "colonial", "imperial", "communist", "soviet", "democratic", "republican", "new", "old", "free", "sub-saharan",
        "inner", "outer", "coastal", "equatorial", "little", "atlantic", "pacific", "arctic", "maritime", "northeastern",
        "northwestern", "southeastern", "southwestern", "midwestern", "mount", "lake", "rio", "saint", "st", "st.", "french", "british", "spanish", "portuguese", "dutch", "german",
    }
)
_QUALIFIER_OR_TITLE = PLACE_QUALIFIERS | PERSON_TITLES


def kind_fixes(doc: Doc, spans: list[Span], lex: Lexicon | None = None) -> list[Span]:
    """Relabel names whose own words or nearby words tell their kind; add parties and people NER left untagged."""
    if lex is not None and lex.nouns:
        spans = [part for s in spans for part in _split_person_of_org(s, lex)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = [_by_kind(s, taken) for s in spans if not _unknown_code(s)]
    out.extend(_untagged_parties(doc, taken))
    if lex is not None and lex.nouns:
        out.extend(_untagged_people(doc, taken, lex))
    return sorted(out, key=lambda s: s.start)


def word_pattern(words: frozenset[str] | set[str]) -> re.Pattern[str]:
    """A regex matching any of `words` as a whole word, exact case."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def token_positions(doc: Doc, words: frozenset[str], attr: int = ORTH) -> list[int]:
    """Indices of the tokens whose text (ORTH) or lower-case form (LOWER) is one of `words`: ids compared, no Token
    made for every word and no regex over the text."""
    present = _id_set(doc, attr)
    ids = _string_ids(words)
    # intersect by walking the smaller side: a firm list has thousands of names, a doc a few hundred distinct words
    keys = ids & present if len(ids) <= len(present) else present & ids
    if not keys:
        return []  # most asks: no scan at all
    # a scan of the doc's ids when a word is there costs less than a position index built for every doc
    doc_ids = token_ids(doc, attr)
    if len(keys) == 1:
        return _positions_of(doc_ids, next(iter(keys)))
    return [i for i, key in enumerate(doc_ids) if key in keys]


def _positions_of(ids: list[int], key: int) -> list[int]:
    """Every index of `key` in `ids`, ascending (list.index walks in C)."""
    out: list[int] = []
    try:
        while True:
            out.append(ids.index(key, out[-1] + 1 if out else 0))
    except ValueError:
        return out


def _id_set(doc: Doc, attr: int) -> frozenset[int]:
    """The distinct ORTH/LOWER ids of the doc, built once per doc: the rules ask for several word lists."""
    present = doc.user_data.get((INDEX_KEY, attr))
    if present is None:
        present = doc.user_data[(INDEX_KEY, attr)] = frozenset(token_ids(doc, attr))
    return present


@lru_cache(maxsize=1024)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(map(get_string_id, words))


def trigger_tokens(doc: Doc, pattern: re.Pattern[str]) -> list[int]:
    """Token indices where `pattern` matches a whole token (a text scan: walking the doc costs more)."""
    found = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            found.append(span.start)
    return found


def _untagged_people(doc: Doc, taken: set[int], lex: Lexicon) -> list[Span]:
    """Two unknown title-case words before "won"/"said" or after "beat": "Tadej Pogacar won", "beat Jonas Vingegaard"."""
    out = []
    starts = {t - 2 for t in token_positions(doc, PERSON_NEXT)} | {t + 1 for t in token_positions(doc, PERSON_PREV)}
    for i in sorted(x for x in starts if 0 <= x < len(doc) - 1):
        a, b = doc[i], doc[i + 1]
        if i in taken or i + 1 in taken or (i > 0 and (i - 1 in taken or doc[i - 1].is_title)):
            continue
        if i + 2 < len(doc) and (doc[i + 2].is_title or i + 2 in taken):
            continue  # part of a longer run
        nxt = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        prev = doc[i - 1].lower_ if i > 0 else ""
        if nxt not in PERSON_NEXT and prev not in PERSON_PREV:
            continue
        if not all(_unknown_name_word(t, lex) for t in (a, b)):
            continue
        span = Span(doc, i, i + 2, label="PERSON")
        if gazetteer.place_candidates(span_text(span)) or gazetteer.is_town(span_text(span)) or gazetteer.lookup_org(span_text(span)):
            continue
        out.append(span)
        taken.update((i, i + 1))
    return out


def _split_person_of_org(span: Span, lex: Lexicon) -> list[Span]:
    """ "Jonas Vingegaard of Visma" (one ORG) is a person of a team: unknown name words before "of" make a PERSON."""
    if len(span) < 4 or span.label != ORG:
        return [span]
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if cut is None or not 2 <= cut - span.start <= 3 or cut + 1 >= span.end:
        return [span]
    name = span.doc[span.start : cut]
    if not all(_unknown_name_word(t, lex) for t in name) or gazetteer.lookup_org(span_text(span)):
        return [span]
    return [Span(span.doc, span.start, cut, label="PERSON"), Span(span.doc, cut + 1, span.end, label="ORG")]


def _unknown_name_word(tok, lex: Lexicon) -> bool:
    """A title-case word that is no English noun or verb, title, place or demonym."""
    low = tok.lower_
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and low not in PERSON_TITLES
        and not lex.is_noun(low)
        and low not in lex.verbs
        and not gazetteer.place_candidates(tok.text)
        and not gazetteer.lookup_demonym(tok.text)
    )


def _by_kind(span: Span, taken: set[int]) -> Span:
    """One span with the label its kind says, or unchanged."""
    label = span.label_
    joined = _hyphen_place(span, taken)
    if joined is not None:
        return joined  # "Stratford" + "-upon-Avon": the model cuts at the first hyphen
    texts = doc_words(span.doc)  # list reads: no Token per span
    if label == "GPE" and span.start > 0 and span.start - 1 not in taken and texts[span.start - 1] == "Little":
        grown = Span(span.doc, span.start - 1, span.end, label="GPE")
        if gazetteer.place_candidates(grown.text):
            return grown  # "Little Havana" is a part of Miami, not Havana
    if label == "NORP" and texts[span.end - 1] in PARTY_PLURALS:
        party = _party(span.doc, span.start, span.end, taken)
        return span if span_text(party) in VOTER_PLURALS else party
    if label == "PERSON" and len(span) > 1 and texts[span.end - 1] in PARTY_PLURALS and texts[span.start] in PARTY_MODIFIERS:
        return _to(span, "ORG")  # "Neo Democrats", "Social Democrats" typed a person
    if label == "ORG" and len(span) > 2 and texts[span.start] == "State" and span[1].lower_ == "of" and _state_named(span[2:]):
        return _to(span, "GPE")  # "the State of Texas", "the State of Israel": the place itself
    if label in ("PERSON", "GPE", "LOC", "FAC") and len(span) > 1 and _outlet_or_coop(span):
        return _to(span, "ORG")  # "Cornwall Live", "Tipperary Co-op"
    if label not in NAME_LABELS or label == "NORP":
        return span
    # both tests need two words; list reads, no Token per word
    start, end = span.start, span.end
    words = (
        [w for w, low in zip(doc_words(span.doc)[start:end], doc_lowers(span.doc)[start:end]) if low != "the"]
        if end - start > 1
        else []
    )
    if len(words) > 1 and label != "FAC" and (words[-1] in FAC_ENDINGS or words[-2:-1] == ["Detention"]):
        return _to(span, "FAC")  # "Covenant Children's Hospital", "the Metropolitan Detention Center"
    if len(words) > 1 and label != "ORG" and words[-1] in FIRM_ENDINGS:
        return _to(span, "ORG")  # "Mistral AI", "Moderna Therapeutics"
    if label != "ORG" and (_in_journal(span) or _has_org_possession(span)):
        return _to(span, "ORG")
    if label in ("PERSON", "GPE", "LOC") and _firm_possession(span):
        return _to(span, "ORG")
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _product_before(span):
        return _to(span, "PRODUCT")  # "the H20 chip", "the Nipah virus": a product or a germ, no mention
    if label in ("ORG", "GPE", "NORP") and _movement_adjective(span):
        return _to(span, "NORP")  # "the Peronist alliance", "the country's largest Islamist party"
    if label in ("PERSON", "GPE", "LOC", "FAC") and _country_branch(span):
        return _to(span, "ORG")  # "Stanbic Ghana", "Greenpeace Africa": a firm or body's branch in a country
    if label != "ORG" and not ALLIANCE_WORDS.isdisjoint(doc_words(span.doc)[span.start : span.end]) and not _known_place(span):
        return _to(span, "ORG")  # "The Bloc Quebecois" (the model: a place or a work)
    if label == "PERSON" and (_owned_firm(span) or _named_after_org_noun(span)) and not _known_place(span):
        return _to(span, "ORG")  # "shareholders of Teck", "the state water authority, Wody Polskie,"
    if label in PLACE_LABELS and not _known_place(span):
        if _bought(span):
            return _to(span, "ORG")  # "by buying Nuvia"
        if _prize(span):
            return _to(span, "WORK_OF_ART")  # "won the Golden Lion"
    if label in ("ORG", "GPE") and _unknown_demonym(span):
        return _to(span, "NORP")  # "the Valencian president"
    return span


def _hyphen_place(span: Span, taken: set[int]) -> Span | None:
    """The longer known place a name runs into by hyphens ("Stoke-on-Trent", "Aix-en-Provence"), or None."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc_words(doc)[end] != "-" or span.label_ not in NAME_LABELS or span[-1].whitespace_:
        return None  # the word after first: a list read, and most names are followed by no hyphen
    stop = end
    while (
        stop < len(doc)
        and stop - end < MAX_HYPHEN_TOKENS
        and stop not in taken
        and not doc[stop - 1].whitespace_
        and (doc[stop].is_alpha or doc[stop].text == "-")
    ):
        stop += 1
    for last in range(stop, end + 1, -1):  # longest known name first
        grown = Span(doc, span.start, last, label="GPE")
        if doc[last - 1].text != "-" and (gazetteer.place_candidates(grown.text) or gazetteer.is_town(grown.text)):
            return grown
    return None


def _known_place(span: Span) -> bool:
    text = span_text(span).removeprefix("the ").removeprefix("The ")
    return bool(gazetteer.place_candidates(text)) or gazetteer.is_town(text) or gazetteer.fold(text) in gazetteer.world_areas()


def _bought(span: Span) -> bool:
    """True after "buying" / "a stake in" / "the takeover of" / "rival"."""
    doc = span.doc
    before = lower_words(doc, max(span.start - 2, 0), span.start)
    return bool(before) and (before[-1] in BUY_VERBS | RIVALS or tuple(before) in BUY_PHRASES)


def _prize(span: Span) -> bool:
    """True for "won the Golden Lion": a place-like name right after "won the" is a prize."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    if start == span.start and (span.start == 0 or doc[span.start - 1].lower_ != "the"):
        return False
    verb = start - 2
    return verb >= 0 and doc[verb].lower_ in WIN_VERBS


def _unknown_demonym(span: Span) -> bool:
    """True for a one-word adjective of a place before "president"/"government": "the Valencian president"."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not doc_words(doc)[span.start].endswith(DEMONYM_ENDINGS):
        return False
    nxt = doc[span.end]
    return (
        nxt.is_lower
        and (nxt.lower_ in GROUP_AFTER or nxt.lower_ in RANK_TITLES)
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.place_candidates(span_text(span))
    )


def _unknown_code(span: Span) -> bool:
    """True for a short all-caps "place" no gazetteer knows: "an AI firm" (the model: GPE)."""
    return (
        len(span) == 1
        and span.label == GPE
        and (text := span_text(span)).isupper()  # the text only for a one-word GPE: spaCy joins the tokens again
        and len(text) <= 3
        and not gazetteer.place_candidates(text)
        and not gazetteer.lookup_org(text)
    )


def _to(span: Span, label: str) -> Span:
    return Span(span.doc, span.start, span.end, label=label)


def _outlet_or_coop(span: Span) -> bool:
    """A place's news site ("Cornwall Live", "Devon Live") or a co-operative ("Tipperary Co-op")."""
    text = span_text(span)
    if text.endswith(("Co-op", "Co-Op", "Cooperative", "Co-operative")):
        return True
    return span[-1].text == "Live" and bool(gazetteer.place_candidates(span[: -1].text))


def _state_named(words: Span) -> bool:
    """True for a country or a US state by its name: "Texas", "Israel"."""
    key = gazetteer.fold(words.text)
    return key in gazetteer.countries() or key in gazetteer.us_states()


def _party(doc: Doc, start: int, end: int, taken: set[int]) -> Span:
    """An ORG from a party plural, grown over the modifiers before it ("Social" + "Democrats")."""
    while start > 0 and start - 1 not in taken and doc[start - 1].text in PARTY_MODIFIERS and end - start < MAX_PARTY_TOKENS:
        start -= 1
    return Span(doc, start, end, label="ORG")


def _untagged_parties(doc: Doc, taken: set[int]) -> list[Span]:
    """Party plurals NER did not tag at all: "the Greens will govern"."""
    out = []
    for i in token_positions(doc, PARTY_PLURALS):
        if i not in taken:
            span = _party(doc, i, i + 1, taken)
            if span_text(span) in VOTER_PLURALS:
                continue
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


def _in_journal(span: Span) -> bool:
    """True for "reported in Nature", "writing in The Lancet" when the name is no known place."""
    lowers = doc_lowers(span.doc)  # list reads: no Token per name
    if span.start < 2 or lowers[span.start - 1] != "in" or lowers[span.start - 2] not in PUBLISH_VERBS:
        return False
    text = span_text(span).removeprefix("the ")
    return not gazetteer.place_candidates(text) and not gazetteer.is_town(text)


def _has_org_possession(span: Span) -> bool:
    """True for "Chega, whose leader": a name followed by "whose" and a word only organisations have."""
    if span.label != PERSON or len(span) != 1:
        return False  # the label first: the words after only for a one-word person
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    return (
        i + 1 < len(doc)
        and doc[i].lower_ == "whose"
        and doc[i + 1].lower_ in ORG_POSSESSIONS
    )


def _firm_possession(span: Span) -> bool:
    """True for "Anglo's chief executive" or "McLaren chief executive Zak Brown": a name that employs a chief."""
    lowers = doc_lowers(span.doc)  # list reads: no Token per word
    i = span.end + (span.end < len(lowers) and lowers[span.end] in ("'s", "\u2019s"))
    after = tuple(lowers[i : i + 2])
    if not (after[:1] in FIRM_POSSESSIONS or after[:2] in FIRM_POSSESSIONS):
        return False
    text = span_text(span)
    return not gazetteer.place_candidates(text) and not gazetteer.is_town(text) and not gazetteer.lookup_demonym(text)


def _country_branch(span: Span) -> bool:
    """True for "Safaricom Ethiopia", "Stanbic Ghana": unknown capitalised words then a country or continent."""
    if len(span) < 2:
        return False  # a firm's name and a country: two words at least
    texts, lowers = doc_words(span.doc), doc_lowers(span.doc)  # list reads: no Token per word
    kept = [i for i in range(span.start, span.end) if lowers[i] != "the"]
    if not 2 <= len(kept) <= 5 or not texts[span.end - 1][:1].isupper():
        return False
    for cut in range(1, len(kept)):
        tail = gazetteer.fold(" ".join(texts[i] for i in kept[cut:]))
        if tail in gazetteer.countries() or (tail in gazetteer.world_areas() and tail not in COMPASS):
            break
    else:
        return False
    lead = [texts[i] for i in kept[:cut]]
    return (
        not _known_place(span)
        and all(w[:1].isupper() for w in lead)
        and lowers[kept[0]] not in _QUALIFIER_OR_TITLE
        and lowers[kept[0]] != "great"  # "the Great Karoo", "Great Barrier Island": a place's own name
        and not span.doc[kept[0]].is_stop  # "Around Mayon Volcano" opening a sentence
        and not is_first_name(lead[0])
        and not any(gazetteer.place_candidates(w) or gazetteer.lookup_demonym(w) for w in lead)
    )


def _owned_firm(span: Span) -> bool:
    """True after "shareholders of" / "a stake in" / "the owner of": a firm, not a person."""
    before = tuple(doc_lowers(span.doc)[max(span.start - 2, 0) : span.start])
    return before in OWNED_PHRASES and not is_first_name(doc_words(span.doc)[span.start])


def _named_after_org_noun(span: Span) -> bool:
    """True for "the state water authority, Wody Polskie, said": a name set off after an organisation noun."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    head = doc[span.start - 2]
    return (
        head.is_lower
        and head.lower_ in ORG_NOUNS
        and not is_first_name(span[0].text)
    )


def _product_before(span: Span) -> bool:
    """True for a name right before a product or germ noun ("the H20 chip") that is no known organisation or place."""
    doc = span.doc
    if span.end >= len(doc) or doc_lowers(doc)[span.end] not in PRODUCT_NOUNS or not doc[span.end].is_lower:
        return False
    text = span_text(span).removeprefix("the ").removeprefix("The ")
    return not gazetteer.lookup_org(text) and not _known_place(span) and not gazetteer.lookup_demonym(text)


def _movement_adjective(span: Span) -> bool:
    """True for one "-ist" word before a lower-case noun ("the Peronist alliance"): a movement's adjective."""
    if "ist" not in span_text(span):
        return False  # no "-ist" word: no word list to build
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) == 1
        and words[0].text.endswith("ist")
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].is_alpha
        and not gazetteer.lookup_org(words[0].text)
    )


# last words that make a name an organisation in news ("Manitoba Hydro", "Western Cape High Court", "Keystone Edge
# Partners"); facility words (Centre, Museum, Airport, School, Hospital) are left out: they name buildings as often
ORG_HEADS = frozenset(
    {
        "Agency", "Airlines", "Airways", "Alliance", "Assembly", "Association", "Authority", "Board", "Capital",
        "Commission", "Confederacy", "Confederation", "Co-operative", "Cooperative", "Corporation", "Council",
        "Court", "Department", "Electric", "Energy", "Federation", "Foundation", "Gas", "Holdings", "Hydro",
        "Industries", "Institute", "Jury", "Legislature", "Mining", "Ministry", "Motors", "Partners", "Petroleum",
        "Plantations", "Police", "Power", "Rail", "Resources", "Schools", "Secretariat", "Service", "Services",
        "Society", "Telecom", "Transit", "Tribunal", "Undersecretariat", "Union", "University", "Water",
    }
)


def _first_name_lead(span: Span) -> bool:
    """A first name no place or firm bears leads the name ("Jillian"; not "Georgia" of "Georgia Power")."""
    lead = span[0].text
    return is_first_name(lead) and not gazetteer.place_candidates(lead) and not gazetteer.lookup_org(span_text(span))


def org_heads(spans: list[Span]) -> list[Span]:
    """Names of two words or more ending in an organisation word are ORG, whatever NER called them."""
    return [_to(s, "ORG") if _org_head(s) else s for s in spans]


# the same words ending names in Dutch, German, French, Italian, Spanish and Polish, compounds included
# ("Groninger Bodembeweging", "Nederlandse Aardolie Maatschappij", "Deutsche Forschungsgemeinschaft")
FOREIGN_ORG_ENDINGS = (
    "maatschappij", "beweging", "vereniging", "stichting", "partij", "gesellschaft", "gemeinschaft", "verband",
    "verein", "partei", "genossenschaft", "confédération", "fédération", "syndicat", "mouvement", "associazione",
    "movimento", "asociación", "federación", "cooperativa", "stowarzyszenie", "fundacja", "spółka",
)


# last words of sports clubs and governing bodies: "Newcastle United", "Nemo Rangers", "Cork GAA", "Leinster Rugby"
CLUB_ENDINGS = frozenset(
    {"United", "Rovers", "Rangers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC", "RFC", "CF", "GAA",
     "Rugby", "Cricket", "Football", "Basketball", "Netball", "Hockey"}
)


# organisation words that are also surnames: "Jillian Power", "Margaret Court"
SURNAME_HEADS = frozenset({"Power", "Court"})


def _org_head(span: Span) -> bool:
    if span.label not in (PERSON, GPE, LOC, FAC):
        return False
    last = doc_words(span.doc)[span.end - 1]  # list reads: no Token per name
    if last not in ORG_HEADS and last not in CLUB_ENDINGS and not doc_lowers(span.doc)[span.end - 1].endswith(FOREIGN_ORG_ENDINGS):
        return False
    if span.label == PERSON and len(span) == 2 and last in SURNAME_HEADS and _first_name_lead(span):
        return False
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[0].text[:1].isupper() and not _known_place(span)


MAX_HEAD_RUN = 3


def place_led_orgs(spans: list[Span]) -> list[Span]:
    """A place NER cut off before title-case words ending in an organisation word is the organisation:
    "Western Cape" + "High Court", "Johannesburg" + "City Council"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [_grown_org(s, taken) or s for s in spans]


def _grown_org(span: Span, taken: set[int]) -> Span | None:
    if span.label not in (GPE, LOC):
        return None
    doc, end = span.doc, span.end
    while end < len(doc) and end not in taken and end - span.end < MAX_HEAD_RUN and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == span.end or doc[end - 1].text not in ORG_HEADS or (end < len(doc) and doc[end].is_title):
        return None
    return Span(doc, span.start, end, label="ORG")


# a place and a body's acronym is the body's local branch ("Kamloops RCMP", "Kerry GAA"); a US state and a chamber
# or "State" is the legislature or the university ("Minnesota House", "Ohio State")
BODY_TAILS = frozenset({"RCMP", "OPP", "PSNI", "GAA", "FC", "AFC", "RFC", "NHS", "SAPS"})
CHAMBER_TAILS = frozenset({"House", "Senate", "Assembly", "Legislature", "State"})
_STATES_NAMED_SO = frozenset({"Washington", "New York"})  # "Washington State", "New York State": the states


def place_bodies(spans: list[Span]) -> list[Span]:
    """A place followed by a body's acronym, or a US state by a chamber or "State", is an ORG."""
    return [_to(s, "ORG") if _place_body(s) else s for s in spans]


def _place_body(span: Span) -> bool:
    if len(span) < 2 or span.label not in (PERSON, GPE, LOC, FAC):
        return False
    words = doc_words(span.doc)
    last = words[span.end - 1]
    if last not in BODY_TAILS and last not in CHAMBER_TAILS:
        return False  # most spans: the last word decides before any lookup
    head = " ".join(words[span.start : span.end - 1])
    if last in BODY_TAILS:
        return bool(gazetteer.place_candidates(head) or gazetteer.is_town(head))
    return gazetteer.fold(head) in gazetteer.us_states() and not (last == "State" and head in _STATES_NAMED_SO)


# "Fine Gael TD Noel McCarthy", "Plaid Cymru leader Rhun": a known party or body, a member's title, the person
MEMBER_TITLES = TITLES | frozenset(
    {"td", "mp", "mep", "mla", "msp", "mpp", "mna", "mha", "mk", "councillor", "councilor", "lawmaker", "legislator"}
)
MAX_ORG_PREFIX = 4


def orgs_before_titles(spans: list[Span]) -> list[Span]:
    """A known organisation before a member's title and a person is its own ORG, not the person's first words."""
    if not spans or not any(s.label == PERSON for s in spans):
        return spans
    titles = set(token_positions(spans[0].doc, MEMBER_TITLES, LOWER))
    if not titles:
        return spans
    inner = [s.label == PERSON and len(s) > 2 and not titles.isdisjoint(range(s.start + 1, s.end - 1)) for s in spans]
    if not any(inner) and not any(s.label == PERSON and s.start - 1 in titles for s in spans):
        return spans
    out = [part for s, hit in zip(spans, inner) for part in (_split_org_title_person(s) if hit else [s])]
    taken = {i for s in out for i in range(s.start, s.end)}
    out.extend(
        org
        for s in out
        if s.label == PERSON and s.start - 1 in titles and (org := _untagged_org_before(s, taken)) is not None
    )
    return sorted(out, key=lambda s: s.start)


def _split_org_title_person(span: Span) -> list[Span]:
    if span.label != PERSON or len(span) < 3:
        return [span]
    for k in range(min(len(span) - 2, MAX_ORG_PREFIX), 0, -1):
        if span[k].lower_ not in MEMBER_TITLES or not span[0].text[:1].isupper():
            continue
        prefix = span[:k]
        if gazetteer.lookup_org(prefix.text) is None or gazetteer.place_candidates(prefix.text):
            continue
        rest = k + 1
        while rest < len(span) and span[rest].lower_ in MEMBER_TITLES:
            rest += 1
        if rest < len(span) and span[rest].is_title:
            doc = span.doc
            return [Span(doc, prefix.start, prefix.end, label="ORG"), Span(doc, span.start + rest, span.end, label="PERSON")]
    return [span]


def _untagged_org_before(person: Span, taken: set[int]) -> Span | None:
    doc, title = person.doc, person.start - 1
    if title < 1 or doc[title].lower_ not in MEMBER_TITLES or title in taken:
        return None
    first = title
    while first > 0 and title - first < MAX_ORG_PREFIX and first - 1 not in taken and doc[first - 1].text[:1].isupper():
        first -= 1  # the untagged capitalised words right before the title
    for start in range(first, title):
        run = doc[start:title]
        if gazetteer.lookup_org(run.text) is not None and not gazetteer.place_candidates(run.text):
            taken.update(range(start, title))
            return Span(doc, start, title, label="ORG")
    return None


# first words of organisations' names in Romance, German and Dutch news copy: "Banco Base", "Grupo Bimbo", "Raad van
# State", "Conseil du Café-Cacao" (all ORG on the tuning golds); "Junta", "Union" and "Front" also lead place names
ORG_LEADS = frozenset(
    {
        "Agence", "Agencia", "Agência", "Alianza", "Asamblea", "Assemblée", "Autoridad", "Autorité", "Banca", "Banco",
        "Banque", "Bundesamt", "Caixa", "Cámara", "Comisión", "Comissão", "Companhia", "Compañía", "Confederación",
        "Confédération", "Conseil", "Consejo", "Conselho", "Contraloría", "Corporación", "Crédit", "Defensoría",
        "Empresas", "Federación", "Fédération", "Fiscalía", "Fundación", "Fundação", "Groupe", "Grupo", "Gruppo",
        "Institut", "Instituto", "Ministerio", "Ministério", "Movimiento", "Movimento", "Partido", "Partito",
        "Procuraduría", "Raad", "Registraduría", "Secretaría", "Sindicato", "Sociedad", "Société", "Stichting",
        "Stiftung", "Superintendencia", "Syndicat", "Tribunal", "Universidad", "Universidade", "Universität",
        "Vereniging",
        # Welsh and Irish schools, colleges and councils: "Ysgol Bro Preseli", "Coleg Cambria", "Cyngor Gwynedd"
        "Ysgol", "Coleg", "Prifysgol", "Cyngor", "Gaelscoil", "Coláiste",
        # firms by their trade: "Laboratoires Rhodane", "Cementos Sierra Madre", "Energías del Nervión"
        "Laboratoires", "Laboratoire", "Laboratorios", "Laboratórios", "Laboratori", "Cementos", "Cimentos", "Ciments",
        "Cementi", "Energías", "Industrias", "Indústrias", "Construcciones", "Construtora", "Transportes", "Cervecería",
        "Cervejaria", "Bodegas", "Aceros", "Productos", "Alimentos", "Éditions", "Editora", "Editrice", "Compagnie",
        "Compagnia", "Fabbrica", "Officine", "Distillerie", "Fromagerie", "Seguros", "Cooperativa", "Coopérative",
        "Inversiones", "Supermercados", "Almacenes", "Aerolíneas", "Astilleros", "Chantiers", "Établissements",
        "Mutuelle", "Sparkasse", "Ferrocarriles", "Petróleos", "Siderúrgica", "Tecnologías", "Ébénisterie", "Chez",
        # eateries, wine estates and museums of travel pages: "Osteria Zanotti", "Quinta do Vale Fundo", "Museu do Douro"
        "Osteria", "Trattoria", "Ristorante", "Taverna", "Taberna", "Tasca", "Gostilna", "Gostišče", "Konoba", "Warung",
        "Bistro", "Bistrot", "Brasserie", "Café", "Cafe", "Caffè", "Enoteca", "Pizzeria", "Restaurante", "Cantina",
        "Churrascaria", "Marisquería", "Pasticceria", "Gelateria", "Salumificio", "Cidrerie", "Pâtisserie",
        "Boulangerie", "Quinta", "Finca", "Museu", "Museo", "Musée", "Muzeum", "Muzej",
    }
)


def org_leads(spans: list[Span]) -> list[Span]:
    """Names of two words or more opening with a Romance, German or Dutch organisation word are ORG; so is a lone
    PERSON word that is the rest of such a two-word name in the doc ("Rhodane" after "Laboratoires Rhodane") and of
    no person's name there."""
    led = [_org_lead(s) for s in spans]
    if not any(led):
        return spans
    rests = {s[-1].text for s, is_led in zip(spans, led) if is_led and len(s) == 2}
    people = {t.text for s, is_led in zip(spans, led) if s.label == PERSON and len(s) > 1 and not is_led for t in s}
    return [
        _to(s, "ORG")
        if is_led or (s.label == PERSON and len(s) == 1 and s[0].text in rests and s[0].text not in people)
        else s
        for s, is_led in zip(spans, led)
    ]


def _org_lead(span: Span) -> bool:
    if len(span) < 2 or span.label not in (PERSON, GPE, LOC, FAC):
        return False
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[0].text in ORG_LEADS and not _known_place(span)


def people_named_like_firms(spans: list[Span]) -> list[Span]:
    """A PERSON holding two listed firm names ("GoTo Gojek Tokopedia"), or one listed firm name no person in the doc
    bears is ORG: NER reads unknown brand names as people."""
    if not spans:
        return spans
    firm_words = set(token_positions(spans[0].doc, _one_word_firms()))  # exact case, as the ruler lists them
    if not firm_words:
        return spans
    found = [k for k, s in enumerate(spans) if _firm_like(s, firm_words)]
    if not found:
        return spans
    name_words = {t.text for s in spans if s.label == PERSON and len(s) > 1 and not _all_firm_words(s) for t in s}
    out = list(spans)
    for k in found:
        if _firm_named(out[k], name_words):
            out[k] = _to(out[k], "ORG")
    return out


def _firm_like(span: Span, firm_words: set[int]) -> bool:
    """Cheap test first: one listed firm name as a PERSON, or two listed firm names in a person or place."""
    if span.label not in (PERSON, FAC, GPE, LOC):
        return False
    hits = len(firm_words.intersection(range(span.start, span.end)))
    if span.label == PERSON and len(span) == 1:
        return hits == 1
    return hits >= 2


@lru_cache(maxsize=1)
def _one_word_firms() -> frozenset[str]:
    """One-word names of the ruler's lists (curated organisations and listed companies), exact case."""
    names = set(gazetteer.ruler_phrases()["ORG"])
    return frozenset(n for n in names if " " not in n and "-" not in n)


def _firm_named(span: Span, name_words: set[str]) -> bool:
    if span.label != PERSON:
        return not _known_place(span)  # "the merger of GoTo Gojek Tokopedia" (the model: a facility)
    if (len(span) == 1 and span_text(span) in name_words) or is_first_name(span[0].text) or _known_place(span):
        return False
    doc = span.doc
    return not (span.start > 0 and doc[span.start - 1].lower_ in PERSON_TITLES)  # "Mr Suzuki"


def _all_firm_words(span: Span) -> bool:
    """Two listed firm names or more among the words: a group's joined brands, which a person never bears."""
    return len(span) > 1 and sum(_listed_firm(t.text) for t in span) >= 2


@lru_cache(maxsize=4096)
def _listed_firm(text: str) -> bool:
    """A name the ruler lists (curated organisations and listed companies), not a lookup-only one."""
    key = gazetteer.fold(text)
    return key in gazetteer.curated_organizations() or (
        key in gazetteer.organizations() and key not in gazetteer.lookup_only_organizations()
    )


MIN_SHORT_NAME, MAX_SHORT_NAME = 3, 12


def defined_short_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A short name defined as "the Vietnam Coffee and Cocoa Association (Vicofa)" is an ORG wherever it occurs."""
    names = {doc[s.end + 1].text for s in spans if _defines_short_name(s, lex)}
    if not names:
        return spans
    spans = [_to(s, "ORG") if span_text(s) in names and s.label != ORG else s for s in spans]
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [Span(doc, i, i + 1, label="ORG") for i in token_positions(doc, frozenset(names)) if i not in taken]
    return sorted(spans, key=lambda s: s.start)


def _defines_short_name(span: Span, lex: Lexicon) -> bool:
    doc = span.doc
    if len(span) < 2 or span.end + 2 >= len(doc) or span.label != ORG:
        return False
    if doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return False
    short = doc[span.end + 1]
    return (
        short.is_title
        and short.is_alpha
        and MIN_SHORT_NAME <= len(short) <= MAX_SHORT_NAME
        and not lex.is_noun(short.lower_)
        and short.lower_ not in lex.verbs
        and not is_first_name(short.text)
        and not gazetteer.place_candidates(short.text)
        and not gazetteer.lookup_demonym(short.text)
    )


# "its Marinela and Tía Rosa brands", "the Nedbank and Absa banks": names right before these nouns are firms or bodies
ORG_KIND_NOUNS = frozenset(
    {
        "brand", "brands", "bank", "banks", "lenders", "carriers", "airlines", "insurers", "miners", "retailers",
        "companies", "firms", "startups", "start-ups", "chains", "labels", "publishers", "broadcasters",
        "carmakers", "automakers", "unions", "parties", "clubs", "franchises", "outfits",
    }
)


def names_before_org_nouns(spans: list[Span]) -> list[Span]:
    """Names listed right before a firm noun ("its Marinela and Tía Rosa brands") are ORG, not people or places."""
    if not spans or not token_positions(spans[0].doc, ORG_KIND_NOUNS):
        return spans  # exact case: the nouns are lower-case after a name
    out = list(spans)
    for k, s in enumerate(out):
        if s.label not in (PERSON, GPE, LOC, FAC):
            continue
        j, end = k, s.end
        while j + 1 < len(out) and out[j + 1].label_ in NAME_LABELS and _joined_in_list(s.doc, end, out[j + 1].start):
            j, end = j + 1, out[j + 1].end  # "Marinela and Tía Rosa brands": the last name says it for all
        if end < len(s.doc) and s.doc[end].lower_ in ORG_KIND_NOUNS and s.doc[end].is_lower and not _known_place(s):
            out[k] = _to(s, "ORG")
    return out


def _joined_in_list(doc: Doc, end: int, start: int) -> bool:
    if not 1 <= start - end <= 2:
        return False
    return [t.text for t in doc[end:start]] in (["and"], [","], ["or"], [",", "and"], ["&"])


# "Bimbo's shares rose", "owned by Mars, the American confectionery company": only a firm has these
FIRM_OWNINGS = frozenset({"shares", "stock", "profit", "profits", "revenue", "revenues", "earnings", "ceo", "chief"})
APPOSITION_OPENERS = frozenset({"the", "a", "an"})
FIRM_HEADS = ORG_BEFORE | frozenset({"company", "firm", "group", "producer", "maker", "bank", "miner", "conglomerate"})
MAX_APPOSITION = 8
CITY_CUES = frozenset({"in", "near", "of", "outside", "around", "from", "to", "at"})


def firms_named_like_places(spans: list[Span]) -> list[Span]:
    """A town or region name that owns shares or is set off as "the ... company" names a firm in this story, and
    so does every mention of it not led by "in", "near" or "from"."""
    firms = {span_text(s) for s in spans if s.label in (GPE, LOC) and _firm_cue(s) and not _country_name(span_text(s))}
    if not firms:
        return spans
    out = []
    for s in spans:
        prev = s.doc[s.start - 1].lower_ if s.start > 0 else ""
        if s.label in (GPE, LOC) and span_text(s) in firms and prev not in CITY_CUES:
            s = _to(s, "ORG")
        out.append(s)
    return out


def _country_name(text: str) -> bool:
    key = gazetteer.fold(text)
    return key in gazetteer.countries() or key in gazetteer.world_areas()


def _firm_cue(span: Span) -> bool:
    doc, end = span.doc, span.end
    lowers = doc_lowers(doc)  # list reads: no Token for the tests of every name
    if end + 1 < len(doc) and lowers[end] in ("'s", "\u2019s") and lowers[end + 1] in FIRM_OWNINGS:
        return end + 2 >= len(doc) or lowers[end + 2] != "of"  # not "Detroit's share of the market"
    if end + 2 >= len(doc) or doc_words(doc)[end] != "," or lowers[end + 1] not in APPOSITION_OPENERS:
        return False
    head = None
    for tok in doc[end + 2 : end + 2 + MAX_APPOSITION]:
        if (tok.is_punct and tok.text != "-") or tok.lower_ in ("that", "which", "who", "whose", "with", "in", "of", "based"):
            break
        head = tok
    return head is not None and head.is_lower and head.lower_ in FIRM_HEADS


# a museum or an observatory that speaks, holds or lends is the institution, which the golds then type ORG
INSTITUTION_HEADS = frozenset({"Museum", "Observatory"})
AGENT_AFTER = frozenset({"said", "says", "told", "announced", "added", "confirmed", "returned", "holds", "is", "has",
                         "will", "would", "(", "\u2019s", "'s"})
AGENT_BEFORE = frozenset({"by", "of"})


def museums_as_bodies(spans: list[Span]) -> list[Span]:
    """"the Pitt Rivers Museum said", "lent by the British Museum", "the SKA Observatory (SKAO)" typed as sites are
    ORG; a museum named as a building ("at the Tang Teaching Museum", "opened the X Museum") stays a site."""
    return [_to(s, "ORG") if s.label_ in PLACE_LABELS and _institution_name(s) and _agent_use(s) else s for s in spans]


HOSPITAL_HEADS = frozenset({"Hospital", "Hospitals", "Infirmary"})
# a centre that is a body, not a building: "Hydrologic Forecast Centre", "Wales Governance Centre", "Sunnybrook Health
# Sciences Centre" (not "Civic Centre", "Space Center", "Shopping Centre": sites on the golds)
BODY_CENTRE_WORDS = frozenset(
    {"Forecast", "Governance", "Security", "Sciences", "Research", "Care", "Hospital", "Health", "Medical", "Warning",
     "Management", "Planet", "Heritage", "Friendship", "Cancer", "Meteorological", "Dispatch", "Despatch", "Refugee",
     "Job", "Technical", "Engineering", "Prevention", "Service", "Services", "Workers", "Policy", "Coordination",
     "Data", "Hurricane", "Studies", "Information", "Legal", "Rehabilitation", "Treatment", "Poison"}
)
_CENTRES = frozenset({"Centre", "Center"})


def hospitals_as_bodies(spans: list[Span]) -> list[Span]:
    """A named hospital is an institution (ORG), as most golds write it ("Cairns Hospital", "Cork University
    Hospital"), whether the model or a rule made a site of it; so is a centre named for what its staff do."""
    if not spans:
        return spans
    words = doc_words(spans[0].doc)  # list reads: no Token per span
    return [_to(s, "ORG") if s.label_ in PLACE_LABELS and _body_head(words, s) else s for s in spans]


def _body_head(words: list[str], span: Span) -> bool:
    last = words[span.end - 1]
    if last in HOSPITAL_HEADS:
        return True
    return last in _CENTRES and any(w in BODY_CENTRE_WORDS for w in words[span.start : span.end - 1])


def _institution_name(span: Span) -> bool:
    doc = span.doc  # the words by index: no Span slice
    return doc[span.end - 1].text in INSTITUTION_HEADS or any(doc[i].text == "Museum" for i in range(span.start, span.end - 1))


def _agent_use(span: Span) -> bool:
    doc, i = span.doc, span.start
    if span[0].lower_ != "the" and i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    nxt = lower_words(doc, span.end, span.end + 2)
    return (i > 0 and doc[i - 1].lower_ in AGENT_BEFORE) or nxt[:1] and (
        nxt[0] in AGENT_AFTER or nxt in ([",", "which"], [",", "who"])
    )


# descriptor words only a firm's name ends with: "Jindal Steel International", "Eve Air Mobility", "Grab Holdings"
FIRM_TAILS = frozenset(
    {
        "International", "Group", "Holdings", "Holding", "Mobility", "Communications", "Refinery", "Steel", "Energy",
        "Capital", "Partners", "Airways", "Airlines", "Motors", "Petroleum", "Mining", "Resources", "Industries",
        "Logistics", "Pharma", "Foods", "Brands", "Insurance", "Telecom", "Investments", "Securities", "Finance",
        "Financial", "Healthcare", "Electronics", "Technology", "Technologies", "Services", "Ventures", "Labs",
        "Systems", "Networks", "Automotive", "Aerospace", "Shipping", "Properties", "Realty", "Chemicals", "Cement",
        "Minerals", "Metals", "Semiconductor", "Semiconductors", "Therapeutics", "Pharmaceuticals", "Robotics",
        "Biotech", "Entertainment", "Studios", "Corporation", "Corp", "Inc", "Ltd", "Limited", "Plc", "LLC", "AG", "SA", "SE",
        "Coal", "Enterprises", "Loans", "Mobile", "Wireless",
        "Dairy", "Maritime", "Subsea", "Offshore", "Tankers", "Textiles", "Biosciences", "Biopharma", "Bancorp",
        "Brewing", "Breweries", "Beverages", "Renewables", "Fisheries", "Seafoods", "Fertilisers", "Fertilizers",
        "Plastics", "Packaging", "Engineering", "Berhad", "Bhd", "Tbk", "Oyj", "ASA", "SpA",
        # studios and labels of culture and tech news: "Brightwater Games", "Hollow Pine Studio", "Nordlys Esports"
        "Computing", "Games", "Gaming", "Esports", "Films", "Pictures", "Productions", "Records", "Publishing",
        "Interactive", "Software", "Animation", "Studio",
        # trades in other languages: "Naniwa Denki", "Ege Tekstil", "Frigovale Alimentos"
        "Denki", "Kogyo", "Sangyo", "Shoji", "Seiyaku", "Tekstil", "Alimentos", "Textil", "Privatbank", "Landesbank",
        "Kantonalbank", "Sparkasse", "Nickel", "Lithium", "Cobalt", "Uranium",
        # tech and retail firms: "Nimbra Cloud", "Kwela Stores", "Revontuli Quantum", "Kāhu Orbital"
        "Cloud", "Stores", "Quantum", "Orbital", "Payments", "Analytics", "Photonics", "Genomics", "Fintech",
    }
)
# a shop's or a venue business's head noun: "Tiny Acorn Books", "Genesis Cinemas", "Glenholme Superette"
SHOP_TAILS = frozenset(
    {
        "Books", "Bookshop", "Bookstore", "Cinemas", "Superette", "Megastore", "Bakery", "Pharmacy", "Brewery",
        "Distillery", "Winery", "Supermarket", "Supermarkets", "Grocers", "Grocery", "Outfitters", "Jewellers",
        "Jewelers", "Florist", "Florists", "Cafe", "Café", "Diner", "Bistro", "Tavern", "Salon", "Barbers",
        "Hardware", "Butchers", "Boutique", "Pizzeria", "Trattoria", "Takeaway", "Bakehouse", "Creamery", "Roastery",
        "Roasters", "Cidery", "Patisserie", "Restaurant", "Restaurants", "Kitchen", "Eatery", "Wines", "Cellar",
        "Cellars", "Brasserie", "Osteria", "Taverna", "Steakhouse", "Smokehouse", "Soup", "Noodles", "Ramen", "Sushi",
        "Kebap", "Kebab", "Baklava", "Dumplings", "Grill", "Gukbap",
    }
)
# a German or Nordic compound ending in a trade: "Bremstechnik", "Stahlwerke", "Kreissparkasse" (five letters before
# it; not a bare "-bank": "Marchbank" and "Fairbank" are surnames)
_COMPOUND_FIRM_TAIL = re.compile(
    r"[A-ZÄÖÜÅØ][a-zäöüßåø]{4,}(?:technik|werke?|sparkasse|landesbank|kantonalbank|gruppe|chemie|logistik|"
    r"elektronik|versicherung|textil)"
)
# the words a shop named after its owner ends in, after the owner's "'s": "Van Dyk's Bakery", "Bibi's Kitchen"
_OWNED_SHOP_TAILS = SHOP_TAILS | {"Kitchen", "Deli", "Bar", "Pub", "Garage", "Store", "Shop", "Restaurant"}
# camel-case surnames: "McIlroy", "MacNeill", "DeWine", "AbdulRazaq"; other camel-case words are brands ("GoTo")
CAMEL_SURNAME_LEADS = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Abdul", "Fitz", "St", "Al", "El")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def owned_shops(spans: list[Span]) -> list[Span]:
    """A name, "'s" and a shop's word ending the name is the shop, an ORG: "Van Dyk's Bakery" (the model: the person
    "Van Dyk"), "Bibi's Kitchen"; not a known place's ("Ireland's Pub") nor one the name goes on after ("Trump's
    Kitchen Cabinet")."""
    out: list[Span] = []
    changed = False
    for s in spans:
        doc, end = s.doc, s.end
        words = doc_words(doc)  # list reads: no Token per span
        if (
            s.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC")
            and end + 1 < len(words)
            and words[end] in POSSESSIVE
            and words[end + 1] in _OWNED_SHOP_TAILS
            and not (end + 2 < len(doc) and doc[end + 2].is_title)
            and not gazetteer.place_candidates(span_text(s))
        ):
            s, changed = Span(doc, s.start, end + 2, label="ORG"), True
        out.append(s)
    if not changed:
        return spans
    return [s for i, s in enumerate(out) if not (i and out[i - 1].end > s.start)]  # the shop's word if it had a span


def _tail_kind(span: Span) -> str | None:
    """ "firm" for a name of two words or more ending in a firm's word, "shop" for one ending in a shop's, else None."""
    if len(span) < 2:
        return None
    word = span[-1].text
    if word in FIRM_TAILS or _COMPOUND_FIRM_TAIL.fullmatch(word):
        return "firm"
    return "shop" if word in SHOP_TAILS else None


def firm_shaped_people(spans: list[Span]) -> list[Span]:
    """A PERSON ending in a firm's descriptor word, or one camel-case word ("GoTo", "SalMar"), is ORG; so is a lone
    PERSON word that leads such a firm name in the doc when no person there bears it, or a lone "place" word that
    leads it and is no known place."""
    kinds = [_tail_kind(s) for s in spans]  # the shop relabelling below keeps every span's words
    firms = {s[0].text for s, kind in zip(spans, kinds) if s.label in (ORG, PERSON) and kind}
    if any(s.label_ in PLACE_LABELS and len(s) > 1 and s[-1].text in SHOP_TAILS for s in spans):
        spans = [_to(s, "ORG") if s.label_ in PLACE_LABELS and len(s) > 1 and s[-1].text in SHOP_TAILS else s for s in spans]
    if not firms and not any(s.label == PERSON and len(s) == 1 and _camel_brand(s[0].text) for s in spans):
        return spans
    people = {t.text for s, kind in zip(spans, kinds) if s.label == PERSON and len(s) > 1 and not kind for t in s}
    # a town names its distillery or bakery ("Midleton Distillery"); a firm's tail ("Alden Global Capital") says firm
    shops = firms - {s[0].text for s, kind in zip(spans, kinds) if s.label in (ORG, PERSON) and kind == "firm"}
    out = []
    for s, kind in zip(spans, kinds):
        if s.label == PERSON and (
            (kind and all(t.is_title or t.is_upper for t in s))
            or (len(s) == 1 and (_camel_brand(span_text(s)) or (span_text(s) in firms and span_text(s) not in people)))
        ):
            s = _to(s, "ORG")
        elif (
            s.label_ in PLACE_LABELS
            and len(s) == 1
            and (text := span_text(s)) in firms
            and not _place_word(text)
            and not (text in shops and gazetteer.is_town(text))
        ):
            s = _to(s, "ORG")  # "Austria's Erste Group" ... "Erste fell 4%": no gazetteer knows a place "Erste"
        out.append(s)
    return out


def _place_word(text: str) -> bool:
    return bool(gazetteer.place_candidates(text)) or gazetteer.fold(text) in gazetteer.world_areas()


def _camel_brand(word: str) -> bool:
    return bool(_CAMEL.fullmatch(word)) and not word.startswith(CAMEL_SURNAME_LEADS)


# "T.V.", "M.", "K.M.": one or two initials in a token, as people's names open ("V.O.S. Selections" has three)
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)?")
INITIALLED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def initialled_people(spans: list[Span]) -> list[Span]:
    """"T.V. Narendran", "M. Fanshurullah Asa" typed ORG or place: initials, then one to three plain capitalised
    words that name no organisation, place or facility, make a PERSON."""
    return [_to(s, "PERSON") if s.label_ in INITIALLED_LABELS and _initialled_name(s) else s for s in spans]


def _initialled_name(span: Span) -> bool:
    if "." not in span_text(span):
        return False  # initials have dots: no word list for the rest
    words = [t for t in span if t.lower_ != "the"]
    k = 0
    while k < min(len(words), 2) and _INITIALS.fullmatch(words[k].text):
        k += 1
    rest = words[k:]
    if not k or not 1 <= len(rest) <= 3 or not all(t.is_title and t.is_alpha for t in rest):
        return False
    if any(t.lower_ in ORG_NOUNS or t.lower_ in FAC_WORDS or t.text in FIRM_TAILS for t in rest):
        return False
    initials = words[0].text
    return not (
        gazetteer.lookup_org(span_text(span))
        or gazetteer.place_candidates(initials)
        or gazetteer.lookup_org(initials)
        or gazetteer.place_candidates(" ".join(t.text for t in rest))
    )
