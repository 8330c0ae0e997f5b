"""Formal listings: who was designated (or delisted) as what, and by whom.

A trigger word ("designated", "sanctioned", "removed ... from") plus the wording of a
list ("Foreign Terrorist Organization", "First Schedule", "SDN list") makes a
designation; the named things in the trigger's object are the entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.extract.data import load_json
from bot.extract.parties import Context, PartyResolver, _COREF, _trim_span, expand_name
from bot.extract.timeline import Day, background_sections, dateline, dates, days_before

_ENT_LABELS = {"ORG", "PERSON", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}
_STOP = {"for", "citing", "saying", "because", "after", "when", "while", "since", "during", "ending", "subjecting",
         "making", "barring", "accusing", "alleging", "calling", "describing", "following"}
_CONNECT_IN_NAMES = {"de", "del", "la", "al", "el", "du", "des", "of", "da", "do", "dos", "y", "e", "bin", "ibn", "ul"}
_LINKED = re.compile(r"\b(linked|tied|connected|affiliated|related|close|belonging|loyal|working|acting|fronts?|"
                     r"affiliates|offshoots|subsidiar(?:y|ies)|"
                     r"proxies|supplying|supplied|selling|sold|on behalf)\s+(to|with|for|of)(\s+the)?\s*$", re.I)
_LED_BY = re.compile(r"\b(led|headed|founded|commanded|run|chaired|controlled|owned|operated|managed|backed|financed|funded)\s+by(\s+the)?(\s+(former|ex-?|late))?[\w\s-]{0,30}$", re.I)
_REASONS = {"for", "citing", "accusing", "alleging", "because", "over"}
_SPEAK = {"say", "announce", "tell", "state", "confirm", "write", "tweet", "post", "note", "declare"}
_SAYS = {"say", "announce", "tell", "add", "state", "confirm", "note", "declare", "write", "report"}
_GROUP_NOUNS = set(load_json("designations.json")["group_nouns"])
_NAME_HEADS = set(load_json("designations.json")["name_heads"])
_LEGAL_FORMS = sorted(load_json("designations.json")["leading_legal_forms"], key=len, reverse=True)
_FIRM_TAILS = set(load_json("designations.json")["firm_tails"])
_TRADE_WORDS = set(load_json("designations.json")["trade_words"])
_CONNECT_IN_NAMES |= set(load_json("designations.json")["name_connectors"])
_FIRM_JOINERS = set(load_json("designations.json")["firm_joiners"])
_DESCRIPTORS = set(load_json("designations.json")["descriptor_nouns"])
_CARRY = {"designate", "add", "list", "name", "sanction", "blacklist", "delist", "remove", "target"}
_ANNOUNCE = {"announce", "impose", "order", "approve", "issue", "adopt", "publish", "revoke", "rescind", "lift", "remove",
             "extend", "declare", "make", "slap", "unveil", "level", "introduce", "expand", "renew", "prolong"}
_ALIAS_INTRO = re.compile(r"\b(also known as|known locally as|known as|also called|called|also trades as|trades as|"
                          r"(?:also\s+)?(?:rendered|spelt|spelled|transliterated|written)(?:\s+as)?|"
                          r"trading as|formerly|known by its (?:\w+\s+)?initials,?|a\.k\.a\.?|aka)(\s+the)?\s*[\"“]?\s*$", re.I)

_BACK_REF = re.compile(r"(all|both|each|them|these|those)\b|(two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
                       r"(?!\s+(?!pursuant)[a-z]+\b)")

_BULLET = re.compile(r"\s*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
_MARKER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z])[.)]\s*")
_RESTATE = re.compile(r"\s*(?:(?:the|these|those)\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?=\s+(?:are|were|include|included)\b)|"
                      r"the\s+others|the\s+rest|"  # "The other three are C, D and E": the rest of a count told before
                      r"(?:the|these|those)\s+(?:remaining\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:other\s+)?"
                      r"(?:[a-z]+\s+)?(?:entities|individuals|people|persons|companies|firms|groups|organi[sz]ations|"
                      r"banks|vessels|officials|bodies|institutions|entity|individual|person|company|firm|group|"
                      r"organi[sz]ation|bank|vessel|official|body|institution)|among\s+them|they)(\s+)(?:are|were|is|was|include|included)\b"
                      r"\s*:?\s*(?:the\s+)?(?=(?-i:[A-Z]))", re.I)

_RESTATE_COUNTED = re.compile(r"\s*((?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                              r"(?:[a-z]+\s+)?([a-z]+s))\s+(?:are|were|include|included)\b\s*:?\s*(?:the\s+)?"
                              r"(?=(?-i:[A-Z]))", re.I)


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
class _Cand:
    span: Span
    aliases: list[str] = field(default_factory=list)


class DesignationFinder:
    def __init__(self, parties: PartyResolver) -> None:
        data = load_json("designations.json")
        self.parties = parties
        self.designate = set(data["designate_triggers"])
        self.revoke = set(data["revoke_triggers"])
        self.categories = []
        for row in data["categories"]:
            for p in row["phrases"]:
                self.categories.append((p, row["category"]))
        self.categories.sort(key=lambda x: -len(x[0]))
        self._cat_res = [re.compile(r"(?<![\w-])" + re.escape(p) + r"(?![\w])") for p, _ in self.categories]
        self.trigger_default = data["category_trigger_default"]
        self.us_only = set(data["us_only_categories"])
        self.not_entities = {x.lower() for x in data["not_entities"]}
        self.phrase_bound = set(data["phrase_bound_triggers"])
        self.undone_events = set(data["undone_events"])
        self.person_titles = set(load_json("lexicon.json")["person_titles"]) | set(data.get("more_person_titles", []))
        self.says = _SAYS | set(data.get("say_verbs", []))
        self.bg = {k: set(v) if isinstance(v, list) else v for k, v in data["background"].items() if not k.startswith("_")}
        self.list_heads = set(data["list_name_heads"])
        self.wish = set(data["wish_verbs"])
        self.participles = set(data["modifier_participles"])
        self.unit_heads = set(data["unit_heads"])
        self.law_heads = set(data["law_heads"])
        self.numbered_law_heads = set(data["numbered_law_heads"])
        self.placing = set(data["list_placing_verbs"])
        self.returning = set(data["list_returning_verbs"])
        self.country_lists = data["country_list_phrases"]
        self.part_nouns = set(data["part_nouns"])
        self.person_descriptors = set(data["person_descriptors"])
        self.restate_verbs = set(data["restate_verbs"])
        self.restate_nouns = set(data["restate_nouns"])
        self.role_of = set(data["role_of_nouns"])
        self.loose_sdgt = set(data["loose_sdgt"]["phrases"])
        self._un_words = re.compile(r"\b(" + "|".join(re.escape(w) for w in data["loose_sdgt"]["un_words"]) + r")\b")
        self.un_terror_regimes = data["un_terror_regimes"]["phrases"]
        self.by_list = {k: v for k, v in data["authority_default_category"].items() if not k.startswith("_")}
        self.honorifics = data["honorifics"]
        self.ranks = set(data["rank_titles"]) | set(data["honorifics"])
        self.qualified_nouns = {k: set(v) for k, v in data["qualified_trigger_nouns"].items()}
        self.list_nouns = set(data["list_nouns"])
        # "at the request of X", "in coordination with X": who asked for or helped with the act, not what is listed
        self._beside_act = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in data["beside_act_phrases"])
                                      + r")(?:\s+the)?(?:\s+[A-Z][\w.'-]*){0,4}\s*$", re.I)
        self.co_actor_preps = set(data["co_actors"]["preps"])
        self.joining_verbs = set(data["co_actors"]["joining_verbs"])
        self.and_places = [p.lower().split() for p in data["and_places"]]
        self.freeze_verbs = set(data["freeze"]["verbs"])
        self.frozen_things = set(data["freeze"]["objects"])

    def _sentence_categories(self, text: str) -> list[str]:
        low = text.lower()
        found: list[str] = []
        un = self._un_words.search(low) is not None
        for (phrase, cat), pat in zip(self.categories, self._cat_res):
            if phrase in low and pat.search(low):
                low = pat.sub(" ", low)
                if un and phrase in self.loose_sdgt:
                    cat = "terrorist_organization"  # "UN designates X a global terrorist": the 1267 list
                if cat not in found:
                    found.append(cat)
        if len(found) > 1 and "sanctions" in found:
            found.remove("sanctions")  # "sanctions list" of the 1267 committee is still a terrorist listing
        return found

    def find(self, doc: Doc, ctx: Context) -> list[Found]:
        out: list[Found] = []
        last_by: tuple[str | None, str | None] = (None, None)
        last_cats: tuple[list[str], int] | None = None
        last_act = "designate"  # "OFAC removed 400 entities from its lists. Among them were X": X is delisted too
        seen = set()
        marker = False
        colon_list = False  # the last listing sentence ended on a colon: bullet lines after it are its names
        background = background_sections(doc.text)
        for sent in doc.sents:
            if ctx.sent_weight(sent) <= 0:
                continue
            if any(a <= sent.start_char < b for a, b in background):
                continue  # under a "Background" heading: earlier listings, not the news
            if colon_list and _MARKER.fullmatch(sent.text):
                marker = True  # "1." split off its line: the next sentence is the item
                continue
            bullet = _BULLET.match(sent.text) is not None or marker
            marker = False
            item_end = None
            if not bullet and colon_list and last_cats:
                # "The individuals sanctioned today are:\nIgor Sechin - Chief Executive of Rosneft": a line that opens
                # on a name and a spaced dash is one more item; what follows the dash describes it
                item_end = self._item_line(sent)
                bullet = item_end is not None
            if not bullet:
                colon_list = colon_list and not sent.text.strip() == ""
            if not bullet and colon_list and last_cats and not _line_start(sent):
                continue  # "Roman Abramovich - owner of Chelsea FC. His net worth is ...": the item's line goes on
            triggers = [t for t in sent if ((t.lower_ in self.designate or t.lower_ in self.revoke)
                                            and not self._inside_list_name(t)) or self._places_on_list(t)
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
                    t.pos_ == "VERB" and t.dep_ not in ("amod", "acl") for t in triggers):
                # "... and four entities. The four entities are A, B and C."; "The sanctioned entities are A and B"
                restate = self._restating(sent, doc[last_cats[1] - 1].sent)
                triggers = [restate] if restate is not None else triggers
            if not bullet:
                colon_list = bool(triggers) and sent.text.rstrip().endswith(":")
            if not triggers:
                continue
            cats = self._sentence_categories(sent.text)
            core = self._without_reasons(sent, triggers)
            if core is not None and len(cats) > 0:
                # "sanctioned X for supporting terrorist groups", "banned X, accusing the group of terrorist links":
                # the reason's words name no list
                cats = self._sentence_categories(core)
            if not cats:
                cats = list(dict.fromkeys(self.trigger_default[t.lower_] for t in triggers if t.lower_ in self.trigger_default))
            if not cats and last_cats and sent.start - last_cats[1] < 120 and any(
                    t.lemma_ in _CARRY and t.pos_ == "VERB" and any(c.lower_ == "also" and c.dep_ == "advmod" for c in t.children)
                    for t in triggers):
                cats = last_cats[0]  # "Treasury also designated X": the list the sentence before named, not the default
            if not cats and any(t.lemma_ in _CARRY | {"unblock", "delist"} and t.pos_ == "VERB" for t in triggers):
                low = sent.text.lower()  # "OFAC on Thursday designated X": the only list OFAC keeps
                cats = list(dict.fromkeys(c for k, c in self.by_list.items() if re.search(r"\b" + re.escape(k) + r"\b", low)))[:1]
            if not cats and last_cats and sent.start - last_cats[1] < 120 \
                    and (restate is not None or any(t.lemma_ in _CARRY and (t.lemma_ != "target" or self._targeted(t))
                                                    for t in triggers if t.pos_ == "VERB")):
                cats = last_cats[0]  # "At the same time, OFAC designated two companies": the list named just before
            if not cats:
                continue
            valid = [t for t in triggers if (bullet and t is restate) or self._acts(t) and not self._background(t)
                     and not self._bare_declare(t, triggers)]
            if not valid:
                last_cats = (cats, sent.end)  # "X was sanctioned in 2011. On Thursday it designated ...": same list
                continue
            old = [t for t in triggers if t not in valid and t.pos_ == "VERB" and self._background(t)]
            if old and len(cats) > 1:
                # "designated X an SDGT in 2019, and on Monday added X to the FTO list": the lists of the news clause
                keep = {x.i for t in valid for x in t.subtree}
                drop = {x.i for t in old for x in t.subtree} - keep
                news = self._sentence_categories("".join(x.text_with_ws for x in sent if x.i not in drop))
                cats = news or cats
            in_rel = {x.i for t in sent if t.dep_ == "relcl" for x in t.subtree}
            trig = next((t for t in valid if t.i not in in_rel), valid[0])
            # "took X off the list": what is delisted stands between the verb and its 'off'
            named_from = trig.head if trig.lower_ == "off" and trig.head.pos_ == "VERB" and trig.head.i < trig.i else trig
            cands = self._candidates(sent, named_from, ctx, cats, item_end, valid)
            for t2 in valid:
                # "designated A as an SDGT, calling it a sham charity, and also named its coordinator B": a listing
                # verb joined to the first after the reason clause lists its own object too
                if restate is None and cands and t2.pos_ == "VERB" and t2.dep_ == "conj" and t2.i > trig.i \
                        and t2.lemma_ in _CARRY and not any(c.span.start > t2.i for c in cands):
                    more = [c for c in self._candidates(sent, t2, ctx, cats, item_end, valid)
                            if c.span.start > t2.i and not any(o.span.start == c.span.start for o in cands)]
                    cands += more
            if restate is None:
                last_act = "revoke" if trig.lower_ in self.revoke or trig.lower_ == "off" else "designate"
            if not cands:
                last_cats = (cats, sent.end)  # "designated three individuals ... Among those designated are X"
                by = self._authority(trig, ctx)
                if by[0] is not None:
                    last_by = by  # "China said it would sanction ten people. Those targeted include X": China's
                continue
            acting = self._authorities(trig, ctx)
            by_name, by_key = acting[0] if acting else (None, None)
            co_acting = acting[1:]  # "Britain, Canada and Norway have imposed sanctions on X": each lists X
            if cats and all(c in self.us_only for c in cats) and by_name != "United States":
                by_name, by_key = None, None  # FTO, SDGT and SST are lists only Washington keeps
            if by_name is None:
                if any(c in self.us_only for c in cats) and "United States" in ctx.info:
                    by_name, by_key = "United States", "United States"
                elif any(c in self.us_only for c in cats):
                    by_name, by_key = "United States", None
                else:
                    by_name, by_key = last_by
            if by_name is None:
                by_name, by_key = self._main_country(ctx)
            last_by = (by_name, by_key)
            last_cats = (cats, sent.end)
            for c in cands:
                name = c.span.text
                action = last_act if restate is not None else self._action(c.span, valid) if c.span.start >= sent.start \
                    else ("revoke" if trig.lower_ in self.revoke else "designate")  # "redesignated the group"
                ent_key = ctx.by_token.get(c.span.root.i).key if c.span.root.i in ctx.by_token else None
                if ent_key and ent_key.startswith("ent:"):
                    canon = ctx.info[ent_key].name  # one name per listed thing across sentences
                    rest = canon[len(name):].lower().split() if canon.lower().startswith(name.lower()) else []
                    if canon.lower() != name.lower() and not re.search(r",| and |\(", canon[len(name):]) \
                            and not (rest and all(w in _EDGE_WORDS for w in rest)) \
                            and not any(len(p) > 8 and p in canon.lower()[len(name):] for p, _ in self.categories) and (canon.lower().startswith(name.lower())
                                                          or name in ctx.info[ent_key].aliases):
                        c.aliases = list(dict.fromkeys([name] + c.aliases))
                        name = canon
                    if self._not_listed_name(canon):
                        continue  # "(TEL)" for "the Terrorist Exclusion List": the list's short name
                for cat in self._own_categories(c.span, valid, cats, cands):
                    for who, who_key in [(by_name, by_key)] + co_acting:
                        if who_key != by_key and cat in self.us_only and who != "United States":
                            continue  # FTO, SDGT and SST are lists only Washington keeps
                        k = (name.lower(), cat, action, who)
                        if k in seen:
                            twin = next((f for f in out if (f.entity.lower(), f.category, f.action, f.by) == k), None)
                            if twin is not None:  # "ETIM, also rendered as Y" after the full name: Y is its alias too
                                twin.aliases = [a for a in dict.fromkeys(twin.aliases + c.aliases) if a != twin.entity]
                            continue
                        seen.add(k)
                        out.append(Found(name, list(c.aliases), cat, action, who, who_key, ent_key, sent))
        # "Revolutionary Guard" in the headline is the body's "Islamic Revolutionary Guard Corps" on the same list
        def heading(x: Found) -> bool:  # the headline, or a heading line the cleaner left in the body
            return ctx.sent_order.get(x.sent.start, 0) < 0 or not x.sent.text.rstrip().endswith((".", "!", "?", '"', "”"))
        for f in [f for f in out if heading(f)]:
            full = next((o for o in out if not heading(o) and o.sent.start > f.sent.start and (o.category, o.action, o.by)
                         == (f.category, f.action, f.by) and _short_form(f.entity, o.entity, True)), None)
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
            if any(re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", low) for p in self.un_terror_regimes):
                for f in out:
                    if f.by == "United Nations" and f.category == "sanctions":
                        f.category = "terrorist_organization"
        return _merge(self._one_name_per_person(out, doc))

    def _one_name_per_person(self, found: list[Found], doc: Doc) -> list[Found]:
        """'Aleksandr Gennadievich Ermakov' ... 'Mr Ermakov', 'Sharaa' ... 'Ahmed al-Sharaa': one person the text
        names in full and later by surname (with a courtesy title, or without the 'al-' of the full name) is one
        entity under the full name, whatever list or authority the shorter mention goes with."""
        title = re.compile(r"^(?:" + "|".join(re.escape(h) for h in self.honorifics) + r")\.?\s+(?=[A-Z])", re.I)
        people = {title.sub("", e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        for f in found:
            bare = title.sub("", f.entity)
            words = bare.lower().replace("'s", " ").split()
            if len(words) > 4 or set(words) & (_NAME_HEADS | _FIRM_JOINERS):
                continue  # "Dr. Reddy's Laboratories": the title is a word of a firm's name
            if bare != f.entity:
                f.aliases = list(dict.fromkeys([f.entity] + f.aliases))
                f.entity = bare
        for f in found:
            if len(f.entity.split()) > 2:
                continue
            fuller = {o.entity for o in found if o is not f and o.entity in people and _surname_of(f.entity, o.entity)}
            if not fuller:
                # "Chen" for "Chen Zhi", "Kim" for "Kim Jong Un": a family name written first is the person too
                fuller = {o.entity for o in found if o is not f and o.entity in people and _family_name_first(f.entity, o.entity)}
            if not fuller and any(title.match(a) for a in f.aliases):
                # "Mr Ermakov" in the only listing sentence: the full name the text gave him before
                fuller = {p for p in people if _surname_of(f.entity, p)}
            if len(fuller) == 1:
                full = fuller.pop()
                f.aliases = [a for a in dict.fromkeys([f.entity] + f.aliases) if a != full]
                f.entity = full
        return found

    def _standing_listing(self, noun: Token) -> bool:
        """'LeT's existing designation', 'added X to the group's listing': a listing that stands already, which the
        news adds to or amends, not a new one."""
        if any(c.dep_ == "amod" and c.lower_ in self.bg["standing_modifiers"] for c in noun.children):
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
        if any(c.dep_ == "aux" or c.dep_ in ("advmod", "npadvmod") and c.lower_ in self.bg["change_adverbs"]
               for c in verb.children) or _own_time(verb):
            return False
        if any(c.lower_ == "pursuant" or c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                                    for g in c.children)
               for c in verb.children):
            return False  # "X is designated pursuant to E.O. 13224 for having assisted Y": a press release's act, with its grounds
        return verb.sent.text.rstrip().endswith(".")

    def _acts(self, t: Token) -> bool:
        """A trigger that reports an act: a verb, or a noun an actor announces ("announced sanctions on")."""
        if t.lower_ == "off":
            return t.head.lemma_ in ("take", "remove", "strike")
        verb = t if t.pos_ == "VERB" else t.head
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "would not be targeted", "was not designated": no listing
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in self.wish:
            return False  # "they wanted the sanctions lifted": a wish, not a listing
        if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in ("of", "about", "against"):
            return False  # "accused Washington of blacklisting X", "warned against sanctioning X": no listing done
        if t.pos_ == "VERB" and t.lemma_ in self.says \
                and any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in t.children) \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
            return False  # "adding that North Korea had offered ...": a speech verb, not an addition to a list
        if _aside(t):
            return False  # "the designation of hts (listed as al-nusrah front)": an aside naming how it is listed
        if t.lemma_ == "notify" and t.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("of", "about")
                                                              for c in t.children):
            return False  # "notified Congress of his intent to rescind ...": telling someone, not a notified listing
        if t.pos_ == "VERB" and t.lower_ in self.freeze_verbs and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_ not in self.frozen_things
                for c in t.children):
            return False  # "freezes peace talks with X": talks put on hold, no assets frozen
        if t.pos_ == "VERB" and t.lower_ in self.revoke and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_ in self.undone_events for c in t.children):
            return False  # "cancelled the meeting with Putin": an event called off, nobody delisted
        if t.lower_ in self.freeze_verbs and t.dep_ in ("amod", "acl", "compound"):
            return False  # "$6bn in frozen Iranian funds": money frozen before, described
        if t.pos_ == "VERB":
            return True
        head = t.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in _ANNOUNCE and t.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
            return True
        if t.dep_ == "pobj" and head.head.lemma_ in _ANNOUNCE:
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("take", "come", "enter", "become") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                and any(c.lower_ in ("effect", "effective", "force") for c in head.subtree):
            return True  # "the designation of X as an FTO takes effect on Thursday": the act, in force now
        return t.i == t.sent.root.i or (t.dep_ == "ROOT")

    def _bare_declare(self, t: Token, triggers: list[Token]) -> bool:
        """'US declares RSF genocide, sanctions X': 'declare' (and the like: data phrase_bound_triggers) lists only
        when its own words name a list ('declared X a terrorist organisation', '... an unlawful association')."""
        if t.lemma_ not in self.phrase_bound or t.pos_ != "VERB":
            return False
        stop = min([o.i for o in triggers if o.i > t.i] + [t.sent.end])
        own = "".join(x.text_with_ws for x in t.subtree if t.i < x.i < stop)
        return not self._sentence_categories(own)

    def _revoked_order(self, verb: Token, trig: Token) -> bool:
        """'cancelled the order that banned X', 'revoked the notification which declared X unlawful': the listing
        told in the relative clause is what the revoking verb undoes."""
        return verb.dep_ in ("relcl", "acl") and verb.lower_ in self.designate and verb.head.head.i == trig.i \
            and trig.lower_ in self.revoke and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "NOUN"

    @staticmethod
    def _without_reasons(sent: Span, triggers: list[Token]) -> str | None:
        """The sentence without the reasons it gives after its listing verb ('for supporting ...', 'accusing the group
        of ...', 'citing ...'); None when it gives none."""
        if not triggers:
            return None
        first = min(t.i for t in triggers)
        drop: set[int] = set()
        for t in sent:
            if t.i > first and t.lower_ in _REASONS and t.dep_ in ("prep", "advcl", "mark", "pcomp"):
                base = t.head if t.dep_ == "mark" else t
                if base.i > first and not any(x.i in {g.i for g in triggers} for x in base.subtree):
                    drop.update(x.i for x in base.subtree)
        if not drop:
            return None
        return "".join(x.text_with_ws for x in sent if x.i not in drop)

    def _in_list_phrase(self, sp: Span) -> bool:
        """'Narcotics Trafficker' of 'Specially Designated Narcotics Trafficker': a piece of a list's name."""
        sent = sp.sent
        low = sent.text.lower()
        a, b = sp.start_char - sent.start_char, sp.end_char - sent.start_char
        for phrase, _ in self.categories:
            if " " in phrase and len(phrase) > b - a and sp.text.lower() in phrase:
                for m in re.finditer(re.escape(phrase), low):
                    if m.start() <= a and b <= m.end():
                        return True
        return False

    def _inside_list_name(self, t: Token) -> bool:
        """'Specially Designated Global Terrorists': a word inside a list's name triggers nothing."""
        sent = t.sent
        low = sent.text.lower()
        pos = t.idx - sent.start_char
        for phrase, _ in self.categories:
            if " " not in phrase or t.lower_ not in phrase.split()[1:-1]:
                continue
            for m in re.finditer(re.escape(phrase), low):
                if m.start() < pos < m.end():
                    return True
        return False

    def _background(self, t: Token) -> bool:
        """'Obama removed Cuba from the list in 2015', 'has been on the UN list since 2001', 'had designated':
        an earlier listing told as background, known by the act's own verb, not by anything else in the sentence."""
        verb = t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        bg = self.bg
        if self._standing_present(verb):
            return True
        if verb.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in verb.children) and verb.head is not verb:
            h = verb.head  # "Canada first added such groups in 2019, when it listed X": the same earlier act
            if h.pos_ in ("VERB", "AUX") and h.lemma_ in _CARRY and self._background(h):
                return True
            if h.ent_type_ == "DATE" and any(re.fullmatch(r"(19|20)\d\d", x.text) for x in h.subtree):
                return True
        h = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if verb.dep_ == "relcl":
            main = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if main is not None and any(c.dep_ == "advmod" and c.lower_ in bg["adverbs"] for c in main.children):
                return True  # "the UN list still carries al-Nusrah Front, under which HTS is listed": the standing list
        if verb.dep_ == "conj" and h.pos_ == "VERB" and h.i < verb.i and h.lemma_ not in self.says \
                and (not _own_time(verb) or _same_time(verb)) \
                and not any(c.lower_ in bg["change_adverbs"] or c.dep_ == "aux" and c.lower_ in ("has", "have")
                            for c in verb.children) \
                and self._background(h):
            # "banned X in January 2023 and designated its commander Y", "... and its founder was sanctioned the same
            # year": one earlier act, one date
            return True
        if (verb.dep_ in ("advcl", "pcomp", "xcomp") or verb.dep_ == "dobj" and verb.pos_ == "VERB") and h is not verb and h.pos_ == "VERB" and h.i < verb.i \
                and h.lemma_ not in self.says and self._background(h):
            return True  # "first captured X in December 2012 by amending the listing to add the group": the dated act's means
        kids = list(verb.children)
        # the parser often hangs the date on the list named: "designated X a terrorist organisation in May 2021"
        kids += [g for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "pobj") for g in c.children if g.dep_ == "prep"]
        # "removed the group from its list of proscribed organizations in 2008": the date hung deep in the list's name
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "to", "on", "off", "under", "as"):
                kids += [g for g in c.subtree if g.dep_ == "prep" and g.lower_ in bg["date_preps"] and g.head is not c and g.i != c.i
                         and all(a.dep_ in ("pobj", "prep", "amod", "compound") or a is c
                                 for a in list(g.ancestors)[:list(g.ancestors).index(c) + 1])]
        reported = verb.dep_ == "ccomp" and verb.head.lemma_ in self.says and verb.head.tag_ == "VBD"
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

    def _action(self, span: Span, triggers: list[Token]) -> str:
        """Revoke when the nearest governing trigger removes a listing, else designate."""
        for anc in [span.root] + list(span.root.ancestors)[:6]:
            if anc.lower_ in self.revoke and anc.lower_ != "off":
                return "revoke"
            if any(c.lower_ == "off" and c.dep_ in ("prt", "prep", "advmod") for c in anc.children):
                return "revoke"
            if anc.lower_ in self.designate and anc.pos_ == "VERB" and not _aside(anc):
                return "revoke" if self._revoked_order(anc, anc.head.head) else "designate"
        before = [t for t in triggers if t.i < span.start]
        t = before[-1] if before else triggers[0]
        # "revoking the fto designation of X": the listing noun a revoking verb takes is undone
        return "revoke" if t.lower_ in self.revoke or t.pos_ == "NOUN" and t.head.lower_ in self.revoke else "designate"

    # -- entities ---------------------------------------------------------------------
    def _candidates(self, sent: Span, trig: Token, ctx: Context, cats: list[str],
                    limit: int | None = None, valid: list[Token] | None = None) -> list[_Cand]:
        doc = sent.doc
        skip: set[int] = set()
        for t in sent:
            if t.dep_ in ("relcl",) and t.i > trig.i and not self._revoked_order(t, trig):
                skip.update(x.i for x in t.subtree)
            if t.lower_ == "under" and t.dep_ == "prep" and t.head.pos_ == "VERB" \
                    and (t.head.lower_ in self.designate or t.head.lower_ in self.revoke):
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
            if t.ent_iob_ == "I" and t.ent_type_ in _ENT_LABELS:
                continue  # "the Directorate for Internal Security": a word inside a name ends nothing
            if t.lower_ in _STOP and any(a.dep_ == "appos" for a in list(t.ancestors)[:4]):
                continue  # "X, the ministry's director general for intelligence, and Y": a description, not a reason
            if t.lower_ == "following" and doc[t.i - 1].lower_ == "the":
                continue  # "designated the following entities: A; B": the list is still to come
            # "sanctions X as the blockade drags on", "listed X though its leader denies ...": a subordinate clause
            # of its own (a conjunction marking a later finite verb) tells the circumstance, not more listed names
            clause_mark = t.dep_ == "mark" and t.pos_ == "SCONJ" and t.head.dep_ == "advcl" and t.head.i > t.i \
                and t.head.pos_ in ("VERB", "AUX") and t.head.tag_ not in ("VBG", "VBN")
            # "sanctions on X over its missile launches": 'over' with an object (not 'over 100 people') gives the cause
            reason_over = t.lower_ == "over" and t.dep_ == "prep" and t.i + 1 < sent.end and not doc[t.i + 1].like_num
            if (t.lower_ in _STOP or clause_mark or reason_over or (t.lower_ == "part" and doc[t.i - 1].lower_ == "as")) \
                    and t.i > trig.i + 1:
                end = t.i
                break
        # "added 3 individuals ... for abuses, including X and Y": a counted object named after a reason
        counted = [c for c in trig.subtree if c.dep_ in ("dobj", "pobj", "nsubjpass") and c.pos_ == "NOUN"
                   and any(g.dep_ == "nummod" for g in c.children) and c.i < end]
        if counted and end < sent.end and any(t.lower_ in ("including", "among") for t in doc[end: sent.end]):
            end = sent.end
        start = trig.i
        if trig.i == sent.start and not trig.is_punct and trig.lower_ not in self.designate | self.revoke:
            start = trig.i - 1  # a bullet item whose number was split off: the item's first word is a name's
        back = self._back_reference(trig)
        if back is not None:
            start, end = back  # "took action against A; B; and C, designating all three": the names come first
        subject = _listed_subject(trig, self.bg["change_adverbs"])
        if subject is not None:
            start = min(start, subject.left_edge.i - 1)  # "A, B and C are now listed entities": the subject's names
        # "Kirvania's designation", "X was designated": the entity stands before the trigger
        poss = [c for c in trig.children if c.dep_ == "poss"]
        subj_pass = [c for c in trig.children if c.dep_ == "nsubjpass"]
        pre: list[Span] = []
        opening = _dateline_end(sent)
        for c in poss + subj_pass:
            # ("LONDON, March 3 (Reuters) - Three oligarchs were sanctioned": the dateline is no part of the subject)
            pre.extend(self._ents_in(doc[max(c.left_edge.i, opening): c.right_edge.i + 1], ctx, cats, skip))
        if subj_pass and trig.dep_ == "ccomp" and trig.head.lemma_ in self.says and trig.head.i < trig.i:
            # "the department said A, B and C had each been designated": the reported clause's subject is all that
            # stands between the speech verb and the listing, however the parser hung its names
            pre.extend(x for x in self._ents_in(doc[trig.head.i + 1: trig.i], ctx, cats, skip)
                       if not any(x.start == y.start for y in pre))
        cands: list[_Cand] = []
        alias_tokens: set[int] = set()
        region = doc[start + 1: end]
        spans = pre + self._ents_in(region, ctx, cats, skip)
        spans = sorted(spans + self._untagged_names(region, spans, ctx, skip), key=lambda sp: sp.start)
        taken = {t.i for sp in spans for t in sp}
        for t in region:  # "put hamas's military wing on the list": an untagged lower-case owner of a listed wing
            if t.pos_ == "PROPN" and t.dep_ == "poss" and t.head.lower_ in self.part_nouns and t.head.i > t.i \
                    and t.i not in taken and t.i not in skip and t.i not in ctx.covered \
                    and all(x.dep_ in ("case", "amod", "compound") for x in doc[t.i + 1: t.head.i]):
                spans.append(doc[t.i: t.head.i + 1])
        chat = _lower_case(sent)
        if chat:
            # "state dept put ansarallah on the sdgt list": chat writes names in lower case, and the model tags none;
            # the proper noun the listing verb takes (and its conjuncts) is the listed thing
            # ("al-hamza front": a name's head noun, tagged a common noun, after the name's proper nouns)
            # ("aleksandr ermakov": a surname the tagger calls a common noun after a given name it calls a proper one)
            def named(c: Token) -> bool:
                if c.pos_ == "PROPN":
                    return True
                if c.lower_ in _NAME_HEADS | _GROUP_NOUNS:
                    return any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.i == c.i - 1 for g in c.children)
                # ("ahmed al-sharaa": the proper noun may stand before the hyphen glued to the surname)
                return c.pos_ == "NOUN" and c.tag_ == "NN" and c.dep_ == "dobj" and any(
                    g.dep_ == "compound" and g.pos_ == "PROPN" and c.i - 3 <= g.i < c.i for g in c.children)
            people = {i for m in ctx.mentions_in(sent) if m.form == "person" for i in range(m.span.start, m.span.end)}
            objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and named(c)]
            # "cancelled the order that banned jamaat-e-islami": what the revoked order listed
            orders = [g for c in trig.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children
                      if self._revoked_order(g, trig)]
            objs += [c for v in orders for c in v.children if c.dep_ in ("dobj", "nsubjpass") and named(c)]
            # ("ben-gvir and smotrich": a bare singular noun joined to a name is a name too)
            objs += [g for c in objs for g in c.children if g.dep_ == "conj" and (named(g) or g.pos_ == "NOUN"
                     and g.tag_ == "NN" and g.is_alpha and not any(x.dep_ not in ("cc", "punct") for x in g.children))]
            for c in objs:
                lo = min([c.i] + [g.left_edge.i for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                                  and g.i < c.i])
                hi = c.i
                # "ben-gvir" parsed as three objects: the hyphen glues one name
                while hi + 2 < sent.end and doc[hi + 1].text in ("-", "–") and not doc[hi].whitespace_ \
                        and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
                    hi += 2
                while lo - 2 >= sent.start and doc[lo - 1].text in ("-", "–") and not doc[lo - 1].whitespace_ \
                        and not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha:
                    lo -= 2
                # "took gen. manuel figuera off": a rank (or courtesy title) before the name is no word of it
                while lo < hi and (doc[lo].lower_.rstrip(".") in self.ranks or doc[lo].text == "."
                                   and lo > sent.start and doc[lo - 1].lower_.rstrip(".") in self.ranks):
                    lo += 1
                # (a leader the table knows, 'ahmed al-sharaa' for Syria, is a person who may be listed)
                if c.is_alpha and not any(i in taken or i in skip or i in ctx.covered and i not in people
                                          for i in range(lo, hi + 1)) \
                        and not any(sp.start <= lo and hi < sp.end for sp in spans):
                    spans.append(doc[lo: hi + 1])
            spans += self._chat_and_names(sent, spans, taken | skip | (ctx.covered - people))
            # "designated the proud boys and the base as terrorist entities": what a listing verb lists 'as' a kind
            # of body is a name, though chat gives it no capital and the tagger calls its words common ones
            if trig.lower_ in self.designate and any(
                    a.lower_ == "as" and a.dep_ == "prep" and any(
                        g.dep_ == "pobj" and (g.lemma_ in _AS_KINDS or g.lower_ in _AS_KINDS) for g in a.children)
                    for a in trig.subtree):
                heads = [c for c in trig.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
                heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")]
                for c in heads:
                    d = c.left_edge.i if doc[c.left_edge.i].lower_ == "the" else c.left_edge.i - 1
                    if d < sent.start or doc[d].lower_ != "the" or c.lower_ in _GROUP_NOUNS | _AS_KINDS or not c.is_alpha:
                        continue  # (the parser may hang a conjunct's 'the' elsewhere: the word before its modifiers)
                    lo = d + 1
                    words = doc[lo: c.i + 1]
                    if 1 <= len(words) <= 4 and all(w.is_alpha and w.pos_ in ("NOUN", "PROPN", "ADJ") for w in words) \
                            and not any(i in taken or i in skip or i in ctx.covered for i in range(lo, c.i + 1)) \
                            and words.text.lower() not in self.not_entities:
                        spans.append(doc[d: c.i + 1])
                        taken.update(range(d, c.i + 1))
        spans = [_grown_to_acronym(sp) for sp in _and_acronym(self._and_places(sorted(spans, key=lambda sp: sp.start)))]
        spans = [sp for sp in spans if not any(o.start <= sp.start and sp.end <= o.end and len(o) > len(sp) for o in spans)]
        spans.sort(key=lambda sp: sp.start)
        linked: set[int] = set()
        for t in region:  # "... affiliates of al-Qaeda and the Islamic State": every conjunct of the link
            if t.dep_ in ("prep", "agent") and t.i > sent.start and doc[t.i - 1].is_lower \
                    and _LINKED.search(doc[max(sent.start, t.i - 5): t.i + 1].text):
                linked.update(x.i for x in t.subtree)
                if t.head.pos_ == "NOUN" and t.head.i == t.i - 1:  # "affiliates of A and B", B hung on "affiliates"
                    linked.update(x.i for c in t.head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > t.i
                                  for x in c.subtree)
        # "Jane Roe, director of the Harbor Police Department; ...": a role told after a listed name is a
        # description, and the bodies named in it are not listed
        # ("A, a conglomerate ...; two affiliates, B and C; D": a semicolon ends the description, and a counted noun
        # restates the names that follow it)
        semis = [t.i for t in sent if t.text == ";"]
        described = {x.i for sp in spans for c in sp.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
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
            if sp.root.i in described or sp.root.i in counted_of or _modifies_past_bracket(sp):
                continue
            before = doc[max(sent.start, sp.start - 6): sp.start].text
            if any(t.i in linked for t in sp):
                continue  # "... linked to the Wagner Group and its leader X": X is part of the link too
            if _LINKED.search(before) or _LED_BY.search(before) or self._role_of(sp) or _agent_of(sp) \
                    or self._beside_act.search(doc[max(sent.start, sp.start - 9): sp.start].text):
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
            if _ALIAS_INTRO.search(before) and cands:
                j = sp.end  # "also known as Bank Sepah Melli Iran": the alias runs over every name word that follows
                while j < end and (doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper)
                                   or doc[j].lower_ in _CONNECT_IN_NAMES and j + 1 < end and doc[j + 1].is_title):
                    j += 1
                alias = doc[sp.start: j]
                cands[-1].aliases.append(alias.text)
                alias_tokens.update(range(alias.start, alias.end))
                if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and _ACR.match(doc[j + 1].text):
                    cands[-1].aliases.append(doc[j + 1].text)  # "also known as the People's Front (PF)": PF too
                    alias_tokens.add(j + 1)
                continue
            cands.append(_Cand(sp))
            # "(VoC)" right after a name is its acronym; "(Cártel de Sinaloa)", "(Cártel de Jalisco Nueva Generación,
            # or CJNG)": the names in brackets right after a name are its other names
            if sp.end + 2 < len(doc) and doc[sp.end].text == "(" and doc[sp.end + 2].text == ")":
                cands[-1].aliases.append(doc[sp.end + 1].text)
                alias_tokens.add(sp.end + 1)
            else:
                for text, ids in _bracket_names(sp, chat):
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
        cands = _hyphen_pairs(_place_pairs(cands))
        # a name in another clause ("..., adding that X had offered to dismantle its complex at Yongbyon") is not
        # what the trigger lists
        def clause(t: Token) -> Token | None:
            return t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        tv, pre_ids = clause(trig), {x.start for x in pre}

        def related(c: _Cand) -> bool:
            cv = clause(c.span.root)
            if cv is not None and cv != tv and (cv.lower_ in self.designate or cv.lower_ in self.revoke) \
                    and self._background(cv):
                return False  # "(the Qassam Brigades have been banned since 2001)": an earlier listing in an aside
            if back is not None:
                return True  # the stretch before ", designating all three" is the list, whatever the parse
            others = {v.i for v in valid or [] if v.pos_ == "VERB" and v.i > trig.i}
            if any(a.i in others for a in c.span.root.ancestors):
                return True  # "decided to extend the measures ... and added A and B to the list": another listing verb's
            return cv is None or tv is None or cv == tv or tv in cv.ancestors or cv in tv.ancestors
        cands = [c for c in cands if c.span.start in pre_ids or related(c)]
        if not cands:
            # "designated the group a terrorist organisation": the last named group
            for t in region:
                if t.lower_ in _COREF and any(c.lower_ == "the" for c in t.children):
                    prev = [m for m in ctx.mentions if m.span.start < trig.i and m.key.startswith("ent:")
                            and ctx.info[m.key].kind in ("group", "company", "organisation")
                            and not self._not_listed_name(m.text) and not self._fragment(m.span)
                            and not _modifier_only(m.span)]
                    if prev:
                        key = prev[-1].key
                        full = [m for m in ctx.mentions if m.key == key and m.text == ctx.info[key].name]
                        span = (full or prev)[-1].span
                        c = _Cand(span)
                        c.aliases = [a for a in ctx.info[key].aliases if a != span.text]
                        return [c]
        return cands

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
                    and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].lower_ not in _STOP:
                k += 1
            ends = k >= sent.end or doc[k].text in ("(", ",", ";", ".", "—", "–") or doc[k].lower_ in ("under", "as")
            words = doc[j + 1: k]
            if 2 <= len(words) <= 3 and ends and words[-1].tag_ != "NNS" \
                    and words.text not in self.not_entities and not any(w.lower_ in self.person_titles for w in words):
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
                for place in self.and_places:
                    k = place.index("and")
                    if left[-k:] == place[:k] and right[: len(place) - k - 1] == place[k + 1:]:
                        out[-1] = p.doc[p.start: c.end]
                        break
                else:
                    out.append(c)
                continue
            out.append(c)
        return out

    def _own_categories(self, span: Span, valid: list[Token], cats: list[str], cands: list[_Cand]) -> list[str]:
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
            return [c for c in self._sentence_categories(text) if c in cats or c == "sanctions"]
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

    @staticmethod
    def _semicolon_items(sent: Span, cands: list[_Cand]) -> list[_Cand]:
        """'A LLC; Al Zumoroud and Al Yaqoot Gold & Jewelry, known as AZ Gold; B': in a list whose items semicolons
        part, an 'and' inside one item joins the words of one firm's name, when the first conjunct has no head of
        its own ('LLC', 'Trading', 'Bank') and the item counts nothing ('two affiliates, C and D')."""
        doc = sent.doc
        semis = [t.i for t in sent if t.text == ";"]
        if len(semis) < 2:
            return cands
        out: list[_Cand] = []
        for c in cands:
            p = out[-1] if out else None
            if p is not None and not p.aliases and all(t.lower_ in ("and", "&") for t in doc[p.span.end: c.span.start]) \
                    and c.span.start - p.span.end == 1 and not any(p.span.start < i < c.span.end for i in semis) \
                    and p.span[-1].lower_.rstrip(".") not in _NAME_HEADS \
                    and not (p.span.root.ent_type_ == "PERSON" and c.span.root.ent_type_ == "PERSON"):
                lo = max([i for i in semis if i < p.span.start], default=sent.start)
                if not any(t.like_num or t.dep_ == "nummod" for t in doc[lo: p.span.start]) \
                        and doc[p.span.start - 1].lower_ != "and":
                    merged = _Cand(doc[p.span.start: c.span.end], list(c.aliases))
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
                and not doc[s - 2].ent_type_ and doc[s - 3].lower_ == "the" and any(t.lower_ in self.unit_heads for t in sp):
            sp = doc[s - 2: e]
        if sp[-1].lower_ not in self.unit_heads or e + 2 >= len(doc) or doc[e].lower_ != "of" or doc[e + 1].lower_ != "the":
            return sp
        j = e + 2
        while j < len(doc) and j < sp.sent.end and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper) \
                and doc[j].ent_type_ not in ("GPE", "DATE"):
            j += 1
        return doc[sp.start: j] if j > e + 2 else sp

    def _not_listed_name(self, text: str) -> bool:
        """'the Federal Register', 'Terrorism Act': a gazette, a law or a list's name is never the listed thing."""
        low = re.sub(r"^the\s+", "", text.lower())
        words = low.split()
        # "Republic Act No. 11479", "Decree 123 of 2020", "Proclamation No. 374": a law's number is no part of a name
        bare = re.sub(r"(\s+(no\.?|nos?\.|number|of|\d[\d/.-]*|\(\d+\)))+\s*$", "", low)
        numbered = bare != low
        bw = bare.split()
        if text[:1].isupper() and bw and (bw[-1] in self.law_heads and (len(bw) >= 2 or numbered)
                                          or bw[-1] in self.numbered_law_heads and numbered):
            return True
        if text[:1].isupper() and len(words) >= 2 and words[-1] in self.list_nouns:
            return True  # "the Terrorist Exclusion List", "the Consolidated List": a list's own name
        return low in self.not_entities or any(low.startswith(n + " ") for n in self.not_entities) \
            or any(low == p for p, _ in self.categories)

    def _in_law_name(self, sp: Span) -> bool:
        """'the Robert Levinson Hostage-Taking and Hostage Accountability Act': a name cut from a law's title at its
        'and' is a piece of the law's name, never the listed thing."""
        doc = sp.doc
        i = sp.end
        if i >= len(doc) or doc[i].lower_ not in ("and", "&", "of", "for", "on"):
            return False
        for t in doc[i + 1: min(len(doc), i + 10)]:
            if t.lower_ in self.law_heads and t.is_title:
                return True
            if not (t.is_title or t.is_upper or t.text in ("-", "–") or t.lower_ in ("and", "&", "of", "for", "on", "the")):
                return False
        return False

    def _qualified_trigger(self, t: Token) -> bool:
        """'restrictive measures against X': a noun that names a listing only with its qualifier (data
        qualified_trigger_nouns)."""
        quals = self.qualified_nouns.get(t.lower_)
        return bool(quals) and t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in quals for c in t.children)

    def _places_on_list(self, t: Token) -> bool:
        """'agreed to put X on the EU terrorist list': the placing verb lists X."""
        if t.pos_ != "VERB":
            return False
        if t.lower_ in self.placing:
            # "placed X on its Entity List": a list's proper name ends on a proper-noun 'List'
            return any(x.lower_ in ("list", "blacklist") and x.pos_ in ("NOUN", "PROPN") and x.head.lower_ in ("on", "onto")
                       for x in t.subtree)
        # "Cuba was returned to the State Sponsors of Terrorism list": a verb bringing X back to a list lists it
        return t.lemma_ in self.returning and any(x.lemma_ in ("list", "blacklist") and x.pos_ == "NOUN"
                                                  and x.head.lower_ in ("to", "on", "onto") and x.head.head.i == t.i
                                                  for x in t.subtree)

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
            return lo + 2 <= i < hi and doc[i].is_lower and doc[i].lower_ in _CONNECT_IN_NAMES \
                and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and doc[i - 2].text[:1].isupper() and doc[i - 2].i not in covered
        grown = False
        if s - 2 >= lo and doc[s - 1].text in ("-", "–") and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                and doc[s - 2].is_lower and doc[s - 2].lower_ in _CONNECT_IN_NAMES:
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
                and doc[e + 1].is_lower and doc[e + 1].lower_ in _CONNECT_IN_NAMES and doc[e + 2].text[:1].isupper():
            e += 3
            grown = True
        return doc[s:e] if grown else sp

    def _role_of(self, sp: Span) -> bool:
        """'Ahmed X, described as a senior leader of Y': Y names whom a listed person serves."""
        doc = sp.doc
        i = sp.start - 1
        if i >= sp.sent.start and doc[i].lower_ == "the":
            i -= 1
        if i - 1 < sp.sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in self.role_of:
            return False
        role = doc[i - 1]
        return any(a.dep_ in ("appos", "acl") or a.lemma_ in ("describe", "identify", "call") for a in
                   [role] + list(role.ancestors)[:3]) and not any(c.dep_ == "nummod" for c in role.children)

    @staticmethod
    def _item_line(sent: Span) -> int | None:
        """'Igor Sechin - Chief Executive of Rosneft': a line opening on a name (up to six capitalised words or
        connectors) and a dash with spaces round it; the dash's index."""
        toks = [t for t in sent if not t.is_space]
        for k, t in enumerate(toks[:8]):
            if t.text in ("-", "–", "—") and t.whitespace_ and k >= 1 and toks[k - 1].whitespace_:
                name = toks[:k]
                if name[0].text[:1].isupper() and all(x.text[:1].isupper() or x.lower_ in _CONNECT_IN_NAMES
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
        m = _RESTATE.match(sent.text)
        if m is None and prev is not None:
            # "... sanctioned four Israeli settlers and two outposts. The settlers are A, B ...": the plural the
            # listing counted, named again as the subject
            m = _RESTATE_COUNTED.match(sent.text)
            counted = {t.lower_ for t in prev if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)}
            if m is None or m.group(2).lower() not in counted:
                return None
        if m is None:
            return None
        at = sent.start_char + m.end(1)
        return next((t for t in sent if t.idx >= at and t.lemma_ in ("be", "include")), None)

    def _act_covers(self, sent: Span) -> Token | None:
        """'The designations, published in ..., cover A; B; and C', 'The measures target A and B': the act just told,
        named by its noun as the subject, covers the names in the object; the verb."""
        root = sent.root
        if root.pos_ == "VERB" and root.lemma_ in self.restate_verbs and any(c.dep_ == "dobj" for c in root.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in self.restate_nouns and c.i < root.i
                        and any(g.dep_ == "poss" or g.dep_ == "det" and g.lower_ in ("the", "these", "those", "today")
                                for g in c.children) for c in root.children):
            return root
        return None

    @staticmethod
    def _back_reference(trig: Token) -> tuple[int, int] | None:
        """', designating all three' / ', listing them': the trigger's object points back at the names before it.
        Returns the (exclusive start, end) of the stretch between the clause's main verb and the trigger."""
        doc, sent = trig.doc, trig.sent
        if trig.tag_ != "VBG" or trig.i < sent.start + 2 or doc[trig.i - 1].text not in (",", ";", "—", "–"):
            return None
        after = " ".join(t.lower_ for t in doc[trig.i + 1: min(trig.i + 4, sent.end)])
        if not _BACK_REF.match(after):
            return None
        root = sent.root
        start = root.i if sent.start <= root.i < trig.i else sent.start - 1
        return start, trig.i - 1

    def _ents_in(self, region: Span, ctx: Context, cats: list[str], skip: set[int]) -> list[Span]:
        doc = region.doc
        low = region.sent.text.lower()
        state_ok = "state_sponsor_of_terrorism" in cats or any(p in low for p in self.country_lists)
        out = []
        for ent in _join_firms(_split_lists(doc.ents)):
            if ent.start < region.start or ent.end > region.end or ent.label_ not in _ENT_LABELS:
                continue
            if any(t.i in skip for t in ent):
                continue
            sp = _trim_span(ent)
            part = ent.root.dep_ == "poss" and ent.root.head.lower_ in self.part_nouns and ent.root.head.i > ent.end - 1
            if sp is None and part and len(ent) == 1 and ent[0].is_alpha:
                sp = ent  # "put hezbollah's military wing on the list": chat writes the name in lower case
            if sp is None:
                continue
            grown = expand_name(sp, ctx.covered)
            if not (len(grown) >= 2 and grown[0].like_num and grown[1].lower_ == "of" and grown[0].i < sp.start):
                sp = grown  # "Seven of Russia's oligarchs": a count before 'of' is no part of a name
            sp = _tidy(sp)
            if sp is None:
                continue
            sp = self._of_the_owner(sp)
            sp = self._hyphen_joined(sp, ctx.covered)
            sp = _in_place(sp)
            if ent.label_ == "PERSON" and len(sp) >= 3 and sp[0].lower_ in self.person_descriptors:
                sp = sp[1:]  # "the German Green Jane Roe": the party family is no part of the name
            low = sp.text.lower()
            if self._not_listed_name(sp.text) or self._fragment(sp) or self._in_list_phrase(sp) or self._in_law_name(sp):
                continue  # "the Terrorism (Prevention) Act", "Jihad" cut from "...-wal-Jihad"
            if any(len(p) > 8 and p in low for p, _ in self.categories):
                continue  # "Foreign Terrorist Organizations and Specially Designated ...": the list, not a name
            if sp.start > 0 and doc[sp.start - 1].lower_ in ("a", "an") and sp[-1].lower_ in self.list_heads \
                    and sp[0].is_title:
                continue  # "designated it a Transnational Criminal Organization": the name of a list, not a listed name
            if low in self.not_entities or any(low == p for p, _ in self.categories) \
                    or any(low.startswith(n + " ") for n in self.not_entities):
                continue
            if ent.label_ == "NORP" and (any(t.i in ctx.covered for t in sp) or sp.root.dep_ == "amod" or not sp[0].is_title):
                continue
            if ent.label_ == "NORP" and len(sp) == 1 and sp.text.endswith("s") \
                    and (self.parties.gaz.lookup(sp.text[:-1]) or ("", ""))[1] == "demonym":
                continue  # "bar Americans from dealing with them": a nation's people, never a listed group
            nxt = doc[sp.end] if sp.end < len(doc) else None
            nxt2 = doc[sp.end + 1] if sp.end + 1 < len(doc) else None
            if nxt is not None and ((nxt.text in ("-", "–") and nxt2 is not None and nxt2.lower_ in self.participles)
                                    or nxt.lower_.startswith("based") or nxt.lower_.lstrip("-") in self.participles
                                    and nxt.lower_.startswith("-")):
                continue  # "Wagner-linked", "Hong Kong-based": a modifier of the listed thing
                continue
            if sp.text.endswith("-based") or (nxt is not None and nxt.lower_ in ("based", "-based")):
                continue
            m = ctx.by_token.get(sp.root.i)
            # a company the tables know (Rosneft, Gazprom) can be listed; countries and their bodies list
            known = m is not None and not m.key.startswith("ent:") and m.form != "person" and not self._firm(m, ctx)
            if known and m.form == "body" and sp.root.dep_ == "pobj" and sp.root.head.lower_ in ("on", "against") \
                    and len(sp) >= 3:
                known = False  # "sanctions on Iran's Ministry of Intelligence and Security": a state's body is listed
            if known and not state_ok:
                continue  # countries and bodies designate; they are not designated here
            if sp.start > 0 and doc[sp.start - 1].lower_ in ("at", "near") and sp.root.dep_ == "pobj" and not state_ok:
                continue  # "the plant at Isfahan", "its complex at Yongbyon": where a thing is, not what is listed
            if ent.label_ in ("GPE", "LOC") and not state_ok:
                prev = doc[sp.start - 1] if sp.start > 0 else None
                if prev is not None and prev.lower_ in ("in", "from", "of", "near", "across", "at", "outside", "inside"):
                    continue
                if prev is not None and prev.text == "," and sp.start > 1 and doc[sp.start - 2].pos_ == "PROPN":
                    continue  # "Rehab Foundation, Kerala": the place tells which foundation, it is not listed
                if m is not None and ctx.info[m.key].kind == "country" and ctx.counts.get(m.key, 0) > 2:
                    continue
            root = sp.root
            if root.dep_ == "nsubj" and root.head.lemma_ in self.says:
                continue  # "..., Home Affairs Minister Jane Doe announced": the announcer
            if ent.label_ == "PERSON" and nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ") \
                    and nxt.lemma_ in _SPEAK and sp.start > 0 and doc[sp.start - 1].lower_ in self.person_titles:
                continue  # "..., Public Safety Minister Gary Roe announced on Monday", however the parser hung it
            if any(a.dep_ == "nsubj" and a.head.lemma_ in self.says and a.head.lower_ not in self.designate
                   for a in list(root.ancestors)[:4]):
                continue  # "India's envoy to the UN, Jane Doe, tweeted": the announcer's name
            if self._modifies_other(sp):
                continue  # "JeM founder Masood Azhar": JeM names whose founder is listed
            if not _titled_body(sp) and any(
                    t.lower_ in self.person_titles and (t.i == sp.start or t.ent_type_ != "ORG"
                                                        or doc[min(t.i + 1, len(doc) - 1)].ent_type_ == "PERSON")
                    and not (t.i > sp.start and t.i + 1 < sp.end and doc[t.i + 1].lower_.rstrip(".") in _NAME_HEADS)
                    for t in sp):  # ("Al Jil Al Qadem General Trading": a title word before a firm's head is the firm's)
                continue  # "Public Safety Minister Gary ...": who announced it, not who is listed
            if state_ok and root.dep_ not in ("dobj", "poss", "nsubjpass", "pobj", "conj", "appos"):
                continue  # "a Vatican-brokered agreement": not the state delisted
            if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= sp.end and root.head.pos_ in ("NOUN",):
                named = root.head.i == sp.end and root.head.lower_ in _GROUP_NOUNS and sp.start > 0 \
                    and doc[sp.start - 1].lower_ == "the" and (m is None or m.key.startswith("ent:")) \
                    and (root.head.dep_ in ("dobj", "nsubjpass", "conj", "appos")
                         or (root.head.dep_ == "pobj" and root.head.head.lower_ in ("of", "on", "against")))
                # "listed as al-nusrah front": in lower-case chat a name's head noun is tagged a common noun
                named = named or root.head.i == sp.end and root.head.lower_ in _NAME_HEADS | _GROUP_NOUNS \
                    and _lower_case(sp.sent) and (m is None or m.key.startswith("ent:"))
                if named:
                    sp = doc[sp.start: sp.end + 1]  # "the Bishnoi gang": the gang's name
                elif (m is not None or ent.label_ in ("GPE", "LOC") or root.head.i == sp.end) and not _described_name(sp):
                    continue  # "an NKDF splinter militia", "Sahel group": a modifier, not the thing listed
            if root.dep_ == "poss" and root.head.i >= sp.end and root.head.is_title and root.head.lower_ in _NAME_HEADS \
                    and root.head.pos_ == "PROPN" and all(x.dep_ == "case" for x in doc[sp.end: root.head.i]):
                sp = doc[sp.start: root.head.i + 1]  # "National Mothers' Front": the possessive is inside the name
                root = sp.root
            if root.dep_ == "poss" and root.head.lower_ in self.part_nouns and root.head.i >= sp.end \
                    and all(x.dep_ in ("case", "amod", "compound") for x in doc[sp.end: root.head.i]):
                sp = doc[sp.start: root.head.i + 1]  # "Hezbollah's military wing": the wing is what is listed
                root = sp.root
            if root.dep_ == "poss" and root.head.lower_ not in ("designation", "listing"):
                continue
            if root.dep_ == "poss" and self._standing_listing(root.head):
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
            if tok.i >= sp.end and tok.pos_ == "NOUN" and tok.lower_ not in _GROUP_NOUNS:
                seen_noun = True
        # "Lashkar-e-Taiba (LeT) deputy chief Hafiz Saeed": a role noun between the name and the person
        seen_noun = seen_noun or any(x.pos_ == "NOUN" and x.dep_ == "compound" and x.lower_ not in _GROUP_NOUNS
                                     for x in sp.doc[sp.end: tok.i] if x.head.i == tok.i or x.head.head.i == tok.i)
        return seen_noun and tok.i >= sp.end and tok.pos_ == "PROPN"

    def _untagged_names(self, region: Span, spans: list[Span], ctx: Context, skip: set[int]) -> list[Span]:
        """Runs of proper nouns the model did not tag ("Golden Tide Marine")."""
        doc = region.doc
        # a known company's name may be a word of a longer registry name ("Open Joint Stock Company Rosneft Oil Company")
        firms = {t.i for t in region if t.i in ctx.by_token and self._firm(ctx.by_token[t.i], ctx)}
        taken = {t.i for sp in spans for t in sp} | (ctx.covered - firms) | skip
        taken |= {t.i for e in doc.ents if e.start >= region.start and e.end <= region.end for t in e}
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
            if t is not None and len(run) == 1 and t.lower_ in _GROUP_NOUNS and t.i not in taken:
                run.append(t)  # "Yemen's Houthi movement"
                continue
            if t is not None and run and t.lower_ in _CONNECT_IN_NAMES and k + 1 < len(toks) and toks[k + 1].i not in taken \
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
                    and t.lower_ in self.unit_heads | _NAME_HEADS and toks[k + 1].is_digit:
                run.append(t)  # "Unit 29155" with 'Unit' tagged a common noun
                continue
            if t is not None and run and t.is_digit and run[-1].is_title and t.i not in skip \
                    and (t.i not in taken or t.ent_type_ in ("DATE", "CARDINAL")) \
                    and run[-1].lower_ in self.unit_heads | _NAME_HEADS:
                run.append(t)  # "Unit 29155", "Battalion 316": a military unit's number is its name
                continue
            if t is not None and run and run[-1].text in ("-", "–") and not run[-1].whitespace_ and t.is_title \
                    and t.is_alpha and t.i not in taken and len(run) >= 3 and run[-2].lower_ in _CONNECT_IN_NAMES:
                run.append(t)  # "Hezb-e-Islami": the word after a connector's hyphen ends the name, whatever its tag
                continue
            lone_conj = len(run) == 1 and run[0].dep_ == "conj" and run[0].is_title and (
                run[0].head.i in {x.i for sp in spans + out for x in sp} or run[0].head.pos_ == "PROPN")
            hyph = bool(run) and run[-1].text in ("-", "–")
            if hyph and len(run) >= 3 and run[-2].lower_ in _CONNECT_IN_NAMES and not run[-1].whitespace_ \
                    and t is not None and t.is_title:
                run = []
                continue  # "Hezb-e-" of "Hezb-e-Wahdat", the rest tagged as a name: a piece of that longer name
            if hyph:
                run = run[:-1]  # "RSF-owned companies": the hyphen glues a modifier on, it is not the name's
            # "the neo-Nazi network The Base": a one-word name in apposition to the group noun that describes it
            named_by_noun = len(run) == 1 and run[0].is_title and run[0].dep_ == "appos" and run[0].head.i < run[0].i \
                and run[0].head.pos_ == "NOUN" and run[0].head.lower_ in _GROUP_NOUNS | _NAME_HEADS
            # "lifted sanctions on potash producer Belaruskali": a one-word name the model left untagged, the very
            # object of the listing
            lone_obj = len(run) == 1 and run[0].is_title and run[0].is_alpha and len(run[0]) >= 4 and run[0].i > region.start \
                and (run[0].dep_ in ("dobj", "nsubjpass") and (run[0].head.lower_ in self.designate | self.revoke)
                     or run[0].dep_ == "pobj" and run[0].head.lower_ in ("on", "against")
                     and run[0].head.head.lower_ in self.designate | self.revoke)
            if len(run) >= 2 or (len(run) == 1 and run[0].is_upper and len(run[0]) >= 3) or lone_conj or named_by_noun \
                    or lone_obj:
                sp = doc[run[0].i: run[-1].i + 1]
                if named_by_noun and sp.start > region.start and doc[sp.start - 1].text == "The":
                    sp = doc[sp.start - 1: sp.end]
                nx = doc[sp.end + 1] if hyph and sp.end + 1 < len(doc) else None
                if nx is not None and (nx.lower_ in self.participles or nx.lower_.startswith("based")):
                    run = []
                    continue  # "RSF-owned", "Tehran-backed": a modifier of the listed thing
                if len(sp) >= 2 and sp[0].like_num and sp[1].lower_ == "of":
                    run = []
                    continue  # "Seven of Russia's wealthiest oligarchs": a count of people, not a name
                r = sp.root
                if r.dep_ in ("compound", "amod", "nmod") and r.head.i == sp.end and r.head.pos_ == "NOUN" \
                        and r.head.lower_ not in _GROUP_NOUNS and r.head.lower_ not in _NAME_HEADS \
                        and not _described_name(sp):
                    run = []
                    continue  # "declares RSF genocide": a name modifying a common noun is not what is listed
                nx = doc[sp.end] if sp.end < len(doc) else None
                if nx is not None and nx.pos_ == "NOUN" and nx.is_lower and nx.dep_ in ("compound", "nmod", "amod") \
                        and nx.head.i > nx.i and nx.lower_ not in _GROUP_NOUNS and nx.lower_ not in _NAME_HEADS \
                        and all(x.head.i >= sp.end for x in sp if not sp.start <= x.head.i < sp.end):
                    run = []
                    continue  # "Hezb-e-Islami leader Y", however the parser hung the name's words: whose leader
                if len(sp) >= 3 and sp[0].lower_ in self.person_descriptors and sp[-1].lower_.rstrip(".") not in _NAME_HEADS:
                    sp = sp[1:]  # "the German Green Jane Roe"
                # a title leads a person's name ("General Ahmed Ali"); inside a firm's name it is a word of it
                # ("Tradive General Trading LLC")
                titled = any(x.lower_ in self.person_titles and (x.i in (sp.start, sp.end - 1) or doc[x.i - 1].lower_.rstrip(".")
                                                                  in self.person_titles) for x in sp)
                if titled and not _titled_body(sp) or (sp.root.dep_ == "nsubj" and sp.root.head.lemma_ in self.says):
                    run = []
                    continue
                nxt = doc[sp.end] if sp.end < len(doc) else None
                if nxt is not None and nxt.lower_ in _GROUP_NOUNS and sp.start > 0 and doc[sp.start - 1].lower_ == "the":
                    sp = doc[sp.start: sp.end + 1]  # "the Crimson Tide gang"
                low = sp.text.lower()
                prev = doc[sp.start - 2: sp.start].text.lower() if sp.start >= 2 else ""
                if not any(low.startswith(n) or n.startswith(low) for n in self.not_entities) and not self._not_listed_name(sp.text) \
                        and not any(len(p) > 8 and p in low for p, _ in self.categories) \
                        and not any(p.startswith(low) for p, _ in self.categories) and prev not in ("as a", "as an") \
                        and not self._in_list_phrase(sp) and not self._in_law_name(sp):
                    out.append(sp)
            run = []
        return out

    def _authority(self, trig: Token, ctx: Context) -> tuple[str | None, str | None]:
        found = self._authorities(trig, ctx)
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
                if c.lower_ in self.co_actor_preps or any(words == p for p in self.co_actor_preps):
                    out += [x for g in c.children if g.dep_ == "pobj" for x in _conjuncts(g)]
        if verb.lemma_ in self.joining_verbs and any(c.dep_ == "prep" and c.lower_ == "in" and trig in c.subtree
                                                     for c in verb.children):
            out += [x for c in verb.children if c.dep_ == "dobj" for x in _conjuncts(c)]
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

    def _authorities(self, trig: Token, ctx: Context) -> list[tuple[str, str]]:
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
            for s in subj + agent:
                m = self._acting_mention(ctx, doc, list(range(s.left_edge.i, s.right_edge.i + 1))) \
                    or self._named_alike(ctx, s)
                if m is not None:
                    out = [(ctx.info[m.key].name, m.key)]
                    for part in _conjuncts(s) + self._co_actors(tok, s, trig):
                        inner = {x.i for c in part.children if c.dep_ == "conj" for x in c.subtree}
                        pm = self._acting_mention(ctx, doc, [x.i for x in part.subtree if x.i not in inner])
                        if pm is not None and pm.key not in {k for _, k in out}:
                            out.append((ctx.info[pm.key].name, pm.key))
                    return out
            pron = subj and all(s.pos_ == "PRON" and s.lower_ in ("it", "they", "we") for s in subj)
            if subj and not (pron and (tok.dep_ == "ccomp" and tok.head.lemma_ in self.says or tok.dep_ == "conj")):
                # "China said it would sanction ...": the pronoun is the sayer, asked next; "X banned A in 2021, and on
                # Monday it designated B": the subject of the clause it is joined to
                return []
            if tok.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "dobj", "pobj", "prep", "relcl", "ccomp") and tok.head is not tok:
                tok = tok.head
            else:
                break
        return []

    @staticmethod
    def _main_country(ctx: Context) -> tuple[str | None, str | None]:
        best = [k for k in sorted(ctx.counts, key=lambda k: -ctx.counts[k]) if ctx.info[k].kind in ("country", "organisation")
                and not k.startswith("ent:")]
        return (ctx.info[best[0]].name, best[0]) if best else (None, None)


def _modifies_past_bracket(sp: Span) -> bool:
    """'a Lashkar-e-Tayyiba (LeT) proxy': a name and its bracketed short form modifying the common noun after the
    bracket names whose proxy (front, unit, chief) is meant, not what is listed."""
    doc, i = sp.doc, sp.end
    if i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    noun = doc[i + 3]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in _GROUP_NOUNS \
        and noun.lower_.rstrip(".") not in _NAME_HEADS and sp.root.head.i == noun.i \
        and sp.root.dep_ in ("compound", "nmod", "amod")


def _and_acronym(spans: list[Span]) -> list[Span]:
    """'the Islamic State of Iraq and the Levant-Khorasan (ISIL-K)' cut at its 'and': when the bracketed short form
    after the second piece spells the initials of both pieces together, and not of the second alone, the 'and'
    is inside one name."""
    out: list[Span] = []
    for c in spans:
        p = out[-1] if out else None
        doc = c.doc
        gap = [t.lower_ for t in doc[p.end: c.start]] if p is not None else []
        close = next((j for j in range(c.end + 2, min(len(doc), c.end + 6)) if doc[j].text == ")"), None) \
            if c.end < len(doc) and doc[c.end].text == "(" else None
        if p is not None and gap in (["and"], ["and", "the"]) and close is not None:
            short = re.sub(r"[^A-Za-z]", "", doc[c.end + 1: close].text).upper()  # ('ISIL-K' is three tokens)
            if len(short) >= 3 and _acr(doc[p.start: c.end].text) == short and _acr(c.text) != short:
                out[-1] = doc[p.start: c.end]
                continue
        out.append(c)
    return out


def _grown_to_acronym(sp: Span) -> Span:
    """'Tehreek-e-Hurriyat J&K (TeH)' tagged as 'J&K': a name's bracketed short form spells the initials of the words
    before the tagged piece, so they are the head of the name and the piece its suffix (often a place)."""
    doc, i = sp.doc, sp.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or not 2 <= len(doc[i + 1].text) <= 8:
        return sp
    acr = doc[i + 1].text.lower()
    if not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha:
        return sp
    for j in range(sp.start - 1, max(sp.sent.start, sp.start - 9) - 1, -1):
        t = doc[j]
        if not (t.text[:1].isupper() or t.lower_ in _CONNECT_IN_NAMES or t.text in ("-", "–")):
            break
        letters = [w[0].lower() for w in re.split(r"[\s\-–]+", doc[j: sp.start].text) if w]
        if "".join(letters) == acr and t.text[:1].isupper():
            return doc[j: sp.end]
    return sp


def _dateline_end(sent: Span) -> int:
    """'LONDON, March 3 (Reuters) - ...', 'BOGOTÁ, 18 January 2025 — ...': where the sentence's own words begin after
    a dateline glued to it (a spaced dash within its first words, after a date or a bracketed agency)."""
    doc = sent.doc
    for t in doc[sent.start: min(sent.end, sent.start + 14)]:
        if t.text in ("-", "–", "—") and t.i > sent.start and doc[t.i - 1].whitespace_ and t.whitespace_:
            before = doc[sent.start: t.i]
            if doc[t.i - 1].text == ")" or any(x.ent_type_ == "DATE" for x in before):
                return t.i + 1
            return sent.start
    return sent.start


def _listed_subject(trig: Token, change_words: set[str]) -> Token | None:
    """'A, B and C are now listed entities', 'X has become a proscribed organisation': a listing participle modifying
    what the copula says the subject has come to be lists the subject ('Hamas is a listed entity', with no word of
    change, tells a standing listing)."""
    if trig.pos_ != "VERB" or trig.tag_ != "VBN" or trig.dep_ != "amod" or trig.head.dep_ != "attr":
        return None
    cop = trig.head.head
    if cop.lemma_ not in ("be", "become") or any(c.dep_ == "neg" for c in cop.children):
        return None
    if cop.lemma_ == "be" and not any(c.dep_ == "advmod" and c.lower_ in change_words for c in cop.children):
        return None
    subj = [c for c in cop.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and c.i < trig.i]
    return subj[0] if subj else None


def _agent_of(sp: Span) -> bool:
    """'a process ordered by President Donald Trump': who did something ('by X' of a passive) acts, he is not
    the listed thing."""
    r = sp.root
    return r.dep_ == "pobj" and r.head.dep_ == "agent" and r.head.lower_ == "by"


def _same_time(verb: Token) -> bool:
    """'the same year', 'that month': a time told by pointing back at the one named before."""
    return any(x.lower_ in ("same", "that") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for x in c.subtree)


def _own_time(verb: Token) -> bool:
    """'and on Monday added X': the verb carries a date or time of its own."""
    return any(x.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for x in c.subtree)


def _conjuncts(t: Token) -> list[Token]:
    """'Britain, Canada, Australia and Norway': the token and every conjunct chained to it."""
    out, todo = [], [t]
    while todo:
        x = todo.pop(0)
        out.append(x)
        todo += [c for c in x.children if c.dep_ == "conj"]
    return out


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


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-–]+", text) if w[:1].isupper())


def _in_place(sp: Span) -> Span:
    """'Ansar al-Sharia in Tunisia (AST)', 'A in Benghazi and A in Darnah': the place after 'in' is part of the name
    when the name's acronym spells it, or when the sentence names the same group in several places."""
    doc, e, hi = sp.doc, sp.end, sp.sent.end
    if e + 1 >= hi or doc[e].lower_ != "in":
        return sp
    j = e + 2 if doc[e + 1].lower_ == "the" else e + 1
    # "Mujahidin Shura Council in the Environs of Jerusalem": a common noun capitalised after 'in the' and before
    # 'of <Name>' is capitalised only as a word of the name
    k = j
    while k < hi and k - j < 3 and doc[k].is_title and doc[k].pos_ in ("NOUN", "ADJ") and not doc[k].ent_type_:
        k += 1
    if j > e + 1 and k > j and any(doc[x].pos_ == "NOUN" for x in range(j, k)) and k + 1 < hi \
            and doc[k].lower_ == "of" and doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title:
        k += 1
        while k < hi and doc[k].pos_ == "PROPN" and doc[k].is_title and k - j < 8:
            k += 1
        return doc[sp.start: k]
    k = j
    while k < hi and doc[k].pos_ == "PROPN" and doc[k].is_title and k - j < 3:
        k += 1
    if k == j or k < hi and doc[k].pos_ == "PROPN" and doc[k].is_title:
        return sp
    ext = doc[sp.start: k]
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and len(doc[k + 1].text) >= 3 \
            and _initials(ext.text) == doc[k + 1].text.upper() != _initials(sp.text):
        return ext
    if len(re.findall(r"(?<!\w)" + re.escape(sp.text) + r"\s+in\s+(?:the\s+)?[A-Z]", sp.sent.text)) >= 2:
        return ext
    return sp


def _modifier_only(sp: Span) -> bool:
    """'after it praised the Hamas attacks': a name modifying another noun names what that noun is about; 'the
    group' later points back at a group named in its own right."""
    r = sp.root
    return r.dep_ in ("compound", "amod", "nmod") and r.head.i >= sp.end and r.head.pos_ == "NOUN" \
        and r.head.lower_ not in _GROUP_NOUNS and r.head.lower_.rstrip(".") not in _NAME_HEADS


def _aside(t: Token) -> bool:
    """'X (listed as Y)': a listing verb opening brackets after the name it describes tells how X is listed."""
    return t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "appos") and t.i > t.sent.start \
        and t.doc[t.i - 1].text in ("(", "[") and t.head.i < t.i - 1


def _line_start(sent: Span) -> bool:
    """The sentence opens a line of the text."""
    doc, i = sent.doc, sent.start
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text or "\n" in sent.text[:1]


# the kinds of body a listing names something as: "listed X as a terrorist entity"
_AS_KINDS = {"entity", "entities", "organisation", "organisations", "organization", "organizations", "group",
             "groups", "terrorist", "terrorists"}
_EDGE_WORDS = {"as", "on", "in", "and", "or", "to", "from", "for", "with", "by", "the", "a", "an"}
# the act of listing, named as a noun: "Listing of Hamas", "Proscription of X" in a title-case headline is the act
# done to the name after 'of', never part of that name
_ACT_NOUNS = {"listing", "listings", "designation", "designations", "proscription", "proscriptions", "delisting",
              "de-listing", "blacklisting", "sanctioning", "banning", "ban", "removal", "relisting", "re-listing"}


def _tidy(sp: Span) -> Span | None:
    """'Monday the Red Dawn Brigade', 'the Silver Hand Network as': a date word before a name, and a function word at
    either edge, are no part of it."""
    doc, s, e = sp.doc, sp.start, sp.end
    while e - s > 1 and doc[e - 1].is_lower and doc[e - 1].lower_ in _EDGE_WORDS:
        e -= 1
    while e - s > 1 and (doc[s].ent_type_ in ("DATE", "TIME") and doc[s + 1].ent_type_ not in ("DATE", "TIME")
                         or doc[s].is_lower and doc[s].lower_ in _EDGE_WORDS and doc[s].lower_ != "the"):
        s += 1
    if e - s > 2 and doc[s].lower_ in _ACT_NOUNS and doc[s + 1].lower_ == "of":
        s += 2  # "Listing of Hamas": the act, then the name
    if doc[s].lower_ == "the" and e - s > 1 and s > sp.start:
        s += 1
    return doc[s:e] if e > s else None


def _hyphen_pairs(cands: list[_Cand]) -> list[_Cand]:
    """'Yunus-Bek Yevkurov' tagged as 'Yunus' and 'Bek Yevkurov': two names glued by a hyphen are one."""
    out: list[_Cand] = []
    for c in cands:
        p = out[-1] if out else None
        doc = c.span.doc
        if p is not None and not p.aliases and c.span.start - p.span.end == 1 and doc[p.span.end].text in ("-", "–") \
                and not doc[p.span.end].whitespace_ and not doc[p.span.end - 1].whitespace_ and c.span[0].is_title:
            out[-1] = _Cand(doc[p.span.start: c.span.end], list(c.aliases))
            continue
        out.append(c)
    return out


def _place_pairs(cands: list[_Cand]) -> list[_Cand]:
    """'Jammu and Kashmir Liberation Front' tagged as the place 'Jammu' and 'Kashmir Liberation Front': a lone place
    word joined by 'and' to a name with a head of its own ('Front', 'Army') is the first word of that name."""
    out: list[_Cand] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and not p.aliases and len(p.span) == 1 and p.span[0].ent_type_ in ("GPE", "LOC") \
                and c.span.start - p.span.end == 1 and p.span.doc[p.span.end].lower_ == "and" \
                and c.span[-1].lower_.rstrip(".") in _NAME_HEADS and c.span[0].is_title \
                and c.span.root.ent_type_ != "PERSON":
            out[-1] = _Cand(p.span.doc[p.span.start: c.span.end], list(c.aliases))
            continue
        out.append(c)
    return out


def _titled_body(sp: Span) -> bool:
    """'Prince Group', 'General Trading LLC': a name ending on a body's head word names the body, whatever title
    word ('prince', 'general') it opens with; no person is named so."""
    return len(sp) >= 2 and sp[-1].lower_.rstrip(".") in _NAME_HEADS and not any(t.ent_type_ == "PERSON" for t in sp)


def _described_name(sp: Span) -> bool:
    """'the Mungiki sect': a name before a noun that says what kind of body it is, the noun the listing's object."""
    doc, r = sp.doc, sp.root
    return sp.end < len(doc) and r.head.i == sp.end and doc[sp.end].lower_ in _DESCRIPTORS \
        and doc[sp.end].dep_ in ("dobj", "nsubjpass", "conj", "appos", "pobj") and sp.start > 0 \
        and doc[sp.start - 1].lower_ == "the"


def _lower_case(sent: Span) -> bool:
    """A sentence written all in lower case (chat): no word of it capitalised, acronyms aside."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and not any(t.is_title and len(t) > 1 for t in words)


def _bracket_names(sp: Span, lower_ok: bool = False) -> list[tuple[str, range]]:
    """'Sinaloa Cartel (Cártel de Sinaloa)', 'X (Y, or Z)': the names in the brackets right after a name, each with
    its tokens; none when anything in the brackets is not a name ('(based in Dubai)', '(2019)'). In a lower-case
    sentence ('ansarallah (the houthis)') a bracket of up to three plain words is a name too."""
    doc, i = sp.doc, sp.end
    hi = min(sp.sent.end, i + 14)
    if i >= hi or doc[i].text != "(":
        return []
    close = next((j for j in range(i + 1, hi) if doc[j].text == ")"), None)
    if close is None or close == i + 1:
        return []
    out, piece = [], []
    for j in list(range(i + 1, close)) + [close]:
        t = doc[j]
        if j == close or t.text in (",", ";") or t.lower_ == "or":
            if piece:
                while piece and doc[piece[0]].lower_ in ("the", "or", "also", "aka", "a.k.a."):
                    piece = piece[1:]
                if not piece:
                    return []
                words = [doc[k] for k in piece]
                if lower_ok and len(words) <= 3 and all(w.is_alpha and w.pos_ in ("PROPN", "NOUN") for w in words):
                    out.append((doc[piece[0]: piece[-1] + 1].text, range(piece[0], piece[-1] + 1)))
                    piece = []
                    continue
                if not words[0].text[:1].isupper() or not all(
                        w.text[:1].isupper() or w.lower_ in _CONNECT_IN_NAMES or w.text in ("-", "–", "'", "’")
                        or w.is_digit and k > 0 for k, w in enumerate(words)):
                    return []
                out.append((doc[piece[0]: piece[-1] + 1].text, range(piece[0], piece[-1] + 1)))
            piece = []
            continue
        piece.append(j)
    return out


def _split_lists(ents) -> list[Span]:
    """'National Women's Front, Junior Front' tagged as one name: split where a comma starts a conjunct name."""
    out = []
    for ent in ents:
        doc = ent.doc
        if len(ent) > 1 and ent[-1].pos_ == "CCONJ":
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Capital Tap Management and": the 'and' is not the name's
        cuts = [t.i for t in ent if t.text == "," and t.i + 1 < ent.end and doc[t.i + 1].pos_ == "PROPN"
                and any(x.dep_ == "conj" for x in doc[t.i + 1: ent.end] if x.head.i < t.i)]
        # "Green Crescent Society and Hope Foundation": two names, each with a head of its own
        cuts += [t.i for t in ent if t.lower_ == "and" and ent.start + 1 < t.i < ent.end - 2
                 and doc[t.i - 1].lower_.rstrip(".") in _NAME_HEADS and doc[t.i + 1].is_title and t.i - ent.start >= 2
                 and doc[t.i + 1].lower_.rstrip(".") not in _FIRM_JOINERS
                 and (doc[ent.end - 1].lower_.rstrip(".") in _NAME_HEADS or doc[t.i + 1].dep_ in ("conj", "compound")
                      and ent.end - t.i >= 3)]
        # "two companies, Sepehr Energy and Pars Oil Trading" tagged as one name: after a counted plural the 'and'
        # parts the things counted
        # ("six groups, including A and B": the count before 'including' too)
        lead = ent.start - 1
        if lead >= 1 and doc[lead].lower_ in ("including", "namely") and doc[lead - 1].text == ",":
            lead -= 1
        counted = [t for t in doc[max(ent.sent.start, lead - 6): lead] if t.tag_ == "NNS"
                   and any(c.dep_ == "nummod" for c in t.children)]
        if lead >= 1 and doc[lead].text in (",", ":") and (doc[lead - 1].tag_ == "NNS" and any(
                c.dep_ == "nummod" for c in doc[lead - 1].children) or lead < ent.start - 1 and counted):
            cuts += [t.i for t in ent if t.lower_ == "and" and ent.start < t.i < ent.end - 1 and doc[t.i + 1].is_title]
        # "Samidoun a Specially Designated Global Terrorist" tagged as one name: an article inside ends the name
        cuts += [t.i for t in ent if t.lower_ in ("a", "an") and t.is_lower and t.pos_ == "DET" and ent.start < t.i < ent.end - 1]
        # "Jalisco New Generation Cartel (Cártel de Jalisco" tagged as one name: the bracket that opens an alias and
        # closes past the tag ends the name (a bracket closed inside, 'Unlawful Activities (Prevention) Act', is kept)
        cuts += [t.i for t in ent if t.text == "(" and ent.start < t.i and not any(x.text == ")" for x in doc[t.i: ent.end])]
        cuts.sort()
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for c in cuts + [ent.end]:
            if c > start:
                out.append(Span(ent.doc, start, c, label=ent.label_))
            start = c + 1
    return out


def _join_firms(ents: list[Span]) -> list[Span]:
    """'Akhtar and Sons Private Limited', 'Harlow & Partners', 'Karim Bros. & Co.': a firm's name joined by 'and'/'&'
    to Sons, Partners, Co. ... is one name, however the model cut it."""
    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and (t.is_title or t.is_upper) and t.ent_type_ not in ("DATE", "CARDINAL")

    def joint(doc: Doc, i: int) -> bool:  # doc[i] is 'and'/'&', doc[i + 1] a joiner word
        return 0 < i and i + 1 < len(doc) and doc[i].lower_ in ("and", "&") \
            and doc[i + 1].lower_.rstrip(".") in _FIRM_JOINERS and doc[i + 1].text[:1].isupper() \
            and name_word(doc[i - 1]) and doc[i].sent.start == doc[i + 1].sent.start
    out: list[Span] = []
    for ent in ents:
        doc, s, e = ent.doc, ent.start, ent.end
        lo, hi = ent.sent.start, ent.sent.end
        if s - 2 >= lo and joint(doc, s - 1) and ent[0].i == s:
            s -= 2  # "[Akhtar] and [Sons Private Limited]"
            while s - 1 >= lo and name_word(doc[s - 1]) and s - 1 > lo:
                s -= 1
        if e + 1 < hi and joint(doc, e):
            e += 2  # "[Akhtar] and Sons Private Limited"
        if e > ent.end or s < ent.start:
            while e < hi and (name_word(doc[e]) and doc[e].lower_ not in ("and",)):
                e += 1
            out = [o for o in out if o.end <= s or o.start >= e]
            out.append(Span(doc, s, e, label="ORG"))
        elif not any(o.start <= ent.start and ent.end <= o.end for o in out):
            out.append(ent)
    return out


def _merge(found: list[Found]) -> list[Found]:
    """One entry per listed thing and list: 'BVTF' and 'Barak Valley Tiger Force' are one."""
    def names(f: Found) -> set[str]:  # "Ansar al-Shari'a" and "Ansar al-Sharia" are one spelling
        return {re.sub(r"['’‘`]", "", n.lower()) for n in [f.entity] + f.aliases}

    specific = {(n.lower(), f.by) for f in found
                if f.category in ("foreign_terrorist_organization", "specially_designated_global_terrorist")
                for n in [f.entity] + f.aliases}
    # a headline's loose "as terrorists" gives way to the exact US lists named in the body
    found = [f for f in found if not (f.category == "terrorist_organization" and f.by == "United States" and (
        (f.entity.lower(), f.by) in specific or any(_short_form(f.entity, e, True) or _short_form(e, f.entity, True)
                                                    for e, by in specific if by == f.by)))]
    out: list[Found] = []
    for f in found:
        twin = next((o for o in out if (o.category, o.action, o.by) == (f.category, f.action, f.by)
                     and (names(o) & names(f) or _acr(f.entity) == o.entity or _acr(o.entity) == f.entity
                          or _short_form(o.entity, f.entity) or _short_form(f.entity, o.entity)
                          or _firm_short_name(o.entity, f.entity) or _firm_short_name(f.entity, o.entity))), None)
        if twin is None:
            out.append(f)
            continue
        if len(f.entity) > len(twin.entity) and not _ACR.match(f.entity):
            twin.aliases = [a for a in dict.fromkeys([twin.entity] + twin.aliases + f.aliases) if a != f.entity]
            twin.entity = f.entity
        else:
            twin.aliases = [a for a in dict.fromkeys(twin.aliases + [f.entity] + f.aliases) if a != twin.entity]
    return out


_SURNAME_PARTICLES = {"ben", "bin", "ibn", "abu", "al", "el", "van", "von", "de", "del", "da", "di", "le", "la", "bint", "ould"}
_ACR = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}$")
_FORM_TAILS = {"movement", "group", "organisation", "organization", "network", "militia", "s", "es"}


def _short_form(short: str, full: str, loose: bool = False) -> bool:
    """'Azhar' for 'Masood Azhar', 'Houthis' for 'Houthi movement': the same listed thing named shorter."""
    a, b = short.lower().split(), full.lower().split()
    if not a or len(a) >= len(b):
        return False
    if len(a) == 1 and len(b) <= 4 and short[:1].isalpha() and _bare_surname(a[0]) == _bare_surname(b[-1]) \
            and len(_bare_surname(a[0])) >= 3 and (short[:1].isupper() or a[0] != _bare_surname(a[0])):
        return True  # "Sharaa", "al-Sharaa" for "Ahmed al-Sharaa": the surname, with or without its article
    if b[-len(a):] == a and len(a) == 1 and short[:1].isupper() and len(b) <= 4:
        return True  # a surname after the full name
    if len(a) == 1 and re.search(r"[\"“'‘]" + re.escape(a[0]) + r"[\"”'’]", full.lower()):
        return True  # "Barbecue" for 'Jimmy "Barbecue" Chérizier': the nickname the full name quotes
    if b[-len(a):] == a and len(a) == 2 and a[0] in _SURNAME_PARTICLES and short[:1].isupper() and len(b) <= 5:
        return True  # "Ben Hassine" for "Seifallah Ben Hassine": a surname with its particle
    if loose and len(a) >= 2 and len(b) <= len(a) + 3:
        # "Revolutionary Guards" for "Islamic Revolutionary Guard Corps": the short name's words run inside the long
        sa, sb = [re.sub(r"s$", "", w) for w in a], [re.sub(r"s$", "", w) for w in b]
        if any(sb[i: i + len(sa)] == sa for i in range(len(sb) - len(sa) + 1)):
            return True
    stem = re.sub(r"(is|s)$", "", a[0]) if len(a) == 1 else None
    return stem is not None and len(stem) > 3 and b[0].startswith(stem) and all(w in _FORM_TAILS for w in b[1:])


def _firm_short_name(short: str, full: str) -> bool:
    """'Rosneft' for 'Open Joint Stock Company Rosneft Oil Company', 'Lukoil' for 'Lukoil OAO': a firm's one-word
    name before the words of its trade and its legal form ('Gazprom Neft' is another firm: 'Neft' is no trade word)."""
    a = short.lower().split()
    rest = full.lower().replace(".", "").replace(",", "")
    for form in _LEGAL_FORMS:
        if rest.startswith(form + " "):
            rest = rest[len(form) + 1:]
            break
    b = rest.split()
    if len(a) != 1 or len(b) < 2 or b[0] != a[0]:
        return False
    if b[-1] in _FIRM_TAILS:
        b = b[:-1]
    elif rest == full.lower().replace(".", "").replace(",", ""):
        return False  # neither a leading nor a trailing legal form: not told as a firm's registry name
    return all(w in _TRADE_WORDS for w in b[1:])


def _surname_of(short: str, full: str) -> bool:
    """'Ermakov', 'Ortiz Lemus', 'al-Sharaa', 'Sharaa': the last words of a person's full name, each with or without
    the article glued to it."""
    a, b = short.lower().split(), full.lower().split()
    if not a or len(a) >= len(b) or len(b) > 5 or not short[:1].isalpha():
        return False
    return [_bare_surname(w) for w in a] == [_bare_surname(w) for w in b[-len(a):]] and len(_bare_surname(a[-1])) >= 3


def _family_name_first(short: str, full: str) -> bool:
    """'Chen' of 'Chen Zhi': a one-word name that opens a person's short full name (East Asian names put the family
    name first; news never calls a Western person by the given name alone, so either way it is that person)."""
    a, b = short.split(), full.split()
    return len(a) == 1 and 2 <= len(b) <= 3 and a[0] == b[0] and a[0][:1].isupper() and len(a[0]) >= 2


def _bare_surname(word: str) -> str:
    """'al-sharaa' -> 'sharaa': a surname without the article or particle glued to it by a hyphen."""
    m = re.match(r"^(\w+)[-‑](\w.*)$", word)
    return m.group(2) if m and m.group(1) in _SURNAME_PARTICLES else word


def _acr(name: str) -> str:
    words = re.findall(r"[A-Za-zÀ-ÿ]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in {"of", "the", "and", "for", "de", "du", "del", "la"})
