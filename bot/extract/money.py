"""Read amounts of money as people write them: symbols or codes, digits or words, scales.

The regular expression is assembled from the tables in ``money.json`` so a new currency
or scale word is a data change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.clean import line_spans
from bot.extract.data import load_json


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    currency: str
    mark: str  # the symbol, code or word that gave the currency

    def display(self) -> str:
        return display(self.value, self.currency)


def _alt(words, fold: bool = True) -> str:
    """One alternation of ``words`` as a trie ('U(?:S(?:\\$|D))|...'): the engine tries branches one by one, so
    sharing prefixes keeps a table of hundreds of marks cheap at every position; a longer word is tried before
    its prefix. ``fold``: the pattern is matched ignoring case, so letters are merged in lower case."""
    trie: dict = {}
    for w in set(w.lower() if fold else w for w in words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


class MoneyReader:
    def __init__(self) -> None:
        data = load_json("money.json")
        self.symbols: dict[str, str] = data["symbols"]
        self.words: dict[str, str] = dict(data["words"])
        for cur, names in data.get("national_words", {}).items():
            if cur.startswith("_"):
                continue
            for name in names:  # "Kenyan shilling(s)", "Egyptian pound(s)"
                self.words.setdefault(name, cur)
                if not name.endswith("s"):
                    self.words.setdefault(name + "s", cur)
        self.scales: dict[str, float] = {k.lower(): float(v) for k, v in data["scales"].items()}
        self.numwords: dict[str, float] = {k: float(v) for k, v in data["number_words"].items()}
        self.ambiguous: dict[str, list[str]] = data["ambiguous_by_country"]
        self.country_currency: dict[str, str] = data["country_currency"]
        # digits grouped by commas end in a group of three ("1,250,000", "1,25,000"); a comma before one or two
        # digits is a decimal comma ("€1,3 milliard"), read only with a scale
        num = r"\d{1,3}(?:,\d{2,3})*,\d{3}(?!\d)(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
        small = [w for w in self.numwords if w not in ("a", "an", "half", "quarter", "dozen")]
        half = r"(?:[\s-]and[\s-]a[\s-]half)"  # "two and a half million", "one-and-a-half billion"
        wnum = rf"(?:half\s+an?|a\s+quarter\s+of\s+an?|(?:{_alt(small)})(?:[\s-](?:{_alt(small)}))?{half}?|an?{half}?)"
        scale = rf"(?:(?:\s?|\s|-)(?:{_alt(self.scales)})\b)"
        exact = set(data.get("codes_that_are_words", []))  # "TRY", "PEN": the code only in capitals
        self._folded = {k.lower(): v for k, v in self.symbols.items() if k not in exact}
        sym_letters = [s for s in self.symbols if s[-1].isalpha() and s not in exact]
        sym_marks = [s for s in self.symbols if not s[-1].isalpha()]
        exact_alt = rf"|(?-i:{_alt(exact & set(self.symbols), fold=False)})" if exact & set(self.symbols) else ""
        pre = rf"(?:(?<![\w$])(?:{_alt(sym_letters)}{exact_alt})(?![a-z])\.?|(?:{_alt(sym_marks)}))"
        # "500 million USD": an ISO code after the number, in capitals (not one that is also a word, "ALL", "TOP")
        codes = [c for c, v in self.symbols.items() if c == v and re.fullmatch(r"[A-Z]{3}", c) and c not in exact]
        post = rf"(?:{_alt(self.words)})\b"
        post_code = rf"(?-i:{_alt(codes, fold=False)})\b"
        self.re = re.compile(
            rf"(?P<pre>{pre})\s?(?P<n1>{num}|{wnum})(?P<s1>{scale}*)(?!\w)"
            # a code after the number only with a scale: "500 million USD", not "in 2023 EUR 5m"
            rf"|(?<![\w.])(?P<n2>{num}|{wnum})(?P<s2>{scale}+)?(?:\s+|-)(?:(?P<post>{post})|(?(s2)(?P<code>{post_code})|(?!)))",
            re.I,
        )
        bare = data["bare_amounts"]
        self._bare = re.compile(
            rf"(?<![\w.$€£¥₹])(?P<n>\d+(?:\.\d+)?)(?:\s?|-)(?P<s>{_alt(bare['scales'])})\b(?=(?:\s+in)?\s+(?:{_alt(bare['nouns'])})\b)",
            re.I)
        # every amount has a digit or a scale word: text with neither is not searched
        self.maybe = re.compile(rf"\d|(?:{_alt(self.scales)})\b", re.I)

    def bare(self, text: str, currency: str | None) -> list[Amount]:
        """Amounts written with a scale but no currency right before a word for money given ('a 1.3bn loan',
        '500m in aid'), in ``currency`` (rupees for crore/lakh when none is given, else US dollars)."""
        out = []
        for m in self._bare.finditer(text):
            value = self.number(m.group("n"))
            if value is None:
                continue
            sc = m.group("s").lower()
            cur = currency or ("INR" if sc in ("crore", "cr", "lakh") else "USD")
            out.append(Amount(m.start(), m.end("s"), m.group(0)[: m.end("s") - m.start()], value * self.scale(sc), cur, ""))
        return out

    def unit(self, phrase: str) -> tuple[str, float] | None:
        """The currency and multiplier a table header writes for its column: '(Rs crore)', '(in US$ million)',
        '€bn', '(₹)'. Read by writing a number into the unit at each place and reading that as one whole amount."""
        words = [w for w in re.sub(r"[()\[\]]", " ", phrase).split() if w.lower() not in ("in", "of")]
        unit = " ".join(words)
        if not 1 <= len(words) <= 3 or len(unit) > 25 or not re.search(r"[^\W\d_]|[^\w\s]", unit):
            return None
        for k in range(len(unit) + 1):
            for probe in {unit[:k] + "1000" + unit[k:], (unit[:k].rstrip() + " 1000 " + unit[k:].lstrip()).strip()}:
                found = self.find(probe)
                if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].mark:
                    return found[0].currency, found[0].value / 1000
        return None

    def table_amounts(self, text: str) -> list[tuple[Amount, str, str, int, int, int]]:
        """Amounts in a bar-separated table whose header gives one column's money unit ('Approved outlay
        (Rs crore)'): each row's plain number there, as (amount, row label, header cell, header start, row start,
        row end). The label is the row's first cell with letters outside that column; a table with two money columns
        (a comparison, a budget against its actuals) is not read."""
        out = []
        lines = [(a, text[a:b]) for a, b in line_spans(text)]
        i = 0
        while i < len(lines):
            start, header = lines[i]
            if header.count("|") < 1:
                i += 1
                continue
            cols = [c.strip() for c in header.split("|")]
            units = {j: u for j, c in enumerate(cols) for u in [self._header_unit(c)] if u}
            j_end = i + 1
            rows = []
            while j_end < len(lines):
                rs, row = lines[j_end]
                if not row.strip():
                    if row:  # a line blanked as noise keeps its width: the table goes on past it
                        j_end += 1
                        continue
                    break
                if "|" not in row:
                    break
                rows.append((rs, row))
                j_end += 1
            if len(units) == 1 and rows:
                (col, (cur, mult)), = units.items()
                for rs, row in rows:
                    cells = row.split("|")
                    if len(cells) != len(cols):
                        continue
                    cell = cells[col].strip()
                    if not re.fullmatch(r"\d{1,3}(?:,\d{2,3})*(?:,\d{3})(?:\.\d+)?|\d+(?:\.\d+)?", cell):
                        continue
                    label = next((c.strip() for k, c in enumerate(cells) if k != col and re.search(r"[^\W\d_]{2}", c)
                                  and not re.fullmatch(r"(?i)s\.?\s?no\.?|sl\.?\s?no\.?", c.strip())), "")
                    if not label:
                        continue  # '2019 | 250': a series by year, no item of its own
                    off = rs + sum(len(c) + 1 for c in cells[:col]) + cells[col].index(cell)
                    value = self.number(cell) * mult
                    out.append((Amount(off, off + len(cell), cell, value, cur, ""), label, cols[col], start, rs, rs + len(row)))
            i = j_end if rows else i + 1
        return out

    def _header_unit(self, cell: str) -> tuple[str, float] | None:
        """The unit a header cell names in brackets or after a last 'in': 'Outlay (Rs crore)', 'Amount in USD m'."""
        for m in re.finditer(r"\(([^()]{1,30})\)", cell):
            u = self.unit(m.group(1))
            if u:
                return u
        m = re.search(r"\bin\s+(\S+(?:\s+\S+){0,2})\s*$", cell)
        return self.unit(m.group(1)) if m else None

    def number(self, s: str) -> float | None:
        s = s.strip().lower()
        if re.match(r"^\d", s):
            return float(s.replace(",", ""))
        s = re.sub(r"\s+", " ", s.replace("-", " "))
        if s.endswith(" and a half"):
            whole = self.number(s[: -len(" and a half")])
            return None if whole is None else whole + 0.5
        if s.startswith("half"):
            return 0.5
        if s.startswith("a quarter"):
            return 0.25
        total = 0.0
        for w in s.split():
            if w not in self.numwords:
                return None
            total += self.numwords[w]
        return total

    def scale(self, s: str) -> float:
        mult = 1.0
        for w in re.findall(r"[a-z]+", s.lower()):
            mult *= self.scales.get(w, 1.0)
        return mult

    def find(self, text: str, countries: dict[str, int] | None = None) -> list[Amount]:
        """Every amount in ``text``; ``countries`` (mention counts) settles marks like Rs or pesos."""
        out = []
        if not self.maybe.search(text):
            return out
        for m in self.re.finditer(text):
            if m.group("pre"):
                mark, n, sc = m.group("pre"), m.group("n1"), m.group("s1")
                mark_key = mark.rstrip(".") if mark.rstrip(".") in self.symbols else mark
                cur = self.symbols.get(mark_key) or self.symbols.get(mark_key.upper()) or self.symbols.get(mark) \
                    or self._folded.get(mark_key.lower())  # "ksh 50bn", "gh¢2bn" typed in lower case
            elif m.group("code"):
                mark, n, sc = m.group("code"), m.group("n2"), m.group("s2")
                cur = self.symbols.get(mark)
            else:
                mark, n, sc = m.group("post"), m.group("n2"), m.group("s2") or ""
                cur = self.words.get(mark.lower())
                if re.match(r"(?i)^(a|an)$", n.strip()) and not sc:
                    continue  # "a dollar" is not an amount anyone reports
            if cur is None:
                continue
            if m.group("pre") and mark[-1].isalpha() and not sc and text[m.end("pre"): m.end("pre") + 1].isdigit():
                continue  # "COP28", "R2": a code run into a number is money only with a scale ("EUR150m")
            if not re.search(r"\d", n) and not sc:
                continue  # "one real threat", "two won": no scale, no digits, no amount worth reporting
            if re.fullmatch(r"\d{1,3},\d{1,2}", n.strip()):
                if not sc:
                    continue  # "$1,5": no decimal comma without a scale word after it
                n = n.replace(",", ".")
            value = self.number(n)
            if value is None:
                continue
            # a bare single letter scale ("m", "b") must touch the number: "$5m", not "$5 m..."
            value *= self.scale(sc)
            cur = self._settle(mark, cur, text, m.start(), countries or {})
            out.append(Amount(m.start(), m.end(), m.group(0), value, cur, mark))
        return out

    def _settle(self, mark: str, cur: str, text: str, pos: int, countries: dict[str, int]) -> str:
        options = self.ambiguous.get(mark) or self.ambiguous.get(mark.lower())
        if not options:
            return cur
        window = text[pos: pos + 80].lower()
        if mark == "¥":
            return "CNY" if ("yuan" in window or "renminbi" in window) else "JPY"
        best = max(options, key=lambda c: countries.get(c, 0))
        default_country = {"INR": "India", "MXN": "Mexico", "KES": "Kenya", "NOK": "Norway", "XOF": None,
                           "ZMW": "Zambia", "KWD": "Kuwait", "IRR": "Iran", "SAR": "Saudi Arabia",
                           "AED": "United Arab Emirates", "RON": "Romania", "SEK": "Sweden", "KGS": "Kyrgyzstan"}.get(cur)
        if countries.get(best, 0) > countries.get(default_country or "", 0):
            return self.country_currency.get(best, cur)
        return cur


@lru_cache(maxsize=1)
def reader() -> MoneyReader:
    return MoneyReader()


_SCALE_WORDS = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
_INDIAN = [(1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh")]


def _fmt(x: float) -> str:
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return s


def display(value: float, currency: str) -> str:
    """Symbol (or ISO code) + number + scale word: 'US$13.5 million', '₹500 crore'."""
    symbols = load_json("money.json")["display_symbols"]
    mark = symbols.get(currency)
    prefix = mark if mark else currency + " "
    scales = _INDIAN if currency == "INR" else _SCALE_WORDS
    for size, word in scales:
        if value >= size:
            return f"{prefix}{_fmt(value / size)} {word}"
    return f"{prefix}{_fmt(value)}"
