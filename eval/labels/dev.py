# Labels for the dev split (see make_gold.py for the format). Developers may read and tune on these.
ARTICLES = {}

ARTICLES["wn_2008_zimbabwe_mugabe_runoff"] = dict(split="dev", E="""
Mugabe PERSON
Zimbawe PLACE
Robert Mugabe PERSON
Zimbabwean NORP
Mugabe PERSON
Harare PLACE
MDC ORG
Robert Mugabe PERSON
Morgan Tsvangirai PERSON
Ban Ki-moon PERSON
United Nations ORG
SADC ORG
Southern African Development Community ORG
""", C="""
June 29, 2008 | date | 2008-06-29
26 constituencies | count | 26
one constituency | count | 1
""", doubts=[
 "Headline 'Zimbawe' is the source's misspelling (kept verbatim, as in the Wikinews page title); marked PLACE.",
 "'one of the state run television networks' not marked as a claim: partitive 'one of', no quantity stated.",
 "'in March', 'yesterday', 'Sunday' not marked (bare month / relative day / weekday).",
 "'SADC (Southern African Development Community)': abbreviation and expansion marked as two ORG mentions; 'Chairman' (title) excluded.",
])

ARTICLES["syn_2024_business_carmaker_profit"] = dict(split="dev", E="""
Kansai Motors ORG
TOKYO PLACE
Reuters ORG
Kansai Motors Co ORG
China PLACE
Nagoya PLACE
Refinitiv ORG
China PLACE
North America PLACE
Hiroshi Tanabe PERSON
Kansai ORG
Bank of Japan ORG
U.S. PLACE
Kansai ORG
Kentucky PLACE
Thailand PLACE
Southeast Asia PLACE
Middle East PLACE
Kansai ORG
Japanese NORP
Nomura Securities ORG
Yuki Morishita PERSON
""", C="""
18 percent | percent | 18
18 percent | percent | 18
three months | duration | 3
second | ordinal | 2
312.4 billion yen | money | 312400000000
$2.1 billion | money | 2100000000
381 billion yen | money | 381000000000
340 billion yen | money | 340000000000
14 analysts | count | 14
4.2 percent | percent | 4.2
1.37 million units | count | 1370000
nearly a fifth | fraction | 0.2
6 percent | percent | 6
at least two quarters | duration | 2
1.45 trillion yen | money | 1450000000000
March 31, 2025 | date | 2025-03-31
145 yen | money | 145
about 7 percent | percent | 7
second | ordinal | 2
3.1 percent | percent | 3.1
2,214 yen | money | 2214
0.8 percent | percent | 0.8
600 billion yen | money | 600000000000
five years | duration | 5
2026 | date | 2026
""", doubts=[
 "'Kansai Motors Co': the corporate suffix 'Co' is included in the ORG span (name as written).",
 "'Nagoya-based': 'Nagoya' marked PLACE inside the hyphenated compound (like 'UN-backed' in the seed).",
 "'Nikkei average' (a stock index) not marked as ORG.",
 "'second-biggest market' -> ordinal 'second' (like 'second largest').",
 "Not marked: 'a year earlier', 'this year', 'early July', 'April-June quarter', 'the dollar'.",
])

ARTICLES["syn_2023_sport_cycling_stage"] = dict(split="dev", E="""
Colombian NORP
Herrera PERSON
Vos PERSON
ANDORRA LA VELLA PLACE
AP ORG
Colombian NORP
Daniel Herrera PERSON
Dutch NORP
Tim Vos PERSON
Herrera PERSON
Australian NORP
Lachlan Price PERSON
Vos PERSON
Boyacá PLACE
Herrera PERSON
Vos PERSON
Team Horizon ORG
Price PERSON
Belgian NORP
Jonas Claes PERSON
French NORP
Saint-Gaudens PLACE
Pyrenees PLACE
Andorran NORP
Bilbao PLACE
Marco Ferri PERSON
Italy PLACE
Amaury Sport Organisation ORG
Pyrenees PLACE
Vulcania PLACE
Issoire PLACE
Paris PLACE
""", C="""
July 9 | date | 07-09
ninth | ordinal | 9
first | ordinal | 1
24 | duration | 24
184.5 kilometers | measure | 184.5
38 seconds | duration | 38
third | ordinal | 3
51 seconds | duration | 51
four kilometers | measure | 4
26-year-old | duration | 26
1 minute 12 seconds | duration | 72
20 seconds | duration | 20
third | ordinal | 3
three categorized climbs | count | 3
34 degrees Celsius | measure | 34
168 | count | 168
176 riders | count | 176
eight riders | count | 8
two-time | count | 2
more than 400,000 spectators | count | 400000
2022 | date | 2022
167-kilometer | measure | 167
July 23 | date | 07-23
""", doubts=[
 "'Tour de France' (a race/event) not marked; its 'France' is part of the event name, not a PLACE mention.",
 "'Herrera, 24,' bare age marked as duration 24 (ages are durations).",
 "'1 minute 12 seconds' is one compound span; number given in seconds (72).",
 "'Only 168 of the 176 riders': 'only' is not a listed qualifier; '168' has no head of its own.",
 "'two-time stage winner' marked as count 2 (span 'two-time'); arguably not a claim.",
 "'nearly double the figure' not marked (a multiplier, no kind fits); 'a week ago', 'over the weekend' not marked.",
 "'ANDORRA LA VELLA' dateline in capitals marked PLACE; 'the Andorran capital' -> NORP 'Andorran'.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2019_health_measles_romania"] = dict(split="dev", E="""
Romania PLACE
WHO ORG
BUCHAREST PLACE
AFP ORG
Romania PLACE
World Health Organization ORG
WHO ORG
Copenhagen PLACE
Romania PLACE
European Union ORG
Elena Voicu PERSON
WHO ORG
Bucharest PLACE
Romanian NORP
Adrian Moldovan PERSON
Bihor PLACE
Transylvania PLACE
Timișoara PLACE
Europe PLACE
WHO ORG
Ukraine PLACE
European Centre for Disease Prevention and Control ORG
""", C="""
Feb 14 | date | 02-14
4,312 measles cases | count | 4312
2018 | date | 2018
1,120 | count | 1120
At least 22 people | count | 22
nearly one in five | fraction | 0.2
second | ordinal | 2
76 percent | percent | 76
2018 | date | 2018
95 percent | percent | 95
less than one dollar | money | 1
20 million lei | money | 20000000
$4.8 million | money | 4800000
some 150,000 children | count | 150000
first | ordinal | 1
63 children | count | 63
82,596 measles cases | count | 82596
47 countries | count | 47
more than 53,000 cases | count | 53000
2019 | date | 2019
""", doubts=[
 "'European Union' marked ORG (a body), not PLACE.",
 "'Dr.' title excluded from 'Elena Voicu'; 'Health Minister' excluded from 'Adrian Moldovan'.",
 "'nearly one in five' marked as a fraction 0.2.",
 "Not marked: 'thousands of children', 'last year', 'a year earlier', 'this decade', 'since October', 'Every one of these deaths'.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2022_courts_brazil_fraud"] = dict(split="dev", E="""
Brazilian NORP
SÃO PAULO PLACE
Reuters ORG
Brazil PLACE
Port of Santos PLACE
Mariana Coelho PERSON
Paulo Henrique Lacerda PERSON
Uruguay PLACE
Panama PLACE
Rio de Janeiro PLACE
Mato Grosso do Sul PLACE
Lacerda PERSON
Ricardo Alves PERSON
Porto Alegre PLACE
Santos Port Authority ORG
Lacerda PERSON
Camila Rocha PERSON
Port of Santos PLACE
São Paulo PLACE
Brazil PLACE
Brazilian NORP
""", C="""
14 years | duration | 14
Nov 3 | date | 11-03
14 years and six months | duration | 14.5
61 | duration | 61
at least 38 million reais | money | 38000000
$7.4 million | money | 7400000
2014 | date | 2014
2019 | date | 2019
11 shell companies | count | 11
three apartments | count | 3
March 2021 | date | 2021-03
15 days | duration | 15
Four executives | count | 4
two logistics firms | count | 2
three | duration | 3
eight years | duration | 8
fifth | ordinal | 5
52 million reais | money | 52000000
10 years | duration | 10
more than 2,000 contracts | count | 2000
six-year | duration | 6
about 70 kilometers | measure | 70
roughly a quarter | fraction | 0.25
at least 27 corruption cases | count | 27
2014 | date | 2014
""", doubts=[
 "'Port of Santos' marked PLACE both times (a port/landmark), although 'director of the Port of Santos' reads as the institution; 'Santos Port Authority' is the ORG.",
 "'14 years and six months' is one compound duration span, number in years (14.5).",
 "'ranging from three to eight years': range split into two claims 'three' and 'eight years'.",
 "'Lacerda, 61,' bare age marked as duration 61.",
 "'March 2021' marked as a date with ISO value 2021-03 (month with year; bare months are not marked).",
 "'the Car Wash investigation' (an operation name) not marked.",
 "'Judge', 'federal prosecutor' (titles) excluded.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2023_conflict_drc_goma"] = dict(split="dev", E="""
Goma PLACE
UN ORG
KINSHASA PLACE
GOMA PLACE
Democratic Republic of Congo PLACE
Reuters ORG
Congolese NORP
M23 ORG
Goma PLACE
United Nations ORG
Nyiragongo PLACE
Goma PLACE
Rwanda PLACE
International Committee of the Red Cross ORG
Aline Mukendi PERSON
UNHCR ORG
Goma PLACE
Congolese NORP
Patrick Ilunga PERSON
Rwanda PLACE
Kigali PLACE
M23 ORG
Tutsi NORP
Goma PLACE
Congolese NORP
Rutshuru PLACE
East African NORP
Ethiopian NORP
Addis Ababa PLACE
Kenyan NORP
Ugandan NORP
Burundian NORP
North Kivu PLACE
Congo PLACE
United Nations ORG
""", C="""
120,000 | count | 120000
Feb 21 | date | 02-21
about 120,000 people | count | 120000
20 km | measure | 20
12 miles | measure | 12
At least 31 civilians | count | 31
Feb. 14 | date | 02-14
nearly 2 million people | count | 2000000
more than 200 wounded | count | 200
two | duration | 2
three days | duration | 3
some 600,000 displaced people | count | 600000
10 days | duration | 10
2012 | date | 2012
two villages | count | 2
17 rebel fighters | count | 17
about 3,000 Kenyan, Ugandan and Burundian troops | count | 3000
More than 100 armed groups | count | 100
5.8 million people | count | 5800000
""", doubts=[
 "'M23' (rebel group) marked ORG like 'Al-Nusra Front' in the guideline.",
 "'Tutsi-led': 'Tutsi' marked NORP inside the compound.",
 "'East African leaders' marked NORP 'East African' (regional adjective); could be read as PLACE 'East Africa'.",
 "'Kigali' (capital-city metonymy for Rwanda's government) marked PLACE per the guideline.",
 "'two or three days': split into 'two' and 'three days' as two duration claims (same policy as ranges).",
 "'about 3,000 Kenyan, Ugandan and Burundian troops' is one claim span including the adjectives before the head (like '500 sick and injured children'); the adjectives are also NORP entities.",
 "'the United Nations refugee agency' -> ORG 'United Nations' only; 'Congolese army' -> NORP only (lowercase body).",
 "Headline '120,000' has no counted head after it; span is the bare number.",
 "Text is SYNTHETIC (see README).",
])
