"""When a listing was done: the news, or an earlier listing told as background."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from bot.extract.timeline import Day, dateline, dates, days_before
from bot.extract.designations.vocabulary import Vocabulary
from bot.extract.designations.words import CARRY


def _same_time(verb: Token) -> bool:
    """'the same year', 'that month': a time told by pointing back at the one named before."""
    return any(x.lower_ in ("same", "that") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for x in c.subtree)


def _own_time(verb: Token) -> bool:
    """'and on Monday added X': the verb carries a date or time of its own."""
    return any(x.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for x in c.subtree)


def _dateline(doc: Doc) -> Day | None:
    if "briefbot_dateline" not in doc.user_data:
        doc.user_data["briefbot_dateline"] = dateline(doc.text)
    return doc.user_data["briefbot_dateline"]


def _news_today(doc: Doc) -> bool:
    """The text tells its news as done 'today' ('The Council today decided to add X'): with no dateline to
    compare with, an act dated on a calendar day with its year is another day's, told as background."""
    if "briefbot_news_today" not in doc.user_data:
        doc.user_data["briefbot_news_today"] = any(t.lower_ == "today" and t.dep_ in ("npadvmod", "advmod")
                                                   and t.head.pos_ == "VERB" for t in doc)
    return doc.user_data["briefbot_news_today"]


def _doc_year(doc: Doc) -> int:
    """The text's own year: its dateline's, else the latest year it names."""
    if "briefbot_doc_year" not in doc.user_data:
        line = _dateline(doc)
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", doc.text)]
        doc.user_data["briefbot_doc_year"] = line[0] if line and line[0] else max(years) if years else 0
    return doc.user_data["briefbot_doc_year"]



class ListingTime:
    """Tells a listing act of the news from one told as background."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def standing_listing(self, noun: Token) -> bool:
        """'LeT's existing designation', 'added X to the group's listing': a listing that stands already, which the
        news adds to or amends, not a new one."""
        if any(c.dep_ == "amod" and c.lower_ in self.vocab.bg["standing_modifiers"] for c in noun.children):
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and noun.head.head.lemma_ in ("add", "amend")

    def _standing_present(self, verb: Token) -> bool:
        """'Hamas is designated a terrorist organisation by Israel, the UK and others': a simple-present passive in a
        body sentence tells a state that stands; news of the act is told in the past or perfect, or carries its own
        time or a word of change ('is designated today', 'is hereby designated', 'is now listed'). A headline's
        present ('as gang is sanctioned') is the news, so only full sentences count."""
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj", "relcl"):
            return False
        if not any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children):
            return False
        if any(c.dep_ == "aux" or c.dep_ in ("advmod", "npadvmod") and c.lower_ in self.vocab.bg["change_adverbs"]
               for c in verb.children) or _own_time(verb):
            return False
        if any(c.lower_ == "pursuant" or c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                                    for g in c.children)
               for c in verb.children):
            return False  # "X is designated pursuant to E.O. 13224 for having assisted Y": a press release's act, with its grounds
        return verb.sent.text.rstrip().endswith(".")

    def dated_name(self, name: Token, trig: Token) -> bool:
        """'has designated a few entities itself, including the military wings of Hamas and Hezbollah in 2010': a
        year before the text's own, hung on the phrase that names the listed thing (between it and the listing
        verb), dates that thing's listing as background, wherever the parser put it."""
        year = _doc_year(name.doc)
        if not any(a.i == trig.i for a in name.ancestors):
            return False
        for a in [name] + list(name.ancestors):
            if a.i == trig.i:
                return False
            for c in a.children:
                if c.dep_ == "prep" and c.lower_ in self.vocab.bg["date_preps"] and c.i > name.i:
                    years = [int(x.text) for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"
                             for x in g.subtree if re.fullmatch(r"(19|20)\d\d", x.text)]
                    if years and max(years) < year:
                        return True
        return False

    def is_background(self, t: Token) -> bool:
        """'Obama removed Cuba from the list in 2015', 'has been on the UN list since 2001', 'had designated':
        an earlier listing told as background, known by the act's own verb, not by anything else in the sentence."""
        verb = t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        bg = self.vocab.bg
        if self._standing_present(verb):
            return True
        if verb.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in verb.children) and verb.head is not verb:
            h = verb.head  # "Canada first added such groups in 2019, when it listed X": the same earlier act
            if h.pos_ in ("VERB", "AUX") and h.lemma_ in CARRY and self.is_background(h):
                return True
            if h.ent_type_ == "DATE" and any(re.fullmatch(r"(19|20)\d\d", x.text) for x in h.subtree):
                return True
            # "follows a similar judgment in October, when the same court annulled the listing of X": the act the
            # 'when' clause tells is dated by the month it hangs on, as 'annulled X in October' would be
            if h.ent_type_ == "DATE" and h.dep_ == "pobj" and h.head.lower_ in bg["date_preps"] \
                    and {x.lower_.rstrip(".") for x in h.subtree} & bg["date_words"]:
                return True
        h = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if verb.dep_ == "relcl":
            main = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if main is not None and any(c.dep_ == "advmod" and c.lower_ in bg["adverbs"] for c in main.children):
                return True  # "the UN list still carries al-Nusrah Front, under which HTS is listed": the standing list
        if verb.dep_ == "conj" and h.pos_ == "VERB" and h.i < verb.i and h.lemma_ not in self.vocab.says \
                and (not _own_time(verb) or _same_time(verb)) \
                and not any(c.lower_ in bg["change_adverbs"] or c.dep_ == "aux" and c.lower_ in ("has", "have")
                            for c in verb.children) \
                and self.is_background(h):
            # "banned X in January 2023 and designated its commander Y", "... and its founder was sanctioned the same
            # year": one earlier act, one date
            return True
        if (verb.dep_ in ("advcl", "pcomp", "xcomp") or verb.dep_ == "dobj" and verb.pos_ == "VERB") and h is not verb and h.pos_ == "VERB" and h.i < verb.i \
                and h.lemma_ not in self.vocab.says and self.is_background(h):
            return True  # "first captured X in December 2012 by amending the listing to add the group": the dated act's means
        kids = list(verb.children)
        # the parser often hangs the date on the list named: "designated X a terrorist organisation in May 2021"
        kids += [g for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "pobj") for g in c.children if g.dep_ == "prep"]
        # "designated X, which ..., a terrorist group in May 2021": past a long clause the list named stands in
        # apposition to the object, and the date hangs on it
        kids += [g for c in verb.children if c.dep_ == "dobj" for a in c.children
                 if a.dep_ == "appos" and self.vocab.categories_in(a.doc[a.left_edge.i: a.i + 1].text) for g in a.children if g.dep_ == "prep"]
        # "removed the group from its list of proscribed organizations in 2008": the date hung deep in the list's name
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "to", "on", "off", "under", "as"):
                kids += [g for g in c.subtree if g.dep_ == "prep" and g.lower_ in bg["date_preps"] and g.head is not c and g.i != c.i
                         and all(a.dep_ in ("pobj", "prep", "amod", "compound") or a is c
                                 for a in list(g.ancestors)[:list(g.ancestors).index(c) + 1])]
        reported = verb.dep_ == "ccomp" and verb.head.lemma_ in self.vocab.says and verb.head.tag_ == "VBD"
        if not reported and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids):
            # ("the department said X had been designated": the pluperfect of reported speech is the news, backshifted)
            return True
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("are", "remain") for c in verb.children) \
                and any(c.dep_ == "nsubjpass" and c.tag_ == "NNS" and any(g.dep_ == "nummod" or g.lower_ in ("many", "dozens", "scores")
                                                                           for g in c.children) for c in verb.children):
            return True  # "More than 80 organisations are now proscribed, including X": the standing list, not news
        if any(c.dep_ == "advmod" and c.lower_ in bg["adverbs"] for c in kids):
            return True
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in bg["after_preps"] and c.i < verb.i:
                # "Following the 2001 invasion, the US designated X": an act dated after an event of an earlier year
                # than the text's own
                years = [int(x.text) for x in c.subtree if re.fullmatch(r"(19|20)\d\d", x.text)]
                if years and max(years) < _doc_year(verb.doc):
                    return True
            if c.dep_ == "prep" and c.lower_ == "on":
                # "The US Treasury designated X on July 25" in a text of August 22: an earlier act told as background
                obj = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
                day = next((d for _, d in dates(" ".join(x.text for x in obj[0].subtree))), None) if obj else None
                line = _dateline(verb.doc)
                if day and line and days_before(day, line) > bg["news_days"]:
                    return True
                if day and day[0] and line is None and _news_today(verb.doc):
                    return True  # "The Council today decided to add X ... On 8 December 2023, the Council added Y": another day's act
            if c.dep_ == "prep" and c.lower_ == "until" and verb.lemma_ in ("extend", "prolong", "renew"):
                continue  # "prolonged the sanctions until 15 March 2026": the listing's new end, not an earlier act
            if c.dep_ == "prep" and c.lower_ in bg["date_preps"]:
                obj = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "since" and obj:
                    return True
                for g in obj:
                    words = {x.lower_.rstrip(".") for x in g.subtree}
                    if g.ent_type_ == "DATE" and (words & bg["date_words"] or any(re.fullmatch(r"(19|20)\d\d", w) for w in words)):
                        return True
            if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE" \
                    and {x.lower_ for x in c.subtree} & bg["past_date_words"]:
                return True
        return False
