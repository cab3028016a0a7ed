# Americas: succession tables. Lines: START END Name   (END "-" = still in office as of 2026-11;
# "A:" prefix = acting holder -> office "Acting <office>")
# ruff: noqa: F821

# ---------------- United States ----------------
O("President of the United States", "USA", """
1993-01-20 2001-01-20 Bill Clinton
2001-01-20 2009-01-20 George W. Bush
2009-01-20 2017-01-20 Barack Obama
2017-01-20 2021-01-20 Donald Trump
2021-01-20 2025-01-20 Joe Biden
2025-01-20 - Donald Trump
""")
O("Vice President of the United States", "USA", """
1993-01-20 2001-01-20 Al Gore
2001-01-20 2009-01-20 Dick Cheney
2009-01-20 2017-01-20 Joe Biden
2017-01-20 2021-01-20 Mike Pence
2021-01-20 2025-01-20 Kamala Harris
2025-01-20 - JD Vance
""")
O("Foreign Minister of the United States", "USA", """   # Secretary of State
1997-01-23 2001-01-20 Madeleine Albright
2001-01-20 2005-01-26 Colin Powell
2005-01-26 2009-01-20 Condoleezza Rice
2009-01-21 2013-02-01 Hillary Clinton
2013-02-01 2017-01-20 John Kerry
2017-02-01 2018-03-31 Rex Tillerson
2018-04-26 2021-01-20 Mike Pompeo
2021-01-26 2025-01-20 Antony Blinken
2025-01-21 - Marco Rubio
""")
O("Defence Minister of the United States", "USA", """   # Secretary of Defense / of War
1997-01-24 2001-01-20 William Cohen
2001-01-20 2006-12-18 Donald Rumsfeld
2006-12-18 2011-07-01 Robert Gates
2011-07-01 2013-02-26 Leon Panetta
2013-02-27 2015-02-17 Chuck Hagel
2015-02-17 2017-01-20 Ash Carter
2017-01-20 2019-01-01 Jim Mattis
2019-07-23 2020-11-09 Mark Esper
2021-01-22 2025-01-20 Lloyd Austin
2025-01-25 - Pete Hegseth
""")
O("Acting Defence Minister of the United States", "USA", """
2019-01-01 2019-06-23 Patrick Shanahan
""")
O("Interior Minister of the United States", "USA", """   # Secretary of Homeland Security
2003-01-24 2005-02-01 Tom Ridge
2005-02-15 2009-01-21 Michael Chertoff
2009-01-21 2013-09-06 Janet Napolitano
2013-12-23 2017-01-20 Jeh Johnson
2017-01-20 2017-07-31 John F. Kelly
2017-12-06 2019-04-10 Kirstjen Nielsen
2021-02-02 2025-01-20 Alejandro Mayorkas
2025-01-25 - Kristi Noem
""")
O("Attorney General of the United States", "USA", """
2001-02-02 2005-02-03 John Ashcroft
2005-02-03 2007-09-17 Alberto Gonzales
2007-11-09 2009-01-20 Michael Mukasey
2009-02-03 2015-04-27 Eric Holder
2015-04-27 2017-01-20 Loretta Lynch
2017-02-09 2018-11-07 Jeff Sessions
2019-02-14 2020-12-23 William Barr
2021-03-11 2025-01-20 Merrick Garland
2025-02-05 - Pam Bondi
""")
O("National Security Advisor of the United States", "USA", """
2001-01-20 2005-01-26 Condoleezza Rice
2005-01-26 2009-01-20 Stephen Hadley
2009-01-20 2010-10-08 James L. Jones
2010-10-08 2013-07-01 Tom Donilon
2013-07-01 2017-01-20 Susan Rice
2017-01-20 2017-02-13 Michael Flynn
2017-02-20 2018-04-09 H. R. McMaster
2018-04-09 2019-09-10 John Bolton
2019-09-18 2021-01-20 Robert O'Brien
2021-01-20 2025-01-20 Jake Sullivan
2025-01-20 2025-05-01 Mike Waltz
""")
R("Marco Rubio", "Acting National Security Advisor of the United States", "USA", "GOV", "2025-05-01", None)
O("Director of the Central Intelligence Agency", "USA", sector="SPY", text="""
2004-09-24 2006-05-26 Porter Goss
2006-05-30 2009-02-12 Michael Hayden
2009-02-13 2011-06-30 Leon Panetta
2011-09-06 2012-11-09 David Petraeus
2013-03-08 2017-01-20 John Brennan
2017-01-23 2018-04-26 Mike Pompeo
2018-05-21 2021-01-20 Gina Haspel
2021-03-19 2025-01-20 William Burns
2025-01-23 - John Ratcliffe
""")
O("Director of the Federal Bureau of Investigation", "USA", """
2001-09-04 2013-09-04 Robert Mueller
2013-09-04 2017-05-09 James Comey
2017-08-02 2025-01-19 Christopher Wray
2025-02-21 - Kash Patel
""", sector="COP")
O("Chair of the Federal Reserve", "USA", """
1987-08-11 2006-01-31 Alan Greenspan
2006-02-01 2014-01-31 Ben Bernanke
2014-02-03 2018-02-03 Janet Yellen
2018-02-05 2026-05-15 Jerome Powell
""")
O("Treasury Secretary of the United States", "USA", """
2001-01-20 2002-12-31 Paul O'Neill
2003-02-03 2006-06-30 John W. Snow
2006-07-10 2009-01-20 Henry Paulson
2009-01-26 2013-01-25 Timothy Geithner
2013-02-28 2017-01-20 Jack Lew
2017-02-13 2021-01-20 Steven Mnuchin
2021-01-26 2025-01-20 Janet Yellen
2025-01-28 - Scott Bessent
""")
O("Chairman of the Joint Chiefs of Staff", "USA", """
1997-10-01 2001-10-01 Hugh Shelton
2001-10-01 2005-09-30 Richard Myers
2005-09-30 2007-10-01 Peter Pace
2007-10-01 2011-09-30 Mike Mullen
2011-10-01 2015-09-25 Martin Dempsey
2015-10-01 2019-09-30 Joseph Dunford
2019-10-01 2023-09-29 Mark Milley
2023-10-01 2025-02-21 Charles Q. Brown Jr.
2025-04-11 - Dan Caine
""", sector="MIL")
O("Speaker of the United States House of Representatives", "USA", """
1999-01-06 2007-01-03 Dennis Hastert
2007-01-04 2011-01-03 Nancy Pelosi
2011-01-05 2015-10-29 John Boehner
2015-10-29 2019-01-03 Paul Ryan
2019-01-03 2023-01-03 Nancy Pelosi
2023-01-07 2023-10-03 Kevin McCarthy
2023-10-25 - Mike Johnson
""", sector="LEG")
O("Senate Majority Leader of the United States", "USA", """
2007-01-03 2015-01-03 Harry Reid
2015-01-03 2021-01-20 Mitch McConnell
2021-01-20 2025-01-03 Chuck Schumer
2025-01-03 - John Thune
""", sector="LEG")
P("Bill Clinton", "William Jefferson Clinton|William J. Clinton", wd="Q1124")
P("George W. Bush", "George Bush|G.W. Bush|George Walker Bush", wd="Q207")
P("Barack Obama", "Obama|Barack Hussein Obama", wd="Q76")
P("Donald Trump", "Trump|Donald J. Trump|Donald John Trump", wd="Q22686")
P("Joe Biden", "Biden|Joseph Biden|Joseph R. Biden", wd="Q6279")
P("Kamala Harris", "Kamala", wd="Q10853588")
P("JD Vance", "J.D. Vance|James David Vance")
P("Hillary Clinton", "Hillary Rodham Clinton|Hillary", wd="Q6294")
P("Condoleezza Rice", "Condi Rice")
P("Colin Powell", "")
R("Carlos Holmes Trujillo", "Defence Minister of Colombia", "COL", "GOV", "2019-11-12", "2021-01-26")
P("Jerome Powell", "Jay Powell")
P("Mike Pompeo", "Pompeo")
P("Marco Rubio", "Rubio")
P("Pete Hegseth", "Hegseth")
P("Lloyd Austin", "Lloyd J. Austin")
P("Ash Carter", "Ashton Carter")
P("Jim Mattis", "Mattis|James Mattis")
P("Mike Johnson", "")
P("Mitch McConnell", "")
P("Jeh Johnson", "")
P("John F. Kelly", "John Kelly")
P("Alan Greenspan", "Greenspan")
P("Janet Yellen", "Yellen")
P("Charles Q. Brown Jr.", "CQ Brown")
P("Dan Caine", "")
P("Susan Rice", "")
P("Robert Mueller", "Mueller")
P("Kristi Noem", "Noem")
P("Mike Waltz", "Waltz")
P("Alejandro Mayorkas", "Mayorkas")
P("Donald Rumsfeld", "Rumsfeld")
P("Dick Cheney", "Cheney")
P("Robert Gates", "")
P("Al Gore", "Gore")
P("Bernie Sanders", "Sanders", country="USA")
R("Bernie Sanders", "United States Senator from Vermont", "USA", "LEG", "2007-01-03", None)
R("Robert F. Kennedy Jr.", "Health Secretary of the United States", "USA", "GOV", "2025-02-13", None)
P("Robert F. Kennedy Jr.", "RFK Jr.")
R("Elon Musk", "Head of the Department of Government Efficiency", "USA", "GOV", "2025-01-20", "2025-05-30")
P("Elon Musk", "Musk", country="USA", sector="BUS")
R("Tulsi Gabbard", "Director of National Intelligence of the United States", "USA", "SPY", "2025-02-12", None)
P("Tulsi Gabbard", "Gabbard")
R("Stephen Miller", "White House Deputy Chief of Staff", "USA", "GOV", "2025-01-20", None)
P("Stephen Miller", "")
R("Steve Witkoff", "United States Special Envoy", "USA", "GOV", "2025-01-20", None)
P("Steve Witkoff", "Witkoff|Steven Witkoff")
R("Susie Wiles", "White House Chief of Staff", "USA", "GOV", "2025-01-20", None)
P("Susie Wiles", "")

# ---------------- Canada ----------------
O("Prime Minister of Canada", "CAN", """
1993-11-04 2003-12-12 Jean Chrétien
2003-12-12 2006-02-06 Paul Martin
2006-02-06 2015-11-04 Stephen Harper
2015-11-04 2025-03-14 Justin Trudeau
2025-03-14 - Mark Carney
""")
O("Foreign Minister of Canada", "CAN", """
2000-10-17 2002-01-15 John Manley
2002-01-16 2004-07-20 Bill Graham
2004-07-20 2006-02-06 Pierre Pettigrew
2006-02-06 2007-08-14 Peter MacKay
2007-08-14 2008-05-26 Maxime Bernier
2008-05-26 2008-10-30 David Emerson
2008-10-30 2011-05-18 Lawrence Cannon
2011-05-18 2015-02-09 John Baird
2015-02-09 2015-11-04 Rob Nicholson
2015-11-04 2017-01-10 Stéphane Dion
2017-01-10 2019-11-20 Chrystia Freeland
2019-11-20 2021-01-12 François-Philippe Champagne
2021-01-12 2021-10-26 Marc Garneau
2021-10-26 2025-05-13 Mélanie Joly
2025-05-13 - Anita Anand
""")
O("Defence Minister of Canada", "CAN", """
2004-07-20 2006-02-06 Bill Graham
2006-02-06 2007-08-14 Gordon O'Connor
2007-08-14 2013-07-15 Peter MacKay
2013-07-15 2015-02-09 Rob Nicholson
2015-02-09 2015-11-04 Jason Kenney
2015-11-04 2021-10-26 Harjit Sajjan
2021-10-26 2023-07-26 Anita Anand
2023-07-26 2025-05-13 Bill Blair
2025-05-13 - David McGuinty
""")
O("Governor of the Bank of Canada", "CAN", """
2008-02-01 2013-06-01 Mark Carney
2013-06-03 2020-06-02 Stephen Poloz
2020-06-03 - Tiff Macklem
""")
P("Jean Chrétien", "Chrétien|Chretien|Jean Chretien")
P("Stephen Harper", "Harper", wd="Q206")
P("Justin Trudeau", "Trudeau", wd="Q3099714")
P("Mark Carney", "Carney")
P("Chrystia Freeland", "Freeland")
P("Mélanie Joly", "Joly|Melanie Joly")
P("Pierre Poilievre", "Poilievre", country="CAN")
R("Pierre Poilievre", "Leader of the Conservative Party of Canada", "CAN", "OPP", "2022-09-10", None)
R("Chrystia Freeland", "Deputy Prime Minister of Canada", "CAN", "GOV", "2019-11-20", "2024-12-16")

# ---------------- Mexico ----------------
O("President of Mexico", "MEX", """
1994-12-01 2000-12-01 Ernesto Zedillo
2000-12-01 2006-12-01 Vicente Fox
2006-12-01 2012-12-01 Felipe Calderón
2012-12-01 2018-12-01 Enrique Peña Nieto
2018-12-01 2024-10-01 Andrés Manuel López Obrador
2024-10-01 - Claudia Sheinbaum
""")
O("Foreign Minister of Mexico", "MEX", """
2000-12-01 2003-01-10 Jorge Castañeda
2003-01-10 2006-12-01 Luis Ernesto Derbez
2006-12-01 2012-12-01 Patricia Espinosa
2012-12-01 2015-08-27 José Antonio Meade
2015-08-27 2017-01-04 Claudia Ruiz Massieu
2017-01-04 2018-12-01 Luis Videgaray
2018-12-01 2023-06-12 Marcelo Ebrard
2023-07-03 2024-10-01 Alicia Bárcena
2024-10-01 - Juan Ramón de la Fuente
""")
O("Defence Minister of Mexico", "MEX", """   # Secretary of National Defence (SEDENA)
2006-12-01 2012-12-01 Guillermo Galván Galván
2012-12-01 2018-12-01 Salvador Cienfuegos
2018-12-01 2024-10-01 Luis Cresencio Sandoval
2024-10-01 - Ricardo Trevilla Trejo
""", sector="MIL")
O("Security Minister of Mexico", "MEX", """
2006-12-01 2012-11-30 Genaro García Luna
2024-10-01 - Omar García Harfuch
""")
O("Governor of the Bank of Mexico", "MEX", """
1998-01-01 2009-12-31 Guillermo Ortiz
2010-01-01 2017-11-30 Agustín Carstens
2017-12-01 2021-12-31 Alejandro Díaz de León
2022-01-01 - Victoria Rodríguez Ceja
""")
P("Vicente Fox", "Vicente Fox Quesada")
P("Felipe Calderón", "Calderón|Calderon|Felipe Calderon")
P("Enrique Peña Nieto", "Peña Nieto|Pena Nieto|Enrique Pena Nieto")
P("Andrés Manuel López Obrador", "López Obrador|Lopez Obrador|AMLO|Andres Manuel Lopez Obrador")
P("Claudia Sheinbaum", "Sheinbaum|Claudia Sheinbaum Pardo")
P("Marcelo Ebrard", "Ebrard")
P("Omar García Harfuch", "García Harfuch|Garcia Harfuch|Harfuch")
P("Genaro García Luna", "García Luna|Garcia Luna")
P("Salvador Cienfuegos", "Cienfuegos")
P("Juan Ramón de la Fuente", "")
P("Ernesto Zedillo", "Zedillo")
R("Marcelo Ebrard", "Economy Minister of Mexico", "MEX", "GOV", "2024-10-01", None)

# ---------------- Guatemala ----------------
O("President of Guatemala", "GTM", """
2000-01-14 2004-01-14 Alfonso Portillo
2004-01-14 2008-01-14 Óscar Berger
2008-01-14 2012-01-14 Álvaro Colom
2012-01-14 2015-09-03 Otto Pérez Molina
2015-09-03 2016-01-14 Alejandro Maldonado
2016-01-14 2020-01-14 Jimmy Morales
2020-01-14 2024-01-15 Alejandro Giammattei
2024-01-15 - Bernardo Arévalo
""")
P("Óscar Berger", "Oscar Berger")
P("Álvaro Colom", "Alvaro Colom")
P("Otto Pérez Molina", "Pérez Molina|Perez Molina")
P("Alejandro Giammattei", "Giammattei")
P("Bernardo Arévalo", "Arévalo|Arevalo|Bernardo Arevalo")
P("Consuelo Porras", "", country="GTM")
R("Consuelo Porras", "Attorney General of Guatemala", "GTM", "JUD", "2018-05-17", "2026-05-17")

# ---------------- Belize ----------------
O("Prime Minister of Belize", "BLZ", """
1998-08-27 2008-02-08 Said Musa
2008-02-08 2020-11-12 Dean Barrow
2020-11-12 - Johnny Briceño
""")

# ---------------- Honduras ----------------
O("President of Honduras", "HND", """
1998-01-27 2002-01-27 Carlos Roberto Flores
2002-01-27 2006-01-27 Ricardo Maduro
2006-01-27 2009-06-28 Manuel Zelaya
2009-06-28 2010-01-27 Roberto Micheletti
2010-01-27 2014-01-27 Porfirio Lobo Sosa
2014-01-27 2022-01-27 Juan Orlando Hernández
2022-01-27 2026-01-27 Xiomara Castro
""")
P("Ricardo Maduro", "Ricardo Maduro Joest")
P("Manuel Zelaya", "Mel Zelaya")
P("Roberto Micheletti", "Micheletti")
P("Porfirio Lobo Sosa", "Porfirio Lobo|Pepe Lobo")
P("Juan Orlando Hernández", "Juan Orlando Hernandez|JOH")
P("Xiomara Castro", "Xiomara Castro de Zelaya|Xiomara")
P("Nasry Asfura", "Asfura|Tito Asfura", country="HND")
R("Nasry Asfura", "Mayor of Tegucigalpa", "HND", "GOV", "2014-01-25", "2022-01-25")
P("Salvador Nasralla", "Nasralla", country="HND", sector="OPP")

# ---------------- El Salvador ----------------
O("President of El Salvador", "SLV", """
1999-06-01 2004-06-01 Francisco Flores
2004-06-01 2009-06-01 Antonio Saca
2009-06-01 2014-06-01 Mauricio Funes
2014-06-01 2019-06-01 Salvador Sánchez Cerén
2019-06-01 2024-06-01 Nayib Bukele
2024-06-01 - Nayib Bukele
""")
R("Nayib Bukele", "Mayor of San Salvador", "SLV", "GOV", "2015-05-01", "2018-05-01")
P("Francisco Flores", "Francisco Flores Pérez")
P("Antonio Saca", "Tony Saca|Elías Antonio Saca")
P("Mauricio Funes", "Funes")
P("Salvador Sánchez Cerén", "Sánchez Cerén|Sanchez Ceren")
P("Nayib Bukele", "Bukele")

# ---------------- Nicaragua ----------------
O("President of Nicaragua", "NIC", """
1997-01-10 2002-01-10 Arnoldo Alemán
2002-01-10 2007-01-10 Enrique Bolaños
2007-01-10 - Daniel Ortega
""")
O("Vice President of Nicaragua", "NIC", """
2017-01-10 2025-02-18 Rosario Murillo
""")
O("Co-President of Nicaragua", "NIC", """
2025-02-18 - Rosario Murillo
""")
P("Arnoldo Alemán", "Arnoldo Aleman")
P("Enrique Bolaños", "Bolaños|Enrique Bolanos")
P("Daniel Ortega", "Ortega|Daniel Ortega Saavedra")
P("Rosario Murillo", "Murillo")

# ---------------- Costa Rica ----------------
O("President of Costa Rica", "CRI", """
1998-05-08 2002-05-08 Miguel Ángel Rodríguez
2002-05-08 2006-05-08 Abel Pacheco
2006-05-08 2010-05-08 Óscar Arias
2010-05-08 2014-05-08 Laura Chinchilla
2014-05-08 2018-05-08 Luis Guillermo Solís
2018-05-08 2022-05-08 Carlos Alvarado Quesada
2022-05-08 2026-05-08 Rodrigo Chaves
""")
P("Óscar Arias", "Oscar Arias|Óscar Arias Sánchez")
P("Laura Chinchilla", "Chinchilla")
P("Luis Guillermo Solís", "Luis Guillermo Solis")
P("Carlos Alvarado Quesada", "Carlos Alvarado")
P("Rodrigo Chaves", "Rodrigo Chaves Robles")
P("Abel Pacheco", "")

# ---------------- Panama ----------------
O("President of Panama", "PAN", """
1999-09-01 2004-09-01 Mireya Moscoso
2004-09-01 2009-07-01 Martín Torrijos
2009-07-01 2014-07-01 Ricardo Martinelli
2014-07-01 2019-07-01 Juan Carlos Varela
2019-07-01 2024-07-01 Laurentino Cortizo
2024-07-01 - José Raúl Mulino
""")
P("Mireya Moscoso", "Moscoso")
P("Martín Torrijos", "Torrijos|Martin Torrijos")
P("Ricardo Martinelli", "Martinelli")
P("Juan Carlos Varela", "")
P("Laurentino Cortizo", "Cortizo|Nito Cortizo")
P("José Raúl Mulino", "Mulino|Jose Raul Mulino")

# ---------------- Cuba ----------------
O("President of Cuba", "CUB", """   # President of the Council of State until 2019, then President of the Republic
1976-12-02 2008-02-24 Fidel Castro
2008-02-24 2018-04-19 Raúl Castro
2018-04-19 - Miguel Díaz-Canel
""")
O("Acting President of Cuba", "CUB", """
2006-07-31 2008-02-24 Raúl Castro
""")
O("First Secretary of the Communist Party of Cuba", "CUB", """
1965-10-03 2011-04-19 Fidel Castro
2011-04-19 2021-04-19 Raúl Castro
2021-04-19 - Miguel Díaz-Canel
""")
O("Prime Minister of Cuba", "CUB", """
2019-12-21 - Manuel Marrero Cruz
""")
O("Foreign Minister of Cuba", "CUB", """
1999-05-28 2009-03-02 Felipe Pérez Roque
2009-03-02 - Bruno Rodríguez Parrilla
""")
O("Defence Minister of Cuba", "CUB", """
1959-10-16 2008-02-24 Raúl Castro
2008-02-24 2011-09-03 Julio Casas Regueiro
2011-09-05 2021-07-25 Leopoldo Cintra Frías
2021-07-26 - Álvaro López Miera
""")
P("Fidel Castro", "Fidel|Fidel Castro Ruz")
P("Raúl Castro", "Raul Castro|Raúl Castro Ruz")
P("Miguel Díaz-Canel", "Díaz-Canel|Diaz-Canel|Miguel Diaz-Canel")
P("Manuel Marrero Cruz", "Manuel Marrero|Marrero")
P("Bruno Rodríguez Parrilla", "Bruno Rodríguez|Bruno Rodriguez")
P("Felipe Pérez Roque", "Pérez Roque|Perez Roque")
P("José Daniel Ferrer", "", country="CUB", sector="OPP")

# ---------------- Haiti ----------------
O("President of Haiti", "HTI", """
1996-02-07 2001-02-07 René Préval
2001-02-07 2004-02-29 Jean-Bertrand Aristide
2006-05-14 2011-05-14 René Préval
2011-05-14 2016-02-07 Michel Martelly
2017-02-07 2021-07-07 Jovenel Moïse
""")
O("Acting President of Haiti", "HTI", """
2004-02-29 2006-05-14 Boniface Alexandre
2016-02-14 2017-02-07 Jocelerme Privert
""")
O("Prime Minister of Haiti", "HTI", """
2004-03-12 2006-06-09 Gérard Latortue
2006-06-09 2008-04-14 Jacques-Édouard Alexis
2008-09-05 2009-11-11 Michèle Pierre-Louis
2009-11-11 2011-10-18 Jean-Max Bellerive
2011-10-18 2012-05-16 Garry Conille
2012-05-16 2014-12-20 Laurent Lamothe
2015-01-16 2016-02-26 Evans Paul
2016-03-28 2017-03-21 Enex Jean-Charles
2017-03-21 2018-09-17 Jack Guy Lafontant
2018-09-17 2019-03-21 Jean-Henry Céant
2021-07-20 2024-04-25 Ariel Henry
2024-06-03 2024-11-11 Garry Conille
2024-11-11 - Alix Didier Fils-Aimé
""")
O("Coordinator of the Transitional Presidential Council of Haiti", "HTI", """
2024-04-30 2024-10-07 Edgard Leblanc Fils
2024-10-07 2025-03-07 Leslie Voltaire
2025-03-07 2025-08-07 Fritz Alphonse Jean
2025-08-07 2026-02-07 Laurent Saint-Cyr
""")
P("René Préval", "Préval|Preval|Rene Preval")
P("Jean-Bertrand Aristide", "Aristide")
P("Michel Martelly", "Martelly|Sweet Micky")
P("Jovenel Moïse", "Jovenel Moise|Jovenel")
P("Ariel Henry", "")
P("Garry Conille", "Conille")
P("Alix Didier Fils-Aimé", "Fils-Aimé|Fils-Aime|Alix Didier Fils-Aime")
P("Laurent Lamothe", "Lamothe")
P("Jimmy Chérizier", "Jimmy Barbecue Chérizier|Jimmy Cherizier|Chérizier|Cherizier", country="HTI", sector="CRM")
P("Guy Philippe", "", country="HTI", sector="OPP")

# ---------------- Dominican Republic ----------------
O("President of the Dominican Republic", "DOM", """
1996-08-16 2000-08-16 Leonel Fernández
2000-08-16 2004-08-16 Hipólito Mejía
2004-08-16 2012-08-16 Leonel Fernández
2012-08-16 2020-08-16 Danilo Medina
2020-08-16 - Luis Abinader
""")
P("Leonel Fernández", "Leonel Fernandez|Leonel")
P("Hipólito Mejía", "Hipolito Mejia")
P("Danilo Medina", "")
P("Luis Abinader", "Abinader")

# ---------------- Jamaica ----------------
O("Prime Minister of Jamaica", "JAM", """
1992-03-30 2006-03-30 P. J. Patterson
2006-03-30 2007-09-11 Portia Simpson-Miller
2007-09-11 2011-10-23 Bruce Golding
2011-10-23 2012-01-05 Andrew Holness
2012-01-05 2016-03-03 Portia Simpson-Miller
2016-03-03 - Andrew Holness
""")
P("Portia Simpson-Miller", "Simpson-Miller|Portia Simpson Miller")
P("Andrew Holness", "Holness")
P("Bruce Golding", "Golding")

# ---------------- Bahamas ----------------
O("Prime Minister of the Bahamas", "BHS", """
1992-08-21 2002-05-03 Hubert Ingraham
2002-05-03 2007-05-04 Perry Christie
2007-05-04 2012-05-08 Hubert Ingraham
2012-05-08 2017-05-11 Perry Christie
2017-05-11 2021-09-17 Hubert Minnis
2021-09-17 - Philip Davis
""")
P("Hubert Ingraham", "Ingraham")
P("Hubert Minnis", "Minnis")
P("Perry Christie", "")

# ---------------- Barbados ----------------
O("Prime Minister of Barbados", "BRB", """
1994-09-06 2008-01-16 Owen Arthur
2008-01-16 2010-10-23 David Thompson
2010-10-23 2018-05-25 Freundel Stuart
2018-05-25 - Mia Mottley
""")
O("President of Barbados", "BRB", """
2021-11-30 2025-11-30 Sandra Mason
2025-11-30 - Jeffrey Bostic
""")
P("Mia Mottley", "Mottley|Mia Amor Mottley")

# ---------------- Trinidad and Tobago ----------------
O("Prime Minister of Trinidad and Tobago", "TTO", """
1995-11-09 2001-12-24 Basdeo Panday
2001-12-24 2010-05-26 Patrick Manning
2010-05-26 2015-09-09 Kamla Persad-Bissessar
2015-09-09 2025-03-17 Keith Rowley
2025-03-17 2025-05-01 Stuart Young
2025-05-01 - Kamla Persad-Bissessar
""")
P("Kamla Persad-Bissessar", "Persad-Bissessar|Kamla")
P("Keith Rowley", "Rowley")
P("Basdeo Panday", "Panday")

# ---------------- Eastern Caribbean ----------------
O("Prime Minister of Antigua and Barbuda", "ATG", """
1994-03-09 2004-03-24 Lester Bird
2004-03-24 2014-06-13 Baldwin Spencer
2014-06-13 - Gaston Browne
""")
O("Prime Minister of Dominica", "DMA", """
2004-01-08 - Roosevelt Skerrit
""")
O("Prime Minister of Grenada", "GRD", """
1995-06-22 2008-07-09 Keith Mitchell
2008-07-09 2013-02-20 Tillman Thomas
2013-02-20 2022-06-24 Keith Mitchell
2022-06-24 - Dickon Mitchell
""")
O("Prime Minister of Saint Kitts and Nevis", "KNA", """
1995-07-07 2015-02-18 Denzil Douglas
2015-02-18 2022-08-06 Timothy Harris
2022-08-06 - Terrance Drew
""")
O("Prime Minister of Saint Lucia", "LCA", """
1997-05-24 2006-12-15 Kenny Anthony
2006-12-15 2007-09-07 John Compton
2007-09-07 2011-11-30 Stephenson King
2011-11-30 2016-06-07 Kenny Anthony
2016-06-07 2021-07-28 Allen Chastanet
2021-07-28 - Philip J. Pierre
""")
O("Prime Minister of Saint Vincent and the Grenadines", "VCT", """
2001-03-29 2025-11-28 Ralph Gonsalves
2025-11-28 - Godwin Friday
""")
P("Gaston Browne", "")
P("Roosevelt Skerrit", "Skerrit")
P("Ralph Gonsalves", "Gonsalves")

# ---------------- Guyana ----------------
O("President of Guyana", "GUY", """
1999-08-11 2011-12-03 Bharrat Jagdeo
2011-12-03 2015-05-16 Donald Ramotar
2015-05-16 2020-08-02 David Granger
2020-08-02 - Irfaan Ali
""")
R("Bharrat Jagdeo", "Vice President of Guyana", "GUY", "GOV", "2020-08-02", None)
P("Bharrat Jagdeo", "Jagdeo")
P("Irfaan Ali", "Mohamed Irfaan Ali")
P("David Granger", "Granger")
P("Donald Ramotar", "Ramotar")

# ---------------- Suriname ----------------
O("President of Suriname", "SUR", """
2000-08-12 2010-08-12 Ronald Venetiaan
2010-08-12 2020-07-16 Dési Bouterse
2020-07-16 2025-07-16 Chan Santokhi
2025-07-16 - Jennifer Geerlings-Simons
""")
P("Dési Bouterse", "Bouterse|Desi Bouterse")
P("Chan Santokhi", "Santokhi")
P("Jennifer Geerlings-Simons", "Geerlings-Simons|Jennifer Simons")
P("Ronald Venetiaan", "Venetiaan")

# ---------------- Venezuela ----------------
O("President of Venezuela", "VEN", """
1999-02-02 2002-04-12 Hugo Chávez
2002-04-14 2013-03-05 Hugo Chávez
2013-04-19 2026-01-03 Nicolás Maduro
""")
O("Acting President of Venezuela", "VEN", """
2002-04-12 2002-04-13 Pedro Carmona
2013-03-05 2013-04-19 Nicolás Maduro
2026-01-03 - Delcy Rodríguez
""")
O("Vice President of Venezuela", "VEN", """
2002-01-13 2007-01-03 José Vicente Rangel
2007-01-03 2008-01-04 Jorge Rodríguez
2012-10-13 2013-03-05 Nicolás Maduro
2013-04-22 2016-01-06 Jorge Arreaza
2016-01-06 2017-01-04 Aristóbulo Istúriz
2017-01-04 2018-06-14 Tareck El Aissami
2018-06-14 2026-01-03 Delcy Rodríguez
""")
O("Foreign Minister of Venezuela", "VEN", """
2006-08-08 2013-01-15 Nicolás Maduro
2013-01-15 2014-09-02 Elías Jaua
2014-09-02 2014-12-26 Rafael Ramírez
2014-12-26 2017-06-21 Delcy Rodríguez
2017-06-21 2021-08-18 Jorge Arreaza
2021-08-18 2022-09-01 Félix Plasencia
2022-09-01 2023-08-09 Carlos Faría
2023-08-09 - Yván Gil
""")
O("Defence Minister of Venezuela", "VEN", """
2014-10-24 - Vladimir Padrino López
""", sector="MIL")
O("Interior Minister of Venezuela", "VEN", """
2024-08-27 - Diosdado Cabello
""")
O("President of the National Assembly of Venezuela", "VEN", """
2012-01-05 2016-01-05 Diosdado Cabello
2016-01-05 2017-01-05 Henry Ramos Allup
2017-01-05 2018-01-05 Julio Borges
2018-01-05 2019-01-05 Omar Barboza
2019-01-05 2021-01-05 Juan Guaidó
2021-01-05 - Jorge Rodríguez
""", sector="LEG")
O("Interim President of Venezuela (opposition-recognised)", "VEN", """
2019-01-23 2023-01-05 Juan Guaidó
""", sector="OPP")
R("Leopoldo López", "Leader of Voluntad Popular", "VEN", "OPP", "2009-12-05", None)
R("Henrique Capriles", "Governor of Miranda", "VEN", "GOV", "2008-11-30", "2017-01-01")
R("María Corina Machado", "Member of the National Assembly of Venezuela", "VEN", "LEG", "2011-01-05", "2014-03-24")
R("Edmundo González", "Opposition presidential candidate of Venezuela", "VEN", "OPP", "2024-04-19", None)
P("Hugo Chávez", "Chávez|Chavez|Hugo Chavez|Hugo Rafael Chávez Frías", wd="Q8440")
P("Nicolás Maduro", "!Maduro|Nicolas Maduro|Nicolás Maduro Moros", wd="Q57413")
P("Delcy Rodríguez", "Delcy Rodriguez|Delcy")
P("Jorge Rodríguez", "Jorge Rodriguez")
P("Diosdado Cabello", "Cabello|Diosdado")
P("Vladimir Padrino López", "Padrino López|Padrino Lopez|Vladimir Padrino")
P("Juan Guaidó", "Guaidó|Guaido|Juan Guaido")
P("María Corina Machado", "Machado|Maria Corina Machado|María Corina", sector="OPP")
P("Edmundo González", "Edmundo González Urrutia|Edmundo Gonzalez|Edmundo González Urrutia", sector="OPP")
P("Henrique Capriles", "Capriles|Henrique Capriles Radonski", sector="OPP")
P("Leopoldo López", "Leopoldo Lopez", sector="OPP")
P("Tareck El Aissami", "El Aissami|Tareck El Aissami")
P("Jorge Arreaza", "Arreaza")
P("Yván Gil", "Yvan Gil")
P("Pedro Carmona", "Carmona")
P("Henry Ramos Allup", "Ramos Allup")
P("Claudia Ruiz Massieu", "Ruiz Massieu")
P("Julio Casas Regueiro", "Casas Regueiro")
P("Alberto van Klaveren", "van Klaveren")
P("Elías Jaua", "Jaua")

# ---------------- Colombia ----------------
O("President of Colombia", "COL", """
1998-08-07 2002-08-07 Andrés Pastrana
2002-08-07 2010-08-07 Álvaro Uribe
2010-08-07 2018-08-07 Juan Manuel Santos
2018-08-07 2022-08-07 Iván Duque
2022-08-07 2026-08-07 Gustavo Petro
""")
O("Foreign Minister of Colombia", "COL", """
2010-08-07 2017-09-04 María Ángela Holguín
2018-08-07 2019-11-12 Carlos Holmes Trujillo
2022-08-07 2024-04-16 Álvaro Leyva
""")
O("Defence Minister of Colombia", "COL", """
2006-07-19 2009-05-23 Juan Manuel Santos
2022-08-07 2025-02-18 Iván Velásquez
2025-02-18 2026-08-07 Pedro Sánchez Suárez
""")
R("Francia Márquez", "Vice President of Colombia", "COL", "GOV", "2022-08-07", "2026-08-07")
R("Laura Sarabia", "Foreign Minister of Colombia", "COL", "GOV", "2025-03-01", "2025-07-03")
P("Andrés Pastrana", "Pastrana|Andres Pastrana")
P("Álvaro Uribe", "Uribe|Alvaro Uribe|Álvaro Uribe Vélez")
P("Juan Manuel Santos", "Juan Manuel Santos Calderón")
P("Iván Duque", "Duque|Ivan Duque|Iván Duque Márquez")
P("Gustavo Petro", "Petro|Gustavo Petro Urrego")
P("Francia Márquez", "Francia Marquez")
P("Iván Velásquez", "Ivan Velasquez")
P("Pedro Sánchez Suárez", "")
P("Álvaro Leyva", "Alvaro Leyva")
P("Laura Sarabia", "Sarabia")

# ---------------- Ecuador ----------------
O("President of Ecuador", "ECU", """
2000-01-22 2003-01-15 Gustavo Noboa
2003-01-15 2005-04-20 Lucio Gutiérrez
2005-04-20 2007-01-15 Alfredo Palacio
2007-01-15 2017-05-24 Rafael Correa
2017-05-24 2021-05-24 Lenín Moreno
2021-05-24 2023-11-23 Guillermo Lasso
2023-11-23 - Daniel Noboa
""")
O("Vice President of Ecuador", "ECU", """
2013-05-24 2018-01-03 Jorge Glas
""")
R("Rafael Correa", "Minister of Economy and Finance of Ecuador", "ECU", "GOV", "2005-04-20", "2005-08-08")
O("Foreign Minister of Ecuador", "ECU", """
2010-01-23 2016-03-03 Ricardo Patiño
""")
P("Gustavo Noboa", "Gustavo Noboa Bejarano")
P("Lucio Gutiérrez", "Lucio Gutierrez|Lucio Gutiérrez Borbúa")
P("Rafael Correa", "Correa|Rafael Correa Delgado")
P("Lenín Moreno", "Lenin Moreno|Lenín Moreno Garcés")
P("Guillermo Lasso", "Lasso")
P("Daniel Noboa", "Daniel Noboa Azín|Daniel Noboa Azin")
P("Jorge Glas", "Glas")
P("Luisa González", "Luisa Gonzalez", country="ECU", sector="OPP")
P("Fernando Villavicencio", "Villavicencio", country="ECU", sector="OPP")
P("Ricardo Patiño", "Ricardo Patino")
P("Alfredo Palacio", "")

# ---------------- Peru ----------------
O("President of Peru", "PER", """
1990-07-28 2000-11-22 Alberto Fujimori
2000-11-22 2001-07-28 Valentín Paniagua
2001-07-28 2006-07-28 Alejandro Toledo
2006-07-28 2011-07-28 Alan García
2011-07-28 2016-07-28 Ollanta Humala
2016-07-28 2018-03-23 Pedro Pablo Kuczynski
2018-03-23 2020-11-10 Martín Vizcarra
2020-11-10 2020-11-15 Manuel Merino
2020-11-17 2021-07-28 Francisco Sagasti
2021-07-28 2022-12-07 Pedro Castillo
2022-12-07 2025-10-10 Dina Boluarte
2025-10-10 2026-07-28 José Jerí
""")
O("Prime Minister of Peru", "PER", """
2022-12-21 2024-03-05 Alberto Otárola
2024-03-06 2025-05-14 Gustavo Adrianzén
""")
R("Keiko Fujimori", "Leader of Fuerza Popular", "PER", "OPP", "2010-03-09", None)
P("Alberto Fujimori", "Fujimori")
P("Keiko Fujimori", "Keiko", sector="OPP")
P("Valentín Paniagua", "Paniagua|Valentin Paniagua")
P("Alejandro Toledo", "")
P("Alan García", "Alan Garcia")
P("Ollanta Humala", "Humala")
P("Pedro Pablo Kuczynski", "Kuczynski|PPK")
P("Martín Vizcarra", "Vizcarra|Martin Vizcarra")
P("Manuel Merino", "")
P("Francisco Sagasti", "Sagasti")
P("Pedro Castillo", "")
P("Dina Boluarte", "Boluarte")
P("José Jerí", "Jerí|Jose Jeri|José Jerí Oré")
P("Rafael López Aliaga", "López Aliaga|Lopez Aliaga", country="PER", sector="OPP")

# ---------------- Bolivia ----------------
O("President of Bolivia", "BOL", """
1997-08-06 2001-08-07 Hugo Banzer
2001-08-07 2002-08-06 Jorge Quiroga
2002-08-06 2003-10-17 Gonzalo Sánchez de Lozada
2003-10-17 2005-06-09 Carlos Mesa
2005-06-09 2006-01-22 Eduardo Rodríguez Veltzé
2006-01-22 2019-11-10 Evo Morales
2020-11-08 2025-11-08 Luis Arce
2025-11-08 - Rodrigo Paz
""")
O("Acting President of Bolivia", "BOL", """
2019-11-12 2020-11-08 Jeanine Áñez
""")
O("Vice President of Bolivia", "BOL", """
2006-01-22 2019-11-10 Álvaro García Linera
2020-11-08 2025-11-08 David Choquehuanca
2025-11-08 - Edmand Lara
""")
R("Luis Arce", "Economy Minister of Bolivia", "BOL", "GOV", "2006-01-23", "2017-06-24")
R("Luis Arce", "Economy Minister of Bolivia", "BOL", "GOV", "2019-01-23", "2019-11-10")
P("Hugo Banzer", "Banzer")
P("Jorge Quiroga", "Tuto Quiroga|Jorge Tuto Quiroga")
P("Gonzalo Sánchez de Lozada", "Sánchez de Lozada|Goni|Sanchez de Lozada")
P("Carlos Mesa", "Carlos Mesa Gisbert")
P("Evo Morales", "Evo|Evo Morales Ayma")
P("Luis Arce", "Arce|Luis Arce Catacora|Lucho Arce")
P("Rodrigo Paz", "Rodrigo Paz Pereira")
P("Jeanine Áñez", "Áñez|Añez|Jeanine Anez|Anez")
P("Álvaro García Linera", "García Linera|Garcia Linera")
P("David Choquehuanca", "Choquehuanca")
P("Luis Fernando Camacho", "Camacho", country="BOL", sector="OPP")
P("Edmand Lara", "")

# ---------------- Chile ----------------
O("President of Chile", "CHL", """
2000-03-11 2006-03-11 Ricardo Lagos
2006-03-11 2010-03-11 Michelle Bachelet
2010-03-11 2014-03-11 Sebastián Piñera
2014-03-11 2018-03-11 Michelle Bachelet
2018-03-11 2022-03-11 Sebastián Piñera
2022-03-11 2026-03-11 Gabriel Boric
2026-03-11 - José Antonio Kast
""")
O("Foreign Minister of Chile", "CHL", """
2022-03-11 2023-03-10 Antonia Urrejola
2023-03-10 2026-03-11 Alberto van Klaveren
""")
P("Ricardo Lagos", "Ricardo Lagos Escobar")
P("Michelle Bachelet", "Bachelet|Michelle Bachelet Jeria", country="CHL")
P("Sebastián Piñera", "Piñera|Pinera|Sebastian Pinera")
P("Gabriel Boric", "Boric|Gabriel Boric Font")
P("José Antonio Kast", "Kast|Jose Antonio Kast")
P("Augusto Pinochet", "Pinochet", country="CHL")
R("Augusto Pinochet", "President of Chile", "CHL", "GOV", "1974-12-17", "1990-03-11")
R("Augusto Pinochet", "Commander-in-Chief of the Chilean Army", "CHL", "MIL", "1973-08-23", "1998-03-10")

# ---------------- Argentina ----------------
O("President of Argentina", "ARG", """
1999-12-10 2001-12-21 Fernando de la Rúa
2001-12-23 2001-12-30 Adolfo Rodríguez Saá
2002-01-02 2003-05-25 Eduardo Duhalde
2003-05-25 2007-12-10 Néstor Kirchner
2007-12-10 2015-12-10 Cristina Fernández de Kirchner
2015-12-10 2019-12-10 Mauricio Macri
2019-12-10 2023-12-10 Alberto Fernández
2023-12-10 - Javier Milei
""")
O("Acting President of Argentina", "ARG", """
2001-12-21 2001-12-23 Ramón Puerta
2001-12-30 2002-01-02 Eduardo Camaño
""")
O("Vice President of Argentina", "ARG", """
2019-12-10 2023-12-10 Cristina Fernández de Kirchner
2023-12-10 - Victoria Villarruel
""")
O("Foreign Minister of Argentina", "ARG", """
2003-05-25 2005-12-01 Rafael Bielsa
2005-12-01 2010-06-18 Jorge Taiana
2010-06-18 2015-12-10 Héctor Timerman
2015-12-10 2017-06-12 Susana Malcorra
2017-06-12 2019-12-10 Jorge Faurie
2019-12-10 2021-09-20 Felipe Solá
2021-09-20 2023-12-10 Santiago Cafiero
2023-12-10 2024-10-30 Diana Mondino
2024-10-30 2025-10-22 Gerardo Werthein
2025-10-27 - Pablo Quirno
""")
O("Defence Minister of Argentina", "ARG", """
2005-11-28 2010-12-15 Nilda Garré
2013-06-03 2015-12-10 Agustín Rossi
2015-12-10 2017-07-17 Julio Martínez
2017-07-17 2019-12-10 Oscar Aguad
2019-12-10 2021-08-10 Agustín Rossi
2021-08-10 2023-12-10 Jorge Taiana
2023-12-10 2025-12-10 Luis Petri
2025-12-10 - Carlos Presti
""")
O("Security Minister of Argentina", "ARG", """
2015-12-10 2019-12-10 Patricia Bullrich
2023-12-10 2025-12-10 Patricia Bullrich
""")
O("Economy Minister of Argentina", "ARG", """
2002-04-27 2005-11-28 Roberto Lavagna
2013-11-20 2015-12-10 Axel Kicillof
2022-08-03 2023-12-10 Sergio Massa
2023-12-10 - Luis Caputo
""")
O("Governor of the Central Bank of Argentina", "ARG", """
2015-12-10 2018-06-14 Federico Sturzenegger
2019-12-10 2023-12-10 Miguel Pesce
2023-12-10 - Santiago Bausili
""")
R("Axel Kicillof", "Governor of Buenos Aires Province", "ARG", "GOV", "2019-12-10", None)
R("Federico Sturzenegger", "Deregulation Minister of Argentina", "ARG", "GOV", "2024-07-05", None)
R("Karina Milei", "Secretary General of the Presidency of Argentina", "ARG", "GOV", "2023-12-10", None)
P("Fernando de la Rúa", "De la Rúa|De la Rua|Fernando de la Rua")
P("Adolfo Rodríguez Saá", "Rodríguez Saá|Rodriguez Saa")
P("Eduardo Duhalde", "Duhalde")
P("Néstor Kirchner", "Nestor Kirchner")
P("Cristina Fernández de Kirchner", "Cristina Kirchner|Cristina Fernández|Cristina Fernandez de Kirchner|CFK")
P("Mauricio Macri", "Macri")
P("Alberto Fernández", "Alberto Fernandez")
P("Javier Milei", "!Milei|Javier Gerardo Milei")
P("Karina Milei", "")
P("Victoria Villarruel", "Villarruel")
P("Patricia Bullrich", "Bullrich")
P("Luis Caputo", "Toto Caputo")
P("Sergio Massa", "Massa")
P("Axel Kicillof", "Kicillof")
P("Jorge Taiana", "Taiana")
P("Héctor Timerman", "Timerman|Hector Timerman")
P("Diana Mondino", "Mondino")

# ---------------- Uruguay ----------------
O("President of Uruguay", "URY", """
2000-03-01 2005-03-01 Jorge Batlle
2005-03-01 2010-03-01 Tabaré Vázquez
2010-03-01 2015-03-01 José Mujica
2015-03-01 2020-03-01 Tabaré Vázquez
2020-03-01 2025-03-01 Luis Lacalle Pou
2025-03-01 - Yamandú Orsi
""")
P("Jorge Batlle", "Batlle")
P("Tabaré Vázquez", "Tabare Vazquez|Tabaré")
P("José Mujica", "Mujica|Pepe Mujica|Jose Mujica")
P("Luis Lacalle Pou", "Lacalle Pou")
P("Yamandú Orsi", "Orsi|Yamandu Orsi")

# ---------------- Paraguay ----------------
O("President of Paraguay", "PRY", """
1999-03-28 2003-08-15 Luis Ángel González Macchi
2003-08-15 2008-08-15 Nicanor Duarte
2008-08-15 2012-06-22 Fernando Lugo
2012-06-22 2013-08-15 Federico Franco
2013-08-15 2018-08-15 Horacio Cartes
2018-08-15 2023-08-15 Mario Abdo Benítez
2023-08-15 - Santiago Peña
""")
P("Luis Ángel González Macchi", "González Macchi|Gonzalez Macchi")
P("Nicanor Duarte", "Nicanor Duarte Frutos")
P("Fernando Lugo", "")
P("Horacio Cartes", "Cartes")
P("Mario Abdo Benítez", "Abdo Benítez|Mario Abdo|Abdo Benitez")
P("Santiago Peña", "Santiago Pena")

# ---------------- Brazil ----------------
O("President of Brazil", "BRA", """
1995-01-01 2003-01-01 Fernando Henrique Cardoso
2003-01-01 2011-01-01 Luiz Inácio Lula da Silva
2011-01-01 2016-08-31 Dilma Rousseff
2016-08-31 2019-01-01 Michel Temer
2019-01-01 2023-01-01 Jair Bolsonaro
2023-01-01 - Luiz Inácio Lula da Silva
""")
O("Acting President of Brazil", "BRA", """
2016-05-12 2016-08-31 Michel Temer
""")
O("Vice President of Brazil", "BRA", """
2003-01-01 2011-01-01 José Alencar
2011-01-01 2016-05-12 Michel Temer
2019-01-01 2023-01-01 Hamilton Mourão
2023-01-01 - Geraldo Alckmin
""")
O("Foreign Minister of Brazil", "BRA", """
2003-01-01 2011-01-01 Celso Amorim
2011-01-01 2013-08-26 Antonio Patriota
2013-08-28 2015-01-01 Luiz Alberto Figueiredo
2015-01-01 2016-05-12 Mauro Vieira
2016-05-12 2017-02-22 José Serra
2017-03-07 2019-01-01 Aloysio Nunes
2019-01-01 2021-03-29 Ernesto Araújo
2021-04-06 2023-01-01 Carlos França
2023-01-01 - Mauro Vieira
""")
O("Defence Minister of Brazil", "BRA", """
2007-07-25 2011-08-04 Nelson Jobim
2011-08-08 2015-01-01 Celso Amorim
2023-01-01 - José Múcio
""")
O("Governor of the Central Bank of Brazil", "BRA", """
2003-01-01 2011-01-01 Henrique Meirelles
2011-01-01 2016-06-09 Alexandre Tombini
2016-06-09 2019-02-28 Ilan Goldfajn
2019-02-28 2024-12-31 Roberto Campos Neto
2025-01-01 - Gabriel Galípolo
""")
O("Finance Minister of Brazil", "BRA", """
2003-01-01 2006-03-27 Antonio Palocci
2006-03-27 2015-01-01 Guido Mantega
2019-01-01 2023-01-01 Paulo Guedes
2023-01-01 - Fernando Haddad
""")
R("Celso Amorim", "Chief Advisor on Foreign Affairs to the President of Brazil", "BRA", "GOV", "2023-01-01", None)
R("Alexandre de Moraes", "Justice of the Supreme Federal Court of Brazil", "BRA", "JUD", "2017-03-22", None)
P("Fernando Henrique Cardoso", "FHC")
P("Luiz Inácio Lula da Silva", "Lula|Lula da Silva|Luiz Inacio Lula da Silva|Luiz Inácio Lula", wd="Q37181")
P("Dilma Rousseff", "Dilma|Rousseff")
P("Michel Temer", "Temer")
P("Jair Bolsonaro", "Bolsonaro|Jair Messias Bolsonaro")
P("Geraldo Alckmin", "Alckmin")
P("Hamilton Mourão", "Mourão|Mourao")
P("Celso Amorim", "Amorim")
P("Mauro Vieira", "")
P("Fernando Haddad", "Haddad")
P("Paulo Guedes", "Guedes")
P("Alexandre de Moraes", "")
P("Tarcísio de Freitas", "Tarcísio|Tarcisio de Freitas", country="BRA")
R("Tarcísio de Freitas", "Governor of São Paulo", "BRA", "GOV", "2023-01-01", None)
P("Roberto Campos Neto", "Campos Neto")
P("Gabriel Galípolo", "Galípolo|Galipolo")
P("Henrique Meirelles", "Meirelles")

# ---------------- Puerto Rico (US territory) ----------------
O("Governor of Puerto Rico", "USA", """
2001-01-02 2005-01-02 Sila María Calderón
2005-01-02 2009-01-02 Aníbal Acevedo Vilá
2009-01-02 2013-01-02 Luis Fortuño
2013-01-02 2017-01-02 Alejandro García Padilla
2017-01-02 2019-08-02 Ricardo Rosselló
2019-08-07 2021-01-02 Wanda Vázquez Garced
2021-01-02 2025-01-02 Pedro Pierluisi
2025-01-02 - Jenniffer González-Colón
""")

# ================= ORGANISATIONS =================
# parties
ORG("Democratic Party", "USA", "PTY", "Democrats|US Democratic Party")
ORG("Republican Party", "USA", "PTY", "GOP|Republicans|US Republican Party")
ORG("Liberal Party of Canada", "CAN", "PTY", "Liberal Party|Canadian Liberals")
ORG("Conservative Party of Canada", "CAN", "PTY", "Canadian Conservatives")
ORG("New Democratic Party", "CAN", "PTY", "NDP")
ORG("Bloc Québécois", "CAN", "PTY", "Bloc Quebecois")
ORG("Morena", "MEX", "PTY", "National Regeneration Movement|Movimiento Regeneración Nacional")
ORG("Institutional Revolutionary Party", "MEX", "PTY", "PRI|Partido Revolucionario Institucional")
ORG("National Action Party", "MEX", "PTY", "PAN|Partido Acción Nacional")
ORG("Movimiento Semilla", "GTM", "PTY", "Semilla")
ORG("Nuevas Ideas", "SLV", "PTY", "")
ORG("Farabundo Martí National Liberation Front", "SLV", "PTY", "FMLN")
ORG("Nationalist Republican Alliance", "SLV", "PTY", "ARENA")
ORG("Sandinista National Liberation Front", "NIC", "PTY", "FSLN|Sandinistas")
ORG("Liberty and Refoundation", "HND", "PTY", "Libre|LIBRE")
ORG("National Party of Honduras", "HND", "PTY", "")
ORG("Communist Party of Cuba", "CUB", "PTY", "PCC|Cuban Communist Party")
ORG("United Socialist Party of Venezuela", "VEN", "PTY", "PSUV")
ORG("Democratic Unity Roundtable", "VEN", "PTY", "MUD|Mesa de la Unidad Democrática")
ORG("Unitary Platform", "VEN", "PTY", "Plataforma Unitaria")
ORG("Vente Venezuela", "VEN", "PTY", "")
ORG("Voluntad Popular", "VEN", "PTY", "Popular Will")
ORG("Pacto Histórico", "COL", "PTY", "Historic Pact|Pacto Historico")
ORG("Centro Democrático", "COL", "PTY", "Democratic Center|Centro Democratico")
ORG("Comunes", "COL", "PTY", "Commons party")
ORG("Citizen Revolution Movement", "ECU", "PTY", "Revolución Ciudadana|Revolucion Ciudadana|RC5")
ORG("Acción Democrática Nacional", "ECU", "PTY", "ADN|National Democratic Action")
ORG("Pachakutik", "ECU", "PTY", "")
ORG("Fuerza Popular", "PER", "PTY", "Popular Force")
ORG("Perú Libre", "PER", "PTY", "Peru Libre|Free Peru")
ORG("Movement for Socialism", "BOL", "PTY", "MAS|MAS-IPSP|Movimiento al Socialismo")
ORG("Partido Demócrata Cristiano (Bolivia)", "BOL", "PTY", "")
ORG("Republican Party of Chile", "CHL", "PTY", "Partido Republicano")
ORG("Frente Amplio (Chile)", "CHL", "PTY", "")
ORG("Socialist Party of Chile", "CHL", "PTY", "")
ORG("Communist Party of Chile", "CHL", "PTY", "")
ORG("National Renewal", "CHL", "PTY", "Renovación Nacional")
ORG("La Libertad Avanza", "ARG", "PTY", "LLA|Freedom Advances")
ORG("Justicialist Party", "ARG", "PTY", "Peronist Party|Partido Justicialista|PJ")
ORG("Unión por la Patria", "ARG", "PTY", "Union for the Homeland")
ORG("PRO", "ARG", "PTY", "Propuesta Republicana|Republican Proposal")
ORG("Frente Amplio (Uruguay)", "URY", "PTY", "Broad Front")
ORG("National Party of Uruguay", "URY", "PTY", "Partido Nacional|Blancos")
ORG("Colorado Party (Paraguay)", "PRY", "PTY", "Partido Colorado|ANR")
ORG("Workers' Party", "BRA", "PTY", "Partido dos Trabalhadores|PT")
ORG("Liberal Party (Brazil)", "BRA", "PTY", "Partido Liberal")
ORG("Brazilian Democratic Movement", "BRA", "PTY", "MDB|PMDB")
ORG("Brazilian Social Democracy Party", "BRA", "PTY", "PSDB")
ORG("Modern Revolutionary Party", "DOM", "PTY", "PRM")
ORG("Dominican Liberation Party", "DOM", "PTY", "PLD")
ORG("Jamaica Labour Party", "JAM", "PTY", "JLP")
ORG("People's National Party", "JAM", "PTY", "PNP")
ORG("People's Progressive Party/Civic", "GUY", "PTY", "PPP/C")
ORG("United National Congress", "TTO", "PTY", "UNC")
ORG("People's National Movement", "TTO", "PTY", "PNM")
ORG("Realizing Goals", "PAN", "PTY", "Realizando Metas|RM")
ORG("Democratic Revolutionary Party", "PAN", "PTY", "PRD")
# armed groups, cartels, gangs
ORG("Revolutionary Armed Forces of Colombia", "COL", "REB", "FARC|FARC-EP|Fuerzas Armadas Revolucionarias de Colombia")
ORG("Estado Mayor Central", "COL", "REB", "EMC|FARC dissidents|FARC-EMC")
ORG("Segunda Marquetalia", "COL", "REB", "Second Marquetalia")
ORG("National Liberation Army", "COL", "REB", "ELN|Ejército de Liberación Nacional")
ORG("Popular Liberation Army", "COL", "REB", "EPL")
ORG("United Self-Defense Forces of Colombia", "COL", "PRM", "AUC|Autodefensas Unidas de Colombia")
ORG("Clan del Golfo", "COL", "CRM", "Gulf Clan|Autodefensas Gaitanistas de Colombia|AGC|Urabeños|Los Urabeños|Ejército Gaitanista de Colombia|EGC")
ORG("Medellín Cartel", "COL", "CRM", "Medellin Cartel")
ORG("Cali Cartel", "COL", "CRM", "")
ORG("Norte del Valle Cartel", "COL", "CRM", "")
ORG("Sinaloa Cartel", "MEX", "CRM", "Cártel de Sinaloa|Cartel de Sinaloa")
ORG("Jalisco New Generation Cartel", "MEX", "CRM", "CJNG|Cártel de Jalisco Nueva Generación")
ORG("Los Zetas", "MEX", "CRM", "Zetas")
ORG("Gulf Cartel", "MEX", "CRM", "Cártel del Golfo|CDG")
ORG("Juárez Cartel", "MEX", "CRM", "Juarez Cartel|La Línea")
ORG("Tijuana Cartel", "MEX", "CRM", "Arellano Félix Organization")
ORG("Beltrán-Leyva Organization", "MEX", "CRM", "Beltran Leyva Cartel|Beltrán Leyva")
ORG("La Familia Michoacana", "MEX", "CRM", "Familia Michoacana")
ORG("Knights Templar Cartel", "MEX", "CRM", "Caballeros Templarios|Knights Templar")
ORG("Cártel del Noreste", "MEX", "CRM", "Cartel del Noreste|CDN")
ORG("Guerreros Unidos", "MEX", "CRM", "")
ORG("Santa Rosa de Lima Cartel", "MEX", "CRM", "CSRL")
ORG("Zapatista Army of National Liberation", "MEX", "REB", "EZLN|Zapatistas")
ORG("Los Choneros", "ECU", "CRM", "Choneros")
ORG("Los Lobos", "ECU", "CRM", "")
ORG("Los Tiguerones", "ECU", "CRM", "Tiguerones")
ORG("Los Chone Killers", "ECU", "CRM", "Chone Killers")
ORG("Tren de Aragua", "VEN", "CRM", "")
ORG("Cartel of the Suns", "VEN", "CRM", "Cartel de los Soles|Cártel de los Soles")
ORG("Colectivos", "VEN", "PRM", "")
ORG("MS-13", "SLV", "CRM", "Mara Salvatrucha|MS13|Mara Salvatrucha 13")
ORG("Barrio 18", "SLV", "CRM", "18th Street gang|Calle 18|M-18")
ORG("Viv Ansanm", "HTI", "CRM", "Live Together")
ORG("G9 an Fanmi e Alye", "HTI", "CRM", "G9|G9 Family and Allies|G9 Fanmi")
ORG("400 Mawozo", "HTI", "CRM", "")
ORG("Gran Grif", "HTI", "CRM", "")
ORG("G-Pèp", "HTI", "CRM", "GPèp|G-Pep")
ORG("Shining Path", "PER", "REB", "Sendero Luminoso|Militarized Communist Party of Peru")
ORG("Primeiro Comando da Capital", "BRA", "CRM", "PCC|First Capital Command")
ORG("Comando Vermelho", "BRA", "CRM", "Red Command|CV")
ORG("Paraguayan People's Army", "PRY", "REB", "EPP|Ejército del Pueblo Paraguayo")

# ---------------- additions ----------------
O("Chief Justice of the United States", "USA", """
1986-09-26 2005-09-03 William Rehnquist
2005-09-29 - John Roberts
""", sector="JUD")
O("United States Trade Representative", "USA", """
2017-05-15 2021-01-20 Robert Lighthizer
2021-03-18 2025-01-20 Katherine Tai
2025-02-27 - Jamieson Greer
""")
R("Howard Lutnick", "Commerce Secretary of the United States", "USA", "GOV", "2025-02-21", None)
P("John Roberts", "Chief Justice Roberts")
P("Howard Lutnick", "Lutnick")
P("Jamieson Greer", "")
P("Robert Lighthizer", "Lighthizer")
R("Jagmeet Singh", "Leader of the New Democratic Party", "CAN", "OPP", "2017-10-01", "2025-04-28")
P("Jagmeet Singh", "")
O("Interior Minister of Mexico", "MEX", """   # Secretary of the Interior (Gobernación)
2018-12-01 2021-08-26 Olga Sánchez Cordero
2021-08-26 2023-06-16 Adán Augusto López
2023-06-19 2024-10-01 Luisa María Alcalde
2024-10-01 - Rosa Icela Rodríguez
""")
P("Adán Augusto López", "Adán Augusto|Adan Augusto Lopez")
P("Olga Sánchez Cordero", "Sánchez Cordero|Sanchez Cordero")
P("Rosa Icela Rodríguez", "Rosa Icela Rodriguez")
P("Luisa María Alcalde", "Luisa Maria Alcalde")
O("Defence Minister of Colombia", "COL", """
2010-08-07 2011-09-05 Rodrigo Rivera
2011-09-05 2015-06-22 Juan Carlos Pinzón
2015-06-22 2018-08-07 Luis Carlos Villegas
2018-08-07 2019-11-06 Guillermo Botero
2021-02-02 2022-08-07 Diego Molano
""")
O("Foreign Minister of Colombia", "COL", """
2019-11-12 2021-05-13 Claudia Blum
2021-05-13 2022-08-07 Marta Lucía Ramírez
""")
R("Marta Lucía Ramírez", "Vice President of Colombia", "COL", "GOV", "2018-08-07", "2022-08-07")
P("Juan Carlos Pinzón", "Pinzón|Pinzon")
P("Diego Molano", "")
P("Marta Lucía Ramírez", "Marta Lucia Ramirez")
O("Foreign Minister of Ecuador", "ECU", """
2023-11-23 - Gabriela Sommerfeld
""")
O("Foreign Minister of Bolivia", "BOL", """
2006-01-23 2017-01-23 David Choquehuanca
""")
O("Foreign Minister of Chile", "CHL", """
2014-03-11 2018-03-11 Heraldo Muñoz
""")
O("Prime Minister of Peru", "PER", """
2025-05-14 2025-10-10 Eduardo Arana
""")
# armed-group and cartel leaders (default sector; no dated roles)
P("Manuel Marulanda", "Tirofijo|Pedro Antonio Marín", country="COL", sector="REB")
P("Alfonso Cano", "", country="COL", sector="REB")
P("Raúl Reyes", "Raul Reyes", country="COL", sector="REB")
P("Rodrigo Londoño", "Timochenko|Timoleón Jiménez|Rodrigo Londono", country="COL", sector="REB")
R("Rodrigo Londoño", "Commander of the FARC", "COL", "REB", "2011-11-15", "2017-06-27")
R("Rodrigo Londoño", "Leader of the Comunes party", "COL", "OPP", "2017-09-01", None)
P("Iván Márquez", "Ivan Marquez|Luciano Marín Arango", country="COL", sector="REB")
P("Iván Mordisco", "Ivan Mordisco|Néstor Gregorio Vera", country="COL", sector="REB")
P("Pablo Beltrán", "Pablo Beltran", country="COL", sector="REB")
P("Eliécer Erlinto Chamorro", "Antonio García|Antonio Garcia", country="COL", sector="REB")
P("Nicolás Rodríguez Bautista", "Gabino", country="COL", sector="REB")
P("Dairo Antonio Úsuga", "Otoniel|Dairo Antonio Usuga", country="COL", sector="CRM")
P("Pablo Escobar", "Escobar", country="COL", sector="CRM")
P("Joaquín Guzmán", "El Chapo|Chapo Guzmán|Chapo Guzman|Joaquín El Chapo Guzmán|Joaquin Guzman", country="MEX", sector="CRM")
P("Ismael Zambada", "El Mayo|Mayo Zambada|Ismael El Mayo Zambada", country="MEX", sector="CRM")
P("Ovidio Guzmán", "Ovidio Guzman|El Ratón", country="MEX", sector="CRM")
P("Iván Archivaldo Guzmán", "Ivan Archivaldo Guzman", country="MEX", sector="CRM")
P("Nemesio Oseguera", "El Mencho|Nemesio Oseguera Cervantes", country="MEX", sector="CRM")
P("Rafael Caro Quintero", "Caro Quintero", country="MEX", sector="CRM")
P("Adolfo Macías", "Fito|Adolfo Macías Villamar|Adolfo Macias", country="ECU", sector="CRM")
P("Héctor Guerrero Flores", "Niño Guerrero|Nino Guerrero", country="VEN", sector="CRM")
ORG("Los Chapitos", "MEX", "CRM", "Chapitos")
ORG("La Mayiza", "MEX", "CRM", "")
ORG("Primeros Comandos de la Frontera", "COL", "CRM", "Comandos de la Frontera")
O("Ambassador of the United States to the United Nations", "USA", """
2005-08-02 2006-12-31 John Bolton
2009-01-22 2013-06-30 Susan Rice
2013-08-05 2017-01-20 Samantha Power
2017-01-27 2018-12-31 Nikki Haley
2021-02-24 2025-01-20 Linda Thomas-Greenfield
2025-09-19 - Mike Waltz
""")
O("Governor of South Carolina", "USA", """
2011-01-12 2017-01-24 Nikki Haley
""")
O("Governor of Florida", "USA", """
2019-01-08 - Ron DeSantis
""")
O("Governor of California", "USA", """
2011-01-03 2019-01-07 Jerry Brown
2019-01-07 - Gavin Newsom
""")
O("Governor of Texas", "USA", """
2015-01-20 - Greg Abbott
""")
O("Mayor of New York City", "USA", """
2002-01-01 2013-12-31 Michael Bloomberg
2014-01-01 2021-12-31 Bill de Blasio
2022-01-01 2025-12-31 Eric Adams
2026-01-01 - Zohran Mamdani
""")
O("House Democratic Leader", "USA", """
2023-01-03 - Hakeem Jeffries
""", sector="LEG")
P("Nikki Haley", "")
P("Samantha Power", "")
P("Linda Thomas-Greenfield", "Thomas-Greenfield")
P("Ron DeSantis", "DeSantis")
P("Gavin Newsom", "Newsom")
P("Greg Abbott", "")
P("Jerry Brown", "")
P("Michael Bloomberg", "Mike Bloomberg")
P("Bill de Blasio", "de Blasio|De Blasio")
P("Eric Adams", "")
P("Zohran Mamdani", "Mamdani")
P("Hakeem Jeffries", "Jeffries")
O("Justice Minister of Brazil", "BRA", """
2019-01-01 2020-04-24 Sergio Moro
2023-01-01 2024-01-31 Flávio Dino
2024-02-01 - Ricardo Lewandowski
""")
P("Sergio Moro", "Moro|Sérgio Moro")
P("Flávio Dino", "Flavio Dino")
P("Ricardo Lewandowski", "Lewandowski")
ORG("Movimiento Ciudadano", "MEX", "PTY", "Citizens' Movement")
ORG("Colombian Liberal Party", "COL", "PTY", "Partido Liberal Colombiano")
ORG("Colombian Conservative Party", "COL", "PTY", "Partido Conservador Colombiano")
ORG("Independent Democratic Union", "CHL", "PTY", "UDI")
ORG("American Popular Revolutionary Alliance", "PER", "PTY", "APRA")
ORG("Social Christian Party (Ecuador)", "ECU", "PTY", "Partido Social Cristiano")
ORG("CREO", "ECU", "PTY", "Creating Opportunities")
ORG("Fanmi Lavalas", "HTI", "PTY", "Lavalas")
ORG("Haitian Tèt Kale Party", "HTI", "PTY", "PHTK")
ORG("Los Rastrojos", "COL", "CRM", "Rastrojos")
ORG("La Oficina de Envigado", "COL", "CRM", "Oficina de Envigado")
ORG("Autodefensas Conquistadoras de la Sierra Nevada", "COL", "CRM", "Los Pachenca|ACSN")
ORG("Cárteles Unidos", "MEX", "CRM", "Carteles Unidos")
ORG("Los Viagras", "MEX", "CRM", "Viagras")
ORG("Coordinadora Arauco-Malleco", "CHL", "REB", "CAM|Arauco-Malleco Coordinating Group")
ORG("5 Segonn", "HTI", "CRM", "Village de Dieu gang|5 Seconds gang")
ORG("Kraze Baryè", "HTI", "CRM", "Kraze Barye")
O("Vice President of the Dominican Republic", "DOM", """
2012-08-16 2020-08-16 Margarita Cedeño
2020-08-16 - Raquel Peña
""")
O("Vice President of Nicaragua", "NIC", """
2007-01-10 2012-01-10 Jaime Morales Carazo
2012-01-10 2017-01-10 Omar Halleslevens
""")
O("Prime Minister of Guyana", "GUY", """
2020-08-02 - Mark Phillips
""")
