"""Money committed in the story, told apart from prices, values, fines and old totals.

An amount counts when the words that govern it speak of giving (pledge, loan, grant,
package ...) and none speak of worth, cost or penalty, and it is not a dated total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.extract.data import load_json
from bot.extract.money import Amount, reader
from bot.extract.parties import Context, PartyResolver

_RATE_AFTER = re.compile(r"^\s*(a|per|an|each|every)\s+(year|month|week|day|tonne|ton|barrel|person|head|unit|share|"
                         r"megawatt|kilowatt|mwh|kwh|head|piece)|^\s*each\b|^\s*annually|^\s*a\s+(megawatt|kilo)", re.I)
_CONVERSION_BEFORE = re.compile(r"(\(\s*(about|around|approx\.?|approximately|roughly|some|nearly|almost|over|or)?\s*$)|"
                                r"(,?\s*or\s+(about|around|roughly|some|nearly)?\s*$)|(equivalent (of|to)\s*$)", re.I)
_PAST = re.compile(r"\b(last (year|month)|since (19|20)\d\d|since it was|in (19|20)\d\d|(19|20)\d\d\s*[–-]\s*(19|20)?\d\d|"
                   r"so far|to date|would have|had promised|first tranche|over the past)\b", re.I)


_HELP = {"help", "support", "assist", "enable", "allow", "aid"}
_FUNDING_NOUNS = {"investment", "investments", "loan", "loans", "aid", "grant", "grants", "financing", "package",
                  "assistance", "credit", "funding", "pledges", "commitments", "support", "contribution"}
_PLACE_PREPS = {"in", "at", "near", "from", "across", "through", "into", "inside", "outside", "around"}
_DECOY_VERBS = {"cost", "fine", "spend", "sell", "buy", "charge", "earn", "lose", "owe", "settle", "seize", "recover",
                "forfeit", "value", "price", "estimate", "import", "export", "claim", "pay", "reward", "auction"}


@dataclass
class FundFound:
    amount: Amount
    purpose: str | None
    donor: str | None
    recipient: str | None
    donor_key: str | None
    recipient_key: str | None
    sent: Span


class FundingFinder:
    def __init__(self, parties: PartyResolver) -> None:
        data = load_json("money.json")
        self.funding = set(data["funding_words"])
        self.decoy = set(data["decoy_words"])
        self.parties = parties
        self.agreement_nouns = set(load_json("lexicon.json")["strong_agreement_nouns"])

    def find(self, doc: Doc, ctx: Context) -> list[FundFound]:
        countries = {ctx.info[k].name: n for k, n in ctx.counts.items()}
        out: list[FundFound] = []
        seen = set()
        for sent in doc.sents:
            if ctx.sent_weight(sent) <= 0:
                continue
            text = sent.text
            for am in reader().find(text, countries):
                a0 = sent.start_char + am.start
                span = doc.char_span(a0, sent.start_char + am.end, alignment_mode="expand")
                if span is None:
                    continue
                if _CONVERSION_BEFORE.search(text[max(0, am.start - 25): am.start]):
                    continue
                if _RATE_AFTER.search(text[am.end: am.end + 30]):
                    continue
                if not self._is_commitment(span, sent):
                    continue
                key = (am.currency, round(am.value, 2))
                if key in seen:
                    continue
                seen.add(key)
                amount = Amount(a0, sent.start_char + am.end, am.text, am.value, am.currency, am.mark)
                donor_key, recipient_key = self._donor(span, ctx), self._recipient(span, sent, ctx)
                if recipient_key == donor_key:
                    recipient_key = None
                out.append(FundFound(amount, self._purpose(span, sent), ctx.name(donor_key), ctx.name(recipient_key),
                                     donor_key, recipient_key, sent))
        return out

    # -- classification ---------------------------------------------------------------
    def _governors(self, span: Span) -> list[Token]:
        """The words above the amount up to and including its clause verb, plus that verb's subject."""
        out: list[Token] = []
        tok = span.root
        verbs = 0
        for anc in tok.ancestors:
            out.append(anc)
            if anc.lower_ in ("including", "includes", "include"):
                continue  # "£120m in aid, including £20m for ...": a part of the package reads like the package
            if anc.pos_ in ("VERB", "AUX"):
                verbs += 1
                out.extend(c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))
                for c in anc.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        out.extend(x for x in c.children if x.dep_ in ("compound", "amod", "poss"))
                if verbs >= 1 and anc.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or verbs >= 2:
                    break
        # words hanging off the amount itself: "$9 billion market value", "$300m grant", "in loans"
        head = span.root.head
        if head is not span.root and head.pos_ in ("NOUN", "PROPN"):
            out.extend(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
        for t in span:
            out.extend(c for c in t.children if c.i not in range(span.start, span.end))
            for c in t.children:
                if c.dep_ == "prep":
                    out.extend(c.children)
        return out

    def _is_commitment(self, span: Span, sent: Span) -> bool:
        doc = span.doc
        gov = self._governors(span)
        words = {t.lower_ for t in gov} | {t.lemma_.lower() for t in gov}
        near = list(doc[max(sent.start, span.start - 4): span.start]) + list(doc[span.end: min(sent.end, span.end + 3)])
        decoys = {w for t in gov + near for w in (t.lower_, t.lemma_.lower())
                  if w in self.decoy and t.pos_ != "PROPN" and (t.pos_ != "VERB" or t.lemma_.lower() in _DECOY_VERBS)
                  and not (w in ("worth", "valued") and self._values_funding(t))}
        if decoys:
            return False
        clause = self._clause_text(span, sent)
        if _PAST.search(clause):
            return False
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        while verb is not None and verb.dep_ in ("xcomp",) and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "had promised to invest": the tense sits on the governing verb
        if verb is not None:
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            reported = verb.dep_ == "ccomp" and verb.head.lemma_ in ("say", "tell", "announce", "confirm", "add", "report")
            if "had" in auxes and not reported:
                return False
            if {"has", "have"} & auxes and re.search(r"\bsince\b", clause):
                return False
        if words & self.funding:
            return True
        # "signed the fisheries deal, €30m over 4 years": money attached to the deal itself
        if words & self.agreement_nouns:
            return True
        return verb is not None and verb.lemma_ in ("sign", "ink", "agree", "conclude", "seal") \
            and any(t.lower_ in self.agreement_nouns for t in verb.subtree)

    def _values_funding(self, tok: Token) -> bool:
        """'investment deals worth $10bn', 'loans worth $2bn': the worth of a commitment is the commitment."""
        doc = tok.doc
        near = list(doc[max(tok.sent.start, tok.i - 3): tok.i]) + [tok.head]
        return any(t.lower_ in _FUNDING_NOUNS for t in near)

    @staticmethod
    def _clause_text(span: Span, sent: Span) -> str:
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return sent.text
        toks = list(verb.subtree)
        if len(toks) > 45:
            toks = [t for t in toks if abs(t.i - span.start) < 15]
        return " ".join(t.text for t in toks)

    # -- roles ------------------------------------------------------------------------
    def _donor(self, span: Span, ctx: Context) -> str | None:
        tok = span.root
        for anc in [tok] + list(tok.ancestors):
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            for c in anc.children:
                if c.dep_ in ("nsubj", "agent"):
                    ms = [m for m in ctx.mentions_in(span.doc[c.left_edge.i: c.right_edge.i + 1])
                          if not (m.span.root.dep_ == "pobj" and m.span.root.head.lower_ in _PLACE_PREPS)]
                    head = [m for m in ms if c.i in range(m.span.start, m.span.end)
                            or m.span.root.head.i == c.i and m.span.root.dep_ in ("poss", "compound", "pobj")]
                    if head or ms:
                        return (head or ms)[0].key
        # "new U.S. funding", "Germany's grant": a party naming the money itself
        head = span.root.head
        for t in list(head.subtree)[:25]:
            m = ctx.by_token.get(t.i)
            if m is not None and t.dep_ in ("compound", "poss", "amod", "nmod") and t.i not in range(span.start, span.end) \
                    and t.head.lower_ in _FUNDING_NOUNS:
                return m.key
        return None

    def _recipient(self, span: Span, sent: Span, ctx: Context) -> str | None:
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), span.root)
        region = list(verb.subtree)
        for t in region:
            if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and t.i > span.start:
                m = ctx.by_token.get(t.i)
                sub = [ctx.by_token.get(x.i) for x in t.subtree if ctx.by_token.get(x.i) is not None]
                if m is not None:
                    return m.key
                if sub:
                    return sub[0].key
            if t.i > span.start and (t.head.lemma_ in _HELP or (t.head.head.lemma_ in _HELP and t.dep_ == "nsubj")):
                m = ctx.by_token.get(t.i)
                if m is not None:
                    return m.key  # "to help Ecuador improve internal security"
        return None

    @staticmethod
    def _purpose(span: Span, sent: Span) -> str | None:
        text = sent.text
        rel = span.end_char - sent.start_char
        tail = text[rel:]
        m = re.search(r"\b(for|to|toward|towards|on)\b\s+(.{5,140}?)(?:[,.;]|$| according| the \w+ said| officials said|"
                      r"\s+and\s+(?:agreed|said|will|would|announced|signed|also|has|is)\b)", tail)
        head_words = re.search(r"\b(in|of)\s+((?:[\w-]+\s){0,6}?(?:loans?|grants?|assistance|aid|funding|support|investments?|financing|credit))\b", tail)
        parts = []
        if head_words:
            parts.append(head_words.group(2).strip())
        if m:
            parts.append(m.group(2).strip())
        if not parts:
            after_noun = re.match(r"\s*([\w\s-]{3,60}?(?:package|grant|loan|facility|fund|programme|program))\b", tail)
            if after_noun:
                parts.append(after_noun.group(1).strip())
        return "; ".join(parts)[:200] if parts else None
