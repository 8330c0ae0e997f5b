"""When what a text tells happened: the month names dates are read with, and background sections.

Designations and funding both tell today's news from earlier news; the pieces they share live here.
"""
from __future__ import annotations

from bot.extract.data import load_json

__all__ = ["MONTHS", "background_sections"]

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

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
