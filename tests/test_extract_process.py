"""Parsing in a child process, as ``python -m bot serve`` runs it: bounded, replaced when it dies."""
from __future__ import annotations

import os
import signal
import time

import pytest

from bot import messages
from bot.article import ExtractionError
from bot.brief import Source
from bot.config import Settings
from bot.extract_process import ExtractionTimeout, ExtractorProcess
from bot.service import BriefRequest, build_service
from tests.support.slack import FakeSlack, ServeProcess

MODEL = Settings(_env_file=None).brief_spacy_model


@pytest.fixture(scope="module")
def children():
    process = ExtractorProcess(MODEL, processes=1, timeout=60)
    process.start()
    yield process
    process.close()


def _pids(process: ExtractorProcess) -> list[int]:
    return list(process._pool()._processes)  # noqa: SLF001 - which child is serving now


def _gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_briefs_from_the_child_equal_the_in_process_ones(children, seed_text):
    from bot.extract import load_extractor

    source = Source(kind="text")
    [remote] = children.extract_many([seed_text], [source])
    [local] = load_extractor(MODEL).extract_many([seed_text], [source])
    assert remote == local
    assert {"United States", "Ecuador"} <= {p.name for p in remote.parties}
    assert os.getpid() not in _pids(children)


def test_a_page_without_an_article_raises_the_same_error_across_the_process(children):
    with pytest.raises(ExtractionError) as caught:
        children.read_page("<html><body><nav>Home</nav></body></html>", "https://news.example/x", mime="text/html")
    assert caught.value.kind == "empty"


def test_a_child_killed_mid_service_is_replaced_and_the_next_brief_is_made(children, seed_text):
    [pid] = _pids(children)
    os.kill(pid, signal.SIGKILL)
    assert _gone(pid)
    [brief] = children.extract_many([seed_text], [Source(kind="text")])
    assert "Ecuador" in {p.name for p in brief.parties}
    assert _pids(children) != [pid]


def test_a_batch_over_the_bound_is_stopped_and_the_child_replaced(seed_text):
    process = ExtractorProcess(MODEL, processes=1, timeout=0.01)  # no parse of the seed is that fast
    try:
        process.start()
        [pid] = _pids(process)
        t0 = time.monotonic()
        with pytest.raises(ExtractionTimeout):
            process.extract_many([seed_text * 20], [Source(kind="text")])
        assert time.monotonic() - t0 < 5, "the bound, plus one poll, plus the kill"
        assert _gone(pid), "the stuck child was stopped"
        process.timeout = 60
        [brief] = process.extract_many([seed_text], [Source(kind="text")])
        assert "Ecuador" in {p.name for p in brief.parties}
    finally:
        process.close()


def test_the_user_is_told_a_text_took_too_long(seed_text):
    service = build_service(Settings(_env_file=None, brief_extract_timeout=0.01), serving=True)
    try:
        outcome = service.brief_for(BriefRequest(kind="text", value=seed_text * 20), team_id="T1")
        assert outcome.brief is None
        assert outcome.error == messages.too_slow(0.01)
    finally:
        service.close()


def test_served_bot_parses_in_a_child_that_leaves_with_it(tmp_path):
    with FakeSlack() as fake:
        app = ServeProcess(fake.api_url, None, tmp_path).start()
        try:
            assert app.ready(), app.output()
            children = app.child_pids()  # the extraction child, and multiprocessing's resource tracker
            maps = open(f"/proc/{app.proc.pid}/maps").read()
            assert "spacy" not in maps and "thinc" not in maps, "the server itself never loads the model"
            parsing = [pid for pid in children if "spacy" in open(f"/proc/{pid}/maps").read()]
            assert len(parsing) == 1, children
        finally:
            out = app.stop()
    assert app.proc.returncode == 0, out
    assert all(_gone(pid) for pid in children), "no child outlives the server"
    assert "Traceback" not in out
