"""Read stage: every input becomes a RawArticle or a Rejected with a reason naming the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newslake.config import Settings
from newslake.read import iter_sources, parse_timestamp
from newslake.records import RawArticle, Rejected

SETTINGS = Settings()


def read_all(*specs: str | Path, settings: Settings = SETTINGS) -> list[RawArticle | Rejected]:
    return list(iter_sources([str(s) for s in specs], settings))


def test_txt_text_is_kept_exactly(tmp_path: Path):
    text = "  Line one.\r\nLine two — with “quotes”.\n\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    [art] = read_all(tmp_path / "a.txt")
    assert isinstance(art, RawArticle)
    assert art.text == text
    assert art.source == str(tmp_path / "a.txt")


def test_jsonl_fields_and_bad_lines(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "1", "text": "Alpha story.", "url": "https://x.org/a", "title": "A",
                    "published_at": "2024-11-21T10:00:00+09:00", "authors": ["Ann", "Bob"]}),
        "{not json",
        json.dumps({"id": "2", "title": "no body"}),
        "",
        json.dumps({"text": "Beta story.", "published_at": "yesterday-ish"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_bytes("\n".join(lines).encode() + b"\n" + b'{"text": "bad \xff byte"}\n')
    out = read_all(path)
    arts = [r for r in out if isinstance(r, RawArticle)]
    rejected = [r for r in out if isinstance(r, Rejected)]
    assert [a.text for a in arts] == ["Alpha story."]
    assert arts[0].published_at == datetime(2024, 11, 21, 1, 0, tzinfo=UTC)
    assert arts[0].authors == "Ann; Bob" and arts[0].url == "https://x.org/a"
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert "not JSON" in reasons["2"]
    assert "no 'text'" in reasons["3"]
    assert "published_at" in reasons["5"]
    assert "JSON object" in reasons["6"]
    assert "invalid UTF-8" in reasons["7"]
    assert all(r.stage == "read" and r.record for r in rejected)


def test_json_list_of_records(tmp_path: Path):
    (tmp_path / "two.json").write_text(json.dumps([{"text": "One."}, {"text": "Two."}]))
    out = read_all(tmp_path / "two.json")
    assert [a.text for a in out] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"   \n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Café au lait".encode("latin-1"), "invalid UTF-8"),
        ("table.xlsx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_are_rejected_with_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    (tmp_path / name).write_bytes(data)
    [rej] = read_all(tmp_path / name)
    assert isinstance(rej, Rejected)
    assert reason in rej.reason and name in rej.reason


def test_huge_text_file_is_rejected_without_reading_it(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB: size is all the read stage may look at
    [rej] = read_all(big)
    assert isinstance(rej, Rejected)
    assert "52.4 MB" in rej.reason and "limit" in rej.reason


def test_directory_is_recursive_and_sorted_and_missing_path_is_rejected(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.")
    (tmp_path / "1.md").write_text("First.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    out = read_all(tmp_path, tmp_path / "nope" / "*.txt")
    assert [r.text for r in out if isinstance(r, RawArticle)] == ["First.", "Second."]
    [missing] = [r for r in out if isinstance(r, Rejected)]
    assert "no such file" in missing.reason


def test_glob(tmp_path: Path):
    for i in range(3):
        (tmp_path / f"s{i}.txt").write_text(f"Story {i}.")
    (tmp_path / "other.md").write_text("Not matched.")
    out = read_all(tmp_path / "s*.txt")
    assert [r.text for r in out] == ["Story 0.", "Story 1.", "Story 2."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-21", datetime(2024, 11, 21, tzinfo=UTC)),
        ("2024-11-21T09:30:00Z", datetime(2024, 11, 21, 9, 30, tzinfo=UTC)),
        ("Thu, 21 Nov 2024 09:30:00 +0100", datetime(2024, 11, 21, 8, 30, tzinfo=UTC)),
        (1732181400, datetime(2024, 11, 21, 9, 30, tzinfo=UTC)),
        (None, None),
    ],
)
def test_parse_timestamp(value, expected):
    assert parse_timestamp(value) == expected


def test_parse_timestamp_rejects_garbage():
    with pytest.raises(ValueError):
        parse_timestamp("next tuesday maybe")
