"""Word sets and patterns every stage of designation reading shares."""
from __future__ import annotations

import re
from bot.extract.data import load_json


ENT_LABELS = {"ORG", "PERSON", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}


STOP = {"for", "citing", "saying", "because", "after", "when", "while", "since", "during", "ending", "subjecting",
         "making", "barring", "accusing", "alleging", "calling", "describing", "following"}


CONNECT_IN_NAMES = {"de", "del", "la", "al", "el", "du", "des", "of", "da", "do", "dos", "y", "e", "bin", "ibn", "ul"}


LINKED = re.compile(r"\b(linked|tied|connected|affiliated|related|close|belonging|loyal|working|acting|fronts?|"
                     r"affiliates|offshoots|subsidiar(?:y|ies)|"
                     r"proxies|supplying|supplied|selling|sold|on behalf)\s+(to|with|for|of)(\s+the)?\s*$", re.I)


LED_BY = re.compile(r"\b(led|headed|founded|commanded|run|chaired|controlled|owned|operated|managed|backed|financed|funded)\s+by(\s+the)?(\s+(former|ex-?|late))?[\w\s-]{0,30}$", re.I)


REASONS = {"for", "citing", "accusing", "alleging", "because", "over"}


SPEAK = {"say", "announce", "tell", "state", "confirm", "write", "tweet", "post", "note", "declare"}


SAYS = {"say", "announce", "tell", "add", "state", "confirm", "note", "declare", "write", "report"}


GROUP_NOUNS = set(load_json("designations.json")["group_nouns"])


NAME_HEADS = set(load_json("designations.json")["name_heads"])


LEGAL_FORMS = sorted(load_json("designations.json")["leading_legal_forms"], key=len, reverse=True)


FIRM_TAILS = set(load_json("designations.json")["firm_tails"])


TRADE_WORDS = set(load_json("designations.json")["trade_words"])


CONNECT_IN_NAMES |= set(load_json("designations.json")["name_connectors"])


FIRM_JOINERS = set(load_json("designations.json")["firm_joiners"])


DESCRIPTORS = set(load_json("designations.json")["descriptor_nouns"])


CARRY = {"designate", "add", "list", "name", "sanction", "blacklist", "delist", "remove", "target"}


ANNOUNCE = {"announce", "impose", "order", "approve", "issue", "adopt", "publish", "revoke", "rescind", "lift", "remove",
             "extend", "declare", "make", "slap", "unveil", "level", "introduce", "expand", "renew", "prolong"}


ALIAS_INTRO = re.compile(r"\b(also known as|known locally as|known as|also called|called|also trades as|trades as|"
                          r"(?:also\s+)?(?:rendered|spelt|spelled|transliterated|written)(?:\s+as)?|"
                          r"trading as|formerly|known by its (?:\w+\s+)?initials,?|(?:known\s+)?by the names?|"
                          r"a\.k\.a\.?|aka|alias)(\s+the)?\s*[\"“'‘]?\s*$", re.I)


# a word that introduces another name of the thing just named: "Lakhbir Singh alias Rode"
ALIAS_WORDS = {"alias", "aka", "a.k.a.", "a.k.a", "alias:"}


BACK_REF = re.compile(r"(all|both|each|them|these|those)\b|(two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
                       r"(?!\s+(?!pursuant)[a-z]+\b)")


BULLET = re.compile(r"\s*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")


MARKER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z])[.)]\s*")


RESTATE = re.compile(r"\s*(?:(?:the|these|those)\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?=\s+(?:are|were|include|included)\b)|"
                      r"the\s+others|the\s+rest|"  # "The other three are C, D and E": the rest of a count told before
                      r"(?:the|these|those)\s+(?:remaining\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:other\s+)?"
                      r"(?:[a-z]+\s+)?(?:entities|individuals|people|persons|companies|firms|groups|organi[sz]ations|"
                      r"banks|vessels|officials|bodies|institutions|entity|individual|person|company|firm|group|"
                      r"organi[sz]ation|bank|vessel|official|body|institution)|among\s+them|they|"
                      # "Among the Saudis are A and B": some of the people a count just told
                      r"among\s+(?:the|these|those)\s+(?:[a-z]+\s+)?[a-z]+s)(\s+)(?:are|were|is|was|include|included)\b"
                      r"\s*:?\s*(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


RESTATE_COUNTED = re.compile(r"\s*((?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                              r"(?:[a-z]+\s+)?([a-z]+s))\s+(?:are|were|include|included)\b\s*:?\s*(?:the\s+)?"
                              r"(?=(?-i:[A-Z]))", re.I)


# the plural bodies whose "including A, B" restates a count of listed things told just before
INCLUDING_HEADS = {"group", "gang", "organisation", "organization", "entity", "individual", "person", "company", "firm",
                   "network", "militia", "cartel", "faction", "outfit", "body", "official", "people"}


# generic nouns for what is listed: never a name by themselves
INCLUDING_WORDS = {"people", "persons", "individuals", "entities", "groups", "organisations", "organizations",
                   "companies", "firms", "officials", "members", "vessels", "ships", "banks", "others"}


# the kinds of body a listing names something as: "listed X as a terrorist entity"
AS_KINDS = {"entity", "entities", "organisation", "organisations", "organization", "organizations", "group",
             "groups", "terrorist", "terrorists", "org", "orgs"}


EDGE_WORDS = {"as", "on", "in", "and", "or", "to", "from", "for", "with", "by", "the", "a", "an"}


# the act of listing, named as a noun: "Listing of Hamas", "Proscription of X" in a title-case headline is the act
# done to the name after 'of', never part of that name
ACT_NOUNS = {"listing", "listings", "designation", "designations", "proscription", "proscriptions", "delisting",
              "de-listing", "blacklisting", "sanctioning", "banning", "ban", "removal", "relisting", "re-listing"}
