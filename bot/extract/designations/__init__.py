"""Formal listings: who was designated (or delisted) as what, and by whom.

A trigger word ("designated", "sanctioned", "removed ... from") plus the wording of a
list ("Foreign Terrorist Organization", "First Schedule", "SDN list") makes a
designation; the named things in the trigger's object are the entities.

The stages, one module each: `vocabulary` (the data's wording of lists and triggers),
`finder` (which sentences tell a listing act, and on which lists), `timing` (news or
background), `names` (which names the act lists), `authority` (who lists), `aliases`
(one entry per listed thing); `spans` and `words` hold what they share.
"""
from bot.extract.designations.finder import DesignationFinder
from bot.extract.designations.model import Found

__all__ = ["DesignationFinder", "Found"]
