"""Money committed in the story, told apart from prices, values, fines and old totals.

An amount counts when the words that govern it speak of giving (pledge, loan, grant,
package ...) and none speak of worth, cost or penalty, and it is not a dated total.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.extract.data import load_json
from bot.extract.money import Amount, reader
from bot.extract.parties import Context, PartyResolver
from bot.extract.timeline import background_sections, dateline, dates, days_before

_RATE_AFTER = re.compile(r"^\s*(a|per|an|each|every)\s+(year|month|week|day|tonne|ton|barrel|person|head|unit|share|"
                         r"megawatt|kilowatt|mwh|kwh|head|piece)|^\s*each\b|^\s*annually|^\s*a\s+(megawatt|kilo)", re.I)
_DATA = load_json("money.json")
# "$750m a year for ten years": a yearly sum over a stated term is a commitment, not a rate
_ANNUAL_TERM = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in _DATA["annual_term"]["rate_words"]) + r")\s*,?\s*(?:"
                          + "|".join(_DATA["annual_term"]["term_patterns"]) + r")", re.I)
# "(about $1.1bn)", "(~NPR 56bn, abt USD 500m)", ", or some $6m", "equivalent to about ...": the hedge words of a
# conversion are data; after a bare comma only the hedges that cannot open a list item ("over", "nearly" can)
_APPROX = [w for w in _DATA["approx_words"] if w != "or"]
_APPROX_RE = "|".join(re.escape(w) for w in sorted(_APPROX, key=len, reverse=True))
_COMMA_RE = "|".join(re.escape(w) for w in sorted(set(_APPROX) - {"over", "nearly", "almost"}, key=len, reverse=True))
# "(US$1bn)", "[$1bn]": a bracket opened right after the money; " - about $1bn - ", " — $1bn — ": a conversion
# between dashes (a hyphen wants a hedge word: "£5m - $6m" may be a list)
_CONVERSION_BEFORE = re.compile(rf"([\(\[]\s*({_APPROX_RE}|or)?\s*$)|"
                                rf"(\s-\s*({_APPROX_RE})\s*$)|(\s?[–—]\s*({_APPROX_RE})?\s*$)|"
                                rf"(,?\s*or\s+({_APPROX_RE})?\s*$)|"
                                rf"((equivalent|equal)\s+(of|to)?\s*({_APPROX_RE})?\s*$)|"
                                rf"(,\s*({_COMMA_RE})\s*$)", re.I)
# "(£430m; $540m)": a second conversion in the bracket, right after the first, in another currency
_CONVERSION_INNER = re.compile(rf"[\(\[][^()\[\]]*[;,/]\s*({_APPROX_RE}|or)?\s*$", re.I)
_CONVERSION_SENT = re.compile(r"\b(" + "|".join(_DATA["conversion_cues"]["patterns"]) + r")\b", re.I)
_PAST = re.compile(r"\b(" + "|".join(_DATA["background_patterns"]) + r")\b", re.I)
_PAST_DATED = re.compile(r"\b(" + "|".join(_DATA["past_dated"]["patterns"]) + r")\b", re.I)
_FORWARD = set(_DATA["past_dated"]["not_after"])
_TALKS = {"talks", "negotiations", "negotiation", "discussions", "consultations"}
_ON_DATE = re.compile(r"\b(" + "|".join(_DATA["past_dated"]["antecedent_patterns"]) + r")", re.I)
# "under the 2009 ... Act", "at the 2019 conference": an instrument or event named by a year before the text's own
_YEAR_NAMED = re.compile(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\b(?!\s*[–-])", re.I)
# a year the text looks ahead to ("by 2030", "through 2027") says nothing of when the text was written
_YEAR_SEEN = re.compile(r"(?<!by )(?<!until )(?<!through )(?<!till )(?<!to )(?<!before )\b((?:19|20)\d\d)\b(?!\s*[–-])", re.I)
_CUMULATIVE = re.compile(r"\b(" + "|".join(re.escape(w) for w in _DATA["cumulative_markers"]) + r")\b", re.I)
_COMPARE = {k: set(v) for k, v in _DATA["comparison_preps"].items() if not k.startswith("_")}
_MULTIPLIERS = set(_DATA["multipliers"]["words"])
_ORDERS = {k: set(v) for k, v in _DATA["penalty_orders"].items() if not k.startswith("_")}
_BUDGETS = set(_DATA["budget_nouns"]["nouns"])
_REACHING = set(_DATA["reaching_verbs"]["verbs"])
_HEAD_ONLY = set(_DATA["head_only_decoys"]["words"])
_TAX_RELIEFS = set(_DATA["head_only_decoys"]["tax_reliefs"])
_WITHDRAWN = {k: set(v) for k, v in _DATA["withdrawn"].items() if not k.startswith("_")}
_TARGETS = set(_DATA["target_nouns"]["nouns"])
_AIM_VERBS = set(_DATA["target_nouns"]["verbs"])
_SAYS = {"say", "announce", "confirm", "state", "tell"}
_RECEIVE = {"receive", "get", "obtain", "secure", "accept"}  # the subject gets the money: 'from' names the giver
_DUE_TO = {"be", "set", "due", "expect", "poise"}  # "is to receive", "is set to receive", "is due to receive"
_FROZEN_MONEY = {k: set(v) for k, v in _DATA["frozen_money"].items() if not k.startswith("_")}
_STOCK_VERBS = set(_DATA["stock_verbs"]["verbs"])
_STANDING_VERBS = set(_DATA["stock_verbs"]["standing"])
_RESTING_VERBS = set(_DATA["stock_verbs"]["resting"])
_EVENT_NOUNS = set(_DATA["event_nouns"]["nouns"])
_PUT_ON = set(_DATA["put_on"]["nouns"])
_TABLE_HEADS = set(_DATA["table_heads"]["words"])
_IN_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\b")
_RELIEF_VERBS = dict(_DATA["debt_relief"]["verbs"])
_DEBTS = set(_DATA["debt_relief"]["debts"])
_UNIT_NOUNS = set(_DATA["per_unit"]["nouns"])
_UNIT_QUANT = set(_DATA["per_unit"]["quantifiers"])
_UNIT_AFTER = re.compile(r"^\s*(?:(?:for\s+)?(?:" + "|".join(_UNIT_QUANT) + r"|a|an)\s+(?:[\w-]+\s+)?(?:"
                         + "|".join(sorted(_UNIT_NOUNS, key=len, reverse=True)) + r"))\b", re.I)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}  # 'both governments', 'the two banks'
_HELP = {"help", "support", "assist", "enable", "allow", "aid"}
_FUNDING_NOUNS = {"investment", "investments", "loan", "loans", "aid", "grant", "grants", "financing", "package",
                  "assistance", "credit", "funding", "pledges", "commitments", "support", "contribution"}
_LENDER_PROGRAMMES = {w.lower() for w in _DATA["lender_programmes"]["acronyms"]}
_PROGRAMME_NOUNS = {"facility", "programme", "program", "bailout", "arrangement"} | _LENDER_PROGRAMMES
_OWN = _DATA["own_facility"]
_PROJECT_NOUNS = set(load_json("lexicon.json")["project_nouns"])
_PACKAGE_WORDS = _FUNDING_NOUNS | _PROGRAMME_NOUNS | set(_DATA["package_words"]["words"])
_BOUNTY = {k: set(v) for k, v in _DATA["bounty"].items() if not k.startswith("_")}
_RELATIVE = {k: set(v) for k, v in _DATA["relative_time"].items() if not k.startswith("_")}
_DEFINITE = {"the", "that", "this", "those", "these", "its", "their", "same"}
_PLACE_PREPS = {"in", "at", "near", "from", "across", "through", "into", "inside", "outside", "around"}
_DECOY_VERBS = set(_DATA["decoy_verbs"])
_APPROVAL_VERBS = set(_DATA["approval_verbs"])
_CONDITIONS = set(_DATA["conditional_marks"])
# "for 2024-25", "in 2025/26": one budget year names money ahead; a longer span ("the 2022–2025 period") is a past run
_YEARS = re.compile(r"\b((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)?\d\d)\b")  # "2025/26" as "2025-26"


def _mask_fiscal(text: str) -> str:
    def one(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        return "FY" if b == a + 1 or b == (a + 1) % 100 else m.group(0)
    return _YEARS.sub(one, text)
_HEDGES = set(_DATA["hedging_modals"])
_WANT_VERBS = set(_DATA["object_only_decoy_verbs"]["verbs"])
_REMAINDER = set(_DATA["remainder_words"]["words"])
_NON_FUNDING_PURPOSES = set(_DATA["non_funding_purposes"]["verbs"])
_MEASURE = set(_DATA["measure_verbs"])
_SEPARATE = set(_DATA["separate_clause_marks"])
_TOTAL_NOUNS = set(_DATA["running_total"]["nouns"])
_TOTAL_VERBS = set(_DATA["running_total"]["verbs"])
_PROMISED_BEFORE = set(_DATA["promised_before"]["words"])
_LEVEL_AT = set(_DATA["level_at"]["verbs"])
_HOME_DOLLARS = {k: v for k, v in _DATA["home_dollars"].items() if not k.startswith("_")}
_RELEASE = _DATA["home_release"]
_OFFICES = "|".join(re.escape(w) for w in sorted(_RELEASE["offices"], key=len, reverse=True))
_RELEASE_OF = [(c, re.compile(rf"(?i)\b(?:{_OFFICES})\b(?:\s+[\w'’]+){{0,4}}?\s+of\s+(?:the\s+)?(?:commonwealth\s+of\s+)?"
                              rf"{re.escape(c)}\b")) for c in _HOME_DOLLARS]
_RELEASE_DEM = [(c, re.compile(rf"(?i)\b{re.escape(d)}\s+(?:{_OFFICES})\b")) for d, c in _RELEASE["demonyms"].items()]


def _release_home(text: str) -> str | None:
    """The dollar country whose office heads the text ('PRIME MINISTER OF AUSTRALIA', 'New Zealand Government'):
    a short line among the opening lines, a release's letterhead."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][: _RELEASE["lines"]]
    for line in lines:
        if len(line.split()) > 8:
            continue
        for country, pat in _RELEASE_OF + _RELEASE_DEM:
            if pat.search(line):
                return country
    return None


@dataclass
class FundFound:
    amount: Amount
    purpose: str | None
    donor: str | None
    recipient: str | None
    donor_key: str | None
    recipient_key: str | None
    sent: Span


class FundingFinder:
    def __init__(self, parties: PartyResolver) -> None:
        data = load_json("money.json")
        self.funding = set(data["funding_words"]) | _LENDER_PROGRAMMES
        self.decoy = set(data["decoy_words"])
        self.parties = parties
        self.agreement_nouns = set(load_json("lexicon.json")["strong_agreement_nouns"])
        # what one text's sentences are dated against; per thread, for the finder is shared by
        # the threads of a process that parses in-process (BRIEF_EXTRACT_PROCESSES=0, the CLI)
        self._text = threading.local()

    def find(self, doc: Doc, ctx: Context) -> list[FundFound]:
        countries = {ctx.info[k].name: n for k, n in ctx.counts.items()}
        years = [int(y) for y in _YEAR_SEEN.findall(doc.text)]
        self._text.doc_year = max(years) if years else None
        # the blanked dateline ("GENEVA, 20 October 2025 -") first, then the opening lines
        self._text.dateline = dateline((getattr(ctx.cleaned, "dateline", "") or "") + "\n" + doc.text)
        self._text.dated_events = {}  # sentence start -> the verbs of money dated at an earlier event there
        background = background_sections(doc.text, after_story=True)
        out: list[FundFound] = []
        per_unit: list[FundFound] = []
        seen = set()
        converted: list[tuple[str, float, tuple, int]] = []  # (currency, value, the amount it converts, where)
        items = []
        for sent in doc.sents:
            if ctx.sent_weight(sent) <= 0 or any(a <= sent.start_char < b for a, b in background):
                continue
            found = reader().find(sent.text, countries)
            found += [b for b in reader().bare(sent.text, None)
                      if not any(a.start < b.end and b.start < a.end for a in found)]
            found.sort(key=lambda a: a.start)
            spans = [doc.char_span(sent.start_char + a.start, sent.start_char + a.end, alignment_mode="expand")
                     for a in found]
            items.append((sent, found, spans))
        # the lead: the first sentence with money below a headline
        head = _headline(doc)
        self._text.lead = next((st.start for st, f, _ in items if f and head is not None and st.start > head.start), None)
        # money written without a currency is in the one the text writes most ("imf approves another 1.3bn loan")
        written = [a.currency for _, f, _ in items for a in f if a.mark]
        main_currency = max(set(written), key=written.count) if written else None
        for _, f, _ in items:
            for i, a in enumerate(f):
                south_asian = re.search(r"(?i)crore|\bcr\b|lakh", a.text)  # crore and lakh stay in a rupee or taka
                if not a.mark and main_currency and a.currency != main_currency and (
                        not south_asian or main_currency in ("INR", "BDT", "PKR", "NPR", "LKR")):
                    f[i] = Amount(a.start, a.end, a.text, a.value, main_currency, "")
        self._home_dollars(doc, ctx, items, written)
        # the parts of a package, found by their sum: index (item, amount) -> what was seen when the sum was made
        parts_of: dict[tuple[int, int], frozenset] = {}
        for si, (sent, found, spans) in enumerate(items):
            text = sent.text
            nxt = items[si + 1] if si + 1 < len(items) and items[si + 1][0].start == sent.end else None
            summed_at = None
            for k, am in enumerate(found):
                a0 = sent.start_char + am.start
                span = spans[k]
                if span is None:
                    continue
                if summed_at != len(out):
                    # "R254bn of relief - R184bn in advances plus up to R70bn of its debt", "Half of the money, $10bn,
                    # ... The other $10bn ...": amounts of this sentence (and the next) that add up to a sum found
                    summed_at = len(out)
                    for tag in self._summing_parts(si, sent, found, spans, nxt, out):
                        parts_of.setdefault(tag, frozenset(seen))
                summing = {kk for (ii, kk) in parts_of if ii == si}
                # "€1bn ($1.1bn)", "£5m for X (about $6m)": a conversion restates an amount before it, in
                # another currency or right after it; "a plant in Assam (Rs 27,000 cr)" is an amount of its own
                if k and (_CONVERSION_BEFORE.search(text[max(0, am.start - 25): am.start]) and any(
                        am.start - p.end <= 100 and (p.currency != am.currency or am.start - p.end <= 12)
                        for p in found[:k]) or (
                        found[k - 1].currency != am.currency and am.start - found[k - 1].end <= 12
                        and _CONVERSION_INNER.search(text[max(0, found[k - 1].start - 2): am.start]))):
                    prev = next(p for p in reversed(found[:k]) if p.currency != am.currency or am.start - p.end <= 12)
                    converted.append((am.currency, am.value, (prev.currency, round(prev.value, 2)), sent.start))
                    continue
                if not k and si and items[si - 1][1] and items[si - 1][0].end == sent.start \
                        and "\n" not in doc.text[items[si - 1][0].end_char: sent.start_char]:
                    # "KSh 138 billion (approx. USD 1 billion)": the hedge's full stop may end the sentence for the
                    # parser; the bracket opened in the sentence before still holds a conversion
                    before, pfound, _ = items[si - 1]
                    shift = sent.start_char - before.start_char
                    tail = doc.text[before.start_char: sent.start_char] + text[:am.start]
                    prev = next((p for p in reversed(pfound) if p.currency != am.currency
                                 and am.start + shift - p.end <= 100), None)
                    if prev is not None and _CONVERSION_BEFORE.search(tail[-25:]):
                        converted.append((am.currency, am.value, (prev.currency, round(prev.value, 2)), sent.start))
                        continue
                if re.search(r"=\s*$", text[max(0, am.start - 3): am.start]) or re.match(r"\s*=", text[am.end: am.end + 3]):
                    continue  # "($1 = 137 shillings)": an exchange rate
                if _RATE_AFTER.search(text[am.end: am.end + 30]) and not (
                        text[am.end: am.end + 30].lstrip().lower().startswith("each") and self._each_of(span) > 1) \
                        and not _ANNUAL_TERM.search(text[am.end: am.end + 60]):
                    continue  # "$5 each" is a price; "Japan and Korea will lend $2bn each" is two sums
                # "At the current exchange rate, the grant is worth around Rs60bn": money found already, restated
                if _CONVERSION_SENT.search(text) and any(f.amount.currency != am.currency for f in out):
                    continue
                others = [o for o in spans if o is not None and o is not span]
                wholes = [p for p in found[:k] if p.currency == am.currency and p.value > am.value]
                coordinated = span.root.dep_ == "conj" and span.start > sent.start \
                    and doc[span.start - 1].lower_ in ("and", "plus") and any(
                        (p.currency, round(p.value, 2)) in seen for p in found[:k])
                if coordinated:
                    pass  # "to provide €150m in budget support and €105m this year for borders": the same verb's money
                elif k in summing:
                    pass  # "Under the deal, X will pay $24bn ... and convert $11bn ...": the parts of the $35bn found before
                elif wholes and self._is_part(span):
                    # "£2.5bn ..., which would include £200m for drones": a part stands or falls with its package
                    if not any((p.currency, round(p.value, 2)) in seen for p in wholes):
                        continue
                elif self._is_remainder(span) and any(f.amount.currency == am.currency and f.amount.value > am.value
                                                       for f in out):
                    # "€1bn of that would be disbursed ..., while the remaining €4bn would require approval"
                    if not self._is_commitment(span, sent, others, part=True):
                        continue
                elif self._is_part(span) and self._names_package(span) and any(
                        f.amount.currency == am.currency and f.amount.value > am.value for f in out):
                    # "Xi pledged 360bn yuan ... He said the package would include 210bn yuan in credit lines, 80bn
                    # yuan in assistance and 70bn yuan in investment": the parts of a package found in an earlier sentence
                    if not self._is_commitment(span, sent, others, part=True):
                        continue
                elif self._projects_worth(span) and any(f.amount.currency == am.currency and f.amount.value > am.value
                                                         for f in out):
                    # "accords worth $46bn ... Projects worth about $28bn are planned as early harvest": a share of
                    # the package's projects, told by their value in a later sentence
                    if not self._is_commitment(span, sent, others, part=True):
                        continue
                elif self._share_for(span) and any(f.amount.currency == am.currency and f.amount.value > am.value
                                                    for f in out):
                    # "$3.05bn will go to Medupi. A further $260m is for a wind farm": a share of the package told
                    # by what it is for
                    if not self._is_commitment(span, sent, others, part=True):
                        continue
                elif self._own_facility(span) or not self._is_commitment(span, sent, others):
                    continue
                key = (am.currency, round(am.value, 2))
                donor_key, recipient_key = self._donor(span, ctx), self._recipient(span, sent, ctx)
                if recipient_key == donor_key:
                    recipient_key = None
                amount = Amount(a0, sent.start_char + am.end, am.text, am.value, am.currency, am.mark)
                if key in seen and not (k in summing and key not in parts_of[(si, k)]) \
                        and not self._another_sum(span, donor_key, key, out, ctx):
                    # a part of a sum is its own item even when another part has the same figure; a restatement
                    # that says how many gave it ("each side tips in $1bn" ... "the US and Australia to put $1bn
                    # each") tells the sums not yet counted
                    have = sum(1 for f in out if (f.amount.currency, round(f.amount.value, 2)) == key)
                    for _ in range(self._each_of(span) - have):
                        out.append(FundFound(amount, self._purpose(span, sent), None, ctx.name(recipient_key), None,
                                             recipient_key, sent))
                    continue
                seen.add(key)
                out.append(FundFound(amount, self._purpose(span, sent), ctx.name(donor_key), ctx.name(recipient_key),
                                     donor_key, recipient_key, sent))
                if self._per_unit(span, text[am.end: am.end + 40], ctx):
                    per_unit.append(out[-1])
                for _ in range(self._each_of(span) - 1):
                    # "the Union government and the state each contributing Rs 750 crore": one sum from each giver
                    out.append(FundFound(amount, out[-1].purpose, None, ctx.name(recipient_key), None, recipient_key, sent))
        out += self._table_rows(doc, ctx, background, seen)
        # "PH, Japan ink P51-B loan" over "a loan of ¥104.53 billion (about P51 billion)": a headline may give the
        # money in the figure of its conversion; with the money found in the currency written, that figure is the
        # same money again (the same figure elsewhere in the body may be another sum)
        first = _headline(doc)
        out = [f for f in out if not (first is not None and f.sent.start == first.start and any(
            c == f.amount.currency and abs(v - f.amount.value) <= 0.005 * v and of in seen and f.sent.start < at
            and of != (f.amount.currency, round(f.amount.value, 2)) for c, v, of, at in converted))]
        # "each family will get a deposit of Rs 4 lakh": a rate inside a package whose total the text gives
        drop = {id(f) for f in per_unit if any(g.amount.currency == f.amount.currency and g.amount.value > f.amount.value
                                               and g not in per_unit for g in out)}
        return [f for f in out if id(f) not in drop]

    def _home_dollars(self, doc: Doc, ctx: Context, items: list, written: list[str]) -> None:
        """A bare '$' is the home country's dollar when the text is that country's own press (its outlets,
        provinces or statistics office named: the gazetteer's locale words) and the money is that country's government's:
        CBC's 'Ottawa announced $650 million' is Canadian dollars. A text that writes the home dollar's own mark
        (C$, A$) elsewhere keeps its bare '$' for US dollars; so does a giver that is not the home country."""
        if "$" not in doc.text:
            return
        home = self.parties.gaz.home(doc.text, at_least=2)
        release = False
        if _HOME_DOLLARS.get(home) is None:
            # a government's own release: its letterhead names the country; money its own bodies give is its own
            home = _release_home(doc.text)
            release = home is not None
        currency = _HOME_DOLLARS.get(home)
        if currency is None or currency in written:
            return
        for _, found, spans in items:
            for i, a in enumerate(found):
                if a.mark != "$" or spans[i] is None:
                    continue
                giver = self._donor(spans[i], ctx)
                if ctx.name(giver) == home or (release and (giver is None or ctx.info[giver].kind != "country")):
                    found[i] = Amount(a.start, a.end, a.text, a.value, currency, a.mark)

    def _table_rows(self, doc: Doc, ctx: Context, background: list, seen: set) -> list[FundFound]:
        """A pasted table of money given: 'Sector | Ministry | Approved Outlay (Rs crore)' over rows such as
        'Food Products | Ministry of Food Processing | 10,900'. Each row's figure is an item, its label the purpose,
        when the money column's header (or the line that brings in the table) speaks of giving and the header
        names no price, value or cost and neither it nor the line before it dates the money in the past."""
        if "|" not in doc.text:
            return []
        out = []
        text = doc.text
        for am, label, header, head_start, row_start, row_end in reader().table_amounts(text):
            if any(a <= row_start < b for a, b in background):
                continue
            caption = text[:head_start].rstrip().rsplit("\n", 1)[-1]
            head_words = set(re.findall(r"[a-z]+", header.lower()))
            said = head_words | set(re.findall(r"[a-z]+", caption.lower()))
            if not said & (self.funding | _TABLE_HEADS) or head_words & self.decoy \
                    or _PAST.search(_mask_fiscal(header)) or _PAST.search(_mask_fiscal(caption)):
                continue
            key = (am.currency, round(am.value, 2))
            row = doc.char_span(row_start, row_end, alignment_mode="expand")
            if key in seen or row is None:
                continue
            seen.add(key)
            out.append(FundFound(am, label or None, None, None, None, None, row))
        return out

    def _summing_parts(self, si: int, sent: Span, found: list[Amount], spans: list, nxt, out: list[FundFound]) \
            -> set[tuple[int, int]]:
        """The amounts of one sentence, or of it and the next, that add up in one currency to a package found
        before are its parts ('a first payment of $15bn ... and a second payment of $20bn' of a $35bn deal), whatever
        verb carries them (pay, acquire); a yardstick or an earlier sum among them spoils the count. Returned as
        (item, amount) indices."""
        picked: set[tuple[int, int]] = set()
        here = [((si, k), a, spans[k]) for k, a in enumerate(found) if spans[k] is not None]
        groups = [here]
        if nxt is not None:
            there = [((si + 1, k), a, nxt[2][k]) for k, a in enumerate(nxt[1]) if nxt[2][k] is not None]
            if there:
                groups.append(here + there)
        for cands in groups:
            for cur in {a.currency for _, a, _ in cands}:
                idx = [c for c in cands if c[1].currency == cur]
                for whole in {f.amount.value for f in out if f.amount.currency == cur}:
                    parts = [c for c in idx if c[1].value < whole]
                    if len(parts) < 2 or abs(sum(c[1].value for c in parts) - whole) > 0.005 * whole:
                        continue
                    if len(groups) > 1 and cands is groups[1]:
                        if len({c[0][0] for c in parts}) < 2:
                            continue  # the next sentence alone is counted when its turn comes
                        # across sentences a chance sum is likelier: each part must read as a share of money given
                        if not all(self._is_commitment(c[2], c[2].sent, [o[2] for o in idx if o is not c
                                                                         and o[0][0] == c[0][0]], part=True)
                                   for c in parts):
                            continue
                    if any(self._is_baseline(c[2]) or self._dated(
                            c[2], c[2].sent, [o[2] for o in idx if o is not c and o[0][0] == c[0][0]]) for c in parts):
                        continue
                    picked.update(c[0] for c in parts)
        return picked

    # -- classification ---------------------------------------------------------------
    def _governors(self, span: Span) -> list[Token]:
        """The words above the amount up to and including its clause verb, plus that verb's subject."""
        out: list[Token] = []
        tok = span.root
        verbs = 0
        for anc in tok.ancestors:
            out.append(anc)
            if anc.lower_ in ("including", "includes", "include"):
                continue  # "£120m in aid, including £20m for ...": a part of the package reads like the package
            if anc.lemma_.lower() in _MEASURE and anc.dep_ == "acl":
                continue  # "two loans totalling $1.2bn": the loans are what the amount measures
            if anc.pos_ in ("VERB", "AUX") and anc.dep_ == "advcl" and verbs == 0 \
                    and any(c.lower_ in _SEPARATE and c.dep_ in ("mark", "cc") for c in anc.children):
                out.append(anc)
                out.extend(c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))
                break  # "X fined the bank €5m, while the government pledged €20m": a clause of its own
            if anc.pos_ in ("VERB", "AUX"):
                verbs += 1
                out.extend(c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))
                if verbs == 1:
                    # "will come as concessional loans", "to pay $265m (Sh34bn) in bribes": what the money comes as
                    for c in anc.children:
                        if c.dep_ == "prep" and c.lower_ in ("as", "in") and c.i >= span.end:
                            out.extend(g for g in c.children if g.dep_ == "pobj")
                    # "first $9.65bn gets disbursed": the participle carries the verb's meaning
                    out.extend(c for c in anc.children if c.dep_ in ("acomp", "oprd") or c.dep_ == "xcomp" and c.tag_ == "VBN")
                    # "market reserves stood at $5bn": what the subject of the amount's own verb is; the subject of
                    # a clause above it ("so the reserves story holds") is not what the money is
                    for c in anc.children:
                        if c.dep_ in ("nsubj", "nsubjpass"):
                            out.extend(x for x in c.children if x.dep_ in ("compound", "amod", "poss"))
                if verbs >= 1 and anc.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or verbs >= 2:
                    break
        # words hanging off the amount itself: "$9 billion market value", "$300m grant", "in loans"
        head = span.root.head
        if head is not span.root and head.pos_ in ("NOUN", "PROPN"):
            out.extend(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
        for t in span:
            out.extend(c for c in t.children if c.i not in range(span.start, span.end))
            for c in t.children:
                if c.dep_ == "prep":
                    out.extend(c.children)
        return out

    def _is_commitment(self, span: Span, sent: Span, others: list[Span] | None = None, part: bool = False) -> bool:
        """Money given in the story; ``part`` is a share of a package already found, which needs no giving
        word of its own but still falls to decoys, background and conditions."""
        doc = span.doc
        if self._is_baseline(span):
            return False
        if _glossed(span):
            return False  # "- $1.4 billion: the relief the 2022 restructuring would bring": a key-figures entry
        # "bringing its total since 2022 to more than $44bn": a running sum
        verb0 = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb0 is not None and verb0.lemma_.lower() in _TOTAL_VERBS and any(
                c.dep_ == "advmod" and c.lower_ == "now" for c in verb0.children) \
                and not self._gives_the_step(span, verb0) and not self._subject_of(span, verb0):
            return False  # "the Fund's lending to Argentina now totals $44bn": where a sum stands now
        total_verb = verb0
        if verb0 is not None and verb0.lemma_.lower() not in _TOTAL_VERBS and span.root.dep_ == "pobj" \
                and span.root.head.lower_ == "to" and span.root.head.head.i == verb0.i:
            # "bringing its total support since the conflict began to £770m": the parser may hang the 'to' on a
            # verb inside the total's own description; the verb of the total before it is the one it reaches
            up = next((t for t in verb0.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if up is not None and up.lemma_.lower() in _TOTAL_VERBS and up.i < verb0.i < span.start:
                total_verb = up
        if total_verb is not None and total_verb.lemma_.lower() in _TOTAL_VERBS \
                and not self._gives_the_step(span, total_verb) \
                and any(c.lower_ in _TOTAL_NOUNS or any(a.lower_ in _TOTAL_NOUNS and a.dep_ in ("amod", "compound")
                                                        for a in c.children)
                        for c in total_verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
            # "bringing its total to $44bn", "bringing total pledges to €6bn"
            return False
        if verb0 is not None and verb0.lemma_.lower() in _REACHING and any(c.dep_ == "dobj" for c in verb0.children) \
                and any(x.dep_ == "pobj" and x.head.lower_ == "to" and x.head.head.i == verb0.i
                        for x in [span.root] + list(span.root.ancestors)[:2]) and not self._sum_of_parts(span, sent):
            # "brings Germany's contribution to the fund to €2bn": the level reached ("would provide $1bn in loans
            # and $1bn in investment, bringing its pledge to $2bn" is the package of the parts beside it)
            return False
        if self._whole_of_level(span):
            return False  # "takes the US to $1bn of its $3bn pledge": the pledge a running level is measured against
        if verb0 is not None and self._in_talks(verb0):
            return False  # "in talks with the IMF to expand its $3bn loan programme": money under discussion
        if self._dated_antecedent(span):
            return False  # "the Tk 5,000 crore fund she announced on March 25": earlier news
        gov = self._governors(span)
        words = {t.lower_ for t in gov} | {t.lemma_.lower() for t in gov}
        if any(_signs_off(t) for t in gov):
            words.add("approve")  # "signed off (on) CHF 5bn for Ukraine": to sign off is to approve
        if any(_puts_into(t) for t in gov):
            words.add("contribute")  # "uk's putting £80m into brazil's amazon fund"
        if verb0 is not None and verb0.lemma_.lower() == "receive" and verb0.pos_ == "VERB" and (
                self._future(span) or any(c.dep_ == "aux" and c.lower_ in ("would", "is", "are") for c in verb0.children)
                or (verb0.dep_ == "xcomp" and verb0.head.lemma_.lower() in _DUE_TO and verb0.head.tag_ != "VBD"
                    and not any(c.lower_ in ("was", "were") for c in [verb0.head, *verb0.head.children])
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb0.children))):
            words.add("provide")  # "Ukraine will receive €50bn over four years": money to come is money given
        relief = self._relieves_debt(span, verb0)
        if relief:
            words.add("relief")  # "China will cancel $1.2bn of Zambia's debt": debt relief
        near = list(doc[max(sent.start, span.start - 4): span.start]) + list(doc[span.end: min(sent.end, span.end + 3)])
        # where the money goes is not what it is: "pledged €50m to the appeal" is no appeal target
        near = [t for t in near if not any(a.dep_ == "prep" and a.lower_ in ("to", "for", "toward", "towards")
                                           and a.i >= span.end for a in [t] + list(t.ancestors)[:3])]
        if any(t.lower_ in ("tax", "taxes") and t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _TAX_RELIEFS
               for t in gov + near):
            return False  # "Rs 50,000 crore in tax relief": revenue forgone
        decoys = {w for t in gov + near for w in (t.lower_, t.lemma_.lower())
                  if w in self.decoy and t.pos_ != "PROPN" and (t.pos_ != "VERB" or t.lemma_.lower() in _DECOY_VERBS)
                  and not (w in ("worth", "valued") and (part or self._values_funding(t)))
                  and not self._names_kind_of_funding(t)
                  and not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.funding for c in t.children)
                  and not (t.lemma_.lower() in _WANT_VERBS and self._subject_of(span, t))
                  and not self._bought_by_money(span, t)
                  and not (w in _HEAD_ONLY and t.dep_ in ("compound", "amod", "npadvmod", "nmod"))
                  and not (relief and (t.lower_ in _DEBTS or t.lemma_.lower() in _DEBTS or t.i == verb0.i
                                       or t.lower_ == "takeover"))}
        if decoys:
            return False
        if verb0 is not None and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _NON_FUNDING_PURPOSES
                                     and any(a.lower_ == "to" for a in c.children) for c in verb0.children):
            return False  # "placed $335m in an escrow account to compensate victims": compensation
        if verb0 is not None and verb0.lemma_.lower() in _STOCK_VERBS and verb0.pos_ == "VERB" \
                and not (verb0.lemma_.lower() in _STANDING_VERBS and (self._future(span) or any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb0.children))) \
                and any(x.dep_ == "dobj" and x.head.i == verb0.i for x in [span.root] + list(span.root.ancestors)):
            return False  # "the fund now holds more than $2bn": a stock
        if verb0 is not None and verb0.lemma_.lower() in _RESTING_VERBS and self._subject_of(span, verb0):
            return False  # "$3bn in donations sat unused in its accounts": a balance lying idle
        if self._level_at(span):
            return False  # "the fund stood at $16.8bn", "puts US aid at about €114bn": a level, an estimate
        if self._withdrawn(span, verb0):
            return False  # "suspended $400m in military aid", "halted a $500m loan": money taken back
        if verb0 is not None and verb0.tag_ == "VBG" and verb0.dep_ in ("csubj", "csubjpass") \
                and not any(c.dep_ in ("nsubj", "poss") for c in verb0.children):
            return False  # "Paying $6bn to Tehran sets a terrible precedent": an act talked about, not one done
        if self._released_from_freeze(span):
            return False  # "$6bn in frozen funds reaches Qatari banks": the owner's own money, not given
        if self._aimed_at(span):
            return False  # "a goal of channelling $100bn to vulnerable countries": an aim
        if self._wanted_sum(span):
            return False  # "roughly a third of the $6bn the UN says is needed": what is asked for, a yardstick
        if self._ordered_paid(span):
            return False  # "the court ordered Meta to pay €1.2bn", "was ordered to pay $5m": a penalty or award
        if self._sizes_budget(span):
            return False  # "approved a record N28.7 trillion budget for 2024": a budget's size
        if _sizes_holding(span):
            return False  # "deposits of up to €100,000 are guaranteed": an insured cap, not money given
        if self._is_bounty(span):
            return False  # "offers up to $25m for Interior Minister X", "$5m for information leading to ...": a reward
        if self._times_other_news(span):
            return False  # "The sanctions come three months after the IMF approved a $7bn facility": a yardstick in time
        if self._dated(span, sent, others or []):
            return False
        clause = _mask_fiscal(self._clause_text(span, sent, others or []))
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        while verb is not None and verb.dep_ in ("xcomp",) and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "had promised to invest": the tense sits on the governing verb
        if verb0 is not None and verb0.dep_ == "xcomp" and verb0.head.lemma_ == "be" and verb0.head.tag_ == "VBD":
            return False  # "the inmates were to return with a Rs 435 crore package": a plan of the past
        if verb is not None:
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            reported = verb.dep_ == "ccomp" and verb.head.lemma_ in ("say", "tell", "announce", "confirm", "add", "report")
            if "had" in auxes and not reported:
                return False
            if "having" in auxes:
                return False  # "the largest donor, having provided $60bn": done before the news
            if {"has", "have"} & auxes and verb.dep_ == "relcl":
                return False  # "Britain, which has committed £12bn to Ukraine, announced ...": what it had done
            if {"has", "have"} & auxes and _CUMULATIVE.search(clause):
                return False  # "India has extended close to $4bn this year": a running total, not the news
            if self._conditional(verb) or auxes & _HEDGES:
                return False  # "could attract up to $50bn": a guess, not a commitment
        if verb0 is not None and _forecast(verb0):
            return False  # "the IMF is expected to approve about $1bn", "expects the deal to unlock $7bn": a forecast
        if verb0 is not None and verb0.lemma_.lower() == "pay" and self._buys_counted(span, verb0):
            return False  # "agreed to pay $1.5bn for two submarines": a price
        if part or words & self.funding:
            return True
        # "signs $6.5bn deal for 180 tanks": a deal for a number of things bought is their price
        if self._buys_counted(span, verb0):
            return False
        # "signed the fisheries deal, €30m over 4 years": money attached to the deal itself
        if words & self.agreement_nouns:
            return True
        return verb is not None and verb.lemma_ in ("sign", "ink", "agree", "conclude", "seal") \
            and any(t.lower_ in self.agreement_nouns for t in verb.subtree)

    def _dated(self, span: Span, sent: Span, others: list[Span]) -> bool:
        """The amount's clause, or what it hangs on, dates it before the news: background."""
        clause = _mask_fiscal(self._clause_text(span, sent, others))
        scope, past = self._scope(span)
        if self._future(span):
            # "Britain will provide £100m in 2025": a year the money is to come in is no past year
            clause, scope = _IN_YEAR.sub("in FY", clause), _IN_YEAR.sub("in FY", scope)
        if _PAST.search(clause) or (scope and _PAST.search(_mask_fiscal(scope))):
            return True
        if past and (_dated_past(clause) or _dated_past(scope) or self._before_dateline(clause + " ; " + scope)):
            # "At a conference in Berlin in June, donors pledged ...": an earlier event; "At the conference, held on
            # 17 March 2025, the EU pledged ..." in a text of 28 May
            self._remember_event(span)
            return True
        if past and self._continues_event(span, sent):
            return True  # "... in October, donors pledged $5.4bn. The EU itself pledged €450m.": the same event
        if past and _subject_dated(span):
            return True  # "Blinken, who visited Addis Ababa last week, announced $331m": done on that earlier visit
        if past and self._text.doc_year and any(int(y) < self._text.doc_year for y in _YEAR_NAMED.findall(clause)):
            return True  # "Congress authorized $7.5bn under the 2009 ... Act"
        if self._budget_of_a_year(span):
            return True  # "The 2022 budget allocated K3.3bn to ...": a line of a budget already passed, told as context
        return False

    def _remember_event(self, span: Span) -> None:
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and getattr(self._text, "dated_events", None) is not None:
            self._text.dated_events.setdefault(span.sent.start, set()).add(verb.lemma_.lower())

    def _continues_event(self, span: Span, sent: Span) -> bool:
        """The sentence goes on telling of an earlier event the sentence before it dated: its money's verb is the
        same verb in the simple past ('donors pledged $5.4bn at a conference in October. The EU itself pledged
        €450m'), in the same paragraph, with no time of its own ('On Monday, the EU pledged ...' is news)."""
        events = getattr(self._text, "dated_events", None)
        doc = span.doc
        if not events or sent.start == 0:
            return False
        prev = doc[sent.start - 1].sent
        if prev.start not in events or "\n" in doc.text[prev.end_char: sent.start_char]:
            return False
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ != "VBD" or verb.lemma_.lower() not in events[prev.start] \
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        own = set(range(span.start, span.end))
        for c in verb.children:
            if c.dep_ not in ("prep", "npadvmod", "advmod", "advcl") or c.lower_ == "for":
                continue
            if any(t.i not in own and (t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WEEKDAYS) for t in c.subtree):
                return False
        return True

    @staticmethod
    def _budget_of_a_year(span: Span) -> bool:
        """The amount's verb is in the simple past and its subject is a budget named by its year ('the 2022
        budget allocated', 'the 2019-20 budget set aside'): what a budget already in force held."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        return any(c.dep_ == "nsubj" and c.lemma_.lower() == "budget" and any(
            g.dep_ in ("nummod", "compound", "amod", "poss") and re.match(r"(19|20)\d\d", g.text) for g in c.children)
            for c in verb.children)

    @staticmethod
    def _buys_counted(span: Span, verb: Token | None) -> bool:
        """The deal the amount is attached to is 'for' a number of things ('a $6.5bn deal for 180 tanks', 'signed
        a €2bn contract for 24 jets'): the 'for' on the amount's noun or verb takes a plural noun counted by a
        number."""
        holders = [span.root, span.root.head, span.root.head.head] + ([verb] if verb is not None else [])
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != "for" or c.i < span.end:
                    continue
                for g in c.children:
                    plural = g.tag_ in ("NNS", "NNPS") or (g.pos_ in ("NOUN", "PROPN", "NUM") and g.lower_.endswith("s"))
                    if g.dep_ == "pobj" and plural and g.lemma_.lower() not in _TIME_UNITS \
                            and g.lower_.rstrip("s") not in _TIME_UNITS and any(
                            n.dep_ == "nummod" and n.like_num and (n.head.i == g.i or n.head.head.i == g.i and n.head.dep_
                                                                   in ("compound", "amod", "nmod")) for n in g.subtree):
                        return True  # ("a $500m deal for five years" is its term)
        return False

    @staticmethod
    def _whole_of_level(span: Span) -> bool:
        """The amount is the whole that a level reached is a share of: 'brings its total to $1bn of the $3bn it
        pledged', 'takes the US to $1bn of its $3bn pledge' (the earlier pledge is background to the step)."""
        for anc in span.root.ancestors:
            if anc.dep_ != "prep" or anc.lower_ != "of":
                continue
            if anc.head.dep_ == "pobj" and anc.head.head.lower_ == "to" and anc.head.head.head.lemma_.lower() in _REACHING:
                return True
            # the parser may hang the 'of' on the verb itself, after its 'to'
            if anc.head.lemma_.lower() in _REACHING and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < anc.i
                                                             for c in anc.head.children):
                return True
        return False

    @staticmethod
    def _sum_of_parts(span: Span, sent: Span) -> bool:
        """The other amounts of the sentence, in the amount's currency, add up to it."""
        found = reader().find(sent.text)
        me = next((a for a in found if sent.start_char + a.start == span.start_char), None)
        if me is None:
            return False
        parts = [a for a in found if a is not me and a.currency == me.currency and a.value < me.value]
        return len(parts) >= 2 and abs(sum(a.value for a in parts) - me.value) <= 0.005 * me.value

    @staticmethod
    def _future(span: Span) -> bool:
        """The amount's verb, or the verb it depends on through 'to'/'and', speaks of the future ('will', 'shall')."""
        v = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        for _ in range(3):
            if v is None:
                return False
            if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in v.children):
                return True
            if v.dep_ not in ("xcomp", "conj") or v.head.pos_ not in ("VERB", "AUX"):
                return False
            v = v.head
        return False

    def _before_dateline(self, text: str) -> bool:
        """``text`` names a day more than a month before the day the text was written."""
        if self._text.dateline is None:
            return False
        for _, day in dates(text):
            if days_before(day, self._text.dateline) > 31:  # a monthly digest still reports its month as news
                return True
        return False

    @staticmethod
    def _relieves_debt(span: Span, verb: Token | None) -> bool:
        """The amount is debt a verb of relief takes off the debtor: 'cancel $1.2bn of its debt', 'take over up to
        R70bn of its debt', 'write off $500m in loans'."""
        if verb is None or verb.lemma_.lower() not in _RELIEF_VERBS:
            return False
        particle = _RELIEF_VERBS[verb.lemma_.lower()]
        if particle:
            nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
            if not (any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
                    or (nxt is not None and nxt.lower_ == particle)):
                return False
        if not any(x.head.i == verb.i for x in [span.root] + list(span.root.ancestors)):
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
            g.dep_ == "pobj" and (g.lower_ in _DEBTS or g.lemma_.lower() in _DEBTS) for g in c.children)
                   for t in span for c in t.children)

    @staticmethod
    def _gives_the_step(span: Span, verb: Token) -> bool:
        """'the $1bn disbursement takes total support to $3bn': the amount is the subject that brings the total up,
        not the total (a subject that is the total itself, 'a total of $3bn', stays one)."""
        for x in [span.root] + list(span.root.ancestors):
            if x.head.i == verb.i:
                return x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in _TOTAL_NOUNS \
                    and not any(c.lower_ in _TOTAL_NOUNS for c in x.children if c.dep_ in ("amod", "compound"))
        return False

    def _bought_by_money(self, span: Span, tok: Token) -> bool:
        """'the $500m credit line will fund fuel imports': what money given pays for (the object of a giving verb
        whose subject is the money) says nothing of what the money is."""
        if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in self.funding:
            return False
        return self._subject_of(span, tok.head)

    def _values_funding(self, tok: Token) -> bool:
        """'investment deals worth $10bn', 'loans worth $2bn': the worth of a commitment is the commitment;
        so is the worth of projects a government approves ("cleared three plants worth ₹1 lakh crore")."""
        doc = tok.doc
        near = list(doc[max(tok.sent.start, tok.i - 3): tok.i]) + [tok.head]
        if any(t.lower_ in _FUNDING_NOUNS for t in near):
            return True
        thing = tok.head
        if thing.dep_ in ("dobj", "nsubjpass") and thing.head.lemma_.lower() in _APPROVAL_VERBS:
            return True
        # "The second, worth Tk 20,000 crore, will go to SMEs": the worth of what a giving verb moves
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.lemma_.lower() in self.funding and verb.lemma_.lower() not in _DECOY_VERBS \
            and any(x.dep_ in ("nsubj", "nsubjpass", "csubj") and x.head.i == verb.i for x in [tok] + list(tok.ancestors))

    def _names_kind_of_funding(self, tok: Token) -> bool:
        """'$3bn in export and investment financing', 'trade credit': a word that says which kind of funding
        the money is modifies a funding noun and is no decoy (nor is a decoy noun a funding word modifies:
        'a €150m finance contract', 'a loan contract')."""
        if tok.lower_ in _STANDING:
            return False  # "the existing $2.5bn loan": a loan already held, told as background
        x = tok
        while x.dep_ == "conj" and x.head is not x:
            x = x.head
        if x.dep_ not in ("compound", "nmod", "amod") or x.head.pos_ not in ("NOUN", "PROPN"):
            return False
        head = x.head
        return head.lower_ in self.funding or head.lemma_.lower() in self.funding

    @staticmethod
    def _in_talks(verb: Token) -> bool:
        """The amount's verb says what talks are about: 'in talks with the IMF to expand its $3bn programme'
        (the to-clause hung on 'talks' or, as the parser may have it, on the 'is' that is in talks)."""
        if verb.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
            return False
        h = verb.head
        if h.pos_ == "NOUN" and h.lower_ in _TALKS:
            return True
        return h.pos_ in ("AUX", "VERB") and any(c.dep_ == "prep" and c.i < verb.i and any(
            g.dep_ == "pobj" and g.lower_ in _TALKS for g in c.children) for c in h.children)

    @staticmethod
    def _dated_antecedent(span: Span) -> bool:
        """The thing the amount names is described as done at an earlier date: 'the €2bn loan approved in June',
        'the Tk 5,000 crore fund she announced on March 25'."""
        root = span.root
        thing = root.head if root.dep_ in ("nummod", "compound", "nmod", "quantmod", "amod") else root
        if any(c.lower_ in _PROMISED_BEFORE and c.i < span.start and c.dep_ in ("amod", "compound", "nmod")
               for c in [*thing.children, *root.children]):
            return True  # "has begun paying a promised $3bn contribution": a promise made before the news
        for c in thing.children:
            if c.dep_ in ("relcl", "acl") and c.tag_ in ("VBD", "VBN") and c.i > span.end - 1:
                text = " ".join(t.text for t in c.subtree)
                if _dated_past(text) or _ON_DATE.search(text):
                    return True
        return False

    @staticmethod
    def _subject_of(span: Span, verb: Token) -> bool:
        """The amount is (inside) the subject of ``verb``: 'the remaining $600m would need approval'."""
        for x in [span.root] + list(span.root.ancestors):
            if x.head.i == verb.i:
                return x.dep_ in ("nsubj", "nsubjpass")
        return False

    @staticmethod
    def _is_remainder(span: Span) -> bool:
        """'the remaining €4bn', 'the rest, $300m,', 'the balance of $300m': what is left of a package."""
        doc = span.doc
        if any(c.lower_ in _REMAINDER and c.dep_ in ("amod", "compound") for c in span.root.children):
            return True
        i = span.start - 1
        if i >= 0 and doc[i].lower_ in (",", "of"):
            i -= 1
        return i >= span.sent.start and doc[i].lower_ in _REMAINDER

    @staticmethod
    def _per_unit(span: Span, after: str, ctx: Context) -> bool:
        """'Rs 1.5 lakh per household', 'each displaced family will get a deposit of ₹4 lakh': money for one of many
        beneficiaries. The one who gets it is a common noun under 'each'/'every', no party (a giver list such as
        'the Centre and the state each contributing ...' is counted by _each_of)."""
        if _UNIT_AFTER.search(after):
            return True
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        takers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative")]
        takers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children
                   if g.dep_ == "pobj"]
        for t in takers:
            if t.i in ctx.by_token or t.pos_ == "PROPN":
                continue
            if any(c.lower_ in _UNIT_QUANT and c.dep_ in ("det", "amod", "advmod") for c in t.children) \
                    or t.lower_ in _UNIT_QUANT and any(g.lower_ in _UNIT_NOUNS for g in t.subtree):
                return True
        return False

    @staticmethod
    def _each_of(span: Span) -> int:
        """How many givers an 'each' shares the amount out to: 'X and Y each contributing $5m' is two, and so are
        'Japan and Korea will lend $2bn each', 'commits the US and Australia to put $1bn each' and 'the two banks
        pledged $500m each' (the givers named as a list, or counted, as the subject of the amount's verb)."""
        doc = span.doc
        for t in doc[max(span.sent.start, span.start - 4): span.start]:
            if t.lower_ != "each" or t.dep_ not in ("appos", "det", "advmod", "npadvmod", "nsubj", "dep"):
                continue
            n = t.head
            if n.pos_ in ("VERB", "AUX"):
                return FundingFinder._givers_counted(span, ("NOUN", "PROPN"))  # "the US and Japan will each put in $500m"
            while n.dep_ == "conj":
                n = n.head
            group = [n] + [c for c in n.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            return len(group) if 2 <= len(group) <= 6 else 1
        if span.end < span.sent.end and doc[span.end].lower_ == "each":
            return FundingFinder._givers_counted(span)
        return 1

    @staticmethod
    def _givers_counted(span: Span, names: tuple = ("PROPN",)) -> int:
        """The number of givers the subject of the amount's verb names: a list of names ('Japan and Korea'), or a
        noun counted ('the two governments', 'both banks'); 1 when it names no such group ('families get $500 each').
        'commits X and Y to put ...': the object of the verb above a to-clause is its subject."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return 1
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "xcomp":
            subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
        for n in subjects:
            group = [n] + [c for c in n.subtree if c.dep_ == "conj" and c.head.i in (n.i, *(g.i for g in n.subtree))]
            if 2 <= len(group) <= 6 and all(g.pos_ in names for g in group):
                return len(group)
            if n.pos_ == "NOUN" and n.tag_ == "NNS":
                counts = [_COUNTS.get(c.lower_) for c in n.children if c.dep_ in ("nummod", "det", "predet", "amod")]
                counts = [k for k in counts if k]
                if counts and 2 <= counts[0] <= 6:
                    return counts[0]
        return 1

    def _withdrawn(self, span: Span, verb: Token | None) -> bool:
        """A verb or noun of taking back governs the money: 'froze $1bn', 'the $500m loan was halted', 'a freeze
        on $2bn in aid' (a debt cancelled is relief, not this)."""
        for anc in list(span.root.ancestors)[:4]:
            if anc.pos_ in ("VERB", "AUX"):
                break
            if anc.pos_ == "NOUN" and anc.lemma_.lower() in _WITHDRAWN["nouns"]:
                return True
        if verb is None or verb.lemma_.lower() not in _WITHDRAWN["verbs"] or self._relieves_debt(span, verb):
            return False
        return any(x.head.i == verb.i and x.dep_ in ("dobj", "nsubjpass", "npadvmod")
                   for x in [span.root] + list(span.root.ancestors))

    @staticmethod
    def _level_at(span: Span) -> bool:
        """The amount (or the noun it counts, 'about 114 billion euros') is the object of 'at', under a verb of
        standing or reckoning within two verbs up ('puts aid allocated to Ukraine at ...': the parser may hang the
        'at' on the participle)."""
        root = span.root
        x = root.head if root.dep_ in ("nummod", "compound") and root.head.i >= span.end - 1 else root
        if x.dep_ != "pobj" or x.head.lower_ != "at":
            return False
        verbs = [a for a in x.head.ancestors if a.pos_ in ("VERB", "AUX")][:2]
        return any(v.lemma_.lower() in _LEVEL_AT for v in verbs)

    @staticmethod
    def _released_from_freeze(span: Span) -> bool:
        """The amount is frozen money of the owner's own: '$6bn in frozen funds', 'the $6bn in oil revenue that
        had been frozen', 'unblocked assets worth $2bn'. Releasing it is no funding; the freeze itself is
        ``_withdrawn``."""
        root = span.root
        thing = root.head if root.dep_ in ("nummod", "compound", "quantmod", "nmod") else root
        for t in thing.subtree:
            if t.lemma_.lower() not in _FROZEN_MONEY["nouns"] or t.pos_ != "NOUN":
                continue
            for c in t.children:
                if c.lower_ in _FROZEN_MONEY["marks"] and c.dep_ in ("amod", "compound", "acl"):
                    return True
                if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _FROZEN_MONEY["verbs"]:
                    return True
        return False

    @staticmethod
    def _aimed_at(span: Span) -> bool:
        """The amount hangs, through 'of', on a goal or target ('a goal of (channelling) $100bn'), or its verb is
        what a verb of aiming reaches for ('aims to mobilise $300bn')."""
        through_of = False
        for anc in list(span.root.ancestors)[:5]:
            if anc.lower_ == "of" and anc.dep_ == "prep":
                through_of = True
            elif through_of and anc.lemma_.lower() in _TARGETS and anc.pos_ == "NOUN":
                return True
            elif anc.pos_ in ("VERB", "AUX") and anc.dep_ != "pcomp":
                # "the EU aims to mobilise up to €300bn": the verb of the money is the to-clause of an aim
                return anc.dep_ == "xcomp" and anc.head.lemma_.lower() in _AIM_VERBS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in anc.children)
        return False

    def _wanted_sum(self, span: Span) -> bool:
        """The amount is described as needed, sought or asked for ('the $6bn the UN says is needed', 'the $2bn it had
        requested') and no giving verb takes it as its object ('approved the $2bn it had requested' is given)."""
        root = span.root
        thing = root.head if root.dep_ in ("nummod", "compound", "nmod", "quantmod", "amod") else root
        wanted = any(c.dep_ in ("relcl", "acl") and any(t.lemma_.lower() in _WANT_VERBS | {"require", "estimate"}
                                                          and t.pos_ in ("VERB", "AUX") for t in c.subtree)
                     for c in list(thing.children) + ([] if thing is root else list(root.children)))
        if not wanted:
            return False
        return not (thing.dep_ in ("dobj", "nsubjpass") and thing.head.lemma_.lower() in self.funding)

    @staticmethod
    def _ordered_paid(span: Span) -> bool:
        """The amount is what an authority orders paid: 'the court ordered X to pay ...', 'X was ordered to pay'."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() != "pay" or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
            return False
        order = verb.head
        if order.lemma_.lower() not in _ORDERS["verbs"]:
            return False
        if any(c.dep_ == "auxpass" for c in order.children):
            return True
        # "The tribunal upheld the fine and directed the company to pay ...": a second verb shares the first's subject
        subjects = [c for c in order.children if c.dep_ in ("nsubj", "agent")]
        if not subjects and order.dep_ == "conj":
            subjects = [c for c in order.head.children if c.dep_ in ("nsubj", "agent")]
        return any(any(t.lemma_.lower() in _ORDERS["authorities"] for t in c.subtree) for c in subjects)

    @staticmethod
    def _sizes_budget(span: Span) -> bool:
        """The amount gives a budget's size: 'a N28.7 trillion budget', 'a budget of $50bn'."""
        root = span.root
        head = root.head
        if root.dep_ in ("nummod", "compound", "nmod", "quantmod", "amod") and head.lemma_.lower() in _BUDGETS:
            return True
        return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _BUDGETS

    def _is_bounty(self, span: Span) -> bool:
        """Money offered for a person or for information on one is a reward: 'offers up to $25m for Cabello'. A
        country the tagger took for a person ('a $300m loan for Nepal') is no person."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        holders = [span.root, span.root.head] + ([verb] if verb is not None else [])
        for h in holders:
            for c in h.children:
                if c.dep_ not in ("prep", "dative") or c.lower_ != "for":  # "paid £100m for X" (a dative to the parser)
                    continue
                for g in c.children:
                    if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" and not self._named_place(g)
                                             or g.lemma_.lower() in _BOUNTY["targets"]):
                        return True
        return False

    def _named_place(self, tok: Token) -> bool:
        """The entity the token is in is a country, body or place the gazetteer knows by name."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        known = self.parties.gaz.lookup(ent.text if ent is not None else tok.text)
        return known is not None and known[1] in ("name", "alias", "capital")

    @staticmethod
    def _times_other_news(span: Span) -> bool:
        """The amount's clause is the 'N months after ...' or 'comes after ...' that dates some other news, or
        the amount is inside what the news 'follows' ('the announcement follows a $200m package ...')."""
        for x in [span.root, *span.root.ancestors][:4]:
            v = x.head
            if x.dep_ == "dobj" and v.pos_ == "VERB" and v.lemma_.lower() in _RELATIVE["object_verbs"] \
                    and not any(c.dep_ == "prt" for c in v.children):
                return True  # ("follows through on its $5bn pledge" is no yardstick)
        for v in [t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")][:3]:
            if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _RELATIVE["marks"] for c in v.children):
                continue
            if v.head.lemma_.lower() in _RELATIVE["verbs"] or any(
                    c.dep_ == "npadvmod" and c.lemma_.lower() in _RELATIVE["units"] for c in v.children):
                return True
        return False

    @staticmethod
    def _own_facility(span: Span) -> bool:
        """'planned to invest a further $3.6bn to expand its Nevada Gigafactory': a body's spending on its own plant
        (the aim's object is 'its'/'their' factory, plant, ...) gives money to no one."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in _OWN["verbs"]:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.ent_type_ == "GPE" for g in c.subtree)
               for c in verb.children):
            return False  # "will invest $1bn in Brazil to expand its factories there": money into a country
        for aim in verb.children:
            if aim.dep_ in ("advcl", "xcomp") and aim.lemma_.lower() in _OWN["aims"]:
                for o in aim.children:
                    if o.dep_ == "dobj" and o.lower_ in _OWN["nouns"] and any(
                            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in o.children):
                        return True
        return False

    @staticmethod
    def _projects_worth(span: Span) -> bool:
        """'projects worth $28bn', 'schemes worth Rs 500 crore': the value of projects, the amount hanging on 'worth'
        that qualifies a project noun."""
        w = span.root.head if span.root.dep_ in ("npadvmod", "pobj", "dobj", "attr") else None
        return w is not None and w.lower_ == "worth" and w.head.lower_ in _PROJECT_NOUNS and w.head.i < w.i

    @staticmethod
    def _share_for(span: Span) -> bool:
        """'A further $260m is for a wind farm', '$40m is towards schools': the amount is the subject of 'be' with
        a for/towards phrase, a share of money set out by its use."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() != "be":
            return False
        return FundingFinder._subject_of(span, verb) and any(
            c.dep_ == "prep" and c.lower_ in ("for", "towards", "toward") for c in verb.children)

    @staticmethod
    def _names_package(span: Span) -> bool:
        """The 'include' of a part has the package for its subject ('the package would include', 'it includes',
        'the pledge includes') or hangs on such a noun ('the aid, including ...')."""
        for anc in list(span.root.ancestors)[:6]:
            if anc.lemma_.lower() == "include" or anc.lower_ in ("including", "incl"):
                if anc.pos_ in ("VERB", "AUX") and anc.lower_ != "including":
                    things = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
                else:
                    things = [anc.head]
                return any(t.lower_ in _PACKAGE_WORDS or t.lemma_.lower() in _PACKAGE_WORDS for t in things)
        return False

    def _another_sum(self, span: Span, donor_key: str | None, key: tuple, out: list[FundFound], ctx: Context) -> bool:
        """The same figure again is a second sum, not a restatement, when it is written without 'the/that' and
        either comes in the same sentence as the first ('1bn yuan of military aid ... and 1bn yuan in food aid')
        or has a giver of its own ('the AIIB $1bn. Saudi Arabia pledged $1bn')."""
        doc = span.doc
        # "the same $1bn", "that $1bn" point back; "the UAE $500m" is a giver's name with its article
        if any(doc[i].lower_ in _DEFINITE and (i == span.start - 1 or doc[i].head.i in range(span.start, span.end))
               for i in range(max(span.sent.start, span.start - 2), span.start)):
            return False
        same = [f for f in out if (f.amount.currency, round(f.amount.value, 2)) == key]
        if not same:
            return False
        if all(f.sent.start == span.sent.start for f in same) and len(same) == 1:
            return True
        if any(f.sent.start == span.sent.start for f in same) and not (
                donor_key is not None and all(f.donor_key is not None and f.donor_key != donor_key for f in same)):
            return False
        # a headline gives the news of the lead beneath it: the lead's figure is the headline's money, whatever
        # giver each seems to name ("Qatar Pledges $15 Billion in Direct Investment" over "Qatar's Emir pledged")
        first = _headline(doc)
        if first is not None and all(f.sent.start == first.start for f in same) \
                and span.sent.start == getattr(self._text, "lead", None):
            return False
        here = {m.key for m in ctx.mentions_in(span.sent)}
        if donor_key is not None and all(f.donor_key is not None and f.donor_key != donor_key
                                         and f.donor_key not in here for f in same):
            # "$12bn from the IMF ... the World Bank put together a $12bn package": a restatement names the first
            # giver again; a sentence with a giver of its own that does not is a second sum
            return True
        # a headline and a lead restate the news further down; a roll-call of givers in the body does not
        lead = []
        for f in out:
            if f.sent.start not in lead:
                lead.append(f.sent.start)
        if any(f.sent.start in lead[:2] for f in same):
            return False
        return donor_key is not None and all(f.donor_key is not None and f.donor_key != donor_key for f in same)

    @staticmethod
    def _is_part(span: Span) -> bool:
        """An amount an 'include' governs: 'including $20m for ...', 'would include around £200m'."""
        for anc in list(span.root.ancestors)[:6]:
            if anc.lemma_.lower() == "include" or anc.lower_ in ("including", "incl"):
                return True
            if anc.pos_ in ("VERB", "AUX"):
                return False
        return False

    @staticmethod
    def _conditional(verb: Token) -> bool:
        """'would only be released once ...', 'could be considered if ...': money held out, not committed."""
        cond = any(c.dep_ == "advcl" and any(g.lower_ in _CONDITIONS and g.dep_ in ("mark", "advmod") for g in c.children)
                   for c in verb.children) or any(c.lower_ in _CONDITIONS and c.dep_ in ("mark", "advmod")
                                                  for c in verb.children)
        if not cond:
            return False
        kids = {c.lower_ for c in verb.children}
        return "only" in kids or bool(kids & _HEDGES)

    @staticmethod
    def _is_baseline(span: Span) -> bool:
        """'up from the NOK 900m', 'an increase on the £2.3bn', 'compared with ...': the yardstick of a comparison;
        'expand the fund from $3.5bn to $5bn': the level after a change whose level before is written too;
        'double the Rs 5,000 crore given before', 'three times the $2bn': the amount a multiple is taken of."""
        doc = span.doc
        i = span.start - 1
        if i - 1 >= span.sent.start and doc[i].lower_ in _DEFINITE and doc[i - 1].lower_ in _MULTIPLIERS \
                and (doc[i - 1].lower_ != "times" or (i - 2 >= span.sent.start and doc[i - 2].like_num)):
            return True
        for anc in list(span.root.ancestors)[:3]:
            if anc.dep_ == "prep" and anc.lower_ == "to" and anc.head.lemma_.lower() in _COMPARE["from"] and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(g.like_num or g.pos_ == "NUM" for g in c.subtree)
                    for c in anc.head.children):
                return True
            anc = _first_conjunct_prep(anc)
            heads = _COMPARE.get(anc.lower_)
            if anc.dep_ not in ("prep", "quantmod", "cc") or not heads:
                continue
            if anc.head.lemma_.lower() in heads or anc.head.lower_ in heads or "*" in heads:
                # the article may sit on the noun the amount modifies: "since the €900m package"
                held = list(span.root.subtree) + (list(span.root.head.children) if span.root.dep_ in (
                    "nummod", "compound", "nmod", "quantmod") and span.root.head.i > span.root.i else [])
                if (anc.lower_ == "than" or "*" in heads) and not any(t.dep_ in ("det", "poss") for t in held):
                    continue  # "more than $2bn" is a rough amount, "more than the $2bn given" a comparison
                return True
            if anc.pos_ in ("VERB", "AUX"):
                break
        return False

    @staticmethod
    def _scope(span: Span) -> tuple[str, bool]:
        """Words outside the amount's clause that still date it, and whether its verb speaks of the past.

        A verb it depends on through 'to' or 'and' lends its fronted adjuncts ("Under a previous deal signed in
        November, the UK agreed to pay ...", "Last month, X visited Y and announced ..."); a relative clause takes
        the description of its antecedent ("the conference, held in June, at which donors pledged ...")."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return "", False
        parts: list[str] = []
        v = verb
        while v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
            h = v.head
            for c in h.children:
                if c.i < h.i and c.dep_ in ("prep", "npadvmod", "advmod"):
                    parts.append(" ".join(t.text for t in c.subtree))
            v = h
        if verb.lower_ in ("including", "incl") and verb.dep_ == "prep":
            # "has made big investments in the past year, including a $600m commitment": a part is dated by the
            # clause of what includes it
            h = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if h is not None:
                parts.extend(" ".join(t.text for t in c.subtree) for c in h.children
                             if c.dep_ in ("prep", "npadvmod", "advmod") and verb not in c.subtree)
                verb = v = h
        if v is verb and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "During the visit in May, the White House announced ..., alongside pledges to invest $600bn": the
            # to-verb of a noun happens when the clause that tells of the noun does
            h = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if h is not None:
                parts.extend(" ".join(t.text for t in c.subtree) for c in h.children
                             if c.i < h.i and c.dep_ in ("prep", "npadvmod", "advmod"))
                v = h
        elif v is verb and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
            # "The IMF completed the review in May, releasing about $1bn": a participle of what went with the
            # main verb is dated with it
            h = verb.head
            parts.extend(" ".join(t.text for t in c.subtree) for c in h.children
                         if c.i != verb.i and c.dep_ in ("prep", "npadvmod", "advmod"))
            parts.extend(" ".join(t.text for t in c.subtree) for o in h.children if o.dep_ == "dobj"
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "in")
            v = h
        if verb.dep_ == "relcl":
            for c in verb.head.children:
                if c.dep_ in ("acl", "amod") and c.i != verb.i:
                    parts.append(" ".join(t.text for t in c.subtree))
        # "At a donors' meeting held on 2 September, Canada pledged ...": the description of the event the verb's
        # fronted place or occasion names
        # ("Under a letter of intent signed in May 2010, Norway pledged ...": the description may hang on the noun
        # after 'of' in a name of the instrument)
        for c in verb.children:
            if c.dep_ == "prep" and c.i < verb.i:
                nouns = [g for g in c.children if g.dep_ == "pobj"]
                nouns += [p for g in nouns for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
                          for p in o.children if p.dep_ == "pobj"]
                parts.extend(" ".join(t.text for t in x.subtree) for g in nouns
                             for x in g.children if x.dep_ in ("acl", "relcl"))
        # "Ukraine cancelled it in March 2022, when the IMF provided $1.4bn": a past 'when' clause happens at the
        # time of what it hangs on (a verb's fronted or trailing date, or the date itself)
        if verb.tag_ == "VBD" and verb.head is not verb and any(
                c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
            h = verb.head
            if h.pos_ in ("VERB", "AUX"):
                parts.extend(" ".join(t.text for t in c.subtree) for c in h.children
                             if c.dep_ in ("prep", "npadvmod") and c.i < verb.left_edge.i)
            else:
                parts.append(" ".join(t.text for t in h.subtree if t.i < verb.left_edge.i))
        # "In September 2022, the government announced it had reached a deal ..., which it said would provide $1.4bn":
        # a date fronted on a past main verb dates what is told under it, when no verb between speaks of now or later
        root = span.root.sent.root
        if root is not v and root.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
            path = [t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX") and t.i != root.i]
            if all(t.tag_ not in ("VBZ", "VBP") and not any(
                    c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.tag_ == "MD" and c.lower_ not in
                                                       ("would", "could", "might", "should")) for c in t.children)
                   for t in path):
                fronted = [c for c in root.children if c.i < root.i and c.dep_ in ("prep", "npadvmod")
                           and any(t.ent_type_ == "DATE" for t in c.subtree)]
                if fronted:
                    parts.extend(" ".join(t.text for t in c.subtree) for c in fronted)
                    v = root
        past = any(x.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in x.children)
                   for x in {verb, v})
        # "the mission, approved by the Cabinet in January with an outlay of ₹19,744 crore": a participle that
        # describes a thing ('which was approved') tells what was done to it before
        past = past or (verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "aux" for c in verb.children))
        if verb.tag_ == "VBD":
            # "announced a $3bn package when it was formed in April 2022": a past 'when' clause on the verb dates it
            # (up to the clause's first comma: what follows may be the money's own branch, "including $2bn ...")
            for c in verb.children:
                if c.dep_ == "advcl" and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children) \
                        and (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children)):
                    toks = list(c.subtree)
                    stop = next((t.i for t in toks if t.i > c.i and t.text == ","), toks[-1].i + 1)
                    parts.append(" ".join(t.text for t in toks if t.i < stop))
            # "The Paris conference organised by X in August raised EUR 250m": the dated description of the event
            # that gave or raised the money
            for c in verb.children:
                if c.dep_ == "nsubj" and c.lemma_.lower() in _EVENT_NOUNS:
                    parts.extend(" ".join(t.text for t in x.subtree) for x in c.children
                                 if x.dep_ in ("acl", "relcl") and x.tag_ in ("VBN", "VBD"))
        return " ; ".join(parts), past

    @staticmethod
    def _clause_text(span: Span, sent: Span, others: list[Span] = ()) -> str:
        """The amount's clause, without branches that carry another amount ("..., up from the $2bn given in 2022")."""
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return sent.text
        own = {span.root.i} | {a.i for a in span.root.ancestors}
        cut: set[int] = set()
        for o in others:
            x = o.root
            while x.head is not x and x.head.i not in own:
                x = x.head
            if x.i not in own:
                cut.update(t.i for t in x.subtree)
        # a description hung on some other word ("..., the first tranche of which ...") tells nothing of this money
        for t in verb.subtree:
            if t.dep_ in ("relcl", "appos", "acl", "ccomp") and t.i not in own and t.head.i != span.root.i \
                    and t.i not in range(span.start, span.end) \
                    and not (t.head.i == span.root.head.i and t.head.pos_ in ("NOUN", "PROPN", "NUM")):
                cut.update(x.i for x in t.subtree)
        toks = [t for t in verb.subtree if t.i not in cut or t.i in range(span.start, span.end)]
        if len(toks) > 45:
            # a long clause is read near the amount, and at the verb's own time words ("..., agreed at COP26 last
            # year, ..."), however far they stand from it
            when = {x.i for c in verb.children if c.dep_ == "npadvmod" for x in c.subtree}
            toks = [t for t in toks if abs(t.i - span.start) < 15 or t.i in when]
        return " ".join(t.text for t in toks)

    # -- roles ------------------------------------------------------------------------
    def _donor(self, span: Span, ctx: Context) -> str | None:
        gapped = self._gapped_giver(span, ctx)
        if gapped is not None:
            return gapped
        # "the first $12bn from the IMF's new facility": a 'from' on the money itself names who gives it
        giver = self._named_in(ctx, [g for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                                     and c.i >= span.end for g in c.children if g.dep_ == "pobj"])
        if giver is not None:
            return giver
        tok = span.root
        for anc in [tok] + list(tok.ancestors):
            if anc.pos_ == "VERB" and anc.lemma_.lower() in _RECEIVE:
                # "Fiji will receive A$20m from Australia": the subject gets the money, 'from' names who gives it
                around = [*anc.children, *tok.children, *(tok.head.children if tok.head.i != anc.i else [])]
                giver = self._named_in(ctx, [g for c in around if c.dep_ == "prep" and c.lower_ == "from"
                                             for g in c.children if g.dep_ == "pobj"])
                if giver is None and anc.dep_ == "ccomp" and anc.head.lemma_.lower() in _SAYS:
                    # "the Arab Fund said Iraq would receive $1.5bn": the body that tells of it gives it
                    giver = self._named_in(ctx, [c for c in anc.head.children if c.dep_ == "nsubj"])
                return giver
            # the parser's slips: "UK pledges £1bn" read as a noun with a subject; "Germany has ... promised"
            # with the subject hung on the auxiliary
            subjects = [c for c in anc.children if c.dep_ in ("nsubj", "agent")]
            if anc.pos_ not in ("VERB", "AUX") and not _misread_verb(anc):
                continue
            subjects += [g for c in anc.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
            for c in subjects:
                ms = [m for m in ctx.mentions_in(span.doc[c.left_edge.i: c.right_edge.i + 1])
                      if not (m.span.root.dep_ == "pobj" and m.span.root.head.lower_ in _PLACE_PREPS)]
                head = [m for m in ms if c.i in range(m.span.start, m.span.end)
                        or m.span.root.head.i == c.i and m.span.root.dep_ in ("poss", "compound", "pobj")]
                if head or ms:
                    return (head or ms)[0].key
        # "new U.S. funding", "Germany's grant": a party naming the money itself
        head = span.root.head
        for t in list(head.subtree)[:25]:
            m = ctx.by_token.get(t.i)
            if m is not None and t.dep_ in ("compound", "poss", "amod", "nmod") and t.i not in range(span.start, span.end) \
                    and t.head.lower_ in _FUNDING_NOUNS:
                return m.key
        return None

    def _recipient(self, span: Span, sent: Span, ctx: Context) -> str | None:
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX") or _misread_verb(t)), span.root)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _RECEIVE:
            receiver = self._named_in(ctx, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                                      or ([verb.head] if verb.dep_ == "xcomp" else []))
            if receiver is not None:
                return receiver
        region = list(verb.subtree)
        for t in region:
            if t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "into") and t.i > span.start:
                m = ctx.by_token.get(t.i)
                sub = [ctx.by_token.get(x.i) for x in t.subtree if ctx.by_token.get(x.i) is not None]
                if m is not None:
                    return m.key
                if sub:
                    return sub[0].key
            if t.i > span.start and (t.head.lemma_ in _HELP or (t.head.head.lemma_ in _HELP and t.dep_ == "nsubj")):
                m = ctx.by_token.get(t.i)
                if m is not None:
                    return m.key  # "to help Ecuador improve internal security"
        # "approved Argentina's new $44bn extended fund facility": the one whose programme or loan it is gets it
        # (a giver so written, "Japan's $5bn loan", is dropped by the caller as recipient equal to donor)
        noun = span.root.head if span.root.head.pos_ in ("NOUN", "PROPN") else span.root
        if noun.lower_ in _FUNDING_NOUNS | _PROGRAMME_NOUNS:
            for c in noun.children:
                if c.dep_ == "poss" and c.i < span.start and ctx.by_token.get(c.i) is not None:
                    return ctx.by_token[c.i].key
        return None

    @staticmethod
    def _named_in(ctx: Context, tokens: list[Token]) -> str | None:
        """The first party named within these tokens' phrases."""
        for c in tokens:
            if c.dep_ not in ("nsubj", "nsubjpass", "pobj"):  # "is set to receive": the subject hangs on 'set'
                c = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), c)
            for x in c.subtree:
                m = ctx.by_token.get(x.i)
                if m is not None and m.form != "person":
                    return m.key
        return None

    @staticmethod
    def _gapped_giver(span: Span, ctx: Context) -> str | None:
        """'Britain will provide £2.26bn, Canada C$5bn and Japan about $3bn': in a list that leaves out the verb,
        the name written right before each amount, opening its list item, is its giver."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in ("about", "around", "some", "nearly", "almost", "roughly", "up", "to", "over"):
            i -= 1
        m = ctx.by_token.get(i) if i >= 0 else None
        if m is None or m.span.end != i + 1 or m.form == "person":
            return None
        j = m.span.start - 1
        if j > 0 and doc[j].lower_ == "the":
            j -= 1
        return m.key if j >= 0 and doc[j].lower_ in (",", "and") else None

    @staticmethod
    def _purpose(span: Span, sent: Span) -> str | None:
        text = sent.text
        rel = span.end_char - sent.start_char
        tail = text[rel:]
        m = re.search(r"\b(for|to|toward|towards|on|into)\b\s+(.{5,140}?)(?:[,.;]|\s[-–—]\s|$| according| the \w+ said| officials said|"
                      r"\s+and\s+(?:agreed|said|will|would|announced|signed|also|has|is)\b)", tail)
        head_words = re.search(r"\b(in|of)\s+((?:[\w-]+\s){0,6}?(?:loans?|grants?|assistance|aid|funding|support|investments?|financing|credit))\b", tail)
        # "a $13.5 million security assistance package to help X": the noun the amount
        # modifies says what the money is, its to/for clause what it is for
        after_noun = re.match(r"\s*([\w\s-]{3,60}?(?:package|grant|loan|facility|fund|programme|program))\b", tail)
        if after_noun:
            noun = after_noun.group(1).strip()
            clause = m.group(1) + " " + m.group(2).strip() if m and m.start() >= after_noun.end() - 1 else None
            return (f"{noun} {clause}" if clause else noun)[:200]
        parts = []
        if head_words:
            parts.append(head_words.group(2).strip())
        if m:
            parts.append(m.group(2).strip())
        return "; ".join(parts)[:200] if parts else None


def _puts_into(tok: Token) -> bool:
    """To put money into a fund, programme or project is to contribute it; so is adding it to a facility."""
    if tok.lemma_.lower() == "add" and tok.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.dep_ == "pobj" and g.lower_ in _FUND_HOLDERS
                                                                          for g in c.children) for c in tok.subtree)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _PUT_UP:
        # "putting in another £500m", "put up $5bn", "chip in", "stump up": phrasal verbs of giving money
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if any(c.dep_ == "prt" and c.lower_ in _PUT_UP[tok.lemma_.lower()] for c in tok.children) or (
                nxt is not None and nxt.lower_ in _PUT_UP[tok.lemma_.lower()] and nxt.dep_ in ("prt", "prep", "advmod")):
            return True
    # "put $5bn on deposit at the central bank": to deposit it
    return tok.lemma_.lower() == "put" and any(
        c.dep_ == "prep" and (c.lower_ in ("into", "towards", "toward")
                              or c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in _PUT_ON for g in c.children))
        for c in tok.children)


_TIME_UNITS = {"year", "month", "week", "day", "decade", "quarter", "season", "hour"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
             "tonight"}
_STANDING = set(_DATA["standing_modifiers"]["words"])
_HOLDINGS = set(_DATA["size_thresholds"]["nouns"])
_HOLDING_PREPS = set(_DATA["size_thresholds"]["preps"])
_BOUNDED_PREPS = set(_DATA["size_thresholds"]["bounded_preps"])
_BOUNDS = _DATA["size_thresholds"]["bounds"]


def _sizes_holding(span: Span) -> bool:
    """The amount draws a line through holdings: 'deposits of up to €100,000', 'savings above $250,000',
    'accounts exceeding £85,000' (a threshold of a rule, not a sum anyone gives)."""
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ in _HOLDING_PREPS:
        return tok.head.head.lower_ in _HOLDINGS
    if tok.dep_ == "pobj" and tok.head.lower_ in _BOUNDED_PREPS and tok.head.head.lower_ in _HOLDINGS:
        before = " ".join(t.lower_ for t in span.doc[max(tok.head.i + 1, span.start - 3): span.start + 2])
        return any(re.search(rf"\b{re.escape(b)}\b", before) for b in _BOUNDS)
    if tok.dep_ == "dobj" and tok.head.dep_ == "acl" and tok.head.lower_ in _HOLDING_PREPS:
        return tok.head.head.lower_ in _HOLDINGS  # "deposits exceeding €100,000"
    return False


_PUT_UP = {"put": {"in", "up", "forward"}, "chip": {"in"}, "stump": {"up"}, "pony": {"up"}, "pitch": {"in"}}


_FUND_HOLDERS = {"fund", "facility", "window", "scheme", "programme", "program", "pool", "kitty", "budget", "reserve",
                 "account", "package", "corpus"}


def _headline(doc: Doc) -> Span | None:
    """The text's first sentence when it is a headline: a line of its own with no full stop."""
    first = next((s for s in doc.sents if s.text.strip()), None)
    if first is None or first.text.strip().endswith(".") or "\n" not in doc.text[first.start_char: first.end_char + 2]:
        return None
    return first


def _forecast(verb: Token) -> bool:
    """The money's verb is what someone expects to happen: 'X is expected to approve $1bn', 'it expects the
    decision to unlock $7bn' (the to-verb of a verb of forecasting, or of the noun that is its object). Money a
    side is expected to receive is money to come, already given (see _DUE_TO)."""
    if verb.lemma_.lower() in _RECEIVE:
        return False
    head = verb.head
    if verb.lemma_.lower() in _FORECAST_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "a $500m loan is expected to be approved next week": the money is what is expected to happen
        # ("the $500m loan, approved on Monday, is expected to be disbursed in June": money given, its delivery to come)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() not in _RECEIVE | _DELIVERY_VERBS and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    if verb.dep_ == "ccomp" and head.lemma_.lower() in _FORECAST_VERBS and head.pos_ in ("VERB", "AUX"):
        return True  # "analysts predict the deal will unlock $5bn"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "ccomp"):
        return head.lemma_.lower() in _FORECAST_VERBS and head.pos_ in ("VERB", "AUX")
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        return head.head.lemma_.lower() in _FORECAST_VERBS and head.head.pos_ in ("VERB", "AUX")
    return False


_FORECAST_VERBS = set(_DATA["forecast_verbs"]["verbs"])
_DELIVERY_VERBS = set(_DATA["forecast_verbs"]["delivery"])


def _misread_verb(tok: Token) -> bool:
    """A headline's verb the parser took for a noun: 'UK pledges £1bn to ...' (a root noun with a subject)."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)


def _subject_dated(span: Span) -> bool:
    """The money's past verb has no time of its own and its subject is described by a past clause dated before the
    news ('X, who visited Y last week, announced $5m'; 'the minister, who flew in on March 3, pledged ...'): the act
    was done then."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBD":
        return False
    own = set(range(span.start, span.end))
    if any(c.dep_ in ("prep", "npadvmod", "advmod") and any(
            t.i not in own and (t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WEEKDAYS) for t in c.subtree)
           for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for x in c.children:
            if x.dep_ in ("relcl", "acl") and x.tag_ in ("VBD", "VBN"):
                desc = " ".join(t.text for t in x.subtree)
                if _ON_DATE.search(desc) or _dated_past(desc):
                    return True
    return False


_GLOSS_BEFORE = re.compile(rf"\s*[-•*–—]\s*(?:(?:{_APPROX_RE}|more than|up to)\s+)?", re.I)


def _glossed(span: Span) -> bool:
    """The amount opens a list line and a colon glosses it ('- $5.7 billion: exports to China', '• About $4bn: the
    proposed programme'): a box of key figures that restates the story's numbers, no money given of its own."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    return bool(_GLOSS_BEFORE.fullmatch(text[start: span.start_char])) and re.match(r"\s*:", text[span.end_char:]) is not None


def _dated_past(text: str) -> bool:
    """A month that dates the event ("in June, donors pledged"), not one the money looks ahead to ("due in July")."""
    for m in _PAST_DATED.finditer(text):
        before = text[: m.start()].split()
        if not before or before[-1].lower() not in _FORWARD:
            return True
    return False


def _signs_off(tok: Token) -> bool:
    """'sign off (on)': the phrasal verb of approval, its particle a child or the next word."""
    if tok.lemma_.lower() != "sign" or tok.pos_ not in ("VERB", "AUX"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) or (nxt is not None and nxt.lower_ == "off")


def _first_conjunct_prep(tok: Token) -> Token:
    """'on top of a $500m line ..., and of the $400m swap': the parser hangs the second 'of' on the verb; the
    same preposition written before it, with 'and' between, is the one it repeats."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return tok
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ not in ("and", "or"):
        return tok
    for t in reversed(doc[tok.sent.start: tok.i - 1]):
        if t.lower_ == tok.lower_ and t.dep_ == "prep" and t.head.i != tok.head.i:
            return t
    return tok
