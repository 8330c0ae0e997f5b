"""One path for every entry point: a message, ``/brief``, the shortcut and the CLI all end here.

Only how the input is found and where the answer goes differ between them; what a brief
is, where it is cached and how a failure is worded is decided once, in this module.
"""
from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING, Callable, ContextManager, Literal, Sequence

from pydantic import BaseModel

from bot import messages
from bot.brief import Brief, Source
from bot.cache import BriefCache, open_cache, text_digest, text_key, url_key
from bot.config import Settings
from bot.extract_process import ExtractionTimeout, ExtractorProcess
from bot.fetch import Article, Fetcher, FetchError, canonicalize_url
from bot.fetch import warm_up as fetch_warm_up
from bot.logs import fields
from bot.slack_text import find_links, find_typed_links, plain_text
from bot.workers import BoundedPool, KeyedLocks

if TYPE_CHECKING:
    from bot.extract import Extractor

__all__ = ["BriefRequest", "BriefOutcome", "BriefService", "build_service"]

log = logging.getLogger("briefbot.brief")

_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 80  # below this a text is a remark, not an article
CLAIM_TTL = 24 * 3600


class BriefRequest(BaseModel):
    """A link, a text, or ``ref``: the digest of a text briefed before (what a share button carries)."""

    kind: Literal["url", "text", "ref"]
    value: str


class BriefOutcome(BaseModel):
    request: BriefRequest
    brief: Brief | None = None
    error: str | None = None
    cached: bool = False
    elapsed_ms: float = 0.0
    fetch_ms: float = 0.0
    extract_ms: float = 0.0


def _letters(text: str) -> int:
    return len(_LETTERS.findall(text))


class BriefService:
    def __init__(
        self,
        settings: Settings,
        *,
        cache: BriefCache,
        fetcher: Fetcher,
        extractor_loader: Callable[[], "Extractor | ExtractorProcess"],
        pool: BoundedPool | None = None,
        extractor_process: ExtractorProcess | None = None,
    ) -> None:
        self.settings = settings
        self.cache = cache
        self.fetcher = fetcher
        self._extractor_loader = extractor_loader
        self._extractor_process = extractor_process  # the children ``extractor_loader`` hands out, if any
        self._pool = pool
        self._in_flight = KeyedLocks()

    # -- finding what to brief -------------------------------------------------------

    def requests_in_message(self, text: str | None) -> list[BriefRequest]:
        """Links first (at most ``brief_max_links``); else the text itself when it is long."""
        text = text or ""
        links = find_links(text)[: self.settings.brief_max_links]
        if links:
            return [BriefRequest(kind="url", value=url) for url in links]
        body = plain_text(text).strip()
        if len(body) >= self.settings.brief_min_text_chars and _letters(body) >= MIN_LETTERS:
            return [BriefRequest(kind="text", value=body)]
        return []

    def requests_in_command(self, text: str | None) -> list[BriefRequest]:
        """``/brief`` takes a link or any text; empty or ``help`` is a request for the usage."""
        text = (text or "").strip()
        if not text or text.lower() in {"help", "-h", "--help", "?"}:
            return []
        links = find_typed_links(text)[: self.settings.brief_max_links]
        if links:
            return [BriefRequest(kind="url", value=url) for url in links]
        return [BriefRequest(kind="text", value=plain_text(text).strip() or text)]

    def requests_in_shortcut(self, text: str | None) -> list[BriefRequest]:
        """A user who picked "Brief this message" wants it briefed whatever its length."""
        return self.requests_in_command(text)

    # -- briefing ----------------------------------------------------------------------

    def brief_for(self, request: BriefRequest, *, team_id: str) -> BriefOutcome:
        """The brief of one link or text; every failure becomes a one-line ``error``.

        Concurrent requests for the same input in this process wait for the first one, so a
        link posted in two channels at once is fetched and extracted once, then cached.
        """
        with self._in_flight.hold((team_id, request.kind, _identity(request))):
            return self.brief_many([request], team_id=team_id)[0]

    def brief_many(self, requests: Sequence[BriefRequest], *, team_id: str) -> list[BriefOutcome]:
        """Cache lookups and fetches per request, then one ``nlp.pipe`` batch for the misses."""
        started = time.perf_counter()
        outcomes: list[BriefOutcome] = [BriefOutcome(request=r) for r in requests]
        pending: list[tuple[int, str, Source, list[str], list[str]]] = []  # index, text, source, keys, notes
        for i, request in enumerate(requests):
            t0 = time.perf_counter()
            try:
                item = self._prepare(request, team_id, outcomes[i])
            except Exception:  # never let one input take the others (or the bot) down
                log.exception("preparing a brief failed")
                outcomes[i].error = messages.internal_error()
                item = None
            if item is not None:
                pending.append((i, *item))
            outcomes[i].elapsed_ms = (time.perf_counter() - t0) * 1000
        if pending:
            t0 = time.perf_counter()
            failure = messages.internal_error()
            try:
                extractor = self._extractor_loader()
                briefs = extractor.extract_many([p[1] for p in pending], [p[2] for p in pending])
            except ExtractionTimeout as exc:
                log.warning("extraction stopped: %s", exc)
                failure = messages.too_slow(self.settings.brief_extract_timeout)
                briefs = [None] * len(pending)
            except Exception:
                log.exception("extraction failed")
                briefs = [None] * len(pending)
            share = (time.perf_counter() - t0) * 1000 / len(pending)
            for (i, _text, _source, keys, notes), brief in zip(pending, briefs):
                outcomes[i].elapsed_ms += share
                outcomes[i].extract_ms = share
                if brief is None:
                    outcomes[i].error = failure
                    continue
                brief.notes.extend(notes)
                outcomes[i].brief = brief
                for key in keys:
                    self.cache.put(key, brief, self.settings.brief_cache_ttl)
        for outcome in outcomes:
            _log_outcome(outcome, team_id)
        log.debug("brief_many total_ms=%.1f", (time.perf_counter() - started) * 1000)
        return outcomes

    def _prepare(
        self, request: BriefRequest, team_id: str, outcome: BriefOutcome
    ) -> tuple[str, Source, list[str], list[str]] | None:
        """Answer from the cache or find the text to extract; ``None`` when the outcome is final."""
        if request.kind == "url":
            return self._prepare_url(request.value, team_id, outcome)
        if request.kind == "ref":
            outcome.brief = self.cache.get(text_key(team_id, digest=request.value))
            outcome.cached = outcome.brief is not None
            outcome.error = None if outcome.cached else messages.brief_expired()
            return None
        return self._prepare_text(request.value, team_id, outcome)

    def _prepare_text(self, text: str, team_id: str, outcome: BriefOutcome):
        if _letters(text) < MIN_LETTERS:
            outcome.error = messages.text_too_short()
            return None
        notes: list[str] = []
        limit = self.settings.brief_max_text_chars
        if len(text) > limit:
            text = text[:limit]
            notes.append(messages.text_truncated(limit))
        key = text_key(team_id, text)
        cached = self.cache.get(key)
        if cached is not None:
            outcome.brief, outcome.cached = cached, True
            return None
        return text, Source(kind="text"), [key], notes

    def _prepare_url(self, url: str, team_id: str, outcome: BriefOutcome):
        try:
            canonical = canonicalize_url(url)
        except (FetchError, ValueError):
            outcome.error = messages.bad_url(url)
            return None
        key = url_key(team_id, canonical)
        cached = self.cache.get(key)
        if cached is not None:
            outcome.brief, outcome.cached = cached, True
            return None
        t0 = time.perf_counter()
        try:
            article = self.fetcher.fetch(url)
        except FetchError as exc:
            outcome.error = exc.user_message
            return None
        finally:
            outcome.fetch_ms = (time.perf_counter() - t0) * 1000
        keys = [key]
        if article.canonical_url:
            page_key = url_key(team_id, canonicalize_url(article.canonical_url))
            if page_key != key:
                cached = self.cache.get(page_key)
                if cached is not None:
                    self.cache.put(key, cached, self.settings.brief_cache_ttl)
                    outcome.brief, outcome.cached = cached, True
                    return None
                keys.append(page_key)
        if article.language and not article.language.lower().startswith("en"):
            outcome.error = messages.not_english(article.language)
            return None
        text = article.text
        if article.title and not text.lstrip().startswith(article.title.strip()):
            text = f"{article.title.strip()}\n\n{text}"
        return text, _source_of(url, article), keys, []

    def shareable(self, request: BriefRequest) -> BriefRequest:
        """A small stand-in for ``request`` that finds its brief again (Slack caps a button's value)."""
        if request.kind == "text":
            return BriefRequest(kind="ref", value=text_digest(request.value[: self.settings.brief_max_text_chars]))
        return request

    # -- plumbing for the Slack side ---------------------------------------------------

    def claim(self, key: str, ttl: int = CLAIM_TTL) -> bool:
        """True for the one process that should act on ``key`` (an event id, a message)."""
        return self.cache.claim(f"briefbot:claim:{key}", ttl)

    def submit(self, job: Callable[[], None]) -> bool:
        return self._workers().submit(job)

    def answering(self) -> ContextManager[None]:
        """Around each Slack request the server answers: queued briefs start after it."""
        return self._workers().gate.answering()

    def _workers(self) -> BoundedPool:
        if self._pool is None:
            self._pool = BoundedPool(self.settings.brief_workers, self.settings.brief_queue_size)
        return self._pool

    def warm_up(self) -> None:
        """Load the spaCy and language models before the first request instead of during it."""
        if self._extractor_process is not None:
            self._extractor_process.start()
        else:
            self._extractor_loader()
        fetch_warm_up(article=self._extractor_process is None)

    def close(self) -> None:
        """Finish the briefs already accepted, then stop the extraction children, if any."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        if self._extractor_process is not None:
            self._extractor_process.close()


def _log_outcome(outcome: BriefOutcome, team_id: str) -> None:
    """One structured line per brief: timings and counts, never the text, the link or a token."""
    brief = outcome.brief
    log.info("brief", extra=fields(
        team=team_id,
        kind=outcome.request.kind,
        cache="hit" if outcome.cached else "miss",
        ok=outcome.error is None,
        elapsed_ms=round(outcome.elapsed_ms, 1),
        fetch_ms=round(outcome.fetch_ms, 1),
        extract_ms=round(outcome.extract_ms, 1),
        chars=len(outcome.request.value) if outcome.request.kind == "text" else None,
        parties=len(brief.parties) if brief else 0,
        designations=len(brief.designations) if brief else 0,
        funding=len(brief.funding) if brief else 0,
    ))


def _identity(request: BriefRequest) -> str:
    if request.kind == "url":
        try:
            return canonicalize_url(request.value)
        except (FetchError, ValueError):
            return request.value
    return " ".join(request.value.split())


def _source_of(url: str, article: Article) -> Source:
    return Source(
        kind="url",
        url=url,
        canonical_url=article.canonical_url,
        site=article.site,
        title=article.title,
        published=article.published,
        language=article.language,
    )


def build_service(settings: Settings, *, cache: BriefCache | None = None, serving: bool = False) -> BriefService:
    """``serving``: a long-lived server, which parses in ``brief_extract_processes`` children.

    The CLI and scripts brief one batch and exit, so they parse in their own process.
    """
    process = None
    if serving and settings.brief_extract_processes > 0:
        process = ExtractorProcess(settings.brief_spacy_model, processes=settings.brief_extract_processes,
                                   timeout=settings.brief_extract_timeout)

    def loader() -> "Extractor | ExtractorProcess":
        if process is not None:
            return process
        from bot.extract import load_extractor  # spaCy is imported only where a brief is made

        return load_extractor(settings.brief_spacy_model)

    return BriefService(
        settings,
        cache=cache if cache is not None else open_cache(settings.redis_url),
        fetcher=Fetcher(settings, page_reader=process.read_page) if process else Fetcher(settings),
        extractor_loader=loader,
        pool=BoundedPool(settings.brief_workers, settings.brief_queue_size),
        extractor_process=process,
    )
