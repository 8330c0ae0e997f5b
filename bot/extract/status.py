"""Where the main agreement stands, from cue phrases weighted by where they occur.

Cues live in ``status_cues.jsonl`` (spaCy Matcher patterns). The headline and lead
count most; a cue about a dated, earlier deal ("the 2019 memorandum ... lapsed") counts
little, so a background agreement does not set the status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from bot.extract.data import load_json

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_PAST = re.compile(r"\b(last (year|month|week|summer|autumn|fall|winter|spring)|years? ago|months ago|previous(ly)?|earlier|former|old|existing|since (19|20)\d\d|in (19|20)\d\d|years after)\b", re.I)
_FUTURE = re.compile(r"\b(would|could|might|if)\b", re.I)


@dataclass
class Cue:
    status: str
    weight: float
    span: Span
    sent: Span
    score: float


class StatusFinder:
    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.rows = load_json("status_cues.jsonl")
        for i, row in enumerate(self.rows):
            self.matcher.add(f"S{i}", [row["pattern"]])
        lex = load_json("lexicon.json")
        self.agreement_nouns = set(lex["agreement_nouns"])

    def cues(self, doc: Doc, sent_weight, agreement_words: set[str]) -> list[Cue]:
        from spacy.util import filter_spans

        found = []
        for match_id, s, e in self.matcher(doc):
            row = self.rows[int(doc.vocab.strings[match_id][1:])]
            span = Span(doc, s, e, label=row["status"])
            found.append((span, row))
        # longer cues win over the words inside them ("agreed in principle" over "agreed")
        by_span = {(sp.start, sp.end): (sp, row) for sp, row in found}
        kept = filter_spans([sp for sp, _ in found])
        out = []
        for sp in kept:
            span, row = by_span[(sp.start, sp.end)]
            sent = span.sent
            w = sent_weight(sent)
            if w <= 0:
                continue
            if row["needs_agreement"] and not self._has_agreement(sent, agreement_words):
                continue
            if self._negated(span):
                continue
            w *= self._background(span, sent)
            out.append(Cue(row["status"], float(row["weight"]), span, sent, float(row["weight"]) * w))
        return out

    def _has_agreement(self, sent: Span, words: set[str]) -> bool:
        return any(t.lower_ in self.agreement_nouns or t.text in words for t in sent)

    @staticmethod
    def _negated(span: Span) -> bool:
        if any(t.lower_ in ("not", "n't", "no", "never", "without") for t in span):
            return False  # the pattern already reads the negation
        root = span.root
        for tok in (root, root.head):
            if any(c.dep_ == "neg" for c in tok.children):
                return True
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.lower_ in ("not", "n't", "never")

    @staticmethod
    def _background(span: Span, sent: Span) -> float:
        """Cues tied to a dated or earlier deal count for little."""
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        region = list(verb.subtree) if verb is not None else list(span)
        if len(region) > 40:
            region = [t for t in region if abs(t.i - root.i) <= 12]
        text = " ".join(t.text for t in region)
        # the agreement noun the cue talks about may carry the date ("the 2019 accord ... collapsed")
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        subj_text = " ".join(t.text for s in subj for t in s.subtree)
        if verb is not None and verb.dep_ == "relcl":
            subj_text += " " + " ".join(t.text for t in verb.head.subtree if t.i < verb.i)
        if _PAST.search(text) or _YEAR.search(text) or _YEAR.search(subj_text) or _PAST.search(subj_text):
            return 0.2
        if verb is not None and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children):
            return 0.3
        return 1.0


def decide(cues: list[Cue]) -> tuple[str, Cue | None]:
    """Sum the cue scores per status, strongest cue per sentence; below a floor it is 'none'."""
    per_sent: dict[tuple[int, int], Cue] = {}
    for c in cues:
        k = (c.sent.start, c.sent.end)
        if k not in per_sent or c.score > per_sent[k].score:
            per_sent[k] = c
    totals: dict[str, float] = {}
    best: dict[str, Cue] = {}
    for c in per_sent.values():
        totals[c.status] = totals.get(c.status, 0.0) + c.score
        if c.status not in best or c.score > best[c.status].score:
            best[c.status] = c
    if not totals:
        return "none", None
    status = max(totals, key=totals.get)
    if totals[status] < 3.0:
        return "none", None
    return status, best[status]
