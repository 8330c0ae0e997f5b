"""Which names a listing act lists: the trigger's object, bullet items, aliases in brackets."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.parties import Context, PartyResolver, _COREF, _trim_span, expand_name
from bot.extract.designations.aliases import ACR
from bot.extract.designations.model import Candidate
from bot.extract.designations.spans import (
    after_bullet, agent_of, and_acronym, body_named_after, bracket_names, dateline_end, described_name, glued_tail,
    grown_to_acronym, hyphen_pairs, in_place, join_firms, listed_subject, lower_case, modifier_only,
    modifies_past_bracket, place_pairs, split_lists, tidy, titled_body,
)
from bot.extract.designations.timing import ListingTime
from bot.extract.designations.vocabulary import Vocabulary
from bot.extract.designations.words import (
    ALIAS_INTRO, ALIAS_WORDS, AS_KINDS, BACK_REF, CONNECT_IN_NAMES, ENT_LABELS, FIRM_JOINERS, FIRM_TAILS, GROUP_NOUNS,
    INCLUDING_WORDS,
    LED_BY, LINKED, NAME_HEADS, REASONS, SPEAK, STOP,
)


def firm_subjects(trig: Token) -> list[Token]:
    """'Acme Marine SA and Blue Star Navigation Corp sanctioned for ...': a firm never lists, so the firm subject of a
    bare listing participle is what it lists (a headline's or chat's passive without its 'were'); the parser may hang
    the participle on the first firm as its conjunct."""
    if trig.tag_ not in ("VBN", "VBD") or any(k.dep_ == "dobj" for k in trig.children):
        return []
    out = [c for c in trig.children if c.dep_ == "nsubj" and c.lower_.rstrip(".") in FIRM_TAILS]
    if trig.dep_ == "conj" and trig.head.lower_.rstrip(".") in FIRM_TAILS and trig.head.i < trig.i:
        out.insert(0, trig.head)
    return out


class ListedNames:
    """Reads the listed names out of a listing sentence."""

    def __init__(self, vocab: Vocabulary, time: ListingTime, parties: PartyResolver) -> None:
        self.vocab, self.time, self.parties = vocab, time, parties

    def candidates(self, sent: Span, trig: Token, ctx: Context, cats: list[str],
                    limit: int | None = None, valid: list[Token] | None = None) -> list[Candidate]:
        doc = sent.doc
        skip: set[int] = set()
        for t in sent:
            if t.dep_ in ("relcl",) and t.i > trig.i and not self.vocab.revoked_order(t, trig):
                skip.update(x.i for x in t.subtree)
            if t.lower_ == "under" and t.dep_ == "prep" and t.head.pos_ == "VERB" \
                    and (t.head.lower_ in self.vocab.designate or t.head.lower_ in self.vocab.revoke):
                skip.update(x.i for x in t.subtree)  # "designated under Global Magnitsky": the programme, not the listed
        # "designated two groups that reject the accord - A, led by X, and B - as ...": the names after the dash
        # restate the counted object, whatever clause the parser hung them on
        obj = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "nummod" for g in c.children)]
        if obj:
            dashes = [t.i for t in doc[obj[0].i + 1: sent.end] if t.text in ("-", "–", "—", ":") and t.whitespace_
                      and t.i in skip]
            if dashes:
                close = next((i for i in dashes[1:]), sent.end)
                restated = set(range(dashes[0] + 1, close))
                inner = {x.i for t in doc[dashes[0] + 1: close] if t.dep_ == "relcl" for x in t.subtree
                         if x.i < close and doc[x.i].pos_ in ("VERB", "AUX", "PRON")}
                skip -= restated - inner
        end = sent.end if limit is None else limit
        for t in doc[trig.i + 1: end]:
            if t.i in skip:
                continue
            if t.ent_iob_ == "I" and t.ent_type_ in ENT_LABELS:
                continue  # "the Directorate for Internal Security": a word inside a name ends nothing
            if t.lower_ in STOP and any(a.dep_ == "appos" for a in list(t.ancestors)[:4]):
                continue  # "X, the ministry's director general for intelligence, and Y": a description, not a reason
            if t.lower_ == "following" and doc[t.i - 1].lower_ == "the":
                continue  # "designated the following entities: A; B": the list is still to come
            # "sanctions X as the blockade drags on", "listed X though its leader denies ...": a subordinate clause
            # of its own (a conjunction marking a later finite verb) tells the circumstance, not more listed names
            clause_mark = t.dep_ == "mark" and t.pos_ == "SCONJ" and t.head.dep_ == "advcl" and t.head.i > t.i \
                and t.head.pos_ in ("VERB", "AUX") and t.head.tag_ not in ("VBG", "VBN")
            # "sanctions on X over its missile launches": 'over' with an object (not 'over 100 people') gives the cause
            reason_over = t.lower_ == "over" and t.dep_ == "prep" and t.i + 1 < sent.end and not doc[t.i + 1].like_num
            if (t.lower_ in STOP or clause_mark or reason_over or (t.lower_ == "part" and doc[t.i - 1].lower_ == "as")) \
                    and t.i > trig.i + 1 or self.vocab.reason_phrase_at(t):
                end = t.i  # ("X and Y have been listed in connection with the arrest of Z": Z is why, not listed)
                break
        # "added 3 individuals ... for abuses, including X and Y": a counted object named after a reason
        counted = [c for c in trig.subtree if c.dep_ in ("dobj", "pobj", "nsubjpass") and c.pos_ == "NOUN"
                   and any(g.dep_ == "nummod" for g in c.children) and c.i < end]
        restated: Span | None = None
        inc = next((t.i for t in doc[end: sent.end] if t.lower_ in ("including", "among")), None) \
            if counted and end < sent.end else None
        if inc is not None:
            # ("sanctioned four people in connection with the murder of X, including A and B": X is why)
            skip.update(range(end, inc))
            end = sent.end
        elif counted and (end < sent.end or lower_case(sent)):
            # "sanctioned three officials for the crackdown - A, B and C": a spaced dash after the reason opens the
            # names the count stands for; the reason's own words stay unlisted
            # ("ofac just sanctioned 5 people tied to the cartel - a, b + 3 others": in chat, with no reason told)
            lo = end if end < sent.end else counted[0].i + 1
            dash = next((t.i for t in doc[lo: sent.end - 2] if t.text in ("-", "–", "—", ":") and t.whitespace_
                         and (doc[t.i - 1].whitespace_ or t.text == ":")), None)
            if dash is not None and doc[dash + 1].lower_ not in ("a", "an", "this", "that", "which", "it", "its",
                                                                  "both", "all", "each", "they", "none") \
                    and not doc[dash + 1].is_punct:
                stop = next((t.i for t in doc[dash + 1: sent.end] if t.text in ("-", "–", "—") and t.whitespace_),
                            sent.end)
                skip.update(range(lo, dash + 1))
                end = stop
                restated = doc[dash + 1: stop]
        if restated is None and end < sent.end and doc[end].dep_ == "prep":
            # "designated two generals - A and B - over the military's violence, and two organisations, C and D": a
            # counted object joined by 'and' after the reason, hung outside it, is one more thing the verb lists
            reason = {x.i for x in doc[end].subtree}
            later = next((c for c in doc[end + 1: sent.end] if c.tag_ == "NNS" and c.pos_ == "NOUN" and c.i not in reason
                          and any(g.dep_ == "nummod" for g in c.children) and trig in c.ancestors
                          and doc[c.left_edge.i - 1].lower_ == "and"), None)
            if later is not None:
                skip.update(range(end, later.left_edge.i))
                end = sent.end
        start = trig.i
        if trig.i == sent.start and not trig.is_punct and trig.lower_ not in self.vocab.designate | self.vocab.revoke:
            start = trig.i - 1  # a bullet item whose number was split off: the item's first word is a name's
        back = self._back_reference(trig)
        if back is not None:
            start, end = back  # "took action against A; B; and C, designating all three": the names come first
        subject = listed_subject(trig, self.vocab.bg["change_adverbs"])
        if subject is not None:
            start = min(start, subject.left_edge.i - 1)  # "A, B and C are now listed entities": the subject's names
        # "Kirvania's designation", "X was designated": the entity stands before the trigger
        poss = [c for c in trig.children if c.dep_ == "poss"]
        subj_pass = [c for c in trig.children if c.dep_ == "nsubjpass"]
        # "Acme Marine SA and Blue Star Navigation Corp sanctioned for ...": a firm never lists, so a firm subject of
        # a bare listing participle is what it lists (a headline's or chat's passive without its 'were')
        firm_subj = firm_subjects(trig)
        subj_pass += firm_subj
        pre: list[Span] = []
        opening = dateline_end(sent)
        for c in poss + subj_pass:
            # ("LONDON, March 3 (Reuters) - Three oligarchs were sanctioned": the dateline is no part of the subject)
            pre.extend(self._ents_in(doc[max(c.left_edge.i, opening): c.right_edge.i + 1], ctx, cats, skip))
        if subj_pass and trig.dep_ == "ccomp" and trig.head.lemma_ in self.vocab.says and trig.head.i < trig.i:
            # "the department said A, B and C had each been designated": the reported clause's subject is all that
            # stands between the speech verb and the listing, however the parser hung its names
            pre.extend(x for x in self._ents_in(doc[trig.head.i + 1: trig.i], ctx, cats, skip)
                       if not any(x.start == y.start for y in pre))
        cands: list[Candidate] = []
        alias_tokens: set[int] = set()
        alias_end: int | None = None  # where the last alias (and its closing quote) ends
        region = doc[start + 1: end]
        spans = pre + self._ents_in(region, ctx, cats, skip)
        spans = sorted(spans + self._untagged_names(region, spans, ctx, skip), key=lambda sp: sp.start)
        taken = {t.i for sp in spans for t in sp}
        for t in region:  # "put hamas's military wing on the list": an untagged lower-case owner of a listed wing
            if t.pos_ == "PROPN" and t.dep_ == "poss" and t.head.lower_ in self.vocab.part_nouns and t.head.i > t.i \
                    and t.i not in taken and t.i not in skip and t.i not in ctx.covered \
                    and all(x.dep_ in ("case", "amod", "compound") for x in doc[t.i + 1: t.head.i]):
                spans.append(doc[t.i: t.head.i + 1])
        chat = lower_case(sent)
        if chat:
            # "state dept put ansarallah on the sdgt list": chat writes names in lower case, and the model tags none;
            # the proper noun the listing verb takes (and its conjuncts) is the listed thing
            # ("al-hamza front": a name's head noun, tagged a common noun, after the name's proper nouns)
            # ("aleksandr ermakov": a surname the tagger calls a common noun after a given name it calls a proper one)
            def named(c: Token) -> bool:
                if c.pos_ == "PROPN":
                    return True
                if c.lower_ in NAME_HEADS | GROUP_NOUNS:
                    return any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.i == c.i - 1 for g in c.children)
                # ("ahmed al-sharaa": the proper noun may stand before the hyphen glued to the surname)
                return c.pos_ == "NOUN" and c.tag_ == "NN" and c.dep_ == "dobj" and any(
                    g.dep_ == "compound" and g.pos_ == "PROPN" and c.i - 3 <= g.i < c.i for g in c.children)
            people = {i for m in ctx.mentions_in(sent) if m.form == "person" for i in range(m.span.start, m.span.end)}
            objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and named(c)] + firm_subj
            if trig.dep_ == "amod" and trig.tag_ == "VBN" and trig.head.i > trig.i and named(trig.head):
                objs.append(trig.head)  # "ofac sanctioned gulf star shipping llc": the participle hung on its object
            # "cancelled the order that banned jamaat-e-islami": what the revoked order listed
            orders = [g for c in trig.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children
                      if self.vocab.revoked_order(g, trig)]
            objs += [c for v in orders for c in v.children if c.dep_ in ("dobj", "nsubjpass") and named(c)]
            # ("ben-gvir and smotrich": a bare singular noun joined to a name is a name too)
            objs += [g for c in objs for g in c.children if g.dep_ == "conj" and (named(g) or g.pos_ == "NOUN"
                     and g.tag_ == "NN" and g.is_alpha and not any(x.dep_ not in ("cc", "punct") for x in g.children))]
            for c in objs:
                lo = min([c.i] + [g.left_edge.i for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                                  and g.i < c.i])
                hi = c.i
                if c.lower_.rstrip(".") in FIRM_TAILS and c.left_edge.i < c.i:
                    # "took cosco shipping tanker (dalian) co., ltd. off": an object ending on a legal form is a
                    # firm's registry name, every word before the form (and the forms after it) its own
                    lo = max(c.left_edge.i, trig.i + 1 if trig.i < c.i else c.left_edge.i)
                    while lo < c.i and doc[lo].dep_ in ("det", "poss"):
                        lo += 1
                    while hi + 1 < sent.end and (doc[hi + 1].text in (",", ".") and hi + 2 < sent.end
                                                 and doc[hi + 2].lower_.rstrip(".") in FIRM_TAILS
                                                 or doc[hi + 1].lower_.rstrip(".") in FIRM_TAILS
                                                 or doc[hi + 1].text == "." and doc[hi].lower_ in FIRM_TAILS):
                        hi += 1
                    if not any(i in taken or i in skip for i in range(lo, hi + 1)) \
                            and all(t.is_lower or not t.is_alpha for t in doc[lo: hi + 1]):
                        spans.append(doc[lo: hi + 1])
                    continue
                # "ben-gvir" parsed as three objects: the hyphen glues one name
                while hi + 2 < sent.end and doc[hi + 1].text in ("-", "–") and not doc[hi].whitespace_ \
                        and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
                    hi += 2
                while lo - 2 >= sent.start and doc[lo - 1].text in ("-", "–") and not doc[lo - 1].whitespace_ \
                        and not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha:
                    lo -= 2
                # "took gen. manuel figuera off": a rank (or courtesy title) before the name is no word of it
                while lo < hi and (doc[lo].lower_.rstrip(".") in self.vocab.ranks or doc[lo].text == "."
                                   and lo > sent.start and doc[lo - 1].lower_.rstrip(".") in self.vocab.ranks):
                    lo += 1
                # (a leader the table knows, 'ahmed al-sharaa' for Syria, is a person who may be listed)
                if c.is_alpha and not any(i in taken or i in skip or i in ctx.covered and i not in people
                                          for i in range(lo, hi + 1)) \
                        and not any(sp.start <= lo and hi < sp.end for sp in spans):
                    spans.append(doc[lo: hi + 1])
            spans += self._chat_and_names(sent, spans, taken | skip | (ctx.covered - people))
            if restated is not None:
                spans += self._chat_items(restated, spans, skip)
            # "designated the proud boys and the base as terrorist entities": what a listing verb lists 'as' a kind
            # of body is a name, though chat gives it no capital and the tagger calls its words common ones
            if trig.lower_ in self.vocab.designate and any(
                    a.lower_ == "as" and a.dep_ == "prep" and any(
                        g.dep_ == "pobj" and (g.lemma_ in AS_KINDS or g.lower_ in AS_KINDS) for g in a.children)
                    for a in trig.subtree):
                heads = [c for c in trig.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
                heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")]
                for c in heads:
                    d = c.left_edge.i if doc[c.left_edge.i].lower_ == "the" else c.left_edge.i - 1
                    if d < sent.start or doc[d].lower_ != "the" or c.lower_ in GROUP_NOUNS | AS_KINDS or not c.is_alpha:
                        continue  # (the parser may hang a conjunct's 'the' elsewhere: the word before its modifiers)
                    lo = d + 1
                    words = doc[lo: c.i + 1]
                    if 1 <= len(words) <= 4 and all(w.is_alpha and w.pos_ in ("NOUN", "PROPN", "ADJ") for w in words) \
                            and not any(i in taken or i in skip or i in ctx.covered for i in range(lo, c.i + 1)) \
                            and words.text.lower() not in self.vocab.not_entities:
                        spans.append(doc[d: c.i + 1])
                        taken.update(range(d, c.i + 1))
            for sp in self._chat_listed_objects(trig, taken | skip | (ctx.covered - people)
                                                | {i for o in spans for i in range(o.start, o.end)}):
                spans.append(sp)
                taken.update(range(sp.start, sp.end))
            firms = {i for i in ctx.covered if i in ctx.by_token and self._firm(ctx.by_token[i], ctx)}
            for sp in self._chat_region_items(trig, skip | (ctx.covered - people - firms)):
                # (a longer item replaces the pieces the model tagged: 'ansar' + 'al-islam')
                if not any(o.start < sp.start < o.end or o.start < sp.end < o.end for o in spans):
                    spans.append(sp)
        spans = [grown_to_acronym(sp) for sp in and_acronym(self._and_places(sorted(spans, key=lambda sp: sp.start)))]
        spans = [sp for sp in spans if not any(o.start <= sp.start and sp.end <= o.end and len(o) > len(sp) for o in spans)]
        spans.sort(key=lambda sp: sp.start)
        linked: set[int] = set()
        for t in region:  # "... affiliates of al-Qaeda and the Islamic State": every conjunct of the link
            if t.dep_ in ("prep", "agent") and t.i > sent.start and doc[t.i - 1].is_lower \
                    and LINKED.search(doc[max(sent.start, t.i - 5): t.i + 1].text):
                linked.update(x.i for x in t.subtree)
                if t.head.pos_ == "NOUN" and t.head.i == t.i - 1:  # "affiliates of A and B", B hung on "affiliates"
                    linked.update(x.i for c in t.head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > t.i
                                  for x in c.subtree)
        if restated is not None:
            linked -= set(range(restated.start, restated.end))  # (the names after the dash, however the parser hung them)
        # "Jane Roe, director of the Harbor Police Department; ...": a role told after a listed name is a
        # description, and the bodies named in it are not listed
        # ("A, a conglomerate ...; two affiliates, B and C; D": a semicolon ends the description, and a counted noun
        # restates the names that follow it)
        semis = [t.i for t in sent if t.text == ";"]
        # ("X, Rwanda's Minister of State for Regional Integration": a title the tagger calls a proper noun is a role)
        described = {x.i for sp in spans for c in sp.root.children if c.dep_ == "appos"
                     and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.lower_ in self.vocab.person_titles
                          and any(g.dep_ in ("poss", "prep") for g in c.children))
                     and c.i >= sp.end and not any(g.dep_ == "nummod" for g in c.children) for x in c.subtree
                     if not any(sp.end <= i < x.i for i in semis)}
        # "A, a company based in X, and its owner, B": 'its owner, B' the parser hung on the description is the
        # next listed thing
        described -= {x.i for sp in spans for c in sp.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      for k in c.children if k.dep_ == "conj" and k.pos_ == "NOUN"
                      and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in k.children)
                      and any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in k.children) for x in k.subtree}
        # "A, his wife B and C": a kin or role noun the parser hung on A as a description names B, the next listed
        described -= {x.i for sp in spans for c in sp.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
                      for k in c.children if k.dep_ == "appos" and k.pos_ == "PROPN" and k.i > c.i for x in k.subtree}
        # "sanctions on 16 members of the X Council", "two subsidiaries of Y": the counted things are the listed ones,
        # the body after their 'of' is the whole they belong to
        counted_of = {x.i for t in region if t.lower_ == "of" and t.dep_ == "prep" and t.head.pos_ == "NOUN"
                      and t.head.tag_ == "NNS" and t.head.i == t.i - 1
                      and any(g.dep_ == "nummod" for g in t.head.children) for x in t.subtree}
        for sp in spans:
            if any(t.i in alias_tokens for t in sp):
                continue
            if sp.root.i in described or sp.root.i in counted_of or modifies_past_bracket(sp):
                continue
            before = doc[max(sent.start, sp.start - 6): sp.start].text
            if any(t.i in linked for t in sp):
                continue  # "... linked to the Wagner Group and its leader X": X is part of the link too
            if LINKED.search(before) or LED_BY.search(before) or self._role_of(sp) or agent_of(sp) \
                    or self.vocab._beside_act.search(doc[max(sent.start, sp.start - 9): sp.start].text):
                prep = next((t for t in reversed(doc[max(sent.start, sp.start - 3): sp.start])
                             if t.dep_ in ("prep", "agent")), None)
                if prep is not None:
                    linked.update(t.i for t in prep.subtree)
                continue  # "entities linked to the Sinaloa Cartel": named as the link, not listed
            if chat and cands:
                # "al-nusrah front aka hay'at tahrir al-sham": in lower-case chat the alias runs from 'aka' on
                k = sp.start - 1
                while k > max(sent.start, sp.start - 4) and doc[k].is_lower and (doc[k].is_alpha or "'" in doc[k].text) \
                        and doc[k].lower_ not in ("aka", "and", "or") and doc[k].i not in alias_tokens:
                    k -= 1
                if doc[k].lower_ in ("aka", "a.k.a.", "a.k.a") and k < sp.start - 1:
                    sp = doc[k + 1: sp.end]
                    before = doc[max(sent.start, sp.start - 6): sp.start].text
            # "known by the names 'Sandworm' and 'Sandworm Team'": a quoted name joined by 'and' to a quoted alias is
            # one more alias
            joined = bool(cands) and alias_end is not None and alias_end < sp.start and doc[alias_end - 1].is_quote \
                and doc[sp.start - 1].is_quote and all(t.lower_ in ("and", "or") or t.is_quote
                                                       for t in doc[alias_end: sp.start])
            if (ALIAS_INTRO.search(before) or joined) and cands:
                j = sp.end  # "also known as Bank Sepah Melli Iran": the alias runs over every name word that follows
                while j < end and (doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper)
                                   or doc[j].lower_ in CONNECT_IN_NAMES and j + 1 < end and doc[j + 1].is_title):
                    j += 1
                alias = doc[sp.start: j]
                alias_tokens.update(range(alias.start, alias.end))
                alias_end = j + 1 if j < len(doc) and doc[j].is_quote else j
                owner = cands[-1].span
                if sum(o.text == owner.text for o in spans) > 1 and not cands[-1].aliases:
                    # "Paramjit Singh alias Panjwar; ... Paramjit Singh alias Pamma": a name two listed people share
                    # tells neither apart; each is named by the alias that does
                    cands[-1] = Candidate(alias, [doc[owner.start: alias.end].text])
                    continue
                cands[-1].aliases.append(alias.text)
                if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and ACR.match(doc[j + 1].text):
                    cands[-1].aliases.append(doc[j + 1].text)  # "also known as the People's Front (PF)": PF too
                    alias_tokens.add(j + 1)
                continue
            cands.append(Candidate(sp))
            after = self._alias_after(sp, end)
            if after is not None:
                # "Sukhdev Singh alias Sukha": the name after 'alias' is the same person's other name, tagged or not
                alias_tokens.update(range(after.start, after.end))
                if sum(o.text == sp.text for o in spans) > 1:
                    cands[-1] = Candidate(after, [doc[sp.start: after.end].text])  # (a shared name: see above)
                else:
                    cands[-1].aliases.append(after.text)
                continue
            # "(VoC)" right after a name is its acronym; "(Cártel de Sinaloa)", "(Cártel de Jalisco Nueva Generación,
            # or CJNG)": the names in brackets right after a name are its other names
            if sp.end + 2 < len(doc) and doc[sp.end].text == "(" and doc[sp.end + 2].text == ")":
                if not self._country_word(doc[sp.end + 1].text):
                    cands[-1].aliases.append(doc[sp.end + 1].text)  # ("lumber marine sa (uae)": where it is based)
                alias_tokens.add(sp.end + 1)
            else:
                for text, ids in bracket_names(sp, chat):
                    cands[-1].aliases.append(text)
                    alias_tokens.update(ids)
        # quoted or unrecognised aliases: "known locally as "the Southern Front""
        for m in re.finditer(r"(also known as|known locally as|known as|also trades as|trades as|known by its (?:\w+\s+)?initials,?)\s+[\"“]?(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", sent.text):
            alias = m.group(2)
            pos = sent.start_char + m.start()
            at = doc.char_span(pos, pos + 1, alignment_mode="expand")
            if at is not None and at.start in skip:
                continue  # "..., which it said are tied to its commander X, known as Y": not a listed name's alias
            owner = [c for c in cands if c.span.start_char < pos]
            if owner and alias not in owner[-1].aliases and alias != owner[-1].span.text:
                owner[-1].aliases.append(alias)
        cands = [c for c in cands if not any(c.span.text == a for o in cands if o is not c for a in o.aliases)]
        cands = self._semicolon_items(sent, cands)
        cands = hyphen_pairs(place_pairs(cands))
        # a name in another clause ("..., adding that X had offered to dismantle its complex at Yongbyon") is not
        # what the trigger lists
        def clause(t: Token) -> Token | None:
            return t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        tv, pre_ids = clause(trig), {x.start for x in pre}

        def related(c: Candidate) -> bool:
            cv = clause(c.span.root)
            if cv is not None and cv != tv and (cv.lower_ in self.vocab.designate or cv.lower_ in self.vocab.revoke) \
                    and self.time.is_background(cv):
                return False  # "(the Qassam Brigades have been banned since 2001)": an earlier listing in an aside
            if self.time.dated_name(c.span.root, trig):
                return False  # "..., including the military wings of A and B in 2010": listed long before
            if back is not None:
                return True  # the stretch before ", designating all three" is the list, whatever the parse
            others = {v.i for v in valid or [] if v.pos_ == "VERB" and v.i > trig.i}
            if any(a.i in others for a in c.span.root.ancestors):
                return True  # "decided to extend the measures ... and added A and B to the list": another listing verb's
            return cv is None or tv is None or cv == tv or tv in cv.ancestors or cv in tv.ancestors
        cands = [c for c in cands if c.span.start in pre_ids or related(c)]
        if not cands:
            # "designated the group a terrorist organisation", "designated it as an FTO": the last named group
            for t in region:
                if t.lower_ in _COREF and any(c.lower_ == "the" for c in t.children) \
                        or t.lower_ == "it" and t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i:
                    prev = [m for m in ctx.mentions if m.span.start < trig.i and m.key.startswith("ent:")
                            and ctx.info[m.key].kind in ("group", "company", "organisation")
                            and not self.vocab.not_listed_name(m.text) and not self._fragment(m.span)
                            and not modifier_only(m.span)]
                    if prev:
                        key = prev[-1].key
                        full = [m for m in ctx.mentions if m.key == key and m.text == ctx.info[key].name]
                        span = (full or prev)[-1].span
                        c = Candidate(span)
                        c.aliases = [a for a in ctx.info[key].aliases if a != span.text]
                        return [c]
                    if t.lower_ == "it":
                        # "In a blow to the outfit Red Hand (RH), the US designated it ...": the name told earlier in
                        # the sentence, not the lister
                        subj = {x.i for c in trig.children if c.dep_ == "nsubj" for x in c.subtree}
                        before = [sp for sp in self._ents_in(doc[opening: trig.i], ctx, cats, skip)
                                  if not subj & {x.i for x in sp}]
                        if len(before) == 1:
                            return [Candidate(before[0])]
        return cands

    def _chat_region_items(self, trig: Token, blocked: set[int]) -> list[Span]:
        """'state dept just put ansar al-islam and jamaat nusrat al-islam on the fto list', 'listed x and y as
        terrorist entities': in lower-case chat, whatever the parse, the words between a listing verb and the 'on/to/
        off/from ... list' or 'as <kind or list>' that closes its object are its names, parted by commas, 'and',
        '+' or 'plus' (a comma before a legal form, 'co., ltd.', parts nothing)."""
        doc, sent = trig.doc, trig.sent
        on = None  # "slapped sanctions on rosneft trading and tnk trading over venezuela": the names after 'on'
        for x in ([trig] if trig.lower_ in ("sanctions", "sanction") else []) + [
                c for c in trig.children if c.lower_ in ("sanctions", "sanction") and c.i > trig.i]:
            if x.i + 2 < sent.end and doc[x.i + 1].lower_ in ("on", "against"):
                on = x.i + 1
        if on is not None:
            close = next((t.i for t in doc[on + 1: sent.end] if t.lower_ in STOP | REASONS | {"over", "after", "today",
                          "yesterday", "tonight", "tmrw", "tomorrow", "because", "as", "in", "from", "under", "with",
                          "until", "amid"} or t.ent_type_ in ("DATE", "TIME") or t.text in (".", ";", ":", "(", ")", "!", "?")
                          or t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")
                          or t.text in ("-", "–", "—") and t.whitespace_), sent.end)
            return self._chat_item_spans(doc, on, close, blocked)
        if trig.pos_ != "VERB" or trig.lower_ not in self.vocab.designate | self.vocab.revoke | self.vocab.placing \
                or self._names_a_list(trig):
            return []
        close = None
        for t in doc[trig.i + 1: min(sent.end, trig.i + 22)]:
            ahead = [x.lower_ for x in doc[t.i + 1: min(sent.end, t.i + 6)]]
            if t.lower_ in ("to", "on", "onto", "off", "from") and any(w in self.vocab.list_nouns for w in ahead):
                close = t.i
                break
            if t.lower_ == "as" and (set(ahead) & AS_KINDS or self.vocab.categories_in(" ".join(ahead))):
                close = t.i
                break
            if t.lower_ == "under" and self.vocab.categories_in(" ".join(ahead)):
                close = t.i  # "hit dodik again under the new western balkans EO"
                break
            if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") or t.text in (".", ";", ":", "(", ")") \
                    and not (t.text == "." and doc[t.i - 1].lower_.rstrip(".") in FIRM_TAILS):
                return []  # a clause of its own before any list: not one object
        if close is None or close == trig.i + 1:
            return []
        return self._chat_item_spans(doc, trig.i, close, blocked)

    def _names_a_list(self, trig: Token) -> bool:
        """'taking it off the proscribed orgs list': a listing participle that modifies a list noun names the list;
        it lists nothing of its own."""
        if trig.dep_ != "amod" or trig.head.i < trig.i:
            return False
        head = trig.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the proscribed groups list"
        return head.lower_ in self.vocab.list_nouns

    def chat_before_items(self, trig: Token, ctx: Context) -> list[Candidate]:
        """'..., and their tankers scf primorye + yasa golden bosphorus identified as blocked property': in lower-case
        chat a bare listing participle after names, with no object and no lister named before it, is a passive
        without its 'were'; the names back to the clause's comma are listed (a leading kind noun, 'tankers', is no
        word of them)."""
        doc, sent = trig.doc, trig.sent
        if not lower_case(sent) or trig.pos_ != "VERB" or trig.tag_ not in ("VBN", "VBD") \
                or trig.lower_ not in self.vocab.designate or any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children) \
                or self._names_a_list(trig):
            return []
        lo = trig.i - 1
        # (chat's names may be tagged bare verbs, 'scf' of 'scf primorye'; a tensed verb ends the names)
        while lo >= sent.start and trig.i - lo <= 12 and doc[lo].text not in (",", ";", ":", "(", ")") \
                and not (doc[lo].pos_ in ("VERB", "AUX") and (doc[lo].tag_ in ("VBD", "VBZ", "VBN", "VBG", "MD")
                                                             or doc[lo].lemma_ in self.vocab.says)):
            lo -= 1
        if lo + 1 < trig.i and doc[lo + 1].lower_ == "and":
            lo += 1
        if any(i in ctx.by_token and not ctx.by_token[i].key.startswith("ent:")
               and ctx.info[ctx.by_token[i].key].kind in ("country", "organisation") for i in range(lo + 1, trig.i)):
            return []  # "ofac sanctioned": the lister
        people = {i for m in ctx.mentions_in(sent) if m.form == "person" for i in range(m.span.start, m.span.end)}
        return [Candidate(sp) for sp in self._chat_item_spans(doc, lo, trig.i, ctx.covered - people)]

    def _chat_item_spans(self, doc, opener: int, close: int, blocked: set[int]) -> list[Span]:
        """The names in chat words doc[opener + 1: close], parted by commas, 'and', '+' or 'plus'."""
        items, cur = [], []
        for t in list(doc[opener + 1: close]) + [None]:
            if t is None or t.lower_ in ("and", "+", "plus", "or") \
                    or t.text == "," and not (t.i + 1 < close and doc[t.i + 1].lower_.rstrip(".") in FIRM_TAILS):
                if cur:
                    items.append(cur)
                cur = []
                continue
            cur.append(t)
        out = []
        titles = self.vocab.ranks | self.vocab.person_titles
        for words in items:
            part = max([j for j, w in enumerate(words[:-1]) if w.lower_ in self.vocab.part_nouns], default=-1)
            words = words[part + 1:]  # "its armed branch combat 18"
            owner = max([j for j, w in enumerate(words[:-1]) if w.text in ("'s", "’s")], default=-1)
            if owner >= 0 and words[owner + 1].lower_ not in self.vocab.part_nouns \
                    and not any(w.lower_ in self.vocab.part_nouns for w in words[owner + 1:]):
                words = words[owner + 1:]  # "evgeny prigozhin's concord management": the owner's firm is listed
            while words and (words[0].dep_ in ("det", "poss") or words[0].lower_ in ("the", "its", "their", "his", "her")
                             or words[0].lower_.rstrip(".") in titles or words[0].text == "."
                             or len(words) > 2 and words[0].lower_ in self.vocab.generic_targets | INCLUDING_WORDS):
                words = words[1:]  # ("their tankers scf primorye": the kind noun before the name)
            while words and words[-1].pos_ == "ADV" and words[-1].lower_ in ("back", "again", "too", "also", "now",
                                                                                 "today", "just", "finally"):
                words = words[:-1]  # "put the houthis back on the list"
            while words and words[-1].is_space:
                words = words[:-1]  # a headline's line break is no word of its last name
            if not words or len(words) > 6 or any(w.i in blocked for w in words):
                continue
            if not any(w.is_alpha for w in words) or any(w.is_alpha and not w.is_lower for w in words):
                continue
            if any(w.like_num for w in words[:-1]) or words[-1].tag_ == "NNS" and len(words) <= 2 and any(
                    w.like_num for w in words):
                continue  # "17 saudis", "3 officials": a count, no name
            if len(words) == 1 and (words[0].lower_ in GROUP_NOUNS | AS_KINDS | INCLUDING_WORDS or words[0].pos_ == "PRON"):
                continue  # "them", "groups", "entities"
            if words[0].lower_ in ("rest", "more", "others", "other", "members", "people", "individuals") \
                    or words[-1].lower_ in self.vocab.generic_targets:
                continue  # ("the rest of the network", "the oil sector": no name)
            out.append(doc[words[0].i: words[-1].i + 1])
        return out

    def _chat_listed_objects(self, trig: Token, taken: set[int]) -> list[Span]:
        """'added blood & honour and its armed branch combat 18 to the criminal code list': what a verb puts on, or
        takes off, a list is listed; in lower-case chat a bare object (no article, owner or count) is a name, whatever
        tag its words get. '&' joins words of one name; after an owner's part noun ('its armed branch') comes the
        part's own name, and a number after a name ends it."""
        doc = trig.doc
        if trig.pos_ != "VERB" or not any(
                c.dep_ == "prep" and c.lower_ in ("to", "on", "onto", "off", "from") and any(
                    g.dep_ == "pobj" and (g.lemma_ in self.vocab.list_nouns or g.lower_ in self.vocab.list_nouns)
                    for g in c.children) for c in trig.children):
            return []
        heads = [c for c in trig.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")
                  and doc[g.i - 1].text != "&"]
        out = []
        for c in heads:
            kids = list(c.children)
            if c.tag_ not in ("NN", "NNP") or not c.is_alpha or c.lower_ in self.vocab.list_nouns | GROUP_NOUNS | AS_KINDS \
                    or c.lower_ in self.vocab.designate | self.vocab.revoke:
                continue
            lo = min([c.i] + [g.left_edge.i for g in kids if g.dep_ in ("compound", "amod", "nmod", "poss", "det")
                              and g.i < c.i])
            part = max([x.i for x in doc[lo: c.i] if x.lower_ in self.vocab.part_nouns], default=None)
            if part is not None:
                lo = part + 1  # "its armed branch combat 18": the branch's name
            elif any(doc[x].dep_ in ("det", "poss") or doc[x].like_num for x in range(lo, c.i)):
                continue  # "the rest", "its members", "17 saudis": no name
            hi = c.i
            amp = [g for g in kids if g.dep_ == "conj" and any(x.text == "&" for x in kids if x.dep_ == "cc")]
            if amp and amp[0].i == c.i + 2 and doc[c.i + 1].text == "&":
                hi = amp[0].i  # "blood & honour"
            if hi + 1 < trig.sent.end and doc[hi + 1].like_num and doc[hi + 1].head.i == hi:
                hi += 1  # "combat 18"
            while lo < hi and (doc[lo].lower_.rstrip(".") in self.vocab.ranks or doc[lo].text == "."):
                lo += 1  # "col. ivan petrovsky": a rank is no word of the name
            words = doc[lo: hi + 1]
            if 1 <= len(words) <= 4 and all(w.is_lower or not w.is_alpha for w in words) \
                    and not any(i in taken for i in range(lo, hi + 1)) \
                    and words.text not in self.vocab.not_entities:
                out.append(words)
        return out

    def _chat_items(self, region: Span, spans: list[Span], skip: set[int]) -> list[Span]:
        """'- saud al-qahtani, maher mutreb, the istanbul consul general mohammed alotaibi + the rest': in lower-case
        chat the items a count stands for, parted by commas, 'and' or '+', are names of two to four plain words once
        an article and the titles before a person's name are dropped ('the rest of the team' is none)."""
        doc, out = region.doc, []
        items, cur = [], []
        for t in list(region) + [None]:
            if t is None or t.text in (",", ";", "+", "&", ".", "!", "?") or t.lower_ in ("and", "or") or t.is_space:
                if cur:
                    items.append(cur)
                cur = []
                continue
            cur.append(t)
        titles = self.vocab.person_titles | self.vocab.ranks
        for words in items:
            k = max([j for j, w in enumerate(words[:-1]) if w.lower_.rstrip(".") in titles], default=-1)
            words = words[k + 1:]  # "the istanbul consul general mohammed alotaibi": the name after the titles
            while words and words[0].lower_ in ("the", "a", "an"):
                words = words[1:]
            if not 2 <= len(words) <= 5 or any(w.i in skip for w in words):
                continue
            if not all(w.is_alpha and w.is_lower or w.text in ("-", "–") and not w.whitespace_ for w in words):
                continue
            # (chat's names get any tag, 'alexei' a verb's; function words make no name)
            if words[-1].text in ("-", "–") or any(w.pos_ in ("DET", "PRON", "ADP", "AUX", "SCONJ", "CCONJ", "PART", "NUM")
                                                   for w in words):
                continue
            sp = doc[words[0].i: words[-1].i + 1]
            if not any(o.start < sp.start < o.end or o.start < sp.end < o.end for o in spans):
                out.append(sp)  # (a piece the model tagged, 'al-qahtani' of 'saud al-qahtani', gives way)
        return out

    def _country_word(self, text: str) -> bool:
        """'uae', 'Türkiye': a country's name or short form, in any case; never another name of a listed thing."""
        for form in (text, text.upper(), text.title()):
            hit = self.parties.gaz.lookup(form)
            if hit is not None and hit[1] in ("name", "alias") and hit[0] in self.parties.gaz.parties:
                return self.parties.gaz.parties[hit[0]].kind == "country"
        return False

    @staticmethod
    def _alias_after(sp: Span, end: int) -> Span | None:
        """'Lakhbir Singh alias Rode', 'X aka Y': the capitalised words right after an alias word name the same
        listed thing."""
        doc, i = sp.doc, sp.end
        if i + 1 >= end or doc[i].lower_ not in ALIAS_WORDS:
            return None
        j = i + 1
        while j < end and (doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].is_title and doc[j].is_alpha
                           or doc[j].lower_ in CONNECT_IN_NAMES and j + 1 < end and doc[j + 1].is_title and j > i + 1):
            j += 1
        return doc[i + 1: j] if j > i + 1 else None

    def _chat_and_names(self, sent: Span, spans: list[Span], taken: set[int]) -> list[Span]:
        """'banned jamaat-e-islami and islami chhatra shibir (plus ...)': in lower-case chat the parser breaks a name
        after another listed name's 'and'; the bare words (no article, owner, number or plural) running from the 'and'
        to a bracket, comma or the sentence's end are one more name."""
        doc, out = sent.doc, []
        for sp in spans:
            j = sp.end
            if j >= sent.end or doc[j].lower_ != "and":
                continue
            k = j + 1
            while k < sent.end and k - j <= 4 and doc[k].is_alpha and doc[k].is_lower and k not in taken \
                    and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].lower_ not in STOP:
                k += 1
            ends = k >= sent.end or doc[k].text in ("(", ",", ";", ".", "—", "–") or doc[k].lower_ in ("under", "as")
            words = doc[j + 1: k]
            if 2 <= len(words) <= 3 and ends and words[-1].tag_ != "NNS" \
                    and words.text not in self.vocab.not_entities and not any(w.lower_ in self.vocab.person_titles for w in words):
                out.append(words)
        return out

    def _and_places(self, spans: list[Span]) -> list[Span]:
        """'Jamaat-e-Islami Jammu' and 'Kashmir' cut at the 'and' of 'Jammu and Kashmir': a place whose name has an
        'and' in it ('Trinidad and Tobago') joins the two pieces into one name."""
        out: list[Span] = []
        for c in spans:
            p = out[-1] if out else None
            if p is not None and c.start == p.end + 1 and p.doc[p.end].lower_ == "and":
                left, right = [t.lower_ for t in p], [t.lower_ for t in c]
                for place in self.vocab.and_places:
                    k = place.index("and")
                    if left[-k:] == place[:k] and right[: len(place) - k - 1] == place[k + 1:]:
                        out[-1] = p.doc[p.start: c.end]
                        break
                else:
                    out.append(c)
                continue
            out.append(c)
        return out

    @staticmethod
    def _semicolon_items(sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """'A LLC; Al Zumoroud and Al Yaqoot Gold & Jewelry, known as AZ Gold; B': in a list whose items semicolons
        part, an 'and' inside one item joins the words of one firm's name, when the first conjunct has no head of
        its own ('LLC', 'Trading', 'Bank') and the item counts nothing ('two affiliates, C and D')."""
        doc = sent.doc
        semis = [t.i for t in sent if t.text == ";"]
        if len(semis) < 2:
            return cands
        out: list[Candidate] = []
        for c in cands:
            p = out[-1] if out else None
            if p is not None and not p.aliases and all(t.lower_ in ("and", "&") for t in doc[p.span.end: c.span.start]) \
                    and c.span.start - p.span.end == 1 and not any(p.span.start < i < c.span.end for i in semis) \
                    and p.span[-1].lower_.rstrip(".") not in NAME_HEADS \
                    and not (p.span.root.ent_type_ == "PERSON" and c.span.root.ent_type_ == "PERSON"):
                lo = max([i for i in semis if i < p.span.start], default=sent.start)
                if not any(t.like_num or t.dep_ == "nummod" for t in doc[lo: p.span.start]) \
                        and doc[p.span.start - 1].lower_ != "and":
                    merged = Candidate(doc[p.span.start: c.span.end], list(c.aliases))
                    out[-1] = merged
                    continue
            out.append(c)
        return out

    def _of_the_owner(self, sp: Span) -> Span:
        """'the Public Security Bureau of the XPCC': a unit's name runs on over the body it belongs to; 'the Political
        and Security Committee': an untagged first word joined by 'and' after 'the' is part of the name."""
        doc, e = sp.doc, sp.end
        s = sp.start
        if s >= 3 and doc[s - 1].lower_ == "and" and doc[s - 2].pos_ == "PROPN" and doc[s - 2].is_title \
                and not doc[s - 2].ent_type_ and doc[s - 3].lower_ == "the" and any(t.lower_ in self.vocab.unit_heads for t in sp):
            sp = doc[s - 2: e]
        if e + 5 < sp.sent.end and doc[e].text == "(" and doc[e + 2].text == ")" and ACR.match(doc[e + 1].text) \
                and doc[e + 3].lower_ == "of" and doc[e + 4].lower_ == "the" \
                and any(t.lower_ in self.vocab.unit_heads | NAME_HEADS for t in sp):
            e += 3  # "the Main Centre for Special Technologies (GTsST) of the GRU": the unit's short form comes first
        if doc[e - 1].text != ")" and sp[-1].lower_ not in self.vocab.unit_heads or e + 2 >= len(doc) \
                or doc[e].lower_ != "of" or doc[e + 1].lower_ != "the":
            return sp
        j = e + 2
        while j < len(doc) and j < sp.sent.end and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper) \
                and doc[j].ent_type_ not in ("GPE", "DATE"):
            j += 1
        return doc[sp.start: j] if j > e + 2 else sp

    def _in_law_name(self, sp: Span) -> bool:
        """'the Robert Levinson Hostage-Taking and Hostage Accountability Act': a name cut from a law's title at its
        'and' is a piece of the law's name, never the listed thing."""
        doc = sp.doc
        i = sp.end
        if i >= len(doc) or doc[i].lower_ not in ("and", "&", "of", "for", "on"):
            return False
        for t in doc[i + 1: min(len(doc), i + 10)]:
            if t.lower_ in self.vocab.law_heads and t.is_title:
                return True
            if not (t.is_title or t.is_upper or t.text in ("-", "–") or t.lower_ in ("and", "&", "of", "for", "on", "the")):
                return False
        return False

    @staticmethod
    def _fragment(sp: Span) -> bool:
        """'Jihad' of '... wal-Jihad': a word glued by a hyphen to a lower-case connector is a piece of a longer name."""
        doc = sp.doc
        return sp.start >= 2 and doc[sp.start - 1].text in ("-", "–") and not doc[sp.start - 1].whitespace_ \
            and not doc[sp.start - 2].whitespace_ and doc[sp.start - 2].is_lower and doc[sp.start - 2].is_alpha

    @staticmethod
    def _hyphen_joined(sp: Span, covered: set[int]) -> Span:
        """'Mujahedin-e Khalq', 'Tehrik-i-Taliban': a transliterated name whose words a hyphen and a small
        connector join is one name, however the model cut it."""
        doc, s, e = sp.doc, sp.start, sp.end
        lo, hi = sp.sent.start, sp.sent.end

        def joint(i: int) -> bool:  # doc[i] is the connector, doc[i - 1] the hyphen glued to the word before
            return lo + 2 <= i < hi and doc[i].is_lower and doc[i].lower_ in CONNECT_IN_NAMES \
                and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and doc[i - 2].text[:1].isupper() and doc[i - 2].i not in covered
        grown = False
        if s - 2 >= lo and doc[s - 1].text in ("-", "–") and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                and doc[s - 2].is_lower and doc[s - 2].lower_ in CONNECT_IN_NAMES:
            s -= 2  # "Sham" of "al-Sham", "Jihad" of "wal-Jihad": the connector is part of the name
            grown = True
            if s - 2 >= lo and doc[s - 1].text in ("-", "–") and not doc[s - 1].whitespace_ \
                    and not doc[s - 2].whitespace_ and doc[s - 2].is_title and doc[s - 2].is_alpha \
                    and doc[s - 2].i not in covered:
                s -= 2  # "Hezb-e-Wahdat" with "Wahdat" tagged alone: the word before the connector's hyphen too
            while s - 1 >= lo and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].i not in covered \
                    and not doc[s - 1].ent_type_ in ("DATE", "GPE"):
                s -= 1
        while s - 1 >= lo and joint(s - 1):
            s -= 3
            grown = True
            while s - 1 >= lo and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].i not in covered \
                    and not doc[s - 1].ent_type_ in ("DATE", "GPE"):
                s -= 1
        while e + 2 < hi and doc[e].text in ("-", "–") and not doc[e].whitespace_ and not doc[e - 1].whitespace_ \
                and doc[e + 1].is_lower and doc[e + 1].lower_ in CONNECT_IN_NAMES and doc[e + 2].text[:1].isupper():
            e += 3
            grown = True
        return doc[s:e] if grown else sp

    def _role_of(self, sp: Span) -> bool:
        """'Ahmed X, described as a senior leader of Y': Y names whom a listed person serves."""
        doc = sp.doc
        i = sp.start - 1
        if i >= sp.sent.start and doc[i].lower_ == "the":
            i -= 1
        if i - 1 < sp.sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in self.vocab.role_of:
            return False
        role = doc[i - 1]
        # ("A, B and C, officers of Y": after a comma the role is an apposition, though the parser joins it as a conj)
        return (any(a.dep_ in ("appos", "acl") or a.lemma_ in ("describe", "identify", "call") for a in
                    [role] + list(role.ancestors)[:3])
                or role.dep_ == "conj" and doc[role.i - 1].text == "," and role.head.pos_ == "PROPN"
                and not any(c.dep_ == "det" for c in role.children)) \
            and not any(c.dep_ == "nummod" for c in role.children)

    @staticmethod
    def _back_reference(trig: Token) -> tuple[int, int] | None:
        """', designating all three' / ', listing them': the trigger's object points back at the names before it.
        Returns the (exclusive start, end) of the stretch between the clause's main verb and the trigger."""
        doc, sent = trig.doc, trig.sent
        if trig.tag_ != "VBG" or trig.i < sent.start + 2 or doc[trig.i - 1].text not in (",", ";", "—", "–"):
            return None
        after = " ".join(t.lower_ for t in doc[trig.i + 1: min(trig.i + 4, sent.end)])
        if not BACK_REF.match(after):
            return None
        root = sent.root
        start = root.i if sent.start <= root.i < trig.i else sent.start - 1
        return start, trig.i - 1

    def _ents_in(self, region: Span, ctx: Context, cats: list[str], skip: set[int]) -> list[Span]:
        doc = region.doc
        low = region.sent.text.lower()
        state_ok = "state_sponsor_of_terrorism" in cats or any(p in low for p in self.vocab.country_lists)
        out = []
        for ent in join_firms(split_lists(doc.ents)):
            if ent.start < region.start or ent.end > region.end or ent.label_ not in ENT_LABELS:
                continue
            if any(t.i in skip for t in ent):
                continue
            sp = _trim_span(ent)
            while sp is not None and len(sp) > 1 and sp[0].text in ("+", "&"):
                sp = sp[1:]  # "+ ms-13": chat's 'and' the model took into the name
            part = ent.root.dep_ == "poss" and ent.root.head.lower_ in self.vocab.part_nouns and ent.root.head.i > ent.end - 1
            if sp is None and part and len(ent) == 1 and ent[0].is_alpha:
                sp = ent  # "put hezbollah's military wing on the list": chat writes the name in lower case
            if sp is None:
                continue
            grown = expand_name(sp, ctx.covered)
            if not (len(grown) >= 2 and grown[0].like_num and grown[1].lower_ == "of" and grown[0].i < sp.start):
                sp = grown  # "Seven of Russia's oligarchs": a count before 'of' is no part of a name
            sp = after_bullet(body_named_after(sp, ctx.covered), self.vocab.ranks | self.vocab.person_titles)
            sp = tidy(sp)
            if sp is None or not any(ch.isalpha() for ch in sp.text):
                continue  # ("+ 3": a count the model tagged, no name)
            sp = self._of_the_owner(sp)
            sp = self._hyphen_joined(sp, ctx.covered)
            sp = in_place(sp)
            tail = glued_tail(sp)
            # "ISIS-Egypt": the branch of a group, whatever place ends its name
            glued = len(tail) > len(sp) or any(t.text in ("-", "–") and not t.whitespace_ and not doc[t.i - 1].whitespace_
                                               and doc[t.i + 1].is_title and t.i > sp.start for t in sp[:-1])
            sp = tail
            if sp.end < sp.sent.end and doc[sp.end].is_digit and doc[sp.end].head.i == sp.end - 1 \
                    and doc[sp.end].dep_ == "nummod" and doc[sp.end].ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT") \
                    and (sp[-1].lower_ in self.vocab.unit_heads | NAME_HEADS or ent.label_ in ("ORG", "FAC", "PRODUCT")):
                # "the Ministry of State Security Bureau 7", "Combat 18", "Omega 7": a number the name ends on
                sp = doc[sp.start: sp.end + 1]
            if ent.label_ == "PERSON" and len(sp) >= 3 and sp[0].lower_ in self.vocab.person_descriptors:
                sp = sp[1:]  # "the German Green Jane Roe": the party family is no part of the name
            while ent.label_ == "PERSON" and len(sp) >= 3 and sp[0].lower_ in self.vocab.title_tails and sp.start > 0 \
                    and doc[sp.start - 1].lower_.rstrip(".") in self.vocab.person_titles | self.vocab.ranks | {"of"}:
                sp = sp[1:]  # "Chief of General Staff Valery Gerasimov": the title's last word is no part of the name
            while ent.label_ == "PERSON" and len(sp) >= 3 and sp[0].lower_.rstrip(".") in self.vocab.ranks:
                sp = sp[1:]  # "sanctioned Colonel Arkady Volkov": a rank the model took into the name is no part of it
            low = sp.text.lower()
            if self.vocab.not_listed_name(sp.text) or self._fragment(sp) or self.vocab.in_list_phrase(sp) or self._in_law_name(sp):
                continue  # "the Terrorism (Prevention) Act", "Jihad" cut from "...-wal-Jihad"
            if any(len(p) > 8 and p in low for p, _ in self.vocab.categories):
                continue  # "Foreign Terrorist Organizations and Specially Designated ...": the list, not a name
            if sp.start > 0 and doc[sp.start - 1].lower_ in ("a", "an") and sp[-1].lower_ in self.vocab.list_heads \
                    and sp[0].is_title:
                continue  # "designated it a Transnational Criminal Organization": the name of a list, not a listed name
            if low in self.vocab.not_entities or any(low == p for p, _ in self.vocab.categories) \
                    or any(low.startswith(n + " ") for n in self.vocab.not_entities):
                continue
            if ent.label_ == "NORP" and (any(t.i in ctx.covered for t in sp) or sp.root.dep_ == "amod" or not sp[0].is_title):
                continue
            if ent.label_ == "NORP" and len(sp) == 1 and sp.text.endswith("s") \
                    and (self.parties.gaz.lookup(sp.text[:-1]) or ("", ""))[1] in ("demonym", "alias"):
                continue  # "bar Americans from dealing with them", "sanctions on Saudis": a nation's people
            nxt = doc[sp.end] if sp.end < len(doc) else None
            nxt2 = doc[sp.end + 1] if sp.end + 1 < len(doc) else None
            if nxt is not None and ((nxt.text in ("-", "–") and nxt2 is not None and nxt2.lower_ in self.vocab.participles)
                                    or nxt.lower_.startswith("based") or nxt.lower_.lstrip("-") in self.vocab.participles
                                    and nxt.lower_.startswith("-")):
                continue  # "Wagner-linked", "Hong Kong-based": a modifier of the listed thing
                continue
            if sp.text.endswith("-based") or (nxt is not None and nxt.lower_ in ("based", "-based")):
                continue
            m = ctx.by_token.get(sp[0].i if glued else sp.root.i)
            # a company the tables know (Rosneft, Gazprom) can be listed; countries and their bodies list
            known = m is not None and not m.key.startswith("ent:") and m.form != "person" and not self._firm(m, ctx)
            if known and ent.label_ == "PERSON" and len(sp) >= 2 and m.span.start > sp.start:
                known = False  # "Lawrence Kanyuka Kingston": a surname that is also a capital's name is the person's
            if known and m.form == "body" and sp.root.dep_ == "pobj" and sp.root.head.lower_ in ("on", "against") \
                    and len(sp) >= 3:
                known = False  # "sanctions on Iran's Ministry of Intelligence and Security": a state's body is listed
            if known and not state_ok:
                continue  # countries and bodies designate; they are not designated here
            if sp.start > 0 and doc[sp.start - 1].lower_ in ("at", "near") and sp.root.dep_ == "pobj" and not state_ok:
                continue  # "the plant at Isfahan", "its complex at Yongbyon": where a thing is, not what is listed
            if ent.label_ in ("GPE", "LOC") and not state_ok and not glued:
                j = sp.start - 1  # ("in the occupied West Bank": the preposition before the place's modifiers)
                while j > sp.sent.start and doc[j].dep_ in ("det", "amod", "compound") and sp.start <= doc[j].head.i < sp.end:
                    j -= 1
                prev = doc[j] if j >= 0 else None
                if prev is not None and prev.lower_ in ("in", "from", "of", "near", "across", "at", "outside", "inside"):
                    continue
                if prev is not None and prev.text == "," and sp.start > 1 and doc[sp.start - 2].pos_ == "PROPN" \
                        and (doc[sp.start - 2].lower_.rstrip(".") in NAME_HEADS or sp.root.dep_ != "conj"):
                    # ("Los Choneros, Los Lobos, ...": a place-like name in a list of names is one more of them)
                    continue  # "Rehab Foundation, Kerala": the place tells which foundation, it is not listed
                if m is not None and ctx.info[m.key].kind == "country" and ctx.counts.get(m.key, 0) > 2:
                    continue
            root = sp.root
            if root.dep_ == "nsubj" and root.head.lemma_ in self.vocab.says:
                continue  # "..., Home Affairs Minister Jane Doe announced": the announcer
            if ent.label_ == "PERSON" and nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ") \
                    and nxt.lemma_ in SPEAK and sp.start > 0 and doc[sp.start - 1].lower_ in self.vocab.person_titles:
                continue  # "..., Public Safety Minister Gary Roe announced on Monday", however the parser hung it
            if any(a.dep_ == "nsubj" and a.head.lemma_ in self.vocab.says and a.head.lower_ not in self.vocab.designate
                   for a in list(root.ancestors)[:4]):
                continue  # "India's envoy to the UN, Jane Doe, tweeted": the announcer's name
            if self._modifies_other(sp):
                continue  # "JeM founder Masood Azhar": JeM names whose founder is listed
            if not titled_body(sp) and any(
                    t.lower_ in self.vocab.person_titles and (t.i == sp.start or t.ent_type_ != "ORG"
                                                        or doc[min(t.i + 1, len(doc) - 1)].ent_type_ == "PERSON")
                    and not (t.i > sp.start and t.i + 1 < sp.end and doc[t.i + 1].lower_.rstrip(".") in NAME_HEADS)
                    for t in sp):  # ("Al Jil Al Qadem General Trading": a title word before a firm's head is the firm's)
                continue  # "Public Safety Minister Gary ...": who announced it, not who is listed
            if state_ok and root.dep_ not in ("dobj", "poss", "nsubjpass", "pobj", "conj", "appos"):
                continue  # "a Vatican-brokered agreement": not the state delisted
            if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= sp.end and root.head.pos_ in ("NOUN",) \
                    and not (nxt is not None and nxt.lower_ in ALIAS_WORDS):  # ("Amrit Pal alias Ambi")
                named = root.head.i == sp.end and root.head.lower_ in GROUP_NOUNS and sp.start > 0 \
                    and doc[sp.start - 1].lower_ == "the" and (m is None or m.key.startswith("ent:")) \
                    and (root.head.dep_ in ("dobj", "nsubjpass", "conj", "appos")
                         or (root.head.dep_ == "pobj" and root.head.head.lower_ in ("of", "on", "against")))
                # "listed as al-nusrah front": in lower-case chat a name's head noun is tagged a common noun
                named = named or root.head.i == sp.end and root.head.lower_ in NAME_HEADS | GROUP_NOUNS \
                    and lower_case(sp.sent) and (m is None or m.key.startswith("ent:"))
                if named:
                    sp = doc[sp.start: sp.end + 1]  # "the Bishnoi gang": the gang's name
                elif (m is not None or ent.label_ in ("GPE", "LOC") or root.head.i == sp.end) and not described_name(sp):
                    continue  # "an NKDF splinter militia", "Sahel group": a modifier, not the thing listed
            if root.dep_ == "poss" and root.head.i >= sp.end and root.head.is_title and root.head.lower_ in NAME_HEADS \
                    and root.head.pos_ == "PROPN" and all(x.dep_ == "case" for x in doc[sp.end: root.head.i]):
                sp = doc[sp.start: root.head.i + 1]  # "National Mothers' Front": the possessive is inside the name
                root = sp.root
            if root.dep_ == "poss" and root.head.lower_ in self.vocab.part_nouns and root.head.i >= sp.end \
                    and all(x.dep_ in ("case", "amod", "compound") for x in doc[sp.end: root.head.i]):
                sp = doc[sp.start: root.head.i + 1]  # "Hezbollah's military wing": the wing is what is listed
                root = sp.root
            if root.dep_ == "poss" and root.head.lower_ not in ("designation", "listing"):
                continue
            if root.dep_ == "poss" and self.time.standing_listing(root.head):
                continue  # "added X to LeT's existing designation": the list X joins, LeT listed long before
            out.append(sp)
        return out

    @staticmethod
    def _firm(m, ctx: Context) -> bool:
        """A mention of a company the tables know: a thing that can be listed, unlike a state or its body."""
        info = ctx.info.get(m.key)
        return info is not None and info.kind == "company" and not m.key.startswith("ent:")

    @staticmethod
    def _modifies_other(sp: Span) -> bool:
        """A name in a modifier chain that ends on a common noun naming someone else: 'JeM founder Masood Azhar'."""
        tok, seen_noun = sp.root, False
        for _ in range(4):
            if tok.dep_ not in ("compound", "nmod", "amod") or tok.head.i <= tok.i:
                break
            tok = tok.head
            if tok.i >= sp.end and tok.pos_ == "NOUN" and tok.lower_ not in GROUP_NOUNS and tok.lower_ not in ALIAS_WORDS:
                seen_noun = True
        # "Lashkar-e-Taiba (LeT) deputy chief Hafiz Saeed": a role noun between the name and the person
        # ("Harpal Singh alias Pali": the word that introduces another name is no role)
        seen_noun = seen_noun or any(x.pos_ == "NOUN" and x.dep_ == "compound" and x.lower_ not in GROUP_NOUNS
                                     and x.lower_ not in ALIAS_WORDS
                                     for x in sp.doc[sp.end: tok.i] if x.head.i == tok.i or x.head.head.i == tok.i)
        return seen_noun and tok.i >= sp.end and tok.pos_ == "PROPN"

    def _untagged_names(self, region: Span, spans: list[Span], ctx: Context, skip: set[int]) -> list[Span]:
        """Runs of proper nouns the model did not tag ("Golden Tide Marine")."""
        doc = region.doc
        # a known company's name may be a word of a longer registry name ("Open Joint Stock Company Rosneft Oil Company")
        firms = {t.i for t in region if t.i in ctx.by_token and self._firm(ctx.by_token[t.i], ctx)}
        # "proscribed Palestine Action", "sanctioned Iran Air": a country's name compounded with the proper noun
        # right after it opens a body's name
        lead = {t.i for t in region if t.i in ctx.covered and t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound"
                and t.head.i == t.i + 1 and t.i + 1 < region.end and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title
                and t.i + 1 not in ctx.covered and doc[t.i + 1].ent_type_ not in ("DATE", "TIME", "GPE")
                and doc[t.i + 1].dep_ in ("dobj", "nsubjpass", "conj", "pobj", "appos")}
        taken = {t.i for sp in spans for t in sp} | (ctx.covered - firms - lead) | skip
        # ("the Iron Wolves Network" tagged a law: a name with no law's head word is still a name to read)
        taken |= {t.i for e in doc.ents if e.start >= region.start and e.end <= region.end
                  and not (e.label_ == "LAW" and not self.vocab.not_listed_name(e.text)) for t in e}
        out, run = [], []
        toks = list(region)
        for k, t in enumerate(toks + [None]):
            if t is not None and t.i not in taken and (t.pos_ == "PROPN" and (t.is_title or t.is_upper
                                                                              or t.text[:1].isupper() and t.is_alpha)
                                                       or t.pos_ == "NOUN" and t.is_upper and len(t) >= 3):
                run.append(t)  # "Golden Tide Marine", "the Colombian FARC" (an acronym the tagger calls a noun)
                continue
            if t is not None and run and t.pos_ == "NOUN" and t.is_title and t.i not in taken and k + 1 < len(toks) \
                    and toks[k + 1].pos_ == "PROPN" and toks[k + 1].is_title and toks[k + 1].i not in taken:
                run.append(t)  # "Harbor Wolves Cartel": a capitalised word the tagger calls a noun, inside a name
                continue
            if t is not None and len(run) == 1 and t.lower_ in GROUP_NOUNS and t.i not in taken:
                run.append(t)  # "Yemen's Houthi movement"
                continue
            if t is not None and run and t.lower_ in ("and", "&") and run[-1].text[:1].isupper() and k + 1 < len(toks) \
                    and toks[k + 1].i not in taken and toks[k + 1].text[:1].isupper() \
                    and toks[k + 1].lower_.rstrip(".") in FIRM_JOINERS:
                run.append(t)  # "Haitai Science and Technology Co.", "Akhtar and Sons": 'and' inside a firm's name
                continue
            if t is not None and run and t.lower_ in CONNECT_IN_NAMES and k + 1 < len(toks) and toks[k + 1].i not in taken \
                    and (toks[k + 1].is_title or toks[k + 1].text in ("-", "–") and k + 2 < len(toks) and toks[k + 2].is_title):
                run.append(t)  # "Tren de Aragua"
                continue
            if t is not None and run and t.text in ("-", "–") and not t.whitespace_ and not run[-1].whitespace_:
                run.append(t)  # "Dima-Barak"
                continue
            if t is not None and run and run[-1].text in ("-", "–") and t.is_upper and t.i not in skip \
                    and (t.i not in taken or not run[-1].whitespace_ and run[-2:-1] and run[-2].is_upper):
                run.append(t)  # "FARC-EP" (the glued 'EP' a short form of a body elsewhere)
                continue
            if t is not None and not run and t.is_title and t.pos_ == "NOUN" and t.i not in taken and k + 1 < len(toks) \
                    and toks[k + 1].is_digit and (t.lower_ in self.vocab.unit_heads | NAME_HEADS
                                                  or toks[k + 1].dep_ == "nummod" and toks[k + 1].head.i == t.i
                                                  and t.i > t.sent.start and toks[k + 1].ent_type_ != "DATE"):
                run.append(t)  # "Unit 29155", "Omega 7" with the word tagged a common noun
                continue
            if t is not None and run and t.is_digit and run[-1].is_title and t.i not in skip \
                    and (t.i not in taken or t.ent_type_ in ("DATE", "CARDINAL")) \
                    and (run[-1].lower_ in self.vocab.unit_heads | NAME_HEADS
                         or t.dep_ == "nummod" and t.head.i == run[-1].i and t.ent_type_ != "DATE"):
                run.append(t)  # "Unit 29155", "Battalion 316", "Omega 7": a number the name ends on
                continue
            if t is not None and run and run[-1].text in ("-", "–") and not run[-1].whitespace_ and t.is_title \
                    and t.is_alpha and t.i not in taken and len(run) >= 3 and run[-2].lower_ in CONNECT_IN_NAMES:
                run.append(t)  # "Hezb-e-Islami": the word after a connector's hyphen ends the name, whatever its tag
                continue
            lone_conj = len(run) == 1 and run[0].dep_ == "conj" and run[0].is_title and (
                run[0].head.i in {x.i for sp in spans + out for x in sp} or run[0].head.pos_ == "PROPN")
            hyph = bool(run) and run[-1].text in ("-", "–")
            if hyph and len(run) >= 3 and run[-2].lower_ in CONNECT_IN_NAMES and not run[-1].whitespace_ \
                    and t is not None and t.is_title:
                run = []
                continue  # "Hezb-e-" of "Hezb-e-Wahdat", the rest tagged as a name: a piece of that longer name
            if hyph:
                run = run[:-1]  # "RSF-owned companies": the hyphen glues a modifier on, it is not the name's
            # "the neo-Nazi network The Base": a one-word name in apposition to the group noun that describes it
            named_by_noun = len(run) == 1 and run[0].is_title and run[0].dep_ == "appos" and run[0].head.i < run[0].i \
                and run[0].head.pos_ == "NOUN" and run[0].head.lower_ in GROUP_NOUNS | NAME_HEADS
            # "lifted sanctions on potash producer Belaruskali": a one-word name the model left untagged, the very
            # object of the listing
            lone_obj = len(run) == 1 and run[0].is_title and run[0].is_alpha and len(run[0]) >= 4 and run[0].i > region.start \
                and (run[0].dep_ in ("dobj", "nsubjpass") and (run[0].head.lower_ in self.vocab.designate | self.vocab.revoke)
                     or run[0].dep_ == "pobj" and run[0].head.lower_ in ("on", "against")
                     and run[0].head.head.lower_ in self.vocab.designate | self.vocab.revoke)
            if len(run) >= 2 or (len(run) == 1 and run[0].is_upper and len(run[0]) >= 3) or lone_conj or named_by_noun \
                    or lone_obj:
                sp = doc[run[0].i: run[-1].i + 1]
                if named_by_noun and sp.start > region.start and doc[sp.start - 1].text == "The":
                    sp = doc[sp.start - 1: sp.end]
                nx = doc[sp.end + 1] if hyph and sp.end + 1 < len(doc) else None
                if nx is not None and (nx.lower_ in self.vocab.participles or nx.lower_.startswith("based")):
                    run = []
                    continue  # "RSF-owned", "Tehran-backed": a modifier of the listed thing
                if hyph:
                    sp = glued_tail(sp)  # "Red Dawn-Kenya": a branch named by the place glued on, a country or not
                if len(sp) >= 2 and sp[0].like_num and sp[1].lower_ == "of":
                    run = []
                    continue  # "Seven of Russia's wealthiest oligarchs": a count of people, not a name
                r = sp.root
                if r.dep_ in ("compound", "amod", "nmod") and r.head.i == sp.end and r.head.pos_ == "NOUN" \
                        and r.head.lower_ not in GROUP_NOUNS and r.head.lower_ not in NAME_HEADS \
                        and r.head.lower_ not in ALIAS_WORDS \
                        and not described_name(sp):
                    run = []
                    continue  # "declares RSF genocide": a name modifying a common noun is not what is listed
                nx = doc[sp.end] if sp.end < len(doc) else None
                if nx is not None and nx.pos_ == "NOUN" and nx.is_lower and nx.dep_ in ("compound", "nmod", "amod") \
                        and nx.head.i > nx.i and nx.lower_ not in GROUP_NOUNS and nx.lower_ not in NAME_HEADS \
                        and all(x.head.i >= sp.end for x in sp if not sp.start <= x.head.i < sp.end):
                    run = []
                    continue  # "Hezb-e-Islami leader Y", however the parser hung the name's words: whose leader
                if len(sp) >= 3 and sp[0].lower_ in self.vocab.person_descriptors and sp[-1].lower_.rstrip(".") not in NAME_HEADS:
                    sp = sp[1:]  # "the German Green Jane Roe"
                # a title leads a person's name ("General Ahmed Ali"); inside a firm's name it is a word of it
                # ("Tradive General Trading LLC")
                titled = any(x.lower_ in self.vocab.person_titles and (x.i in (sp.start, sp.end - 1) or doc[x.i - 1].lower_.rstrip(".")
                                                                  in self.vocab.person_titles) for x in sp)
                if titled and not titled_body(sp) or (sp.root.dep_ == "nsubj" and sp.root.head.lemma_ in self.vocab.says):
                    run = []
                    continue
                nxt = doc[sp.end] if sp.end < len(doc) else None
                if nxt is not None and nxt.lower_ in GROUP_NOUNS and sp.start > 0 and doc[sp.start - 1].lower_ == "the":
                    sp = doc[sp.start: sp.end + 1]  # "the Crimson Tide gang"
                low = sp.text.lower()
                prev = doc[sp.start - 2: sp.start].text.lower() if sp.start >= 2 else ""
                if not any(low.startswith(n) or n.startswith(low) for n in self.vocab.not_entities) and not self.vocab.not_listed_name(sp.text) \
                        and not any(len(p) > 8 and p in low for p, _ in self.vocab.categories) \
                        and not any(p.startswith(low) for p, _ in self.vocab.categories) and prev not in ("as a", "as an") \
                        and not self.vocab.in_list_phrase(sp) and not self._in_law_name(sp):
                    out.append(sp)
            run = []
        # "the Imam X Foundation for Relief Works": the untagged 'for' phrase after a body's head word is its name's
        out = [body_named_after(sp, ctx.covered) for sp in out]
        return [sp for sp in out if not any(o.start <= sp.start and sp.end <= o.end and len(o) > len(sp) for o in out)]
