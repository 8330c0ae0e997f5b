"""The wording of lists and listing acts (designations.json), read once."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.data import load_json
from bot.extract.designations.words import SAYS


class Vocabulary:
    """Triggers, list names and their categories, and the words each stage tests."""

    def __init__(self) -> None:
        data = load_json("designations.json")
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
        self.naming_records = set(data["naming_records"])
        self.generic_targets = set(data["generic_targets"])
        self.title_tails = set(data["title_tails"])
        self.stay_verbs = set(data["still_listed"]["verbs"])
        self.still_listed_words = set(data["still_listed"]["words"])
        self.reason_phrases = [p.split() for p in data["reason_phrases"]]
        self.person_titles = set(load_json("lexicon.json")["person_titles"]) | set(data.get("more_person_titles", []))
        self.says = SAYS | set(data.get("say_verbs", []))
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

    def reason_phrase_at(self, t: Token) -> bool:
        """'in connection with', 'on account of': a phrase opening at t that gives the reason for a listing."""
        doc = t.doc
        # ("due to take effect on Monday": a time to come, no reason)
        return any(t.lower_ == p[0] and t.i + len(p) <= t.sent.end
                   and [x.lower_ for x in doc[t.i: t.i + len(p)]] == p
                   and not (t.i + len(p) < t.sent.end and doc[t.i + len(p)].tag_ == "VB") for p in self.reason_phrases)

    def categories_in(self, text: str) -> list[str]:
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

    def revoked_order(self, verb: Token, trig: Token) -> bool:
        """'cancelled the order that banned X', 'revoked the notification which declared X unlawful': the listing
        told in the relative clause is what the revoking verb undoes."""
        return verb.dep_ in ("relcl", "acl") and verb.lower_ in self.designate and verb.head.head.i == trig.i \
            and trig.lower_ in self.revoke and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "NOUN"

    def in_list_phrase(self, sp: Span) -> bool:
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

    def inside_list_name(self, t: Token) -> bool:
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

    def not_listed_name(self, text: str) -> bool:
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
