"""Validate stage: Pandera row checks -> Rejected, GX suites, JUnit XML, Data Docs (real Pandera and GX)."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import polars as pl
import pytest

from newslake.tables import TABLE_NAMES, empty, from_rows
from newslake.validate import (
    ContractError,
    SuiteReport,
    check_rows,
    exceeds_threshold,
    failure_share,
    run_suites,
)
from schemas import PRIMARY_KEYS as PK

TEXT_A = (
    "North Korean leader Kim Jong Un met Russia's Alexandr Kozlov in Pyongyang on Friday. "
    "About 11,000 troops were sent, and over 70 animals arrived in late November."
)
TEXT_B = "Zoë Müller 🎉 opened the café in Zürich; it cost €2 million in 2023."
PERSON_KIM, PERSON_KOZLOV, PLACE_PY, PERSON_ZOE, PLACE_ZH = ("1" * 16, "2" * 16, "3" * 16, "4" * 16, "5" * 16)


def _hex(n: int) -> str:
    return f"{n:016x}"


def _article(text: str, source: str, **extra) -> dict:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {
        "article_id": sha[:16],
        "url": f"https://example.org/{source}",
        "title": "t",
        "source": source,
        "text": text,
        "published_at": datetime(2024, 11, 29, tzinfo=UTC),
        "word_count": len(text.split()),
        "content_sha256": sha,
        "language": "en",
    } | extra


ART_A, ART_B = _article(TEXT_A, "a.txt"), _article(TEXT_B, "b.txt")


def _span(n: int, art: dict, needle: str, id_col: str, **extra) -> dict:
    start = art["text"].index(needle)
    return {
        id_col: _hex(n),
        "article_id": art["article_id"],
        "start": start,
        "end": start + len(needle),
        "text": needle,
    } | extra


def good_rows() -> dict[str, list[dict]]:
    """A small hand-made batch that satisfies every contract; offsets come from str.index on the texts."""
    return {
        "articles": [ART_A, ART_B],
        "entities": [
            {
                "entity_id": PERSON_KIM,
                "name": "Kim Jong Un",
                "type": "PERSON",
                "country": "PRK",
                "aliases": ["Kim Jong Un"],
                "mention_count": 1,
            },
            {
                "entity_id": PERSON_KOZLOV,
                "name": "Alexandr Kozlov",
                "type": "PERSON",
                "aliases": ["Alexandr Kozlov"],
                "mention_count": 1,
            },
            {
                "entity_id": PLACE_PY,
                "name": "Pyongyang",
                "type": "PLACE",
                "country": "PRK",
                "aliases": ["Pyongyang"],
                "mention_count": 1,
                "geonames_id": 1871859,
                "wikidata_id": "Q18808",
            },
            {
                "entity_id": PERSON_ZOE,
                "name": "Zoë Müller",
                "type": "PERSON",
                "aliases": ["Zoë Müller"],
                "mention_count": 1,
            },
            {
                "entity_id": PLACE_ZH,
                "name": "Zürich",
                "type": "PLACE",
                "country": "CHE",
                "aliases": ["Zürich"],
                "mention_count": 1,
            },
        ],
        "mentions": [
            _span(1, ART_A, "Kim Jong Un", "mention_id", label="PERSON", entity_id=PERSON_KIM),
            _span(2, ART_A, "Alexandr Kozlov", "mention_id", label="PERSON", entity_id=PERSON_KOZLOV),
            _span(3, ART_A, "Pyongyang", "mention_id", label="GPE", entity_id=PLACE_PY),
            _span(4, ART_B, "Zoë Müller", "mention_id", label="PERSON", entity_id=PERSON_ZOE),
            _span(5, ART_B, "Zürich", "mention_id", label="GPE", entity_id=PLACE_ZH),
        ],
        "figures": [
            _span(
                11,
                ART_A,
                "About 11,000",
                "figure_id",
                kind="count",
                value=11000.0,
                qualifier="approx",
                subject="troops",
            ),
            _span(
                12,
                ART_A,
                "over 70",
                "figure_id",
                kind="count",
                value=70.0,
                low=70.0,
                qualifier="at_least",
                subject="animals",
            ),
            _span(
                13,
                ART_B,
                "€2 million",
                "figure_id",
                kind="money",
                value=2e6,
                currency="EUR",
                qualifier="exact",
            ),
        ],
        "dates": [
            _span(21, ART_A, "Friday", "date_id", date_start=date(2024, 11, 29), date_end=date(2024, 11, 29)),
            _span(
                22,
                ART_A,
                "late November",
                "date_id",
                date_start=date(2024, 11, 21),
                date_end=date(2024, 11, 30),
            ),
            _span(23, ART_B, "2023", "date_id", date_start=date(2023, 1, 1), date_end=date(2023, 12, 31)),
        ],
    }


def frames(rows: dict[str, list[dict]]) -> dict[str, pl.DataFrame]:
    return {name: from_rows(name, r) for name, r in rows.items()}


def test_good_batch_keeps_every_row():
    tables = frames(good_rows())
    kept, rejected = check_rows(tables)
    assert rejected == []
    for name, df in tables.items():
        assert kept[name].equals(df), name


BAD_ROWS = [
    # (table, row index in good_rows()[table], changes, words the reason must contain)
    ("articles", 1, {"text": TEXT_B + " edited"}, ["sha256_matches_text", "text was not altered"]),
    ("articles", 1, {"word_count": 0}, ["word_count", "0"]),
    ("articles", 1, {"article_id": "XYZ"}, ["article_id", "str_matches"]),
    ("mentions", 4, {"label": "CITY"}, ["label", "'CITY'"]),
    ("mentions", 4, {"start": -3}, ["start", "-3"]),
    ("mentions", 4, {"end": 2}, ["end_after_start"]),
    ("mentions", 4, {"text": "Zurich"}, ["does not match the article text", "'Zürich'"]),
    ("mentions", 4, {"end": 500, "start": 495}, ["past the end of the article text"]),
    ("mentions", 4, {"article_id": "f" * 16}, ["article_id 'ffffffffffffffff' is not in articles"]),
    ("mentions", 4, {"entity_id": "e" * 16}, ["entity_id 'eeeeeeeeeeeeeeee' is not in entities"]),
    ("mentions", 4, {"entity_id": None}, ["entity_id", "null"]),
    ("entities", 3, {"type": "CITY"}, ["type", "'CITY'"]),
    ("entities", 2, {"country": "Korea"}, ["country", "'Korea'"]),
    ("entities", 3, {"aliases": []}, ["has_alias"]),
    ("figures", 2, {"kind": "ratio"}, ["kind", "'ratio'"]),
    ("figures", 2, {"currency": "euros"}, ["currency", "'euros'"]),
    ("figures", 2, {"low": 5e6, "high": 1e6, "value": None, "qualifier": "range"}, ["bounds_ordered"]),
    ("figures", 2, {"value": None, "low": 1e6, "qualifier": "range"}, ["range_has_bounds"]),
    ("figures", 2, {"value": float("inf")}, ["finite_numbers"]),
    ("figures", 2, {"period": "fortnight"}, ["period", "'fortnight'"]),
    ("dates", 2, {"date_end": date(2022, 12, 31)}, ["interval_ordered"]),
    ("dates", 2, {"date_end": None}, ["interval_ordered"]),
    ("dates", 2, {"start": 0, "end": 4}, ["does not match the article text", "'Zoë '"]),
]


@pytest.mark.parametrize(
    ("table", "index", "changes", "words"), BAD_ROWS, ids=[f"{t}-{'-'.join(c)}" for t, _, c, _ in BAD_ROWS]
)
def test_bad_row_is_rejected_with_reason_and_the_rest_kept(table, index, changes, words):
    rows = good_rows()
    bad = rows[table][index] | changes
    rows[table][index] = bad
    kept, rejected = check_rows(frames(rows))
    cascaded = {"articles": 4, "entities": 1}.get(table, 0)  # ART_B has 4 spans; each entity one mention
    assert len(rejected) == 1 + cascaded, [r.reason for r in rejected]
    rej = rejected[0] if table != "articles" else next(r for r in rejected if r.reason.startswith("articles"))
    assert rej.stage == "validate"
    assert rej.reason.startswith(f"{table} row ")
    for word in words:
        assert word in rej.reason
    assert json.loads(rej.record) == json.loads(
        json.dumps(from_rows(table, [bad]).row(0, named=True), default=str)
    )
    orphan = table == "entities" or changes.get("article_id") == "f" * 16
    assert rej.source == (f"{table}:{bad[PK[table]]}" if orphan else ART_B["source"])
    assert kept[table].height == len(rows[table]) - 1
    untouched = [n for n in rows if n != table and not cascaded]
    for name in untouched:
        assert kept[name].height == len(rows[name])


def test_rejected_article_takes_its_spans_along():
    rows = good_rows()
    rows["articles"][0] = ART_A | {"word_count": -1}
    kept, rejected = check_rows(frames(rows))
    by_table: dict[str, int] = {}
    for r in rejected:
        by_table[r.reason.split()[0]] = by_table.get(r.reason.split()[0], 0) + 1
    assert by_table == {"articles": 1, "mentions": 3, "figures": 2, "dates": 2}
    assert set(kept["mentions"]["article_id"]) == {ART_B["article_id"]}
    assert all(r.source == "a.txt" for r in rejected)


def test_duplicate_ids_keep_the_first_row():
    rows = good_rows()
    rows["mentions"].append(rows["mentions"][0] | {"label": "ORG"})
    rows["entities"].append(rows["entities"][0] | {"name": "Kim Jong-un"})
    kept, rejected = check_rows(frames(rows))
    assert sorted(r.reason.split()[0] for r in rejected) == ["entities", "mentions"]
    assert all("duplicate" in r.reason and "first row with it was kept" in r.reason for r in rejected)
    assert kept["mentions"].filter(pl.col("mention_id") == _hex(1))["label"].to_list() == ["PERSON"]
    assert kept["entities"].filter(pl.col("entity_id") == PERSON_KIM)["name"].to_list() == ["Kim Jong Un"]


def test_ids_known_from_the_lake_satisfy_references():
    rows = good_rows()
    rows["mentions"][4]["entity_id"] = "9" * 16
    assert len(check_rows(frames(rows))[1]) == 1
    kept, rejected = check_rows(frames(rows), known_ids={"entities": {"9" * 16}})
    assert rejected == [] and kept["mentions"].height == 5


def test_empty_and_partial_batches_pass_through():
    kept, rejected = check_rows({name: empty(name) for name in TABLE_NAMES if name != "quarantine"})
    assert rejected == [] and all(df.is_empty() for df in kept.values())
    kept, rejected = check_rows({"mentions": frames(good_rows())["mentions"]})  # no articles/entities given
    assert len(rejected) == 5 and kept["mentions"].is_empty()
    assert all("is not in articles" in r.reason and "is not in entities" in r.reason for r in rejected)


def test_wrong_contract_raises():
    tables = frames(good_rows())
    with pytest.raises(ContractError, match="missing column 'label'"):
        check_rows(tables | {"mentions": tables["mentions"].drop("label")})
    with pytest.raises(ContractError, match="'start' is Int32"):
        check_rows(tables | {"dates": tables["dates"].with_columns(pl.col("start").cast(pl.Int32))})


def test_failure_share_and_threshold():
    assert failure_share(200, 50) == 0.25
    assert failure_share(0, 0) == 0.0
    assert not exceeds_threshold(10, 5, 0.5)
    assert exceeds_threshold(10, 6, 0.5)


# --------------------------------------------------------------------------------------------- GX suites


@pytest.fixture(scope="module")
def good_report() -> SuiteReport:
    return run_suites(frames(good_rows()) | {"quarantine": empty("quarantine")})


def bad_tables() -> dict[str, pl.DataFrame]:
    """Clearly bad data, one problem per column, built without the row checks (as a bad release would be)."""
    rows = good_rows()
    n = 60
    mentions = [
        rows["mentions"][0] | {"mention_id": _hex(100 + i), "entity_id": PERSON_KIM} for i in range(n)
    ]
    mentions[0] |= {"label": "TIME", "start": -5}
    figures = rows["figures"] + [
        rows["figures"][2] | {"figure_id": _hex(200), "value": 3e21},
        rows["figures"][0] | {"figure_id": _hex(201), "kind": "percent", "value": 5e5},
    ]
    old = [
        rows["dates"][1]
        | {"date_id": _hex(300 + i), "date_start": date(1700, 1, 1), "date_end": date(1700, 12, 31)}
        for i in range(9)
    ]
    far = rows["dates"][1] | {
        "date_id": _hex(399),
        "date_start": date(600, 1, 1),
        "date_end": date(2900, 1, 1),
    }
    dates = rows["dates"] + old + [far]
    articles = [a | {"text": None, "published_at": None} for a in rows["articles"]]
    articles[1]["published_at"] = datetime(1850, 6, 1, tzinfo=UTC)
    return frames(
        {
            "articles": articles,
            "mentions": mentions,
            "figures": figures,
            "dates": dates,
            "entities": rows["entities"],
        }
    )


@pytest.fixture(scope="module")
def bad_report() -> SuiteReport:
    return run_suites(bad_tables())


def failed(report: SuiteReport, table: str) -> set[str]:
    return {o.name for o in report.tables[table].failed}


def test_suites_pass_on_good_data(good_report):
    assert good_report.success, good_report.summary_text()
    assert set(good_report.tables) == {"articles", "entities", "mentions", "figures", "dates", "quarantine"}
    assert good_report.tables["articles"].rows == 2


def test_suites_fail_on_clearly_bad_data(bad_report):
    assert not bad_report.success
    assert not [o.error for t in bad_report.tables.values() for o in t.outcomes if o.error]
    assert failed(bad_report, "articles") == {
        "expect_column_values_to_not_be_null(text)",
        "expect_column_values_to_be_between(published_at)",
    }
    assert failed(bad_report, "mentions") == {
        "expect_column_values_to_be_in_set(label)",
        "expect_column_values_to_be_between(start)",
        "expect_column_proportion_of_unique_values_to_be_between(entity_id)",
    }
    assert failed(bad_report, "figures") == {"expect_column_values_to_be_between(value)"}
    # 3e21 breaks the hard 1e18 bound and the 99%-within-1e15 rule; a 500,000 percent breaks the percent range
    assert len(bad_report.tables["figures"].failed) == 3
    assert failed(bad_report, "dates") == {
        "expect_column_values_to_be_between(date_start)",
        "expect_column_values_to_be_between(date_end)",
    }
    assert (
        len(bad_report.tables["dates"].failed) == 4
    )  # 600 and 2900 break the hard bounds; 10 of 13 the 90% rule
    assert bad_report.tables["entities"].success


def test_coverage_rules_catch_collapsed_normalization():
    rows = good_rows()
    money = [rows["figures"][2] | {"figure_id": _hex(400 + i), "currency": None} for i in range(12)]
    places = [rows["entities"][2] | {"entity_id": _hex(500 + i), "country": None} for i in range(50)]
    report = run_suites(frames({"figures": money, "entities": places}))
    assert failed(report, "figures") == {"expect_column_values_to_not_be_null(currency)"}
    assert failed(report, "entities") == {
        "expect_column_values_to_not_be_null(country)",
        "expect_column_distinct_values_to_contain_set(type)",
    }
    healthy = money[:9] + [m | {"currency": "USD"} for m in money[9:]]  # 3 of 12 lack a currency: over 20%
    assert not run_suites(frames({"figures": healthy})).success
    healthy = [m | {"currency": "USD"} for m in money[:10]] + money[10:]  # 2 of 12: within the 80% bar
    assert run_suites(frames({"figures": healthy})).success


def test_failure_reports_the_observed_value(bad_report):
    label = next(o for o in bad_report.tables["mentions"].failed if o.name.endswith("(label)"))
    assert label.unexpected_count == 1 and label.unexpected_examples == ["TIME"]
    coverage = next(o for o in bad_report.tables["mentions"].failed if "proportion" in o.name)
    assert coverage.observed == pytest.approx(1 / 60)
    text = bad_report.summary_text()
    assert text.startswith("validation FAILED")
    assert "FAIL mentions (60 rows)" in text and "'TIME'" in text and "ok   entities" in text


def test_suites_accept_empty_tables_and_a_single_article():
    assert run_suites({name: empty(name) for name in TABLE_NAMES}).success
    rows = good_rows()
    one = {
        name: [r for r in rs if r.get("article_id", ART_A["article_id"]) == ART_A["article_id"]]
        for name, rs in rows.items()
        if name != "entities"
    }
    report = run_suites(frames(one) | {"figures": empty("figures")})
    assert report.success, report.summary_text()
    skipped = [o for o in report.tables["articles"].outcomes if o.skipped]
    assert [o.name for o in skipped] == ["expect_column_median_to_be_between(word_count)"]


def test_all_null_published_at_is_fine():
    rows = good_rows()
    rows["articles"] = [a | {"published_at": None} for a in rows["articles"]]
    assert run_suites(frames({"articles": rows["articles"]})).success


def test_report_dict_is_json_and_matches(bad_report, good_report):
    d = json.loads(json.dumps(bad_report.to_dict()))
    assert d["success"] is False and d["tables"]["entities"]["success"] is True
    assert d["tables"]["mentions"]["failed"] == len(bad_report.tables["mentions"].failed)
    assert json.loads(json.dumps(good_report.to_dict()))["success"] is True


def test_junit_has_one_case_per_expectation_and_failures(bad_report, tmp_path):
    path = tmp_path / "ci" / "validation.xml"
    bad_report.write_junit(path)
    root = ET.parse(path).getroot()
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    for name, result in bad_report.tables.items():
        cases = suites[name].findall("testcase")
        assert len(cases) == len(result.outcomes)
        assert int(suites[name].get("failures")) == len(result.failed)
        assert len([c for c in cases if c.find("failure") is not None]) == len(result.failed)
    failures = [
        c.find("failure") for c in suites["figures"].findall("testcase") if c.find("failure") is not None
    ]
    assert any("3e+21" in f.get("message") for f in failures), [f.get("message") for f in failures]
    assert int(suites["entities"].get("failures")) == 0


def test_data_docs_site_has_index_and_a_page_per_table(good_report):
    docs = good_report.data_docs(run_name="release-7")
    assert b"<html" in docs["index.html"].lower()
    pages = [p for p in docs if p.startswith("validations/") and p.endswith(".html")]
    assert sorted(p.split("/")[1] for p in pages) == sorted(good_report.tables)
    assert all("/release-7/" in p for p in pages)
    assert all(p.encode() in docs["index.html"] for p in pages)  # the index links every table's page
    assert not any(p.endswith(".gif") for p in docs)  # GX's multi-MB tutorial images are left out


# --------------------------------------------------------------------------------------------- realistic size

PEOPLE = [
    "Kim Jong Un",
    "Vladimir Putin",
    "Alexandr Kozlov",
    "Kim Tok Hun",
    "Volodymyr Zelensky",
    "Joe Biden",
]
ORGS = ["United Nations", "NATO", "Reuters", "the Kremlin", "Gazprom", "the World Bank"]
PLACES = [("Pyongyang", "PRK"), ("Moscow", "RUS"), ("Seoul", "KOR"), ("Kyiv", "UKR"), ("Washington", "USA")]


def _sid(key: tuple) -> str:
    return hashlib.sha256(repr(key).encode()).hexdigest()[:16]


def synthetic_tables(n_articles: int) -> dict[str, pl.DataFrame]:
    """A batch shaped like real output (30 mentions, 10 figures, 10 dates per article), offsets by construction."""
    rows: dict[str, list[dict]] = {t: [] for t in ("articles", "mentions", "entities", "figures", "dates")}
    ents: dict[tuple[str, str], dict] = {}
    for a in range(n_articles):
        parts: list[str] = []
        spans: list[tuple[str, int, int, str, str]] = []

        def add(s: str, kind: str = "", extra: str = "", parts=parts, spans=spans) -> None:
            start = sum(map(len, parts))
            parts.append(s)
            if kind:
                spans.append((kind, start, start + len(s), s, extra))

        for s in range(10):
            person, org = PEOPLE[(a + s) % 6] + ("" if s % 3 else f" {a}"), ORGS[(a * 7 + s) % 6]
            place, _ = PLACES[(a + 2 * s) % 5]
            add(f"Report {s}: "), add(person, "m", "PERSON"), add(" of "), add(org, "m", "ORG")
            (
                add(" said in "),
                add(place, "m", "GPE"),
                add(" on "),
                add(f"{1 + s % 28} March 2025", "d", str(s)),
            )
            (
                add(" that "),
                add(f"about {100 * (a + 1) + s}", "f", "count") if s % 2 else add(f"${s + 1}.5 million", "f"),
            )
            add(" were involved. ")
        text = "".join(parts)
        art = _article(text, f"batch/{a}.txt")
        rows["articles"].append(art)
        for kind, start, end, s, extra in spans:
            base = {"article_id": art["article_id"], "start": start, "end": end, "text": s}
            key = (art["article_id"], start)
            if kind == "m":
                etype = "PERSON" if extra == "PERSON" else "ORG" if extra == "ORG" else "PLACE"
                ent = ents.setdefault(
                    (etype, s),
                    {
                        "entity_id": hashlib.sha256(f"{etype}{s}".encode()).hexdigest()[:16],
                        "name": s,
                        "type": etype,
                        "aliases": [s],
                        "mention_count": 0,
                        "country": dict(PLACES).get(s),
                    },
                )
                ent["mention_count"] += 1
                rows["mentions"].append(
                    base | {"mention_id": _sid(key), "label": extra, "entity_id": ent["entity_id"]}
                )
            elif kind == "d":
                day = date(2025, 3, 1 + int(extra) % 28)
                rows["dates"].append(base | {"date_id": _sid(key), "date_start": day, "date_end": day})
            else:
                money = s.startswith("$")
                value = float(s.split()[1]) if not money else float(s[1:].split()[0]) * 1e6
                rows["figures"].append(
                    base
                    | {
                        "figure_id": _sid(key),
                        "value": value,
                        "kind": "money" if money else "count",
                        "currency": "USD" if money else None,
                        "qualifier": "exact" if money else "approx",
                    }
                )
    rows["entities"] = list(ents.values())
    return frames(rows)


def test_a_realistic_batch_passes_rows_and_suites():
    tables = synthetic_tables(40)
    assert tables["mentions"].height == 40 * 30 and tables["figures"].height == 40 * 10
    kept, rejected = check_rows(tables)
    assert rejected == []
    report = run_suites(kept)
    assert report.success, report.summary_text()
    assert not any(o.skipped for t in report.tables.values() for o in t.outcomes)  # every rule was active


def test_a_missing_column_is_an_error_not_a_crash(tmp_path):
    report = run_suites({"mentions": frames(good_rows())["mentions"].drop("label")})
    assert not report.success
    errors = {o.name for o in report.tables["mentions"].outcomes if o.error}
    assert errors == {
        "expect_column_values_to_not_be_null(label)",
        "expect_column_values_to_be_in_set(label)",
    }
    assert all("label" in o.error for o in report.tables["mentions"].outcomes if o.error)
    report.write_junit(tmp_path / "j.xml")
    suite = ET.parse(tmp_path / "j.xml").getroot().find("testsuite")
    assert suite.get("errors") == "2" and len(suite.findall("testcase/error")) == 2
    assert json.dumps(report.to_dict(), allow_nan=False)


def test_entity_coverage_ratio_is_not_applied_to_corpus_scale_tables():
    """Distinct entities grow sublinearly: 60,000 mentions of 300 entities is a corpus, not a collapse."""
    from newslake.validate import run_suites

    n = 60_000
    mentions = pl.DataFrame({
        "mention_id": [f"{i:016x}" for i in range(n)],
        "article_id": [f"{i // 30:016x}" for i in range(n)],
        "start": [0] * n, "end": [5] * n, "text": ["Paris"] * n,
        "label": ["GPE", "PERSON", "ORG"] * (n // 3),
        "entity_id": [f"{i % 300:016x}" for i in range(n)],
    }).cast({"start": pl.Int64, "end": pl.Int64})
    table = run_suites({"mentions": mentions}).tables["mentions"]
    assert table.failed == []
    collapsed = mentions.with_columns(pl.lit("00000000000000aa").alias("entity_id"))
    failed = run_suites({"mentions": collapsed}).tables["mentions"].failed
    assert [o.expectation for o in failed] == ["expect_column_unique_value_count_to_be_between"]
