"""Teams in sports stories: full club names and nicknames are ORG ("Caernarfon Town", "the Senators"); a place standing
alone for its team stays a place ("Minnesota won", "Clare beat Limerick"), as the annotation brief has it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newslake import gazetteer
from newslake.nlp_common import FAC, GPE, LOC, ORG, PERSON, doc_words
from newslake.nlp_kinds import doc_text, span_text, token_positions
from newslake.nlp_words import FAC_HEADS, FAC_WORDS, GEO_NOUNS, ORG_WORDS, PLACE_NOUNS, SITE_HEADS

SPORT_WORDS = frozenset(
    {"club", "clubs", "striker", "midfielder", "winger", "defender", "goalkeeper", "coach", "manager", "transfer",
     "scored", "goal", "goals", "league", "season", "fans", "match", "fixture", "squad", "derby", "penalty",
     "champions", "relegation", "kick-off", "stoppage", "equaliser", "equalizer", "playoff", "play-off", "header",
     "free-kick", "equalise", "equalised", "equalize", "equalized", "referee", "crossbar", "substitute", "substitutes"}
)
MIN_SPORT_WORDS = 3
# the words of rugby, Gaelic games, Australian football, cricket and North American leagues
OTHER_CODE_WORDS = frozenset(
    {"tries", "scrum", "scrum-half", "fly-half", "lineout", "ruck", "half-time", "full-time", "hurling", "semi-final",
     "quarter-final", "premiership", "wicket", "wickets", "innings", "touchdown", "quarterback", "playoffs", "halftime",
     "teammates", "defeat", "unbeaten"}
)
_WORD_RE = re.compile(r"[a-z][a-z-]+")
_ALL_SPORT_WORDS = SPORT_WORDS | OTHER_CODE_WORDS


@lru_cache(maxsize=8)  # asked up to three times per doc of the same text: one scan
def is_sports_story(text: str) -> bool:
    """True when the text uses several words of team sport (club, striker, scored, league, fans, ...)."""
    return len(_ALL_SPORT_WORDS.intersection(_WORD_RE.findall(text.lower()))) >= MIN_SPORT_WORDS


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
