# Labels for the HELDOUT split (see make_gold.py for the format). Final reporting only: do not tune on these.
ARTICLES = {}

ARTICLES["wn_2009_earthquake_italy"] = dict(split="heldout", E="""
Italy PLACE
United States Geological Survey ORG
USGS ORG
Italy PLACE
USGS ORG
Italy PLACE
National Institute of Geophysics ORG
Italy PLACE
Rome PLACE
RAI ORG
Italian NORP
L'Aquila PLACE
USGS ORG
L'Aquila PLACE
BBC ORG
BNOnews ORG
L'Aquila PLACE
Massimo Cialente PERSON
Onna PLACE
Abruzzo PLACE
""", C="""
magnitude 6.3 | measure | 6.3
April 6, 2009 | date | 2009-04-06
magnitude 6.3 | measure | 6.3
3:32 a.m. | time | 03:32
4.8 | measure | 4.8
about an hour | duration | 1
6.7 | measure | 6.7
magnitude of 5.8 | measure | 5.8
95 kilometres | measure | 95
60 miles | measure | 60
10 kilometres | measure | 10
6.2 miles | measure | 6.2
At least nine aftershocks | count | 9
magnitude 4.8 | measure | 4.8
At least 150 people | count | 150
at least 1,500 people | count | 1500
six people | count | 6
four children | count | 4
at least six students | count | 6
nearly 70,000 people | count | 70000
as many as 50,000 houses | count | 50000
""", doubts=[
 "'central Italy' / 'Central Italy' -> PLACE 'Italy' only (like 'eastern Aleppo' -> 'Aleppo'); 'Central Italy' could be read as a region name.",
 "'moment magnitude 6.3' -> 'magnitude 6.3'; 'Richter magnitude of 5.8' -> 'magnitude of 5.8' (unit word first, 'of' kept inside); 'a 4.8 aftershock' and 'a 6.7' have no unit word, so the spans are the bare numbers.",
 "'about an hour' marked as duration 1 ('an' = one, with qualifier); 'an elderly woman' not marked (article, not a quantity).",
 "'No less than six people': 'no less than' is not a listed qualifier, so the span is 'six people'.",
 "'as many as 50,000 houses and buildings': span stops at the first head 'houses' (two coordinated heads).",
 "'United States Geological Survey (USGS)': one ORG span, inner 'United States' not marked; the abbreviation is a second ORG mention.",
 "'RAI (Italian public broadcasting service)': 'RAI' ORG, 'Italian' NORP.",
 "'Onna fraction' (a frazione, i.e. hamlet) -> PLACE 'Onna'.",
 "Not marked: 'hundreds of thousands', 'thousands of buildings', 'thousands of people', 'Monday'.",
 "Text excerpt: the stored copy ends mid-article; the text stops at the last complete paragraph; two map captions ('Map highlighting epicenter of the earthquake.', 'The marker shows the epicenter of the earthquake. Image: OpenStreetMap.') were dropped.",
])

ARTICLES["syn_2024_election_portugal"] = dict(split="heldout", E="""
Portugal PLACE
LISBON PLACE
Reuters ORG
Portugal PLACE
Democratic Alliance ORG
Rui Vasconcelos PERSON
Socialist Party ORG
Chega ORG
Nuno Sarmento PERSON
Vasconcelos PERSON
Portuguese NORP
Vasconcelos PERSON
Lisbon PLACE
Socialist NORP
Marta Caldeira PERSON
Portuguese NORP
Afonso Brandão PERSON
Eurasia Group ORG
Lisbon PLACE
Portugal PLACE
""", C="""
March 11 | date | 03-11
less than one percentage point | percent | 1
29.5 percent | percent | 29.5
79 seats | count | 79
230-seat | count | 230
28.7 percent | percent | 28.7
77 seats | count | 77
2015 | date | 2015
116 seats | count | 116
48 seats | count | 48
third | ordinal | 3
18.1 percent | percent | 18.1
66.2 percent | percent | 66.2
1995 | date | 1995
51.5 percent | percent | 51.5
2022 | date | 2022
47 | duration | 47
1 a.m. | time | 01:00
Four seats | count | 4
March 20 | date | 03-20
18 months | duration | 18
about 40 percent | percent | 40
1.2 percent | percent | 1.2
10-year | duration | 10
3.05 percent | percent | 3.05
""", doubts=[
 "'Socialist leader Marta Caldeira': 'Socialist' marked NORP (political group adjective); 'the Socialist Party' is ORG.",
 "'The Portuguese have asked' and 'Portuguese voters': NORP.",
 "'230-seat parliament' marked as count 230 (hyphenated like 'five-year').",
 "'less than one percentage point' marked as percent 1 (head 'percentage point').",
 "'more than quadrupled' not marked (multiplier without a number).",
 "'PSI stock index' not marked; 'Prime Minister' title excluded.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2023_sport_marathon_amsterdam"] = dict(split="heldout", E="""
Ethiopia PLACE
Tadesse PERSON
Amsterdam PLACE
AMSTERDAM PLACE
AFP ORG
Ethiopian NORP
Hailu Tadesse PERSON
Kenya PLACE
Brian Kiprotich PERSON
Kiprotich PERSON
Ethiopia PLACE
Getaneh Molla PERSON
Tadesse PERSON
Kiprotich PERSON
Tadesse PERSON
Kenya PLACE
Mercy Chebet PERSON
Dutch NORP
Sanne de Wit PERSON
Amstel PLACE
De Wit PERSON
Dutch NORP
Valencia PLACE
Olympic Stadium PLACE
Tadesse PERSON
World Athletics ORG
Chicago PLACE
""", C="""
Oct 15 | date | 10-15
2:03:39 | duration | 7419
five kilometres | measure | 5
22-year-old | duration | 22
second | ordinal | 2
41 seconds | duration | 41
third | ordinal | 3
2:04:58 | duration | 7498
2:03:36 | duration | 7416
2021 | date | 2021
61 minutes 52 seconds | duration | 3712
under two hours and four minutes | duration | 7440
about 11 degrees Celsius | measure | 11
35 kilometres | measure | 35
first | ordinal | 1
2:18:40 | duration | 8320
more than two minutes | duration | 2
2:20:55 | duration | 8455
2:21:40 | duration | 8500
2022 | date | 2022
16,000 runners | count | 16000
120 countries | count | 120
1928 | date | 1928
40,000 euros | money | 40000
20,000 euros | money | 20000
fourth | ordinal | 4
2:00:35 | duration | 7235
""", doubts=[
 "'the Amsterdam Marathon' (an event name) not marked, like 'Tour de France' in dev; the headline's 'in Amsterdam' and the dateline are PLACE.",
 "Race times like '2:03:39' are durations; compound durations ('61 minutes 52 seconds', 'two hours and four minutes', h:mm:ss times) carry their value in seconds.",
 "'on pace for a finish under two hours and four minutes': 'under' bounds the number, so it is inside the span.",
 "'the Amstel river' -> PLACE 'Amstel'; 'Olympic Stadium' PLACE (landmark); '1928 Games' -> date '1928', 'Games' not marked.",
 "Not marked: 'halfway', 'next year', 'last week', 'thousands of spectators'.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2023_business_lithium_takeover"] = dict(split="heldout", E="""
Westgold Minerals ORG
US PLACE
PERTH PLACE
SYDNEY PLACE
Reuters ORG
Australian NORP
Westgold Minerals Ltd ORG
U.S. PLACE
Albright Chemical Corp ORG
Albright ORG
Westgold ORG
Westgold ORG
Sydney PLACE
Westgold ORG
Perth PLACE
Karen Holt PERSON
Mount Ida PLACE
Westgold ORG
Simon Reddy PERSON
Mount Ida PLACE
Perth PLACE
China PLACE
Europe PLACE
North America PLACE
Foreign Investment Review Board ORG
Westgold ORG
Albright ORG
Westgold ORG
Western Australia PLACE
Albright ORG
Charlotte PLACE
North Carolina PLACE
New York PLACE
""", C="""
A$4.3 billion | money | 4300000000
Aug 22 | date | 08-22
A$4.3 billion | money | 4300000000
$2.8 billion | money | 2800000000
A$3.10 | money | 3.10
47 percent | percent | 47
41 percent | percent | 41
A$2.97 | money | 2.97
one-day | duration | 1
2016 | date | 2016
about 23 percent | percent | 23
two years | duration | 2
about 600 kilometres | measure | 600
an estimated 74 million tonnes | measure | 74000000
300,000 tonnes | measure | 300000
2026 | date | 2026
roughly two-thirds | fraction | 0.6666666667
2030 | date | 2030
900 employees | count | 900
$7.6 billion | money | 7600000000
2.5 percent | percent | 2.5
""", doubts=[
 "Headline 'US rival' -> 'US' PLACE, by analogy with 'U.S.' in 'U.S. Secretary of State'; 'U.S.-based' -> 'U.S.' PLACE inside the compound.",
 "Corporate suffixes kept in the ORG span: 'Westgold Minerals Ltd', 'Albright Chemical Corp'.",
 "'A$3.10 per share': span is the amount only; 'per share' is not a counted head.",
 "'one-day gain' marked as duration 1.",
 "'forecast to triple' not marked (multiplier); 'this year', 'last year', 'a year' (rate) not marked.",
 "'managing director' title excluded; 'Mount Ida' (project/deposit site) PLACE.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2022_science_arctic_sea_ice"] = dict(split="heldout", E="""
Arctic PLACE
Norwegian NORP
OSLO PLACE
AP ORG
Arctic Ocean PLACE
Norwegian Polar Institute ORG
University of Bergen ORG
Ingrid Solberg PERSON
Arctic PLACE
Nature Climate Change ORG
Solberg PERSON
Barents Sea PLACE
Norway PLACE
Russia PLACE
Europe PLACE
Asia PLACE
Rotterdam PLACE
Shanghai PLACE
Suez Canal PLACE
U.S. National Snow and Ice Data Center ORG
Boulder PLACE
Colorado PLACE
Research Council of Norway ORG
European Union ORG
""", C="""
2040s | date | 2040
June 7 | date | 06-07
2040s | date | 2040
a decade | duration | 1
43 years | duration | 43
29 climate models | count | 29
1 million square kilometres | measure | 1000000
about 13 percent | percent | 13
1979 | date | 1979
roughly half | fraction | 0.5
at least one ice-free September | count | 1
2050 | date | 2050
up to seven times | measure | 7
2.7 degrees Celsius | measure | 2.7
about 40 percent | percent | 40
3.41 million square kilometres | measure | 3410000
Sept. 16, 2012 | date | 2012-09-16
""", doubts=[
 "'Arctic summer sea ice' / 'an ice-free Arctic' -> PLACE 'Arctic' (region).",
 "'the journal Nature Climate Change' marked ORG (a publication, like a media outlet).",
 "Decades '2040s' marked as dates with value 2040.",
 "'a decade sooner' marked as duration 1 (decade), like 'about an hour'; 'per decade' (rate unit) not marked.",
 "'would first drop' not marked ('first' is an adverb, not an ordinal).",
 "'at least one ice-free September' marked as count 1 with its two-word head.",
 "'up to seven times faster' marked as a measure 7 (a stated multiplier with a number); multipliers without a number ('double', 'triple') are not marked anywhere in the set.",
 "'Research Council of Norway': one ORG span, inner 'Norway' not marked; 'the European Union's Horizon programme' -> ORG 'European Union', programme not marked.",
 "Text is SYNTHETIC (see README).",
])

ARTICLES["syn_2021_crime_canada_fraud"] = dict(split="heldout", E="""
Montreal PLACE
MONTREAL PLACE
CP ORG
Quebec PLACE
Canada PLACE
Montreal PLACE
Laval PLACE
Sûreté du Québec ORG
Ottawa PLACE
Julie Tremblay PERSON
Royal Canadian Mounted Police ORG
Ontario Provincial Police ORG
U.S. Federal Bureau of Investigation ORG
Dominican Republic PLACE
Longueuil PLACE
Canadian Anti-Fraud Centre ORG
Canadians NORP
""", C="""
three | count | 3
$12-million | money | 12000000
May 18 | date | 05-18
more than 400 elderly people | count | 400
about $12 million | money | 12000000
four years | duration | 4
two men | count | 2
34 | duration | 34
29 | duration | 29
52-year-old | duration | 52
seven homes | count | 7
$380,000 | money | 380000
14 luxury watches | count | 14
three vehicles | count | 3
71 | duration | 71
93-year-old | duration | 93
$240,000 | money | 240000
January 2020 | date | 2020-01
58 charges | count | 58
over $5,000 | money | 5000
June 2 | date | 06-02
$379 million | money | 379000000
2020 | date | 2020
two years | duration | 2
5 | percent | 5
10 percent | percent | 10
""", doubts=[
 "'Quebec provincial police' -> PLACE 'Quebec' only (lowercase body); 'Sûreté du Québec' ORG.",
 "'(CP)' credit = The Canadian Press, marked ORG as written.",
 "Ages 'aged 34 and 29', 'was 71' marked as durations (bare numbers).",
 "'fraud over $5,000' (a legal offence category): 'over' bounds the amount, so 'over $5,000' is one money claim.",
 "'only 5 to 10 percent': range split into '5' and '10 percent'.",
 "'more than double' not marked (multiplier); 'Inspector' title excluded; 'a single afternoon' not marked.",
 "Text is SYNTHETIC (see README).",
])
