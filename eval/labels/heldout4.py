# Labels for the HELDOUT4 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Fourth held-out split: 2 real public-domain US federal texts (pd_*) + 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["pd_2022_usaid_pakistan_floods_30m"] = dict(split="heldout4", E="""
ISLAMABAD PLACE
DNA ORG
United States PLACE
U.S. Agency for International Development ORG
USAID ORG
Pakistan PLACE
Pakistan PLACE
United States PLACE
Pakistan PLACE
Pakistani NORP
United States PLACE
United States PLACE
Pakistani NORP
USAID ORG
Pakistan PLACE
United States PLACE
Pakistan PLACE
United States PLACE
""", C="""
AUG 30 | date | 08-30
$30 million | money | 30000000
66 districts | count | 66
August 29 | date | 08-29
$30 million | money | 30000000
over $1.1 million | money | 1100000
""", doubts=[
 "REAL text, public domain (US federal government work): USAID / US Embassy Islamabad release of August 30, 2022 announcing $30 million for Pakistan flood response, as reprinted verbatim by the Pakistani agency DNA (stored copies at islamabadpost.com.pk and dnanews.com.pk); see README. The reprint's headline and '=DNA' trailer are dropped; its dateline 'ISLAMABAD, AUG 30 /DNA/ -' (no space before 'The') and the release's double spaces, curly quotes and apostrophes are kept.",
 "'/DNA/' in the dateline is the reprinting Pakistani news agency's tag -> ORG; 'AUG 30' (capitals) -> date 08-30.",
 "'the U.S. Agency for International Development (USAID)': one ORG span (inner 'U.S.' not marked separately) + ORG 'USAID'. 'A USAID disaster management specialist' -> ORG 'USAID' as a modifier.",
 "'Pakistan’s government', 'the Pakistani government’s request': PLACE / NORP only ('government' is generic). 'Pakistani authorities' -> NORP.",
 "'an additional $30 million' -> '$30 million' ('an additional' is not a qualifier); 'over $1.1 million' -> 'over' bounds the number, inside the span.",
 "Not marked: 'today', 'earlier this month', 'the floods', '“calamity hit.”'.",
])

ARTICLES["pd_2022_state_mission_pakistan_flood_relief"] = dict(split="heldout4", E="""
Mission Pakistan ORG
USAID ORG
Thomas RA Montgomery PERSON
Pakistan PLACE
Mission Pakistan ORG
Italy PLACE
Mission Pakistan ORG
Mission Pakistan ORG
USAID ORG
Disaster Assistance Response Team ORG
Washington PLACE
Pakistan PLACE
USAID ORG
Samantha Power PERSON
Department of State ORG
Derek Chollet PERSON
Congress ORG
Pakistan PLACE
Pakistani NORP
USAID ORG
U.S. Central Command ORG
Pakistan PLACE
USAID ORG
Dubai PLACE
U.S. PLACE
Pakistan PLACE
Donald Blome PERSON
American NORP
U.S. PLACE
Pakistan-U.S. Alumni Network ORG
U.S. PLACE
""", C="""
one third | fraction | 0.3333333333
more than 1,700 people | count | 1700
nearly 2.3 million homes | count | 2300000
approximately 1.2 million livestock | count | 1200000
630 metric tons | measure | 630
""", doubts=[
 "REAL text, public domain (US federal government work): US Department of State story 'Mission Pakistan and USAID assist with flood relief' by Thomas RA Montgomery (dated 2022-12-12), from a stored mirror that states it is 'originally published by U.S. State Dept and is unaltered'; see README. Excerpt: the stored copy is cut mid-sentence, so the text ends at the last complete sentence; paragraph breaks were added (the mirror flattens them); sentences verbatim.",
 "'Mission Pakistan' (the US diplomatic mission, capitalised, acting as a body: 'Mission Pakistan staff', 'Mission Pakistan quickly mobilized') -> ORG, one span; the inner 'Pakistan' not marked. Could be read as PLACE 'Pakistan' only.",
 "'USAID’s Disaster Assistance Response Team' -> ORG 'USAID' + ORG 'Disaster Assistance Response Team' (capitalised named team, possessive excluded). 'U.S. Central Command' one ORG span.",
 "Titles excluded but bodies inside them kept: 'USAID Administrator Samantha Power' -> ORG 'USAID' + PERSON; 'Department of State Counselor Derek Chollet' -> ORG + PERSON; 'U.S. Ambassador to Pakistan Donald Blome' -> PLACE 'U.S.' + PLACE 'Pakistan' + PERSON (as the seed's 'U.S. Secretary of State').",
 "'members of Congress' -> ORG 'Congress'. 'the Pakistan-U.S. Alumni Network' one ORG span. 'U.S. funded' (no hyphen) -> PLACE 'U.S.'.",
 "'one third of the country' -> fraction 0.3333333333, span 'one third'. 'an area the size of Italy' -> PLACE 'Italy', no claim. 'approximately 1.2 million livestock' -> count with qualifier.",
 "Not marked: 'this summer', 'the interagency', 'whole-of-government', 'the largest network', 'huge swaths'.",
])

ARTICLES["syn_2024_politics_nigeria_fuel_strike"] = dict(split="heldout4", E="""
Nigerian NORP
Wuse PLACE
Abuja PLACE
Nigeria PLACE
REUTERS ORG
Temitope Adeyemi PERSON
Chinedu Okafor PERSON
Amina Bello PERSON
ABUJA PLACE
Reuters ORG
Nigeria PLACE
NNPC Ltd ORG
Abuja PLACE
Bola Tinubu PERSON
Africa PLACE
National Bureau of Statistics ORG
NBS ORG
Kano PLACE
Ibrahim S. Danladi PERSON
Nigeria Labour Congress ORG
NLC ORG
Abuja PLACE
NLC ORG
Trade Union Congress ORG
TUC ORG
Danladi PERSON
National Assembly ORG
Lagos PLACE
Ikorodu Road PLACE
Port Harcourt PLACE
Kaduna PLACE
NNPC ORG
Olufemi Adebayo PERSON
Dangote Industries Ltd ORG
Lagos PLACE
LSEG ORG
Goodluck Jonathan PERSON
Chinedu Okafor PERSON
Abuja PLACE
Amina Bello PERSON
Lagos PLACE
Seun Ajayi PERSON
Port Harcourt PLACE
Gareth Lyle-Jones PERSON
""", C="""
Two-Day | duration | 2
45% | percent | 45
September 4, 2024 | date | 2024-09-04
Sept 5 | date | 09-05
two main labour federations | count | 2
two-day | duration | 2
Sept. 10 | date | 09-10
45% | percent | 45
897 naira | money | 897
$0.56 | money | 0.56
third | ordinal | 3
May 2023 | date | 2023-05
more than $10 billion | money | 10000000000
33.4% | percent | 33.4
half | fraction | 0.5
42-member | count | 42
about 7 million workers | count | 7000000
first | ordinal | 1
500 naira | money | 500
800 naira | money | 800
1,150 naira | money | 1150
about $6.8 billion | money | 6800000000
650,000 barrel-per-day | measure | 650000
three weeks | duration | 3
about 70% | percent | 70
June 2023 | date | 2023-06
1.2% | percent | 1.2
1,620 | money | 1620
January 2012 | date | 2012-01
five days | duration | 5
""", doubts=[
 "Reuters style: caption with credit 'REUTERS/Temitope Adeyemi' (ORG in capitals + PERSON), byline, dateline 'ABUJA, Sept 5 (Reuters) -', reporting/editing trailer (names PERSON, cities PLACE).",
 "'the Wuse district of Abuja' -> PLACE 'Wuse' ('district' lowercase). 'Ikorodu Road' PLACE (a street, capitalised generic word kept).",
 "'NNPC Ltd' keeps its suffix (ORG), later 'NNPC' ORG; 'Dangote Industries Ltd' ORG. 'the National Assembly' (capitalised legislature) ORG. 'LSEG data' -> ORG 'LSEG' (data provider).",
 "'two main labour federations' -> count 2 with the three-word head phrase (as 'two Harvard University scientists'); 'a 42-member executive council' -> count 42 (like '100-member').",
 "'897 naira ($0.56) a litre': money spans '897 naira', '$0.56' (the rate 'a litre' outside, like 'a year'). 'naira' (currency) not an entity. 'to 1,620 per dollar' -> money 1620 (exchange-rate convention, 'per dollar' outside).",
 "NEW: 'for as much as 1,150 naira' -> '1,150 naira' only: 'as much as' is not in the guideline's qualifier list (only 'as many as'), following the heldout3 decision on 'as early as'; a recogniser including it still matches on overlap.",
 "NEW: '650,000 barrel-per-day refinery' -> one measure span '650,000 barrel-per-day' (650000): the rate is hyphenated into the unit, so it is kept inside like the one-word 'bpd' (heldout3); a recogniser may stop at '650,000'.",
 "'spends half her salary' -> fraction 0.5, span 'half'. 'from 500 naira to 800 naira' -> two money claims (a change, like a range). 'within three weeks' -> duration ('within' not a qualifier).",
 "'more than quadrupled' not marked (multiplier without a number: 'double/triple/quadrupled' convention). 'decades-old' not marked. 'then-President' title excluded.",
 "Not marked: 'last year', 'this week', 'overnight', 'Thursday', 'a year', 'in July' (bare month).",
 SYN,
])

ARTICLES["syn_2025_politics_france_pension_vote"] = dict(split="heldout4", E="""
French NORP
Place de la Nation PLACE
Paris PLACE
CLÉMENT DURAND PERSON
AFP ORG
Paris PLACE
AFP ORG
France PLACE
National Assembly ORG
Senate ORG
Les Républicains ORG
Hélène Marchand PERSON
CGT ORG
CFDT ORG
France PLACE
Paris PLACE
CGT ORG
Paris PLACE
Emmanuel Macron PERSON
Mathilde Roussel PERSON
France Unbowed ORG
LFI ORG
French NORP
Institut Montaigne ORG
Conseil d'orientation des retraites ORG
COR ORG
SNCF ORG
Paris PLACE
RATP ORG
French NORP
German NORP
""", C="""
12 Votes | count | 12
March 14, 2025 | date | 2025-03-14
43.5 | duration | 43.5
289 votes | count | 289
277 | count | 277
11 days | duration | 11
more than 14,000 amendments | count | 14000
11 deputies | count | 11
348 seats | count | 348
54 | duration | 54
9.2 billion euros | money | 9200000000
$10.1 billion | money | 10100000000
2030 | date | 2030
at least 20 years | duration | 20
ninth | ordinal | 9
1.08 million people | count | 1080000
March 14 | date | 03-14
119,000 | count | 119000
450,000 | count | 450000
62 | duration | 62
64 | duration | 64
2023 | date | 2023
second | ordinal | 2
May 2027 | date | 2027-05
48 hours | duration | 48
about 250,000 people | count | 250000
six months | duration | 6
0.4% | percent | 0.4
2024 | date | 2024
two in three | fraction | 0.6666666667
9 | count | 9
16 metro lines | count | 16
10-year | duration | 10
3 basis points | percent | 3
71 basis points | percent | 71
""", doubts=[
 "AFP style: caption with the credit glued after the full stop ('...March 14, 2025.CLÉMENT DURAND/AFP'; PERSON in capitals with an accented letter + ORG), dateline 'Paris (AFP) -', desk trailer 'fb-lc/jj' (not marked).",
 "'Place de la Nation' one PLACE span (a square, name as written). 'Les Républicains' (party name, capitalised, used as the party) ORG; 'France Unbowed (LFI)' ORG + ORG; unions 'CGT', 'CFDT', transport operators 'SNCF', 'RATP' ORG; 'TGV' (a train service/product) not marked.",
 "'the interior ministry' (lowercase) not marked; 'the lower house', 'the official watchdog' not marked. 'Conseil d'orientation des retraites' one ORG span with its internal apostrophe.",
 "'the French who work with their hands' -> NORP 'French' (the people). 'Labour Minister' title excluded; 'Hélène Marchand, 54,' bare age -> duration.",
 "'years of contributions ... to 43.5' -> bare duration 43.5 (years, stated earlier in the sentence). 'by 289 votes to 277' -> '289 votes' + '277' (vote tally split).",
 "'including 119,000 in Paris', 'put the Paris figure at 450,000' -> bare counts. 'from 62 to 64' (ages) -> two durations.",
 "NEW: 'two in three high-speed TGV trains' -> one fraction span 'two in three' (0.6666666667), like 'two-thirds'; could be read as two counts. '9 of its 16 metro lines' -> '9' + '16 metro lines'.",
 "'narrowing 3 basis points to 71 basis points' -> two percent claims, number as stated (basis-points convention). '10-year yields' -> duration 10.",
 "'9.2 billion euros ($10.1 billion) a year' -> the rate 'a year' outside. 'at least 20 years' duration with qualifier. 'his second term' -> ordinal.",
 "Not marked: 'mid-April', 'Tuesday', 'Thursday', 'Marathon Debate', 'an extra' (not a qualifier of 'six months', which is marked alone).",
 SYN,
])

ARTICLES["syn_2025_disaster_turkey_malatya_quake"] = dict(split="heldout4", E="""
Turkey PLACE
AYŞE KARACA PERSON
Associated Press ORG
MALATYA PLACE
Turkey PLACE
AP ORG
Turkey PLACE
Pütürge PLACE
Malatya PLACE
Turkey PLACE
Disaster and Emergency Management Authority ORG
AFAD ORG
Kandilli Observatory and Earthquake Research Institute ORG
Istanbul PLACE
U.S. Geological Survey ORG
AFAD ORG
Serkan Aydoğan PERSON
Euphrates River PLACE
Pütürge PLACE
NTV ORG
Hatice Öztürk PERSON
Turkish Red Crescent ORG
Malatya PLACE
Turkey PLACE
Syria PLACE
Recep Tayyip Erdoğan PERSON
Environment Ministry ORG
Malatya PLACE
Adıyaman PLACE
Elazığ PLACE
Education Ministry ORG
Turkish Airlines ORG
Istanbul PLACE
Ankara PLACE
Malatya PLACE
Middle East Technical University ORG
Turkey PLACE
Izmit PLACE
Turkish NORP
Associated Press ORG
Deniz Arslan PERSON
Ankara PLACE
""", C="""
Magnitude 6.1 | measure | 6.1
at Least 9 | count | 9
magnitude 6.1 | measure | 6.1
at least nine people | count | 9
127 | count | 127
2023 | date | 2023
4:17 a.m. | time | 04:17
0117 GMT | time | 01:17
10 kilometers | measure | 10
6 miles | measure | 6
at least 43 aftershocks | count | 43
4.8 | measure | 4.8
6.0 | measure | 6.0
5.9 | measure | 5.9
14 buildings | count | 14
2,150 rescue workers | count | 2150
18 provinces | count | 18
7-year-old | duration | 7
five-story | count | 5
nearly 11 hours | duration | 11
62 | duration | 62
February 2023 | date | 2023-02
more than 53,000 people | count | 53000
about 6,000 | count | 6000
650,000 homes | count | 650000
11 affected provinces | count | 11
about 201,000 | count | 201000
three days | duration | 3
four extra flights | count | 4
roughly a third | fraction | 0.3333333333
1999 | date | 1999
magnitude 7.4 | measure | 7.4
more than 17,000 people | count | 17000
34.2 | money | 34.2
""", doubts=[
 "AP style: byline in capitals with Turkish letters ('By AYŞE KARACA Associated Press'), dateline 'MALATYA, Turkey (AP) —', contributor line after '___'.",
 "'Eastern Turkey' (headline) / 'eastern Turkey' -> PLACE 'Turkey' only (the 'central Italy' convention). 'the Pütürge district of Malatya province' -> PLACE 'Pütürge' + PLACE 'Malatya' (lowercase generic words outside). 'the Euphrates River' one PLACE span (capitalised official name).",
 "'Disaster and Emergency Management Authority, known as AFAD' ORG + ORG; 'Environment Ministry', 'Education Ministry' (capitalised) ORG; 'Turkish Red Crescent', 'Turkish Airlines', 'Middle East Technical University' one ORG span each (inner NORP/PLACE not marked); 'broadcaster NTV' ORG.",
 "Magnitudes: 'magnitude 6.1' measure with the unit word first; 'measured the main quake at 6.0', 'put it at 5.9', 'the strongest measuring 4.8' -> bare measures (magnitude implied); value 6.0 written as stated.",
 "'at Least 9' (headline, title case) -> count with qualifier; 'injuring 127' -> bare count. '4:17 a.m. (0117 GMT)' -> two times, GMT inside.",
 "'a five-story apartment block' -> count 5 (like 'four-tier'); 'a 7-year-old girl' -> duration; 'Hatice Öztürk, 62,' -> duration.",
 "'roughly a third of the damaged buildings' -> fraction with qualifier. 'The Turkish lira was little changed at 34.2 per dollar' -> NORP 'Turkish', money 34.2 (exchange-rate convention).",
 "'Malatya's airport' -> PLACE 'Malatya'. President Recep Tayyip Erdoğan is a real person mentioned in background only (his government's rebuilding pledge); the 2023 and 1999 death tolls are real background figures.",
 "Not marked: 'early Wednesday', 'dozens of buildings', 'the end of last year', 'the night', 'spokesman' title.",
 SYN,
])

ARTICLES["syn_2024_business_china_developer_default"] = dict(split="heldout4", E="""
Chinese NORP
Huaxin Land ORG
HONG KONG PLACE
Reuters ORG
Shenzhen PLACE
Huaxin Land Holdings Ltd ORG
Hong Kong Stock Exchange ORG
Chinese NORP
Huaxin ORG
China PLACE
Kroll ORG
Houlihan Lokey ORG
Guangdong PLACE
Zhejiang PLACE
Yangtze River Delta PLACE
Zhang Weiming PERSON
Zhang PERSON
Dongguan PLACE
Fitch Ratings ORG
Huaxin ORG
S&P Global Ratings ORG
Asian NORP
European NORP
China Evergrande Group ORG
Hong Kong PLACE
Country Garden Holdings Co Ltd ORG
National Bureau of Statistics ORG
Beijing PLACE
People's Bank of China ORG
Li Na PERSON
Asia PLACE
Meridian Capital Partners ORG
Singapore PLACE
Kelvin Chow PERSON
Tan Meiling PERSON
Sonali Mehta PERSON
""", C="""
$412 Million | money | 412000000
38% | percent | 38
Nov 18 | date | 11-18
$412 million | money | 412000000
two offshore bonds | count | 2
30-day | duration | 30
14th | ordinal | 14
38% | percent | 38
HK$0.62 | money | 0.62
10:05 a.m. | time | 10:05
0205 GMT | time | 02:05
more than 90% | percent | 90
January 2021 | date | 2021-01
six months | duration | 6
about 196 billion yuan | money | 196000000000
$27.1 billion | money | 27100000000
more than 480 unfinished projects | count | 480
61 percent | percent | 61
58 | duration | 58
1996 | date | 1996
about 20 Asian and European funds | count | 20
October 2023 | date | 2023-10
70 major cities | count | 70
0.5% | percent | 0.5
17th | ordinal | 17
five-year | duration | 5
25 basis points | percent | 25
3.6% | percent | 3.6
A quarter | fraction | 0.25
2.3% | percent | 2.3
""", doubts=[
 "Reuters style: dateline 'HONG KONG, Nov 18 (Reuters) -' (PLACE in capitals), reporting/editing trailer. 'Huaxin Land Holdings Ltd', 'Huaxin Land', 'Meridian Capital Partners' and all people are fictional; Kroll, Houlihan Lokey, Fitch, S&P, Evergrande, Country Garden and the regulators are real names (Evergrande's January 2024 liquidation order and Country Garden's October 2023 default are real background facts).",
 "'Shenzhen-based' -> PLACE inside the compound. 'Huaxin Land Holdings Ltd', 'Country Garden Holdings Co Ltd' keep their suffixes (ORG); 'China Evergrande Group', 'People's Bank of China', 'Hong Kong Stock Exchange' one ORG span each (inner PLACE not marked).",
 "'Guangdong province' -> 'Guangdong'; 'the Yangtze River Delta' one PLACE span (capitalised region name). 'head of Asia credit research' -> PLACE 'Asia' as a modifier. 'Beijing has cut mortgage rates' -> PLACE (capital-city metonymy).",
 "'The Hang Seng Mainland Properties Index' not marked (stock index convention). Credit ratings 'RD', 'C' not marked.",
 "'fell as much as 38%' -> '38%' only ('as much as' not a listed qualifier; see the Nigeria file). 'HK$0.62' one money span with the currency prefix.",
 "'about 20 Asian and European funds' -> one count span with the coordinated modifier (as dev's 'about 3,000 Kenyan, Ugandan and Burundian troops'); NORP 'Asian', 'European' marked too.",
 "'China's 14th-largest developer' -> ordinal '14th'; 'the 17th straight monthly decline' -> ordinal; 'five-year loan prime rate' -> duration 5; 'A quarter of private developers' -> fraction 0.25.",
 "Chinese name surname first: 'Zhang Weiming' -> second mention 'Zhang'; 'Zhang, 58,' -> duration. 'Li Na' PERSON (fictional analyst).",
 "Not marked: 'a year earlier', 'last year', 'Monday', 'Sunday', 'Friday', 'in October' (bare month), 'small doses', 'chairman' title.",
 SYN,
])

ARTICLES["syn_2025_sport_tennis_australian_open_final"] = dict(split="heldout4", E="""
Markovic PERSON
Melbourne PLACE
MELBOURNE PLACE
AAP ORG
Serbia PLACE
Jelena Markovic PERSON
Sofía Herrera PERSON
Argentina PLACE
Serbian NORP
Ana Ivanovic PERSON
Women's Tennis Association ORG
Markovic PERSON
Rod Laver Arena PLACE
Markovic PERSON
Herrera PERSON
Herrera PERSON
Argentine NORP
Melbourne PLACE
Markovic PERSON
Herrera PERSON
Tennis Australia ORG
Markovic PERSON
Croatian NORP
Ivan Brkić PERSON
Katarina Novak PERSON
Czech Republic PLACE
Jelena PERSON
Brkić PERSON
Italy PLACE
Jannik Sinner PERSON
Germany PLACE
Alexander Zverev PERSON
AAP ORG
""", C="""
Two Match Points | count | 2
First | ordinal | 1
Jan 25 | date | 01-25
two championship points | count | 2
third | ordinal | 3
6 | count | 6
4 | count | 4
3 | count | 3
6 | count | 6
7 | count | 7
6 | count | 6
10 | count | 10
7 | count | 7
first | ordinal | 1
23-year-old | duration | 23
No. 11 | ordinal | 11
first | ordinal | 1
2008 | date | 2008
No. 5 | ordinal | 5
5 | count | 5
3 | count | 3
5 | count | 5
4 | count | 4
6 | count | 6
5 | count | 5
two hours and 51 minutes | duration | 10260
14,820 fans | count | 14820
5 | count | 5
3 | count | 3
26 | duration | 26
11 aces | count | 11
43 winners | count | 43
five | count | 5
14 break points | count | 14
52 unforced errors | count | 52
first | ordinal | 1
A$3.5 million | money | 3500000
$2.2 million | money | 2200000
A$1.9 million | money | 1900000
97,312 | count | 97312
34-degree | measure | 34
18 minutes | duration | 18
second | ordinal | 2
fourth | ordinal | 4
two sets | count | 2
first | ordinal | 1
7.30pm AEDT | time | 19:30
""", doubts=[
 "AAP style: dateline 'MELBOURNE, Jan 25 (AAP) -', desk trailer 'AAP ms/jp' ('AAP' ORG, initials not marked). The players Jelena Markovic, Sofía Herrera, Katarina Novak and coach Ivan Brkić are fictional; Ana Ivanovic (2008 French Open champion), Jannik Sinner and Alexander Zverev are real players in background mentions only.",
 "Event names are not entities ('Australian Open', 'French Open', 'grand slam'), so their inner 'Australian'/'French' are not marked; the trophy 'Daphne Akhurst Memorial Cup' is a product-like object and the person name inside it is not marked (as the satellite-name convention). 'Rod Laver Arena' PLACE (arena), inner person not marked. 'Tennis Australia' one ORG span.",
 "Tennis scores split like vote tallies / series scores: '6-4 3-6 7-6 (10-7)' -> eight bare counts; '5-3', '5-4', '6-5', 'At 5-3 down' likewise. A recogniser may skip scores entirely or take '6-4' as one span (still an overlap match for one of the two).",
 "NEW: rankings 'ranked No. 11', 'a career-high No. 5' -> ordinal with the 'No.' inside the span (rank = position), unlike 'Signal No. 4' (a measure on a scale).",
 "'two hours and 51 minutes' -> one duration span, value in seconds (10260), per the compound-duration convention. 'the crowd of 97,312' -> bare count. '34-degree heat' -> measure 34.",
 "'converted only five of 14 break points' -> bare 'five' + '14 break points' ('only' not a qualifier). 'Herrera, 26,' -> duration; 'The 23-year-old' -> duration.",
 "'A$3.5 million ($2.2 million)' -> two money spans with the currency prefixes. '7.30pm AEDT' -> time 19:30 with the zone inside.",
 "'Jelena has grown up a lot' -> PERSON 'Jelena' (first name alone). 'third seed', 'the fourth round', 'the second set', 'the first round', 'first grand slam title' -> ordinals; 'top seed', 'the final-set tiebreak', 'the deciding set' not marked.",
 "Not marked: 'Saturday night', 'Monday's', 'Sunday', 'this fortnight', 'Last year', 'a record'.",
 SYN,
])

ARTICLES["syn_2024_disaster_nepal_air_crash_report"] = dict(split="heldout4", E="""
Nepal PLACE
Himal Sky ORG
KATHMANDU PLACE
Nepal PLACE
UPI ORG
Himal Sky Airlines ORG
Annapurna PLACE
Civil Aviation Authority of Nepal ORG
CAAN ORG
Rajendra P. Shrestha PERSON
Dilli Raman Adhikari PERSON
Kathmandu PLACE
Pokhara PLACE
Jomsom PLACE
Kali Gandaki River PLACE
Dhaulagiri PLACE
Annapurna PLACE
Shrestha PERSON
Nepalis NORP
Indians NORP
South Koreans NORP
Germans NORP
CAAN ORG
International Civil Aviation Organization ORG
ICAO ORG
Sushila Gurung PERSON
Nepal PLACE
Yeti Airlines ORG
Pokhara PLACE
Nepali NORP
European Union ORG
Himal Sky ORG
Nepalese NORP
CAAN ORG
Bikash K. Lamichhane PERSON
""", C="""
19 | count | 19
Nov. 12 | date | 11-12
19 people | count | 19
five-member | count | 5
214-page | count | 214
16 passengers | count | 16
three crew | count | 3
9:52 a.m. | time | 09:52
March 21 | date | 03-21
25-minute | duration | 25
13 minutes | duration | 13
about 3,505 meters | measure | 3505
11,500 feet | measure | 11500
seven Nepalis | count | 7
four Indians | count | 4
three South Koreans | count | 3
two Germans | count | 2
at least three times | count | 3
2021 | date | 2021
2017 | date | 2017
31-year-old | duration | 31
eight | count | 8
14 highest mountains | count | 14
January 2023 | date | 2023-01
72 people | count | 72
2013 | date | 2013
four Twin Otters | count | 4
1.5 million Nepalese rupees | money | 1500000
$11,200 | money | 11200
""", doubts=[
 "UPI-style dateline 'KATHMANDU, Nepal, Nov. 12 (UPI) --'. 'Himal Sky Airlines', the commission, its report and all named people are fictional; CAAN, ICAO, Yeti Airlines (its January 2023 Pokhara crash, 72 dead, is a real background fact) and the EU air-safety ban on Nepali carriers since 2013 are real.",
 "NEW: aircraft types are products, not entities, and their digits are not claims: 'de Havilland Canada DHC-6 Twin Otter', 'Twin Otters', 'ATR 72'. The manufacturer name inside the type designation ('de Havilland Canada') is not marked (no PLACE 'Canada'); arguable, since 'de Havilland Canada' is also a company (ORG). 'four Twin Otters' is still a count (4 aircraft).",
 "'the Annapurna region' -> 'Annapurna'; 'the Dhaulagiri and Annapurna massifs' -> two PLACEs; 'the Kali Gandaki River gorge' -> 'Kali Gandaki River' (capitalised river name, 'gorge' lowercase).",
 "'killed all 19 people on board' -> '19 people' ('all' not a qualifier); headline 'That Killed 19' -> bare count. 'carrying 16 passengers and three crew' -> two counts.",
 "'a five-member commission', 'its 214-page report' -> counts (hyphenated compounds). 'a 25-minute flight' duration; 'lost contact 13 minutes later' duration.",
 "NEW: 'the flight's first officer' (a job title: co-pilot) -> 'first' not marked, like 'first-team' in heldout2; a recogniser may mark it as an ordinal.",
 "'flagged ... at least three times' -> count 3 (occasions, like 'at least once'). 'eight of the world's 14 highest mountains' -> 'eight' + '14 highest mountains'.",
 "'1.5 million Nepalese rupees' -> one money span with the two-word currency, and NORP 'Nepalese' (the 'Danish crowns' convention). Nationalities as people ('Nepalis', 'Indians', 'South Koreans', 'Germans') NORP; 'all Nepali carriers' -> NORP.",
 "'Tourism and Civil Aviation Minister', 'former ... director general', 'spokesman' titles excluded. 'European Union airspace' -> ORG 'European Union'.",
 "Not marked: 'in March' (bare month), 'Tuesday', 'the next morning', 'repeated warnings'.",
 SYN,
])

ARTICLES["syn_2025_courts_uk_supreme_court_water"] = dict(split="heldout4", E="""
Supreme Court ORG
River Severn PLACE
Harriet Lowe PERSON
PA ORG
River Severn PLACE
UK PLACE
Supreme Court ORG
London PLACE
Severnside Water plc ORG
Court of Appeal ORG
Ofwat ORG
Hartwell PERSON
Gloucestershire PLACE
Worcestershire PLACE
Environment Agency ORG
Hartwell PERSON
Pennant PERSON
Achebe-Morris PERSON
Sinclair PERSON
MacLeod PERSON
Severnside ORG
London PLACE
River Action UK ORG
Tomás Ó Briain PERSON
Steve Reed PERSON
England PLACE
Wales PLACE
Environment Agency ORG
Department for Environment, Food and Rural Affairs ORG
Defra ORG
Ofwat ORG
""", C="""
£168m | money | 168000000
£168 million | money | 168000000
Five justices | count | 5
2023 | date | 2023
1,450 spills | count | 1450
38 storm overflows | count | 38
1 April 2019 | date | 2019-04-01
31 March 2022 | date | 2022-03-31
23,600 hours | duration | 23600
about 2.1 million customers | count | 2100000
roughly 9 per cent | percent | 9
three years | duration | 3
4.6 per cent | percent | 4.6
812p | money | 812
first | ordinal | 1
a decade | duration | 1
up to two years | duration | 2
more than 3.6 million hours | duration | 3600000
2024 | date | 2024
11 other enforcement cases | count | 11
seven companies | count | 7
""", doubts=[
 "PA Media style: byline 'By Harriet Lowe, PA Legal Affairs Correspondent' (ORG 'PA', title excluded), no dateline, British dates ('1 April 2019') and 'per cent'. The company 'Severnside Water plc', the case, the justices ('Lady Hartwell', 'Lord Pennant', ...), the campaigner and all figures about the case are fictional; the Supreme Court, Court of Appeal, Ofwat, Environment Agency, Defra and River Action UK are real names; Steve Reed (Environment Secretary) and the Water (Special Measures) Act are real background mentions.",
 "NEW: peerage/judicial styles 'Lady', 'Lord' are treated as titles and excluded: 'Lady Hartwell' -> PERSON 'Hartwell', 'Lord Achebe-Morris' -> 'Achebe-Morris'. A recogniser may include the style word (lenient match still counts).",
 "'River Severn' one PLACE span (capitalised official name keeps the generic word, as 'Mount Semeru'). 'Severnside Water plc' keeps the lowercase suffix 'plc' (ORG); later 'Severnside' ORG. 'River Action UK' one ORG span (inner 'UK' not marked).",
 "NEW: laws are not entities: 'the Water (Special Measures) Act' not marked (not among the four types, like products). 'Department for Environment, Food and Rural Affairs' one ORG span including its commas.",
 "NEW: '812p' (a share price in pence) -> money 812, the value in the stated unit (pence), not converted to pounds (8.12); '£168m' headline money 168000000.",
 "'Five justices ... unanimously' -> count 5. 'between 1 April 2019 and 31 March 2022' -> two dates. 'lasting a combined 23,600 hours' -> duration ('a combined' not a qualifier). 'roughly 9 per cent' percent with qualifier.",
 "'For a decade these companies have...' -> duration 1 ('a decade' with a quantity sense, per the 'an hour/a decade' convention). 'up to two years' duration with qualifier. 'more than 3.6 million hours' duration 3600000.",
 "'the UK's highest court' -> PLACE 'UK'; 'England and Wales' -> two PLACEs. 'the first time' -> ordinal.",
 "Not marked: 'thousands of illegal sewage discharges', 'Wednesday', 'annual turnover', 'in March' (bare month), 'Environment Secretary' title.",
 SYN,
])

ARTICLES["syn_2024_politics_colombia_eln_talks"] = dict(split="heldout4", E="""
Colombia PLACE
ELN ORG
Caracas PLACE
CARACAS PLACE
EFE ORG
Colombia PLACE
National Liberation Army ORG
ELN ORG
Venezuelan NORP
Colombians NORP
María José Valencia Ortiz PERSON
ELN ORG
Aureliano Ruiz PERSON
Pablo Tejada PERSON
ELN ORG
Catholic NORP
Cuban NORP
Defence Ministry ORG
Arauca PLACE
Catatumbo PLACE
Norte de Santander PLACE
Magdalena River PLACE
ELN ORG
Fundación País Libre ORG
Gustavo Petro PERSON
Colombia PLACE
Revolutionary Armed Forces of Colombia ORG
FARC ORG
UN Verification Mission in Colombia ORG
Catholic Church ORG
Cuba PLACE
Mexico PLACE
Norway PLACE
Venezuela PLACE
Brazil PLACE
Chile PLACE
Norway PLACE
Dag Nylander PERSON
FARC ORG
Colombia PLACE
Truth Commission ORG
Havana PLACE
""", C="""
Six Months | duration | 6
Feb 6 | date | 02-06
180 days | duration | 180
first | ordinal | 1
sixth | ordinal | 6
3 August 2023 | date | 2023-08-03
midnight | time | 00:00
3 August 2024 | date | 2024-08-03
1964 | date | 1964
some 5,800 fighters | count | 5800
six decades | duration | 6
At least 38 hostages | count | 38
first | ordinal | 1
four-year | duration | 4
August 2026 | date | 2026-08
2016 | date | 2016
about 13,000 people | count | 13000
11 violations | count | 11
six months | duration | 6
two | count | 2
2022 | date | 2022
at least 450,000 people | count | 450000
1985 | date | 1985
2.3 trillion pesos | money | 2300000000000
$590 million | money | 590000000
seventh | ordinal | 7
4 March | date | 03-04
""", doubts=[
 "EFE style: dateline 'CARACAS, Feb 6 (EFE) -', British day-month dates ('3 August 2023', '4 March'). The negotiators, the commander and his alias, the violation figures and the budget are fictional; the ELN, FARC, the UN mission, Fundación País Libre and the Truth Commission are real; Gustavo Petro and the Norwegian diplomat Dag Nylander are real people in background mentions only (the 3 August 2023 ceasefire start, the 1964 founding, the 2016 FARC deal and the Truth Commission's 450,000 figure are real background facts).",
 "'the National Liberation Army (ELN) guerrilla group' -> ORG + ORG ('guerrilla group' lowercase). The alias in quotes '\"Pablo Tejada\"' -> PERSON (aliases are PERSON, heldout3), quotes outside; 'known by the alias' not marked.",
 "'Catholic priests' -> NORP 'Catholic' (religious group adjective); 'the Catholic Church' -> ORG; 'the Cuban revolution' -> NORP 'Cuban' (an event description, not a named event). 'Colombians' NORP.",
 "'the border department of Arauca' -> 'Arauca'; 'the Catatumbo region of Norte de Santander' -> 'Catatumbo' + 'Norte de Santander'; 'the Magdalena River' one PLACE span. 'the Defence Ministry' (capitalised) ORG. 'the Venezuelan capital' -> NORP.",
 "'UN Verification Mission in Colombia' one ORG span (inner 'UN' and 'Colombia' not marked separately). 'the country's Truth Commission' ORG.",
 "NEW: 'due to expire at midnight on Monday' -> time 'midnight' (00:00), a clock time stated as a word; arguable (like 'noon'); a recogniser may miss it.",
 "'by 180 days' duration; 'by Six Months' (headline) duration 6; 'for six decades' duration 6 (decades); 'his four-year term' duration; 'two of them serious' -> bare count 2.",
 "'the first phase', 'a sixth round', 'Colombia's first leftist head of state', 'The seventh round' -> ordinals. 'some 5,800 fighters', 'At least 38 hostages', 'about 13,000 people', 'at least 450,000 people' -> counts with qualifiers.",
 "'2.3 trillion pesos ($590 million)' -> two money spans. 'since 2022' -> date 2022.",
 "Not marked: 'Tuesday', 'Today' (in a quote), 'this year', \"'total peace'\", 'guarantor countries', 'chief negotiator', 'commander' titles.",
 SYN,
])

ARTICLES["syn_2024_conflict_russia_ukraine_prisoner_swap"] = dict(split="heldout4", E="""
Russia PLACE
Ukraine PLACE
UAE PLACE
Ukrainian NORP
Chernihiv PLACE
Ukraine PLACE
REUTERS ORG
Marta Kovalenko PERSON
Olena Marchenko PERSON
Pavel Sokolov PERSON
KYIV PLACE
Reuters ORG
Russia PLACE
Ukraine PLACE
United Arab Emirates PLACE
Moscow PLACE
Ukrainians NORP
Azovstal PLACE
Mariupol PLACE
Ukraine PLACE
Coordination Headquarters for the Treatment of Prisoners of War ORG
Oksana V. Hrytsenko PERSON
Belarusian NORP
Russia PLACE
Defence Ministry ORG
Russian NORP
Ukraine PLACE
Kursk PLACE
Belarus PLACE
Moscow PLACE
UAE PLACE
Ukrainian NORP
Volodymyr Zelenskiy PERSON
Kremlin ORG
Ukrainians NORP
Russian NORP
Ukraine PLACE
Dmytro Lubinets PERSON
Kyiv PLACE
Russia PLACE
Ukrainian NORP
International Committee of the Red Cross ORG
ICRC ORG
Ukrainian NORP
Russian NORP
Ukrainian NORP
Russian NORP
Pokrovsk PLACE
Donetsk PLACE
Pavel Sokolov PERSON
Tom Whitcombe PERSON
""", C="""
206 Prisoners | count | 206
October 18, 2024 | date | 2024-10-18
Oct 18 | date | 10-18
103 prisoners | count | 103
two sides | count | 2
58th | ordinal | 58
February 2022 | date | 2022-02
23 defenders | count | 23
14 national guardsmen | count | 14
four border guards | count | 4
19 | duration | 19
63 | duration | 63
more than two years | duration | 2
20 | measure | 20
30 kilograms | measure | 30
nine exchanges | count | 9
two countries | count | 2
2,184 captives | count | 2184
More than 3,700 Ukrainians | count | 3700
2022 | date | 2022
more than 8,000 Ukrainian prisoners | count | 8000
about 1,600 civilians | count | 1600
more than 100,000 requests | count | 100000
2022 | date | 2022
about one in eight | fraction | 0.125
two sides | count | 2
501 | count | 501
89 Russian soldiers | count | 89
1,000-km | measure | 1000
620-mile | measure | 620
""", doubts=[
 "Reuters style: caption with credit 'REUTERS/Marta Kovalenko', byline, dateline 'KYIV, Oct 18 (Reuters) -', writing/editing trailer. The exchange's figures, the spokeswoman and the journalists are fictional; Volodymyr Zelenskiy (Reuters spelling) and ombudsman Dmytro Lubinets are real people in background mentions only (no quote attributed); the Coordination Headquarters, ICRC and the UAE's mediation role are real.",
 "'UAE-Brokered' (headline) -> PLACE 'UAE' inside the compound; 'The UAE foreign ministry' -> PLACE 'UAE' ('foreign ministry' lowercase); 'Russia's Defence Ministry' -> PLACE + ORG (capitalised). 'the Kremlin' ORG (like 'White House').",
 "'the Azovstal steelworks in Mariupol' -> PLACE 'Azovstal' (landmark; 'steelworks' lowercase) + PLACE 'Mariupol'; 'the Chernihiv region' -> 'Chernihiv'; 'the Kursk region', 'the Donetsk region' likewise.",
 "'Coordination Headquarters for the Treatment of Prisoners of War' one ORG span (capitalised official name).",
 "Headline '206 Prisoners of War' -> span '206 Prisoners' (one-word head; 'of War' outside); a recogniser may take the longer span (overlap still matches).",
 "'each returned 103 prisoners of war' -> '103 prisoners'; 'the two sides', 'the two countries' -> count 2 (as the seed's 'the two countries'). 'the 58th such swap' -> ordinal.",
 "'The youngest was 19 and the oldest 63' -> bare ages, durations. 'lost 20 or 30 kilograms' -> range split '20' + '30 kilograms' (measures).",
 "NEW: 'about one in eight missing people' -> one fraction span with qualifier (0.125), as 'two in three' in the France file.",
 "'the bodies of 501 Ukrainian and 89 Russian soldiers' -> bare '501' + '89 Russian soldiers' (coordinated amounts, split like 'of 55 million and 62 million pounds'); NORP 'Ukrainian', 'Russian' marked too.",
 "'the 1,000-km (620-mile) front line' -> two measures (the same distance twice, as the seed's kilometres/miles). 'all-for-all' not marked.",
 "Not marked: 'Friday', 'in August', 'in September' (bare months), 'daylight', 'full-scale', 'spokeswoman', 'parliamentary human rights commissioner' titles.",
 SYN,
])

ARTICLES["syn_2024_economy_egypt_inflation"] = dict(split="heldout4", E="""
Egypt PLACE
CAIRO PLACE
Reuters ORG
Egypt PLACE
CAPMAS ORG
Reuters ORG
Central Bank of Egypt ORG
CBE ORG
International Monetary Fund ORG
CBE ORG
Yasmine El-Shafei PERSON
Nile Crest Capital ORG
Cairo PLACE
IMF ORG
Ivanna Vladkova Hollar PERSON
Cairo PLACE
Abdel Fattah al-Sisi PERSON
Suez Canal PLACE
Houthi NORP
Red Sea PLACE
Suez Canal Authority ORG
Egypt PLACE
World Bank ORG
Egypt PLACE
Abu Dhabi PLACE
ADQ ORG
Ras El Hekma PLACE
Mediterranean PLACE
Ahmed Fathy PERSON
Nour Salama PERSON
Samia Haddad PERSON
Alan Merrow PERSON
""", C="""
25.1% | percent | 25.1
21 Months | duration | 21
Nov 11 | date | 11-11
25.1% | percent | 25.1
26.4% | percent | 26.4
2023 | date | 2023
first | ordinal | 1
almost four years | duration | 4
1.2% | percent | 1.2
about a third | fraction | 0.3333333333
20.7% | percent | 20.7
73.6% | percent | 73.6
September 2023 | date | 2023-09
14 analysts | count | 14
25.8% | percent | 25.8
27.25% | percent | 27.25
600 basis points | percent | 600
about 50 | money | 50
30.85 | money | 30.85
$8 billion | money | 8000000000
Dec. 26 | date | 12-26
100 | percent | 100
200 basis points | percent | 200
49.3 | money | 49.3
fourth | ordinal | 4
about $1.2 billion | money | 1200000000
$4 billion | money | 4000000000
$10.25 billion | money | 10250000000
About 40% | percent | 40
106 million people | count | 106000000
$35 billion | money | 35000000000
more than 60 million people | count | 60000000
20 piastres | money | 20
first | ordinal | 1
over three decades | duration | 3
""", doubts=[
 "Reuters economics style: dateline 'CAIRO, Nov 11 (Reuters) -', reporting/writing/editing trailer. The October inflation figures, the poll, the analyst and her firm 'Nile Crest Capital' are fictional; CAPMAS, the CBE, the IMF and its mission chief Ivanna Vladkova Hollar (background mention only), President Abdel Fattah al-Sisi (background, no quote), the March 2024 rate rise/devaluation, the $8 billion IMF programme, the $35 billion Ras El Hekma deal with ADQ and the Suez Canal revenue drop are real background facts.",
 "'the state statistics agency CAPMAS' -> ORG 'CAPMAS'; 'A Reuters poll' -> ORG 'Reuters'. 'the central bank' (lowercase) not marked; 'the Central Bank of Egypt (CBE)' ORG + ORG.",
 "NEW: 'asked the Fund to reconsider' -> 'the Fund' (capitalised short form of the IMF) not marked, following the heldout2 decision on 'the Committee' (a generic head noun); arguable (it refers to a named body).",
 "NEW: 'Houthi attacks' -> NORP 'Houthi' (a political/religious movement used as a group adjective, like 'Republicans'); could be read as ORG (an armed group). 'Abu Dhabi sovereign fund ADQ' -> PLACE + ORG; 'the Ras El Hekma peninsula' -> PLACE 'Ras El Hekma'; 'the Mediterranean coast' -> PLACE 'Mediterranean'; 'Suez Canal revenue' -> PLACE 'Suez Canal' (landmark) while 'Suez Canal Authority' is ORG.",
 "'let the pound fall to about 50 per dollar from 30.85' -> money 'about 50' and '30.85' (exchange rates, 'per dollar' outside); 'traded at 49.3 per dollar' -> money 49.3.",
 "'by 600 basis points', 'cutting by 100 to 200 basis points' -> percent, number as stated; the range split into '100' + '200 basis points'.",
 "'since early 2023' -> date '2023' ('early' not a qualifier); 'almost four years' duration; 'over three decades' -> 'over' bounds the number (inside), duration 3 (decades).",
 "'about a third of the basket' -> fraction with qualifier. 'Egypt's 106 million people' -> count. '20 piastres a loaf' -> money 20 (value in the stated unit, piastres; the rate 'a loaf' outside).",
 "Not marked: 'a year earlier', 'Month-on-month', 'this week', 'the fiscal year that ended in June', 'in March', 'in February', 'in June' (bare months), 'a record'.",
 SYN,
])
