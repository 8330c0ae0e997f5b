"""Pure span helpers: where a listed name starts and ends, however the model tagged it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bot.extract.designations.aliases import acronym_of
from bot.extract.designations.model import Candidate
from bot.extract.designations.words import (
    ACT_NOUNS, CONNECT_IN_NAMES, DESCRIPTORS, EDGE_WORDS, FIRM_JOINERS, GROUP_NOUNS, NAME_HEADS,
)


def modifies_past_bracket(sp: Span) -> bool:
    """'a Lashkar-e-Tayyiba (LeT) proxy': a name and its bracketed short form modifying the common noun after the
    bracket names whose proxy (front, unit, chief) is meant, not what is listed."""
    doc, i = sp.doc, sp.end
    if i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    noun = doc[i + 3]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in GROUP_NOUNS \
        and noun.lower_.rstrip(".") not in NAME_HEADS and sp.root.head.i == noun.i \
        and sp.root.dep_ in ("compound", "nmod", "amod")


def and_acronym(spans: list[Span]) -> list[Span]:
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
            if len(short) >= 3 and acronym_of(doc[p.start: c.end].text) == short and acronym_of(c.text) != short:
                out[-1] = doc[p.start: c.end]
                continue
        out.append(c)
    return out


def grown_to_acronym(sp: Span) -> Span:
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
        if not (t.text[:1].isupper() or t.lower_ in CONNECT_IN_NAMES or t.text in ("-", "–")):
            break
        letters = [w[0].lower() for w in re.split(r"[\s\-–]+", doc[j: sp.start].text) if w]
        if "".join(letters) == acr and t.text[:1].isupper():
            return doc[j: sp.end]
    return sp


def dateline_end(sent: Span) -> int:
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


def on_the_list_too(cop: Token) -> bool:
    """'A and B are also on the list': after a listing, 'also' ties the subject to the list just told (the very list,
    'the'), so the copula restates the listing with more names."""
    if cop.lemma_ != "be" or cop.dep_ != "ROOT" or any(c.dep_ == "neg" for c in cop.children) \
            or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in cop.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lower_ in ("list", "lists", "blacklist") and any(d.lower_ == "the" for d in g.children)
        for g in c.children) for c in cop.children)


def listed_subject(trig: Token, change_words: set[str]) -> Token | None:
    """'A, B and C are now listed entities', 'X has become a proscribed organisation': a listing participle modifying
    what the copula says the subject has come to be lists the subject ('Hamas is a listed entity', with no word of
    change, tells a standing listing)."""
    if on_the_list_too(trig):
        subj = [c for c in trig.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
        return subj[0] if subj else None
    if trig.pos_ != "VERB" or trig.tag_ != "VBN" or trig.dep_ != "amod" or trig.head.dep_ != "attr":
        return None
    cop = trig.head.head
    if cop.lemma_ not in ("be", "become") or any(c.dep_ == "neg" for c in cop.children):
        return None
    if cop.lemma_ == "be" and not any(c.dep_ == "advmod" and c.lower_ in change_words for c in cop.children):
        return None
    subj = [c for c in cop.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and c.i < trig.i]
    return subj[0] if subj else None


def agent_of(sp: Span) -> bool:
    """'a process ordered by President Donald Trump': who did something ('by X' of a passive) acts, he is not
    the listed thing."""
    r = sp.root
    return r.dep_ == "pobj" and r.head.dep_ == "agent" and r.head.lower_ == "by"


def conjuncts(t: Token) -> list[Token]:
    """'Britain, Canada, Australia and Norway': the token and every conjunct chained to it."""
    out, todo = [], [t]
    while todo:
        x = todo.pop(0)
        out.append(x)
        todo += [c for c in x.children if c.dep_ == "conj"]
    return out


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-–]+", text) if w[:1].isupper())


def in_place(sp: Span) -> Span:
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


def glued_tail(sp: Span) -> Span:
    """'ISIS-Philippines', 'ISIS-West Africa': a capitalised word glued to a name by a hyphen with no space either side
    names one branch of it (often a place), however the model cut it; a lower-case word so glued ('Wagner-linked')
    modifies, it is no part of a name."""
    doc, e, hi = sp.doc, sp.end, sp.sent.end
    grown = e
    while e + 1 < hi and doc[e].text in ("-", "–") and not doc[e].whitespace_ and not doc[e - 1].whitespace_ \
            and doc[e + 1].is_alpha and (doc[e + 1].is_title or doc[e + 1].is_upper):
        e += 2
        grown = e
        while e < hi and doc[e].pos_ == "PROPN" and doc[e].is_title and doc[e - 1].whitespace_ and e - grown < 2:
            e += 1  # "ISIS-West Africa"
        grown = e
    return doc[sp.start: grown] if grown > sp.end else sp


def after_bullet(sp: Span, titles: set[str] = frozenset()) -> Span:
    """'- Alexey Valeryevich Minin, ...': the first word of a bulleted item, right after the spaced dash that opens
    the line, is a name's first word when it is a capitalised compound of that name (the model often drops it); a
    title there ('- Colonel X') is not."""
    doc, s = sp.doc, sp.start
    if s < 2 or doc[s - 2].text not in ("-", "–", "—", "•", "*") or not doc[s - 2].whitespace_ \
            or not (s - 2 == 0 or "\n" in doc[s - 3].text or "\n" in doc[s - 3].whitespace_ or doc[s - 3].is_space):
        return sp
    t = doc[s - 1]
    if t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound" and sp.start <= t.head.i < sp.end and not t.ent_type_ \
            and t.lower_.rstrip(".") not in titles:
        return doc[s - 1: sp.end]
    return sp


def body_named_after(sp: Span, covered: set[int]) -> Span:
    """'the Sheikh Eid bin Mohammad Al Thani Charitable Association', 'the Sheikh Thani bin Abdullah Foundation for
    Humanitarian Services': a body's name (ending in a head word such as Association or Foundation) often honours a
    person, title and all, and may go on with 'for' and what it serves; the model tags the person's part and the
    rest apart. Capitalised words hung on the head word before the name, and an untagged capitalised 'for' phrase
    after it, are the body's name."""
    doc, lo, hi = sp.doc, sp.sent.start, sp.sent.end
    if sp[-1].lower_.rstrip(".") not in NAME_HEADS or not sp[-1].is_title:
        return sp
    s, e = sp.start, sp.end
    while s - 1 > lo and doc[s - 1].dep_ == "compound" and s <= doc[s - 1].head.i < e and doc[s - 1].i not in covered \
            and (doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title or doc[s - 1].lower_ in ("bin", "ibn", "bint")) \
            and doc[s - 1].ent_type_ not in ("DATE", "GPE", "NORP"):
        s -= 1
    if doc[s].lower_ in ("bin", "ibn", "bint"):
        s = sp.start
    k = e + 1
    while e < hi and doc[e].lower_ == "for" and k < hi and doc[k].pos_ == "PROPN" and doc[k].is_title \
            and not doc[k].ent_type_ and doc[k].i not in covered:
        while k < hi and doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_:
            k += 1
        e = k
    return doc[s: e] if (s, e) != (sp.start, sp.end) else sp


def modifier_only(sp: Span) -> bool:
    """'after it praised the Hamas attacks': a name modifying another noun names what that noun is about; 'the
    group' later points back at a group named in its own right."""
    r = sp.root
    return r.dep_ in ("compound", "amod", "nmod") and r.head.i >= sp.end and r.head.pos_ == "NOUN" \
        and r.head.lower_ not in GROUP_NOUNS and r.head.lower_.rstrip(".") not in NAME_HEADS


def aside(t: Token) -> bool:
    """'X (listed as Y)': a listing verb opening brackets after the name it describes tells how X is listed."""
    return t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "appos") and t.i > t.sent.start \
        and t.doc[t.i - 1].text in ("(", "[") and t.head.i < t.i - 1


def line_start(sent: Span) -> bool:
    """The sentence opens a line of the text."""
    doc, i = sent.doc, sent.start
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text or "\n" in sent.text[:1]


def tidy(sp: Span) -> Span | None:
    """'Monday the Red Dawn Brigade', 'the Silver Hand Network as': a date word before a name, and a function word at
    either edge, are no part of it."""
    doc, s, e = sp.doc, sp.start, sp.end
    while e - s > 1 and doc[e - 1].is_lower and doc[e - 1].lower_ in EDGE_WORDS:
        e -= 1
    while e - s > 1 and (doc[s].ent_type_ in ("DATE", "TIME") and doc[s + 1].ent_type_ not in ("DATE", "TIME")
                         or doc[s].is_lower and doc[s].lower_ in EDGE_WORDS and doc[s].lower_ != "the"):
        s += 1
    if e - s > 2 and doc[s].lower_ in ACT_NOUNS and doc[s + 1].lower_ == "of":
        s += 2  # "Listing of Hamas": the act, then the name
    if doc[s].lower_ == "the" and e - s > 1 and s > sp.start:
        s += 1
    return doc[s:e] if e > s else None


def hyphen_pairs(cands: list[Candidate]) -> list[Candidate]:
    """'Yunus-Bek Yevkurov' tagged as 'Yunus' and 'Bek Yevkurov': two names glued by a hyphen are one."""
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        doc = c.span.doc
        if p is not None and not p.aliases and c.span.start - p.span.end == 1 and doc[p.span.end].text in ("-", "–") \
                and not doc[p.span.end].whitespace_ and not doc[p.span.end - 1].whitespace_ and c.span[0].is_title:
            out[-1] = Candidate(doc[p.span.start: c.span.end], list(c.aliases))
            continue
        out.append(c)
    return out


def place_pairs(cands: list[Candidate]) -> list[Candidate]:
    """'Jammu and Kashmir Liberation Front' tagged as the place 'Jammu' and 'Kashmir Liberation Front': a lone place
    word joined by 'and' to a name with a head of its own ('Front', 'Army') is the first word of that name."""
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and not p.aliases and len(p.span) == 1 and p.span[0].ent_type_ in ("GPE", "LOC") \
                and c.span.start - p.span.end == 1 and p.span.doc[p.span.end].lower_ == "and" \
                and c.span[-1].lower_.rstrip(".") in NAME_HEADS and c.span[0].is_title \
                and c.span.root.ent_type_ != "PERSON":
            out[-1] = Candidate(p.span.doc[p.span.start: c.span.end], list(c.aliases))
            continue
        out.append(c)
    return out


def titled_body(sp: Span) -> bool:
    """'Prince Group', 'General Trading LLC': a name ending on a body's head word names the body, whatever title
    word ('prince', 'general') it opens with; no person is named so."""
    return len(sp) >= 2 and sp[-1].lower_.rstrip(".") in NAME_HEADS and not any(t.ent_type_ == "PERSON" for t in sp)


def described_name(sp: Span) -> bool:
    """'the Mungiki sect': a name before a noun that says what kind of body it is, the noun the listing's object."""
    doc, r = sp.doc, sp.root
    return sp.end < len(doc) and r.head.i == sp.end and doc[sp.end].lower_ in DESCRIPTORS \
        and doc[sp.end].dep_ in ("dobj", "nsubjpass", "conj", "appos", "pobj") and sp.start > 0 \
        and doc[sp.start - 1].lower_ == "the"


def lower_case(sent: Span) -> bool:
    """A sentence written in lower case (chat): no word of it capitalised, acronyms aside; or opening in lower case
    with few capitalised words ('ofac just hit dodik again ..., and added Alternativna Televizija (ATV)')."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3:
        return False
    titled = sum(1 for t in words if t.is_title and len(t) > 1)
    return titled == 0 or words[0].is_lower and words[0].i == sent.start and titled * 4 <= len(words)


def bracket_names(sp: Span, lower_ok: bool = False) -> list[tuple[str, range]]:
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
                        w.text[:1].isupper() or w.lower_ in CONNECT_IN_NAMES or w.text in ("-", "–", "'", "’")
                        or w.is_digit and k > 0 for k, w in enumerate(words)):
                    return []
                out.append((doc[piece[0]: piece[-1] + 1].text, range(piece[0], piece[-1] + 1)))
            piece = []
            continue
        piece.append(j)
    return out


def split_lists(ents) -> list[Span]:
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
                 and doc[t.i - 1].lower_.rstrip(".") in NAME_HEADS and doc[t.i + 1].is_title and t.i - ent.start >= 2
                 and doc[t.i + 1].lower_.rstrip(".") not in FIRM_JOINERS
                 and (doc[ent.end - 1].lower_.rstrip(".") in NAME_HEADS or doc[t.i + 1].dep_ in ("conj", "compound")
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


def join_firms(ents: list[Span]) -> list[Span]:
    """'Akhtar and Sons Private Limited', 'Harlow & Partners', 'Karim Bros. & Co.': a firm's name joined by 'and'/'&'
    to Sons, Partners, Co. ... is one name, however the model cut it."""
    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and (t.is_title or t.is_upper) and t.ent_type_ not in ("DATE", "CARDINAL")

    def joint(doc: Doc, i: int) -> bool:  # doc[i] is 'and'/'&', doc[i + 1] a joiner word
        return 0 < i and i + 1 < len(doc) and doc[i].lower_ in ("and", "&") \
            and doc[i + 1].lower_.rstrip(".") in FIRM_JOINERS and doc[i + 1].text[:1].isupper() \
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
