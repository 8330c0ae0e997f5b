"""The Slack side: translates Bolt requests into calls of ``bot.service`` and back.

Nothing here decides what a brief is; ``bot`` knows nothing of Bolt.
"""
