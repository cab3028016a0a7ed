# Europe: succession tables. Lines: START END Name   (END "-" = in office as of 2026-11 as far as known;
# "A:" prefix = acting holder -> office "Acting <office>")
# ruff: noqa: F821

# ---------------- United Kingdom ----------------
O("Monarch of the United Kingdom", "GBR", """
1952-02-06 2022-09-08 Elizabeth II
2022-09-08 - Charles III
""")
O("Prime Minister of the United Kingdom", "GBR", """
1997-05-02 2007-06-27 Tony Blair
2007-06-27 2010-05-11 Gordon Brown
2010-05-11 2016-07-13 David Cameron
2016-07-13 2019-07-24 Theresa May
2019-07-24 2022-09-06 Boris Johnson
2022-09-06 2022-10-25 Liz Truss
2022-10-25 2024-07-05 Rishi Sunak
2024-07-05 - Keir Starmer
""")
O("Foreign Minister of the United Kingdom", "GBR", """   # Foreign Secretary
1997-05-02 2001-06-08 Robin Cook
2001-06-08 2006-05-05 Jack Straw
2006-05-05 2007-06-27 Margaret Beckett
2007-06-28 2010-05-11 David Miliband
2010-05-12 2014-07-14 William Hague
2014-07-15 2016-07-13 Philip Hammond
2016-07-13 2018-07-09 Boris Johnson
2018-07-09 2019-07-24 Jeremy Hunt
2019-07-24 2021-09-15 Dominic Raab
2021-09-15 2022-09-06 Liz Truss
2022-09-06 2023-11-13 James Cleverly
2023-11-13 2024-07-05 David Cameron
2024-07-05 2025-09-05 David Lammy
2025-09-05 - Yvette Cooper
""")
O("Defence Minister of the United Kingdom", "GBR", """
1999-10-11 2005-05-06 Geoff Hoon
2005-05-06 2006-05-05 John Reid
2006-05-05 2008-10-03 Des Browne
2008-10-03 2009-06-05 John Hutton
2009-06-05 2010-05-11 Bob Ainsworth
2010-05-12 2011-10-14 Liam Fox
2011-10-14 2014-07-15 Philip Hammond
2014-07-15 2017-11-01 Michael Fallon
2017-11-02 2019-05-01 Gavin Williamson
2019-05-01 2019-07-24 Penny Mordaunt
2019-07-24 2023-08-31 Ben Wallace
2023-08-31 2024-07-05 Grant Shapps
2024-07-05 - John Healey
""")
O("Interior Minister of the United Kingdom", "GBR", """   # Home Secretary
1997-05-02 2001-06-08 Jack Straw
2001-06-08 2004-12-15 David Blunkett
2004-12-15 2006-05-05 Charles Clarke
2006-05-05 2007-06-28 John Reid
2007-06-28 2009-06-05 Jacqui Smith
2009-06-05 2010-05-11 Alan Johnson
2010-05-12 2016-07-13 Theresa May
2016-07-13 2018-04-29 Amber Rudd
2018-04-30 2019-07-24 Sajid Javid
2019-07-24 2022-09-06 Priti Patel
2022-09-06 2022-10-19 Suella Braverman
2022-10-19 2022-10-25 Grant Shapps
2022-10-25 2023-11-13 Suella Braverman
2023-11-13 2024-07-05 James Cleverly
2024-07-05 2025-09-05 Yvette Cooper
2025-09-05 - Shabana Mahmood
""")
O("Finance Minister of the United Kingdom", "GBR", """   # Chancellor of the Exchequer
1997-05-02 2007-06-27 Gordon Brown
2007-06-28 2010-05-11 Alistair Darling
2010-05-11 2016-07-13 George Osborne
2016-07-13 2019-07-24 Philip Hammond
2019-07-24 2020-02-13 Sajid Javid
2020-02-13 2022-07-05 Rishi Sunak
2022-07-05 2022-09-06 Nadhim Zahawi
2022-09-06 2022-10-14 Kwasi Kwarteng
2022-10-14 2024-07-05 Jeremy Hunt
2024-07-05 - Rachel Reeves
""")
O("Governor of the Bank of England", "GBR", """
1993-07-01 2003-06-30 Eddie George
2003-07-01 2013-06-30 Mervyn King
2013-07-01 2020-03-15 Mark Carney
2020-03-16 - Andrew Bailey
""")
O("Leader of the Opposition of the United Kingdom", "GBR", """
1997-06-19 2001-09-13 William Hague
2001-09-13 2003-11-06 Iain Duncan Smith
2003-11-06 2005-12-06 Michael Howard
2005-12-06 2010-05-11 David Cameron
2010-05-11 2010-09-25 Harriet Harman
2010-09-25 2015-05-08 Ed Miliband
2015-05-08 2015-09-12 Harriet Harman
2015-09-12 2020-04-04 Jeremy Corbyn
2020-04-04 2024-07-05 Keir Starmer
2024-07-05 2024-11-02 Rishi Sunak
2024-11-02 - Kemi Badenoch
""", sector="OPP")
O("First Minister of Scotland", "GBR", """
2001-11-22 2007-05-16 Jack McConnell
2007-05-16 2014-11-19 Alex Salmond
2014-11-20 2023-03-29 Nicola Sturgeon
2023-03-29 2024-05-07 Humza Yousaf
2024-05-07 - John Swinney
""")
O("First Minister of Wales", "GBR", """
2000-02-09 2009-12-10 Rhodri Morgan
2009-12-10 2018-12-12 Carwyn Jones
2018-12-13 2024-03-20 Mark Drakeford
2024-03-20 2024-08-06 Vaughan Gething
2024-08-06 - Eluned Morgan
""")
O("First Minister of Northern Ireland", "GBR", """
1998-07-01 2002-10-14 David Trimble
2007-05-08 2008-06-05 Ian Paisley
2008-06-05 2016-01-11 Peter Robinson
2016-01-11 2017-01-16 Arlene Foster
2020-01-11 2021-06-14 Arlene Foster
2021-06-17 2022-02-04 Paul Givan
2024-02-03 - Michelle O'Neill
""")
O("deputy First Minister of Northern Ireland", "GBR", """
2007-05-08 2017-01-09 Martin McGuinness
2024-02-03 - Emma Little-Pengelly
""")
R("Nigel Farage", "Leader of Reform UK", "GBR", "OPP", "2024-06-03", None)
R("Nigel Farage", "Leader of the UK Independence Party", "GBR", "OPP", "2006-09-22", "2009-11-27")
R("Nigel Farage", "Leader of the UK Independence Party", "GBR", "OPP", "2010-11-05", "2016-09-16")
R("Gerry Adams", "President of Sinn Féin", "GBR", "OPP", "1983-11-13", "2018-02-10")
R("Mary Lou McDonald", "President of Sinn Féin", "IRL", "OPP", "2018-02-10", None)
R("Angela Rayner", "Deputy Prime Minister of the United Kingdom", "GBR", "GOV", "2024-07-05", "2025-09-05")
R("David Lammy", "Deputy Prime Minister of the United Kingdom", "GBR", "GOV", "2025-09-05", None)
R("John Prescott", "Deputy Prime Minister of the United Kingdom", "GBR", "GOV", "1997-05-02", "2007-06-27")
R("Nick Clegg", "Deputy Prime Minister of the United Kingdom", "GBR", "GOV", "2010-05-11", "2015-05-08")
P("Tony Blair", "Blair|Anthony Blair", wd="Q9545")
P("Gordon Brown", "", wd="Q10648")
P("David Cameron", "Cameron", wd="Q192")
P("Theresa May", "", wd="Q264766")
P("Boris Johnson", "Boris", wd="Q180589")
P("Liz Truss", "Truss|Elizabeth Truss")
P("Rishi Sunak", "Sunak")
P("Keir Starmer", "Starmer|Sir Keir Starmer|Keir Rodney Starmer")
P("Elizabeth II", "Queen Elizabeth|Queen Elizabeth II")
P("Charles III", "King Charles|King Charles III|Prince Charles")
P("Jack Straw", "")
P("David Miliband", "")
P("Ed Miliband", "")
P("William Hague", "Hague")
P("Jeremy Hunt", "")
P("Dominic Raab", "Raab")
P("James Cleverly", "Cleverly")
P("David Lammy", "Lammy")
P("Yvette Cooper", "")
P("Ben Wallace", "")
P("Grant Shapps", "Shapps")
P("John Healey", "Healey")
P("Priti Patel", "")
P("Suella Braverman", "Braverman")
P("Shabana Mahmood", "Mahmood")
P("Rachel Reeves", "Reeves")
P("George Osborne", "Osborne")
P("Mervyn King", "")
P("Andrew Bailey", "")
P("Jeremy Corbyn", "Corbyn")
P("Kemi Badenoch", "Badenoch")
P("Nigel Farage", "Farage", sector="OPP")
P("Nicola Sturgeon", "Sturgeon")
P("Alex Salmond", "Salmond")
P("John Swinney", "Swinney")
P("Humza Yousaf", "Yousaf")
P("Michelle O'Neill", "")
P("Gerry Adams", "")
P("Martin McGuinness", "McGuinness")
P("Ian Paisley", "")
P("Arlene Foster", "")
P("Angela Rayner", "Rayner")
P("Nick Clegg", "Clegg")

# ---------------- Ireland ----------------
O("Taoiseach of Ireland", "IRL", """
1997-06-26 2008-05-07 Bertie Ahern
2008-05-07 2011-03-09 Brian Cowen
2011-03-09 2017-06-14 Enda Kenny
2017-06-14 2020-06-27 Leo Varadkar
2020-06-27 2022-12-17 Micheál Martin
2022-12-17 2024-04-09 Leo Varadkar
2024-04-09 2025-01-23 Simon Harris
2025-01-23 - Micheál Martin
""")
O("President of Ireland", "IRL", """
1997-11-11 2011-11-11 Mary McAleese
2011-11-11 2025-11-11 Michael D. Higgins
2025-11-11 - Catherine Connolly
""")
O("Foreign Minister of Ireland", "IRL", """
2017-06-14 2022-12-17 Simon Coveney
2022-12-17 2025-01-23 Micheál Martin
""")
P("Bertie Ahern", "Ahern")
P("Brian Cowen", "Cowen")
P("Enda Kenny", "")
P("Leo Varadkar", "Varadkar")
P("Micheál Martin", "Micheal Martin")
P("Simon Harris", "")
P("Mary McAleese", "McAleese")
P("Michael D. Higgins", "Michael Higgins")
P("Catherine Connolly", "")
P("Simon Coveney", "Coveney")
P("Mary Lou McDonald", "")

# ---------------- France ----------------
O("President of France", "FRA", """
1995-05-17 2007-05-16 Jacques Chirac
2007-05-16 2012-05-15 Nicolas Sarkozy
2012-05-15 2017-05-14 François Hollande
2017-05-14 - Emmanuel Macron
""")
O("Prime Minister of France", "FRA", """
1997-06-02 2002-05-06 Lionel Jospin
2002-05-06 2005-05-31 Jean-Pierre Raffarin
2005-05-31 2007-05-17 Dominique de Villepin
2007-05-17 2012-05-15 François Fillon
2012-05-15 2014-03-31 Jean-Marc Ayrault
2014-03-31 2016-12-06 Manuel Valls
2016-12-06 2017-05-15 Bernard Cazeneuve
2017-05-15 2020-07-03 Édouard Philippe
2020-07-03 2022-05-16 Jean Castex
2022-05-16 2024-01-09 Élisabeth Borne
2024-01-09 2024-09-05 Gabriel Attal
2024-09-05 2024-12-13 Michel Barnier
2024-12-13 2025-09-09 François Bayrou
2025-09-09 - Sébastien Lecornu
""")
O("Foreign Minister of France", "FRA", """
1997-06-04 2002-05-07 Hubert Védrine
2002-05-07 2004-03-31 Dominique de Villepin
2004-03-31 2005-06-02 Michel Barnier
2005-06-02 2007-05-18 Philippe Douste-Blazy
2007-05-18 2010-11-14 Bernard Kouchner
2010-11-14 2011-02-27 Michèle Alliot-Marie
2011-02-27 2012-05-16 Alain Juppé
2012-05-16 2016-02-11 Laurent Fabius
2016-02-11 2017-05-17 Jean-Marc Ayrault
2017-05-17 2022-05-20 Jean-Yves Le Drian
2022-05-20 2024-01-11 Catherine Colonna
2024-01-11 2024-09-21 Stéphane Séjourné
2024-09-21 - Jean-Noël Barrot
""")
O("Defence Minister of France", "FRA", """
1997-06-04 2002-05-07 Alain Richard
2002-05-07 2007-05-18 Michèle Alliot-Marie
2007-05-18 2010-11-14 Hervé Morin
2010-11-14 2011-02-27 Alain Juppé
2011-02-27 2012-05-16 Gérard Longuet
2012-05-16 2017-05-17 Jean-Yves Le Drian
2017-05-17 2017-06-21 Sylvie Goulard
2017-06-21 2022-05-20 Florence Parly
2022-05-20 2025-10-12 Sébastien Lecornu
2025-10-12 - Catherine Vautrin
""")
O("Interior Minister of France", "FRA", """
2000-08-29 2002-05-07 Daniel Vaillant
2002-05-07 2004-03-31 Nicolas Sarkozy
2004-03-31 2005-05-31 Dominique de Villepin
2005-06-02 2007-03-26 Nicolas Sarkozy
2007-03-26 2007-05-18 François Baroin
2007-05-18 2009-06-23 Michèle Alliot-Marie
2009-06-23 2011-02-27 Brice Hortefeux
2011-02-27 2012-05-16 Claude Guéant
2012-05-16 2014-03-31 Manuel Valls
2014-04-02 2016-12-06 Bernard Cazeneuve
2016-12-06 2017-03-21 Bruno Le Roux
2017-03-21 2017-05-17 Matthias Fekl
2017-05-17 2018-10-03 Gérard Collomb
2018-10-16 2020-07-06 Christophe Castaner
2020-07-06 2024-09-21 Gérald Darmanin
2024-09-21 2025-10-12 Bruno Retailleau
2025-10-12 - Laurent Nuñez
""")
O("Finance Minister of France", "FRA", """
2017-05-17 2024-09-21 Bruno Le Maire
""")
O("Governor of the Bank of France", "FRA", """
1993-09-01 2003-10-31 Jean-Claude Trichet
2003-11-01 2015-10-31 Christian Noyer
2015-11-01 - François Villeroy de Galhau
""")
O("President of the National Front", "FRA", """
1972-10-05 2011-01-16 Jean-Marie Le Pen
2011-01-16 2021-09-12 Marine Le Pen
2021-09-12 - Jordan Bardella
""", sector="OPP")
R("Gérald Darmanin", "Justice Minister of France", "FRA", "GOV", "2024-12-23", None)
R("Jean-Luc Mélenchon", "Leader of La France Insoumise", "FRA", "OPP", "2016-02-10", None)
P("Jacques Chirac", "Chirac", wd="Q2105")
P("Nicolas Sarkozy", "Sarkozy", wd="Q329")
P("François Hollande", "Hollande|Francois Hollande", wd="Q157")
P("Emmanuel Macron", "Macron|Emmanuel Jean-Michel Frédéric Macron", wd="Q3052772")
P("Lionel Jospin", "Jospin")
P("Jean-Pierre Raffarin", "Raffarin")
P("Dominique de Villepin", "de Villepin|Villepin")
P("François Fillon", "Fillon|Francois Fillon")
P("Jean-Marc Ayrault", "Ayrault")
P("Manuel Valls", "Valls")
P("Bernard Cazeneuve", "Cazeneuve")
P("Édouard Philippe", "Edouard Philippe")
P("Jean Castex", "Castex")
P("Élisabeth Borne", "Elisabeth Borne")
P("Gabriel Attal", "Attal")
P("Michel Barnier", "Barnier")
P("François Bayrou", "Bayrou|Francois Bayrou")
P("Sébastien Lecornu", "Lecornu|Sebastien Lecornu")
P("Jean-Yves Le Drian", "Le Drian")
P("Laurent Fabius", "Fabius")
P("Bernard Kouchner", "Kouchner")
P("Alain Juppé", "Juppé|Alain Juppe")
P("Jean-Noël Barrot", "Jean-Noel Barrot")
P("Stéphane Séjourné", "Séjourné|Stephane Sejourne")
P("Catherine Colonna", "Colonna")
P("Gérald Darmanin", "Darmanin|Gerald Darmanin")
P("Bruno Retailleau", "Retailleau")
P("Laurent Nuñez", "Laurent Nunez")
P("Catherine Vautrin", "Vautrin")
P("Florence Parly", "Parly")
P("Michèle Alliot-Marie", "Alliot-Marie|MAM")
P("Bruno Le Maire", "Le Maire")
P("Marine Le Pen", "Marine")
P("Jean-Marie Le Pen", "")
P("Jordan Bardella", "Bardella")
P("Jean-Luc Mélenchon", "Mélenchon|Melenchon")
P("Jean-Claude Trichet", "Trichet")
P("François Villeroy de Galhau", "Villeroy de Galhau")

# ---------------- Monaco / Andorra / Liechtenstein / Vatican ----------------
O("Prince of Monaco", "MCO", """
1949-05-09 2005-04-06 Rainier III
2005-04-06 - Albert II
""")
O("Prince of Liechtenstein", "LIE", """
1989-11-13 - Hans-Adam II
""")
O("Regent of Liechtenstein", "LIE", """
2004-08-15 - Alois, Hereditary Prince of Liechtenstein
""")
O("Pope", "VAT", """
1978-10-16 2005-04-02 John Paul II
2005-04-19 2013-02-28 Benedict XVI
2013-03-13 2025-04-21 Francis
2025-05-08 - Leo XIV
""")
O("Secretary of State of the Holy See", "VAT", """
1990-12-01 2006-09-15 Angelo Sodano
2006-09-15 2013-10-15 Tarcisio Bertone
2013-10-15 - Pietro Parolin
""")
P("John Paul II", "Pope John Paul II|Karol Wojtyla|Karol Wojtyła")
P("Benedict XVI", "Pope Benedict|Pope Benedict XVI|Joseph Ratzinger|Ratzinger")
P("Francis", "Pope Francis|Jorge Mario Bergoglio|Bergoglio")
P("Leo XIV", "Pope Leo|Pope Leo XIV|Robert Francis Prevost|Robert Prevost")
P("Pietro Parolin", "Parolin|Cardinal Parolin")
P("Albert II", "Prince Albert|Prince Albert II")

# ---------------- Germany ----------------
O("Chancellor of Germany", "DEU", """
1998-10-27 2005-11-22 Gerhard Schröder
2005-11-22 2021-12-08 Angela Merkel
2021-12-08 2025-05-06 Olaf Scholz
2025-05-06 - Friedrich Merz
""")
O("President of Germany", "DEU", """
1999-07-01 2004-06-30 Johannes Rau
2004-07-01 2010-05-31 Horst Köhler
2010-06-30 2012-02-17 Christian Wulff
2012-03-18 2017-03-18 Joachim Gauck
2017-03-19 - Frank-Walter Steinmeier
""")
O("Foreign Minister of Germany", "DEU", """
1998-10-27 2005-11-22 Joschka Fischer
2005-11-22 2009-10-28 Frank-Walter Steinmeier
2009-10-28 2013-12-17 Guido Westerwelle
2013-12-17 2017-01-27 Frank-Walter Steinmeier
2017-01-27 2018-03-14 Sigmar Gabriel
2018-03-14 2021-12-08 Heiko Maas
2021-12-08 2025-05-06 Annalena Baerbock
2025-05-06 - Johann Wadephul
""")
O("Defence Minister of Germany", "DEU", """
1998-10-27 2002-07-19 Rudolf Scharping
2002-07-19 2005-11-22 Peter Struck
2005-11-22 2009-10-28 Franz Josef Jung
2009-10-28 2011-03-03 Karl-Theodor zu Guttenberg
2011-03-03 2013-12-17 Thomas de Maizière
2013-12-17 2019-07-17 Ursula von der Leyen
2019-07-17 2021-12-08 Annegret Kramp-Karrenbauer
2021-12-08 2023-01-19 Christine Lambrecht
2023-01-19 - Boris Pistorius
""")
O("Interior Minister of Germany", "DEU", """
1998-10-27 2005-11-22 Otto Schily
2005-11-22 2009-10-28 Wolfgang Schäuble
2009-10-28 2011-03-03 Thomas de Maizière
2011-03-03 2013-12-17 Hans-Peter Friedrich
2013-12-17 2018-03-14 Thomas de Maizière
2018-03-14 2021-12-08 Horst Seehofer
2021-12-08 2025-05-06 Nancy Faeser
2025-05-06 - Alexander Dobrindt
""")
O("Finance Minister of Germany", "DEU", """
1999-04-12 2005-11-22 Hans Eichel
2005-11-22 2009-10-28 Peer Steinbrück
2009-10-28 2017-10-24 Wolfgang Schäuble
2018-03-14 2021-12-08 Olaf Scholz
2021-12-08 2024-11-07 Christian Lindner
2024-11-07 2025-05-06 Jörg Kukies
2025-05-06 - Lars Klingbeil
""")
O("President of the Deutsche Bundesbank", "DEU", """
2004-04-30 2011-04-30 Axel Weber
2011-05-01 2021-12-31 Jens Weidmann
2022-01-01 - Joachim Nagel
""")
O("President of the Bundestag", "DEU", """
1998-10-26 2005-10-18 Wolfgang Thierse
2005-10-18 2017-10-24 Norbert Lammert
2017-10-24 2021-10-26 Wolfgang Schäuble
2021-10-26 2025-03-25 Bärbel Bas
2025-03-25 - Julia Klöckner
""", sector="LEG")
R("Friedrich Merz", "Leader of the CDU/CSU parliamentary group", "DEU", "OPP", "2022-02-15", "2025-05-06")
R("Alice Weidel", "Co-leader of the AfD parliamentary group", "DEU", "OPP", "2017-09-26", None)
R("Horst Seehofer", "Minister-President of Bavaria", "DEU", "GOV", "2008-10-27", "2018-03-13")
R("Markus Söder", "Minister-President of Bavaria", "DEU", "GOV", "2018-03-16", None)
R("Sahra Wagenknecht", "Leader of the Sahra Wagenknecht Alliance", "DEU", "OPP", "2024-01-08", None)
P("Gerhard Schröder", "Schröder|Schroeder|Gerhard Schroeder")
P("Angela Merkel", "Merkel|Angela Dorothea Merkel", wd="Q567")
P("Olaf Scholz", "Scholz", wd="Q61053")
P("Friedrich Merz", "Merz")
P("Frank-Walter Steinmeier", "Steinmeier")
P("Joachim Gauck", "Gauck")
P("Christian Wulff", "Wulff")
P("Horst Köhler", "Köhler|Horst Koehler")
P("Johannes Rau", "")
P("Joschka Fischer", "Joschka")
P("Guido Westerwelle", "Westerwelle")
P("Sigmar Gabriel", "")
P("Heiko Maas", "")
P("Annalena Baerbock", "Baerbock")
P("Johann Wadephul", "Wadephul")
P("Boris Pistorius", "Pistorius")
P("Ursula von der Leyen", "von der Leyen|Von der Leyen|VDL")
P("Annegret Kramp-Karrenbauer", "Kramp-Karrenbauer|AKK")
P("Christine Lambrecht", "Lambrecht")
P("Karl-Theodor zu Guttenberg", "zu Guttenberg|Guttenberg")
P("Thomas de Maizière", "de Maizière|de Maiziere")
P("Wolfgang Schäuble", "Schäuble|Schaeuble")
P("Horst Seehofer", "Seehofer")
P("Nancy Faeser", "Faeser")
P("Alexander Dobrindt", "Dobrindt")
P("Christian Lindner", "Lindner")
P("Lars Klingbeil", "Klingbeil")
P("Jens Weidmann", "Weidmann")
P("Joachim Nagel", "")
P("Alice Weidel", "Weidel")
P("Markus Söder", "Söder|Soeder|Markus Soeder")
P("Sahra Wagenknecht", "Wagenknecht")
P("Peer Steinbrück", "Steinbrück|Steinbrueck")

# ---------------- Italy ----------------
O("President of Italy", "ITA", """
1999-05-18 2006-05-15 Carlo Azeglio Ciampi
2006-05-15 2015-01-14 Giorgio Napolitano
2015-02-03 - Sergio Mattarella
""")
O("Prime Minister of Italy", "ITA", """
1998-10-21 2000-04-26 Massimo D'Alema
2000-04-26 2001-06-11 Giuliano Amato
2001-06-11 2006-05-17 Silvio Berlusconi
2006-05-17 2008-05-08 Romano Prodi
2008-05-08 2011-11-16 Silvio Berlusconi
2011-11-16 2013-04-28 Mario Monti
2013-04-28 2014-02-22 Enrico Letta
2014-02-22 2016-12-12 Matteo Renzi
2016-12-12 2018-06-01 Paolo Gentiloni
2018-06-01 2021-02-13 Giuseppe Conte
2021-02-13 2022-10-22 Mario Draghi
2022-10-22 - Giorgia Meloni
""")
O("Foreign Minister of Italy", "ITA", """
2001-06-11 2002-01-06 Renato Ruggiero
2002-11-14 2004-11-18 Franco Frattini
2004-11-18 2006-05-17 Gianfranco Fini
2006-05-17 2008-05-08 Massimo D'Alema
2008-05-08 2011-11-16 Franco Frattini
2011-11-16 2013-03-26 Giulio Terzi di Sant'Agata
2013-04-28 2014-02-22 Emma Bonino
2014-02-22 2014-10-31 Federica Mogherini
2014-10-31 2016-12-12 Paolo Gentiloni
2016-12-12 2018-06-01 Angelino Alfano
2018-06-01 2019-09-05 Enzo Moavero Milanesi
2019-09-05 2022-10-22 Luigi Di Maio
2022-10-22 - Antonio Tajani
""")
O("Defence Minister of Italy", "ITA", """
2001-06-11 2006-05-17 Antonio Martino
2006-05-17 2008-05-08 Arturo Parisi
2008-05-08 2011-11-16 Ignazio La Russa
2011-11-16 2013-04-28 Giampaolo Di Paola
2013-04-28 2014-02-22 Mario Mauro
2014-02-22 2018-06-01 Roberta Pinotti
2018-06-01 2019-09-05 Elisabetta Trenta
2019-09-05 2022-10-22 Lorenzo Guerini
2022-10-22 - Guido Crosetto
""")
O("Interior Minister of Italy", "ITA", """
2001-06-11 2002-07-03 Claudio Scajola
2002-07-03 2006-05-17 Giuseppe Pisanu
2006-05-17 2008-05-08 Giuliano Amato
2008-05-08 2011-11-16 Roberto Maroni
2011-11-16 2013-04-28 Anna Maria Cancellieri
2013-04-28 2016-12-12 Angelino Alfano
2016-12-12 2018-06-01 Marco Minniti
2018-06-01 2019-09-05 Matteo Salvini
2019-09-05 2022-10-22 Luciana Lamorgese
2022-10-22 - Matteo Piantedosi
""")
O("Governor of the Bank of Italy", "ITA", """
1993-05-04 2005-12-19 Antonio Fazio
2006-01-16 2011-10-31 Mario Draghi
2011-11-01 2023-10-31 Ignazio Visco
2023-11-01 - Fabio Panetta
""")
R("Matteo Salvini", "Deputy Prime Minister of Italy", "ITA", "GOV", "2018-06-01", "2019-09-05")
R("Matteo Salvini", "Infrastructure Minister of Italy", "ITA", "GOV", "2022-10-22", None)
R("Elly Schlein", "Secretary of the Democratic Party (Italy)", "ITA", "OPP", "2023-03-12", None)
P("Silvio Berlusconi", "Berlusconi|Il Cavaliere", wd="Q11860")
P("Romano Prodi", "Prodi")
P("Mario Monti", "Monti")
P("Enrico Letta", "Letta")
P("Matteo Renzi", "Renzi")
P("Paolo Gentiloni", "Gentiloni")
P("Giuseppe Conte", "")
P("Mario Draghi", "Draghi|Super Mario")
P("Giorgia Meloni", "Meloni")
P("Sergio Mattarella", "Mattarella")
P("Giorgio Napolitano", "Napolitano")
P("Carlo Azeglio Ciampi", "Ciampi")
P("Massimo D'Alema", "D'Alema|D'Alema")
P("Giuliano Amato", "")
P("Matteo Salvini", "Salvini")
P("Antonio Tajani", "Tajani")
P("Guido Crosetto", "Crosetto")
P("Matteo Piantedosi", "Piantedosi")
P("Luigi Di Maio", "Di Maio")
P("Federica Mogherini", "Mogherini")
P("Angelino Alfano", "Alfano")
P("Franco Frattini", "Frattini")
P("Gianfranco Fini", "Fini")
P("Ignazio Visco", "Visco")
P("Fabio Panetta", "")
P("Elly Schlein", "Schlein")
P("Luciana Lamorgese", "Lamorgese")

# ---------------- Malta ----------------
O("Prime Minister of Malta", "MLT", """
1998-09-06 2004-03-23 Eddie Fenech Adami
2004-03-23 2013-03-11 Lawrence Gonzi
2013-03-11 2020-01-13 Joseph Muscat
2020-01-13 - Robert Abela
""")
O("President of Malta", "MLT", """
2004-04-04 2009-04-04 Eddie Fenech Adami
2009-04-04 2014-04-04 George Abela
2014-04-04 2019-04-04 Marie-Louise Coleiro Preca
2019-04-04 2024-04-04 George Vella
2024-04-04 - Myriam Spiteri Debono
""")
P("Joseph Muscat", "Muscat")
P("Lawrence Gonzi", "Gonzi")
P("Eddie Fenech Adami", "Fenech Adami")

# ---------------- Spain ----------------
O("Monarch of Spain", "ESP", """
1975-11-22 2014-06-19 Juan Carlos I
2014-06-19 - Felipe VI
""")
O("Prime Minister of Spain", "ESP", """
1996-05-05 2004-04-17 José María Aznar
2004-04-17 2011-12-21 José Luis Rodríguez Zapatero
2011-12-21 2018-06-02 Mariano Rajoy
2018-06-02 - Pedro Sánchez
""")
O("Foreign Minister of Spain", "ESP", """
2000-04-28 2002-07-10 Josep Piqué
2002-07-10 2004-04-18 Ana Palacio
2004-04-18 2010-10-21 Miguel Ángel Moratinos
2010-10-21 2011-12-22 Trinidad Jiménez
2011-12-22 2016-11-04 José Manuel García-Margallo
2016-11-04 2018-06-07 Alfonso Dastis
2018-06-07 2019-11-29 Josep Borrell
2020-01-13 2021-07-12 Arancha González Laya
2021-07-12 - José Manuel Albares
""")
O("Defence Minister of Spain", "ESP", """
2000-04-28 2004-04-18 Federico Trillo
2004-04-18 2006-04-07 José Bono
2006-04-07 2008-04-14 José Antonio Alonso
2008-04-14 2011-12-22 Carme Chacón
2011-12-22 2016-11-04 Pedro Morenés
2016-11-04 2018-06-07 María Dolores de Cospedal
2018-06-07 - Margarita Robles
""")
O("Interior Minister of Spain", "ESP", """
2001-02-28 2002-07-10 Mariano Rajoy
2002-07-10 2004-04-18 Ángel Acebes
2004-04-18 2006-04-07 José Antonio Alonso
2006-04-07 2011-07-11 Alfredo Pérez Rubalcaba
2011-07-11 2011-12-22 Antonio Camacho
2011-12-22 2016-11-04 Jorge Fernández Díaz
2016-11-04 2018-06-07 Juan Ignacio Zoido
2018-06-07 - Fernando Grande-Marlaska
""")
O("Governor of the Bank of Spain", "ESP", """
2012-06-11 2018-06-10 Luis María Linde
2018-06-11 2024-06-11 Pablo Hernández de Cos
""")
O("President of the Government of Catalonia", "ESP", """
2003-12-20 2006-11-28 Pasqual Maragall
2006-11-28 2010-12-27 José Montilla
2010-12-27 2016-01-12 Artur Mas
2016-01-12 2017-10-27 Carles Puigdemont
2018-05-17 2020-09-28 Quim Torra
2021-05-21 2024-08-10 Pere Aragonès
2024-08-10 - Salvador Illa
""")
O("Lehendakari of the Basque Country", "ESP", """
1999-01-02 2009-05-07 Juan José Ibarretxe
2009-05-07 2012-12-15 Patxi López
2012-12-15 2024-06-22 Iñigo Urkullu
2024-06-22 - Imanol Pradales
""")
O("Leader of the People's Party (Spain)", "ESP", """
2004-10-02 2018-07-21 Mariano Rajoy
2018-07-21 2022-04-02 Pablo Casado
2022-04-02 - Alberto Núñez Feijóo
""", sector="OPP")
R("Santiago Abascal", "Leader of Vox", "ESP", "OPP", "2014-09-20", None)
R("Yolanda Díaz", "Deputy Prime Minister of Spain", "ESP", "GOV", "2021-07-12", None)
P("José María Aznar", "Aznar|Jose Maria Aznar")
P("José Luis Rodríguez Zapatero", "Zapatero|Rodríguez Zapatero|Jose Luis Rodriguez Zapatero")
P("Mariano Rajoy", "Rajoy")
P("Pedro Sánchez", "Pedro Sanchez|Pedro Sánchez Pérez-Castejón")
P("Juan Carlos I", "King Juan Carlos|Juan Carlos")
P("Felipe VI", "King Felipe|King Felipe VI")
P("Josep Borrell", "Borrell|Josep Borrell Fontelles")
P("José Manuel Albares", "Albares|Jose Manuel Albares")
P("Margarita Robles", "")
P("Fernando Grande-Marlaska", "Grande-Marlaska|Marlaska")
P("Carles Puigdemont", "Puigdemont")
P("Quim Torra", "")
P("Pere Aragonès", "Aragonès|Pere Aragones")
P("Salvador Illa", "")
P("Artur Mas", "")
P("Alberto Núñez Feijóo", "Feijóo|Feijoo|Alberto Nunez Feijoo|Núñez Feijóo")
P("Santiago Abascal", "Abascal", sector="OPP")
P("Yolanda Díaz", "Yolanda Diaz")
P("Pablo Iglesias", "Pablo Iglesias Turrión", country="ESP", sector="OPP")
R("Pablo Iglesias", "Second Deputy Prime Minister of Spain", "ESP", "GOV", "2020-01-13", "2021-03-31")
P("Alfredo Pérez Rubalcaba", "Rubalcaba|Pérez Rubalcaba")
P("Miguel Ángel Moratinos", "Moratinos")
P("Pablo Casado", "")

# ---------------- Portugal ----------------
O("President of Portugal", "PRT", """
1996-03-09 2006-03-09 Jorge Sampaio
2006-03-09 2016-03-09 Aníbal Cavaco Silva
2016-03-09 2026-03-09 Marcelo Rebelo de Sousa
""")
O("Prime Minister of Portugal", "PRT", """
1995-10-28 2002-04-06 António Guterres
2002-04-06 2004-07-17 José Manuel Durão Barroso
2004-07-17 2005-03-12 Pedro Santana Lopes
2005-03-12 2011-06-21 José Sócrates
2011-06-21 2015-11-26 Pedro Passos Coelho
2015-11-26 2024-04-02 António Costa
2024-04-02 - Luís Montenegro
""")
O("Foreign Minister of Portugal", "PRT", """
2015-11-26 2022-03-30 Augusto Santos Silva
2022-03-30 2024-04-02 João Gomes Cravinho
2024-04-02 - Paulo Rangel
""")
R("André Ventura", "Leader of Chega", "PRT", "OPP", "2019-04-09", None)
P("Jorge Sampaio", "Sampaio")
P("Aníbal Cavaco Silva", "Cavaco Silva|Anibal Cavaco Silva")
P("Marcelo Rebelo de Sousa", "Rebelo de Sousa|Marcelo")
P("António Guterres", "Guterres|Antonio Guterres")
P("José Manuel Durão Barroso", "Barroso|José Manuel Barroso|Durão Barroso|Jose Manuel Barroso")
P("Pedro Santana Lopes", "Santana Lopes")
P("José Sócrates", "Sócrates|Jose Socrates")
P("Pedro Passos Coelho", "Passos Coelho")
P("António Costa", "Antonio Costa")
P("Luís Montenegro", "Luis Montenegro")
P("André Ventura", "Andre Ventura|Ventura", sector="OPP")
P("Paulo Rangel", "Rangel")

# ---------------- Netherlands ----------------
O("Monarch of the Netherlands", "NLD", """
1980-04-30 2013-04-30 Beatrix
2013-04-30 - Willem-Alexander
""")
O("Prime Minister of the Netherlands", "NLD", """
1994-08-22 2002-07-22 Wim Kok
2002-07-22 2010-10-14 Jan Peter Balkenende
2010-10-14 2024-07-02 Mark Rutte
2024-07-02 - Dick Schoof
""")
O("Foreign Minister of the Netherlands", "NLD", """
2002-07-22 2003-12-03 Jaap de Hoop Scheffer
2003-12-03 2007-02-22 Ben Bot
2007-02-22 2010-10-14 Maxime Verhagen
2010-10-14 2012-11-05 Uri Rosenthal
2012-11-05 2014-10-17 Frans Timmermans
2014-10-17 2017-10-26 Bert Koenders
2017-10-26 2018-02-13 Halbe Zijlstra
2018-03-07 2021-05-25 Stef Blok
2021-05-25 2021-09-17 Sigrid Kaag
2022-01-10 2023-08-25 Wopke Hoekstra
2023-09-05 2024-07-02 Hanke Bruins Slot
2024-07-02 2025-08-22 Caspar Veldkamp
""")
R("Geert Wilders", "Leader of the Party for Freedom", "NLD", "OPP", "2006-02-22", None)
R("Rob Jetten", "Leader of Democrats 66", "NLD", "OPP", "2023-08-14", None)
P("Wim Kok", "")
P("Jan Peter Balkenende", "Balkenende")
P("Mark Rutte", "Rutte")
P("Dick Schoof", "Schoof")
P("Geert Wilders", "Wilders", sector="OPP")
P("Rob Jetten", "Jetten")
P("Willem-Alexander", "King Willem-Alexander")
P("Beatrix", "Queen Beatrix")
P("Jaap de Hoop Scheffer", "de Hoop Scheffer|De Hoop Scheffer")
P("Frans Timmermans", "Timmermans")
P("Wopke Hoekstra", "Hoekstra")
P("Caspar Veldkamp", "Veldkamp")

# ---------------- Belgium ----------------
O("Monarch of Belgium", "BEL", """
1993-08-09 2013-07-21 Albert II of Belgium
2013-07-21 - Philippe of Belgium
""")
O("Prime Minister of Belgium", "BEL", """
1999-07-12 2008-03-20 Guy Verhofstadt
2008-03-20 2008-12-30 Yves Leterme
2008-12-30 2009-11-25 Herman Van Rompuy
2009-11-25 2011-12-06 Yves Leterme
2011-12-06 2014-10-11 Elio Di Rupo
2014-10-11 2019-10-27 Charles Michel
2019-10-27 2020-10-01 Sophie Wilmès
2020-10-01 2025-02-03 Alexander De Croo
2025-02-03 - Bart De Wever
""")
O("Foreign Minister of Belgium", "BEL", """
1999-07-12 2004-07-18 Louis Michel
2004-07-18 2007-12-21 Karel De Gucht
2011-12-06 2019-11-30 Didier Reynders
2025-02-03 - Maxime Prévot
""")
P("Guy Verhofstadt", "Verhofstadt")
P("Yves Leterme", "Leterme")
P("Herman Van Rompuy", "Van Rompuy")
P("Elio Di Rupo", "Di Rupo")
P("Charles Michel", "")
P("Sophie Wilmès", "Wilmès|Sophie Wilmes")
P("Alexander De Croo", "De Croo")
P("Bart De Wever", "De Wever")
P("Didier Reynders", "Reynders")
P("Philippe of Belgium", "King Philippe")
P("Albert II of Belgium", "King Albert II")

# ---------------- Luxembourg ----------------
O("Prime Minister of Luxembourg", "LUX", """
1995-01-20 2013-12-04 Jean-Claude Juncker
2013-12-04 2023-11-17 Xavier Bettel
2023-11-17 - Luc Frieden
""")
O("Grand Duke of Luxembourg", "LUX", """
2000-10-07 2025-10-03 Henri, Grand Duke of Luxembourg
2025-10-03 - Guillaume, Grand Duke of Luxembourg
""")
R("Xavier Bettel", "Foreign Minister of Luxembourg", "LUX", "GOV", "2023-11-17", None)
R("Jean Asselborn", "Foreign Minister of Luxembourg", "LUX", "GOV", "2004-07-31", "2023-11-17")
P("Jean-Claude Juncker", "Juncker")
P("Xavier Bettel", "Bettel")
P("Luc Frieden", "Frieden")

# ---------------- Switzerland ----------------
O("President of the Swiss Confederation", "CHE", """
2000-01-01 2001-01-01 Adolf Ogi
2001-01-01 2002-01-01 Moritz Leuenberger
2002-01-01 2003-01-01 Kaspar Villiger
2003-01-01 2004-01-01 Pascal Couchepin
2004-01-01 2005-01-01 Joseph Deiss
2005-01-01 2006-01-01 Samuel Schmid
2006-01-01 2007-01-01 Moritz Leuenberger
2007-01-01 2008-01-01 Micheline Calmy-Rey
2008-01-01 2009-01-01 Pascal Couchepin
2009-01-01 2010-01-01 Hans-Rudolf Merz
2010-01-01 2011-01-01 Doris Leuthard
2011-01-01 2012-01-01 Micheline Calmy-Rey
2012-01-01 2013-01-01 Eveline Widmer-Schlumpf
2013-01-01 2014-01-01 Ueli Maurer
2014-01-01 2015-01-01 Didier Burkhalter
2015-01-01 2016-01-01 Simonetta Sommaruga
2016-01-01 2017-01-01 Johann Schneider-Ammann
2017-01-01 2018-01-01 Doris Leuthard
2018-01-01 2019-01-01 Alain Berset
2019-01-01 2020-01-01 Ueli Maurer
2020-01-01 2021-01-01 Simonetta Sommaruga
2021-01-01 2022-01-01 Guy Parmelin
2022-01-01 2023-01-01 Ignazio Cassis
2023-01-01 2024-01-01 Alain Berset
2024-01-01 2025-01-01 Viola Amherd
2025-01-01 2026-01-01 Karin Keller-Sutter
2026-01-01 - Guy Parmelin
""")
O("Foreign Minister of Switzerland", "CHE", """
2003-01-01 2011-12-31 Micheline Calmy-Rey
2012-01-01 2017-10-31 Didier Burkhalter
2017-11-01 - Ignazio Cassis
""")
P("Micheline Calmy-Rey", "Calmy-Rey")
P("Ignazio Cassis", "Cassis")
P("Alain Berset", "Berset")
P("Karin Keller-Sutter", "Keller-Sutter")
P("Viola Amherd", "Amherd")
P("Guy Parmelin", "Parmelin")

# ---------------- Austria ----------------
O("Chancellor of Austria", "AUT", """
2000-02-04 2007-01-11 Wolfgang Schüssel
2007-01-11 2008-12-02 Alfred Gusenbauer
2008-12-02 2016-05-09 Werner Faymann
2016-05-17 2017-12-18 Christian Kern
2017-12-18 2019-05-28 Sebastian Kurz
2019-06-03 2020-01-07 Brigitte Bierlein
2020-01-07 2021-10-11 Sebastian Kurz
2021-10-11 2021-12-06 Alexander Schallenberg
2021-12-06 2025-01-10 Karl Nehammer
2025-01-10 2025-03-03 A:Alexander Schallenberg
2025-03-03 - Christian Stocker
""")
O("President of Austria", "AUT", """
1992-07-08 2004-07-06 Thomas Klestil
2004-07-08 2016-07-08 Heinz Fischer
2017-01-26 - Alexander Van der Bellen
""")
O("Foreign Minister of Austria", "AUT", """
2013-12-16 2017-12-18 Sebastian Kurz
2017-12-18 2019-06-03 Karin Kneissl
2019-06-03 2021-10-11 Alexander Schallenberg
2021-12-06 2025-03-03 Alexander Schallenberg
2025-03-03 - Beate Meinl-Reisinger
""")
O("Interior Minister of Austria", "AUT", """
2017-12-18 2019-05-22 Herbert Kickl
""")
R("Herbert Kickl", "Leader of the Freedom Party of Austria", "AUT", "OPP", "2021-06-19", None)
R("Jörg Haider", "Governor of Carinthia", "AUT", "GOV", "1999-04-18", "2008-10-11")
P("Wolfgang Schüssel", "Schüssel|Schuessel")
P("Alfred Gusenbauer", "Gusenbauer")
P("Werner Faymann", "Faymann")
P("Christian Kern", "")
P("Sebastian Kurz", "Kurz")
P("Brigitte Bierlein", "Bierlein")
P("Alexander Schallenberg", "Schallenberg")
P("Karl Nehammer", "Nehammer")
P("Christian Stocker", "Stocker")
P("Alexander Van der Bellen", "Van der Bellen")
P("Heinz Fischer", "")
P("Herbert Kickl", "Kickl")
P("Jörg Haider", "Haider|Joerg Haider")
P("Karin Kneissl", "Kneissl")
P("Beate Meinl-Reisinger", "Meinl-Reisinger")

# ---------------- Nordics ----------------
O("Prime Minister of Denmark", "DNK", """
1993-01-25 2001-11-27 Poul Nyrup Rasmussen
2001-11-27 2009-04-05 Anders Fogh Rasmussen
2009-04-05 2011-10-03 Lars Løkke Rasmussen
2011-10-03 2015-06-28 Helle Thorning-Schmidt
2015-06-28 2019-06-27 Lars Løkke Rasmussen
2019-06-27 - Mette Frederiksen
""")
O("Monarch of Denmark", "DNK", """
1972-01-14 2024-01-14 Margrethe II
2024-01-14 - Frederik X
""")
O("Foreign Minister of Denmark", "DNK", """
2022-12-15 - Lars Løkke Rasmussen
""")
P("Anders Fogh Rasmussen", "Fogh Rasmussen|Anders Fogh")
P("Lars Løkke Rasmussen", "Løkke Rasmussen|Lars Lokke Rasmussen|Løkke")
P("Poul Nyrup Rasmussen", "Nyrup Rasmussen")
P("Helle Thorning-Schmidt", "Thorning-Schmidt")
P("Mette Frederiksen", "Frederiksen")
P("Margrethe II", "Queen Margrethe")
P("Frederik X", "King Frederik")

O("Prime Minister of Sweden", "SWE", """
1996-03-22 2006-10-06 Göran Persson
2006-10-06 2014-10-03 Fredrik Reinfeldt
2014-10-03 2021-11-30 Stefan Löfven
2021-11-30 2022-10-18 Magdalena Andersson
2022-10-18 - Ulf Kristersson
""")
O("Foreign Minister of Sweden", "SWE", """
1998-10-07 2003-09-11 Anna Lindh
2003-10-03 2006-03-21 Laila Freivalds
2006-10-06 2014-10-03 Carl Bildt
2014-10-03 2019-09-10 Margot Wallström
2019-09-10 2022-10-18 Ann Linde
2022-10-18 2024-09-10 Tobias Billström
2024-09-10 - Maria Malmer Stenergard
""")
O("Defence Minister of Sweden", "SWE", """
2014-10-03 2022-10-18 Peter Hultqvist
2022-10-18 - Pål Jonson
""")
O("Monarch of Sweden", "SWE", """
1973-09-15 - Carl XVI Gustaf
""")
P("Göran Persson", "Goran Persson")
P("Fredrik Reinfeldt", "Reinfeldt")
P("Stefan Löfven", "Löfven|Lofven|Stefan Lofven")
P("Magdalena Andersson", "")
P("Ulf Kristersson", "Kristersson")
P("Carl Bildt", "Bildt")
P("Margot Wallström", "Wallström|Wallstrom")
P("Anna Lindh", "")
P("Jimmie Åkesson", "Åkesson|Akesson|Jimmie Akesson", country="SWE")
R("Jimmie Åkesson", "Leader of the Sweden Democrats", "SWE", "OPP", "2005-05-07", None)

O("Prime Minister of Norway", "NOR", """
1997-10-17 2000-03-17 Kjell Magne Bondevik
2000-03-17 2001-10-19 Jens Stoltenberg
2001-10-19 2005-10-17 Kjell Magne Bondevik
2005-10-17 2013-10-16 Jens Stoltenberg
2013-10-16 2021-10-14 Erna Solberg
2021-10-14 - Jonas Gahr Støre
""")
O("Foreign Minister of Norway", "NOR", """
2005-10-17 2012-09-21 Jonas Gahr Støre
2012-09-21 2013-10-16 Espen Barth Eide
2013-10-16 2017-10-20 Børge Brende
2017-10-20 2021-10-14 Ine Eriksen Søreide
2021-10-14 2023-10-16 Anniken Huitfeldt
2023-10-16 - Espen Barth Eide
""")
O("Finance Minister of Norway", "NOR", """
2025-02-04 - Jens Stoltenberg
""")
O("Monarch of Norway", "NOR", """
1991-01-17 - Harald V
""")
P("Jens Stoltenberg", "Stoltenberg")
P("Erna Solberg", "Solberg")
P("Jonas Gahr Støre", "Støre|Store|Gahr Støre|Jonas Gahr Store")
P("Kjell Magne Bondevik", "Bondevik")
P("Espen Barth Eide", "Barth Eide")
P("Børge Brende", "Brende|Borge Brende")

O("President of Finland", "FIN", """
2000-03-01 2012-03-01 Tarja Halonen
2012-03-01 2024-03-01 Sauli Niinistö
2024-03-01 - Alexander Stubb
""")
O("Prime Minister of Finland", "FIN", """
1995-04-13 2003-04-17 Paavo Lipponen
2003-04-17 2003-06-24 Anneli Jäätteenmäki
2003-06-24 2010-06-22 Matti Vanhanen
2010-06-22 2011-06-22 Mari Kiviniemi
2011-06-22 2014-06-24 Jyrki Katainen
2014-06-24 2015-05-29 Alexander Stubb
2015-05-29 2019-06-06 Juha Sipilä
2019-06-06 2019-12-10 Antti Rinne
2019-12-10 2023-06-20 Sanna Marin
2023-06-20 - Petteri Orpo
""")
O("Foreign Minister of Finland", "FIN", """
2008-04-04 2011-06-22 Alexander Stubb
2011-06-22 2014-06-24 Erkki Tuomioja
2019-06-06 2023-06-20 Pekka Haavisto
2023-06-20 - Elina Valtonen
""")
O("Defence Minister of Finland", "FIN", """
2023-06-20 - Antti Häkkänen
""")
P("Tarja Halonen", "Halonen")
P("Sauli Niinistö", "Niinistö|Niinisto|Sauli Niinisto")
P("Alexander Stubb", "Stubb")
P("Sanna Marin", "")
P("Petteri Orpo", "Orpo")
P("Juha Sipilä", "Sipilä|Sipila")
P("Matti Vanhanen", "Vanhanen")
P("Jyrki Katainen", "Katainen")
P("Pekka Haavisto", "Haavisto")
P("Elina Valtonen", "Valtonen")

O("President of Iceland", "ISL", """
1996-08-01 2016-08-01 Ólafur Ragnar Grímsson
2016-08-01 2024-08-01 Guðni Th. Jóhannesson
2024-08-01 - Halla Tómasdóttir
""")
O("Prime Minister of Iceland", "ISL", """
1991-04-30 2004-09-15 Davíð Oddsson
2004-09-15 2006-06-15 Halldór Ásgrímsson
2006-06-15 2009-02-01 Geir Haarde
2009-02-01 2013-05-23 Jóhanna Sigurðardóttir
2013-05-23 2016-04-07 Sigmundur Davíð Gunnlaugsson
2016-04-07 2017-01-11 Sigurður Ingi Jóhannsson
2017-01-11 2017-11-30 Bjarni Benediktsson
2017-11-30 2024-04-09 Katrín Jakobsdóttir
2024-04-09 2024-12-21 Bjarni Benediktsson
2024-12-21 - Kristrún Frostadóttir
""")
P("Ólafur Ragnar Grímsson", "Olafur Ragnar Grimsson|Grímsson")
P("Katrín Jakobsdóttir", "Katrin Jakobsdottir")
P("Kristrún Frostadóttir", "Kristrun Frostadottir|Frostadóttir")
P("Geir Haarde", "Haarde")
