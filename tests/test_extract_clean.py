"""Finding the main story in pasted web text: noise is blanked, offsets stay the input's."""
from __future__ import annotations

import pytest

from bot.extract.clean import NoiseRules, clean


@pytest.fixture(scope="module")
def rules():
    return NoiseRules()


PAGE = """Home
World
Kenya and Ethiopia sign power trade deal
By Jane Mwangi and Tom Hill
Updated 5:42 PM EDT, Tue March 11
Engineers at a substation near Moyale. (Photo: Reuters/file)
NAIROBI, March 11 (Reuters) - Kenya and Ethiopia on Tuesday signed an agreement to expand electricity trade.
Officials said the first deliveries would start in June.
Also read: Uganda floats new bond
More on Africa
Nigeria holds rates as inflation eases
Ghana's cocoa farmers count the cost
"""


def test_noise_is_blanked_and_offsets_kept(rules):
    c = clean(PAGE, rules)
    assert len(c.text) == len(PAGE)
    for gone in ("Home", "By Jane", "Updated 5:42", "(Photo:", "NAIROBI", "Also read", "More on Africa",
                 "Nigeria holds", "cocoa"):
        assert gone not in c.text, gone
    assert "Kenya and Ethiopia on Tuesday signed" in c.text
    assert "first deliveries" in c.text


def test_headline_is_the_first_heading_line(rules):
    c = clean(PAGE, rules)
    assert PAGE[c.headline[0]:c.headline[1]] == "Kenya and Ethiopia sign power trade deal"


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience. Accept all | Manage preferences",
    "Sign up to our Politics Daily newsletter",
    "Listen to this article",
    "3 min read",
    "Image source, Getty Images",
    "Share this article",
    "ADVERTISEMENT",
    "(With inputs from agencies)",
    "Trending: Five takeaways from the Fed meeting",
])
def test_noise_lines(rules, line):
    assert rules.is_noise(line)


@pytest.mark.parametrize("line", [
    "Kenya and Ethiopia signed an agreement on Tuesday.",
    "The deal will be reviewed by the cabinet next week, officials said.",
])
def test_story_lines_are_not_noise(rules, line):
    assert not rules.is_noise(line)


def test_chat_message_is_its_own_headline(rules):
    text = "fyi the EU and Kenya just signed the fisheries deal, €30m over 4 years"
    c = clean(text, rules)
    assert c.text == text and c.headline == (0, len(text))


def test_long_single_paragraph_has_no_headline(rules):
    text = "Kenya and Ethiopia signed an agreement on Tuesday. " * 10
    assert clean(text, rules).headline is None
