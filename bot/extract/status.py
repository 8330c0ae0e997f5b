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
from spacy.tokens import Doc, Span

from bot.extract.data import load_json
from bot.extract.timeline import MONTHS

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_PAST = re.compile(r"\b(last (year|month|week|summer|autumn|fall|winter|spring|january|february|march|april|june|july|august|september|october|november|december)|years? ago|months ago|previous(ly)?|earlier|former|old|original|existing|since (19|20)\d\d|in (19|20)\d\d|years after)\b", re.I)
_JOINT_DOCS = {"declaration", "communique", "communiqué", "charter", "roadmap"}
_TALKS = {"talks", "negotiations", "negotiation", "dialogue", "round", "session", "meeting", "summit"}
_SAY = {"say", "tell", "announce", "confirm", "state", "report", "add", "insist", "claim", "stress", "note", "explain",
        "admit", "acknowledge", "concede", "reiterate", "emphasise", "emphasize", "warn"}
# a month (any written form of timeline.MONTHS, 'Aug.' too) or another word that names a time of the year
_DATE_NOUNS = set(MONTHS) | {m + "." for m in MONTHS if len(m) <= 4} | {"year", "spring", "summer", "autumn", "fall",
                                                                      "winter"}
_FUTURE = re.compile(r"\b(would|could|might|if)\b", re.I)


_COMMON = {"a", "an", "the", "to", "of", "on", "in", "is", "has", "have", "had", "be", "been", "not", "n't", "no", "yet",
           "still", "must", "will", "would", "could", "should", "before", "it", "can", "with", "for", "and", "are",
           "were", "this", "that", "its", "their", "new", "was", "or", "by", "%", "100", "fully", "quite", "into"}


def _key_words(pattern: list[dict]) -> set[str]:
    """The words one of which must be in a sentence for ``pattern`` to match there (lower-case or lemma)."""
    best: set[str] | None = None
    for spec in pattern:
        if spec.get("OP") in ("?", "*"):
            continue
        for attr in ("LOWER", "LEMMA"):
            v = spec.get(attr)
            if v is None:
                continue
            vals = {v} if isinstance(v, str) else set(v.get("IN", []))
            if vals and not vals & _COMMON and (best is None or len(vals) < len(best)):
                best = vals
    if best is None:  # every word is common: fall back on all of them
        best = {w for spec in pattern for attr in ("LOWER", "LEMMA") if (v := spec.get(attr)) is not None
                for w in ({v} if isinstance(v, str) else v.get("IN", []))}
    return best


@dataclass
class Cue:
    status: str
    weight: float
    span: Span
    sent: Span
    score: float
    kind: str = ""  # 'agree' for "agreed"/"reached a deal" (no signature seen)
    qualifier: bool = False  # a hedge on the deal itself: "in principle", "still needs approval"
    lead: bool = False  # said in the headline or the lead


class StatusFinder:
    def __init__(self, nlp: Language) -> None:
        self.rows = load_json("status_cues.jsonl")
        # one small Matcher per cue, run only when the cue's key word is in the sentence:
        # a single Matcher over every token costs as much as a quarter of the parse
        self.by_word: dict[str, list[Matcher]] = {}
        for i, row in enumerate(self.rows):
            m = Matcher(nlp.vocab)
            m.add(f"S{i}", [row["pattern"]])
            for word in _key_words(row["pattern"]):
                self.by_word.setdefault(word, []).append(m)
        lex = load_json("lexicon.json")
        self.agreement_nouns = set(lex["strong_agreement_nouns"]) | {"memorandum", "framework", "understanding"}
        self.offer_nouns = set(lex["offer_nouns"])
        self.interim_words = set(lex["interim_agreement_modifiers"]["words"])
        self.hired_roles = set(lex["hired_roles"])
        self.person_words = set(lex["person_titles"]) | {"counterpart", "counterparts", "leader", "leaders"}
        self.continuation = lex["continuation_words"]
        self.stakes = set(lex["deal_stakes"])
        self.intent = set(lex["intent_words"])
        self.leaders = {w for k, names in load_json("people.json").items() if not k.startswith("_")
                        for n in names for w in n.split()}
        # a lender's programme by its short name ('the imf's new $20bn eff') is a deal with that lender
        self.loan_programmes = {w.lower() for w in lex["loan_programme_acronyms"]}
        # who lends: a development lender's board approving a loan agrees a financing (signed); the IMF's board
        # approving an arrangement puts it in force (orgs.json 'lends', 'lender_bodies')
        self.lenders: dict[str, str] = {}
        for o in load_json("orgs.json"):
            if o.get("lends"):
                for n in [o["name"], *o.get("aliases", []), *o.get("bodies", []), *o.get("weak", [])]:
                    self.lenders[n.lower()] = o["lends"]
            for kind, names in o.get("lender_bodies", {}).items():
                self.lenders.update({n.lower(): kind for n in names})
        self.peace_verbs = set(lex["peace_aims"]["verbs"])
        self.peace_objects = set(lex["peace_aims"]["objects"])
        self.peace_modifiers = set(lex["peace_aims"]["modifiers"])
        self.prefilter = self.agreement_nouns | self.offer_nouns | {"cease", "agreed", "agree", "agrees", "loan", "loans", "grant", "grants", "credit", "financing", "exit", "yet", "truce", "extend", "initialled", "initialed", "staff", "staff-level", "talks", "negotiate", "negotiating", "negotiated", "negotiators",
                                                 "principle", "finished", "finalised", "finalized", "final", "idea", "without", "round", "review", "reviews",
                                                 "joint", "facility", "facilities", "intent", "voted", "vote", "board", "exchange", "handover", "hand-over",
                                                 "signature", "signing", "scheme", "disbursement", "disbursements",
                                                 "drawdown", "drawdowns", "worked", "hammered"} | self.loan_programmes

    def cues(self, doc: Doc, sent_weight, agreement_words: set[str]) -> list[Cue]:
        from spacy.util import filter_spans

        out = []
        # a story that names a memorandum of understanding: a named initiative there is a framework states
        # join and leave by that memorandum ("pulls out of the Belt and Road Initiative"), so it is the deal
        by_mou = any(t.lower_ in ("memorandum", "mou", "mous") for t in doc)
        # a story that names a deal between two sides ('the Partnership between the UK and Rwanda'): 'the scheme',
        # 'the government's plan' there is that deal, told by what it does
        between = any(t.lower_ in self.agreement_nouns and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children)
                      for t in doc if t.lower_ in self.agreement_nouns)
        for sent in doc.sents:
            # only sentences that speak of an agreement can carry a cue: the Matcher is the costly part
            w = sent_weight(sent)
            if w <= 0 or not any(t.lower_ in self.prefilter or t.text in agreement_words for t in sent):
                continue
            has_agreement = self._has_agreement(sent, agreement_words) or (by_mou and any(_framework_name(t) for t in sent)) \
                or (between and any(_the_scheme(t) for t in sent))
            matchers = {id(m): m for t in sent for w in (t.lower_, t.lemma_) for m in self.by_word.get(w, ())}
            found = [sp for m in matchers.values() for sp in m(sent, as_spans=True)]
            # "Hamas said it had accepted the proposal": one side's yes is no deal, and the 'proposal' inside stays
            found = [sp for sp in found if not (self.rows[int(sp.label_[1:])].get("joint_subject") and not _joint_subject(sp[0]))]
            # "the World Bank approved a $1bn loan": a development lender's approval is a financing agreed, and that
            # cue, not the one for a programme approved into force, reads the span
            lent = {sp.start for sp in found if self.rows[int(sp.label_[1:])].get("lender") == "development"
                    and self._lender(sp[0]) == "development"}
            found = [sp for sp in found if {"development": sp.start in lent, "other": sp.start not in lent}.get(
                self.rows[int(sp.label_[1:])].get("lender"), True)]
            for span in filter_spans(found):  # longer cues win: "agreed in principle" over "agreed"
                row = self.rows[int(span.label_[1:])]
                if row["needs_agreement"] and not has_agreement and not (row.get("kind") == "agree" and _joint_act(span)):
                    continue
                if row.get("deal_nearby") and not has_agreement and not self._prev_has_agreement(sent, agreement_words):
                    continue  # "the cabinet hasn't voted on it yet" hedges a deal only where one was just named
                if row.get("noun_done") and _sought_not_done(span[0], self.intent):
                    continue  # "called for the renewal of the truce", "talks on the renewal of the deal": not renewed yet
                if row.get("about_agreement") and not self._about_agreement(span, row["about_agreement"] == "strict"):
                    continue  # "extends a line of credit" is not a deal being renewed
                if row.get("deal_subject") and not self._deal_subject(span, agreement_words):
                    continue  # "the accord was reached", not "it was agreed that talks would go on"
                if row.get("not_future") and (_FUTURE.search(sent.text) or {t.lower_ for t in sent.doc[max(sent.start, span.start - 4):span.start]}
                                              & {"will", "would", "could", "should", "hope", "hoped", "hopes", "plan", "planned", "expected"}):
                    continue  # "hoped the countries would endorse in a joint communique": not issued
                if row.get("needs_deal") and not self._names_a_deal(sent, agreement_words):
                    continue  # "agreed that ..." tells a deal only where a deal or a joint declaration is named
                if row.get("kind") == "not_final" and (span.end < len(span.doc) and span.doc[span.end].lower_ in ("until", "unless", "till")
                                                       or not self._said_of_the_deal(span[-1], agreement_words)):
                    continue  # "not final until ratified": a signed deal's next step; "the figures are not final": not the deal
                if self._negated(span) or _failed(span):
                    continue  # "failing to reach a ceasefire" reaches none
                if row["status"] == "signed" and row.get("kind") == "agree" and self._side_step(span, sent):
                    continue  # "agree to swap prisoners, but no ceasefire": a step inside talks, not the deal
                if row["status"] == "in_force" and _names_a_kind_of_deal(span, self.agreement_nouns):
                    continue  # "the implementation deal is still pending": a deal on implementing, not one in force
                if row["status"] == "negotiating" and self._leaders_meeting(span, sent, agreement_words):
                    continue  # "as he held talks with his Indian counterpart": a visit, not negotiations on a deal
                if _in_a_name(span):
                    continue  # the "Reject Finance Bill" protests, "Operation Ceasefire": a name, not a state
                if row["status"] == "ended" and self._leaves_something_else(span, agreement_words):
                    continue  # "spares the island a disorderly exit from the single currency": it leaves no deal
                if row["status"] in ("stalled", "ended") and self._acts_on_something_else(span, _SCHEME_NOUNS if between else ()):
                    continue  # "agreed to suspend planned tariffs": what stops is not the deal
                if row["status"] == "signed" and self._hires_a_person(span):
                    continue  # "signed French forward X on a five-year contract": hiring, not an agreement
                status = row["status"]
                if row.get("if_talks") and any(t.lower_ in ("talks", "negotiations", "dialogue") for t in sent):
                    status = row["if_talks"]  # talks that collapse are stalled; a deal that collapses has ended
                if row.get("if_continues") and any(w in _with_next(sent).lower() for w in self.continuation):
                    status = row["if_continues"]  # "the round ended without a deal; they will meet again"
                if status == "negotiating" and self._intended(span):
                    status = "proposed"  # "draft treaties it wants to negotiate", "ready to start talks"
                if row.get("if_future") and span[0].lemma_ in ("begin", "open", "start", "launch", "enter") and self._future(span):
                    status = row["if_future"]  # "agreed to begin talks next year": not under way yet
                if status == "signed" and _to_come(span):
                    status = "finalising"  # "a decision to sign", "will sign next week": the signing is still ahead
                if status == "signed" and (_staff_level(span) or self._interim(span)):
                    status = "finalising"  # "reached a staff-level agreement": the board has yet to approve it
                if row.get("if_past") and self._told_as_past(span):
                    status = row["if_past"]  # "said after the signing ceremony": it has happened
                if status == "in_force" and not row.get("about_agreement") and self._future(span):
                    status = "signed"  # "is due to take effect on Sunday": agreed, not yet in force
                score = float(row["weight"]) * w * self._background(span, sent)
                if _also(span):
                    score *= 0.5  # "the sides also agreed in principle on a refinery": a further matter beside the news
                out.append(Cue(status, float(row["weight"]), span, sent, score, row.get("kind", ""),
                               bool(row.get("qualifier")), lead=w >= 1.5))
        return out

    def _said_of_the_deal(self, word, agreement_words: set[str]) -> bool:
        """'the deal is not final', 'it is not final', 'not final yet' (no subject): said of the deal, not of
        'the casualty figures'."""
        holder = word.head if word.dep_ in ("acomp", "attr") else word
        subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not subj or any(c.pos_ == "PRON" or self._deal_noun(c, agreement_words) or c.lower_ in self.offer_nouns
                               or c.lower_ in ("terms", "text", "memorandum", "package") for c in subj)

    def _lender(self, verb) -> str | None:
        """What kind of lender approves: 'development' (World Bank, ADB, ...), 'monetary' (the IMF), or None.
        The approver is the verb's subject or agent ('the World Bank's board', 'by the Bank's board'); a subject that
        names no one ('its board', 'the lender') is the lender the sentence names."""
        def kinds(tokens) -> set[str]:
            words = [t.text.lower() for t in tokens]
            found = set()
            for i in range(len(words)):
                for j in range(i + 1, min(i + 9, len(words)) + 1):
                    if (k := self.lenders.get(" ".join(words[i:j]).replace(" - ", "-"))) is not None:
                        found.add(k)
            return found
        who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        got = kinds([t for c in who for t in c.subtree])
        if not got and who:
            got = kinds(list(verb.sent))
        if len(got) == 1:
            return got.pop()
        return None

    def lead_names_a_deal(self, doc: Doc, sent_weight, agreement_words: set[str]) -> bool:
        """Does the headline or lead speak of a deal, talks or a signing at all?"""
        return any(t.lower_ in self.agreement_nouns or t.text in agreement_words or t.lemma_ in _DEAL_VERBS
                   for sent in doc.sents if sent_weight(sent) >= 1.5 for t in sent)

    def _about_agreement(self, span: Span, strict: bool = False) -> bool:
        """The verb's object or subject is the agreement: "extend the truce", "the deal was renewed".
        ``strict``: only the verb's own object, or the subject of a verb with none ("the accord ended")."""
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        args = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if strict:
            if not args:
                args = [c for c in verb.children if c.dep_ == "nsubj"]
            deals = self.agreement_nouns - _TALKS  # ending a round of talks is no end of a deal
            return any(a.lower_ in deals or (a.lower_ not in _TALKS and any(
                c.dep_ in ("compound", "conj") and c.lower_ in deals for c in a.children)) for a in args)
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN"
        if verb.dep_ in ("relcl", "acl") and passive:
            args.append(verb.head)  # "the truce, which was extended"
        # "revoked the award of a $3.75bn contract": what is revoked is the contract's award
        args += [t for a in list(args) for t in _of_phrase(a)]
        if any(t.lower_ in self.agreement_nouns for a in args for t in [a] + [c for c in a.children if c.dep_ in ("compound", "nmod")]):
            return True
        # parses go astray ("extend their fisheries truce" with 'truce' as a verb): the words just after
        nxt = span.doc[verb.i + 1: min(verb.i + 5, verb.sent.end)]
        return verb.i >= span.start and any(t.lower_ in self.agreement_nouns for t in nxt)

    def _deal_noun(self, t, words: set[str]) -> bool:
        """A deal, not talks: 'the accord', 'the Argyle Declaration', 'a joint declaration'."""
        if t.lower_ in _TALKS:
            return False
        if t.lower_ in self.agreement_nouns or t.text in words:
            return True
        # a declaration or communique the sides issue together is the text they agreed
        return t.lower_ in _JOINT_DOCS and (t.is_title or any(c.lower_ == "joint" for c in t.children)
                                           or (t.i > 0 and t.doc[t.i - 1].lower_ == "joint"))

    def _names_a_deal(self, sent: Span, words: set[str]) -> bool:
        return any(self._deal_noun(t, words) or _cease_fire(t) for t in sent)

    def _deal_subject(self, span: Span, words: set[str]) -> bool:
        """The passive verb's subject is the deal: 'the agreement was reached', 'the declaration ... was agreed',
        'a truce that was agreed'."""
        verb = next((t for t in reversed(span) if t.tag_ == "VBN"), span.root)
        subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not subj and verb.dep_ in ("relcl", "acl"):
            subj = [verb.head]
        return any(self._deal_noun(s, words) or any(self._deal_noun(c, words) for c in s.children if c.dep_ == "compound")
                   for s in subj)

    def _acts_on_something_else(self, span: Span, deal_words=()) -> bool:
        """A stopping verb whose object is neither a deal, talks, nor one's part in them. ``deal_words``: more words
        that name the deal in this story ('the scheme')."""
        verb = span.root
        if verb.pos_ not in ("VERB", "ADJ") or len(span) > 2:
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []
        if not objs:
            # "the $1.1bn tranche is still stuck", "aid was suspended": what stands still is named as subject
            holder, deps = (verb.head, ("nsubj",)) if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else (verb, ("nsubjpass",))
            objs = [c for c in holder.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]
        if not objs:
            return False
        ok = self.agreement_nouns | self.stakes | set(deal_words)
        objs = objs + [t for o in objs for t in _of_phrase(o)]  # "revoked the award of a contract"
        return not any(o.lower_ in ok or any(c.lower_ in ok for c in o.children if c.dep_ in ("compound", "conj"))
                       or o.ent_type_ in ("LAW", "EVENT", "ORG") for o in objs)

    def _leaves_something_else(self, span: Span, words: set[str]) -> bool:
        """'exit from the single currency', 'pulled out of the region': what is left, named after 'from'/'out of',
        is a common noun that is neither a deal nor one's part in it."""
        root = span.root
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps += [g for c in root.children if c.lower_ == "out" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
        preps += [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and span[-1].lower_ == "out"]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if not objs:
            return False
        ok = self.agreement_nouns | self.stakes | _SCHEME_NOUNS
        return all(o.pos_ == "NOUN" and o.lower_ not in ok and o.text not in words
                   and not any(c.lower_ in ok or c.text in words for c in o.children if c.dep_ in ("compound", "amod", "conj"))
                   for o in objs)

    def _intended(self, span: Span) -> bool:
        """Talks someone wants, offers or is ready to start are not under way."""
        t = span.root
        if t.dep_ == "nsubj" and t.head.lemma_ in _START_VERBS:
            t = t.head  # "wants FTA talks to start": the talks are what is to start
        for _ in range(3):
            if t.dep_ not in ("xcomp", "dobj", "acl", "relcl", "pobj", "prep", "ccomp") or t.head is t:
                return False
            t = t.head
            if t.lower_ in self.intent:
                return not any(c.dep_ == "neg" for c in t.children)
        return False

    def _leaders_meeting(self, span: Span, sent: Span, words: set[str]) -> bool:
        """Talks held with a person ('held talks with Xi', 'with his counterpart') in a sentence that names no deal:
        leaders meeting, which is no negotiation of an agreement."""
        talks = next((t for t in span if t.lower_ in ("talks", "talk")), None)
        if talks is None or any(self._deal_noun(t, words) and t.lower_ not in _TALKS for t in sent):
            return False
        for holder in (talks, talks.head):
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
                for who in (c for c in prep.children if c.dep_ == "pobj"):
                    if who.ent_type_ == "PERSON" or who.text in self.leaders or who.lower_ in self.person_words:
                        return True
        return False

    def _interim(self, span: Span) -> bool:
        """'reached a political/tentative agreement': a deal agreed whose formal text or approval is still to come;
        one signed ('signed a provisional agreement') is signed."""
        return span[0].lemma_.lower() not in ("sign", "ink", "initial") and any(
            t.lower_ in self.interim_words and t.dep_ in ("amod", "compound") and t.head.lower_ in self.agreement_nouns
            for t in span)

    def _hires_a_person(self, span: Span) -> bool:
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        if verb.lemma_ != "sign":
            return False
        persons = [c for c in verb.children if c.dep_ == "nsubj" and (
            (c.ent_type_ == "PERSON" and c.text not in self.leaders)  # a leader signs for the state
            or any(t.lower_ in self.hired_roles for t in c.doc[c.left_edge.i: verb.i]))]  # "the Brazil forward signed"
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if persons and obj.lower_ in ("contract", "contracts", "extension"):
                return True  # "Lewis Hamilton signed a multi-year contract with Ferrari": a person's own job
            if obj.ent_type_ == "PERSON" or any(t.lower_ in self.hired_roles for t in obj.subtree):
                return True
            # "signs X on a five-year contract"
            if obj.lower_ not in self.agreement_nouns and any(
                    c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in ("contract", "deal", "loan") for g in c.children)
                    for c in verb.children):
                return True
        return False

    @staticmethod
    def _told_as_past(span: Span) -> bool:
        """An event noun told as done: "after the signing ceremony", "at a signing ceremony" in a past-tense
        clause; "ahead of" / "plan a" / "will hold" one is still to come."""
        doc = span.doc
        before = [t for t in doc[max(span.sent.start, span.start - 3): span.start]]
        words = {t.lower_ for t in before}
        if words & {"after", "following", "since"}:
            return True
        if words & {"ahead", "before", "upcoming", "planned", "scheduled", "next"}:
            return False
        noun = span[-1]
        if noun.dep_ == "dobj" and noun.head.lemma_ in ("attend", "hold", "witness", "host", "join"):
            verb = noun.head  # "the leaders attended a signing ceremony": it took place
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            return verb.tag_ in ("VBD", "VBN") and not aux & {"will", "would", "to", "shall", "could", "may", "might"}
        if words & {"at", "during"}:
            verb = span.root.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            return verb.tag_ == "VBD" and not aux & {"will", "would", "to", "shall"}
        return False

    @staticmethod
    def _future(span: Span) -> bool:
        doc = span.doc
        before = {t.lower_ for t in doc[max(span.sent.start, span.start - 4): span.start]}
        return bool(before & {"will", "would", "due", "expected", "set", "scheduled", "once", "when", "until",
                              "could", "should", "must", "shall", "before", "can", "may", "might", "to", "plan",
                              "plans", "hope", "hopes", "aim", "aims"})

    def _prev_has_agreement(self, sent: Span, words: set[str]) -> bool:
        if sent.start == 0:
            return False
        return self._has_agreement(sent.doc[sent.start - 1].sent, words)

    def _has_agreement(self, sent: Span, words: set[str]) -> bool:
        return any(t.lower_ in self.agreement_nouns or t.text in words or self._peace_offer(t) or _cease_fire(t)
                   or _lending_facility(t) or _letter_of_intent(t) or t.lower_ in self.loan_programmes for t in sent)

    def _peace_offer(self, t) -> bool:
        """'a proposal to end the war', 'a peace plan': an offer of a deal, though no deal noun is written."""
        if t.lower_ not in self.offer_nouns:
            return False
        for c in t.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.peace_modifiers:
                return True
            if c.dep_ in ("acl", "relcl") and c.lemma_ in self.peace_verbs:
                objs = [o for v in [c] + [x for x in c.children if x.dep_ == "conj"] for o in v.children if o.dep_ == "dobj"]
                if any(o.lemma_ in self.peace_objects or o.lower_ in self.peace_objects for o in objs):
                    return True
        return False

    def _side_step(self, span: Span, sent: Span) -> bool:
        """Agreeing to do something while the same sentence denies the deal itself ('but no ceasefire',
        'failing to reach a truce', 'without a deal'): what is agreed is a step inside the talks."""
        if any(t.lower_ in self.agreement_nouns - _TALKS for t in span):
            return False  # "agreed a ceasefire" is the deal
        for t in sent:
            if t.lower_ not in self.agreement_nouns - _TALKS and not _cease_fire(t):
                continue
            if any(c.lower_ == "no" and c.dep_ == "det" for c in t.children) or \
                    (t.i > sent.start and t.doc[t.i - 1].lower_ == "no"):
                return True
            if t.head.lower_ == "without" or _failed(t.doc[t.i:t.i + 1]):
                return True
        return False

    @staticmethod
    def _negated(span: Span) -> bool:
        if any(t.lower_ in ("not", "n't", "no", "never", "without") for t in span):
            return False  # the pattern already reads the negation
        root = span.root
        for tok in (root, root.head):
            if any(c.dep_ == "neg" for c in tok.children):
                return True
            # "No agreements were signed during the visit", "they signed no deal": nothing was done
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children):
                return True
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.lower_ in ("not", "n't", "never")

    @staticmethod
    def _background(span: Span, sent: Span) -> float:
        """Cues tied to a dated or earlier deal count for little."""
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        region = list(verb.subtree) if verb is not None else list(span)
        if verb is not None:
            # "would not renew the memorandum, which would otherwise have been renewed in March 2024": a clause
            # on the deal the verb acts on says what deal it is, not when the act is
            # (so does a participle clause: "scrapping the MoC signed with India in May 2019")
            aside = {t.i for a in verb.children if a.dep_ in ("dobj", "nsubjpass", "attr") for c in a.subtree
                     if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.head.i == a.i)) and c.i > span.end
                     for t in c.subtree}
            # "scrapped the previous government's plan": the owner's 'previous' dates the owner, not the act
            aside |= {t.i for a in verb.children if a.dep_ == "dobj" for c in a.children if c.dep_ == "poss"
                      for t in c.subtree}
            region = [t for t in region if t.i not in aside]
        if len(region) > 40:
            region = [t for t in region if abs(t.i - root.i) <= 12]
        # a year naming the very deal the verb acts on ("pulled out of the 2015 accord", "will not renew
        # its 2017 memorandum") says which deal, not that the act is background
        present = verb is not None and _present(verb)
        named = {t.i for t in region if _YEAR.fullmatch(t.text) and t.dep_ in ("nummod", "compound", "amod", "nmod")
                 and t.head.lower_ not in _DATE_NOUNS and (t.head.dep_ in ("dobj", "pobj", "conj", "appos")
                                                           or (present and t.head.dep_ in ("nsubj", "nsubjpass")))}
        # "shelves the talks until 2028", "until the end of 2028": how long the act holds, not when it happened
        named |= {t.i for t in region if _YEAR.fullmatch(t.text) and _until(t)}
        text = " ".join(t.text for t in region if t.i not in named)
        # the agreement noun the cue talks about may carry the date ("the 2019 accord ... collapsed")
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        subj_text = " ".join(t.text for s in subj for t in s.subtree)
        fronted = ""
        if verb is not None and verb.dep_ == "relcl":
            subj_text += " " + " ".join(t.text for t in verb.head.subtree if t.i < verb.i)
        if verb is not None and any(a.dep_ == "relcl" for a in [verb, *verb.ancestors]):
            # "Earlier this month, X and Y signed an accord ..., which still has to be ratified": a relative
            # clause describes a deal of the main clause, and that clause's fronted date dates it too
            top = sent.root
            fronted = " ".join(t.text for c in top.children if c.i < top.i and c.i < verb.i
                                        and c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)
        if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "until", "when", "once")
                                                              for c in verb.children):
            return 0.3  # "... killed since it was signed": the signing only dates something else
        if verb is not None and _conditional(verb):
            return 0.3  # "if the framework is adopted before the deadlines expire": a supposition, not the news
        if verb is not None and verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "led the court in 2015 to strike down the framework": the verb it completes carries the act's date
            text += " " + " ".join(t.text for c in verb.head.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i
                                   for t in c.subtree)
        if fronted and (_PAST.search(fronted) or _YEAR.search(fronted)) and not any(
                t.lower_ == "now" and t.head.i == verb.i for t in region):
            return 0.2
        if present:
            subj_text = ""  # "the 2016 accord is being implemented": the deal's year, its state now
        if any(t.lower_ == "now" and t.head.i == verb.i for t in region) if verb is not None else False:
            return 1.0  # "the 2015 accord was now dead": its state now
        if _PAST.search(text) or _YEAR.search(text) or _YEAR.search(subj_text) or _PAST.search(subj_text):
            return 0.2
        if verb is not None and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children) \
                and not (verb.dep_ == "ccomp" and verb.head.lemma_ in _SAY):
            return 0.3  # "said it had accepted": reported speech shifts the tense back, it is still the news
        return 1.0


BODY_ONLY_FLOOR = 6.0
IN_FORCE_FLOOR = 4.0
_DEAL_VERBS = {"sign", "agree", "ink", "seal", "conclude", "negotiate", "ratify", "initial", "scrap", "quit"}


def decide(cues: list[Cue], lead_names_a_deal: bool = True) -> tuple[str, Cue | None]:
    """Sum the cue scores per status, strongest cue per sentence; below a floor it is 'none'.

    ``lead_names_a_deal``: the headline or lead speaks of a deal at all. When it does not (a
    listing, a pledging conference), a few weak cues in the body are not enough.
    """
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
    # a deal being implemented was signed first: the signing told in the past backs its being in force, when
    # the in-force cue names no year ("the 1996 accord remains in force" may be an older deal)
    undated = sum(c.score for c in per_sent.values() if c.status == "in_force" and not _YEAR.search(c.sent.text))
    if undated >= IN_FORCE_FLOOR and "signed" in totals:
        totals["in_force"] += totals["signed"]
    status = max(totals, key=totals.get)
    if totals[status] < 3.0:
        return "none", None
    if totals[status] < BODY_ONLY_FLOOR and not lead_names_a_deal and not any(c.lead for c in per_sent.values()):
        return "none", None  # one weak cue deep in a story about something else ("held talks with Xi")
    # a deal said in the headline or lead to be in force now is in force, whatever stages came before
    if status in ("signed", "finalising", "negotiating", "proposed"):
        now = [c for c in cues if c.status == "in_force" and c.score >= 7.0]
        if now:
            return "in_force", max(now, key=lambda c: c.score)
    if status == "signed":
        # "agreed on a deal ... still needs cabinet approval": agreed is not signed while a hedge stands
        signed = [c for c in cues if c.status == "signed" and c.score >= 1.0]
        hedges = [c for c in cues if c.qualifier and c.score >= 2.0]
        if hedges and signed and all(c.kind == "agree" for c in signed):
            return "finalising", max(hedges, key=lambda c: c.score)
        # "signed the preliminary terms ... not final yet": what was signed is a step before the deal itself
        unfinished = [c for c in hedges if c.kind == "not_final"]
        if unfinished:
            return "finalising", max(unfinished, key=lambda c: c.score)
    return status, best[status]


def _until(year) -> bool:
    """A year that bounds how long something lasts: 'until 2028', 'till the end of 2028'."""
    t = year.head
    if t.lower_ == "of" and t.head.lower_ in ("end", "start", "beginning", "middle", "close"):
        t = t.head.head
    return t.lower_ in ("until", "till", "til")


def _joint_subject(verb) -> bool:
    """'X and Y (have both) accepted': the verb's subject is two sides, not one."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "conj" for s in subj for c in s.children) \
        or any(s.lower_ in ("both", "sides", "parties") for s in subj) \
        or any(c.lower_ == "both" and c.dep_ in ("advmod", "preconj", "det") for c in verb.children)


def _conditional(verb) -> bool:
    """The verb sits in an 'if' or 'unless' clause: walk up to the sentence root looking for that mark."""
    t = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.head is t or t.dep_ == "ROOT":
            return False
        t = t.head
    return False


_SCHEME_NOUNS = {"scheme", "plan", "programme", "program"}


def _the_scheme(t) -> bool:
    """'the scheme', "the previous government's plan": a definite scheme or plan, not 'a plan to ...'."""
    return t.lower_ in _SCHEME_NOUNS and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                                             for c in t.children)


def _framework_name(t) -> bool:
    """'Initiative' closing a written name: 'the Belt and Road Initiative', 'the Three Seas Initiative'."""
    return t.lower_ == "initiative" and t.text[:1].isupper() and t.pos_ == "PROPN" and t.i > t.sent.start \
        and t.doc[t.i - 1].text[:1].isupper() and not t.doc[t.i - 1].is_sent_start


def _with_next(sent: Span) -> str:
    """A sentence and the one after it: "... without a deal. They will meet again in May." """
    doc = sent.doc
    if sent.end >= len(doc):
        return sent.text
    return sent.text + " " + doc[sent.end].sent.text


def _of_phrase(noun) -> list:
    """The noun phrase after a noun's 'of', however the parse splits it: 'the award of a 50.8 billion peso
    ($3.75 billion) contract'."""
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in noun.doc[c.i + 1: min(c.i + 14, c.sent.end)]:
                if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PART", "CCONJ") or t.lower_ in ("to", ","):
                    break
                out.append(t)
    return out


def _failed(span: Span) -> bool:
    """The cue's verb is what someone failed to do: 'failing to reach a ceasefire'."""
    t = span.root
    for _ in range(3):
        if t.lemma_ == "fail" and t.i < span.start:
            return True
        if t.dep_ not in ("xcomp", "dobj", "aux") or t.head is t:
            return False
        t = t.head
    return t.lemma_ == "fail" and t.i < span.start


def _in_a_name(span: Span) -> bool:
    """A cue word capitalised inside a sentence, right after an opening quote: the start of a title."""
    first = span[0]
    if first.is_sent_start or not first.is_title or first.i == 0:
        return False
    if span.doc[first.i - 1].text in ('"', "“", "'", "‘"):
        return True
    # inside a quoted, capitalised title: 'the "Package of Measures for the Implementation of the Minsk Agreements"'
    before = span.doc[first.sent.start:first.i]
    opened = sum(t.text == "“" for t in before) > sum(t.text == "”" for t in before) or sum(t.text == '"' for t in before) % 2 == 1
    words = [t for t in before[-4:] if t.lower_ not in ("of", "for", "the", "and", "on")]
    return opened and bool(words) and words[-1].is_title


def _cease_fire(t) -> bool:
    """'cease-fire' written with a hyphen is a ceasefire."""
    return t.lower_ == "fire" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "cease"


def _names_a_kind_of_deal(span, deal_nouns) -> bool:
    """'implementation' as the modifier of a deal noun ('an implementation agreement', 'the implementation annex')."""
    if len(span) != 1:
        return False
    t = span[0]
    return t.dep_ in ("compound", "amod", "nmod") and (t.head.lower_ in deal_nouns
                                                      or t.head.lower_ in ("annex", "plan", "roadmap", "protocol"))


def _lending_facility(t) -> bool:
    """'an extended fund facility', 'a $2bn credit line': a loan agreed with a lender is a deal."""
    if t.lower_ not in ("facility", "facilities", "line") or t.i == 0:
        return False
    prev = t.doc[max(t.sent.start, t.i - 3):t.i]
    return any(p.lower_ in ("fund", "credit", "financing", "lending", "loan", "liquidity", "standby", "stand-by")
               for p in prev)


def _staff_level(span) -> bool:
    words = [t.lower_ for t in span]
    return "staff-level" in words or any(words[i:i + 3] == ["staff", "-", "level"] for i in range(len(words)))


def _present(verb) -> bool:
    """A present-tense main verb: 'is being implemented', 'remains in force', 'applies'."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.tag_ in ("VBZ", "VBP") or a.lower_ == "being" for a in auxes) and \
            not any(a.lower_ in ("has", "have") for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


_START_VERBS = {"begin", "start", "open", "launch", "commence"}


_TALK_VERBS = {"meet", "talk", "discuss", "continue", "hold", "consider", "study", "explore", "keep", "work", "cooperate",
               "begin", "start", "open", "launch", "resume", "negotiate", "hear", "disagree", "differ"}


# verbs that are a step of talks only when what they act on is talks: "resume talks", not "resume relations"
_TALK_IF_TALKS = {"continue", "hold", "keep", "begin", "start", "open", "launch", "resume"}


def _talk_step(verb) -> bool:
    if verb.lemma_ not in _TALK_VERBS:
        return False
    if verb.lemma_ not in _TALK_IF_TALKS:
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp")]
    if not objs:
        return True
    return any(o.lower_ in _TALKS or o.lower_ in ("talking", "negotiating", "consultations", "contacts")
               or any(t.lower_ in _TALKS for t in o.subtree) for o in objs)


def _joint_act(span) -> bool:
    """'Morocco and Spain have agreed to reopen the customs post': two named sides agreeing to do something is a
    deal, though no deal noun is written (agreeing to meet or talk is not)."""
    verb = span.root if span.root.lemma_ == "agree" else next((t for t in span if t.lemma_ == "agree"), None)
    if verb is None:
        return False
    xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
    if not xcomp or any(_talk_step(x) for x in xcomp):
        return False
    named = lambda t: t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP")
    for c in verb.children:
        if c.dep_ == "nsubj" and named(c) and any(named(x) for x in c.conjuncts):
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(named(p) for p in c.children):
            return True
    return False


def _to_come(span) -> bool:
    """A signing verb in the base form under 'to' or a modal of the future."""
    v = next((t for t in span if t.lemma_ in ("sign", "ink", "seal", "conclude")), None)
    if v is None or v.tag_ != "VB":
        return False
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return bool(aux & {"to", "will", "'ll", "shall"})


def _letter_of_intent(t) -> bool:
    """'a letter of intent' is a signed document between the sides, though 'letter' alone is no deal."""
    doc = t.doc
    return t.lower_ in ("letter", "letters") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" \
        and doc[t.i + 2].lower_ in ("intent", "intention")


def _also(span) -> bool:
    """The cue's verb carries 'also': 'had also agreed in principle on X' adds a further matter to the news."""
    t = span.root
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children)
        if t.head is t:
            return False
        t = t.head
    return False


_SEEK_VERBS = {"call", "urge", "seek", "push", "press", "discuss", "want", "propose", "demand", "request", "negotiate",
               "oppose", "block", "reject", "consider", "weigh", "need", "require", "ask", "lobby", "delay", "stall"}


def _sought_not_done(noun, intent: set[str]) -> bool:
    """An act noun ('renewal') that is asked for, talked about or fought over, not one that happened: 'called for the
    renewal', 'talks on the renewal', 'sought its extension'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "for", "over", "about", "toward", "towards", "to", "into"):
        return True
    if noun.dep_ in ("dobj", "nsubjpass", "xcomp", "attr") and (head.lemma_ in _SEEK_VERBS or head.lower_ in intent):
        return True
    return False
