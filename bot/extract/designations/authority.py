"""Who lists: the state or body that acts, and those named as acting with it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.extract.parties import Context
from bot.extract.designations.spans import conjuncts, dateline_end
from bot.extract.designations.vocabulary import Vocabulary


class Authorities:
    """Reads the lister of a listing act from its subject, agent or co-actors."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def first(self, trig: Token, ctx: Context) -> tuple[str | None, str | None]:
        found = self.acting(trig, ctx)
        return found[0] if found else (None, None)

    def _co_actors(self, verb: Token, subj: Token, trig: Token) -> list[Token]:
        """'The Treasury, together with Britain and Canada, sanctioned X', 'Australia joined the US and Britain in
        sanctioning X': the bodies named as acting with the subject act too (each with its conjuncts)."""
        out: list[Token] = []
        for head in (verb, subj):
            for c in head.children:
                if c.dep_ != "prep":
                    continue
                words = " ".join(t.lower_ for t in c.doc[max(c.i - 1, c.sent.start): c.i + 1])
                if c.lower_ in self.vocab.co_actor_preps or any(words == p for p in self.vocab.co_actor_preps):
                    out += [x for g in c.children if g.dep_ == "pobj" for x in conjuncts(g)]
        if verb.lemma_ in self.vocab.joining_verbs and any(c.dep_ == "prep" and c.lower_ == "in" and trig in c.subtree
                                                     for c in verb.children):
            out += [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
        return out

    @staticmethod
    def _acting_mention(ctx: Context, doc: Doc, ids: list[int]):
        """The state or body a stretch of the subject names ('the US Department of the Treasury's OFAC': the US)."""
        ms, seen = [], set()
        for i in ids:
            m = ctx.by_token.get(i)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                ms.append(m)
        ms = [m for m in ms if not (m.span.end + 1 < len(doc) and doc[m.span.end].text in ("-", "–")
                                    and doc[m.span.end + 1].lower_ in ("based", "registered", "linked", "backed"))]
        ms = [m for m in ms if not m.key.startswith("ent:") or ctx.info[m.key].kind == "country"]
        bodies = [m for m in ms if m.form in ("body", "weak", "name", "alias", "capital", "ent")]
        return (bodies or ms)[0] if ms else None

    @staticmethod
    def _named_alike(ctx: Context, subj: Token):
        """'The Council today adopted ...' where the tables left this 'Council' unresolved but resolved the same bare
        word elsewhere in the text (a heading, 'Council of the EU'): one text's bare body word is one body."""
        words = [t for t in subj.subtree if t.dep_ != "det"]
        if subj.pos_ != "PROPN" or not words or len(words) > 2:
            return None
        text = " ".join(t.text for t in words)
        return next((m for m in ctx.mentions if m.span.text == text and not m.key.startswith("ent:")
                     and m.form in ("body", "weak", "alias")), None)

    def acting(self, trig: Token, ctx: Context) -> list[tuple[str, str]]:
        """Who lists: the subject (or agent) of the listing verb or of a verb it hangs on. 'Britain, Canada and
        Norway have imposed sanctions on X', 'OFAC and the UK FCDO have also sanctioned him': each state its
        conjoined subject names lists X, the first the one the whole subject names first."""
        tok = trig
        doc = trig.doc
        if trig.tag_ == "VBN" and trig.dep_ == "acl" and not any(c.dep_ == "agent" for c in trig.children):
            return []  # "Among those listed is X": a participle without its 'by' names no lister; the clause's subject is X
        for _ in range(6):
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # ("UNITED NATIONS (United States), Nov 7 - The UN Security Council ...": a dateline the parser hung on the
            # subject names where the story was filed, not who lists)
            opening = dateline_end(tok.sent)
            for s in subj + agent:
                m = self._acting_mention(ctx, doc, list(range(max(s.left_edge.i, opening), s.right_edge.i + 1))) \
                    or self._named_alike(ctx, s)
                if m is not None:
                    out = [(ctx.info[m.key].name, m.key)]
                    for part in conjuncts(s) + self._co_actors(tok, s, trig):
                        inner = {x.i for c in part.children if c.dep_ == "conj" for x in c.subtree}
                        pm = self._acting_mention(ctx, doc, [x.i for x in part.subtree if x.i not in inner
                                                             and x.i >= opening])
                        if pm is not None and pm.key not in {k for _, k in out}:
                            out.append((ctx.info[pm.key].name, pm.key))
                    return out
            if any(s.text == "us" and s.dep_ == "nsubj" and tok.pos_ == "VERB" for s in subj):
                # "us just slapped sanctions on X": chat's 'us' as a subject is the United States ('we' would be the
                # pronoun)
                return [("United States", "United States" if "United States" in ctx.info else None)]
            pron = subj and all(s.pos_ == "PRON" and s.lower_ in ("it", "they", "we") for s in subj)
            if subj and not (pron and (tok.dep_ == "ccomp" and tok.head.lemma_ in self.vocab.says or tok.dep_ == "conj")):
                # "China said it would sanction ...": the pronoun is the sayer, asked next; "X banned A in 2021, and on
                # Monday it designated B": the subject of the clause it is joined to
                return []
            if tok.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "dobj", "pobj", "prep", "relcl", "ccomp") and tok.head is not tok:
                tok = tok.head
            else:
                break
        return self._right_before(trig, ctx)

    @staticmethod
    def _right_before(trig: Token, ctx: Context) -> list[tuple[str, str]]:
        """'In response to the attack on Israel, the UK on Friday sanctioned ...' with the subject hung elsewhere by
        the parser: a finite listing verb with no subject has the state or body named right before it, back to the
        clause's comma (a date between them aside)."""
        if trig.pos_ != "VERB" or trig.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            return []
        doc = trig.doc
        for i in range(trig.i - 1, trig.sent.start - 1, -1):
            t = doc[i]
            if t.text in (",", ";", ":", "(", ")") or t.pos_ == "VERB":
                break
            m = ctx.by_token.get(i)
            if m is not None and not m.key.startswith("ent:") and ctx.info[m.key].kind in ("country", "organisation") \
                    and m.form in ("name", "alias", "body", "capital", "weak"):
                return [(ctx.info[m.key].name, m.key)]
        return []

    @staticmethod
    def main_country(ctx: Context) -> tuple[str | None, str | None]:
        best = [k for k in sorted(ctx.counts, key=lambda k: -ctx.counts[k]) if ctx.info[k].kind in ("country", "organisation")
                and not k.startswith("ent:")]
        return (ctx.info[best[0]].name, best[0]) if best else (None, None)
