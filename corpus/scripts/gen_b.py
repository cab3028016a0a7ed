#!/usr/bin/env python3
"""Generate the templated share of killdeer corpus part B.

Writes corpus/events_b_gen.jsonl (ids BG-00001...). Deterministic (fixed seed).
Each (category, mode) has its own actors, recipients, verb phrases and trailers;
sentences are built from several syntactic frames (active, passive, reported
speech, dateline, machine-translated Romance-style word order, nominalised,
consequence clauses) so that the share varies syntax and vocabulary, not only names.
Hand-written sentences live in corpus/events_b.jsonl
this file must stay <35%
of part B.
"""
import json
import os
import random
import re

rng = random.Random(20261129)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'events_b_gen.jsonl')

# (city/region phrase, country, dateline)
PLACES = [
    ("in Maiduguri", "NIGERIA", "MAIDUGURI, Nigeria"), ("in Goma", "CONGO", "GOMA, Congo"),
    ("in Kharkiv", "UKRAINE", "KHARKIV, Ukraine"), ("in Mosul", "IRAQ", "MOSUL, Iraq"),
    ("in Kandahar", "AFGHANISTAN", "KANDAHAR, Afghanistan"), ("in Peshawar", "PAKISTAN", "PESHAWAR, Pakistan"),
    ("in Culiacán", "MEXICO", "CULIACÁN, Mexico"), ("in Port-au-Prince", "HAITI", "PORT-AU-PRINCE, Haiti"),
    ("in Bamako", "MALI", "BAMAKO, Mali"), ("in Ouagadougou", "BURKINA FASO", "OUAGADOUGOU, Burkina Faso"),
    ("in Khartoum", "SUDAN", "KHARTOUM, Sudan"), ("in Mogadishu", "SOMALIA", "MOGADISHU, Somalia"),
    ("in Sanaa", "YEMEN", "SANAA, Yemen"), ("in Tripoli", "LIBYA", "TRIPOLI, Libya"),
    ("in Idlib", "SYRIA", "IDLIB, Syria"), ("in Jenin", "WEST BANK", "JENIN, West Bank"),
    ("in Caracas", "VENEZUELA", "CARACAS, Venezuela"), ("in Guayaquil", "ECUADOR", "GUAYAQUIL, Ecuador"),
    ("in Tegucigalpa", "HONDURAS", "TEGUCIGALPA, Honduras"), ("in Cali", "COLOMBIA", "CALI, Colombia"),
    ("in Dhaka", "BANGLADESH", "DHAKA, Bangladesh"), ("in Yangon", "MYANMAR", "YANGON, Myanmar"),
    ("in Mandalay", "MYANMAR", "MANDALAY, Myanmar"), ("in Tbilisi", "GEORGIA", "TBILISI, Georgia"),
    ("in Minsk", "BELARUS", "MINSK, Belarus"), ("in Tehran", "IRAN", "TEHRAN, Iran"),
    ("in Nairobi", "KENYA", "NAIROBI, Kenya"), ("in Kampala", "UGANDA", "KAMPALA, Uganda"),
    ("in Conakry", "GUINEA", "CONAKRY, Guinea"), ("in Maputo", "MOZAMBIQUE", "MAPUTO, Mozambique"),
    ("in Beni", "CONGO", "BENI, Congo"), ("in Juba", "SOUTH SUDAN", "JUBA, South Sudan"),
    ("in Quetta", "PAKISTAN", "QUETTA, Pakistan"), ("in Manila", "PHILIPPINES", "MANILA, Philippines"),
    ("in Lima", "PERU", "LIMA, Peru"), ("in La Paz", "BOLIVIA", "LA PAZ, Bolivia"),
    ("in Dakar", "SENEGAL", "DAKAR, Senegal"), ("in Niamey", "NIGER", "NIAMEY, Niger"),
    ("in Addis Ababa", "ETHIOPIA", "ADDIS ABABA, Ethiopia"), ("in Bangui", "CENTRAL AFRICAN REPUBLIC", "BANGUI, Central African Republic"),
    ("near Bakhmut", "UKRAINE", "KYIV, Ukraine"), ("near the border town of Torkham", "PAKISTAN", "ISLAMABAD, Pakistan"),
    ("in the north of Cabo Delgado province", "MOZAMBIQUE", "MAPUTO, Mozambique"),
    ("in the Sahel region of Tillabéri", "NIGER", "NIAMEY, Niger"), ("in Darfur's capital El Fasher", "SUDAN", "PORT SUDAN, Sudan"),
    ("in Zamfara state", "NIGERIA", "ABUJA, Nigeria"), ("in the Catatumbo region", "COLOMBIA", "BOGOTÁ, Colombia"),
    ("in Rakhine state", "MYANMAR", "YANGON, Myanmar"), ("in the Kurram tribal district", "PAKISTAN", "PESHAWAR, Pakistan"),
]
SRC = ["police said", "officials said", "a local official told reporters", "witnesses said",
       "the army said in a statement", "state media reported", "a rights group said",
       "residents told Reuters", "according to a security source", "the regional governor said",
       "local media reported", "a hospital official said", "the interior ministry said",
       "an AFP correspondent reported"]
SRC_PRE = ["According to police,", "Officials said", "Residents said", "A spokesman for the governor said",
           "Human rights monitors said", "The local prosecutor's office said", "Security sources said",
           "Witnesses told AFP that", "A statement from the army said", "Local journalists reported that"]
TIME = ["on Monday", "on Tuesday", "late on Wednesday", "early on Thursday", "on Friday", "overnight",
        "on Saturday", "on Sunday", "last week", "at dawn", "in the early hours of Sunday", "on Tuesday evening"]
TIME_MT = ["this Monday", "this Tuesday", "this Wednesday", "this Thursday", "this Friday", "this Saturday", "this Sunday"]
SRC_MT = ["reported the Public Ministry", "made known a military source", "informed the local authorities",
          "confirmed the prosecutor's office", "indicated a police report", "denounced human rights organizations",
          "according to the daily El Tiempo", "according to the newspaper O Globo", "according to Radio Okapi"]
REACT = ["has raised tensions in the region", "was the third such incident this month",
         "came days before planned talks", "has alarmed residents", "marks an escalation of the conflict",
         "was widely reported on local radio", "was confirmed by several witnesses"]
NUMS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "11", "12", "14", "15", "17", "20", "23", "31", "40"]

def plural(r):
    head = r.split(' of ')[0].split(' in ')[0].split()[-1].lower()
    if r.split()[0].lower() in NUMS or r.split()[0].lower() in ('dozens', 'hundreds', 'several', 'many', 'thousands'):
        return True
    return head.endswith('s') and not head.endswith(('ss', 'us', 'is'))

def cap(s):
    return s[0].upper() + s[1:]

PROPER = {"Islamic", "Israeli", "Hezbollah", "Houthi"}

def lower_first(s):
    """Lowercase the first letter of a generic actor placed mid-sentence."""
    w = s.split()[0]
    if w in PROPER or (len(w) > 1 and w[1].isupper()):
        return s
    return s[0].lower() + s[1:]

recs = []
seen = set()

def emit(text, evs, note=None):
    if text in seen:
        return False
    seen.add(text)
    r = {"id": "", "text": text, "events": evs}
    if note:
        r["note"] = note
    recs.append(r)
    return True

def ev(cat, mode, ctx, text, trig_idx, trig, actor, recip, aux=()):
    e = {"event": cat, "mode": [m for m in mode], "context": list(ctx), "trigger": trig}
    if text.count(trig) > 1:
        e["trigger_index"] = trig_idx
    e["actor"] = [actor]
    e["recipient"] = [recip] if recip else []
    e["aux"] = list(aux)
    return e

def render(tpl, vals):
    """Render template; returns (text, trigger_offset). {V} marks trigger."""
    t = tpl
    for k, v in vals.items():
        if k != 'V':
            t = t.replace('{' + k + '}', v)
    t.index('{V}')
    t = t.replace('{V}', vals['V'])
    t = re.sub(r'\s+', ' ', t).replace(' ,', ',').replace(' .', '.')
    # recompute offset after whitespace normalisation
    pre = re.sub(r'\s+', ' ', tpl[:tpl.index('{V}')])
    for k, v in vals.items():
        if k != 'V':
            pre = pre.replace('{' + k + '}', v)
    pre = re.sub(r'\s+', ' ', pre).replace(' ,', ',').replace(' .', '.')
    off = len(pre)
    if not t.startswith(vals['V'], off):
        off = t.find(vals['V'])
    t = t[0].upper() + t[1:]
    m = re.match(r'^([A-ZÁÉÍÓÚ\- ,.\w]+? - )([a-z])', t)
    if tpl.startswith('{DL}') and m:
        t = t[:m.end(1)] + t[m.end(1)].upper() + t[m.end(1) + 1:]
    return t, off

# Frames. {A} actor (sentence-initial form), {a} actor (mid-sentence), {V} verb (past), {R} recipient,
# {P} place, {T} time, {S} source, {SP} source prefix, {DL} dateline, {TM} MT-time, {SM} MT-source, {TR} trailer
FR_REC = [
    "{A} {V} {R} {P} {T}, {S}.",
    "{SP} {a} {V} {R} {P} {T}.",
    "{DL} - {A} {V} {R} {P} {T}, {S}.",
    "{A} {V} {TM} {R} {P}, {SM}.",
    "{A} {V} {R} {P} {T}, {TR}.",
    "{T}, {a} {V} {R} {P}, {S}.",
]
FR_PASS = [
    "{R} {BE} {V} by {a} {P} {T}, {S}.",
    "{DL} - {R} {BE} {V} by {a} {P} {T}, {S}.",
]
FR_NOREC = [
    "{A} {V} {P} {T}, {S}.",
    "{SP} {a} {V} {P} {T}.",
    "{DL} - {A} {V} {P} {T}, {S}.",
    "{A} {V} {TM} {P}, {SM}.",
    "{A} {V} {P} {T}, {TR}.",
]
FR_NOM = ["The {V} of {R} by {a} {P} {T} {REACT}."]

def gen_mode(cat, mode, n, actors, verbs, recips=None, trailers=None, ctx=(), pp=None, noms=None, note=None, places=True):
    """verbs: list of past-tense phrases; pp: list of past participles (parallel) for passive; noms: nouns."""
    made = 0
    tries = 0
    trailers = trailers or ["{S}"]
    while made < n and tries < n * 50:
        tries += 1
        A = rng.choice(actors)
        vi = rng.randrange(len(verbs))
        V = verbs[vi]
        P, _, DL = rng.choice(PLACES)
        if not places:
            P = ""
        vals = {"A": A, "a": lower_first(A), "V": V, "P": P, "T": rng.choice(TIME), "S": rng.choice(SRC),
                "SP": rng.choice(SRC_PRE), "DL": DL + " -", "TM": rng.choice(TIME_MT), "SM": rng.choice(SRC_MT),
                "REACT": rng.choice(REACT)}
        vals["DL"] = DL
        vals["TR"] = rng.choice(trailers).replace("{N}", rng.choice(NUMS)).replace("{S}", rng.choice(SRC))
        R = None
        if recips:
            R = rng.choice(recips)
            vals["R"] = R
            roll = rng.random()
            if pp and pp[vi] and roll < 0.22:
                tpl = rng.choice(FR_PASS)
                vals["V"] = pp[vi]
                vals["BE"] = "were" if plural(R) else "was"
                vals["R"] = R
            elif noms and roll < 0.32:
                tpl = FR_NOM[0]
                vals["V"] = rng.choice(noms)
            else:
                tpl = rng.choice(FR_REC)
                while '{TM}' in tpl and V.split()[-1] in ('from', 'to', 'at', 'on', 'into', 'of', 'with', 'for', 'in', 'about', 'against', 'under', 'near', 'targeting', 'over', 'hit'):
                    tpl = rng.choice(FR_REC)
        else:
            tpl = rng.choice(FR_NOREC)
        text, off = render(tpl, vals)
        # actor as it appears in the text
        act = vals["a"] if ("{a}" in tpl) else A
        if act not in text:
            act = A if A in text else cap(act)
        if act not in text:
            continue
        rec = R if R else None
        if rec and rec not in text:
            rec = cap(rec)
            if rec not in text:
                continue
        trig = vals["V"]
        if text[off:off + len(trig)] != trig:
            off = text.find(trig)
            if off < 0:
                trig = cap(trig)
                off = text.find(trig)
            if off < 0:
                continue
        e = ev(cat, [mode] if isinstance(mode, str) else mode, ctx, text, off, trig, act, rec)
        if emit(text, [e], note):
            made += 1
    return made

def gen_neg(n):
    """Negated / hypothetical / future variants built from typed verb triples."""
    items = [
        ("ASSAULT", ["firearms"], "shot", "shoot", ["security forces", "the soldiers", "the police"], ["the protesters", "the students", "unarmed villagers"]),
        ("ASSAULT", ["aerial"], "bombed", "bomb", ["the air force", "government jets", "coalition aircraft"], ["the hospital", "the market", "the displacement camp"]),
        ("ASSAULT", ["abduct"], "kidnapped", "kidnap", ["the rebels", "the militia", "the armed group"], ["the aid workers", "the engineers", "the schoolchildren"]),
        ("COERCE", ["arrest"], "detained", "detain", ["the police", "the security services", "the authorities"], ["the journalist", "opposition leaders", "the student activists"]),
        ("COERCE", ["censor"], "blocked", "block", ["the regulator", "the government", "the information ministry"], ["the news website", "the opposition channel", "the messaging app"]),
        ("SANCTION", ["expel"], "expelled", "expel", ["the government", "the foreign ministry", "the cabinet"], ["the ambassador", "the diplomats", "the consul"]),
        ("PROTEST", ["strike"], "struck", "strike", ["the unions", "the nurses", "the dock workers"], None),
        ("MOBILIZE", ["troops"], "deployed troops", "deploy troops", ["the army", "the defence ministry", "the government"], None),
        ("COERCE", ["curfew"], "imposed a curfew", "impose a curfew", ["the governor", "the military council", "the mayor"], None),
        ("ACCUSE", ["investigate"], "investigated", "investigate", ["the prosecutor", "the commission", "the inspector general"], ["the minister", "the police chief", "the contract"]),
    ]
    SP = ["the minister", "a spokesman", "the statement", "officials", "the company", "the embassy"]
    made = 0
    while made < n:
        cat, mode, past, base, actors, recs_ = rng.choice(items)
        A = rng.choice(actors)
        R = rng.choice(recs_) if recs_ else None
        k = rng.randrange(5)
        obj = (" " + R) if R else ""
        P = rng.choice(PLACES)[0]
        if k == 0:
            text = f"{cap(rng.choice(SP))} said {A} did not {base}{obj} {P}."
            trig = base
            aux = ["negation"]
        elif k == 1:
            text = f"{cap(A)} denied having {past}{obj} {P} {rng.choice(TIME)}."
            trig = past
            aux = ["negation"]
        elif k == 2:
            text = f"If the talks collapse, {A} could {base}{obj} {P}, analysts warned."
            trig = base
            aux = ["hypothetical"]
        elif k == 3:
            text = f"There is no evidence that {A} {past}{obj} {P}, {rng.choice(['observers', 'investigators', 'diplomats'])} said."
            trig = past
            aux = ["negation"]
        else:
            text = f"{cap(A)} may {base}{obj} {P} should the situation deteriorate, {rng.choice(['a diplomat', 'an analyst', 'a source'])} suggested."
            trig = base
            aux = ["hypothetical"]
        off = text.find(trig)
        a_txt = A if A in text else cap(A)
        e = ev(cat, mode, (), text, off, trig, a_txt, R, aux)
        note = "negated event: coded with negation aux" if "negation" in aux else "conditional/speculative: hypothetical aux, not a threat by the actor"
        if emit(text, [e], note):
            made += 1
    return made

KILL = ["killing {N} people, {S}", "leaving {N} dead, {S}", "wounding {N} civilians, {S}", "killing at least {N}, {S}",
        "the third such attack this month, {S}", "in an attack that lasted several hours, {S}"]

def main():
    G = gen_mode
    # ---------------- ASSAULT ----------------
    G("ASSAULT", "suicide-attack", 16,
      ["A suicide bomber", "A bomber wearing an explosives vest", "A teenage suicide bomber", "A suicide car bomber",
       "A militant driving an explosives-laden truck", "An Islamic State suicide attacker", "A female suicide bomber"],
      ["blew himself up at", "detonated his vest at", "rammed a car bomb into", "attacked", "targeted", "struck"],
      ["a crowded market", "a police checkpoint", "the gate of an army base", "a mosque during Friday prayers",
       "a polling station", "a funeral gathering", "a bus station", "a hotel used by officials"],
      KILL, ("terrorism",))
    G("ASSAULT", "drone", 14,
      ["Government forces", "The army", "Rebel forces", "Paramilitary fighters", "Insurgents", "Militia fighters",
       "Jihadist fighters", "Resistance fighters", "Security forces"],
      ["launched drones at", "carried out a drone strike on", "sent kamikaze drones against", "used armed drones to hit", "attacked with explosive-laden drones"],
      ["an ammunition depot", "a fuel storage site", "a military convoy", "a power substation", "an airfield",
       "a command post", "a radar installation", "a vehicle carrying commanders"],
      KILL, ("military",))
    G("ASSAULT", ["beat"], 12,
      ["Police officers", "Plainclothes security agents", "Ruling party supporters", "Prison guards", "Soldiers",
       "A group of men", "Riot police", "Members of a pro-government militia", "Border guards"],
      ["beat", "punched and kicked", "assaulted", "attacked", "roughed up"],
      ["a journalist", "two opposition activists", "a group of students", "migrants at the border",
       "a lawyer", "detained protesters", "a human rights defender", "market traders"],
      ["leaving one hospitalised, {S}", "as he tried to film the scene, {S}", "in front of dozens of witnesses, {S}", "{S}"],
      ("repression",), pp=["beaten", "punched and kicked", "assaulted", "attacked", "roughed up"])
    G("ASSAULT", "sexual", 12,
      ["Soldiers", "Militiamen", "Paramilitary fighters", "Armed men", "Members of a paramilitary unit", "Police officers",
       "Fighters of an armed group", "Prison guards"],
      ["raped", "sexually assaulted", "sexually abused"],
      ["women in a displacement camp", "girls fleeing the fighting", "female detainees", "women collecting firewood",
       "a teenage girl", "women at a checkpoint", "migrant women"],
      ["a UN report said", "a survivors' network said", "according to a medical charity", "{S}"],
      ("gender",), pp=["raped", "sexually assaulted", "sexually abused"])
    G("ASSAULT", "torture", 10,
      ["Interrogators", "Intelligence officers", "Prison guards", "Military intelligence agents", "Militia commanders",
       "Police investigators", "Security service agents"],
      ["tortured", "waterboarded", "administered electric shocks to", "tortured and beat"],
      ["detainees", "political prisoners", "a student activist", "migrants held for ransom", "suspected rebels",
       "an opposition lawmaker", "a detained journalist"],
      ["former detainees testified", "a UN torture investigator said", "according to medical reports", "Amnesty International said"],
      ("human_rights",), pp=["tortured", "waterboarded", None, None])
    G("ASSAULT", "unconventional", 12,
      ["Government forces", "The army", "Islamic State fighters", "Regime forces", "Regime helicopters", "Militants"],
      ["fired chlorine-filled shells at", "used sarin against", "dropped toxic gas on", "attacked with chemical munitions", "used mustard agent against"],
      ["rebel positions", "a residential district", "frontline trenches", "a village",
       "an opposition-held suburb", "a field hospital"],
      ["chemical weapons inspectors said", "{S}", "leaving dozens struggling to breathe, {S}", "doctors said"], ("cbrn",))
    G("ASSAULT", "targeted", 8,
      ["Gunmen on a motorbike", "Unknown assailants", "Hitmen", "A sniper", "Suspected cartel gunmen", "Assailants"],
      ["assassinated", "killed", "executed", "murdered"],
      ["a mayoral candidate", "a local judge", "a community leader", "an environmental defender", "a senior police commander",
       "a prominent cleric", "a trade union leader"],
      ["the third such killing this year, {S}", "{S}", "outside his home, {S}"], ("crime",),
      pp=["assassinated", "killed", "executed", "murdered"], noms=["assassination", "killing", "murder"])
    G("ASSAULT", "firearms", 8,
      ["Gunmen", "Bandits", "Soldiers", "Suspected jihadists", "Members of a criminal gang", "Armed men"],
      ["opened fire on", "shot at", "fired on", "sprayed bullets at"],
      ["worshippers leaving a church", "a bus carrying passengers", "a crowd at a bar", "farmers in their fields",
       "a police patrol", "a wedding party"], KILL, ())
    G("ASSAULT", "explosives", 8,
      ["Insurgents", "Militants", "Rebels", "Separatist fighters", "A jihadist cell", "Suspected Maoist rebels"],
      ["planted a roadside bomb targeting", "detonated an IED under", "set off a bomb near", "mined the road used by", "blew up"],
      ["an army patrol", "a police vehicle", "a bridge on the main highway", "a gas pipeline", "a railway line",
       "a military convoy"], KILL, ("terrorism",))
    G("ASSAULT", "aerial", 6,
      ["Government warplanes", "The air force", "Military helicopters", "Coalition jets", "Israeli aircraft"],
      ["bombed", "struck", "strafed", "hit"],
      ["a rebel-held town", "a market", "a village suspected of hosting fighters", "a camp for displaced people",
       "a fuel depot"], KILL, ("military",), pp=["bombed", "struck", "strafed", "hit"], noms=["bombing"])
    G("ASSAULT", "heavy-weapons", 6,
      ["Artillery units", "Government forces", "Rebel fighters", "Russian forces", "Army tanks"],
      ["shelled", "pounded with artillery", "fired rockets at", "bombarded"],
      ["residential areas", "the city centre", "a frontline village", "an industrial zone", "the outskirts of the town"],
      KILL, ("military",), noms=["shelling", "bombardment"])
    G("ASSAULT", "primitive", 6,
      ["Armed herders", "A mob", "Assailants wielding machetes", "Villagers", "Youths armed with knives"],
      ["hacked to death", "attacked with machetes", "stoned", "stabbed", "set fire to"],
      ["a group of farmers", "a suspected thief", "two traders", "a family in their home", "a police post"],
      KILL, ())
    G("ASSAULT", "abduct", 6,
      ["Gunmen", "Bandits", "Rebels", "Members of an armed group", "Armed men"],
      ["kidnapped", "abducted", "seized"],
      ["two foreign engineers", "a group of pupils", "a Catholic priest", "travellers on the highway", "a local official"],
      ["and demanded a ransom, {S}", "{S}", "and took them into the forest, {S}"], ("crime",),
      pp=["kidnapped", "abducted", "seized"], noms=["kidnapping", "abduction"])
    G("ASSAULT", "destroy", 6,
      ["Rebels", "Militants", "Soldiers", "Settlers", "Islamist fighters"],
      ["destroyed", "demolished", "razed", "blew up"],
      ["a telecommunications tower", "dozens of homes", "a school", "a health centre", "a water pumping station"],
      ["{S}", "leaving hundreds homeless, {S}"], (), noms=["destruction"])
    G("ASSAULT", "crowd-control", 8,
      ["Riot police", "Security forces", "Anti-riot units", "Gendarmes", "Soldiers"],
      ["fired tear gas at", "used water cannon on", "fired rubber bullets at", "lobbed stun grenades at", "fired into the air to disperse"],
      ["demonstrators", "students", "opposition supporters", "striking workers", "mourners", "protesting farmers"],
      ["as the crowd tried to reach parliament, {S}", "{S}", "injuring {N} people, {S}"], ("repression",))
    # ---------------- COERCE ----------------
    G("COERCE", "martial-law", 10,
      ["The government", "The president", "The military council", "The cabinet", "The prime minister", "Parliament"],
      ["declared a state of emergency", "imposed martial law", "declared a state of siege", "suspended constitutional guarantees",
       "extended the state of emergency"],
      None, ["citing gang violence, {S}", "after days of unrest, {S}", "following attacks on security forces, {S}", "{S}"], ())
    G("COERCE", "curfew", 6,
      ["The governor", "The army", "The mayor", "Authorities", "The military junta", "The state government"],
      ["imposed a dusk-to-dawn curfew", "declared a 24-hour curfew", "ordered a night curfew", "extended the curfew"],
      None, ["after clashes between rival groups, {S}", "{S}", "as violence spread, {S}"], ())
    G("COERCE", "withhold", 10,
      ["The authorities", "The government", "The military", "The regime", "The de facto authorities", "Occupying forces"],
      ["cut off electricity to", "shut down internet access in", "blocked food convoys to", "cut water supplies to",
       "halted fuel deliveries to", "suspended mobile services in"],
      ["the besieged district", "opposition-held neighbourhoods", "the old town", "hospitals",
       "camps for displaced people", "several villages"],
      ["{S}", "for the third day, {S}", "as fighting continued, {S}"], ("human_security",))
    G("COERCE", "misinformation", 10,
      ["State television", "A network of fake accounts linked to the government", "Pro-government bloggers",
       "A state-backed troll farm", "Military propagandists", "The ruling party's media office"],
      ["spread fabricated claims about", "circulated doctored videos of", "published fake news about",
       "ran a disinformation campaign against", "posted deepfake audio of"],
      ["the opposition candidate", "exiled journalists", "the electoral commission", "a foreign NGO", "protest leaders"],
      ["fact-checkers found", "researchers said", "a digital rights group said", "{S}"], ("misinformation",))
    G("COERCE", "censor", 8,
      ["The information ministry", "The broadcasting regulator", "Authorities", "The military government", "The telecom regulator"],
      ["suspended", "shut down", "blocked access to", "banned", "took off the air"],
      ["an independent radio station", "an opposition newspaper", "a news website", "a foreign broadcaster", "a satirical TV programme"],
      ["over its coverage of the protests, {S}", "{S}", "accusing it of spreading false news, {S}"], ("rights_freedoms",))
    G("COERCE", "cyber", 6,
      ["State-backed hackers", "A ransomware gang", "Hacktivists", "A hacking group linked to military intelligence"],
      ["hacked", "breached", "knocked offline", "encrypted the servers of"],
      ["the election commission's website", "a hospital network", "the foreign ministry's email system", "a major port operator"],
      ["{S}", "disrupting services for days, {S}"], ("cyber",))
    G("COERCE", "deport", 6,
      ["The interior ministry", "Immigration authorities", "The government", "Border officials"],
      ["deported", "expelled", "forcibly returned"],
      ["dozens of migrants", "a foreign journalist", "an activist", "asylum seekers", "a foreign cleric"],
      ["{S}", "despite a pending appeal, {S}"], ("migration",), pp=["deported", "expelled", "forcibly returned"])
    G("COERCE", "seize", 6,
      ["Police", "Tax inspectors", "Anti-corruption agents", "Soldiers", "Customs officers"],
      ["raided", "searched", "confiscated", "seized"],
      ["the offices of an opposition party", "the home of a former minister", "a newspaper's printing press", "a cargo of weapons"],
      ["{S}", "removing documents and computers, {S}"], (), pp=["raided", "searched", "confiscated", "seized"])
    G("COERCE", "restrict", 6,
      ["The electoral commission", "Authorities", "The interior ministry", "Police"],
      ["disqualified", "banned the activities of", "imposed travel bans on", "suspended the registration of"],
      ["opposition candidates", "the main opposition party", "a student union", "rights activists"],
      ["{S}", "ahead of the vote, {S}"], ("rights_freedoms",))
    G("COERCE", "arrest", 6,
      ["Police", "Security forces", "Intelligence agents", "Gendarmes", "Military police"],
      ["arrested", "detained", "rounded up", "took into custody"],
      ["dozens of protesters", "an opposition spokesman", "two journalists", "student leaders", "a prominent lawyer"],
      ["{S}", "without a warrant, their lawyers said", "in a dawn raid, {S}"], ("repression",),
      pp=["arrested", "detained", "rounded up", "taken into custody"], noms=["arrest", "detention"])
    # ---------------- MOBILIZE ----------------
    G("MOBILIZE", "troops", 15,
      ["The army", "The defence ministry", "The government", "Military commanders", "The junta", "The general staff"],
      ["deployed thousands of troops", "sent army reinforcements", "put its forces on high alert", "massed troops",
       "moved an armoured brigade", "called up reservists", "held large-scale military exercises"],
      None, ["{S}", "amid rising tensions with its neighbour, {S}", "ahead of the disputed vote, {S}"], ("military",))
    G("MOBILIZE", "police", 14,
      ["The police", "The interior ministry", "Authorities", "The government", "The police commissioner"],
      ["deployed riot police", "put security forces on alert", "mobilised thousands of officers", "set up police checkpoints",
       "stationed anti-riot units"],
      None, ["ahead of planned protests, {S}", "{S}", "before the verdict, {S}"], ())
    G("MOBILIZE", "weapons", 14,
      ["The navy", "The general staff", "The defence ministry", "The military", "The government"],
      ["dispatched warships", "moved missile batteries", "deployed fighter jets", "test-fired a ballistic missile",
       "sent an aircraft carrier", "placed air defences on alert"],
      None, ["{S}", "in a show of force, {S}", "amid tensions over disputed waters, {S}"], ("military",), places=False)
    G("MOBILIZE", "militia", 14,
      ["Rebel commanders", "The militia", "The armed group", "Jihadist fighters", "The paramilitary force", "Gang leaders"],
      ["massed fighters", "deployed fighters", "mobilised hundreds of gunmen", "regrouped their forces", "set up armed checkpoints"],
      None, ["{S}", "ahead of an expected offensive, {S}", "residents said"], ())
    # ---------------- PROTEST ----------------
    G("PROTEST", "hunger", 8,
      ["Detained activists", "Jailed opposition leaders", "Migrants held in a detention centre", "Political prisoners",
       "A jailed journalist", "Striking teachers"],
      ["began a hunger strike", "went on hunger strike", "launched a hunger strike", "refused food"],
      None, ["to protest their detention, {S}", "{S}", "demanding a fair trial, their lawyers said"], ())
    G("PROTEST", "riot", 8,
      ["Rioters", "Angry youths", "Crowds", "Protesters"],
      ["torched", "ransacked", "looted", "set fire to"],
      ["police vehicles", "the offices of the ruling party", "a government building", "shops in the city centre"],
      ["{S}", "after the death of a young man in custody, {S}"], ())
    G("PROTEST", "vandalize", 8,
      ["Climate activists", "Protesters", "Demonstrators", "Activists"],
      ["splashed paint on", "defaced", "toppled", "sprayed slogans on"],
      ["a statue of a colonial governor", "the facade of the ministry", "a monument in the main square", "a famous painting"],
      ["{S}", "in a symbolic protest, {S}"], ())
    G("PROTEST", "boycott", 6,
      ["Opposition parties", "Consumers", "Students", "Lawyers", "Traders"],
      ["boycotted"],
      ["the parliamentary elections", "goods from the neighbouring country", "classes", "the courts", "the official ceremony"],
      ["{S}", "in protest at the arrests, {S}"], ())
    G("PROTEST", "strike", 6,
      ["Teachers", "Doctors", "Dock workers", "Miners", "Bus drivers", "Health workers"],
      ["went on strike", "walked off the job", "began an indefinite strike", "staged a 48-hour strike"],
      None, ["over unpaid wages, {S}", "{S}", "demanding higher pay, union leaders said"], ())
    G("PROTEST", "demo", 6,
      ["Thousands of people", "Hundreds of students", "Opposition supporters", "Women's groups", "Farmers"],
      ["marched", "rallied", "demonstrated", "held a sit-in"],
      None, ["{S}", "calling for the release of detained activists, {S}"], ())
    G("PROTEST", "obstruct", 6,
      ["Truck drivers", "Farmers", "Residents", "Indigenous groups", "Taxi drivers"],
      ["blocked", "blockaded", "barricaded"],
      ["the main highway", "access to the port", "the entrance to the mine", "roads into the capital"],
      ["{S}", "for a third day, {S}"], ())
    # ---------------- SANCTION ----------------
    G("SANCTION", "convict", 13,
      ["A court", "A military tribunal", "The high court", "Judges", "The appeals court", "A criminal court"],
      ["convicted", "fined", "issued a guilty verdict against"],
      ["the former minister", "a prominent opposition figure", "three activists", "the company's directors", "a former army general"],
      ["{S}", "on corruption charges, {S}", "of inciting unrest, {S}"], ("legal",),
      pp=["convicted", "fined", None], note="court finding of guilt: SANCTION convict (no ACCUSE allege)", places=False)
    G("SANCTION", "withdraw", 16,
      ["The government", "The foreign ministry", "The international monitoring mission", "The aid agency", "The European Union",
       "The United Nations"],
      ["recalled its ambassador from", "withdrew its observers from", "pulled its staff out of", "withdrew from",
       "suspended its mediation with"],
      ["the neighbouring country", "the regional bloc", "the talks", "the peace process", "the country"],
      ["{S}", "in protest at the crackdown, {S}"], ("diplomatic",), places=False)
    G("SANCTION", "discontinue", 14,
      ["The United States", "The European Union", "The government", "Britain", "The World Bank", "Canada", "Japan"],
      ["imposed sanctions on", "suspended aid to", "froze the assets of", "cut trade ties with", "halted arms sales to",
       "revoked the visas of"],
      ["the military junta", "senior officials", "the ruling party's leaders", "the neighbouring government", "the security chiefs"],
      ["{S}", "over human rights abuses, {S}", "citing the crackdown on protesters, {S}"], ("economic",), places=False)
    G("SANCTION", "expel", 12,
      ["The foreign ministry", "The government", "Authorities", "The presidency"],
      ["expelled", "declared persona non grata", "ordered the expulsion of"],
      ["two diplomats", "the embassy's military attaché", "four embassy staff", "the consul-general", "the ambassador"],
      ["{S}", "accusing them of espionage, {S}"], ("diplomatic",), places=False)
    # ---------------- THREATEN ----------------
    G("THREATEN", "expel", 14,
      ["The junta", "The foreign minister", "The government", "The president", "The interior ministry"],
      ["threatened to expel", "vowed to expel", "threatened to kick out"],
      ["foreign NGOs", "the UN mission", "Western diplomats", "the ambassador", "international observers"],
      ["{S}", "accusing them of interference, {S}"], ("diplomatic",), places=False)
    G("THREATEN", "relations", 14,
      ["The government", "The foreign ministry", "The rebel delegation", "The opposition coalition", "The president"],
      ["threatened to cut ties with", "threatened to walk out of talks with", "threatened to suspend relations with",
       "threatened to freeze cooperation with"],
      ["the neighbouring country", "the mediators", "the government", "the regional bloc", "the former colonial power"],
      ["{S}", "if its demands were not met, {S}"], ("diplomatic",), places=False)
    G("THREATEN", "territory", 14,
      ["The president", "The defence minister", "Nationalist leaders", "The government", "Military officials"],
      ["threatened to annex", "vowed to seize", "vowed to take over", "threatened to occupy"],
      ["the disputed border region", "the contested islands", "the breakaway province", "the oil-rich enclave"],
      ["{S}", "raising fears of war, {S}"], ("territory",), places=False)
    G("THREATEN", "restrict", 12,
      ["The government", "Unions", "The regulator", "The electoral commission", "Transport workers"],
      ["threatened to ban", "threatened to block", "threatened to suspend", "threatened to shut down"],
      ["opposition rallies", "the main highways", "the social media platform", "the opposition party", "the ports"],
      ["{S}", "unless demands were met, {S}"], (), places=False)
    G("THREATEN", "arrest", 10,
      ["The prosecutor", "The interior minister", "A court", "The police chief", "The attorney general"],
      ["threatened to arrest", "issued an arrest warrant in absentia for", "vowed to detain"],
      ["the exiled opposition leader", "protest organisers", "journalists covering the unrest", "the fugitive former minister"],
      ["{S}", "in a televised statement, {S}"], (), places=False)
    G("THREATEN", "violence", 8,
      ["The rebel leader", "Gang bosses", "The militia", "The jihadist group", "The army chief"],
      ["threatened to attack", "vowed to strike", "warned of a bloody response against", "threatened to kill"],
      ["government forces", "foreign troops", "local officials", "anyone who collaborates with the army"],
      ["{S}", "in a video posted online, {S}"], (), places=False)
    # ---------------- REJECT ----------------
    G("REJECT", "meet", 16,
      ["The government", "The opposition", "The rebel movement", "The president", "The junta", "The union leadership"],
      ["refused to meet", "rejected talks with", "declined an invitation from", "called off a meeting with", "boycotted negotiations with"],
      ["the mediators", "the UN envoy", "the regional delegation", "opposition leaders", "government negotiators"],
      ["{S}", "citing security concerns, {S}"], ("diplomatic",), note=None, places=False)
    G("REJECT", "yield", 16,
      ["The government", "The military council", "The rebels", "The authorities", "The ruling coalition"],
      ["refused to release", "rejected calls to free", "refused to lift", "rejected demands to ease"],
      ["detained protesters", "the political prisoners", "the curfew", "the blockade", "the sanctions"],
      ["{S}", "despite international pressure, {S}"], (), places=False)
    G("REJECT", "change", 16,
      ["The president", "The prime minister", "The ruling party", "The government", "Parliament"],
      ["rejected demands for", "refused to consider", "dismissed calls for", "turned down proposals for"],
      ["early elections", "constitutional reform", "the dismissal of the police chief", "a transitional government"],
      ["{S}", "despite weeks of protests, {S}"], (), places=False)
    G("REJECT", "assist", 16,
      ["The government", "The military", "The authorities", "The junta", "The ministry of health"],
      ["rejected offers of aid from", "refused assistance from", "turned down a loan from", "refused entry to"],
      ["foreign donors", "the UN agency", "the neighbouring government", "international relief groups", "the IMF"],
      ["{S}", "calling it interference, {S}"], (), places=False)
    # ---------------- ACCUSE ----------------
    G("ACCUSE", "disapprove", 10,
      ["The foreign ministry", "The UN human rights office", "Rights groups", "The opposition", "The bishops' conference"],
      ["condemned", "criticised", "denounced", "deplored"],
      ["the crackdown on protesters", "the government", "the police", "the junta's decision", "the new media law"],
      ["{S}", "in a strongly worded statement, {S}"], (), places=False)
    G("ACCUSE", "allege", 10,
      ["Prosecutors", "The government", "The opposition", "The army", "Investigators"],
      ["accused", "charged", "indicted", "blamed"],
      ["the former minister", "rebel commanders", "the ruling party", "a foreign government", "security officials"],
      ["{S}", "over the killings, {S}", "of fraud, {S}"], (), places=False)
    G("ACCUSE", "investigate", 10,
      ["The prosecutor's office", "A parliamentary committee", "The ombudsman", "Internal affairs investigators", "The human rights commission"],
      ["opened an investigation into", "launched a probe into", "began examining"],
      ["the police shooting", "the disappearance of activists", "the awarding of contracts", "the deaths in custody", "the former governor"],
      ["{S}", "after pressure from rights groups, {S}"], (), places=False)
    gen_neg(55)

    for i, r in enumerate(recs, 1):
        r["id"] = f"BG-{i:05d}"
    with open(OUT, "w") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "generated records ->", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
