"""Rendering: what a reader sees, and that Slack's limits hold for any brief."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from bot import render
from bot.brief import Agreement, Brief, Designation, Evidence, Funding, Party, Source


def ev(text: str) -> Evidence:
    return Evidence(start=0, end=len(text), text=text)


S_DEAL = "The US is in the final stages of signing a new agreement with Ecuador."
S_FTO = "Rubio announced the designation of two notorious Ecuadorian gangs — Los Lobos and Los Choneros — as foreign terrorist organisations."
S_MONEY = "Rubio also revealed a $13.5 million security assistance package to help Ecuador."


def seed_brief(**kw) -> Brief:
    data = dict(
        headline="US close to finalising asylum deal with Ecuador; Los Lobos and Los Choneros designated",
        source=Source(kind="url", url="https://news.example/a?x=1", site="news.example", title="US, Ecuador deal"),
        parties=[
            Party(name="United States", aliases=["US"], kind="country", evidence=ev(S_DEAL)),
            Party(name="Ecuador", kind="country", evidence=ev(S_DEAL)),
        ],
        agreement=Agreement(status="finalising", phrase="in the final stages of signing", evidence=ev(S_DEAL)),
        designations=[
            Designation(entity="Los Lobos", category="foreign_terrorist_organization", by="United States", evidence=ev(S_FTO)),
            Designation(entity="Los Choneros", category="foreign_terrorist_organization", by="United States", evidence=ev(S_FTO)),
        ],
        funding=[
            Funding(amount=13.5e6, currency="USD", display="US$13.5 million", purpose="security assistance",
                    donor="United States", recipient="Ecuador", evidence=ev(S_MONEY)),
        ],
        notes=["Extracted automatically; check the sentences."],
    )
    data.update(kw)
    return Brief(**data)


def all_text(blocks: list[dict]) -> str:
    out = []
    for b in blocks:
        if "text" in b:
            out.append(b["text"]["text"])
        out.extend(e.get("text", "") for e in b.get("elements", []))
    return "\n".join(out)


def assert_within_limits(blocks: list[dict]) -> None:
    assert 1 <= len(blocks) <= render.MAX_BLOCKS
    json.dumps(blocks)  # serialisable as sent
    for b in blocks:
        if b["type"] == "header":
            assert b["text"]["type"] == "plain_text" and 0 < len(b["text"]["text"]) <= 150
        elif b["type"] == "section":
            assert 0 < len(b["text"]["text"]) <= render.MAX_SECTION_CHARS
        elif b["type"] == "context":
            assert 1 <= len(b["elements"]) <= 10
            assert all(0 < len(e["text"]) <= render.MAX_SECTION_CHARS for e in b["elements"])
        else:
            assert b["type"] == "divider"


def test_blocks_name_every_fact_with_its_sentence():
    blocks = render.brief_to_blocks(seed_brief())
    assert_within_limits(blocks)
    assert blocks[0]["type"] == "header" and "Ecuador" in blocks[0]["text"]["text"]
    text = all_text(blocks)
    for words in ("*Parties*", "United States", "Ecuador", "*Agreement*", "Being finalised",
                  "in the final stages of signing", "*Designations*", "Los Lobos", "Los Choneros",
                  "Foreign Terrorist Organization", "by United States", "*Funding*", "US$13.5 million",
                  "security assistance", "United States → Ecuador", "Extracted automatically"):
        assert words in text, words
    # every sentence is quoted, and a sentence shared by two items is quoted once
    for sentence in (S_DEAL, S_MONEY):
        assert f"“{sentence}”" in text
    assert text.count(S_FTO) == 1
    assert "_Los Lobos, Los Choneros_" in text


def test_source_is_a_link_with_site_and_title_or_pasted_text():
    blocks = render.brief_to_blocks(seed_brief())
    assert blocks[1] == {"type": "context", "elements": [
        {"type": "mrkdwn", "text": "Source: <https://news.example/a?x=1|news.example — US, Ecuador deal>"}]}
    pasted = render.brief_to_blocks(seed_brief(source=Source(kind="text")))
    assert "pasted text" in pasted[1]["elements"][0]["text"]


def test_mrkdwn_control_characters_are_escaped():
    b = seed_brief(parties=[Party(name="A<b>&C", evidence=ev("x <@U123> & y"))],
                   source=Source(kind="url", url="https://x.example/", title="a|b>c"))
    text = all_text(render.brief_to_blocks(b))
    assert "A&lt;b&gt;&amp;C" in text and "<@U123>" not in text
    assert "|a¦b&gt;c>" in text


def test_empty_brief_says_so():
    b = Brief(headline="Nothing here", source=Source(kind="text"))
    blocks = render.brief_to_blocks(b)
    assert_within_limits(blocks)
    assert "No parties" in all_text(blocks)
    assert "No parties" in render.brief_to_text(b)


def test_huge_brief_is_shortened_not_rejected():
    long = "word " * 2000
    b = seed_brief(
        headline=long,
        parties=[Party(name=f"Party {i} " + "x" * 100, evidence=ev(f"Sentence {i} " + long)) for i in range(200)],
        designations=[Designation(entity=f"Group {i}", category="other", evidence=ev(f"D {i}")) for i in range(60)],
        notes=[long] * 20,
    )
    blocks = render.brief_to_blocks(b)
    assert_within_limits(blocks)
    text = all_text(blocks)
    assert "more" in text  # says what was left out
    assert "Party 0" in text and "*Funding*" in text


def test_text_fallback_has_everything():
    text = render.brief_to_text(seed_brief())
    assert text.splitlines()[0].startswith("US close to finalising")
    for words in ("Source: news.example — US, Ecuador deal <https://news.example/a?x=1>",
                  "United States (country; also US)", "Agreement: Being finalised", "Los Lobos → designated Foreign Terrorist Organization (by United States)",
                  "US$13.5 million for security assistance — United States → Ecuador", f"“{S_MONEY}”",
                  "Notes:"):
        assert words in text, words


def test_revocation_and_unknown_parties_are_worded():
    b = seed_brief(designations=[Designation(entity="FARC", category="foreign_terrorist_organization", action="revoke")],
                   funding=[Funding(amount=6e6, currency="USD", display="US$6 million", recipient="Ecuador's Navy")])
    text = render.brief_to_text(b)
    assert "FARC: designation as Foreign Terrorist Organization revoked" in text
    assert "US$6 million — to Ecuador's Navy" in text
    only_donor = seed_brief(funding=[Funding(amount=1, currency="EUR", display="€1", donor="EU")])
    assert "€1 — from EU" in render.brief_to_text(only_donor)


def test_error_blocks_and_usage():
    blocks = render.error_blocks("I can't read that link <x>\nsecond line")
    assert_within_limits(blocks)
    assert len(blocks) == 1 and ":warning:" in blocks[0]["text"]["text"] and "\n" not in blocks[0]["text"]["text"]
    assert_within_limits(render.error_blocks("x" * 10000))
    assert "/brief" in render.usage_text() and "help" in render.usage_text()


texts = st.text(min_size=0, max_size=4000)
evidence = st.none() | st.builds(lambda t: Evidence(start=0, end=len(t), text=t), texts)


@settings(max_examples=60, deadline=None)
@given(
    headline=texts,
    parties=st.lists(st.builds(Party, name=st.text(min_size=1, max_size=300), evidence=evidence), max_size=80),
    designations=st.lists(st.builds(Designation, entity=st.text(min_size=1, max_size=300),
                                    category=st.sampled_from(list(render.CATEGORY_WORDS)), evidence=evidence), max_size=30),
    notes=st.lists(texts, max_size=5),
    title=st.none() | texts,
)
def test_any_brief_renders_within_slack_limits(headline, parties, designations, notes, title):
    b = Brief(headline=headline, source=Source(kind="url", url="https://e.example/", title=title),
              parties=parties, designations=designations, notes=notes)
    assert_within_limits(render.brief_to_blocks(b))
    assert isinstance(render.brief_to_text(b), str)
