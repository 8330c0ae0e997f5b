"""The post-extraction line filters: boilerplate lines go, news sentences that look a bit like them stay."""
from __future__ import annotations

import pytest

from bot.article import ExtractionError, article_from_text, clean_lines, detect_language, extract_article

DROPPED = [
    "Read more: Looted colonial art: Germany to set up new contact office",
    "READ MORE | Minister resigns over expenses",
    "Also read: Budget talks stall",
    "ALSO READ - Budget talks stall",
    "Related",
    "Related stories: Five things to know",
    "See also: The timeline",
    "Lea también: Impiden ingreso a Nicaragua a reportero",
    "Leer más: El Gobierno anuncia",
    "Lesen Sie auch: Die Bahn erhöht die Preise",
    "Mehr zum Thema: Brexit",
    "À lire aussi : Le Conseil fédéral",
    "Lue myös:",
    "© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking Belize News.",
    "© Thomson Reuters 2020",
    "Copyright 2020 The Jamaica Information Service. All Rights Reserved.",
    "Copyright © 2024 Example Media Group",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Alle Rechte vorbehalten.",
    "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
    "Sign up for our morning newsletter",
    "Subscribe to our weekly email digest",
    "Enter your email to get the daily briefing",
    "Support independent journalism for as little as $6 a month",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Photo: Yhomo Hutchinson",
    "(Credit: Clayton Aldern / Grist)",
    "Advertisement",
    "Continue reading the main story",
]

KEPT = [
    "Additional reporting by Jane Doe; Editing by John Roe",
    "The company used the photos without permission, the lawsuit says.",
    "The report may not be published until after the election, officials said.",
    "Officials urged residents to sign up.",
    "Support for the measure grew, according to an email poll of 2,000 voters.",
    "Tickets are available for as little as $5 at the door.",
    "Related-party transactions rose 5% last year, the filing shows.",
    "Copyright holders argued that the law went too far.",
    "Recommendations from the panel will be published in March.",
    "The newspaper said its daily edition will now cost $2.",
    "Readers who subscribe to the print edition will also get digital access, the publisher said in a statement "
    "on Monday, adding that the price of the weekly magazine would not change this year despite rising costs.",
    "Photographers were kept away from the ceremony.",
]


@pytest.mark.parametrize("line", DROPPED)
def test_boilerplate_line_is_dropped(line):
    assert clean_lines(f"First paragraph of news.\n{line}\nLast paragraph of news.") == (
        "First paragraph of news.\nLast paragraph of news.")


@pytest.mark.parametrize("line", KEPT)
def test_news_sentence_is_kept(line):
    assert line in clean_lines(f"First paragraph.\n{line}\nLast paragraph.")


def test_long_paragraph_is_never_dropped():
    para = "Read more: " + "the minister said the deal would hold. " * 20
    assert clean_lines(para) == para.strip()


def test_hidden_dialog_and_captions_are_pruned():
    body = "".join(f"<p>Paragraph {i} of the real story about the ministry's new budget plan for schools.</p>"
                   for i in range(6))
    page = (f"<html><body><article><h1>Budget</h1><figure><img src='x.jpg'><figcaption>Caption of another "
            f"story's photo</figcaption></figure>{body}</article>"
            "<div role='dialog' aria-hidden='true'><p>A whole other article hidden in a pop-up, which the "
            "extractor would otherwise append to the real one as if it belonged there.</p></div></body></html>")
    art = extract_article(page, "https://news.example/budget")
    assert "Paragraph 5 of the real story" in art.text
    assert "pop-up" not in art.text and "Caption of another" not in art.text


def test_body_hidden_behind_a_server_rendered_modal_is_still_found():
    body = "".join(f"<p>Paragraph {i} of the real story about the ministry's new budget plan for schools.</p>"
                   for i in range(6))
    page = (f"<html><body><div id='page' aria-hidden='true'><article><h1>Budget</h1>{body}</article></div>"
            "<div role='dialog' aria-modal='true'><p>We use cookies.</p><button>Accept</button></div></body></html>")
    art = extract_article(page, "https://news.example/budget")
    assert "Paragraph 5 of the real story" in art.text


def test_language_is_detected_from_the_text_not_the_template():
    spanish = ("El Gobierno de Nicaragua anunció este martes un nuevo acuerdo con el Banco Central para "
               "reducir la deuda externa, según informaron fuentes oficiales en Managua.")
    assert detect_language(spanish, declared="en") == "es"
    assert detect_language("Hi", declared="de") == "de"
    assert detect_language("", declared=None) is None


def test_plain_text_article():
    text = "Budget agreed\n\n" + " ".join(f"Sentence {i} about the budget agreement in parliament." for i in range(8))
    art = article_from_text(text, "https://news.example/a.txt", site="news.example")
    assert art.title == "Budget agreed" and art.language == "en" and art.site == "news.example"


def test_too_little_text_is_empty():
    with pytest.raises(ExtractionError) as err:
        extract_article("<html><body><p>Short.</p></body></html>", "https://news.example/")
    assert err.value.kind == "empty"
