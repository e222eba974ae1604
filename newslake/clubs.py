"""Clubs named after their city in sports stories: "Liverpool beat Newcastle 2-1" names two clubs (ORG), not cities."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.nlp_common import FAC, GPE, LOC, ORG, PERSON, doc_words, lower_words
from newslake.nlp_kinds import doc_text, span_text, token_positions
from newslake.nlp_words import FAC_HEADS, FAC_WORDS, GEO_NOUNS, ORG_WORDS, PLACE_NOUNS, SITE_HEADS

SPORT_WORDS = frozenset(
    {"club", "clubs", "striker", "midfielder", "winger", "defender", "goalkeeper", "coach", "manager", "transfer",
     "scored", "goal", "goals", "league", "season", "fans", "match", "fixture", "squad", "derby", "penalty",
     "champions", "relegation", "kick-off", "stoppage", "equaliser", "equalizer", "playoff", "play-off"}
)
MIN_SPORT_WORDS = 3
# the words of rugby, Gaelic games, Australian football, cricket and North American leagues
OTHER_CODE_WORDS = frozenset(
    {"tries", "scrum", "scrum-half", "fly-half", "lineout", "ruck", "half-time", "full-time", "hurling", "semi-final",
     "quarter-final", "premiership", "wicket", "wickets", "innings", "touchdown", "quarterback", "playoffs", "halftime",
     "teammates", "defeat", "unbeaten"}
)
SQUAD_NOUNS = frozenset(
    {"manager", "coach", "striker", "fans", "squad", "players", "captain", "goalkeeper", "defender", "midfielder",
     "forward", "winger", "owners", "board", "academy", "supporters", "boss", "head"}
)
RESULT_VERBS = frozenset(
    {"beat", "beats", "drew", "lost", "won", "thrashed", "edged", "hosted", "hosts", "visit", "visits", "visited",
     "signed", "sign", "broke", "paid", "agreed", "rejected", "completed", "confirmed", "announced",
     # a city takes "has"/"was"; a team, in British usage, "have"/"were"
     "have", "were", "are", "travel", "host", "face", "play", "meet", "relegated", "promoted"}
)
OPPONENT_CUES = frozenset(
    {"against", "beat", "beating", "defeated", "joined", "joining", "joins", "v", "vs", "vs.", "over"}
)
MOVE_WORDS = frozenset({"move", "switch", "transfer", "return", "loan", "deal"})
PLACE_CUES = frozenset({"in", "near", "of", "outside", "around"})
_WORD_RE = re.compile(r"[a-z][a-z-]+")
_ALL_SPORT_WORDS = SPORT_WORDS | OTHER_CODE_WORDS
_CLUB_AFTER = RESULT_VERBS | SQUAD_NOUNS  # "Newcastle beat", "Indiana coach"
_SCORE_RE = re.compile(r"\d{1,2}-\d{1,2}$")


@lru_cache(maxsize=8)  # asked up to three times per doc of the same text: one scan
def is_sports_story(text: str) -> bool:
    """True when the text uses several words of team sport (club, striker, scored, league, fans, ...)."""
    return len(_ALL_SPORT_WORDS.intersection(_WORD_RE.findall(text.lower()))) >= MIN_SPORT_WORDS


def _club_signal(span: Span) -> bool:
    """A city mention that acts like a club: "Liverpool's manager", "Newcastle beat", "Indiana coach", "over Leeds"."""
    doc = span.doc
    after = lower_words(doc, span.end, span.end + 2)
    before = lower_words(doc, max(span.start - 2, 0), span.start)
    if after[:1] in (["'s"], ["\u2019s"]) and after[1:] and after[1] in SQUAD_NOUNS:
        return True
    if after[:1] and (after[0] in _CLUB_AFTER or _SCORE_RE.match(after[0])):
        return True
    if before[-1:] and before[-1] in OPPONENT_CUES:
        return True
    return len(before) == 2 and before[1] in ("to", "at") and before[0] in MOVE_WORDS


def _city(text: str) -> bool:
    places = gazetteer.place_candidates(text)
    return bool(places) and places[0].kind == "city"


def club_mentions(spans: list[Span]) -> list[Span]:
    """In a sports story, a city that acts like a club anywhere is an ORG wherever it is not plainly a place."""
    if not spans or not is_sports_story(doc_text(spans[0].doc)):
        return spans
    cities = {span_text(s) for s in spans if s.label == GPE and _city(span_text(s))}
    clubs = {span_text(s) for s in spans if s.label == GPE and span_text(s) in cities and (_club_signal(s) or _signed_from(s))}
    # "Newcastle United" ... "Newcastle had spent": the club's city alone is the club
    clubs |= {s[:k].text for s in spans if s.label == ORG for k in range(1, len(s)) if s[:k].text in cities}
    clubs |= _province_clubs(spans)
    if not clubs:
        return spans
    out = []
    for s in spans:
        prev = s.doc[s.start - 1].lower_ if s.start > 0 else ""
        if s.label == GPE and span_text(s) in clubs and prev not in PLACE_CUES and span_text(s) != span_text(s).upper():
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return _untagged_clubs(out, clubs)


# "signed from Liverpool", "joined from Leeds", "on loan from Lyon": a player comes from a club, not a city
FROM_CLUB = frozenset({("signed", "from"), ("joined", "from"), ("loan", "from")})


def _signed_from(span: Span) -> bool:
    doc = span.doc
    return span.start >= 2 and (doc[span.start - 2].lower_, doc[span.start - 1].lower_) in FROM_CLUB


def _province_clubs(spans: list[Span]) -> set[str]:
    """Provinces and counties that play as one side: "Toulouse beat Leinster 31-24", "Canterbury have won"."""
    return {
        span_text(s)
        for s in spans
        if s.label == GPE and len(s) == 1 and _club_signal(s) and _province(span_text(s))
    }


def _province(text: str) -> bool:
    places = gazetteer.place_candidates(text)
    return bool(places) and places[0].kind == "subdivision"


def _untagged_clubs(spans: list[Span], clubs: set[str]) -> list[Span]:
    """A one-word club the model left untagged elsewhere ("Leinster, who led 17-10") is the club there too."""
    names = frozenset(c for c in clubs if " " not in c)
    if not names or not spans:
        return spans
    doc = spans[0].doc
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = [
        Span(doc, i, i + 1, label="ORG")
        for i in token_positions(doc, names)
        if i not in taken and (i == 0 or doc[i - 1].lower_ not in PLACE_CUES)
    ]
    return sorted(spans + added, key=lambda s: s.start) if added else spans


TEAM_CITY_MIN_POP = 100_000
VENUE_WORDS = frozenset({"oval", "park", "arena", "field", "grounds", "centre", "center", "dome", "garden", "gardens", "court"})


def city_nickname_teams(spans: list[Span]) -> list[Span]:
    """In a sports story, a big city or a state/province and one or two unknown capitalised words ("the Chicago Sky",
    "Minnesota Lynx", "Toronto Tempo") typed as a place is a team: ORG ("the Adelaide Oval" stays a site)."""
    return _teams_in_sport(spans, _city_team)


def _teams_in_sport(spans: list[Span], is_team: Callable[[Span], bool]) -> list[Span]:
    """The spans `is_team` passes are ORG, in a sports story."""
    found = [k for k, s in enumerate(spans) if is_team(s)]
    if not found or not is_sports_story(doc_text(spans[0].doc)):  # the text scan only when a candidate is there
        return spans
    out = list(spans)
    for k in found:
        out[k] = Span(out[k].doc, out[k].start, out[k].end, label="ORG")
    return out


def _city_team(span: Span) -> bool:
    if len(span) < 2 or span.label not in (GPE, LOC, FAC):
        return False  # a home and a nickname need two words: most places have one
    words = [t for t in span if t.lower_ != "the"]
    if _home_then_nickname(words, _place_or_site_word) is None:
        return False
    return not (gazetteer.place_candidates(span_text(span)) or gazetteer.is_town(" ".join(t.text for t in words)))


def _home_then_nickname(words: list[Token], not_nickname: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The one or two capitalised words after a home (big city, state or province) when `not_nickname` passes them:
    ("Senators",) of "Ottawa Senators", ("Red", "Wings") of "Detroit Red Wings"."""
    if not all(t.is_title and t.is_alpha for t in words):
        return None
    for cut in (1, 2):
        home, nick = words[:cut], words[cut:]
        if 1 <= len(nick) <= 2 and _home(" ".join(t.text for t in home)) and not any(not_nickname(t.text) for t in nick):
            return tuple(t.text for t in nick)
    return None


def _home(text: str) -> bool:
    places = gazetteer.place_candidates(text)
    return bool(places) and (places[0].kind in ("subdivision", "state") or places[0].population >= TEAM_CITY_MIN_POP)


def _place_or_site_word(word: str) -> bool:
    low = word.lower()
    return (
        low in FAC_WORDS
        or low in FAC_HEADS
        or low in SITE_HEADS
        or low in GEO_NOUNS
        or low in PLACE_NOUNS
        or low in VENUE_WORDS
        or bool(gazetteer.place_candidates(word))
    )


def team_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a sports story, a team's nickname alone after its full name ("the Ottawa Senators ... the Senators",
    "Winnipeg Jets ... the Jets") is the team (ORG), however NER typed it or if it missed it."""
    nicks = {n for s in spans if s.label == ORG and (n := _nickname(s)) is not None}
    if not nicks or not is_sports_story(doc_text(doc)):
        return spans
    words = doc_words(doc)
    cover = {i: s for s in spans for i in range(s.start, s.end)}
    out, added = list(spans), []
    for nick in nicks:
        size = len(nick)
        for i in token_positions(doc, frozenset({nick[0]})):
            if tuple(words[i : i + size]) != nick:
                continue
            s = cover.get(i)
            if s is None and all(j not in cover for j in range(i, i + size)):
                added.append(Span(doc, i, i + size, label="ORG"))
            elif s is not None and (s.start, s.end) == (i, i + size) and s.label != ORG:
                out[out.index(s)] = Span(doc, i, i + size, label="ORG")
    return sorted(out + added, key=lambda s: s.start)


def _nickname(span: Span) -> tuple[str, ...] | None:
    """The nickname words of a team's full name: a home (big city, state or province), then one or two capitalised
    words that name no place or site ("Ottawa Senators" -> ("Senators",), "Detroit Red Wings" -> ("Red", "Wings"))."""
    words = [t for t in span if t.lower_ != "the"]
    return _home_then_nickname(words, _not_nickname) if 2 <= len(words) <= 4 else None


BODY_WORDS = frozenset({"senate", "house", "health", "services", "government", "legislature", "parliament", "court"})


def _not_nickname(word: str) -> bool:
    """A place or site word, or a body's ("Utah Senate", "Alberta Health Services"): no team's nickname."""
    return word.lower() in ORG_WORDS or word.lower() in BODY_WORDS or _place_or_site_word(word)


# the words after a British or Irish town in a club's name: "Bala Town", "Newport County", "Bath City", "Raith Rovers"
CLUB_TAILS = frozenset(
    {"Town", "City", "County", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Thistle", "Harriers",
     "Borough", "Rangers", "Academical", "Argyle", "Orient", "Alexandra", "Celtic", "Nomads"}
)
_CLUB_HOMES = frozenset({"GBR", "IRL"})


def town_clubs(spans: list[Span]) -> list[Span]:
    """In a sports story, a British or Irish town and a club word ("Caernarfon Town", "Newport County") is a club (ORG),
    however the model typed it, unless the whole is a place abroad ("Kansas City")."""
    return _teams_in_sport(spans, _town_club)


def _town_club(span: Span) -> bool:
    if len(span) < 2 or span.label not in (PERSON, GPE, LOC, FAC) or span[-1].text not in CLUB_TAILS:
        return False
    words = span_text(span).split()
    while len(words) > 1 and words[-1] in CLUB_TAILS:
        words.pop()  # "Barry Town United": Barry
    home = " ".join(words)
    if home == span_text(span) or not any(p.country in _CLUB_HOMES for p in gazetteer.place_candidates(home) + gazetteer.towns(home, newer=False)):
        return False
    return all(p.country in _CLUB_HOMES for p in gazetteer.place_candidates(span_text(span)))
