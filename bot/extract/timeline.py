"""When what a text tells happened: the month names dates are read with, and background sections.

Designations and funding both tell today's news from earlier news; the pieces they share live here.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.data import load_json

__all__ = ["MONTHS", "Day", "background_sections", "dateline", "dates", "days_before"]

Day = tuple  # (year or None, month, day)

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# "28 May 2025", "May 28, 2025", "August 22nd 2025", "Mar 22": a day of the year, its year optional; "June 12:30" is a time
_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_RE})\b\.?"
                   rf"|(?P<m2>{_MONTH_RE})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]))"
                   rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
# a date after these words looks ahead or dates an event of the story, not the day the text was written
_EVENT_DATE = re.compile(r"\b(on|until|till|by|before|from|after|since|effective|due|starting|beginning|dated|in|of)\s*$",
                         re.I)


def dates(text: str) -> Iterator[tuple[re.Match, Day]]:
    """Every day of the year ``text`` names, with its match; 'may 5' in lower case is no date."""
    for m in _DATE.finditer(text):
        day, month = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
        if 1 <= int(day) <= 31 and month[0].isupper():
            yield m, (int(m.group("y")) if m.group("y") else None, MONTHS[month.lower().rstrip(".")], int(day))


def dateline(text: str) -> Day | None:
    """The day the text was written: the first date in its opening lines ('PARIS, June 22, 2023 (AFP)',
    'Friday, August 22nd 2025 - 09:14 UTC') that no 'on/until/by ...' makes the date of some event."""
    head = text[:600]
    for m, day in dates(head):
        if not _EVENT_DATE.search(head[max(0, m.start() - 12): m.start()]):
            return day
    return None


def days_before(day: Day, ref: Day) -> int:
    """How many days ``day`` comes before ``ref``; a year one of them lacks is the other's."""
    (y1, m1, d1), (y2, m2, d2) = day, ref
    y1 = y1 or y2 or 2000
    y2 = y2 or y1
    return (y2 - y1) * 365 + (m2 - m1) * 31 + (d2 - d1)

_BACKGROUND_HEADINGS = frozenset(load_json("lexicon.json")["background_headings"]["headings"])
_ENDS = (".", "!", "?", '"', "”", "'", "’", ":")


def background_sections(text: str, *, after_story: bool = False) -> list[tuple[int, int]]:
    """The character ranges under a background heading ('Background', 'How we got here'), each up to the next
    heading (a short line with no closing stop) or the end of the text.

    ``after_story``: a heading opens a section only once a sentence of the story has been read, so a site
    menu's "History" above the story opens nothing.
    """
    out: list[tuple[int, int]] = []
    pos, start = 0, None
    told = not after_story  # a sentence of the story has been read
    for line in text.splitlines(keepends=True):
        bare = line.strip()
        told = told or (len(bare.split()) > 8 and bare.endswith((".", "!", "?", '"', "”", "’")))
        heading = bare and len(bare.split()) <= 8 and not bare.endswith(_ENDS)
        if bare.rstrip(":").strip().lower() in _BACKGROUND_HEADINGS and told:
            if start is not None:
                out.append((start, pos))
            start = pos + len(line)
        elif heading and start is not None and pos > start:
            out.append((start, pos))
            start = None
        pos += len(line)
    if start is not None:
        out.append((start, len(text)))
    return out
