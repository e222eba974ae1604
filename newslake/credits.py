"""Photo credits: "(AP Photo/Evan Vucci)", "REUTERS/Ahmed Jadallah", "Photo: Jared Kibet, Business Daily", "Photo /
Lewis Hartnell": the photographer is a PERSON and the agency or paper an ORG, whatever the model made of them. The
writers a byline or a wire story's closing credits name are people; a byline's role or desk ("By Laura Becker, Media
Correspondent", "By Tech Desk") is no name."""

from __future__ import annotations

import re
from itertools import chain

from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_common import doc_words, name_spans, overlay, overlay_found
from newslake.nlp_kinds import doc_text

_PART = r"[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,4}"
# a credit closes a caption line: after "Photo:"/"Picture:"/"Photo by"/"Photo /" or inside "(...)"/"[...]"
CREDIT_RE = re.compile(
    rf"(?:(?P<cue>\b(?:Photo|Picture|Image|Photograph|Credit)(?: by|:| /| -))|[(\[]|\u2014|/)\s*"
    rf"(?:Photo: )?(?P<a>{_PART})(?:\s*(?:/|,)\s*(?P<b>{_PART}))?(?: via (?P<c>{_PART}))?\s*[)\]]?\s*$",
    re.MULTILINE,
)
_CAPTION_LINE = re.compile(r"^(?:Photo|Picture|Image|Caption|Photograph)\b|\((?:AP|AFP|Reuters|Getty)", re.MULTILINE)
_CUES = ("Photo", "PHOTO", "Picture", "Getty")
# words a credit gives in place of a photographer or an outlet: no names
_CREDIT_WORDS = frozenset({"Handout", "Supplied", "File", "Courtesy", "Pool", "Staff", "Contributed", "Submitted"})
_PHOTO_WORDS = frozenset({"Photo", "PHOTO", "Photos", "Photograph", "Picture", "Pictures", "Images", "Image", "FILE"})
BYLINE_ROLES = frozenset({"Correspondent", "Reporter", "Editor", "Writer", "Columnist", "Critic", "Photographer"})
DESK_WORDS = frozenset({"Desk", "Bureau", "Staff"})  # "By Tech Desk", "By ET Bureau": no person either
# last words of a paper's name: "By Kyle Sizemore, Hazard Herald" names the writer's paper, not a second writer
_PAPER_WORDS = (
    "herald star times news journal gazette tribune chronicle telegraph observer mail express post press sun daily "
    "world champion pioneer miner argus examiner advertiser courier sentinel standard echo leader citizen bulletin "
    "record register review guardian mercury independent recorder democrat enquirer dispatch ledger monitor"
)
PAPER_WORDS = frozenset(_PAPER_WORDS.split())
# and of papers whose name a byline gives after the writer's ("By Priya Raman, Arizona Republic")
_BYLINE_PAPER_WORDS = (
    "republic republican advocate globe beacon banner inquirer eagle bee blade constitution signal patriot messenger "
    "journal-constitution free-press"
)
BYLINE_PAPER_WORDS = PAPER_WORDS | frozenset(_BYLINE_PAPER_WORDS.split())
MASTHEAD_ENDS = PAPER_WORDS - {"world", "champion", "daily", "leader", "citizen", "standard", "review"} | {"courant"}


def photo_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The names of a caption's closing credit, typed by whether they open with a first name."""
    text = doc_text(doc)
    if not any(cue in text for cue in _CUES) and not _CAPTION_LINE.search(text):
        return spans  # no caption, no credit: most texts
    found: list[Span] = []
    for m in CREDIT_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if (
            not _CAPTION_LINE.match(text, line_start)
            and "Photo" not in text[line_start : m.end()]
            and not m.group("cue")  # "... in 2017. Picture: Border Watch"
            and not (m.group("b") and gazetteer.lookup_org(m.group("b")))  # "... California. / Kevin Marsh, Getty Images"
        ):
            continue  # a credit ends a caption line, not a sentence of the story
        photographer = False
        for k in ("a", "b", "c"):
            if m.group(k) is None:
                continue
            start, end = m.span(k)
            words = m.group(k).split()
            whole = doc.char_span(start, end)
            end_with_words = whole.end if whole is not None else 0
            while words and words[-1] in _PHOTO_WORDS and not gazetteer.lookup_org(" ".join(words)):  # "AP Photo": AP
                end -= len(words.pop()) + 1
            if not words:
                continue
            part = doc.char_span(start, end)
            if part is None:
                continue
            name = " ".join(words)
            first = words[0]
            initial = len(first) == 2 and first[0].isupper() and first[1] == "."  # "J. Scott Applewhite"
            person = len(words) >= 2 and (initial or is_first_name(first)) and not gazetteer.lookup_org(name)
            if person and photographer and _paper_word(words[-1]):
                person = False  # "Photo by Jordan Pelletier/Red Deer Advocate": after the photographer, the paper
            said = {s.label_ for s in spans if (s.start, s.end) == (part.start, part.end)}
            if not person and "PERSON" in said and not photographer:
                person = True  # a first name the list lacks ("Wilberforce Okwiri"): the model's reading stands
            if not person and k == "a" and m.group("b") and _photographer_shaped(words, name, m.group("b")):
                person = True  # "Photo: Sodiq Adelakun / Punch": a name, then the outlet
            if len(words) == 1 and first in _CREDIT_WORDS:
                found.append(Span(doc, part.start, end_with_words, label=""))  # "Handout": no name at all
                continue
            # after a photographer a one-word outlet counts though it is a word ("/ Punch", "/ Getty")
            if len(words) == 1 and not photographer and not first.isupper() and not gazetteer.lookup_org(first):
                if part.end < end_with_words:  # "Pool Photo": a word and the photo word, no name at all
                    found.append(Span(doc, part.start, end_with_words, label=""))
                continue  # "Photo: Supplied", "Handout": a word, or a name the model is left to judge
            if k == "c" and not gazetteer.lookup_org(name):
                continue  # "via AP", "via Getty Images": only an agency is trusted after "via"
            found.append(Span(doc, part.start, part.end, label="PERSON" if person else "ORG"))
            photographer = person  # "Name / Outlet": after the photographer comes the outlet
    return [s for s in overlay(spans, found) if s.label_] if found else spans


def _photographer_shaped(words: list[str], name: str, outlet: str) -> bool:
    """Two or three capitalised words no list knows before a credit's second part that is no person's name."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if gazetteer.firm_or_place(name):
        return False
    rest = outlet.split()
    return not (len(rest) >= 2 and is_first_name(rest[0]))


_WORD = r"(?:[A-Z]\.|[A-Z][\w'\u2019-]+)"  # "J." or "Chmielewski": no sentence's full stop
_NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"
# the people a byline or a wire story's closing credits name: "By Dawn Chmielewski and Kenrick Cai", "(Reporting by
# Kenrick Cai in San Francisco and Dawn Chmielewski in Los Angeles; Editing by Lisa Shumaker)"
CREDIT_CLAUSE_RE = re.compile(
    r"(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Rr]eported)|^) ?[Bb]y [^;)\n]+",
    re.MULTILINE,
)
CREDIT_NAME_RE = re.compile(rf"(?:\b[Bb]y|\band|&|,|\|) (?P<name>{_NAME})(?![\w'\u2019.-]| [A-Z])")


_UP_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\u2019-]+"
_UP_NAME = rf"{_UP_WORD}(?: {_UP_WORD}){{1,2}}"
# a wire byline in capitals opening its line: "By ANDRÉS CEVALLOS Associated Press", "BY AYAKO MORITA"
UPPER_BYLINE_RE = re.compile(rf"^(?:By|BY) (?P<a>{_UP_NAME})(?: (?:and|AND) (?P<b>{_UP_NAME}))?(?= [A-Z]|,|$)", re.MULTILINE)


# a line of capitalised names signed with the writers' role and no "By": "KENTARO IWASAKI and CHENG TING-FANG, Nikkei
# staff writers", "RACHEL GROFF | Staff Writer", "ANA LUCERO Sun Staff Reporter"
UPPER_SIGNED_RE = re.compile(
    rf"^(?P<a>{_UP_NAME})(?: (?:and|AND) (?P<b>{_UP_NAME}))?(?:,| \|)? (?:[A-Z][\w&.'-]* ){{0,3}}(?:[Ss]taff )?"
    r"(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?)[ \t]*$",
    re.MULTILINE,
)
_ROLE_CUES = ("riter", "orrespondent", "eporter", "ditor")
# a caption's credit of a photographer in capitals after "PHOTO/": "at Ddundu on Monday. PHOTO/ABUBAKER LUBOWA"
UPPER_PHOTO_RE = re.compile(rf"\b(?:PHOTO|Photo) ?/ ?(?P<a>{_UP_NAME})(?![\w'\u2019])(?P<b>)")

_NOT_WRITERS = frozenset({"our", "the", "special", "news", "agency", "service", "wire", "wires", "report", "reports"})


def _upper_writer(name: str) -> bool:
    """Words of a capitalised byline that name a writer, not a desk, an agency or a paper ("BY STAFF REPORTER")."""
    words = name.title().split()
    return not any(
        w in BYLINE_ROLES or w in DESK_WORDS or w.lower() in PAPER_WORDS or w.lower() in _NOT_WRITERS
        or gazetteer.lookup_org(w)
        for w in words
    ) and not gazetteer.place_candidates(name.title())


def _paper_shaped(words: list[str]) -> bool:
    """A byline's part after the writer's comma that names a paper: no first name leads it, or a paper's word ends
    it ("Daily World", "The Carillon", "Katherine Times"; not "Fatima Hussein")."""
    return not is_first_name(words[0]) or _paper_word(words[-1])


def _paper_word(word: str) -> bool:
    """A paper's last word, alone or after a hyphen: "Advocate", "Leader-Post", "Banner-Herald"."""
    return word.lower() in BYLINE_PAPER_WORDS or word.lower().rsplit("-", 1)[-1] in BYLINE_PAPER_WORDS


def wire_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The writers and editors a byline or a wire story's closing credits name are people, however the model typed
    them, and the paper after a writer's comma is an ORG; a bureau ("by Reuters Moscow bureau") or a place ("in San
    Francisco") is left alone."""
    text = doc_text(doc)
    signed = any(cue in text for cue in _ROLE_CUES)
    photo = "PHOTO" in text or "Photo" in text
    if "By " not in text and " by " not in text and "BY " not in text and not signed and not photo:
        return spans
    people: list[Span] = []
    for m in chain(
        UPPER_BYLINE_RE.finditer(text),
        UPPER_SIGNED_RE.finditer(text) if signed else (),
        UPPER_PHOTO_RE.finditer(text) if photo else (),
    ):
        for k in ("a", "b"):
            if m.group(k) and _upper_writer(m.group(k)) and (span := doc.char_span(*m.span(k), label="PERSON")) is not None:
                people.append(span)
    for clause in CREDIT_CLAUSE_RE.finditer(text):
        for m in CREDIT_NAME_RE.finditer(clause.group(0)):
            name = m.group("name")
            last = name.split()[-1]
            if last in BYLINE_ROLES or last in DESK_WORDS:
                continue  # "By Laura Becker, Media Correspondent": the role, no second person
            if gazetteer.lookup_org(name.split()[0]) or gazetteer.firm_or_place(name):
                continue
            start = clause.start() + m.start("name")
            span = doc.char_span(start, start + len(name))
            if span is not None and not any(span.start < p.end and p.start < span.end for p in people):
                if m.group(0).startswith("|") and (
                    name.split()[0] in _STAMP_WORDS or all(w in _SECTION_WORDS for w in name.split())
                ):
                    continue  # "By Wanjiru Kamau | Published Nov 6", "| Wine Travel": a date stamp or a section
                paper = m.group(0).startswith((",", "|")) and _paper_shaped(name.split())
                people.append(Span(doc, span.start, span.end, label="ORG" if paper else "PERSON"))
    people.extend(_outlet_again(doc, people, spans))
    return overlay(spans, people) if people else spans


_STAMP_WORDS = frozenset({"Published", "Updated", "Posted", "Modified", "Last"})
_SECTION_WORDS = frozenset(
    {"News", "Travel", "Wine", "Food", "Opinion", "Sport", "Sports", "Business", "Life", "Lifestyle", "Culture", "Arts",
     "Tech", "Technology", "Politics", "World", "Health", "Science", "Entertainment", "Money", "Property", "Motoring",
     "Local", "National", "Features", "Education", "Environment", "Weather", "Crime", "Courts", "Music", "Film"}
)


def _outlet_again(doc: Doc, credits: list[Span], spans: list[Span]) -> list[Span]:
    """The byline's paper wherever the text names it again: "seen by Deccan Ledger", "Get Deccan Ledger alerts"; not
    over a place the model found there ("Hawke's Bay" of "Hawke's Bay Today" may be the story's only sign of its
    country)."""
    papers = {s.text for s in credits if s.label_ == "ORG" and len(s) > 1}
    if not papers:
        return []
    taken = [*credits, *(s for s in spans if s.label_ in ("GPE", "LOC"))]
    found: list[Span] = []
    for paper in papers:
        spans_of_paper = name_spans(doc, paper, "ORG")
        found.extend(s for s in spans_of_paper if not any(s.start < c.end and c.start < s.end for c in taken))
    return found


_OUTLET = r"(?:The )?[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,4}"
# a writer quoted with the outlet that ran the piece, as link blogs and digests credit: "Mat Honan, writing for
# BuzzFeed:", "Kyle Orland, reporting for Ars Technica:", "Christopher Mims, in his column for The Wall Street Journal:"
WRITER_FOR_RE = re.compile(
    rf"(?P<name>{_NAME}), (?:writing|reporting|in (?:his|her|their|a|an) (?:[a-z-]+ )?"
    rf"(?:column|piece|essay|op-ed|story|article|report|post|newsletter)) for (?P<outlet>{_OUTLET})"
)
# without the comma only where the quote follows: "Dani Deahl writing for The Verge:"
WRITER_FOR_COLON_RE = re.compile(rf"(?P<name>{_NAME}) (?:writing|reporting) for (?P<outlet>{_OUTLET}):")
_WRITER_CUES = (" writing for ", " reporting for ", " column for ", " piece for ", " essay for ", " op-ed for ")
# a link blog's quote under its writer's name alone on a line: "Brad Ellis:" (a first name leads, so no firm)
QUOTED_WRITER_RE = re.compile(rf"^(?P<name>{_NAME}):\n", re.MULTILINE)
# a podcast's or a feed's sponsors, one a line under "Sponsored by:": "Warby Parker: Boutique-quality glasses..."
SPONSOR_LINE_RE = re.compile(rf"(?P<firm>{_OUTLET}): \S")


def writers_for_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """The writer credited "Name, writing for Outlet" (or by a line "Name:" before the quote) is a PERSON and the outlet
    an ORG, however the model typed them, and so are the sponsors under "Sponsored by:"; a "name" some list knows as a
    firm or a place, and an outlet known only as a place, are left alone."""
    text = doc_text(doc)
    found = [*_quoted_writers(doc, text), *_sponsors(doc, text)]
    if not any(cue in text for cue in _WRITER_CUES):
        return overlay_found(spans, found) if found else spans
    for m in (*WRITER_FOR_RE.finditer(text), *WRITER_FOR_COLON_RE.finditer(text)):
        name, outlet = m.group("name"), m.group("outlet")
        if gazetteer.firm_or_place(name):
            continue
        if (person := doc.char_span(*m.span("name"), label="PERSON")) is not None:
            found.append(person)
        a_place = gazetteer.place_candidates(outlet) and gazetteer.lookup_org(outlet) is None
        if not a_place and (paper := doc.char_span(*m.span("outlet"), label="ORG")) is not None:
            found.append(paper)
    return overlay_found(spans, found) if found else spans


def _quoted_writers(doc: Doc, text: str) -> list[Span]:
    """People a link blog quotes by their name alone on a line before the quote."""
    found: list[Span] = []
    if ":\n" not in text:
        return found
    for m in QUOTED_WRITER_RE.finditer(text):
        name = m.group("name")
        if not is_first_name(name.split()[0]) or gazetteer.firm_or_place(name):
            continue
        if (person := doc.char_span(*m.span("name"), label="PERSON")) is not None:
            found.append(person)
    return found


def _sponsors(doc: Doc, text: str) -> list[Span]:
    """The firms listed one a line, each before its pitch, under "Sponsored by:"."""
    at = text.find("Sponsored by:\n")
    if at < 0:
        return []
    found: list[Span] = []
    offset = at + len("Sponsored by:\n")
    for line in text[offset:].split("\n"):
        if line.strip():
            if (m := SPONSOR_LINE_RE.match(line)) is None:
                break
            if (firm := doc.char_span(offset + m.start("firm"), offset + m.end("firm"), label="ORG")) is not None:
                found.append(firm)
        offset += len(line) + 1
    return found


def byline_roles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Without the role a byline gives its writer after a comma ("By Priya Sandhu, City Hall Reporter") or a desk
    signing it ("By Tech Desk")."""
    words = doc_words(doc)
    return [
        s
        for s in spans
        if not (
            s.start > 0
            and (
                (words[s.end - 1] in BYLINE_ROLES and _after_writers_comma(words, s.start))
                or (words[s.end - 1] in DESK_WORDS and words[s.start - 1] == "By")
            )
            and (s.end == len(words) or words[s.end] in (",", "|", "\n") or words[s.end].startswith("\n"))
        )
    ]


_ROLE_RANKS = frozenset({"Chief", "Senior", "Deputy", "Associate", "Assistant", "Staff", "Special", "Executive"})


def _after_writers_comma(words: list[str], start: int) -> bool:
    """A role opens after the writer's comma, or after a rank that does: "By Ben Harcourt, Chief Cricket Writer"."""
    return words[start - 1] == "," or (start > 1 and words[start - 1] in _ROLE_RANKS and words[start - 2] == ",")
