# Labels for the HELDOUT5 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Fifth held-out split: 1 real public-domain US State Department text (pd_*), 1 real Wikinews article (wn_*, CC BY 2.5)
# + 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["pd_2018_state_shareamerica_samsam_ransomware"] = dict(split="heldout5", E="""
United States PLACE
Iranian NORP
U.S. PLACE
Justice Department ORG
U.S. PLACE
Brian Benczkowski PERSON
U.S. PLACE
American NORP
Faramarz Shahi Savandi PERSON
Mohammad Mehdi Shah Mansouri PERSON
Rod J. Rosenstein PERSON
University of Calgary ORG
Canada PLACE
Hollywood Presbyterian Medical Center ORG
Los Angeles PLACE
Kansas Heart Hospital ORG
Wichita PLACE
Craig Carpenito PERSON
U.S. PLACE
Newark PLACE
New Jersey PLACE
Iranian NORP
Iranian NORP
Iranian NORP
State Dept. ORG
Savandi PERSON
Mansouri PERSON
Iran PLACE
""", C="""
two Iranian hackers | count | 2
two men | count | 2
$6 million | money | 6000000
21st | ordinal | 21
34 | duration | 34
27 | duration | 27
more than $30 million | money | 30000000
more than 200 victims | count | 200
10 states | count | 10
more than 200 municipalities | count | 200
two | count | 2
first | ordinal | 1
December 2015 | date | 2015-12
September 28, 2018 | date | 2018-09-28
""", doubts=[
 "REAL text, public domain (US federal government work): US Department of State, ShareAmerica story on the November 2018 SamSam ransomware indictment (https://share.america.gov/u-s-goes-after-iranian-hackers-who-attacked-hospitals/); see README. EXCERPT: the stored copy stops mid-sentence ('U.S. authorities \u201cwill continue t'), so the text ends at the last complete sentence; the page title is not in the stored copy, so no headline is included; curly quotes and apostrophes kept as stored.",
 "'\u201c21st-century digital blackmail\u201d' -> ordinal '21st' (like heldout3's '17th-century').",
 "'U.S. Assistant Attorney General', 'the U.S. Attorney in Newark' -> PLACE 'U.S.' + title excluded (as the seed's 'U.S. Secretary of State'); 'Deputy Attorney General' title excluded; 'Rod J. Rosenstein' with middle initial one PERSON span.",
 "NEW: hospitals named as victims ('struck ... Hollywood Presbyterian Medical Center ... and the Kansas Heart Hospital') -> ORG (institutions acting/suffering as bodies); could be read as PLACE (buildings). 'University of Calgary' ORG, inner PLACE not marked.",
 "'Iranian-based bitcoin exchanges' -> NORP 'Iranian' inside the compound (a nationality word, unlike 'Shenzhen-based' PLACE); 'Iranian rials' -> NORP 'Iranian' (the 'Danish crowns' convention); no money claim (no number).",
 "NEW: the graphic credit '(State Dept.)' -> ORG 'State Dept.' with the abbreviation's full stop inside the span (like 'U.S.', 'Co.').",
 "'two Iranian hackers' -> one count span with the nationality modifier (NORP also marked), as 'two Harvard University scientists'. 'Faramarz Shahi Savandi, 34,' / 'Mohammad Mehdi Shah Mansouri, 27,' bare ages -> durations.",
 "'The two launched their first attack' -> bare count 'two' (people, the 'two of them' convention) + ordinal 'first'. 'more than 200 municipalities, state agencies, hospitals and other ... entities' -> '200 municipalities' with the first head only.",
 "Not marked: 'ransomware', 'bitcoin' (products/currency words), 'the indictment', 'among others', 'prosecutors'.",
])

ARTICLES["wn_2009_typhoon_ketsana_vietnam"] = dict(split="heldout5", E="""
Vietnam PLACE
Vietnamese NORP
NASA ORG
Philippines PLACE
Danang PLACE
National Weather Center ORG
Hue PLACE
Danang PLACE
Truong Ngoc Nhi PERSON
Quang Ngai PLACE
Danang PLACE
Nhuyen Minh Tuan PERSON
""", C="""
At least 22 | count | 22
September 30, 2009 | date | 2009-09-30
at least 22 people | count | 22
22 people | count | 22
170,000 people | count | 170000
90 miles | measure | 90
144 kilometres | measure | 144
over two hundred people | count | 200
37 miles | measure | 37
""", doubts=[
 "REAL text, Wikinews, 'At least 22 dead after typhoon hits Vietnam', Wednesday, September 30, 2009 (CC BY 2.5); see README. Whole article body; page furniture, the pull-quote box (a repeat of the official's quote attributed to the '\u2014Vietnam national flood and storm committee') and the 'Related news/Sources' sections dropped; the image caption 'Typhoon Ketsana / Image: NASA.' kept as in the page.",
 "Named storms are not entities: 'Typhoon Ketsana', 'Ketsana' not marked. 'Image: NASA.' -> ORG 'NASA' (credit line).",
 "Headline 'At least 22 dead' -> bare count with qualifier ('dead' is a predicate adjective, like the seed's 'more than 11 million homeless').",
 "'peak winds of 90 miles per hour (144 kilometres per hour)' -> '90 miles' + '144 kilometres': the rate 'per hour' stays outside, following heldout3's '5.86 million barrels per day' and heldout2's '185 kilometres (115 miles) per hour'; a recogniser may include 'per hour' (overlap still matches).",
 "'killing over two hundred people' -> 'over' bounds the number (inside), count 200 (a specific number in words, not the vague 'hundreds').",
 "'the Hue and Danang airports' -> PLACE 'Hue' + 'Danang' ('airports' lowercase); 'the Quang Ngai province' -> 'Quang Ngai'. 'the country's national flood and storm committee' (lowercase) not marked; 'the National Weather Center' ORG.",
 "'Nhuyen Minh Tuan' (sic, the source's spelling of Nguyen) PERSON as written; 'vice governor', 'Provincial disaster official' titles excluded.",
 "Not marked: 'Tuesday afternoon', 'in the afternoon on Tuesday', 'Several of the casualties', 'many homes', 'several mountainous districts'.",
])

ARTICLES["syn_2024_disaster_bangladesh_garment_fire"] = dict(split="heldout5", E="""
Bangladesh PLACE
Rupsha Knit Composite ORG
Kashimpur PLACE
Gazipur PLACE
Bangladesh PLACE
REUTERS ORG
Sumon Kabir Rahman PERSON
Farzana Haque PERSON
Arif Mahmud PERSON
DHAKA PLACE
Reuters ORG
Bangladesh PLACE
Rupsha Knit Composite Ltd ORG
Kashimpur PLACE
Gazipur PLACE
Dhaka PLACE
Shirin Akter PERSON
Tajul Islam M. Chowdhury PERSON
Fire Service and Civil Defence ORG
Gazipur PLACE
Nazmul H. Sarkar PERSON
Reuters ORG
Bangladesh PLACE
China PLACE
Export Promotion Bureau ORG
Bangladesh Garment Manufacturers and Exporters Association ORG
BGMEA ORG
European NORP
International Accord for Health and Safety in the Textile and Garment Industry ORG
Rana Plaza PLACE
Moushumi Rahman Shathi PERSON
Bangladesh Garment and Industrial Workers Federation ORG
Rana Plaza PLACE
Savar PLACE
Tazreen Fashions ORG
BGMEA ORG
Farzana Haque PERSON
Arif Mahmud PERSON
Dhaka PLACE
Martin Pettersen PERSON
""", C="""
at Least 17 | count | 17
46 | count | 46
March 12, 2024 | date | 2024-03-12
March 12 | date | 03-12
seven-storey | count | 7
at least 17 workers | count | 17
46 others | count | 46
$47 billion | money | 47000000000
more than two years | duration | 2
about 10:40 a.m. | time | 10:40
0440 GMT | time | 04:40
second | ordinal | 2
about 35 km | measure | 35
22 miles | measure | 22
roughly 1,900 workers | count | 1900
two narrow stairways | count | 2
third | ordinal | 3
26 | duration | 26
Twenty-three fire units | count | 23
almost six hours | duration | 6
Eleven | count | 11
14 bodies | count | 14
two security supervisors | count | 2
five-member | count | 5
15 days | duration | 15
second | ordinal | 2
about 3,500 export factories | count | 3500
roughly 4 million people | count | 4000000
4.7% | percent | 4.7
$38.48 billion | money | 38480000000
2022 | date | 2022
Eleven years | duration | 11
2013 | date | 2013
1,134 people | count | 1134
November 2012 | date | 2012-11
at least 112 | count | 112
200,000 taka | money | 200000
$1,820 | money | 1820
""", doubts=[
 "Reuters style: headline, caption with credit 'REUTERS/Sumon Kabir Rahman' (ORG in capitals + PERSON), byline, dateline 'DHAKA, March 12 (Reuters) -', reporting/editing trailer. The factory, the fire, its toll and all named people are fictional; the Fire Service and Civil Defence, BGMEA, the Export Promotion Bureau, the International Accord and the workers' federation are real names; the Rana Plaza collapse (2013, 1,134 dead) and the Tazreen fire (November 2012, at least 112 dead) are real background facts.",
 "Headline 'Kills at Least 17, Injures 46' -> count 'at Least 17' (title-case qualifier inside) + bare count '46'. Body 'injuring 46 others' -> '46 others' (one-word head).",
 "'the burning Rupsha Knit Composite factory' -> ORG 'Rupsha Knit Composite' (company name as modifier, 'factory' lowercase); 'Rupsha Knit Composite Ltd' keeps its suffix. 'Tazreen Fashions' ORG (the company; 'a fire at Tazreen Fashions').",
 "'the Rana Plaza building' -> PLACE 'Rana Plaza' (a landmark building, 'building' lowercase); in the quote 'Eleven years after Rana Plaza' the name stands for the disaster -> still PLACE (arguable: an event reference).",
 "'Lieutenant Colonel Tajul Islam M. Chowdhury' -> rank excluded (a title), PERSON with middle initial. 'Gazipur police chief Nazmul H. Sarkar' -> PLACE + PERSON ('police chief' title). 'The labour ministry' lowercase, not marked.",
 "'a seven-storey garment factory' -> count 7 (like heldout4's 'five-story'); 'a five-member committee' count 5. 'about 10:40 a.m. (0440 GMT)' -> two times, qualifier inside the first. 'about 35 km (22 miles)' -> two measures.",
 "'Eleven of the dead' -> bare count 'Eleven'. 'the world's second-largest garment exporter', 'the second floor' -> ordinals. 'in the July-February period' not marked (bare months).",
 "'200,000 taka ($1,820) each' -> two money spans; the currency word 'taka' inside, not an entity. 'a floor had been added' not a claim (article without a quantity sense, like 'an elderly woman').",
 "Not marked: 'Tuesday', 'DNA tests', 'most of them women', 'the deadliest blaze', 'locked doors'.",
 SYN,
])

ARTICLES["syn_2025_politics_peru_impeachment"] = dict(split="heldout5", E="""
Peru PLACE
Congress ORG
Huamán PERSON
Congress ORG
Lima PLACE
LUCÍA ÑAUPARI PERSON
AFP ORG
Lima PLACE
AFP ORG
Peru PLACE
Congress ORG
Gustavo Huamán Torres PERSON
Congress ORG
Rosa Elvira Ccahuana PERSON
Huamán PERSON
Puno PLACE
Huamán PERSON
Government Palace PLACE
Constitutional Court ORG
Popular Force ORG
Alliance for Progress ORG
Popular Renewal ORG
Avenida Abancay PLACE
Ipsos Peru ORG
Peruvians NORP
Congress ORG
Peru PLACE
Carmen Quispe Ayala PERSON
Pontifical Catholic University of Peru ORG
Lima PLACE
Peru PLACE
Pedro Pablo Kuczynski PERSON
""", C="""
101 | count | 101
14 | count | 14
October 9, 2025 | date | 2025-10-09
101 | count | 101
130 lawmakers | count | 130
19 months | duration | 19
14 legislators | count | 14
six | count | 6
nearly nine hours | duration | 9
87 votes | count | 87
two-thirds | fraction | 0.6666666667
11:48 pm | time | 23:48
0448 GMT | time | 04:48
July 28, 2026 | date | 2026-07-28
58 | duration | 58
1.2 million soles | money | 1200000
about $320,000 | money | 320000
2019 | date | 2019
2022 | date | 2022
18 months | duration | 18
about 2,000 supporters | count | 2000
61 seats | count | 61
a dozen defectors | count | 12
23 people | count | 23
nine officers | count | 9
81 percent | percent | 81
74 percent | percent | 74
1.3 percent | percent | 1.3
3.79 | money | 3.79
2.1 percent | percent | 2.1
third | ordinal | 3
2016 | date | 2016
less than two years | duration | 2
""", doubts=[
 "AFP style: caption with the credit glued after the full stop ('...on October 9, 2025.LUCÍA ÑAUPARI/AFP'; PERSON in capitals with accented letters + ORG), dateline 'Lima (AFP) -', desk trailer 'lc/mlr/jm' (not marked). The president, the interim leader, the bribery case, the vote and the poll figures are fictional; Congress, Popular Force, Alliance for Progress, Popular Renewal, Ipsos Peru and the Pontifical Catholic University of Peru are real names; Pedro Pablo Kuczynski (took office 2016, resigned 2018) is a real background mention; July 28, 2026 is the real date of Peru's next inauguration.",
 "'Congress' (Peru's unicameral legislature, capitalised) ORG every time, also as a modifier ('the Congress building') and in the title 'Congress speaker' (title word 'speaker' excluded). 'the Government Palace' PLACE (landmark); 'the Constitutional Court' ORG.",
 "'backed by Popular Force, Alliance for Progress and Popular Renewal' -> three ORG spans: the 'and' belongs to the list, not to a party name ('Alliance for Progress' is one party, 'Popular Renewal' another).",
 "Vote tallies split: headline '101-14' -> two counts; '101 of the 130 lawmakers' -> bare '101' + '130 lawmakers'; 'six abstained' bare count. 'a two-thirds majority' -> fraction.",
 "NEW: 'a dozen defectors' -> count 12, span with the article ('a dozen' is an exact number word, unlike the vague 'dozens'); arguable, a recogniser may skip it.",
 "'11:48 pm (0448 GMT Friday)' -> two times, the weekday outside. 'to 3.79 per dollar' -> money 3.79 (exchange-rate convention). 'the Lima stock exchange's benchmark index' -> PLACE 'Lima' ('stock exchange' lowercase); the index is unnamed.",
 "'1.2 million soles (about $320,000)' -> two money spans; 'from 2019 to 2022' -> two dates. 'just 19 months' -> 'just' not a qualifier. 'Huamán, 58,' duration.",
 "'the southern region of Puno' -> PLACE 'Puno'; 'Avenida Abancay' PLACE (a street, Spanish generic word kept as capitalised). 'Peruvians' NORP. 'the health ministry' lowercase, not marked.",
 "Not marked: 'late Thursday', 'Sunday', 'Friday morning', 'the world's third-largest copper producer' is marked only as ordinal 'third'.",
 SYN,
])

ARTICLES["syn_2027_election_poland_sejm"] = dict(split="heldout5", E="""
Civic Coalition ORG
Polish NORP
Warsaw PLACE
dpa ORG
Poland PLACE
Civic Coalition ORG
KO ORG
Sejm ORG
Ipsos ORG
TVP ORG
TVN ORG
Polsat ORG
KO ORG
Law and Justice ORG
PiS ORG
Confederation ORG
Left ORG
Polish People's Party ORG
PSL ORG
Ipsos ORG
KO ORG
PiS ORG
Confederation ORG
Left ORG
PSL ORG
German NORP
Opole PLACE
Poles NORP
Poles NORP
KO ORG
Agnieszka Wróblewska-Nowak PERSON
Warsaw PLACE
PiS ORG
Tomasz J. Żukowski PERSON
National Electoral Commission ORG
PKW ORG
KO ORG
Warsaw PLACE
Gdańsk PLACE
PiS ORG
Podkarpackie PLACE
Lubelskie PLACE
Sejm ORG
Senate ORG
KO ORG
ING Bank Śląski ORG
Poland PLACE
European Union ORG
Asian NORP
dpa ORG
""", C="""
460-seat | count | 460
9 pm | time | 21:00
1900 GMT | time | 19:00
33.8 per cent | percent | 33.8
30.1 per cent | percent | 30.1
third | ordinal | 3
14.6 per cent | percent | 14.6
7.9 per cent | percent | 7.9
5.3 per cent | percent | 5.3
at least 5 per cent | percent | 5
8 per cent | percent | 8
188 seats | count | 188
166 | count | 166
73 | count | 73
21 | count | 21
11 | count | 11
one seat | count | 1
231 seats | count | 231
68.2 per cent | percent | 68.2
74.4 per cent | percent | 74.4
2023 | date | 2023
more than 21.9 million Poles | count | 21900000
Two out of three | fraction | 0.6666666667
three | percent | 3
four points | percent | 4
an estimated 47 per cent | percent | 47
44 per cent | percent | 44
more than 50 per cent | percent | 50
30 days | duration | 30
100-member | count | 100
58 | count | 58
2028 | date | 2028
about 60 billion euros | money | 60000000000
$65 billion | money | 65000000000
4.27 | money | 4.27
""", doubts=[
 "dpa style: dateline 'Warsaw (dpa) -' (agency name in lower case, ORG), 'per cent', trailer of desk initials 'dpa ak xx bw' ('dpa' ORG, initials not marked). The election (set in autumn 2027, when the next Sejm election is due), the exit-poll figures and all named people are fictional; the parties, Ipsos, the broadcasters, the PKW and ING Bank Śląski are real names; the 5%/8% thresholds, the 460/100 seat numbers, the 30-day rule and the 2023 turnout (74.4%) are real background facts.",
 "NEW: 'the Left' (the party Lewica) -> ORG 'Left' (a party name; leading 'the' excluded), unlike heldout3's 'the Greens' as party members (NORP); 'Confederation' ORG; 'the Polish People's Party (PSL)' ORG + ORG, inner NORP not marked. 'Civic Coalition (KO)', 'Law and Justice (PiS)' ORG + ORG.",
 "'the 460-seat Sejm' -> count 460 + ORG 'Sejm' (capitalised legislature, like 'Landtag'); 'The 100-member Senate' -> count 100 + ORG.",
 "Seat projections split like tallies: '188 seats for KO, 166 for PiS, 73 ..., 21 ... and 11 ...' -> '188 seats' + bare counts; 'one seat going to the German minority' -> count 1 + NORP 'German'; 'gave KO and its allies 58 of its seats' -> bare '58'.",
 "NEW: 'Two out of three Poles' -> one fraction span (0.6666666667), like heldout4's 'two in three'; 'Poles' NORP. 'wrong by three or four points' -> range split, percentage points as percent ('three' + 'four points'), like basis points.",
 "'an estimated 47 per cent' -> qualifier 'an estimated' inside (listed). 'more than 21.9 million Poles' -> count with NORP head (NORP also marked). 'the eastern Podkarpackie and Lubelskie provinces' -> two PLACEs ('provinces' lowercase). 'the Opole region' -> 'Opole'.",
 "'9 pm (1900 GMT)' -> two times. 'the 2028 budget' -> date 2028. 'about 60 billion euros ($65 billion)' -> two money spans. 'steady at 4.27 per euro' -> money 4.27 (exchange-rate convention). 'early Asian trading' -> NORP 'Asian'.",
 "Not marked: 'Sunday', 'Tuesday', 'Monday', 'the lower house', 'the president' (unnamed), 'the nationalists', 'the European Union's recovery fund' beyond ORG 'European Union'.",
 SYN,
])

ARTICLES["syn_2024_politics_ethiopia_nile_dam_talks"] = dict(split="heldout5", E="""
Egypt PLACE
Ethiopia PLACE
Nile PLACE
HIRUT TESFAYE PERSON
MOHAMED EL-GEBALY PERSON
Associated Press ORG
ADDIS ABABA PLACE
Ethiopia PLACE
AP ORG
Egypt PLACE
Ethiopia PLACE
Nile PLACE
Africa PLACE
Addis Ababa PLACE
Grand Ethiopian Renaissance Dam PLACE
Blue Nile PLACE
Egypt PLACE
Foreign Ministry ORG
Ethiopia PLACE
Cairo PLACE
Egypt PLACE
Nile PLACE
Ethiopia PLACE
Meseret A. Woldemariam PERSON
Egypt PLACE
Ethiopia PLACE
Egyptian NORP
Sudan PLACE
Ethiopia PLACE
Ethiopia PLACE
World Bank ORG
Sudan PLACE
Rapid Support Forces ORG
Egyptian NORP
Irrigation Ministry ORG
Karim S. El-Sherbiny PERSON
Aswan High Dam PLACE
Lake Nasser PLACE
Egypt PLACE
African Union ORG
U.S. Treasury ORG
World Bank ORG
Khartoum PLACE
Abiy Ahmed PERSON
Associated Press ORG
Samira Adel PERSON
Cairo PLACE
""", C="""
fourth | ordinal | 4
eight months | duration | 8
two days | duration | 2
2011 | date | 2011
more than 105 million people | count | 105000000
about 97% | percent | 97
four times | count | 4
$4.2 billion | money | 4200000000
about 15 kilometers | measure | 15
9 miles | measure | 9
74 billion cubic meters | measure | 74000000000
13 turbines | count | 13
5,150 megawatts | measure | 5150
About 45% | percent | 45
126 million people | count | 126000000
April 2023 | date | 2023-04
172 meters | measure | 172
2019 | date | 2019
up to 1.1 million acres | measure | 1100000
2020 | date | 2020
three countries | count | 3
March 23, 2015 | date | 2015-03-23
""", doubts=[
 "AP style: byline in capitals ('By HIRUT TESFAYE and MOHAMED EL-GEBALY Associated Press'), dateline 'ADDIS ABABA, Ethiopia (AP) —', contributor line after '___'. The talks round, the negotiators, the spokesman, the journalists and their quotes are fictional; the dam's cost, capacity (5,150 MW), reservoir (74 billion m3), the 2011 start, the 2015 Khartoum Declaration of Principles, the 2020 US Treasury/World Bank talks and Sudan's war since April 2023 are real background facts; Prime Minister Abiy Ahmed is a real person in a neutral background mention (no quote).",
 "'the Grand Ethiopian Renaissance Dam' -> one PLACE span (a landmark/facility, capitalised official name; inner NORP not marked); 'the Aswan High Dam's Lake Nasser' -> two PLACEs; 'the Blue Nile', 'the Nile' PLACE (rivers).",
 "NEW: 'Egyptian Irrigation Ministry spokesman' -> NORP 'Egyptian' + ORG 'Irrigation Ministry' (capitalised ministry, the nationality adjective outside, like 'Russia's Defence Ministry' -> PLACE + ORG); could be read as one ORG span. 'Egypt's Foreign Ministry' -> PLACE + ORG.",
 "NEW: 'the U.S. Treasury' -> one ORG span (an official body name that includes 'U.S.', like heldout4's 'U.S. Central Command' and 'U.S. Geological Survey'); a recogniser splitting it into PLACE 'U.S.' + ORG 'Treasury' gets a lenient ORG match. 'the Declaration of Principles' (a treaty) not marked, like laws.",
 "'the paramilitary Rapid Support Forces' ORG; 'its army' not marked. 'Cairo reserved the right' -> PLACE (capital metonymy). 'Africa's largest hydroelectric dam' -> PLACE 'Africa'.",
 "'filled the reservoir four times' -> count 4 (occasions, heldout2 convention). 'more than doubling' not marked (multiplier without a number). '74 billion cubic meters' -> one measure span with the two-word unit. 'fallen to 172 meters above sea level' -> '172 meters' ('above sea level' outside).",
 "'The two days of negotiations' -> duration 2; 'in eight months' duration; 'the fourth round' ordinal. 'The three countries' count 3. 'up to 1.1 million acres' measure with qualifier.",
 "Not marked: 'Tuesday', 'a single Egyptian farmer' (NORP only), 'a multi-year drought', 'a colonial-era veto', 'downstream nations', 'fait accompli'.",
 SYN,
])

ARTICLES["syn_2025_disaster_japan_quake_drill"] = dict(split="heldout5", E="""
Japan PLACE
Nankai Trough PLACE
TOKYO PLACE
Kyodo ORG
Japan PLACE
Nankai Trough PLACE
Pacific PLACE
Shikoku PLACE
Japanese NORP
Kochi Prefecture PLACE
Ground Self-Defense Force ORG
Camp Kasuminome PLACE
Sendai PLACE
Kochi Ryoma Airport PLACE
Kushimoto PLACE
Wakayama Prefecture PLACE
Sachiko Nakanishi PERSON
Nankai Trough PLACE
Earthquake Research Committee ORG
Kenji Morimoto PERSON
Cabinet Office ORG
Japan Meteorological Agency ORG
Miyazaki Prefecture PLACE
Central Japan Railway Co. ORG
Tokyo PLACE
Metropolitan Police Department ORG
Kanpachi-dori PLACE
NHK ORG
Osaka Prefecture PLACE
Yumeshima PLACE
Kyodo ORG
""", C="""
Magnitude-9.1 | measure | 9.1
Sept. 1 | date | 09-01
About 1.2 million people | count | 1200000
magnitude-9.1 | measure | 9.1
7 a.m. | time | 07:00
about 20 kilometers | measure | 20
10 prefectures | count | 10
7 | measure | 7
34 meters | measure | 34
about 15 minutes | duration | 15
7:26 a.m. | time | 07:26
40 personnel | count | 40
three minutes | duration | 3
about 3,800 residents | count | 3800
roughly a quarter | fraction | 0.25
12 minutes | duration | 12
81 | duration | 81
up to 298,000 | count | 298000
323,000 | count | 323000
2012 | date | 2012
292 trillion yen | money | 292000000000000
$1.98 trillion | money | 1980000000000
magnitude 8 | measure | 8
9 | measure | 9
30 years | duration | 30
60 | percent | 60
90 percent | percent | 90
10 minutes | duration | 10
about 70 percent | percent | 70
first | ordinal | 1
August 2024 | date | 2024-08
magnitude-7.1 | measure | 7.1
30 minutes | duration | 30
five languages | count | 5
2025 | date | 2025
about 14,000 visitors | count | 14000
18 minutes | duration | 18
""", doubts=[
 "Kyodo style: dateline 'TOKYO, Sept. 1 Kyodo -' (agency name without brackets), sign-off '==Kyodo' (ORG). The drill's participant numbers, the scenario details, the officials and the resident are fictional; the Nankai Trough estimates (up to 298,000 deaths in the March 2025 revision, 323,000 in 2012, 292 trillion yen losses), the 30-year probability, the first 'megaquake advisory' of August 2024 after the magnitude-7.1 Hyuga-nada quake, and Disaster Prevention Day on September 1 are real background facts.",
 "'the Nankai Trough' -> PLACE (a named undersea feature); 'the Pacific coast' -> PLACE 'Pacific'. 'Kochi Prefecture', 'Wakayama Prefecture', 'Miyazaki Prefecture', 'Osaka Prefecture' -> one PLACE span each (capitalised official names keep the generic word, like 'Nakuru County'); 'Osaka Prefecture, host of ...' still PLACE. 'Kanpachi-dori avenue' -> PLACE 'Kanpachi-dori' ('avenue' lowercase). 'Camp Kasuminome', 'Kochi Ryoma Airport' PLACE (base, airport).",
 "'Disaster Prevention Day' (a named day) and 'World Expo' (an event) not entities; 'the 2025 World Expo' -> date 2025 (like heldout's '1928 Games'). 'CH-47 helicopter' -> product, digits not a claim. 'the Japanese seismic scale' -> NORP 'Japanese'. 'the prime minister's office' lowercase, not marked.",
 "Magnitudes: 'Magnitude-9.1' (headline), 'magnitude-9.1', 'magnitude-7.1' -> measure with the unit word first, hyphen inside; 'a magnitude 8 to 9 quake' -> range split 'magnitude 8' + bare '9'. NEW: 'the maximum intensity of 7 on the Japanese seismic scale' -> bare measure '7' (the scale word is separated by 'of'); a recogniser may span 'intensity of 7'.",
 "'tsunami as high as 34 meters' -> '34 meters' ('as high as' not a listed qualifier, like 'as much as'); 'at 60 to 90 percent or more' -> range split '60' + '90 percent' ('or more' outside, not a listed qualifier).",
 "'up to 298,000' / '323,000' -> bare counts (deaths named before); '292 trillion yen ($1.98 trillion)' -> two money spans. 'roughly a quarter of the population' -> fraction with qualifier. 'Sachiko Nakanishi, 81.' duration.",
 "'its first \"megaquake advisory\"' ordinal. 'within 30 years' duration. 'in five languages' -> count 5.",
 "Not marked: 'Monday', 'in March' (bare month), 'thousands of holidaymakers', 'bullet trains', 'Cabinet ministers' (generic), 'the government'.",
 SYN,
])

ARTICLES["syn_2024_business_saudi_drilling_ipo"] = dict(split="heldout5", E="""
Saudi NORP
Najd ORG
Bloomberg ORG
Najd Drilling Services Co. ORG
Saudi Aramco ORG
Riyadh PLACE
Saudi Exchange ORG
Najd ORG
Public Investment Fund ORG
Saudi Arabia PLACE
United Arab Emirates PLACE
Kuwait PLACE
UK PLACE
Capital Market Authority ORG
Najd ORG
Eastern Province PLACE
Empty Quarter PLACE
Aramco ORG
Faisal Al-Mutairi PERSON
HSBC Saudi Arabia ORG
SNB Capital ORG
Goldman Sachs Group Inc. ORG
Saudi Exchange ORG
Saudi Arabia PLACE
Mohammed bin Salman PERSON
Aramco ORG
Reem Al-Otaibi PERSON
""", C="""
$827 Million | money | 827000000
3.1 billion riyals | money | 3100000000
$827 million | money | 827000000
120 million shares | count | 120000000
30% | percent | 30
26 riyals | money | 26
14.3 times | measure | 14.3
10.4 billion riyals | money | 10400000000
about $2.8 billion | money | 2800000000
about 34 billion riyals | money | 34000000000
10% | percent | 10
Oct. 20 | date | 10-20
Oct. 22 | date | 10-22
first | ordinal | 1
41 onshore rigs | count | 41
five offshore jack-ups | count | 5
78% | percent | 78
38% | percent | 38
1.14 billion riyals | money | 1140000000
at least 70% | percent | 70
19.6 billion riyals | money | 19600000000
10 years | duration | 10
about 3.5% | percent | 3.5
$74 | money | 74
December 2019 | date | 2019-12
$25.6 billion | money | 25600000000
June 2024 | date | 2024-06
$12.35 billion | money | 12350000000
""", doubts=[
 "Bloomberg style: '(Bloomberg) --' opening without a city dateline, '--With assistance from ...' trailer (PERSON). 'Najd Drilling Services Co.', its IPO, its figures and people are fictional; Saudi Aramco, the PIF, the Saudi Exchange, the CMA, HSBC Saudi Arabia, SNB Capital and Goldman Sachs are real names; Aramco's December 2019 IPO ($25.6 billion) and June 2024 follow-on ($12.35 billion) are real background facts; Crown Prince Mohammed bin Salman is a real person in a background mention only.",
 "Headline 'Saudi Driller Najd' -> NORP 'Saudi' + ORG 'Najd'. 'Najd Drilling Services Co.' keeps the suffix with its full stop (ORG); later 'Najd' ORG (inner place-like word 'Najd' is the company short name here). 'Goldman Sachs Group Inc.' ORG with suffix. 'HSBC Saudi Arabia' one ORG span (inner PLACE not marked).",
 "'The Riyadh-based company' -> PLACE inside the compound. 'the Eastern Province', 'the Empty Quarter' PLACE (capitalised region names).",
 "Stock indexes and crude benchmarks are not entities: 'Tadawul All Share Index', 'Brent' not marked; 'The Saudi Exchange's benchmark' -> ORG 'Saudi Exchange'.",
 "'the book was covered 14.3 times' -> measure 14.3 (a multiplier with a number, like 'up to seven times'). 'a 30% stake' percent. '26 riyals each' money ('each' outside).",
 "'contracts ... that run as long as 10 years' -> '10 years' ('as long as' not a listed qualifier). 'traded near $74 a barrel' -> '$74' ('near' not listed; 'a barrel' rate outside).",
 "'from Oct. 20 to Oct. 22' -> two dates; 'the first week of November' -> ordinal 'first' (bare month not marked). '41 onshore rigs', 'five offshore jack-ups' -> counts with two-word heads.",
 "Not marked: 'Sunday', 'last year', 'this year', 'the kingdom', 'people familiar with the matter', 'a world record', 'Chief Executive Officer' title.",
 SYN,
])

ARTICLES["syn_2026_economy_ireland_budget"] = dict(split="heldout5", E="""
Cormac Ó Súilleabháin PERSON
Síle Ní Bhriain PERSON
Dáil ORG
Department of Finance ORG
Ní Bhriain PERSON
Irish Fiscal Advisory Council ORG
Sinn Féin ORG
Pádraig Mac Giolla Chomhaill PERSON
Fianna Fáil ORG
Fine Gael ORG
Dublin PLACE
Economic and Social Research Institute ORG
ESRI ORG
Donnacha Keogh PERSON
Apple ORG
European Court of Justice ORG
""", C="""
2027 | date | 2027
€9.4bn | money | 9400000000
€12 | money | 12
€9.4 billion | money | 9400000000
€12 | money | 12
2027 | date | 2027
€7.1 billion | money | 7100000000
€2.3 billion | money | 2300000000
€8.9 billion | money | 8900000000
3 per cent | percent | 3
2.5 per cent | percent | 2.5
1 January | date | 01-01
€2,000 | money | 2000
€46,000 | money | 46000
€50,000 | money | 50000
about €1,040 | money | 1040
65c | money | 65
€14.15 | money | 14.15
€301 | money | 301
Some 8,000 new social and affordable homes | count | 8000
€3.4 billion | money | 3400000000
€28.1 billion | money | 28100000000
almost a third | fraction | 0.3333333333
nearly half | fraction | 0.5
10 multinationals | count | 10
5 per cent | percent | 5
third | ordinal | 3
7.2 per cent | percent | 7.2
€2,480 | money | 2480
2.6 per cent | percent | 2.6
1.9 per cent | percent | 1.9
€1.5 billion | money | 1500000000
€14 billion | money | 14000000000
2024 | date | 2024
€2.6 billion | money | 2600000000
22 October | date | 10-22
""", doubts=[
 "Irish newspaper style: byline 'By Cormac Ó Súilleabháin, Political Correspondent' (title excluded), no dateline, British dates ('1 January', '22 October'), 'per cent', '€' amounts, '65c'. The budget (for 2027, presented in autumn 2026), the ministers, the spokesman and all figures are fictional; the Dáil, the parties, the Irish Fiscal Advisory Council, the ESRI and the 2024 European Court of Justice ruling on Apple's €14 billion (real background fact) are real.",
 "NEW: taxes, benefits and bills are not entities: 'Universal Social Charge'/'USC', 'State pension', 'the Finance Bill' not marked (like laws). 'The Government' / 'the Government' (capitalised) not marked, like heldout2's 'the Committee' (generic head noun). 'the council', 'the department' not marked.",
 "'Budget 2027' (headline) -> date 2027 (the year inside a name, like '1928 Games'); 'the package for 2027' date. '€9.4bn' one money span (like 'R1.4bn'). 'the Fianna Fáil-Fine Gael coalition' -> two ORG spans split at the hyphen.",
 "'Minister for Finance', 'Minister for Public Expenditure', 'finance spokesman' titles excluded; 'Ms Ní Bhriain' -> PERSON 'Ní Bhriain' (honorific excluded; Irish surname with particle kept whole).",
 "'by 65c to €14.15 an hour' -> money '65c' = 65 (cents, the stated unit, like heldout4's '812p') + '€14.15' (rate outside). 'by €12 a week' rate outside; 'raise ... by €2,000 to €46,000' two money spans.",
 "'Some 8,000 new social and affordable homes' -> one count span with the coordinated modifiers (as heldout4's 'about 20 Asian and European funds'); 'almost a third', 'nearly half' fractions with qualifiers; 'for the third year in a row' ordinal.",
 "'the €14 billion recovered from Apple' -> ORG 'Apple' (the company). 'the 2024 European Court of Justice ruling' -> date 2024 + ORG.",
 "Not marked: 'Tuesday', 'Monday', 'this year', 'next year', 'in the summer', 'the squeezed middle', 'modified domestic demand'.",
 SYN,
])

ARTICLES["syn_2024_sport_f1_singapore_gp"] = dict(split="heldout5", E="""
Doherty PERSON
Singapore PLACE
Kimura PERSON
Liam Garside PERSON
PA ORG
Singapore PLACE
Australia PLACE
Callum Doherty PERSON
McLaren ORG
Ferrari ORG
Iñaki Etxeberria PERSON
Doherty PERSON
Marina Bay Street Circuit PLACE
Haruto Kimura PERSON
Red Bull ORG
Doherty PERSON
Doherty PERSON
Etxeberria PERSON
Spaniard NORP
San Sebastián PLACE
Williams ORG
Marcus Lindqvist PERSON
Turn 10 PLACE
Mercedes ORG
Thomas Berger PERSON
Kimura PERSON
Lindqvist PERSON
Red Bull ORG
Jonathan Whitlock PERSON
Sky Sports F1 ORG
FIA ORG
McLaren ORG
McLaren ORG
Ferrari ORG
Marina Bay PLACE
Austin PLACE
Texas PLACE
Doherty PERSON
Australian NORP
Singapore PLACE
""", C="""
38 Points | count | 38
4.216 seconds | duration | 4.216
six races | count | 6
62 laps | count | 62
one hour, 40 minutes and 52.571 seconds | duration | 6052.571
31 degrees Celsius | measure | 31
80 per cent | percent | 80
fifth | ordinal | 5
4.8-second | duration | 4.8
lap 19 | ordinal | 19
52 points | count | 52
38 | count | 38
two hours | duration | 2
about three kilos | measure | 3
24 | duration | 24
third | ordinal | 3
25 points | count | 25
one | count | 1
1:34.486 | duration | 94.486
lap 54 | ordinal | 54
29-year-old | duration | 29
1.3 seconds | duration | 1.3
lap 33 | ordinal | 33
third | ordinal | 3
first | ordinal | 1
five-second | duration | 5
at least eight seconds | duration | 8
5,000 euros | money | 5000
second | ordinal | 2
21 points | count | 21
444 points | count | 444
423 | count | 423
three-day | duration | 3
269,072 | count | 269072
second | ordinal | 2
first | ordinal | 1
2008 | date | 2008
October 20 | date | 10-20
first | ordinal | 1
four races | count | 4
""", doubts=[
 "PA Sport style: byline 'By Liam Garside, PA F1 Correspondent, in Singapore' (ORG 'PA', title excluded), no dateline, 'per cent'. The drivers (Callum Doherty, Iñaki Etxeberria, Haruto Kimura, Thomas Berger, Marcus Lindqvist), the team official, the race result and all figures are fictional; the teams, the FIA, Sky Sports F1, the circuit and the 2008 first Singapore race are real names/facts.",
 "Event names are not entities: 'Singapore Grand Prix', 'Austrian Grand Prix', 'United States Grand Prix', 'F1' not marked, so their inner PLACE/NORP are not marked (make_gold.py's warning about the unlabelled 'Singapore' inside 'Singapore Grand Prix' is expected). Teams are ORG even when named after companies or people ('McLaren', 'Ferrari', 'Red Bull', 'Mercedes', 'Williams'), like football clubs. 'Mercedes' Thomas Berger' -> ORG + PERSON (possessive apostrophe excluded).",
 "NEW: 'on lap 19', 'lap 54', 'lap 33' -> ordinal with the word 'lap' inside (a position in the race, like heldout4's ranking 'No. 11'); a recogniser may mark the bare number. 'the 62 laps' -> count.",
 "NEW: 'Turn 10' (a named corner of the circuit) -> PLACE, its number not a claim (the 'Highway 97' convention); arguable, it could be left unmarked.",
 "Race times: 'one hour, 40 minutes and 52.571 seconds' -> one duration span, value in seconds (6052.571), per the compound-duration convention; lap time '1:34.486' -> duration 94.486 s (like '2:03:39'); gaps '4.216 seconds', '1.3 seconds', '4.8-second pit stop', 'five-second penalty' -> durations.",
 "'cut from 52 points to 38' -> '52 points' + bare '38'; 'with 444 points to 423' likewise. 'plus one more for the fastest lap' -> bare count 'one' ('more' is not a head). 'a three-day crowd of 269,072' -> duration 3 + bare count.",
 "'31 degrees Celsius' -> one measure span with the two-word unit; 'about three kilos' measure. 'Doherty, 24,' and 'the 29-year-old Spaniard' -> durations; 'Spaniard' NORP; 'from San Sebastián' PLACE.",
 "'started from pole position' not marked (no number). 'his third win', 'finished fifth', 'took third', 'his first podium', 'second practice session', 'the second-highest', 'the first race', 'the first Australian' -> ordinals.",
 "Not marked: 'Sunday', 'Friday's', 'in June' (bare month), 'the constructors' standings', 'a sauna', 'Championship leader', 'sporting director' title.",
 SYN,
])

ARTICLES["syn_2024_courts_nz_tongariro_tour_trial"] = dict(split="heldout5", E="""
Tongariro PLACE
Mereana Tipene PERSON
RNZ ORG
Mount Tongariro PLACE
Aroha Whaanga-Smith PERSON
Taupō District Court ORG
Ruapehu Alpine Guides Ltd ORG
Grant T. McKenzie PERSON
WorkSafe New Zealand ORG
Upper Te Maari PLACE
GNS Science ORG
German NORP
Canadian NORP
Waikato Hospital PLACE
Hamilton PLACE
Hamish O'Connell PERSON
Department of Conservation ORG
Tongariro Alpine Crossing PLACE
Department of Conservation ORG
Whakaari/White Island PLACE
WorkSafe ORG
Steve Kerrigan-Nui PERSON
Aotearoa PLACE
""", C="""
11 Hikers | count | 11
2023 | date | 2023
11 people | count | 11
two | count | 2
17-day | duration | 17
one charge | count | 1
2015 | date | 2015
52 | duration | 52
14 clients | count | 14
three guides | count | 3
about 400 metres | measure | 400
19 November 2023 | date | 2023-11-19
six days | duration | 6
1 | measure | 1
2 | measure | 2
11.42am | time | 11:42
up to 1.5 kilometres | measure | 1.5
about 4km | measure | 4
Two German tourists | count | 2
up to 30 per cent | percent | 30
2.7km | measure | 2.7
19.4km | measure | 19.4
11 weeks | duration | 11
About 130,000 people | count | 130000
up to $1.5 million | money | 1500000
14 March | date | 03-14
2019 | date | 2019
22 people | count | 22
""", doubts=[
 "RNZ style: byline 'By Mereana Tipene, RNZ court reporter' (title excluded), no dateline, NZ dates ('19 November 2023', '14 March'), '11.42am', 'per cent', NZ dollars. The guiding company, the 2023 Te Maari eruption, the trial, the judge, the lawyers, the officials and all figures about them are FICTIONAL; WorkSafe New Zealand, GNS Science, the Department of Conservation, the Tongariro Alpine Crossing (19.4 km) and the 2019 Whakaari/White Island eruption (22 dead, owners convicted) are real names/background facts.",
 "'Mount Tongariro' one PLACE span; headline 'Tongariro Eruption' -> PLACE 'Tongariro'; 'the Upper Te Maari crater' -> PLACE 'Upper Te Maari' ('crater' lowercase); 'the Tongariro Alpine Crossing' PLACE (a named track; inner 'Tongariro' not marked). NEW: 'Whakaari/White Island' -> one PLACE span (the official dual name with a slash); a recogniser may split it in two (lenient match still counts).",
 "'the Taupō District Court' ORG (named court). 'Judge Aroha Whaanga-Smith' -> title 'Judge' excluded. 'WorkSafe New Zealand' one ORG span, later 'WorkSafe' ORG (also in the title 'WorkSafe chief inspector').",
 "NEW: 'flown to Waikato Hospital in Hamilton' -> PLACE 'Waikato Hospital' (a destination building), whereas hospitals acting or suffering as bodies are ORG (see the ShareAmerica file); arguable.",
 "NEW: laws are not entities, but the year in a law's title is a date claim: 'the Health and Safety at Work Act 2015' -> date 2015 only (as '1928 Games'); arguable, a recogniser may skip it.",
 "NEW: 'raised the Volcanic Alert Level from 1 to 2' -> two bare measures '1', '2' (levels on a scale, like heldout3's 'level IV'; the scale name is separated by 'from'). 'Volcanic Alert Level' itself not an entity.",
 "'injured 11 people, two of them critically' -> '11 people' + bare 'two'. 'a party of 14 clients and three guides' -> two counts. 'Two German tourists and a Canadian woman' -> one count (NORP 'German' also marked) + NORP 'Canadian' ('a Canadian woman' not a claim).",
 "'a 2.7km section of the 19.4km crossing' -> two measures with glued units; 'about 4km' likewise. 'rocks the size of microwave ovens' not marked. 'a fine of up to $1.5 million' money with qualifier.",
 "Not marked: 'Friday', 'earlier this year', 'each year', 'minutes before' (no number), 'a similar charge', 'adventure tourism operator'. 'Aotearoa' (Māori name for New Zealand) PLACE.",
 SYN,
])

ARTICLES["syn_2026_labour_canada_rail_strike"] = dict(split="heldout5", E="""
Teamsters ORG
CN ORG
CPKC ORG
Canada PLACE
MONTREAL PLACE
Canada PLACE
Port of Vancouver PLACE
Port of Halifax PLACE
North America PLACE
Teamsters Canada Rail Conference ORG
Canadian National Railway Co. ORG
Canadian Pacific Kansas City Ltd. ORG
Montreal PLACE
Paul-Émile Gagnon PERSON
CN ORG
CN ORG
CPKC ORG
Canadian NORP
Railway Association of Canada ORG
Canada PLACE
CPKC ORG
United States PLACE
Mexico PLACE
Exo ORG
Montreal PLACE
Vancouver PLACE
Toronto PLACE
Metrolinx ORG
Milton PLACE
Danielle Ouimet-Harper PERSON
Canada Industrial Relations Board ORG
Ottawa PLACE
Canadian Chamber of Commerce ORG
Alberta Wheat Commission ORG
Prairies PLACE
CN ORG
Toronto Stock Exchange ORG
CPKC ORG
Canadian Press ORG
""", C="""
About 9,300 rail workers | count | 9300
two largest railways | count | 2
12:01 a.m. | time | 00:01
midnight | time | 00:00
four hours | duration | 4
13 per cent | percent | 13
four years | duration | 4
at least 10 hours | duration | 10
about 300 trains | count | 300
two railways | count | 2
roughly $1 billion | money | 1000000000
about 32,000 kilometres | measure | 32000
three lines | count | 3
about 37,000 daily riders | count | 37000
August 2024 | date | 2024-08
less than 24 hours | duration | 24
one-week | duration | 1
up to $3.4 billion | money | 3400000000
about 1.2 million tonnes | measure | 1200000
1.8 per cent | percent | 1.8
$154.20 | money | 154.2
1.1 per cent | percent | 1.1
Oct. 8, 2026 | date | 2026-10-08
""", doubts=[
 "Canadian Press style: dateline 'MONTREAL —', 'per cent', Canadian dollars, sign-off 'This report by The Canadian Press was first published Oct. 8, 2026.' (ORG 'Canadian Press', leading 'The' excluded as in heldout2). The 2026 strike, its figures and the named people (union president, labour minister) are FICTIONAL; CN, CPKC, the TCRC, the CIRB, Exo, Metrolinx, the chambers and commissions are real names; the August 2024 lockout ended by a Section 107 referral is a real background fact.",
 "NEW: headline 'Teamsters Walk Off Job' -> ORG 'Teamsters' (the union's short name standing for its members), unlike party members as groups (NORP); arguable. 'Teamsters Canada Rail Conference' one ORG span.",
 "'Canadian National Railway Co.', 'Canadian Pacific Kansas City Ltd.' keep their suffixes with the full stop (ORG); 'CN', 'CPKC' ORG; 'CN's headquarters' -> ORG (possessive excluded). 'its Canadian network' -> NORP.",
 "'the Port of Vancouver', 'the Port of Halifax' -> PLACE (ports as places of traffic, like airports); 'the Prairies' PLACE (region). 'Ottawa used Section 107' -> PLACE (capital metonymy); NEW: 'Section 107 of the Canada Labour Code' -> the law is not an entity and a section number is an identifier, not a claim (like 'Highway 97'). The inner 'Canada' of 'Canada Labour Code' is not marked (make_gold.py's warning about it is expected).",
 "NEW: commuter services: 'West Coast Express' (a train service, product-like, like heldout4's 'TGV') not marked; 'Toronto's Metrolinx Milton line' -> PLACE 'Toronto' + ORG 'Metrolinx' + PLACE 'Milton' (a line named after its terminus town, 'line' lowercase, like a highway); arguable.",
 "'12:01 a.m. Eastern time' -> time '12:01 a.m.' = 00:01; the spelled-out zone 'Eastern time' stays outside like 'local time' (abbreviations such as 'EDT' stay inside). 'shortly before midnight' -> time 'midnight' 00:00 (heldout4 convention).",
 "'Canada's two largest railways' -> count with the superlative head (as heldout4's '14 highest mountains'); 'The two railways' count 2. 'wage increases of 13 per cent over four years' -> 'four years' ('over' is a preposition here). 'about 300 trains a day' -> rate outside.",
 "'a one-week stoppage' -> duration 1. 'about 1.2 million tonnes of grain a week' measure. '$154.20' money.",
 "NEW: 'was first published' (sign-off) -> 'first' is an adverb meaning 'originally', not marked (like 'first officer' in heldout4); a recogniser may mark it as ordinal.",
 "Not marked: 'early Thursday', 'by midday', 'Labour Minister', 'union president' titles, 'all options', 'supply chains'.",
 SYN,
])
