"""`mentions`: every named-entity span found in an article, linked to its entity."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16

LABELS = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"]


class Mentions(pa.DataFrameModel):
    mention_id: Series[str] = pa.Field(unique=True, str_matches=HEX16, description="Hash of article_id, start, end.")
    article_id: Series[str] = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    start: Series[pl.Int64] = pa.Field(ge=0, description="Python string offset of the first character in text.")
    end: Series[pl.Int64] = pa.Field(ge=1, description="Python string offset one past the last character.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="text[start:end] of the article.")
    label: Series[str] = pa.Field(isin=LABELS, description="spaCy/OntoNotes entity label.")
    entity_id: Series[str] = pa.Field(str_matches=HEX16, description="The entity (entities.entity_id).")

    class Config:
        strict = True

    @pa.dataframe_check(description="end is after start")
    def end_after_start(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("end") > pl.col("start")).fill_null(False))
