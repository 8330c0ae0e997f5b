"""Who the sides are: mentions resolved to one party each, then kept only when they play a role.

A party is kept when it is a side of the main agreement (subject, "with X", "between X
and Y", "X-Y pact" in the headline or lead), designates, or gives or receives money.
Everything else named in the text is a passing mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.extract.clean import Cleaned
from bot.extract.data import load_json
from bot.extract.gazetteer import Gazetteer, Mention, _lower_case_text
from bot.extract.money import reader as money_reader

_ALIAS_INTRO = re.compile(r"\b(also known as|known locally as|known in \w+ as|known as|also called|now called|"
                          r"renamed|also trades as|trades as|trading as|formerly|known by its initials,?|a\.k\.a\.?|aka)"
                          r"(\s+the)?\s*[\"“]?\s*$", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?$")
_SKIP_WORDS = {"of", "the", "and", "for", "de", "du", "del", "la", "le", "des", "pour", "y", "et", "on", "in", "&"}
_SUBORDINATE = {"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "pcomp"}
_ANCHOR_VERBS = {"sign", "ink", "agree", "negotiate", "propose", "conclude", "terminate", "cancel", "scrap", "withdraw",
                 "suspend", "reach", "seal", "ratify", "implement", "finalise", "finalize", "float", "strike", "talk",
                 "open", "begin", "resume", "break", "stall", "reject", "exchange"}
_SIGN_VERBS = {"sign", "ink", "conclude", "ratify", "agree", "seal", "negotiate", "reach", "strike"}
_FUND_VERBS = {"underwrite", "fund", "finance", "bankroll", "co-finance", "cofinance"}  # who pays for a deal is a side of it
_AWARD_VERBS = {"award", "grant", "give", "sell", "transfer", "lease", "issue", "extend", "offer", "hand", "assign", "license"}
_FIGHTERS = {"rebels", "rebel", "guerrillas", "guerrilla", "militants", "militia", "militiamen", "fighters", "insurgents",
             "paramilitaries", "separatists"}
_ARMED = {"forces", "army", "militia", "militias", "brigade", "brigades", "guard", "guards"}
_PASSIVE_SIGN = {"sign", "ink", "conclude", "seal"}
_SIDE_HEADS = {"rebels", "militants", "fighters", "insurgents", "guerrillas", "group", "movement", "militia", "faction",
               "leadership", "leaders", "delegation", "negotiators", "side", "forces"}
_TRAVEL_VERBS = {"leave", "visit", "reach", "tour", "fly", "depart"}
# "the Houthi movement", "the Wagner group": a name before one of these heads is the body's own name
_BODY_OF_NAME = {"movement", "group", "front", "organisation", "organization", "coalition", "alliance"}
_CALL_ON_VERBS = {"call", "urge", "appeal", "press", "push", "invite", "encourage", "exhort"}  # "called on X and Y to agree"
_CREATE_VERBS = {"establish", "form", "create", "found", "incorporate", "launch", "set"}  # what a deal sets up is no side
_MEMBER_HEADS = {"leaders", "states", "members", "countries", "nations", "governments", "heads", "monarchs", "rulers"}
_FACILITY_HEADS = {"airport", "port", "harbour", "harbor", "dam", "refinery", "mine", "bridge", "terminal",
                   "highway", "expressway", "stadium", "canal", "tunnel", "motorway"}  # works, not bodies (not "railway", "pipeline": firms)
_CONCESSIVE = {"despite", "notwithstanding"}  # "signed despite US objections": the objector is no side
_OTHER_DEAL = {"separate", "other", "another", "previous", "earlier", "existing", "former", "old", "similar", "parallel"}
_REPORT = {"say", "tell", "report", "add", "note", "estimate", "describe", "claim", "warn", "argue", "write"}
_COREF = {"group", "company", "firm", "rebels", "movement", "coalition", "outfit", "developer", "operator", "front",
          "militia", "organisation", "organization", "insurgents", "guerrillas"}
# words that make a longer name a breakaway of the shorter one: 'Renamo Military Junta' is not Renamo
_SPLINTER = {"junta", "faction", "wing", "splinter", "dissidents", "breakaway", "remnants"}
_NAME_PARTICLES = {"e", "i", "ul", "ut", "ud", "us", "al", "el", "o", "wal"}
_COMPANY_SUFFIX = {"ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "group",
                   "holdings", "sa", "s.a.", "sia", "sarl", "plc", "llc", "gmbh", "ag", "fze", "partners", "energy",
                   "power", "lithium", "mining", "petroleum", "oil", "gas", "shipping", "logistics", "marine",
                   "maritime", "solar", "hydro", "airlines", "motors", "telecom", "technologies", "industries"}
_GROUP_WORDS = {"front", "movement", "mouvement", "movimiento", "army", "brigade", "force", "forces", "militia",
                "rebels", "coalition", "liberation", "revolutionary", "jihad", "jabhat", "jeysh", "katibat", "hermandad",
                "clan", "cartel", "gang", "network", "fuerzas", "frente", "partido", "party", "council"}


@dataclass
class PartyInfo:
    key: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    sent: Span | None = None
    first: int = 10**9


@dataclass
class Context:
    doc: Doc
    cleaned: Cleaned
    mentions: list[Mention]
    by_token: dict[int, Mention]
    info: dict[str, PartyInfo]
    sent_order: dict[int, int]  # sentence start token -> ordinal in the body (-1 = headline)
    agreement_words: set[str]
    counts: dict[str, int]
    covered: set[int] = field(default_factory=set)  # tokens any table name covers
    not_sides: set[str] = field(default_factory=set)  # acted on talks 'between' two others: host, mediator
    signers: set[str] = field(default_factory=set)  # subjects of sign/agree/conclude ... somewhere
    armies: dict[str, Span] = field(default_factory=dict)  # country -> its army named as one side of a civil war

    def sent_weight(self, sent: Span) -> float:
        k = self.sent_order.get(sent.start)
        if k is None and all(t.is_space for t in sent):
            return 0.0
        if k is None:
            return 1.0
        if k < 0:
            return 3.0
        return {0: 2.5, 1: 1.5}.get(k, 1.0 if k < 8 else 0.8)

    def main_zone(self, sent: Span) -> bool:
        k = self.sent_order.get(sent.start)
        return k is not None and k <= 1

    def mention_at(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def mentions_in(self, span: Span) -> list[Mention]:
        seen, out = set(), []
        for t in span:
            m = self.by_token.get(t.i)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    def name(self, key: str | None) -> str | None:
        return self.info[key].name if key and key in self.info else None


class PartyResolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        lex = load_json("lexicon.json")
        self.gov_nouns = set(lex["gov_nouns"])
        self.agreement_nouns = set(lex["strong_agreement_nouns"])
        self.locative = set(lex["locative_preps"])
        self.compare = set(lex["compare_preps"])
        self.mediator_verbs = set(lex["mediator_verbs"]) - {"say", "tell", "describe", "report"}
        self.media = set(lex["media"])
        self.group_epithets = set(lex["group_epithets"])
        self.member_verbs = set(lex["member_verbs"])
        self.agreement_acronyms = set(lex["agreement_acronyms"])
        # a chat typed in lower case writes them so too ('signed the cepa'), save those that are common words ('a bit')
        self.lower_acronyms = {a.lower() for a in self.agreement_acronyms} - set(lex["lowercase_ambiguous"])
        self.side_nouns = set(lex["side_common_nouns"])
        self.break_verbs = set(lex["break_ties"]["verbs"])
        self.tie_nouns = set(lex["break_ties"]["nouns"])
        self.blocklist = {b.lower() for b in lex["party_blocklist"]}
        self.person_titles = set(lex["person_titles"])
        self.relay_verbs = set(lex["relay_verbs"])
        self.accept_verbs = set(lex["offer_accept_verbs"]["words"])
        self.mediator_nouns = set(lex["mediator_nouns"])
        self.venture_nouns = set(lex["venture_nouns"])
        self.offer_nouns = set(lex["offer_nouns"])
        self.giver_verbs = set(lex["giver_verbs"])
        self.lenders = {o["name"] for o in load_json("orgs.json") if o.get("lends")}  # development banks, the IMF
        self.receiver_verbs = set(lex["receiver_verbs"])
        self.money_nouns = set(lex["money_nouns"])
        self.document_nouns = set(lex["document_nouns"])
        self.delegate_nouns = set(lex["delegate_nouns"])
        self.project_nouns = set(lex["project_nouns"])
        self.works_verbs = set(lex["works_verbs"])
        self.list_nouns = set(load_json("designations.json")["list_nouns"])  # 'terror lists', 'the register'
        self.listing_stems = ("designat", "blacklist", "sanction", "proscri")

    # -- mentions ---------------------------------------------------------------------
    def context(self, doc: Doc, cleaned: Cleaned) -> Context:
        mentions, covered = self.gaz.mentions(doc, dateline=cleaned.dateline)
        # a country name inside a longer organisation name ("US Geological Survey") is not the country
        drop = set()
        for ent in doc.ents:
            if ent.label_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"):
                for m in mentions:
                    if ent.start <= m.span.start and m.span.end <= ent.end and (ent.end - ent.start) > (m.span.end - m.span.start) \
                            and self.gaz.parties[m.key].kind == "country" and m.form in ("name", "alias", "capital", "demonym"):
                        rest = [t for t in ent if t.is_alpha and t.i not in covered and t.lower_ != "the"
                                and not m.span.start <= t.i < m.span.end]  # "US Geological Survey", "Real Madrid"
                        if rest and ent[-1].lower_ not in self.gov_nouns and self.gaz.lookup(ent.text) is None \
                                and not (m.form == "name" and _state_institution_of(ent, m.span)) \
                                and not self._headline_verb(rest):
                            drop.add(id(m))
        mentions = [m for m in mentions if id(m) not in drop]
        info: dict[str, PartyInfo] = {}
        for m in mentions:
            pdef = self.gaz.parties[m.key]
            pi = info.setdefault(m.key, PartyInfo(m.key, pdef.name, pdef.kind))
            if m.text not in pi.aliases and m.text != pi.name and m.form != "person":
                pi.aliases.append(m.text)
        agreement_words = self._agreement_acronyms(doc)
        if any(t.text == "Declaration" and t.i > 0 and _named_before(doc, t.i) for t in doc):
            agreement_words.add("Declaration")  # "signed the AlUla Declaration": a named document the sides sign
        mentions += self._entity_mentions(doc, covered, info, mentions, agreement_words)
        mentions += self._side_noun_mentions(doc, mentions, info)
        mentions.sort(key=lambda m: m.span.start)
        by_token = {t.i: m for m in mentions for t in m.span}
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.key] = counts.get(m.key, 0) + 1
            pi = info[m.key]
            pi.first = min(pi.first, m.span.start)
        # sentence order: headline sentences first, then body sentences
        order: dict[int, int] = {}
        k = 0
        h = cleaned.headline
        for sent in doc.sents:
            if sum(t.is_alpha for t in sent) < 4 and not (h and sent.start_char < h[1] and sent.end_char > h[0]):
                continue  # blanked noise, a paragraph's number ("1."), a run-in head ("What happened.")
            if h and sent.start_char < h[1] and sent.end_char > h[0]:
                order[sent.start] = -1
            else:
                order[sent.start] = k
                k += 1
        return Context(doc, cleaned, mentions, by_token, info, order, agreement_words, counts, covered)

    def _side_noun_mentions(self, doc: Doc, mentions: list[Mention], info: dict[str, PartyInfo]) -> list[Mention]:
        """'suspended the negotiations with the opposition': a common noun that names an organised side of a
        country's own talks (data side_common_nouns) is a party; the group the text names with that word
        ('Venezuela's opposition Unitary Platform') when there is one."""
        at = {t.i: m for m in mentions for t in m.span}
        named: dict[str, str] = {}  # 'opposition' -> the group's key
        for m in mentions:
            prev = doc[m.span.start - 1] if m.span.start > 0 else None
            if prev is not None and prev.lower_ in self.side_nouns and m.key.startswith("ent:") \
                    and info[m.key].kind not in ("country", "person"):
                named.setdefault(prev.lower_, m.key)
        out = []
        for t in doc:
            if t.lower_ not in self.side_nouns or not t.is_lower or t.pos_ != "NOUN" or t.i in at \
                    or t.dep_ not in ("pobj", "nsubj", "nsubjpass", "conj", "dobj") \
                    or not any(c.dep_ in ("det", "poss") for c in t.children) \
                    or any(c.dep_ in ("compound", "amod") for c in t.children):
                continue
            key = named.get(t.lower_)
            if key is None:
                key = "ent:" + t.lower_
                info.setdefault(key, PartyInfo(key, t.lower_, "group"))
            out.append(Mention(key, doc[t.i:t.i + 1], "ent"))
        return out

    def _named_members(self, ctx: Context, sent: Span, sides: set[str]) -> list[tuple[str, Span]]:
        """'the International Partners Group (IPG), comprising the EU, the UK, Japan ... adopted': a side's members
        that a 'comprising'/'including' clause names are sides too."""
        out = []
        for m in ctx.mentions_in(sent):
            t = m.span.root
            for _ in range(20):  # up the list: "the United States of America, Japan, ..." hangs off 'America'
                inside = ctx.by_token.get(t.i)
                if inside is not None and inside.span.root.i != t.i:
                    t = inside.span.root
                elif t.dep_ == "conj" and t.head is not t:
                    t = t.head
                else:
                    break
            link = t.head
            if t.dep_ == "pobj" and link.lower_ == "of" and link.head.lemma_ in self.member_verbs:
                link = link.head  # "consisting of"
            elif t.dep_ == "pobj" and link.lower_ in ("including", "comprising"):
                pass
            elif t.dep_ != "dobj" or link.lemma_ not in self.member_verbs:
                continue
            i = link.i - 1
            while i > sent.start and sent.doc[i].is_punct:
                i -= 1  # the name just before the clause: "the International Partners Group (IPG), comprising"
            owner = ctx.by_token.get(i) or ctx.by_token.get(link.head.i)
            if link.dep_ in ("acl", "prep", "relcl") and owner is not None and owner.key in sides \
                    and owner.key != m.key and ctx.info[owner.key].kind != "country" \
                    and ctx.info[m.key].kind in ("country", "organisation") and m.key not in sides:
                out.append((m.key, sent))
                sides = sides | {m.key}
        return out

    def _breaks_ties(self, head: Token) -> bool:
        """'broke with', 'cut ties with', 'severed relations with': the 'with' names the state a country leaves."""
        if head.lower_ in self.tie_nouns and head.dep_ in ("dobj", "nsubjpass"):
            return head.head.lemma_ in self.break_verbs
        # 'broke with Taiwan', not 'cut a deal with Hamas': the verb alone, or with ties as its object
        return head.pos_ == "VERB" and head.lemma_ in self.break_verbs \
            and all(c.lower_ in self.tie_nouns for c in head.children if c.dep_ == "dobj")

    def _after_group_epithet(self, span: Span) -> bool:
        """'the opposition Unitary Platform', 'rebel Popular Front': a lower-case word that says what kind of group
        the next name is."""
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.is_lower and prev.lower_ in self.group_epithets

    def _agreement_acronyms(self, doc: Doc) -> set[str]:
        """'project development agreement (PDA)': the acronym then names an agreement; so does a short name that is a
        kind of agreement or a known treaty (data agreement_acronyms: 'the India-Australia ECTA'), and an acronym that
        only a deal can be: what enters into force, takes effect or is ratified."""
        out = set()
        for t in doc[:-3]:
            if t.lower_ in self.agreement_nouns and doc[t.i + 1].text == "(" and _ACRONYM.match(doc[t.i + 2].text) \
                    and doc[t.i + 3].text == ")":
                out.add(doc[t.i + 2].text)
        lower = _lower_case_text(doc.text)
        for t in doc:
            if t.text in self.agreement_acronyms or (_ACRONYM.match(t.text) and _in_force_subject(t)) \
                    or (lower and t.text in self.lower_acronyms):
                out.add(t.text)
        return out

    def _entity_mentions(self, doc: Doc, covered: set[int], info: dict[str, PartyInfo], known: list[Mention],
                         agreement_words: set[str]) -> list[Mention]:
        """Companies, armed groups and states the tables do not know, merged by acronym and prefix."""
        clusters: list[PartyInfo] = []
        alias_of: dict[str, PartyInfo] = {}
        out: list[Mention] = []
        # a word the text names as a place ('the Pacific', 'Gulf') is no short form of a body named after it
        places = {e.text for e in doc.ents if e.label_ in ("LOC", "GPE") and len(e) == 1}
        regions = {e.text for e in doc.ents if e.label_ == "LOC" and len(e) == 1}  # seas, regions: never a side

        def find(text: str) -> PartyInfo | None:
            if text in alias_of:
                return alias_of[text]
            words = text.split()
            for c in clusters:
                cw = c.name.split()
                if _ACRONYM.match(text) and _initials(c.name) == text.rstrip("s"):
                    return c
                if _ACRONYM.match(c.name) and len(words) > 1 and _initials(text) == c.name.rstrip("s"):
                    if c.name not in c.aliases:  # "UNLF" in the headline, "United National Liberation Front" below
                        c.aliases.append(c.name)
                    c.name = text
                    return c
                if c.kind == "country" or label == "GPE":
                    continue
                if len(words) == len(cw) == 1 and len(text) > 3 and text[:1].isupper() and (c.name + "s" == text or text + "s" == c.name):
                    if text.endswith("s"):
                        c.aliases.append(c.name)
                        c.name = text  # "the Houthis" and "a Houthi official": one movement, named as its people
                    return c
                if len(words) < len(cw) and cw[: len(words)] == words and not cw[len(words)].startswith("(") \
                        and (len(words) > 1 or (len(words[0]) > 3 and text not in places)) \
                        and not _SPLINTER & {w.lower() for w in cw[len(words):]}:
                    return c
                if len(cw) < len(words) and words[: len(cw)] == cw and not words[len(cw)].startswith("(") \
                        and (len(cw) > 1 or (len(cw[0]) > 4 and c.name not in places)) and not _SPLINTER & {w.lower() for w in words[len(cw):]}:
                    c.name = text  # the fuller name is the canonical one
                    return c
            return None

        known_at = {t.i: m for m in known for t in m.span}
        # "the Tanzania Ports Authority (TPA) ... TPA director general": a state body's bracketed initials stand for that
        # state wherever the text uses them, before or after the bracket
        for t in doc[2:-1]:
            if (_ACRONYM.match(t.text) or t.is_title) and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and t.text not in alias_of \
                    and doc[t.i - 2].lower_ not in _ARMED:  # "the Sudanese Armed Forces (SAF)": a faction, told apart below
                owner = _named_before_bracket(doc[t.i:t.i + 1], known_at) if _ACRONYM.match(t.text) else None
                key = owner.key if owner is not None else self._state_owned_before_bracket(doc[t.i:t.i + 1])
                if key is not None and key in info and info[key].kind == "country":
                    alias_of[t.text] = info[key]
                    if t.text not in info[key].aliases:
                        info[key].aliases.append(t.text)
        in_org_names = {t.text for e in doc.ents if e.label_ in ("ORG", "NORP") and len(e) > 1 for t in e}
        person_names = {n for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                        and not any(t.lower_ in _GROUP_WORDS | _COMPANY_SUFFIX for t in e)  # "Haqqani Network"
                        and not self._after_group_epithet(e)
                        for n in (e.text, e[-1].text) if n not in in_org_names}
        used: set[int] = set()
        facilities: set[str] = set()
        for ent in doc.ents:
            if any(t.i in used for t in ent):
                continue  # already part of a longer name grown from an earlier entity
            if ent.label_ not in ("GPE", "ORG", "NORP", "LOC", "FAC", "PERSON"):
                continue
            if any(t.i in covered for t in ent):
                continue
            span = _trim_span(ent)
            if span is None:
                continue
            span = expand_name(span, covered)
            label = ent.label_
            if label in ("PERSON", "LOC", "FAC") and (span[-1].lower_ in _COMPANY_SUFFIX or _has_acronym_after(span)):
                label = "ORG"  # "Marmara Port Holdings", "Mouvement pour la Souveraineté du Kivu (MSK)"
            elif label == "PERSON" and len(span) == 1 and span.text.endswith("s") and span.start > 0 \
                    and doc[span.start - 1].lower_ == "the":
                label = "ORG"  # "the Houthis": a movement, not a person
            elif label in ("PERSON", "FAC", "LOC") and len(span) > 1 and self._after_group_epithet(span):
                label = "ORG"  # "the opposition Unitary Platform", "rebel Popular Front": a group, not a person
            elif label == "GPE" and (any(ch.isdigit() for ch in span.text) or (span.text.isupper() and len(span.text) <= 6)):
                label = "ORG"  # "M23", "ELN": groups the model takes for places
            if any(t.i in covered for t in span):
                continue
            used.update(range(span.start, span.end))
            text = span.text
            # "Vietnam's Ministry of Industry and Trade" is a body of its country; "Rapid Support Forces" (a name of
            # its own before 'Forces'/'Army') is an armed group
            armed_name = span[-1].lower_ in _ARMED and len(span) > 1 and label == "ORG" and span[0].lower_ not in _BODY_HEADS \
                and any(t.is_title and t.lower_ not in _ARMED | {"armed", "the"} and t.lower_ not in self.gov_nouns
                        for t in span[:-1])
            if not armed_name and (span[0].lower_ in _BODY_HEADS or (span[-1].lower_ in self.gov_nouns and label == "ORG")):
                # "Vietnam's Ministry of Industry and Trade": a body of the possessing country, else nobody
                if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s") and (span.start - 2) in known_at:
                    owner = known_at[span.start - 2]
                    out.append(Mention(owner.key, span, "body"))
                    if text not in info[owner.key].aliases:
                        info[owner.key].aliases.append(text)
                continue
            if label != "GPE" and span.start > 0 and doc[span.start - 1].lower_ in _TITLES and doc[span.start - 1].is_lower \
                    and len(span) > 1 and all(t.is_title for t in span):
                continue  # "Court president María Eugenia López Arias": a person after a title the model took for a body
            if len(span) == 1 and (span[0].lower_ in self.gov_nouns or span[0].lower_ in _GENERIC
                                   or (span.start > 1 and doc[span.start - 1].lower_ in ("and", "of", "&")
                                       and span[0].is_title and _inside_body_name(doc, span.start - 2))):
                continue  # "Ministry of Hydrocarbons and [Energy]": the tail of a longer name
            if self._inside_deal_name(span):
                continue  # "a Broad-based Trade and Investment Agreement": a word of the deal's name
            if self._names_the_deal(span) or _signed_thing(span):
                agreement_words.add(span.text)
                continue  # "the pact, known as T-MEC in Mexico and CUSMA in Canada": another name of the deal
            if _ACRONYM.match(text) and span.start >= 2 and doc[span.start - 1].text == "(" \
                    and _lending_instrument(doc[max(span.sent.start, span.start - 5): span.start - 1]):
                agreement_words.add(text)
                continue  # "the Extended Fund Facility (EFF)": the loan's acronym
            if _a_deal_by_name(span, self.agreement_nouns) or _lending_instrument(span):
                _skip_acronym_after(span, agreement_words)
                continue  # "the Partnership for Global Infrastructure and Investment", "the Xi'an Declaration of the ...": a deal or
                # initiative named by its head word, not a body
            if text in agreement_words or text.lower() in _NOT_PARTIES \
                    or any(t.lower_ in self.person_titles for t in span) \
                    or span[-1].lower_ in self.agreement_nouns or span[-1].lower_ in _NAMED_THINGS:
                continue
            if span[-1].lower_ in _FACILITY_HEADS and len(span) > 1 or text in facilities:
                # "Jomo Kenyatta International Airport (JKIA)": a place or works a deal is about, and its initials
                facilities.add(text)
                if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                    facilities.add(doc[span.end + 1].text)
                continue
            if label in ("NORP", "PERSON", "LOC", "FAC"):
                # only state demonyms of states we already know ("Kirvanian officials")
                if label == "NORP":
                    c = next((c for c in clusters if c.kind == "country" and text.startswith(c.name[:-1]) and len(c.name) > 3), None)
                    nxt = doc[span.end] if span.end < len(doc) else None
                    if c and nxt is not None and nxt.lower_ in self.gov_nouns:
                        out.append(Mention(c.key, span, "demonym"))
                        if text not in c.aliases:
                            c.aliases.append(text)
                continue
            if text in self.media or text.lower() in self.blocklist or len(text) < 2 or _MONEY_NAME.search(text) \
                    or text in regions:
                continue  # "(about MVR 5.5 billion)" tagged as a name is an amount
            owner = _named_before_bracket(span, known_at) if _ACRONYM.match(text) \
                and (text not in alias_of or alias_of[text].key.startswith("ent:")) else None
            if owner is None and _ACRONYM.match(text) and text not in alias_of:
                owner = _spelt_out_elsewhere(text, known)  # "MCC" where "Millennium Challenge Corporation" was seen
            if owner is not None:
                # "the Sudanese Armed Forces (SAF)": the acronym of a name the tables resolved, here and later
                out.append(Mention(owner.key, span, "body"))
                if text not in info[owner.key].aliases:
                    info[owner.key].aliases.append(text)
                alias_of[text] = info[owner.key]
                continue
            c = find(text)
            before = doc[max(span.sent.start, span.start - 6): span.start].text
            if c is None and _ALIAS_INTRO.search(before):
                prev = [m for m in out if m.span.sent.start == span.sent.start and m.key.startswith("ent:")]
                if prev and any(e.label_ == "PERSON" and prev[-1].span.end <= e.start < span.start for e in doc.ents):
                    prev = []  # "the RSF and its commander Mohamed Hamdan Dagalo, known as Hemedti": the person's name
                if prev:
                    c = alias_of.get(prev[-1].text)
            if c is None and text in person_names:
                continue  # "Mohagher Iqbal ... Iqbal said": a person the model named, never a party
            if c is None:
                kind = _kind(span, label)
                c = PartyInfo("ent:" + text, text, kind)
                clusters.append(c)
            elif text != c.name and text not in c.aliases:
                c.aliases.append(text)
            if c is not None and label == "GPE" and c.kind not in ("country", "group") and len(text.split()) == 1:
                c.kind = "country"
            alias_of[text] = c
            out.append(Mention(c.key, span, "ent"))
            # "Vanguard of the Caliphate (VoC)": the bracketed acronym is the same party
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                acr = doc[span.end + 1].text
                if _ACRONYM.match(acr) and acr not in alias_of:
                    alias_of[acr] = c
                    if acr not in c.aliases:
                        c.aliases.append(acr)
        def tag_token(t, kind: str) -> None:
            """One untagged token as a party mention: its known cluster, or a new one of ``kind``."""
            c = alias_of.get(t.text) or PartyInfo("ent:" + t.text, t.text, kind)
            if c.key not in {x.key for x in clusters}:
                clusters.append(c)
            alias_of[t.text] = c
            out.append(Mention(c.key, doc[t.i:t.i + 1], "ent"))

        # "the Assam government": a place the model did not tag, named as having a government
        tagged = {t.i for m in out for t in m.span} | covered | used
        for t in doc[1:-1]:
            nxt, prev = doc[t.i + 1], doc[t.i - 1]
            if t.i in tagged or t.pos_ not in ("PROPN", "ADJ") or not t.is_title or prev.lower_ != "the" \
                    or t.ent_type_ == "NORP" \
                    or nxt.lower_ not in ("government", "authorities", "administration", "cabinet"):
                continue
            tag_token(t, "country")
        # "Japan's Renesas", "Taiwan's PSMC": a proper name a country possesses, not a body of it, is its company
        tagged = {t.i for m in out for t in m.span} | covered | used
        for t in doc[2:]:
            if (t.pos_ != "PROPN" and t.text not in alias_of) or not (t.is_title or t.is_upper) \
                    or doc[t.i - 1].text not in ("'s", "’s") \
                    or (t.i - 2) not in known_at or self.gaz.parties[known_at[t.i - 2].key].kind != "country" \
                    or t.lower_ in self.gov_nouns or t.lower_ in _BODY_HEADS or t.lower_ in self.person_titles \
                    or t.ent_type_ in ("PERSON", "DATE", "NORP"):
                continue
            c = alias_of.get(t.text)
            if c is not None:
                if c.kind == "country":
                    c.kind = "organisation"
                continue
            if t.i in tagged:
                continue
            span = expand_name(doc[t.i:t.i + 1], covered)
            if span.start != t.i or span[-1].lower_ in self.gov_nouns or span[-1].lower_ in _BODY_HEADS \
                    or span[-1].lower_ in self.agreement_nouns or span[-1].lower_ in _NAMED_THINGS:
                continue
            c = PartyInfo("ent:" + span.text, span.text, _kind(span, "ORG"))
            clusters.append(c)
            alias_of[span.text] = c
            tagged.update(range(span.start, span.end))
            out.append(Mention(c.key, span, "ent"))
        # "Hezb-e-Islami", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": a name joined by a lower-case particle, which the
        # tokenizer splits and the model seldom tags
        tagged = {t.i for m in out for t in m.span} | covered | used
        for t in doc[:-4]:
            if t.i in tagged or not t.is_title or t.whitespace_ or doc[t.i + 1].text not in ("-", "‑") \
                    or doc[t.i + 2].lower_ not in _NAME_PARTICLES or doc[t.i + 1].whitespace_ or doc[t.i + 2].whitespace_ \
                    or doc[t.i + 3].text not in ("-", "‑") or doc[t.i + 3].whitespace_ or not doc[t.i + 4].is_title \
                    or any(i in tagged for i in range(t.i, t.i + 5)):
                continue
            span = doc[t.i:t.i + 5]
            c = alias_of.get(span.text) or PartyInfo("ent:" + span.text, span.text, "group")
            if c.key not in {x.key for x in clusters}:
                clusters.append(c)
            alias_of[span.text] = c
            tagged.update(range(span.start, span.end))
            out.append(Mention(c.key, span, "ent"))
        # "the ELN guerrillas", "PKK militants": an acronym naming the fighters is an armed group, tagged or not
        tagged = {t.i for m in out for t in m.span} | covered | used
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if t.i in tagged or not t.is_upper or not _ACRONYM.match(t.text) or len(t.text) < 2 \
                    or nxt.lower_ not in _FIGHTERS or t.text in self.media:
                continue
            tag_token(t, "group")
        # "israel and hamas agreed the deal": in a chat typed without capitals, an untagged name joined by 'and' to a
        # known state as the subject of a verb is a side of its own
        if _lower_case_text(doc.text):
            tagged = {t.i for m in out for t in m.span} | covered | used
            for t in doc:
                if t.i in tagged or t.pos_ != "PROPN" or not t.is_lower or not t.is_alpha or len(t) < 4 \
                        or t.dep_ != "conj" or t.ent_type_ or t.head.i not in known_at \
                        or self.gaz.parties[known_at[t.head.i].key].kind != "country" \
                        or t.head.dep_ != "nsubj" or t.head.head.pos_ != "VERB" \
                        or not any(c.lower_ == "and" and c.dep_ == "cc" for c in t.head.children) \
                        or t.lower_ in self.gov_nouns or t.lower_ in self.agreement_nouns:
                    continue
                tag_token(t, "group")
        # acronyms and short names the model did not tag as entities
        tagged = {t.i for m in out for t in m.span} | covered
        for t in doc:
            if t.i in tagged or t.text not in alias_of or (t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
                                                             and doc[t.i + 1:t.i + 2].text[:1].isupper()):
                continue  # "chair Murad Ebrahim" where 'Murad' alone was taken for a place: a person's full name
            c = alias_of[t.text]
            span = expand_name(doc[t.i:t.i + 1], covered)
            if span[-1].lower_ in self.agreement_nouns or span[-1].lower_ in _NAMED_THINGS \
                    or _a_deal_by_name(span, self.agreement_nouns):
                continue  # "AlUla" inside "the AlUla Declaration": a word of a document's name
            if any(x.lower_ in self.person_titles for x in span):
                span = doc[t.i:t.i + 1]  # "MMA Governor Ahmed Munawar": the body, then a person
            if span.text != t.text and span.start == t.i:
                c = find(span.text) or alias_of.get(span.text)
                if c is None:
                    c = PartyInfo("ent:" + span.text, span.text, _kind(span, "ORG"))
                    clusters.append(c)
                    alias_of[span.text] = c
            else:
                span = doc[t.i:t.i + 1]
            tagged.update(range(span.start, span.end))
            out.append(Mention(c.key, span, "ent"))
        # "Qatar Pledges $15 Billion in Direct Investment to Turkey" over "... of direct investment in Turkey": words a
        # title-case headline capitalises, which the text writes in lower case too, are no name
        text = doc.text
        def title_case_line(m: Mention) -> bool:
            words = [t for t in m.span.sent if t.is_alpha and len(t) > 3]
            return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)

        common = {c.key for c in clusters if " " in c.name and c.name[:1].isupper()
                  and re.search(r"\b" + re.escape(c.name.lower()) + r"\b", text)
                  and not any(a != c.name and a[:1].isupper() and a.isupper() for a in c.aliases)
                  and all(title_case_line(m) for m in out if m.key == c.key)}
        if common:
            out = [m for m in out if m.key not in common]
            clusters = [c for c in clusters if c.key not in common]
            for k in [k for k, c in alias_of.items() if c.key in common]:
                del alias_of[k]
        for c in clusters:
            # keys are stable names; canonical names may have grown
            info[c.key] = c
        for m in out:
            m.key = alias_of.get(m.text, None).key if m.text in alias_of else m.key
        return out

    def _names_the_deal(self, span: Span) -> bool:
        t = span.root
        for _ in range(4):
            if t.head is t:
                return False
            t = t.head
            if t.lemma_ in ("know", "call", "dub", "name", "brand", "title") and t.tag_ == "VBN":
                return t.head.lower_ in self.agreement_nouns or t.head.lower_ in _NAMED_THINGS
        return False

    def _inside_deal_name(self, span: Span) -> bool:
        """Is the entity the start of a capitalised name that runs on to 'Agreement', 'Treaty', 'Initiative' ...?"""
        doc = span.doc
        i = span.end
        last = span[-1]
        while i < min(len(doc), span.end + 12):
            t = doc[i]
            if t.text in ("-", "–") and not t.whitespace_ and not doc[i - 1].whitespace_:
                i += 1
                continue
            if t.is_title or t.is_upper or t.lower_ in ("and", "of", "on", "for", "&", "the") \
                    or (t.is_lower and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_):
                last = t if (t.is_title or t.is_upper) else last
                i += 1
                continue
            break
        return last is not span[-1] and (last.lower_ in self.agreement_nouns or last.lower_ in _NAMED_THINGS)

    # -- roles ------------------------------------------------------------------------
    def side_keys(self, ctx: Context, sent: Span, cue_tokens: set[int] = frozenset()) -> list[tuple[str, Span]]:
        """Parties that are sides of the agreement mentioned in ``sent``."""
        if _lists_signatories(sent):
            # "The signatories were the Emir of Qatar ...; Oman's Deputy Prime Minister ...": each one's state
            listed = [(m.key, sent) for m in ctx.mentions_in(sent) if not m.key.startswith("ent:")
                      and ctx.info[m.key].kind in ("country", "organisation") and not self._locative(m.span.root)]
            ctx.signers.update(k for k, _ in listed)
            return listed
        signing = next((t for t in sent if _signing_subject(t)), None)
        if signing is not None:
            # "Signing for the ethnic side were the KNU, the DKBA and the CNF": each one listed signed
            heads = [c for c in signing.head.children if c.dep_ == "attr"]
            listed = []
            for h in heads:
                for t in h.subtree:
                    if t.dep_ in ("attr", "conj", "appos") and (m := ctx.by_token.get(t.i)) is not None \
                            and m.form != "person" and ctx.info[m.key].kind != "person" and m.key not in [k for k, _ in listed]:
                        listed.append((m.key, sent))
            if listed:
                ctx.signers.update(k for k, _ in listed)
                return listed
        anchors = [t for t in sent if (t.lower_ in self.agreement_nouns or t.text in ctx.agreement_words
                   or (t.pos_ == "VERB" and t.lemma_ in _ANCHOR_VERBS) or t.i in cue_tokens)
                   and not any(c.lower_ in _OTHER_DEAL for c in t.children)]
        if not anchors:
            return []
        out = []
        doc = ctx.doc
        between, between_at = self._between_sides(ctx, sent)
        watching = _onlookers(sent)
        elsewhere = {t.i for b in self._other_deals_between(sent) for t in b.subtree}
        # "its biggest opening since it joined the EU's agreement with Colombia and Peru in 2017": a past reference
        # point, whose names are another deal's (unless the cue itself is there)
        since = {t.i for tok in sent if tok.lower_ == "since" and tok.dep_ in ("mark", "prep")
                 for t in (tok.head.subtree if tok.dep_ == "mark" else tok.subtree)}
        if any(i in since for i in cue_tokens):
            since = set()
        ctx.not_sides.update(self._callers_on_two(ctx, sent))
        for m in ctx.mentions_in(sent):
            if m.span.start in watching:
                continue  # "with ... US President Donald Trump looking on": a witness, not a side
            if m.span.root.i in since:
                continue
            if m.span.root.i in elsewhere:
                continue  # "signed an accord ... to counter a deal between Turkey and Libya": that deal's sides
            if len(between) >= 2 and m.key not in between and m.span.start < between_at and self._actor(m.span.root):
                ctx.not_sides.add(m.key)
                continue  # "Z proposed a truce between X and Y", "Z suspended talks between X and Y": Z is no side
            if self._list_after_place(ctx, m.span.root):
                out.append((m.key, sent))  # "in New Delhi, India, the United States, ... and the EU signed": the signers
                continue
            if m.form in ("capital", "body") and self._locative(m.span.root):
                continue  # "signed in Doha", "initialled at the White House": where, not who
            if _concessive(m.span.root):
                continue  # "approved the loan despite US, UK abstentions": who objected, not a side
            if m.form == "capital" and m.span.root.dep_ == "dobj" and m.span.root.head.lemma_ in _TRAVEL_VERBS:
                continue  # "Saudi envoys leave Sanaa without a deal": the city visited, not a side
            if m.form == "capital" and self._names_deal(m.span):
                continue  # "the Paris climate agreement", "the Minsk accords": where it was made, not a side
            h = m.span.root
            if m.span.end + 1 < len(doc) and doc[m.span.end].text in ("-", "–") \
                    and doc[m.span.end + 1].lemma_ in ("host", "broker", "mediate", "back", "lead", "sponsor", "facilitate"):
                continue  # "Malaysia-hosted talks": the host, not a side
            if self._member_list(h, ctx, m.key):
                continue  # "EFTA — Switzerland, Iceland, ... —": members named beside the bloc
            if _denied_party(h):
                continue  # "Israel ... was not party to the deal", "is not a signatory"
            if self._relays_anothers_offer(ctx, h, m.key):
                continue  # "Biden outlined an Israeli proposal": the presenter, not a side
            if self._offer_accepted_by_others(ctx, h, m.key):
                continue  # "Israel and Lebanon accepted the US ceasefire proposal": the proposer, a mediator
            if m.key.startswith("ent:") and h.dep_ in ("compound", "nmod", "amod") and _compound_of(h, anchors) \
                    and not (m.span.end < len(ctx.doc) and ctx.doc[m.span.end].text in ("-", "–")) \
                    and not (m.span.start > 0 and ctx.doc[m.span.start - 1].text in ("-", "–")):
                continue  # "Triple Frontier security accord": what the deal is about, not a side
            group_like = m.key.startswith("ent:") and ctx.info[m.key].kind != "country" \
                and (m.text.isupper() or any(ch.isdigit() for ch in m.text))  # "ELN rebels", not "Kivu rebels"
            if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in ("members", "member") \
                    and m.key.startswith("ent:") and ctx.info[m.key].kind != "country" and len(ctx.mentions_in(sent)) > 2:
                continue  # "signed by the members of the Trilateral Contact Group — X for Kiev, ...": the members sign
                # (a bloc the tables know is a side through its members: 'the 10 members of ASEAN')
            if self._acted_on_by_another(ctx, h, m.key):
                continue  # "the terminal will be developed by the SLPA, scrapping the MoC": what the other side works on
            if any(self._related(h, a, group_like, ctx.agreement_words) for a in anchors
                   if a.i not in range(m.span.start, m.span.end)):
                out.append((m.key, sent))
                if _signs(h):
                    ctx.signers.add(m.key)
        out += self._named_members(ctx, sent, {k for k, _ in out})
        # "Sudan's army and the paramilitary RSF signed ...": the army of a state beside an armed group is a faction
        for m in ctx.mentions_in(sent):
            r = m.span.root
            if ctx.info[m.key].kind == "country" and r.dep_ in ("poss", "compound", "amod") \
                    and _is_army(r.head) and any(
                        (g := ctx.by_token.get(c.i)) is not None and ctx.info[g.key].kind == "group" for c in r.head.conjuncts):
                lo = min(t.i for t in r.head.subtree if t.i >= m.span.start)
                ctx.armies.setdefault(m.key, doc[lo:r.head.i + 1])
        # "the group signed ...": a definite description points back to the last named group
        for t in sent:
            if (t.lower_ in _COREF or t.lower_ == "party") and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in _ANCHOR_VERBS \
                    and any(c.lower_ in ("the", "his", "its", "their") for c in t.children):
                prev = [m for m in ctx.mentions if m.span.start < t.i and m.key.startswith("ent:")
                        and ctx.info[m.key].kind in ("group", "company", "organisation")]
                if t.lower_ in ("party", "group", "movement") and any(c.lower_ in ("his", "her", "their") for c in t.children):
                    # "his party signed": the group a named person leads, not any body named before
                    prev = [m for m in prev if ctx.info[m.key].kind == "group"]
                if prev:
                    out.append((prev[-1].key, sent))
        return out

    @staticmethod
    def _acted_on_by_another(ctx: Context, h: Token, key: str) -> bool:
        """'the terminal will be developed by the SLPA': the passive subject of a verb that is no deal verb, with
        another party as its agent, is what that party acts on."""
        while h.dep_ == "appos" and h.head is not h:
            h = h.head  # "the East Container Terminal (ECT) ... will be developed"
        verb = h.head
        if h.dep_ != "nsubjpass" or verb.lemma_ in _ANCHOR_VERBS or verb.lemma_ in _SIGN_VERBS:
            return False
        for v in [verb] + [c for c in verb.children if c.dep_ == "conj"]:
            for agent in (c for c in v.children if c.dep_ == "agent"):
                for who in (c for c in agent.children if c.dep_ == "pobj"):
                    m = ctx.by_token.get(who.i)
                    if m is not None and m.key != key:
                        return True
        return False

    @staticmethod
    def _actor(h: Token) -> bool:
        """The subject of a clause, or its 'by' agent."""
        while h.dep_ in ("conj", "appos", "compound") and h.head is not h:
            h = h.head
        if h.dep_ == "poss":
            h = h.head  # "Qatar's foreign ministry"
        return h.dep_ in ("nsubj", "nsubjpass") or (h.dep_ == "pobj" and h.head.lower_ == "by")

    @staticmethod
    def _only_its_members(ctx: Context, key: str) -> bool:
        """A bloc named only for its members ('GCC leaders', 'the six GCC states', 'GCC Secretary-General', 'the GCC
        Summit'), never acting itself: its member states are the sides."""
        ms = [m for m in ctx.mentions if m.key == key]
        if not ms:
            return False
        for m in ms:
            r = m.span.root
            while r.dep_ == "appos" and r.head is not r:
                r = r.head  # "the six Gulf Cooperation Council (GCC) states"
            if not (r.dep_ in ("compound", "nmod", "poss") and r.head.pos_ in ("NOUN", "PROPN")):
                return False
            if r.head.lower_ not in _MEMBER_HEADS and not (r.head.lower_ in ("summit", "secretary-general", "secretariat")
                                                          or r.head.text.istitle()):
                return False
        return any(m.span.root.head.lower_ in _MEMBER_HEADS or m.span.root.head.head.lower_ in _MEMBER_HEADS for m in ms)

    def _list_after_place(self, ctx: Context, h: Token) -> bool:
        """'On 9 September, in New Delhi, India, the United States, Saudi Arabia ... and the EU signed a memorandum':
        the parser hangs the list of signers on the place as its apposition. A list of three names or more there,
        before a signing verb with no subject of its own, is the verb's subject."""
        head = h
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if head.dep_ != "appos" or not self._locative(head.head):
            return False
        names = [head] + list(head.conjuncts)
        if len([t for t in names if t.i in ctx.by_token]) < 3:
            return False
        verb = head.head.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        return verb.lemma_ in _SIGN_VERBS and verb.i > max(t.i for t in names) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def _callers_on_two(ctx: Context, sent: Span) -> set[str]:
        """'Prabowo called on Russia and Ukraine to agree to a ceasefire', 'urged X and Y to resume talks': who calls on
        two others to agree or talk stands outside their deal (a mediator, a proposer); the two are its sides."""
        out: set[str] = set()
        for v in sent:
            if v.lemma_ not in _CALL_ON_VERBS or v.pos_ != "VERB" or not any(c.dep_ == "xcomp" for c in v.children):
                continue
            called = [c for c in v.children if c.dep_ == "dobj"] + \
                     [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
            keys = {ctx.by_token[t.i].key for c in called for t in c.subtree if t.i in ctx.by_token}
            if len(keys) < 2:
                continue
            doer = v.head if v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) else v  # "proposed ... and called on"
            for c in doer.children:
                if c.dep_ == "nsubj":
                    out |= {ctx.by_token[t.i].key for t in c.subtree if t.i in ctx.by_token} - keys
        return out

    def _other_deals_between(self, sent: Span) -> list[Token]:
        """'between' after a deal noun inside a clause that tells of another deal or signing in the sentence
        ('Greece and Egypt signed an agreement ... to counter a deal between Turkey and Libya'): the sides of
        that other deal."""
        out = []
        for t in sent:
            if t.lower_ != "between" or t.dep_ != "prep" or t.head.lower_ not in self.agreement_nouns:
                continue
            clause = False
            for up in t.head.ancestors:
                if clause and (up.lower_ in self.agreement_nouns or (up.pos_ == "VERB" and up.lemma_ in _SIGN_VERBS)):
                    out.append(t)
                    break
                clause = clause or up.dep_ in ("acl", "relcl", "advcl", "ccomp")
        return out

    def _between_sides(self, ctx: Context, sent: Span) -> tuple[set[str], int]:
        """The parties a deal or offer in ``sent`` is said to be 'between', and where that 'between' stands."""
        out: set[str] = set()
        at = -1
        others = {b.i for b in self._other_deals_between(sent)}
        for t in sent:
            if t.lower_ != "between" or t.dep_ != "prep" or t.i in others:
                continue
            head = t.head
            if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl"):
                head = head.head
            if head.dep_ == "pobj" and head.head.lower_ in self.locative:
                head = head.head.head  # "talks in Jeddah between X and Y"
            if not (head.lower_ in self.agreement_nouns or head.lower_ in self.offer_nouns
                    or head.lower_ in self.document_nouns
                    or head.lower_ in ("fighting", "war", "conflict", "hostilities")):
                continue
            found = {ctx.by_token[p.i].key for p in t.subtree if p.i in ctx.by_token}
            if len(found) >= 2:
                self._note_army(ctx, t, found)
                return found, t.i
        return out, at

    def _note_army(self, ctx: Context, between: Token, keys: set[str]) -> None:
        """'between Sudan's army and the Rapid Support Forces': a state's army facing an armed group of its own
        is one faction of a civil war, not the state."""
        groups = [k for k in keys if ctx.info[k].kind == "group"]
        if not groups:
            return
        for p in between.subtree:
            m = ctx.by_token.get(p.i)
            if m is None or ctx.info[m.key].kind != "country" or p.i != m.span.root.i:
                continue
            head = p.head if p.dep_ in ("poss", "compound", "amod", "nmod") else None
            if head is not None and _is_army(head):
                lo = min(t.i for t in head.subtree if t.i >= m.span.start)
                ctx.armies.setdefault(m.key, ctx.doc[lo:head.i + 1])

    def _offer_accepted_by_others(self, ctx: Context, h: Token, key: str) -> bool:
        """The mention owns an offer ('the US proposal') that two other parties accept: a third that proposed
        it, not a side (with one accepting side, 'Hamas accepted Israel's proposal', the owner may be the other)."""
        if h.dep_ not in ("poss", "compound", "amod", "nmod") or h.head.lower_ not in self.offer_nouns:
            return False
        offer = h.head
        verb = offer.head
        if offer.dep_ != "dobj" or verb.lemma_.lower() not in self.accept_verbs:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        others = {ctx.by_token[t.i].key for c in subjects for t in c.subtree if t.i in ctx.by_token} - {key}
        return len(others) >= 2

    def _relays_anothers_offer(self, ctx: Context, h: Token, key: str) -> bool:
        if h.dep_ != "nsubj" or h.head.lemma_ not in self.relay_verbs:
            return False
        for t in h.head.subtree:
            if t.lower_ in self.offer_nouns or t.lower_ in self.agreement_nouns:
                for c in t.children:
                    owner = ctx.by_token.get(c.i)
                    if c.dep_ in ("amod", "poss", "compound") and owner is not None and owner.key != key:
                        return True
        return False

    @staticmethod
    def _tells_signing(sent: Span) -> bool:
        """'The accord was signed/concluded in ... between X and Y': the story's own deal (definite, not
        'another' or 'a similar' one) told as signed names its sides, wherever the sentence stands;
        so does 'The signatories were ...'."""
        if _lists_signatories(sent):
            return True
        if any(_signing_subject(t) for t in sent):
            return True  # "Signing for the ethnic side were ..."
        for t in sent:
            if t.lemma_ not in _PASSIVE_SIGN or t.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in t.children):
                continue
            for subj in (c for c in t.children if c.dep_ == "nsubjpass"):
                dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
                if dets & {"the", "this", "that"} and not any(c.lower_ in _OTHER_DEAL for c in subj.children) \
                        and not any(c.like_num for c in subj.children):
                    return True
        return False

    def _deal_between(self, sent: Span) -> bool:
        """'The nuclear agreement between Iran and six world powers ...': the story's own deal (definite, the
        sentence's subject) with its sides."""
        return any(t.lower_ in self.agreement_nouns - {"talks", "negotiations", "negotiation"} and t.dep_ in ("nsubj", "nsubjpass")
                   and any(c.lower_ == "the" for c in t.children)
                   and not any(c.lower_ in _OTHER_DEAL for c in t.children)
                   and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children) for t in sent)

    def _tells_funders(self, sent: Span) -> bool:
        """'The deal, underwritten by France, Germany and the EU, ...': the story's own deal (definite) and who pays
        for it."""
        for t in sent:
            if t.lower_ in self.agreement_nouns and any(c.lower_ in ("the", "this") for c in t.children) \
                    and not any(c.lower_ in _OTHER_DEAL for c in t.children):
                for c in t.children:
                    if c.dep_ == "acl" and c.lemma_ in _FUND_VERBS and any(g.dep_ == "agent" for g in c.children):
                        return True
        return False

    def _names_deal(self, span: Span) -> bool:
        doc = span.doc
        if (span.end < len(doc) and doc[span.end].text in ("-", "–", "/")) or \
                (span.start > 0 and doc[span.start - 1].text in ("-", "–", "/")):
            return False  # "the Seoul-Washington deal": two sides
        t = span.root
        while t.dep_ in ("compound", "amod", "nmod") and t.head is not t:
            t = t.head
            if t.lower_ in self.agreement_nouns or t.lower_ in self.document_nouns:
                return True
        return False

    @staticmethod
    def _member_list(h: Token, ctx: Context, key: str) -> bool:
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ == "appos":
            owner = ctx.by_token.get(t.head.i)
            return owner is not None and owner.key != key and ctx.info[owner.key].kind == "organisation" \
                and ctx.info[key].kind == "country"
        return False

    def _agreement_noun_phrase(self, tok: Token, words: set[str] = frozenset()) -> bool:
        if tok.lower_ in self.agreement_nouns or tok.text in words:
            return True
        near = [c for c in tok.children if c.dep_ in ("conj", "compound", "amod")]
        if tok.dep_ in ("conj", "compound", "amod"):
            near.append(tok.head)
        return any(t.lower_ in self.agreement_nouns for t in near)

    def _locative(self, tok: Token) -> bool:
        return tok.dep_ == "pobj" and tok.head.lower_ in self.locative

    def _related(self, h: Token, a: Token, group_like: bool = False, words: set[str] = frozenset()) -> bool:
        """Is the mention headed by ``h`` a side of the agreement word ``a``? ``group_like``: the
        mention names an organisation, so "the ELN rebels" is the ELN itself. ``words``: the story's names of
        deals by acronym ('the MoC on the East Container Terminal' covers the terminal)."""
        h_path = [h] + list(h.ancestors)
        a_path = [a] + list(a.ancestors)
        a_ids = {t.i for t in a_path}
        lca = next((t for t in h_path if t.i in a_ids), None)
        if lca is None:
            return False
        through_between = False
        for t in h_path:
            if t.i == lca.i:
                break
            dep = t.dep_
            if dep in ("acl", "relcl") and t.lemma_ in _CREATE_VERBS and any(x.dep_ == "dobj" and x.head.i == t.i for x in h_path):
                return False  # "signed agreements establishing Twiga Minerals, a joint venture": what the deal creates
            if dep in _SUBORDINATE and not (t.pos_ in ("VERB", "AUX") and t.lemma_ in _ANCHOR_VERBS) \
                    and not (dep in ("acl", "relcl") and t.head.i == a.i):
                return False
            if dep == "conj" and t.pos_ in ("VERB", "AUX") and t.i != h.i and any(c.dep_ == "nsubj" for c in t.children) \
                    and not any(c.dep_ == "nsubj" and c.i in {x.i for x in h_path} for c in t.children) \
                    and t.lemma_ not in _ANCHOR_VERBS:
                return False  # "..., and the two governments asked the OSCE to ...": another clause's object
            if dep == "conj" and t.pos_ in ("VERB", "AUX") and t.lemma_ not in _ANCHOR_VERBS \
                    and any(x.text == ";" for x in h.doc[min(a.i, t.i):max(a.i, t.i)]):
                return False  # "X, Y sign pact; Bangsamoro to replace ARMM": a statement of its own after the semicolon
            if dep == "dep" and t.i == h.i and t.head.i == lca.i and a.i < h.i \
                    and any(x.text == ":" for x in h.doc[a.i:h.i]):
                return False  # "Deal struck: Laiki to be wound down": what the deal does, after the headline's colon
            if dep == "pobj" and t.head.lower_ == "between":
                through_between = True
            if dep == "pobj" and not through_between:
                prep = t.head
                if prep.lower_ == "from" and prep.head.lower_ in self.delegate_nouns:
                    continue  # "technical teams from X and Y initialled the text": X and Y are the sides
                if prep.lower_ in self.locative or prep.lower_ in self.compare:
                    return False  # "in Geneva", "than China": not a side
                if prep.lower_ == "to" and not (prep.head.dep_ in ("acl", "relcl") and prep.head.head.i == a.i
                                                and prep.head.lemma_ in _AWARD_VERBS):
                    return False  # "signalled to Russia" is not a side; "a concession awarded to X" is
                if prep.lower_ in ("for", "on", "about", "over", "regarding") and (
                        self._agreement_noun_phrase(prep.head, words)
                        or (prep.lower_ != "for" and prep.head.pos_ == "VERB"
                            and any(c.dep_ == "dobj" and self._agreement_noun_phrase(c) for c in prep.head.children))):
                    return False  # "an accord for the Triple Frontier", "reach a deal on TikTok": what it covers
                if prep.lower_ == "to" and prep.head.lower_ == "according":
                    return False
                if prep.lower_ == "with" and self._breaks_ties(prep.head):
                    return False  # "established relations with China after it broke with Taiwan": the state left
                if prep.lower_ == "by" and prep.head.lemma_ in self.mediator_verbs:
                    return False
                if prep.lower_ == "by" and prep.head.dep_ in ("acl", "relcl") and prep.head.lemma_ not in _SIGN_VERBS \
                        and prep.head.lemma_ not in _FUND_VERBS:
                    return False  # "a truce proposed by the US": the proposer or mediator, not a side
            if dep in ("poss", "compound", "nmod") and t.head.i != a.i and t.head.lower_ not in self.gov_nouns \
                    and not (dep == "compound" and t.head.lower_ in _SIDE_HEADS and (group_like or t.head.lower_ in _BODY_OF_NAME)) \
                    and t.head.lower_ not in self.agreement_nouns and t.head.dep_ not in ("compound", "nmod", "amod") \
                    and t.head.pos_ in ("NOUN", "PROPN"):
                return False  # "China's grip", "United Nations monitors": the noun is something else
            if dep == "amod" and t.i == h.i and t.head.lower_ not in self.gov_nouns and t.head.lower_ not in self.agreement_nouns \
                    and t.head.lower_ not in self.offer_nouns and t.head.lower_ not in _SIDE_HEADS and t.head.i != a.i \
                    and t.head.pos_ == "NOUN" and t.head.dep_ not in ("compound", "nmod", "amod"):
                return False  # "stepped off a Qatari government jet": a thing of the state, not the state acting
            if dep in ("nsubj", "nsubjpass") and t.head.lemma_ in self.mediator_verbs:
                return False
            if dep == "appos" and t.head.dep_ == "pobj" and t.head.head.lower_ in self.locative:
                return False
        for t in h_path:
            if t.i == lca.i:
                break
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                    g.lower_ in self.mediator_nouns for g in c.children) for c in t.children):
                return False  # "attended the talks as observers", "signed as guarantors"
        if lca.lemma_ in _REPORT and any(t.dep_ == "nsubj" and t.head.i == lca.i for t in h_path):
            via = next((t for t in a_path if t.head.i == lca.i), None)
            if via is not None and via.dep_ == "ccomp":
                subj = [c for c in via.children if c.dep_ in ("nsubj", "nsubjpass")]
                other_side = any(c.lower_ in self.agreement_nouns and any(p.lower_ in ("with", "between") for p in c.children)
                                 for c in subj)  # "Egypt said talks with Ethiopia had collapsed"
                if not other_side and not any(c.lower_ in ("it", "they", "we") for c in subj):
                    return False  # "the UN mission says ... since the deal took effect": a source, not a side
        for t in a_path:
            if t.i == lca.i:
                break
            if t.dep_ in ("relcl", "acl") and t.lemma_ in self.mediator_verbs | {"reject", "criticise", "criticize", "oppose"}:
                return False
            if t.dep_ == "relcl":
                return False
        return True

    def select(self, ctx: Context, status: str, cue_sents: list[Span], designations, funding,
               cue_tokens: set[int] = frozenset()) -> list[PartyInfo]:
        roles: dict[str, Span] = {}

        def keep(key: str | None, sent: Span | None) -> None:
            if key and key in ctx.info and key not in roles:
                roles[key] = sent

        if status != "none":
            sents = [s for s in ctx.doc.sents if ctx.main_zone(s)]
            for i, s in enumerate(cue_sents):
                limit = 4 if i == 0 else 2  # the strongest cue's sentence, and cue sentences of the lead
                if s not in sents and ctx.sent_order.get(s.start, 99) <= limit:
                    sents.append(s)
            for s in ctx.doc.sents:
                if s not in sents and ctx.sent_order.get(s.start, 99) <= 8 and (self._tells_signing(s) or self._tells_funders(s)):
                    sents.append(s)
                elif s not in sents and ctx.sent_order.get(s.start, 99) <= 4 and self._deal_between(s):
                    sents.append(s)  # "The nuclear agreement between Iran and six world powers took effect": its sides
            for s in sents:
                for key, sent in self.side_keys(ctx, s, cue_tokens):
                    keep(key, sent)
                for key, sent in self._counted_states(ctx, s, set(roles)):
                    keep(key, sent)
            if len(roles) < 2:
                # with one side known, the other must be named where the deal's state is told
                lead = sents if not roles else [s for s in sents if s in cue_sents[:3]]
                for key, sent in self._prominent_sides(ctx, lead, 2 - len(roles), set(roles)):
                    keep(key, sent)
        for key in ctx.not_sides - ctx.signers:
            roles.pop(key, None)  # named elsewhere as acting on talks between two others, and signing nothing
        states = [k for k in roles if ctx.info[k].kind == "country"]
        for key in [k for k in roles if ctx.info[k].kind == "organisation" and len(states) >= 2]:
            if self._only_its_members(ctx, key):
                roles.pop(key)  # "GCC leaders sign ...", "the six GCC states": the member states sign, named as such
        for key in list(roles):
            if key in ctx.armies:
                army = self._army_party(ctx, key)
                roles[army.key] = roles.pop(key)
        for d in designations:
            if d.entity_key in roles and self._only_acted_on(ctx, d.entity_key, roles[d.entity_key]) \
                    and self._other_side_named(ctx, roles[d.entity_key], {d.entity_key, d.by_key}):
                roles.pop(d.entity_key)  # "US blacklists Huawei as talks with China stall": listed, not a side
        for d in designations:
            keep(d.by_key, d.sent)
        for key, sent in self._co_listers(ctx, designations):
            keep(key, sent)
        for f in funding:
            for key in (f.donor_key, f.recipient_key):
                if (owner := _owned_by_another(ctx, key)) is not None:
                    keep(owner, f.sent)  # "$497m for Eskom's Komati repurposing": the money goes to Eskom
                elif not self._only_a_modifier(ctx, key):
                    keep(key, f.sent)
            for key in self._co_donors(ctx, f):
                keep(key, f.sent)
            for key in self._leader_giver(ctx, f):
                keep(key, f.sent)
            for key in self._co_recipients(ctx, f):
                keep(key, f.sent)
            for key in self._money_sides(ctx, f):
                keep(key, f.sent)
            for key in self._investors(ctx, f.sent):
                keep(key, f.sent)
        if funding:
            for key, sent in self._guarantors(ctx):
                keep(key, sent)
            for key, sent in self._runners_of_what_is_funded(ctx):
                keep(key, sent)
        for key in [k for k in roles if self._only_a_default_body_acted_on(ctx, k)]:
            roles.pop(key)  # "disbursements to reach the Treasury" in a Lisbon story: the home treasury, not Washington's
        out = []
        for key, sent in roles.items():
            pi = ctx.info[key]
            if pi.kind == "country" and key.startswith("ent:") and not self._state_like(ctx, key):
                if not self._beside_company(ctx, key):
                    continue
                pi.kind = "company"  # "Foxconn and HCL Group signed ...": a name joined to a company is one
            pi.sent = sent
            if key in self.gaz.parties:
                pi.name = self._written_name(ctx, key)
                pi.aliases = [a for a in dict.fromkeys(pi.aliases + [self.gaz.parties[key].name]) if a != pi.name]
            out.append(pi)
        out.sort(key=lambda p: p.first)
        return out

    def _counted_states(self, ctx: Context, sent: Span, found: set[str]) -> list[tuple[str, Span]]:
        """'the heads of state of the five Central Asian countries signed ...', 'the deal between Iran and six world
        powers': a counted group of states on one side of the deal is the states a nearby sentence names, when it
        names just that many besides the sides this sentence names itself (by name, leader or demonym)."""
        n, group = None, None
        for t in sent:
            if t.lower_ in _COUNTED_NOUNS and t.tag_ == "NNS" and not self._locative(t) \
                    and not any(a.lower_ == "by" for a in list(t.ancestors)[:3]):  # "a statement issued by the three governments"
                num = next((c for c in t.children if c.dep_ == "nummod"), None)
                if num is not None and num.lower_ in _SMALL_NUMBERS:
                    n, group = _SMALL_NUMBERS[num.lower_], t
                    break
        if n is None:
            return []
        # the sides joined to the group ('Iran and six world powers', 'Xi and the heads of state of the five ...')
        inside = {x.i for x in group.subtree}
        beside: set[int] = set()
        t = group
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX"):
                break  # another clause's sides are not this group's
            for c in t.conjuncts:
                beside.update(x.i for x in c.subtree if x.i not in inside)
            if t.head is t:
                break
            t = t.head
        named_here = {m.key for m in ctx.mentions_in(sent) if m.span.root.i in beside}
        # "the Honduran and the Chinese foreign ministers signed ... by which the two governments decided": the
        # sentence names as many states as it counts, so the group is those, not states named nearby
        states_here = {m.key for m in ctx.mentions_in(sent) if ctx.info[m.key].kind == "country"
                       and not m.key.startswith("ent:") and m.form != "capital"}
        if len(states_here) >= n:
            return []
        k0 = ctx.sent_order.get(sent.start, 99)
        for s in ctx.doc.sents:
            if not 0 < abs(ctx.sent_order.get(s.start, 99) - k0) <= 2:
                continue
            keys = []
            for m in ctx.mentions_in(s):
                if ctx.info[m.key].kind == "country" and not m.key.startswith("ent:") and m.key not in keys \
                        and m.key not in named_here and m.form != "capital":  # "officials from Fiji, Samoa, ...", not "in Vienna"
                    keys.append(m.key)
            if len(keys) == n:
                return [(k, s) for k in keys if k not in found]
        return []

    def _prominent_sides(self, ctx: Context, lead: list[Span], wanted: int, found: set[str]) -> list[tuple[str, Span]]:
        """A deal has two sides at least. Those its sentences do not name ('The agreement still has to
        be signed', 'moscow says the pact is dead') are the states or bodies the headline and lead are
        about: those named most often in the text, each named in the lead and, unless the text is a
        chat, more than once in all."""
        first: dict[str, Span] = {}
        for sent in lead:
            for m in ctx.mentions_in(sent):
                if ctx.info[m.key].kind in ("country", "organisation") and m.key not in ctx.not_sides \
                        and m.key not in found and not (m.form == "capital" and self._names_deal(m.span)) \
                        and not _concessive(m.span.root) and not _owned_by_another(ctx, m.key):
                    first.setdefault(m.key, sent)
        least = 1 if len(ctx.sent_order) <= 4 else 2  # a chat names each side once
        def rank(k: str) -> tuple[int, bool]:  # most named first; a name the tables know before one they do not
            return -ctx.counts[k], k.startswith("ent:")

        ranked = sorted((k for k in first if ctx.counts.get(k, 0) >= least), key=rank)
        if len(ranked) < wanted or (len(ranked) > wanted and rank(ranked[wanted - 1]) == rank(ranked[wanted])):
            return []  # too few, or no clear choice among them
        return [(k, first[k]) for k in ranked[:wanted]]

    def _investors(self, ctx: Context, sent: Span | None) -> list[str]:
        """'Tata Electronics and PSMC will build the Rs 91,000 crore fab': companies named beside money for a plant
        or venture are its investors."""
        if sent is None or not any(t.lower_ in self.venture_nouns for t in sent):
            return []
        out = []
        for m in ctx.mentions_in(sent):
            pi = ctx.info[m.key]
            r = m.span.root
            if not m.key.startswith("ent:") or m.form != "ent" or r.dep_ in ("compound", "amod") and r.head.pos_ == "NOUN" \
                    and r.head.lower_ not in self.venture_nouns:
                continue
            if pi.kind == "company" or (pi.kind in ("organisation", "country") and self._beside_company(ctx, m.key)) \
                    or (pi.kind == "organisation" and (r.dep_ in ("nsubj", "poss", "conj")
                                                       or (r.dep_ in ("compound", "nmod") and r.head.lower_ in self.venture_nouns
                                                           and m.span.start >= 2 and ctx.doc[m.span.start - 1].text in ("'s", "’s"))
                                                       or (r.dep_ == "pobj" and r.head.lower_ in ("with", "by", "from")))):
                if not (r.dep_ == "pobj" and r.head.lower_ in self.locative):
                    out.append(m.key)
        return out

    @staticmethod
    def _only_a_modifier(ctx: Context, key: str | None) -> bool:
        """An unknown name only ever written as a modifier ('Bodo areas', 'Bodoland region') names a people or
        place, not a body that gives or gets money."""
        if not key or not key.startswith("ent:"):
            return False
        ms = [m for m in ctx.mentions if m.key == key]
        return bool(ms) and all(m.span.root.dep_ in ("compound", "amod", "nmod") and m.span.root.head.pos_ == "NOUN"
                                for m in ms)

    @staticmethod
    def _only_acted_on(ctx: Context, key: str, sent: Span | None) -> bool:
        """Is the designated party, where it was taken for a side, only the object of some other act
        ('blacklists Huawei as talks with China stall')?"""
        if sent is None:
            return False
        found = False
        for m in ctx.mentions_in(sent):
            if m.key != key:
                continue
            h = m.span.root
            while h.dep_ in ("conj", "appos", "compound") and h.head is not h:
                h = h.head
            if h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_ not in _ANCHOR_VERBS:
                found = True
            else:
                return False
        return found

    @staticmethod
    def _co_recipients(ctx: Context, f) -> list[str]:
        """'$7.1 billion for Micronesia, Palau and the Marshall Islands': the states listed with the recipient get the
        money too."""
        if not f.recipient_key or f.sent is None:
            return []
        out: list[str] = []
        for m in ctx.mentions_in(f.sent):
            if m.key != f.recipient_key or m.form == "demonym":
                continue
            for t in m.span.root.conjuncts:
                o = ctx.by_token.get(t.i)
                if o is not None and o.key != f.recipient_key and o.form != "demonym" and o.key not in out \
                        and o.key not in ctx.not_sides and ctx.info[o.key].kind in ("country", "organisation"):
                    out.append(o.key)
        return out

    @staticmethod
    def _other_side_named(ctx: Context, sent: Span | None, keys: set) -> bool:
        """'blacklists Huawei as talks with China stall': the talks name their own side, so the listed one is not it;
        'drops Cuba from the list as embassy talks drag on' names no other, and the delisted state is the other side."""
        if sent is None:
            return True
        return any(m.key not in keys and ctx.info[m.key].kind in ("country", "organisation", "company", "group")
                   for m in ctx.mentions_in(sent))

    def _army_party(self, ctx: Context, key: str) -> PartyInfo:
        """The state's army as a party of its own: its written full name ('Sudanese Armed Forces') when the
        text has one, else 'Sudan's army'."""
        span = ctx.armies[key]
        name, aliases = None, [span.text]
        for m in ctx.mentions:
            if m.key != key:
                continue
            nxt = ctx.doc[m.span.end:m.span.end + 2]
            if m.form == "demonym" and len(nxt) == 2 and nxt[0].lower_ == "armed" and nxt[1].lower_ == "forces":
                name = ctx.doc[m.span.start:m.span.end + 2].text
            if m.form == "body" and _ACRONYM.match(m.text):
                aliases.append(m.text)  # "(SAF)"
        for t in ctx.doc:
            if t.lower_ == "army" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "the":
                aliases.append("the army")
                break
        pi = PartyInfo("army:" + key, name or span.text, "group")
        pi.aliases = [a for a in dict.fromkeys(aliases) if a != pi.name]
        pi.first = span.start
        ctx.info[pi.key] = pi
        return pi

    def _money_sides(self, ctx: Context, f) -> list[str]:
        """Who gives or gets an amount, told by the grammar around it: the subject of the verb that governs
        it ('Turkey announced $5bn in credit', 'Qatar pledged $1bn and the UAE $500m'), the subject of a
        receiving verb ('Iraq would receive $1.5bn'), a party modifying the money noun ('$18bn in EU loans')."""
        doc = ctx.doc
        span = doc.char_span(f.amount.start, f.amount.end, alignment_mode="expand")
        if span is None or f.sent is None:
            return []
        out: list[str] = []

        def add(tok: Token) -> None:
            for t in [tok] + list(tok.conjuncts):
                m = ctx.by_token.get(t.i)
                if m is not None and m.form != "demonym" and m.key not in ctx.not_sides and m.key not in out \
                        and (ctx.info[m.key].kind in ("country", "organisation")
                             or (ctx.info[m.key].kind == "company" and not m.key.startswith("ent:"))):
                    out.append(m.key)  # a state company the tables know ('Eskom', 'Pemex') gets money too

        for t in f.sent:
            # "co-financed with the World Bank": a co-financier gives too
            if t.lower_ in ("financed", "funded", "financing", "finance", "funding") and t.i >= 2 \
                    and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "co" or t.lower_.startswith(("co-financ", "cofinanc", "co-fund")):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                add(p)
            # "will help build the M-4 motorway in Pakistan": the state the works are in; "to support the Federal
            # Government's reforms", "to back Tinubu's reforms": the one whose works they are
            if t.lemma_ in self.works_verbs and t.pos_ == "VERB":
                for o in (c for c in t.children if c.dep_ == "dobj"):
                    for c in (c for c in o.children if c.dep_ == "poss"):
                        # "the Federal Government's reforms", "the Ghanaian government's budget"
                        m = ctx.by_token.get(c.i) or next((ctx.by_token[x.i] for x in c.children if x.i in ctx.by_token
                                                           and c.lower_ in self.gov_nouns), None)
                        if m is not None and ctx.info[m.key].kind == "country" and m.key not in out \
                                and m.key not in ctx.not_sides:
                            out.append(m.key)
                    for p in o.subtree:
                        if p.dep_ == "pobj" and p.head.lower_ == "in" and (m := ctx.by_token.get(p.i)) is not None \
                                and m.form in ("name", "alias") and ctx.info[m.key].kind == "country":
                            add(p)
            # "projects in Bangladesh and Pakistan", "Indonesia's National Slum Upgrading Project": the states served
            if t.lower_ in self.project_nouns and t.dep_ != "compound":
                for c in t.children:
                    ps = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "in" else \
                        [c] if c.dep_ == "poss" else []
                    for p in ps:
                        m = ctx.by_token.get(p.i)
                        if m is not None and ctx.info[m.key].kind == "country":
                            add(p)
        def walk(span: Span) -> None:
            root = span.root
            # the money noun next to the amount: '$18bn in EU loans', "Japan's $2bn grant", "a $3.75bn Eskom loan"
            nouns = [root] + [c for c in root.children if c.dep_ == "prep" for c in c.children if c.dep_ == "pobj"]
            if root.dep_ in ("compound", "nmod", "nummod", "amod") and root.head.lower_ in self.money_nouns:
                nouns.append(root.head)
            _to_whom(span)
            for n in nouns:
                if n.lemma_.lower() in self.money_nouns or n.lower_ in self.money_nouns or n is root:
                    for c in n.children:
                        if c.dep_ in ("compound", "poss", "nmod") and (n is not root or c.i < span.start):
                            add(c)
                        if c.dep_ == "prep" and c.lower_ == "from" and n is not root:
                            for p in c.children:  # "a $10 million grant from the ESMAP trust fund": who gives it
                                if p.dep_ == "pobj":
                                    add_named_in(p)
            h = root
            for _ in range(4):
                if h.dep_ in ("dobj", "pobj", "prep", "appos", "npadvmod", "conj", "attr", "nummod", "quantmod",
                              "compound", "nsubjpass") and h.head is not h:
                    if h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN") and ctx.by_token.get(h.head.i) is not None:
                        break
                    h = h.head
                else:
                    break
                if h.pos_ in ("VERB", "AUX"):
                    break
                if ctx.by_token.get(h.i) is not None and h.pos_ == "PROPN":
                    add(h)  # gapped: '... and the UAE $500 million'
                    return
            if h.pos_ not in ("VERB", "AUX"):
                return
            verb = h
            while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
            if h.lemma_ in self.giver_verbs or h.lemma_ in self.receiver_verbs:
                for c in verb.children:
                    if c.dep_ == "nsubj":
                        add(c)
            if h.lemma_ in self.receiver_verbs and verb.dep_ == "ccomp" and verb.head.lemma_ in _REPORT:
                # "the Arab Fund said Iraq would receive $1.5 billion in financing": a lender telling what a state gets
                for c in verb.head.children:
                    m = ctx.by_token.get(c.i) if c.dep_ == "nsubj" else None
                    if m is not None and m.key in self.lenders:
                        add(c)
            if h.lemma_ in self.giver_verbs:
                # "put $5bn on deposit at Egypt's central bank", "gave $1bn to the AU": where the money goes gets it
                preps = ("to", "into", "at", "with") if any(t.lemma_ == "deposit" for t in span.sent) else ("to", "into")
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                add_named_in(p)
                    if c.dep_ == "dative":
                        add_named_in(c)  # "Norway to give Ukraine 75 billion kroner": the indirect object gets it

        def add_named_in(phrase: Token) -> None:
            """The party a phrase names, itself or its owner: 'the AU', "Egypt's central bank"."""
            owners = [c for c in phrase.children if c.dep_ in ("poss", "compound", "appos")]
            person = (m := ctx.by_token.get(phrase.i)) is not None and m.form == "person"
            # "into brazil's amazon fund - sunak announced" parsed as one phrase: the owner, not the person
            for x in (owners + [phrase]) if person and any(o.i in ctx.by_token for o in owners) else [phrase] + owners:
                if ctx.by_token.get(x.i) is not None:
                    add(x)
                    return

        def _to_whom(span: Span) -> None:
            """'$4bn to gavi for covax' (in chat the parse may read 'to gavi' as a verb): 'to' and a party right
            after the amount, or after its money noun, names who gets it."""
            i = span.end
            while i < min(span.end + 3, span.sent.end) and (doc[i].lower_ in self.money_nouns or doc[i].lower_ in (
                    "in", "of", "dollars", "euros") or doc[i].pos_ == "ADJ"):
                i += 1
            if i + 1 < span.sent.end and doc[i].lower_ == "to":
                j = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < span.sent.end else i + 1
                if ctx.by_token.get(j) is not None:
                    add(doc[j])

        walk(span)
        # "is to come as public financing from the IPG", "loans from Japan": where the money comes from gives it
        for t in f.sent:
            if t.lower_ == "from" and t.dep_ == "prep" and (t.head.lower_ in self.money_nouns or t.head.lemma_ == "come"):
                for p in t.children:
                    # 'from the Islamic Development Bank (IsDB) Group': the name may sit before the head noun
                    m = next((ctx.by_token[x.i] for x in p.subtree if x.i <= p.i and x.i in ctx.by_token), None) \
                        if p.dep_ == "pobj" else None
                    if m is not None and m.form != "demonym" and m.key not in out and m.key not in ctx.not_sides \
                            and ctx.info[m.key].kind in ("country", "organisation", "company"):
                        out.append(m.key)  # a lender may be a bank or a group of lenders
        # "the IPG, which is co-led by the US and Japan and also comprises Canada, ...": a giving group's members give
        for key in list(out):
            for m in ctx.mentions_in(f.sent):
                if m.key == key:
                    for t in _members_listed(ctx, m):
                        add(t)
        # the same amount told again near the top ('Xi pledges 360bn yuan' above 'Chinese President
        # Xi Jinping on Thursday pledged 360 billion yuan'): its grammar may name the giver the first did not
        for sent in doc.sents:
            if sent.start == f.sent.start or ctx.sent_order.get(sent.start, 99) > 10:
                continue
            for a in money_reader().find(sent.text):
                if a.value == f.amount.value and a.currency == f.amount.currency:
                    again = doc.char_span(sent.start_char + a.start, sent.start_char + a.end, alignment_mode="expand")
                    if again is not None:
                        walk(again)
        return out

    _RUN_VERBS = {"run", "manage", "administer", "operate", "coordinate", "lead"}

    def _runners_of_what_is_funded(self, ctx: Context) -> list[tuple[str, Span]]:
        """'The money will go to the 2019 Response Plan run by U.N. agencies': the body that runs what the money
        goes to or through receives it. Only a body the tables know (not a name met only here)."""
        out = []
        for sent in ctx.doc.sents:
            if ctx.sent_order.get(sent.start, 99) > 12:
                continue
            for verb in sent:
                if verb.lemma_ not in ("go", "flow", "channel", "route", "pass") or verb.pos_ != "VERB":
                    continue
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj or subj[0].lower_ not in self.money_nouns | {"money", "pledges", "cash", "donations"}:
                    continue
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "through", "into")):
                    for run in (t for t in prep.subtree if t.dep_ == "acl" and t.lemma_ in self._RUN_VERBS):
                        for agent in (c for c in run.children if c.dep_ == "agent"):
                            for t in agent.subtree:
                                m = ctx.by_token.get(t.i)
                                if m is not None and not m.key.startswith("ent:") and m.form != "demonym":
                                    out.append((m.key, sent))
        return out

    def _guarantors(self, ctx: Context) -> list[tuple[str, Span]]:
        """'The loan is guaranteed by the government', 'Ghana will guarantee the bonds': who stands behind the money
        is a side of the loan. Only sentences with a form of 'guarantee' are read."""
        out = []
        for t in ctx.doc:
            if t.lemma_ != "guarantee" or t.pos_ != "VERB":
                continue
            money = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in self.money_nouns | {"bonds", "bond"}]
            if not money:
                continue
            backers = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
                + [c for c in t.children if c.dep_ == "nsubj"]
            for b in backers:
                m = next((ctx.by_token[x.i] for x in b.subtree if x.i in ctx.by_token), None)
                if m is not None and m.form != "demonym" and ctx.info[m.key].kind in ("country", "organisation"):
                    out.append((m.key, t.sent))
        return out

    def _state_owned_before_bracket(self, span: Span) -> str | None:
        """'the State-owned Kenya Electricity Transmission Company (Ketraco)': a state-owned body whose name opens with
        its state's name; the bracketed short name stands for that state."""
        doc = span.doc
        i = span.start - 2
        while i >= 0 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in _SKIP_WORDS) and span.start - i < 10:
            i -= 1
        before = doc[max(0, i - 2):i + 1].text.lower().replace(" ", "")
        if i + 1 >= span.start - 1 or not any(w in before for w in ("state-owned", "state-run", "government-owned")):
            return None
        hit = self.gaz.lookup(doc[i + 1].text)
        return hit[0] if hit is not None and hit[1] in ("name", "alias") else None

    def _headline_verb(self, words: list[Token]) -> bool:
        """'Qatar Pledges', 'Chile Signs': a title-case headline's verb the model took into a name."""
        if len(words) != 1 or not words[0].is_title:
            return False
        w = words[0].lower_
        stems = {w[:-1], w[:-2]} if w.endswith("s") else set()
        return bool(stems & (self.giver_verbs | _ANCHOR_VERBS | _SIGN_VERBS))

    @staticmethod
    def _leader_giver(ctx: Context, f) -> list[str]:
        """'Modi announced a $1bn line of credit for Mongolia': a leader who announces or pledges money gives it for
        his state, so his state is a side. In chat the subject is often dropped ('modi in ulaanbaatar today.
        announced a $1bn line of credit ...'): then the leader who opens the sentence before is the one who speaks."""
        if f.donor_key or f.sent is None:
            return []
        sent = f.sent
        root = sent.root
        if root.pos_ != "VERB":
            return []
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
        m = None
        if subj:
            m = ctx.by_token.get(subj[0].i)
        elif root.i == sent.start and root.tag_ in ("VBD", "VBZ") and sent.start > 0:
            prev = sent.doc[sent.start - 1].sent
            ms = sorted(ctx.mentions_in(prev), key=lambda x: x.span.start)
            if ms and ms[0].span.start == prev.start:
                m = ms[0]
        if m is None or m.form != "person" or m.key == f.recipient_key:
            return []
        return [m.key]

    def _only_a_default_body_acted_on(self, ctx: Context, key: str) -> bool:
        """A country the text names only by a body news takes to be its when unowned ('Treasury' is Washington's),
        and that body never acts (no subject, agent or owner): the bare body is then the story's own country's."""
        ms = [m for m in ctx.mentions if m.key == key]
        if not ms or not all(m.form == "weak" and m.text in self.gaz.defaults for m in ms):
            return False
        return not any(m.span.root.dep_ in ("nsubj", "nsubjpass", "poss", "compound")
                       or (m.span.root.dep_ == "pobj" and m.span.root.head.dep_ == "agent") for m in ms)

    def _co_listers(self, ctx: Context, designations) -> list[tuple[str, Span]]:
        """'Saudi Arabia, the UAE, Bahrain and Egypt have added 59 people to their terror lists': every state or body
        joined to a lister as the subject of the listing act in the headline or lead lists too."""
        listers = {d.by_key for d in designations if d.by_key}
        out = []
        for sent in ctx.doc.sents:
            if ctx.sent_order.get(sent.start, 99) > 2 or not any(
                    t.lower_ in self.list_nouns or t.lower_.startswith(self.listing_stems) for t in sent):
                continue
            for m in ctx.mentions_in(sent):
                if m.key not in listers or m.form == "demonym":
                    continue
                root = m.span.root
                while root.dep_ == "conj":
                    root = root.head
                if root.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                kind = ctx.info[m.key].kind
                for t in [root] + [c for c in root.subtree if c.dep_ == "conj"]:
                    o = ctx.by_token.get(t.i)
                    if o is not None and o.key != m.key and o.form != "demonym" and ctx.info[o.key].kind == kind:
                        out.append((o.key, sent))
        return out

    @staticmethod
    def _co_donors(ctx: Context, f) -> list[str]:
        """'The World Bank, IMF and ADB pledge $8bn': every party joined to the donor gives too."""
        if not f.donor_key:
            return []
        donor = next((m for m in ctx.mentions_in(f.sent) if m.key == f.donor_key
                      and m.span.root.dep_ in ("nsubj", "nsubjpass", "conj", "appos")), None)
        if donor is None:
            return []
        root = donor.span.root
        while root.dep_ == "conj":
            root = root.head
        kind = ctx.info[f.donor_key].kind
        out = []
        for t in [root] + [c for c in root.subtree if c.dep_ in ("conj", "appos")]:
            m = ctx.by_token.get(t.i)
            if m is None or m.key == f.donor_key or m.form == "demonym":
                continue
            if t.dep_ == "appos" and ctx.info[m.key].kind != kind:
                continue  # "EFTA — Switzerland, Iceland ...": members named beside the bloc
            out.append(m.key)
        return out

    def _written_name(self, ctx: Context, key: str) -> str:
        """The table's name when the text uses it, else the text's own commonest written-out name
        ("Turkey" where the table says "Türkiye"): a reader knows the party by the words on the page."""
        table = self.gaz.parties[key].name
        forms: dict[str, int] = {}
        for m in ctx.mentions:
            if m.key == key and m.form in ("name", "alias"):
                forms[m.text] = forms.get(m.text, 0) + 1
        words = {f: n for f, n in forms.items() if not f.replace(".", "").isupper()  # "Turkey", not "US"
                 and not f.islower()  # nor "turkey" typed in a chat
                 and not (f.split()[0].isupper() and not f.isupper())}  # nor a wire's capitalised first word

        if not words or table in forms:
            return table  # an abbreviation alone: the full name is the one everybody lists
        return max(words, key=lambda f: (words[f], len(f)))

    @staticmethod
    def _beside_company(ctx: Context, key: str) -> bool:
        for m in ctx.mentions:
            if m.key != key:
                continue
            for t in m.span.root.conjuncts:
                other = ctx.by_token.get(t.i)
                if other is not None and other.key != key and ctx.info[other.key].kind == "company":
                    return True
        return False

    def _state_like(self, ctx: Context, key: str) -> bool:
        """An unknown place is a party only when the text treats it as a state: its government,
        its officials, it acting as a subject, or it listed beside a known country."""
        for m in ctx.mentions:
            if m.key != key:
                continue
            r = m.span.root
            nxt = ctx.doc[m.span.end] if m.span.end < len(ctx.doc) else None
            if nxt is not None and nxt.lower_ in self.gov_nouns:
                return True
            if r.dep_ in ("poss", "compound") and r.head.lower_ in self.gov_nouns:
                return True
            if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in self.gov_nouns:
                return True
            first = r
            while first.dep_ == "conj" and first.head is not first:
                first = first.head  # "the governments of Tripura and Mizoram": each of the listed owns a government
            if first is not r and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in self.gov_nouns:
                return True
            if r.dep_ == "conj" and ctx.by_token.get(r.head.i) is not None \
                    and not ctx.by_token[r.head.i].key.startswith("ent:"):
                return True
            if m.form == "demonym":
                return True
            if r.dep_ == "nsubj" and r.head.lemma_ in self.receiver_verbs:
                return True  # "Neighbouring Bihar also got a big share": it gets money as a state does
        return False


_MONEY_NAME = re.compile(r"\b[A-Z]{3}\s?\d|\d[\d.,]*\s*(million|billion|trillion|bn|mn|crore|lakh)\b", re.I)
_LOOKING_ON = re.compile(r"^(looking|looked|watching|watched|standing|stood) (on|by)$|^in attendance$")


def _onlookers(sent: Span) -> set[int]:
    """Tokens of a 'with A, B and C looking on' phrase ('as ... looked on', 'watching on', 'in attendance')."""
    out: set[int] = set()
    toks = list(sent)
    for k in range(len(toks) - 1):
        if not _LOOKING_ON.match(f"{toks[k].lower_} {toks[k + 1].lower_}"):
            continue
        start = next((j for j in range(k - 1, max(-1, k - 30), -1) if toks[j].lower_ in ("with", "as", "while")), None)
        if start is not None:
            out.update(t.i for t in toks[start + 1:k])
    # "signed the agreement before President X and Malaysian Prime Minister Y": in the presence of, not a side
    for t in toks:
        if t.lower_ == "before" and t.dep_ == "prep" and t.head.lemma_ in _PASSIVE_SIGN | {"initial", "exchange"}:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs and objs[0].ent_type_ == "PERSON":
                out.update(x.i for x in objs[0].subtree)
    return out


def _owned_by_another(ctx: Context, key: str | None) -> str | None:
    """An unknown name the text writes as another party's possession ("Eskom's Komati"): that party's plant, mine or
    unit, not a side of its own. Returns the owner's key."""
    if not key or not key.startswith("ent:"):
        return None
    doc = ctx.doc
    for m in ctx.mentions:
        if m.key == key and m.span.start >= 2 and doc[m.span.start - 1].text in ("'s", "’s"):
            owner = ctx.by_token.get(doc[m.span.start - 2].i)
            if owner is not None and owner.key != key and ctx.info[owner.key].kind != "person":
                return owner.key
    return None


def _concessive(h: Token) -> bool:
    """The mention sits in a 'despite ...' phrase of its clause: 'approved the loan despite US, UK abstentions'."""
    for t in [h, *h.ancestors]:
        if t.dep_ == "prep" and t.lower_ in _CONCESSIVE:
            return True
        if t.pos_ in ("VERB", "AUX"):
            break
    # parses go astray on a list of names after 'despite': the words back to it are names, commas and 'and'
    i = h.left_edge.i - 1
    while i >= h.sent.start and (h.doc[i].pos_ in ("PROPN", "ADJ", "DET") or h.doc[i].lower_ in (",", "and", "or")):
        i -= 1
    return i >= h.sent.start and h.doc[i].lower_ in _CONCESSIVE


def _signs(h: Token) -> bool:
    while h.dep_ in ("conj", "appos", "compound") and h.head is not h:
        h = h.head
    if h.dep_ == "poss":
        h = h.head
    return h.dep_ == "nsubj" and h.head.lemma_ in _SIGN_VERBS


def _denied_party(h: Token) -> bool:
    while h.dep_ in ("conj", "appos") and h.head is not h:
        h = h.head
    v = h.head
    return h.dep_ == "nsubj" and v.lemma_ == "be" and any(c.dep_ == "neg" for c in v.children) and any(
        c.dep_ in ("attr", "acomp") and c.lower_ in ("party", "parties", "part", "signatory", "signatories", "member")
        for c in v.children)


def _compound_of(h: Token, anchors: list[Token]) -> bool:
    """Is ``h`` a modifier, through a chain of compounds, of an agreement word ('Bodo peace accord')?"""
    t = h
    while t.dep_ in ("compound", "nmod", "amod") and t.head is not t:
        t = t.head
        if t in anchors:
            return True
    return False


def _is_army(t: Token) -> bool:
    """'army', 'military', '(Armed) Forces'."""
    return t.lower_ in ("army", "military") or (t.lower_ == "forces" and any(c.lower_ == "armed" for c in t.children))


_INSTITUTIONS = {"bank", "authority", "ministry", "government", "office", "agency", "commission", "department",
                 "council", "embassy", "treasury"}


def _state_institution_of(ent: Span, country: Span) -> bool:
    """'the Reserve Bank of India', 'the Monetary Authority of Singapore': a state's own institution, named
    '<... institution> of <state>', acts for that state (unlike 'the Bank of America')."""
    doc = ent.doc
    return country.end == ent.end and country.start >= 2 and doc[country.start - 1].lower_ == "of" \
        and doc[country.start - 2].lower_ in _INSTITUTIONS


def _named_before_bracket(span: Span, known_at: dict[int, Mention]) -> Mention | None:
    """The table mention inside a capitalised name just before '(' + ``span`` + ')', when ``span`` is
    that name's initials: 'the Sudanese Armed Forces (SAF)', 'the Reserve Bank of India (RBI)'."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return None
    i = span.start - 2
    words: list[Token] = []
    while i >= 0 and len(words) < 8 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in _SKIP_WORDS):
        words.append(doc[i])
        i -= 1
    words.reverse()
    while words and words[0].lower_ in _SKIP_WORDS:
        words.pop(0)
    owners = [known_at[t.i] for t in words if t.i in known_at]
    if not owners or len(words) < 2:
        return None
    initials = {"".join(t.text[0] for t in words if t.lower_ not in _SKIP_WORDS).upper(),
                "".join(t.text[0] for t in words).upper()}  # "Bank of Ghana (BOG)" keeps the O
    return owners[0] if span.text.upper() in initials else None


def _inside_body_name(doc: Doc, i: int) -> bool:
    """Does a capitalised phrase ending at token ``i`` start with 'Ministry', 'Department' ...?"""
    while i >= 0 and (doc[i].is_title or doc[i].lower_ in ("of", "and", "for", "the", "&")):
        if doc[i].lower_ in _BODY_HEADS:
            return True
        i -= 1
    return False


def _has_acronym_after(span: Span) -> bool:
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        acr = doc[span.end + 1].text
        return bool(_ACRONYM.match(acr)) and _initials(span.text).startswith(acr[0])
    return False


def _spelt_out_elsewhere(acronym: str, known: list[Mention]) -> Mention | None:
    """A table party named in the text by a name of several words whose initials are ``acronym``."""
    return next((m for m in known if len(m.span) > 1 and _initials(m.text) == acronym.rstrip("s")), None)


_COUNTED_NOUNS = {"countries", "states", "nations", "governments", "powers", "members", "neighbours", "neighbors"}
_SMALL_NUMBERS = {w: i for i, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                "eleven", "twelve"], start=2)}
_SMALL_NUMBERS.update({str(i): i for i in range(2, 13)})
_MEMBER_VERBS = {"comprise", "comprises", "comprised", "include", "includes", "included", "led", "co-led", "groups",
                 "brings", "consists", "made"}


def _members_listed(ctx: Context, m: Mention) -> list[Token]:
    """The parties a group's relative clause lists as its members or leaders: 'the International Partners Group
    (IPG), which is co-led by the US and Japan and also comprises Canada, Denmark and Norway'."""
    doc = ctx.doc
    i = m.span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # its acronym
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("which", "that"):
        return []
    clause = []
    for t in doc[i + 2: m.span.sent.end]:
        if t.text in (";", ".") or (t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("which", "while", "but")):
            break
        clause.append(t)
    words = [t.lower_ for t in clause]
    if not any(w in _MEMBER_VERBS or (w == "led" and k and words[k - 1] in ("-", "co")) for k, w in enumerate(words[:8])):
        return []
    if not any(t.lower_ in _MEMBER_VERBS for t in clause):
        return []
    out = []
    for t in clause:
        other = ctx.by_token.get(t.i)
        if other is not None and other.key != m.key and t.i == other.span.root.i and other.form != "demonym" \
                and ctx.info[other.key].kind in ("country", "organisation"):
            out.append(t)
    return out


def _in_force_subject(t: Token) -> bool:
    """'ECTA entered into force', 'the CEPA took effect', 'parliament ratified the CEPA': only a deal does that."""
    verb = t.head
    if t.dep_ == "nsubj" and verb.lemma_ in ("enter", "come") and any(
            c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "force" for g in c.children) for c in verb.children):
        return True
    if t.dep_ == "nsubj" and verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children):
        return True
    return (t.dep_ == "dobj" and verb.lemma_ == "ratify") or (t.dep_ == "nsubjpass" and verb.lemma_ == "ratify")


def _signed_thing(span: Span) -> bool:
    """'signed the Falepili Union', 'ratified the Kampala Convention': what is signed or ratified is the document,
    not a body (a person signed is hired, and the model calls that one a person)."""
    r = span.root
    return r.dep_ == "dobj" and r.head.lemma_ in ("sign", "ink", "ratify", "initial", "initialle") \
        and any(c.lower_ == "the" for c in r.children) and r.ent_type_ not in ("PERSON", "GPE", "NORP")


def _a_deal_by_name(span: Span, deal_nouns: set[str]) -> bool:
    """A capitalised name whose head word, before 'for'/'of'/'on', is a deal or a named thing."""
    heads = (deal_nouns | _NAMED_THINGS) - {"fund"}  # "International Fund for Agricultural Development" is a body
    return any(t.lower_ in heads and t.is_title and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in ("for", "of", "on")
               for t in span[:-1])


_INSTRUMENT_HEADS = {"facility", "instrument", "arrangement", "window", "line"}
_LENDING_WORDS = {"fund", "credit", "financing", "lending", "loan", "stand-by", "standby", "extended", "liquidity"}


def _lending_instrument(span: Span) -> bool:
    """'the Extended Fund Facility', 'a Rapid Financing Instrument', 'the Flexible Credit Line': a loan of a kind,
    not the lender ('the Global Environment Facility' lends nothing by its name)."""
    return len(span) > 1 and span[-1].lower_ in _INSTRUMENT_HEADS and any(t.lower_ in _LENDING_WORDS for t in span[:-1])


def _skip_acronym_after(span: Span, agreement_words: set[str]) -> None:
    """'... Investment (PGII)': the bracketed acronym names the same deal."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
            and _ACRONYM.match(doc[span.end + 1].text):
        agreement_words.add(doc[span.end + 1].text)


def _named_before(doc: Doc, i: int) -> bool:
    """A capitalised name just before token ``i``: 'the AlUla Declaration', 'the Xi'an Declaration' (a name
    with an apostrophe is no title-case word)."""
    prev = doc[i - 1]
    return not prev.is_sent_start and (prev.is_title or (prev.text[:1].isupper() and prev.text[1:2].islower()
                                                          and any(ch in prev.text for ch in "'’-")))


def _initials(name: str) -> str:
    words = re.findall(r"[A-Za-zÀ-ÿ]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _SKIP_WORDS)


def _trim_span(ent: Span) -> Span | None:
    s, e = ent.start, ent.end
    while s < e and (ent.doc[s].lower_ in ("the", "a", "an") or ent.doc[s].is_punct
                     or (ent.doc[s].is_lower and ent.doc[s].lower_ not in _CONNECT)):
        s += 1  # "cr - Tata Electronics": a unit and a dash glued on by the model
    while e > s and (ent.doc[e - 1].text in ("'s", "’s", "'", "’") or ent.doc[e - 1].is_punct):
        e -= 1
    for i in range(s, e - 1):
        if ent.doc[i].text == "(" and _ACRONYM.match(ent.doc[i + 1].text):
            e = i  # "Front Uni du Nord (FUN)": the acronym is an alias, not part of the name
            break
    if s >= e:
        return None
    return ent.doc[s:e]


_TITLES = {"president", "minister", "secretary", "premier", "chancellor", "governor", "king", "queen", "prince",
           "emir", "general", "chief", "director", "ambassador", "envoy", "commissioner", "mayor", "senator"}
_CONNECT = {"of", "the", "de", "del", "du", "la", "le", "des", "y", "al", "pour", "and", "et", "da", "do", "dos"}
_BODY_HEADS = {"ministry", "department", "office", "council", "agency", "commission", "authority", "bureau",
               "secretariat", "directorate", "cabinet", "parliament", "congress", "senate", "assembly", "embassy",
               "government", "court", "tribunal"}
_GENERIC = {"state", "energy", "frontier", "kingdom", "centre", "center", "union", "republic", "north", "south", "east",
            "west", "gulf", "coast", "region", "province", "county", "district", "city", "capital", "front", "bank"}
_NAMED_THINGS = {"treaty", "initiative", "act", "law", "letter", "plan", "programme", "program", "strategy", "corridor", "project",
                 "summit", "conference", "forum", "declaration", "resolution", "fund"}
_NOT_PARTIES = {"foreign terrorist organization", "foreign terrorist organisation", "specially designated global terrorist",
                "specially designated nationals", "state sponsor of terrorism", "first schedule", "sdn", "uapa"}


def expand_name(span: Span, covered: set[int] | frozenset = frozenset()) -> Span:
    """Grow a model entity to the whole written name: 'Vanguard of the [Caliphate]', '[Transportes Arcoíris] del Norte'."""
    doc = span.doc
    sent_start = span.sent.start
    s, e = span.start, span.end
    while s > sent_start:
        t = doc[s - 1]
        if t.pos_ == "PROPN" and t.is_title and s - 1 > sent_start and t.i not in covered \
                and t.lower_ not in _TITLES \
                and not t.ent_type_ in ("DATE", "PERSON") and doc[s - 2].text not in ("-", "–"):
            s -= 1
        elif t.text in ("-", "–") and s - 2 >= sent_start and doc[s - 2].is_title \
                and not t.whitespace_ and not doc[s - 2].whitespace_ and doc[s - 2].i not in covered:
            s -= 2  # "Dima-Barak Revolutionary Front"
        elif t.lower_ in _CONNECT and s - 2 >= sent_start and doc[s - 2].is_title and doc[s - 2].pos_ == "PROPN" \
                and t.lower_ not in ("and",):
            s -= 2
        elif t.lower_ in ("the",) and s - 2 >= sent_start and doc[s - 2].lower_ == "of" and s - 3 >= sent_start \
                and doc[s - 3].is_title:
            s -= 3
        else:
            break
    while e < len(doc):
        t = doc[e]
        if t.lower_ in _CONNECT - {"and", "the"} and e + 1 < len(doc) and doc[e + 1].is_title and doc[e + 1].pos_ == "PROPN":
            e += 2
        elif t.lower_ in _CONNECT - {"and", "the"} and e + 2 < len(doc) and doc[e + 1].lower_ in _CONNECT \
                and doc[e + 2].is_title:
            e += 3  # "Mouvement pour la Souveraineté du Kivu"
        elif t.pos_ == "PROPN" and (t.is_title or t.is_upper) and not t.ent_type_ in ("DATE", "GPE", "NORP", "CARDINAL"):
            e += 1
        elif t.text == "(" and e + 2 < len(doc) and doc[e + 2].text == ")" and doc[e + 1].is_title \
                and not _ACRONYM.match(doc[e + 1].text):
            e += 3  # "DBRF (Reformist)": the bracketed word is part of the name
        else:
            break
    return doc[s:e]


def _kind(span: Span, label: str = "") -> str:
    words = {t.lower_ for t in span}
    if label == "GPE":
        return "country"
    if span[-1].lower_ in _COMPANY_SUFFIX:
        return "company"
    if words & _GROUP_WORDS:
        return "group"
    return "organisation"


def _lists_signatories(sent: Span) -> bool:
    """'The signatories were A; B; and C': the sentence names who signed."""
    return any(t.lower_ in ("signatories", "signers") and t.dep_ in ("nsubj", "nsubjpass", "attr") for t in sent)


def _signing_subject(t: Token) -> bool:
    """'Signing for the ethnic side were ...': the signing itself is the subject of 'be', its signers follow."""
    return t.lemma_ in _PASSIVE_SIGN and t.tag_ == "VBG" and t.dep_ in ("csubj", "nsubj") and t.head.lemma_ == "be" \
        and t.i < t.head.i
