"""Find the main story in pasted web text.

Noise is blanked with spaces rather than cut out, so every character offset in the
cleaned text is the same offset in the user's input and evidence needs no mapping.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.data import load_json

_TERMINAL = ("." , "!", "?", '"', "”", "’", "'", ")", ":", ";")


@dataclass(frozen=True)
class Cleaned:
    text: str  # same length as the input, noise replaced by spaces
    headline: tuple[int, int] | None  # span of the story's headline line, if it has one
    body_start: int  # offset where the story body (after headline/bylines) begins
    dateline: str = ""  # the blanked dateline ('MANILA, Philippines—'): where the story is filed from


class NoiseRules:
    """The compiled line patterns of ``noise.json``."""

    def __init__(self) -> None:
        data = load_json("noise.json")
        self.line = [re.compile(p, re.I) for p in data["line"]]
        self.byline = re.compile(data["byline"])
        self.caption = re.compile(data["caption"], re.I)
        self.section_end = re.compile(data["section_end"], re.I)
        self.dateline = re.compile(data["dateline"])
        self.header_label = [re.compile(p, re.I) for p in data["header_label"]]
        self.letterhead = re.compile(r"\b(" + "|".join(map(re.escape, data["letterhead_words"])) + r")\b", re.I)

    def is_label(self, line: str) -> bool:
        """'PRESS RELEASE', '1 January 2021', 'Author Jane Doe': a header line that is no part of the story."""
        return any(p.match(line) for p in self.header_label)

    def is_letterhead(self, line: str) -> bool:
        """'MINISTRY OF TRANSPORT, SINGAPORE': the issuer's name in capitals above a release's headline."""
        s = line.strip()
        return s.upper() == s and len(s.split()) <= 8 and bool(self.letterhead.search(s)) and not _ends_sentence(s)

    def is_issuer_line(self, line: str) -> bool:
        """'Council of the EU' over 'PRESS RELEASE' or a date: an issuer's name in any case, when a label follows it."""
        s = line.strip()
        return len(s.split()) <= 8 and bool(self.letterhead.search(s)) and not _ends_sentence(s)

    def is_noise(self, line: str) -> bool:
        s = line.strip()
        if any(p.search(s) for p in self.line):
            return True
        return len(s) < 120 and bool(self.byline.match(s))


def line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each line of ``text``, without its newline."""
    out, pos = [], 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _ends_sentence(s: str) -> bool:
    return s.rstrip().endswith(_TERMINAL) and not s.rstrip().endswith(("…", "..."))


# a sentence of prose, however many names it holds, has its small verbs in lower case; a teaser headline not
_LOWER_VERB = re.compile(r"\s(is|are|was|were|has|have|had|said|says|will|would)\s")


def _title_case(s: str) -> bool:
    """Headline-style capitalisation, the mark of another story's teaser."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", s) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _upper_dateline(line: str):
    """'CHIȘINĂU — ...', 'MANILA, July 8 (Reuters) - ...': a place in capitals (any alphabet), perhaps a
    date and an agency, before a dash or colon."""
    m = re.match(r"^\s*([^\W\d][^,—–:()]{1,40}?)(,[^—–:()]{1,30})?\s*(\([^)]{1,25}\))?\s*(—|–|--|:|-)\s+", line)
    if m and m.group(1).upper() == m.group(1) and any(ch.isalpha() for ch in m.group(1)):
        return m
    return None


_NUMBER_CELL = re.compile(r"\|\s*[-+]?[\d.,]*\d\s*$")


def _table_rows(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Lines of a pasted table: a run of lines with the same number of bars (two or more), at least two of them
    ending in a number cell ('3. | Automobiles | Department of Heavy Industry | 57,042'). A site menu is one line,
    or lines with no figures, so the cells of a table are not read as a menu."""
    out: set[int] = set()
    i = 0
    while i < len(spans):
        bars = text[slice(*spans[i])].count("|")
        j = i
        while j < len(spans) and bars >= 2 and text[slice(*spans[j])].count("|") == bars:
            j += 1
        if j - i >= 2 and sum(bool(_NUMBER_CELL.search(text[slice(*spans[k])])) for k in range(i, j)) >= 2:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _story_follows(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """An all-capitals line ('IMF LOAN') over a paragraph of prose is the story's own sub-heading; a 'MORE FROM
    REUTERS' block is followed by headlines, short or in title case."""
    nxt = next((text[slice(*spans[k])].strip() for k in range(i + 1, len(spans)) if text[slice(*spans[k])].strip()), "")
    return len(nxt) > 150 and _ends_sentence(nxt) and not _title_case(nxt[:120])


def clean(text: str, rules: NoiseRules) -> Cleaned:
    chars = list(text)
    spans = line_spans(text)
    table = _table_rows(text, spans)
    kinds: list[str] = []  # 'blank', 'noise', 'content'
    for n, (a, b) in enumerate(spans):
        s = text[a:b]
        if not s.strip():
            kinds.append("blank")
        elif n in table:
            kinds.append("content")
        elif rules.is_noise(s):
            kinds.append("noise")
        else:
            kinds.append("content")

    content = [i for i, k in enumerate(kinds) if k == "content"]
    # letterhead, mastheads and labels above the headline, labels under it: none of them is the story
    first_body = next((i for i in content if _ends_sentence(text[slice(*spans[i])])
                       and len(text[slice(*spans[i])].strip()) > 80), None)
    header = [i for i in content if first_body is None or i < first_body]
    for n, i in enumerate(header):
        s = text[slice(*spans[i])]
        if rules.is_label(s) or (rules.is_letterhead(s) and n + 1 < len(header)) \
                or (n == 0 and n + 1 < len(header) and rules.is_issuer_line(s)
                    and rules.is_label(text[slice(*spans[header[n + 1]])])):
            kinds[i] = "noise"
    content = [i for i, k in enumerate(kinds) if k == "content"]
    # site navigation before the story: "Home", "World", "Asia" — one or two words a line
    for i in content:
        words = text[slice(*spans[i])].split()
        if len(words) <= 2 and not _ends_sentence(text[slice(*spans[i])]):
            kinds[i] = "noise"
        else:
            break
    content = [i for i, k in enumerate(kinds) if k == "content"]
    # everything after a "related stories" style header is another page's material (first_body is as found
    # above: neither labels nor menu words can be a long sentence)
    if first_body is not None:
        for i in range(first_body + 1, len(spans)):
            s = text[slice(*spans[i])].strip()
            if rules.section_end.match(s) or (s.isupper() and len(s.split()) >= 2 and not _ends_sentence(s)
                                              and not _story_follows(text, spans, i)):
                for j in range(i, len(spans)):
                    kinds[j] = "noise" if kinds[j] != "blank" else "blank"
                break
        # trailing teasers: short or unpunctuated lines after the last real paragraph
        for i in range(len(spans) - 1, first_body, -1):
            if kinds[i] != "content":
                continue
            if i in table:
                break  # a table closing a release is its figures, not teasers
            s = text[slice(*spans[i])].strip()
            # a teaser is a headline: a long closing sentence full of names ("Those targeted are ...") is story
            if _ends_sentence(s) and len(s) > 30 and (not _title_case(s) or len(s) > 160 or _LOWER_VERB.search(s)):
                break
            kinds[i] = "noise"

    # headline: the first content line when it reads as a heading
    headline = None
    content = [i for i, k in enumerate(kinds) if k == "content"]
    if content:
        i0 = content[0]
        s = text[slice(*spans[i0])].strip()
        cap = rules.caption.search(s)
        if cap and len(s[: cap.start()].strip()) > 60:
            # a standfirst carrying a photo credit: keep the words, drop the credit
            a, b = spans[i0]
            off = text[a:b].find(s) + cap.start()
            for k in range(a + off, b):
                chars[k] = " "
            headline = (a, a + off)
        elif (not _ends_sentence(s) and len(s) < 300) or (len(content) == 1 and len(s) < 300) \
                or (len(s) < 160 and not s.endswith(".")):
            headline = spans[i0]  # a long single paragraph is a body with no headline
        for i in content[1:]:
            if rules.caption.search(text[slice(*spans[i])]):
                kinds[i] = "noise"
        # 'Photo: RNZ / Jane Doe' then 'Containers stacked at the port.': the short verbless line right under a
        # credit is the photo's caption
        for i in range(len(spans) - 1):
            if i + 1 in content[1:] and kinds[i] == "noise" and rules.caption.search(text[slice(*spans[i])]):
                nxt = text[slice(*spans[i + 1])].strip()
                if len(nxt) < 80 and not _LOWER_VERB.search(" " + nxt + " ") and not nxt.endswith(("?", ":")):
                    kinds[i + 1] = "noise"
    # datelines at the head of the first body lines
    start_body = content[1] if headline and len(content) > 1 else (content[0] if content else 0)
    body_start = spans[start_body][0] if spans else 0
    seen = 0
    dateline = ""
    for i in content:
        if kinds[i] != "content" or (headline and spans[i] == headline):
            continue
        a, b = spans[i]
        m = rules.dateline.match(text[a:b]) or _upper_dateline(text[a:b])
        if m and m.group(0).strip().endswith(":") and not _ends_sentence(text[a:b]):
            m = None  # 'Wagner Group: Council adopts measures' is a heading on its topic, not a place filed from
        if m and m.end() < (b - a) and len(m.group(0).strip()) < 60:
            for k in range(a, a + m.end()):
                chars[k] = " "
            dateline = dateline or m.group(0).strip()
        if len(text[a:b].strip()) > 80:
            seen += 1  # bullets, a byline and a date above the first paragraph do not use up the search
        if seen >= 2:
            break
    for i, k in enumerate(kinds):
        if k == "noise":
            a, b = spans[i]
            for j in range(a, b):
                chars[j] = " "
    if headline and headline[0] >= headline[1]:
        headline = None
    return Cleaned("".join(chars), headline, body_start, dateline)
