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
P("Boris Johnson", "Boris Johnson MP", wd="Q180589")
P("Liz Truss", "Truss|Elizabeth Truss")
P("Rishi Sunak", "Sunak")
P("Keir Starmer", "Starmer|Sir Keir Starmer|Keir Rodney Starmer")
P("Elizabeth II", "Queen Elizabeth|Queen Elizabeth II")
P("Charles III", "King Charles|King Charles III|Prince Charles")
P("Jack Straw", "")
P("David Miliband", "")
P("Ed Miliband", "")
P("William Hague", "")
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
O("President of the National Rally (formerly National Front)", "FRA", """
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
P("Michèle Alliot-Marie", "Alliot-Marie|Michele Alliot-Marie")
P("Bruno Le Maire", "Le Maire")
P("Marine Le Pen", "")
P("Jean-Marie Le Pen", "")
P("Jordan Bardella", "Bardella")
P("Jean-Luc Mélenchon", "Mélenchon|Melenchon")
P("François Villeroy de Galhau", "Villeroy de Galhau")

# ---------------- Monaco / Andorra / Liechtenstein / Vatican ----------------
O("Prince of Monaco", "MCO", """
1949-05-09 2005-04-06 Rainier III
2005-04-06 - Albert II of Monaco
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
2013-03-13 2025-04-21 Pope Francis
2025-05-08 - Leo XIV
""")
O("Secretary of State of the Holy See", "VAT", """
1990-12-01 2006-09-15 Angelo Sodano
2006-09-15 2013-10-15 Tarcisio Bertone
2013-10-15 - Pietro Parolin
""")
P("John Paul II", "Pope John Paul II|Karol Wojtyla|Karol Wojtyła")
P("Benedict XVI", "Pope Benedict|Pope Benedict XVI|Joseph Ratzinger|Ratzinger")
P("Pope Francis", "Jorge Mario Bergoglio|Bergoglio")
P("Leo XIV", "Pope Leo|Pope Leo XIV|Robert Francis Prevost|Robert Prevost")
P("Pietro Parolin", "Parolin|Cardinal Parolin")
P("Albert II of Monaco", "Prince Albert of Monaco|Prince Albert II")

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
P("Friedrich Merz", "!Merz")
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
P("Mario Draghi", "Draghi")
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
P("Angelino Alfano", "Alfano")
P("Franco Frattini", "Frattini")
P("Gianfranco Fini", "Fini")
P("Ignazio Visco", "Visco")
P("Fabio Panetta", "")
P("Elly Schlein", "Schlein")
P("Luciana Lamorgese", "Lamorgese")
P("Giulio Terzi di Sant'Agata", "Giulio Terzi")
P("Enzo Moavero Milanesi", "Moavero|Moavero Milanesi")
P("Marie-Louise Coleiro Preca", "Coleiro Preca")

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
R("Yolanda Díaz", "Second Deputy Prime Minister of Spain", "ESP", "GOV", "2021-07-12", None)
P("José María Aznar", "Aznar|Jose Maria Aznar")
P("José Luis Rodríguez Zapatero", "Zapatero|Rodríguez Zapatero|Jose Luis Rodriguez Zapatero")
P("Mariano Rajoy", "Rajoy")
P("Pedro Sánchez", "Pedro Sanchez|Pedro Sánchez Pérez-Castejón")
P("Juan Carlos I", "King Juan Carlos|Juan Carlos")
P("Felipe VI", "King Felipe|King Felipe VI")
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
P("Marcelo Rebelo de Sousa", "Rebelo de Sousa")
P("Pedro Santana Lopes", "Santana Lopes")
P("José Sócrates", "Sócrates|Jose Socrates")
P("Pedro Passos Coelho", "Passos Coelho")
P("Luís Montenegro", "Luis Montenegro")
P("André Ventura", "Andre Ventura|Ventura", sector="OPP")
P("Paulo Rangel", "Rangel")

# ---------------- Netherlands ----------------
O("Monarch of the Netherlands", "NLD", """
1980-04-30 2013-04-30 Queen Beatrix
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
P("Dick Schoof", "Schoof")
P("Geert Wilders", "Wilders", sector="OPP")
P("Rob Jetten", "Jetten")
P("Willem-Alexander", "King Willem-Alexander")
P("Queen Beatrix", "Beatrix of the Netherlands")
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
2004-07-18 2009-07-17 Karel De Gucht
2011-12-06 2019-11-30 Didier Reynders
2025-02-03 - Maxime Prévot
""")
P("Guy Verhofstadt", "Verhofstadt")
P("Yves Leterme", "Leterme")
P("Elio Di Rupo", "Di Rupo")
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
P("Jonas Gahr Støre", "Støre|Gahr Støre|Jonas Gahr Store")
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
2011-06-22 2015-05-29 Erkki Tuomioja
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

# ---------------- Poland ----------------
O("President of Poland", "POL", """
1995-12-23 2005-12-23 Aleksander Kwaśniewski
2005-12-23 2010-04-10 Lech Kaczyński
2010-08-06 2015-08-06 Bronisław Komorowski
2015-08-06 2025-08-06 Andrzej Duda
2025-08-06 - Karol Nawrocki
""")
O("Acting President of Poland", "POL", """
2010-04-10 2010-07-08 Bronisław Komorowski
""")
O("Prime Minister of Poland", "POL", """
1997-10-31 2001-10-19 Jerzy Buzek
2001-10-19 2004-05-02 Leszek Miller
2004-05-02 2005-10-31 Marek Belka
2005-10-31 2006-07-14 Kazimierz Marcinkiewicz
2006-07-14 2007-11-16 Jarosław Kaczyński
2007-11-16 2014-09-22 Donald Tusk
2014-09-22 2015-11-16 Ewa Kopacz
2015-11-16 2017-12-11 Beata Szydło
2017-12-11 2023-12-13 Mateusz Morawiecki
2023-12-13 - Donald Tusk
""")
O("Foreign Minister of Poland", "POL", """
2001-10-19 2005-01-05 Włodzimierz Cimoszewicz
2005-01-05 2005-10-31 Adam Daniel Rotfeld
2005-10-31 2006-05-09 Stefan Meller
2006-05-09 2007-11-16 Anna Fotyga
2007-11-16 2014-09-22 Radosław Sikorski
2014-09-22 2015-11-16 Grzegorz Schetyna
2015-11-16 2018-01-09 Witold Waszczykowski
2018-01-09 2020-08-20 Jacek Czaputowicz
2020-08-26 2023-11-27 Zbigniew Rau
2023-12-13 - Radosław Sikorski
""")
O("Defence Minister of Poland", "POL", """
2000-06-16 2001-10-19 Bronisław Komorowski
2001-10-19 2005-10-31 Jerzy Szmajdziński
2005-10-31 2007-02-07 Radosław Sikorski
2007-02-07 2007-11-16 Aleksander Szczygło
2007-11-16 2011-08-02 Bogdan Klich
2011-08-02 2015-11-16 Tomasz Siemoniak
2015-11-16 2018-01-09 Antoni Macierewicz
2018-01-09 2023-11-27 Mariusz Błaszczak
2023-12-13 - Władysław Kosiniak-Kamysz
""")
O("President of the National Bank of Poland", "POL", """
2001-01-10 2007-01-10 Leszek Balcerowicz
2007-01-10 2010-04-10 Sławomir Skrzypek
2010-06-11 2016-06-10 Marek Belka
2016-06-21 - Adam Glapiński
""")
R("Jarosław Kaczyński", "Leader of Law and Justice", "POL", "OPP", "2003-01-18", "2005-10-31")
R("Jarosław Kaczyński", "Leader of Law and Justice", "POL", "GOV", "2005-10-31", "2007-11-16")
R("Jarosław Kaczyński", "Leader of Law and Justice", "POL", "OPP", "2007-11-16", "2015-11-16")
R("Jarosław Kaczyński", "Leader of Law and Justice", "POL", "GOV", "2015-11-16", "2023-12-13")
R("Jarosław Kaczyński", "Leader of Law and Justice", "POL", "OPP", "2023-12-13", None)
R("Jarosław Kaczyński", "Deputy Prime Minister of Poland", "POL", "GOV", "2020-10-06", "2022-06-21")
P("Aleksander Kwaśniewski", "Kwaśniewski|Kwasniewski|Aleksander Kwasniewski")
P("Lech Kaczyński", "Lech Kaczynski")
P("Jarosław Kaczyński", "Jaroslaw Kaczynski|Jarosław Kaczynski")
P("Bronisław Komorowski", "Komorowski|Bronislaw Komorowski")
P("Andrzej Duda", "Duda")
P("Karol Nawrocki", "Nawrocki")
P("Donald Tusk", "Tusk")
P("Ewa Kopacz", "Kopacz")
P("Beata Szydło", "Szydło|Szydlo|Beata Szydlo")
P("Mateusz Morawiecki", "Morawiecki")
P("Leszek Miller", "")
P("Marek Belka", "Belka")
P("Radosław Sikorski", "Sikorski|Radoslaw Sikorski|Radek Sikorski")
P("Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz|Wladyslaw Kosiniak-Kamysz")
P("Mariusz Błaszczak", "Błaszczak|Blaszczak")
P("Antoni Macierewicz", "Macierewicz")
P("Zbigniew Rau", "")
P("Adam Glapiński", "Glapiński|Glapinski")
P("Leszek Balcerowicz", "Balcerowicz")
P("Jerzy Buzek", "Buzek")

# ---------------- Czech Republic ----------------
O("President of the Czech Republic", "CZE", """
1993-02-02 2003-02-02 Václav Havel
2003-03-07 2013-03-07 Václav Klaus
2013-03-08 2023-03-08 Miloš Zeman
2023-03-09 - Petr Pavel
""")
O("Prime Minister of the Czech Republic", "CZE", """
1998-07-22 2002-07-15 Miloš Zeman
2002-07-15 2004-08-04 Vladimír Špidla
2004-08-04 2005-04-25 Stanislav Gross
2005-04-25 2006-09-04 Jiří Paroubek
2006-09-04 2009-05-08 Mirek Topolánek
2009-05-08 2010-07-13 Jan Fischer
2010-07-13 2013-07-10 Petr Nečas
2013-07-10 2014-01-29 Jiří Rusnok
2014-01-29 2017-12-06 Bohuslav Sobotka
2017-12-06 2021-11-28 Andrej Babiš
2021-11-28 2025-12-09 Petr Fiala
2025-12-09 - Andrej Babiš
""")
O("Foreign Minister of the Czech Republic", "CZE", """
2007-01-09 2009-05-08 Karel Schwarzenberg
2010-07-13 2013-07-10 Karel Schwarzenberg
2021-12-17 2025-12-15 Jan Lipavský
""")
P("Václav Havel", "Havel|Vaclav Havel")
P("Václav Klaus", "Vaclav Klaus")
P("Miloš Zeman", "Zeman|Milos Zeman")
P("Petr Pavel", "")
P("Andrej Babiš", "Babiš|Babis|Andrej Babis")
P("Petr Fiala", "Fiala")
P("Bohuslav Sobotka", "Sobotka")
P("Mirek Topolánek", "Topolánek|Topolanek")
P("Petr Nečas", "Nečas|Necas")
P("Jan Lipavský", "Lipavský|Lipavsky")

# ---------------- Slovakia ----------------
O("President of Slovakia", "SVK", """
1999-06-15 2004-06-15 Rudolf Schuster
2004-06-15 2014-06-15 Ivan Gašparovič
2014-06-15 2019-06-15 Andrej Kiska
2019-06-15 2024-06-15 Zuzana Čaputová
2024-06-15 - Peter Pellegrini
""")
O("Prime Minister of Slovakia", "SVK", """
1998-10-30 2006-07-04 Mikuláš Dzurinda
2006-07-04 2010-07-08 Robert Fico
2010-07-08 2012-04-04 Iveta Radičová
2012-04-04 2018-03-22 Robert Fico
2018-03-22 2020-03-21 Peter Pellegrini
2020-03-21 2021-04-01 Igor Matovič
2021-04-01 2023-05-15 Eduard Heger
2023-05-15 2023-10-25 Ľudovít Ódor
2023-10-25 - Robert Fico
""")
O("Foreign Minister of Slovakia", "SVK", """
2023-10-25 - Juraj Blanár
""")
R("Miroslav Lajčák", "Foreign Minister of Slovakia", "SVK", "GOV", "2012-04-04", "2020-03-21")
P("Robert Fico", "Fico")
P("Peter Pellegrini", "Pellegrini")
P("Zuzana Čaputová", "Čaputová|Caputova|Zuzana Caputova")
P("Mikuláš Dzurinda", "Dzurinda")
P("Iveta Radičová", "Radičová|Radicova")
P("Igor Matovič", "Matovič|Matovic")
P("Eduard Heger", "Heger")
P("Ivan Gašparovič", "Gašparovič|Gasparovic")
P("Andrej Kiska", "Kiska")
P("Miroslav Lajčák", "Lajčák|Lajcak|Miroslav Lajcak")
P("Michal Šimečka", "Šimečka|Simecka|Michal Simecka", country="SVK")
R("Michal Šimečka", "Leader of Progressive Slovakia", "SVK", "OPP", "2022-11-26", None)

# ---------------- Hungary ----------------
O("President of Hungary", "HUN", """
2000-08-04 2005-08-05 Ferenc Mádl
2005-08-05 2010-08-06 László Sólyom
2010-08-06 2012-04-02 Pál Schmitt
2012-05-10 2022-05-10 János Áder
2022-05-10 2024-02-26 Katalin Novák
2024-03-05 - Tamás Sulyok
""")
O("Prime Minister of Hungary", "HUN", """
1998-07-06 2002-05-27 Viktor Orbán
2002-05-27 2004-09-29 Péter Medgyessy
2004-09-29 2009-04-14 Ferenc Gyurcsány
2009-04-14 2010-05-29 Gordon Bajnai
2010-05-29 - Viktor Orbán
""")
O("Foreign Minister of Hungary", "HUN", """
2010-05-29 2014-06-06 János Martonyi
2014-06-06 2014-09-23 Tibor Navracsics
2014-09-23 - Péter Szijjártó
""")
O("Defence Minister of Hungary", "HUN", """
2022-05-24 - Kristóf Szalay-Bobrovniczky
""")
R("Péter Magyar", "Leader of the Tisza Party", "HUN", "OPP", "2024-07-01", None)
P("Viktor Orbán", "Orbán|Orban|Viktor Orban")
P("Ferenc Gyurcsány", "Gyurcsány|Gyurcsany")
P("Gordon Bajnai", "Bajnai")
P("Péter Medgyessy", "Medgyessy")
P("Péter Szijjártó", "Szijjártó|Szijjarto|Peter Szijjarto")
P("Katalin Novák", "Katalin Novak")
P("Tamás Sulyok", "Sulyok")
P("János Áder", "Áder|Janos Ader")
P("Péter Magyar", "Peter Magyar", sector="OPP")
P("Tibor Navracsics", "Navracsics")

# ---------------- Slovenia / Croatia ----------------
O("President of Slovenia", "SVN", """
1991-06-25 2002-12-22 Milan Kučan
2002-12-22 2007-12-22 Janez Drnovšek
2007-12-22 2012-12-22 Danilo Türk
2012-12-22 2022-12-22 Borut Pahor
2022-12-23 - Nataša Pirc Musar
""")
O("Prime Minister of Slovenia", "SVN", """
2000-11-30 2002-12-19 Janez Drnovšek
2002-12-19 2004-12-03 Anton Rop
2004-12-03 2008-11-21 Janez Janša
2008-11-21 2012-02-10 Borut Pahor
2012-02-10 2013-03-20 Janez Janša
2013-03-20 2014-09-18 Alenka Bratušek
2014-09-18 2018-09-13 Miro Cerar
2018-09-13 2020-03-13 Marjan Šarec
2020-03-13 2022-06-01 Janez Janša
2022-06-01 - Robert Golob
""")
P("Janez Janša", "Janša|Jansa|Janez Jansa")
P("Robert Golob", "Golob")
P("Borut Pahor", "Pahor")
P("Nataša Pirc Musar", "Pirc Musar|Natasa Pirc Musar")
P("Janez Drnovšek", "Drnovšek|Drnovsek")

O("President of Croatia", "HRV", """
2000-02-18 2010-02-18 Stjepan Mesić
2010-02-18 2015-02-19 Ivo Josipović
2015-02-19 2020-02-19 Kolinda Grabar-Kitarović
2020-02-19 - Zoran Milanović
""")
O("Prime Minister of Croatia", "HRV", """
2000-01-27 2003-12-23 Ivica Račan
2003-12-23 2009-07-06 Ivo Sanader
2009-07-06 2011-12-23 Jadranka Kosor
2011-12-23 2016-01-22 Zoran Milanović
2016-01-22 2016-10-19 Tihomir Orešković
2016-10-19 - Andrej Plenković
""")
P("Stjepan Mesić", "Mesić|Mesic")
P("Ivo Josipović", "Josipović|Josipovic")
P("Kolinda Grabar-Kitarović", "Grabar-Kitarović|Grabar-Kitarovic")
P("Zoran Milanović", "Milanović|Milanovic|Zoran Milanovic")
P("Ivo Sanader", "Sanader")
P("Jadranka Kosor", "Kosor")
P("Andrej Plenković", "Plenković|Plenkovic|Andrej Plenkovic")
P("Ivica Račan", "Račan|Racan")

# ---------------- Serbia (incl. FR Yugoslavia / Serbia and Montenegro) ----------------
O("President of the Federal Republic of Yugoslavia", "SRB", """
1997-07-23 2000-10-07 Slobodan Milošević
2000-10-07 2003-03-07 Vojislav Koštunica
""")
O("President of Serbia and Montenegro", "SRB", """
2003-03-07 2006-06-03 Svetozar Marović
""")
O("President of Serbia", "SRB", """
1997-12-29 2002-12-29 Milan Milutinović
2004-07-11 2012-04-05 Boris Tadić
2012-05-31 2017-05-31 Tomislav Nikolić
2017-05-31 - Aleksandar Vučić
""")
O("Prime Minister of Serbia", "SRB", """
2001-01-25 2003-03-12 Zoran Đinđić
2003-03-18 2004-03-03 Zoran Živković
2004-03-03 2008-07-07 Vojislav Koštunica
2008-07-07 2012-07-27 Mirko Cvetković
2012-07-27 2014-04-27 Ivica Dačić
2014-04-27 2017-05-31 Aleksandar Vučić
2017-06-29 2024-05-02 Ana Brnabić
2024-05-02 2025-04-16 Miloš Vučević
2025-04-16 - Đuro Macut
""")
O("Foreign Minister of Serbia", "SRB", """
2007-05-15 2012-07-27 Vuk Jeremić
2012-07-27 2014-04-27 Ivan Mrkić
2014-04-27 2020-10-28 Ivica Dačić
2020-10-28 2022-10-26 Nikola Selaković
2022-10-26 2024-05-02 Ivica Dačić
2024-05-02 - Marko Đurić
""")
O("Defence Minister of Serbia", "SRB", """
2022-10-26 2024-05-02 Miloš Vučević
2024-05-02 - Bratislav Gašić
""")
O("Interior Minister of Serbia", "SRB", """
2024-05-02 - Ivica Dačić
""")
O("President of the National Assembly of Serbia", "SRB", """
2024-05-02 - Ana Brnabić
""", sector="LEG")
P("Slobodan Milošević", "Milošević|Milosevic|Slobodan Milosevic")
P("Vojislav Koštunica", "Koštunica|Kostunica|Vojislav Kostunica")
P("Boris Tadić", "Tadić|Tadic|Boris Tadic")
P("Tomislav Nikolić", "Nikolić|Tomislav Nikolic")
P("Aleksandar Vučić", "Vučić|Vucic|Aleksandar Vucic")
P("Zoran Đinđić", "Đinđić|Djindjic|Zoran Djindjic")
P("Ivica Dačić", "Dačić|Dacic|Ivica Dacic")
P("Ana Brnabić", "Brnabić|Brnabic|Ana Brnabic")
P("Miloš Vučević", "Vučević|Vucevic|Milos Vucevic")
P("Đuro Macut", "Macut|Djuro Macut")
P("Vuk Jeremić", "Jeremić|Jeremic|Vuk Jeremic")
P("Marko Đurić", "Marko Djuric")
P("Mirko Cvetković", "Cvetković|Cvetkovic")

# ---------------- Montenegro ----------------
O("President of Montenegro", "MNE", """
1998-01-15 2002-11-25 Milo Đukanović
2003-05-22 2018-05-20 Filip Vujanović
2018-05-20 2023-05-20 Milo Đukanović
2023-05-20 - Jakov Milatović
""")
O("Prime Minister of Montenegro", "MNE", """
2003-01-08 2006-11-24 Milo Đukanović
2006-11-24 2008-02-29 Željko Šturanović
2008-02-29 2010-12-29 Milo Đukanović
2010-12-29 2012-12-04 Igor Lukšić
2012-12-04 2016-11-28 Milo Đukanović
2016-11-28 2020-12-04 Duško Marković
2020-12-04 2022-04-28 Zdravko Krivokapić
2022-04-28 2023-10-31 Dritan Abazović
2023-10-31 - Milojko Spajić
""")
P("Milo Đukanović", "Đukanović|Djukanovic|Milo Djukanovic")
P("Jakov Milatović", "Milatović|Milatovic")
P("Milojko Spajić", "Spajić|Spajic")
P("Filip Vujanović", "Vujanović|Vujanovic")
P("Zdravko Krivokapić", "Krivokapić|Krivokapic")
P("Dritan Abazović", "Abazović|Abazovic")

# ---------------- Bosnia and Herzegovina ----------------
O("Bosniak Member of the Presidency of Bosnia and Herzegovina", "BIH", """
2002-10-28 2006-11-06 Sulejman Tihić
2006-11-06 2010-11-10 Haris Silajdžić
2010-11-10 2018-11-20 Bakir Izetbegović
2018-11-20 2022-11-16 Šefik Džaferović
2022-11-16 - Denis Bećirović
""")
O("Serb Member of the Presidency of Bosnia and Herzegovina", "BIH", """
2006-11-06 2014-11-17 Nebojša Radmanović
2014-11-17 2018-11-20 Mladen Ivanić
2018-11-20 2022-11-16 Milorad Dodik
2022-11-16 - Željka Cvijanović
""")
O("Croat Member of the Presidency of Bosnia and Herzegovina", "BIH", """
2002-10-28 2005-03-29 Dragan Čović
2006-11-06 2014-11-17 Željko Komšić
2014-11-17 2018-11-20 Dragan Čović
2018-11-20 - Željko Komšić
""")
O("Chairman of the Council of Ministers of Bosnia and Herzegovina", "BIH", """
2002-12-23 2007-01-11 Adnan Terzić
2007-01-11 2012-01-12 Nikola Špirić
2012-01-12 2015-02-11 Vjekoslav Bevanda
2015-02-11 2019-12-23 Denis Zvizdić
2019-12-23 2023-01-25 Zoran Tegeltija
2023-01-25 - Borjana Krišto
""")
O("President of Republika Srpska", "BIH", """
1992-05-12 1996-07-19 Radovan Karadžić
2010-11-15 2018-11-19 Milorad Dodik
2018-11-19 2022-11-15 Željka Cvijanović
2022-11-15 2025-08-18 Milorad Dodik
""")
O("Prime Minister of Republika Srpska", "BIH", """
2006-02-28 2010-11-15 Milorad Dodik
""")
R("Ratko Mladić", "Commander of the Army of Republika Srpska", "BIH", "MIL", "1992-05-12", "1996-11-08")
P("Alija Izetbegović", "Alija Izetbegovic", country="BIH")
R("Alija Izetbegović", "Bosniak Member of the Presidency of Bosnia and Herzegovina", "BIH", "GOV", "1996-10-05", "2000-10-14")
P("Bakir Izetbegović", "Bakir Izetbegovic")
P("Milorad Dodik", "Dodik")
P("Željka Cvijanović", "Cvijanović|Cvijanovic|Zeljka Cvijanovic")
P("Željko Komšić", "Komšić|Komsic|Zeljko Komsic")
P("Dragan Čović", "Čović|Covic|Dragan Covic")
P("Denis Bećirović", "Bećirović|Becirovic")
P("Šefik Džaferović", "Džaferović|Dzaferovic")
P("Radovan Karadžić", "Karadžić|Karadzic|Radovan Karadzic")
P("Ratko Mladić", "Mladić|Mladic|Ratko Mladic")
P("Borjana Krišto", "Krišto|Kristo")
P("Haris Silajdžić", "Silajdžić|Silajdzic")

# ---------------- North Macedonia ----------------
O("President of North Macedonia", "MKD", """
1999-12-15 2004-02-26 Boris Trajkovski
2004-05-12 2009-05-12 Branko Crvenkovski
2009-05-12 2019-05-12 Gjorge Ivanov
2019-05-12 2024-05-12 Stevo Pendarovski
2024-05-12 - Gordana Siljanovska-Davkova
""")
O("Prime Minister of North Macedonia", "MKD", """
1998-11-30 2002-11-01 Ljubčo Georgievski
2002-11-01 2004-05-12 Branko Crvenkovski
2004-06-02 2004-11-18 Hari Kostov
2004-12-17 2006-08-27 Vlado Bučkovski
2006-08-27 2016-01-18 Nikola Gruevski
2016-01-18 2017-05-31 Emil Dimitriev
2017-05-31 2020-01-03 Zoran Zaev
2020-01-03 2020-08-30 Oliver Spasovski
2020-08-31 2022-01-16 Zoran Zaev
2022-01-17 2024-01-28 Dimitar Kovačevski
2024-01-28 2024-06-23 Talat Xhaferi
2024-06-23 - Hristijan Mickoski
""")
P("Nikola Gruevski", "Gruevski")
P("Zoran Zaev", "Zaev")
P("Hristijan Mickoski", "Mickoski")
P("Gordana Siljanovska-Davkova", "Siljanovska-Davkova|Siljanovska")
P("Stevo Pendarovski", "Pendarovski")
P("Gjorge Ivanov", "")
P("Branko Crvenkovski", "Crvenkovski")
P("Boris Trajkovski", "Trajkovski")
P("Dimitar Kovačevski", "Kovačevski|Kovacevski")

# ---------------- Albania ----------------
O("President of Albania", "ALB", """
1997-07-24 2002-07-24 Rexhep Meidani
2002-07-24 2007-07-24 Alfred Moisiu
2007-07-24 2012-07-24 Bamir Topi
2012-07-24 2017-07-24 Bujar Nishani
2017-07-24 2022-07-24 Ilir Meta
2022-07-24 - Bajram Begaj
""")
O("Prime Minister of Albania", "ALB", """
1999-10-29 2002-02-22 Ilir Meta
2002-02-22 2002-07-31 Pandeli Majko
2002-07-31 2005-09-10 Fatos Nano
2005-09-10 2013-09-15 Sali Berisha
2013-09-15 - Edi Rama
""")
R("Sali Berisha", "Leader of the Democratic Party of Albania", "ALB", "OPP", "2022-06-11", None)
P("Edi Rama", "")
P("Sali Berisha", "Berisha")
P("Ilir Meta", "")
P("Fatos Nano", "")
P("Bajram Begaj", "Begaj")

# ---------------- Kosovo (PLOVER code KOS) ----------------
O("President of Kosovo", "KOS", """
2002-03-04 2006-01-21 Ibrahim Rugova
2006-02-10 2010-09-27 Fatmir Sejdiu
2011-02-22 2011-04-04 Behgjet Pacolli
2011-04-07 2016-04-07 Atifete Jahjaga
2016-04-07 2020-11-05 Hashim Thaçi
2021-04-04 - Vjosa Osmani
""")
O("Acting President of Kosovo", "KOS", """
2020-11-05 2021-03-22 Vjosa Osmani
""")
O("Prime Minister of Kosovo", "KOS", """
2002-03-04 2004-12-03 Bajram Rexhepi
2004-12-03 2005-03-08 Ramush Haradinaj
2005-03-25 2006-03-10 Bajram Kosumi
2006-03-10 2008-01-09 Agim Çeku
2008-01-09 2014-12-09 Hashim Thaçi
2014-12-09 2017-09-09 Isa Mustafa
2017-09-09 2020-02-03 Ramush Haradinaj
2020-02-03 2020-06-03 Albin Kurti
2020-06-03 2021-03-22 Avdullah Hoti
2021-03-22 - Albin Kurti
""")
P("Ibrahim Rugova", "Rugova")
P("Hashim Thaçi", "Thaçi|Thaci|Hashim Thaci")
P("Vjosa Osmani", "Osmani")
P("Albin Kurti", "Kurti")
P("Ramush Haradinaj", "Haradinaj")
P("Agim Çeku", "Çeku|Ceku|Agim Ceku")

# ---------------- Greece ----------------
O("President of Greece", "GRC", """
1995-03-10 2005-03-12 Konstantinos Stephanopoulos
2005-03-12 2015-03-13 Karolos Papoulias
2015-03-13 2020-03-13 Prokopis Pavlopoulos
2020-03-13 2025-03-13 Katerina Sakellaropoulou
2025-03-13 - Konstantinos Tasoulas
""")
O("Prime Minister of Greece", "GRC", """
1996-01-22 2004-03-10 Costas Simitis
2004-03-10 2009-10-06 Kostas Karamanlis
2009-10-06 2011-11-11 George Papandreou
2011-11-11 2012-05-16 Lucas Papademos
2012-05-17 2012-06-20 Panagiotis Pikrammenos
2012-06-20 2015-01-26 Antonis Samaras
2015-01-26 2015-08-27 Alexis Tsipras
2015-08-27 2015-09-21 Vassiliki Thanou-Christophilou
2015-09-21 2019-07-08 Alexis Tsipras
2019-07-08 2023-05-25 Kyriakos Mitsotakis
2023-05-25 2023-06-26 Ioannis Sarmas
2023-06-26 - Kyriakos Mitsotakis
""")
O("Foreign Minister of Greece", "GRC", """
1999-02-18 2004-02-13 George Papandreou
2004-03-10 2006-02-15 Petros Molyviatis
2006-02-15 2009-10-07 Dora Bakoyannis
2015-01-27 2018-10-17 Nikos Kotzias
2019-07-09 2023-05-26 Nikos Dendias
2023-06-27 - Giorgos Gerapetritis
""")
O("Defence Minister of Greece", "GRC", """
2023-06-27 - Nikos Dendias
""")
O("Finance Minister of Greece", "GRC", """
2015-01-27 2015-07-06 Yanis Varoufakis
2015-07-06 2019-07-08 Euclid Tsakalotos
""")
P("Costas Simitis", "Simitis")
P("Kostas Karamanlis", "Karamanlis|Costas Karamanlis")
P("George Papandreou", "Papandreou|Giorgos Papandreou")
P("Lucas Papademos", "Papademos")
P("Antonis Samaras", "Samaras")
P("Alexis Tsipras", "Tsipras")
P("Kyriakos Mitsotakis", "Mitsotakis")
P("Nikos Dendias", "Dendias")
P("Giorgos Gerapetritis", "Gerapetritis|George Gerapetritis")
P("Yanis Varoufakis", "Varoufakis")
P("Nikos Kotzias", "Kotzias")
P("Dora Bakoyannis", "Bakoyannis")
P("Konstantinos Tasoulas", "Tasoulas")
P("Katerina Sakellaropoulou", "Sakellaropoulou")
P("Karolos Papoulias", "Papoulias")
P("Prokopis Pavlopoulos", "Pavlopoulos")

# ---------------- Cyprus ----------------
O("President of Cyprus", "CYP", """
1993-02-28 2003-02-28 Glafcos Clerides
2003-02-28 2008-02-28 Tassos Papadopoulos
2008-02-28 2013-02-28 Demetris Christofias
2013-02-28 2023-02-28 Nicos Anastasiades
2023-02-28 - Nikos Christodoulides
""")
O("Turkish Cypriot Leader", "CYP", sector="PRE", text="""   # President of the (unrecognised) Turkish Republic of Northern Cyprus
1983-11-15 2005-04-24 Rauf Denktaş
2005-04-24 2010-04-23 Mehmet Ali Talat
2010-04-23 2015-04-30 Derviş Eroğlu
2015-04-30 2020-10-23 Mustafa Akıncı
2020-10-23 2025-10-24 Ersin Tatar
2025-10-24 - Tufan Erhürman
""")
P("Glafcos Clerides", "Clerides")
P("Tassos Papadopoulos", "")
P("Demetris Christofias", "Christofias")
P("Nicos Anastasiades", "Anastasiades|Nikos Anastasiades")
P("Nikos Christodoulides", "Christodoulides")
P("Rauf Denktaş", "Denktaş|Denktash|Rauf Denktash")
P("Mehmet Ali Talat", "Talat")
P("Mustafa Akıncı", "Akıncı|Akinci|Mustafa Akinci")
P("Ersin Tatar", "Tatar")
P("Tufan Erhürman", "Erhürman|Erhurman|Tufan Erhurman")

# ---------------- Romania ----------------
O("President of Romania", "ROU", """
1996-11-29 2000-12-20 Emil Constantinescu
2000-12-20 2004-12-20 Ion Iliescu
2004-12-20 2014-12-21 Traian Băsescu
2014-12-21 2025-02-12 Klaus Iohannis
2025-05-26 - Nicușor Dan
""")
O("Acting President of Romania", "ROU", """
2007-04-20 2007-05-23 Nicolae Văcăroiu
2012-07-10 2012-08-27 Crin Antonescu
2025-02-12 2025-05-26 Ilie Bolojan
""")
O("Prime Minister of Romania", "ROU", """
1999-12-22 2000-12-28 Mugur Isărescu
2000-12-28 2004-12-29 Adrian Năstase
2004-12-29 2008-12-22 Călin Popescu-Tăriceanu
2008-12-22 2012-02-06 Emil Boc
2012-02-09 2012-05-07 Mihai Răzvan Ungureanu
2012-05-07 2015-11-04 Victor Ponta
2015-11-17 2017-01-04 Dacian Cioloș
2017-01-04 2017-06-29 Sorin Grindeanu
2017-06-29 2018-01-16 Mihai Tudose
2018-01-29 2019-11-04 Viorica Dăncilă
2019-11-04 2020-12-07 Ludovic Orban
2020-12-23 2021-11-25 Florin Cîțu
2021-11-25 2023-06-15 Nicolae Ciucă
2023-06-15 2025-05-06 Marcel Ciolacu
2025-06-23 - Ilie Bolojan
""")
O("Governor of the National Bank of Romania", "ROU", """
1990-09-04 1999-12-22 Mugur Isărescu
2000-12-28 - Mugur Isărescu
""")
R("Călin Georgescu", "Presidential candidate of Romania (annulled 2024 election)", "ROU", "OPP", "2024-11-24", "2025-03-09")
R("George Simion", "Leader of the Alliance for the Union of Romanians", "ROU", "OPP", "2019-12-01", None)
P("Ion Iliescu", "Iliescu")
P("Traian Băsescu", "Băsescu|Basescu|Traian Basescu")
P("Klaus Iohannis", "Iohannis|Klaus Johannis")
P("Nicușor Dan", "Nicusor Dan")
P("Ilie Bolojan", "Bolojan")
P("Adrian Năstase", "Năstase|Nastase")
P("Călin Popescu-Tăriceanu", "Tăriceanu|Tariceanu|Popescu-Tariceanu")
P("Emil Boc", "")
P("Victor Ponta", "Ponta")
P("Dacian Cioloș", "Cioloș|Ciolos|Dacian Ciolos")
P("Viorica Dăncilă", "Dăncilă|Dancila")
P("Ludovic Orban", "")
P("Florin Cîțu", "Cîțu|Citu|Florin Citu")
P("Nicolae Ciucă", "Ciucă|Ciuca|Nicolae Ciuca")
P("Marcel Ciolacu", "Ciolacu")
P("Mugur Isărescu", "Isărescu|Isarescu")
P("Călin Georgescu", "Calin Georgescu|Georgescu", sector="OPP")
P("George Simion", "Simion", sector="OPP")

# ---------------- Bulgaria ----------------
O("President of Bulgaria", "BGR", """
1997-01-22 2002-01-22 Petar Stoyanov
2002-01-22 2012-01-22 Georgi Parvanov
2012-01-22 2017-01-22 Rosen Plevneliev
2017-01-22 - Rumen Radev
""")
O("Prime Minister of Bulgaria", "BGR", """
1997-05-21 2001-07-24 Ivan Kostov
2001-07-24 2005-08-17 Simeon Saxe-Coburg-Gotha
2005-08-17 2009-07-27 Sergei Stanishev
2009-07-27 2013-03-13 Boyko Borisov
2013-03-13 2013-05-29 Marin Raykov
2013-05-29 2014-08-06 Plamen Oresharski
2014-08-06 2014-11-07 Georgi Bliznashki
2014-11-07 2017-01-27 Boyko Borisov
2017-01-27 2017-05-04 Ognyan Gerdzhikov
2017-05-04 2021-05-12 Boyko Borisov
2021-05-12 2021-12-13 Stefan Yanev
2021-12-13 2022-08-02 Kiril Petkov
2022-08-02 2023-06-06 Galab Donev
2023-06-06 2024-04-09 Nikolai Denkov
2024-04-09 2025-01-16 Dimitar Glavchev
2025-01-16 - Rosen Zhelyazkov
""")
P("Rumen Radev", "Radev")
P("Boyko Borisov", "Borisov|Boiko Borisov")
P("Simeon Saxe-Coburg-Gotha", "Simeon II|Simeon Sakskoburggotski")
P("Sergei Stanishev", "Stanishev")
P("Kiril Petkov", "Petkov")
P("Rosen Zhelyazkov", "Zhelyazkov")
P("Georgi Parvanov", "Parvanov")
P("Rosen Plevneliev", "Plevneliev")
P("Nikolai Denkov", "Denkov")

# ---------------- Baltics ----------------
O("President of Estonia", "EST", """
1992-10-06 2001-10-08 Lennart Meri
2001-10-08 2006-10-09 Arnold Rüütel
2006-10-09 2016-10-10 Toomas Hendrik Ilves
2016-10-10 2021-10-11 Kersti Kaljulaid
2021-10-11 - Alar Karis
""")
O("Prime Minister of Estonia", "EST", """
1999-03-25 2002-01-28 Mart Laar
2002-01-28 2003-04-10 Siim Kallas
2003-04-10 2005-04-13 Juhan Parts
2005-04-13 2014-03-26 Andrus Ansip
2014-03-26 2016-11-23 Taavi Rõivas
2016-11-23 2021-01-26 Jüri Ratas
2021-01-26 2024-07-23 Kaja Kallas
2024-07-23 - Kristen Michal
""")
O("Foreign Minister of Estonia", "EST", """
2005-04-13 2014-11-17 Urmas Paet
2023-04-17 - Margus Tsahkna
""")
P("Toomas Hendrik Ilves", "Ilves")
P("Kersti Kaljulaid", "Kaljulaid")
P("Alar Karis", "Karis")
P("Andrus Ansip", "Ansip")
P("Siim Kallas", "")
P("Kristen Michal", "")
P("Jüri Ratas", "Ratas|Juri Ratas")
P("Margus Tsahkna", "Tsahkna")

O("President of Latvia", "LVA", """
1999-07-08 2007-07-08 Vaira Vīķe-Freiberga
2007-07-08 2011-07-08 Valdis Zatlers
2011-07-08 2015-07-08 Andris Bērziņš
2015-07-08 2019-07-08 Raimonds Vējonis
2019-07-08 2023-07-08 Egils Levits
2023-07-08 - Edgars Rinkēvičs
""")
O("Prime Minister of Latvia", "LVA", """
2002-11-07 2004-03-09 Einars Repše
2004-03-09 2004-12-02 Indulis Emsis
2004-12-02 2007-12-20 Aigars Kalvītis
2007-12-20 2009-03-12 Ivars Godmanis
2009-03-12 2014-01-22 Valdis Dombrovskis
2014-01-22 2016-02-11 Laimdota Straujuma
2016-02-11 2019-01-23 Māris Kučinskis
2019-01-23 2023-09-15 Krišjānis Kariņš
2023-09-15 - Evika Siliņa
""")
O("Foreign Minister of Latvia", "LVA", """
2011-10-25 2023-07-08 Edgars Rinkēvičs
2023-09-15 2024-03-31 Krišjānis Kariņš
2024-04-10 - Baiba Braže
""")
P("Vaira Vīķe-Freiberga", "Vīķe-Freiberga|Vike-Freiberga")
P("Edgars Rinkēvičs", "Rinkēvičs|Rinkevics|Edgars Rinkevics")
P("Egils Levits", "Levits")
P("Krišjānis Kariņš", "Kariņš|Karins|Krisjanis Karins")
P("Evika Siliņa", "Siliņa|Silina|Evika Silina")

O("President of Lithuania", "LTU", """
1998-02-26 2003-02-26 Valdas Adamkus
2003-02-26 2004-04-06 Rolandas Paksas
2004-07-12 2009-07-12 Valdas Adamkus
2009-07-12 2019-07-12 Dalia Grybauskaitė
2019-07-12 - Gitanas Nausėda
""")
O("Acting President of Lithuania", "LTU", """
2004-04-06 2004-07-12 Artūras Paulauskas
""")
O("Prime Minister of Lithuania", "LTU", """
2001-07-03 2006-06-01 Algirdas Brazauskas
2006-07-04 2008-12-09 Gediminas Kirkilas
2008-12-09 2012-12-13 Andrius Kubilius
2012-12-13 2016-12-13 Algirdas Butkevičius
2016-12-13 2020-12-11 Saulius Skvernelis
2020-12-11 2024-12-12 Ingrida Šimonytė
2024-12-12 2025-08-26 Gintautas Paluckas
2025-08-26 - Inga Ruginienė
""")
O("Foreign Minister of Lithuania", "LTU", """
2020-12-07 2024-12-12 Gabrielius Landsbergis
2024-12-12 - Kęstutis Budrys
""")
P("Valdas Adamkus", "Adamkus")
P("Rolandas Paksas", "Paksas")
P("Dalia Grybauskaitė", "Grybauskaitė|Grybauskaite|Dalia Grybauskaite")
P("Gitanas Nausėda", "Nausėda|Nauseda|Gitanas Nauseda")
P("Ingrida Šimonytė", "Šimonytė|Simonyte|Ingrida Simonyte")
P("Gabrielius Landsbergis", "Landsbergis")
P("Saulius Skvernelis", "Skvernelis")
P("Inga Ruginienė", "Ruginienė|Ruginiene")
P("Gintautas Paluckas", "Paluckas")
P("Kęstutis Budrys", "Budrys")

# ---------------- Russia ----------------
O("President of Russia", "RUS", """
2000-05-07 2008-05-07 Vladimir Putin
2008-05-07 2012-05-07 Dmitry Medvedev
2012-05-07 - Vladimir Putin
""")
O("Acting President of Russia", "RUS", """
1999-12-31 2000-05-07 Vladimir Putin
""")
O("Prime Minister of Russia", "RUS", """
1999-08-16 2000-05-07 Vladimir Putin
2000-05-17 2004-02-24 Mikhail Kasyanov
2004-03-05 2007-09-14 Mikhail Fradkov
2007-09-14 2008-05-07 Viktor Zubkov
2008-05-08 2012-05-07 Vladimir Putin
2012-05-08 2020-01-16 Dmitry Medvedev
2020-01-16 - Mikhail Mishustin
""")
O("Acting Prime Minister of Russia", "RUS", """
2004-02-24 2004-03-05 Viktor Khristenko
""")
O("Foreign Minister of Russia", "RUS", """
1998-09-11 2004-03-09 Igor Ivanov
2004-03-09 - Sergey Lavrov
""")
O("Defence Minister of Russia", "RUS", """
1997-05-22 2001-03-28 Igor Sergeyev
2001-03-28 2007-02-15 Sergei Ivanov
2007-02-15 2012-11-06 Anatoly Serdyukov
2012-11-06 2024-05-12 Sergei Shoigu
2024-05-14 - Andrei Belousov
""")
O("Interior Minister of Russia", "RUS", """
1999-05-21 2001-03-28 Vladimir Rushailo
2001-03-28 2003-12-24 Boris Gryzlov
2004-03-09 2012-05-21 Rashid Nurgaliyev
2012-05-21 - Vladimir Kolokoltsev
""")
O("Director of the Federal Security Service of Russia", "RUS", """
1999-08-09 2008-05-12 Nikolai Patrushev
2008-05-12 - Alexander Bortnikov
""", sector="SPY")
O("Secretary of the Security Council of Russia", "RUS", """
2001-03-28 2004-03-09 Vladimir Rushailo
2004-03-09 2007-07-09 Igor Ivanov
2008-05-12 2024-05-12 Nikolai Patrushev
2024-05-12 - Sergei Shoigu
""")
O("Chief of the General Staff of Russia", "RUS", """
1997-05-23 2004-07-19 Anatoly Kvashnin
2004-07-19 2008-06-03 Yuri Baluyevsky
2008-06-03 2012-11-09 Nikolai Makarov
2012-11-09 - Valery Gerasimov
""", sector="MIL")
O("Chairman of the State Duma of Russia", "RUS", """
2003-12-29 2011-12-14 Boris Gryzlov
2011-12-21 2016-10-05 Sergey Naryshkin
2016-10-05 - Vyacheslav Volodin
""", sector="LEG")
O("Chairman of the Federation Council of Russia", "RUS", """
2011-09-21 - Valentina Matviyenko
""", sector="LEG")
O("Director of the Foreign Intelligence Service of Russia", "RUS", """
2016-10-05 - Sergey Naryshkin
""", sector="SPY")
O("Governor of the Central Bank of Russia", "RUS", """
2002-03-20 2013-06-23 Sergey Ignatyev
2013-06-24 - Elvira Nabiullina
""")
O("Head of the Chechen Republic", "RUS", """
2003-10-05 2004-05-09 Akhmad Kadyrov
2007-02-15 - Ramzan Kadyrov
""")
O("Mayor of Moscow", "RUS", """
1992-06-06 2010-09-28 Yury Luzhkov
2010-10-21 - Sergey Sobyanin
""")
O("Kremlin Press Secretary", "RUS", """
2012-05-22 - Dmitry Peskov
""")
R("Dmitry Medvedev", "First Deputy Prime Minister of Russia", "RUS", "GOV", "2005-11-14", "2008-05-07")
R("Dmitry Medvedev", "Deputy Chairman of the Security Council of Russia", "RUS", "GOV", "2020-01-16", None)
R("Sergei Ivanov", "Chief of Staff of the Presidential Administration of Russia", "RUS", "GOV", "2011-12-22", "2016-08-12")
R("Anton Vaino", "Chief of Staff of the Presidential Administration of Russia", "RUS", "GOV", "2016-08-12", None)
R("Alexei Navalny", "Founder of the Anti-Corruption Foundation", "RUS", "OPP", "2011-09-01", "2024-02-16")
R("Yevgeny Prigozhin", "Head of the Wagner Group", "IMG", "PRM", "2014-05-01", "2023-08-23")
R("Dmitry Utkin", "Commander of the Wagner Group", "IMG", "PRM", "2014-05-01", "2023-08-23")
R("Boris Nemtsov", "First Deputy Prime Minister of Russia", "RUS", "GOV", "1997-03-17", "1998-08-28")
R("Gennady Zyuganov", "Leader of the Communist Party of the Russian Federation", "RUS", "OPP", "1993-02-14", None)
R("Vladimir Zhirinovsky", "Leader of the Liberal Democratic Party of Russia", "RUS", "OPP", "1991-12-13", "2022-04-06")
P("Vladimir Putin", "Putin|Vladimir Vladimirovich Putin|V. Putin", wd="Q7747")
P("Dmitry Medvedev", "Medvedev|Dmitri Medvedev|Dmitry Anatolyevich Medvedev", wd="Q23530")
P("Mikhail Mishustin", "Mishustin")
P("Mikhail Kasyanov", "Kasyanov", sector="OPP")
P("Mikhail Fradkov", "Fradkov")
P("Viktor Zubkov", "Zubkov")
P("Sergey Lavrov", "Lavrov|Sergei Lavrov")
P("Igor Ivanov", "")
P("Sergei Ivanov", "Sergey Ivanov")
P("Sergei Shoigu", "Shoigu|Sergey Shoigu")
P("Andrei Belousov", "Belousov|Andrey Belousov")
P("Anatoly Serdyukov", "Serdyukov")
P("Valery Gerasimov", "Gerasimov")
P("Nikolai Patrushev", "Patrushev|Nikolay Patrushev")
P("Alexander Bortnikov", "Bortnikov")
P("Sergey Naryshkin", "Naryshkin|Sergei Naryshkin")
P("Vyacheslav Volodin", "Volodin")
P("Valentina Matviyenko", "Matviyenko")
P("Elvira Nabiullina", "Nabiullina")
P("Ramzan Kadyrov", "Ramzan")
P("Akhmad Kadyrov", "")
P("Sergey Sobyanin", "Sobyanin")
P("Dmitry Peskov", "Peskov")
P("Vladimir Kolokoltsev", "Kolokoltsev")
P("Alexei Navalny", "Navalny|Alexey Navalny|Aleksei Navalny")
P("Yulia Navalnaya", "Navalnaya", country="RUS", sector="OPP")
P("Mikhail Khodorkovsky", "Khodorkovsky", country="RUS", sector="OPP")
P("Boris Nemtsov", "Nemtsov", sector="OPP")
P("Garry Kasparov", "Kasparov", country="RUS", sector="OPP")
P("Vladimir Kara-Murza", "Kara-Murza", country="RUS", sector="OPP")
P("Ilya Yashin", "Yashin", country="RUS", sector="OPP")
P("Yevgeny Prigozhin", "Prigozhin|Evgeny Prigozhin|Yevgeny Prigozhin", country="RUS")
P("Dmitry Utkin", "Utkin", country="RUS")
P("Gennady Zyuganov", "Zyuganov")
P("Vladimir Zhirinovsky", "Zhirinovsky")
P("Boris Gryzlov", "Gryzlov")
P("Rashid Nurgaliyev", "Nurgaliyev")
P("Yury Luzhkov", "Luzhkov|Yuri Luzhkov")
P("Anton Vaino", "Vaino")
P("Sergey Kiriyenko", "Kiriyenko|Sergei Kiriyenko", country="RUS")
R("Sergey Kiriyenko", "First Deputy Chief of Staff of the Presidential Administration of Russia", "RUS", "GOV", "2016-10-05", None)
P("Patriarch Kirill", "Patriarch Kirill of Moscow", country="RUS", sector="REL")
P("Maria Zakharova", "Zakharova", country="RUS")
R("Maria Zakharova", "Spokeswoman of the Russian Foreign Ministry", "RUS", "GOV", "2015-08-10", None)
P("Yuri Ushakov", "Ushakov", country="RUS")
R("Yuri Ushakov", "Foreign Policy Aide to the President of Russia", "RUS", "GOV", "2012-05-21", None)
P("Kirill Dmitriev", "", country="RUS")
R("Kirill Dmitriev", "Special Presidential Envoy for Investment and Economic Cooperation of Russia", "RUS", "GOV", "2025-02-23", None)

# ---------------- Ukraine ----------------
O("President of Ukraine", "UKR", """
1994-07-19 2005-01-23 Leonid Kuchma
2005-01-23 2010-02-25 Viktor Yushchenko
2010-02-25 2014-02-22 Viktor Yanukovych
2014-06-07 2019-05-20 Petro Poroshenko
2019-05-20 - Volodymyr Zelensky
""")
O("Acting President of Ukraine", "UKR", """
2014-02-23 2014-06-07 Oleksandr Turchynov
""")
O("Prime Minister of Ukraine", "UKR", """
1999-12-22 2001-05-29 Viktor Yushchenko
2001-05-29 2002-11-21 Anatoliy Kinakh
2002-11-21 2005-01-05 Viktor Yanukovych
2005-01-24 2005-09-08 Yulia Tymoshenko
2005-09-22 2006-08-04 Yuriy Yekhanurov
2006-08-04 2007-12-18 Viktor Yanukovych
2007-12-18 2010-03-04 Yulia Tymoshenko
2010-03-11 2014-01-28 Mykola Azarov
2014-02-27 2016-04-14 Arseniy Yatsenyuk
2016-04-14 2019-08-29 Volodymyr Groysman
2019-08-29 2020-03-04 Oleksiy Honcharuk
2020-03-04 2025-07-17 Denys Shmyhal
2025-07-17 - Yulia Svyrydenko
""")
O("Foreign Minister of Ukraine", "UKR", """
2000-10-02 2003-09-02 Anatoliy Zlenko
2003-09-02 2005-02-04 Kostyantyn Gryshchenko
2005-02-04 2007-01-30 Borys Tarasyuk
2007-03-21 2007-12-04 Arseniy Yatsenyuk
2007-12-18 2009-03-03 Volodymyr Ohryzko
2009-10-09 2010-03-11 Petro Poroshenko
2010-03-11 2012-12-24 Kostyantyn Gryshchenko
2012-12-24 2014-02-23 Leonid Kozhara
2014-06-19 2019-08-29 Pavlo Klimkin
2019-08-29 2020-03-04 Vadym Prystaiko
2020-03-04 2024-09-05 Dmytro Kuleba
2024-09-05 - Andrii Sybiha
""")
O("Acting Foreign Minister of Ukraine", "UKR", """
2014-02-27 2014-06-19 Andrii Deshchytsia
""")
O("Defence Minister of Ukraine", "UKR", """
2014-07-03 2014-10-14 Valeriy Heletey
2014-10-14 2019-08-29 Stepan Poltorak
2019-08-29 2020-03-04 Andriy Zahorodniuk
2020-03-04 2021-11-03 Andriy Taran
2021-11-04 2023-09-05 Oleksii Reznikov
2023-09-06 2025-07-17 Rustem Umerov
2025-07-17 - Denys Shmyhal
""")
O("Interior Minister of Ukraine", "UKR", """
2014-02-27 2021-07-15 Arsen Avakov
2021-07-16 2023-01-18 Denys Monastyrskyi
2023-02-07 - Ihor Klymenko
""")
O("Commander-in-Chief of the Armed Forces of Ukraine", "UKR", """
2021-07-27 2024-02-08 Valerii Zaluzhnyi
2024-02-08 - Oleksandr Syrskyi
""", sector="MIL")
O("Chief of the Defence Intelligence of Ukraine", "UKR", """
2020-08-05 - Kyrylo Budanov
""", sector="SPY")
O("Head of the Office of the President of Ukraine", "UKR", """
2020-02-11 2025-11-28 Andriy Yermak
""")
O("Secretary of the National Security and Defense Council of Ukraine", "UKR", """
2019-10-03 2024-03-26 Oleksiy Danilov
2025-07-18 - Rustem Umerov
""")
O("Mayor of Kyiv", "UKR", """
2014-06-05 - Vitali Klitschko
""")
O("Head of the Donetsk People's Republic", "UKR", """
2014-08-07 2018-08-31 Alexander Zakharchenko
2018-09-07 - Denis Pushilin
""", sector="PRE")
O("Head of the Luhansk People's Republic", "UKR", """
2014-08-14 2017-11-24 Igor Plotnitsky
2017-11-24 - Leonid Pasechnik
""", sector="PRE")
R("Igor Girkin", "Commander of Donetsk People's Republic forces", "UKR", "REB", "2014-04-12", "2014-08-14")
R("Valerii Zaluzhnyi", "Ambassador of Ukraine to the United Kingdom", "UKR", "GOV", "2024-07-01", None)
R("Yulia Tymoshenko", "Leader of Batkivshchyna", "UKR", "OPP", "2010-03-04", None)
R("Viktor Medvedchuk", "Leader of Opposition Platform — For Life", "UKR", "OPP", "2018-11-09", "2022-03-20")
P("Volodymyr Zelensky", "Zelensky|Zelenskyy|Volodymyr Zelenskyy|Zelenskiy|Volodymyr Zelenskiy", wd="Q3874799")
P("Petro Poroshenko", "Poroshenko", sector="OPP")
P("Viktor Yanukovych", "Yanukovych")
P("Viktor Yushchenko", "Yushchenko")
P("Leonid Kuchma", "Kuchma")
P("Yulia Tymoshenko", "Tymoshenko|Yulia Timoshenko")
P("Arseniy Yatsenyuk", "Yatsenyuk")
P("Volodymyr Groysman", "Groysman|Hroisman")
P("Denys Shmyhal", "Shmyhal")
P("Yulia Svyrydenko", "Svyrydenko")
P("Mykola Azarov", "Azarov")
P("Oleksandr Turchynov", "Turchynov")
P("Dmytro Kuleba", "Kuleba")
P("Andrii Sybiha", "Sybiha|Andriy Sybiha")
P("Pavlo Klimkin", "Klimkin")
P("Oleksii Reznikov", "Reznikov|Oleksiy Reznikov")
P("Rustem Umerov", "Umerov")
P("Valerii Zaluzhnyi", "Zaluzhnyi|Zaluzhny|Valeriy Zaluzhnyi")
P("Oleksandr Syrskyi", "Syrskyi|Syrsky")
P("Kyrylo Budanov", "Budanov")
P("Andriy Yermak", "Yermak|Andrii Yermak")
P("Arsen Avakov", "Avakov")
P("Ihor Klymenko", "Klymenko")
P("Vitali Klitschko", "Klitschko|Vitaliy Klitschko")
P("Denis Pushilin", "Pushilin")
P("Leonid Pasechnik", "Pasechnik")
P("Alexander Zakharchenko", "Zakharchenko")
P("Igor Girkin", "Girkin|Igor Strelkov|Strelkov")
P("Viktor Medvedchuk", "Medvedchuk")
P("Oleksiy Danilov", "Danilov")
P("Vadym Prystaiko", "Prystaiko")

# ---------------- Belarus ----------------
O("President of Belarus", "BLR", """
1994-07-20 - Alexander Lukashenko
""")
O("Prime Minister of Belarus", "BLR", """
2003-12-19 2010-12-28 Sergei Sidorsky
2010-12-28 2014-12-27 Mikhail Myasnikovich
2014-12-27 2018-08-18 Andrei Kobyakov
2018-08-18 2020-06-03 Sergei Rumas
""")
O("Foreign Minister of Belarus", "BLR", """
2012-08-20 2022-11-26 Vladimir Makei
""")
P("Alexander Lukashenko", "Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Lukashenka")
P("Sviatlana Tsikhanouskaya", "Tsikhanouskaya|Svetlana Tikhanovskaya|Tikhanovskaya", country="BLR", sector="OPP")
P("Maria Kalesnikava", "Kalesnikava|Maria Kolesnikova", country="BLR", sector="OPP")
P("Viktar Babaryka", "Babaryka", country="BLR", sector="OPP")
P("Ales Bialiatski", "Bialiatski", country="BLR", sector="OPP")
P("Vladimir Makei", "Makei")

# ---------------- Moldova ----------------
O("President of Moldova", "MDA", """
1997-01-15 2001-04-07 Petru Lucinschi
2001-04-07 2009-09-11 Vladimir Voronin
2012-03-23 2016-12-23 Nicolae Timofti
2016-12-23 2020-12-24 Igor Dodon
2020-12-24 - Maia Sandu
""")
O("Acting President of Moldova", "MDA", """
2009-09-11 2010-12-28 Mihai Ghimpu
2010-12-30 2012-03-23 Marian Lupu
""")
O("Prime Minister of Moldova", "MDA", """
2001-04-19 2008-03-31 Vasile Tarlev
2008-03-31 2009-09-14 Zinaida Greceanîi
2009-09-25 2013-05-30 Vlad Filat
2013-05-30 2015-02-18 Iurie Leancă
2015-02-18 2015-06-22 Chiril Gaburici
2015-07-30 2015-10-29 Valeriu Streleț
2016-01-20 2019-06-08 Pavel Filip
2019-06-08 2019-11-14 Maia Sandu
2019-11-14 2020-12-31 Ion Chicu
2021-08-06 2023-02-16 Natalia Gavrilița
2023-02-16 2025-11-01 Dorin Recean
2025-11-01 - Alexandru Munteanu
""")
P("Vladimir Voronin", "Voronin")
P("Igor Dodon", "Dodon")
P("Maia Sandu", "Sandu")
P("Vlad Filat", "Filat")
P("Ilan Shor", "Shor|Ilan Șor", country="MDA", sector="OPP")
P("Dorin Recean", "Recean")
P("Natalia Gavrilița", "Gavrilița|Gavrilita")
P("Alexandru Munteanu", "")
P("Vadim Krasnoselsky", "Krasnoselsky", country="MDA")
R("Vadim Krasnoselsky", "President of Transnistria", "MDA", "PRE", "2016-12-16", None)
R("Yevgeny Shevchuk", "President of Transnistria", "MDA", "PRE", "2011-12-30", "2016-12-16")
R("Igor Smirnov", "President of Transnistria", "MDA", "PRE", "1991-09-02", "2011-12-30")

# Georgia, Armenia, Azerbaijan: covered by the Asia file (asia.yaml), not here.

# ================= ORGANISATIONS =================
# parties
ORG("Labour Party (UK)", "GBR", "PTY", "UK Labour Party|British Labour Party")
ORG("Conservative Party (UK)", "GBR", "PTY", "Tory Party|Tories|Conservative and Unionist Party")
ORG("Liberal Democrats (UK)", "GBR", "PTY", "Lib Dems|Liberal Democrats")
ORG("Scottish National Party", "GBR", "PTY", "SNP")
ORG("Reform UK", "GBR", "PTY", "Brexit Party")
ORG("UK Independence Party", "GBR", "PTY", "UKIP")
ORG("Democratic Unionist Party", "GBR", "PTY", "DUP")
ORG("Sinn Féin", "IRL", "PTY", "Sinn Fein")
ORG("Fianna Fáil", "IRL", "PTY", "Fianna Fail")
ORG("Fine Gael", "IRL", "PTY", "")
ORG("Renaissance (France)", "FRA", "PTY", "La République En Marche|LREM|En Marche")
ORG("National Rally", "FRA", "PTY", "Rassemblement National|RN|National Front|Front National")
ORG("La France Insoumise", "FRA", "PTY", "LFI|France Unbowed")
ORG("The Republicans (France)", "FRA", "PTY", "Les Républicains|UMP")
ORG("Socialist Party (France)", "FRA", "PTY", "Parti Socialiste|French Socialist Party")
ORG("New Popular Front", "FRA", "PTY", "Nouveau Front Populaire|NFP")
ORG("Christian Democratic Union of Germany", "DEU", "PTY", "CDU|Christian Democratic Union")
ORG("Christian Social Union in Bavaria", "DEU", "PTY", "CSU")
ORG("Social Democratic Party of Germany", "DEU", "PTY", "SPD")
ORG("Alliance 90/The Greens", "DEU", "PTY", "German Greens|Die Grünen|Bündnis 90/Die Grünen")
ORG("Free Democratic Party (Germany)", "DEU", "PTY", "FDP")
ORG("Alternative for Germany", "DEU", "PTY", "AfD|Alternative für Deutschland")
ORG("Die Linke", "DEU", "PTY", "The Left (Germany)")
ORG("Sahra Wagenknecht Alliance", "DEU", "PTY", "BSW")
ORG("Brothers of Italy", "ITA", "PTY", "Fratelli d'Italia|FdI")
ORG("Lega", "ITA", "PTY", "Northern League|Lega Nord|League (Italy)")
ORG("Forza Italia", "ITA", "PTY", "")
ORG("Democratic Party (Italy)", "ITA", "PTY", "Partito Democratico")
ORG("Five Star Movement", "ITA", "PTY", "M5S|Movimento 5 Stelle")
ORG("Spanish Socialist Workers' Party", "ESP", "PTY", "PSOE")
ORG("People's Party (Spain)", "ESP", "PTY", "Partido Popular")
ORG("Vox", "ESP", "PTY", "")
ORG("Podemos", "ESP", "PTY", "")
ORG("Sumar", "ESP", "PTY", "")
ORG("Junts per Catalunya", "ESP", "PTY", "Junts")
ORG("Republican Left of Catalonia", "ESP", "PTY", "ERC|Esquerra Republicana")
ORG("Basque Nationalist Party", "ESP", "PTY", "PNV|EAJ-PNV")
ORG("EH Bildu", "ESP", "PTY", "Bildu")
ORG("Socialist Party (Portugal)", "PRT", "PTY", "Partido Socialista")
ORG("Social Democratic Party (Portugal)", "PRT", "PTY", "PSD (Portugal)")
ORG("Chega", "PRT", "PTY", "")
ORG("Party for Freedom", "NLD", "PTY", "PVV|Partij voor de Vrijheid")
ORG("People's Party for Freedom and Democracy", "NLD", "PTY", "VVD")
ORG("Democrats 66", "NLD", "PTY", "D66")
ORG("GroenLinks–PvdA", "NLD", "PTY", "GroenLinks-PvdA|GL-PvdA")
ORG("New Flemish Alliance", "BEL", "PTY", "N-VA")
ORG("Vlaams Belang", "BEL", "PTY", "")
ORG("Austrian People's Party", "AUT", "PTY", "ÖVP|OVP")
ORG("Freedom Party of Austria", "AUT", "PTY", "FPÖ|FPO")
ORG("Social Democratic Party of Austria", "AUT", "PTY", "SPÖ|SPO")
ORG("Swiss People's Party", "CHE", "PTY", "SVP|UDC")
ORG("Swedish Social Democratic Party", "SWE", "PTY", "Swedish Social Democrats")
ORG("Sweden Democrats", "SWE", "PTY", "Sverigedemokraterna")
ORG("Moderate Party", "SWE", "PTY", "Moderaterna")
ORG("Social Democrats (Denmark)", "DNK", "PTY", "Socialdemokratiet")
ORG("Labour Party (Norway)", "NOR", "PTY", "Arbeiderpartiet")
ORG("Progress Party (Norway)", "NOR", "PTY", "Fremskrittspartiet")
ORG("National Coalition Party", "FIN", "PTY", "Kokoomus")
ORG("Finns Party", "FIN", "PTY", "True Finns|Perussuomalaiset")
ORG("Law and Justice", "POL", "PTY", "PiS|Prawo i Sprawiedliwość")
ORG("Civic Platform", "POL", "PTY", "Platforma Obywatelska|Civic Coalition|Koalicja Obywatelska")
ORG("Polish People's Party", "POL", "PTY", "PSL")
ORG("Confederation Liberty and Independence", "POL", "PTY", "Konfederacja")
ORG("Fidesz", "HUN", "PTY", "Fidesz–Hungarian Civic Alliance")
ORG("Tisza Party", "HUN", "PTY", "Tisza|Respect and Freedom Party")
ORG("Jobbik", "HUN", "PTY", "")
ORG("ANO 2011", "CZE", "PTY", "ANO")
ORG("Civic Democratic Party (Czech Republic)", "CZE", "PTY", "ODS")
ORG("Freedom and Direct Democracy", "CZE", "PTY", "SPD (Czech)")
ORG("Smer–Social Democracy", "SVK", "PTY", "Smer|Smer-SD")
ORG("Progressive Slovakia", "SVK", "PTY", "Progresívne Slovensko")
ORG("Hlas–Social Democracy", "SVK", "PTY", "Hlas")
ORG("Social Democratic Party (Romania)", "ROU", "PTY", "PSD (Romania)")
ORG("National Liberal Party (Romania)", "ROU", "PTY", "PNL")
ORG("Alliance for the Union of Romanians", "ROU", "PTY", "AUR")
ORG("Save Romania Union", "ROU", "PTY", "USR")
ORG("GERB", "BGR", "PTY", "Citizens for European Development of Bulgaria")
ORG("Vazrazhdane", "BGR", "PTY", "Revival (Bulgaria)")
ORG("Movement for Rights and Freedoms", "BGR", "PTY", "DPS")
ORG("Bulgarian Socialist Party", "BGR", "PTY", "BSP")
ORG("New Democracy (Greece)", "GRC", "PTY", "Nea Dimokratia")
ORG("Syriza", "GRC", "PTY", "SYRIZA")
ORG("PASOK", "GRC", "PTY", "Panhellenic Socialist Movement")
ORG("Golden Dawn", "GRC", "PTY", "Chrysi Avgi")
ORG("Democratic Rally", "CYP", "PTY", "DISY")
ORG("AKEL", "CYP", "PTY", "Progressive Party of Working People")
ORG("Labour Party (Malta)", "MLT", "PTY", "Maltese Labour Party")
ORG("Croatian Democratic Union", "HRV", "PTY", "HDZ")
ORG("Social Democratic Party of Croatia", "HRV", "PTY", "SDP (Croatia)")
ORG("Slovenian Democratic Party", "SVN", "PTY", "SDS")
ORG("Freedom Movement (Slovenia)", "SVN", "PTY", "Gibanje Svoboda")
ORG("Serbian Progressive Party", "SRB", "PTY", "SNS (Serbia)|Srpska napredna stranka")
ORG("Socialist Party of Serbia", "SRB", "PTY", "SPS")
ORG("Democratic Party of Socialists of Montenegro", "MNE", "PTY", "DPS (Montenegro)")
ORG("Europe Now!", "MNE", "PTY", "Europe Now")
ORG("Alliance of Independent Social Democrats", "BIH", "PTY", "SNSD")
ORG("Party of Democratic Action", "BIH", "PTY", "SDA")
ORG("VMRO-DPMNE", "MKD", "PTY", "")
ORG("Social Democratic Union of Macedonia", "MKD", "PTY", "SDSM")
ORG("Socialist Party of Albania", "ALB", "PTY", "Albanian Socialist Party")
ORG("Democratic Party of Albania", "ALB", "PTY", "")
ORG("Vetëvendosje", "KOS", "PTY", "Vetevendosje|Self-Determination Movement")
ORG("Democratic Party of Kosovo", "KOS", "PTY", "PDK")
ORG("Estonian Reform Party", "EST", "PTY", "Reform Party (Estonia)")
ORG("New Unity", "LVA", "PTY", "Jaunā Vienotība")
ORG("Homeland Union", "LTU", "PTY", "TS-LKD")
ORG("Social Democratic Party of Lithuania", "LTU", "PTY", "LSDP")
ORG("United Russia", "RUS", "PTY", "Yedinaya Rossiya")
ORG("Communist Party of the Russian Federation", "RUS", "PTY", "CPRF|KPRF")
ORG("Liberal Democratic Party of Russia", "RUS", "PTY", "LDPR")
ORG("A Just Russia", "RUS", "PTY", "")
ORG("Anti-Corruption Foundation", "RUS", "OPP", "FBK|Navalny's Anti-Corruption Foundation")
ORG("Servant of the People", "UKR", "PTY", "Sluha Narodu")
ORG("European Solidarity", "UKR", "PTY", "")
ORG("Batkivshchyna", "UKR", "PTY", "Fatherland party|All-Ukrainian Union Fatherland")
ORG("Party of Regions", "UKR", "PTY", "")
ORG("Opposition Platform — For Life", "UKR", "PTY", "OPZZh|Opposition Platform For Life")
ORG("Party of Action and Solidarity", "MDA", "PTY", "PAS")
ORG("Party of Socialists of the Republic of Moldova", "MDA", "PTY", "PSRM")
# armed / separatist / criminal groups
ORG("ETA", "ESP", "REB", "Euskadi Ta Askatasuna|Basque separatist group ETA")
ORG("Provisional Irish Republican Army", "GBR", "REB", "Provisional IRA|PIRA|IRA|Irish Republican Army")
ORG("Real IRA", "GBR", "REB", "Real Irish Republican Army|RIRA")
ORG("Continuity IRA", "GBR", "REB", "Continuity Irish Republican Army|CIRA")
ORG("New IRA", "GBR", "REB", "")
ORG("Óglaigh na hÉireann (splinter group)", "GBR", "REB", "ONH")
ORG("Ulster Volunteer Force", "GBR", "PRM", "UVF")
ORG("Ulster Defence Association", "GBR", "PRM", "")
ORG("Revolutionary Organization 17 November", "GRC", "REB", "17 November|17N|November 17")
ORG("Revolutionary Struggle", "GRC", "REB", "Epanastatikos Agonas")
ORG("Conspiracy of Fire Nuclei", "GRC", "REB", "")
ORG("National Liberation Front of Corsica", "FRA", "REB", "FLNC")
ORG("Kosovo Liberation Army", "KOS", "REB", "KLA|UÇK|UCK")
ORG("National Liberation Army (Macedonia)", "MKD", "REB", "")
ORG("Caucasus Emirate", "RUS", "REB", "Imarat Kavkaz")
ORG("Chechen Republic of Ichkeria", "RUS", "REB", "Ichkeria")
ORG("Russian Volunteer Corps", "RUS", "REB", "RDK")
ORG("Freedom of Russia Legion", "RUS", "REB", "")
ORG("Donetsk People's Republic", "UKR", "PRE", "DPR|DNR")
ORG("Luhansk People's Republic", "UKR", "PRE", "LPR|LNR")
ORG("Transnistria", "MDA", "PRE", "Pridnestrovian Moldavian Republic|Pridnestrovie")
ORG("Turkish Republic of Northern Cyprus", "CYP", "PRE", "TRNC|Northern Cyprus")
ORG("'Ndrangheta", "ITA", "CRM", "Ndrangheta|’Ndrangheta")
ORG("Camorra", "ITA", "CRM", "")
ORG("Cosa Nostra", "ITA", "CRM", "Sicilian Mafia")
ORG("Sacra Corona Unita", "ITA", "CRM", "")
ORG("Mocro Maffia", "NLD", "CRM", "Mocro Mafia")
ORG("Foxtrot network", "SWE", "CRM", "Foxtrot criminal network")
ORG("Rumba network", "SWE", "CRM", "")
ORG("Kavač clan", "MNE", "CRM", "Kavac clan")
ORG("Škaljari clan", "MNE", "CRM", "Skaljari clan")
ORG("Solntsevskaya Bratva", "RUS", "CRM", "Solntsevskaya gang")
ORG("Hells Angels", "IMG", "CRM", "Hells Angels Motorcycle Club")
ORG("Night Wolves", "RUS", "PRM", "")
ORG("Azov Brigade", "UKR", "MIL", "Azov Regiment|Azov Battalion")

# ---------------- additions: defence ministers etc. ----------------
O("Defence Minister of the Netherlands", "NLD", """
2022-01-10 2024-07-02 Kajsa Ollongren
2024-07-02 - Ruben Brekelmans
""")
O("Defence Minister of Belgium", "BEL", """
2025-02-03 - Theo Francken
""")
O("Defence Minister of Portugal", "PRT", """
2024-04-02 - Nuno Melo
""")
P("Ruben Brekelmans", "Brekelmans")
P("Theo Francken", "Francken")
O("Chairman of the Swiss National Bank", "CHE", """
2012-04-18 2025-09-30 Thomas Jordan
2025-10-01 - Martin Schlegel
""")
O("Governor of Sveriges Riksbank", "SWE", """
2006-01-01 2022-12-31 Stefan Ingves
2023-01-01 - Erik Thedéen
""")
O("Governor of Norges Bank", "NOR", """
2011-01-01 2021-02-28 Øystein Olsen
2021-03-01 - Ida Wolden Bache
""")
O("Governor of the Hungarian National Bank", "HUN", """
2013-03-04 2025-03-03 György Matolcsy
2025-03-04 - Mihály Varga
""")
O("Governor of the National Bank of Ukraine", "UKR", """
2022-10-07 - Andriy Pyshnyy
""")
O("Governor of the Czech National Bank", "CZE", """
2022-07-01 - Aleš Michl
""")
O("Interior Minister of Poland", "POL", """
2023-12-13 2024-05-13 Marcin Kierwiński
2024-05-13 2025-07-24 Tomasz Siemoniak
2025-07-24 - Marcin Kierwiński
""")
O("Chairman of the Verkhovna Rada", "UKR", """
2019-08-29 2021-10-07 Dmytro Razumkov
2021-10-08 - Ruslan Stefanchuk
""", sector="LEG")
P("Thomas Jordan", "")
P("György Matolcsy", "Matolcsy")
P("Ruslan Stefanchuk", "Stefanchuk")
O("Vice-Chancellor of Germany", "DEU", """
1998-10-27 2005-11-22 Joschka Fischer
2005-11-22 2007-11-21 Franz Müntefering
2007-11-21 2009-10-28 Frank-Walter Steinmeier
2009-10-28 2011-05-16 Guido Westerwelle
2011-05-16 2013-12-17 Philipp Rösler
2013-12-17 2018-03-14 Sigmar Gabriel
2018-03-14 2021-12-08 Olaf Scholz
2021-12-08 2025-05-06 Robert Habeck
2025-05-06 - Lars Klingbeil
""")
O("Speaker of the House of Commons", "GBR", """
2009-06-22 2019-11-04 John Bercow
2019-11-04 - Lindsay Hoyle
""", sector="LEG")
O("President of the National Assembly of France", "FRA", """
2022-06-28 - Yaël Braun-Pivet
""", sector="LEG")
R("Giuseppe Conte", "President of the Five Star Movement", "ITA", "OPP", "2021-08-06", None)
P("Robert Habeck", "Habeck")
P("Franz Müntefering", "Müntefering|Muentefering")
P("Philipp Rösler", "Rösler|Roesler")
P("John Bercow", "Bercow")
P("Lindsay Hoyle", "")
P("Yaël Braun-Pivet", "Braun-Pivet|Yael Braun-Pivet")
P("Éric Zemmour", "Zemmour|Eric Zemmour", country="FRA", sector="OPP")
P("Tino Chrupalla", "Chrupalla", country="DEU", sector="OPP")
O("Head of Government of Andorra", "AND", """
1994-12-07 2005-05-27 Marc Forné Molné
2005-05-27 2009-06-05 Albert Pintat
2009-06-05 2011-05-12 Jaume Bartumeu
2011-05-12 2019-05-16 Antoni Martí
2019-05-16 - Xavier Espot Zamora
""")
O("Prime Minister of Liechtenstein", "LIE", """
2001-04-05 2009-03-25 Otmar Hasler
2009-03-25 2013-03-27 Klaus Tschütscher
2013-03-27 2021-03-25 Adrian Hasler
2021-03-25 2025-04-10 Daniel Risch
2025-04-10 - Brigitte Haas
""")
R("Rolandas Paksas", "Prime Minister of Lithuania", "LTU", "GOV", "2000-10-26", "2001-06-20")
O("Foreign Minister of Denmark", "DNK", """
2001-11-27 2010-02-23 Per Stig Møller
2010-02-23 2011-10-03 Lene Espersen
2011-10-03 2013-12-12 Villy Søvndal
2013-12-12 2015-06-28 Martin Lidegaard
2015-06-28 2016-11-28 Kristian Jensen
2016-11-28 2019-06-27 Anders Samuelsen
2019-06-27 2022-12-15 Jeppe Kofod
""")
O("Foreign Minister of Croatia", "HRV", """
2019-07-19 - Gordan Grlić Radman
""")
P("Gordan Grlić Radman", "Grlić Radman|Grlic Radman")
