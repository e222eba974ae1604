"""North American major-league teams called by their nickname alone ("the Steelers beat the Browns") are ORG."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.clubs import is_sports_story
from newslake.nlp_common import overlay, text_lines
from newslake.nlp_kinds import doc_text, token_positions

# the NFL, NBA, MLB and NHL nicknames that are not also everyday capitalised words (those are EVERYDAY_NICKNAMES)
NICKNAMES = frozenset(
    ["Falcons", "Ravens", "Bills", "Panthers", "Bears", "Bengals", "Browns", "Cowboys", "Broncos", "Packers", "Texans", "Colts", "Jaguars", "Raiders", "Chargers", "Rams", "Dolphins", "Vikings", "Eagles", "Steelers", "49ers", "Seahawks", "Buccaneers", "Bucs", "Hawks", "Celtics", "Nets", "Hornets", "Bulls", "Cavaliers", "Cavs", "Mavericks", "Mavs", "Nuggets", "Pistons", "Warriors", "Rockets", "Pacers", "Clippers", "Lakers", "Grizzlies", "Bucks", "Timberwolves", "Pelicans", "Knicks", "76ers", "Sixers", "Suns", "Blazers", "Spurs", "Raptors", "Wizards", "Diamondbacks", "Braves", "Orioles", "Cubs", "Astros", "Dodgers", "Marlins", "Brewers", "Mets", "Yankees", "Phillies", "Padres", "Mariners", "Rays", "Rockies", "Ducks", "Bruins", "Sabres", "Flames", "Hurricanes", "Blackhawks", "Oilers", "Canadiens", "Predators", "Devils", "Islanders", "Flyers", "Penguins", "Sharks", "Kraken", "Canucks", "Capitals", "Maple", "Leafs", "Habs"]
)
# nicknames that are also everyday words: a team only in a story that names another team ("the Wild beat the Jets")
EVERYDAY_NICKNAMES = frozenset(
    ["Senators", "Jets", "Thunder", "Wild", "Lightning", "Blues", "Stars", "Kings", "Giants", "Saints", "Cardinals", "Heat", "Magic", "Jazz", "Patriots", "Royals", "Twins", "Pirates", "Reds", "Nationals", "Tigers", "Rangers", "Avalanche", "Titans", "Chiefs", "Commanders", "Redskins", "Lions", "Guardians", "Athletics", "Red"]
)
# the first word of a two-word nickname, which counts only before its second: "Maple Leafs", "Red Wings"
SECOND_WORDS = {"Maple": "Leafs", "Red": "Wings"}
NAMES = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC"})
SCORE_RE = re.compile(r"\b\d{1,3}[-\u2013]\d{1,3}\b")
SCORE_LINE_RE = re.compile(r"[A-Za-z] \d{1,3}(?:\.\d{1,2})?(?: \(\d{1,3}\))?,? (?:d\.? |def\.? |bt |beat |v |- )?[A-Z]")


def nickname_teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """A lone team nickname after "the", or in a story naming two of them, is the team (ORG)."""
    hits = [i for i in token_positions(doc, NICKNAMES) if _whole_nickname(doc, i)]
    everyday = [
        i
        for i in token_positions(doc, EVERYDAY_NICKNAMES)
        if i > 0 and (doc[i - 1].lower_ == "the" or _after_home(doc, i)) and _whole_nickname(doc, i)
    ]
    if not hits and not (len({doc[i].text for i in everyday}) >= 2 and SCORE_RE.search(doc_text(doc))):
        return spans  # everyday words alone make a sports story only beside a score ("the Wild beat the Jets 3-1")
    hits = sorted(hits + everyday)  # "the Wild" counts once the story names another team
    sporting = len({doc[i].text for i in hits}) >= 2
    if sporting and everyday:
        # "the Thunder" named, its other mentions are the team too: "Thunder coach Mark Daigneault", "Thunder: ..."
        seen = set(hits)
        named = frozenset(doc[i].text for i in everyday)
        hits = sorted(hits + [i for i in token_positions(doc, named) if i not in seen and _team_slot(doc, i)])
    cover = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in hits:
        end = i + 2 if doc[i].text in SECOND_WORDS else i + 1
        if not (sporting or (i > 0 and doc[i - 1].lower_ == "the")):
            continue
        s = cover.get(i)
        if s is None and cover.get(end - 1) is None:
            out.append(Span(doc, i, end, label="ORG"))
        elif s is not None and (s.start, s.end) == (i, end) and s.label_ in NAMES:
            out[out.index(s)] = Span(doc, i, end, label="ORG")
    return sorted(out, key=lambda s: s.start)


# words after a team's nickname that say it is the team even at a sentence's start ("Blues coach Vern Cotter")
_TEAM_ROLES = frozenset(
    {"coach", "captain", "wing", "winger", "forward", "defender", "defenceman", "defenseman", "goalie", "goaltender",
     "guard", "center", "centre", "pitcher", "quarterback", "fans", "players", "player", "manager", "owner", ":"}
)


def _after_home(doc: Doc, i: int) -> bool:
    """The nickname follows its home town or state: "the Oklahoma City Thunder", "Ottawa Senators"."""
    return doc[i - 1].is_title and bool(
        gazetteer.lookup_place(doc[i - 1].text) or (i >= 2 and gazetteer.lookup_place(doc[i - 2 : i].text))
    )


def _team_slot(doc: Doc, i: int) -> bool:
    """An everyday word the story has used as a nickname is the team inside a sentence, or before a role word."""
    if not _whole_nickname(doc, i):
        return False
    before = doc[i - 1].text if i > 0 else "\n"
    opening = "\n" in before or before in (".", "!", "?", '"', "\u201c", "\u2014", "-")
    return not opening or (i + 1 < len(doc) and doc[i + 1].lower_ in _TEAM_ROLES)


def _whole_nickname(doc: Doc, i: int) -> bool:
    """The word at i is a nickname by itself, or the first of two followed by its second ("Maple" + "Leafs"); the
    second of two after its first ("Leafs" of "Maple Leafs") is no nickname by itself."""
    if i > 0 and SECOND_WORDS.get(doc[i - 1].text) == doc[i].text:
        return False
    second = SECOND_WORDS.get(doc[i].text)
    return second is None or (i + 1 < len(doc) and doc[i + 1].text == second)


_SIDE = r"[A-Z][A-Za-z.'\u2019&-]*(?: [A-Z][A-Za-z.'\u2019&-]*){0,2}"
_POINTS = r"\d{1,3}(?:\.\d{1,2})?(?: \(\d{1,3}\))?"  # "4", "13.8 (86)"
# a results line: "Buffalo 4, Pittsburgh 2", "- Ballarat 13.8 (86) d Bacchus Marsh 7.11 (53)", "New Zealand 33 Australia 24",
# or one of several in a line: "Saturday's other results: Toronto 4, Ottawa 2; Winnipeg 3, Calgary 2 (OT)"
RESULT_RE = re.compile(
    rf"(?:^|(?<=[;:] ))(?:[-\u2022*] )?(?P<a>{_SIDE}) {_POINTS}(?:,| d\.?| def\.?| bt| beat| v| -| \u2013)? (?P<b>{_SIDE}) {_POINTS}\b",
    re.MULTILINE,
)


def result_lines(doc: Doc, spans: list[Span]) -> list[Span]:
    """The two sides of a results line in a sports story are names: a known place (a town's side) is GPE, as issue
    4 keeps places, any other side ORG; whatever the model made of the line ("Sebastopol 12.10") gives way."""
    text = doc_text(doc)
    if not SCORE_LINE_RE.search(text):
        return spans
    results = list(RESULT_RE.finditer(text))
    if not results or (len(results) < 2 and not is_sports_story(text)):
        return spans  # one such line outside a sports story may be anything: "Windows 11, Office 365"
    sides: list[Span] = []
    people = {(s.start_char, s.end_char) for s in spans if s.label_ == "PERSON"}
    for m in results:
        if m.span("a") in people and m.span("b") in people:
            continue  # a batting card or a leaderboard the model read as people: "Babar Azam 71, Saim Ayub 38"
        for k in ("a", "b"):
            side = doc.char_span(*m.span(k))
            if side is None:
                continue
            name = m.group(k)
            # a plural is a nickname ("Sabres", though a French village is called so); a place's side stays a place
            plural = name.endswith("s") and not name.endswith("ss") and not gazetteer.lookup_place(name)
            nickname = name in NICKNAMES or name in EVERYDAY_NICKNAMES or plural  # "Blue Jackets", not "Des Moines"
            model = {s.label_ for s in spans if (s.start, s.end) == (side.start, side.end)}
            place = not nickname and (gazetteer.lookup_place(name) or gazetteer.is_town(name) or bool(model & {"GPE", "LOC"}))
            if not (place or nickname or any(s.start < side.end and side.start < s.end for s in spans)):
                continue  # a side no list knows and the model passed over: left alone
            sides.append(Span(doc, side.start, side.end, label="GPE" if place and not _british(name) else "ORG"))
        line = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if line is not None:
            spans = [s for s in spans if not (s.start < line.end and line.start < s.end)]
    return sorted(spans + sides, key=lambda s: s.start) if sides else spans


def _british(name: str) -> bool:
    """A British town's side is its club, which bears the town's name ("Kilmarnock 2 Livingston 2"); elsewhere the
    gold keeps a town's side a place ("Toronto 4, Ottawa 2")."""
    places = gazetteer.place_candidates(name)
    return bool(places) and places[0].country == "GBR"


# a scorer or bowler in a scores line: an initial, a surname and the figures ("S Kenny 0-11", "J Richardson 2-31")
SCORER_RE = re.compile(r"(?<![\w.])[A-Z] [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?(?= \d)")
MIN_SCORERS = 2


def scorer_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a sports story's lists of scorers or figures, "S Kenny 0-11, D Holden 1-2" names people, whatever the
    model made of them ("S Smith 90" as an ORG)."""
    text = doc_text(doc)
    found = list(SCORER_RE.finditer(text))
    if len(found) < MIN_SCORERS or not is_sports_story(text):
        return spans
    people = [p for m in found if (p := doc.char_span(m.start(), m.end())) is not None]
    if not people:
        return spans
    people = [Span(doc, p.start, p.end, label="PERSON") for p in people]
    # the model's span may run on into the figures ("S Smith 90"): it gives way, the figures are no name
    kept = [s for s in spans if not any(s.start < p.end and p.start < s.end for p in people)]
    return sorted(kept + people, key=lambda s: s.start)


# "J. Sinner (ITA) d A. de Minaur (AUS) 6-4", "Shi Yu Qi (Chn) bt Lee Zii Jia (Mas) 21-15": a country's code after a name
_CODE_RE = re.compile(r"(?<=[\w.'\u2019] )\(([A-Z][A-Za-z]{2})\)")
MIN_CODES = 2


def sport_country_codes(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a results line naming two or more competitors by their countries' codes, each code is the country (GPE);
    a single code in parentheses is left alone: "(PAS)", "(CAF)" are a party and a football body as often."""
    text = doc_text(doc)
    if ") " not in text and not text.endswith(")"):
        return spans
    codes: list[Span] = []
    for line_start, line in text_lines(text):
        found = list(_CODE_RE.finditer(line))
        if len(found) < MIN_CODES or not any(ch.isdigit() for ch in line):
            continue
        if not all(gazetteer.sport_code_country(m.group(1)) for m in found):
            continue
        for m in found:
            span = doc.char_span(line_start + m.start(1), line_start + m.end(1))
            if span is not None:
                codes.append(Span(doc, span.start, span.end, label="GPE"))
    return overlay(spans, codes) if codes else spans


# a team's line-up after its name: "Harrogate: Pennock, Foulds, Hemsworth (Sims 67), O'Connor, Daly."; British pages
# give the formation and part the lines with semicolons: "Harrogate Town (4-4-2): Belshaw; Fallowfield, Burrell, ..."
_PLAYER = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?"
LINEUP_RE = re.compile(
    rf"^[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){{0,3}}(?: \(\d(?:-\d){{2,3}}\))?: "
    rf"(?P<players>{_PLAYER}(?: \([^)\n]{{1,40}}\))?(?:[,;] {_PLAYER}(?: \([^)\n]{{1,40}}\))?){{3,}})\.?$",
    re.MULTILINE,
)
_PLAYER_RE = re.compile(_PLAYER)
MIN_LINEUP_PLAYERS = 4
LINEUP_MAX_PLACE_SHARE = 3  # at most one name in three a place


def lineup_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a sports story, the names listed after a team's name on a line of their own are its players (PERSON),
    whatever the model made of them ("Ferriby" is also a town)."""
    text = doc_text(doc)
    if ": " not in text:
        return spans
    lines = list(LINEUP_RE.finditer(text))
    if not lines or not is_sports_story(text):
        return spans
    people: list[Span] = []
    for m in lines:
        start = m.start("players")
        names = list(_PLAYER_RE.finditer(m.group("players")))
        if not _players(names):
            continue
        for p in names:
            span = doc.char_span(start + p.start(), start + p.end())
            if span is not None:
                people.append(Span(doc, span.start, span.end, label="PERSON"))
    return overlay(spans, people) if len(people) >= MIN_LINEUP_PLAYERS else spans


def _players(names: list[re.Match[str]]) -> bool:
    """A line-up names people: no country ("Path D: Georgia, North Macedonia, Kosovo, Belarus") and places for at most
    a third of its names ("Ferriby" is a town and a player); a list of clubs ("Bristol City, Bath City") is none."""
    texts = [n.group(0) for n in names]
    if any(gazetteer.fold(t) in gazetteer.countries() or gazetteer.lookup_org(t) for t in texts):
        return False
    return sum(bool(gazetteer.place_candidates(t) or gazetteer.is_town(t)) for t in texts) * LINEUP_MAX_PLACE_SHARE <= len(texts)
