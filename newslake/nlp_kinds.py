"""Entity fixes by the kind of name: parties, facilities, journals and firms told by their words."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newslake import gazetteer

# capitalised plurals that name a party, not its voters: "the Conservatives", "Social Democrats"
PARTY_PLURALS = frozenset(
    {"Democrats", "Republicans", "Conservatives", "Socialists", "Greens", "Liberals", "Tories", "Communists"}
)
PARTY_MODIFIERS = frozenset(
    {"Social", "Christian", "Free", "Liberal", "Neo", "New", "Progressive", "Radical", "National", "Young"}
)
FAC_ENDINGS = frozenset({"Hospital", "Prison", "Jail", "Penitentiary", "Infirmary"})
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
MAX_PARTY_TOKENS = 4


def kind_fixes(doc: Doc, spans: list[Span]) -> list[Span]:
    """Relabel names whose own words or nearby words tell their kind; add party names NER left untagged."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = [_by_kind(s, taken) for s in spans]
    out.extend(_untagged_parties(doc, taken))
    return sorted(out, key=lambda s: s.start)


def _by_kind(span: Span, taken: set[int]) -> Span:
    """One span with the label its kind says, or unchanged."""
    label = span.label_
    if label == "NORP" and span[-1].text in PARTY_PLURALS:
        return _party(span.doc, span.start, span.end, taken)
    if label not in NAME_LABELS or label == "NORP":
        return span
    words = [t.text for t in span if t.lower_ != "the"]
    if len(words) > 1 and label != "FAC" and (words[-1] in FAC_ENDINGS or words[-2:-1] == ["Detention"]):
        return _to(span, "FAC")  # "Covenant Children's Hospital", "the Metropolitan Detention Center"
    if len(words) > 1 and label != "ORG" and words[-1] in FIRM_ENDINGS:
        return _to(span, "ORG")  # "Mistral AI", "Moderna Therapeutics"
    if label != "ORG" and (_in_journal(span) or _has_org_possession(span)):
        return _to(span, "ORG")
    return span


def _to(span: Span, label: str) -> Span:
    return Span(span.doc, span.start, span.end, label=label)


def _party(doc: Doc, start: int, end: int, taken: set[int]) -> Span:
    """An ORG from a party plural, grown over the modifiers before it ("Social" + "Democrats")."""
    while start > 0 and start - 1 not in taken and doc[start - 1].text in PARTY_MODIFIERS and end - start < MAX_PARTY_TOKENS:
        start -= 1
    return Span(doc, start, end, label="ORG")


def _untagged_parties(doc: Doc, taken: set[int]) -> list[Span]:
    """Party plurals NER did not tag at all: "the Greens will govern"."""
    out = []
    for tok in doc:
        if tok.i not in taken and tok.text in PARTY_PLURALS:
            span = _party(doc, tok.i, tok.i + 1, taken)
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


def _in_journal(span: Span) -> bool:
    """True for "reported in Nature", "writing in The Lancet" when the name is no known place."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "in" or doc[span.start - 2].lower_ not in PUBLISH_VERBS:
        return False
    text = span.text.removeprefix("the ")
    return not gazetteer.place_candidates(text) and not gazetteer.is_town(text)


def _has_org_possession(span: Span) -> bool:
    """True for "Chega, whose leader": a name followed by "whose" and a word only organisations have."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    return (
        span.label_ == "PERSON"
        and len(span) == 1
        and i + 1 < len(doc)
        and doc[i].lower_ == "whose"
        and doc[i + 1].lower_ in ORG_POSSESSIONS
    )
