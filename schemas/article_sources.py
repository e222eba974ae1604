"""`article_sources`: every place an article was seen; the same story from two feeds is one article, two rows here."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16


class ArticleSources(pa.DataFrameModel):
    article_source_id: Series[str] = pa.Field(unique=True, str_matches=HEX16,
                                              description="Hash of article_id and source: one row per pair, ever.")
    article_id: Series[str] = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    source: Series[str] = pa.Field(str_length={"min_value": 1},
                                   description="File path, path:line, page or feed URL the text was read from.")
    url: Series[str] = pa.Field(nullable=True, description="The article's URL as given by this source, when known.")
    seen_at: Series[pl.Datetime(time_unit="us", time_zone="UTC")] = pa.Field(
        description="When this source first delivered the article (the run that published the row).")

    class Config:
        strict = True
