"""The one brief path, with a real Redis, a real local web server and the real spaCy pipeline."""
from __future__ import annotations

import pytest
import redis

from bot.cache import RedisCache, text_key
from bot.config import Settings
from bot.service import BriefRequest, build_service


def _page(title: str, body: str, lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


@pytest.fixture
def settings(redis_url) -> Settings:
    return Settings(redis_url=redis_url, brief_fetch_allow_private=True)


class CountingExtractor:
    """The real extractor, counting how often spaCy is asked to run."""

    def __init__(self, real) -> None:
        self.real, self.calls = real, 0

    def extract_many(self, texts, sources):
        self.calls += len(texts)
        return self.real.extract_many(texts, sources)


@pytest.fixture
def service(settings):
    svc = build_service(settings)
    counting = CountingExtractor(svc._extractor_loader())
    svc._extractor_loader = lambda: counting
    svc.counting = counting
    return svc


def test_service_link_briefed_twice_is_fetched_and_extracted_once(service, web, seed_text):
    url = web.add("/news/us-ecuador", _page("US close to deal with Ecuador", seed_text))
    first = service.brief_for(BriefRequest(kind="url", value=url), team_id="T1")
    assert first.error is None and not first.cached
    names = {p.name for p in first.brief.parties}
    assert {"United States", "Ecuador"} <= names
    assert first.brief.source.kind == "url" and first.brief.source.title

    again = service.brief_for(
        BriefRequest(kind="url", value=url + "?utm_source=slack&fbclid=x#top"), team_id="T1"
    )
    assert again.cached and again.brief == first.brief
    assert web.hits["/news/us-ecuador"] == 1
    assert service.counting.calls == 1


def test_service_cache_is_namespaced_per_team(service, web, seed_text):
    url = web.add("/a", _page("US close to deal with Ecuador", seed_text))
    service.brief_for(BriefRequest(kind="url", value=url), team_id="T1")
    other = service.brief_for(BriefRequest(kind="url", value=url), team_id="T2")
    assert not other.cached and web.hits["/a"] == 2


def test_service_text_entry_of_an_older_schema_is_recomputed(service, redis_url, seed_text):
    first = service.brief_for(BriefRequest(kind="text", value=seed_text), team_id="T1")
    key = text_key("T1", seed_text)
    client = redis.Redis.from_url(redis_url)
    stale = first.brief.model_dump(mode="json")
    stale["schema_version"] = 0
    stale["headline"] = "stale"
    client.set(key, __import__("json").dumps(stale))
    again = service.brief_for(BriefRequest(kind="text", value=seed_text), team_id="T1")
    assert not again.cached and again.brief.headline != "stale"
    assert service.counting.calls == 2


def test_service_failed_link_is_one_line_and_not_cached(service, web):
    url = web.url("/missing")
    outcome = service.brief_for(BriefRequest(kind="url", value=url), team_id="T1")
    assert outcome.brief is None and outcome.error and "\n" not in outcome.error
    assert "paste" in outcome.error.lower()
    web.add("/missing", _page("Now here", "A short page."))
    assert web.hits["/missing"] == 1


def test_service_non_english_page_gets_a_clear_note(service, web):
    body = "\n".join(
        [
            "Die Regierung in Berlin hat am Donnerstag ein neues Abkommen mit Frankreich unterzeichnet.",
            "Nach Angaben des Auswärtigen Amtes soll der Vertrag im kommenden Jahr in Kraft treten, "
            "sobald beide Parlamente ihn gebilligt haben.",
            "Die Verhandlungen hatten sich über mehr als zwei Jahre hingezogen und waren zeitweise "
            "wegen Streitigkeiten über die Finanzierung ins Stocken geraten.",
            "Beide Seiten sprachen von einem wichtigen Schritt für die Zusammenarbeit an der Grenze "
            "und kündigten weitere Gespräche über Verkehr und Energie an.",
        ]
    )
    url = web.add("/de", _page("Neues Abkommen", body, lang="de"))
    outcome = service.brief_for(BriefRequest(kind="url", value=url), team_id="T1")
    assert outcome.brief is None and "English" in outcome.error


def test_service_briefs_without_redis(seed_text):
    settings = Settings(redis_url="redis://127.0.0.1:1/0")
    svc = build_service(settings)
    assert isinstance(svc.cache, RedisCache)
    outcome = svc.brief_for(BriefRequest(kind="text", value=seed_text), team_id="T1")
    assert outcome.brief is not None and outcome.error is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("   \n\t ", []),
        ("🎉🎉🎉 " * 200, []),
        ("ok, thanks!", []),
        ("<https://example.com/a|a> and <https://example.com/b> and <https://example.com/c> "
         "and <https://example.com/d>", ["url", "url", "url"]),
    ],
)
def test_service_requests_in_message(settings, text, expected):
    svc = build_service(settings)
    assert [r.kind for r in svc.requests_in_message(text)] == expected


def test_service_long_message_text_is_a_request(settings, seed_text):
    svc = build_service(settings)
    (req,) = svc.requests_in_message(seed_text)
    assert req.kind == "text" and "Los Lobos" in req.value


def test_service_short_command_text_is_refused_politely(settings):
    svc = build_service(settings)
    assert svc.requests_in_command("help") == [] and svc.requests_in_command("  ") == []
    (req,) = svc.requests_in_command("hello there")
    outcome = svc.brief_for(req, team_id="T1")
    assert outcome.brief is None and "too short" in outcome.error


def test_service_huge_paste_is_briefed_up_to_the_bound_with_a_note(redis_url, seed_text):
    svc = build_service(Settings(redis_url=redis_url, brief_max_text_chars=20_000))
    huge = (seed_text + "\n") * 300  # about 1 MB
    outcome = svc.brief_for(BriefRequest(kind="text", value=huge), team_id="T1")
    assert outcome.brief is not None
    assert any("20,000" in note for note in outcome.brief.notes)


def test_service_same_link_at_once_is_fetched_once(service, web, seed_text):
    from concurrent.futures import ThreadPoolExecutor

    url = web.add("/together", _page("US close to deal with Ecuador", seed_text))
    request = BriefRequest(kind="url", value=url)
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(lambda _: service.brief_for(request, team_id="T1"), range(4)))
    assert all(o.brief == outcomes[0].brief for o in outcomes)
    assert sum(not o.cached for o in outcomes) == 1
    assert web.hits["/together"] == 1 and service.counting.calls == 1


def test_service_shareable_text_reference_finds_the_brief_and_expires_cleanly(service, seed_text):
    request = BriefRequest(kind="text", value=seed_text)
    first = service.brief_for(request, team_id="T1")
    ref = service.shareable(request)
    assert ref.kind == "ref" and len(ref.model_dump_json()) < 200
    again = service.brief_for(ref, team_id="T1")
    assert again.cached and again.brief == first.brief
    other_team = service.brief_for(ref, team_id="T2")
    assert other_team.brief is None and "no longer cached" in other_team.error
