"""One Pandera model per lake table: the data dictionary. `TABLES` maps table name -> model."""

from schemas.article_sources import ArticleSources
from schemas.articles import Articles
from schemas.dates import Dates
from schemas.entities import Entities
from schemas.figures import Figures
from schemas.mentions import Mentions
from schemas.quarantine import Quarantine

TABLES = {
    "articles": Articles,
    "article_sources": ArticleSources,
    "mentions": Mentions,
    "entities": Entities,
    "figures": Figures,
    "dates": Dates,
    "quarantine": Quarantine,
}
PRIMARY_KEYS = {
    "articles": "article_id",
    "article_sources": "article_source_id",
    "mentions": "mention_id",
    "entities": "entity_id",
    "figures": "figure_id",
    "dates": "date_id",
    "quarantine": "quarantine_id",
}

__all__ = ["PRIMARY_KEYS", "TABLES", "Articles", "Dates", "Entities", "Figures", "Mentions", "Quarantine"]
