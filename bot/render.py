"""A ``Brief`` as Slack Block Kit and as plain text.

Pure functions with no Bolt import, so the CLI, the tests and every Slack surface
render the same brief the same way. Slack rejects a whole message when one block
breaks a limit, so every length here is clipped rather than trusted.
"""
from __future__ import annotations

from bot.brief import Brief, Designation, Evidence, Funding, Party

__all__ = [
    "MAX_BLOCKS",
    "MAX_SECTION_CHARS",
    "brief_to_blocks",
    "brief_to_text",
    "error_blocks",
    "usage_text",
]

# Slack's documented limits (Block Kit reference): blocks per message, section text,
# header text, context elements per block.
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_QUOTE_CHARS = 280

STATUS_WORDS = {
    "none": "No agreement mentioned",
    "proposed": "Proposed",
    "negotiating": "Under negotiation",
    "finalising": "Being finalised (not yet signed)",
    "signed": "Signed",
    "in_force": "In force",
    "stalled": "Stalled",
    "ended": "Ended",
}

CATEGORY_WORDS = {
    "foreign_terrorist_organization": "Foreign Terrorist Organization",
    "specially_designated_global_terrorist": "Specially Designated Global Terrorist",
    "terrorist_organization": "terrorist organization",
    "state_sponsor_of_terrorism": "State Sponsor of Terrorism",
    "sanctions": "sanctions target",
    "other": "designated entity",
}

USAGE = (
    "*/brief* turns a news link or a long text into a brief: parties, agreement status, "
    "designations and funding, each with the sentence it came from.\n"
    "• `/brief https://example.com/news/article` — brief a link (up to 3 links)\n"
    "• `/brief <pasted article text>` — brief a text\n"
    "• `/brief help` — this message\n"
    "The brief is shown only to you, with a *Post to channel* button. "
    "In channels I'm in, I also reply in the thread of any message with a link or a long text, "
    "and the message menu has *Brief this message*."
)


# -- small helpers --------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters with an ellipsis: Slack rejects, it never truncates."""
    text = text.strip()
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _esc(text: str) -> str:
    """Slack mrkdwn treats ``& < >`` as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link_label(text: str) -> str:
    """A ``|`` or ``>`` inside ``<url|label>`` would end the label early."""
    return _esc(text).replace("|", "¦")


def _quote(evidence: Evidence | None) -> str | None:
    if evidence is None or not evidence.text.strip():
        return None
    return _clip(_one_line(evidence.text), MAX_QUOTE_CHARS)


def _join_clipped(lines: list[str], limit: int) -> str:
    """Join lines within ``limit`` characters, saying how many had to be left out."""
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    out: list[str] = []
    used = 0
    for i, line in enumerate(lines):
        more = f"…and {len(lines) - i} more"
        if used + len(line) + 1 + len(more) > limit:
            if not out:
                out.append(_clip(line, limit - len(more) - 1))
                more = f"…and {len(lines) - 1} more" if len(lines) > 1 else ""
            return "\n".join(out + ([more] if more else []))
        out.append(line)
        used += len(line) + 1
    return "\n".join(out)


# -- wording of one item (shared by blocks and text) ---------------------------------


def _party_words(party: Party) -> str:
    words = party.name
    extra = [party.kind] if party.kind != "organisation" else []
    if party.aliases:
        extra.append("also " + ", ".join(party.aliases[:3]))
    return f"{words} ({'; '.join(extra)})" if extra else words


def _status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status.replace("_", " "))


def _designation_words(d: Designation) -> str:
    category = CATEGORY_WORDS.get(d.category, d.category.replace("_", " "))
    if d.action == "revoke":
        text = f"{d.entity}: designation as {category} revoked"
    else:
        text = f"{d.entity} → designated {category}"
    if d.by:
        text += f" (by {d.by})"
    return text


def _funding_words(f: Funding) -> str:
    text = f.display
    if f.purpose:
        text += f" for {f.purpose}"
    if f.donor and f.recipient:
        text += f" — {f.donor} → {f.recipient}"
    elif f.donor:
        text += f" — from {f.donor}"
    elif f.recipient:
        text += f" — to {f.recipient}"
    return text


def _source_words(brief: Brief) -> str:
    src = brief.source
    if src.kind == "text":
        return "pasted text"
    parts = [p for p in (src.site, src.title) if p]
    label = " — ".join(parts) if parts else (src.canonical_url or src.url or "a link")
    if src.published:
        label += f" ({src.published})"
    return label


# -- Block Kit -------------------------------------------------------------------------


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, MAX_SECTION_CHARS)}}


def _context(texts: list[str]) -> dict:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": _clip(t, MAX_SECTION_CHARS)} for t in texts[:MAX_CONTEXT_ELEMENTS]],
    }


def _source_block(brief: Brief) -> dict:
    src = brief.source
    url = src.canonical_url or src.url
    if src.kind == "url" and url:
        label = _link_label(_clip(_source_words(brief), 300))
        text = f"Source: <{url}|{label}>"
    else:
        text = f"Source: {_esc(_source_words(brief))}"
    return _context([text])


class _Group:
    """One part of the brief: a bold title, one line per item, and the sentences behind them."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.lines: list[str] = []
        self._sentences: dict[str, list[str]] = {}  # sentence -> labels of the items it supports

    def add(self, line: str, evidence: Evidence | None, label: str) -> None:
        self.lines.append(line)
        quote = _quote(evidence)
        if quote is not None:
            self._sentences.setdefault(quote, []).append(label)

    @property
    def quotes(self) -> list[str]:
        """One line per distinct sentence, naming the items it supports."""
        return [f"_{_esc(', '.join(labels))}_: “{_esc(q)}”" for q, labels in self._sentences.items()]

    def section(self) -> dict:
        body = _join_clipped([f"• {line}" for line in self.lines], MAX_SECTION_CHARS - len(self.title) - 10)
        return _section(f"*{self.title}*\n{body}")


def _groups(brief: Brief) -> list[_Group]:
    groups: list[_Group] = []
    if brief.parties:
        g = _Group("Parties")
        for p in brief.parties:
            g.add(_esc(_party_words(p)), p.evidence, p.name)
        groups.append(g)
    if brief.agreement is not None:
        a = brief.agreement
        g = _Group("Agreement")
        line = f"*{_esc(_status_words(a.status))}*"
        if a.phrase:
            line += f" — “{_esc(_clip(_one_line(a.phrase), 200))}”"
        g.add(line, a.evidence, "agreement")
        groups.append(g)
    if brief.designations:
        g = _Group("Designations")
        for d in brief.designations:
            g.add(_esc(_designation_words(d)), d.evidence, d.entity)
        groups.append(g)
    if brief.funding:
        g = _Group("Funding")
        for f in brief.funding:
            g.add(_esc(_funding_words(f)), f.evidence, f.display)
        groups.append(g)
    return groups


def brief_to_blocks(brief: Brief, *, max_blocks: int = MAX_BLOCKS) -> list[dict]:
    """Header, source, then each part with its evidence; never more than Slack accepts.

    ``max_blocks`` leaves room for a caller's own blocks (a button) in the same message.
    """
    head = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(_one_line(brief.headline) or "Brief", MAX_HEADER_CHARS), "emoji": True}},
        _source_block(brief),
    ]
    groups = _groups(brief)
    tail: list[dict] = []
    if not groups:
        tail.append(_section("_No parties, agreement, designations or funding found in this text._"))
    if brief.notes:
        notes = [f"ℹ️ {_esc(_clip(_one_line(n), 500))}" for n in brief.notes]
        tail.append(_context([_join_clipped(notes, MAX_SECTION_CHARS)]))

    # One context block per sentence reads best; fall back to one per part when that
    # would pass Slack's block limit, then drop the sentences that still do not fit.
    budget = max_blocks - len(head) - len(tail) - len(groups) * 2  # a section and a divider each
    per_sentence = sum(len(g.quotes) for g in groups)
    body: list[dict] = []
    for g in groups:
        body.append({"type": "divider"})
        body.append(g.section())
        if not g.quotes:
            continue
        if per_sentence <= budget:
            body.extend(_context([q]) for q in g.quotes)
        elif budget > 0:
            shown = g.quotes[:MAX_CONTEXT_ELEMENTS]
            if len(g.quotes) > MAX_CONTEXT_ELEMENTS:
                shown[-1] = f"…and {len(g.quotes) - MAX_CONTEXT_ELEMENTS + 1} more sentences"
            body.append(_context(shown))
            budget -= 1
    return (head + body + tail)[:max_blocks]


def brief_to_text(brief: Brief) -> str:
    """The whole brief as plain text: the notification fallback and ``--format text``."""
    lines = [_one_line(brief.headline), f"Source: {_source_words(brief)}"]
    if brief.source.kind == "url" and (brief.source.canonical_url or brief.source.url):
        lines[-1] += f" <{brief.source.canonical_url or brief.source.url}>"

    def quote(evidence: Evidence | None, indent: str) -> None:
        q = _quote(evidence)
        if q:
            lines.append(f"{indent}“{q}”")

    if brief.parties:
        lines.append("Parties:")
        for p in brief.parties:
            lines.append(f"  - {_party_words(p)}")
            quote(p.evidence, "      ")
    if brief.agreement is not None:
        a = brief.agreement
        line = f"Agreement: {_status_words(a.status)}"
        if a.phrase:
            line += f" — “{_one_line(a.phrase)}”"
        lines.append(line)
        quote(a.evidence, "      ")
    if brief.designations:
        lines.append("Designations:")
        for d in brief.designations:
            lines.append(f"  - {_designation_words(d)}")
            quote(d.evidence, "      ")
    if brief.funding:
        lines.append("Funding:")
        for f in brief.funding:
            lines.append(f"  - {_funding_words(f)}")
            quote(f.evidence, "      ")
    if not (brief.parties or brief.agreement or brief.designations or brief.funding):
        lines.append("No parties, agreement, designations or funding found.")
    if brief.notes:
        lines.append("Notes:")
        lines.extend(f"  - {_one_line(n)}" for n in brief.notes)
    return "\n".join(lines)


def error_blocks(message: str) -> list[dict]:
    """A failure as one short line: the reader needs what to do, not a traceback."""
    return [_section(f":warning: {_esc(_clip(_one_line(message) or 'Something went wrong.', 500))}")]


def usage_text() -> str:
    return USAGE
