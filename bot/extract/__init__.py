"""Turn a news text into a Brief: one spaCy parse, then rule tables from ``data/``.

Data files (edit these, not the code, to teach it new names or wordings):
  countries.json    every state and territory: names, short forms, capitals, demonyms
  orgs.json         international bodies, banks and well-known state companies, with their organs
  agencies.json     government bodies that stand for their country ('strong', 'weak', 'default')
  status_cues.jsonl spaCy Matcher patterns that show where an agreement stands
  designations.json listing triggers and the wording of each list -> category
  money.json        currency marks, scale words, number words, funding and decoy cue words
  lexicon.json      word lists the rules share (government nouns, agreement nouns, titles ...)
  noise.json        line patterns of pasted web pages that are not the story
"""
from bot.extract.pipeline import Extractor, load_extractor

__all__ = ["Extractor", "load_extractor"]
