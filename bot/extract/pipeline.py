"""From news text to a Brief: the one entry point the rest of the app calls.

The spaCy model runs once per text; everything after it is rule matching over the
parsed document (PhraseMatcher/Matcher with patterns from ``data/``), so a brief costs
little more than the parse itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from bot.brief import Agreement, Brief, Designation, Evidence, Funding, Party, Source
from bot.extract.clean import Cleaned, NoiseRules, clean
from bot.extract.data import load_json
from bot.extract.designations import DesignationFinder
from bot.extract.funding import FundingFinder
from bot.extract.gazetteer import Gazetteer
from bot.extract.parties import PartyResolver
from bot.extract.status import StatusFinder, decide

__all__ = ["Extractor", "load_extractor"]


@Language.component("briefbot_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list lines carry no full stop."""
    last = None  # the last non-space token
    newline = False
    for tok in doc:
        if tok.i > 0:
            if newline:
                tok.is_sent_start = True
            elif last is not None and not tok.is_space and last.text not in _ENDS and not last.text.endswith(_ENDS):
                tok.is_sent_start = False  # no full stop, no line break: the sentence goes on
        if tok.is_space:
            newline = newline or "\n" in tok.text
        else:
            last = tok
            newline = False
        if "\n" in tok.whitespace_:
            newline = True
    return doc


_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", "]", ":", ";", "…")


class Extractor:
    """Holds the loaded model and the compiled rule tables; safe to share across threads."""

    def __init__(self, nlp: Language) -> None:
        if "briefbot_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("briefbot_line_breaks", before="parser")
        for form in load_json("lexicon.json")["legal_form_abbreviations"]["forms"]:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        self.nlp = nlp
        self.noise = NoiseRules()
        self.gazetteer = Gazetteer(nlp)
        self.status = StatusFinder(nlp)
        self.parties = PartyResolver(self.gazetteer)
        self.designations = DesignationFinder(self.parties)
        self.funding = FundingFinder(self.parties)

    # -- public API -------------------------------------------------------------------
    def extract(self, text: str, *, source: Source, title: str | None = None) -> Brief:
        cleaned = clean(text, self.noise)
        doc = self.nlp(cleaned.text)
        return self._brief(text, cleaned, doc, source, title)

    def extract_many(self, texts: Sequence[str], sources: Sequence[Source]) -> list[Brief]:
        if len(texts) != len(sources):
            raise ValueError("texts and sources differ in length")
        cleaned = [clean(t, self.noise) for t in texts]
        docs = self.nlp.pipe([c.text for c in cleaned], batch_size=32)
        return [self._brief(t, c, d, s, s.title) for t, c, d, s in zip(texts, cleaned, docs, sources)]

    # -- assembly ---------------------------------------------------------------------
    def _brief(self, text: str, cleaned: Cleaned, doc: Doc, source: Source, title: str | None) -> Brief:
        ctx = self.parties.context(doc, cleaned)
        cues = self.status.cues(doc, ctx.sent_weight, ctx.agreement_words)
        status, cue = decide(cues, self.status.lead_names_a_deal(doc, ctx.sent_weight, ctx.agreement_words))
        designations = self.designations.find(doc, ctx)
        funding = self.funding.find(doc, ctx)
        cue_sents = [c.sent for c in sorted(cues, key=lambda c: -c.score) if c.status == status] if status != "none" else []
        cue_tokens = {c.span.root.i for c in cues if c.status == status}
        parties = self.parties.select(ctx, status, cue_sents, designations, funding, cue_tokens)

        # donor, recipient and authority carry the party's final name, or nothing when it is no party
        names = {p.key: p.name for p in parties}
        for f in funding:
            f.donor = names.get(f.donor_key)
            f.recipient = names.get(f.recipient_key)
        for d in designations:
            if d.by_key in names:
                d.by = names[d.by_key]

        seen = cleaned.text

        def ev(span: Span | None) -> Evidence | None:
            return evidence(text, span, seen)

        brief = Brief(
            headline=self._headline(text, cleaned, doc, title),
            source=source,
            parties=[Party(name=p.name, aliases=p.aliases, kind=p.kind, evidence=ev(p.sent)) for p in parties],
            agreement=(Agreement(status=status, phrase=cue.span.text if cue else None, evidence=ev(cue.sent if cue else None))
                       if status != "none" else None),
            designations=[Designation(entity=d.entity, entity_aliases=d.aliases, category=d.category, action=d.action,
                                      by=d.by, evidence=ev(d.sent)) for d in designations],
            funding=[Funding(amount=f.amount.value, currency=f.amount.currency, display=f.amount.display(),
                             purpose=f.purpose, donor=f.donor, recipient=f.recipient, evidence=ev(f.sent))
                     for f in funding],
        )
        return brief

    @staticmethod
    def _headline(text: str, cleaned: Cleaned, doc: Doc, title: str | None) -> str:
        if title and title.strip():
            return _trim(title.strip())
        if cleaned.headline:
            return _trim(text[cleaned.headline[0]:cleaned.headline[1]].strip())
        for sent in doc.sents:
            if sent.text.strip():
                return _trim(sent.text.strip())
        return _trim(text.strip()) or "(empty text)"


def _trim(s: str, limit: int = 150) -> str:
    s = re.sub(r"\s+", " ", s)
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—- ") + "…"


def evidence(text: str, span: Span | None, seen: str | None = None) -> Evidence | None:
    """The sentence as offsets into the original input, trimmed of surrounding whitespace.

    ``seen`` is the cleaned text: noise is blanked there, so trimming on it keeps captions out.
    """
    if span is None:
        return None
    start, end = span.start_char, span.end_char
    seen = seen if seen is not None else span.doc.text
    while start < end and seen[start].isspace():
        start += 1
    while end > start and seen[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


@lru_cache(maxsize=4)
def load_extractor(model_name: str) -> Extractor:
    """Load the spaCy model once per process and wrap it."""
    return Extractor(spacy.load(model_name))
