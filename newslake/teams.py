"""North American major-league teams called by their nickname alone ("the Steelers beat the Browns") are ORG."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newslake.nlp_kinds import doc_text, token_positions

# the NFL, NBA, MLB and NHL nicknames that are not also everyday capitalised words (those are EVERYDAY_NICKNAMES)
NICKNAMES = frozenset(
    ["Falcons", "Ravens", "Bills", "Panthers", "Bears", "Bengals", "Browns", "Cowboys", "Broncos", "Packers", "Texans", "Colts", "Jaguars", "Raiders", "Chargers", "Rams", "Dolphins", "Vikings", "Eagles", "Steelers", "49ers", "Seahawks", "Buccaneers", "Bucs", "Hawks", "Celtics", "Nets", "Hornets", "Bulls", "Cavaliers", "Cavs", "Mavericks", "Mavs", "Nuggets", "Pistons", "Warriors", "Rockets", "Pacers", "Clippers", "Lakers", "Grizzlies", "Bucks", "Timberwolves", "Pelicans", "Knicks", "76ers", "Sixers", "Suns", "Blazers", "Spurs", "Raptors", "Wizards", "Diamondbacks", "Braves", "Orioles", "Cubs", "Astros", "Dodgers", "Marlins", "Brewers", "Mets", "Yankees", "Phillies", "Padres", "Mariners", "Rays", "Rockies", "Ducks", "Bruins", "Sabres", "Flames", "Hurricanes", "Blackhawks", "Oilers", "Canadiens", "Predators", "Devils", "Islanders", "Flyers", "Penguins", "Sharks", "Kraken", "Canucks", "Capitals", "Maple"]
)
# nicknames that are also everyday words: a team only in a story that names another team ("the Wild beat the Jets")
EVERYDAY_NICKNAMES = frozenset(
    ["Senators", "Jets", "Thunder", "Wild", "Lightning", "Blues", "Stars", "Kings", "Giants", "Saints", "Cardinals", "Heat", "Magic", "Jazz", "Patriots", "Royals", "Twins", "Pirates", "Reds", "Nationals", "Tigers", "Rangers", "Avalanche", "Titans", "Chiefs", "Commanders", "Redskins", "Lions", "Guardians", "Athletics", "Red"]
)
# the first word of a two-word nickname, which counts only before its second: "Maple Leafs", "Red Wings"
SECOND_WORDS = {"Maple": "Leafs", "Red": "Wings"}
NAMES = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC"})
SCORE_RE = re.compile(r"\b\d{1,3}[-\u2013]\d{1,3}\b")


def nickname_teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """A lone team nickname after "the", or in a story naming two of them, is the team (ORG)."""
    hits = [i for i in token_positions(doc, NICKNAMES) if _whole_nickname(doc, i)]
    everyday = [
        i for i in token_positions(doc, EVERYDAY_NICKNAMES) if i > 0 and doc[i - 1].lower_ == "the" and _whole_nickname(doc, i)
    ]
    if not hits and not (len({doc[i].text for i in everyday}) >= 2 and SCORE_RE.search(doc_text(doc))):
        return spans  # everyday words alone make a sports story only beside a score ("the Wild beat the Jets 3-1")
    hits = sorted(hits + everyday)  # "the Wild" counts once the story names another team
    sporting = len({doc[i].text for i in hits}) >= 2
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


def _whole_nickname(doc: Doc, i: int) -> bool:
    """The word at i is a nickname by itself, or the first of two followed by its second ("Maple" + "Leafs")."""
    second = SECOND_WORDS.get(doc[i].text)
    return second is None or (i + 1 < len(doc) and doc[i + 1].text == second)
