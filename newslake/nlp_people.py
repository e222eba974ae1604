"""People and surnames: names NER missed, names joined or spread through the document, listed people."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, IS_TITLE
from spacy.tokens import Doc, Span

from newslake import gazetteer
from newslake.first_names import is_first_name
from newslake.nlp_checks import bare_name, known_span_name, major_place, starts_sentence, unknown_word
from newslake.nlp_common import GPE, LOC, NORP, ORG, PERSON, doc_lowers, doc_words, lower_words, span_text
from newslake.nlp_kinds import token_positions
from newslake.nlp_neighbours import org_apposition
from newslake.nlp_words import (
    ALIAS_CUES,
    FAC_AFTER,
    FAC_WORDS,
    GEO_NOUNS,
    NAME_LINKS,
    NEWS_OUTLETS,
    NON_NAME_LABELS,
    NUMERIC_LABELS,
    ORG_AFTER,
    ORG_WORDS,
    PERSON_TITLES,
    PLACE_NOUNS,
    RANKS,
    ROMAN,
    ROYAL,
    SIDE_PREFIXES,
    TITLES,
)
from newslake.products import brand_led, listed_product

_ORG_FAC_PLACE = ORG_WORDS | FAC_WORDS | PLACE_NOUNS
_RANKS_GOVERNOR_MAYOR = RANKS | {"governor", "mayor"}


def rank_modifier(span: Span) -> bool:
    """True for "Caretaker" / "Interim" opening "Caretaker Prime Minister Najib Mikati": a word, not a name."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc_lowers(doc)[span.end] in RANKS
        and span.label in (ORG, PERSON, GPE, NORP)
        and starts_sentence(span[0])
        and unknown_word(span)
        and not known_span_name(span)
    )


def coordinated_people(spans: list[Span]) -> list[Span]:
    """A two- or three-word "ORG" with no organisation word coordinated with a PERSON is a PERSON.

    "defeating Sajith Premadasa and incumbent Ranil Wickremesinghe": names in a list share their type.
    """
    out = list(spans)
    for i, s in enumerate(out):
        if s.label != ORG or not bare_name(s):
            continue
        for j in (i - 1, i + 1):
            if not (0 <= j < len(out)) or out[j].label != PERSON:
                continue
            lo, hi = (out[j].end, s.start) if j < i else (s.end, out[j].start)
            between = s.doc[lo:hi]
            if not 1 <= len(between) <= 3:
                continue  # adjacent (or overlapping) names are no list
            comma = [t.text for t in between] == [","]
            if (comma and _list_goes_on(s.doc, min(s.start, out[j].start), max(s.end, out[j].end))) or (
                between[0].lower_ in ("and", "or") and all(t.is_lower for t in between)
            ):
                out[i] = Span(s.doc, s.start, s.end, label="PERSON")
                break
    return out


LIST_LOOKAHEAD = 4  # tokens after "A, B" in which the list goes on: "Ratan Tata, Venu Srinivasan of TVS Motor, ..."


def _list_goes_on(doc: Doc, start: int, end: int) -> bool:
    """Two names joined by a comma are a list only if it goes on: "A, B and C", "A, B of X, C" ("Before joining
    Energy Control, Lladanosa briefly worked": a clause, no list)."""
    lowers = doc_lowers(doc)  # list reads: no Token per word
    if start > 0 and lowers[start - 1] == ",":
        return True
    for word in lowers[end : end + LIST_LOOKAHEAD]:
        if word in (",", "and", "or", "&"):
            return True
        if word in (".", "!", "?") or "\n" in word:  # the sentence or the line ended first
            return False
    return False


def listed_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Narendra Modi and Nitish Kumar" where NER tagged only "Nitish" (as a place): the name is a PERSON."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    person_ends = {s.end for s in spans if s.label == PERSON}
    out = []
    for s in spans:
        # the label and the name before first: the words after are read only for a name right after "X and"
        if s.label in (GPE, NORP, ORG) and s.start >= 2 and s.start - 1 in person_ends:
            end = s.end
            while end < len(doc) and end - s.end < 2 and end not in taken and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if (
                end > s.end
                and doc[s.start - 1].lower_ in ("and", "or")
                and unknown_word(s)
                and not known_span_name(doc[s.start : end])
                and not gazetteer.place_candidates(span_text(s))
            ):
                s = Span(doc, s.start, end, label="PERSON")
        out.append(s)
    return out


_PM = frozenset({"PM"})


def prime_ministers(doc: Doc, spans: list[Span]) -> list[Span]:
    """The one capitalised word after "PM" ("PM Modi hosting Xi", "PM Sunak's") is a person where the model read it
    as a place or an organisation, or read nothing; a country's or a known firm's word there stays what it was."""
    words = doc_words(doc)
    cued = [i + 1 for i in token_positions(doc, _PM) if i + 1 < len(words) and _surname_shaped(words[i + 1])]
    if not cued:
        return spans
    at = {s.start: k for k, s in enumerate(spans)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in cued:
        k = at.get(i)
        if k is not None and len(spans[k]) == 1 and spans[k].label in (GPE, LOC, ORG):
            if gazetteer.fold(words[i]) not in gazetteer.countries() and gazetteer.lookup_org(words[i]) is None:
                out[k] = Span(doc, i, i + 1, label="PERSON")
        elif i not in taken:
            out.append(Span(doc, i, i + 1, label="PERSON"))
    return sorted(out, key=lambda s: s.start)


def _surname_shaped(word: str) -> bool:
    return word.istitle() and word.isalpha() and len(word) > 1


def propagate_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Within a document, a surname or full name already seen as PERSON is PERSON wherever it recurs."""
    singles = {span_text(s) for s in spans if s.label == PERSON and len(s) == 1}
    singles |= {s[-1].text for s in spans if s.label == PERSON and 1 < len(s) <= 3}  # "Gisele Pelicot"
    spans = [Span(doc, s.start, s.end, label="PERSON") if _named_by_surname(s, singles) else s for s in spans]
    # "Apple Watches" typed PERSON makes no person of "Apple"
    people = [s for s in spans if s.label == PERSON and _spreadable_name(s) and not brand_led(s) and not listed_product(s)]
    # a town's name misread as a person's spreads no name ("Swift Current": neither "Swift" nor "Current")
    people = [s for s in people if len(s) == 1 or s[0].text in ("St", "St.") or not gazetteer.is_town(span_text(s))]
    # a lone PERSON word that is also a known place is weak evidence: "isolate Raqqah" vs "in Raqqah"
    full = {span_text(s) for s in people if len(s) > 1 or not _known_area(span_text(s))}
    surnames = {s[-1].text for s in people if len(s) > 1}
    # a double-barrelled surname is three tokens: "Waller-Bridge" of "Phoebe Waller-Bridge"
    doubles = {span_text(s[-3:]) for s in people if len(s) > 3 and s[-2].text == "-"}
    # a first word that is a demonym is the model's misread ("Canadian Heritage"), no surname to spread
    firsts = {w for s in people if len(s) > 1 and not gazetteer.lookup_demonym(w := s[0].text)}
    if firsts:
        # "Kyushu Shinkansen" misread as a person leaves "southern Kyushu", a major place the model found, the island
        placed = {t for s in spans if s.label in (GPE, LOC) and (t := span_text(s)) in firsts}
        kept = {w for w in placed if w not in surnames and not is_first_name(w) and _known_area(w)}
        surnames |= firsts - kept
    out: list[Span] = []
    for s in spans:
        text = span_text(s)  # built once: spaCy joins the tokens again at every access
        named = text in full or (len(s) == 1 and text in surnames) or (len(s) == 3 and text in doubles)
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


def _known_area(text: str) -> bool:
    """A major place, or a river, sea or region of the shipped list ("the Danube"): no surname to spread."""
    return major_place(text) or gazetteer.fold(text) in gazetteer.world_areas()


def _spreadable_name(span: Span) -> bool:
    """False for a PERSON span that does not look like a name: "Pro-Beijing DAB" (a side, an acronym)."""
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in SIDE_PREFIXES:
        return False
    if len(span) > 2 and span[1].text == "-" and span[0].is_upper and span[0].is_alpha:
        return False  # a campus or branch of an acronym's body ("UW-Madison"), no person
    # a name of two or more words with an acronym in it is a misread org ("Beijing DAB"); "Kim Jong UN" is rare
    return len(span) == 1 or not any(len(t) >= 3 and t.is_upper and t.is_alpha and t.text not in ROMAN for t in span)


def known_as(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name right after "Pushpa Kamal Dahal, known as" / "nicknamed" is that person's alias: PERSON."""
    out = list(spans)
    for i, s in enumerate(out[1:], start=1):
        prev = out[i - 1]
        if not 0 < s.start - prev.end <= 4 or prev.label != PERSON:
            continue  # the cue is one to four words after a person: no slice of the words between every pair
        cue = lower_words(doc, prev.end, s.start)
        aliased = bool(cue) and (cue[-1] in ALIAS_CUES or (cue[-1] == "as" and cue[-2:-1] == ["known"]))
        if aliased and prev.label == PERSON and s.label != PERSON and len(s) <= 3 and len(cue) <= 4:
            out[i] = Span(doc, s.start, s.end, label="PERSON")
    return out


def _named_by_surname(span: Span, singles: set[str]) -> bool:
    """True for an ORG like "Dean Kamen" when "Kamen" alone is PERSON elsewhere in the doc."""
    if span.label != ORG or not 2 <= len(span) <= 4 or span[-1].text not in singles:
        return False
    if gazetteer.lookup_org(span_text(span)):
        return False
    return all(t.is_title and t.is_alpha for t in span) and not any(t.lower_ in ORG_WORDS for t in span)


def missed_names(doc: Doc, taken: set[int], person_ends: set[int]) -> list[Span]:
    """Names NER missed: "King Abdullah II", "the Qandil mountains", "Alberto Nunez Feijoo, the PP leader"."""
    out: list[Span] = []
    flags = doc.to_array([IS_TITLE, IS_STOP, IS_ALPHA])  # per-doc flags: no Token made for every word
    mask = (flags[:, 0] != 0) & (flags[:, 1] == 0)  # title-case and no stop word
    name_word = mask.tolist()
    title, alpha = (flags[:, 0] != 0).tolist(), (flags[:, 2] != 0).tolist()
    words, lowers = doc_words(doc), doc_lowers(doc)
    resume = 0
    for i in numpy.flatnonzero(mask).tolist():  # only a name word can open a run: no loop over the rest
        if i < resume or i in taken or (i > 0 and name_word[i - 1] and i - 1 not in taken):
            continue
        end = i
        # a run goes on over title-case words, Roman numerals and name links ("bin", "ibn")
        while (
            end < len(words)
            and end - i < 4
            and end not in taken
            and ((title[end] and alpha[end]) or words[end] in ROMAN or lowers[end] in NAME_LINKS)
        ):
            end += 1
        while end > i and not title[end - 1] and words[end - 1] not in ROMAN:
            end -= 1
        span = _missed_name(doc, i, end, person_ends)
        if span is not None:
            out.append(span)
            taken.update(range(span.start, span.end))
        resume = max(end, i + 1)
    return out


def _missed_name(doc: Doc, start: int, end: int, person_ends: set[int] = frozenset()) -> Span | None:
    """The name a run of title-case words forms, judged by the words around it, or None."""
    if end <= start:
        return None
    run = doc[start:end]  # one Span for the run: its words, its text and the tests below
    texts, lowers = doc_words(doc), doc_lowers(doc)  # list reads: no Token per word
    if not _ORG_FAC_PLACE.isdisjoint(lowers[start:end]) or gazetteer.lookup_org(text := span_text(run)):
        return None
    first = doc[start]
    rank = next((i for i in range(start, end) if lowers[i] in _RANKS_GOVERNOR_MAYOR), None)
    if rank is not None and rank > start and gazetteer.place_candidates(doc[start:rank].text):
        return Span(doc, start, rank, label="GPE")  # "Ontario Premier Doug Ford": the place whose premier
    lead = start
    while lead < end and lowers[lead] in PERSON_TITLES and doc[lead].is_title:
        lead += 1
    if lead > start and 2 <= end - lead <= 3:
        name = doc[lead:end]  # "Dr Halidou Tinto", "Foreign Minister Naledi Pandor": a title makes a person
        if all(t.is_title and t.text.replace("'", "").isalpha() for t in name) and not known_span_name(name):
            return Span(doc, name.start, name.end, label="PERSON")
    if len(run) <= 3 and all(t.is_alpha for t in run) and not known_span_name(run) and org_apposition(run):
        return Span(doc, start, end, label="ORG")  # "Unison, the public service union, warned"
    if texts[start] in ROYAL:  # "King Abdullah II", "Crown Prince Mohammed bin Salman"
        while start < end and texts[start] in ROYAL:
            start += 1
        ok = end > start and doc[start].is_title and not gazetteer.place_candidates(doc[start:end].text)
        return Span(doc, start, end, label="PERSON") if ok else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_lower and (end - start > 1 or not starts_sentence(first)):
        if nxt.lower_ in GEO_NOUNS:
            return Span(doc, start, end, label="LOC")  # "the Qandil mountains"
        if nxt.lower_ in FAC_AFTER:
            return Span(doc, start, end, label="FAC")  # "Ninoy Aquino airport"
        if nxt.lower_ in ORG_AFTER and not gazetteer.lookup_demonym(text):
            return Span(doc, start, end, label="ORG")  # "whose Semilla movement"
        if nxt.lower_ == "news" and end + 1 < len(doc) and doc[end + 1].lower_ in NEWS_OUTLETS:
            return Span(doc, start, end, label="ORG")  # "the ministry's Tasnim news agency"
    after = lowers[end : end + 6]
    if 2 <= len(run) <= 3 and all(t.is_alpha for t in run) and not known_span_name(run):
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


def place_surnames(spans: list[Span]) -> list[Span]:
    """An unknown first name touching a known place is a person ("Valeska Paris"); the place word is her surname. An
    organisation's word touching it names the organisation's branch there ("Safaricom Ethiopia")."""
    out: list[Span] = []
    surnames: set[str] = set()
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == s.start
            and len(prev) == 1
            and len(s) == 1
            and s.label == GPE
            and prev.label in (GPE, LOC, ORG, PERSON)
            and prev[0].is_title
            and prev[0].is_alpha
            and not gazetteer.place_candidates(prev.text)
            and not gazetteer.lookup_demonym(prev.text)
            and prev[0].lower_ not in TITLES
            and not _name_runs_on(s)
        ):
            if is_first_name(prev.text) or (prev.label == PERSON and not gazetteer.place_candidates(span_text(s))):
                out[-1] = Span(s.doc, prev.start, s.end, label="PERSON")
                surnames.add(span_text(s))
                continue
            if not _bureau_after(s):
                # no first name before a known place: a firm's or club's branch of it ("Euronext Dublin",
                # "Safaricom Ethiopia", "Energie Cottbus"), no person
                out[-1] = Span(s.doc, prev.start, s.end, label="ORG")
                continue
        out.append(s)
    if not surnames:
        return out
    return [
        Span(s.doc, s.start, s.end, label="PERSON") if len(s) == 1 and span_text(s) in surnames else s for s in out
    ]


def _bureau_after(span: Span) -> bool:
    """True before "bureau" or "office": "by Reuters Moscow bureau" names the agency and the city apart."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("bureau", "bureaus", "office", "desk")


def merge_people(spans: list[Span]) -> list[Span]:
    """Join touching parts of one name ("Hassan Sheikh" + "Mohamud", "Hindu" + "Kush mountains"); add "II"."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        touching = prev is not None and prev.end == s.start and prev.label_ not in NUMERIC_LABELS
        if prev is not None and s.label == PERSON and 0 < s.start - prev.end <= 2:
            gap = s.doc[prev.end : s.start]  # "Mahamat" + "Idriss" + "Deby": a middle name NER left out
            touching = all(t.is_title and t.is_alpha and not t.is_stop and t.lower_ not in TITLES for t in gap)
        if not touching:
            out.append(s)  # the name tests below only for touching names
            continue
        first_name = prev is not None and prev.label == ORG and unknown_word(prev) and not known_span_name(prev)
        surname = prev is not None and prev.label == PERSON and s.label == ORG and unknown_word(s)
        if touching and surname and not gazetteer.lookup_org(span_text(s)):
            s = Span(s.doc, out.pop().start, s.end, label="PERSON")  # "Maria Corina" + "Machado"
        elif touching and (
            s.label == PERSON and (prev.label == PERSON or first_name)
            or (s.label == LOC and _before_geo_noun(s))
        ):
            s = Span(s.doc, out.pop().start, s.end, label=s.label)
        out.append(s)
    starts = {s.start for s in out}
    return [
        Span(s.doc, s.start, s.end + 1, label="PERSON")
        if s.label == PERSON and s.end < len(s.doc) and s.doc[s.end].text in ROMAN and s.end not in starts
        else s
        for s in out
    ]


def _before_geo_noun(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_lower and nxt.lower_ in GEO_NOUNS


def _name_runs_on(span: Span) -> bool:
    """True when capitalised words go on after the span: "Bruhat Bengaluru Mahanagara Palike" is one long name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title and doc[span.end].is_alpha and not doc[span.end].is_stop
