"""What a designation reading finds: a listed name, and a candidate name before it is settled."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span



@dataclass
class Found:
    entity: str
    aliases: list[str]
    category: str
    action: str
    by: str | None
    by_key: str | None
    entity_key: str | None
    sent: Span


@dataclass
class Candidate:
    span: Span
    aliases: list[str] = field(default_factory=list)
