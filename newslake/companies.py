"""Names of large listed companies as news writes them, built once from pytickersymbols' index lists.

Build (dev dependency, offline): `uv run --frozen python -m newslake.companies` rewrites data/companies.csv.
At run time only that CSV is read (gazetteer.organizations), so pytickersymbols is never imported there.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy

from newslake import config, gazetteer
from newslake.nlp_common import lexicon

OUT = Path(__file__).parent / "data" / "companies.csv"

# legal forms news leaves out: "Anglo American plc" -> "Anglo American", "Aegon N.V." -> "Aegon"
_LEGAL = re.compile(
    r"(?:,?\s+(?:plc|p\.l\.c\.|inc\.?|incorporated|corp\.?|ltd\.?|limited|llc|l\.p\.|ag|se|sa|s\.a\.|n\.v\.|nv|"
    r"ab|asa|oyj|oy|spa|s\.p\.a\.|gmbh|kgaa|a/s|b\.v\.|bv|co\.?|& co\.?|and company|& company))+$",
    re.IGNORECASE,
)
# descriptive last words news often drops: "BT Group" -> "BT", "Meiji Holdings" -> "Meiji"
_DESCRIPTOR = re.compile(r"\s+(?:group|holdings?|corporation|company|companies)$", re.IGNORECASE)
_SHAPE = re.compile(r"[A-Z0-9][\w&'.\-]*(?: [\w&'.\-]+)*")


def legal_name_forms(legal: str) -> list[str]:
    """The forms of a listed name that news uses: legal suffix cut, then a descriptive last word cut."""
    name = re.sub(r"\s+", " ", legal.replace("\u2019", "'")).strip()
    name = re.sub(r"^The ", "", name)
    name = re.sub(r"(?<=[a-zäöå])[ABC]$", "", name)  # share class run into the name: "KalmarB", "LifcoB"
    name = _LEGAL.sub("", name).strip(" ,")
    forms = [name]
    short = _DESCRIPTOR.sub("", name).strip(" ,")
    if short and short != name:
        forms.append(short)
    # wire copy often drops accents: "Hermes", "Societe Generale", "Telefonica"
    plain = [p for f in forms if (p := gazetteer.unaccented(f)) != f]
    return [f for f in forms + plain if f]


def named_after_person(name: str, people: str) -> bool:
    """True when the name is a founder's or a leader's name ("Ralph Lauren", "Porsche"), not "Goldman Sachs"."""
    name, people = gazetteer.unaccented(name), gazetteer.unaccented(people)
    return bool(people) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", people) is not None


def news_safe(name: str, is_common_word: Callable[[str], bool], is_place: Callable[[str], bool]) -> bool:
    """True when a company name can be tagged ORG wherever it occurs in exact case.

    Rejected: one-word names that are English words ("Target", "Vale", "Next", "Partners") or stop words, names
    that are places ("Toyota" is also a city: the model already knows the firm, and the place reading must stay),
    two-letter codes, names with digits or odd characters, and multi-word names made only of English words
    ("Steel Dynamics", "Global Payments": a title-case headline would match them).
    """
    if len(name) < 3 or not _SHAPE.fullmatch(name) or any(c.isdigit() for c in name) or is_place(name):
        return False
    words = name.split()
    if len(words) == 1:
        return not is_common_word(name)
    # a place among the words makes it a name: "Texas Instruments", "Japan Airlines" (not "Global Payments")
    return not all((is_common_word(w) and not is_place(w)) or w in ("&", "and", "of") for w in words)


def company_rows(
    listed: Iterable[tuple[str, str]], is_common_word: Callable[[str], bool], is_place: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """(alias, canonical name) for every safe news form of each (legal name, its people); first name wins."""
    rows: dict[str, str] = {}
    for legal, people in listed:
        forms = legal_name_forms(legal)
        for form in forms:
            # a one-word surname ("Kroger", "Renault") is the firm in news; a full name ("Ralph Lauren") may not be
            person = len(form.split()) > 1 and named_after_person(form, people)
            if news_safe(form, is_common_word, is_place) and not person:
                rows.setdefault(form, forms[0])
    return sorted(rows.items())


def _index_companies() -> list[tuple[str, str]]:
    """(name, founders and key people) of every index constituent pytickersymbols ships (S&P 500, FTSE 100, ...)."""
    from pytickersymbols.indices_data import INDICES  # dev dependency: build time only

    out: dict[str, str] = {}
    for index in INDICES.values():
        for c in index["companies"]:
            meta = c.get("metadata") or {}
            out[c["name"]] = " | ".join(str(meta.get(k) or "") for k in ("founder", "key_people"))
    return sorted(out.items())


def build(out: Path = OUT) -> int:
    """Rewrite the shipped company CSV; the number of aliases written."""
    nlp = spacy.load(config.SPACY_PACKAGE, enable=[])
    lex = lexicon(nlp)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w for pos in ("noun", "verb", "adj", "adv") for w in index[pos]} | set(nlp.Defaults.stop_words)
    known = set(gazetteer.curated_organizations())

    def is_common_word(word: str) -> bool:
        low = word.lower()
        return bool(lex.singulars(low) & words) or low.rstrip("s") in words  # "Partners", "Travelers"

    def is_place(name: str) -> bool:
        key = gazetteer.fold(name)
        return bool(
            gazetteer.place_candidates(name)
            or gazetteer.is_town(name)
            or key in gazetteer.world_areas()
            or gazetteer.lookup_demonym(name)
        )

    rows = [(a, n) for a, n in company_rows(_index_companies(), is_common_word, is_place) if gazetteer.fold(a) not in known]
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["alias", "name"])
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(build())
