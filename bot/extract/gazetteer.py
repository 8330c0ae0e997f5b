"""Names of countries, international bodies and government agencies, resolved to one party.

A PhraseMatcher over the surface forms of the data tables finds every mention in one
pass; the resolution (which party, what kind of name) is a dictionary lookup.
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from bot.extract.data import load_json


@dataclass
class PartyDef:
    key: str
    name: str
    kind: str  # country | organisation | company | group
    weak: set[str] = field(default_factory=set)
    peers: set[str] = field(default_factory=set)  # bodies of its kind: one named lets a weak short form stand


@dataclass
class Mention:
    key: str
    span: Span
    form: str  # name | alias | capital | demonym | body | weak | person | ent

    @property
    def text(self) -> str:
        return self.span.text


class Gazetteer:
    def __init__(self, nlp: Language) -> None:
        self.parties: dict[str, PartyDef] = {}
        self.surface: dict[str, tuple[str, str]] = {}
        self.defaults: set[str] = set()
        lex = load_json("lexicon.json")
        self.gov_nouns = set(lex["gov_nouns"])
        self.titles = set(lex["person_titles"]) | {"prime", "foreign", "defence", "defense", "finance", "vice", "deputy",
                                                   "state", "crown", "supreme", "leader", "former"}
        self.offer_nouns = set(lex["offer_nouns"])  # not deal nouns: "a Turkish port concession" is a company's

        def add(surface: str, key: str, form: str) -> None:
            s = surface[4:] if surface.lower().startswith("the ") else surface
            if s and s not in self.surface:
                self.surface[s] = (key, form)

        for c in load_json("countries.json"):
            key = c["name"]
            self.parties[key] = PartyDef(key, c["name"], "country")
            add(c["name"], key, "name")
            for a in c["aliases"]:
                add(a, key, "alias")
            for a in c["capitals"]:
                add(a, key, "capital")
            for a in c["demonyms"]:
                add(a, key, "demonym")
        for o in load_json("orgs.json"):
            key = o["name"]
            self.parties[key] = PartyDef(key, o["name"], o.get("kind", "organisation"), set(o.get("weak", [])),
                                         set(o.get("peers", [])))
            add(o["name"], key, "name")
            for a in o["aliases"]:
                add(a, key, "alias")
            for a in o.get("bodies", []):
                add(a, key, "body")
            for a in o.get("weak", []):
                add(a, key, "weak")
        self.locale: dict[str, list[str]] = {}
        self._locale_word: dict[str, re.Pattern] = {}  # each locale word, bounded as a word
        for country, agencies in load_json("agencies.json").items():
            if country.startswith("_"):
                continue
            if agencies.get("locale"):
                self.locale[country] = agencies["locale"]
                for w in agencies["locale"]:
                    self._locale_word[w] = re.compile(rf"(?<!\w){re.escape(w)}" + (r"(?!\w)" if w[-1].isalnum() else ""))
            for a in agencies["strong"]:
                add(a, country, "body")
            for a in agencies["weak"]:
                add(a, country, "weak")
            self.defaults.update(agencies.get("default", []))
        for party, people in load_json("people.json").items():
            if not party.startswith("_"):
                for person in people:
                    add(person, party, "person")
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("GAZ", list(nlp.tokenizer.pipe(self.surface.keys())))
        # chat pastes written all in lower case ("russia and ukraine agreed", "ofac hit ..."): names and acronyms
        # of three letters or more matched without case, except names that are also common words ("us", "chad",
        # "who"); a weak name only where it stands for its country unnamed ("treasury")
        common = {w.lower() for w in lex.get("lowercase_ambiguous", [])}
        short_ok = set(lex.get("lowercase_short_ok", []))
        self.lower_defaults = {d.lower() for d in self.defaults}
        self.lower_surface: dict[str, tuple[str, str]] = {}
        for surf, val in self.surface.items():
            low = surf.lower()
            if low in self.lower_surface or low in common or (val[1] == "weak" and low not in self.lower_defaults):
                continue
            acronym = surf.isupper() and " " not in surf
            if low in short_ok or " " in low or len(low) >= 4 or (acronym and len(low) >= 3):
                self.lower_surface[low] = val
        self.home_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.home_matcher.add("HOME", list(nlp.tokenizer.pipe(lex.get("home_bodies", []))))
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lower_matcher.add("GAZ", list(nlp.tokenizer.pipe(self.lower_surface.keys())))
        # a name written with its own diacritics ('Việt Nam', 'Hà Nội', 'Bogotá'): matched on its plain letters,
        # spaces aside, when the written form carries a letter outside ASCII
        self.folded: dict[str, tuple[str, str]] = {}
        for surf, val in self.surface.items():
            if val[1] in ("name", "alias", "capital") and len(surf) >= 4 and not surf.isupper():
                self.folded.setdefault(_fold(surf), val)

    def lookup(self, text: str) -> tuple[str, str] | None:
        t = text[4:] if text.lower().startswith("the ") else text
        return self.surface.get(t)

    def mentions(self, doc: Doc, dateline: str = "") -> tuple[list[Mention], set[int]]:
        """Every gazetteer mention, longest match first; weak names only beside a strong one.

        Also returns every token a table name covers, kept or not, so the model's entities
        do not re-create a dropped demonym as an unknown party.
        """
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        text = doc.text  # built anew on every access: once here
        if _lower_case_text(text):
            spans += [doc[s:e] for _, s, e in self.lower_matcher(doc)]
        else:
            # edited prose never writes a country or its capital in lower case: "moscow says the pact is dead"
            # in a chat that opens with "US" is still a chat
            for _, s, e in self.lower_matcher(doc):
                span = doc[s:e]
                key, form = self.lower_surface[span.text.lower()]
                if span.text.islower() and form in ("name", "capital") and self.parties[key].kind == "country":
                    spans.append(span)
                elif span.text.islower() and form == "person" and span[0].is_sent_start:
                    spans.append(span)  # "sunak just announced $2bn ...": a chat line opening with a leader's name
                elif span.text.isupper() and len(span.text) >= 4 and _in_capitals(span.sent):
                    spans.append(span)  # "PHILIPPINES-JAPAN RECIPROCAL ACCESS AGREEMENT ENTERS INTO FORCE": a headline in capitals
                elif len(span) > 1 and span[0].is_upper and len(span[0]) > 1 and span[0].is_sent_start \
                        and span[0].text.capitalize() + span[0].whitespace_ + doc[s + 1:e].text in self.surface:
                    spans.append(span)  # "PAPUA New Guinea and Australia signed ...": a paragraph's first word in capitals
        spans += self._folded_spans(doc)
        from spacy.util import filter_spans

        out: list[Mention] = []
        covered: set[int] = set()
        inside = {}  # token -> the longer named place or body it is part of ("the Myanmar International Convention Centre")
        for ent in doc.ents:
            if ent.label_ in ("FAC", "ORG", "GPE", "LOC") and len(ent) > 1:
                for t in ent:
                    inside[t.i] = ent
        for span in filter_spans(spans):
            key, form = self.surface.get(span.text) or self.lower_surface.get(span.text.lower()) \
                or self.folded[_fold(span.text)]
            covered.update(range(span.start, span.end))
            if form == "demonym" and not self._demonym_refers_to_state(span):
                continue
            ent = inside.get(span.start)
            prev = doc[span.start - 1] if span.start > 0 else None
            if form == "weak" and ((ent is not None and len(ent) > len(span) and ent.end == span.end
                                    and self.lookup(ent.text) is None and any(t.is_title and t.i < span.start for t in ent))
                                   or (prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper()
                                       and prev.text not in self.surface and not prev.is_sent_start)):
                continue  # 'Centre' ending a venue's name is no central government, 'Peace Council' no EU body
            if form == "body" and prev is not None and prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start \
                    and prev.text not in self.surface and prev.ent_type_ not in ("GPE", "NORP") \
                    and self._owner_named_before(span) is None:
                continue  # "United People's Liberation Army": a longer name of its own, not China's army
            if form in ("body", "weak"):
                key = self._owner_named_before(span) or key  # "the German Foreign Office" is Germany's
            out.append(Mention(key, span, form))
        out += self._hyphen_pairs(doc, out, covered)
        out += _surnames_after_full_names(doc, out, covered)
        out.sort(key=lambda m: m.span.start)
        out = [m for m in out if m.form != "person" or not self._titled_by_another(m, out)]
        strong = {m.key for m in out if m.form != "weak"}
        home_spans = self.home_matcher(doc)
        need = home_spans or any(m.form == "weak" and m.key not in strong for m in out)
        # only a nameless body needs one; 'JUBA — Sudan's transitional government and ...': the government the story
        # names by its owner is the one 'the government' means later, wherever the story is filed from
        home = (self.home(text) or _government_owner(doc, out, self.parties, min((s for _, s, _ in home_spans), default=len(doc)))
                or self._dateline_home(dateline) or self._capital_line(doc, out)) \
            if need else None
        if home is not None:
            # "the Cabinet cleared ...", "MHA has notified ...": a body named without its country is the home country's
            strong.add(home)
            for _, s, e in home_spans:
                span = doc[s:e]
                if any(t.i in covered for t in span):
                    continue
                prev = doc[s - 1] if s > 0 else None
                if prev is not None and (prev.text in ("'s", "’s") or prev.pos_ in ("PROPN", "ADJ")):
                    continue  # "Japan's Cabinet", "Sri Lankan Cabinet": someone else's
                if e < len(doc) and doc[e].lower_ == "of":
                    continue  # "the Cabinet of Japan"
                covered.update(range(s, e))
                out.append(Mention(home, span, "weak"))
            out.sort(key=lambda m: m.span.start)
        return [m for m in out if m.form != "weak" or m.key in strong or m.text in self.defaults
                or (m.text.islower() and m.text in self.lower_defaults) or self._peer_named(m, strong)], covered

    def _peer_named(self, m: Mention, strong: set[str]) -> bool:
        """'WB put together a $12bn package' beside the IMF: a short form shared with other names ('WB' is also
        West Bengal, the West Bank) stands for the lender where a body of its kind is named."""
        peers = self.parties[m.key].peers if m.key in self.parties else set()
        return bool(peers & strong)

    def _folded_spans(self, doc: Doc) -> list[Span]:
        out = []
        for tok in doc:
            if tok.is_ascii or not any(ch.isalpha() and ord(ch) > 127 for ch in tok.text) or not tok.text[0].isupper():
                continue
            for a in range(max(0, tok.i - 2), tok.i + 1):
                for b in range(tok.i + 1, min(len(doc), a + 3) + 1):
                    span = doc[a:b]
                    if span[0].text[0].isupper() and span[-1].is_alpha and _fold(span.text) in self.folded:
                        out.append(span)
        return out

    def _owner_named_before(self, span: Span) -> str | None:
        """The state a body's name is prefixed with ('German', "Japan's"), when that is another state."""
        doc = span.doc
        i = span.start - 1
        if i >= 0 and doc[i].text in ("'s", "’s"):
            i -= 1
        if i < 0:
            return None
        hit = self.surface.get(doc[i].text) or (self.lower_surface.get(doc[i].lower_) if doc[i].is_lower else None)
        if hit is None or hit[1] not in ("demonym", "name", "alias") or self.parties[hit[0]].kind != "country":
            return None
        return hit[0]

    def _hyphen_pairs(self, doc: Doc, out: list[Mention], covered: set[int]) -> list[Mention]:
        """'iran-us round', 'us-china talks': a short form joined by a hyphen to a state is a state too,
        in any case ("us" alone is a pronoun); so is a longer name in lower case joined to a state or bloc."""
        states = {t for m in out if self.parties[m.key].kind == "country" for t in (m.span.start, m.span.end - 1)}
        # a longer name typed in lower case beside a bloc or state ("EU-mercosur negotiations") is that body
        sides = {t for m in out if self.parties[m.key].kind in ("country", "organisation") for t in (m.span.start, m.span.end - 1)}
        extra = []
        for tok in doc:
            if tok.i in covered or not tok.is_alpha:
                continue
            if len(tok.text) > 3:
                hit, near = (self.lower_surface.get(tok.lower_), sides) if tok.is_lower else (None, sides)
                if hit is not None and hit[1] not in ("name", "alias"):
                    hit = None
            else:
                hit, near = self.surface.get(tok.text.upper()), states
            if hit is None or self.parties[hit[0]].kind not in ("country", "organisation"):
                continue
            before = tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and tok.i - 2 in near
            after = tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and tok.i + 2 in near
            if before or after:
                covered.add(tok.i)
                extra.append(Mention(hit[0], doc[tok.i:tok.i + 1], "alias"))
        return extra

    def _titled_by_another(self, m: Mention, out: list[Mention]) -> bool:
        """'Dutch Prime Minister Mark Rutte': the title says whom the person speaks for, whatever the table says."""
        doc = m.span.doc
        i = m.span.start - 1
        while i >= 0 and doc[i].is_title and doc[i].lower_ in self.titles:
            i -= 1
        if i == m.span.start - 1 or i < 0:
            return False
        before = next((x for x in out if x.span.start <= i < x.span.end), None)
        return before is not None and before.key != m.key and before.form in ("demonym", "name", "alias")

    def home(self, text: str, at_least: int = 1) -> str | None:
        """The country whose currency, laws, legislature or provinces the text speaks of, if any: the one with the
        most such words (``at_least`` of them), when no other has as many ('Tk' and 'Bangladesh Bank' beside a
        'crore' India shares)."""
        hits = {c: n for c, n in self._locale_counts(text).items() if n >= at_least}
        if not hits:
            return None
        ranked = sorted(hits, key=hits.get, reverse=True)
        if len(ranked) > 1 and hits[ranked[0]] == hits[ranked[1]]:
            return None
        return ranked[0]

    @lru_cache(maxsize=8)
    def _locale_counts(self, text: str) -> dict[str, int]:
        """How many distinct locale words of each country the text has. A plain substring test first: one
        pattern of every country's words, tried at each character, cost more than the rest of the gazetteer."""
        return {c: n for c, words in self.locale.items()
                if (n := sum(1 for w in words if w in text and self._locale_word[w].search(text)))}

    def _dateline_home(self, dateline: str) -> str | None:
        """'MANILA, Philippines —', 'NAIROBI, March 11 (Reuters) -': the country a story is filed from."""
        for part in re.split(r"[,/(]", dateline):
            part = part.strip(" —–-:").strip()
            hit = self.surface.get(part) or self.surface.get(part.title())
            if hit is not None and hit[1] in ("name", "capital", "alias") and self.parties[hit[0]].kind == "country":
                return hit[0]
        return None

    def _capital_line(self, doc: Doc, out: list[Mention]) -> str | None:
        """'Dar es Salaam. The government and ...': a story filed from a capital that opens its first paragraph with
        the city's name and a full stop."""
        for m in out:
            if m.span.start > 200:
                break
            sent = m.span.sent
            if m.form == "capital" and self.parties[m.key].kind == "country" and m.span.start == sent.start \
                    and m.span.end < len(doc) and doc[m.span.end].text == "." and sent.end == m.span.end + 1:
                return m.key
        return None

    def _demonym_refers_to_state(self, span: Span) -> bool:
        """'Ecuadorian officials' is Ecuador; 'Ecuadorian gangs' is not. 'An Israeli proposal', 'the Russian
        offer': a state makes offers."""
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        head = span.root.head
        for tok in (nxt, head):
            if tok is not None and tok.lower_ in self.gov_nouns:
                return True
        return span.root.dep_ == "amod" and head.lower_ in self.offer_nouns


def _surnames_after_full_names(doc: Doc, out: list[Mention], covered: set[int]) -> list[Mention]:
    """'Swiss President Viola Amherd ... Amherd said': after the full name, the surname alone is the same person."""
    surnames: dict[str, str] = {}
    first_at: dict[str, int] = {}
    for m in out:
        if m.form == "person" and len(m.span) > 1 and m.span[-1].is_title:
            surnames.setdefault(m.span[-1].text, m.key)
            first_at.setdefault(m.span[-1].text, m.span.start)
    extra = []
    for tok in doc:
        key = surnames.get(tok.text)
        if key is not None and tok.i not in covered and tok.i > first_at[tok.text] and tok.pos_ == "PROPN":
            covered.add(tok.i)
            extra.append(Mention(key, doc[tok.i:tok.i + 1], "person"))
    return extra


def _fold(text: str) -> str:
    """'Hà Nội' -> 'hanoi', 'Việt Nam' -> 'vietnam': plain letters, no case, no spaces."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D").replace("ı", "i"))
    return "".join(ch for ch in plain if ch.isalnum() and not unicodedata.combining(ch)).lower()


def _in_capitals(sent: Span) -> bool:
    """A line written all in capitals (a headline or a heading): three words or more, none in lower case."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper or len(t) == 1 for t in words)


def _lower_case_text(text: str) -> bool:
    """Text typed without capitals: its first word and nearly every other word in lower case."""
    first = _FIRST_WORD.search(text)
    if first is None or not first.group(0).islower():
        return False
    words = _FIRST_WORD.findall(text)
    # capitalised words mark edited prose; acronyms in capitals ('SDGT', 'FTO') are typed in chats too
    titled = sum(1 for w in words if w[0].isupper() and (len(w) == 1 or w[1:].islower()) and w != "I")
    return len(words) >= 4 and titled / len(words) < 0.1


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _government_owner(doc: Doc, mentions: list[Mention], parties: dict[str, PartyDef], before: int) -> str | None:
    """The one country the text names as owning a government ('Sudan's transitional government', 'the Sudanese
    government') before it first says 'the government' bare, if there is exactly one."""
    owners = set()
    for m in mentions:
        if m.span.start >= before or m.form not in ("name", "alias", "demonym") or parties[m.key].kind != "country":
            continue
        nxt = doc[m.span.end:m.span.end + 3]
        if m.form != "demonym" and (not len(nxt) or nxt[0].text not in ("'s", "’s")):
            continue
        if any(t.lower_ in ("government", "administration") for t in nxt):
            owners.add(m.key)
    return next(iter(owners)) if len(owners) == 1 else None

