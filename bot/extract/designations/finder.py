"""Finds the listing acts of a text and assembles their designations."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bot.extract.parties import _COREF, Context, PartyResolver
from bot.extract.timeline import background_sections, dateline
from bot.extract.designations.aliases import acronym_of, merge, one_name_per_person, short_form
from bot.extract.designations.authority import Authorities
from bot.extract.designations.model import Candidate, Found
from bot.extract.designations.names import ListedNames, firm_subjects
from bot.extract.designations.spans import aside, conjuncts, line_start, on_the_list_too
from bot.extract.designations.timing import ListingTime
from bot.extract.designations.vocabulary import Vocabulary
from bot.extract.designations.words import (
    ANNOUNCE, AS_KINDS, BULLET, CARRY, CONNECT_IN_NAMES, EDGE_WORDS, GROUP_NOUNS, INCLUDING_HEADS, MARKER, REASONS,
    RESTATE, RESTATE_COUNTED,
)


class DesignationFinder:
    """A trigger word plus the wording of a list makes a designation; the stages read its names, time and lister."""

    def __init__(self, parties: PartyResolver) -> None:
        self.vocab = Vocabulary()
        self.time = ListingTime(self.vocab)
        self.names = ListedNames(self.vocab, self.time, parties)
        self.authorities = Authorities(self.vocab)

    def find(self, doc: Doc, ctx: Context) -> list[Found]:
        out: list[Found] = []
        last_by: tuple[str | None, str | None] = (None, None)
        last_guess = False  # last_by is the text's main country, guessed for want of a named lister
        unnamed = False  # the last listing counted what it listed and named none of it
        described = None  # a listing that named its objects only by where they are, waiting for their names
        named_by: list[tuple[str, str | None]] = []  # listers named as acting on any listing in the text
        guessed: list[Found] = []
        last_cats: tuple[list[str], int] | None = None
        last_act = "designate"  # "OFAC removed 400 entities from its lists. Among them were X": X is delisted too
        seen = set()
        marker = False
        colon_list = False  # the last listing sentence ended on a colon: bullet lines after it are its names
        background = background_sections(doc.text)
        if ctx.cleaned.dateline and "briefbot_doc_year" not in doc.user_data:
            # "WELLINGTON, 4 May 2022 -": the dateline the cleaner blanked still gives the year the text was written
            day = dateline(ctx.cleaned.dateline)
            if day is not None and day[0]:
                doc.user_data["briefbot_doc_year"] = day[0]
        for sent in doc.sents:
            if ctx.sent_weight(sent) <= 0:
                continue
            if any(a <= sent.start_char < b for a, b in background):
                continue  # under a "Background" heading: earlier listings, not the news
            if colon_list and MARKER.fullmatch(sent.text):
                marker = True  # "1." split off its line: the next sentence is the item
                continue
            if described is not None:
                described = self._described_named(sent, ctx, described, out, seen)
            bullet = BULLET.match(sent.text) is not None or marker
            marker = False
            item_end = None
            if not bullet and colon_list and last_cats:
                # "The individuals sanctioned today are:\nIgor Sechin - Chief Executive of Rosneft": a line that opens
                # on a name and a spaced dash is one more item; what follows the dash describes it
                item_end = self._item_line(sent)
                bullet = item_end is not None
            if not bullet:
                colon_list = colon_list and not sent.text.strip() == ""
            if not bullet and colon_list and last_cats and not line_start(sent):
                continue  # "Roman Abramovich - owner of Chelsea FC. His net worth is ...": the item's line goes on
            triggers = [t for t in sent if ((t.lower_ in self.vocab.designate or t.lower_ in self.vocab.revoke)
                                            and not self.vocab.inside_list_name(t)) or self._places_on_list(t)
                        or self._qualified_trigger(t)]
            restate = None
            if bullet and colon_list and last_cats:
                restate = sent[0]  # "designated the following:\n- A\n- B": each bullet line names one more
                triggers = [restate]
            elif last_cats and sent.start - last_cats[1] < 120 and self._act_covers(sent) is not None:
                # "... designated four groups. The designations cover A; B; and C"; "The measures target A and B"
                restate = self._act_covers(sent)
                triggers = [restate]
            elif last_cats and sent.start - last_cats[1] < 120 and not any(
                    t.pos_ == "VERB" and t.dep_ not in ("amod", "acl") and not self._speech(t) for t in triggers):
                # "... and four entities. The four entities are A, B and C."; "The sanctioned entities are A and B"
                restate = self._restating(sent, doc[last_cats[1] - 1].sent)
                if restate is None and unnamed:
                    restate = self._including_names(sent)
                triggers = [restate] if restate is not None else triggers
            if not bullet:
                colon_list = bool(triggers) and sent.text.rstrip().endswith(":")
            if not triggers:
                continue
            cats = self.vocab.categories_in(sent.text)
            core = self._without_reasons(sent, triggers)
            if core is not None and len(cats) > 0:
                # "sanctioned X for supporting terrorist groups", "banned X, accusing the group of terrorist links":
                # the reason's words name no list
                cats = self.vocab.categories_in(core)
            # ("X would also be delisted" after a terrorist list's removal: that list, not the delisting word's default)
            if not cats and last_cats and sent.start - last_cats[1] < 120 and any(
                    t.lemma_ in CARRY and t.pos_ == "VERB" and any(c.lower_ == "also" and c.dep_ == "advmod" for c in t.children)
                    for t in triggers):
                cats = last_cats[0]  # "Treasury also designated X": the list the sentence before named, not the default
            if not cats:
                cats = list(dict.fromkeys(self.vocab.trigger_default[t.lower_] for t in triggers if t.lower_ in self.vocab.trigger_default))
            if not cats and any(t.lemma_ in CARRY | {"unblock", "delist"} and t.pos_ == "VERB" for t in triggers):
                low = sent.text.lower()  # "OFAC on Thursday designated X": the only list OFAC keeps
                cats = list(dict.fromkeys(c for k, c in self.vocab.by_list.items() if re.search(r"\b" + re.escape(k) + r"\b", low)))[:1]
            if not cats and last_cats and sent.start - last_cats[1] < 120 \
                    and (restate is not None or any(t.lemma_ in CARRY and (t.lemma_ != "target" or self._targeted(t))
                                                    for t in triggers if t.pos_ == "VERB")):
                cats = last_cats[0]  # "At the same time, OFAC designated two companies": the list named just before
            if not cats:
                continue
            # ("The settlers are A, B and C, the Foreign Office said": a restating copula under a speech verb acts too)
            # ("The measures also hit X": a restating verb needs no list words of its own)
            valid = [t for t in triggers if (bullet and t is restate) or (self._acts(t) or t is restate and t.lemma_ in (
                "be", "include")) and not self.time.is_background(t)
                and (t is restate or not self._bare_declare(t, triggers))]
            if not valid:
                last_cats = (cats, sent.end)  # "X was sanctioned in 2011. On Thursday it designated ...": same list
                continue
            old = [t for t in triggers if t not in valid and t.pos_ == "VERB" and self.time.is_background(t)]
            if old and len(cats) > 1:
                # "designated X an SDGT in 2019, and on Monday added X to the FTO list": the lists of the news clause
                keep = {x.i for t in valid for x in t.subtree}
                drop = {x.i for t in old for x in t.subtree} - keep
                news = self.vocab.categories_in("".join(x.text_with_ws for x in sent if x.i not in drop))
                cats = news or cats
            in_rel = {x.i for t in sent if t.dep_ == "relcl" for x in t.subtree}
            trig = next((t for t in valid if t.i not in in_rel), valid[0])
            # "took X off the list": what is delisted stands between the verb and its 'off'
            named_from = trig.head if trig.lower_ == "off" and trig.head.pos_ == "VERB" and trig.head.i < trig.i else trig
            cands = self.names.candidates(sent, named_from, ctx, cats, item_end, valid)
            if not cands and restate is None:
                # "ofac just dropped its first price-cap action: lumber marine sa and ice pearl navigation corp
                # sanctioned": the first listing word names nothing, a later one in the sentence does
                for t2 in valid:
                    if t2.i > trig.i and t2.pos_ == "VERB" and t2.i not in in_rel:
                        more = self.names.candidates(sent, t2, ctx, cats, item_end, valid)
                        if more:
                            trig, named_from, cands = t2, t2, more
                            break
            for t2 in valid:
                # "designated A as an SDGT, calling it a sham charity, and also named its coordinator B": a listing
                # verb joined to the first after the reason clause lists its own object too
                if restate is None and cands and t2.pos_ == "VERB" and t2.dep_ == "conj" and t2.i > trig.i \
                        and t2.lemma_ in CARRY and not any(c.span.start > t2.i for c in cands):
                    more = [c for c in self.names.candidates(sent, t2, ctx, cats, item_end, valid)
                            if c.span.start > t2.i and not any(o.span.start == c.span.start for o in cands)]
                    cands += more
            for t2 in valid:
                if t2 is not trig and restate is None:
                    # "... sanctioned, and their tankers scf primorye + yasa golden bosphorus identified as blocked
                    # property": a second bare participle in chat lists the names before it
                    cands += [c for c in self.names.chat_before_items(t2, ctx)
                              if not any(o.span.start < c.span.end and c.span.start < o.span.end for o in cands)]
            if restate is None:
                last_act = "revoke" if trig.lower_ in self.vocab.revoke or trig.lower_ == "off" else "designate"
            unnamed = not cands and any(g.dep_ == "nummod" for c in sent if c.tag_ == "NNS" for g in c.children)
            if not cands:
                last_cats = (cats, sent.end)  # "designated three individuals ... Among those designated are X"
                by = self.authorities.first(trig, ctx)
                if by[0] is not None:
                    last_by = by  # "China said it would sanction ten people. Those targeted include X": China's
                    last_guess = False
                    named_by.append(by)
                places = self._described_places(named_from)
                if places and restate is None:
                    lister = by if by[0] is not None else ("United States", "United States") \
                        if any(c in self.vocab.us_only for c in cats) else last_by
                    described = (cats, places, last_act, lister, 3)
                continue
            # "Among the Saudis are A, a former deputy head of the Saudi intelligence service": a sentence restating
            # the names of the listing just told has the lister of that listing, whatever its words name
            # ("lumber marine sa (uae) sanctioned": the firm subject is listed; the place beside it lists nothing)
            acting = [] if restate is not None and not bullet and last_by[0] is not None or firm_subjects(trig) \
                else self.authorities.acting(trig, ctx)
            by_name, by_key = acting[0] if acting else (None, None)
            guess = False
            co_acting = acting[1:]  # "Britain, Canada and Norway have imposed sanctions on X": each lists X
            if cats and all(c in self.vocab.us_only for c in cats) and by_name != "United States":
                by_name, by_key = None, None  # FTO, SDGT and SST are lists only Washington keeps
            if by_name is None:
                if any(c in self.vocab.us_only for c in cats) and "United States" in ctx.info:
                    by_name, by_key = "United States", "United States"
                elif any(c in self.vocab.us_only for c in cats):
                    by_name, by_key = "United States", None
                else:
                    by_name, by_key = last_by
                    guess = last_guess
            elif acting:
                named_by.append((by_name, by_key))
            if by_name is None:
                by_name, by_key = self.authorities.main_country(ctx)
                guess = True
            last_by, last_guess = (by_name, by_key), guess
            last_cats = (cats, sent.end)
            for c in cands:
                name = c.span.text
                action = last_act if restate is not None else self._action(c.span, valid) if c.span.start >= sent.start \
                    else ("revoke" if trig.lower_ in self.vocab.revoke else "designate")  # "redesignated the group"
                ent_key = ctx.by_token.get(c.span.root.i).key if c.span.root.i in ctx.by_token else None
                if ent_key and ent_key.startswith("ent:"):
                    canon = ctx.info[ent_key].name  # one name per listed thing across sentences
                    rest = canon[len(name):].lower().split() if canon.lower().startswith(name.lower()) else []
                    if canon.lower() != name.lower() and not re.search(r",| and |\(", canon[len(name):]) \
                            and not (rest and all(w in EDGE_WORDS for w in rest)) \
                            and not any(len(p) > 8 and p in canon.lower()[len(name):] for p, _ in self.vocab.categories) and (canon.lower().startswith(name.lower())
                                                          or name in ctx.info[ent_key].aliases):
                        c.aliases = list(dict.fromkeys([name] + c.aliases))
                        name = canon
                    if self.vocab.not_listed_name(canon):
                        continue  # "(TEL)" for "the Terrorist Exclusion List": the list's short name
                for cat in self._own_categories(c.span, valid, cats, cands):
                    for who, who_key in [(by_name, by_key)] + co_acting:
                        if who_key != by_key and cat in self.vocab.us_only and who != "United States":
                            continue  # FTO, SDGT and SST are lists only Washington keeps
                        k = (name.lower(), cat, action, who)
                        if k in seen:
                            twin = next((f for f in out if (f.entity.lower(), f.category, f.action, f.by) == k), None)
                            if twin is not None:  # "ETIM, also rendered as Y" after the full name: Y is its alias too
                                twin.aliases = [a for a in dict.fromkeys(twin.aliases + c.aliases) if a != twin.entity]
                                if ctx.sent_order.get(twin.sent.start, 0) < 0 <= ctx.sent_order.get(sent.start, 0):
                                    twin.sent = sent  # the headline's listing the body tells too: the body's

                            continue
                        seen.add(k)
                        out.append(Found(name, list(c.aliases), cat, action, who, who_key, ent_key, sent))
                        if guess:
                            guessed.append(out[-1])
        # "The Union home ministry designated X ... 'The Government of India has today designated nine individuals'":
        # a lister the text names acting on a listing whose names it gives elsewhere beats the country it names most
        # (often the listed people's home); one with listed names of its own ('the US has also sanctioned him') is
        # another lister
        unnamed = [b for b in named_by if not any(f.by_key == b[1] for f in out)]
        if unnamed:
            for f in guessed:
                f.by, f.by_key = unnamed[0]
        out = self._still_listed(doc, ctx, out)
        # "Revolutionary Guard" in the headline is the body's "Islamic Revolutionary Guard Corps" on the same list
        def heading(x: Found) -> bool:  # the headline, or a heading line the cleaner left in the body
            return ctx.sent_order.get(x.sent.start, 0) < 0 or not x.sent.text.rstrip().endswith((".", "!", "?", '"', "”"))
        for f in [f for f in out if heading(f)]:
            full = next((o for o in out if not heading(o) and o.sent.start > f.sent.start and (o.category, o.action, o.by)
                         == (f.category, f.action, f.by) and short_form(f.entity, o.entity, True)), None)
            if full is not None:
                full.aliases = list(dict.fromkeys(full.aliases + [f.entity] + f.aliases))
                out.remove(f)
        # a headline's short wording yields to the body's exact list for the same entity
        body = {(f.entity.lower(), f.by, f.action) for f in out if ctx.sent_order.get(f.sent.start, 0) >= 0}
        out = [f for f in out if ctx.sent_order.get(f.sent.start, 0) >= 0
               or (f.entity.lower(), f.by, f.action) not in body
               or any(o.category == f.category and o.entity.lower() == f.entity.lower() for o in out
                      if o is not f and ctx.sent_order.get(o.sent.start, 0) >= 0)]
        # "The Security Council removed X from its sanctions list" told beside "the ISIL (Da'esh) and Al-Qaida Sanctions
        # Committee": the UN's list in the story is the 1267 list, a terrorist listing
        if any(f.by == "United Nations" and f.category == "sanctions" for f in out):
            low = " ".join(s.text.lower() for s in doc.sents if ctx.sent_weight(s) > 0)
            if any(re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", low) for p in self.vocab.un_terror_regimes):
                for f in out:
                    if f.by == "United Nations" and f.category == "sanctions":
                        f.category = "terrorist_organization"
        return merge(one_name_per_person(out, doc, self.vocab.honorifics))

    def _still_listed(self, doc: Doc, ctx: Context, out: list[Found]) -> list[Found]:
        """'That means Hamas's funds remain frozen and it stays on the list': a removal the text itself says has not
        taken effect (the thing stays listed) is no revocation."""
        revoked = [f for f in out if f.action == "revoke"]
        if not revoked:
            return out
        kept: set[int] = set()
        for sent in doc.sents:
            if ctx.sent_weight(sent) <= 0:
                continue
            for v in sent:
                # ("the country remained on the list until 2020": a past stay tells an earlier time)
                if v.lemma_ not in self.vocab.stay_verbs or v.pos_ not in ("VERB", "AUX") or v.tag_ in ("VBD", "VBN") \
                        or any(c.dep_ == "neg" for c in v.children):
                    continue
                subj = [x for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
                comp = [x for c in v.children if c.dep_ in ("acomp", "prep", "attr", "oprd", "advmod") for x in c.subtree]
                if not subj or not any(x.lower_ in self.vocab.still_listed_words for x in comp):
                    continue
                text = " ".join(x.text for x in subj).lower()
                others = {ctx.by_token[x.i].key for x in comp if x.i in ctx.by_token}
                # "the group remains on the list", "it stays listed": with one thing removed, that thing
                pointing = len({f.entity for f in revoked}) == 1 and (
                    text in ("it", "they") or len(subj) == 2 and subj[0].lower_ == "the"
                    and (subj[1].lower_ in GROUP_NOUNS | AS_KINDS | _COREF))
                for f in revoked:
                    if any(k != f.by_key and not k.startswith("ent:") for k in others):
                        continue  # "ETIM remains on the UN Security Council's list": another lister's list
                    if pointing or any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", text) for n in [f.entity] + f.aliases):
                        kept.add(id(f))
        return [f for f in out if id(f) not in kept]

    def _speech(self, t: Token) -> bool:
        """'..., the Foreign Office said, adding that the outposts were A and B': a speech verb with its clause."""
        return t.lemma_ in self.vocab.says and any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                                                   for c in t.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)

    def _acts(self, t: Token) -> bool:
        """A trigger that reports an act: a verb, or a noun an actor announces ("announced sanctions on")."""
        if t.lower_ == "off":
            return t.head.lemma_ in ("take", "remove", "strike")
        verb = t if t.pos_ == "VERB" else t.head
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "would not be targeted", "was not designated": no listing
        if any(c.dep_ == "aux" and c.lower_ in ("might", "may", "could") for c in verb.children):
            return False  # "us might put the houthis back on the fto list": a possibility, no listing
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in self.vocab.wish:
            return False  # "they wanted the sanctions lifted": a wish, not a listing
        if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in ("of", "about", "against"):
            return False  # "accused Washington of blacklisting X", "warned against sanctioning X": no listing done
        if t.pos_ == "VERB" and t.lemma_ in self.vocab.says \
                and any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in t.children) \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
            return False  # "adding that North Korea had offered ...": a speech verb, not an addition to a list
        if aside(t):
            return False  # "the designation of hts (listed as al-nusrah front)": an aside naming how it is listed
        if t.lemma_ == "notify" and t.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("of", "about")
                                                              for c in t.children):
            return False  # "notified Congress of his intent to rescind ...": telling someone, not a notified listing
        if t.pos_ == "VERB" and t.lemma_ == "name" and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in self.vocab.naming_records
                                                             for g in c.children) for c in t.children):
            return False  # "had been named in cases registered by the police": cited or accused, not listed
        if t.pos_ == "VERB" and t.lower_ in self.vocab.freeze_verbs and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_ not in self.vocab.frozen_things
                for c in t.children):
            return False  # "freezes peace talks with X": talks put on hold, no assets frozen
        if t.pos_ == "VERB" and t.lower_ in self.vocab.revoke and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_ in self.vocab.undone_events for c in t.children):
            return False  # "cancelled the meeting with Putin": an event called off, nobody delisted
        if t.lower_ in self.vocab.freeze_verbs and t.dep_ in ("amod", "acl", "compound"):
            return False  # "$6bn in frozen Iranian funds": money frozen before, described
        if t.pos_ == "VERB":
            return True
        head = t.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in ANNOUNCE and t.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
            return True
        if t.dep_ == "pobj" and head.head.lemma_ in ANNOUNCE:
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("take", "come", "enter", "become") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                and any(c.lower_ in ("effect", "effective", "force") for c in head.subtree):
            return True  # "the designation of X as an FTO takes effect on Thursday": the act, in force now
        return t.i == t.sent.root.i or (t.dep_ == "ROOT")

    def _bare_declare(self, t: Token, triggers: list[Token]) -> bool:
        """'US declares RSF genocide, sanctions X': 'declare' (and the like: data phrase_bound_triggers) lists only
        when its own words name a list ('declared X a terrorist organisation', '... an unlawful association')."""
        if t.lemma_ not in self.vocab.phrase_bound or t.pos_ != "VERB":
            return False
        stop = min([o.i for o in triggers if o.i > t.i] + [t.sent.end])
        own = "".join(x.text_with_ws for x in t.subtree if t.i < x.i < stop)
        return not self.vocab.categories_in(own)

    @staticmethod
    def _without_reasons(sent: Span, triggers: list[Token]) -> str | None:
        """The sentence without the reasons it gives after its listing verb ('for supporting ...', 'accusing the group
        of ...', 'citing ...'); None when it gives none."""
        if not triggers:
            return None
        first = min(t.i for t in triggers)
        drop: set[int] = set()
        for t in sent:
            if t.i > first and t.lower_ in REASONS and t.dep_ in ("prep", "advcl", "mark", "pcomp"):
                base = t.head if t.dep_ == "mark" else t
                if base.i > first and not any(x.i in {g.i for g in triggers} for x in base.subtree):
                    drop.update(x.i for x in base.subtree)
        if not drop:
            return None
        return "".join(x.text_with_ws for x in sent if x.i not in drop)

    def _action(self, span: Span, triggers: list[Token]) -> str:
        """Revoke when the nearest governing trigger removes a listing, else designate."""
        for anc in [span.root] + list(span.root.ancestors)[:6]:
            if anc.lower_ in self.vocab.revoke and anc.lower_ != "off":
                return "revoke"
            # ("sanctioned ... Car Escort Services S.A.L. Off Shore": 'off' is a delisting only with a verb that takes off)
            if anc.lemma_ in ("take", "remove", "strike", "knock", "drop", "come", "get") \
                    and any(c.lower_ == "off" and c.dep_ in ("prt", "prep", "advmod") for c in anc.children):
                return "revoke"
            if anc.lower_ in self.vocab.designate and anc.pos_ == "VERB" and not aside(anc):
                return "revoke" if self.vocab.revoked_order(anc, anc.head.head) else "designate"
        before = [t for t in triggers if t.i < span.start]
        t = before[-1] if before else triggers[0]
        # "revoking the fto designation of X": the listing noun a revoking verb takes is undone
        return "revoke" if t.lower_ in self.vocab.revoke or t.pos_ == "NOUN" and t.head.lower_ in self.vocab.revoke else "designate"

    def _own_categories(self, span: Span, valid: list[Token], cats: list[str], cands: list[Candidate]) -> list[str]:
        """'designated A as foreign terrorist organisations, and placed its leader B on its list of global terrorists':
        with two listing verbs naming two lists, each name is on the list of the verb that governs it. A verb whose
        object names nothing ('and added the outfit to the First Schedule') lists the sentence's names too."""
        verbs = [t for t in valid if t.pos_ == "VERB"]
        if len(verbs) < 2 or len(cats) < 2 and (cats == ["sanctions"] or not any(t.lemma_ == "sanction" for t in verbs)):
            return cats
        ids = {t.i for t in verbs}

        def governor(sp: Span) -> Token | None:
            return next((a for a in [sp.root] + list(sp.root.ancestors) if a.i in ids), None)

        def own(gov: Token) -> list[str]:
            others = {x.i for t in verbs if t.i != gov.i and gov not in t.subtree and t in gov.subtree for x in t.subtree}
            text = "".join(x.text_with_ws for x in gov.subtree if x.i not in others)
            return [c for c in self.vocab.categories_in(text) if c in cats or c == "sanctions"]
        gov = governor(span)
        if gov is None:
            return cats
        governing = {g.i for g in (governor(c.span) for c in cands) if g is not None}
        mine = own(gov)
        if not mine:
            return cats
        for v in verbs:
            if v.i not in governing:
                mine += [c for c in own(v) if c not in mine and c in cats]
        # ("sanctions" the whole sentence gave up to a terrorist list stays with the verb that sanctions)
        return [c for c in cats + ["sanctions"] if c in mine]

    def _qualified_trigger(self, t: Token) -> bool:
        """'restrictive measures against X': a noun that names a listing only with its qualifier (data
        qualified_trigger_nouns)."""
        quals = self.vocab.qualified_nouns.get(t.lower_)
        return bool(quals) and t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in quals for c in t.children)

    def _places_on_list(self, t: Token) -> bool:
        """'agreed to put X on the EU terrorist list': the placing verb lists X."""
        if t.pos_ != "VERB":
            return False
        if t.lower_ in self.vocab.placing:
            # "placed X on its Entity List": a list's proper name ends on a proper-noun 'List'
            return any(x.lower_ in ("list", "blacklist") and x.pos_ in ("NOUN", "PROPN") and x.head.lower_ in ("on", "onto")
                       for x in t.subtree)
        # "Cuba was returned to the State Sponsors of Terrorism list": a verb bringing X back to a list lists it
        return t.lemma_ in self.vocab.returning and any(x.lemma_ in ("list", "blacklist") and x.pos_ == "NOUN"
                                                  and x.head.lower_ in ("to", "on", "onto") and x.head.head.i == t.i
                                                  for x in t.subtree)

    @staticmethod
    def _item_line(sent: Span) -> int | None:
        """'Igor Sechin - Chief Executive of Rosneft': a line opening on a name (up to six capitalised words or
        connectors) and a dash with spaces round it; the dash's index."""
        toks = [t for t in sent if not t.is_space]
        for k, t in enumerate(toks[:8]):
            if t.text in ("-", "–", "—") and t.whitespace_ and k >= 1 and toks[k - 1].whitespace_:
                name = toks[:k]
                if name[0].text[:1].isupper() and all(x.text[:1].isupper() or x.lower_ in CONNECT_IN_NAMES
                                                      or x.text in (".", "'", "’") for x in name):
                    return t.i
                return None
            if t.is_punct and t.text not in (".", "'", "’"):
                return None
        return None

    @staticmethod
    def _targeted(t: Token) -> bool:
        """'those targeted are', 'were targeted': the listed; 'has targeted sites' is an attack, no listing."""
        return t.tag_ == "VBN" and (t.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in t.children))

    def _restating(self, sent: Span, prev: Span | None = None) -> Token | None:
        """'The four entities are A, B and C': a counted object of the listing just told, named; the copula.
        'The designations, published in ..., cover A; B; and C': the act just told, named by its noun, covers them."""
        also = next((t for t in sent if on_the_list_too(t)), None)
        if also is not None:
            return also  # "A and B are also on the list"
        m = RESTATE.match(sent.text)
        if m is None and prev is not None:
            # "... sanctioned four Israeli settlers and two outposts. The settlers are A, B ...": the plural the
            # listing counted, named again as the subject
            m = RESTATE_COUNTED.match(sent.text)
            counted = {t.lower_ for t in prev if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)}
            if m is None or m.group(2).lower() not in counted:
                return None
        if m is None:
            return None
        at = sent.start_char + m.end(1)
        return next((t for t in sent if t.idx >= at and t.lemma_ in ("be", "include")), None)

    @staticmethod
    def _described_places(trig: Token) -> list[str]:
        """'designated the Islamic State's affiliates in the Democratic Republic of the Congo and Mozambique': a
        plural object told only by where its members are; the places (and a long one's initials, 'DRC')."""
        out: list[str] = []
        for c in trig.children:
            if c.dep_ not in ("dobj", "nsubjpass") or c.tag_ != "NNS" or any(g.dep_ == "nummod" for g in c.children):
                continue
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ != "in":
                    continue
                for g in [g for g in p.children if g.dep_ == "pobj"][:1]:
                    # ("the Democratic Republic of the Congo and Mozambique": 'Mozambique' hangs on 'Congo')
                    heads = [g] + [x for x in g.subtree if x.dep_ == "conj" and x.pos_ == "PROPN"]
                    for place in heads:
                        inner = {x.i for k in place.subtree if k.dep_ in ("conj", "cc") and k is not place
                                 for x in k.subtree}
                        words = [x for x in place.subtree if x.i not in inner and x.dep_ != "det" and not x.is_punct]
                        if not words or place.ent_type_ not in ("GPE", "LOC") and not place.is_title:
                            continue
                        name = " ".join(x.text for x in words)
                        out.append(name)
                        if len(words) > 2:
                            out.append(acronym_of(name))
        return out

    def _described_named(self, sent: Span, ctx: Context, described: tuple, out: list[Found], seen: set) -> tuple | None:
        """'... designated the Islamic State's affiliates in the DRC and Mozambique. ISIS-DRC, also known as the
        ADF, has killed ...': in the next sentences a name opening the sentence with one of those places in it is
        one of the things listed (with the other names it is given there)."""
        cats, places, action, (by_name, by_key), left = described
        if by_name is None:
            return None
        cands = [c for c in self.names.candidates(sent, sent[0], ctx, cats)
                 if c.span.start <= sent.start + 1 and c.span.root.dep_ in ("nsubj", "nsubjpass", "ROOT")
                 and any(re.search(r"(?:[-–]|\bin\s+(?:the\s+)?|\bof\s+(?:the\s+)?)" + re.escape(p) + r"(?![\w])",
                               c.span.text) or c.aliases and re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])",
                                                                       c.span.text) for p in places)]
        # (the place glued to the name as its branch's, 'ISIS-DRC', 'X in Mozambique', or a name given other names
        # there: 'Iraq Body Count said' is no listed branch)
        for c in cands:
            for cat in cats:
                k = (c.span.text.lower(), cat, action, by_name)
                if k not in seen:
                    seen.add(k)
                    key = ctx.by_token[c.span.root.i].key if c.span.root.i in ctx.by_token else None
                    out.append(Found(c.span.text, list(c.aliases), cat, action, by_name, by_key, key, sent))
        return (cats, places, action, (by_name, by_key), left - 1) if left > 1 else None

    def _including_names(self, sent: Span) -> Token | None:
        """'... 22 gangs, which the government has identified as terrorist organisations. The decree names groups
        including A, B and C': after a listing that counted what it listed and named none of it, 'including' after
        a plural of bodies opens the names the count stands for; the 'including'."""
        for t in sent:
            # ("Police said gangs including X had clashed": without a word of naming or listing, no restating)
            if t.lower_ == "including" and t.head.tag_ == "NNS" and t.head.lemma_ in INCLUDING_HEADS \
                    and t.i + 1 < sent.end and sent.doc[t.i + 1].text[:1].isupper() \
                    and any(x.lower_ in self.vocab.designate for x in sent if x.i < t.i):
                return t
        return None

    def _act_covers(self, sent: Span) -> Token | None:
        """'The designations, published in ..., cover A; B; and C', 'The measures target A and B': the act just told,
        named by its noun as the subject, covers the names in the object; the verb."""
        root = sent.root
        if any(c.dep_ == "advmod" and c.lower_ in self.vocab.bg["adverbs"] for c in root.children):
            return None  # "The EU terrorist list currently includes 13 persons, among them A": the standing list
        if root.pos_ == "VERB" and root.lemma_ in self.vocab.restate_verbs and any(c.dep_ == "dobj" for c in root.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in self.vocab.restate_nouns and c.i < root.i
                        and any(g.dep_ == "poss" or g.dep_ == "det" and g.lower_ in ("the", "these", "those", "today")
                                for g in c.children) for c in root.children):
            return root
        return None
