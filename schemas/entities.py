"""`entities`: one row per distinct real-world entity; join mentions on entity_id."""

import pandera.polars as pa
import polars as pl
from pandera.typing.polars import Series

from schemas.articles import HEX16


class Entities(pa.DataFrameModel):
    entity_id: Series[str] = pa.Field(unique=True, str_matches=HEX16, description="Hash of type and canonical key.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Canonical name, e.g. 'United States'.")
    type: Series[str] = pa.Field(isin=["PERSON", "ORG", "PLACE", "NORP", "OTHER"],
                                 description="PERSON, ORG, PLACE (GPE/LOC/FAC), NORP (nationalities) or OTHER.")
    country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$",
                                    description="ISO 3166-1 alpha-3 of a country, its demonym or its city "
                                    "(Svalbard's and Christmas Island's are their states': NOR, AUS).")
    aliases: Series[pl.List(pl.String)] = pa.Field(description="Every surface form seen for this entity.")
    mention_count: Series[pl.Int64] = pa.Field(ge=1, description="Mentions in the lake up to this release.")
    geonames_id: Series[pl.Int64] = pa.Field(nullable=True, description="GeoNames id for places, when shipped.")
    wikidata_id: Series[str] = pa.Field(nullable=True, str_matches=r"^Q[0-9]+$", description="Wikidata QID.")

    class Config:
        strict = True

    @pa.dataframe_check(description="aliases lists at least one surface form")
    def has_alias(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("aliases").list.len() >= 1).fill_null(False))
