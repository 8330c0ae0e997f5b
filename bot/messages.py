"""Every sentence the bot says to a user about a failure, in one place (as Bolt's logger/messages.py)."""
from __future__ import annotations


def internal_error() -> str:
    return "Sorry, something went wrong while briefing this. It has been logged; please try again later."


def text_too_short() -> str:
    return "That is too short to brief. Paste the article's text, or give me a link to it."


def text_truncated(limit: int) -> str:
    return f"The text was longer than {limit:,} characters; only the first {limit:,} were briefed."


def bad_url(url: str) -> str:
    return f"I can't read that link ({url[:80]}). Check it, or paste the article's text instead."


def not_english(language: str) -> str:
    return (
        f"This page looks like it is in another language ({language}). "
        "I can only brief English articles for now."
    )


def too_slow(seconds: float) -> str:
    return (f"This took longer than {seconds:.0f} seconds to brief, so I stopped. "
            "Try a shorter excerpt of the article.")


def busy() -> str:
    return "I'm busy briefing other messages right now. Please try again in a minute."


def brief_expired() -> str:
    return "That brief is no longer cached. Run /brief with the text again to share it."
