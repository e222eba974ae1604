"""`dates`: date expressions resolved to inclusive calendar intervals against the article's published_at."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16


class Dates(pa.DataFrameModel):
    date_id: Series[str] = pa.Field(unique=True, str_matches=HEX16, description="Hash of article_id, start, end.")
    article_id: Series[str] = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    start: Series[pl.Int64] = pa.Field(ge=0, description="Offset of the date expression (no leading preposition).")
    end: Series[pl.Int64] = pa.Field(ge=1, description="Offset one past the expression.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="text[start:end], e.g. 'late October'.")
    date_start: Series[pl.Date] = pa.Field(nullable=True, description="First day of the interval (null if unresolvable).")
    date_end: Series[pl.Date] = pa.Field(nullable=True, description="Last day of the interval, inclusive.")

    class Config:
        strict = True

    @pa.dataframe_check(description="end is after start")
    def end_after_start(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("end") > pl.col("start")).fill_null(False))

    @pa.dataframe_check(description="date_start and date_end are both set or both null, and date_start <= date_end")
    def interval_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        both_null = pl.col("date_start").is_null() & pl.col("date_end").is_null()
        ordered = (pl.col("date_start") <= pl.col("date_end")).fill_null(False)
        return data.lazyframe.select(both_null | ordered)
