"""One entry per listed thing: short forms, acronyms and surnames joined to the full name."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.extract.designations.model import Found
from bot.extract.designations.words import FIRM_JOINERS, FIRM_TAILS, LEGAL_FORMS, NAME_HEADS, TRADE_WORDS


def merge(found: list[Found]) -> list[Found]:
    """One entry per listed thing and list: 'BVTF' and 'Barak Valley Tiger Force' are one."""
    def names(f: Found) -> set[str]:  # "Ansar al-Shari'a" and "Ansar al-Sharia" are one spelling
        return {re.sub(r"['’‘`]", "", n.lower()) for n in [f.entity] + f.aliases}

    specific = {(n.lower(), f.by) for f in found
                if f.category in ("foreign_terrorist_organization", "specially_designated_global_terrorist")
                for n in [f.entity] + f.aliases}
    # a headline's loose "as terrorists" gives way to the exact US lists named in the body
    found = [f for f in found if not (f.category == "terrorist_organization" and f.by == "United States" and (
        (f.entity.lower(), f.by) in specific or any(short_form(f.entity, e, True) or short_form(e, f.entity, True)
                                                    for e, by in specific if by == f.by)))]
    out: list[Found] = []
    for f in found:
        twin = next((o for o in out if (o.category, o.action, o.by) == (f.category, f.action, f.by)
                     and (names(o) & names(f) or acronym_of(f.entity) == o.entity or acronym_of(o.entity) == f.entity
                          or short_form(o.entity, f.entity) or short_form(f.entity, o.entity)
                          or _firm_short_name(o.entity, f.entity) or _firm_short_name(f.entity, o.entity))), None)
        if twin is None:
            out.append(f)
            continue
        if len(f.entity) > len(twin.entity) and not ACR.match(f.entity):
            twin.aliases = [a for a in dict.fromkeys([twin.entity] + twin.aliases + f.aliases) if a != f.entity]
            twin.entity = f.entity
        else:
            twin.aliases = [a for a in dict.fromkeys(twin.aliases + [f.entity] + f.aliases) if a != twin.entity]
    return out


_SURNAME_PARTICLES = {"ben", "bin", "ibn", "abu", "al", "el", "van", "von", "de", "del", "da", "di", "le", "la", "bint", "ould"}


ACR = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}$")


_FORM_TAILS = {"movement", "group", "organisation", "organization", "network", "militia", "s", "es"}


def short_form(short: str, full: str, loose: bool = False) -> bool:
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
    for form in LEGAL_FORMS:
        if rest.startswith(form + " "):
            rest = rest[len(form) + 1:]
            break
    b = rest.split()
    if len(a) != 1 or len(b) < 2 or b[0] != a[0]:
        return False
    if b[-1] in FIRM_TAILS:
        b = b[:-1]
    elif rest == full.lower().replace(".", "").replace(",", ""):
        return False  # neither a leading nor a trailing legal form: not told as a firm's registry name
    return all(w in TRADE_WORDS for w in b[1:])


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


def acronym_of(name: str) -> str:
    words = re.findall(r"[A-Za-zÀ-ÿ]+", name)
    return "".join(w[0].upper() for w in words if w.lower() not in {"of", "the", "and", "for", "de", "du", "del", "la"})



def one_name_per_person(found: list[Found], doc: Doc, honorifics: list[str]) -> list[Found]:
    """'Aleksandr Gennadievich Ermakov' ... 'Mr Ermakov', 'Sharaa' ... 'Ahmed al-Sharaa': one person the text
    names in full and later by surname (with a courtesy title, or without the 'al-' of the full name) is one
    entity under the full name, whatever list or authority the shorter mention goes with."""
    title = re.compile(r"^(?:" + "|".join(re.escape(h) for h in honorifics) + r")\.?\s+(?=[A-Z])", re.I)
    people = {title.sub("", e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    for f in found:
        bare = title.sub("", f.entity)
        words = bare.lower().replace("'s", " ").split()
        if len(words) > 4 or set(words) & (NAME_HEADS | FIRM_JOINERS):
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
        if not fuller and len(f.entity.split()) == 1 and f.entity[:1].isupper():
            # "Kanyuka is being designated ..." after "Lawrence Kanyuka Kingston": a one-word name that is a later word
            # of one listed person's full name is that person
            fuller = {o.entity for o in found if o is not f and o.entity in people and len(o.entity.split()) >= 3
                      and f.entity in o.entity.split()[1:]
                      and not set(o.entity.lower().split()) & (NAME_HEADS | FIRM_JOINERS)}
        if not fuller and any(title.match(a) for a in f.aliases):
            # "Mr Ermakov" in the only listing sentence: the full name the text gave him before
            fuller = {p for p in people if _surname_of(f.entity, p)}
        if len(fuller) == 1:
            full = fuller.pop()
            f.aliases = [a for a in dict.fromkeys([f.entity] + f.aliases) if a != full]
            f.entity = full
    return found
