"""`figures`: numbers that say how many/how much, with qualifier, range, currency, unit, period and subject."""

import polars as pl
import pandera.polars as pa
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
