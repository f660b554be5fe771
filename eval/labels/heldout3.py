# Labels for the HELDOUT3 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Third held-out split: 2 real public-domain US federal releases (pd_*) + 8 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, events and quotes are fictional, places and organisations are real names used for realism (background facts about real people, e.g. a past court ruling, are only mentioned, never quoted)."

ARTICLES["pd_2020_nasa_sentinel6_launch"] = dict(split="heldout3", E="""
NASA TV ORG
NASA ORG
NASA Television ORG
SpaceX ORG
Space Launch Complex 4 PLACE
Vandenberg Air Force Base PLACE
VAFB PLACE
California PLACE
NASA ORG
Launch Services Program ORG
Kennedy Space Center PLACE
Florida PLACE
NASA ORG
Jet Propulsion Laboratory ORG
California PLACE
NASA ORG
Earth Science Division ORG
U.S. PLACE
European NORP
ESA ORG
European Space Agency ORG
European Organisation for the Exploitation of Meteorological Satellites ORG
EUMETSAT ORG
NASA ORG
National Oceanic and Atmospheric Administration ORG
NOAA ORG
European Commission ORG
France PLACE
National Centre for Space Studies ORG
CNES ORG
European Union ORG
European Commission ORG
""", C="""
12:17 p.m. EST | time | 12:17
9:17 a.m. PST | time | 09:17
Nov. 21 | date | 11-21
first | ordinal | 1
two identical satellites | count | 2
five years | duration | 5
11:45 a.m. EST | time | 11:45
8:45 a.m. PST | time | 08:45
Nov. 20 | date | 11-20
2016 | date | 2016
fourth | ordinal | 4
more than 90% | percent | 90
""", doubts=[
 "REAL text, public domain (US federal government work): NASA release 'NASA TV to Air Sentinel-6 Michael Freilich Launch, Prelaunch Activities' (November 2020); see README for source and reconstruction notes (the last ~30 words are NASA's standing mission boilerplate, reconstructed from a second NASA copy).",
 "Satellite and mission names are products, not entities: 'Sentinel-6 Michael Freilich', 'Sentinel-6B', 'Jason-3', 'Sentinel-6/Jason-CS (Continuity of Service)', 'Falcon 9', and the programme 'Copernicus' (like heldout's 'Horizon programme'); the person name inside the satellite name is not marked (as the person name inside 'Nabakrushna Choudhury Centre' in heldout2). Their digits ('6', '3', '9') are identifiers, not claims.",
 "'Space Launch Complex 4' (a launch pad), 'Vandenberg Air Force Base (VAFB)' and 'Kennedy Space Center' (a site where the program is 'based') are PLACE, like airports/landmarks; '4' is not a claim (like 'Highway 97'). 'NASA's Jet Propulsion Laboratory ... manages' is ORG (acts as a body), as are 'Launch Services Program' and 'Earth Science Division'.",
 "'Southern California' -> PLACE 'California' only, by the 'central Italy' -> 'Italy' convention; could be read as a region name.",
 "'Earth' in 'Earth orbit' / 'Earth observation program' not marked (a planet used as a modifier; not among the listed place kinds).",
 "'NASA TV' (headline) and 'NASA Television' are ORG (a broadcaster, like a media outlet).",
 "'the first of two identical satellites' -> ordinal 'first' + count 'two identical satellites'; 'at least the next decade' not marked (a period reference like 'this decade', not a stated quantity); 'their fourth decade' -> ordinal 'fourth'.",
 "'U.S.-European' -> PLACE 'U.S.' + NORP 'European' inside the compound. 'ESA (European Space Agency)' and the other abbreviation/expansion pairs are two ORG mentions each.",
 "Not marked: 'Saturday', 'the day before', 'high-precision'.",
])

ARTICLES["pd_2025_doj_zetas_sentencing"] = dict(split="heldout3", E="""
Mexican NORP
Mexican NORP
Los Zetas ORG
Eleazar Medina-Rojas PERSON
Los Zetas ORG
United States PLACE
Matthew R. Galeotti PERSON
Justice Department ORG
Criminal Division ORG
Justice Department ORG
United States PLACE
Medina-Rojas PERSON
Texas PLACE
Jonathan C. Pullen PERSON
Houston Field Division ORG
Drug Enforcement Administration ORG
DEA ORG
Medina-Rojas PERSON
Brownsville PLACE
Laredo PLACE
McAllen PLACE
DEA ORG
Houston PLACE
Los Zetas ORG
Eleazar Medina-Rojas PERSON
El Chelelo PERSON
Nuevo Laredo PLACE
Tamaulipas PLACE
Mexico PLACE
Los Zetas ORG
Mexican NORP
Gulf Cartel ORG
""", C="""
over 31 years | duration | 31
$26.5 million | money | 26500000
four years | duration | 4
more than 3,000 tons | measure | 3000
53 | duration | 53
""", doubts=[
 "REAL text, public domain (US federal government work): US Department of Justice, Criminal Division press release 'High-Ranking Member of Violent Mexican Drug Cartel Sentenced on Drug Trafficking Conspiracy Charge' (September 2025); excerpt, see README (the stored copy stops mid-paragraph; the text ends at the last complete sentence). The source's typo 'forefeiture' and its curly quotes/apostrophes are kept.",
 "'the Los Zetas cartel' -> ORG 'Los Zetas' ('cartel' lowercase); 'Gulf Cartel' capitalised, one ORG span. The alias 'El Chelelo' is marked PERSON (a name for the same person).",
 "'the Justice Department's Criminal Division': two ORG spans, possessive excluded (as heldout2's 'National Prosecuting Authority's Investigating Directorate'). 'Houston Field Division' one ORG span (inner 'Houston' not marked); 'DEA Houston agents' -> ORG 'DEA' + PLACE 'Houston'.",
 "'our Southern Texas border' -> PLACE 'Texas' only (the 'central Italy' convention).",
 "'over 31 years': 'over' bounds the number (qualifier), so it is inside the span; 'more than 3,000 tons of drugs' -> measure with its unit 'tons'.",
 "'El Chelelo, 53,' bare age -> duration 53. Titles 'Acting Assistant Attorney General', 'Special Agent in Charge' excluded.",
 "Not marked: 'today', 'Today's sentence', 'large quantities'.",
])

ARTICLES["syn_2024_election_kenya_petition"] = dict(split="heldout3", E="""
Kenya PLACE
Supreme Court ORG
Grace W. Achieng PERSON
Milimani Law Courts ORG
Nairobi PLACE
Kenya PLACE
REUTERS ORG
James K. Wambua PERSON
NAIROBI PLACE
Reuters ORG
Kenya PLACE
Supreme Court ORG
Nakuru County PLACE
Independent Electoral and Boundaries Commission ORG
IEBC ORG
Daniel K. Mutua PERSON
Grace W. Achieng PERSON
Orange Democratic Movement ORG
ODM ORG
Achieng PERSON
Achieng PERSON
Ruth M. Wanjiru PERSON
IEBC ORG
Mutua PERSON
Nakuru PLACE
Nairobi PLACE
Nakuru PLACE
Kenya PLACE
Supreme Court ORG
William Ruto PERSON
Africa PLACE
European Union ORG
African Union ORG
Kenya PLACE
Peter N. Odhiambo PERSON
Giles Harding PERSON
""", C="""
May 14, 2024 | date | 2024-05-14
312 polling stations | count | 312
April 22 | date | 04-22
51.3 percent | percent | 51.3
684,000 votes | count | 684000
about 18,700 votes | count | 18700
46 | duration | 46
at least 312 | count | 312
1,490 polling stations | count | 1490
5 p.m. | time | 17:00
1400 GMT | time | 14:00
98 percent | percent | 98
one ward | count | 1
4,200 votes | count | 4200
seven-judge | count | 7
three days | duration | 3
14 days | duration | 14
about a quarter | fraction | 0.25
nearly two hours | duration | 2
59-year-old | duration | 59
second | ordinal | 2
11 people | count | 11
160-kilometre | measure | 160
100-mile | measure | 100
more than six hours | duration | 6
August 2022 | date | 2022-08
seven judges | count | 7
2017 | date | 2017
first | ordinal | 1
60 days | duration | 60
1,490 result forms | count | 1490
131.50 | money | 131.5
""", doubts=[
 "Reuters style: caption with credit 'REUTERS/James K. Wambua' (ORG + PERSON, capitals as written), dateline 'NAIROBI (Reuters) -', reporting/editing trailer (names PERSON).",
 "'Milimani Law Courts' (a named court complex, 'outside the ...') marked ORG like heldout2's named courts ('Gauteng High Court'); could be read as a PLACE (building).",
 "'Nakuru County' (capitalised, official county name) one PLACE span, unlike lowercase 'province'/'region' words which stay outside; 'Nakuru town' -> 'Nakuru'; 'Nairobi-Nakuru highway' -> two PLACEs (unnamed road).",
 "'The Kenya shilling' -> PLACE 'Kenya' (a country name used as a modifier, like 'US rival'); '131.50 per dollar' -> money 131.5 (an exchange rate; 'per dollar' outside, like 'per share').",
 "'at least 312 of the county's 1,490 polling stations' -> 'at least 312' (bare, with qualifier) + '1,490 polling stations' (as dev's '168 of the 176 riders').",
 "'In one ward alone' marked count 1 ('one' stated as a number, like 'at least one ice-free September'); arguable, since 'a single ward' would not be marked.",
 "'seven-judge bench' -> count 7 (like '100-member chamber'); 'a 59-year-old former banker' -> duration; 'Achieng, 46,' -> duration.",
 "'5 p.m. local time (1400 GMT)': 'local time' outside; GMT kept inside. 'within 14 days', 'within 60 days': 'within' is not a qualifier.",
 "'about a quarter of the county's tallying centres' -> fraction 0.25 with qualifier; 'for the first time in Africa' -> ordinal 'first'.",
 "Not marked: 'last month's', 'several hundred supporters', 'Monday night', 'both sides', 'both parties'. Titles 'Deputy Chief Justice', 'governor' excluded.",
 SYN,
])

ARTICLES["syn_2024_politics_germany_brandenburg_coalition"] = dict(split="heldout3", E="""
German NORP
Katrin Holzer PERSON
Jonas F. Reimann PERSON
POTSDAM PLACE
Germany PLACE
AP ORG
German NORP
Brandenburg PLACE
Free Democrats NORP
Stefan Lindemann PERSON
Lindemann PERSON
Social Democrat NORP
Greens NORP
Lindemann PERSON
Social Democratic Party ORG
SPD ORG
Greens NORP
Free Democratic Party ORG
FDP ORG
Landtag ORG
FDP ORG
FDP ORG
Heike Brandt PERSON
Brandt PERSON
Brandenburg PLACE
Olaf Scholz PERSON
Berlin PLACE
Alternative for Germany ORG
AfD ORG
Forsa ORG
SPD ORG
Christian Democratic Union ORG
CDU ORG
Greens NORP
FDP ORG
Brandenburg PLACE
Landtag ORG
Brandenburg PLACE
Berlin PLACE
Tesla ORG
European NORP
Grünheide PLACE
Ulrike Benz PERSON
Berlin PLACE
""", C="""
three-party | count | 3
2.4 billion euro | money | 2400000000
$2.6 billion | money | 2600000000
6:30 p.m. | time | 18:30
1630 GMT | time | 16:30
Sept. 22 | date | 09-22
11 weeks | duration | 11
46 | count | 46
88 seats | count | 88
seven lawmakers | count | 7
39 | count | 39
eight | count | 8
52 | duration | 52
900 million euros | money | 900000000
6.5% | percent | 6.5
7% | percent | 7
more than 400 million euros | money | 400000000
three parties | count | 3
2025 | date | 2025
27 percent | percent | 27
21 percent | percent | 21
18 percent | percent | 18
9 percent | percent | 9
4 percent | percent | 4
5% | percent | 5
two-thirds | fraction | 0.6666666667
at least 59 votes | count | 59
70 days | duration | 70
about 2.57 million residents | count | 2570000
about 30 kilometers | measure | 30
19 miles | measure | 19
""", doubts=[
 "AP style: byline 'By Katrin Holzer and Jonas F. Reimann', dateline 'POTSDAM, Germany (AP) —', contributor line after '___'.",
 "Party members as groups are NORP ('Free Democrats', 'a Social Democrat', 'the Greens'), like heldout2's 'Republicans'/'Democrats'; the party names 'Social Democratic Party', 'Free Democratic Party', 'Christian Democratic Union', 'Alternative for Germany' and their abbreviations are ORG. 'the Greens' is arguably the party's own short name (ORG); kept NORP for consistency with 'Democrats'.",
 "'Landtag' (capitalised state legislature) ORG, like 'House'/'Senate'/'Odisha Assembly'; 'the state parliament' (lowercase) not marked. 'the Forsa institute' -> ORG 'Forsa'.",
 "'a 2.4 billion euro ($2.6 billion) spending gap': money span '2.4 billion euro' (singular attributive unit kept inside).",
 "'46 of the 88 seats' -> '46' + '88 seats'; 'controls only 39, eight short of a majority' -> bare counts '39' and 'eight' ('only' is not a qualifier).",
 "'from 6.5% to 7%' -> two percent claims (a change, like a range). 'as early as Sept. 22': 'as early as' is not a listed qualifier.",
 "'a two-thirds majority, at least 59 votes' -> fraction 0.6666666667 and count 59. 'more than 400 million euros a year': the rate 'a year' is outside.",
 "'Tesla's only European car factory' -> ORG 'Tesla', NORP 'European'. Chancellor Olaf Scholz is a real person, mentioned only (no quote is attributed to him); 'Chancellor', 'Premier', 'state leader' titles excluded.",
 "Not marked: 'next year's budget', 'Today', 'a year', 'the capital', 'Autumn'.",
 SYN,
])

ARTICLES["syn_2024_disaster_indonesia_volcano"] = dict(split="heldout3", E="""
Indonesia PLACE
Mount Semeru PLACE
Lumajang PLACE
East Java PLACE
ADITYA PRAKOSO PERSON
AFP ORG
Jakarta PLACE
AFP ORG
Indonesia PLACE
Mount Semeru PLACE
East Java PLACE
Java PLACE
Centre for Volcanology and Geological Hazard Mitigation ORG
PVMBG ORG
Semeru PLACE
Besuk Kobokan PLACE
Siti Rahmawati PERSON
Sumberwuluh PLACE
National Disaster Mitigation Agency ORG
BNPB ORG
Curah Kobokan PLACE
Abdul H. Pratama PERSON
AFP ORG
Malang PLACE
AirNav Indonesia ORG
Abdul Rachman Saleh PLACE
Garuda Indonesia ORG
Semeru PLACE
Indonesia PLACE
Pacific PLACE
Ring of Fire PLACE
Lumajang PLACE
Malang PLACE
""", C="""
5 Km | measure | 5
December 4, 2024 | date | 2024-12-04
five kilometres | measure | 5
more than 6,300 people | count | 6300
second | ordinal | 2
less than a year | duration | 1
3,676-metre | measure | 3676
12,060-foot | measure | 12060
2:46 am | time | 02:46
1946 GMT | time | 19:46
up to 13 kilometres | measure | 13
level IV | measure | 4
four-tier | count | 4
eight kilometres | measure | 8
17 kilometres | measure | 17
38 | duration | 38
three children | count | 3
at least two people | count | 2
14 | count | 14
nine | count | 9
five villagers | count | 5
About 6,300 evacuees | count | 6300
22 schools | count | 22
some 1,200 homes | count | 1200
10 billion rupiah | money | 10000000000
$630,000 | money | 630000
around 40 kilometres | measure | 40
12 hours | duration | 12
four flights | count | 4
December 2021 | date | 2021-12
51 people | count | 51
more than 17,000 islands | count | 17000
127 active volcanoes | count | 127
1,200-strong | count | 1200
two helicopters | count | 2
around 600 residents | count | 600
""", doubts=[
 "AFP style: caption with the credit glued after the full stop ('...December 4, 2024.ADITYA PRAKOSO/AFP'; PERSON in capitals as written + ORG), dateline 'Jakarta (AFP) -', desk trailer 'str/jfx/dan' (not marked).",
 "'Mount Semeru' one PLACE span (a landmark with 'Mount' as part of the name); 'Semeru' alone later is PLACE too. 'the Besuk Kobokan river valley' -> 'Besuk Kobokan'; 'the village of Sumberwuluh' -> 'Sumberwuluh'.",
 "'Abdul Rachman Saleh airport' ('airport' lowercase) -> PLACE 'Abdul Rachman Saleh' (airports are PLACE; a person's name used as a place name); 'AirNav Indonesia' and 'Garuda Indonesia' one ORG span each, inner 'Indonesia' not marked.",
 "'the Pacific \"Ring of Fire\"' -> PLACE 'Pacific' and PLACE 'Ring of Fire' (a named geographic zone, quotes outside the span); could be one span.",
 "'level IV' (alert level, Roman numeral) -> measure 4 with the unit word first, like 'Category 4' / 'Signal No. 4'; 'four-tier scale' -> count 4 (like '230-seat').",
 "Headline '5 Km' -> measure 5 (capitalised unit as written).",
 "'in less than a year' -> duration 1 with qualifier, by the 'about an hour' convention (article = one).",
 "'2:46 am local time (1946 GMT Tuesday)': 'local time' and the weekday outside; 1946 GMT is a time (19:46), not a year.",
 "'at least two people were killed and 14 injured, nine of them' -> '14' and 'nine' bare counts. '22 schools, mosques and village halls' -> span stops at the first head.",
 "'A 1,200-strong team' -> count 1200 (hyphenated compound, like '100-member').",
 "Not marked: 'Thousands Flee', 'several times a year', 'Wednesday', 'Tuesday'; 'spokesman' title excluded.",
 SYN,
])

ARTICLES["syn_2024_business_opec_oil_prices"] = dict(split="heldout3", E="""
OPEC+ ORG
Helen T. Marsh PERSON
LONDON PLACE
Reuters ORG
OPEC+ ORG
U.S. PLACE
Organization of the Petroleum Exporting Countries ORG
Russia PLACE
OPEC+ ORG
Riyadh PLACE
Saudi Arabia PLACE
Riyadh PLACE
Jorge Villanueva PERSON
Rystad Energy ORG
Oslo PLACE
United Arab Emirates PLACE
Saudi Arabia PLACE
Reuters ORG
Russia PLACE
Reuters ORG
U.S. PLACE
American Petroleum Institute ORG
API ORG
China PLACE
U.S. PLACE
OPEC+ ORG
Yousef Al-Amin PERSON
Riyadh PLACE
Noor Haddad PERSON
London PLACE
Kirsten Lowe PERSON
""", C="""
4% | percent | 4
2025 | date | 2025
June 3 | date | 06-03
about 4% | percent | 4
three months | duration | 3
2025 | date | 2025
$3.12 | money | 3.12
3.8% | percent | 3.8
$84.23 | money | 84.23
1345 GMT | time | 13:45
$2.94 | money | 2.94
3.8% | percent | 3.8
$80.10 | money | 80.1
5.86 million barrels | measure | 5860000
about 5.7% | percent | 5.7
3.66 million bpd | measure | 3660000
a year | duration | 1
2025 | date | 2025
2.2 million bpd | measure | 2200000
eight members | count | 8
three months | duration | 3
12 months | duration | 12
October 2024 | date | 2024-10
September 2025 | date | 2025-09
$80-plus | money | 80
about 1 million bpd | measure | 1000000
third | ordinal | 3
300,000 bpd | measure | 300000
3.52 million bpd | measure | 3520000
about 9 million bpd | measure | 9000000
roughly 12 million bpd | measure | 12000000
about 9.3 million bpd | measure | 9300000
about 1.9 million barrels | measure | 1900000
May 31 | date | 05-31
4:30 p.m. EDT | time | 16:30
2030 GMT | time | 20:30
nearly 10% | percent | 10
Dec. 1 | date | 12-01
""", doubts=[
 "Reuters markets style: byline, dateline 'LONDON, June 3 (Reuters) -', RIC codes 'LCOc1', 'CLc1' (not marked, like tickers), reporting/editing trailer.",
 "'OPEC+' marked ORG with the plus sign inside the span (name as written); 'Organization of the Petroleum Exporting Countries' ORG.",
 "Crude benchmarks 'Brent' and 'West Texas Intermediate (WTI)' are commodities/products, not entities; inner 'Texas' not marked.",
 "'5.86 million barrels per day (bpd)': span '5.86 million barrels' ('per day' is a rate, outside, like 'per share'); the one-word abbreviation 'bpd' is kept inside as the unit ('3.66 million bpd', like '60 km/h'). 'a total of' is not a qualifier.",
 "'extend cuts ... by a year' -> duration 1 ('a year' with a quantity sense, as 'about an hour'); 'over 12 months' -> '12 months' ('over' is a preposition of period).",
 "'$80-plus oil' -> one money span '$80-plus' (80); the '-plus' suffix acts as a qualifier; a recogniser may stop at '$80'.",
 "'Riyadh wants...' (capital-city metonymy) PLACE; 'Rystad Energy in Oslo' ORG + PLACE.",
 "'the third quarter' -> ordinal 'third'; 'the end of September', 'from January', 'in May', 'mid-April' not marked (bare months).",
 "Not marked: 'this summer', 'biggest daily gain', 'the world's top crude importer'; 'energy minister', 'analyst' titles excluded.",
 SYN,
])

ARTICLES["syn_2024_sport_cricket_test_galle"] = dict(split="heldout3", E="""
Sri Lanka PLACE
Perera PERSON
England PLACE
GALLE PLACE
Sri Lanka PLACE
AAP ORG
Kasun D. Perera PERSON
Sri Lanka PLACE
England PLACE
Galle PLACE
Sri Lanka PLACE
Nuwan Jayasekara PERSON
England PLACE
Perera PERSON
Oliver Benning PERSON
Sri Lankan NORP
Galle PLACE
Perera PERSON
Benning PERSON
England PLACE
Harry M. Collis PERSON
England PLACE
Sri Lanka PLACE
Chamara P. Wickramasuriya PERSON
England PLACE
Brendan Pryce PERSON
ESPNcricinfo ORG
Pakistan PLACE
England PLACE
Galle Fort PLACE
International Cricket Council ORG
ICC ORG
Anil S. Deshpande PERSON
England PLACE
Colombo PLACE
AAP ORG
""", C="""
Five-For | count | 5
March 17 | date | 03-17
five wickets | count | 5
48 runs | count | 48
211 | count | 211
third | ordinal | 3
second | ordinal | 2
184 | count | 184
two-match | count | 2
2 | count | 2
0 | count | 0
37 | count | 37
one | count | 1
second | ordinal | 2
22 | count | 22
147 runs | count | 147
nine wickets | count | 9
96 | count | 96
three | count | 3
seven wickets | count | 7
115 runs | count | 115
41 overs | count | 41
first | ordinal | 1
27 | duration | 27
sixth | ordinal | 6
63 | count | 63
almost a foot | measure | 1
three wickets | count | 3
11 balls | count | 11
9 | count | 9
131 | count | 131
2018 | date | 2018
first | ordinal | 1
142 balls | count | 142
eight fours | count | 8
30 | count | 30
28 | count | 28
first | ordinal | 1
26 | count | 26
342 | count | 342
118 | count | 118
12th | ordinal | 12
three | count | 3
10 | count | 10
fourth | ordinal | 4
over 150 | count | 150
July 2022 | date | 2022-07
Around 8,500 spectators | count | 8500
about two-thirds | fraction | 0.6666666667
17th | ordinal | 17
fourth | ordinal | 4
10 a.m. | time | 10:00
0430 GMT | time | 04:30
half an hour | duration | 0.5
23 overs | count | 23
15 percent | percent | 15
first | ordinal | 1
""", doubts=[
 "AAP style: dateline 'GALLE, Sri Lanka, March 17 (AAP) -', desk trailer 'AAP mw/ls' ('AAP' ORG, initials not marked).",
 "National teams written as the country ('Sri Lanka', 'England', 'Pakistan') PLACE, per the heldout2 convention; 'the only England batsman', 'England coach' -> PLACE 'England' as a modifier.",
 "Cricket scores: bare run totals ('for 211', 'needing 184', 'unbeaten on 22', 'for 63') are counts with no head; '37 for one', '96 for three' -> two counts each (runs, wickets).",
 "Bowling figures and series scores are split like vote tallies: '9-131' -> '9' + '131'; 'series 2-0' -> '2' + '0' (count 0).",
 "Headline 'Five-For' (cricket slang for a five-wicket haul) marked count 5; a recogniser may well miss it.",
 "'the last 10 fourth-innings chases of over 150' -> bare count '10' + ordinal 'fourth' (the head would swallow the ordinal) + 'over 150' ('over' bounds the number). 'Only three of' -> bare 'three' ('only' not a qualifier).",
 "'almost a foot' -> measure 1 with qualifier (article = one, as 'about an hour'); 'half an hour earlier' -> duration 0.5 (hours), one span; 'a six' (a six-run hit) not marked (article + noun; the number is the name of the shot).",
 "Ordinals: 'third day', 'second Test', 'second innings', 'first morning', 'sixth Test', 'first over', 'first-innings lead', '12th Test hundred', '17th-century', 'fourth day', 'first Test'.",
 "'Perera, 27,' bare age -> duration 27. 'Galle Fort' one PLACE span (landmark). 'lbw' not marked.",
 "'the 17th-century Galle Fort' -> ordinal '17th' (the century stated as an ordinal); could be read as a date (1600s).",
 "Not marked: 'Sunday', 'Saturday', 'Monday', 'Friday', 'after tea', 'At stumps'; 'Left-arm spinner', 'opener', 'captain', 'coach', 'match referee' titles excluded.",
 SYN,
])

ARTICLES["syn_2024_business_pharma_merger"] = dict(split="heldout3", E="""
Denmark PLACE
Halvorsen ORG
U.S. PLACE
Ridgeline ORG
COPENHAGEN PLACE
Reuters ORG
Danish NORP
Halvorsen Pharma A/S ORG
U.S. PLACE
Ridgeline Therapeutics Inc ORG
Halvorsen ORG
Ridgeline ORG
Ridgeline ORG
Boston PLACE
Ridgeline ORG
New York PLACE
Halvorsen ORG
Copenhagen PLACE
Danish NORP
Ridgeline ORG
U.S. Federal Trade Commission ORG
FTC ORG
European Commission ORG
Halvorsen ORG
Mette L. Kjaergaard PERSON
Ridgeline ORG
Priya Raman PERSON
Jefferies ORG
London PLACE
Halvorsen ORG
Danish NORP
Ridgeline ORG
Harvard University ORG
Goldman Sachs ORG
Danske Bank ORG
Halvorsen ORG
Ridgeline ORG
Morgan Stanley ORG
LSEG ORG
Halvorsen ORG
Ridgeline ORG
Lars B. Nielsen PERSON
Copenhagen PLACE
Mariam Sayed PERSON
Bengaluru PLACE
Tom Whitfield PERSON
""", C="""
$14.2 Billion | money | 14200000000
Oct 7 | date | 10-07
$14.2 billion | money | 14200000000
more than $5 billion | money | 5000000000
$62 | money | 62
38% | percent | 38
about $1.1 billion | money | 1100000000
roughly $15.3 billion | money | 15300000000
34.6% | percent | 34.6
$60.05 | money | 60.05
4.1% | percent | 4.1
512.40 Danish crowns | money | 512.4
0930 GMT | time | 09:30
first | ordinal | 1
2025 | date | 2025
54 | duration | 54
6 billion dollars | money | 6000000000
about $8 billion | money | 8000000000
2027 | date | 2027
21.7% | percent | 21.7
72 weeks | duration | 72
1,240 adults | count | 1240
Two late-stage trials | count | 2
about 4,500 patients | count | 4500
second | ordinal | 2
2025 | date | 2025
$6.5 billion | money | 6500000000
2032 | date | 2032
about 23,000 people | count | 23000
41 countries | count | 41
2023 | date | 2023
58.3 billion Danish crowns | money | 58300000000
$8.5 billion | money | 8500000000
2011 | date | 2011
two Harvard University scientists | count | 2
about 900 employees | count | 900
third | ordinal | 3
more than $10 billion | money | 10000000000
$150 billion | money | 150000000000
2030s | date | 2030
$450 million | money | 450000000
""", doubts=[
 "The companies 'Halvorsen Pharma A/S' and 'Ridgeline Therapeutics Inc' and the drug 'RDX-204' are fictional; the banks, regulators and data provider are real names. Corporate suffixes ('A/S', 'Inc') kept inside the ORG spans; short forms 'Halvorsen', 'Ridgeline' ORG.",
 "'Danish crowns' (currency) -> NORP 'Danish' (the nationality adjective is still marked), and the amount span includes the two-word currency unit ('512.40 Danish crowns', as heldout2's 'U.S. dollars').",
 "'$62 per share' -> amount only; 'more than $5 billion a year', '$150 billion a year' -> the rate 'a year' outside.",
 "'the first half of 2025', 'the second half of 2025' -> ordinals 'first'/'second' + date '2025'; 'half' not marked (as heldout2's 'the back half of the year').",
 "'an average of 21.7%' -> '21.7%' ('an average of' not a qualifier); 'over 72 weeks' -> '72 weeks' (preposition of period).",
 "'two Harvard University scientists' marked as one count span up to the head, including the three-word modifier (as dev's 'about 3,000 Kenyan, Ugandan and Burundian troops'); 'Harvard University' also ORG (layers are independent).",
 "'once-weekly injection' not marked (a dosing frequency, like 'weekly'); 'late-stage', 'mid-stage' not marked; 'the early 2030s' -> date 2030 (decade convention).",
 "'Boston-based', 'Copenhagen-listed' -> PLACE inside the compound. 'Chief Executive', 'analyst' titles excluded; 'Mette L. Kjaergaard, 54,' -> duration.",
 "Not marked: 'its largest ever deal', 'a single molecule', 'this year', 'on Friday', 'in June'.",
 SYN,
])

ARTICLES["syn_2023_climate_spain_drought"] = dict(split="heldout3", E="""
Spain PLACE
Catalonia PLACE
Andalusia PLACE
Lucía M. Ferrer PERSON
MADRID PLACE
EFE ORG
Spain PLACE
Ministry for the Ecological Transition ORG
Catalonia PLACE
Andalusia PLACE
Catalonia PLACE
Barcelona PLACE
State Meteorological Agency ORG
AEMET ORG
Spain PLACE
Córdoba PLACE
Andrés J. Salcedo PERSON
Écija PLACE
Seville PLACE
Asaja ORG
Andalusia PLACE
Castilla-La Mancha PLACE
Doñana PLACE
UNESCO ORG
Huelva PLACE
Spanish National Research Council ORG
CSIC ORG
European Commission ORG
Spain PLACE
Spain PLACE
Barcelona PLACE
Tarragona PLACE
Marseille PLACE
EFE ORG
""", C="""
27% | percent | 27
25 April 2023 | date | 2023-04-25
27.4% | percent | 27.4
1990 | date | 1990
third | ordinal | 3
15,310 cubic hectometres | measure | 15310
1,120 | measure | 1120
about half | fraction | 0.5
10 years | duration | 10
25% | percent | 25
some 6 million people | count | 6000000
40% | percent | 40
15% | percent | 15
230 litres | measure | 230
70 | count | 70
150 public fountains | count | 150
38% | percent | 38
1 October | date | 10-01
first | ordinal | 1
three weeks | duration | 3
38.8C | measure | 38.8
nearly 15 degrees | measure | 15
at least three decades | duration | 3
six weeks | duration | 6
61 | duration | 61
420 hectares | measure | 420
up to 60% | percent | 60
1.5 billion euros | money | 1500000000
2.2 billion euros | money | 2200000000
$2.4 billion | money | 2400000000
1.4 billion euros | money | 1400000000
three-quarters | fraction | 0.75
2008 | date | 2008
about 22 million euros | money | 22000000
2 | measure | 2
4 degrees | measure | 4
""", doubts=[
 "EFE style with British dates: dateline 'MADRID, 25 April 2023 (EFE) -' -> date 2023-04-25; '1 October' -> 10-01; sign-off '(EFE)' ORG.",
 "'15,310 cubic hectometres' one measure span with the two-word unit; '1,120 fewer than a month ago' -> bare measure '1,120' (same unit, not repeated); 'a month ago' not marked (like 'a week ago').",
 "'about half the average' -> fraction 0.5 with qualifier; 'three-quarters of the lagoons' -> fraction 0.75.",
 "'38.8C' (unit glued to the number) one measure span; 'nearly 15 degrees' measure; 'temperatures 2 to 4 degrees above normal' -> range split '2' + '4 degrees'.",
 "'230 litres per person per day' -> '230 litres' (rates outside); 'closed 70 of its 150 public fountains' -> '70' + '150 public fountains'.",
 "'the first three weeks of April' -> ordinal 'first' + duration 'three weeks'; 'the past 10 years' -> duration; 'at least three decades' -> duration 3 (decades).",
 "'the Doñana national park' -> PLACE 'Doñana' ('national park' lowercase); 'a UNESCO World Heritage site' -> ORG 'UNESCO' only; 'Seville province' -> 'Seville'; 'Castilla-La Mancha' one PLACE span.",
 "'the Ministry for the Ecological Transition' ORG (capitalised name); 'the ministry', 'the regional government', 'the weather agency' (lowercase) not marked. 'Farmers' association Asaja' -> ORG 'Asaja'.",
 "Not marked: 'the next fortnight' (a period reference, like 'the next decade'), 'this week', 'mid-May', 'in May', 'weekly bulletin', 'for the time of year'.",
 SYN,
])

ARTICLES["syn_2024_business_korea_carmaker_strike"] = dict(split="heldout3", E="""
Hyundai Motor ORG
SEOUL PLACE
Yonhap ORG
Hyundai Motor Co. ORG
South Korea PLACE
Ulsan PLACE
Korean Metal Workers' Union ORG
KMWU ORG
Ulsan PLACE
Seoul PLACE
Asan PLACE
Jeonju PLACE
Kim Sung-ho PERSON
Ulsan PLACE
Kim PERSON
Hyundai Motor ORG
Hyundai ORG
Seoul PLACE
Choi Yoon-jae PERSON
Korea PLACE
Hyundai ORG
Kia Corp. ORG
""", C="""
First | ordinal | 1
6 Years | duration | 6
July 12 | date | 07-12
first | ordinal | 1
six years | duration | 6
About 43,000 members | count | 43000
6:45 a.m. | time | 06:45
two | count | 2
eight-hour | duration | 8
about 300 kilometers | measure | 300
about 11,200 vehicles | count | 11200
roughly 290 billion won | money | 290000000000
$210 million | money | 210000000
four hours | duration | 4
51 | duration | 51
some 5,000 workers | count | 5000
150,280 won | money | 150280
30 percent | percent | 30
60 | duration | 60
64 | duration | 64
15.1 trillion won | money | 15100000000000
100,000 won | money | 100000
400 percent | percent | 400
12 million won | money | 12000000
25 shares | count | 25
1.3 trillion won | money | 1300000000000
June 28 | date | 06-28
89.9 percent | percent | 89.9
2.3 percent | percent | 2.3
248,500 won | money | 248500
0.4 percent | percent | 0.4
second | ordinal | 2
$70.9 billion | money | 70900000000
2018 | date | 2018
three days | duration | 3
about 26,000 members | count | 26000
July 18 | date | 07-18
2 p.m. | time | 14:00
""", doubts=[
 "Yonhap style: dateline 'SEOUL, July 12 (Yonhap) --', sign-off '(END)' (not marked). Korean names are surname-first ('Kim Sung-ho' -> second mention 'Kim').",
 "'Hyundai Motor Co.' keeps the abbreviated suffix with its point inside the ORG span (like 'Kia Corp.'); 'Hyundai Motor', 'Hyundai' ORG; 'Hyundai shares' -> ORG 'Hyundai'. 'Korean Metal Workers' Union' one ORG span (inner 'Korean' not marked).",
 "'KOSPI' (a stock index) not marked, per the index convention.",
 "'two eight-hour shifts' -> count 'two' + duration 'eight-hour' (the head would swallow the duration, so 'two' is bare).",
 "'the retirement age from 60 to 64' -> two bare durations (ages, range split). 'a bonus of 400 percent of monthly wages' -> percent 400.",
 "'150,280 won a month', '1.3 trillion won a year': the rates 'a month'/'a year' outside. 'four hours per shift' -> '4 hours' duration, rate outside.",
 "Headline 'First Full Strike in 6 Years' -> ordinal 'First' + duration '6 Years'; 'Korea's second-biggest export item' -> ordinal 'second'.",
 "Not marked: 'full-day', 'last year', 'on Friday alone', 'Monday', 'monthly raise'; titles 'Union leader', 'Labor Minister' excluded.",
 SYN,
])
