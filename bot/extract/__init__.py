"""Turn a news text into a Brief with a spaCy parse and rule tables (see ``data/``)."""
from bot.extract.pipeline import Extractor, load_extractor

__all__ = ["Extractor", "load_extractor"]
