"""Slack message markup: links found where Slack puts them, code left alone, markup made readable."""
from __future__ import annotations

from hypothesis import given, strategies as st

from bot.slack_text import find_links, plain_text


def test_labelled_and_bare_links_in_order():
    text = "see <https://a.example/x|this story> and <http://b.example/y> too"
    assert find_links(text) == ["https://a.example/x", "http://b.example/y"]


def test_non_web_targets_are_ignored():
    text = ("<mailto:ed@example.com|ed@example.com> <@U123ABC> <@U123|bob> <#C0123|news> <!here> <!channel> "
            "<!subteam^S123|@desk> <tel:+15555550100|call> <ftp://files.example/x> <https://ok.example/>")
    assert find_links(text) == ["https://ok.example/"]


def test_duplicates_are_dropped_keeping_first_position():
    text = "<https://b.example/> <https://a.example/|A> <https://b.example/|again> <https://a.example/>"
    assert find_links(text) == ["https://b.example/", "https://a.example/"]


def test_links_in_inline_code_and_code_blocks_are_left_alone():
    text = ("quoted `<https://inline.example/>` and\n```\ncurl <https://block.example/a>\n"
            "<https://block.example/b>\n``` but <https://real.example/story> counts")
    assert find_links(text) == ["https://real.example/story"]


def test_link_after_an_unclosed_backtick_still_counts():
    assert find_links("it`s here: <https://a.example/>") == ["https://a.example/"]


def test_escaped_ampersands_in_urls_are_unescaped():
    assert find_links("<https://a.example/s?id=1&amp;page=2|story>") == ["https://a.example/s?id=1&page=2"]


def test_scheme_case_and_empty_text():
    assert find_links("<HTTPS://A.example/x>") == ["HTTPS://A.example/x"]
    assert find_links("") == []
    assert find_links("no links here, just <words") == []


def test_typed_urls_only_when_asked():
    text = "brief https://a.example/story?id=1&amp;x=2. and (see https://b.example/wiki/Foo_(bar)) <https://c.example/>"
    assert find_links(text) == ["https://c.example/"]
    assert find_links(text, bare=True) == [
        "https://a.example/story?id=1&x=2", "https://b.example/wiki/Foo_(bar)", "https://c.example/"]


def test_typed_urls_in_code_or_inside_markup_are_not_doubled():
    text = "`https://code.example/` <https://a.example/x|https://a.example/x> https://a.example/x"
    assert find_links(text, bare=True) == ["https://a.example/x"]


def test_plain_text_uses_labels_or_urls_and_drops_mentions():
    text = ("<@U123> read <https://a.example/x|the ministry statement> and <https://b.example/y> "
            "in <#C0123|policy> <!here> &amp; reply")
    assert plain_text(text) == (
        "read the ministry statement and https://b.example/y in #policy & reply")


def test_plain_text_keeps_lines_and_unescapes():
    text = "Line one &lt;quoted&gt;\n<mailto:ed@example.com|ed@example.com> wrote:\n<!date^1392734382^{date}|Feb 18, 2014>"
    assert plain_text(text) == "Line one <quoted>\ned@example.com wrote:\nFeb 18, 2014"


def test_plain_text_of_plain_text_is_unchanged():
    assert plain_text("The agreement was signed on 3 May.") == "The agreement was signed on 3 May."


@given(st.lists(st.sampled_from(["https://a.example/1", "https://b.example/2", "http://c.example/3"]), max_size=8),
       st.text(alphabet="abc xyz.,\n", max_size=20))
def test_find_links_is_ordered_unique(urls, filler):
    text = filler.join(f"<{u}|label>" if i % 2 else f"<{u}>" for i, u in enumerate(urls))
    expected = list(dict.fromkeys(urls))
    assert find_links(text) == expected


@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(text):
    for bare in (False, True):
        links = find_links(text, bare=bare)
        assert len(links) == len(set(links))
    assert isinstance(plain_text(text), str)

