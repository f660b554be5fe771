# Labels for the HELDOUT2 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Second held-out split: 1 real public-domain text (pd_*) + 9 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people and quotes are fictional, places and organisations are real names used for realism."

ARTICLES["pd_2024_fed_fomc_statement"] = dict(split="heldout2", E="""
Federal Reserve ORG
FOMC ORG
Jerome H. Powell PERSON
John C. Williams PERSON
Thomas I. Barkin PERSON
Michael S. Barr PERSON
Raphael W. Bostic PERSON
Michelle W. Bowman PERSON
Lisa D. Cook PERSON
Mary C. Daly PERSON
Philip N. Jefferson PERSON
Adriana D. Kugler PERSON
Loretta J. Mester PERSON
Christopher J. Waller PERSON
""", C="""
June 12, 2024 | date | 2024-06-12
2:00 p.m. EDT | time | 14:00
2 percent | percent | 2
2 percent | percent | 2
5-1/4 | percent | 5.25
5-1/2 percent | percent | 5.5
2 percent | percent | 2
2 percent | percent | 2
""", doubts=[
 "REAL text, public domain (US federal government work): Federal Reserve press release 'Federal Reserve issues FOMC statement', June 12, 2024; see README for source and reconstruction notes.",
 "'the Committee' (short form for the FOMC, capitalised throughout) is not marked: a generic head noun used as a defined term, like 'the government'; only 'FOMC' and 'Federal Reserve' are ORG.",
 "'Treasury securities' not marked: 'Treasury' names a kind of security here (product-like), not the department as an actor.",
 "'5-1/4 to 5-1/2 percent': range split into two claims ('5-1/4' percent 5.25, '5-1/2 percent' percent 5.5), as in the other splits; the slash fractions are values, not 'fraction' claims.",
 "'2:00 p.m. EDT': the time-zone abbreviation is kept inside the time span (like a unit); 'local time' (two words) stays outside, as in heldout's '3:32 a.m.'.",
 "Titles 'Chair', 'Vice Chair' excluded; middle initials kept inside the PERSON spans (names as written).",
 "Not marked: 'over the past year', 'In recent months', 'over the longer run'.",
 "The text contains U+2019 apostrophes and one U+2011 non-breaking hyphen ('mortgage\\u2011backed'), as in the source.",
])

ARTICLES["syn_2024_politics_us_stopgap_budget"] = dict(split="heldout2", E="""
House ORG
Senate ORG
RACHEL DUNMORE PERSON
OWEN KESSLER PERSON
Associated Press ORG
WASHINGTON PLACE
AP ORG
Republican NORP
House ORG
Senate ORG
Republicans NORP
Democrats NORP
Democrats NORP
Pennsylvania PLACE
Maine PLACE
Texas PLACE
Florida PLACE
North Carolina PLACE
Secret Service ORG
House Freedom Caucus ORG
Daniel Whitcomb PERSON
Ohio PLACE
House Appropriations Committee ORG
Senate ORG
Democrats NORP
Republican NORP
Patricia Vance PERSON
Wash. PLACE
Congressional Budget Office ORG
Pentagon ORG
Office of Management and Budget ORG
U.S. PLACE
White House ORG
Senate ORG
Associated Press ORG
Tomás Ibarra PERSON
""", C="""
25 Hours | duration | 25
Dec. 20 | date | 12-20
about 25 hours | duration | 25
12:01 a.m. | time | 00:01
217 | count | 217
212 | count | 212
14 Republicans | count | 14
Three Democrats | count | 3
roughly 11 weeks | duration | 11
$9.8 billion | money | 9800000000
$231 million | money | 231000000
$1.6 trillion | money | 1600000000000
10 years | duration | 10
at least nine Republican votes | count | 9
60 | count | 60
100-member | count | 100
2 p.m. EDT | time | 14:00
2024 | date | 2024
$1.83 trillion | money | 1830000000000
about 6.4% | percent | 6.4
third | ordinal | 3
$35 trillion | money | 35000000000000
$880 billion | money | 880000000000
about 875,000 federal workers | count | 875000
roughly 1.3 million active-duty troops | count | 1300000
December 2018 | date | 2018-12
January 2019 | date | 2019-01
35 days | duration | 35
""", doubts=[
 "'the House' / 'the Senate' (capitalised chambers of Congress) marked ORG, like 'White House' and 'State Department'; 'House Freedom Caucus' and 'House Appropriations Committee' are single ORG spans.",
 "'Republican(s)', 'Democrats' are NORP (political groups); 'Republican-controlled' -> 'Republican' NORP inside the compound; 'Senate Democrats' -> ORG 'Senate' + NORP 'Democrats'.",
 "Party-state tags 'R-Ohio', 'D-Wash.': only the state is marked (PLACE 'Ohio', 'Wash.' with its abbreviation point); the party initial is not marked. Titles 'Rep.', 'Sen.' excluded.",
 "Byline names in capitals ('RACHEL DUNMORE', 'OWEN KESSLER') are PERSON as written; 'Associated Press' (byline and contributor line) and '(AP)' are ORG.",
 "Vote tally '217-212' split into two count claims, like ranges.",
 "'$1.6 trillion in cuts over 10 years': 'over' is a preposition (period), not a qualifier, so the span is '10 years'.",
 "'fiscal 2024' -> date '2024' only; 'the 60 required' -> bare count '60'; '100-member chamber' -> count 100 (like '230-seat').",
 "'12:01 a.m. Saturday': time span without the weekday; '2 p.m. EDT' keeps the zone abbreviation inside the span.",
 "'third-largest' -> ordinal 'third'. 'Pentagon' marked ORG (the Defense Department as a body), not PLACE.",
 "Not marked: 'late Thursday', 'this week', 'nearly all Democrats', 'everything'.",
 SYN,
])

ARTICLES["syn_2024_election_india_odisha"] = dict(split="heldout2", E="""
BJP ORG
Odisha PLACE
BJD ORG
Bhubaneswar PLACE
PTI ORG
Bharatiya Janata Party ORG
BJP ORG
Odisha Assembly ORG
Biju Janata Dal ORG
Election Commission of India ORG
BJP ORG
BJD ORG
Congress ORG
BJP ORG
BJD ORG
Ranjit Mohapatra PERSON
Bhubaneswar PLACE
BJP ORG
Sujata Behera PERSON
Puri PLACE
Odia NORP
Janpath PLACE
BJP ORG
Nabakrushna Choudhury Centre for Development Studies ORG
New Delhi PLACE
BJP ORG
Anil Tripathy PERSON
India PLACE
Congress ORG
Bikram Senapati PERSON
Berhampur PLACE
Cuttack Sadar PLACE
PTI ORG
""", C="""
81 Seats | count | 81
24-Year | duration | 24
Jun 4 | date | 06-04
147-member | count | 147
24-year | duration | 24
9.45 pm | time | 21:45
81 seats | count | 81
23 | count | 23
2019 | date | 2019
49 | count | 49
14 | count | 14
three | count | 3
74 seats | count | 74
40.1 per cent | percent | 40.1
32.5 per cent | percent | 32.5
five years | duration | 5
39.8 per cent | percent | 39.8
0.3 percentage points | percent | 0.3
68 | duration | 68
6 pm | time | 18:00
21,460 votes | count | 21460
June 12 | date | 06-12
74.4 per cent | percent | 74.4
four phases | count | 4
May 13 | date | 05-13
June 1 | date | 06-01
96 | count | 96
147 constituencies | count | 147
Rs 50,000 | money | 50000
two years | duration | 2
Rs 3,100 | money | 3100
about Rs 14,000 crore | money | 140000000000
nearly a tenth | fraction | 0.1
Rs 2.55 lakh crore | money | 2550000000000
1977 | date | 1977
nearly two hours | duration | 2
""", doubts=[
 "PTI style: dateline 'Bhubaneswar, Jun 4 (PTI)' with no dash, and the desk trailer 'PTI SKD RBT': 'PTI' is ORG both times; the desk initials 'SKD', 'RBT' are not entities.",
 "'Odisha Assembly' (capitalised legislature) marked as one ORG span, inner 'Odisha' not marked; could be read as PLACE 'Odisha' + generic 'Assembly'.",
 "'Congress' (Indian National Congress, short form) ORG; 'Independents and smaller parties' not marked (generic).",
 "Possessives excluded: 'BJD' in 'BJD's', 'Biju Janata Dal' in 'Biju Janata Dal's', 'BJP' in 'BJP's'.",
 "Indian number words: 'Rs 14,000 crore' = 14,000 x 10^7 = 140000000000; 'Rs 2.55 lakh crore' = 2.55 x 10^5 x 10^7 = 2550000000000. 'Rs' (rupees) is inside the money span like '$'.",
 "'Rs 3,100 per quintal': span is the amount only ('per quintal' is a rate, not a counted head), like 'A$3.10 per share'.",
 "Bare counts without their own head are marked: 'up from 23', 'reduced to 49', 'the Congress to 14', 'the remaining three', '96 of the 147 constituencies' ('96' and '147 constituencies', as dev's '168 of the 176 riders').",
 "'barely 0.3 percentage points': 'barely' is not a listed qualifier; span '0.3 percentage points' (percent 0.3). 'shortly after 6 pm': span '6 pm' ('shortly after' not a listed qualifier). Indian clock style '9.45 pm' -> time 21:45.",
 "'over two years' (period of payment) is a preposition, not a qualifier: span 'two years'.",
 "'Mohapatra, 68,' bare age -> duration 68; '24-year hold' and headline '24-Year Rule' -> durations.",
 "'Nabakrushna Choudhury Centre for Development Studies': one ORG span; the person name inside is not marked separately.",
 "'Janpath' (a street) PLACE; 'Puri seat', 'Berhampur and Cuttack Sadar seats' -> PLACE (constituencies named after places).",
 "Not marked: 'a single day' (as in heldout's 'a single afternoon'), 'EVM' (machines), titles 'Chief Minister', 'state president', 'Chief Electoral Officer'.",
 SYN,
])

ARTICLES["syn_2024_disaster_typhoon_philippines"] = dict(split="heldout2", E="""
Philippines PLACE
Naga City PLACE
Camarines Sur PLACE
Ramil Esguerra PERSON
AFP ORG
Getty Images ORG
Manila PLACE
AFP ORG
Philippines PLACE
Bicol PLACE
Catanduanes PLACE
PAGASA ORG
Catanduanes PLACE
Albay PLACE
Camarines Sur PLACE
National Disaster Risk Reduction and Management Council ORG
Albay PLACE
Liza Ocampo PERSON
Office of Civil Defense ORG
Bicol PLACE
AFP ORG
Philippine Airlines ORG
Cebu Pacific ORG
Philippines PLACE
Luzon PLACE
South China Sea PLACE
Vietnam PLACE
""", C="""
At Least 41 | count | 41
300,000 | count | 300000
October 25, 2024 | date | 2024-10-25
at least 41 people | count | 41
more than 300,000 | count | 300000
4:20 am | time | 04:20
2020 GMT | time | 20:20
185 kilometres | measure | 185
115 miles | measure | 115
up to 230 kph | measure | 230
Signal No. 4 | measure | 4
second | ordinal | 2
23 | count | 23
17 people | count | 17
Nearly two-thirds | fraction | 0.6666666667
312,000 evacuees | count | 312000
10 people | count | 10
more than 1,200 passengers | count | 1200
at least 87 domestic flights | count | 87
2.7 billion pesos | money | 2700000000
$46 million | money | 46000000
some 5,400 hectares | measure | 5400
18th | ordinal | 18
20 typhoons | count | 20
more than 6,300 people | count | 6300
2013 | date | 2013
""", doubts=[
 "Named storms ('Typhoon Rosal', 'Super Typhoon Haiyan') not marked, per the guidelines.",
 "Photo caption with the credit glued after the full stop: '...October 25, 2024.Ramil Esguerra/AFP via Getty Images' -> PERSON 'Ramil Esguerra', ORG 'AFP', ORG 'Getty Images'.",
 "'2020 GMT' is a clock time (20:20), not a year: the zone abbreviation makes it a time; '4:20 am' -> 04:20.",
 "'185 kilometres (115 miles) per hour': the unit is split by the parenthesis; marked '185 kilometres' and '115 miles' as two measures (as the seed's 'five kilometers (three miles)'); 'up to 230 kph' one span.",
 "'Signal No. 4' (PAGASA wind signal) marked as a measure with the unit words first, like 'Category 4'; 'second-highest' -> ordinal 'second'.",
 "Headline 'Kills At Least 41 In Philippines, Forces 300,000 From Homes': no counted head, so the spans are 'At Least 41' and '300,000'; body 'more than 300,000 from their homes' likewise.",
 "'23 of the dead': bare count '23'; 'an average of 20 typhoons': 'an average of' is not a listed qualifier, span '20 typhoons'.",
 "Province/region words excluded: 'Camarines Sur province' -> 'Camarines Sur', 'the Bicol region' -> 'Bicol', 'Albay province' -> 'Albay', 'southern Luzon' -> 'Luzon'.",
 "'PAGASA' (state weather service) ORG; lowercase 'the coast guard', 'the agriculture department' not marked; 'Philippine Airlines' one ORG span.",
 "AFP trailer 'burs-cgm/mtp' (desk codes) not marked.",
 "Not marked: 'early Friday', 'weeks before harvest', 'this year', 'by Sunday evening', 'at a time'.",
 SYN,
])

ARTICLES["syn_2025_sport_football_transfer"] = dict(split="heldout2", E="""
Arsenal ORG
Benfica ORG
Meireles PERSON
LONDON PLACE
Reuters ORG
Arsenal ORG
Portugal PLACE
Tiago Meireles PERSON
Benfica ORG
Premier League ORG
Arsenal ORG
Benfica ORG
Portuguese NORP
CMVM ORG
Meireles PERSON
Premier League ORG
Braga PLACE
Meireles PERSON
London Colney PLACE
Arsenal ORG
Arsenal ORG
Chelsea ORG
Bayern Munich ORG
British NORP
Meireles PERSON
Benfica ORG
Portugal PLACE
Croatia PLACE
Zagreb PLACE
Arsenal ORG
Manchester City ORG
UEFA ORG
Meireles PERSON
Asia PLACE
Singapore PLACE
Hannah Okafor PERSON
London PLACE
Miguel Sardinha PERSON
Lisbon PLACE
Edmund Blackwood PERSON
""", C="""
£68 Million | money | 68000000
July 14 | date | 07-14
68 million pounds | money | 68000000
$88 million | money | 88000000
up to 9 million pounds | money | 9000000
24-year-old | duration | 24
19 goals | count | 19
42 appearances | count | 42
five-year | duration | 5
12 months | duration | 12
second | ordinal | 2
up to 88.5 million euros | money | 88500000
10% | percent | 10
120 million euros | money | 120000000
June 2028 | date | 2028-06
two earlier bids | count | 2
55 million | money | 55000000
62 million pounds | money | 62000000
13 | duration | 13
2019 | date | 2019
11 caps | count | 11
second | ordinal | 2
two points | count | 2
about 140 million pounds | money | 140000000
70% | percent | 70
July 23 | date | 07-23
7 p.m. BST | time | 19:00
1800 GMT | time | 18:00
Sept. 1 | date | 09-01
""", doubts=[
 "Football clubs are ORG even when named after a place ('Manchester City', 'Bayern Munich', 'Chelsea', 'Arsenal'); inner place names not marked.",
 "National teams written as the country ('Portugal forward', 'caps for Portugal', 'against Croatia') marked PLACE as written, like capital-city metonymy.",
 "'Premier League' (the league company) and 'UEFA' ORG; 'Nations League' (a competition) not marked, like the other splits' event names; 'CMVM' (Portuguese market regulator) ORG.",
 "'London Colney' (training-ground village) one PLACE span; inner 'London' not marked.",
 "'two earlier bids, of 55 million and 62 million pounds': coordinated amounts split like ranges; the first has no unit of its own ('55 million', money).",
 "'joined Benfica's academy at 13': bare age -> duration 13. 'second-most expensive' and 'finished second' -> ordinals.",
 "'a further 12 months' -> '12 months' ('further' is not a qualifier); 'a month-long pursuit' not marked (no number).",
 "'first-team debut' not marked as an ordinal: 'first team' is the name of the senior squad, not a rank stated as a claim.",
 "'7 p.m. BST (1800 GMT)': two time claims with their zone abbreviations.",
 "Reuters trailer '(Reporting by ...; Editing by ...)': reporter and editor names are PERSON, their cities PLACE.",
 SYN,
])

ARTICLES["syn_2024_business_tech_earnings"] = dict(split="heldout2", E="""
Kestrel Systems ORG
Reuters ORG
Kestrel Systems ORG
Wall Street PLACE
San Jose PLACE
California PLACE
LSEG ORG
Priya Raman PERSON
Kestrel ORG
China PLACE
Kestrel ORG
Taiwan Semiconductor Manufacturing Co ORG
Marcus Lindqvist PERSON
Penang PLACE
Malaysia PLACE
Erin Castellano PERSON
Bernstein ORG
Kestrel ORG
Broadcom ORG
Marvell Technology ORG
Arjun Mehta PERSON
Bengaluru PLACE
Devika Rao PERSON
""", C="""
9% | percent | 9
Aug 28 | date | 08-28
third | ordinal | 3
9% | percent | 9
$4.15 billion | money | 4150000000
2% | percent | 2
$3.92 billion | money | 3920000000
second | ordinal | 2
July 31 | date | 07-31
31% | percent | 31
$3.86 billion | money | 3860000000
$1.87 | money | 1.87
$1.71 | money | 1.71
five customers | count | 5
4:30 p.m. ET | time | 16:30
roughly three-quarters | fraction | 0.75
48% | percent | 48
$2.9 billion | money | 2900000000
6% | percent | 6
3-nanometer | measure | 3
first | ordinal | 1
2026 | date | 2026
about 150 basis points | percent | 150
about $600 million | money | 600000000
$1.2 billion | money | 1200000000
$7.8 billion | money | 7800000000
about 64% | percent | 64
21% | percent | 21
about 18,500 people | count | 18500
""", doubts=[
 "The company is fictional; the Reuters instrument code '(KSTL.O)' is not marked (a ticker, not a name).",
 "'Wall Street' (financial-market metonymy) marked PLACE as a street, like capital-city metonymy; 'San Jose, California-based' -> PLACE 'San Jose', PLACE 'California'.",
 "'Taiwan Semiconductor Manufacturing Co' one ORG span with the suffix (possessive 's excluded); 'Bernstein' (brokerage) ORG; 'LSEG' ORG.",
 "'Philadelphia SE Semiconductor index' (a stock index) not marked, per the existing convention for indexes.",
 "Quarters: 'third-quarter', 'second quarter', 'first quarter' -> ordinals; 'fiscal 2026' -> date '2026'.",
 "'about 150 basis points': percent kind with the number as stated (150, unit basis points), as 'percentage point' is percent with its stated number.",
 "'plus or minus 2%' -> '2%' ('plus or minus' not a listed qualifier); 'top five customers' -> 'five customers'; '$1.87 per share' -> amount only.",
 "'3-nanometer process' -> measure 3 (hyphenated, like '167-kilometer').",
 "Not marked: 'the back half of the year' (a period, not a stated fraction), 'Every one of', 'a year earlier', 'this year', 'tomorrow'.",
 SYN,
])

ARTICLES["syn_2024_courts_south_africa_fraud"] = dict(split="heldout2", E="""
Thabo Mokoena PERSON
High Court ORG
~Pretoria PLACE
~Reuters ORG
JOHANNESBURG PLACE
Reuters ORG
South African NORP
Nomsa Khumalo PERSON
Gauteng High Court ORG
Thabo Mokoena PERSON
Johannesburg PLACE
Johan van Wyk PERSON
Mokoena PERSON
Zanele Dube PERSON
Dube PERSON
Khumalo PERSON
Hartbeespoort PLACE
Sandton PLACE
Passenger Rail Agency of South Africa ORG
PRASA ORG
Braamfontein PLACE
National Prosecuting Authority ORG
Investigating Directorate ORG
Lindiwe Sithole PERSON
Pieter Marais PERSON
Mokoena PERSON
Corruption Watch ORG
South Africa PLACE
African National Congress ORG
Kagiso Nkosi PERSON
Rachel Mbatha PERSON
""", C="""
15 Years | duration | 15
R1.4bn | money | 1400000000
Nov 19 | date | 11-19
15 years | duration | 15
1.4 billion rand | money | 1400000000
$77 million | money | 77000000
57 | duration | 57
12 counts | count | 12
2015 | date | 2015
70 diesel locomotives | count | 70
Two co-accused | count | 2
61 | duration | 61
44 | duration | 44
12 years | duration | 12
eight years | duration | 8
Five years | duration | 5
nearly four hours | duration | 4
R86 million | money | 86000000
three properties | count | 3
13 | count | 13
an estimated R320 million | money | 320000000
2020 | date | 2020
46 witnesses | count | 46
31 months | duration | 31
R250,000 | money | 250000
2021 | date | 2021
more than R500 billion | money | 500000000000
2009 | date | 2009
2018 | date | 2018
first | ordinal | 1
1994 | date | 1994
""", doubts=[
 "Caption with the credit glued to the last word, as in seed 000: '...in the High Court in PretoriaReuters' -> PLACE 'Pretoria' and ORG 'Reuters' as sub-strings (labelled with the '~' glued marker in labels/heldout2.py).",
 "'the High Court in Pretoria' and 'the Gauteng High Court' (named courts) marked ORG; 'A South African court' -> NORP only.",
 "'the state passenger rail agency' (lowercase) not marked; its name 'Passenger Rail Agency of South Africa' is one ORG span (inner 'South Africa' not marked) and '(PRASA)' a second ORG mention.",
 "'The National Prosecuting Authority's Investigating Directorate': two ORG spans, possessive excluded.",
 "'Johan van Wyk' keeps the lowercase particle inside the PERSON span; possessives excluded in 'Mokoena's', 'Dube's'. Titles 'Judge', 'Defence advocate', 'Spokesperson' excluded.",
 "Ages 'Mokoena, 57,', 'van Wyk, 61,', 'Dube, 44,' are bare durations.",
 "'R1.4bn' (headline) and 'R86 million', 'R250,000': the rand sign 'R' is inside the money span; 'bn' = billion.",
 "'only 13 of the locomotives': 'only' is not a qualifier and '13' has no head of its own.",
 "'for the first time since 1994' -> ordinal 'first' and date '1994'. 'in May' (bare month) not marked.",
 "'12 counts of fraud' -> count '12 counts'; 'sentences of 12 years and eight years' -> two durations.",
 "Not marked: 'one of the largest', 'immediately', 'state capture' (an inquiry topic, not a body).",
 SYN,
])

ARTICLES["syn_2024_health_malaria_vaccine_trial"] = dict(split="heldout2", E="""
African NORP
Kendi Wanjiru PERSON
NAIROBI PLACE
Kenya PLACE
Mali PLACE
Burkina Faso PLACE
Tanzania PLACE
Lancet ORG
Kenya Medical Research Institute ORG
KEMRI ORG
University of Oxford ORG
Kenya PLACE
Amani Otieno PERSON
KEMRI ORG
Kisumu PLACE
Kenyan NORP
Serum Institute of India ORG
Gavi ORG
Vaccine Alliance ORG
African NORP
World Health Organization ORG
Nigeria PLACE
Fatoumata Traoré PERSON
University of Bamako ORG
WHO ORG
""", C="""
Three-Quarters | fraction | 0.75
25 April 2024 | date | 2024-04-25
four doses | count | 4
about 75% | percent | 75
18 months | duration | 18
4,800 children | count | 4800
5 | duration | 5
36 months | duration | 36
eight sites | count | 8
68 cases | count | 68
271 | count | 271
72% | percent | 72
61% | percent | 61
12 months | duration | 12
third | ordinal | 3
roughly a fifth | fraction | 0.2
second | ordinal | 2
48 hours | duration | 48
7.4% | percent | 7.4
100 million doses | count | 100000000
$3.90 | money | 3.90
roughly half | fraction | 0.5
$160 million | money | 160000000
15 African countries | count | 15
2025 | date | 2025
an estimated 608,000 people | count | 608000
2022 | date | 2022
about 80% | percent | 80
under five | duration | 5
31% | percent | 31
one in four | fraction | 0.25
at least once | count | 1
October 2023 | date | 2023-10
""", doubts=[
 "'published ... in The Lancet': the journal is ORG (as 'Nature Climate Change' in heldout); the leading 'The' is excluded, as for 'The Associated Press'/'THE CANADIAN PRESS' elsewhere in this split.",
 "'Gavi, the Vaccine Alliance': marked as two ORG mentions, 'Gavi' and 'Vaccine Alliance' (name and appositive, like an abbreviation and its expansion).",
 "'Kenya Medical Research Institute (KEMRI)', 'Serum Institute of India': single ORG spans, inner place names not marked; 'KEMRI's centre' -> ORG 'KEMRI'.",
 "British-style date '25 April 2024' -> 2024-04-25. 'aged 5 to 36 months' -> range split into '5' and '36 months' (durations).",
 "'children under five': 'under' bounds the age, so 'under five' is one duration claim (5); 'one in four children' -> fraction 'one in four' (0.25), as dev's 'nearly one in five'.",
 "'at least once' marked as count 1 (a stated number of occurrences, qualifier included), like dev's 'two-time'; arguable.",
 "'RTS,S' (a vaccine, product) not marked; 'Dr.' titles excluded; 'a rabies shot', 'a booster dose', 'a night in hospital' not marked (articles, not quantities).",
 "'68 cases of severe malaria, against 271 in a control group': '271' has no head of its own.",
 SYN,
])

ARTICLES["syn_2023_disaster_wildfire_canada"] = dict(split="heldout2", E="""
Okanagan Lake PLACE
West Kelowna PLACE
West Kelowna PLACE
B.C. PLACE
CANADIAN PRESS ORG
Darren Holtby PERSON
KELOWNA PLACE
B.C. PLACE
Okanagan Lake PLACE
Kelowna PLACE
Central Okanagan PLACE
BC Wildfire Service ORG
West Kelowna PLACE
Gordon Reinholt PERSON
Reinholt PERSON
Emily Tran PERSON
Ontario PLACE
Quebec PLACE
Mexico PLACE
RCMP ORG
Highway 97 PLACE
Peachland PLACE
Lake Country PLACE
Kelowna International Airport PLACE
Kelowna Curling Club ORG
Prospera Place PLACE
Red Cross ORG
Kamloops PLACE
British Columbia PLACE
Canadian Interagency Forest Fire Centre ORG
Environment Canada ORG
Shanti Dhillon PERSON
Canadian Press ORG
""", C="""
Aug. 18, 2023 | date | 2023-08-18
about 4,800 more properties | count | 4800
more than 36,000 | count | 36000
64 hectares | measure | 64
an estimated 6,800 hectares | measure | 6800
up to 60 km/h | measure | 60
38 C | measure | 38
At least 12 structures | count | 12
30 hours | duration | 30
11 a.m. | time | 11:00
10 p.m. | time | 22:00
About 1,000 firefighters | count | 1000
40-kilometre | measure | 40
more than 2,300 families | count | 2300
about 160 kilometres | measure | 160
Some 386 wildfires | count | 386
2:15 p.m. PT | time | 14:15
159 | count | 159
13.7 million hectares | measure | 13700000
more than six times | measure | 6
10-year | duration | 10
1983 | date | 1983
48 hours | duration | 48
""", doubts=[
 "Canadian Press style: dateline 'KELOWNA, B.C. —', caption credit 'THE CANADIAN PRESS/Darren Holtby', sign-off '— The Canadian Press'; ORG spans exclude the leading 'THE'/'The' ('CANADIAN PRESS', 'Canadian Press'); 'B.C.' is PLACE (with its points, like 'U.S.').",
 "'the McDougall Creek wildfire' (a named fire) not marked, by analogy with named storms.",
 "'Highway 97' marked PLACE (a road) and its '97' is not a claim (an identifier, not a quantity).",
 "'Kelowna International Airport' and 'Prospera Place' (an arena) marked PLACE as landmarks; 'Kelowna Curling Club' ORG; 'the Central Okanagan' (regional district) PLACE.",
 "'about 4,800 more properties': two-word head 'more properties' kept inside the span; headline 'Thousands More' is vague, not a claim.",
 "'temperatures near 38 C': 'near' is not a listed qualifier (only 'nearer'), so the span is '38 C'; 'up to 60 km/h' and '40-kilometre stretch' are measures.",
 "'more than six times the 10-year average' -> measure 6 (a multiplier with a number, like heldout's 'up to seven times') and duration '10-year'.",
 "'159 of them' -> bare count '159'; '2:15 p.m. PT' keeps the zone abbreviation.",
 "'Premier', 'fire chief', 'regional wildfire officer' (titles) excluded; 'Premier Emily Tran' is a fictional name.",
 "Not marked: 'overnight', 'several hours', 'by mid-afternoon', 'this year', 'Thousands More'.",
 SYN,
])

ARTICLES["syn_2024_disaster_mining_chile"] = dict(split="heldout2", E="""
Chile PLACE
SANTIAGO PLACE
Xinhua ORG
Chile PLACE
Atacama PLACE
Santa Elvira PLACE
Tierra Amarilla PLACE
National Geology and Mining Service ORG
Sernageomin ORG
Minera Cordillera Norte ORG
Carolina Fuentes PERSON
Codelco ORG
Carabineros ORG
Antofagasta PLACE
Hernán Soto PERSON
Sernageomin ORG
U.S. PLACE
San Jose PLACE
Copiapo PLACE
Chile PLACE
South American NORP
""", C="""
Six Miners | count | 6
380 Meters | measure | 380
Aug. 1 | date | 08-01
six miners | count | 6
about 380 meters | measure | 380
2:35 a.m. | time | 02:35
0635 GMT | time | 06:35
18 km | measure | 18
magnitude 4.2 | measure | 4.2
Twenty-nine workers | count | 29
27 | duration | 27
54 | duration | 54
about 1.2 km | measure | 1.2
72 hours | duration | 72
six | count | 6
More than 140 rescuers | count | 140
second | ordinal | 2
about 550 km | measure | 550
8 p.m. | time | 20:00
about 45 meters | measure | 45
roughly 300 meters | measure | 300
3 meters | measure | 3
42 million pesos | money | 42000000
about 44,000 U.S. dollars | money | 44000
2022 | date | 2022
four times | count | 4
18 months | duration | 18
2010 | date | 2010
33 miners | count | 33
69 days | duration | 69
5.3 million tonnes | measure | 5300000
about a quarter | fraction | 0.25
roughly 14 percent | percent | 14
""", doubts=[
 "Xinhua style: dateline 'SANTIAGO, Aug. 1 (Xinhua) --' and trailer 'Enditem' (not an entity).",
 "'the Santa Elvira mine' and 'the San Jose mine' (mine sites, 'mine' lowercase) -> PLACE 'Santa Elvira', 'San Jose', like heldout's 'Mount Ida' project site; the mine company 'Minera Cordillera Norte' is ORG (fictional).",
 "'the Atacama region' -> PLACE 'Atacama'; 'Carabineros' (national police) ORG; 'state copper giant Codelco' -> ORG 'Codelco'.",
 "'aged between 27 and 54' -> range split into durations '27' and '54'; 'bring all six home' -> bare count 'six'.",
 "'about 44,000 U.S. dollars': one money span with the two-word unit; 'U.S.' inside it is also PLACE (the layers are independent).",
 "'inspected four times' -> count 4 (occasions), unlike multipliers ('six times the average' = measure).",
 "'an average of 3 meters an hour': 'an average of' not a listed qualifier; span '3 meters' (the rate 'an hour' not marked).",
 "'2:35 a.m. local time (0635 GMT)': '2:35 a.m.' without 'local time' (as heldout), '0635 GMT' -> 06:35.",
 "'Twenty-nine workers' -> count 29; 'a second drill rig' -> ordinal 2; 'magnitude 4.2 tremor' -> measure with the unit word first.",
 "Not marked: 'by midday', 'last year', 'the night shift'; titles 'Mining Minister', 'regional delegate' excluded.",
 SYN,
])
