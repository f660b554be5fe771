# Labels for the HELDOUT11 split (see make_gold.py for the format). Final reporting only: do not tune on these.
# Eleventh held-out split: 10 SYNTHETIC wire-style articles (syn_*); see eval/README.md.
ARTICLES = {}

SYN = "Text is SYNTHETIC (see README): written for this split in wire style; people, companies, events, figures and quotes are fictional unless noted; places and well-known organisations are real names used for realism; real public figures appear only in neutral background mentions, never with an invented quote."

ARTICLES["syn_2029_sport_kenya_berlin_marathon_record"] = dict(split="heldout11", E="""
Kenya PLACE
Chebet PERSON
Berlin PLACE
Kenyan NORP
Daniel Kiprono Chebet PERSON
Brandenburg Gate PLACE
~AFP ORG
Tobias Reinhardt PERSON
Berlin PLACE
AFP ORG
Kenya PLACE
Daniel Kiprono Chebet PERSON
Berlin PLACE
Kelvin Kiptum PERSON
Chicago PLACE
Kurfürstendamm PLACE
Unter den Linden PLACE
Brandenburg Gate PLACE
Chebet PERSON
Kenyan NORP
Ethiopia PLACE
Tesfaye Alemu Bekele PERSON
Uganda PLACE
Joshua Mande PERSON
Ethiopian NORP
Meseret Haile Gebre PERSON
Kenya PLACE
Purity Jepkosgei Lagat PERSON
Chebet PERSON
Iten PLACE
Kenya PLACE
Rift Valley PLACE
Italian NORP
Marco Ferraresi PERSON
Jürgen Lohmann PERSON
World Athletics ORG
Chebet PERSON
Kenyan NORP
Kenyan NORP
Athletics Integrity Unit ORG
AIU ORG
Daniel PERSON
Ferraresi PERSON
German NORP
Chebet PERSON
London PLACE
""", C="""
September 30, 2029 | date | 2029-09-30
2hr 00min 11sec | duration | 7211
24 seconds | duration | 24
2023 | date | 2023
26-year-old | duration | 26
third | ordinal | 3
59 minutes 58 seconds | duration | 3598
three pacemakers | count | 3
12 kilometres | measure | 12
35 kilometres | measure | 35
second | ordinal | 2
2:02:47 | duration | 7367
third | ordinal | 3
2:03:30 | duration | 7410
more than three minutes | duration | 3
2:16:02 | duration | 8162
50,000 euros | money | 50000
$54,000 | money | 54000
40,000 euros | money | 40000
more than 100 Kenyan athletes | count | 100
five years | duration | 5
2023 | date | 2023
$5 million | money | 5000000
more than 20 times | count | 20
About 45,000 runners | count | 45000
150 countries | count | 150
10th | ordinal | 10
1998 | date | 1998
two months | duration | 2
""", doubts=[
 "AFP style: 'Athletics:' kicker in a title-case headline, caption with the credit glued after the date 'September 30, 2029.AFP PHOTO / Name', 'Berlin (AFP) -' dateline, 'bur-jpl/sr' trailer. The record, runners, coach, race director, figures and quotes are FICTIONAL; Kelvin Kiptum's 2:00:35 in Chicago (2023, 'his late compatriot'), the AIU's Kenyan suspensions and Kenya's 2023 pledge of $5 million a year for anti-doping are real background.",
 "'the Berlin Marathon' (event name) not marked, and its 'Berlin' deliberately unlabelled (one expected make_gold.py warning), like heldout 'Amsterdam Marathon'. 'Kurfürstendamm', 'Unter den Linden' (streets) and 'Brandenburg Gate' PLACE. 'the German capital' -> NORP 'German'. 'Daniel has been tested' -> first-name PERSON.",
 "Race times ('2hr 00min 11sec', '2:02:47', '59 minutes 58 seconds') are durations in seconds (heldout convention). 'the final 12 kilometres' -> '12 kilometres'. 'more than 100 Kenyan athletes' one span (NORP inside). 'the 10th men's world record' ordinal. 'a year' in '$5 million a year' a rate, not marked; 'halfway', 'this year' not marked.",
 SYN,
])

ARTICLES["syn_2029_politics_ireland_dublin_housing_march"] = dict(split="heldout11", E="""
Dublin PLACE
Aoife Ní Bhriain PERSON
RTÉ News ORG
O'Connell Street PLACE
Dublin PLACE
RollingNews.ie ORG
Dublin PLACE
Raise the Roof ORG
Garden of Remembrance PLACE
Parnell Square PLACE
Leinster House PLACE
Kildare Street PLACE
An Garda Síochána ORG
SIPTU ORG
Fórsa ORG
Union of Students in Ireland ORG
USI ORG
Sinn Féin ORG
Labour Party ORG
Social Democrats ORG
Trinity College Dublin ORG
University College Dublin ORG
Merrion Square PLACE
Daft.ie ORG
Republic PLACE
Dublin PLACE
Residential Tenancies Board ORG
Raise the Roof ORG
Niamh O'Connell-Byrne PERSON
Sydney PLACE
Toronto PLACE
Tallaght PLACE
Ciarán Mac Giolla Phádraig PERSON
RTÉ ORG
Central Statistics Office ORG
CSO ORG
Sinn Féin ORG
Deirdre Ó Súilleabháin PERSON
Dáil ORG
""", C="""
€2,000 | money | 2000
14 Apr 2029 | date | 2029-04-14
18:42 | time | 18:42
€2,000 | money | 2000
first | ordinal | 1
more than 25,000 people | count | 25000
2pm | time | 14:00
about 12,000 | count | 12000
40 tents | count | 40
6.8% | percent | 6.8
€2,041 | money | 2041
ten years | duration | 10
€2,712 | money | 2712
4,210 notices | count | 4210
first | ordinal | 1
a fifth | fraction | 0.2
Half | fraction | 0.5
27-year-old | duration | 27
33,000 new homes | count | 33000
2008 | date | 2008
€1.5 billion | money | 1500000000
about 50,000 homes | count | 50000
three-year | duration | 3
""", doubts=[
 "RTÉ News web style: title-case headline, 'Updated / Saturday, 14 Apr 2029 18:42' line, byline with desk 'Social Affairs Correspondent, RTÉ News', caption credit '(Pic: RollingNews.ie)'. The march, its figures, the minister, spokespeople and quotes are FICTIONAL; Raise the Roof, the Daft.ie rent report, the RTB and the CSO are real background.",
 "'the Republic' (the Irish State) -> PLACE, like a country name; 'the Government', 'the country', 'Budget' not marked. 'a Dáil motion' -> ORG 'Dáil' (capitalised legislature, like 'Sejm'/'Landtag'); 'TDs' not marked (like 'MSPs'). 'RTÉ's This Week programme' -> ORG 'RTÉ', programme not marked. 'An Garda Síochána' one ORG with 'An'. Irish particles inside names: 'Ní Bhriain', 'Mac Giolla Phádraig', 'Ó Súilleabháin'. 'Trinity College Dublin', 'University College Dublin' one ORG each ('Dublin' inside).",
 "'almost double the level' -> multiplier without a number, not marked (heldout convention). 'Half my class' -> fraction 0.5. 'up by a fifth' fraction. 'the first quarter', 'for the first time' -> ordinal 'first'. '€2,000 a month' money, rate outside. Not marked: 'last year', 'next Tuesday', 'October's' (bare month), 'thousands of people'.",
 SYN,
])

ARTICLES["syn_2029_business_singapore_tuas_port"] = dict(split="heldout11", E="""
Singapore PLACE
Tuas PLACE
Red Sea PLACE
Wei Ling Tan PERSON
Arjun Ramasamy PERSON
Bloomberg ORG
Singapore PLACE
Tuas PLACE
Africa PLACE
Tuas PLACE
PSA International Pte ORG
Maritime and Port Authority of Singapore ORG
MPA ORG
Lim Wei Jie PERSON
Singapore PLACE
MPA ORG
Suez Canal PLACE
Europe PLACE
Middle East PLACE
Pasir Panjang PLACE
Lim PERSON
Tuas PLACE
Tanjong Pagar PLACE
Keppel PLACE
Malaysia PLACE
Port Klang PLACE
Port of Tanjung Pelepas PLACE
Johor PLACE
Indonesia PLACE
Patimban PLACE
Jakarta PLACE
A.P. Moller-Maersk A/S ORG
Mediterranean Shipping Co. ORG
Singapore PLACE
Asia PLACE
Europe PLACE
Singapore PLACE
Rahul Menon PERSON
Drewry ORG
Singapore PLACE
Tuas PLACE
Red Sea PLACE
PSA International ORG
Temasek Holdings Pte ORG
Harry Lim-Sorensen PERSON
Wei Ling Tan PERSON
Singapore PLACE
Miranda Coulthard PERSON
""", C="""
Second | ordinal | 2
second | ordinal | 2
about 21 million twenty-foot equivalent units | measure | 21000000
S$7.2 billion | money | 7200000000
$5.4 billion | money | 5400000000
41.1 million TEUs | measure | 41100000
5.3% | percent | 5.3
2027 | date | 2027
7% | percent | 7
first | ordinal | 1
four months | duration | 4
2029 | date | 2029
around seven days | duration | 7
under 2 hours | duration | 2
2040 | date | 2040
65 million TEUs | measure | 65000000
10 million TEUs | measure | 10000000
two | count | 2
more than 600 ports | count | 600
120 countries | count | 120
S$2.1 billion | money | 2100000000
2028 | date | 2028
18% | percent | 18
""", doubts=[
 "Bloomberg style: title-case headline, 'By' byline, '(Bloomberg) --' opening, '--With assistance from', contact trailer (e-mail addresses left out). The phase-two opening, the minister of state, analyst, figures and quotes are FICTIONAL; Tuas, PSA/Temasek, the closure of Tanjong Pagar and Keppel, the 65 million TEU target and Red Sea diversions are real background. 'up 5.3% from 2027' compares last year's (2028) volume with 2027.",
 "'Tuas mega-port', 'the Tuas and Keppel terminals' -> the place names PLACE; 'Port Klang' (town/port) and 'Port of Tanjung Pelepas' (a port, as a landmark) PLACE, not the operating companies. 'A.P. Moller-Maersk A/S', 'Mediterranean Shipping Co.', 'PSA International Pte', 'Temasek Holdings Pte' one ORG each with company forms. 'Asia-Europe services' -> PLACE 'Asia' + 'Europe'. 'the city-state' not marked. 'Senior Minister of State for Transport' title.",
 "'about 21 million twenty-foot equivalent units' one measure (the unit name spelt out; its 'twenty-foot' not a separate claim); 'TEUs' measure. 'the first four months' -> ordinal 'first' + duration 'four months'. 'the world's two biggest container lines' -> bare count 'two'. 'under 2 hours' ('under' bounds the number). Not marked: 'last year', 'last summer', 'busiest'.",
 SYN,
])

ARTICLES["syn_2029_business_bolivia_lithium_contract"] = dict(split="heldout11", E="""
Bolivian NORP
Russia PLACE
Uranium One ORG
Daniel Ramos-Quiroga PERSON
LA PAZ PLACE
Reuters ORG
Bolivia PLACE
Chamber of Deputies ORG
Uranium One Group ORG
Russian NORP
Rosatom ORG
Uyuni PLACE
Andean NORP
Senate ORG
Yacimientos de Litio Bolivianos ORG
YLB ORG
Uranium One ORG
Bolivia PLACE
U.S. Geological Survey ORG
Chile PLACE
Argentina PLACE
Potosí PLACE
Moscow PLACE
Rosa Mamani Quispe PERSON
China PLACE
CATL ORG
China PLACE
Benchmark Mineral Intelligence ORG
South America PLACE
Carlos Flores Choque PERSON
Potosí Civic Committee ORG
Rosatom ORG
Moscow PLACE
Senate ORG
Daniel Ramos-Quiroga PERSON
La Paz PLACE
Lucía Mendieta PERSON
Santiago PLACE
Peter Halloran PERSON
""", C="""
$970 Million | money | 970000000
June 5 | date | 06-05
$970 million | money | 970000000
68 | count | 68
52 | count | 52
51% | percent | 51
14,000 metric tons | measure | 14000
2032 | date | 2032
an estimated 23 million tons | measure | 23000000
2024 | date | 2024
10-day | duration | 10
12% | percent | 12
first | ordinal | 1
$1 billion | money | 1000000000
2024 | date | 2024
about 98,000 yuan | money | 98000
$13,500 | money | 13500
nearly 40% | percent | 40
up to 1.2 million cubic metres | measure | 1200000
six months | duration | 6
""", doubts=[
 "Reuters style: title-case headline, byline, 'LA PAZ, June 5 (Reuters) -' dateline, reporting/editing trailer. The vote, its tally, lawmakers, activists and quotes are FICTIONAL; the 2024 Uranium One (Rosatom) and CATL-led consortium contracts, YLB and the USGS resource estimate are real background.",
 "'the Uyuni salt flat' -> PLACE 'Uyuni'; 'Potosí department' lowercase -> PLACE only; 'Potosí Civic Committee' one ORG. 'the Senate' (capitalised chamber) ORG (heldout2 convention); 'the chamber's mining committee' lowercase, not marked. 'the Andean country' -> NORP 'Andean' (regional adjective, like 'Central Asian'). 'Russia's Uranium One' in the headline and 'Uranium One' later ORG; 'Uranium One Group' one ORG.",
 "'passed 68 to 52' -> two bare counts (vote-tally convention). '$970 Million' in the headline money. '14,000 metric tons ... a year' measure, rate outside. Not marked: 'a year earlier', 'this year', 'in March', 'in May' (bare months), 'months-long', 'all-night'.",
 SYN,
])

ARTICLES["syn_2029_disaster_laos_nam_xam_dam_inquiry"] = dict(split="heldout11", E="""
Laos PLACE
VIENTIANE PLACE
Xinhua ORG
Laos PLACE
Lao NORP
Houaphanh PLACE
Vientiane PLACE
Khamphone Sisouphanthong PERSON
Phou Luang Power Co., Ltd. ORG
Thai NORP
Electricite du Laos ORG
EDL ORG
Office of the Supreme People's Prosecutor ORG
U.S. PLACE
Xam Neua PLACE
Laos PLACE
Southeast Asia PLACE
Thailand PLACE
Vietnam PLACE
Cambodia PLACE
Singapore PLACE
Attapeu PLACE
Chinese NORP
Lao People's Army ORG
""", C="""
Nov. 8 | date | 11-08
at least three weeks | duration | 3
46-meter-high | measure | 46
July 21 | date | 07-21
four days | duration | 4
an estimated 180 million cubic meters | measure | 180000000
Thirty-one people | count | 31
17 | count | 17
412-page | count | 412
25 percent | percent | 25
about 40 liters | measure | 40
June 29 | date | 06-29
July 20 | date | 07-20
less than 24 hours | duration | 24
five company managers | count | 5
two engineers | count | 2
150 million kip | money | 150000000
about 7,000 U.S. dollars | money | 7000
2,340 people | count | 2340
11 villages | count | 11
more than 90 hydropower plants | count | 90
July 2018 | date | 2018-07
at least 71 people | count | 71
more than 7,000 | count | 7000
""", doubts=[
 "Xinhua style: title-case headline, 'VIENTIANE, Nov. 8 (Xinhua) --' dateline, 'Enditem' trailer. The Nam Xam 2 collapse, the inquiry, the company 'Phou Luang Power Co., Ltd.', the deputy minister, figures and quotes are FICTIONAL; EDL, the 'battery of Southeast Asia' aim and the July 2018 Xe-Pian Xe-Namnoy collapse in Attapeu are real background.",
 "Hydropower project names ('the Nam Xam 2 hydropower project', 'the Xe-Pian Xe-Namnoy project') are projects, not marked (heldout10 'TAPI' convention), and the '2' in 'Nam Xam 2' is part of a name, not a claim. 'Houaphanh province', 'Attapeu province', 'Xam Neua district' lowercase -> PLACE only. 'Phou Luang Power Co., Ltd.' one ORG ending with the full stop of 'Ltd.'. 'Deputy Minister of Energy and Mines' a title (no ORG). 'about 7,000 U.S. dollars' money with PLACE 'U.S.' inside (like 'Jamaican dollars').",
 "'about 40 liters per second' -> measure, rate outside. 'the 46-meter-high saddle dam' measure. 'Thirty-one people' count; '17 remain missing' bare count. 'in July' bare month, not marked.",
 SYN,
])

ARTICLES["syn_2029_disaster_iceland_katla_flights"] = dict(split="heldout11", E="""
Iceland PLACE
Katla PLACE
Sigrún Halldórsdóttir PERSON
Tom Beckwith PERSON
BBC News ORG
Reykjavik PLACE
Iceland PLACE
Mýrdalsjökull PLACE
Europe PLACE
Scotland PLACE
Norway PLACE
Katla PLACE
Iceland PLACE
Icelandic Meteorological Office ORG
IMO ORG
Katla PLACE
Icelandair ORG
Keflavík International Airport PLACE
easyJet ORG
Ryanair ORG
British Airways ORG
Scotland PLACE
Scandinavia PLACE
Eurocontrol ORG
European NORP
Scotland PLACE
Norway PLACE
Faroe Islands PLACE
UK PLACE
Met Office ORG
London Volcanic Ash Advisory Centre ORG
Scotland PLACE
Mýrdalsjökull PLACE
Almannavarnir ORG
Einar Gunnarsson PERSON
Vík PLACE
Ring Road PLACE
Skógar PLACE
Kirkjubæjarklaustur PLACE
Múlakvísl PLACE
Eyjafjallajökull PLACE
Hrafnhildur Ólafsdóttir PERSON
University of Iceland ORG
Eyjafjallajökull PLACE
European NORP
Katrin Vandenheede PERSON
Eurocontrol ORG
Iceland PLACE
""", C="""
2 February 2029 | date | 2029-02-02
more than 900 flights | count | 900
11km | measure | 11
04:15 | time | 04:15
04:15 GMT | time | 04:15
more than 300 earthquakes | count | 300
magnitude 5.2 | measure | 5.2
first | ordinal | 1
1918 | date | 1918
about 14,000 passengers | count | 14000
940 flights | count | 940
about 3% | percent | 3
up to 2 milligrams | measure | 2
About 700 residents | count | 700
2010 | date | 2010
six days | duration | 6
about 100,000 flights | count | 100000
an estimated 10 million passengers | count | 10000000
2010 | date | 2010
48 hours | duration | 48
2 billion krónur | money | 2000000000
$14.5m | money | 14500000
""", doubts=[
 "BBC News web style: 'Iceland Volcano:' headline kicker, byline with '&' and 'BBC News, Reykjavik', British date line, caption with 'Photo: Body / Name' credit. The 2029 Katla eruption, its figures, the volcanologist, the Eurocontrol official and quotes are FICTIONAL; Katla's last eruption (1918), Eurocontrol, the London VAAC at the Met Office and the 2010 Eyjafjallajökull figures are real background.",
 "Volcanoes and glaciers ('Katla', 'Mýrdalsjökull', 'Eyjafjallajökull'), 'the Múlakvísl river' (-> 'Múlakvísl'), 'the Ring Road' (a road) and 'Keflavík International Airport' PLACE. 'Almannavarnir' (Iceland's civil protection department) ORG in the credit. 'known in Icelandic' (language) not marked; 'jökulhlaup' a common noun. 'Iceland's Prime Minister' unnamed -> PLACE only. 'European air traffic agency', 'European airspace' -> NORP 'European'.",
 "'04:15 local time (04:15 GMT)' -> two times, the zone inside the second (heldout2 convention), 'local time' outside. 'up to 2 milligrams per cubic metre' measure, rate outside. 'magnitude 5.2' measure with the unit word first. Not marked: 'dozens of routes', 'overnight', 'Saturday'.",
 SYN,
])

ARTICLES["syn_2029_business_korea_chip_exports_record"] = dict(split="heldout11", E="""
S. Korea PLACE
Lee Min-ji PERSON
SEOUL PLACE
Yonhap ORG
South Korea PLACE
Ministry of Trade, Industry and Energy ORG
China PLACE
United States PLACE
Washington PLACE
Korean NORP
Association of Southeast Asian Nations ORG
ASEAN ORG
Vietnam PLACE
Malaysia PLACE
Samsung Electronics Co. ORG
SK hynix Inc. ORG
Nvidia Corp. ORG
Hyundai Motor Co. ORG
Ulsan PLACE
Seoul PLACE
U.S. PLACE
Cho Hyun-seok PERSON
China PLACE
Korean NORP
""", C="""
Nov. 1 | date | 11-01
31.4 percent | percent | 31.4
US$17.8 billion | money | 17800000000
9.2 percent | percent | 9.2
$64.3 billion | money | 64300000000
14th | ordinal | 14
4.1 percent | percent | 4.1
$55.6 billion | money | 55600000000
$8.7 billion | money | 8700000000
June 2018 | date | 2018-06
27.7 percent | percent | 27.7
23.4 percent | percent | 23.4
6.5 percent | percent | 6.5
$12.1 billion | money | 12100000000
11.3 percent | percent | 11.3
$11.4 billion | money | 11400000000
15 percent | percent | 15
10-member | count | 10
8.8 percent | percent | 8.8
$10.2 billion | money | 10200000000
two | count | 2
second | ordinal | 2
3.4 percent | percent | 3.4
$5.9 billion | money | 5900000000
two-week | duration | 2
305 kilometers | measure | 305
first | ordinal | 1
5.6 percent | percent | 5.6
$2.68 billion | money | 2680000000
one | count | 1
sixth | ordinal | 6
12.7 percent | percent | 12.7
$3.1 billion | money | 3100000000
four liquefied natural gas carriers | count | 4
1,382.50 | money | 1382.5
0.4 percent | percent | 0.4
""", doubts=[
 "Yonhap style: '(LEAD)' tag and sentence-case headline, 'By' byline, 'SEOUL, Nov. 1 (Yonhap) --' dateline, reporter e-mail and '(END)'. The October 2029 figures, the vice minister and the quote are FICTIONAL; the ministry, Samsung, SK hynix, HBM demand and the 15 percent US tariff are real background.",
 "'S. Korea' (Yonhap headline abbreviation) one PLACE. 'Washington's 15 percent tariff' -> capital metonymy PLACE. 'Korean goods', 'The Korean won' -> NORP. 'SK hynix Inc.', 'Samsung Electronics Co.', 'Nvidia Corp.', 'Hyundai Motor Co.' one ORG each with the company form; 'AI' and 'high-bandwidth memory' not entities. The e-mail 'mjlee@yna.co.kr' not marked.",
 "'the world's two largest memory chipmakers' -> bare count 'two'; 'second-largest' -> ordinal 'second'; 'one more working day' -> bare count 'one'. 'four liquefied natural gas carriers' one count span (the head is one compound noun, like '500 sick and injured children'). '1,382.50 per dollar' money, 'per dollar' outside (heldout9 exchange-rate convention). 'more than doubled' multiplier without a number, not marked. Not marked: 'a year earlier', 'a day earlier', 'last month', 'next year', 'Saturday', 'in October' (bare month).",
 SYN,
])

ARTICLES["syn_2029_energy_namibia_green_hydrogen_terms"] = dict(split="heldout11", E="""
REPUBLIC OF NAMIBIA PLACE
MINISTRY OF INDUSTRIES, MINES AND ENERGY ORG
Windhoek PLACE
//KHARAS REGION PLACE
Ministry of Industries, Mines and Energy ORG
Hyphen Hydrogen Energy ORG
Lüderitz PLACE
//Kharas Region PLACE
Government of the Republic of Namibia ORG
Namibians NORP
Selma Amutenya-Shilongo PERSON
Namibia PLACE
Namibians NORP
Tsau //Khaeb National Park PLACE
Sperrgebiet PLACE
Ministry of Environment, Forestry and Tourism ORG
Angra Point PLACE
Lüderitz PLACE
Germany PLACE
Netherlands PLACE
Government of the Federal Republic of Germany ORG
Port of Rotterdam ORG
Namibia PLACE
Lüderitz PLACE
Office of the Executive Director ORG
Ministry of Industries, Mines and Energy ORG
Windhoek PLACE
""", C="""
23 August 2029 | date | 2029-08-23
first | ordinal | 1
14th | ordinal | 14
20 August 2029 | date | 2029-08-20
US$10 billion | money | 10000000000
about N$180 billion | money | 180000000000
first | ordinal | 1
up to 350,000 tonnes | measure | 350000
2032 | date | 2032
about 3 gigawatts | measure | 3
2,000 cubic metres | measure | 2000
up to 24 per cent | percent | 24
about 15,000 jobs | count | 15000
3,000 permanent jobs | count | 3000
at least 90 per cent | percent | 90
first | ordinal | 1
12 months | duration | 12
€40 million | money | 40000000
more than 3,500 hours | duration | 3500
8 metres | measure | 8
""", doubts=[
 "Government press release style: capitals header 'REPUBLIC OF NAMIBIA' / ministry name, 'MEDIA RELEASE', 'FOR IMMEDIATE RELEASE', 'Windhoek, 23 August 2029', capitals headline, '-ENDS-', 'Issued by:' block with a postal address. The Cabinet decision, the minister, the figures and the quote are FICTIONAL; Hyphen Hydrogen Energy, the Tsau //Khaeb (Sperrgebiet) National Park site near Lüderitz, the US$10 billion estimate, the 24 per cent state option and German grant support are real background.",
 "Header 'REPUBLIC OF NAMIBIA' (the country's name) PLACE; 'the Government of the Republic of Namibia', 'The Government of the Federal Republic of Germany' one ORG each (heldout9 'Government of Barbados'). Bare capitalised 'Cabinet' not marked (like 'the Ministry', 'the Government'). '//Kharas Region' / '//KHARAS REGION' one PLACE with the capitalised 'Region' of its official name; the click-letter '//' is part of the name. 'Port of Rotterdam' ORG here (it signs a memorandum: the port authority), unlike heldout11 Singapore's 'Port of Tanjung Pelepas' (a location). 'Office of the Executive Director' ORG (a named office). 'the Minister of Industries, Mines and Energy' a title. 'Hon.' a title.",
 "'2,000 cubic metres per hour', 'above 8 metres per second' -> measures, rate outside ('above' not a listed qualifier). 'more than 3,500 hours of sunshine a year' -> duration. 'the 14th ordinary meeting' ordinal. 'Private Bag 13297' an identifier, not a claim.",
 SYN,
])

ARTICLES["syn_2029_labour_belgium_rail_strike"] = dict(split="heldout11", E="""
Belgian NORP
Eurostar ORG
ELODIE VERMEULEN PERSON
Associated Press ORG
BRUSSELS PLACE
AP ORG
Belgium PLACE
Eurostar ORG
Brussels PLACE
London PLACE
Amsterdam PLACE
SNCB ORG
Brussels PLACE
Antwerp PLACE
Ghent PLACE
Wallonia PLACE
CGSP Cheminots ORG
Christian NORP
ACV-Transcom ORG
Infrabel ORG
Belgium PLACE
Eurostar ORG
Channel Tunnel PLACE
Brussels-South PLACE
Lille PLACE
France PLACE
Samira El Idrissi PERSON
Liège PLACE
Brussels PLACE
Brussels-Central PLACE
Pieter De Smedt PERSON
VRT ORG
SNCB ORG
Belgium PLACE
Bart De Wever PERSON
Marc Van der Elst PERSON
CGSP Cheminots ORG
Chamber of Representatives ORG
Associated Press ORG
Sam Hoekstra PERSON
The Hague PLACE
Netherlands PLACE
""", C="""
Third | ordinal | 3
third | ordinal | 3
about 30% | percent | 30
four unions | count | 4
55 | duration | 55
67 | duration | 67
1,800 jobs | count | 1800
2032 | date | 2032
five days | duration | 5
10 p.m. | time | 22:00
1986 | date | 1986
46 | count | 46
58 trains | count | 58
two hours | duration | 2
41-year-old | duration | 41
55 | duration | 55
67 | duration | 67
about 4 million euros | money | 4000000
$4.4 million | money | 4400000
258 million passengers | count | 258000000
five-party | count | 5
February 2025 | date | 2025-02
more than 15 national strike days | count | 15
24-hour | duration | 24
June 12 | date | 06-12
""", doubts=[
 "AP style: title-case headline, capitals byline + 'Associated Press', 'BRUSSELS (AP) —' dateline, '___' contributor line. The five-day strike, the reform details, the minister 'Pieter De Smedt', the commuter, the union leader, figures and quotes are FICTIONAL; SNCB, Infrabel, the unions, VRT and Bart De Wever's coalition (since February 2025) are real background, the Prime Minister only as a neutral mention.",
 "'Brussels-South station', 'Brussels-Central station' -> PLACE 'Brussels-South', 'Brussels-Central' (station names, lowercase 'station' outside). 'the Christian union ACV-Transcom' -> NORP 'Christian' + ORG; 'the socialist CGSP Cheminots' -> lowercase 'socialist' not marked. 'the French-speaking south' not marked (language). 'the Chamber of Representatives' ORG (capitalised legislature). 'The Hague' keeps 'The'.",
 "Retirement ages 'from 55 to 67' and 'retire at 55 ... works until 67' -> durations (ages). 'cancelled 46 of the 58 trains' -> bare '46' + '58 trains'. 'more than 15 national strike days' one span (adjective + compound head). 'a five-party coalition' count 5. Not marked: 'tens of thousands of commuters', 'each way', 'a day' (rate), 'last year', 'Wednesday', 'Friday'.",
 SYN,
])

ARTICLES["syn_2029_sport_pakistan_cricket_board_selectors"] = dict(split="heldout11", E="""
PCB ORG
Ahmed Raza Khan PERSON
Faisal Iqbal Awan PERSON
Karachi PLACE
White Star ORG
LAHORE PLACE
Pakistan Cricket Board ORG
PCB ORG
Faisal Iqbal Awan PERSON
England PLACE
Gaddafi Stadium PLACE
Awan PERSON
Pakistan PLACE
England PLACE
PCB ORG
Awan PERSON
National Cricket Academy ORG
Tanvir ul Haq PERSON
Mohsin Jamil PERSON
Multan PLACE
Awan PERSON
Pakistan PLACE
Dawn ORG
Karachi PLACE
Pakistan PLACE
England PLACE
Pakistan PLACE
Multan PLACE
Rawalpindi PLACE
Karachi PLACE
PCB ORG
PCB ORG
Awan PERSON
Abdul Rehman Siddiqui PERSON
Awan PERSON
Lahore Qalandars ORG
Usman Farooq PERSON
""", C="""
September 17, 2029 | date | 2029-09-17
about 3 hours | duration | 3
three-member | count | 3
three-Test | count | 3
23 Tests | count | 23
2019 | date | 2019
2022 | date | 2022
at least four players | count | 4
16-man | count | 16
Rs1.2 million | money | 1200000
seven days | duration | 7
first | ordinal | 1
October 6 | date | 10-06
15 years | duration | 15
six | count | 6
eight Tests | count | 8
seventh | ordinal | 7
3 | count | 3
0 | count | 0
2022 | date | 2022
at least five times | count | 5
2023 | date | 2023
up to Rs5m | money | 5000000
a month | duration | 1
""", doubts=[
 "Dawn (local paper) style: sentence-case headline, byline on its own line, 'Published September 17, 2029 Updated about 3 hours ago', caption with '— White Star/File' credit, 'LAHORE:' dateline. The row, the former captain, selectors, officials, figures and quotes are FICTIONAL; the PCB, the Gaddafi Stadium, the National Cricket Academy, Lahore Qalandars and England's 3-0 series win in Pakistan in 2022 are real background.",
 "National teams written as the country ('against England', 'led Pakistan', 'Pakistan have lost') -> PLACE (heldout2/heldout7 convention); 'Pakistan cricket' PLACE; the franchise 'Lahore Qalandars' ORG ('Lahore' inside). 'White Star' (Dawn's photo service) ORG. 'the World Test Championship' (a competition) not marked. 'Tanvir ul Haq' with the particle 'ul'. 'Ex-spinner', 'former opener' not part of names. 'sifarish' a common noun.",
 "'whitewashed Pakistan 3-0' -> two bare counts (score convention). 'lost six of their last eight Tests' -> 'six' + 'eight Tests'. 'Rs1.2 million a month' money, rate outside; 'a month before a home series' duration 1. 'the first Test' ordinal; 'three-Test series', 'three-member', '16-man' counts. 'Updated about 3 hours ago' duration with qualifier. Not marked: 'next month's', 'on Tuesday'.",
 SYN,
])
