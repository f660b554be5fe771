# Labels for the HELDOUT9 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Ninth held-out split: 12 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["syn_2027_security_haiti_highway_reopened"] = dict(split="heldout9", E="""
Haiti PLACE
MARIE-CLAUDE JOSEPH PERSON
DANIEL OKOTH PERSON
Associated Press ORG
PORT-AU-PRINCE PLACE
Haiti PLACE
AP ORG
Haitian NORP
Port-au-Prince PLACE
Haiti PLACE
Haitian National Police ORG
Gang Suppression Force ORG
U.N. ORG
Kenyan NORP
Route Nationale 2 PLACE
Martissant PLACE
Carrefour PLACE
Garry Desrosiers PERSON
Les Cayes PLACE
Jacmel PLACE
Desrosiers PERSON
Haitians NORP
National Network for the Defense of Human Rights ORG
Haitian NORP
RNDDH ORG
Fontamara PLACE
Viv Ansanm ORG
U.S. State Department ORG
Haiti PLACE
World Food Programme ORG
Haitians NORP
Carrefour PLACE
Rose-Andrée Pierre-Louis PERSON
Mariani PLACE
Gang Suppression Force ORG
U.N. Integrated Office in Haiti ORG
BINUH ORG
Héctor Alvarado de León PERSON
Guatemala PLACE
Haitian NORP
Kenya PLACE
Associated Press ORG
Lucía Ferrer PERSON
San Juan PLACE
Puerto Rico PLACE
""", C="""
14-Month | duration | 14
four | count | 4
10 departments | count | 10
14 months | duration | 14
About 400 officers | count | 400
some 150 soldiers | count | 150
12-kilometer | measure | 12
7.5-mile | measure | 7.5
At least 11 suspected gang members | count | 11
two officers | count | 2
nearly nine hours | duration | 9
three civilians | count | 3
2025 | date | 2025
September 2026 | date | 2026-09
up to 5,000 gourdes | money | 5000
$38 | money | 38
5.7 million Haitians | count | 5700000
nearly half | fraction | 0.5
more than 1.3 million people | count | 1300000
46 | duration | 46
a week | duration | 1
a day | duration | 1
about 2,600 | count | 2600
5,550 personnel | count | 5550
roughly 1,000 police officers | count | 1000
2026 | date | 2026
""", doubts=[
 "AP style: title-case headline, capitals byline + 'Associated Press', 'PORT-AU-PRINCE, Haiti (AP) —' dateline, '___' contributor line. The 2027 highway operation, the people, figures and quotes are FICTIONAL; the Haitian National Police, the Gang Suppression Force (authorised by the UN Security Council in 2025), Viv Ansanm's 2025 US terrorist designation, BINUH and the WFP are real names used for realism; the hunger/displacement figures are round illustrative numbers.",
 "'the U.N.-authorized mission' -> ORG 'U.N.' inside the hyphenated adjective; 'a Kenyan-led force' -> NORP 'Kenyan'. 'the U.N. Integrated Office in Haiti' -> one ORG (its own name, 'Haiti' inside not separately marked). 'the U.S. State Department' one ORG (round-5 convention).",
 "'Route Nationale 2' -> PLACE (a road, like 'Highway 97'); its number is not a claim. 'near the Mariani bridge' -> PLACE 'Mariani' (lowercase generic word outside, 'Seville province' convention). 'its French acronym' -> 'French' is the language, not marked. 'The Viv Ansanm coalition' -> ORG 'Viv Ansanm' (lowercase 'coalition' outside).",
 "Abbreviated titles excluded: 'Insp. Garry Desrosiers', 'Brig. Gen. Héctor Alvarado de León' (particle 'de' inside the name).",
 "'four of Haiti's 10 departments' -> bare 'four' + '10 departments' (the head would swallow the second claim). 'At least 11 suspected gang members' kept whole (longer modifier, nothing overlaps). 'about 2,600 of its planned 5,550 personnel' -> 'about 2,600' + '5,550 personnel'. 'in a week'/'in a day' -> duration 1 (article = one). 'in early 2026' -> date 2026. 'Pierre-Louis, 46,' duration (age).",
 SYN,
])

ARTICLES["syn_2027_politics_cameroon_anglophone_schools"] = dict(split="heldout9", E="""
Cameroon PLACE
Anglophone NORP
BAMENDA PLACE
Cameroon PLACE
AFP ORG
Bamenda PLACE
Cameroon PLACE
North-West PLACE
South-West PLACE
Bamenda PLACE
~AFP ORG
Ndi Kingsley Tatah PERSON
Anglophone NORP
Evelyn Nfor-Tabi PERSON
Nkwen PLACE
International Crisis Group ORG
Ambazonia Defence Forces ORG
ADF ORG
Ambazonia PLACE
Emmanuel Ngwa Achu PERSON
Rapid Intervention Battalion ORG
BIR ORG
Bamenda PLACE
Kumba PLACE
Buea PLACE
Kumba PLACE
UN Security Council ORG
Ambazonia Governing Council ORG
Maryland PLACE
United States PLACE
UN ORG
UNICEF ORG
Mary-Juliana Fomukong PERSON
Catholic NORP
Mankon PLACE
Cameroon PLACE
Anglophones NORP
Francophone NORP
Yaounde PLACE
""", C="""
six-year | duration | 6
Sept 6, 2027 | date | 2027-09-06
212 state schools | count | 212
six years | duration | 6
September 6, 2027 | date | 2027-09-06
48,300 pupils | count | 48300
about a third | fraction | 0.3333333333
2017 | date | 2017
11 | duration | 11
6 kilometres | measure | 6
three children | count | 3
more than 6,000 people | count | 6000
about 580,000 | count | 580000
first | ordinal | 1
2020 | date | 2020
seven children | count | 7
35,000 school kits | count | 35000
400 solar lamps | count | 400
about 700,000 children | count | 700000
two regions | count | 2
2017 | date | 2017
a week | duration | 1
some 29 million people | count | 29000000
about 80 percent | percent | 80
""", doubts=[
 "AFP style: sentence-case headline with 'Cameroon:' kicker, 'BAMENDA, Cameroon, Sept 6, 2027 (AFP) -' dateline, caption with the credit glued after the full stop ('2027.AFP PHOTO / Name'), 'nb/kjm/lth' desk trailer (not marked). The 2027 reopening, people, figures and quotes are FICTIONAL; the Anglophone conflict's 2016-17 origin, the Ambazonia groups, the BIR, and the October 2020 Kumba school attack are real background.",
 "'North-West and South-West regions' -> PLACE 'North-West', 'South-West' (capitalised region names, lowercase 'regions' outside). 'Anglophone regions', 'Anglophone lawyers', 'Anglophones', 'the Francophone majority' -> NORP (linguistic communities as groups, like demonyms); 'English-speaking', 'French-speaking' not marked (languages). 'Ambazonia' (the state separatists claim) -> PLACE.",
 "'the ministry of basic education', 'Regional delegate for secondary education' -> lowercase bodies/titles, not marked. 'The UN children's agency UNICEF' -> ORG 'UN' + ORG 'UNICEF'. 'Sister Mary-Juliana Fomukong' -> title 'Sister' excluded; 'a Catholic primary school' -> NORP 'Catholic'. 'WhatsApp message' -> product, not marked. 'AFP PHOTO' -> ORG 'AFP' only ('PHOTO' is the credit label).",
 "'My daughter is 11' -> duration 11 (age). 'during the first term' -> ordinal 1. 'attendance had doubled in a week' -> 'doubled' not a claim (multiplier without number); 'in a week' duration 1.",
 SYN,
])

ARTICLES["syn_2027_politics_quebec_language_fines"] = dict(split="heldout9", E="""
Quebec PLACE
National Assembly ORG
Jean-François Thibodeau PERSON
CBC News ORG
Quebec PLACE
Montreal PLACE
Office québécois de la langue française ORG
OQLF ORG
Boutique Nordet Inc. ORG
National Assembly ORG
Quebec PLACE
Sophie Lachance-Dufour PERSON
Quebec City PLACE
Boutique Nordet ORG
Rue Sainte-Catherine PLACE
Montreal PLACE
Ivan Desrochers-Lemay PERSON
Radio-Canada ORG
Nordet ORG
Kevin O'Sullivan-Tremblay PERSON
Court of Québec ORG
Quebec Community Groups Network ORG
QCGN ORG
Quebecers NORP
Eleanor Grant-Poirier PERSON
West Island PLACE
Eastern Townships PLACE
Conseil du patronat du Québec ORG
Fédération canadienne de l'entreprise indépendante ORG
Quebec PLACE
Canadian Federation of Independent Business ORG
CFIB ORG
Quebec PLACE
Quebecers NORP
Liberal ORG
Québec solidaire ORG
Parti Québécois ORG
Marie-Ève Gagnon-Bédard PERSON
Canadian Press ORG
""", C="""
$90K | money | 90000
Mar 04, 2027 | date | 2027-03-04
6:15 PM ET | time | 18:15
$90,000 | money | 90000
2022 | date | 2022
14 warnings | count | 14
23 stores | count | 23
April 2025 | date | 2025-04
November 2026 | date | 2026-11
$150,000 | money | 150000
about $1.2 million | money | 1200000
more than 8,000 products | count | 8000
two-year | duration | 2
2021 | date | 2021
about 13 per cent | percent | 13
8.5 million residents | count | 8500000
roughly 94 per cent | percent | 94
March 26 | date | 03-26
""", doubts=[
 "CBC News web style: headline, 'Name · CBC News · Posted: Mar 04, 2027 6:15 PM ET' line, caption with credit glued after the full stop ('Thursday.(Name/Radio-Canada)'), 'With files from' trailer. The fine, the retailer 'Boutique Nordet Inc.', Bill 118, people, figures and quotes are FICTIONAL; the OQLF, the 2022 overhaul of the Charter of the French Language (Bill 96), QCGN, the CPQ and CFIB are real names used for realism; census figures are approximate.",
 "'Bill 118' -> a bill, not an entity, and its number is an identifier, not a claim. '$150,000 a day' -> money only (rate outside). '6:15 PM ET' -> time with the zone inside (heldout2 convention).",
 "'the Quebec wing of the Canadian Federation...' -> PLACE 'Quebec'; 'Montreal-based' -> PLACE 'Montreal'. 'Language Minister Sophie Lachance-Dufour' -> title excluded. 'The Liberal and Québec solidaire opposition parties' -> 'Liberal' ORG (elliptical party name, parallel to 'Québec solidaire'); could be read as NORP. 'the Assembly's culture and education committee' -> 'Assembly' (short generic form, like 'the Committee', 'the Fund') not marked. 'the corner dépanneur' not marked.",
 "French-language organisation names kept whole with their lowercase particles ('Office québécois de la langue française', 'Conseil du patronat du Québec', 'Fédération canadienne de l'entreprise indépendante'); 'Court of Québec' ORG (named court). 'Canadian Press' without leading 'The'.",
 SYN,
])

ARTICLES["syn_2027_politics_romania_coalition_vote"] = dict(split="heldout9", E="""
Romanian NORP
Luiza Ilie-Marinescu PERSON
Radu-Mihai Popa PERSON
BUCHAREST PLACE
Reuters ORG
Romania PLACE
Hungarian NORP
Alliance for the Union of Romanians ORG
AUR ORG
S.O.S. Romania ORG
Democratic Alliance of Hungarians in Romania ORG
UDMR ORG
Social Democrats ORG
PSD ORG
National Liberal Party ORG
PNL ORG
Szekler NORP
Harghita PLACE
Covasna PLACE
UDMR ORG
Csaba Kelemen-Szabó PERSON
Reuters ORG
Palace of the Parliament PLACE
Andrei-Călin Vlădescu PERSON
European Union ORG
European Commission ORG
Romania PLACE
EU ORG
Romania PLACE
LSEG ORG
Fitch ORG
Romania PLACE
AUR ORG
George Simion PERSON
Ionuț Vasile-Dobre PERSON
Luiza Ilie-Marinescu PERSON
Radu-Mihai Popa PERSON
Alison Williams-Hart PERSON
""", C="""
Eight Ballots | count | 8
May 12 | date | 05-12
eight votes | count | 8
225 votes | count | 225
464-seat | count | 464
233 | count | 233
32 seats | count | 32
23% | percent | 23
21% | percent | 21
8.4% | percent | 8.4
6% | percent | 6
2028 | date | 2028
2020 | date | 2020
28.5 billion euro | money | 28500000000
$31 billion | money | 31000000000
5.06 | money | 5.06
10-year | duration | 10
12 basis points | percent | 12
6.85% | percent | 6.85
second | ordinal | 2
2025 | date | 2025
""", doubts=[
 "Reuters style: title-case headline, byline, 'BUCHAREST, May 12 (Reuters) -' dateline, reporting/editing trailer. The 2027 motion, the Prime Minister 'Andrei-Călin Vlădescu', other people, figures and quotes are FICTIONAL; AUR, S.O.S. Romania, UDMR, PSD, PNL, Fitch, LSEG and Romania's EU excessive deficit procedure (opened 2020) are real. George Simion (second in the May 2025 presidential election) appears only as a neutral background mention, never quoted.",
 "'Romanian Government' (title-case headline) -> NORP 'Romanian' only ('Government' generic, like 'the Government'). 'ethnic Hungarian lawmakers' NORP; 'the Szekler counties' -> NORP 'Szekler' (regional ethnic group adjective). 'the Social Democrats (PSD)' -> ORG (the party's name, introduced with its acronym), unlike party members as a group (NORP, heldout3). 'S.O.S. Romania' one ORG (party name, country inside). 'the Palace of the Parliament' -> PLACE (building as a location). 'the EU's post-pandemic recovery fund' -> ORG 'EU', fund not marked.",
 "'to below 6%' -> '6%' only ('below' is not a listed qualifier, like heldout8's 'below 70 degrees Celsius'). '5.06 per euro' -> money 5.06 ('per euro' outside, like '131.50 per dollar'). 'BBB-minus' rating not a claim. 'the 464-seat joint session' -> count 464 (seat count as modifier). 'short of the 233 required' -> bare count. 'came second' ordinal.",
 SYN,
])

ARTICLES["syn_2027_disaster_india_monsoon_railways"] = dict(split="heldout9", E="""
Konkan Railway ORG
Mumbai PLACE
MUMBAI PLACE
PTI ORG
Konkan Railway ORG
Maharashtra PLACE
Ratnagiri PLACE
Mumbai PLACE
India Meteorological Department ORG
IMD ORG
IMD ORG
Raigad PLACE
Ratnagiri PLACE
Sindhudurg PLACE
Konkan Railway Corporation Ltd ORG
Chiplun PLACE
Kamathe PLACE
Parshuram PLACE
Pune PLACE
Miraj PLACE
Central Railway ORG
Swapnil Nila-Deshmukh PERSON
Kurla PLACE
Chunabhatti PLACE
Brihanmumbai Municipal Corporation ORG
BMC ORG
National Disaster Response Force ORG
NDRF ORG
Chiplun PLACE
Vashishti PLACE
Thane PLACE
Rahul Bhagwat-Kale PERSON
Ministry of Railways ORG
Konkan PLACE
India PLACE
IMD ORG
Maharashtra PLACE
PTI ORG
""", C="""
37 trains | count | 37
268 mm | measure | 268
Jul 9 | date | 07-09
37 trains | count | 37
nearly 12,000 passengers | count | 12000
268 mm | measure | 268
24 hours | duration | 24
8.30 am | time | 08:30
2019 | date | 2019
two spots | count | 2
around 3.15 am | time | 03:15
40-metre | measure | 40
More than 300 workers | count | 300
six earthmovers | count | 6
48 | duration | 48
72 hours | duration | 72
14 long-distance trains | count | 14
nearly four hours | duration | 4
Two teams | count | 2
1.2 metres | measure | 1.2
Rs 5 lakh | money | 500000
three people | count | 3
about a fourth | fraction | 0.25
Rs 1,150 crore | money | 11500000000
21 per cent | percent | 21
June 1 | date | 06-01
""", doubts=[
 "PTI style: headline with kicker, 'MUMBAI, Jul 9 (PTI)' dateline with no dash, desk trailer 'PTI VKR NSK RT' ('PTI' ORG, initials not marked), lakh/crore. The July 2027 landslides, people, figures and quotes are FICTIONAL; the Konkan Railway, IMD, BMC, NDRF, Central Railway and the named places are real. Ministers are deliberately not named.",
 "'Konkan Railway' (headline 'landslides hit Konkan Railway', 'the Konkan Railway route') -> ORG (the operator/network's proper name); could be read as a PLACE (the line). 'the Konkan route' -> PLACE 'Konkan' (the coastal region). 'the Harbour line' (suburban line) not marked, like a named train service. Train names 'the Mumbai CSMT–Madgaon Vande Bharat Express', 'the Mandovi Express' are services/products: not marked, and the places inside them ('Mumbai', 'Madgaon') are deliberately unlabelled (make_gold.py warns once about 'Mumbai'), like places inside event names.",
 "Lowercase generic words outside: 'Ratnagiri district', 'Kamathe stations', 'the Parshuram ghat', 'the Vashishti river'. 'The state relief and rehabilitation department', 'district collector' not marked. 'Central Railway's chief public relations officer' -> ORG 'Central Railway' (zonal railway), title excluded.",
 "'in 48 to 72 hours' -> split range. 'the highest single-day July rainfall' -> 'single-day' not marked ('single' is not a number word here; arguably duration 1). '8.30 am' = 08:30, 'around 3.15 am' with the qualifier. 'about a fourth' fraction 0.25. 'Rs 5 lakh each' -> money 500000 ('each' outside). 'Rs 1,150 crore' = 1.15e10. '21 per cent more rainfall than normal' -> percent 21.",
 SYN,
])

ARTICLES["syn_2027_disaster_japan_megaquake_advisory"] = dict(split="heldout9", E="""
Japan PLACE
Miyazaki PLACE
TOKYO PLACE
Kyodo ORG
Japan Meteorological Agency ORG
Nankai Trough PLACE
Miyazaki Prefecture PLACE
Japan PLACE
Hyuganada Sea PLACE
Japan PLACE
Nichinan PLACE
Miyazaki PLACE
Kochi Prefecture PLACE
Shizuoka PLACE
Kagoshima PLACE
Nankai Trough PLACE
Kenji Haraguchi PERSON
Tokyo PLACE
Nichinan PLACE
Miyazaki PLACE
Fire and Disaster Management Agency ORG
Central Japan Railway Co. ORG
West Japan Railway Co. ORG
Tokaido PLACE
Sanyo PLACE
Kyushu Electric Power Co. ORG
Sendai PLACE
Kagoshima Prefecture PLACE
Wakayama PLACE
Kochi PLACE
Shigeru Tanaka-Ueda PERSON
Kyoto University ORG
Nankai Trough PLACE
Kyodo ORG
""", C="""
M7.1 | measure | 7.1
2 | count | 2
Feb. 17 | date | 02-17
second | ordinal | 2
magnitude 7.1 | measure | 7.1
two people | count | 2
9:26 p.m. | time | 21:26
about 30 kilometers | measure | 30
lower 6 | measure | 6
7 | measure | 7
up to 50 centimeters | measure | 50
about 40 minutes | duration | 40
707 municipalities | count | 707
one week | duration | 1
magnitude 8 | measure | 8
9 | measure | 9
60 | percent | 60
90 percent | percent | 90
30 years | duration | 30
as many as 298,000 people | count | 298000
78-year-old | duration | 78
40s | duration | 40
about two hours | duration | 2
first | ordinal | 1
August 2024 | date | 2024-08
magnitude 7.1 | measure | 7.1
about 15 km | measure | 15
2024 | date | 2024
""", doubts=[
 "Kyodo style: headline with digits ('M7.1', '2 hurt'), 'TOKYO, Feb. 17 Kyodo -' dateline, '==Kyodo' sign-off (ORG). The February 2027 quake, the advisory, people, figures and quotes are FICTIONAL; the Nankai Trough advisory system, its first issue in August 2024 after an M7.1 quake off Miyazaki, the government's 60-90%+ in 30 years probability and the 298,000 worst-case toll are real background.",
 "'Miyazaki port', 'Miyazaki city', 'the Sendai nuclear plant' -> PLACE only for the name (lowercase generic word outside); 'Miyazaki Prefecture', 'Kochi Prefecture', 'Kagoshima Prefecture' capitalised official names kept whole. 'some Tokaido and Sanyo shinkansen services' -> PLACE 'Tokaido', 'Sanyo' (lines named after historic regions, like heldout5's 'Milton line'); could be left unmarked as service names. 'the Hyuganada Sea' PLACE.",
 "'registered lower 6 on Japan's seismic intensity scale of 7' -> 'lower 6' one measure 6 (the JMA level '6-lower', qualifier word of the scale inside) and bare measure 7 (scale maximum, heldout5 convention); 'a magnitude 8 to 9 quake' -> 'magnitude 8' + '9'; 'a 60 to 90 percent or higher chance' -> '60' + '90 percent' ('or higher' outside, heldout5). 'second-ever' -> ordinal 'second'; headline '2 hurt' -> count 2. 'a man in his 40s' -> duration 40 (age decade, first value). 'both reactors' not a claim (no number word).",
 SYN,
])

ARTICLES["syn_2027_business_china_ev_exports_europe"] = dict(split="heldout9", E="""
BYD ORG
Chery ORG
Hungary PLACE
Spain PLACE
EU ORG
Bloomberg ORG
Chinese NORP
European Union ORG
Brussels PLACE
BYD Co. ORG
Szeged PLACE
Hungary PLACE
Chery Automobile Co. ORG
Nissan Motor Co. ORG
Barcelona PLACE
Spain PLACE
Ebro EV Motors ORG
Chinese NORP
Europe PLACE
Dataforce ORG
China PLACE
European Commission ORG
Chinese NORP
Beijing PLACE
European NORP
Chinese NORP
Europe PLACE
Ines Castellano-Roth PERSON
Bloomberg Intelligence ORG
London PLACE
Hungary PLACE
Hungary PLACE
Chinese NORP
CATL ORG
Debrecen PLACE
German Association of the Automotive Industry ORG
VDA ORG
Chinese NORP
EU ORG
BYD ORG
Hong Kong PLACE
Volkswagen AG ORG
Frankfurt PLACE
Stellantis NV ORG
Leapmotor International ORG
Chinese NORP
Milan PLACE
EU ORG
China PLACE
Ministry of Commerce ORG
Lin Zhu-Ying PERSON
Albertina Ruiz-Mayer PERSON
Petra Kovács-Lindqvist PERSON
Budapest PLACE
""", C="""
third | ordinal | 3
second | ordinal | 2
300,000 cars | count | 300000
150,000 | count | 150000
1,200 more workers | count | 1200
412,600 battery-electric and plug-in hybrid cars | count | 412600
9.8% | percent | 9.8
6.1% | percent | 6.1
2025 | date | 2025
14% | percent | 14
35.3% | percent | 35.3
October 2024 | date | 2024-10
10% | percent | 10
€7.3 billion | money | 7300000000
3.4% | percent | 3.4
two weeks | duration | 2
1.2% | percent | 1.2
0.8% | percent | 0.8
""", doubts=[
 "Bloomberg style: title-case headline, '(Bloomberg) --' with no dateline, '--With assistance from', reporter contact trailer (e-mail not marked). The 2027 plans, people ('Ines Castellano-Roth', the reporters), the company 'Ebro EV Motors' as partner, figures and quotes are FICTIONAL; BYD's Szeged plant, Chery's Barcelona venture in the former Nissan plant, CATL's Debrecen plant, the October 2024 EU countervailing duties (up to 35.3%) and China's brandy/pork probes are real background. Hungary's foreign minister is deliberately not named.",
 "'BYD Co.', 'Chery Automobile Co.', 'Nissan Motor Co.', 'Volkswagen AG', 'Stellantis NV' -> suffixes inside ORG; 'Ebro EV Motors' ORG ('EV' inside the name). 'EVs', 'the EV market' not entities. 'talks with Brussels' -> PLACE (capital-city metonymy). 'European brandy' -> NORP 'European'; 'Chinese-made EVs' -> NORP 'Chinese'. 'China's Ministry of Commerce' -> PLACE + ORG; 'the EU's trade department' -> ORG 'EU' only (lowercase body).",
 "'The German Association of the Automotive Industry, known as VDA' -> one ORG: it is the body's official English name (Verband der Automobilindustrie), not a nationality + generic body head ('Egyptian Foreign Ministry' -> NORP + ORG); could be split NORP 'German' + ORG.",
 "'as much as 35.3%', 'rose as much as 3.4%' -> percent only ('as much as' not a qualifier, heldout4). 'to 300,000 cars from 150,000' two counts. '412,600 battery-electric and plug-in hybrid cars' kept whole (coordinated head, like '500 sick and injured children'). 'into a third year' ordinal; 'a second shift' ordinal. 'very effective at one thing' -> rhetorical 'one thing' not marked (idiom, like 'one by one'); arguable count 1.",
 SYN,
])

ARTICLES["syn_2027_sport_nhl_canadiens_maple_leafs"] = dict(split="heldout9", E="""
Desjardins-Roy PERSON
Canadiens ORG
Maple Leafs ORG
MONTREAL PLACE
AP ORG
Élie Desjardins-Roy PERSON
Mikko Aaltonen PERSON
Montreal Canadiens ORG
Toronto Maple Leafs ORG
Desjardins-Roy PERSON
Nick Brandvold PERSON
Juraj Hrušovský PERSON
Lane Whitacre PERSON
Montreal ORG
Eastern Conference ORG
Brandvold PERSON
Austin Kellerman PERSON
Vilhelm Strandberg PERSON
Toronto ORG
Anthony Pazdera PERSON
Maple Leafs ORG
Canadiens ORG
Martin Lavallée PERSON
Bell Centre PLACE
Toronto ORG
Strandberg PERSON
Aaltonen PERSON
Whitacre PERSON
Montreal ORG
Toronto ORG
Toronto ORG
Craig Van Amburg-Hale PERSON
Kellerman PERSON
Maple Leafs ORG
Canadiens ORG
Montreal ORG
Brendan O'Halloran PERSON
NHL ORG
Maple Leafs ORG
Boston Bruins ORG
Canadiens ORG
Ottawa Senators ORG
AP ORG
NHL ORG
""", C="""
twice | count | 2
4 | count | 4
2 | count | 2
5-game | count | 5
twice | count | 2
third | ordinal | 3
31 saves | count | 31
4 | count | 4
2 | count | 2
five-game | count | 5
2 | count | 2
2 | count | 2
6:14 | duration | 374
third | ordinal | 3
1:02 | duration | 62
27th | ordinal | 27
29 | count | 29
24 | count | 24
7 | count | 7
three points | count | 3
two assists | count | 2
22 shots | count | 22
four | count | 4
21,105 | count | 21105
2 | count | 2
1 | count | 1
two periods | count | 2
17:48 | duration | 1068
second | ordinal | 2
38 seconds | duration | 38
third | ordinal | 3
11th | ordinal | 11
14 | count | 14
6 | count | 6
six shots | count | 6
41 goals | count | 41
second | ordinal | 2
1 | count | 1
4 | count | 4
0 | count | 0
3 | count | 3
900th | ordinal | 900
10th | ordinal | 10
""", doubts=[
 "AP sports style: headline with digits, 'MONTREAL (AP) —', UP NEXT block, 'AP NHL:' hub line with URL (the URL is not marked). The game, all players, coaches, figures and quotes are FICTIONAL (invented names, so no real player or coach is quoted); the teams, the NHL, the Eastern Conference and the Bell Centre are real.",
 "Teams written as the city are ORG every time ('for Montreal', 'for Toronto', 'Toronto led', 'Montreal outshot Toronto', 'Toronto coach', 'Montreal forward'), the dateline city PLACE (heldout8 NBA convention); 'Canadiens', 'Maple Leafs' short names ORG; 'NHL' ORG; arena 'Bell Centre' PLACE. 'Craig Van Amburg-Hale' one PERSON with the particle.",
 "Scores and records split into bare counts ('4-2', '2-2 tie', '29-24-7', '14-6', '1 for 4', '0 for 3'); game-clock times '6:14 of the third', '17:48 of the second', 'with 1:02 left' -> durations in seconds (heldout8 'with 3:48 to go'); 'the third', 'the second' (periods) ordinals. '5-game skid', 'five-game losing streak' -> count 5 (games, not time). 'scores twice' count 2. 'one-timer', 'empty-netter', 'power-play' not claims; 'We needed that one' (pronoun) and 'a tough couple of weeks' not marked. 'the final wild card', 'the final minute' not ordinals.",
 SYN,
])

ARTICLES["syn_2027_politics_us_senate_ai_hearing"] = dict(split="heldout9", E="""
KAYLA MORRISON-BELL PERSON
AHMED EL-SAYED PERSON
Associated Press ORG
WASHINGTON PLACE
AP ORG
Capitol Hill PLACE
Senate Judiciary Subcommittee on Privacy, Technology and the Law ORG
Ohio PLACE
Marcus Hollings-Greer PERSON
Conn. PLACE
Dale Whitcomb PERSON
Mo. PLACE
Priya Raman-Nair PERSON
Anthropic ORG
Thomas Vandermeer PERSON
Meta Platforms Inc. ORG
Lena Okafor-Brandt PERSON
Hearthline AI ORG
Columbus PLACE
Okafor-Brandt PERSON
Vandermeer PERSON
Meta ORG
Raman-Nair PERSON
Federal Trade Commission ORG
California PLACE
New York PLACE
Whitcomb PERSON
Senate ORG
House Energy and Commerce Committee ORG
NetChoice ORG
Chamber of Progress ORG
Americans NORP
Hart Senate Office Building PLACE
Associated Press ORG
Jon Brill-Farrow PERSON
Columbus PLACE
Ohio PLACE
""", C="""
three artificial intelligence companies | count | 3
two months | duration | 2
15-year-old | duration | 15
up to six hours | duration | 6
up to $50,000 | money | 50000
4.2 million monthly users | count | 4200000
about 18% | percent | 18
under 18 | duration | 18
90-minute | duration | 90
more than 600,000 accounts | count | 600000
under 13 | duration | 13
third | ordinal | 3
18 | duration | 18
2025 | date | 2025
at least 11 states | count | 11
34 co-sponsors | count | 34
about 40 parents | count | 40
""", doubts=[
 "AP style: sentence-case headline, capitals byline on two lines, 'WASHINGTON (AP) —', '___' contributor line. The hearing, the senators ('Marcus Hollings-Greer', 'Dale Whitcomb'), the executives, the company 'Hearthline AI', the 'Safe Chatbots for Minors Act', the teenager's death, figures and quotes are FICTIONAL; the subcommittee, Anthropic, Meta, the FTC (its 2025 companion-chatbot inquiry), NetChoice and the Chamber of Progress are real names used for realism. No real senator is named.",
 "'Senate Judiciary Subcommittee on Privacy, Technology and the Law' -> one ORG (its full name, comma and 'and the' inside). 'D-Conn.', 'R-Mo.' -> PLACE only for the state abbreviation with its full stop (heldout2 party-state tags). 'Senators' (headline), 'Sen.' titles not marked. 'the Senate floor' -> ORG 'Senate'. The bill's name is not an entity (laws and bills, heldout4/5). 'AI' (technology) not an entity; 'Hearthline AI' ORG.",
 "'about 18% of them under 18' -> percent + duration 'under 18' (heldout2 'children under five'); 'to be 18 or older' -> bare duration 18 ('or older' outside). 'up to six hours a day' duration ('a day' rate outside). 'three artificial intelligence companies' kept whole (longer modifier, nothing overlaps). 'both parties' not a claim. 'in the third quarter' ordinal.",
 SYN,
])

ARTICLES["syn_2027_health_who_pathogen_annex_talks"] = dict(split="heldout9", E="""
WHO ORG
Geneva PLACE
Farah Al-Khatib-Nouri PERSON
Geneva PLACE
Switzerland PLACE
World Health Organization ORG
World Health Assembly ORG
Africa Group ORG
Indonesia PLACE
Brazil PLACE
WHO ORG
European NORP
Swiss NORP
International Federation of Pharmaceutical Manufacturers and Associations ORG
IFPMA ORG
Thandiwe Mokoena-Dlamini PERSON
South Africa PLACE
WHO ORG
Tedros Adhanom Ghebreyesus PERSON
United States PLACE
WHO ORG
Argentina PLACE
Intergovernmental Working Group ORG
Rafael Tovar Meireles PERSON
Brazil PLACE
Britain PLACE
Matthew Harcourt-Lowe PERSON
WHO ORG
US PLACE
Ellen 't Hooft-Bakker PERSON
Geneva Graduate Institute ORG
Global Health Centre ORG
WHO ORG
Al Jazeera ORG
""", C="""
2025 | date | 2025
28 May 2027 | date | 2027-05-28
at least a year | duration | 1
two weeks | duration | 2
May 2025 | date | 2025-05
60 countries | count | 60
47 countries | count | 47
20 percent | percent | 20
half | fraction | 0.5
10 percent | percent | 10
January 2026 | date | 2026-01
2026-2027 | date | 2026
21 percent | percent | 21
$4.2bn | money | 4200000000
2028 | date | 2028
Some 7 million deaths | count | 7000000
2020 | date | 2020
2023 | date | 2023
at least three times | measure | 3
""", doubts=[
 "Al Jazeera web style: headline, standfirst, 'By Name', 'Published On 28 May 2027', 'Geneva, Switzerland –' dateline with an en dash, 'Source: Al Jazeera'. The May 2027 talks, negotiators, the co-chairs named here, figures and quotes are FICTIONAL; the WHO Pandemic Agreement (adopted May 2025), the PABS annex and the Intergovernmental Working Group, the US withdrawal (effective January 2026) and Argentina's exit, and the ~7 million reported COVID-19 deaths are real background. Tedros Adhanom Ghebreyesus appears only in a neutral background mention (no invented quote).",
 "Instruments are not entities: 'the Pandemic Agreement', 'the Pathogen Access and Benefit-Sharing (PABS) annex' (like treaties and bills); 'COVID-19', 'Omicron' (disease and variant names) not marked, and '19' is not a claim. 'The Africa Group' (negotiating bloc) ORG; 'European and Swiss negotiators' NORP. 'the Geneva Graduate Institute's Global Health Centre' -> two ORGs. 'Ellen 't Hooft-Bakker' -> PERSON with the Dutch particle; 'Dr Thandiwe Mokoena-Dlamini' title excluded; 'WHO Director-General' title excluded.",
 "'by at least a year' -> duration 1 with qualifier (article = one). 'the WHO's budget for 2026-2027' -> one date span, value the first year (biennium, like the season '2019–2020'); could be split in two. 'half of it' fraction. 'at least three times higher' -> measure 3 (multiplier with a number, heldout2). 'Every month ... a month' (rhetorical) not marked. 'in early 2028' -> date 2028.",
 SYN,
])

ARTICLES["syn_2027_business_turkey_central_bank_rate_cut"] = dict(split="heldout9", E="""
Central Bank of Turkey ORG
ISTANBUL PLACE
Central Bank of the Republic of Türkiye ORG
CBRT ORG
Monetary Policy Committee ORG
Fatih Karahan PERSON
Anadolu Agency ORG
Turkish Statistical Institute ORG
TurkStat ORG
Turkish NORP
U.S. PLACE
Borsa Istanbul ORG
Elif Demirtaş-Aksoy PERSON
Istanbul PLACE
Ak Yatırım Menkul Değerler AŞ ORG
Recep Tayyip Erdoğan PERSON
Mehmet Şimşek PERSON
JPMorgan Chase & Co. ORG
Goldman Sachs Group Inc. ORG
Ayşe Nur Kılınç-Öztürk PERSON
Daily Sabah ORG
""", C="""
250 basis points | percent | 250
27.5 pct | percent | 27.5
one-week | duration | 1
250 basis points | percent | 250
27.5% | percent | 27.5
fourth | ordinal | 4
30.5% | percent | 30.5
33% | percent | 33
26% | percent | 26
28.5% | percent | 28.5
2 p.m. | time | 14:00
1100GMT | time | 11:00
200 basis points | percent | 200
24.1% | percent | 24.1
26.3% | percent | 26.3
November 2021 | date | 2021-11
1.6% | percent | 1.6
16% | percent | 16
2027 | date | 2027
9% | percent | 9
about 0.4% | percent | 0.4
45.12 | money | 45.12
1.8% | percent | 1.8
11,640 points | measure | 11640
150 basis points | percent | 150
$178.4 billion | money | 178400000000
Sept. 5 | date | 09-05
around $71 billion | money | 71000000000
85.5% | percent | 85.5
October 2022 | date | 2022-10
May 2023 | date | 2023-05
8.5% | percent | 8.5
50% | percent | 50
March 2024 | date | 2024-03
25% | percent | 25
Oct. 23 | date | 10-23
""", doubts=[
 "Local English-language paper style (Daily Sabah): headline with 'pct', a bare 'ISTANBUL' dateline line, '2 p.m. local time (1100GMT)', reporter / paper sign-off. The September 2027 decision, its figures, the economist, the brokerage's quote and the bank notes are FICTIONAL; the CBRT, TurkStat, Borsa Istanbul, Anadolu Agency and the 2022 inflation peak (85.5%) and 2023-24 tightening to 50% are real background. Fatih Karahan (governor), Recep Tayyip Erdoğan and Mehmet Şimşek appear only in neutral background mentions; the quote is the committee's (institutional), not a person's.",
 "'Central Bank of Turkey' (headline) and 'The Central Bank of the Republic of Türkiye (CBRT)' -> one ORG each (country inside the body's own name). 'The bank's Monetary Policy Committee' -> ORG (capitalised full name, unlike the bare 'the Committee'). 'The Turkish lira' NORP; 'the U.S. dollar' PLACE 'U.S.'; 'the main BIST 100 index' -> index, not an entity (heldout1 'Nikkei' convention), '100' not a claim. 'Istanbul-based brokerage' -> PLACE; 'Ak Yatırım Menkul Değerler AŞ' ORG with the Turkish suffix 'AŞ' inside. 'JPMorgan Chase & Co.' ORG with '&'.",
 "'2 p.m. local time (1100GMT)' -> time '2 p.m.' ('local time' outside) + time '1100GMT' = 11:00 (zone glued, heldout2 '0635 GMT'). 'to trade at 45.12 against the U.S. dollar' -> money 45.12 (exchange rate). '11,640 points' -> measure (index points). 'its one-week repo rate' duration 1; 'its fourth consecutive cut' ordinal. 'by the end of 2027' date; 'the end of next year' not marked.",
 SYN,
])

ARTICLES["syn_2027_health_barbados_cruise_ship_norovirus"] = dict(split="heldout9", E="""
Ministry of Health and Wellness ORG
Government of Barbados ORG
Bridgetown Port PLACE
Ministry of Health and Wellness ORG
Bridgetown Port PLACE
Celestine Cruise Lines Ltd. ORG
Miami PLACE
Florida PLACE
Port Everglades PLACE
Kenneth Alleyne-Straker PERSON
Port Health Department ORG
Barbadian NORP
Alleyne-Straker PERSON
Queen Elizabeth Hospital PLACE
Harrison's Cave PLACE
Bathsheba PLACE
Barbados Port Inc. ORG
Caribbean Public Health Agency ORG
CARPHA ORG
United States Centers for Disease Control and Prevention ORG
CDC ORG
U.S. PLACE
St. Lucia PLACE
Antigua PLACE
Public Relations Unit ORG
Ministry of Health and Wellness ORG
""", C="""
15th January, 2027 | date | 2027-01-15
7:00 a.m. | time | 07:00
2,914 passengers | count | 2914
1,102 crew | count | 1102
187 passengers | count | 187
23 crew members | count | 23
January 9 | date | 01-09
one | duration | 1
three days | duration | 3
42 persons | count | 42
two elderly passengers | count | 2
at least 48 hours | duration | 48
25 persons | count | 25
6:00 p.m. | time | 18:00
at least 20 seconds | duration | 20
""", doubts=[
 "Government press-release style: 'PRESS RELEASE', ministry and government header, 'FOR IMMEDIATE RELEASE', 'Friday, 15th January, 2027', title-case headline, '-END-', contact block with phone numbers (not claims). The outbreak, the ship 'MS Aurora Caribe', the line 'Celestine Cruise Lines Ltd.', the official 'Dr. Kenneth Alleyne-Straker', figures and quotes are FICTIONAL; the ministry, Barbados Port Inc., CARPHA, the CDC and its Vessel Sanitation Program, the Queen Elizabeth Hospital and the named places are real.",
 "'Government of Barbados' (header) -> one ORG (the government's formal name as the issuing body), unlike lowercase/bare 'government'; could be read as PLACE 'Barbados' only. 'The Ministry is working closely', 'the Ministry's hotline' -> short capitalised 'Ministry' not marked (like 'the Committee', 'the Fund'). 'Public Relations Unit' (capitalised unit of the ministry) ORG. 'the United States Centers for Disease Control and Prevention (CDC)' -> one ORG (country heading the body's name, the 'U.S. Geological Survey' convention); 'U.S. ports' PLACE.",
 "Ship name 'MS Aurora Caribe'/'The Aurora Caribe' is a vehicle/product: not an entity. Programme 'Vessel Sanitation Program' not an entity. Port, hospital and landmarks: 'Bridgetown Port', 'Port Everglades' PLACE (ports, heldout5); 'the Queen Elizabeth Hospital' PLACE (destination, heldout5); 'Harrison's Cave' PLACE (landmark; the 's is part of the name).",
 "'15th January, 2027' one date (weekday outside). 'within one to three days' -> 'one' + 'three days' (range split). 'at least 48 hours', 'at least 20 seconds' qualifier inside. Phone numbers '536-3800', '(246) 536-3800' not claims.",
 SYN,
])
