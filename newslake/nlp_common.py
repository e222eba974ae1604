"""Common English words the model mistakes for names, told apart with the WordNet index its lemmatizer ships."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.nlp_words import SPEECH_VERBS, TITLES

EVENT_PLURALS = frozenset({"olympics", "paralympics", "championships", "awards", "nationals"})
# singular team nicknames after a city: "Miami Heat", "Melbourne Storm", "Minnesota Wild"
TEAM_SINGULARS = frozenset(
    {"Heat", "Thunder", "Magic", "Jazz", "Lightning", "Wild", "Galaxy", "Fever", "Storm", "Dynamo", "Crew", "Liberty"}
)

TEXT_KEY = "newslake_text"

# label ids: `span.label == PERSON` compares two ints, where `span.label_` looks the label's string up at every read
PERSON = get_string_id("PERSON")
NORP = get_string_id("NORP")
FAC = get_string_id("FAC")
ORG = get_string_id("ORG")
GPE = get_string_id("GPE")
LOC = get_string_id("LOC")
PRODUCT = get_string_id("PRODUCT")
EVENT = get_string_id("EVENT")
WORK_OF_ART = get_string_id("WORK_OF_ART")
LAW = get_string_id("LAW")
LANGUAGE = get_string_id("LANGUAGE")
DATE = get_string_id("DATE")
TIME = get_string_id("TIME")
PERCENT = get_string_id("PERCENT")
MONEY = get_string_id("MONEY")
QUANTITY = get_string_id("QUANTITY")
ORDINAL = get_string_id("ORDINAL")
CARDINAL = get_string_id("CARDINAL")


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy joins every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        # ner_process's EntityDoc (entities sent back from a child process) carries its text and no arrays
        text = doc.user_data[TEXT_KEY] = _joined_text(doc) if isinstance(doc, Doc) else doc.text
    return text


def text_lines(text: str) -> list[tuple[int, str]]:
    """Each line of the text with the offset it starts at."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


_BARE: dict[int, str] = {}  # ORTH/LOWER id -> the word: no Token per word
MAX_MEMO_WORDS = 500_000  # a long run sees ever new words (numbers, names): start the memo again past this


def _joined_text(doc: Doc) -> str:
    """`doc.text` from the doc's words and SPACY array: spaCy's own join makes a Token for every word."""
    return "".join([w + " " if spaced else w for w, spaced in zip(doc_words(doc), doc.to_array(SPACY).tolist())])


def name_spans(doc: Doc, name: str, label: str) -> list[Span]:
    """A span labelled `label` at each whole-word occurrence of `name` in the doc's text (none inside a longer or
    hyphened word, none that does not fall on token boundaries)."""
    pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    found = (doc.char_span(*m.span(), label=label) for m in re.finditer(pattern, doc_text(doc)))
    return [s for s in found if s is not None]


def overlay(spans: list[Span], new: list[Span]) -> list[Span]:
    """`new` spans in place of every span they overlap, in text order."""
    kept = [s for s in spans if not any(s.start < n.end and n.start < s.end for n in new)]
    return sorted(kept + new, key=lambda s: s.start)


def overlay_found(spans: list[Span], found: list[Span]) -> list[Span]:
    """`found` spans in place of every span they overlap; where the model already gave the same words the same label,
    its span stands (no list rebuilt when nothing is new)."""
    new = [f for f in found if not any((s.start, s.end, s.label_) == (f.start, f.end, f.label_) for s in spans)]
    return overlay(spans, new) if new else spans


def span_text(span: Span) -> str:
    """`span.text` sliced from the doc's text (built once per doc): spaCy joins the span's tokens at every access."""
    doc = span.doc
    last = _last_text
    text = last[1] if last[0] is doc else _remember_text(doc)
    return text[span.start_char : span.end_char]


def _remember_text(doc: Doc) -> str:
    global _last_text
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc_text(doc)
    _last_text = (doc, text)
    return text


# per-doc data of the rules lives under keys (INDEX_KEY, ...) in doc.user_data: the component drops them after the rules
INDEX_KEY = "newslake_token_index"
_WORDS_KEY = (INDEX_KEY, "words")
_LOWERS_KEY = (INDEX_KEY, "lowers")


# the rules read one doc's lists many thousand times in a row: the last doc's lists are kept beside it, so a read is an
# identity test, not a user_data lookup by a tuple key (one tuple per slot: swapped whole, safe across threads)
_last_words: tuple[Doc | None, list[str]] = (None, [])
_last_lowers: tuple[Doc | None, list[str]] = (None, [])
_last_text: tuple[Doc | None, str] = (None, "")


def doc_words(doc: Doc) -> list[str]:
    """Every token's text (`doc[i].text`), built once per doc: a list read makes no Token."""
    global _last_words
    last = _last_words
    if last[0] is doc:
        return last[1]
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = doc.user_data[_WORDS_KEY] = _strings(doc, ORTH)
    _last_words = (doc, words)
    return words


def doc_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form (`doc[i].lower_`), built once per doc."""
    global _last_lowers
    last = _last_lowers
    if last[0] is doc:
        return last[1]
    lowers = doc.user_data.get(_LOWERS_KEY)
    if lowers is None:
        lowers = doc.user_data[_LOWERS_KEY] = _strings(doc, LOWER)
    _last_lowers = (doc, lowers)
    return lowers


def token_ids(doc: Doc, attr: int) -> list[int]:
    """Every token's ORTH or LOWER id (`doc.to_array(attr)` as a list), read once per doc for the words and the
    token index alike: to_array costs about as much per token as the Python loops that use it."""
    ids = doc.user_data.get((INDEX_KEY, "ids", attr))
    if ids is None:
        ids = doc.user_data[(INDEX_KEY, "ids", attr)] = doc.to_array(attr).tolist()
    return ids


def _strings(doc: Doc, attr: int) -> list[str]:
    """The strings of one attribute's ids over the doc, through the memo (ORTH and LOWER ids are string hashes)."""
    ids = token_ids(doc, attr)
    out = list(map(_BARE.get, ids))
    if None in out:
        if len(_BARE) > MAX_MEMO_WORDS:
            _BARE.clear()
        strings = doc.vocab.strings
        for k, key in enumerate(ids):
            if out[k] is None:
                out[k] = _BARE[key] = strings[key]
    return out


def lower_words(doc: Doc, start: int, end: int) -> list[str]:
    """`[t.lower_ for t in doc[start:end]]` by token index, the same bounds as the slice: no Span made."""
    return doc_lowers(doc)[start:end]


@dataclass(frozen=True)
class Lexicon:
    """Lower-case WordNet nouns and verbs, plus the noun plural rules, from the model's lemmatizer tables."""

    nouns: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    plural_rules: tuple[tuple[str, str], ...] = ()
    plural_exceptions: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # lookups built once (the rules ask about the same words in every doc); not fields: equality stays the data's
        object.__setattr__(self, "_exceptions", dict(self.plural_exceptions))
        object.__setattr__(self, "_singulars", {})

    def singulars(self, word: str) -> set[str]:
        """The word and every singular its plural endings allow ("gunmen" -> "gunman", "fires" -> "fire")."""
        memo: dict[str, frozenset[str]] = self._singulars  # type: ignore[attr-defined]
        found = memo.get(word)
        if found is None:
            out = {word}
            if word in self._exceptions:  # type: ignore[attr-defined]
                out.add(self._exceptions[word])  # type: ignore[attr-defined]
            out.update(word[: len(word) - len(old)] + new for old, new in self.plural_rules if word.endswith(old))
            found = memo[word] = frozenset(out)
        return set(found)

    def is_noun(self, word: str) -> bool:
        return bool(self.singulars(word.lower()) & self.nouns)

    def is_word(self, word: str) -> bool:
        """A noun (in any number) or a verb of the lexicon: "Advertisement", "Wise", "VERDICT"."""
        return self.is_noun(word) or word.lower() in self.verbs

    def is_plain_plural(self, word: str) -> bool:
        """A plural of a noun that is never a verb: "systems", "voters" (not "says", "wins", "watches")."""
        low = word.lower()
        stems = self.singulars(low) - {low}
        return low.endswith("s") and bool(stems & self.nouns) and not (stems | {low}) & self.verbs


def lexicon(nlp: Language) -> Lexicon:
    """The Lexicon of a pipeline's rule lemmatizer (loaded even when disabled); empty if it has none."""
    if "lemmatizer" not in nlp.component_names:
        return Lexicon()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not all(lookups.has_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc")):
        return Lexicon()
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")["noun"]
    return Lexicon(
        nouns=frozenset(index["noun"]),
        verbs=frozenset(index["verb"]),
        plural_rules=tuple((a, b) for a, b in lookups.get_table("lemma_rules")["noun"]),
        plural_exceptions=tuple((k, v[0]) for k, v in exc.items() if v),
    )


def common_word_fixes(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Drop a sentence-opening common noun ("Wildfires", "Turnout"); a lone "person" before a plural is an ORG."""
    if not lex.nouns:
        return spans
    out: list[Span] = []
    for i, s in enumerate(spans):
        if _opening_common_noun(s, lex):
            continue
        if _modifier_not_person(s, lex) or _listed_with_org(spans, i):
            s = Span(doc, s.start, s.end, label="ORG")  # "Patriot systems", "H&M and Adidas"
        out.append(s)
    return out


def _listed_with_org(spans: list[Span], i: int) -> bool:
    """A lone one-word PERSON in a list with an ORG ("brands such as H&M and Adidas") is an ORG too."""
    s = spans[i]
    doc = s.doc
    if s.label != PERSON or len(s) != 1 or (s.start > 0 and doc[s.start - 1].lower_ in TITLES):
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(spans) or spans[j].label != ORG:
            continue
        gap = doc[spans[j].end : s.start] if j < i else doc[s.end : spans[j].start]
        if 1 <= len(gap) <= 2 and all(t.lower_ in (",", "and", "or", "&") for t in gap):
            return _lone(s)
    return False


def _opening_common_noun(span: Span, lex: Lexicon) -> bool:
    """One capitalised common noun opening a sentence that the rest of the text never capitalises."""
    # not ORG or NORP: "Congress", "Greenpeace", "Muslims" are capitalised wherever they occur
    if len(span) != 1 or span.label not in (PERSON, GPE, LOC):
        return False  # the label first: the word itself only for a one-word name
    tok = span[0]
    if not _starts(tok):
        return False
    if not (tok.is_title and tok.is_alpha) or not lex.is_noun(tok.text):
        return False
    if spoken_or_owned(span):
        return False  # "Simon said", "Moon's government": people and owners, not common nouns
    return _lone(span) and not known_name(span_text(span))


def lower_case_nouns(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Drop a one-word person or place that the same text also writes in lower case as a common noun ("Iodine
    deficiency" beside "intake of iodine", "the Charger" beside "a charger")."""
    if not lex.nouns:
        return spans
    in_lower_case: set[str] | None = None
    surnames: set[str] = set()
    words = doc_words(doc)  # list reads, no Token: a Token's is_title / is_alpha are its text's istitle() / isalpha()
    out: list[Span] = []
    for s in spans:
        if len(s) == 1 and s.label in (PERSON, GPE, LOC) and words[s.start].istitle() and words[s.start].isalpha():
            if in_lower_case is None:
                in_lower_case = {w for w in words if w.islower()}
                surnames = {p[-1].text for p in spans if p.label == PERSON and len(p) > 1}
            low = doc_lowers(doc)[s.start]
            if (
                low in in_lower_case
                and low not in COMPASS
                and words[s.start] not in surnames
                and lex.is_noun(low)
                and not _named_use(s)
                and not known_name(span_text(s))
            ):
                continue
        out.append(s)
    return out


COMPASS = frozenset({"north", "south", "east", "west"})  # "the North" is North Korea beside "north of Seoul"


def _named_use(span: Span) -> bool:
    """A title or a capitalised word before the word ("President Moon", "Very Large Telescope"), or speech or a
    possessive after it ("Moon said", "Moon's")."""
    if spoken_or_owned(span):
        return True
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_ in TITLES or (prev.is_title and not _starts(prev))


def spoken_or_owned(span: Span) -> bool:
    """The word after the name makes it a speaker or an owner ("Simon said", "Moon's")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and (nxt.lower_ in SPEECH_VERBS or nxt.text in ("'s", "\u2019s"))


def _modifier_not_person(span: Span, lex: Lexicon) -> bool:
    """A lone one-word PERSON right before a plain plural noun modifies it: "Rolex watches", "Patriot systems"."""
    doc = span.doc
    if span.label != PERSON or len(span) != 1 or span.end >= len(doc):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in TITLES or (prev.is_title and not _starts(prev))):
        return False  # "President X", "Ismael Zambada": a name
    nxt = doc[span.end]
    plural = nxt.is_lower and nxt.is_alpha and not nxt.is_stop and lex.is_plain_plural(nxt.text)
    return plural and _lone(span)


def _starts(tok: Token) -> bool:
    return tok.i == 0 or tok.nbor(-1).text in (".", "!", "?", "\n", '"', ":") or tok.nbor(-1).is_space


def _lone(span: Span) -> bool:
    """True when the (one-word) span's word occurs nowhere else in the document."""
    # the doc's ORTH ids, read once per doc: count_by would count the whole doc again at every call
    ids = token_ids(span.doc, ORTH)
    return ids.count(ids[span.start]) == 1


def known_name(text: str) -> bool:
    """True for a name some gazetteer knows: a place, a well-known organisation or a demonym."""
    return bool(
        gazetteer.place_candidates(text) or gazetteer.lookup_org(text) or gazetteer.lookup_demonym(text)
    )


def team_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A place followed by a capitalised plural that names no place, or a team nickname, is a team: "Dallas Mavericks"."""
    if not lex.nouns:
        return spans
    starts = {s.start for s in spans}
    out: list[Span] = []
    for s in spans:
        nxt = doc[s.end] if s.label == GPE and s.end < len(doc) and s.end not in starts else None
        if nxt is not None and (nxt.text in TEAM_SINGULARS or _team_word(nxt, lex)):
            s = Span(doc, s.start, s.end + 1, label="ORG")
        out.append(s)
    return out


def _team_word(tok: Token, lex: Lexicon) -> bool:
    """ "Mavericks", "Celtics", "Yankees": a capitalised plural that is no verb form and no place."""
    low = tok.lower_
    if not (tok.is_title and tok.is_alpha and low.endswith("s") and len(low) > 3):
        return False
    if low in EVENT_PLURALS or low in lex.nouns:  # "Politics", "News": no plural of a noun
        return False
    return not (lex.singulars(low) & lex.verbs) and not known_name(tok.text)


# people named after a region: "Sarawakians" (Sarawak), "Bougainvilleans", "Sumatran", "Punjabis", "Sindhi"
_PEOPLE_ENDINGS = (("ians", ("",)), ("ian", ("",)), ("ans", ("", "a", "e")), ("an", ("", "a", "e")),
                   ("ns", ("",)), ("n", ("",)), ("is", ("",)), ("i", ("",)), ("ese", ("",)))


@lru_cache(maxsize=20_000)
def region_people(text: str) -> frozenset[str]:
    """Countries of the regions (ISO 3166-2, GeoNames admin1) whose people this word names: "Sarawakians" -> MYS."""
    key = gazetteer.fold(text)
    if " " in key or len(key) < 6:
        return frozenset()
    regions = gazetteer.regions()
    for ending, additions in _PEOPLE_ENDINGS:
        if key.endswith(ending):
            stems = [key[: -len(ending)] + a for a in additions]
            found = {p.country for stem in stems if len(stem) >= 4 for p in regions.get(stem, ()) if p.country}
            if found:
                return frozenset(found)
    return frozenset()


def place_not_people(text: str) -> bool:
    """True for a name the model took for a people that is a town or city and no people: "Petroșani", "Lupeni"."""
    if gazetteer.lookup_demonym(text) or gazetteer.demonym_variant(text) or region_people(text):
        return False
    if gazetteer.lookup_org(text):
        return False  # "Oracle" is also a hamlet
    return bool(gazetteer.place_candidates(text))
