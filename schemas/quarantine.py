"""`quarantine`: everything that could not be processed, with enough to reprocess it."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16


class Quarantine(pa.DataFrameModel):
    quarantine_id: Series[str] = pa.Field(unique=True, str_matches=HEX16,
                                          description="Hash of source, stage, reason, record: reruns add no duplicates.")
    source: Series[str] = pa.Field(description="File path, path:line or URL the record came from.")
    stage: Series[str] = pa.Field(isin=["read", "fetch", "extract", "annotate", "normalize", "validate", "publish"],
                                  description="Stage that rejected it.")
    reason: Series[str] = pa.Field(str_length={"min_value": 1}, description="What went wrong and what to do.")
    record: Series[str] = pa.Field(description="The raw line, URL, path or JSON row (truncated at 100k chars).")
    quarantined_at: Series[pl.Datetime(time_unit="us", time_zone="UTC")] = pa.Field(description="When it was rejected.")

    class Config:
        strict = True
