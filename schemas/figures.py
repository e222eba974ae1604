"""`figures`: numbers that say how many/how much, with qualifier, range, currency, unit, period and subject."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16

KINDS = ["count", "money", "percent", "quantity", "duration"]
QUALIFIERS = ["exact", "approx", "at_least", "at_most", "range"]
PERIODS = ["day", "week", "month", "quarter", "year"]


class Figures(pa.DataFrameModel):
    figure_id: Series[str] = pa.Field(unique=True, str_matches=HEX16, description="Hash of article_id, start, end.")
    article_id: Series[str] = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    start: Series[pl.Int64] = pa.Field(ge=0, description="Offset of the span (qualifier+currency+number+unit).")
    end: Series[pl.Int64] = pa.Field(ge=1, description="Offset one past the span.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="text[start:end] of the article.")
    kind: Series[str] = pa.Field(isin=KINDS, description="count | money | percent | quantity | duration.")
    value: Series[pl.Float64] = pa.Field(nullable=True, description="The number with multipliers applied; null for ranges.")
    low: Series[pl.Float64] = pa.Field(nullable=True, description="Lower bound of a range (or of at_least).")
    high: Series[pl.Float64] = pa.Field(nullable=True, description="Upper bound of a range (or of at_most).")
    currency: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO 4217 for money.")
    unit: Series[str] = pa.Field(nullable=True, description="Normalized unit: percent, percentage_point, km, tonne, barrel/day, degC, year...")
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS, description="exact | approx | at_least | at_most | range.")
    period: Series[str] = pa.Field(nullable=True, isin=PERIODS, description="Rate period: 'annually' -> year.")
    subject: Series[str] = pa.Field(nullable=True, description="What is counted or measured, e.g. 'North Korean troops'.")

    class Config:
        strict = True

    @pa.dataframe_check(description="end is after start")
    def end_after_start(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("end") > pl.col("start")).fill_null(False))

    @pa.dataframe_check(description="value, low and high are finite; one is set unless the figure is vague "
                                    "('thousands' is approx with no number)")
    def finite_numbers(cls, data: pa.PolarsData) -> pl.LazyFrame:
        finite = [pl.col(c).is_finite().fill_null(True) for c in ("value", "low", "high")]
        some = pl.any_horizontal(pl.col(c).is_not_null() for c in ("value", "low", "high"))
        vague = (pl.col("qualifier") == "approx").fill_null(False)
        return data.lazyframe.select(pl.all_horizontal(*finite, some | vague))

    @pa.dataframe_check(description="low <= value <= high where set")
    def bounds_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        ok = [
            (pl.col("low") <= pl.col("high")).fill_null(True),
            (pl.col("low") <= pl.col("value")).fill_null(True),
            (pl.col("value") <= pl.col("high")).fill_null(True),
        ]
        return data.lazyframe.select(pl.all_horizontal(ok))

    @pa.dataframe_check(description="a range has both low and high")
    def range_has_bounds(cls, data: pa.PolarsData) -> pl.LazyFrame:
        is_range = pl.col("qualifier") == "range"
        return data.lazyframe.select(
            (~is_range | (pl.col("low").is_not_null() & pl.col("high").is_not_null())).fill_null(False)
        )
