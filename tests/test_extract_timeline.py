"""The one date reader designations and funding both tell today's news from earlier news with."""
import pytest

from bot.extract.timeline import background_sections, dateline, dates, days_before


@pytest.mark.parametrize("head, day", [
    ("PARIS, June 22, 2023 (AFP) - France and Germany agreed", (2023, 6, 22)),
    ("By Standard Reporter | Wednesday, March 13th 2024\n\nKenya has put on hold", (2024, 3, 13)),
    ("28 May 2025 12:40\nThe IMF board approved", (2025, 5, 28)),
    ("Published Mar 22\nThe deal", (None, 3, 22)),
])
def test_dateline_is_the_day_the_text_was_written(head, day):
    assert dateline(head) == day


def test_a_date_an_event_is_set_for_is_no_dateline():
    assert dateline("The sanctions run until 15 March 2026, the council said on Friday.") is None
    assert dateline("The talks, which began on May 3, 2024, resumed. LONDON, June 1, 2024") == (2024, 6, 1)


def test_times_and_lower_case_months_are_no_dates():
    assert [d for _, d in dates("at June 12:30 they may 5 times")] == []


def test_days_before_takes_a_missing_year_from_the_other_day():
    assert days_before((None, 7, 25), (2025, 8, 22)) == 28
    assert days_before((2024, 8, 22), (2025, 8, 22)) == 365
    assert days_before((2025, 9, 1), (2025, 8, 22)) < 0


def test_background_heading_opens_a_section_only_after_the_story_begins():
    text = "History\nMenu\n\nThe two governments signed the accord in the capital on Monday afternoon.\nBackground\nIn 2019 a deal lapsed.\n"
    (start, end), = background_sections(text, after_story=True)
    assert text[start:end].startswith("In 2019 a deal lapsed.")
