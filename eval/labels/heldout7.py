# Labels for the HELDOUT7 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Seventh held-out split: 1 real public-domain US federal text (pd_*: FEMA) + 11 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["pd_2022_fema_hurricane_fiona_puerto_rico"] = dict(split="heldout7", E="""
FEMA ORG
WASHINGTON PLACE
Joseph R. Biden, Jr. PERSON
Puerto Rico PLACE
Pedro Pierluisi PERSON
FEMA ORG
Puerto Rico PLACE
Arecibo PLACE
Barceloneta PLACE
Cabo Rojo PLACE
Loíza PLACE
Manatí PLACE
FEMA ORG
FEMA ORG
FEMA ORG
FEMA ORG
FEMA ORG
FEMA ORG
FEMA ORG
""", C="""
Sept. 24 | date | 09-24
September 24, 2022 | date | 2022-09-24
Sept. 21 | date | 09-21
63 municipalities | count | 63
78 Puerto Rico municipalities | count | 78
Five additional municipalities | count | 5
Sept. 23 | date | 09-23
63 declared municipalities | count | 63
$700 | money | 700
more than 168,000 survivors | count | 168000
$40 million | money | 40000000
""", doubts=[
 "REAL text, public domain (US federal government work): FEMA press release 'FEMA Continues Hurricane Fiona Response Efforts: Sept. 24 Updates', September 24, 2022, https://www.fema.gov/press-release/20220924/fema-continues-hurricane-fiona-response-efforts-sept-24-updates ; see README. EXCERPT: the stored copy stops mid-sentence ('...making it easier to apply for as'), so the text ends at the last complete sentence (266 words, under the 300-word target). The page's table header 'Release Date Release Number' (page furniture) was dropped; 'Release Date:' and the date are kept on their two lines as stored; straight apostrophe as stored.",
 "NEW: 'President Joseph R. Biden, Jr.' -> PERSON 'Joseph R. Biden, Jr.' (the generational suffix is part of the name as written; title excluded). 'Puerto Rico Gov. Pedro Pierluisi' -> PLACE + PERSON.",
 "NEW: '800-621-FEMA (3362)' is a phone number: its digits are not a claim, but the agency name spelled inside the vanity number is marked ORG 'FEMA' (every mention of the name; it could be read as part of an identifier and left unmarked). 'the FEMA App' -> ORG 'FEMA' (the agency's own app, named descriptively; unlike a product name such as 'Android'), 'the FEMA operator', 'FEMA Disaster Survivor Assistance teams' -> ORG 'FEMA'. 'www.DisasterAssistance.gov' (a URL) not marked.",
 "Programmes not marked: 'Individual Assistance', 'Critical Needs Assistance', 'Disaster Survivor Assistance'; 'Hurricane Fiona' is a named storm (not marked).",
 "'all 78 Puerto Rico municipalities' -> count '78 Puerto Rico municipalities' (a three-word head with the place name inside, like heldout5's '112 emergency text alerts'; 'all' is not a qualifier). 'a one-time payment' -> not marked (an adjective meaning 'single', like 'once-weekly'). '$700 per household' -> money, rate outside.",
])

ARTICLES["syn_2026_environment_vietnam_mekong_salinity"] = dict(split="heldout7", E="""
Mekong Delta PLACE
Hoàng Minh Châu PERSON
Hàm Luông River PLACE
Bến Tre Province PLACE
Sơn Đốc PLACE
Southern Institute of Water Resources Research ORG
Nguyễn Văn Thắng PERSON
Department of Agriculture and Environment ORG
Ba Tri PLACE
Thạnh Phú PLACE
Giồng Trôm PLACE
Thắng PERSON
Bến Tre PLACE
Trà Vinh PLACE
Sóc Trăng PLACE
Cà Mau PLACE
Mekong Delta PLACE
US PLACE
China PLACE
Laos PLACE
Mekong River Commission ORG
Kratie PLACE
Cambodia PLACE
Mỏ Cày Nam District PLACE
Lê Thị Hồng PERSON
Ministry of Agriculture and Environment ORG
Trần Quang Minh PERSON
Cần Thơ PLACE
Cái Lớn–Cái Bé PLACE
Kiên Giang PLACE
Minh PERSON
Mekong River Commission ORG
Yunnan PLACE
Laos PLACE
Vietnam Academy for Water Resources ORG
""", C="""
90 km | measure | 90
six years | duration | 6
March 11, 2026 | date | 2026-03-11
05:40 pm GMT+7 | time | 17:40
up to 90 km | measure | 90
some 42,000 households | count | 42000
4.2 grams | measure | 4.2
1 gram | measure | 1
11,500 hectares | measure | 11500
3,200 hectares | measure | 3200
third | ordinal | 3
second | ordinal | 2
six years | duration | 6
2019–2020 | date | 2019
about 58,000 hectares | measure | 58000
VND5.5 trillion | money | 5500000000000
US$216 million | money | 216000000
1.3 meters | measure | 1.3
1.5-cubic-meter | measure | 1.5
VND350,000 | money | 350000
nearly three times | measure | 3
54 | duration | 54
three water jars | count | 3
VND120 billion | money | 120000000000
14 canals | count | 14
April 30 | date | 04-30
second | ordinal | 2
2021 | date | 2021
VND3.3 trillion | money | 3300000000000
January 28 | date | 01-28
384,000 hectares | measure | 384000
two weeks | duration | 2
2020 | date | 2020
three | duration | 3
four years | duration | 4
""", doubts=[
 "VnExpress International style: sentence-case headline, byline with date and '05:40 pm GMT+7', Vietnamese names and places with full diacritics, 'VND5.5 trillion (US$216 million)'. The salinity figures, people and quotes are FICTIONAL; the Ministry of Agriculture and Environment (merged in 2025), the Mekong River Commission, the Southern Institute of Water Resources Research, the Vietnam Academy for Water Resources and the Cái Lớn–Cái Bé sluice project are real names; the 2019-2020 drought losses echo real reports.",
 "Vietnamese names: the short form is the given name, the LAST word ('Nguyễn Văn Thắng' -> 'Thắng', 'Trần Quang Minh' -> 'Minh'); 'Deputy Minister' and 'deputy director' are titles (excluded).",
 "'Hàm Luông River', 'Bến Tre Province', 'Mỏ Cày Nam District' keep the capitalised generic word (heldout3 convention); 'the Sơn Đốc monitoring station' -> PLACE 'Sơn Đốc' (lowercase generic dropped). NEW: 'The Cái Lớn–Cái Bé sluice system' -> one PLACE span 'Cái Lớn–Cái Bé' (a named landmark whose name joins two rivers with an en dash, like 'Whakaari/White Island'); 'sluice system' lowercase, outside.",
 "'the provincial Department of Agriculture and Environment' -> ORG (capitalised body name; 'provincial' lowercase, outside). 'US$216 million' -> money, and 'US' also PLACE (heldout6 'US$ 347 Mn' convention).",
 "'05:40 pm GMT+7' -> time 17:40 with the zone (and its offset) inside, like '2:00 p.m. EDT'; the '+7' is part of the zone, not a claim. 'the 2019–2020 dry season' -> one date span, value the first year (heldout6 crop-season '2024/25' convention); could be split into two dates.",
 "'4.2 grams per liter', 'the 1 gram per liter threshold' -> measures, the rate 'per liter' outside. '1.5-cubic-meter tank' -> measure 1.5 (hyphenated unit inside). 'nearly three times last year's price' -> measure 3 with qualifier (heldout 'up to seven times'). 'the second half of March' -> ordinal 'second' (bare month not marked).",
 "'every three to four years' -> range split: bare 'three' (duration 3) + 'four years'. Not marked: 'every decade' (frequency, no number), 'by the tank', 'within minutes'.",
 SYN,
])

ARTICLES["syn_2027_election_mexico_nuevo_leon_governor"] = dict(split="heldout7", E="""
Morena ORG
Nuevo León PLACE
ANA LUCÍA BENAVIDES PERSON
Associated Press ORG
MONTERREY PLACE
Mexico PLACE
AP ORG
Mexico PLACE
Morena ORG
Nuevo León PLACE
U.S. PLACE
Rosa Elena Villarreal de León PERSON
Santiago Garza Treviño PERSON
Citizens’ Movement ORG
Jorge Cantú Salinas PERSON
Institutional Revolutionary Party ORG
National Action Party ORG
Nuevo León PLACE
Villarreal PERSON
San Pedro Garza García PLACE
Garza PERSON
Apodaca PLACE
Guadalupe PLACE
General Escobedo PLACE
Monterrey PLACE
Samuel García PERSON
Citizens’ Movement ORG
National Electoral Institute ORG
INE ORG
Cadereyta Jiménez PLACE
Morena ORG
Claudia Sheinbaum PERSON
Mexico PLACE
American NORP
Korean NORP
Chinese NORP
Texas PLACE
Caintra ORG
Héctor Javier Elizondo PERSON
Electoral Tribunal of the Federal Judicial Branch ORG
Villarreal PERSON
Nuevo León PLACE
Associated Press ORG
Lucía Treviño Osuna PERSON
Mexico City PLACE
""", C="""
more than 1,800 polling stations | count | 1800
98.6% | percent | 98.6
41.3% | percent | 41.3
39.8% | percent | 39.8
about 33,000 votes | count | 33000
nearly 2.2 million | count | 2200000
third | ordinal | 3
14.1% | percent | 14.1
47-year-old | duration | 47
1\u00a0a.m. | time | 01:00
38 | duration | 38
three | count | 3
second | ordinal | 2
six-year | duration | 6
56% | percent | 56
52% | percent | 52
six years | duration | 6
two campaign workers | count | 2
about 8% | percent | 8
six-month | duration | 6
June\u00a013 | date | 06-13
first | ordinal | 1
""", doubts=[
 "AP style: capitals byline 'By ANA LUCÍA BENAVIDES Associated Press', dateline 'MONTERREY, Mexico (AP) —', '___' contributor line; curly quotes and apostrophes throughout ('Citizens’ Movement', 'Mexico’s'), and three U+00A0 no-break spaces: 'Gov.\\u00a0Samuel García', '1\\u00a0a.m.' and 'June\\u00a013' (the last two are inside gold claim spans; the text fields hold the exact characters). The 2027 result, candidates, quotes and figures are FICTIONAL; Morena, Citizens’ Movement, PRI, PAN, INE, Caintra and the Electoral Tribunal are real names; Samuel García (the real governor, whose term ends in 2027) and Claudia Sheinbaum appear only in neutral background mentions.",
 "Spanish compound names: 'Rosa Elena Villarreal de León' one PERSON (particle 'de' inside); short form 'Villarreal' (first surname, as AP writes it); 'Santiago Garza Treviño' -> 'Garza'. 'San Pedro Garza García' is a municipality (PLACE) although it contains the surname 'Garza'; 'General Escobedo' and 'Guadalupe' are municipalities (PLACE) despite looking like a title+name and a first name.",
 "'Citizens’ Movement' one ORG with the curly apostrophe inside (a party's name, not a possessive). 'Mexico’s governing Morena party' -> PLACE + ORG ('party' lowercase). 'its Spanish initials INE' -> 'Spanish' is the language (not marked), 'INE' ORG. 'the state electoral institute' (lowercase) not marked. 'American, Korean and Chinese factories' -> three NORP.",
 "'nearly 2.2 million cast' -> count 'nearly 2.2 million' (no counted head follows; seed 'more than 11 million' convention). 'a distant third' -> ordinal. 'Garza, 38,' -> bare age duration. 'three of the municipalities' -> count 'three'. 'a second six-year term' -> ordinal + duration. 'six years ago' -> duration (explicit number). 'shortly after 1 a.m.' -> time 01:00 ('shortly after' not a qualifier).",
 "Not marked: 'one by one' (idiom meaning 'individually', not a quantity), 'hundreds of ... factories' (vague), 'late August' (bare month), weekdays.",
 SYN,
])

ARTICLES["syn_2026_diplomacy_iran_iaea_board"] = dict(split="heldout7", E="""
IAEA ORG
Iran PLACE
Fordow PLACE
Tehran PLACE
Iranian NORP
International Atomic Energy Agency ORG
IAEA ORG
Vienna PLACE
Austria PLACE
REUTERS ORG
Elisabeth Mandl PERSON
Katrin Hölzl PERSON
Navid Rahimzadeh PERSON
VIENNA PLACE
Reuters ORG
International Atomic Energy Agency ORG
Iran PLACE
Fordow PLACE
Tehran PLACE
U.N. ORG
Britain PLACE
France PLACE
Germany PLACE
United States PLACE
Russia PLACE
China PLACE
Iran PLACE
Qom PLACE
Reuters ORG
IAEA ORG
Iran PLACE
Iran PLACE
Foreign Ministry ORG
Hossein Jafari-Tabrizi PERSON
Washington PLACE
Atomic Energy Organization of Iran ORG
AEOI ORG
Iran PLACE
European NORP
E3 ORG
Iran PLACE
U.N. Security Council ORG
Ali-Reza Mousavi PERSON
Iranian NORP
Tasnim ORG
U.S. PLACE
Tehran PLACE
Bonbast ORG
Iran PLACE
Tehran PLACE
Katrin Hölzl PERSON
Vienna PLACE
Navid Rahimzadeh PERSON
Dubai PLACE
Ros Penhallow PERSON
""", C="""
March 4, 2024 | date | 2024-03-04
June 11 | date | 06-11
35-nation | count | 35
21 votes | count | 21
four | count | 4
nine abstentions | count | 9
more than 11 months | duration | 11
412.3 kg | measure | 412.3
up to 60% | percent | 60
roughly 90% | percent | 90
about 10 weapons | count | 10
48 hours | duration | 48
about 1,020,000 | money | 1020000
985,000 | money | 985000
November 2024 | date | 2024-11
""", doubts=[
 "Reuters style: caption 'FILE PHOTO: ... REUTERS/Elisabeth Mandl/File Photo', byline, dateline 'VIENNA, June 11 (Reuters) -', reporting/editing trailer. The 2026 resolution, vote tally, stockpile figure, rial rate, people and quotes are FICTIONAL; the IAEA, AEOI, Tasnim and Bonbast are real names; the November 2024 censure and Iran's response are real background.",
 "'35-nation Board of Governors': 'Board of Governors' (the IAEA's own organ) is NOT marked, like heldout6's 'Executive Board' of the IMF and 'the Committee' (a generic capitalised head of a body already named); '35-nation' -> count 35 (like '100-member').",
 "NEW: 'the E3' (Britain, France and Germany acting together as a negotiating group) -> ORG (a named group acting as a body); could be read as not an entity. 'the U.N. nuclear watchdog' -> ORG 'U.N.'; 'the U.N. Security Council' one ORG (the 'U.S. Supreme Court' convention). 'Iran's Foreign Ministry' -> PLACE + ORG (capitalised body). 'the semi-official Tasnim news agency' -> ORG 'Tasnim'. 'the foreign exchange website Bonbast' -> ORG (a media/data outlet). 'the Additional Protocol' is a treaty (not an entity).",
 "'21 votes in favour, four against and nine abstentions' -> three counts ('four' bare). 'uranium enriched to up to 60% purity' -> percent with qualifier; 'roughly 90%' percent. 'about 1,020,000 per U.S. dollar', 'from 985,000' -> money (rial amounts; 'per U.S. dollar' outside, 'U.S.' PLACE), like heldout3's '131.50 per dollar'. 'within 48 hours' -> duration '48 hours' ('within' not a qualifier).",
 "Persian compound names with hyphens kept whole ('Hossein Jafari-Tabrizi', 'Ali-Reza Mousavi'); 'spokesman' and 'a member of ... committee' are not part of the names. 'Iranian parliament's national security committee' -> NORP 'Iranian' only (lowercase bodies).",
 "Not marked: 'last month', 'a week earlier', 'in September' (bare month), 'several thousand' (vague).",
 SYN,
])

ARTICLES["syn_2026_disaster_australia_grampians_bushfire"] = dict(split="heldout7", E="""
Grampians PLACE
Victoria PLACE
Emma Kowalczyk PERSON
AAP ORG
Victoria PLACE
Grampians National Park PLACE
Mount William PLACE
Country Fire Authority ORG
Halls Gap PLACE
Pomonal PLACE
Moyston PLACE
CFA ORG
Daniel Okafor-Reid PERSON
Stawell PLACE
NSW Rural Fire Service ORG
New Zealand PLACE
Australian Defence Force ORG
RAAF Base East Sale PLACE
Bureau of Meteorology ORG
Priya Venkataraman PERSON
Grampians PLACE
Djab Wurrung NORP
Jardwadjali NORP
Gariwerd PLACE
Ararat PLACE
Colin McAllister PERSON
Western Highway PLACE
Ararat PLACE
Stawell PLACE
Grampians Road PLACE
V/Line ORG
Ararat PLACE
Victorians NORP
Insurance Council of Australia ORG
AAP ORG
""", C="""
60,000ha | measure | 60000
45C | measure | 45
more than 60,000 hectares | measure | 60000
at least 14 homes | count | 14
45C | measure | 45
120km | measure | 120
about 1,200 residents | count | 1200
20 kilometres | measure | 20
More than 400 firefighters | count | 400
60 aircraft | count | 60
150 trucks | count | 150
two Chinook helicopters | count | 2
60 | measure | 60
70km/h | measure | 70
about 4pm AEDT | time | 16:00
about one-third | fraction | 0.3333333333
three summers | duration | 3
67 | duration | 67
2,300 ewes | count | 2300
2024 | date | 2024
11 districts | count | 11
$38 million | money | 38000000
February 2009 | date | 2009-02
173 people | count | 173
""", doubts=[
 "AAP style: headline with '60,000ha' and '45C' (unit glued), byline name on its own line then '(AAP)', 'AAP' sign-off; '4pm AEDT'. The fire, damage figures, people and quotes are FICTIONAL (the premier is deliberately not named); the CFA, NSW RFS, ADF, Bureau of Meteorology, Insurance Council of Australia and V/Line are real names; the Black Saturday toll (173, February 2009) is real background.",
 "'Grampians National Park', 'Mount William', 'RAAF Base East Sale' (a base, PLACE like launch pads), 'Western Highway', 'Grampians Road' -> PLACE (capitalised official names). 'the NSW Rural Fire Service' one ORG with 'NSW' inside (no nesting). 'the incident control centre in Stawell', 'the relief centre in Ararat' -> only the towns.",
 "NEW: 'the Djab Wurrung and Jardwadjali peoples' -> two NORP (Aboriginal peoples as groups, like 'Fulani'/'Tuareg'); 'Gariwerd' (the Indigenous name of the Grampians) PLACE. 'V/Line' (the Victorian train operator) ORG with the slash inside. 'Chinook helicopters' are an aircraft type (product, not marked), but 'two Chinook helicopters' is a count with a two-word head.",
 "'winds of 60 to 70km/h' -> range split into bare '60' (measure) and '70km/h' (unit glued, one span, like '38.8C'). 'at about 4pm AEDT' -> time 16:00 with qualifier and zone inside. 'about one-third of the Grampians' -> fraction with qualifier. 'McAllister, 67,' -> duration. 'in the past three summers' -> duration 'three summers' (counted seasons).",
 "Event names not entities: 'The Black Saturday fires' (like named storms and named wildfires); the year/month inside 'February 2009' is a date, '173 people' a count. Not marked: 'within minutes', 'several kilometres' (vague), 'Friday'/'Sunday' (weekdays).",
 SYN,
])

ARTICLES["syn_2026_energy_nordic_power_prices"] = dict(split="heldout7", E="""
Nordic NORP
Siri Bergvik PERSON
Jesper Lindqvist PERSON
Bloomberg ORG
Nordic NORP
Norway PLACE
Sweden PLACE
Norway PLACE
Nord Pool ORG
Finland PLACE
Lapland PLACE
Nordic NORP
Statnett ORG
Swedish Energy Agency ORG
Norwegian NORP
Ingrid Solheim-Aas PERSON
Fjordline Energy Analytics ORG
Oslo PLACE
Norway PLACE
Progress Party ORG
Germany PLACE
UK PLACE
Stockholm PLACE
Swedish NORP
Svenskt Näringsliv ORG
Nordic NORP
Nasdaq Commodities ORG
German NORP
Finland PLACE
Olkiluoto 3 PLACE
Europe PLACE
Fingrid ORG
Norwegian Meteorological Institute ORG
Scandinavia PLACE
Kati Rönnholm PERSON
Siri Bergvik PERSON
Oslo PLACE
Jesper Lindqvist PERSON
Stockholm PLACE
""", C="""
Three-Year | duration | 3
three years | duration | 3
38% | percent | 38
€214.60 | money | 214.6
€171.35 | money | 171.35
December 2022 | date | 2022-12
minus 32C | measure | -32
€400 | money | 400
two hours | duration | 2
52.4% | percent | 52.4
11.8 percentage points | percent | 11.8
20-year | duration | 20
about a fifth | fraction | 0.2
One more week | duration | 1
40 øre | money | 40
1,820 kronor | money | 1820
$176 | money | 176
second | ordinal | 2
6.1% | percent | 6.1
€78.50 | money | 78.5
2.4% | percent | 2.4
€92 | money | 92
1,600-megawatt | measure | 1600
three-week | duration | 3
Feb. 2 | date | 02-02
five | measure | 5
eight degrees | measure | 8
at least Feb. 20 | date | 02-20
""", doubts=[
 "Bloomberg style: title-case headline, '(Bloomberg) --' opening, '--With assistance from', contact trailer with e-mail addresses (not marked), prices 'a megawatt-hour', '€214.60', '1,820 kronor ($176)', '40 øre'. The prices, reservoir levels, the analyst and her firm 'Fjordline Energy Analytics' and the quotes are FICTIONAL; Nord Pool, Statnett, Fingrid, the Swedish Energy Agency, Svenskt Näringsliv, Nasdaq Commodities, the Progress Party and Olkiluoto 3 are real names.",
 "NEW: 'Nordic' ('the Nordic region', 'the Nordic area', 'Nordic baseload power', 'Nordic Power Prices') -> NORP, a regional adjective like the seed's 'Western'; it could be read as PLACE-like. 'southern Norway', 'southern Scandinavia' -> PLACE only ('central Italy' convention).",
 "NEW: 'Finland’s 1,600-megawatt Olkiluoto 3 reactor' -> PLACE 'Olkiluoto 3' (a named power-plant unit treated as a site/landmark, like launch pads); its '3' is part of the name, not a claim; it could be read as a product (not marked). Price-area codes ('SE3') are identifiers: not entities, not claims. 'the grid operator Statnett', 'grid operator Fingrid', 'Swedish industry group Svenskt Näringsliv' -> ORG (+ NORP 'Swedish').",
 "Money with the rate outside: '€214.60 a megawatt-hour', '40 øre per kilowatt-hour', '1,820 kronor ($176)' -> money as stated in the stated unit ('øre' = minor unit, like '812p'/'65c'). '€400' money. '11.8 percentage points' -> percent. 'minus 32C' -> measure -32 with 'minus' inside (sign of the number). 'about a fifth' -> fraction 0.2 with the article (heldout6 'about a third').",
 "NEW: 'One more week of this cold' -> duration 'One more week' (value 1; 'more' sits between number and head). 'triple-digit prices' not marked (no specific number). 'five to eight degrees below normal' -> range split: bare 'five' (measure) + 'eight degrees'. NEW: 'until at least Feb. 20' -> date with the qualifier 'at least' inside (a listed qualifier bounding the date).",
 "'Three-Year High' (headline) and 'the highest in three years' -> durations; '20-year average' duration; 'three-week maintenance halt' duration; 'the second quarter' ordinal.",
 SYN,
])

ARTICLES["syn_2026_security_finland_baltic_cable"] = dict(split="heldout7", E="""
Finland PLACE
Baltic Sea PLACE
Anna Kivelä PERSON
BBC News ORG
Helsinki PLACE
Finnish NORP
Finland PLACE
Estonia PLACE
Gulf of Finland PLACE
Finnish Border Guard ORG
Cook Islands PLACE
Porkkala PLACE
Elisa ORG
Helsinki PLACE
Tallinn PLACE
Elisa ORG
Helsinki PLACE
Russia PLACE
India PLACE
Georgia PLACE
Mikko Laaksonen PERSON
National Bureau of Investigation ORG
Russian NORP
Ust-Luga PLACE
Alexandria PLACE
Egypt PLACE
United Arab Emirates PLACE
Finnish NORP
Finland PLACE
Russia PLACE
Moscow PLACE
Nato ORG
Estonia PLACE
Estonian NORP
Kristiina Vahtra PERSON
Riikka Saarinen-Holm PERSON
Finnish Institute of International Affairs ORG
Elisa ORG
""", C="""
second | ordinal | 2
less than 18 months | duration | 18
about 03:40 | time | 03:40
01:40 GMT | time | 01:40
some 20 nautical miles | measure | 20
37km | measure | 37
24 crew members | count | 24
December 2024 | date | 2024-12
five cables | count | 5
January 2025 | date | 2025-01
about 60m | measure | 60
two | duration | 2
three weeks | duration | 3
""", doubts=[
 "BBC News style: sentence-case headline, byline 'By Anna Kivelä, BBC News, Helsinki', British spellings, spaced hyphens as dashes, 'Det Supt', 'Nato'. The 2026 incident, the ship 'Vela Star', the people and quotes are FICTIONAL; the Finnish Border Guard, Elisa, the National Bureau of Investigation and the Finnish Institute of International Affairs are real names; the December 2024 Eagle S case, the Estlink 2 damage and Nato's Baltic Sentry mission (January 2025) are real background.",
 "NEW: ship names ('Vela Star', 'the oil tanker Eagle S') are vehicles, treated like products/aircraft types: not marked; the cable name 'Estlink 2' (infrastructure product) and the operation name 'Baltic Sentry' (like programmes) not marked, their digits not claims. 'the Cook Islands-flagged Vela Star' -> PLACE 'Cook Islands' inside the compound.",
 "'Georgia' (crew nationality list: the country) -> PLACE. 'Helsinki police' -> PLACE only (lowercase). 'Estonia's navy' -> PLACE only (lowercase 'navy'). 'Estonian MP Kristiina Vahtra' -> NORP + PERSON (title 'MP' excluded). 'Det Supt Mikko Laaksonen' -> PERSON without the rank. 'the Russian port of Ust-Luga' -> NORP + PLACE. 'Moscow has denied' -> PLACE (capital metonymy).",
 "'at about 03:40 local time (01:40 GMT)' -> time 'about 03:40' ('local time' outside) and '01:40 GMT' (zone inside). 'some 20 nautical miles (37km)' -> two measures. 'the second such incident' ordinal. 'in less than 18 months' duration with qualifier. 'two to three weeks' -> bare 'two' (duration) + 'three weeks'. 'about 60m' measure. Not marked: 'within minutes', 'Thursday', 'Wednesday evening'.",
 SYN,
])

ARTICLES["syn_2026_refugees_mauritania_mbera_camp"] = dict(split="heldout7", E="""
Malians NORP
Mauritania PLACE
Mbera PLACE
Mbera PLACE
Bassikounou PLACE
Mauritania PLACE
AFP ORG
Fatimetou Mint Cheikh PERSON
Bassikounou PLACE
Mauritania PLACE
AFP ORG
Malians NORP
Mauritania PLACE
Malian NORP
Al-Qaeda ORG
Group for the Support of Islam and Muslims ORG
JNIM ORG
UN ORG
Mbera PLACE
Hodh Ech Chargui PLACE
UNHCR ORG
Fatoumata Dicko PERSON
Léré PLACE
Fulani NORP
Tuareg NORP
Mali PLACE
Russian NORP
Wagner ORG
Africa Corps ORG
Russia PLACE
World Food Programme ORG
WFP ORG
Mbera PLACE
WFP ORG
Ousmane Diallo-Sy PERSON
AFP ORG
Nouakchott PLACE
Mauritania PLACE
Niger PLACE
Burkina Faso PLACE
Hodh Ech Chargui PLACE
Sidi Mohamed ould Ahmed Salem PERSON
Mali PLACE
Timbuktu PLACE
Algiers PLACE
Mali PLACE
Assimi Goita PERSON
UNHCR ORG
Sahel PLACE
""", C="""
February 3, 2026 | date | 2026-02-03
More than 9,000 Malians | count | 9000
three weeks | duration | 3
about 270,000 | count | 270000
almost five times | measure | 5
four days | duration | 4
34 | duration | 34
five | count | 5
some 60 kilometres | measure | 60
60 percent | percent | 60
$18.5 million | money | 18500000
six weeks | duration | 6
about 5 million people | count | 5000000
1,450 children | count | 1450
second | ordinal | 2
2015 | date | 2015
January 2024 | date | 2024-01
2020 | date | 2020
2021 | date | 2021
five-year | duration | 5
July 2025 | date | 2025-07
about 3.3 million people | count | 3300000
""", doubts=[
 "AFP style: caption with the credit glued after the full stop ('...on February 3, 2026.AFP/Fatimetou Mint Cheikh'), dateline 'Bassikounou (Mauritania) (AFP) -', desk trailer 'bur-sm/kd' (not marked). The 2026 influx, camp figures, WFP appeal, people and quotes are FICTIONAL; UNHCR, WFP, JNIM, Wagner and the Africa Corps are real names; the 2020/2021 coups, the end of the Algiers accord (January 2024) and Assimi Goita's five-year mandate (July 2025) are real background, mentioned neutrally.",
 "Mauritanian/Hassaniya names with particles kept whole: 'Fatimetou Mint Cheikh' ('Mint' = daughter of), 'Sidi Mohamed ould Ahmed Salem' (lowercase 'ould' inside the PERSON span). 'The governor of Hodh Ech Chargui' -> title excluded, PLACE 'Hodh Ech Chargui' (a region's Arabic name).",
 "'the Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)' -> ORG 'Al-Qaeda' inside the compound (seed 'UN-backed') + ORG + ORG. 'the UN refugee agency' -> ORG 'UN'. 'the Wagner group' -> ORG 'Wagner' (lowercase 'group'); 'the Africa Corps' ORG; 'Russia's defence ministry' -> PLACE only. 'Fulani and Tuareg herders' -> two NORP (ethnic groups). 'the Malian army' -> NORP only. 'the central Sahel' -> PLACE 'Sahel'.",
 "NEW: 'the 2015 Algiers peace accord' -> date 2015 + PLACE 'Algiers' (the accord is lowercase and unnamed here, so the city is a plain place mention; a capitalised treaty name would not be an entity).",
 "'a mother of five' -> count 'five' (an explicit number; the counted head 'children' is implied). 'almost five times the camp's original capacity' -> measure 5 (multiplier with a number). 'rations ... to 60 percent of the minimum daily requirement' percent. 'Fatoumata Dicko, 34,' -> duration. 'some 60 kilometres' measure. 'first from the Wagner group' -> 'first' is an adverb (not an ordinal). 'the end of July', 'next month', 'since December' -> bare months / relative dates, not marked.",
 SYN,
])

ARTICLES["syn_2026_sport_rugby_fiji_japan_suva"] = dict(split="heldout7", E="""
Flying Fijians ORG
Japan PLACE
Suva PLACE
SERU VAKATAWA PERSON
Flying Fijians ORG
Japanese NORP
Brave Blossoms ORG
HFC Bank Stadium PLACE
Suva PLACE
Fiji PLACE
Josefa Naivalu PERSON
Meli Tuilau PERSON
Japan PLACE
Kenta Morishima PERSON
Daiki Hasegawa PERSON
Vilimoni Rokotuiloma PERSON
Japan PLACE
Fiji PLACE
Isikeli Naulumatua PERSON
Japan PLACE
Shota Iwabuchi PERSON
Samoa PLACE
Tuilau PERSON
Tevita Fonua PERSON
Tonga PLACE
Japanese NORP
Ryo Kanemoto PERSON
Fiji PLACE
Fiji PLACE
Samoa PLACE
Tonga PLACE
Apia PLACE
Japan PLACE
Fiji PLACE
Samoa PLACE
Churchill Park PLACE
Lautoka PLACE
Japan PLACE
Nukuʻalofa PLACE
Tonga PLACE
Fiji Rugby Union ORG
Apisai Bulivou PERSON
Lautoka PLACE
Japan PLACE
Suva PLACE
Naulumatua PERSON
Naivalu PERSON
""", C="""
27 | count | 27
24 | count | 24
27 | count | 27
24 | count | 24
more than 12,000 | count | 12000
20 | count | 20
10 | count | 10
two tries | count | 2
11 minutes | duration | 11
24 | count | 24
24 | count | 24
17 points | count | 17
three conversions | count | 3
two penalties | count | 2
35 metres | measure | 35
78th | ordinal | 78
first | ordinal | 1
11 | count | 11
five minutes | duration | 5
23 | duration | 23
19 tackles | count | 19
three turnovers | count | 3
52nd | ordinal | 52
second | ordinal | 2
nine points | count | 9
two matches | count | 2
one | count | 1
31 | count | 31
17 | count | 17
third | ordinal | 3
five points | count | 5
ninth | ordinal | 9
September 6 | date | 09-06
13th | ordinal | 13
8,000 | count | 8000
first | ordinal | 1
four years | duration | 4
70th | ordinal | 70
""", doubts=[
 "Local-newspaper sport style (Fiji Times-like): headline with score, capitals byline 'By SERU VAKATAWA', the opening 'THE' in capitals, one U+02BB ʻokina in 'Nukuʻalofa'. The match, result, players, coach, referee, official and quotes are FICTIONAL (Japan's head coach deliberately not named); the Fiji Rugby Union, HFC Bank Stadium, Churchill Park and the Pacific Nations Cup are real names.",
 "NEW: national-team nicknames 'Flying Fijians' and 'Brave Blossoms' -> ORG (a team acting as a body, like football clubs); national teams written as the country ('Japan', 'Fiji', 'Samoa', 'Tonga') -> PLACE (heldout2 convention). 'the Pacific Nations Cup' is an event (not marked); 'Pool A' not marked.",
 "NEW: the Fijian chiefly title 'Ratu' is a title, excluded like 'Lord'/'Lady': 'openside flanker Ratu Meli Tuilau' -> PERSON 'Meli Tuilau', later 'Tuilau'. Japanese names in given-surname order ('Kenta Morishima'). 'HFC Bank Stadium' one PLACE (arena, bank name inside not nested).",
 "Scores split like vote tallies: '27-24' (headline and lead), '20-10', 'level the scores at 24-24', '31-17' -> bare counts. Match minutes -> ordinal only ('the 78th minute', '52nd', '70th'). 'a try' (article) not marked; '17 points from a try, three conversions and two penalties' -> counts. '11 of them' -> bare count. 'one ahead of Samoa' -> count 1. 'ranked ninth', 'ranked 13th', 'third with five points' -> ordinals + count. 'had passed 8,000' -> bare count.",
 "Not marked: 'every metre' (no number), 'Saturday night', 'Thursday'.",
 SYN,
])

ARTICLES["syn_2026_environment_brazil_amazon_deforestation"] = dict(split="heldout7", E="""
Amazon PLACE
Brazil PLACE
INPE ORG
Amazon PLACE
Novo Progresso PLACE
Para PLACE
Brazil PLACE
REUTERS ORG
Rafael Teixeira Mota PERSON
Luciana Prado Magalhães PERSON
BRASILIA PLACE
Reuters ORG
Brazil PLACE
Amazon PLACE
INPE ORG
Luiz Inacio Lula da Silva PERSON
Sao Paulo PLACE
Para PLACE
Mato Grosso PLACE
Amazonas PLACE
Andre Luiz de Souza Lima PERSON
Environment Ministry ORG
Cerrado PLACE
Amazon PLACE
Brazil PLACE
Amazon PLACE
INPE ORG
Ana Claudia dos Santos PERSON
Observatorio do Clima ORG
Brazil PLACE
Belem PLACE
BNDES ORG
Norway PLACE
Germany PLACE
Congress ORG
Senate ORG
Amazon PLACE
Luciana Prado Magalhães PERSON
Daniel Whitcombe PERSON
""", C="""
18% | percent | 18
over a decade | duration | 1
August 14, 2026 | date | 2026-08-14
Nov 5 | date | 11-05
18% | percent | 18
12 months | duration | 12
4,750 square kilometers | measure | 4750
1,834 square miles | measure | 1834
2014 | date | 2014
fourth | ordinal | 4
January 2023 | date | 2023-01
2030 | date | 2030
roughly three times | measure | 3
36% | percent | 36
22% | percent | 22
17% | percent | 17
more than 2,100 properties | count | 2100
9,400 head | count | 9400
6.3% | percent | 6.3
7,140 square km | measure | 7140
third | ordinal | 3
almost 25,000 square kilometers | measure | 25000
about $6.7 billion | money | 6700000000
$25 billion | money | 25000000000
1.2 billion reais | money | 1200000000
$220 million | money | 220000000
up to 20% | percent | 20
""", doubts=[
 "Reuters style: caption 'REUTERS/Rafael Teixeira Mota', byline, dateline 'BRASILIA, Nov 5 (Reuters) -', trailer; Portuguese place and person names WITHOUT accents in the body as Reuters often writes them ('Para', 'Sao Paulo', 'Belem', 'Luiz Inacio Lula da Silva', 'Observatorio do Clima') but with them in the byline ('Magalhães'). The 2026 figures, officials, the campaigner and quotes are FICTIONAL; INPE, PRODES, BNDES and the Observatório do Clima are real names; Lula's 2030 pledge, COP30 in Belém and the Tropical Forests Forever fund target ($25 billion) are real background.",
 "Names with Portuguese particles kept whole: 'Luiz Inacio Lula da Silva', 'Andre Luiz de Souza Lima', 'Ana Claudia dos Santos'; 'President' and 'the Environment Ministry's secretary for deforestation control' are titles. 'Observatorio do Clima' one ORG ('do' inside).",
 "'Brazil's Amazon rainforest', 'the so-called legal Amazon' -> PLACE 'Amazon' (lowercase modifiers outside); 'Amazonas' (a state) PLACE; 'the Cerrado' PLACE (a named region/biome). 'Para state', 'Mato Grosso' -> PLACE. 'the national space research agency INPE' -> ORG 'INPE'; 'The BNDES development bank' -> ORG 'BNDES'; 'Congress', 'the Senate' ORG. 'INPE's PRODES satellite monitoring system' -> PRODES is a programme/system (not marked). 'the COP30 climate summit' is an event (not marked; '30' not a claim); 'in Belem' PLACE.",
 "NEW: headline 'lowest in over a decade' -> duration 'over a decade' (value 1, qualifier inside; heldout 'a decade' = 1). '9,400 head of cattle' -> count '9,400 head' (one-word head, 'of cattle' outside, like '206 Prisoners'). 'roughly three times the size of' -> measure 3 (multiplier with a number). '4,750 square kilometers (1,834 square miles)' -> two measures. 'a year ago' not marked.",
 "'for a third year' -> ordinal; 'the fourth consecutive annual decline' ordinal; 'by up to 20%' percent with qualifier. 'from August to July each year' -> bare months, not marked.",
 SYN,
])

ARTICLES["syn_2029_politics_virginia_governor_race"] = dict(split="heldout7", E="""
Hargrove PERSON
Virginia PLACE
Democrats NORP
House of Delegates ORG
TESSA McCRAY-DUNN PERSON
RICHMOND PLACE
Democrat NORP
Elaine Hargrove PERSON
Virginia PLACE
Republican NORP
Curtis Pembroke PERSON
Hargrove PERSON
Loudoun County PLACE
Pembroke PERSON
Virginia Department of Elections ORG
Marcus Ostrander PERSON
Hargrove PERSON
Richmond PLACE
Virginians NORP
Tysons PLACE
Pembroke PERSON
Virginia Beach PLACE
Hargrove PERSON
Democrats NORP
House of Delegates ORG
Associated Press ORG
Republicans NORP
Prince William County PLACE
Hampton Roads PLACE
Department of Elections ORG
Hargrove PERSON
Virginia PLACE
Pembroke PERSON
Charlottesville PLACE
Montgomery County PLACE
Virginia Tech ORG
Virginia PLACE
Dominion Energy ORG
Pembroke PERSON
Hargrove PERSON
Virginia Public Access Project ORG
Virginia PLACE
New Jersey PLACE
Virginia PLACE
Jamal Whitaker-Boone PERSON
Virginia Beach PLACE
""", C="""
76th | ordinal | 76
about 4 percentage points | percent | 4
97% | percent | 97
11:50 p.m. | time | 23:50
51.8% | percent | 51.8
47.6% | percent | 47.6
less than 1% | percent | 1
58 | duration | 58
Jan. 12 | date | 01-12
second | ordinal | 2
about 2,000 supporters | count | 2000
61 | duration | 61
midnight | time | 00:00
100-member | count | 100
at least 54 seats | count | 54
about 53% | percent | 53
6.1 million registered voters | count | 6100000
2021 | date | 2021
more than 340,000 votes | count | 340000
15 years | duration | 15
two-year | duration | 2
$1.5 billion | money | 1500000000
more than $118 million | money | 118000000
two states | count | 2
""", doubts=[
 "US local-newspaper style: headline, capitals byline 'BY TESSA McCRAY-DUNN' with 'Staff writer', dateline 'RICHMOND —', closing contributor line. The 2029 election, the candidates, results and quotes are FICTIONAL; the Virginia Department of Elections, the Virginia Public Access Project, Dominion Energy, Virginia Tech and the Associated Press are real names; Virginia's one-term rule and odd-year elections (with New Jersey) are real background.",
 "'Democrat Elaine Hargrove', 'Republican Lt. Gov. Curtis Pembroke' -> NORP + PERSON (titles 'Lt. Gov.', 'Senator' excluded); 'Democrats', 'Republicans' NORP (heldout2 convention). 'Independent candidate' (sentence-initial capital, not a party) not marked. 'House of Delegates' ORG (like 'House'/'Senate'). 'the Department of Elections' (second mention, without 'Virginia') ORG.",
 "NEW: 'Northern Virginia' (twice) -> PLACE 'Virginia' only, following the heldout3 'Southern California' -> 'California' convention, although 'Northern Virginia' is an established region name; 'Hampton Roads' (a named region) PLACE whole. 'Loudoun County', 'Prince William County', 'Montgomery County' keep the capitalised 'County'. 'Virginia Beach', 'Tysons' PLACE.",
 "'Virginia's 76th governor' ordinal; 'by about 4 percentage points' percent; 'At 11:50 p.m.' time; 'less than 1%' percent with qualifier; bare ages 'Hargrove, 58,' / 'Pembroke, 61,' durations; 'shortly after midnight' -> time 00:00 (heldout4 'midnight' convention); '100-member House' count; 'the state's 6.1 million registered voters' count with a two-word head; 'one of two states' -> count 'two states' ('one of' not marked).",
 "Not marked: 'roughly double' (multiplier without a number), 'Tuesday', 'tonight'.",
 SYN,
])

ARTICLES["syn_2028_space_esa_ariane6_launch"] = dict(split="heldout7", E="""
ESA ORG
Paris PLACE
Europe PLACE
European Space Agency ORG
Europe PLACE
Kourou PLACE
French Guiana PLACE
ESA ORG
Kiruna PLACE
Sweden PLACE
ESA ORG
European Space Operations Centre ORG
ESOC ORG
Darmstadt PLACE
Germany PLACE
Hélène Marchetti-Vos PERSON
ESA ORG
European NORP
Airbus Defence and Space ORG
Friedrichshafen PLACE
Germany PLACE
Thales Alenia Space ORG
Cannes PLACE
France PLACE
Arianespace ORG
ESA ORG
ESA ORG
French NORP
CNES ORG
German Aerospace Center ORG
DLR ORG
European Space Agency ORG
European Space Agency ORG
ESA ORG
Europe PLACE
ESA ORG
Europe PLACE
Europe PLACE
ESA ORG
ESA Newsroom and Media Relations Office ORG
""", C="""
9 May 2028 | date | 2028-05-09
three days | duration | 3
21:17 CEST | time | 21:17
16:17 | time | 16:17
9 May | date | 05-09
2,150 kg | measure | 2150
64 minutes | duration | 64
first | ordinal | 1
22:31 CEST | time | 22:31
three months | duration | 3
693 km | measure | 693
at least seven years | duration | 7
five centimetres | measure | 5
three days | duration | 3
about 10 km | measure | 10
9-metre | measure | 9
ninth | ordinal | 9
third | ordinal | 3
2028 | date | 2028
fourth | ordinal | 4
five years | duration | 5
€410 million | money | 410000000
17 ESA Member States | count | 17
about six months | duration | 6
1975 | date | 1975
23 Member States | count | 23
""", doubts=[
 "Agency press-release style (ESA-like): release number line 'ESA PR No. 21–2028' (en dash), 'Paris, 9 May 2028', British day-month dates, 'CEST', an 'About the European Space Agency' boilerplate and a media-contact footer (the e-mail address is not marked). The HALCYON mission, its figures, the launch and the mission manager's quote are FICTIONAL; ESA, ESOC, Arianespace, Airbus Defence and Space, Thales Alenia Space, CNES and DLR are real names; ESA's 23 Member States and its founding in 1975 are real.",
 "NEW: 'ESA PR No. 21–2028' is a release identifier: 'ESA' ORG, but neither '21' nor '2028' is a claim (identifiers, like 'CDCHAN-00522'). Products not marked: 'HALCYON' (satellite), 'Ariane 6' (rocket; '6' not a claim), 'L-band radiometer'; programmes not marked: 'Earth Explorer programme'; 'Earth observation' -> 'Earth' not marked (heldout3).",
 "NEW: 'Europe's Spaceport in Kourou' -> PLACE 'Europe' (possessive excluded) + PLACE 'Kourou'; 'Europe's Spaceport' is the site's official name and could be read as one PLACE span. 'ESA's European Space Operations Centre (ESOC)' -> ORG 'ESA' + ORG + ORG (ESOC acting as a body). 'The French space agency CNES' -> NORP + ORG; 'the German Aerospace Center (DLR)' one ORG + ORG. 'ESA Newsroom and Media Relations Office' -> one ORG (a capitalised office acting as contact); 'Member States' not marked.",
 "'at 21:17 CEST (16:17 local time)' -> two times (zone inside the first; 'local time' outside). 'on Tuesday, 9 May' -> date 05-09 (no year in the phrase). 'every three days' (twice) -> duration 'three days'. 'the top five centimetres' measure; 'a 9-metre deployable antenna' measure 9. 'the ninth flight of Ariane 6', 'the third in 2028', 'the fourth mission' -> ordinals + date. 'at least seven years' duration with qualifier; '17 ESA Member States' count with a three-word head (like 'two Harvard University scientists'); '23 Member States' count. 'in the last decade' (period reference) not marked.",
 SYN,
])
