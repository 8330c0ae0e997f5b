"""HTML to article text: trafilatura for the body and metadata, plus small general filters.

trafilatura alone lets through a few kinds of boilerplate that matter for a
brief (a "Read more:" line is another story's headline, a copyright line is not
news). The filters below are general patterns, not per-site rules, and only
remove short lines, so a real paragraph is never dropped.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from pydantic import BaseModel

__all__ = ["Article", "ExtractionError", "extract_article", "article_from_text", "detect_language",
           "clean_lines", "read_page", "warm_up", "MIN_TEXT_CHARS"]

# Below this there is no article to brief, only a teaser or a shell rendered by JavaScript.
MIN_TEXT_CHARS = 200
# A paywall stub is a teaser: real articles that merely mention subscriptions are longer.
PAYWALL_MAX_CHARS = 1500
# trafilatura takes about 5 s per 700 kB of visible text; news pages carry under 50 kB, long reads
# a few hundred. Beyond this the page is a book or a dump, and extracting it would hold a worker.
MAX_VISIBLE_CHARS = 300_000


class Article(BaseModel):
    """A fetched article as the rest of the bot sees it."""

    url: str
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    published: str | None = None
    language: str | None = None
    text: str


class ExtractionError(Exception):
    """No usable text: ``kind`` is "empty", "paywall" or "too_large"."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail

    def __reduce__(self):  # it crosses from the extraction process: keep both arguments
        return type(self), (self.kind, self.detail)


# Pop-up dialogs and content hidden from screen readers are never the story being linked (jis.gov.jm
# hides a whole second article in a dialog); captions often describe other stories' photos. Plain
# display:none is left alone: "read the rest" expanders hide real article text that way.
PRUNE_XPATH = [
    "//*[@aria-hidden='true']",
    "//*[@role='dialog' or @role='alertdialog' or @aria-modal='true']",
    "//figcaption",
]

_SEP = r"\s*(?:[:：|»>]|\s[-–—]\s|$)"  # "Related-party deals" is prose, "Related - X" is a link line
_RELATED = re.compile(
    r"^\W*(?:read more|read also|also read|more reading|see also|related(?: stories| articles| content| coverage)?"
    r"|recommended(?: reading)?|more on this(?: story)?|you may also like|you might also like|don'?t miss"
    r"|lea también|lee también|leer más|ver también|te puede interesar|le puede interesar|también te puede interesar"
    r"|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren"
    r"|lire aussi|à lire aussi|a lire aussi|voir aussi|lire également"
    r"|lue myös|katso myös|leggi anche|leia também|veja também)" + _SEP,
    re.I,
)
# A copyright line opens with the sign or the word; elsewhere only the fixed formulas count, so a
# news sentence about copyright ("used the photos without permission") is kept.
_COPYRIGHT = re.compile(
    r"^\W*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))"
    r"|all rights reserved|copyrighted property|alle rechte vorbehalten|todos los derechos reservados"
    r"|tous droits réservés|(?:this|the) (?:material|article|content|story) may not be "
    r"(?:published|reproduced|redistributed|rewritten|copied)",
    re.I,
)
# Calls to action: an imperative opening or closing, plus what is being sold. The topic list leaves
# out the verbs themselves, so "Officials urged residents to sign up." stays.
_CTA_START = re.compile(r"^\W*(?:get|sign up|subscribe|join|register|enter your e-?mail|never miss|don'?t miss)\b",
                        re.I)
_CTA_END = re.compile(r"(?:sign up|subscribe|subscribe now|sign up now|register now|subscribe here|join now)\W*$",
                      re.I)
_CTA_TOPIC = re.compile(r"e-?mail|newsletter|inbox|edition|a month|per month|membership|subscription|daily|weekly",
                        re.I)
_PRICE_PROMPT = re.compile(r"for (?:as little as|only|just) [$€£]\s?\d", re.I)
_PRICE_TOPIC = re.compile(r"subscri|a month|per month|/\s?month|a week|membership|digital access", re.I)
_STANDARDS = re.compile(r"^\W*(?:our standards|editorial standards|trust principles)\b", re.I)
_CREDIT = re.compile(r"^\W*(?:photo|photos|image|picture|file photo|photograph|credit|foto|fotos|kuva|bild|imagen)"
                     r"(?:\s+credit)?\s*[:：]", re.I)
_UI_LINES = {
    "advertisement", "advertisement:", "continue reading the main story", "story continues below advertisement",
    "share this article", "share", "share this", "print", "comments", "anzeige", "publicidad", "mainos",
}


def _drop_line(line: str) -> bool:
    """Is this short line boilerplate? Long lines are prose and always kept."""
    s = line.strip()
    if not s:
        return False
    if s.lower() in _UI_LINES:
        return True
    if len(s) > 400:
        return False
    if _RELATED.search(s) and len(s) < 300:
        return True
    if _COPYRIGHT.search(s):
        return True
    if _STANDARDS.search(s):
        return True
    if len(s) < 250 and _CTA_TOPIC.search(s) and (_CTA_START.search(s) or _CTA_END.search(s)):
        return True
    if len(s) < 250 and _PRICE_PROMPT.search(s) and _PRICE_TOPIC.search(s):
        return True
    if len(s) < 150 and _CREDIT.search(s):
        return True
    return False


def clean_lines(text: str) -> str:
    """Apply the line filters and normalise blank lines."""
    kept = [ln.rstrip() for ln in text.splitlines() if not _drop_line(ln)]
    out = "\n".join(kept)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


_PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|to continue reading|continue reading with|already a subscriber"
    r"|subscribers only|for subscribers|exclusive to subscribers|this (?:article|story|content) is (?:only )?"
    r"(?:available|for) (?:to )?(?:paid |premium )?(?:subscribers|members)"
    r"|sign in to (?:continue|read)|log in to (?:continue|read)|create a free account to"
    r"|register (?:for free )?to (?:continue|read)|become a (?:subscriber|member) to"
    r"|réservé aux abonnés|abonnez-vous|nur für abonnenten|jetzt abonnieren|weiterlesen mit"
    r"|exclusivo para suscriptores|contenido exclusivo para|suscríbete para",
    re.I,
)


def _paywall_markup(tree) -> bool:
    """schema.org's isAccessibleForFree=false is how publishers tell crawlers a page is paywalled.

    Matched with a regex rather than parsed: pages often carry malformed JSON-LD blocks."""
    for node in tree.xpath("//script[@type='application/ld+json']/text()"):
        if re.search(r'"isAccessibleForFree"\s*:\s*"?false"?', node, re.I):
            return True
    return False


def _declared_language(tree, header: str | None) -> str | None:
    """html lang, og:locale, Content-Language: whatever the page says it is written in."""
    candidates: list[str] = []
    if tree is not None:
        candidates += tree.xpath("//html/@lang")
        candidates += tree.xpath("//meta[@property='og:locale']/@content")
        candidates += tree.xpath("//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content")
    if header:
        candidates.append(header)
    for value in candidates:
        m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_,;\s]|$)", value or "")
        if m:
            return m.group(1).lower()
    return None


@lru_cache(maxsize=1)
def _langid():
    """py3langid loads its model on first use; load it once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the language model now (a second or more) rather than inside the first user's fetch."""
    _langid()


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 guess: the text's own evidence beats the page's declaration, which is often a template default."""
    sample = text[:6000]
    if len(sample.strip()) >= 40:
        lang, prob = _langid().classify(sample)
        if prob >= 0.5 or declared is None:
            return lang
    return declared


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host


def _safe_url(candidate: str | None, base: str | None) -> str | None:
    """The page's canonical link, absolute and http(s) only: it is page-controlled and may be shown in Slack."""
    if not candidate:
        return None
    absolute = urljoin(base or "", candidate.strip())
    parts = urlsplit(absolute)
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def _canonical(tree, doc, url: str | None) -> str | None:
    """What the page calls its own address (rel=canonical, og:url) on its own site, else None.

    trafilatura skips relative canonicals and falls back to the fetched URL; the fetched URL is
    already in Article.url, so here only the page's own claim counts."""
    declared: list[str] = []
    if tree is not None:
        declared += tree.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href")
        declared += tree.xpath("//meta[@property='og:url']/@content")
    if doc is not None and doc.url and doc.url != url:
        declared.append(doc.url)
    for candidate in declared:
        safe = _safe_url(candidate, url)
        if safe and _same_site(safe, url):
            return safe
    return None


_MOBILE_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def _same_site(candidate: str, url: str | None) -> bool:
    """A canonical is trusted only on the page's own host or below it: the service keys its cache on
    it, and a page claiming another site's address would otherwise plant its brief under that key.
    A parent domain is not trusted either (user.medium.com must not speak for medium.com)."""
    if not url:
        return True
    a, b = urlsplit(candidate).hostname or "", urlsplit(url).hostname or ""
    for prefix in _MOBILE_PREFIXES:
        a = a[len(prefix):] if a.startswith(prefix) else a
        b = b[len(prefix):] if b.startswith(prefix) else b
    return a == b or a.endswith("." + b)


def _visible_chars(tree) -> int:
    """Text a reader would see, scripts and styles aside (news pages often inline megabytes of JSON)."""
    total = 0
    for el in tree.iter():
        if el.text and isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template"):
            total += len(el.text)
        if el.tail:
            total += len(el.tail)
    return total


def _finish(raw: str, url: str | None, *, tree=None) -> str:
    text = clean_lines(raw)
    paywalled = tree is not None and _paywall_markup(tree)
    # The prompt itself is a line the filters drop, so look for it in the unfiltered text.
    if len(text) < PAYWALL_MAX_CHARS and (paywalled or _PAYWALL.search(raw)):
        raise ExtractionError("paywall", f"teaser of {len(text)} chars with paywall signals")
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractionError("empty", f"only {len(text)} chars of text extracted")
    return text


def extract_article(html: str, url: str | None = None, *, declared_language: str | None = None) -> Article:
    """Main text and metadata of a news page; raises ExtractionError when there is no article to brief."""
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "replace")) if html.strip() else None
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is not None and (visible := _visible_chars(tree)) > MAX_VISIBLE_CHARS:
        raise ExtractionError("too_large", f"{visible} chars of visible text")
    # extensive_search would fall back to dateparser, which compiles regexes for 200 locales on
    # first use (5-9 s); the page's own markup gives the date just as well on the corpus.
    dates = {"original_date": True, "extensive_search": False,
             "max_date": datetime.now(timezone.utc).strftime("%Y-%m-%d")}
    kw = dict(url=url, include_comments=False, with_metadata=True, include_tables=True,
              include_images=False, include_links=False, date_extraction_params=dates)
    # Precise first; only when that finds too little, favour recall, and last of all stop pruning
    # aria-hidden/dialog content (a page rendered with a consent modal open can hide its own body).
    passes = [dict(prune_xpath=PRUNE_XPATH), dict(prune_xpath=PRUNE_XPATH, favor_recall=True),
              dict(prune_xpath=["//figcaption"], favor_recall=True)]
    doc, text = None, ""
    for extra in passes:
        attempt = trafilatura.bare_extraction(html, **kw, **extra)
        if attempt is not None and (doc is None or len(attempt.text or "") > len(text)):
            doc, text = attempt, attempt.text or ""
        if len(text) >= MIN_TEXT_CHARS:
            break
    # Paywall markup plus a short page is a paywall even when nothing was extracted.
    if not text.strip() and tree is not None and _paywall_markup(tree):
        raise ExtractionError("paywall", "no text and isAccessibleForFree=false")
    text = _finish(text, url, tree=tree)
    declared = _declared_language(tree, declared_language)
    canonical = _canonical(tree, doc, url)
    return Article(
        url=url or canonical or "",
        canonical_url=canonical,
        title=(doc.title or None) if doc is not None else None,
        site=((doc.sitename or None) if doc is not None else None) or _host(url or canonical),
        published=(doc.date or None) if doc is not None else None,
        language=detect_language(text, declared),
        text=text,
    )


def read_page(text: str, url: str, *, mime: str, site: str | None = None,
              declared_language: str | None = None) -> Article:
    """The article in a fetched page of either kind: what ``Fetcher`` hands to a parser."""
    if mime == "text/plain":
        return article_from_text(text, url, site=site, declared_language=declared_language)
    return extract_article(text, url, declared_language=declared_language)


def article_from_text(text: str, url: str, *, site: str | None = None,
                      declared_language: str | None = None) -> Article:
    """A text/plain page is already the article; only normalise and filter it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _finish(text, url)
    first = text.split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 200 and len(text) > len(first) else None
    return Article(url=url, canonical_url=None, title=title, site=site or _host(url), published=None,
                   language=detect_language(text, _declared_language(None, declared_language)), text=text)

