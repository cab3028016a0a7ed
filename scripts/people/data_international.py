# International bodies: UN system, EU institutions, NATO, IMF, World Bank, WTO, OAS, AU Commission,
# ICC, Interpol...  Lines: START END Name  (END "-" = in office as of 2026-11 as far as known)
# Persons whose main identity is international are declared here (entry country UNO/EUR/IGO);
# their national roles (declared in data_europe.py / data_americas.py via O/R) merge into this entry.
# ruff: noqa: F821

# ---------------- United Nations ----------------
O("Secretary-General of the United Nations", "UNO", """
1997-01-01 2006-12-31 Kofi Annan
2017-01-01 - António Guterres
""")
O("UN High Commissioner for Human Rights", "UNO", """
1997-09-12 2002-09-11 Mary Robinson
2002-09-12 2003-08-19 Sérgio Vieira de Mello
2004-07-01 2008-06-30 Louise Arbour
2008-09-01 2014-08-31 Navi Pillay
2014-09-01 2018-08-31 Zeid Ra'ad Al Hussein
2018-09-01 2022-08-31 Michelle Bachelet
2022-10-17 - Volker Türk
""")
O("UN High Commissioner for Refugees", "UNO", """
2001-01-01 2005-02-20 Ruud Lubbers
2005-06-15 2015-12-31 António Guterres
2016-01-01 2025-12-31 Filippo Grandi
""")
O("UN Emergency Relief Coordinator", "UNO", """
2010-09-01 2015-05-29 Valerie Amos
2017-09-01 2021-06-30 Mark Lowcock
2021-07-19 2024-06-30 Martin Griffiths
2024-11-18 - Tom Fletcher
""")
O("Executive Director of the World Food Programme", "UNO", """
2017-04-04 2023-04-04 David Beasley
2023-04-05 - Cindy McCain
""")
O("Under-Secretary-General for Peace Operations", "UNO", """
2017-04-01 - Jean-Pierre Lacroix
""")
O("UN Special Envoy for Syria", "UNO", """
2012-02-23 2012-08-31 Kofi Annan
2012-09-01 2014-05-31 Lakhdar Brahimi
2014-07-10 2018-12-31 Staffan de Mistura
""")
O("Director General of the International Atomic Energy Agency", "UNO", """
1997-12-01 2009-11-30 Mohamed ElBaradei
2009-12-01 2019-07-18 Yukiya Amano
2019-12-03 - Rafael Grossi
""")
O("Director-General of the World Health Organization", "UNO", """
1998-07-21 2003-07-21 Gro Harlem Brundtland
2003-07-21 2006-05-22 Lee Jong-wook
2007-01-04 2017-06-30 Margaret Chan
""")
P("Kofi Annan", "Annan|Kofi A. Annan", country="UNO")
P("António Guterres", "Guterres|Antonio Guterres", country="UNO")
P("Volker Türk", "Volker Turk", country="UNO")
P("Zeid Ra'ad Al Hussein", "Zeid Ra'ad al-Hussein|Prince Zeid", country="UNO")
P("Navi Pillay", "Pillay", country="UNO")
P("Filippo Grandi", "Grandi", country="UNO")
P("Martin Griffiths", "", country="UNO")
P("Tom Fletcher", "", country="UNO")
P("Mark Lowcock", "Lowcock", country="UNO")
P("Valerie Amos", "", country="UNO")
P("Cindy McCain", "", country="UNO")
P("David Beasley", "", country="UNO")
P("Rafael Grossi", "Grossi|Rafael Mariano Grossi", country="UNO")
P("Mohamed ElBaradei", "ElBaradei|Mohamed El Baradei|El Baradei", country="UNO")
P("Yukiya Amano", "Amano", country="UNO")
P("Margaret Chan", "", country="UNO")
P("Lee Jong-wook", "", country="UNO")
P("Lakhdar Brahimi", "Brahimi", country="UNO")
P("Staffan de Mistura", "de Mistura|De Mistura", country="UNO")
P("Jean-Pierre Lacroix", "", country="UNO")
P("Mary Robinson", "", country="UNO")
P("Sérgio Vieira de Mello", "Vieira de Mello|Sergio Vieira de Mello", country="UNO")
P("Louise Arbour", "Arbour", country="UNO")

# ---------------- European Union ----------------
O("President of the European Commission", "EUR", """
1999-09-16 2004-11-21 Romano Prodi
2004-11-22 2014-10-31 José Manuel Durão Barroso
2014-11-01 2019-11-30 Jean-Claude Juncker
2019-12-01 - Ursula von der Leyen
""")
O("President of the European Council", "EUR", """
2009-12-01 2014-11-30 Herman Van Rompuy
2014-12-01 2019-11-30 Donald Tusk
2019-12-01 2024-11-30 Charles Michel
2024-12-01 - António Costa
""")
O("High Representative of the Union for Foreign Affairs and Security Policy", "EUR", """
1999-10-18 2009-11-30 Javier Solana
2009-12-01 2014-10-31 Catherine Ashton
2014-11-01 2019-11-30 Federica Mogherini
2019-12-01 2024-11-30 Josep Borrell
2024-12-01 - Kaja Kallas
""")
O("President of the European Parliament", "EUR", """
1999-07-20 2002-01-15 Nicole Fontaine
2002-01-15 2004-07-20 Pat Cox
2004-07-20 2007-01-16 Josep Borrell
2007-01-16 2009-07-14 Hans-Gert Pöttering
2009-07-14 2012-01-17 Jerzy Buzek
2012-01-17 2017-01-17 Martin Schulz
2017-01-17 2019-07-03 Antonio Tajani
2019-07-03 2022-01-11 David Sassoli
2022-01-18 - Roberta Metsola
""", sector="LEG")
O("President of the European Central Bank", "EUR", """
1998-06-01 2003-10-31 Wim Duisenberg
2003-11-01 2011-10-31 Jean-Claude Trichet
2011-11-01 2019-10-31 Mario Draghi
2019-11-01 - Christine Lagarde
""")
O("President of the Eurogroup", "EUR", """
2005-01-01 2013-01-21 Jean-Claude Juncker
2013-01-21 2018-01-12 Jeroen Dijsselbloem
2018-01-13 2020-07-12 Mário Centeno
2020-07-13 2025-11-18 Paschal Donohoe
""")
O("European Commissioner for Trade", "EUR", """
1999-09-16 2004-11-21 Pascal Lamy
2004-11-22 2008-10-03 Peter Mandelson
2008-10-03 2009-11-30 Catherine Ashton
2010-02-10 2014-10-31 Karel De Gucht
2014-11-01 2019-11-30 Cecilia Malmström
2019-12-01 2020-08-26 Phil Hogan
2020-10-12 2024-11-30 Valdis Dombrovskis
2024-12-01 - Maroš Šefčovič
""")
O("European Commissioner for Competition", "EUR", """
1999-09-16 2004-11-21 Mario Monti
2004-11-22 2010-02-09 Neelie Kroes
2010-02-10 2014-10-31 Joaquín Almunia
2014-11-01 2024-11-30 Margrethe Vestager
2024-12-01 - Teresa Ribera
""")
O("European Commissioner for Defence and Space", "EUR", """
2024-12-01 - Andrius Kubilius
""")
O("European Commissioner for Economy", "EUR", """
2024-12-01 - Valdis Dombrovskis
""")
O("Executive Director of Frontex", "EUR", """
2015-01-16 2022-04-29 Fabrice Leggeri
2023-03-01 - Hans Leijtens
""")
R("Frans Timmermans", "First Vice-President of the European Commission", "EUR", "GOV", "2014-11-01", "2023-08-22")
R("Frans Timmermans", "Leader of GroenLinks–PvdA", "NLD", "OPP", "2023-08-22", "2025-10-30")
R("Teresa Ribera", "Third Deputy Prime Minister of Spain", "ESP", "GOV", "2021-07-12", "2024-12-01")
R("Kristalina Georgieva", "Vice-President of the European Commission", "EUR", "GOV", "2014-11-01", "2016-12-31")
R("Kristalina Georgieva", "Chief Executive Officer of the World Bank", "IGO", "GOV", "2017-01-02", "2019-09-30")
P("Ursula von der Leyen", "von der Leyen|Von der Leyen|VDL", country="EUR")
P("José Manuel Durão Barroso", "Barroso|José Manuel Barroso|Durão Barroso|Jose Manuel Barroso", country="EUR")
P("Jean-Claude Juncker", "Juncker", country="EUR")
P("Herman Van Rompuy", "Van Rompuy", country="EUR")
P("Charles Michel", "", country="EUR")
P("António Costa", "Antonio Costa", country="EUR")
P("Javier Solana", "Solana", country="EUR")
P("Catherine Ashton", "Ashton|Cathy Ashton", country="EUR")
P("Federica Mogherini", "Mogherini", country="EUR")
P("Josep Borrell", "Borrell|Josep Borrell Fontelles", country="EUR")
P("Kaja Kallas", "Kallas", country="EUR")
P("Roberta Metsola", "Metsola", country="EUR")
P("Martin Schulz", "Schulz", country="EUR")
P("David Sassoli", "Sassoli", country="EUR")
P("Christine Lagarde", "Lagarde", country="EUR")
P("Wim Duisenberg", "Duisenberg", country="EUR")
P("Jean-Claude Trichet", "Trichet", country="EUR")
P("Jeroen Dijsselbloem", "Dijsselbloem", country="EUR")
P("Paschal Donohoe", "Donohoe", country="IRL")
P("Margrethe Vestager", "Vestager", country="EUR")
P("Teresa Ribera", "", country="EUR")
P("Maroš Šefčovič", "Šefčovič|Sefcovic|Maros Sefcovic", country="EUR")
P("Valdis Dombrovskis", "Dombrovskis", country="EUR")
P("Andrius Kubilius", "Kubilius", country="EUR")
P("Pascal Lamy", "Lamy", country="IGO")
P("Peter Mandelson", "Mandelson", country="GBR")
P("Cecilia Malmström", "Malmström|Malmstrom", country="EUR")
P("Phil Hogan", "", country="EUR")
P("Neelie Kroes", "Kroes", country="EUR")
P("Hans Leijtens", "Leijtens", country="EUR")
P("Fabrice Leggeri", "Leggeri", country="EUR")
P("Kristalina Georgieva", "Georgieva", country="IGO")
R("Christine Lagarde", "Finance Minister of France", "FRA", "GOV", "2007-06-19", "2011-06-29")
R("Paschal Donohoe", "Finance Minister of Ireland", "IRL", "GOV", "2017-06-14", "2022-12-17")
R("Paschal Donohoe", "Finance Minister of Ireland", "IRL", "GOV", "2025-01-23", "2025-11-18")
R("Mário Centeno", "Finance Minister of Portugal", "PRT", "GOV", "2015-11-26", "2020-06-15")
R("Peter Mandelson", "British Ambassador to the United States", "GBR", "GOV", "2025-02-10", "2025-09-11")

# ---------------- NATO ----------------
O("Secretary General of NATO", "IGO", """
1999-10-14 2003-12-17 George Robertson
2004-01-01 2009-08-01 Jaap de Hoop Scheffer
2009-08-01 2014-10-01 Anders Fogh Rasmussen
2014-10-01 2024-10-01 Jens Stoltenberg
2024-10-01 - Mark Rutte
""")
O("Supreme Allied Commander Europe", "IGO", """
2000-05-03 2003-01-17 Joseph Ralston
2003-01-17 2006-12-07 James L. Jones
2006-12-07 2009-07-02 Bantz Craddock
2009-07-02 2013-05-13 James Stavridis
2013-05-13 2016-05-04 Philip Breedlove
2016-05-04 2019-05-03 Curtis Scaparrotti
2019-05-03 2022-07-04 Tod Wolters
2022-07-04 2025-07-01 Christopher Cavoli
2025-07-01 - Alexus Grynkewich
""", sector="MIL")
P("Mark Rutte", "Rutte", country="IGO")
P("Jaap de Hoop Scheffer", "de Hoop Scheffer|De Hoop Scheffer", country="IGO")
P("George Robertson", "Lord Robertson", country="IGO")
P("James Stavridis", "Stavridis", country="IGO")
P("Philip Breedlove", "Breedlove", country="IGO")
P("Christopher Cavoli", "Cavoli", country="IGO")
P("Alexus Grynkewich", "Grynkewich", country="IGO")

# ---------------- IMF / World Bank / WTO / OPEC ----------------
O("Managing Director of the International Monetary Fund", "IGO", """
2000-05-01 2004-03-04 Horst Köhler
2004-06-07 2007-10-31 Rodrigo Rato
2007-11-01 2011-05-18 Dominique Strauss-Kahn
2011-07-05 2019-09-12 Christine Lagarde
2019-10-01 - Kristalina Georgieva
""")
O("President of the World Bank", "IGO", """
1995-06-01 2005-05-31 James Wolfensohn
2005-06-01 2007-06-30 Paul Wolfowitz
2007-07-01 2012-06-30 Robert Zoellick
2012-07-01 2019-02-01 Jim Yong Kim
2019-04-09 2023-06-01 David Malpass
2023-06-02 - Ajay Banga
""")
O("Director-General of the World Trade Organization", "IGO", """
1999-09-01 2002-08-31 Mike Moore
2002-09-01 2005-08-31 Supachai Panitchpakdi
2005-09-01 2013-08-31 Pascal Lamy
2013-09-01 2020-08-31 Roberto Azevêdo
2021-03-01 - Ngozi Okonjo-Iweala
""")
O("Secretary General of OPEC", "IGO", """
2016-08-01 2022-07-05 Mohammed Barkindo
2022-08-01 - Haitham al-Ghais
""")
R("Paul Wolfowitz", "Deputy Defence Minister of the United States", "USA", "GOV", "2001-03-02", "2005-06-01")
R("Robert Zoellick", "United States Trade Representative", "USA", "GOV", "2001-02-07", "2005-02-22")
P("Dominique Strauss-Kahn", "Strauss-Kahn|DSK", country="IGO")
P("Rodrigo Rato", "", country="IGO")
P("Paul Wolfowitz", "Wolfowitz", country="IGO")
P("Robert Zoellick", "Zoellick", country="IGO")
P("Jim Yong Kim", "", country="IGO")
P("David Malpass", "Malpass", country="IGO")
P("Ajay Banga", "Banga", country="IGO")
P("James Wolfensohn", "Wolfensohn", country="IGO")
P("Ngozi Okonjo-Iweala", "Okonjo-Iweala", country="IGO")
P("Roberto Azevêdo", "Azevêdo|Roberto Azevedo", country="IGO")

# ---------------- OAS / AU Commission / Arab League / Council of Europe ----------------
O("Secretary General of the Organization of American States", "IGO", """
1994-09-15 2004-09-15 César Gaviria
2004-09-15 2004-10-15 Miguel Ángel Rodríguez
2005-05-26 2015-05-26 José Miguel Insulza
2015-05-26 2025-05-26 Luis Almagro
2025-05-26 - Albert Ramdin
""")
O("Acting Secretary General of the Organization of American States", "IGO", """
2004-10-15 2005-05-26 Luigi Einaudi
""")
O("Chairperson of the African Union Commission", "IGO", """
2008-04-28 2012-10-15 Jean Ping
2017-03-14 2025-02-15 Moussa Faki Mahamat
2025-02-15 - Mahmoud Ali Youssouf
""")
O("Secretary General of the Arab League", "IGO", """
2011-07-01 2016-06-30 Nabil Elaraby
""")
O("Secretary General of the Council of Europe", "IGO", """
2009-10-01 2019-09-17 Thorbjørn Jagland
2019-09-18 2024-09-17 Marija Pejčinović Burić
2024-09-18 - Alain Berset
""")
R("César Gaviria", "President of Colombia", "COL", "GOV", "1990-08-07", "1994-08-07")
R("José Miguel Insulza", "Interior Minister of Chile", "CHL", "GOV", "2000-03-11", "2005-05-01")
R("Luis Almagro", "Foreign Minister of Uruguay", "URY", "GOV", "2010-03-01", "2015-03-01")
R("Albert Ramdin", "Foreign Minister of Suriname", "SUR", "GOV", "2020-07-16", "2025-05-26")
P("César Gaviria", "Gaviria|Cesar Gaviria", country="IGO")
P("José Miguel Insulza", "Insulza", country="IGO")
P("Luis Almagro", "Almagro", country="IGO")
P("Albert Ramdin", "Ramdin", country="IGO")
P("Jean Ping", "", country="IGO")
P("Moussa Faki Mahamat", "Moussa Faki|Faki", country="IGO")
P("Mahmoud Ali Youssouf", "", country="IGO")
P("Nabil Elaraby", "Elaraby|Nabil el-Araby", country="IGO")
P("Thorbjørn Jagland", "Jagland", country="IGO")

# ---------------- International courts / Interpol ----------------
O("Prosecutor of the International Criminal Court", "IGO", """
2003-06-16 2012-06-15 Luis Moreno Ocampo
2012-06-15 2021-06-15 Fatou Bensouda
2021-06-16 - Karim Khan
""", sector="JUD")
O("Prosecutor of the International Criminal Tribunal for the former Yugoslavia", "IGO", """
1999-09-15 2007-12-31 Carla Del Ponte
2008-01-01 2017-12-31 Serge Brammertz
""", sector="JUD")
O("Secretary General of Interpol", "IGO", """
2000-11-03 2014-11-07 Ronald Noble
2014-11-07 2024-11-07 Jürgen Stock
2024-11-07 - Valdecy Urquiza
""", sector="COP")
P("Luis Moreno Ocampo", "Moreno Ocampo|Luis Moreno-Ocampo", country="IGO")
P("Fatou Bensouda", "Bensouda", country="IGO")
P("Karim Khan", "Karim A.A. Khan|Karim Ahmad Khan", country="IGO")
P("Carla Del Ponte", "Del Ponte", country="IGO")
P("Serge Brammertz", "Brammertz", country="IGO")

# ---------------- Transnational armed groups ----------------
ORG("Wagner Group", "IMG", "PRM", "Wagner|PMC Wagner|Wagner PMC")
ORG("Africa Corps (Russia)", "RUS", "MIL", "Russian Africa Corps")

# ---- International roles of persons whose entries live in the regional files of the other engineer
# (asia.yaml / africa.yaml / middle_east.yaml). The lead should merge these roles into those entries:
#   Ban Ki-moon: {office: Secretary-General of the United Nations, country: UNO, sector: GOV, start: 2007-01-01, end: 2016-12-31}
#   Tedros Adhanom Ghebreyesus: {office: Director-General of the World Health Organization, country: UNO, sector: GOV, start: 2017-07-01, end: null}
#   Amr Moussa: {office: Secretary General of the Arab League, country: IGO, sector: GOV, start: 2001-05-15, end: 2011-06-30}
#   Ahmed Aboul Gheit: {office: Secretary General of the Arab League, country: IGO, sector: GOV, start: 2016-07-01, end: null}
#   Alpha Oumar Konaré: {office: Chairperson of the African Union Commission, country: IGO, sector: GOV, start: 2003-09-16, end: 2008-04-28}
#   Nkosazana Dlamini-Zuma: {office: Chairperson of the African Union Commission, country: IGO, sector: GOV, start: 2012-10-15, end: 2017-01-30}
