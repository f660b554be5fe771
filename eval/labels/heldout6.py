# Labels for the HELDOUT6 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Sixth held-out split: 2 real public-domain US federal texts (pd_*: CDC, USGS) + 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["pd_2025_cdc_han_measles_texas_new_mexico"] = dict(split="heldout6", E="""
Texas PLACE
New Mexico PLACE
CDC ORG
Centers for Disease Control and Prevention ORG
CDC ORG
Texas PLACE
New Mexico PLACE
Texas PLACE
New Mexico PLACE
Texas PLACE
New Mexico PLACE
Texas PLACE
New Mexico PLACE
United States PLACE
CDC ORG
United States PLACE
U.S. PLACE
U.S. PLACE
""", C="""
March 7, 2025 | date | 2025-03-07
2:00 PM ET | time | 14:00
March 7, 2025 | date | 2025-03-07
208 confirmed cases | count | 208
198 | count | 198
10 | count | 10
two deaths | count | 2
one | count | 1
one | count | 1
""", doubts=[
 "REAL text, public domain (US federal government work): CDC Health Alert Network Health Advisory CDCHAN-00522, 'Expanding Measles Outbreak in Texas and New Mexico and Guidance for the Upcoming Travel Season', March 7, 2025; see README. EXCERPT: the title, distribution line, date/time line, HAN number and the 'Summary' section (3 paragraphs) only. Body verbatim from a stored mirror of the CDC page (vuink.com/post/pqp-d-dtbi/han/2025/han00522-d-dhtml), including its link-artefact spaces 'New Mexico )' and 'New Mexico .'; the header lines from the stored verbatim blog reprint (afludiary.blogspot.com/2025/03/cdc-han-00522-expanding-measles.html), whose body wording differs slightly ('...continues to expand rapidly', no 'through vaccination') - apparently the first version of the page; the mirror's wording was kept.",
 "NEW: 'CDC Health Alert Network', 'Health Alert Network (HAN) Health Advisory' -> only ORG 'CDC'; the Health Alert Network is a notification system/programme (like 'Copernicus'), 'HAN' not marked. 'CDCHAN-00522' is an identifier, not a claim.",
 "'2:00 PM ET' -> time 14:00 with the zone inside (heldout2 convention). 'one in Texas and one in New Mexico' -> two bare counts 'one'.",
 "Not marked: 'Measles-mumps-rubella (MMR)' (vaccine, a product), 'spring and summer travel season', 'federal, state, tribal, local, and territorial'.",
])

ARTICLES["pd_2018_usgs_gulf_of_alaska_quake_one_week"] = dict(split="heldout6", E="""
Alaskans NORP
Gulf of Alaska PLACE
Anchorage PLACE
Kodiak Island PLACE
Alaskans NORP
NOAA ORG
National Tsunami Warning Center ORG
Canada PLACE
California PLACE
Oregon PLACE
Washington PLACE
Kodiak PLACE
Alaskan NORP
Arena Cove PLACE
California PLACE
NOAA ORG
Point Arena PLACE
Arena Cove PLACE
Alaska PLACE
Alaskan NORP
Alaska PLACE
Alaska-Aleutian Subduction Zone PLACE
U.S. Geological Survey ORG
""", C="""
January 30, 2018 | date | 2018-01-30
One week | duration | 1
January 23rd | date | 01-23
12:31 a.m. | time | 00:31
magnitude 7.9 | measure | 7.9
about 350 miles | measure | 350
about 175 miles | measure | 175
Four minutes | duration | 4
less than one foot | measure | 1
four and a half hours | duration | 4.5
Three hours | duration | 3
20th | ordinal | 20
magnitude 9.2 | measure | 9.2
1964 | date | 1964
1964 | date | 1964
Jan 23 | date | 01-23
""", doubts=[
 "REAL text, public domain (US federal government work): US Geological Survey / Department of the Interior story of January 30, 2018 on the January 23, 2018 M7.9 Gulf of Alaska earthquake, stored at https://on.doi.gov/2EncGe6 (a doi.gov short link; the page shows the 'official website of the United States government' banner); see README. EXCERPT: the stored copy stops mid-sentence ('The 1964 G'), so the text ends at the last complete sentence; the page title is not in the stored copy, so no headline; the figure's alt text ('graph with red & blue lines...') dropped, its caption kept with the credit '(Public domain.)' glued after the full stop as stored; curly apostrophes kept. The source's 'about 350 miles southwest of Anchorage' kept as written.",
 "NEW: 'One week ago' -> duration 'One week' (an explicit number word; unlike heldout3's 'a month ago' with the article, which was not marked). 'January 23rd' -> date 01-23 (the ordinal suffix is part of the date, no separate ordinal).",
 "'12:31 a.m. local time' -> time, 'local time' outside. 'less than one foot deep' -> measure 1 with qualifier. 'four and a half hours later' -> one duration 4.5; 'a few inches' vague, not marked.",
 "NEW: 'the Great Alaska Earthquake and Tsunami of 1964' -> an event name: not an entity, inner 'Alaska' not marked (make_gold prints the expected warning), but the year is a date (like '1928 Games'). 'Alaska-Aleutian Subduction Zone' -> one PLACE (capitalised geographic feature). 'Point Arena tide gauge' -> PLACE 'Point Arena' (the town; the gauge is a device).",
 "'NOAA\u2019s National Tsunami Warning Center' -> ORG 'NOAA' + ORG 'National Tsunami Warning Center'. 'U.S. Geological Survey scientists' -> one ORG 'U.S. Geological Survey' (like 'U.S. Central Command'). 'Tsunami Warning', 'Tsunami Watch' (alert products) not marked; '(Public domain.)' is a licence note, not an ORG.",
 "'the 20th century quakes' -> ordinal 20. 'Historical Large Alaskan Quakes' (subheading) -> NORP 'Alaskan'.",
])

ARTICLES["syn_2024_business_ghana_cocoa_harvest"] = dict(split="heldout6", E="""
Ghana PLACE
Sefwi Wiawso PLACE
Western North Region PLACE
Ghana PLACE
REUTERS ORG
Kwame Asante-Boateng PERSON
Efua Mensah-Darko PERSON
ACCRA PLACE
Reuters ORG
Ghana PLACE
Reuters ORG
Ghana Cocoa Board ORG
COCOBOD ORG
Ivory Coast PLACE
Togo PLACE
Yaw Owusu-Ansah PERSON
Sefwi Wiawso PLACE
COCOBOD ORG
Kojo Ampofo-Mensah PERSON
African Development Bank ORG
New York PLACE
London PLACE
Ivory Coast PLACE
Ghana PLACE
International Cocoa Organization ORG
ICCO ORG
Citi ORG
Ghana PLACE
Tema PLACE
Takoradi PLACE
Efua Mensah-Darko PERSON
Ange Kouassi PERSON
Abidjan PLACE
Robert Whitfield PERSON
""", C="""
a Third | fraction | 0.3333333333
October 4, 2024 | date | 2024-10-04
Oct 7 | date | 10-07
about a third | fraction | 0.3333333333
520,000 metric tons | measure | 520000
three industry officials | count | 3
second | ordinal | 2
45% | percent | 45
48,000 cedis | money | 48000
Oct. 2 | date | 10-02
3,000 cedis | money | 3000
62.5-kg | measure | 62.5
nearly 40 percent | percent | 40
five years | duration | 5
57 | duration | 57
12 acres | measure | 12
about 67,000 hectares | measure | 67000
2018 | date | 2018
25,000 hectares | measure | 25000
$600 million | money | 600000000
$1.3 billion | money | 1300000000
2022 | date | 2022
two bankers | count | 2
2.1% | percent | 2.1
$7,415 | money | 7415
1.8% | percent | 1.8
5,960 pounds | money | 5960
nearly two-thirds | fraction | 0.6666666667
third | ordinal | 3
150,000 tons | measure | 150000
2024/25 | date | 2024
28% | percent | 28
first | ordinal | 1
two weeks | duration | 2
""", doubts=[
 "Reuters style: title-case headline, caption with credit 'REUTERS/Kwame Asante-Boateng', byline, dateline 'ACCRA, Oct 7 (Reuters) -', reporting/editing trailer. The harvest figures, the price rise, the people and quotes are FICTIONAL; COCOBOD, the African Development Bank, the ICCO and Citi are real names; the $600 million AfDB loan and the 67,000 hectares rehabilitated echo real reports.",
 "NEW: 'Fall a Third' / 'fall by about a third' -> fraction 1/3 with the article inside (an exact fraction, like 'three-quarters'); 'nearly two-thirds' fraction with qualifier. 'more than double their level a year ago' -> multiplier without number, not a claim; 'a year ago' not marked.",
 "NEW: crop season '2024/25' -> one date span, value the first year (like decades '2040s'); could be split into two dates.",
 "'48,000 cedis per tonne', '$7,415 a ton' -> money with the rate outside ('per share' convention); '62.5-kg bag' -> measure 62.5 (hyphenated unit inside). 'another 25,000 hectares' -> 'another' is not a qualifier (outside).",
 "'the Ghana Cocoa Board (COCOBOD)' ORG + ORG; 'Western North Region' one PLACE (capitalised official name); 'New York cocoa futures', 'London prices' -> PLACE (exchange cities). 'the swollen shoot virus' not marked.",
 "'the first two weeks of the season' -> ordinal 'first' + duration 'two weeks' (a counted head would swallow the other claim). 'third consecutive global deficit' -> ordinal 'third'.",
 SYN,
])

ARTICLES["syn_2027_politics_thailand_party_dissolution"] = dict(split="heldout6", E="""
Thai NORP
Prachachon Kao Na ORG
Constitutional Court ORG
Bangkok PLACE
Chanida PRAKOBSUK PERSON
AFP ORG
BANGKOK PLACE
AFP ORG
Thailand PLACE
Constitutional Court ORG
Prachachon Kao Na ORG
Thanakorn Wiriyakul PERSON
House of Representatives ORG
Future Forward ORG
Move Forward ORG
Chaiwat Somboonkit PERSON
Thailand PLACE
European Union ORG
United States PLACE
Human Rights Watch ORG
Thailand PLACE
Thai NORP
""", C="""
11 Leaders | count | 11
a Decade | duration | 1
August 11, 2027 | date | 2027-08-11
11 executives | count | 11
10 years | duration | 10
nine-judge | count | 9
almost two hours | duration | 2
151 | count | 151
500 seats | count | 500
2026 | date | 2026
11 parties | count | 11
2020 | date | 2020
2024 | date | 2024
143 remaining MPs | count | 143
60 days | duration | 60
14 million votes | count | 14000000
43 | duration | 43
about 2,000 supporters | count | 2000
at least six major parties | count | 6
2007 | date | 2007
12 successful coups | count | 12
1932 | date | 1932
0.4 percent | percent | 0.4
35.42 | money | 35.42
1.2 percent | percent | 1.2
at least 272 people | count | 272
2020 | date | 2020
three | duration | 3
15 years | duration | 15
""", doubts=[
 "AFP style: caption with the credit 'Chanida PRAKOBSUK / AFP' glued after the caption's full stop, 'BANGKOK (AFP) -' dateline, desk trailer 'burs-pdw/cwl' (not marked). The 2027 ruling, the party 'Prachachon Kao Na', the 2026 election result, the judge, the party leader and the quotes are FICTIONAL; the dissolutions of Future Forward (2020) and Move Forward (2024), Article 112, the 1932 end of absolute monarchy and the number of coups are real background facts.",
 "NEW: 'Article 112' (a law section) is an identifier, not a claim and not an entity (like heldout5's 'Section 107').",
 "'Bans 11 Leaders for a Decade' -> count '11 Leaders' + duration 'a Decade' (article with a quantity sense = 1). 'the nine-judge court' -> count 9 (like 'five-member').",
 "'151 of the 500 seats' -> bare count '151' + '500 seats'. 'a coalition of 11 parties' count. 'three to 15 years' -> range split into two durations.",
 "'35.42 per dollar' -> money 35.42 ('per dollar' outside, heldout3 exchange-rate convention); 'the baht' (currency) and 'the SET index' (index) not marked.",
 "'Thai Court' (headline) and 'Thai police' -> NORP only (lowercase/generic bodies). 'the military', 'the king', 'the constitution' not marked.",
 SYN,
])

ARTICLES["syn_2026_business_swiss_bank_rescue"] = dict(split="heldout6", E="""
Bern PLACE
Zurich PLACE
Bank Lindenhof ORG
Zurich PLACE
Keystone-SDA ORG
Swiss NORP
Swiss National Bank ORG
SNB ORG
Bank Lindenhof ORG
Bern PLACE
Zurich PLACE
SNB ORG
Karin Keller-Sutter PERSON
Swiss Financial Market Supervisory Authority ORG
FINMA ORG
Bank Lindenhof ORG
SIX Swiss Exchange ORG
Credit Suisse ORG
Urs Bachmann-Frei PERSON
University of St. Gallen ORG
Credit Suisse ORG
UBS ORG
Bank Lindenhof ORG
Reto Imhof PERSON
Sandra Gschwind PERSON
Geneva PLACE
Germany PLACE
Austria PLACE
Social Democrats NORP
Swiss People's Party ORG
SVP ORG
Asian NORP
""", C="""
4 Billion Francs | money | 4000000000
up to 4 billion francs | money | 4000000000
ninth | ordinal | 9
7.8 billion francs | money | 7800000000
less than a week | duration | 1
40% | percent | 40
1.2 billion francs | money | 1200000000
up to 2.8 billion francs | money | 2800000000
9.1% | percent | 9.1
7% | percent | 7
about 2,300 people | count | 2300
46 billion francs | money | 46000000000
63% | percent | 63
9 am | time | 09:00
one-twentieth | fraction | 0.05
March 2023 | date | 2023-03
3 billion francs | money | 3000000000
61 | duration | 61
350 jobs | count | 350
about 15% | percent | 15
212 million francs | money | 212000000
first | ordinal | 1
second | ordinal | 2
three years | duration | 3
0.94 | money | 0.94
""", doubts=[
 "Keystone-SDA style: 'Zurich (Keystone-SDA) -' dateline, no byline, no trailer. 'Bank Lindenhof', its losses, the rescue, the people and quotes are FICTIONAL; the SNB, FINMA, the SIX Swiss Exchange, the parties and the March 2023 UBS takeover of Credit Suisse for 3 billion francs are real; Karin Keller-Sutter appears only as the minister whose department announced the deal (no quote).",
 "NEW: 'Common Equity Tier 1 ratio' -> the name of a regulatory capital measure: the '1' in 'Tier 1' is part of the name (an identifier, like 'Article 112'), not a claim; the ratio's value '9.1%' is. 'the Confederation' (the federal state) not marked, like 'the Government'.",
 "'the Swiss National Bank (SNB)' ORG; 'Swiss' in the first sentence ('The Swiss government') NORP; 'SIX Swiss Exchange' one ORG (inner NORP not marked). 'the Zurich-based bank' -> PLACE 'Zurich'. 'University of St. Gallen' ORG with the abbreviation's full stop inside.",
 "'The Social Democrats demanded...' -> NORP (party members as a group, heldout3 'Free Democrats'); 'Swiss People's Party (SVP)' ORG + ORG.",
 "'one-twentieth of the size' -> fraction 0.05. 'less than a week' -> duration 1 with qualifier (article = one). 'the first half' -> ordinal 'first'; 'a second blank cheque in three years' -> ordinal + duration.",
 "'9 am' -> time 09:00. '0.94 per euro' -> money 0.94 ('per euro' outside). 'early Asian trading' -> NORP 'Asian'.",
 SYN,
])

ARTICLES["syn_2026_economy_argentina_peso_devaluation"] = dict(split="heldout6", E="""
Argentina PLACE
IMF ORG
Bloomberg ORG
Argentina PLACE
International Monetary Fund ORG
Banco Central de la República Argentina ORG
Martín Ledesma Vidal PERSON
Buenos Aires PLACE
Ledesma Vidal PERSON
Calle Florida PLACE
Argentina PLACE
Javier Milei PERSON
IMF ORG
Buenos Aires PLACE
Argentina PLACE
Carolina Pereyra Lagos PERSON
Quantum Finanzas ORG
Buenos Aires PLACE
Instituto Nacional de Estadística y Censos ORG
INDEC ORG
Lucía Benavídez PERSON
Tomás Irigoyen PERSON
Sebastián Ferraro PERSON
Buenos Aires PLACE
""", C="""
18% | percent | 18
18% | percent | 18
one-day | duration | 1
December 2023 | date | 2023-12
zero | money | 0
1,725 pesos | money | 1725
1,462 | money | 1462
2.5% | percent | 2.5
8 p.m. | time | 20:00
one painful day | duration | 1
12 months | duration | 12
6% | percent | 6
1,890 pesos | money | 1890
2035 | date | 2035
3.4 cents | money | 3.4
61.2 cents | money | 61.2
9.8% | percent | 9.8
2.7% | percent | 2.7
6% | percent | 6
38.5% | percent | 38.5
289% | percent | 289
April 2024 | date | 2024-04
first | ordinal | 1
$20 billion | money | 20000000000
April 2025 | date | 2025-04
second | ordinal | 2
about $4 billion | money | 4000000000
second | ordinal | 2
about 11% | percent | 11
November 2023 | date | 2023-11
an estimated 14 million tons | measure | 14000000
$3 billion | money | 3000000000
""", doubts=[
 "Bloomberg style: '(Bloomberg) --' opening, '--With assistance from' line and the reporter-contact trailer (the e-mail address 'sferraro@bloomberg.net' is not marked). The 2026 devaluation, the minister 'Martín Ledesma Vidal', the economist, the firm 'Quantum Finanzas', the reporters and all 2026 figures are FICTIONAL; the central bank, INDEC, the IMF's $20 billion programme of April 2025, the December 2023 devaluation and the April 2024 annual inflation peak (289%) are real background; Javier Milei appears only as a background mention.",
 "NEW: 'net reserves dropped below zero' -> money 0 ('zero' is an exact number; 'below' is not a listed qualifier, outside).",
 "'1,725 pesos per dollar, from 1,462' -> two money spans ('per dollar' outside); the bare '1,462' is money by ellipsis. 'weaken 2.5% a month' -> percent; 'a month' (a rate) not marked.",
 "'one painful day to 12 months' -> duration 'one painful day' (two-word head) + '12 months'. 'its sharpest one-day move' -> duration 1. 'dollar bonds due 2035' -> date; '61.2 cents on the dollar' money 61.2 (the unit as stated, like '65c').",
 "'the second week of June', 'the end of the second quarter' -> ordinals; 'June', 'April', 'July' alone not marked. 'as much as $3 billion' -> '$3 billion' (as much as is not a qualifier). 'an estimated 14 million tons' measure with qualifier.",
 "'S&P Merval index' (index) not marked; 'the parallel \"blue\" rate' not marked; 'Calle Florida' PLACE (street). 'Economy Minister' title excluded.",
 SYN,
])

ARTICLES["syn_2025_disaster_greece_wildfire_attica"] = dict(split="heldout6", E="""
Athens PLACE
ELENI PAPADOPOULOU PERSON
THANOS KARRAS PERSON
Associated Press ORG
ATHENS PLACE
Greece PLACE
AP ORG
Athens PLACE
Greek NORP
Varnavas PLACE
Athens PLACE
Marathon PLACE
Penteli PLACE
Ioanna Kyriakidou PERSON
Grammatiko PLACE
Italy PLACE
France PLACE
Cyprus PLACE
European Union ORG
European Union ORG
Attica PLACE
Mati PLACE
Nikos Vardakis PERSON
Nea Makri PLACE
Athens PLACE
Greece PLACE
Climate Crisis Ministry ORG
Associated Press ORG
Stavros Lambrou PERSON
Thessaloniki PLACE
Greece PLACE
""", C="""
14 Villages | count | 14
2 | count | 2
two people | count | 2
14 villages | count | 14
about 1:15 p.m. | time | 13:15
some 35 kilometers | measure | 35
22 miles | measure | 22
up to 70 kph | measure | 70
43 mph | measure | 43
41 degrees Celsius | measure | 41
106 Fahrenheit | measure | 106
78-year-old | duration | 78
29 | duration | 29
Eleven people | count | 11
four firefighters | count | 4
More than 700 firefighters | count | 700
190 fire engines | count | 190
33 water-dropping planes | count | 33
12 helicopters | count | 12
10,400 hectares | measure | 10400
25,700 acres | measure | 25700
2018 | date | 2018
104 people | count | 104
10 minutes | duration | 10
66 | duration | 66
about 400 other evacuees | count | 400
112 emergency text alerts | count | 112
more than 2,600 wildfires | count | 2600
June 1 | date | 06-01
about 30% | percent | 30
""", doubts=[
 "AP style: capitals byline 'By ELENI PAPADOPOULOU and THANOS KARRAS Associated Press', dateline 'ATHENS, Greece (AP) \u2014', '___' contributor line. The fire, its toll, the officials, residents, reporters and all figures are FICTIONAL (the setting echoes the real August 2024 Varnavas fire); the 2018 Mati fire (104 dead) is a real background fact; the Climate Crisis Ministry and the EU civil protection mechanism are real.",
 "'Kills 2' (headline) -> bare count. 'gusts of up to 70 kph (43 mph)' -> two measures, one-word units inside (heldout2 'up to 230 kph'). '41 degrees Celsius (106 Fahrenheit)' -> two measures.",
 "NEW: '112 emergency text alerts' -> one count span with a three-word counted head (like the seed's 'sick and injured children'); '112' is also Greece's emergency number, but here it counts alerts.",
 "'a volunteer firefighter, 29,' bare age -> duration. 'about 400 other evacuees' -> count with two-word head.",
 "'the European Union's Copernicus satellite service' -> ORG 'European Union'; 'Copernicus' a programme, not marked (heldout3). 'the Greek capital' -> NORP 'Greek'. 'a children's hospital', 'a sports hall' not marked.",
 SYN,
])

ARTICLES["syn_2025_conflict_cairo_ceasefire_talks"] = dict(split="heldout6", E="""
Israeli NORP
Hamas ORG
Cairo PLACE
CAIRO PLACE
Xinhua ORG
Israeli NORP
Hamas ORG
Cairo PLACE
Gaza Strip PLACE
Egyptian NORP
Qatari NORP
Egyptian NORP
Xinhua ORG
Israeli NORP
Palestinian NORP
Rafah PLACE
Kerem Shalom PLACE
Israeli NORP
Shin Bet ORG
Cairo International Airport PLACE
Hamas ORG
Khalil Abu Rayyan PERSON
Egyptian NORP
Foreign Ministry ORG
Tarek Hassanein PERSON
United States PLACE
Daniel Kessler PERSON
U.S. Embassy ORG
Cairo PLACE
United Nations Office for the Coordination of Humanitarian Affairs ORG
OCHA ORG
Gaza PLACE
Gaza PLACE
Palestinians NORP
Hamas ORG
Israel PLACE
Israeli NORP
Egypt PLACE
""", C="""
March 10 | date | 03-10
two sides | count | 2
fourth | ordinal | 4
23 Israeli hostages | count | 23
about 1,100 Palestinian prisoners | count | 1100
600 aid trucks | count | 600
12-member | count | 12
10:30 a.m. | time | 10:30
0830 GMT | time | 08:30
six weeks | duration | 6
second | ordinal | 2
two days | duration | 2
4,870 trucks | count | 4870
about 29 percent | percent | 29
1.9 million people | count | 1900000
nine in ten residents | fraction | 0.9
more than 48,000 Palestinians | count | 48000
Oct. 7, 2023 | date | 2023-10-07
about 1,200 people | count | 1200
251 hostages | count | 251
50-day | duration | 50
Jan. 19 | date | 01-19
""", doubts=[
 "Xinhua style: 'CAIRO, March 10 (Xinhua) --' dateline, 'Enditem' (not marked). This round of talks (March 2025), its agenda figures, the delegation heads, the Egyptian spokesman, the US envoy and the quotes are FICTIONAL; Hamas, the Shin Bet, OCHA, the crossings, the 19 January 2025 truce, the 7 October 2023 attack toll (about 1,200 killed, 251 taken hostage) and the reported Gaza death toll (more than 48,000 by March 2025) are real background facts, attributed as in wire copy.",
 "NEW: 'Israeli and Hamas delegations' -> NORP 'Israeli' + ORG 'Hamas' (a movement with a political bureau acting as a body; 'Hamas-led militants' -> ORG inside the compound, like 'Iranian-based' keeps the name). 'Egyptian Foreign Ministry spokesman' -> NORP + ORG 'Foreign Ministry' (heldout5 'Egyptian Irrigation Ministry'). 'the U.S. Embassy in Cairo' -> one ORG 'U.S. Embassy' (like 'U.S. Treasury').",
 "'Gaza Strip' PLACE; 'Gaza health authorities' -> PLACE 'Gaza' (lowercase body). 'Cairo International Airport' PLACE (airports).",
 "'nine in ten residents' -> one fraction span (heldout4 'two in three trains'). 'the last six weeks' (quote) -> duration 'six weeks'; 'last' is not a qualifier (outside), like 'another'.",
 "'600 aid trucks a day' -> count (rate 'a day' outside). 'the two sides' -> count 2. 'the second phase' ordinal. '10:30 a.m. local time (0830 GMT)' -> two times.",
 SYN,
])

ARTICLES["syn_2026_sport_afcon_final_rabat"] = dict(split="heldout6", E="""
Morocco PLACE
Senegal PLACE
Rabat PLACE
Morocco PLACE
Senegal PLACE
Prince Moulay Abdellah Stadium PLACE
Rabat PLACE
Anas Belkhayat PERSON
Ilias Bennani PERSON
Tangier PLACE
Laayoune PLACE
Senegal PLACE
Ibrahima Ndour PERSON
Hamza Lazrak PERSON
Morocco PLACE
Youssef El Ouazzani PERSON
Moroccan NORP
Belkhayat PERSON
Senegal PLACE
Moussa Diallo-Sarr PERSON
Morocco PLACE
Qatar PLACE
Senegal PLACE
Confederation of African Football ORG
CAF ORG
Ivory Coast PLACE
Morocco PLACE
Ethiopia PLACE
Spain PLACE
Portugal PLACE
Mohammed VI PERSON
MAP ORG
""", C="""
2 | count | 2
1 | count | 1
First | ordinal | 1
50 Years | duration | 50
second | ordinal | 2
2 | count | 2
1 | count | 1
68,500 fans | count | 68500
50-year | duration | 50
112th | ordinal | 112
27th | ordinal | 27
40 metres | measure | 40
nine minutes | duration | 9
Fifty years | duration | 50
23 | duration | 23
2022 | date | 2022
10 men | count | 10
second | ordinal | 2
101st | ordinal | 101
2022 | date | 2022
62 percent | percent | 62
19 shots | count | 19
eight | count | 8
$7 million | money | 7000000
40 percent | percent | 40
$4 million | money | 4000000
first | ordinal | 1
1976 | date | 1976
2030 | date | 2030
an estimated 9.5 billion dirhams | money | 9500000000
24-team | count | 24
""", doubts=[
 "MAP (Maghreb Arabe Presse) style: 'Rabat -' dateline, '(MAP)' sign-off -> ORG. The match report is FICTIONAL and does not follow the real result of the January 2026 final: the score, the scorers and all players named (Anas Belkhayat, Ilias Bennani, Ibrahima Ndour, Hamza Lazrak, Youssef El Ouazzani, Moussa Diallo-Sarr) and the quote are invented; Morocco's only previous title (1976, in Ethiopia), the 2030 World Cup co-hosting, CAF and the stadium are real; King Mohammed VI appears only in a neutral background line (no quote).",
 "Football scores '2-1' split like vote tallies (heldout3 '2-0'). National teams written as the country are PLACE. 'Africa Cup of Nations', 'World Cup' are events (not entities); the year in '2022 World Cup', 'the 2030 World Cup' is a date.",
 "NEW: match minutes 'in the 112th minute', 'the 27th minute', 'the 101st minute' -> ordinal only ('minute' outside); 'nine minutes after the break' -> duration. 'Mohammed VI' -> PERSON with the regnal numeral inside, the numeral is not a claim; 'King' title excluded.",
 "'Senegal's eight' -> bare count. 'a second yellow card' ordinal. 'the 24-team tournament' count. 'a VAR review' not marked (a system). 'semi-finalists' not a claim.",
 SYN,
])

ARTICLES["syn_2026_economy_sri_lanka_imf_review"] = dict(split="heldout6", E="""
IMF ORG
US PLACE
Sri Lanka PLACE
Dilani Wickramaratne PERSON
International Monetary Fund ORG
IMF ORG
Sri Lanka PLACE
US PLACE
Finance Ministry ORG
IMF ORG
US PLACE
US PLACE
Sri Lanka PLACE
IMF ORG
Anne-Marie Hollis PERSON
Washington PLACE
Central Bank of Sri Lanka ORG
CBSL ORG
Ruwan Dissanayake-Perera PERSON
Colombo PLACE
US PLACE
US PLACE
US PLACE
China PLACE
India PLACE
Japan PLACE
Harsha Gunawardena PERSON
IMF ORG
""", C="""
US$ 347 Mn | money | 347000000
Fifth | ordinal | 5
fifth | ordinal | 5
about US$ 347 million | money | 347000000
14 May | date | 05-14
four-year | duration | 4
US$ 2.9 billion | money | 2900000000
March 2023 | date | 2023-03
about US$ 2.04 billion | money | 2040000000
roughly 70 per cent | percent | 70
13.8 per cent | percent | 13.8
8.2 per cent | percent | 8.2
2022 | date | 2022
5 per cent | percent | 5
2025 | date | 2025
7.3 per cent | percent | 7.3
2022 | date | 2022
first | ordinal | 1
1948 | date | 1948
US$ 6.8 billion | money | 6800000000
3.9 months | duration | 3.9
2.4 per cent | percent | 2.4
1.9 per cent | percent | 1.9
Rs. 301.75 | money | 301.75
December 2024 | date | 2024-12
about US$ 12.5 billion | money | 12500000000
27 per cent | percent | 27
2043 | date | 2043
18 per cent | percent | 18
65 per cent | percent | 65
2023 | date | 2023
sixth | ordinal | 6
second | ordinal | 2
""", doubts=[
 "Sri Lankan newspaper style (Daily Mirror / Daily FT): byline, no dateline, 'yesterday (14 May)', 'US$ 347 Mn' with a space after the sign, 'per cent', 'Rs.'. The fifth review's timing and amount, the IMF deputy managing director 'Anne-Marie Hollis', the governor, the MP, the quotes and the 2025-26 figures are FICTIONAL; the US$ 2.9 billion EFF of March 2023, the 2022 default and 7.3 per cent contraction, the 2024 bond restructuring, the 18 per cent VAT and the 2023 tariff rise are real background.",
 "NEW: 'US$ 347 Mn' -> one money span with the sign, the space and the abbreviation 'Mn' (million) inside; 'US' inside 'US$' is also PLACE (the layers are independent, as heldout2's 'U.S. dollars'). 'the US dollar' -> PLACE 'US'.",
 "NEW: 'the Executive Board of the International Monetary Fund' -> only the IMF (ORG); 'Executive Board' generic head like 'the Committee'. 'Extended Fund Facility (EFF)' is a lending programme -> not marked (like 'Copernicus'). 'the Government' not marked.",
 "NEW: 'the Colombo Consumer Price Index' -> an index (not an entity; inner 'Colombo' not marked, make_gold prints the expected warning). 'at end-April' -> bare month, not a date. 'a month earlier' not marked.",
 "'enough to cover 3.9 months of imports' -> duration 3.9. 'extend maturities to 2043' -> date. 'the first time since independence in 1948' -> ordinal + date.",
 SYN,
])

ARTICLES["syn_2025_politics_serbia_student_protest"] = dict(split="heldout6", E="""
Serbian NORP
Kragujevac PLACE
BELGRADE PLACE
Serbian NORP
Kragujevac PLACE
Novi Sad PLACE
Archive of Public Gatherings ORG
Serbia PLACE
Belgrade PLACE
University of Belgrade ORG
Kragujevac PLACE
Novi Sad PLACE
Milica Radovanović PERSON
Chinese NORP
Aleksandar Vucic PERSON
Serbian Progressive Party ORG
SNS ORG
Sremski Karlovci PLACE
Serbia PLACE
Milos Vucevic PERSON
Serbian Orthodox Church ORG
European Commission ORG
Brussels PLACE
RFE/RL ORG
Balkan Service ORG
""", C="""
Fourth | ordinal | 4
February 15 | date | 02-15
52,000 | count | 52000
56,000 | count | 56000
21,000 | count | 21000
136 kilometers | measure | 136
three days | duration | 3
about 170,000 people | count | 170000
16 people | count | 16
22-year-old | duration | 22
16 minutes | duration | 16
11:52 a.m. | time | 11:52
November 1 | date | 11-01
13 people | count | 13
30,000 supporters | count | 30000
January 28 | date | 01-28
230 schools | count | 230
one-day | duration | 1
January 24 | date | 01-24
""", doubts=[
 "RFE/RL style: title-case headline ('Tens Of Thousands'), 'BELGRADE --' dateline without a date, 'RFE/RL's Balkan Service contributed to this report.' The student, the quote and the crowd/walk/strike figures are FICTIONAL; the Novi Sad canopy collapse (1 November 2024, 16 dead), the 15 February 2025 Kragujevac rally, the Archive of Public Gatherings, the 11:52 silences, the SNS counter-rally in Sremski Karlovci and Milos Vucevic's 28 January 2025 resignation are real background; Aleksandar Vucic and Vucevic appear only in neutral background mentions.",
 "'Tens of thousands' vague, not a claim. 'between 52,000 and 56,000' -> range split into two bare counts ('between' outside). 'Police put the number at 21,000' bare count.",
 "NEW: 'RFE/RL's Balkan Service' -> ORG 'RFE/RL' + ORG 'Balkan Service' (a named desk of the broadcaster acting as a contributor; could be one span or not marked).",
 "'16 minutes of silence at 11:52 a.m.' -> duration + time. 'Enter Fourth Month' -> ordinal. 'a one-day general strike' duration 1. 'President Aleksandar Vucic's ruling Serbian Progressive Party (SNS)' -> PERSON + ORG + ORG.",
 "'University of Belgrade' ORG (inner place not marked). 'a consortium of Chinese companies' -> NORP 'Chinese'. 'a former construction minister' (title, no name) not marked.",
 SYN,
])

ARTICLES["syn_2026_courts_us_supreme_court_social_media"] = dict(split="heldout6", E="""
Supreme Court ORG
Utah PLACE
WASHINGTON PLACE
UPI ORG
U.S. Supreme Court ORG
Utah PLACE
^NetChoice ORG
Meta ORG
Google ORG
TikTok ORG
Utah PLACE
Marcus Brennan PERSON
Salt Lake City PLACE
U.S. Court of Appeals for the 10th Circuit ORG
Utah PLACE
National Conference of State Legislatures ORG
NetChoice ORG
Priya Raghunathan PERSON
UPI ORG
Brennan PERSON
Utah PLACE
U.S. PLACE
""", C="""
June 26 | date | 06-26
under 16 | duration | 16
6 | count | 6
3 | count | 3
1.1 million young people | count | 1100000
Three justices | count | 3
September 2024 | date | 2024-09
2 | count | 2
1 | count | 1
$2,500 | money | 2500
at least $10,000 | money | 10000
10:30 p.m. | time | 22:30
6:30 a.m. | time | 06:30
At least 19 states | count | 19
2023 | date | 2023
roughly 95 percent | percent | 95
more than three hours | duration | 3
Jan. 13 | date | 01-13
""", doubts=[
 "UPI style: 'WASHINGTON, June 26 (UPI) --' dateline. The case 'NetChoice v. Brennan', the Utah attorney general 'Marcus Brennan', the NetChoice counsel, the 2026 ruling, its vote and the quotes are FICTIONAL (the opinion is described as unsigned, so no real justice is given invented words); NetChoice, Meta, Google, TikTok, the NCSL and the 10th Circuit are real names; the surgeon general's advisory on three hours of daily use is real background.",
 "NEW: the case name 'NetChoice v. Brennan' is not an entity (like laws and events); the names inside it are not marked (make_gold prints expected warnings for 'NetChoice' and 'Brennan'). 'the First Amendment' (a law) not marked, 'First' not an ordinal claim.",
 "NEW: 'the U.S. Court of Appeals for the 10th Circuit' -> one ORG span; '10th' inside the court's name is not a claim (like 'Highway 97').",
 "'ruling 6-3', 'a 2-1 decision' -> vote tallies split into bare counts. 'anyone under 16' -> duration 'under 16' (heldout2 'children under five').",
 "'$2,500 per violation', 'at least $10,000 per child' -> money, rate outside. 'between 10:30 p.m. and 6:30 a.m.' -> two times. 'double the risk' multiplier, not a claim; 'every day', 'a day' not marked.",
 "'U.S. Supreme Court' -> one ORG (like 'U.S. Treasury'); headline 'Supreme Court' ORG. 'Utah Attorney General Marcus Brennan' -> PLACE + PERSON (title excluded). 'a U.S. surgeon general's advisory' -> PLACE 'U.S.'",
 SYN,
])
