# Labels for the HELDOUT8 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Eighth held-out split: 1 real public-domain US federal text (pd_*: NOAA) + 11 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["pd_2009_noaa_bigeye_tuna_catch_limits"] = dict(split="heldout8", E="""
NOAA ORG
National Oceanic and Atmospheric Administration ORG
NOAA ORG
U.S. PLACE
Pacific Ocean PLACE
Pacific Ocean PLACE
Federal Register ORG
U.S. PLACE
Pacific Ocean PLACE
American Samoa PLACE
Guam PLACE
Commonwealth of the Northern Mariana Islands PLACE
Western and Central Pacific Fisheries Commission ORG
NOAA ORG
NOAA ORG
""", C="""
400 metric tons | measure | 400
2011 | date | 2011
2004 | date | 2004
4,181 metric tons | measure | 4181
3,763 mt | measure | 3763
3,763 mt | measure | 3763
""", doubts=[
 "REAL text, public domain (US federal government work): NOAA news release on the 2009-2011 US longline catch limits for bigeye tuna in the western and central Pacific (rule published in the Federal Register in 2009), as reprinted verbatim under the label 'NOAA News Release' by The Molokai Dispatch, https://themolokaidispatch.com/too-few-tuna/ ; see README. The reprint's own headline ('Too Few Tuna') and deck and the page furniture ('Leave a Reply ...') were dropped; the 'NOAA News Release' line, the body, the curly apostrophes and the closing URL are kept as stored. 278 words, under the 300-word target (the whole release as stored).",
 "'the western and central Pacific Ocean' -> PLACE 'Pacific Ocean' (lowercase direction words outside, the 'central Italy' convention); 'the species’ Pacific Ocean population' PLACE. 'the Commonwealth of the Northern Mariana Islands' -> one PLACE (the territory's official name).",
 "'the Federal Register' -> ORG (the US government's official journal; 'journals are ORG' convention) - could be read as a publication title and left unmarked.",
 "'the U.S. pelagic longline fisheries', 'the U.S. will reduce' -> PLACE 'U.S.' (country, not part of a body's name). 'Earth’s environment' -> 'Earth' not marked (planet, heldout3). URL not marked.",
 "'4,181 metric tons (mt)' -> measure with the two-word unit; '3,763 mt' measure; 'last December', 'last week', 'Earlier this year', 'the remainder of the year' not marked (bare month / relative references).",
])

ARTICLES["syn_2026_maritime_philippines_sabina_shoal"] = dict(split="heldout8", E="""
Philippines PLACE
China PLACE
Sabina Shoal PLACE
Philippine Coast Guard ORG
China Coast Guard ORG
Sabina Shoal PLACE
South China Sea PLACE
REUTERS ORG
Jerome Morales PERSON
Mikhail Flores PERSON
Joanna Cruz PERSON
MANILA PLACE
Reuters ORG
Philippines PLACE
China PLACE
Sabina Shoal PLACE
South China Sea PLACE
Filipino NORP
Manila PLACE
Escoda Shoal PLACE
Palawan PLACE
Philippines PLACE
Philippine Coast Guard ORG
PCG ORG
China Coast Guard ORG
Chinese NORP
PCG ORG
Teodoro dela Cruz Jr. PERSON
Manila PLACE
Bureau of Fisheries and Aquatic Resources ORG
Puerto Princesa PLACE
China Coast Guard ORG
Philippine NORP
Xianbin Jiao PLACE
China PLACE
Beijing PLACE
South China Sea PLACE
Philippines PLACE
Vietnam PLACE
Malaysia PLACE
Brunei PLACE
Indonesia PLACE
The Hague PLACE
China PLACE
Beijing PLACE
U.S. State Department ORG
Washington PLACE
China PLACE
Philippine NORP
South China Sea PLACE
Ma. Lourdes Pangilinan-Reyes PERSON
National Security Council ORG
Department of Foreign Affairs ORG
China PLACE
Japan PLACE
Manila PLACE
Australian NORP
Masinloc PLACE
Zambales PLACE
Chinese NORP
Rodel Abad PERSON
China PLACE
Philippines PLACE
Philippine Statistics Authority ORG
Mikhail Flores PERSON
Joanna Cruz PERSON
Wen Qiao PERSON
Beijing PLACE
Graham Sutcliffe PERSON
""", C="""
May 14, 2026 | date | 2026-05-14
June 3 | date | 06-03
two government supply boats | count | 2
three crew members | count | 3
one vessel | count | 1
about 75 nautical miles | measure | 75
140 km | measure | 140
200-nautical-mile | measure | 200
Six China Coast Guard ships | count | 6
at least eight vessels | count | 8
nearly two hours | duration | 2
2016 | date | 2016
1951 | date | 1951
63rd | ordinal | 63
2023 | date | 2023
300 kilos | measure | 300
a quarter | fraction | 0.25
52 | duration | 52
three decades | duration | 3
$37.2 billion | money | 37200000000
2025 | date | 2025
""", doubts=[
 "Reuters style: title-case headline, caption 'REUTERS/Name/File Photo', two-name byline, 'MANILA, June 3 (Reuters) -' dateline, reporting/editing trailer. The June 2026 incident, people, figures and quotes are FICTIONAL; the Philippine Coast Guard, China Coast Guard, BFAR, the National Security Council, the 2016 arbitral award and the 1951 Mutual Defense Treaty are real names/background.",
 "'China's coast guard' (lowercase) -> PLACE 'China' only; 'China Coast Guard' and 'Philippine Coast Guard' (capitalised official names) -> one ORG each. 'Rear Adm. Teodoro dela Cruz Jr.' -> PERSON with the lowercase particle and the suffix inside, abbreviated rank excluded. 'Ma. Lourdes Pangilinan-Reyes' -> PERSON with the abbreviated given name 'Ma.' (Maria) inside.",
 "'Sabina Shoal, which Manila calls Escoda Shoal' and 'Xianbin Jiao, China's name for the shoal' -> three PLACE names for one feature. 'The Hague' keeps 'The' (part of the city name). 'the island province of Palawan', 'Masinloc, in Zambales province' -> PLACE (lowercase generic outside).",
 "'The U.S. State Department' -> one ORG 'U.S. State Department' (round-5 convention); 'Japan's embassy' (lowercase) -> PLACE only; 'the Australian government' -> NORP only; 'Filipino fishermen', 'Philippine vessels' NORP; 'the Chinese maritime militia' NORP only. 'the 1951 Mutual Defense Treaty' -> date; the treaty is not an entity.",
 "'two government supply boats' -> count with a three-word head (nothing else overlaps); 'Six China Coast Guard ships' -> count 6 with the ORG inside the head (layers independent, like heldout7's '78 Puerto Rico municipalities'); 'one vessel's engine' -> count 'one vessel'. '200-nautical-mile exclusive economic zone' -> measure '200-nautical-mile'. 'its 63rd against China' ordinal. 'a quarter of that' -> fraction 0.25 with the article. 'halved' (multiplier without a number) not marked.",
 SYN,
])

ARTICLES["syn_2027_energy_kazakhstan_nuclear_plant"] = dict(split="heldout8", E="""
Kazakhstan PLACE
Balkhash PLACE
Dana Omarova PERSON
Astana Times ORG
ASTANA PLACE
Kazakhstan PLACE
Ulken PLACE
Lake Balkhash PLACE
Russia PLACE
Rosatom ORG
Kazakhstan Nuclear Power Plants ORG
KNPP ORG
Yerlan Batyrkhanuly PERSON
Atomic Energy Agency of the Republic of Kazakhstan ORG
Zhambyl PLACE
Kazakhstan PLACE
Russian NORP
Kazakhstan PLACE
Soviet NORP
Ministry of Energy ORG
China National Nuclear Corporation ORG
CNNC ORG
Almaty PLACE
Lake Balkhash PLACE
Ili River PLACE
China PLACE
Aigerim Sarsenbayeva PERSON
Ecological Society Green Salvation ORG
KNPP ORG
Ulken PLACE
International Atomic Energy Agency ORG
IAEA ORG
""", C="""
first | ordinal | 1
first | ordinal | 1
first | ordinal | 1
Aug. 19 | date | 08-19
nearly three years | duration | 3
two VVER-1200 reactors | count | 2
2.4 gigawatts | measure | 2.4
first | ordinal | 1
2035 | date | 2035
second | ordinal | 2
2037 | date | 2037
more than 70 percent | percent | 70
around $14 billion | money | 14000000000
Oct. 6, 2024 | date | 2024-10-06
71.12 percent | percent | 71.12
63.66 percent | percent | 63.66
about 43 percent | percent | 43
roughly two-thirds | fraction | 0.6666666667
2029 | date | 2029
second | ordinal | 2
about 2 meters | measure | 2
1980s | date | 1980
40 times | measure | 40
about 2,000 people | count | 2000
8,000 | count | 8000
first | ordinal | 1
""", doubts=[
 "Local English-language paper style (The Astana Times: byline with paper name, 'ASTANA –' dateline with an en dash, AP-style 'Aug. 19'). The August 2027 ceremony, people, costs and quotes are FICTIONAL; the Ulken site, Rosatom's lead role, CNNC's second-plant role and the 6 October 2024 referendum figures (71.12% yes, 63.66% turnout) are real background; Ecological Society Green Salvation is a real Almaty NGO given a fictional spokeswoman.",
 "'Balkhash nuclear plant' (headline) -> PLACE 'Balkhash' (the lake's short name as a modifier); 'Lake Balkhash', 'Ili River' keep the capitalised generic; 'Zhambyl district' -> PLACE 'Zhambyl'. 'The Astana Times' -> ORG without 'The'. Kazakh patronymic surname 'Batyrkhanuly' kept as written. 'Soviet-era' -> NORP 'Soviet'.",
 "'first' as an adjective is an ordinal every time: 'pours first concrete', 'the first concrete' (the term of art for the first pour), 'its first nuclear power plant', 'The first unit', 'the first fuel' - 'first concrete'/'first fuel' could be read as fixed phrases and left unmarked. 'a second plant', 'the second' ordinals.",
 "Products: 'VVER-1200' (reactor design) not an entity and '1200' not a claim; 'two VVER-1200 reactors' -> count 2 with the product in the head. '40 times less water' -> measure 40 (multiplier with a number). 'the 1980s' -> date 1980 (decade = first year). 'the world's largest producer' has no ordinal word.",
 SYN,
])

ARTICLES["syn_2027_disaster_madagascar_cyclone_sava"] = dict(split="heldout8", E="""
Madagascar PLACE
Antalaha PLACE
Madagascar PLACE
AFP ORG
Mamy Randrianasolo PERSON
Antananarivo PLACE
AFP ORG
Madagascar PLACE
Antalaha PLACE
Sambava PLACE
Météo Madagascar ORG
National Office for Risk and Disaster Management ORG
BNGRC ORG
Sava PLACE
Maroantsetra PLACE
Mananara Nord PLACE
Haingonirina Rakotoarisoa PERSON
Ankavanana PLACE
BNGRC ORG
RN5a PLACE
Sambava PLACE
Antalaha PLACE
Sambava PLACE
Madagascar PLACE
World Food Programme ORG
UNICEF ORG
French NORP
Indian Ocean PLACE
Réunion PLACE
Indian Ocean PLACE
Madagascar PLACE
World Bank ORG
Indian Ocean PLACE
Analanjirofo PLACE
BNGRC ORG
Bemarivo PLACE
""", C="""
31 | count | 31
March 2, 2027 | date | 2027-03-02
a day | duration | 1
At least 31 people | count | 31
more than 48,000 | count | 48000
195 kilometres | measure | 195
up to 270 km/h | measure | 270
19 | count | 19
14 people | count | 14
less than an hour | duration | 1
41 | duration | 41
Around 6,200 houses | count | 6200
130 schools | count | 130
four places | count | 4
about 80 percent | percent | 80
roughly a fifth | fraction | 0.2
2025 | date | 2025
60 tonnes | measure | 60
third | ordinal | 3
March 2017 | date | 2017-03
81 people | count | 81
More than three-quarters | fraction | 0.75
31 million people | count | 31000000
less than $2.15 | money | 2.15
""", doubts=[
 "AFP style: caption with the credit glued after the full stop ('...made landfall.AFP/Mamy Randrianasolo'), 'Antananarivo (AFP) -' dateline, 'rr/tmk' desk trailer (not marked). Cyclone Hasina (2027), the toll, people and quotes are FICTIONAL; the BNGRC, Météo Madagascar, the Sava vanilla region and Cyclone Enawo (March 2017, 81 dead) are real names/background.",
 "Named storms not marked ('Cyclone Hasina', 'Hasina', 'Enawo'). 'Météo Madagascar' -> ORG (the weather service; the country inside the name not separately marked). 'the Sava region', 'the Ankavanana river', 'the Bemarivo river', 'Analanjirofo region' -> PLACE without the lowercase generic. 'the national road RN5a' -> PLACE 'RN5a' (a road, like 'Highway 97'; its digit not a claim). 'Mananara Nord' one PLACE.",
 "'the French armed forces in the southern Indian Ocean' -> NORP 'French' + PLACE 'Indian Ocean'. 'the World Bank's poverty line' ORG.",
 "'a day after Cyclone Hasina made landfall' -> duration 'a day' (article with a quantity sense). '195 kilometres per hour' -> '195 kilometres' (rate outside, heldout5) but 'up to 270 km/h' keeps the one-word unit. '19 of the dead' -> bare count '19'. 'more than 48,000 forced from their homes' -> count without a head. 'less than $2.15 a day' -> money with the qualifier, the rate 'a day' outside. 'Cyclone kills 31' (headline) bare count.",
 SYN,
])

ARTICLES["syn_2030_election_jamaica_general_election"] = dict(split="heldout8", E="""
Jamaica PLACE
Labour Party ORG
NADINE LEWIS PERSON
Associated Press ORG
KINGSTON PLACE
Jamaica PLACE
AP ORG
Jamaica PLACE
People’s National Party ORG
House of Representatives ORG
Jamaica Labour Party ORG
Electoral Commission of Jamaica ORG
Dorothy Whyte-Campbell PERSON
Portia Simpson Miller PERSON
St. Elizabeth PLACE
St. Andrew PLACE
Manchester PLACE
Clarendon PLACE
Whyte-Campbell PERSON
Old Hope Road PLACE
Kingston PLACE
JLP ORG
House ORG
Electoral Office of Jamaica ORG
Jamaica PLACE
Westmoreland PLACE
St. James PLACE
Hanover PLACE
PNP ORG
Kingston PLACE
Everton Reid PERSON
Savanna-la-Mar PLACE
PNP ORG
Jamaican NORP
Supreme Court ORG
Caribbean Community ORG
CARICOM ORG
Organization of American States ORG
Whyte-Campbell PERSON
King’s House PLACE
Associated Press ORG
Marco Ortiz PERSON
San Juan PLACE
Puerto Rico PLACE
""", C="""
14 years | duration | 14
36 | count | 36
63\u00a0seats | count | 63
14 years | duration | 14
58-year-old | duration | 58
second | ordinal | 2
twice | count | 2
2006 | date | 2006
2016 | date | 2016
27 seats | count | 27
35 | count | 35
2\u00a0a.m. | time | 02:00
41.8% | percent | 41.8
About 2.1 million people | count | 2100000
Category 5 | measure | 5
October 2025 | date | 2025-10
more than $8 billion | money | 8000000000
more than a year | duration | 1
63 | duration | 63
1,500\u00a0new police officers | count | 1500
2 million Jamaican dollars | money | 2000000
about $12,700 | money | 12700
18 | count | 18
32 members | count | 32
three days | duration | 3
""", doubts=[
 "AP style: capitals byline 'By NADINE LEWIS Associated Press', 'KINGSTON, Jamaica (AP) —', '___' contributor line; curly quotes and apostrophes throughout and three U+00A0 no-break spaces ('63\u00a0seats', '2\u00a0a.m.', '1,500\u00a0new'), kept inside the claim spans. The 2030 election, its result, the PNP leader Dorothy Whyte-Campbell and all quotes are FICTIONAL; the parties, the 63-seat House, the JLP's 2016-2025 wins (35 seats in 2025), Portia Simpson Miller's terms and Hurricane Melissa (October 2025, Category 5) are real background; the JLP leader is deliberately not named.",
 "'ending 14 years in power for Labour Party' (headline) -> ORG 'Labour Party' (the party's short name without 'Jamaica'). 'People’s National Party' one ORG with its curly apostrophe; 'King’s House' (the governor-general's residence) PLACE (a landmark). 'the outgoing House' -> ORG 'House' (the chamber, like 'House'/'Senate' in heldout2). 'the Supreme Court' ORG.",
 "Parish names that look like people's names are PLACE: 'St. Elizabeth', 'St. Andrew', 'St. James' (with 'St.'), 'Manchester', 'Clarendon', 'Hanover', 'Westmoreland'. 'western Jamaica' -> 'Jamaica'. 'Caribbean Community, known as CARICOM' -> two ORG.",
 "'taking 36 of the 63 seats' -> '36' + '63 seats' (split like tallies). 'led the country twice' -> count 2 (like 'at least once' = 1). 'shortly after 2 a.m.' -> time only ('shortly after' is not a qualifier). '1,500 new police officers' -> count with a three-word head. '2 million Jamaican dollars' -> money with the currency words, NORP 'Jamaican'. 'observer missions of 18 and 32 members' -> '18' + '32 members' (coordinated, split). 'Category 5' measure. 'within the next three days' -> 'three days'. 'Thursday’s', 'early Friday', 'election day' not marked.",
 SYN,
])

ARTICLES["syn_2026_business_gulf_airline_merger"] = dict(split="heldout8", E="""
Bahrain PLACE
Dilmun Air ORG
Kuwait PLACE
Failaka Airways ORG
Bloomberg ORG
Dilmun Air ORG
Kuwaiti NORP
Failaka Airways ORG
Persian Gulf PLACE
Emirates ORG
Qatar Airways ORG
Dilmun Air ORG
Kuwaiti NORP
Failaka ORG
Bahrain Mumtalakat Holding Co. ORG
Dilmun Air ORG
Kuwait Investment Authority ORG
Dilmun Air ORG
Faisal bin Rashid Al Mannai PERSON
Bahraini NORP
Failaka ORG
Kuwait City PLACE
Boursa Kuwait ORG
Kuwait PLACE
Competition Protection Authority ORG
Failaka ORG
Failaka ORG
Kuwait International Airport PLACE
Gulf NORP
Middle East PLACE
International Air Transport Association ORG
Airbus SE ORG
Pratt & Whitney ORG
Gulf NORP
Bloomberg Intelligence ORG
Priya Venkatesan PERSON
Nasser Yousef al-Ghanim PERSON
Failaka ORG
JPMorgan Chase & Co. ORG
Dilmun Air ORG
Failaka ORG
HSBC Holdings Plc ORG
Kamco Invest ORG
Hamza Ashraf PERSON
Rania Haddad PERSON
Dubai PLACE
Tom Hallworth PERSON
""", C="""
$1.2 Billion | money | 1200000000
about $1.2 billion | money | 1200000000
third | ordinal | 3
1.45 Kuwaiti dinars | money | 1.45
27% | percent | 27
two companies | count | 2
58% | percent | 58
about 14% | percent | 14
71 aircraft | count | 71
more than 90 destinations | count | 90
about 14 million passengers | count | 14000000
180 million Bahraini dinars | money | 180000000
$478 million | money | 478000000
third | ordinal | 3
19% | percent | 19
2019 | date | 2019
first | ordinal | 1
2027 | date | 2027
9.4% | percent | 9.4
38 A321neo planes | count | 38
two | count | 2
""", doubts=[
 "Bloomberg style: title-case headline, '(Bloomberg) --' dateline, '--With assistance from', contact trailer with e-mail addresses (not marked). The airlines 'Dilmun Air' and 'Failaka Airways', the deal, people, figures and quotes are FICTIONAL; Mumtalakat, the Kuwait Investment Authority, Boursa Kuwait, Kuwait's Competition Protection Authority, IATA and the banks are real names used for realism.",
 "'Failaka' (an island in Kuwait) is here the airline's short name -> ORG every time; 'Dilmun Air Chief Executive Officer Faisal bin Rashid Al Mannai' -> ORG + PERSON (title between; 'bin' and 'Al' inside the name); 'Nasser Yousef al-Ghanim' keeps lowercase 'al-'. 'Kuwait's Competition Protection Authority' -> PLACE + ORG. Corporate suffixes kept with their full stops ('Holding Co.', 'JPMorgan Chase & Co.', 'HSBC Holdings Plc', 'Airbus SE').",
 "NEW: 'Gulf carriers', 'Gulf airline mergers' -> NORP 'Gulf' (regional adjective, like 'Nordic'/'Western'); 'the Persian Gulf' PLACE; 'Middle East air traffic' -> PLACE 'Middle East' (a region name as modifier). 'Kuwaiti low-cost carrier', 'Kuwaiti dinars', 'Bahraini dinars' NORP.",
 "Products: 'A320-family jets' not marked, '320' not a claim; '38 A321neo planes' -> count 38 with the product in the head. 'third-largest' -> ordinal 'third'. 'jumped as much as 19%' -> '19%' only ('as much as' is not a qualifier, heldout4). 'the first half of 2027' -> ordinal + date. 'the two companies said' -> count 'two companies'; 'these two have very different cultures' -> bare count 2 (the head is implied). '1.45 Kuwaiti dinars a share' -> money, rate outside.",
 SYN,
])

ARTICLES["syn_2026_health_ohio_hospital_cyberattack"] = dict(split="heldout8", E="""
Maumee Valley Health ORG
RACHEL KOVACS PERSON
Lake Erie Courier ORG
TOLEDO PLACE
Maumee Valley Health ORG
Ohio PLACE
Maumee Valley ORG
Toledo PLACE
Findlay PLACE
Fremont PLACE
Bowling Green PLACE
Angela Dorsey PERSON
NightLantern ORG
Maumee Valley ORG
FBI ORG
Sunil Raghavan PERSON
FBI ORG
Cleveland PLACE
Cybersecurity and Infrastructure Security Agency ORG
CISA ORG
NightLantern ORG
United States PLACE
Courier ORG
Mercy Health ORG
ProMedica ORG
Toledo PLACE
Lucas County EMS ORG
Bryan Holloway PERSON
Dale Wurtzel PERSON
Findlay PLACE
Ohio Department of Health ORG
Maumee Valley ORG
U.S. Department of Health and Human Services ORG
U.S. PLACE
Office for Civil Rights ORG
""", C="""
4 hospitals | count | 4
four | count | 4
third | ordinal | 3
seven hospitals | count | 7
42 outpatient clinics | count | 42
about 4:30 a.m. | time | 04:30
1.3 terabytes | measure | 1.3
seven days | duration | 7
first | ordinal | 1
at least 17 health care organizations | count | 17
2024 | date | 2024
About 1,100 scheduled surgeries | count | 1100
up to six hours | duration | 6
15 | duration | 15
20 minutes | duration | 20
72 hours | duration | 72
more than 500 people | count | 500
more than 180 million records | count | 180000000
""", doubts=[
 "US local newspaper style: capitals byline on its own line, paper name on the next ('The Lake Erie Courier', fictional), 'TOLEDO —' dateline, phone number (not a claim). The hospital chain 'Maumee Valley Health', the 'NightLantern' group, the attack, people, figures and quotes are FICTIONAL; the FBI, CISA, HHS and its Office for Civil Rights, Mercy Health and ProMedica are real names used for realism.",
 "'Maumee Valley' (short form of the chain's name) -> ORG; 'the Courier' (the paper's short name) -> ORG. 'NightLantern' (a criminal group acting as a body) ORG. 'Lucas County EMS Chief Bryan Holloway' -> ORG 'Lucas County EMS' (the county's emergency medical service, a capitalised body) + PERSON; could be read as PLACE 'Lucas County' + title. 'The FBI's Cleveland field office' -> ORG + PLACE. 'State Rep. Dale Wurtzel, R-Findlay' -> PERSON + PLACE 'Findlay' (party-state tag convention). 'Dr. Sunil Raghavan' -> title excluded.",
 "Places that look like people's names: 'Findlay', 'Fremont', 'Bowling Green' -> PLACE. 'northwest Ohio' -> 'Ohio'. 'the U.S. Department of Health and Human Services' -> one ORG; 'U.S. health care breaches' -> PLACE 'U.S.'. 'Social Security numbers' not marked (a programme). 'the Ohio Department of Health' one ORG.",
 "'4 hospitals' (headline numeral) and 'four of its hospitals' -> count 4 (the second bare, 'of its' between). 'a third straight day' ordinal; 'Our first priority' -> ordinal (an adjective 'first', though close to the idiom 'top priority'). 'about 4:30 a.m.' -> time with the qualifier inside. 'at least 17 health care organizations' -> count with a three-word head. 'adding 15 to 20 minutes' -> range split. 'within 72 hours' duration. 'around the clock', 'Every minute' not marked.",
 SYN,
])

ARTICLES["syn_2027_sport_nba_nuggets_thunder"] = dict(split="heldout8", E="""
Whitfield PERSON
Nuggets ORG
Thunder ORG
DENVER PLACE
AP ORG
Jalen Whitfield PERSON
Denver Nuggets ORG
Oklahoma City Thunder ORG
Terrence Oduya III PERSON
Denver ORG
Oklahoma City ORG
Western Conference ORG
Nuggets ORG
Thunder ORG
Marcus Delacroix-Baptiste PERSON
Oklahoma City ORG
Andrés Villanueva PERSON
Thunder ORG
Oklahoma City ORG
Denver ORG
Whitfield PERSON
Delacroix-Baptiste PERSON
Whitfield PERSON
Denver ORG
Mike Okafor-Lindgren PERSON
Nuggets ORG
Oklahoma City ORG
Denver ORG
Ball Arena PLACE
Whitfield PERSON
Villanueva PERSON
Denver ORG
Oklahoma City ORG
Paycom Center PLACE
Thunder ORG
Kofi Mensah-Bright PERSON
Oklahoma City ORG
Nuggets ORG
Sam Poulsen PERSON
Denver ORG
Thunder ORG
Utah ORG
Nuggets ORG
Minnesota ORG
AP ORG
NBA ORG
""", C="""
34 | count | 34
118 | count | 118
112 | count | 112
34 points | count | 34
seven | count | 7
17-point | count | 17
118 | count | 118
112 | count | 112
22 points | count | 22
14 rebounds | count | 14
fifth | ordinal | 5
a half-game | count | 0.5
first | ordinal | 1
41 | count | 41
19 | count | 19
13 | count | 13
7 | count | 7
29 points | count | 29
nine assists | count | 9
18 points | count | 18
42 | count | 42
19 | count | 19
six | count | 6
seven | count | 7
61 | count | 61
44 | count | 44
third | ordinal | 3
14 | count | 14
2 | count | 2
12 straight points | count | 12
85 | count | 85
83 | count | 83
fourth | ordinal | 4
eight games | count | 8
104 | count | 104
21.4 seconds | duration | 21.4
17 | count | 17
third | ordinal | 3
11 | count | 11
13 shots | count | 13
48% | percent | 48
15 | count | 15
38 3-pointers | count | 38
19 turnovers | count | 19
24 Denver points | count | 24
19,842 | count | 19842
first | ordinal | 1
five points | count | 5
3:48 | duration | 228
third | ordinal | 3
121 | count | 121
115 | count | 115
second | ordinal | 2
109 | count | 109
98 | count | 98
Feb. 2 | date | 02-02
12th | ordinal | 12
7 | count | 7
4 | count | 4
three points | count | 3
two games | count | 2
19 minutes | duration | 19
23 | count | 23
30 home games | count | 30
""", doubts=[
 "AP sports style: score headline, 'DENVER (AP) —', TIP-INS and UP NEXT sections, 'AP NBA:' hub line with URL (not marked). The game, the players (all fictional names), coach, figures and quotes are FICTIONAL; the Nuggets, Thunder, Ball Arena and Paycom Center are real.",
 "Teams are ORG whether written as nickname ('Nuggets', 'Thunder'), full name ('Denver Nuggets') or city alone ('for Denver, which won', 'Oklahoma City led', 'Denver coach', '24 Denver points', 'At Utah', 'Host Minnesota'): clubs are ORG even when named after places (heldout2). 'DENVER' in the dateline is the city (PLACE). 'the Western Conference' -> ORG (a capitalised division of the league acting as a competition body) - could be read as an event/competition name and left unmarked. Arenas PLACE. 'Terrence Oduya III' keeps the generational suffix. Position letters 'F', 'G' not marked.",
 "Scores and records split like tallies ('118-112', '(41-19)', '13-7', '61-44', 'a 14-2 run', '85-83', '7-4'); 'six of seven', '11 of their next 13 shots', '15 of 38 3-pointers', '23 of 30 home games' -> two counts each (head on the second). NEW: '3-pointer'/'3-pointers' and 'a three-point play' are shot types (like 'a six' in cricket), their digits not claims; '38 3-pointers' -> count 38 with the shot type as head. 'a 17-point deficit' -> count '17-point'; 'down 17' count. 'within a half-game' -> count 0.5 with the article (games behind; could be a fraction). 'with 3:48 to go' -> duration 228 s (clock time remaining, race-time convention); '21.4 seconds' duration. 'first place', 'the fourth' (quarter) ordinals; 'including seven in overtime' bare count.",
 SYN,
])

ARTICLES["syn_2031_science_nobel_chemistry_press_release"] = dict(split="heldout8", E="""
Royal Swedish Academy of Sciences ORG
Amara Okonkwo-Lindqvist PERSON
University of Cambridge ORG
UK PLACE
Pieter de Vries PERSON
Delft University of Technology ORG
Netherlands PLACE
Hiroshi Tanabe PERSON
Kyoto University ORG
Japan PLACE
Hiroshi Tanabe PERSON
Sakai PLACE
Japan PLACE
Amara Okonkwo-Lindqvist PERSON
Pieter de Vries PERSON
Delft PLACE
Rotterdam PLACE
Ingrid Halvorsen-Berg PERSON
Nobel Committee for Chemistry ORG
Amara Okonkwo-Lindqvist PERSON
Enugu PLACE
Nigeria PLACE
Uppsala University ORG
Sweden PLACE
University of Cambridge ORG
UK PLACE
Pieter de Vries PERSON
Leeuwarden PLACE
Netherlands PLACE
Leiden University ORG
Netherlands PLACE
Delft University of Technology ORG
Netherlands PLACE
Hiroshi Tanabe PERSON
Osaka PLACE
Japan PLACE
Kyoto University ORG
Japan PLACE
Kyoto University ORG
Japan PLACE
Swedish NORP
Eva Lindholm-Sjöberg PERSON
Royal Swedish Academy of Sciences ORG
""", C="""
8 October 2031 | date | 2031-10-08
2031 | date | 2031
2031 | date | 2031
70 degrees Celsius | measure | 70
2016 | date | 2016
about six weeks | duration | 6
2021 | date | 2021
almost 10,000 times | measure | 10000
90 per cent | percent | 90
a tonne | measure | 1
ten hours | duration | 10
a century | duration | 1
Around 400 million tonnes | measure | 400000000
less than a tenth | fraction | 0.1
1978 | date | 1978
2006 | date | 2006
1971 | date | 1971
1998 | date | 1998
1965 | date | 1965
1993 | date | 1993
11 million Swedish kronor | money | 11000000
1739 | date | 1739
""", doubts=[
 "Academy press-release style (Royal Swedish Academy of Sciences layout: 'PRESS RELEASE', date line, laureates with affiliations, popular summary, short biographies, prize amount, press contact, boilerplate), curly quotes and apostrophes, British 'per cent'. The 2031 prize and its three laureates, the committee chair, the press officer and all quotes are FICTIONAL; the 2016 discovery of a PET-digesting bacterium at a recycling plant in Sakai echoes real published work (by other, real scientists), and the 11 million kronor amount and the Academy's 1739 founding are real background.",
 "Prize names are awards, not entities ('The Nobel Prize in Chemistry 2031'), but the year in them is a date (like 'Budget 2027'); 'the Nobel Committee for Chemistry' ORG. Affiliations are ORG ('University of Cambridge', 'Delft University of Technology'), the city alone PLACE ('colleagues in Delft'); 'Pieter de Vries' keeps the lowercase particle. 'polyethylene terephthalate (PET)', 'nylon', 'polyurethane' not marked. URLs, phone number and e-mail not marked.",
 "'below 70 degrees Celsius' -> measure '70 degrees Celsius' ('below' outside, like 'below zero'). '90 per cent of a tonne' -> percent + measure 'a tonne' (article = one, quantity sense). 'spent a century' -> duration 1. 'less than a tenth' -> fraction 0.1 with qualifier. 'almost 10,000 times faster' -> measure (multiplier with a number). 'for centuries' vague, not marked. 'PhD 2006' and 'born 1978' -> dates.",
 SYN,
])

ARTICLES["syn_2026_politics_netherlands_farmers_protest"] = dict(split="heldout8", E="""
The Hague PLACE
A12 PLACE
The Hague PLACE
ANP ORG
Remko de Waal-Visser PERSON
THE HAGUE PLACE
The Hague PLACE
Rijkswaterstaat ORG
Malieveld PLACE
Central Station PLACE
A12 PLACE
A4 PLACE
Farmers Defence Force ORG
FDF ORG
Femke van der Laan PERSON
Jan-Willem ter Horst PERSON
Barneveld PLACE
Gelderland PLACE
FDF ORG
Mark van den Oever PERSON
LTO Nederland ORG
Farmer-Citizen Movement ORG
BBB ORG
House of Representatives ORG
Van der Laan PERSON
Netherlands PLACE
Council of State ORG
Netherlands PLACE
United States PLACE
Statistics Netherlands ORG
CBS ORG
""", C="""
more than 700 kilometres | measure | 700
around 2,300 tractors | count | 2300
11 a.m. | time | 11:00
15,000 | count | 15000
40 percent | percent | 40
2032 | date | 2032
4.8 billion euros | money | 4800000000
seven years | duration | 7
1958 | date | 1958
six years | duration | 6
44 | duration | 44
140 cows | count | 140
4 a.m. | time | 04:00
12 provinces | count | 12
2023 | date | 2023
second | ordinal | 2
123.8 billion euros | money | 123800000000
14 people | count | 14
one officer | count | 1
around 5 p.m. | time | 17:00
""", doubts=[
 "Dutch English-language news style (NL Times/ANP: caption with 'Photo: ANP / Name' credit, 'THE HAGUE -' dateline, 'euros' written out). The protest, the minister Femke van der Laan, the FDF chairman, the farmer and all quotes and figures of the plan are FICTIONAL; Rijkswaterstaat, the FDF, LTO Nederland, BBB (largest party in all 12 provinces in 2023), the Council of State's nitrogen ruling and the export figure echo real names/background; BBB's leader is deliberately not named.",
 "Dutch particles stay inside PERSON: 'Femke van der Laan', 'Jan-Willem ter Horst', 'Mark van den Oever', 'Remko de Waal-Visser'; the short form at a sentence start is 'Van der Laan' (capital V, as written). 'The Hague'/'THE HAGUE' keep the article (part of the name). Motorways 'A12', 'A4' -> PLACE (like 'Highway 97'), digits not claims; 'the Malieveld', 'the Central Station' PLACE (landmarks). 'Natura 2000' (EU network of protected areas, a programme) not marked, '2000' not a claim.",
 "'The Farmer-Citizen Movement (BBB)' -> ORG + ORG (the party); 'Farmers' organisation LTO Nederland' -> ORG 'LTO Nederland'; 'the House of Representatives', 'the Council of State' ORG; 'Statistics Netherlands (CBS)' ORG + ORG; 'the cabinet', 'the ministry' not marked.",
 "'over the next seven years' -> 'seven years' ('over' is a preposition here, not bounding the number). 'second-largest exporter' -> ordinal 'second'. 'all 12 provinces' -> '12 provinces' ('all' not a qualifier). 'put the number at 15,000' bare count. 'one officer' count 1. 'Thousands', 'dozens' vague, not marked.",
 SYN,
])

ARTICLES["syn_2027_politics_scotland_independence_bill"] = dict(split="heldout8", E="""
Holyrood PLACE
Catriona MacLeod PERSON
BBC Scotland ORG
Scottish NORP
UK PLACE
Holyrood PLACE
SNP ORG
Scottish Greens ORG
Scottish Labour ORG
Scottish Conservatives ORG
Liberal Democrats ORG
Reform UK ORG
Scotland PLACE
UK PLACE
Alasdair Mac an t-Saoir PERSON
Scottish Parliament ORG
Scotland PLACE
Westminster PLACE
Scottish NORP
Rhian Pritchard-Owen PERSON
UK PLACE
Supreme Court ORG
UK Supreme Court ORG
Holyrood PLACE
Westminster PLACE
Scottish Labour ORG
Morag Kilbride-Hay PERSON
SNP ORG
NHS ORG
Scotland PLACE
NHS ORG
Public Health Scotland ORG
Ipsos ORG
STV News ORG
Eilidh Crawford PERSON
University of Strathclyde ORG
Edinburgh PLACE
London PLACE
Catalan NORP
Royal Mile PLACE
UK PLACE
Supreme Court ORG
""", C="""
second | ordinal | 2
second | ordinal | 2
67 votes | count | 67
58 | count | 58
19 October 2028 | date | 2028-10-19
2014 | date | 2014
55.3% | percent | 55.3
four successive elections | count | 4
November 2022 | date | 2022-11
Some 840,000 people | count | 840000
52% | percent | 52
2023 | date | 2023
1,050 adults | count | 1050
3 | date | 06-03
9 June | date | 06-09
about 300 independence supporters | count | 300
four weeks | duration | 4
""", doubts=[
 "BBC News style: 'By Name, BBC Scotland political correspondent' byline, no dateline, curly quotes and apostrophes, en dash, 'Prof' without a full stop, British dates. The 2027 bill vote, the First Minister 'Alasdair Mac an t-Saoir', the Scottish Secretary, the Scottish Labour leader, the academic, the poll and all quotes are FICTIONAL; the 2014 result (55.3% No), the November 2022 Supreme Court ruling and the party names are real background.",
 "NEW: 'Holyrood' and 'Westminster' used for the Scottish and UK parliaments -> PLACE (place names used by metonymy, like capital-city metonymy in GUIDELINES.md); they could be read as ORG (the legislatures), like 'Landtag'. 'the Scottish Parliament' (the body's own name) ORG. 'the Parliament building' not marked (generic head).",
 "'The Referendum (Scotland) Bill' is a bill (not an entity); 'Scotland' inside it deliberately unlabelled (make_gold.py warns). 'the Scottish Secretary' (a title) -> NORP 'Scottish' only, like 'Russian Foreign Minister'; 'Scottish independence' NORP. 'the UK government' -> PLACE 'UK'; 'the UK Supreme Court' -> one ORG (like 'U.S. Supreme Court'); 'Reform UK' one ORG (party name; possessive excluded). 'Scottish Greens', 'Scottish Labour', 'Scottish Conservatives', 'Liberal Democrats' -> ORG (party names acting as voters in the chamber). 'Section 30 order' -> '30' an identifier, not a claim. 'Catalan flags' NORP; 'saltires' not marked. Gaelic surname 'Mac an t-Saoir' kept whole with its lowercase particles.",
 "'by 67 votes to 58' -> '67 votes' + '58' (tally split). 'between 3 and 9 June' -> two dates '3' (06-03) and '9 June' (range split). 'the summer of 2023' -> date 2023. 'four successive elections' count. 'a second referendum' ordinal (headline and body).",
 SYN,
])

ARTICLES["syn_2026_crime_brussels_museum_theft"] = dict(split="heldout8", E="""
Bruegel PERSON
Brussels PLACE
BRUSSELS PLACE
Belga ORG
Royal Museums of Fine Arts of Belgium ORG
Brussels PLACE
Pieter Bruegel the Elder PERSON
Tongeren PLACE
Rue de la Régence PLACE
Ine Vandenbussche PERSON
Brussels PLACE
Sablon PLACE
Saint-Pierre University Hospital PLACE
Anderlecht PLACE
Hugo Vermeulen-Claes PERSON
Liège PLACE
Belgians NORP
Federal Judicial Police ORG
Brussels PLACE
Interpol ORG
Europol ORG
Art Loss Register ORG
Europe PLACE
Louvre ORG
Paris PLACE
Green Vault ORG
Dresden PLACE
Tongeren PLACE
Belgium PLACE
Luc Daemen-Peeters PERSON
Flemish NORP
Walloon NORP
Belga ORG
""", C="""
13th | ordinal | 13
3.40 am | time | 03:40
at least three masked men | count | 3
less than seven minutes | duration | 7
two display cases | count | 2
57 | duration | 57
about an hour | duration | 1
38 | measure | 38
55 centimetres | measure | 55
around €4.5 million | money | 4500000
2019 | date | 2019
around 1240 | date | 1240
12 investigators | count | 12
October 2025 | date | 2025-10
an estimated €88 million | money | 88000000
under eight minutes | duration | 8
2019 | date | 2019
21 pieces | count | 21
18th | ordinal | 18
about 600,000 visitors | count | 600000
40 percent | percent | 40
€9 million | money | 9000000
2027 | date | 2027
twice | count | 2
800 years | duration | 800
""", doubts=[
 "Belga style: 'BRUSSELS (Belga) -' dateline, British time '3.40 am', '€4.5 million', closing 'Belga' sign-off. The 2026 theft, the stolen works, the museum director, spokeswoman, priest and all quotes are FICTIONAL; the October 2025 Louvre theft (jewels valued at about €88 million, taken in under eight minutes) and the 2019 Green Vault theft in Dresden (21 pieces) are real background, mentioned neutrally.",
 "Museums robbed (victims) -> ORG: 'the Royal Museums of Fine Arts of Belgium', 'the Louvre', 'the Green Vault' (heldout5 rule: a body acted upon is ORG, a destination is PLACE); they could be read as PLACE (buildings broken into). 'taken to Saint-Pierre University Hospital' -> PLACE (destination). 'the Rue de la Régence side', 'towards the Sablon' -> PLACE; 'the canal in Anderlecht' -> PLACE 'Anderlecht'.",
 "'a small panel painting attributed to Pieter Bruegel the Elder' -> one PERSON with the epithet; 'Bruegel panel' (headline) -> PERSON 'Bruegel' (the painter's name as a modifier). 'museum director Dr. Hugo Vermeulen-Claes', 'Fr. Luc Daemen-Peeters' -> abbreviated titles excluded. 'the federal prosecutor's office', 'the Brussels public prosecutor's office' -> only PLACE 'Brussels' (lowercase bodies); 'The Federal Judicial Police' ORG. 'Belgians' NORP; 'Flemish and Walloon politicians' -> two NORP (regional demonyms).",
 "'measuring 38 by 55 centimetres' -> two measures (dimensions split like a range). 'around 1240' -> date with the qualifier inside (like 'until at least Feb. 20'). 'a 13th-century', '18th-century' -> ordinals. 'in under eight minutes' -> 'under' bounds the number (qualifier inside). 'only twice in 800 years' -> count 2 + duration 800. 'A security guard, 57,' duration. 'about an hour later' duration 1.",
 SYN,
])
