# Labels for the HELDOUT12 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Twelfth held-out split: 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["syn_2030_election_kyrgyzstan_presidential_vote"] = dict(split="heldout12", E="""
Kyrgyzstan PLACE
Osmonaliev PERSON
Bishkek PLACE
AFP ORG
Aibek Toktosunov PERSON
Bishkek PLACE
AFP ORG
Kanybek Osmonaliev PERSON
Kyrgyzstan PLACE
Central Election Commission ORG
CEC ORG
Organization for Security and Co-operation in Europe ORG
Osmonaliev PERSON
Aizada Tölögönova PERSON
Emgek ORG
Osmonaliev PERSON
Ala-Too Square PLACE
Tölögönova PERSON
Osh PLACE
Jalal-Abad PLACE
AFP ORG
OSCE ORG
Office for Democratic Institutions and Human Rights ORG
ODIHR ORG
Slovak NORP
Marián Kováčik-Horváth PERSON
Bishkek PLACE
Moscow PLACE
Beijing PLACE
Central Asian NORP
Russian NORP
Kant PLACE
Osmonaliev PERSON
""", C="""
68 percent | percent | 68
January 13, 2030 | date | 2030-01-13
68.2 percent | percent | 68.2
41.7 percent | percent | 41.7
nearly 48 percent | percent | 48
99.6 percent | percent | 99.6
2,514 polling stations | count | 2514
57 | duration | 57
five rivals | count | 5
14.9 percent | percent | 14.9
6 percent | percent | 6
60,000 som | money | 60000
about $690 | money | 690
five years | duration | 5
more than 300 cases | count | 300
some 350 observers | count | 350
41 countries | count | 41
at least 11 journalists | count | 11
30-day | duration | 30
first | ordinal | 1
about 7.3 million people | count | 7300000
three presidents | count | 3
2005 | date | 2005
January 28 | date | 01-28
six-year | duration | 6
""", doubts=[
 "AFP style: 'Kyrgyzstan:' kicker, caption with the credit glued after the date 'January 13, 2030.AFP PHOTO / Name', 'Bishkek (AFP) -' dateline, 'ak/jm/lth' desk trailer. The 2030 election, its candidates, figures, the observer-mission head and quotes are FICTIONAL; the CEC, the OSCE/ODIHR, Ala-Too Square, the Russian air base at Kant and the 2005/2010/2020 overthrows are real background. Real office-holders are not named.",
 "'the Emgek party' (lowercase 'party') -> ORG 'Emgek' (like heldout9 'Viv Ansanm coalition'). 'Moscow', 'Beijing' congratulating -> capital metonymy PLACE. 'Slovak diplomat' NORP. 'The OSCE's Office for ...' -> ORG 'OSCE' + ORG (possessive excluded). 'the commission', 'the mission' lowercase, not marked. The currency 'som' not an entity.",
 "'Osmonaliev, 57,' bare age -> duration. 'passed 6 percent' -> '6 percent' ('passed' not a qualifier). 'among the first capitals' ordinal. '30-day', 'six-year' durations. 'Sunday's vote', 'Monday' (weekdays) not marked.",
 SYN,
])

ARTICLES["syn_2030_economy_bceao_rate_cut"] = dict(split="heldout12", E="""
West African NORP
Ousmane Ndiaye-Fall PERSON
Claire Mbatchou PERSON
Bloomberg ORG
Central Bank of West African States ORG
Monetary Policy Committee ORG
Aminata Diallo-Sow PERSON
Dakar PLACE
BCEAO ORG
West African Economic and Monetary Union ORG
WAEMU ORG
Sahel PLACE
Côte d’Ivoire PLACE
Senegal PLACE
Bloomberg ORG
Koffi Amenyo-Adjavon PERSON
Abidjan PLACE
Lagune Capital SA ORG
Ivorian NORP
Bloomberg ORG
Benin PLACE
Burkina Faso PLACE
Côte d’Ivoire PLACE
Guinea-Bissau PLACE
Mali PLACE
Niger PLACE
Senegal PLACE
Togo PLACE
Mali PLACE
Burkina Faso PLACE
Niger PLACE
Economic Community of West African States ORG
Jean-Baptiste Kaboré PERSON
Ousmane Ndiaye-Fall PERSON
Dakar PLACE
Claire Mbatchou PERSON
Abidjan PLACE
""", C="""
25 basis points | percent | 25
2.75% | percent | 2.75
first | ordinal | 1
18 months | duration | 18
eight-nation | count | 8
4.75% | percent | 4.75
5% | percent | 5
March 16 | date | 03-16
0.8% | percent | 0.8
fourth | ordinal | 4
2029 | date | 2029
2.6% | percent | 2.6
1% | percent | 1
3% | percent | 3
6.3% | percent | 6.3
2024 | date | 2024
four | count | 4
six economists | count | 6
two | count | 2
8% | percent | 8
10% | percent | 10
one | count | 1
25 basis points | percent | 25
27.4 trillion CFA francs | money | 27400000000000
$48.9 billion | money | 48900000000
5.1 months | duration | 5.1
655.957 | money | 655.957
2036 | date | 2036
12 basis points | percent | 12
6.85% | percent | 6.85
almost three weeks | duration | 3
January 2025 | date | 2025-01
""", doubts=[
 "Bloomberg style: title-case headline, two-name byline, '(Bloomberg) --' opening, '--With assistance from', contact trailer with e-mail addresses (not marked). The 2030 rate cut, the governor, the economist, 'Lagune Capital SA', figures and quotes are FICTIONAL; the BCEAO, its Monetary Policy Committee, the WAEMU members, the CFA peg of 655.957 per euro, Senegal's 2024 first oil and the January 2025 exit of Mali, Burkina Faso and Niger from ECOWAS are real background.",
 "Headline 'West African Central Bank Cuts Rate' is title case of 'West African central bank' (the bank's name is 'Central Bank of West African States') -> only NORP 'West African' (lowercase-body rule; headline capitals are not a name). 'known by its French acronym' -> 'French' is the language, not marked. 'CFA franc(s)': the currency's name; 'CFA' (an acronym inside the currency name, neither a place nor a nationality) not marked — a genuine doubt (one could argue ORG); the money span includes the currency words (heldout3 'Danish crowns'). 'Dakar-based', 'Abidjan-based' -> PLACE; 'Ivorian government bonds' NORP.",
 "Basis points -> percent with the stated number (heldout2). '8% to 10%', '1% to 3%' split (range convention). 'four of six economists' -> bare 'four' + 'six economists'; 'the other two' bare count; 'one more cut' bare count 'one' (heldout11 'one more working day'). '655.957 per euro' money, 'per euro' outside (exchange-rate convention). 'eight-nation' count 8 (like 'five-party'). Not marked: 'a year earlier' (heldout11 convention), 'this year', 'the end of December' (bare month), 'Wednesday', 'Thursday'.",
 SYN,
])

ARTICLES["syn_2030_disaster_grenada_carriacou_recovery"] = dict(split="heldout12", E="""
GOVERNMENT OF GRENADA ORG
OFFICE OF THE PRIME MINISTER ORG
St. George’s PLACE
Grenada PLACE
CARRIACOU PLACE
Government of Grenada ORG
Carriacou PLACE
Petite Martinique PLACE
Carriacou PLACE
Carriacou PLACE
Petite Martinique PLACE
Kelvin Alexis-Noel PERSON
Grenada Electricity Services Ltd. ORG
GRENLEC ORG
Windward PLACE
Dover PLACE
Hillsborough PLACE
L’Esterre PLACE
Grenadian NORP
EC PLACE
US PLACE
US PLACE
Caribbean Catastrophe Risk Insurance Facility ORG
CCRIF SPC ORG
Caribbean Development Bank ORG
CDB ORG
Princess Royal Hospital ORG
Belair PLACE
Bishop’s College ORG
Hillsborough Secondary School ORG
Carriacou PLACE
Trinidad and Tobago PLACE
Barbados PLACE
Venezuela PLACE
Caribbean Disaster Emergency Management Agency ORG
CDEMA ORG
United Nations Development Programme ORG
UNDP ORG
Government Information Service ORG
GIS ORG
""", C="""
8th October, 2030 | date | 2030-10-08
1,200 HOMES | count | 1200
94 PER CENT | percent | 94
ten weeks | duration | 10
94 per cent | percent | 94
two islands | count | 2
1,200 homes | count | 1200
Category 4 | measure | 4
29th July | date | 07-29
215 km/h | measure | 215
an estimated 90 per cent | percent | 90
some 9,000 people | count | 9000
2,870 | count | 2870
3,050 customers | count | 3050
three weeks | duration | 3
EC$148 million | money | 148000000
US$54.8 million | money | 54800000
US$22 million | money | 22000000
12 | count | 12
18 inpatient beds | count | 18
two primary schools | count | 2
30th September | date | 09-30
January 2031 | date | 2031-01
9:00 a.m. | time | 09:00
3:30 p.m. | time | 15:30
More than 400 persons | count | 400
""", doubts=[
 "Caribbean government press release style: capitals header 'GOVERNMENT OF GRENADA' / 'OFFICE OF THE PRIME MINISTER', 'PRESS RELEASE', 'St. George’s, Grenada – Tuesday 8th October, 2030', capitals headline, bullet list, '-END-', contact block with a phone number (not a claim). Two U+00A0 no-break spaces ('215 km/h', 'Hon. Kelvin'). Hurricane Odette (2030), its figures, the minister and the quote are FICTIONAL; GRENLEC, CCRIF SPC, the CDB, CDEMA, the Princess Royal Hospital in Belair, Bishop’s College and the villages named are real background (Hurricane Beryl struck Carriacou in July 2024).",
 "Header 'GOVERNMENT OF GRENADA' and 'Government of Grenada' ORG (heldout9/10 convention); 'OFFICE OF THE PRIME MINISTER' ORG (a named office, heldout11 'Office of the Executive Director'); bare 'the Government', 'the Minister', 'post-Cabinet' not marked. 'the Minister for Carriacou and Petite Martinique Affairs' is a title, but the island names inside it are still marked PLACE (like 'U.S.' in 'U.S. Secretary of State'). 'the Governments of Trinidad and Tobago, Barbados and Venezuela' -> three PLACEs (a plural coordinated head, not one body's name). Hurricane name not marked.",
 "'The Princess Royal Hospital ... has reopened its emergency department', 'Bishop’s College ... resumed classes', 'students of the Hillsborough Secondary School' -> ORG (institutions acting, heldout5 hospital convention); 'Belair' PLACE. 'CCRIF SPC' one ORG with its legal form. 'EC$', 'US$': the currency prefixes' 'EC' (Eastern Caribbean) and 'US' marked PLACE inside the money spans (heldout6/7 'US$' convention, layers independent) — 'EC' is a genuine doubt (a region abbreviation inside a currency code).",
 "Dates with ordinal suffixes ('8th October, 2030', '29th July', '30th September') one date each, no ordinal (heldout6 'January 23rd'). '12 of its 18 inpatient beds' and '2,870 of 3,050 customers' -> bare count + count. '215 km/h' (no-break space inside) one measure, the one-word rate unit inside (like 'bpd'). 'within the next three weeks' -> 'three weeks'. 'the two islands' count 2. Not marked: 'Monday', 'daily', 'the main island'.",
 SYN,
])

ARTICLES["syn_2030_courts_latvia_gauja_pollution"] = dict(split="heldout12", E="""
Gauja PLACE
LSM.lv ORG
Gauja PLACE
Sigulda PLACE
Edijs Pālens PERSON
LETA ORG
Riga District Court ORG
SIA Vidzemes Koks ORG
Gauja PLACE
Latvia PLACE
State Environmental Service ORG
VVD ORG
Andris Ozoliņš PERSON
Jānis Bērziņš-Kalniņš PERSON
Cēsis PLACE
Sigulda PLACE
Inese Krūmiņa PERSON
Rūta Vītola PERSON
LSM ORG
Riga Regional Court ORG
Vidzemes Koks ORG
Swedish NORP
Norrskog Timber AB ORG
State Environmental Service ORG
Gauja PLACE
Kristaps Ozols PERSON
Latvian Fund for Nature ORG
Gauja National Park PLACE
""", C="""
€1.9 million | money | 1900000
March 14, 2030 | date | 2030-03-14
13:42 | time | 13:42
June 2027 | date | 2027-06
two | count | 2
2027 | date | 2027
an estimated 40 tonnes | measure | 40
€1.9 million | money | 1900000
€640,000 | money | 640000
52 | duration | 52
two years and six months | duration | 2.5
€12,000 | money | 12000
6 June 2027 | date | 2027-06-06
about 35,000 litres | measure | 35000
roughly three hours | duration | 3
23-kilometre | measure | 23
at least 2025 | date | 2025
20-day | duration | 20
some 310 people | count | 310
€48.6 million | money | 48600000
2029 | date | 2029
€1.1 million | money | 1100000
120,000 young salmon | count | 120000
2028 | date | 2028
five years | duration | 5
1973 | date | 1973
""", doubts=[
 "Latvian public broadcaster web style (LSM.lv English): headline, desk line 'LSM.lv English desk', date-time line 'March 14, 2030, 13:42', photo caption with 'Credit: Name / LETA'. The 2027 spill, the company 'SIA Vidzemes Koks', its Swedish owner 'Norrskog Timber AB', the judge, defendants, lawyer, campaigner, figures and quotes are FICTIONAL; the courts, the State Environmental Service (VVD), LETA, the Latvian Fund for Nature and the Gauja National Park (1973) are real background.",
 "'the Gauja river', 'the Gauja' -> PLACE 'Gauja'; 'Gauja National Park' one PLACE (capitalised official name). 'SIA Vidzemes Koks' one ORG with the Latvian legal form first; the short form 'Vidzemes Koks' ORG. 'Riga District Court', 'Riga Regional Court' named courts ORG. 'LSM.lv' (outlet in the desk line) and 'LSM' ORG. 'Judge' a title. 'the Swedish group' NORP.",
 "'two of its former managers' -> bare count 'two'. 'two years and six months' one duration, value in years (2.5, like heldout '14 years and six months'). 'since at least 2025' -> date with the qualifier inside (heldout7 'until at least Feb. 20'). 'spring 2028' -> the year only. 'a 23-kilometre stretch' measure. 'in a generation' (idiom, no quantity) not marked; 'Thursday' not marked.",
 SYN,
])

ARTICLES["syn_2030_business_cambodia_airline_results"] = dict(split="heldout12", E="""
Cambodia PLACE
Angkor Lotus Air ORG
Chinese NORP
PHNOM PENH PLACE
Reuters ORG
Angkor Lotus Air Plc ORG
Cambodia PLACE
Chinese NORP
Siem Reap PLACE
Techo International Airport PLACE
Phnom Penh PLACE
Cambodia Securities Exchange ORG
CSX ORG
Guangzhou PLACE
Shanghai PLACE
Shenzhen PLACE
Sok Chanthou PERSON
Reuters ORG
Sok PERSON
Busan PLACE
Kuala Lumpur PLACE
Cambodia PLACE
Ministry of Tourism ORG
China PLACE
Techo International Airport PLACE
Chinese NORP
Angkor Lotus Air ORG
Bangkok PLACE
Lotus Aviation Holdings Co., Ltd. ORG
Thailand PLACE
Laos PLACE
Vanna Keo PERSON
Phnom Penh PLACE
Mekong Frontier Securities ORG
AirAsia ORG
VietJet ORG
Chea Sreyleak PERSON
Phnom Penh PLACE
Rosalind Dunmore PERSON
""", C="""
first | ordinal | 1
Aug 14 | date | 08-14
first | ordinal | 1
$11.3 million | money | 11300000
$4.7 million | money | 4700000
38% | percent | 38
$186.5 million | money | 186500000
six months | duration | 6
June 30 | date | 06-30
29% | percent | 29
1.42 million | count | 1420000
6.4 percentage points | percent | 6.4
81.2% | percent | 81.2
three A321neo jets | count | 3
March 2031 | date | 2031-03
17 aircraft | count | 17
fourth | ordinal | 4
18% | percent | 18
3.1 million | count | 3100000
first | ordinal | 1
41% | percent | 41
about a quarter | fraction | 0.25
2019 | date | 2019
6.6 million foreign visitors | count | 6600000
September 2025 | date | 2025-09
about 20 km | measure | 20
12 miles | measure | 12
3.8 million passengers | count | 3800000
35% | percent | 35
4.2% | percent | 4.2
6,880 riel | money | 6880
about 1.1 trillion riel | money | 1100000000000
$270 million | money | 270000000
second | ordinal | 2
""", doubts=[
 "Reuters style: sentence-case headline, 'PHNOM PENH, Aug 14 (Reuters) -' dateline, reporting/editing trailer. The airline 'Angkor Lotus Air Plc', its shareholder 'Lotus Aviation Holdings Co., Ltd.', the brokerage, people, figures and quotes are FICTIONAL; Techo International Airport (opened September 2025), the CSX, the 2019 arrivals peak and the budget carriers are real background.",
 "Khmer names are family name first: 'Chief Executive Sok Chanthou' -> PERSON 'Sok Chanthou', short form 'Sok' (heldout3 Korean-name convention); 'Analyst Vanna Keo' written in Western order, PERSON as written. 'Phnom Penh-listed', 'Bangkok-based' -> PLACE; 'Chinese-funded' -> NORP. 'Ministry of Tourism' ORG (Cambodia's, capitalised name). 'Techo International Airport' PLACE (airports are PLACE). Aircraft type 'A321neo' a product, not marked, digits not a claim; 'the kingdom', 'the capital' not marked.",
 "'first-half' -> ordinal 'first' (headline and body), 'the second half' ordinal. 'three A321neo jets' one count span (product name inside the head, like heldout8 'Six China Coast Guard ships'). 'passenger numbers climbed 29% to 1.42 million', 'rose 18% to 3.1 million' -> bare counts. '6.4 percentage points' percent. 'about a quarter below' fraction 0.25. 'about 20 km (12 miles)' two measures. Not marked: 'a year earlier' (heldout11 convention), 'the half', 'Wednesday', 'Thursday morning'.",
 SYN,
])

ARTICLES["syn_2030_sport_paraguay_olimpia_cerro_superclasico"] = dict(split="heldout12", E="""
Olimpia ORG
Cerro Porteño ORG
Paraguay PLACE
ASUNCIÓN PLACE
Paraguay PLACE
AP ORG
Derlis Benítez PERSON
Olimpia ORG
Cerro Porteño ORG
Paraguayan NORP
Defensores del Chaco PLACE
Cerro Porteño ORG
Uruguayan NORP
Matías Olivera PERSON
Olimpia ORG
Juan Pablo Ayala-Ramírez PERSON
Óscar Giménez PERSON
Benítez PERSON
Argentine NORP
Lucas Ferreyra PERSON
Cerro Porteño ORG
Rodrigo Acuña PERSON
Benítez PERSON
Tigo Sports ORG
Olimpia ORG
Libertad ORG
Guaraní ORG
Cerro Porteño ORG
Cerro Porteño ORG
Olivera PERSON
Montevideo PLACE
Peñarol ORG
Olimpia ORG
Sergio Ortellado PERSON
Nacional ORG
Cerro Porteño ORG
Sportivo Luqueño ORG
Paraguay PLACE
APF ORG
AP ORG
""", C="""
2 | count | 2
1 | count | 1
87th | ordinal | 87
2 | count | 2
1 | count | 1
41,200 fans | count | 41200
23rd | ordinal | 23
25 meters | measure | 25
four minutes | duration | 4
19 | duration | 19
71st | ordinal | 71
two defenders | count | 2
10 men | count | 10
second | ordinal | 2
8 | duration | 8
34 points | count | 34
15 games | count | 15
one | count | 1
0 | count | 0
0 | count | 0
third | ordinal | 3
30 points | count | 30
nine league games | count | 9
$2.5 million | money | 2500000
11 goals | count | 11
seven finals | count | 7
three-time | count | 3
14 people | count | 14
second | ordinal | 2
about six minutes | duration | 6
""", doubts=[
 "AP sports style: sentence-case headline with the score, 'ASUNCIÓN, Paraguay (AP) —' dateline in capitals with an accent, curly quotes, '___' and 'More AP soccer:' hub line with a URL. The match, its scorers, players, coach, attendance, figures and quotes are FICTIONAL; the clubs (Olimpia, Cerro Porteño, Libertad, Guaraní, Nacional, Sportivo Luqueño, Peñarol), the Defensores del Chaco stadium, Tigo Sports and the APF are real names used for realism (Olimpia's three Copa Libertadores titles are real background).",
 "Clubs are ORG every time, including 'at Guaraní' (the host club) and 'Montevideo club Peñarol' (-> PLACE 'Montevideo' + ORG). 'the Defensores del Chaco stadium' -> PLACE 'Defensores del Chaco' (lowercase 'stadium' outside; heldout3 convention). Competitions ('Clausura tournament', 'Copa Libertadores') are events, not marked. 'Paraguay’s football association, the APF' -> PLACE 'Paraguay' + ORG 'APF' (lowercase description not an ORG). 'the Paraguayan league' NORP. Positions ('substitute', 'captain', 'goalkeeper', 'coach') are titles.",
 "Scores '2-1', '0-0' split into bare counts (0 allowed). Match minutes 'the 87th minute' -> ordinal only (heldout6); 'four minutes after halftime', 'about six minutes' durations; ages 'Benítez, 19,' and 'since I was 8' durations. 'one ahead of Libertad' -> bare count 'one' (one point). 'a second yellow card', 'the second half' ordinals; 'three-time ... champion' count 3 (like 'three-term'). 'seven finals' (quoted, meaning seven remaining games) count. Not marked: 'Teenage', 'this season', 'next Sunday', 'Saturday'.",
 SYN,
])

ARTICLES["syn_2030_business_oman_duqm_desalination_deal"] = dict(split="heldout12", E="""
Nama ORG
Duqm PLACE
TIMES NEWS SERVICE ORG
Muscat PLACE
Nama Water Services ORG
Japan PLACE
Kyosei Engineering Corp. ORG
Duqm PLACE
Duqm Special Economic Zone PLACE
Al Wusta Governorate PLACE
Muscat PLACE
Khalid bin Hamad Al Siyabi PERSON
Authority for Public Services Regulation ORG
Ministry of Energy and Minerals ORG
Duqm PLACE
Maryam bint Saif Al Hinai PERSON
Nama Water Services ORG
Muscat PLACE
Gulf Aqua Holdings LLC ORG
Oman Investment Authority ORG
OIA ORG
Kyosei ORG
Bank Muscat ORG
Japan Bank for International Cooperation ORG
JBIC ORG
Al Wusta PLACE
Nama ORG
Sultanate PLACE
Batinah PLACE
Dhofar PLACE
Omani NORP
""", C="""
OMR420 million | money | 420000000
19 May 2030 | date | 2030-05-19
8:05 PM | time | 20:05
25-year | duration | 25
about OMR420 million | money | 420000000
$1.09 billion | money | 1090000000
about 550km | measure | 550
300,000 cubic metres | measure | 300000
second | ordinal | 2
2033 | date | 2033
150-megawatt | measure | 150
about 40 per cent | percent | 40
30 per cent | percent | 30
20 per cent | percent | 20
50 per cent | percent | 50
about $820 million | money | 820000000
five banks | count | 5
18 years | duration | 18
11 per cent | percent | 11
2035 | date | 2035
17 large desalination plants | count | 17
more than 1.6 million cubic metres | measure | 1600000
at least 35 per cent | percent | 35
120-strong | count | 120
three years | duration | 3
""", doubts=[
 "Gulf local English-language paper style (Times of Oman): headline, capitals agency line 'TIMES NEWS SERVICE', 'Published: 19 May 2030, 8:05 PM', 'Muscat:' dateline, Omani honorifics ('H.E. Dr.', 'Eng.') and 'bin'/'bint' names. The 2030 agreement, 'Kyosei Engineering Corp.', 'Gulf Aqua Holdings LLC', the officials, figures and quote are FICTIONAL; Nama Water Services, the APSR, the Ministry of Energy and Minerals, the OIA, Bank Muscat, JBIC and the Duqm zone are real background.",
 "'Nama' (short form of Nama Water Services) ORG. 'the Duqm Special Economic Zone' one PLACE (a zone as a location, capitalised official name); 'Al Wusta Governorate' PLACE with its capitalised generic word, 'Al Wusta' alone PLACE; 'the Batinah coast' -> PLACE 'Batinah'. 'The Sultanate' (Oman) -> PLACE, following heldout11 'the Republic' (Ireland) — a genuine doubt, since heldout6 left 'the Confederation' unmarked as a generic head. Names with 'bin'/'bint' and 'Al' kept whole; titles 'H.E. Dr.', 'Eng.', 'Chairman', 'Chief Executive Officer' excluded. The project itself is unnamed.",
 "'OMR420 million' money (currency code glued); '8:05 PM' time 20:05. '300,000 cubic metres of water per day' -> '300,000 cubic metres' (rate outside); 'more than 1.6 million cubic metres a day' likewise. '150-megawatt' measure, '120-strong' count, '25-year' duration. '17 large desalination plants' one count span (modifiers kept, nothing overlaps). 'the second quarter' ordinal. 'the remaining 50 per cent' percent. '11 per cent a year' percent, rate outside. 'Sunday' not marked.",
 SYN,
])

ARTICLES["syn_2030_climate_vanuatu_pacific_forum_loss_damage"] = dict(split="heldout12", E="""
Pacific NORP
US PLACE
PORT VILA PLACE
PACNEWS ORG
VBTC ORG
Pacific Islands Forum ORG
Vanuatu PLACE
US PLACE
Tuvalu PLACE
Kiribati PLACE
Vanuatu PLACE
Lisepa Tari-Molisa PERSON
Bonn PLACE
Baku PLACE
Vanuatu Convention Centre PLACE
Efate PLACE
Tuvalu PLACE
Taukiei Palaita PERSON
Australia PLACE
Pacific Islands Forum Secretariat ORG
Australia PLACE
New Zealand PLACE
Australia PLACE
Pacific PLACE
PACNEWS ORG
Canberra PLACE
Pacific Resilience Facility ORG
Tonga PLACE
Federated States of Micronesia PLACE
Nuku‘alofa PLACE
PACNEWS ORG
""", C="""
US$5 billion | money | 5000000000
12 SEPTEMBER 2030 | date | 2030-09-12
at least US$5 billion | money | 5000000000
30 years | duration | 30
three-day | duration | 3
18 members | count | 18
about 15 centimetres | measure | 15
1993 | date | 1993
nearly one and a half times | measure | 1.5
48 hours | duration | 48
March 2023 | date | 2023-03
VT55 billion | money | 55000000000
more than a third | fraction | 0.3333333333
11,000 people | count | 11000
up to 280 places | count | 280
2.4 per cent | percent | 2.4
over 60 per cent | percent | 60
A$100 million | money | 100000000
2023 | date | 2023
two-year | duration | 2
2031 | date | 2031
""", doubts=[
 "PACNEWS style: headline, 'PORT VILA, 12 SEPTEMBER 2030 (PACNEWS/VBTC) ---' dateline with a partner credit, communiqué story, bare 'PACNEWS' sign-off; the ʻokina in 'Nuku‘alofa' is written with U+2018 as Pacific outlets often do. The 2030 meeting, the communiqué, both ministers, the visa and damage figures given as news and the quotes are FICTIONAL; the Pacific Islands Forum and its Secretariat, the Falepili Union treaty (280 places a year), cyclones Judy and Kevin (March 2023), Australia's A$100 million for the Tonga-based Pacific Resilience Facility and COP29 in Baku are real background. Real office-holders are not named.",
 "Headline 'Pacific leaders' -> NORP 'Pacific' (regional adjective before a people noun, heldout8 'Gulf carriers' convention); 'Assistant Minister for the Pacific' -> the region noun inside a title PLACE (like 'U.S.' in a title). 'the Forum', 'Forum members' (capitalised short form of the Pacific Islands Forum) not marked, like heldout4 'the Fund' and 'the Committee' — a genuine doubt. 'Bonn and Baku' (climate-talk venues, metonymy) PLACE. 'the Vanuatu Convention Centre' PLACE (venue). 'Pacific Resilience Facility' ORG (a treaty-based body with its own secretariat, unlike a lending programme). 'Federated States of Micronesia' one PLACE. 'Cyclones Judy and Kevin' named storms, not marked; 'the Falepili Union treaty' an instrument, not marked. 'US$' -> 'US' PLACE (heldout6 convention); 'A$' and 'VT' currency prefixes not entities.",
 "'nearly one and a half times the global average' -> measure 1.5 with the qualifier (multiplier with a number, heldout 'up to seven times'). 'more than a third' fraction. 'up to 280 places a year', 'at least US$5 billion a year', '2.4 per cent ... a year' -> rate outside. 'over 60 per cent' ('over' bounds the number). 'within 30 years', 'within 48 hours' -> durations. Not marked: 'late Thursday', 'a good year', 'cyclone season'.",
 SYN,
])

ARTICLES["syn_2030_politics_european_parliament_roaming_vote"] = dict(split="heldout12", E="""
Parliament ORG
Western Balkans PLACE
Georgia PLACE
Hanna Lindqvist PERSON
Euractiv ORG
European Parliament ORG
Western Balkans PLACE
Georgia PLACE
EU ORG
Strasbourg PLACE
Albania PLACE
Bosnia and Herzegovina PLACE
Kosovo PLACE
Montenegro PLACE
North Macedonia PLACE
Serbia PLACE
Georgia PLACE
Ukraine PLACE
Moldova PLACE
EU ORG
Skopje PLACE
Tbilisi PLACE
Tjaša Kovačič-Zupan PERSON
Renew Europe ORG
Slovenia PLACE
European People’s Party ORG
EPP ORG
Socialists and Democrats ORG
S&D ORG
Greens/EFA ORG
Patriots for Europe ORG
Polish NORP
Mikołaj Dębski-Nowak PERSON
ECR ORG
Belgrade PLACE
European Commission ORG
European Telecommunications Network Operators’ Association ORG
ETNO ORG
EU ORG
Marek Bielecki PERSON
Laura Fontaine-Roux PERSON
""", C="""
3min | duration | 3
9 Apr 2030 | date | 2030-04-09
9 Apr 2030 | date | 2030-04-09
9 April | date | 04-09
six countries | count | 6
1 January 2032 | date | 2032-01-01
an estimated 22 million people | count | 22000000
512 votes | count | 512
87 | count | 87
41 abstentions | count | 41
€1.50 | money | 1.5
€1.10 | money | 1.1
2034 | date | 2034
1 January 2026 | date | 2026-01-01
about €440 million | money | 440000000
roughly a fifth | fraction | 0.2
18 months | duration | 18
less than 40% | percent | 40
13 May | date | 05-13
""", doubts=[
 "Euractiv web style: headline, byline line 'By Name | Euractiv | Est. 3min', '9 Apr 2030 (updated: 9 Apr 2030)', '(9 April)' after the weekday, curly quotes and apostrophes, political-group tags in brackets '(Renew Europe, Slovenia)', '(ECR)', '[Edited by Name/Name]' trailer. The 2030 vote, its tally, the rapporteur, MEP, editors, figures and quotes are FICTIONAL; the EU roaming rules, Ukraine and Moldova joining the roaming area on 1 January 2026, the political groups and ETNO are real background.",
 "Headline 'Parliament votes' -> ORG 'Parliament' (the European Parliament's short name, a capitalised legislature like 'Senate', 'Dáil'); a genuine doubt, since heldout9 left bare 'the Assembly' unmarked. 'EU' ORG (European Union convention), 'EU ministers' -> ORG 'EU'. 'the six countries of the Western Balkans' -> PLACE 'Western Balkans'. Group names 'Renew Europe', 'Patriots for Europe', 'Greens/EFA' (one span), 'S&D', 'ECR', 'European People’s Party' ORG (curly apostrophe inside). 'Polish MEP' -> NORP; 'rapporteur', 'MEP' titles. 'a gift to Belgrade' (metonymy) PLACE. 'member states' not marked.",
 "'Est. 3min' (reading time) -> duration 3. 'with 512 votes in favour, 87 against and 41 abstentions' -> three counts. '€1.50 per gigabyte' money, 'per gigabyte' outside. 'roughly a fifth' fraction. '5G' (a technology generation, an identifier) not a claim; 'one step at a time' (idiom) not marked; 'a year' (rate) outside. 'Tuesday', 'February' (bare month) not marked.",
 SYN,
])

ARTICLES["syn_2030_science_kerala_student_satellite_pslv"] = dict(split="heldout12", E="""
Kerala PLACE
THIRUVANANTHAPURAM PLACE
College of Engineering Trivandrum ORG
CET ORG
Indian Space Research Organisation ORG
ISRO ORG
Satish Dhawan Space Centre PLACE
Sriharikota PLACE
Andhra Pradesh PLACE
K. Sreelakshmi PERSON
Kochi PLACE
Thiruvananthapuram PLACE
Anil Kumar Menon-Pillai PERSON
Department of Electronics and Communication ORG
Kerala Startup Mission ORG
KSUM ORG
Kerala State Council for Science, Technology and Environment ORG
KSCSTE ORG
Vikram Sarabhai Space Centre ORG
VSSC ORG
Thiruvananthapuram PLACE
Indian NORP
Indian National Space Promotion and Authorisation Centre ORG
IN-SPACe ORG
ISRO ORG
V. Narayanaswamy PERSON
""", C="""
February 21, 2030 | date | 2030-02-21
06:15 IST | time | 06:15
3-kg | measure | 3
520-km | measure | 520
9.47 a.m. | time | 09:47
14 co-passenger payloads | count | 14
nearly 1,500 kg | measure | 1500
fourth | ordinal | 4
about 19 minutes | duration | 19
first | ordinal | 1
11.32 a.m. | time | 11:32
Four years | duration | 4
46 students | count | 46
at least 18 months | duration | 18
₹1.8 crore | money | 18000000
₹75 lakh | money | 7500000
six weeks | duration | 6
second | ordinal | 2
2022 | date | 2022
three days | duration | 3
Around a dozen Indian universities | count | 12
₹5 lakh | money | 500000
""", doubts=[
 "Indian newspaper style (The Hindu): headline, 'Special Correspondent' byline, 'THIRUVANANTHAPURAM, February 21, 2030 06:15 IST' line, Indian times with a full stop ('9.47 a.m.'), '₹' with crore and lakh, initials before names ('K. Sreelakshmi', 'V. Narayanaswamy'). The CETSAT-2 launch, the PSLV-C68 mission, the students, professor, ISRO chairman, figures and quotes are FICTIONAL; CET, ISRO, the Satish Dhawan Space Centre, VSSC, KSUM, KSCSTE and IN-SPACe are real background. The Chief Minister is not named.",
 "Rockets, missions and satellites ('PSLV', 'Polar Satellite Launch Vehicle', 'PSLV-C68', 'CETSAT-2', 'CETSAT-1') are products: not entities, their digits not claims (heldout3). 'Satish Dhawan Space Centre' a launch site -> PLACE; 'Engineers from the Vikram Sarabhai Space Centre (VSSC)' a body -> ORG (heldout3 'Jet Propulsion Laboratory' acting as a body). 'the Department of Electronics and Communication' (capitalised, a named department of the college) ORG. 'the Kochi–Thiruvananthapuram corridor' -> two PLACEs (en dash). 'Indian Space Research Organisation’s (ISRO)' -> ORG without the possessive. 'Dr.', 'professor', 'project guide', 'ISRO Chairman' titles; 'ISRO' in 'ISRO Chairman' still ORG.",
 "'one of 14 co-passenger payloads', 'one of the 46 students' -> only '14 co-passenger payloads', '46 students' (partitive 'one of' not marked, heldout7). '₹1.8 crore' = 18,000,000, '₹75 lakh' = 7,500,000 (heldout2 Indian numbering). 'Around a dozen Indian universities' count 12 with the article and the NORP inside the head (heldout5 'a dozen'). '06:15 IST' time with the zone inside. '3-kg', '520-km' measures. 'the first signals', 'the second satellite', 'the fourth stage' ordinals. Not marked: 'final-year', 'those few seconds', 'last year', 'Wednesday'.",
 SYN,
])

