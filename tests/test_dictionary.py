"""The data dictionary explains every column, and the committed copy matches the schemas."""

from __future__ import annotations

import schemas
from newslake.dictionary import render_markdown, table_rows
from tests.conftest import REPO


def test_every_column_has_a_description():
    missing = [(t, c) for t in schemas.TABLES for c, _, _, _, d in table_rows(t) if len(d) < 10]
    assert missing == []


def test_committed_dictionary_is_current():
    committed = (REPO / "DATA_DICTIONARY.md").read_text()
    assert committed.strip() == render_markdown().strip(), "regenerate with `uv run newslake dictionary`"


def test_dictionary_names_allowed_values():
    text = render_markdown()
    assert "isin {count, duration, money, percent, quantity}" in text
    assert "| `country` | String | yes |" in text


def test_the_dictionary_command_writes_the_committed_dictionary(tmp_path):
    from typer.testing import CliRunner

    from newslake.cli import app

    out = tmp_path / "dictionary.md"
    result = CliRunner().invoke(app, ["dictionary", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.read_text().strip() == (REPO / "DATA_DICTIONARY.md").read_text().strip()
