# Labels for the HELDOUT10 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Tenth held-out split: 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["syn_2028_science_antarctic_rothera_fire"] = dict(split="heldout10", E="""
UK PLACE
Antarctic PLACE
Helen Marchetti PERSON
BBC News ORG
Rothera Research Station PLACE
Antarctic Peninsula PLACE
British Antarctic Survey ORG
BAS ORG
Falkland Islands PLACE
Bonner Laboratory PLACE
Rothera Point PLACE
British Antarctic Survey ORG
Tom Ellery-Vaughan PERSON
BAS ORG
Gareth Owusu-Lind PERSON
Rothera PLACE
Mount Pleasant PLACE
UK PLACE
Ascension Island PLACE
Rothera PLACE
Adelaide Island PLACE
British NORP
Antarctica PLACE
Discovery Building PLACE
Weddell Sea PLACE
Stanley PLACE
Foreign, Commonwealth and Development Office ORG
British Antarctic Territory PLACE
Argentina PLACE
Chile PLACE
Argentina PLACE
San Martín PLACE
Yuki Haraguchi PERSON
University of Tasmania ORG
Rothera PLACE
BAS ORG
UK PLACE
Health and Safety Executive ORG
Rothera PLACE
""", C="""
16 January 2028 | date | 2028-01-16
38 | count | 38
112 staff | count | 112
about 02:40 | time | 02:40
14 January | date | 01-14
Two technicians | count | 2
three hours | duration | 3
roughly 60% | percent | 60
a third | fraction | 0.3333333333
two flights | count | 2
about 1,900km | measure | 1900
£100m | money | 100000000
2024 | date | 2024
some 300km | measure | 300
two winters | duration | 2
more than 40 years | duration | 40
1,200-metre | measure | 1200
up to 160 people | count | 160
about 22 | count | 22
""", doubts=[
 "BBC News web style: title-case headline, 'By Name, Science correspondent, BBC News' byline, British date line '16 January 2028', caption with 'Photo: Body / Name' credit. The Rothera fire, people, figures and quotes are FICTIONAL; BAS, Rothera, the Discovery Building (opened 2024), the Dash-7 air link to Mount Pleasant and the overlapping Argentine/Chilean claims are real background.",
 "Headline 'UK Antarctic Research Station' -> PLACE 'UK' + PLACE 'Antarctic' (region, heldout 'Arctic' convention); not a station name. 'Rothera Research Station' (its name) one PLACE; 'Rothera Point', 'Bonner Laboratory', 'Discovery Building' PLACE (landmarks, buildings); 'Argentina's San Martín station' -> PLACE 'San Martín' (lowercase 'station' outside).",
 "'14 January' -> date 01-14 (no year in the phrase, guideline form, although the dateline gives 2028). 'fly 38 of its 112 staff' -> '38' + '112 staff'. 'a third of our power' fraction. 'Dash-7' a product, digits not a claim. 'largest' (superlative) not an ordinal. 'Prof', 'Dr' titles excluded.",
 SYN,
])

ARTICLES["syn_2028_culture_hungary_sziget_heat"] = dict(split="heldout10", E="""
Hungary PLACE
KATALIN BERÉNYI PERSON
MARK DELACROIX PERSON
Associated Press ORG
BUDAPEST PLACE
Hungary PLACE
AP ORG
Europe PLACE
Danube PLACE
Hungary PLACE
National Ambulance Service ORG
Szent János Hospital PLACE
Óbuda Island PLACE
Réka Szentgyörgyi PERSON
National Center for Public Health and Pharmacy ORG
NNGYK ORG
Britain PLACE
Netherlands PLACE
Germany PLACE
Jonas Van den Bossche PERSON
Ghent PLACE
Belgium PLACE
Central Europe PLACE
Hungary PLACE
Kiskunhalas PLACE
HungaroMet ORG
British NORP
Ellie Marrow PERSON
Associated Press ORG
Ana Lukić PERSON
Belgrade PLACE
Serbia PLACE
""", C="""
39.6 degrees Celsius | measure | 39.6
103.3 Fahrenheit | measure | 103.3
47 festivalgoers | count | 47
three | count | 3
About 85,000 people | count | 85000
2 p.m. | time | 14:00
four acts | count | 4
9 p.m. | time | 21:00
two extra water points | count | 2
third | ordinal | 3
25 C | measure | 25
24-year-old | duration | 24
about 200 people | count | 200
1993 | date | 1993
more than 100 countries | count | 100
five-day | duration | 5
189,000 forints | money | 189000
about $530 | money | 530
41.9 C | measure | 41.9
July 2007 | date | 2007-07
up to 10 degrees | measure | 10
6 p.m. | time | 18:00
""", doubts=[
 "AP style: title-case headline, capitals byline + 'Associated Press', 'BUDAPEST, Hungary (AP) —' dateline, '___' contributor line. The heat stoppage, people, figures and quotes are FICTIONAL (including the singer 'Ellie Marrow'); the Sziget Festival on Óbuda Island (since 1993), the NNGYK, HungaroMet and Hungary's 41.9 C record (Kiskunhalas, July 2007) are real background.",
 "'Sziget Festival' and 'it's Sziget' are an event name -> not marked (event-name convention, like 'Amsterdam Marathon'). 'its Hungarian initials' -> language, not marked. 'Central Europe' -> one PLACE (an established region name, like 'Middle East'), unlike 'Southern California'. 'Szent János Hospital' as the place patients are kept -> PLACE (heldout5 destination rule). 'the HungaroMet weather service' -> ORG 'HungaroMet'. 'Van den Bossche' particle inside the name.",
 "'shortly before 2 p.m.', 'after 9 p.m.' -> the clock times only ('shortly before'/'after' not qualifiers). 'The heat wave is the third' -> ordinal. '103.3 Fahrenheit' measure. 'a drop of up to 10 degrees' measure with qualifier. 'a single person' rhetorical, not marked. 'weeklong' no number, not marked.",
 SYN,
])

ARTICLES["syn_2028_politics_montenegro_croatia_prevlaka"] = dict(split="heldout10", E="""
Montenegro PLACE
Croatian NORP
Prevlaka PLACE
Podgorica PLACE
Zagreb PLACE
Bay of Kotor PLACE
Podgorica PLACE
Montenegro PLACE
Montenegro PLACE
Croatia PLACE
Croatian NORP
Montenegrin NORP
Prevlaka PLACE
Herceg Novi PLACE
Cape Oštro PLACE
Dubrovnik PLACE
Montenegro PLACE
Ministry of Foreign Affairs ORG
Dragana Vujošević PERSON
Podgorica PLACE
Croatian NORP
Croatia PLACE
Croatian NORP
Dubrovnik PLACE
Croatian NORP
Yugoslavia PLACE
Prevlaka PLACE
United Nations ORG
International Court of Justice ORG
The Hague PLACE
Montenegro PLACE
European Union ORG
Croatia PLACE
EU ORG
Zagreb PLACE
Podgorica PLACE
Ivan Perović PERSON
Institute for European Studies ORG
Belgrade PLACE
Brussels PLACE
Herceg Novi PLACE
Branka Lazarević PERSON
Al Jazeera ORG
""", C="""
2002 | date | 2002
3 Mar 2028 | date | 2028-03-03
two Montenegrin fishing boats | count | 2
five crew members | count | 5
about 2.5 nautical miles | measure | 2.5
up to 4,000 euros | money | 4000
two captains | count | 2
2,650 euros | money | 2650
1990s | date | 1990
December 2002 | date | 2002-12
two countries | count | 2
26 years | duration | 26
2010 | date | 2010
2013 | date | 2013
about 40 local boats | count | 40
roughly 1.2 million euros | money | 1200000
30 years | duration | 30
""", doubts=[
 "Al Jazeera web style: sentence-case headline, standfirst, 'Published On 3 Mar 2028', 'Podgorica, Montenegro –' dateline, 'Source: Al Jazeera and news agencies'. The seizure, people, fines and quotes are FICTIONAL; the Prevlaka dispute, the December 2002 interim protocol, the UN monitoring mission (to 2002), Montenegro's 2010 candidate status and Croatia's 2013 EU accession are real background.",
 "'Montenegro's Ministry of Foreign Affairs' -> PLACE + ORG 'Ministry of Foreign Affairs' (capitalised name); 'Croatia's foreign ministry', 'the Croatian coastguard', 'Croatian media' lowercase -> PLACE/NORP only. 'the Prevlaka peninsula' -> PLACE 'Prevlaka'; 'Cape Oštro', 'Bay of Kotor' whole; 'The Hague' keeps 'The' (part of the city's name, not an ORG article).",
 "'in the early 1990s' -> date '1990s' (decade, first year). 'the two countries', 'the two captains' -> count 2 (heldout8 'the two companies'). '26 years on' duration. 'worth roughly 1.2 million euros a year' money, rate outside. 'decades-old' vague, not marked.",
 SYN,
])

ARTICLES["syn_2028_energy_turkmenistan_tapi_pipeline"] = dict(split="heldout10", E="""
Turkmen NORP
Afghan NORP
Herat PLACE
Serhetabat PLACE
Turkmenistan PLACE
~AFP ORG
Nurlan Ataýew PERSON
Ashgabat PLACE
AFP ORG
Turkmenistan PLACE
Afghanistan PLACE
Turkmen NORP
Galkynysh PLACE
Afghanistan PLACE
Pakistan PLACE
India PLACE
Serhetabat PLACE
Herat PLACE
Afghanistan PLACE
Taliban ORG
Abdul Haq Faizi PERSON
Herat PLACE
Afghanistan PLACE
Central Asian NORP
Turkmengaz ORG
Afghan NORP
Farah PLACE
Helmand PLACE
Kandahar PLACE
Pakistan PLACE
Kaveh Amiri-Lund PERSON
Oxford Institute for Energy Studies ORG
Herat PLACE
Farah PLACE
AFP ORG
Pakistan PLACE
Islamabad PLACE
Turkmenistan PLACE
China PLACE
Uzbekistan PLACE
Kazakhstan PLACE
Beijing PLACE
Herat PLACE
Iranian NORP
Gul Ahmad Noori PERSON
""", C="""
May 20, 2028 | date | 2028-05-20
first | ordinal | 1
more than 12 years | duration | 12
1,814-kilometre | measure | 1814
1,127-mile | measure | 1127
up to 33 billion cubic metres | measure | 33000000000
153-kilometre | measure | 153
first | ordinal | 1
about 1.2 million cubic metres | measure | 1200000
220-megawatt | measure | 220
Roughly 70 percent | percent | 70
$10 billion | money | 10000000000
more than two billion dollars | money | 2000000000
826-kilometre | measure | 826
second | ordinal | 2
fourth | ordinal | 4
some 600,000 people | count | 600000
six hours | duration | 6
two shifts | count | 2
one | count | 1
41 | duration | 41
""", doubts=[
 "AFP style: sentence-case headline, caption with the credit glued after the full stop ('2028.AFP PHOTO / Name'), 'Ashgabat (AFP) -' dateline, 'ar-jm/lth' desk trailer (not marked). The Herat gas start, people, figures and quotes are FICTIONAL (the Taliban deputy 'Abdul Haq Faizi' is invented); TAPI's route (Galkynysh-Herat-Kandahar-Multan-Fazilka, about 1,814 km, 33 bcm/yr, construction launched December 2015), Turkmengaz and Turkmenistan's gas exports to China are real background. The Turkmen president is deliberately not named.",
 "'TAPI' (the pipeline) is infrastructure, a product -> not marked (heldout7 'Estlink 2'). 'Galkynysh field' -> PLACE 'Galkynysh'. 'Mawlawi' (religious title) excluded from the PERSON. 'Afghanistan's Taliban authorities' -> ORG 'Taliban'. 'Pakistan's petroleum ministry' lowercase -> PLACE only. 'Central Asian neighbours' -> NORP 'Central Asian' (regional adjective). 'the Iranian border' NORP.",
 "'the second half of the year' -> ordinal 'second' only ('half' of a calendar year is not a separate fraction claim here). 'for as little as six hours a day' -> 'six hours' ('as little as' is not a listed qualifier; rate outside). 'two shifts instead of one' -> 'two shifts' + 'one' (count, the elided head). 'fourth-largest' ordinal 4. 'Noori, 41,' age duration.",
 SYN,
])

ARTICLES["syn_2028_business_norway_fund_exclusion"] = dict(split="heldout10", E="""
Norway PLACE
Japanese NORP
Council on Ethics ORG
Nagasaki PLACE
SAYAKA TOMINAGA PERSON
Nikkei ORG
OSLO PLACE
Norway PLACE
Government Pension Fund Global ORG
Tokyo PLACE
Amane Heavy Industries ORG
Norges Bank ORG
Council on Ethics ORG
Amane ORG
Nagasaki PLACE
Amane ORG
Amane ORG
Tokyo PLACE
Amane ORG
Vietnam PLACE
Indonesia PLACE
Japan PLACE
Amane ORG
Kenjiro Amane PERSON
Norwegian NORP
Japanese NORP
Asian NORP
Japanese NORP
Japan PLACE
Shinji Okuhara PERSON
Waseda University ORG
Oslo PLACE
Dutch NORP
Nordic NORP
Japan PLACE
Ministry of Health, Labour and Welfare ORG
Nagasaki PLACE
Tokyo PLACE
""", C="""
$2tn | money | 2000000000000
May 9, 2028 | date | 2028-05-09
18:30 JST | time | 18:30
seven subcontracted workers | count | 7
2024 | date | 2024
2027 | date | 2027
up to 90 hours | duration | 90
1.1% | percent | 1.1
about 4.6 billion yen | money | 4600000000
$29.5 million | money | 29500000
2.3% | percent | 2.3
41-page | count | 41
14 | count | 14
1951 | date | 1951
around 20 trillion kroner | money | 20000000000000
$2 trillion | money | 2000000000000
about 1.5% | percent | 1.5
roughly 1,500 Japanese companies | count | 1500
2004 | date | 2004
three times | count | 3
2025 | date | 2025
a year | duration | 1
April 2027 | date | 2027-04
""", doubts=[
 "Nikkei Asia style: headline + deck, capitals byline 'Name, Nikkei staff writer', '18:30 JST' time line, 'OSLO --' dateline. The exclusion, the company 'Amane Heavy Industries', its president, the deaths, figures and quotes are FICTIONAL; the fund, Norges Bank, the Council on Ethics (guidelines 2004), the fund's roughly 1.5% average ownership, and Japan's Technical Intern Training Program being replaced by 'Employment for Skill Development' (from April 2027) are real background.",
 "'Nikkei Stock Average' is an index -> not marked (indexes convention); the 'Nikkei' inside it is deliberately unlabelled (expected make_gold.py warning). 'Technical Intern Training Program', 'Employment for Skill Development' are programmes -> not entities. 'Tokyo-listed' -> PLACE 'Tokyo'; 'in Tokyo trading' PLACE; 'When Oslo acts' and 'Tokyo began replacing' -> capital-city metonymy, PLACE. 'central bank Norges Bank' -> ORG 'Norges Bank'. Company 'Amane' ORG and its president 'Kenjiro Amane' PERSON share a word.",
 "'41-page recommendation' -> count 41 (pages). 'all 14 of its partner firms' -> bare '14' (count). 'up to 90 hours a week' duration, rate outside. 'visited ... three times' -> count 3 (occasions). 'a year after' -> duration 1 (article = one). '20 trillion kroner' money, no NORP (currency word). 'a handful', 'within months' vague.",
 SYN,
])

ARTICLES["syn_2028_politics_malaysia_sarawak_election"] = dict(split="heldout10", E="""
GPS ORG
Sarawak PLACE
PH ORG
JOSEPHINE LAU NGIE HUNG PERSON
KUCHING PLACE
Gabungan Parti Sarawak ORG
GPS ORG
Sarawak PLACE
Election Commission ORG
EC ORG
Pakatan Harapan ORG
PH ORG
Kuching PLACE
Sibu PLACE
Miri PLACE
Parti Sarawak Bersatu ORG
PSB ORG
EC ORG
Sarawakians NORP
GPS ORG
Petra Jaya PLACE
ZULKIFLI ABANG DRAHMAN PERSON
Star ORG
GPS ORG
Lawrence Ngau anak Jemat PERSON
Petra Jaya PLACE
Putrajaya PLACE
Sarawak PLACE
Astana PLACE
PH ORG
Sarawak PLACE
Chong Wei Ming PERSON
Kuching PLACE
Miri PLACE
PH ORG
Fatimah Rosli PERSON
GPS ORG
Bawang Assan PLACE
PSB ORG
Petronas ORG
Nur Hidayah Abdul Karim PERSON
Universiti Malaysia Sarawak ORG
GPS ORG
PH ORG
GPS ORG
Putrajaya PLACE
""", C="""
third | ordinal | 3
68 | count | 68
82 seats | count | 82
76 | count | 76
2021 | date | 2021
9 seats | count | 9
four | count | 4
one | count | 1
64.8% | percent | 64.8
60.7% | percent | 60.7
Just over 1.29 million Sarawakians | count | 1290000
1963 | date | 1963
36 | duration | 36
three-term | count | 3
1,412 votes | count | 1412
288 votes | count | 288
two recounts | count | 2
14 days | duration | 14
83% | percent | 83
2018 | date | 2018
120 days | duration | 120
""", doubts=[
 "Local paper style (The Star, Malaysia): headline with party acronyms, capitals byline + desk e-mail, 'KUCHING:' dateline, caption '– Photo: NAME/The Star', Malay honorifics. The 2028 (sic: undated) Sarawak result, candidates, officials, analyst and quotes are FICTIONAL; GPS's 76 of 82 seats in 2021, GPS's 2018 formation, MA63, and GPS sitting in the federal unity government with PH are real background. The real chief minister and prime minister are deliberately not named.",
 "Honorifics and titles excluded: 'Datuk Dr', 'Assoc Prof Dr', 'Dr'; 'anak' (son of) kept inside 'Lawrence Ngau anak Jemat'. Credit '/The Star' -> ORG 'Star' (leading 'The' excluded, heldout convention). The e-mail 'newsdesk@thestar.com.my' not marked. 'Sarawak First' (a slogan) and 'Malaysia Agreement 1963' (an instrument) are not entities; 'Sarawak' inside the slogan deliberately unlabelled (expected make_gold.py warning); the year in the agreement's name is a date (heldout8 prize-name convention); 'MA63' not a claim. 'Yang di-Pertua Negeri' a title, not marked; 'the Astana' (the governor's palace) PLACE. 'a post on X' -> the platform not marked (product).",
 "'68 of the 82 seats' -> '68' + '82 seats'; 'the 76 it took' bare count; 'independents one' -> count 1. 'three-term assemblyman' -> count 3 (terms, not a duration). 'Rosli, 36,' age. 'doubled' multiplier, not marked.",
 SYN,
])

ARTICLES["syn_2028_business_chile_copper_price"] = dict(split="heldout10", E="""
Chile PLACE
Valentina Ossandón PERSON
Harriet Kwan PERSON
Bloomberg ORG
London PLACE
Chile PLACE
London Metal Exchange ORG
Comex ORG
New York PLACE
Escondida PLACE
Atacama Desert PLACE
Escondida PLACE
BHP Group Ltd. ORG
Tomás Echeverría PERSON
Banco Santander Chile ORG
Santiago PLACE
BHP ORG
Union No. 1 ORG
Chile PLACE
Corporacion Nacional del Cobre de Chile ORG
Codelco ORG
Chilean NORP
LME ORG
Chinese NORP
Citigroup Inc. ORG
Peru PLACE
Democratic Republic of Congo PLACE
Martín Salas-Ruiz PERSON
Valentina Ossandón PERSON
Santiago PLACE
Harriet Kwan PERSON
London PLACE
""", C="""
second | ordinal | 2
3.4% | percent | 3.4
$13,480 | money | 13480
about 22% | percent | 22
2.9% | percent | 2.9
$6.12 | money | 6.12
About 2,300 workers | count | 2300
Oct. 4 | date | 10-04
three-year | duration | 3
roughly 1.1 million tons | measure | 1100000
about 5% | percent | 5
32 million pesos | money | 32000000
$34,000 | money | 34000
24 million pesos | money | 24000000
almost a quarter | fraction | 0.25
roughly half | fraction | 0.5
1.33 million tons | measure | 1330000
25-year | duration | 25
0.8% | percent | 0.8
more than half | fraction | 0.5
96,175 tons | measure | 96175
2023 | date | 2023
about 45% | percent | 45
zero | money | 0
three-month | duration | 3
$14,000 | money | 14000
""", doubts=[
 "Bloomberg style: title-case headline, byline, '(Bloomberg) --', '--With assistance from', contact trailer with e-mails (not marked). The strike, prices, union demands, analysts and quotes are FICTIONAL; Escondida (BHP-controlled, about 5% of world supply), Codelco's output near a 25-year low, LME/Comex and the zero treatment charges are real background names/facts.",
 "'the Escondida mine' and 'Escondida, controlled by BHP...' -> PLACE (the mine as a site; the operator is BHP). 'Comex futures' -> ORG 'Comex' (the exchange); 'LME-registered' -> ORG 'LME' inside the hyphenated adjective. 'Union No. 1' -> one ORG (the union's name), its number an identifier, not a claim. 'Corporacion Nacional del Cobre de Chile' one ORG ('Chile' inside not separately marked). 'BHP Group Ltd.', 'Citigroup Inc.' keep the suffix.",
 "'rose as much as 3.4%' -> '3.4%' ('as much as' not a qualifier, heldout4). '$13,480 a metric ton', '$6.12 a pound' money, rate outside. 'cut treatment charges to zero' -> money 0 (heldout6 'below zero'). 'a 25-year low' duration. 'entered its second week' ordinal. 'a fraction of capacity', 'the single biggest mine' not claims.",
 SYN,
])

ARTICLES["syn_2028_disaster_mongolia_dzud_livestock"] = dict(split="heldout10", E="""
GOVERNMENT OF MONGOLIA ORG
National Emergency Management Agency ORG
Ulaanbaatar PLACE
State Emergency Commission ORG
Mongolia PLACE
National Emergency Management Agency ORG
NEMA ORG
Zavkhan PLACE
Khövsgöl PLACE
Uvs PLACE
Arkhangai PLACE
Govi-Altai PLACE
State Reserve Agency ORG
General Staff of the Armed Forces ORG
Mongolian Red Cross Society ORG
United Nations ORG
Uvs PLACE
Ulaangom PLACE
Food and Agriculture Organization of the United Nations ORG
FAO ORG
Mongolians NORP
NEMA ORG
National Agency for Meteorology and Environmental Monitoring ORG
NEMA ORG
""", C="""
19 February 2028 | date | 2028-02-19
11 aimags | count | 11
2.6 million head | count | 2600000
11 | count | 11
21 aimags | count | 21
Level 2 | measure | 2
18 February | date | 02-18
2,643,900 head | count | 2643900
more than six times | measure | 6
83 percent | percent | 83
30 | measure | 30
45 centimetres | measure | 45
minus 40 degrees Celsius | measure | -40
12 consecutive days | duration | 12
Some 31,500 herder households | count | 31500
roughly one in five | fraction | 0.2
At least 1,100 households | count | 1100
more than 70% | percent | 70
4,200 tonnes | measure | 4200
1,850 tonnes | measure | 1850
ten days | duration | 10
MNT 18.5 billion | money | 18500000000
approximately USD 5.4 million | money | 5400000
64 road-clearing teams | count | 64
210 vehicles | count | 210
MNT 500,000 | money | 500000
Two herders | count | 2
third | ordinal | 3
67 | duration | 67
about 300,000 Mongolians | count | 300000
64.7 million | count | 64700000
2027 | date | 2027
48 hours | duration | 48
26 February 2028 | date | 2028-02-26
""", doubts=[
 "Government press release style: capitals 'GOVERNMENT OF MONGOLIA' header + agency, 'PRESS RELEASE', release number, place/date line, numbered decisions, '-END-', media contact block. The February 2028 declaration, losses, allocations and the deaths are FICTIONAL; NEMA, the State Emergency Commission, the 21 aimags, the FAO and the 2023-24 dzud context are real names/background (64.7 million head is an illustrative figure).",
 "'GOVERNMENT OF MONGOLIA' header -> one ORG (heldout9 'Government of Barbados'); 'the Government reserve fund' and bare 'The Commission' -> not marked (generic capitalised heads, like 'the Committee'). 'the First Deputy Prime Minister' a title: neither entity nor ordinal ('first officer' convention). Aimag names PLACE, lowercase 'aimag(s)' outside; 'soum', 'bag' generic. 'Mongolians' NORP; 'Mongolian Red Cross Society' one ORG.",
 "'No. 27/2028' release number, list numbers '1.'-'4.', the phone number -> identifiers, not claims. 'raised ... to Level 2' -> measure (unit word first, like 'Category 4'). 'pass 2.6 million head' -> the count ('pass' not a qualifier). 'more than six times the figure' -> measure 6 (heldout 'up to seven times'). '30 to 45 centimetres' split. 'fallen below minus 40 degrees Celsius' -> measure -40 ('below' outside). 'roughly one in five' one fraction span. 'a third, aged 67' -> ordinal + age. 'MNT 18.5 billion', 'USD 5.4 million' money with currency codes inside. 'early December' bare month, not marked.",
 SYN,
])

ARTICLES["syn_2028_courts_portugal_wildfire_trial"] = dict(split="heldout10", E="""
Portuguese NORP
Monchique PLACE
Inês Carvalho-Mendes PERSON
LISBON PLACE
Reuters ORG
Portugal PLACE
Algarve PLACE
Monchique PLACE
E-Redes ORG
Alferce PLACE
Portimão PLACE
Portimão PLACE
Portugal PLACE
REUTERS ORG
Pedro Nunes PERSON
N266 PLACE
Silves PLACE
Tiago dos Santos Faria PERSON
Maria da Luz Faria PERSON
E-Redes ORG
EDP ORG
Rui Vaz de Almeida PERSON
Portugal PLACE
Pedrógão Grande PLACE
Agency for the Integrated Management of Rural Fires ORG
AGIF ORG
Spain PLACE
Italy PLACE
European Union ORG
Monchique PLACE
Inês Carvalho-Mendes PERSON
Sofia Antunes PERSON
Fiona Redvers PERSON
""", C="""
2026 | date | 2026
Sept 12 | date | 09-12
Five people | count | 5
two executives | count | 2
2026 | date | 2026
nine people | count | 9
27,400 hectares | measure | 27400
Aug. 7, 2026 | date | 2026-08-07
almost 50 minutes | duration | 50
up to five years | duration | 5
five | count | 5
140 relatives | count | 140
more than two hours | duration | 2
September 12, 2028 | date | 2028-09-12
seventies | duration | 70
19-year-old | duration | 19
2025 | date | 2025
2017 | date | 2017
more than 100 people | count | 100
About 1,500 firefighters | count | 1500
six days | duration | 6
more than 80 witnesses | count | 80
three judges | count | 3
first | ordinal | 1
Sept. 19 | date | 09-19
""", doubts=[
 "Reuters style: title-case headline, byline, 'LISBON, Sept 12 (Reuters) -' dateline, caption with 'REUTERS/Name' credit, reporting/editing trailer. The 2026 Monchique fire, the trial, defendants, victims, lawyers and quotes are FICTIONAL; E-Redes (an EDP unit), AGIF (created after 2017), the 2017 Pedrógão Grande and October fires (more than 100 dead) and the EU civil protection mechanism are real background. Trailer names are invented.",
 "'the Algarve's Monchique hills' -> PLACE 'Algarve', 'Monchique'; 'the N266 road' -> PLACE 'N266' (a road, heldout8 'RN5a'), digits not a claim. Particles inside names: 'Tiago dos Santos Faria', 'Maria da Luz Faria', 'Rui Vaz de Almeida'. 'The court in Portimão' lowercase -> PLACE only. 'the European Union's civil protection mechanism' -> ORG 'European Union'.",
 "'a 2026 wildfire' date. 'All five deny' -> bare count 'five'. 'the 140 relatives, lawyers and journalists' -> '140 relatives' (two-word limit would not take the coordination; heldout9 coordinated heads are one adjective + noun). 'a couple in their seventies' -> duration 70 (heldout9 'in his 40s'); 'a couple' not a claim. 'the first of them' ordinal. 'until March' bare month, not marked.",
 SYN,
])

ARTICLES["syn_2028_business_mexico_avocado_export_halt"] = dict(split="heldout10", E="""
US PLACE
Mexican NORP
Michoacán PLACE
ROSA ELENA TAPIA PERSON
Associated Press ORG
MEXICO CITY PLACE
AP ORG
United States PLACE
Mexico PLACE
Michoacán PLACE
U.S. Department of Agriculture ORG
Mexico PLACE
Michoacán PLACE
United States PLACE
Mexico PLACE
USDA ORG
Animal and Plant Health Inspection Service ORG
Uruapan PLACE
U.S. Embassy ORG
Mexico PLACE
Uruapan PLACE
Michoacán PLACE
Paracho PLACE
Association of Avocado Producers and Packers Exporters of Mexico ORG
APEAM ORG
Jalisco New Generation Cartel ORG
Uruapan PLACE
Ernesto Zamudio Olvera PERSON
Tancítaro PLACE
Jalisco PLACE
Mexican NORP
U.S. PLACE
Associated Press ORG
Carlos Ruiz PERSON
Morelia PLACE
""", C="""
midnight | time | 00:00
nearly 80% | percent | 80
about 1.3 million metric tons | measure | 1300000
some $3.2 billion | money | 3200000000
third | ordinal | 3
six years | duration | 6
about a week | duration | 1
February 2022 | date | 2022-02
more than two weeks | duration | 2
June 2024 | date | 2024-06
two inspectors | count | 2
about 30,000 growers | count | 30000
70 packing houses | count | 70
roughly 2,500 tons | measure | 2500
2,000 pesos | money | 2000
about 600 trucks | count | 600
52 | duration | 52
14 hectares | measure | 14
2022 | date | 2022
less than 10% | percent | 10
""", doubts=[
 "AP style: title-case headline, capitals byline + 'Associated Press', 'MEXICO CITY (AP) —' dateline, '___' contributor line. The 2028 suspension, the threat, people, figures and quotes are FICTIONAL; the February 2022 and June 2024 suspensions (Uruapan call; Paracho assault), APEAM, APHIS inspections, Jalisco's 2022 export approval and the CJNG are real background. The Michoacán governor is deliberately not named.",
 "'the U.S. Department of Agriculture', 'the U.S. Embassy in Mexico' -> one ORG each (round-5 convention), 'Mexico' after 'in' separately PLACE. 'Mexico's agriculture ministry' lowercase -> PLACE only. 'the USDA's Animal and Plant Health Inspection Service' -> two ORGs. 'The Association of Avocado Producers and Packers Exporters of Mexico' one ORG without 'The' ('Mexico' inside not separately marked). 'the U.S.' as the market -> PLACE.",
 "'at midnight Saturday' -> time 00:00. 'for as much as 2,000 pesos per hectare' -> '2,000 pesos' ('as much as' not a qualifier; rate outside). 'millions of dollars' vague, not marked. 'the third such suspension' ordinal; 'about a week' duration 1 with qualifier.",
 SYN,
])
