"""`articles`: one row per distinct article text. The text is stored exactly as read."""

import hashlib

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

HEX16 = r"^[0-9a-f]{16}$"


class Articles(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(unique=True, str_matches=HEX16,
                                       description="First 16 hex chars of content_sha256: same text, same id.")
    url: Series[str] = pa.Field(nullable=True, description="Canonical URL of the article, when known.")
    title: Series[str] = pa.Field(nullable=True, description="Headline, when the source has one.")
    published_at: Series[pl.Datetime(time_unit="us", time_zone="UTC")] = pa.Field(
        nullable=True, description="Publication time in UTC; relative dates are resolved against it.")
    source: Series[str] = pa.Field(description="Where it was read from: file path, path:line, page or feed URL; '; '-separated when one text came from several.")
    text: Series[str] = pa.Field(str_length={"min_value": 1},
                                 description="Article body exactly as given; all start/end offsets index it.")
    word_count: Series[pl.Int64] = pa.Field(ge=1, description="Whitespace-separated words in text.")
    content_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of text (UTF-8).")
    language: Series[str] = pa.Field(nullable=True, description="ISO 639-1 language of text, e.g. 'en'.")
    authors: Series[str] = pa.Field(nullable=True, description="Authors as given by the source, '; '-separated.")

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check(description="content_sha256 is the sha256 of text (UTF-8): text was not altered")
    def sha256_matches_text(cls, data: pa.PolarsData) -> pl.LazyFrame:
        digest = pl.col("text").map_elements(_sha256, return_dtype=pl.String)
        return data.lazyframe.select((digest == pl.col("content_sha256")).fill_null(False))

    @pa.dataframe_check(description="article_id is the first 16 hex chars of content_sha256")
    def id_from_content(cls, data: pa.PolarsData) -> pl.LazyFrame:
        prefix = pl.col("content_sha256").str.slice(0, 16)
        return data.lazyframe.select((pl.col("article_id") == prefix).fill_null(False))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
