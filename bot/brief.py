"""The brief: the one contract between extraction, cache, rendering and JSON output.

Every structure that leaves the core (to Redis, to Slack, to ``score.py``) is one of
these pydantic models, so a change of shape is a change in one place and a bump of
``SCHEMA_VERSION`` makes older cache entries recompute instead of crash.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "SCHEMA_VERSION",
    "AgreementStatus",
    "DesignationCategory",
    "Evidence",
    "Party",
    "Agreement",
    "Designation",
    "Funding",
    "Source",
    "Brief",
]

SCHEMA_VERSION = 1

AgreementStatus = Literal[
    "none", "proposed", "negotiating", "finalising", "signed", "in_force", "stalled", "ended"
]
DesignationCategory = Literal[
    "foreign_terrorist_organization",
    "specially_designated_global_terrorist",
    "terrorist_organization",
    "state_sponsor_of_terrorism",
    "sanctions",
    "other",
]


class Evidence(BaseModel):
    """The sentence a fact came from, as character offsets into the input text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Party(BaseModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["country", "organisation", "company", "group"] = "organisation"
    evidence: Evidence | None = None


class Agreement(BaseModel):
    status: AgreementStatus
    phrase: str | None = None
    evidence: Evidence | None = None


class Designation(BaseModel):
    entity: str
    entity_aliases: list[str] = Field(default_factory=list)
    category: DesignationCategory
    action: Literal["designate", "revoke"] = "designate"
    by: str | None = None
    evidence: Evidence | None = None


class Funding(BaseModel):
    amount: float
    currency: str = Field(description="ISO 4217 code")
    display: str = Field(description="as a person reads it, e.g. 'US$13.5 million'")
    purpose: str | None = None
    donor: str | None = None
    recipient: str | None = None
    evidence: Evidence | None = None


class Source(BaseModel):
    kind: Literal["url", "text"]
    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None


class Brief(BaseModel):
    schema_version: int = SCHEMA_VERSION
    headline: str
    source: Source
    parties: list[Party] = Field(default_factory=list)
    agreement: Agreement | None = None
    designations: list[Designation] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="caveats shown to the reader")
