"""Extraction quality on 26 real news pages, fetched through the real Fetcher from a loopback server.

Each page must keep its must_include strings and drop its must_not_include
boilerplate (related links, captions of other stories, footers, subscription
prompts, comments), compared after collapsing whitespace. See
shared/corpus/html/README.md for where the pages and expectations come from.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from bot.config import Settings
from bot.fetch import Fetcher
from tests.support.web import WebServer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8")) if CORPUS.is_dir() else []

# Pages our filters still get wrong, by file name; strict, so a fix shows up as XPASS and must be recorded.
KNOWN_MISSES: dict[str, str] = {}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def server():
    """Every page served as a news site would: gzip on the wire, charset left for the fetcher to find."""
    with WebServer() as web:
        for case in CASES:
            body = gzip.compress((CORPUS / case["file"]).read_bytes(), compresslevel=1)
            web.add(f"/news/{case['file']}", body,
                    headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
        yield web


@pytest.fixture(scope="module")
def fetcher():
    return Fetcher(Settings(brief_fetch_allow_private=True))


def _params():
    for case in CASES:
        marks = []
        if case["file"] in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[case["file"]], strict=True))
        yield pytest.param(case, id=case["file"], marks=marks)


@pytest.mark.skipif(not CASES, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("case", list(_params()))
def test_corpus_page(server, fetcher, case):
    article = fetcher.fetch(server.url(f"/news/{case['file']}"))
    text = _norm(article.text)
    missing = [s for s in case["must_include"] if s not in text]
    leaked = [s for s in case["must_not_include"] if s in text]
    assert not missing, f"body text lost: {missing}"
    assert not leaked, f"boilerplate kept: {leaked}"
    assert article.title
    assert article.language is not None
    if case["lang"] != "en":
        assert article.language != "en"
        assert article.language == case["lang"]
    else:
        assert article.language == "en"


def test_corpus_is_complete():
    assert len(CASES) == 26, "the corpus README promises 26 pages"
