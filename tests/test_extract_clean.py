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


RELEASE = """MINISTRY OF FOREIGN AFFAIRS, NORWAY
PRESS RELEASE
14 March 2022

NORWAY AND INDONESIA SIGN FORESTRY RESULTS AGREEMENT

1. Norway and Indonesia signed an agreement on results-based payments for reduced deforestation today.
2. The first payment is expected later this year.
"""


def test_letterhead_labels_and_dates_above_a_release_headline_are_not_the_story(rules):
    c = clean(RELEASE, rules)
    assert RELEASE[slice(*c.headline)] == "NORWAY AND INDONESIA SIGN FORESTRY RESULTS AGREEMENT"
    for gone in ("MINISTRY OF FOREIGN AFFAIRS", "PRESS RELEASE", "14 March 2022"):
        assert gone not in c.text, gone
    assert "results-based payments" in c.text


def test_date_and_author_lines_under_a_headline_are_blanked(rules):
    page = ("EU and Chile sign advanced framework agreement\n\nDate 13.12.2023\nAuthor Ana Ruiz\n\n"
            "The European Union and Chile signed an advanced framework agreement in Brussels on Wednesday.\n")
    c = clean(page, rules)
    assert "13.12.2023" not in c.text and "Ana Ruiz" not in c.text
    assert "signed an advanced framework agreement" in c.text


def test_a_long_closing_sentence_full_of_names_is_story_not_a_teaser(rules):
    page = ("Canada sanctions six officials\n\nOttawa on Monday imposed asset freezes on six foreign officials "
            "over the crackdown, the foreign ministry said.\n"
            "Those Targeted Are Kamal Reza Amiri, Deputy Interior Minister; Hossein Ali Tabatabaei, Head Of The "
            "Provincial Police; And Mohsen Karimi Nezhad, Commander Of The Border Guard Regiment.\n")
    c = clean(page, rules)
    assert "Kamal Reza Amiri" in c.text


NEWSLETTER = """GULF MONITOR | Daily briefing | No. 88 | 4 March 2024
From the Middle East team. Forwarded this? Subscribe here.

THE LEAD: Oman and Iran close to a gas pipeline deal

What happened. Oman and Iran said on Monday that they were close to finalising an agreement on a subsea gas pipeline.
"""


def test_a_newsletters_masthead_and_furniture_are_not_the_story(rules):
    c = clean(NEWSLETTER, rules)
    assert NEWSLETTER[slice(*c.headline)] == "THE LEAD: Oman and Iran close to a gas pipeline deal"
    for gone in ("GULF MONITOR", "Forwarded this", "Subscribe here"):
        assert gone not in c.text, gone


def test_site_menus_written_with_bars_are_not_the_headline(rules):
    page = ("Skip to content\nHome | News | Sport | Weather\nNEWS\nHome | UK | World | Business\nPolitics\n\n"
            "Chile and Peru agree to extend their water-sharing pact\n\n"
            "Chile and Peru agreed on Tuesday to extend a pact on sharing the waters of the Lauca river, officials said.\n")
    c = clean(page, rules)
    assert page[slice(*c.headline)] == "Chile and Peru agree to extend their water-sharing pact"
    assert "Politics" not in c.text and "Sport" not in c.text


def test_breadcrumbs_are_not_the_story(rules):
    page = "Home » Business » Economy\n\nGhana signs $3bn IMF deal\n\nGhana signed a $3 billion loan agreement with the IMF on Friday, officials said.\n"
    c = clean(page, rules)
    assert "Economy" not in c.text and page[slice(*c.headline)] == "Ghana signs $3bn IMF deal"


def test_a_long_chat_line_that_mentions_a_newsletter_is_story(rules):
    chat = ("quick recap for tmrw's newsletter: the Home Office laid the order today - UK now proscribes the group "
            "in its entirety, and Canberra listed it too. no money in either story")
    assert clean(chat, rules).text == chat
    assert "Sign up" not in clean("Sign up for our daily newsletter\nThe UK signed the deal on Monday, officials said.", rules).text


def test_a_one_step_breadcrumb_and_photo_credits_are_not_the_story(rules):
    page = ("News | World | Asia | Sport\n"
            "World > Asia\n\n"
            "Chile and Peru sign a fisheries pact\n"
            "Boats in the port of Arica, May 2021. Photo by Staff/Ana Diaz\n\n"
            "Trawlers at dawn in Callao. — EFE/Andina Photo\n\n"
            "Chile and Peru on Monday signed a fisheries agreement that sets joint quotas for anchovy in "
            "their shared waters for the next five years.\n")
    c = clean(page, rules)
    assert c.text[slice(*c.headline)] == "Chile and Peru sign a fisheries pact"
    assert "Photo by" not in c.text and "Andina Photo" not in c.text
    assert "signed a fisheries agreement" in c.text


def test_a_short_menu_line_with_one_bar_is_not_the_headline(rules):
    page = ("Search   EN | FR\n"
            "Kenya and Uganda sign rail deal\n\n"
            "Kenya and Uganda on Monday signed an agreement to extend the standard gauge railway to the border "
            "town of Malaba by 2027.\n")
    c = clean(page, rules)
    assert c.text[slice(*c.headline)] == "Kenya and Uganda sign rail deal"


def test_a_place_and_date_line_with_one_bar_is_not_the_lead(rules):
    page = ("Peru revokes airport award\n"
            "LIMA | Tue Mar 3, 2015 4:10pm EST\n\n"
            "Peru on Monday revoked the award of a contract to build a new airport terminal in Cusco, a week "
            "after granting it to a Spanish group.\n")
    c = clean(page, rules)
    assert "LIMA" not in c.text and "revoked the award" in c.text


def test_dateline_after_standfirst_bullets_and_byline(rules):
    # bullets, a byline and a date between the headline and the first paragraph do not hide its dateline
    page = ("Chad, Niger agree to reopen border\n"
            "- Trade to resume within a month\n"
            "- Joint patrols planned\n"
            "By Amina Sow\n"
            "March 3, 2025\n\n"
            "NIAMEY, Niger – The presidents of Chad and Niger agreed on Sunday to reopen their shared border "
            "to trade, officials said after a day of meetings.\n")
    c = clean(page, rules)
    assert c.dateline.startswith("NIAMEY")
    assert "NIAMEY" not in c.text


def test_menu_share_row_author_line_and_photo_credit_are_noise(rules):
    page = ("HOME   NEWS   BUSINESS   SPORT   WORLD   VIDEO\n\n"
            "Mali and Niger sign river transport pact\n"
            "Tuesday, 11 March 2025 09:40 | Written by Staff Writer\n"
            "[Share] [Tweet] [Print]\n\n"
            "Barges on the Niger river near Gao in a file photo. / Reuters\n\n"
            "Mali and Niger on Monday signed an agreement to open the river to barge traffic between Gao and Niamey, "
            "officials said.\n")
    c = clean(page, rules)
    assert page[c.headline[0]:c.headline[1]] == "Mali and Niger sign river transport pact"
    for bit in ("HOME", "Written by", "[Share]", "file photo"):
        assert bit not in c.text
    assert "signed an agreement" in c.text


def test_prose_with_double_spaces_is_kept(rules):
    page = ("Mali and Niger sign river transport pact\n\n"
            "Mali and Niger on Monday signed an agreement.  It opens the river to barges.  Officials welcomed it.\n")
    c = clean(page, rules)
    assert "It opens the river to barges." in c.text


def test_dateline_before_a_bar(rules):
    page = ("Fiji and Nauru sign fisheries pact\n\n"
            "Suva, Fiji | Fiji and Nauru have signed a fisheries pact that lets their boats fish in each other's "
            "waters, officials said on Monday.\n")
    c = clean(page, rules)
    assert c.dateline.startswith("Suva, Fiji")
    assert "Suva" not in c.text


def test_dateline_place_and_country_before_a_dash(rules):
    page = ("Chile and Peru agree to relaunch trade talks\n\n"
            "Arica, Chile — Chile and Peru agreed on Saturday to relaunch negotiations on a trade agreement "
            "suspended in 2019, officials said.\n")
    c = clean(page, rules)
    assert c.dateline.startswith("Arica, Chile")
    assert "Arica" not in c.text


@pytest.mark.parametrize("line", [
    "By our Moscow correspondent",
    "By a staff reporter",
    "By the Foreign Desk",
])
def test_a_byline_without_a_name_is_noise(rules, line):
    assert rules.is_noise(line)


def test_a_line_opening_with_by_is_still_story(rules):
    assert not rules.is_noise("By the end of the week, the two sides had agreed on a text.")


RELEASE_WITH_TABLE = """Home | News | Business | Sport | Opinion
Council approves grants to five districts
The regional council approved flood-recovery grants for five districts on Tuesday, the finance office said.
District | Lead office | Grant (EUR million)
North Vale | Roads Office | 12.5
East Marsh | Water Board | 8
South Fen | Housing Office | 4.75
"""


def test_a_table_of_figures_is_story_not_a_menu(rules):
    c = clean(RELEASE_WITH_TABLE, rules)
    assert "Home" not in c.text and "Sport" not in c.text  # the site menu line is still noise
    for row in ("North Vale | Roads Office | 12.5", "East Marsh | Water Board | 8", "South Fen | Housing Office | 4.75"):
        assert row in c.text  # the rows closing the release are its figures, not trailing teasers


def test_dateline_with_day_month_and_agency_is_blanked(rules):
    text = ("Albania and Greece sign maritime accord\n\n"
            "Ohrid/Tirana, 3 May 2021 (ATA) – Albania and Greece signed a maritime accord on Monday.")
    out = clean(text, rules)
    assert "ATA" not in out.text and "Albania and Greece signed" in out.text


def test_issuer_line_over_a_label_is_letterhead_and_topic_colon_is_no_dateline(rules):
    text = ("Office of the Prime Minister\nPRESS RELEASE\n3 March 2020\n\n"
            "Fisheries: Government signs accord with Norway\n\n"
            "The Government today signed a fisheries accord with Norway after two years of talks.\n")
    c = clean(text, rules)
    assert "Office of the Prime Minister" not in c.text
    assert text[c.headline[0]:c.headline[1]] == "Fisheries: Government signs accord with Norway"
    assert "Fisheries:" in c.text and c.dateline == ""


def test_short_verbless_line_under_a_photo_credit_is_its_caption(rules):
    text = ("Pacific trade pact takes effect\n\n"
            "The pact takes effect today for Fiji and four other states, the ministry said on Monday morning.\n\n"
            "Photo: FBC / Jo Tui\nShipping containers at Suva wharf.\n\n"
            "Tonga ratified the pact in May and it applies there from June, officials said on Monday.\n")
    c = clean(text, rules)
    assert "Shipping containers" not in c.text and "Tonga ratified" in c.text


WIRE_WITH_SUBHEADING = """Lenders back a rescue for the utility
The state utility's creditors agreed on Monday to a rescue plan that swaps part of its debt for new bonds, officials said.
Officials said the plan would be put to parliament next week.
BOND SWAP
Under the plan, holders of the old notes will receive new bonds maturing in 2035, and the finance ministry will guarantee the interest on them, the officials said.
MORE FROM THE WIRE
Markets Rally As Rates Fall
Storm Hits Northern Coast
"""


def test_a_capitals_sub_heading_over_prose_keeps_the_story_after_it(rules):
    c = clean(WIRE_WITH_SUBHEADING, rules)
    assert "holders of the old notes will receive new bonds" in c.text
    assert "Markets Rally" not in c.text and "Storm Hits" not in c.text  # a capitals header over headlines still ends it
