"""Boundary repairs of one span: splits at separators, roles, places and titles; trims; noise filters."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from newslake import gazetteer
from newslake.dates_patterns import MONTH_WORDS, WEEKDAYS
from newslake.figures_units import ISO_CODES
from newslake.figures_units import TIME_ZONES as FIGURE_TIME_ZONES
from newslake.first_names import is_first_name
from newslake.nlp_checks import ORG_OR_FIRM, bare_name, country, known_place, plain_name
from newslake.nlp_common import (
    CARDINAL,
    DATE,
    FAC,
    GPE,
    LOC,
    MONEY,
    NORP,
    ORDINAL,
    ORG,
    PERCENT,
    PERSON,
    QUANTITY,
    TIME,
    Lexicon,
    doc_lowers,
    doc_words,
    span_text,
)
from newslake.nlp_kinds import doc_text
from newslake.nlp_words import (
    AMOUNT_WORDS,
    ARMED_SERVICES,
    CAPTION_WORDS,
    FAC_HEADS,
    FAC_WORDS,
    FORMAT_CODES,
    GEO_NOUNS,
    JOINING_PARTICLES,
    LEADING_JUNK,
    LOC_ENDINGS,
    LOCAL_TITLES,
    NOT_NAME_LABELS,
    NUMERIC_LABELS,
    OFFICE_QUALIFIERS,
    OFFICE_TITLES,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_LINKS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE,
    SEAT_TITLES,
    TITLES,
    TRAILING_TITLES,
)

_SCORE_RE = re.compile(r"^\d{1,3}\s?[-\u2013]\s?\d{1,3}$")  # "beat Gremio 2-1"
_LEADING_JUNK_DASH = LEADING_JUNK | {"-", "follow"}  # "Follow AP's coverage": a link's verb
_DAY_WORDS = frozenset(
    [*WEEKDAYS, *(d[:3] for d in WEEKDAYS), *MONTH_WORDS, "today", "tonight"]
)
_DATE_LINKS = frozenset({"on", "-", "\u2013", "\u2014"})
_VERSUS = frozenset({"vs", "vs.", "versus"})
_PERIOD_CODE = re.compile(r"Q[1-4]|H[12]|FY\d{2}(?:\d{2})?")  # a quarter, a half, a fiscal year: "Q3 profit"


def split_amount(ent: Span) -> list[Span]:
    """ "Google 12 billion" (MONEY) -> ORG "Google" + MONEY "12 billion"; "Gremio 2-1" -> ORG + the score."""
    if len(ent) < 2 or ent.label in (DATE, TIME, PERCENT, ORDINAL, QUANTITY):
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
    glued = ent.label in (MONEY, CARDINAL, ORG, PERSON) and any(t.lower_ in AMOUNT_WORDS for t in amount)
    if not score and (len(ent) < 3 or not glued):
        return [ent]
    if not all(t.is_alpha and (t.is_title or t.is_upper) for t in name):
        return [ent]
    label = "ORG" if gazetteer.lookup_org(name.text) else "GPE" if gazetteer.place_candidates(name.text) else None
    if label is None and (score or ent.label in (ORG, PERSON)):
        label = "ORG" if score else ent.label_  # "Nuvia 500 million": the model's name, without the amount
    if label is None:
        return [ent]
    number = ent.label_ if ent.label_ in NUMERIC_LABELS else "CARDINAL"
    return [Span(doc, name.start, name.end, label=label), Span(doc, amount.start, amount.end, label=number)]


def no_capital(ent: Span) -> bool:
    """True for a "name" without a capital letter ("meth", "anesthesia", "cinnamon, nutmeg"): tagger noise."""
    # most names open with a capital: the first character before a scan of every character
    return ent.label_ not in NUMERIC_LABELS and not ((text := span_text(ent))[:1].isupper() or any(map(str.isupper, text)))


def handle_or_code(ent: Span) -> bool:
    """True for a social media handle ("@POTUS"), a reference code ("ABJ/03/095/2018") or a period ("Q3", "FY25"):
    no name of anything."""
    text = span_text(ent)
    code = "/" in text and " " not in text and any(c.isdigit() for c in text)
    period = len(text) <= 6 and text[:1] in "QHF" and _PERIOD_CODE.fullmatch(text) is not None
    return ent.label_ not in NUMERIC_LABELS and (text[:1] == "@" or code or period)


def run_on(ent: Span) -> bool:
    """True for a title the model ran into plain words: "Sahagun accused of laundering money for the Clan"."""
    return (
        ent.label_ in NOT_NAME_LABELS and sum(t.is_lower and t.is_alpha and not t.is_stop for t in ent) >= 2
    )


_SUBHEAD_MAX_WORDS = 6
_COUNT_WORDS = frozenset({"ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"})


def subhead(span: Span, lex: Lexicon) -> bool:
    """True for common words in a capitals-only subhead or kicker that opens a line, up to a ":" or "(", taken for a
    name: "WEEKEND BOX OFFICE", "THE VERDICT", "WHAT ANALYSTS SAY", "TOP FOUR: 1 Hearts ...", "KEY FIGURES (Q3)"."""
    words = doc_words(span.doc)
    if not words[span.start].isupper() or not lex.nouns:
        return False  # the first word's case first: most spans stop here, their text never built
    text = span_text(span)
    if not text.isupper():
        return False
    doc_str = doc_text(span.doc)
    line_start = doc_str.rfind("\n", 0, span.start_char) + 1
    line_end = doc_str.find("\n", span.end_char)
    line = doc_str[line_start : len(doc_str) if line_end < 0 else line_end]
    head = re.split(r"[:(]", line, maxsplit=1)[0]
    if span.end_char > line_start + len(head) or not head.isupper() or len(head.split()) > _SUBHEAD_MAX_WORDS:
        return False
    alpha = [w for w in words[span.start : span.end] if w.isalpha()]
    if not alpha or any(f(t) for t in (text, text.title()) for f in (gazetteer.lookup_org, gazetteer.lookup_place)):
        return False  # "FRANKFURT (Reuters) -": a dateline's place, though a frankfurt is a sausage
    if len(alpha) == 1 and len(alpha[0]) <= 4 and head.strip() == text:
        return False  # "AIM", "CARE" alone: an acronym as likely as a word
    vocab = span.doc.vocab
    return all(lex.is_word(w) or w in _COUNT_WORDS or vocab[w.lower()].is_stop for w in alpha)


_MENU_SEPARATORS = frozenset({"/", "|", ">", "\u203a", "\u00bb"})


def menu_word(span: Span, lex: Lexicon) -> bool:
    """True for one common word that is a page's menu item, section label or button taken for a name: alone on its
    line ("Bookmark", "Newsletter", "Business") or between a breadcrumb's separators ("NSW / Crime", "Dance /
    Northern Ballet / Theatre / Reviews"); known places and organisations stay ("Tech / Apple")."""
    if len(span) != 1 or not lex.nouns:
        return False
    words = doc_words(span.doc)
    word, i = words[span.start], span.start
    if not (word[:1].isupper() and word[1:].islower()) or not lex.is_word(word):
        return False
    after = words[i + 1] if i + 1 < len(words) else "\n"
    if not (_opens_item(words, i) and (after.startswith("\n") or after in _MENU_SEPARATORS)):
        return False
    return not (gazetteer.lookup_place(word) or gazetteer.lookup_org(word))


def _opens_item(words: list[str], i: int) -> bool:
    """The word at `i` opens its line or follows a menu's separator ("Dance / Reviews", "Desk / Updated")."""
    before = words[i - 1] if i > 0 else "\n"
    return "\n" in before or before in _MENU_SEPARATORS


_STAMP_WORDS = frozenset({"posted", "updated", "published", "modified"})


def page_stamp(span: Span) -> bool:
    """True for a page's time stamp the model takes for a name, opening its line or after a separator ("Posted Feb.
    10, 2026", "TOI Sports Desk / Updated: Nov 3, 2025")."""
    return doc_lowers(span.doc)[span.start] in _STAMP_WORDS and _opens_item(doc_words(span.doc), span.start)


# time zones written after a clock time ("Published: 4 February 2026 08:22 CET"): the figures stage's, and more
TIME_ZONES = FIGURE_TIME_ZONES | {
    "WET", "WEST", "CEST", "EEST", "MSK", "AKST", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "KST", "PHT",
    "WIB", "ICT", "SAST", "WAT", "EAT", "CAT", "PKT",
}
_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"\d[\d,.]*(?:[kmb]n?)?")


def format_code(span: Span) -> bool:
    """True for a media, file or network format's code the model takes for a body or a work ("iTunes (HD)", "MP3",
    "4K"); a place's abbreviation stays ("Sioux Falls, SD")."""
    return len(span) == 1 and span.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON") and span.text in FORMAT_CODES


def zone_or_currency(span: Span) -> bool:
    """True for a time zone after a clock time ("08:22 CET") or a currency's code beside its amount ("HUF 4,000
    billion", "12m EUR") the model takes for an organisation."""
    if span.end - span.start != 1 or span.label_ in NUMERIC_LABELS:
        return False
    words, i = doc_words(span.doc), span.start
    word = words[i]
    if not (3 <= len(word) <= 4 and word.isupper()):
        return False
    before = words[i - 1] if i > 0 else ""
    if word in TIME_ZONES:
        return _CLOCK_RE.fullmatch(before) is not None
    after = words[i + 1] if i + 1 < len(words) else ""
    return word in ISO_CODES and (_AMOUNT_RE.fullmatch(after) is not None or _AMOUNT_RE.fullmatch(before) is not None)


_TORNADO_RATING = re.compile(r"EF-?[0-5]")  # the Enhanced Fujita scale: "an EF-2 tornado"


def rating_or_date(span: Span) -> bool:
    """True for a tornado's rating ("EF-2") or a date in a page's short form ("Tue Jun 17") the model took for a
    name."""
    if span.label_ in NUMERIC_LABELS:
        return False  # the model's own DATE stays for the dates stage
    words = doc_words(span.doc)[span.start : span.end]
    if len(words) == 1:
        return _TORNADO_RATING.fullmatch(words[0]) is not None
    if not any(w.isdigit() for w in words):
        return False  # most names: no number, no date
    keys = [w.lower().rstrip(".") for w in words]
    return any(k in _DAY_WORDS for k in keys) and all(
        w.isdigit() or k in _DAY_WORDS or w in (",", "-") for w, k in zip(words, keys)
    )


def caption_label(span: Span) -> bool:
    """True for a caption or credit label the model takes for a name ("Image:", "Photo:")."""
    return len(span) == 1 and doc_lowers(span.doc)[span.start] in CAPTION_WORDS  # a list read: no Token


def split_separators(ent: Span) -> list[Span]:
    """Split at "/" and "|" ("Twitter / Barack Obama"), and "Ziguinchor and Thies" when both are known places."""
    doc = ent.doc  # the words by index below: no Token walk of the span, no Span slice
    text = span_text(ent)
    cuts = [i for i in range(ent.start, ent.end) if doc[i].text in ("/", "|")] if "/" in text or "|" in text else []
    if " v" in text:  # "Sunrisers Hyderabad vs MI": two sides of a fixture
        lowers = doc_lowers(doc)
        cuts += [i for i in range(ent.start + 1, ent.end - 1) if lowers[i] in _VERSUS]
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
    return [Span(ent.doc, a, b, label=ent.label) for a, b in parts if b > a]


def _towns_after_preposition(ent: Span, left: Span, right: Span) -> bool:
    """True for "to Black Mountain and Swannanoa": two towns joined by "and" after a place preposition."""
    prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        prev in PLACE_PREPOSITIONS
        and ent.doc[left.end].lower_ == "and"
        and not any(t.lower_ in ORG_OR_FIRM for t in ent)
        and gazetteer.is_town(left.text)
        and gazetteer.is_town(right.text)
    )


def split_in_place(ent: Span) -> list[Span]:
    """Split "Election Commission in Colombo" into ORG + GPE when the tail is a known place; drop a trailing "in"."""
    doc = ent.doc
    lowers = doc_lowers(doc)  # list reads: no Token per word
    if len(ent) > 1 and lowers[ent.end - 1] in PLACE_LINKS:
        return [Span(doc, ent.start, ent.end - 1, label=ent.label)]  # "Macomia in" (the model ran on)
    if len(ent) < 3:
        return [ent]  # no inner "in": no organisation lookup
    if ent.label not in (ORG, PERSON, FAC) or gazetteer.lookup_org(span_text(ent)):
        return [ent]
    for k in range(ent.start + 1, ent.end - 1):  # the inner words by index; the tail only after an "in"
        if lowers[k] != "in":
            continue
        tail = doc[k + 1 : ent.end]
        if tail[0].is_title and gazetteer.place_candidates(tail.text):
            return [Span(doc, ent.start, k, label=ent.label), Span(doc, tail.start, tail.end, label="GPE")]
    return [ent]


def split_of_country(ent: Span) -> list[Span]:
    """ "Aryna Sabalenka of Belarus" -> PERSON + GPE; not "Bank of Japan" (an organisation word before "of")."""
    doc = ent.doc
    if ent.label not in (PERSON, ORG) or len(ent) < 4 or gazetteer.lookup_org(span_text(ent)):
        return [ent]
    of = [t.i for t in ent[2:-1] if t.lower_ == "of"]
    if len(of) != 1:
        return [ent]
    head, tail = doc[ent.start : of[0]], doc[of[0] + 1 : ent.end]
    if not country(tail.text) or not bare_name(head):
        return [ent]
    return [Span(doc, head.start, head.end, label="PERSON"), Span(doc, tail.start, tail.end, label="GPE")]


def extend_particle(ent: Span) -> Span:
    """ "Mocimboa da Praia" when the model tagged only "Praia": a known place joined by "da"/"de" grows left."""
    doc, start = ent.doc, ent.start
    person = _after_von(ent)
    if person is not None:
        return person
    if ent.label not in (GPE, LOC) or not after_particle(ent):
        return ent
    longer = doc[start - 2 : ent.end]
    return Span(doc, longer.start, longer.end, label=ent.label) if known_place(longer) else ent


def _after_von(ent: Span) -> Span | None:
    """ "Ursula von der Leyen" when the model tagged only "Leyen" (a place): the whole name is a PERSON."""
    doc, i = ent.doc, ent.start - 1
    lowers = doc_lowers(doc)  # list reads: no Token per word
    if len(ent) > 2 or i < 1 or lowers[i] not in ("der", "den", "von", "van"):
        return None
    if lowers[i] in ("der", "den"):
        i -= 1
    if i < 1 or doc_words(doc)[i] not in ("von", "van"):
        return None
    first = i - 1
    if not (doc[first].is_title and doc[first].is_alpha) or doc[first].lower_ in TITLES:
        return None
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.is_title and before.is_alpha and not before.is_stop and before.lower_ not in TITLES:
        first -= 1  # "Frank-Walter" is one token; "Anna Maria von ..." two
    return Span(doc, first, ent.end, label="PERSON")


def after_particle(span: Span) -> bool:
    """True when "da"/"de"/"do" and a capitalised word precede the span: "Mocimboa da | Praia"."""
    doc, start = span.doc, span.start
    return (
        start >= 2
        and doc[start - 1].lower_ in JOINING_PARTICLES
        and doc[start - 2].is_title
        and not doc[start - 2].is_stop
    )


def join_particle_places(spans: list[Span]) -> list[Span]:
    """Two places around "da"/"de" are one name: "Sao Joao" + "da" + "Praia" -> GPE "Sao Joao da Praia"."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.label in (GPE, LOC)
            and prev.label in (GPE, LOC)
            and prev.end == s.start - 1
            and after_particle(s)
        ):
            s = Span(s.doc, out.pop().start, s.end, label="GPE")
        out.append(s)
    return out


def split_possessive(ent: Span) -> list[Span]:
    """Split "Pyongyang's Central Zoo" into GPE "Pyongyang" + ORG "Central Zoo" when the owner is a place."""
    if len(ent) < 3 or ent[0].text in ("St", "St.", "Saint", "Ste", "Ste."):
        return [ent]  # "St Mary's Hospital" is named after the saint, not the parish of Saint Mary
    for i in range(1, len(ent) - 1):  # the inner words by index: no Span slice
        if ent.doc[ent.start + i].text in POSSESSIVE and gazetteer.lookup_place(ent[:i].text):
            return [
                Span(ent.doc, ent.start, ent.start + i, label="GPE"),
                Span(ent.doc, ent.start + i + 1, ent.end, label=ent.label),
            ]
    return [ent]


def _name_like(span: Span) -> bool:
    """2-5 capitalised words (hyphens allowed: "Kassym-Jomart Tokayev"), no organisation word, no known place."""
    words = [t for t in span if t.text != "-"]
    return (
        2 <= len(words) <= 4
        and all(t.is_title and t.is_alpha for t in words)
        and not any(t.lower_ in ORG_OR_FIRM for t in words)
        and not gazetteer.lookup_org(span_text(span))
        and not gazetteer.place_candidates(span_text(span))
    )


def split_role(ent: Span) -> list[Span]:
    """Cut a role's words off a name: "Kazakh President X" -> NORP + PERSON; "Minister for the Middle East X"."""
    doc = ent.doc
    if len(ent) < 3 or ent.label not in (ORG, PERSON, GPE, NORP, LOC):
        return [ent]
    first, second = ent[0], ent[1]
    if first.is_title and second.is_title and second.lower_ in TITLES and gazetteer.lookup_demonym(first.text):
        rest = doc[ent.start + 2 : ent.end]
        if _name_like(rest):
            return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, rest.start, rest.end, label="PERSON")]
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") or doc[ent.start - 2].lower_ not in TITLES:
        # "Minister of Road and | Transport Development N.Uuganbayar": the office's words run on before the span
        holder = _office_holder(ent, ent.start) if _inside_office(ent) else None
        return [ent] if holder is None else [holder]
    lead = ent.start + (ent[0].lower_ == "the")
    for cut in range(ent.end - 2, lead, -1):
        place, name = doc[lead:cut], doc[cut : ent.end]
        key = gazetteer.fold(place.text)
        if _name_like(name) and (key in gazetteer.world_areas() or key in gazetteer.countries()):
            label = "GPE" if key in gazetteer.countries() else "LOC"
            return [Span(doc, place.start, place.end, label=label), Span(doc, name.start, name.end, label="PERSON")]
    holder = _office_holder(ent, lead)
    return [ent] if holder is None else [holder]


_INITIALLED_NAME = re.compile(r"[A-Z]\.[A-Z][a-z]+")  # "N.Uuganbayar": Mongolian papers write the patronymic's initial so


def _inside_office(ent: Span) -> bool:
    """True when capitalised words and "and" lead back from the span to "<title> for|of": an office's portfolio."""
    words, lowers = doc_words(ent.doc), doc_lowers(ent.doc)
    j = ent.start - 1
    while j >= 1 and ent.start - j <= 4 and (words[j] in ("and", "&") or words[j][:1].isupper()):
        j -= 1
    return j < ent.start - 1 and j >= 1 and lowers[j] in ("for", "of") and lowers[j - 1] in TITLES


def _office_holder(ent: Span, lead: int) -> Span | None:
    """The holder's name after an office's portfolio the model ran into it: "Secretary for | Transport and Logistics
    Mable Chan Mei-bo", "Minister of | Road and Transport Development N.Uuganbayar"."""
    words = doc_words(ent.doc)
    for cut in range(lead, ent.end):
        word = words[cut]
        if not (is_first_name(word) or _INITIALLED_NAME.fullmatch(word)):
            continue
        if cut == lead:
            return None  # the span opens with the name: no portfolio in it ("Robert F. Kennedy Jr.")
        portfolio, holder = words[lead:cut], words[cut : ent.end]
        if not all(w[:1].isupper() or w in ("and", "&") for w in portfolio):
            return None
        if len(holder) < 2 and not _INITIALLED_NAME.fullmatch(word):
            return None
        if not all(w[:1].isupper() or w == "-" or words[k - 1] == "-" for k, w in enumerate(holder, start=cut)):
            return None
        return Span(ent.doc, cut, ent.end, label="PERSON")
    return None


def split_trailing_title(ent: Span) -> list[Span]:
    """An office named by its place ("the Ashanti Regional Fire Commander", "Kiambu County Commissioner"), no one's
    name: the place alone, a GPE."""
    if len(ent) < 2 or ent.label not in (ORG, PERSON, GPE, LOC) or doc_lowers(ent.doc)[ent.end - 1] not in TRAILING_TITLES:
        return [ent]
    doc = ent.doc
    if ent.end < len(doc) and doc_words(doc)[ent.end].istitle():
        return [ent]  # "Chester Mayor" + "Stefan Roots": the office holder's name follows, a later rule's case
    start = ent.start + (doc_lowers(doc)[ent.start] == "the")
    for cut in range(ent.end - 1, start, -1):
        if gazetteer.place_candidates(doc[start:cut].text):
            return [Span(doc, start, cut, label="GPE")]
    return [ent]


def split_country_code(ent: Span) -> list[Span]:
    """Split "the US National Weather Service" into GPE "US" + ORG "National Weather Service"."""
    if ent.label != ORG or len(ent) < 3:
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
        and country(code.text)
        and rest[0].is_title
        and any(t.lower_ in ORG_WORDS for t in rest)
        and not gazetteer.lookup_org(span_text(ent))
    ):
        return [ent]
    doc = ent.doc
    return [Span(doc, code.i, code.i + 1, label="GPE"), Span(doc, rest.start, rest.end, label="ORG")]


_MISTER = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})  # not "Sir" (ships)
# "Dr" says person only where the model made a site of the name: "Dr Martens", "Dr Pepper" are brands it types ORG
_DOCTOR = frozenset({"dr", "dr."})
_SITE_OR_BODY_WORDS = FAC_WORDS | FAC_HEADS | LOC_ENDINGS | GEO_NOUNS | PLACE_NOUNS | ORG_WORDS


def _plain_title_words(words: list[str]) -> bool:
    return all(w[:1].isupper() and w.isalpha() and w.lower() not in _SITE_OR_BODY_WORDS for w in words)


_TRAILING_LINKS = frozenset({"on", "at", "in", "for", "with", "to", "from"})  # lower case: no name ends in one


def trim(span: Span | None) -> Span | None:
    """Drop a trailing possessive or caption label, and leading titles from people ("President Biden" -> "Biden")."""
    if span is None:
        return None
    start, end = span.start, span.end
    doc = span.doc
    # list reads, no Token made per test; `is_space` is spaCy's `str.isspace` of the word
    words, lowers = doc_words(doc), doc_lowers(doc)
    while end > start and (
        words[end - 1] in POSSESSIVE
        or words[end - 1].isspace()
        or lowers[end - 1] in ("and", "or")
        or words[end - 1] in _TRAILING_LINKS
    ):
        end -= 1  # "Black Mountain and" (before "Swannanoa"), "Westside Baptist Church on" (Morgantown Road)
    while end - start > 1 and lowers[end - 1] in CAPTION_WORDS and end < len(words) and words[end] == ":":
        end -= 1  # "Ahmed Mohamed Image: Twitter" is a caption credit after the name
    # "the State Courts on Nov 12", "Harris Park Medical Centre - Monday": a date the model ran into the name
    if end - start > 2:  # a name, a link word and a day at least: most spans are shorter
        cut = next((k for k in range(start + 1, end - 1) if lowers[k] in _DATE_LINKS and lowers[k + 1].rstrip(".") in _DAY_WORDS), None)
        end = end if cut is None else cut
    while end - start > 1 and (
        lowers[start] in _LEADING_JUNK_DASH
        or (word := words[start]).isspace()
        or not (word[:1].isalnum() or any(c.isalnum() for c in word))  # most words: the first letter
    ):
        start += 1  # "near", "Image", "®"
    label = span.label_
    if label != "PERSON" and end - start > 1 and lowers[start] in _MISTER and words[start + 1][:1].isupper():
        label = "PERSON"  # "Mr MacRae" read as an ORG: the honorific says person
    elif label in ("FAC", "GPE", "LOC") and 1 < end - start <= 4 and lowers[start] in _DOCTOR and _plain_title_words(
        words[start + 1 : end]
    ):
        label = "PERSON"  # "Dr Hollingworth" read as a site ("Dr" as in "Drive" follows a street's name)
    if label == "PERSON":
        if end - start == 1 and len(words[start]) > 3 and doc[start].is_upper:
            return None  # "QUESTION:" in a transcript
        while end - start > 1 and lowers[start] in TITLES:
            start += 1
        if all(lowers[i] in TITLES or doc[i].is_punct for i in range(start, end)):
            return None
    if end <= start:
        return None
    return span if (start, end, label) == (span.start, span.end, span.label_) else Span(doc, start, end, label=label)


def split_parenthesis(ent: Span) -> list[Span]:
    """ "the Grand Renaissance Dam (GERD)" as one span -> the name and its acronym, each a span."""
    doc = ent.doc
    if "(" not in doc_text(doc)[ent.start_char : ent.end_char]:
        return [ent]  # nearly every span
    cut = next((t.i for t in ent[1:] if t.text == "("), None)
    if cut is None:
        return [ent]
    close = next((t.i for t in doc[cut : ent.end] if t.text == ")"), ent.end)
    parts = [Span(doc, ent.start, cut, label=ent.label)]
    if close == cut + 2 and doc[cut + 1].text[:1].isupper():
        parts.append(Span(doc, cut + 1, close, label=ent.label))
    return parts


def split_county_address(span: Span) -> list[Span]:
    """The Irish address form inside one name: "Abbeyfeale, Co Limerick" is a town then its county; "Ballyea of Co
    Clare" a club (its label kept) then the county."""
    if len(span) < 4 or span.label not in (ORG, PERSON, FAC):
        return [span]
    # "Co", "Co." and "County" all hold "Co": the text test spares the inner words' slice for most names
    k = next((t.i for t in span[2:-1] if t.text in ("Co", "Co.", "County")), None) if "Co" in span_text(span) else None
    doc = span.doc
    if k is None or doc[k - 1].lower_ not in (",", "of") or not all(t.is_title for t in doc[k + 1 : span.end]):
        return [span]
    head = Span(doc, span.start, k - 1, label="GPE" if doc[k - 1].text == "," else span.label_)
    return [head, Span(doc, k, span.end, label="GPE")]


def province_abbreviation(span: Span) -> list[Span]:
    """A dotted province abbreviation is a place, never a person: "B.C." alone, "B.C. Conservative" (the place, then
    the party's people)."""
    if span.label not in (PERSON, ORG):
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


def prefecture(span: Span) -> list[Span]:
    """ "Akita Pref." (Japanese papers' short form of a prefecture) is a place, whatever the model made of it."""
    if span.label in (PERSON, ORG) and len(span) > 1 and span[-1].lower_ in ("pref", "pref.", "prefecture"):
        return [Span(span.doc, span.start, span.end, label="GPE")]
    return [span]


def split_seat(span: Span) -> list[Span]:
    """ "Hamilton West MP Tama Potaka" (one PERSON): the seat before the member's title is a place, then the name."""
    doc = span.doc
    # the words by index: slicing the span makes a Span and normalises the slice
    cut = next((i for i in range(span.start + 1, span.end) if doc[i].text in SEAT_TITLES), None) if span.label == PERSON else None
    if cut is None or cut + 1 >= len(doc) or not doc[cut + 1].is_title:
        return [span]
    seat = Span(doc, span.start, cut, label="GPE")
    if not all(t.is_title for t in seat) or not plain_name(seat) or any(t.lower_ in PARTY_WORDS for t in seat):
        return [span]
    return [seat, Span(doc, cut + 1, span.end, label="PERSON")] if cut + 1 < span.end else [seat]


def lone_titles(spans: list[Span]) -> list[Span]:
    """A title abbreviation the model tagged apart before a name is no entity: "Coun. Sam Austin", "MEC Isaac X"."""
    starts = {s.start: s for s in spans if s.label == PERSON}
    out = []
    for s in spans:
        # "Infrastructure Minister" + "Catherine King": a portfolio and a title, no one's name
        portfolio = len(s) > 1 and s.label == PERSON and s[-1].lower_ in OFFICE_TITLES
        if (len(s) == 1 and span_text(s).rstrip(".") in LOCAL_TITLES) or portfolio:
            nxt = s.end + 1 if s.end < len(s.doc) and s.doc[s.end].text in (".", ",") else s.end
            if nxt in starts:
                continue
        out.append(s)
    return out


_NO_SEAT = (SEAT_TITLES | LOCAL_TITLES).isdisjoint


def split_party_seat(span: Span) -> list[Span]:
    """ "Fine Gael TD Noel McCarthy", "Labour MP Jo Lee" (one name): the party is an ORG, the member a PERSON."""
    if len(span) < 3 or span.label not in (PERSON, ORG) or _NO_SEAT(span_text(span).split()[1:]):
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


def split_country_person(span: Span) -> list[Span]:
    """ "envoy to Ukraine Kurt Volker" read as one name: the country, then the person a first name opens; a country
    that is also a first name leads a person's own name ("Chad Michael Murray", "Georgia May Jagger")."""
    if len(span) < 3 or span.label_ in NUMERIC_LABELS:
        return [span]
    words = doc_words(span.doc)
    for cut in range(span.start + 1, min(span.start + 4, span.end - 1)):
        lead = words[span.start : cut]
        if (
            is_first_name(words[cut])
            and not is_first_name(lead[0])
            and lead[0].lower() != "the"
            and span.end - cut <= 3
            and all(
                w[:1].isupper() and w.replace(".", "").isalpha() and w.lower() not in ORG_WORDS
                for w in words[cut : span.end]
            )
            and country(" ".join(lead))
            and not any(gazetteer.lookup_org(" ".join(words[cut:end])) for end in range(cut + 2, span.end + 1))
        ):
            return [Span(span.doc, span.start, cut, label="GPE"), Span(span.doc, cut, span.end, label="PERSON")]
    return [span]


def first_name_countries(spans: list[Span]) -> list[Span]:
    """A country that is also a first name, right before a person's name with no word between, leads that name:
    "Chad" + "Michael Murray" is Chad Michael Murray (not after "in" / "to": "envoy to Georgia Anna Smith" stays two)."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            s.label_ == "PERSON"
            and prev is not None
            and prev.label_ == "GPE"
            and len(prev) == 1
            and prev.end == s.start
            and prev.end_char + 1 == s.start_char
            and is_first_name(prev.text)
            and country(prev.text)
            and (prev.start == 0 or prev.doc[prev.start - 1].lower_ not in PLACE_PREPOSITIONS | {"to", "of", "and", ","})
        ):
            out[-1] = Span(s.doc, prev.start, s.end, label="PERSON")
            continue
        out.append(s)
    return out


def split_place_title(span: Span) -> list[Span]:
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
    if any(t.lower_ in ORG_OR_FIRM for t in name):
        return [span]  # "Egyptian Premier League": a body's name after the title word, no office holder
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
