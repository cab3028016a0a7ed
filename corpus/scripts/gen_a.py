#!/usr/bin/env python3
"""Generate the programmatic share of corpus part A (corpus/events_a_gen.jsonl).

Hand-written sentences live in corpus/events_a.jsonl; this script adds template
sentences for the part-A categories (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE,
AID, RETREAT, REQUEST) plus hard negatives. Templates vary syntax (active,
passive, nominalised, reported speech, datelines, machine-translated style) and
vocabulary; slot fillers vary actors, places, dates and purposes. Output is
deterministic (fixed seed). Ids: A-G00001...

Usage: python corpus/scripts/gen_a.py [--n-per-template N] [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "events_a_gen.jsonl")

# country, adjective, capital
C = [
    ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Nigeria", "Nigerian", "Abuja"), ("Ghana", "Ghanaian", "Accra"),
    ("Senegal", "Senegalese", "Dakar"), ("Egypt", "Egyptian", "Cairo"),
    ("Morocco", "Moroccan", "Rabat"), ("Tunisia", "Tunisian", "Tunis"),
    ("Angola", "Angolan", "Luanda"), ("Zambia", "Zambian", "Lusaka"),
    ("Tanzania", "Tanzanian", "Dodoma"), ("Uganda", "Ugandan", "Kampala"),
    ("Brazil", "Brazilian", "Brasilia"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"),
    ("Colombia", "Colombian", "Bogota"), ("Mexico", "Mexican", "Mexico City"),
    ("Ecuador", "Ecuadorian", "Quito"), ("Uruguay", "Uruguayan", "Montevideo"),
    ("Paraguay", "Paraguayan", "Asuncion"), ("Bolivia", "Bolivian", "La Paz"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Portugal", "Portuguese", "Lisbon"), ("Poland", "Polish", "Warsaw"),
    ("Romania", "Romanian", "Bucharest"), ("Greece", "Greek", "Athens"),
    ("Turkey", "Turkish", "Ankara"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Thailand", "Thai", "Bangkok"),
    ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Bangladesh", "Bangladeshi", "Dhaka"), ("Sri Lanka", "Sri Lankan", "Colombo"),
    ("Kazakhstan", "Kazakh", "Astana"), ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"),
    ("Jordan", "Jordanian", "Amman"), ("Iraq", "Iraqi", "Baghdad"),
    ("Australia", "Australian", "Canberra"), ("Canada", "Canadian", "Ottawa"),
    ("Norway", "Norwegian", "Oslo"), ("Sweden", "Swedish", "Stockholm"),
    ("the Philippines", "Philippine", "Manila"), ("Mongolia", "Mongolian", "Ulaanbaatar"),
]
PERSONS = [  # (full mention, country)
    ("Kenyan President William Ruto", "Kenya"), ("Nigerian President Bola Tinubu", "Nigeria"),
    ("Ghanaian President John Mahama", "Ghana"), ("Senegalese Prime Minister Ousmane Sonko", "Senegal"),
    ("Egyptian President Abdel Fattah al-Sisi", "Egypt"), ("Brazilian President Luiz Inacio Lula da Silva", "Brazil"),
    ("Argentine President Javier Milei", "Argentina"), ("Chilean President Gabriel Boric", "Chile"),
    ("Colombian President Gustavo Petro", "Colombia"), ("Mexican President Claudia Sheinbaum", "Mexico"),
    ("German Chancellor Friedrich Merz", "Germany"), ("French President Emmanuel Macron", "France"),
    ("Italian Prime Minister Giorgia Meloni", "Italy"), ("Spanish Prime Minister Pedro Sanchez", "Spain"),
    ("Polish Prime Minister Donald Tusk", "Poland"), ("Greek Prime Minister Kyriakos Mitsotakis", "Greece"),
    ("Turkish President Recep Tayyip Erdogan", "Turkey"), ("Ukrainian President Volodymyr Zelenskiy", "Ukraine"),
    ("Japanese Prime Minister Shigeru Ishiba", "Japan"), ("South Korean President Lee Jae-myung", "South Korea"),
    ("Indonesian President Prabowo Subianto", "Indonesia"), ("Malaysian Prime Minister Anwar Ibrahim", "Malaysia"),
    ("Indian Prime Minister Narendra Modi", "India"), ("Pakistani Prime Minister Shehbaz Sharif", "Pakistan"),
    ("Kazakh President Kassym-Jomart Tokayev", "Kazakhstan"), ("Uzbek President Shavkat Mirziyoyev", "Uzbekistan"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan", "Saudi Arabia"), ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Qatar"),
    ("Jordanian Foreign Minister Ayman Safadi", "Jordan"), ("Australian Foreign Minister Penny Wong", "Australia"),
    ("Canadian Prime Minister Mark Carney", "Canada"), ("Norwegian Foreign Minister Espen Barth Eide", "Norway"),
    ("Philippine President Ferdinand Marcos Jr.", "the Philippines"), ("Vietnamese Prime Minister Pham Minh Chinh", "Vietnam"),
    ("Thai Foreign Minister Maris Sangiampongsa", "Thailand"), ("Tanzanian President Samia Suluhu Hassan", "Tanzania"),
    ("Angolan President Joao Lourenco", "Angola"), ("Zambian President Hakainde Hichilema", "Zambia"),
    ("Peruvian Foreign Minister Elmer Schialer", "Peru"), ("Uruguayan President Yamandu Orsi", "Uruguay"),
]
ROLES = ["foreign minister", "defence minister", "prime minister", "president", "trade minister",
         "interior minister", "energy minister", "finance minister", "army chief", "vice president"]
REBELS = ["the M23 rebels", "the ELN guerrilla", "the Arakan Army", "the Rapid Support Forces",
          "the Kachin Independence Army", "Fano militiamen", "Houthi fighters", "the Ta'ang National Liberation Army",
          "the Polisario Front", "Anglophone separatists", "Tuareg rebels of the FLA", "the Karen National Union",
          "the Sudan People's Liberation Movement-North", "Allied Democratic Forces fighters", "Tigrayan forces",
          "the Segunda Marquetalia dissidents", "the Communist Party of the Philippines' New People's Army"]
REBELS_C = [("the M23 rebels", "Congolese"), ("the ELN guerrilla", "Colombian"), ("the Arakan Army", "Myanmar"),
            ("the Rapid Support Forces", "Sudanese"), ("the Kachin Independence Army", "Myanmar"),
            ("Fano militiamen", "Ethiopian"), ("Houthi fighters", "Yemeni"), ("the Polisario Front", "Moroccan"),
            ("Anglophone separatists", "Cameroonian"), ("the Karen National Union", "Myanmar"),
            ("the New People's Army", "Philippine"), ("Tuareg rebels", "Malian"), ("Baloch insurgents", "Pakistani"),
            ("the Segunda Marquetalia dissidents", "Colombian"), ("Tigrayan forces", "Ethiopian")]
IGOS = ["the African Union", "the European Union", "the World Bank", "the IMF", "the United Nations",
        "ECOWAS", "the Asian Development Bank", "the Arab League", "the OSCE", "the Organization of American States",
        "the World Food Programme", "UNICEF", "the UN refugee agency", "the International Committee of the Red Cross"]
NGOS = ["Medecins Sans Frontieres", "Save the Children", "Oxfam", "the Norwegian Refugee Council",
        "CARE International", "Islamic Relief", "the International Rescue Committee", "Caritas"]
UNIONS = ["the teachers' union", "striking nurses", "the transport workers' federation", "dockworkers' unions",
          "the doctors' association", "the miners' union", "farmers' groups", "the public-sector workers' union",
          "truck drivers", "university students"]
YEARS = [str(y) for y in range(2001, 2025)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ATTR = ["", "", ", officials said", ", the foreign ministry said in a statement", ", state media reported",
        ", according to a government spokesman", ", diplomats said", ", a statement from the presidency said",
        ", local media reported", ", two sources familiar with the matter said"]
FUT = ["next week", "next month", "in the coming days", "later this year", "in early {M}", "before the end of the year"]

rng = random.Random(20260511)


def pick(xs):
    return rng.choice(xs)


def day():
    return pick(DAYS)


def country():
    return pick(C)


def two_countries():
    a, b = rng.sample(C, 2)
    return a, b


def gov_phrase(c, compound=False):
    n, adj, cap = c
    opts = [f"the {adj} government", f"{n}", f"{cap}", f"{n}'s government"]
    if not compound:
        opts.append(f"the government of {n}")
    return pick(opts)


def official(c):
    n, adj, cap = c
    r = pick(ROLES)
    return pick([f"the {adj} {r}", f"{n}'s {r}", f"the {r} of {n}"])


def person_or_official(c=None, exclude=()):
    if c is None or rng.random() < 0.5:
        p, cn = pick([x for x in PERSONS if x[1] not in exclude])
        cc = next(x for x in C if x[0] == cn)
        return p, cc
    return official(c), c


def fut():
    return pick(FUT).replace("{M}", pick(MONTHS))


def dateline(c):
    if rng.random() < 0.25:
        return f"{c[2].upper()}, {pick(MONTHS)} {rng.randint(1, 28)} ({pick(['Reuters', 'AP', 'AFP', 'Xinhua', 'EFE', 'Anadolu'])}) - "
    return ""


class Builder:
    """Builds a sentence from parts, tracking entity and trigger offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.marks: dict[str, tuple[int, int]] = {}

    def _cap(self, s):
        so_far = "".join(self.parts)
        if s and (not so_far or so_far.endswith("- ")) and s[0].islower():
            s = s[0].upper() + s[1:]
        return s

    def t(self, s):
        self.parts.append(self._cap(s))
        return self

    def m(self, key, s):
        s = self._cap(s)
        start = sum(len(p) for p in self.parts)
        self.parts.append(s)
        self.marks[key] = (start, start + len(s))
        return self

    def text(self):
        s = "".join(self.parts)
        if s and s[0].islower():
            s = s[0].upper() + s[1:]
        return s

    def span(self, key):
        s = self.text()
        a, b = self.marks[key]
        return s[a:b], a


def ev(b, cat, modes, trig_key, actors, recips, aux=(), ctx=()):
    text = b.text()
    trig, off = b.span(trig_key)
    e = {"event": cat, "mode": list(modes), "context": list(ctx), "trigger": trig}
    if text.count(trig) > 1 or text.find(trig) != off:
        e["trigger_index"] = off
    e["actor"] = [b.span(k)[0] for k in actors]
    e["recipient"] = [b.span(k)[0] for k in recips]
    e["aux"] = list(aux)
    return e


# ---------------------------------------------------------------- templates
# Each template function returns (text, events, note or None).

def agree_coop():
    (a, b_) = two_countries()
    acts = ["expand cooperation on renewable energy", "set up a joint commission on cross-border trade",
            "open consulates in each other's second cities", "coordinate their efforts against arms smuggling",
            "resume direct flights suspended since the pandemic", "hold annual consultations on regional security",
            "launch a joint feasibility study for a railway link", "double bilateral trade within five years",
            "cooperate on the return of irregular migrants", "share data on locust outbreaks",
            "build a second bridge over their common river", "negotiate a visa-waiver agreement"]
    b = Builder().t(dateline(a))
    v = pick(["agreed", "agreed on " + day(), "pledged", "committed", "undertook"])
    trig = v.split()[0]
    b.m("A", gov_phrase(a, True)).t(" and ").m("B", gov_phrase(b_, True)).t(" ").m("T", trig).t(v[len(trig):])
    b.t(" to " + pick(acts) + pick(ATTR) + ".")
    return b, [ev(b, "AGREE", [], "T", ["A", "B"], [], ctx=["diplomatic"])], None


def agree_visit():
    a, h = two_countries()
    p, pc = person_or_official(a, exclude=(h[0],))
    b = Builder().t(dateline(h))
    form = rng.randint(0, 3)
    if form == 0:
        b.m("A", p).t(" will ").m("T", "visit").t(" ").m("R", h[2]).t(f" {fut()}{pick(ATTR)}.")
    elif form == 1:
        b.m("A", p).t(" is expected to ").m("T", "travel").t(" to ").m("R", h[2]).t(f" {fut()} for talks on {pick(['trade', 'security', 'energy', 'migration', 'investment'])}.")
    elif form == 2:
        b.t(f"The {pick(['presidency', 'foreign ministry', 'government spokesman'])} announced this {day()} that ").m("A", p).t(" will ").m("T", "travel").t(" to ").m("R", h[2]).t(f" {fut()}, in what will be the first official visit in {rng.randint(3, 20)} years.")
    else:
        b.m("A", p).t(" is due to make a state ").m("T", "visit").t(" to ").m("R", h[0]).t(f" {fut()}, the two governments said in a joint note.")
    return b, [ev(b, "AGREE", [], "T", ["A"], ["R"], ctx=["diplomatic"])], "future visit -> AGREE"


def agree_invite():
    a, r = two_countries()
    p, pa = person_or_official(a)
    q, _ = person_or_official(r, exclude=(pa[0],))
    occ = pick(["the climate summit", "a state visit", "the investment forum", "next year's regional summit",
                "the independence day celebrations", "talks on the border dispute"])
    b = Builder()
    if rng.random() < 0.5:
        b.m("A", p).t(" ").m("T", "invited").t(" ").m("R", q).t(f" to {occ}{pick(ATTR)}.")
        return b, [ev(b, "AGREE", [], "T", ["A"], ["R"], ctx=["diplomatic"])], "invitation -> AGREE"
    b.m("A", q).t(" ").m("T", "accepted").t(" an invitation from ").m("R", p).t(f" to attend {occ}.")
    return b, [ev(b, "AGREE", [], "T", ["A"], ["R"], ctx=["diplomatic"])], "accepting invitation -> AGREE"


def agree_pledge():
    d = pick(IGOS[:7] + [gov_phrase(country()) for _ in range(6)])
    r = pick([x for x in C if x[0] in DEVELOPING])
    amt = pick(["$50 million", "$1.2 billion", "300 million euros", "$75 million", "$400 million", "2 billion yen", "$18 million"])
    purpose = pick(["flood reconstruction", "refugee assistance", "its energy transition", "food security programmes",
                    "rebuilding schools", "budget support", "vaccination campaigns", "drought relief"])
    b = Builder()
    v = pick(["pledged", "promised", "committed", "announced it would provide"])
    trig = v.split()[0]
    b.m("A", d).t(" ").m("T", trig).t(v[len(trig):] + f" {amt} to ").m("R", r[0]).t(f" for {purpose}{pick(ATTR)}.")
    return b, [ev(b, "AGREE", [], "T", ["A"], ["R"], ctx=["economic"])], "promise of future aid -> AGREE"


def agree_peace_call():
    g = pick(REBELS)
    country()
    b = Builder()
    f = rng.randint(0, 2)
    if f == 0:
        b.m("A", g).t(" ").m("T", "called").t(" for an end to the war and said they were ready to negotiate with the government.")
        note = "conflict party calling for peace -> AGREE"
    elif f == 1:
        b.t("In a statement, ").m("A", g).t(" said they were ").m("T", "ready").t(" for a ceasefire and a political dialogue under international mediation.")
        note = "conflict party signalling readiness -> AGREE"
    else:
        b.m("A", g).t(" ").m("T", "offered").t(" to resume peace talks with the authorities, a spokesman told reporters.")
        note = "offer to talk -> AGREE"
    return b, [ev(b, "AGREE", [], "T", ["A"], [])], note


def agree_sign_future():
    a, c2 = two_countries()
    doc = pick(["a free trade agreement", "a defence cooperation pact", "the border demarcation treaty",
                "an extradition treaty", "a memorandum on energy cooperation", "the peace accord"])
    b = Builder()
    if rng.random() < 0.5:
        b.m("A", a[0]).t(" and ").m("B", c2[0]).t(" will ").m("T", "sign").t(f" {doc} {fut()}{pick(ATTR)}.")
    else:
        b.m("A", gov_phrase(a, True)).t(" and ").m("B", gov_phrase(c2, True)).t(" ").m("T", "promised").t(f" to sign {doc} {fut()}.")
    return b, [ev(b, "AGREE", [], "T", ["A", "B"], [], ctx=["diplomatic"])], "promise to sign -> AGREE"


def consult_visit():
    a, h = two_countries()
    p, pa = person_or_official(a, exclude=(h[0],))
    q, _ = person_or_official(h, exclude=(pa[0],))
    b = Builder().t(dateline(h))
    f = rng.randint(0, 4)
    if f == 0:
        b.m("A", p).t(" ").m("T", "arrived").t(" in ").m("R", h[2]).t(f" on {day()} for a {pick(['two', 'three', 'four'])}-day official visit{pick(ATTR)}.")
    elif f == 1:
        b.m("A", p).t(" ").m("T", "met").t(" ").m("R", q).t(f" in {h[2]} on {day()} to discuss {pick(['trade', 'security cooperation', 'the regional crisis', 'energy supplies', 'investment'])}.")
    elif f == 2:
        b.m("R", q).t(" ").m("T", "received").t(" ").m("A", p).t(f" at the presidential palace in {h[2]}{pick(ATTR)}.")
    elif f == 3:
        b.t(f"During a visit to {h[2]}, ").m("A", p).t(" ").m("T", "held talks").t(" with ").m("R", q).t(f" on {pick(['migration', 'debt', 'defence', 'grain exports', 'climate finance'])}.")
    else:
        b.m("A", p).t(" was ").m("T", "received").t(f" this {day()} by ").m("R", q).t(", with whom he discussed the bilateral agenda and the situation in the region.")
    return b, [ev(b, "CONSULT", ["visit"], "T", ["A"], ["R"], ctx=["diplomatic"])], "visitor -> host"


def consult_third():
    a, c2 = two_countries()
    host = pick([x for x in C if x not in (a, c2)])
    topic = pick(["the border dispute", "a prisoner exchange", "water sharing", "the ceasefire terms", "trade barriers"])
    b = Builder()
    f = rng.randint(0, 2)
    if f == 0:
        b.m("A", f"{a[1]} and {c2[1]} negotiators").t(" ").m("T", "held talks").t(f" in {host[2]} on {topic}, hosted by the {host[1]} government.")
        acts = ["A"]
    elif f == 1:
        g = pick(REBELS)
        b.t("Representatives of ").m("A", gov_phrase(a)).t(" and ").m("B", g).t(" ").m("T", "met").t(f" in {host[2]} under {host[1]} mediation{pick(ATTR)}.")
        acts = ["A", "B"]
    else:
        b.t(f"{host[0][0].upper() + host[0][1:]} hosted a new round of indirect ").m("T", "negotiations").t(" between ").m("A", a[0]).t(" and ").m("B", c2[0]).t(f" on {topic}.")
        acts = ["A", "B"]
    return b, [ev(b, "CONSULT", ["third-party"], "T", acts, [], ctx=["diplomatic"])], "reciprocal, third-party host"


def consult_multi():
    org = pick([("NATO defence ministers", "Brussels"), ("African Union leaders", "Addis Ababa"), ("ASEAN foreign ministers", "Jakarta"),
                ("EU interior ministers", "Luxembourg"), ("G20 trade ministers", "Johannesburg"), ("Mercosur leaders", "Asuncion"),
                ("SADC heads of state", "Harare"), ("Gulf Cooperation Council ministers", "Kuwait City"), ("OSCE ambassadors", "Vienna"),
                ("BRICS finance ministers", "Rio de Janeiro"), ("Arab League foreign ministers", "Cairo"), ("ECOWAS defence chiefs", "Abuja"),
                ("Pacific Islands Forum leaders", "Honiara"), ("Andean Community ministers", "Lima")])
    b = Builder()
    v = pick(["met", "gathered", "convened", "held talks"])
    b.m("A", org[0]).t(" ").m("T", v).t(f" in {org[1]} on {day()} to discuss {pick(['migration', 'defence spending', 'the crisis in Sudan', 'food security', 'trade tensions', 'election observation', 'maritime security'])}{pick(ATTR)}.")
    return b, [ev(b, "CONSULT", ["multilateral"], "T", ["A"], [])], None


def consult_phone():
    a, r = two_countries()
    p, pa = person_or_official(a)
    q, _ = person_or_official(r, exclude=(pa[0],))
    b = Builder()
    f = rng.randint(0, 3)
    if f == 0:
        b.m("A", p).t(" ").m("T", "spoke").t(" by telephone with ").m("R", q).t(f" on {day()}{pick(ATTR)}.")
    elif f == 1:
        b.m("A", p).t(" held a ").m("T", "phone call").t(" with ").m("R", q).t(f" to discuss {pick(['the hostages', 'energy prices', 'the peace plan', 'tariffs', 'the earthquake response'])}.")
    elif f == 2:
        b.m("R", q).t(" received a ").m("T", "call").t(" from ").m("A", p).t(f", the {pick(['first', 'second', 'latest'])} contact between the two in {pick(['weeks', 'months', 'a year'])}.")
    else:
        b.m("A", p).t(" and ").m("R", q).t(" held a ").m("T", "video call").t(f" this {day()}, according to a note released by the government.")
        e = ev(b, "CONSULT", ["phone"], "T", ["A", "R"], [])
        return b, [e], "reciprocal call"
    return b, [ev(b, "CONSULT", ["phone"], "T", ["A"], ["R"])], None


def support_sign():
    a, c2 = two_countries()
    doc = pick(["a trade agreement", "a defence cooperation accord", "a memorandum of understanding on energy",
                "an extradition treaty", "a strategic partnership agreement", "an agreement on social security",
                "a visa-waiver accord", "a maritime boundary treaty"])
    b = Builder().t(dateline(a))
    f = rng.randint(0, 3)
    if f == 0:
        b.m("A", gov_phrase(a, True)).t(" and ").m("B", gov_phrase(c2, True)).t(" ").m("T", "signed").t(f" {doc} in {a[2]} on {day()}{pick(ATTR)}.")
        return b, [ev(b, "SUPPORT", [], "T", ["A", "B"], [], ctx=["diplomatic"])], "signing -> SUPPORT"
    if f == 1:
        b.m("A", f"{a[0]}'s parliament").t(" ").m("T", "ratified").t(f" {doc} with ").m("R", c2[0]).t(f" on {day()}.")
        return b, [ev(b, "SUPPORT", [], "T", ["A"], ["R"], ctx=["legislative"])], "ratification -> SUPPORT"
    if f == 2:
        b.t(f"{doc[0].upper() + doc[1:]} was ").m("T", "signed").t(" by ").m("A", f"the {a[1]} and {c2[1]} foreign ministers").t(f" after {rng.randint(2, 9)} years of negotiations.")
        return b, [ev(b, "SUPPORT", [], "T", ["A"], [], ctx=["diplomatic"])], "passive signing"
    b.m("A", a[0]).t(" and ").m("B", c2[0]).t(" ").m("T", "established").t(f" diplomatic relations{pick(ATTR)}.")
    return b, [ev(b, "SUPPORT", [], "T", ["A", "B"], [], ctx=["diplomatic"])], None


def support_praise():
    a, r = two_countries()
    p, _ = person_or_official(a)
    obj = pick([("praised", "for its role in the peace talks"), ("commended", "for hosting refugees"),
                ("welcomed", "'s decision to join the climate pact"), ("thanked", "for its humanitarian support"),
                ("hailed", "'s economic reforms"), ("backed", "'s bid for a seat on the UN Security Council"),
                ("endorsed", "'s candidate for the UN secretary-general post"),
                ("congratulated", "on the peaceful conduct of its elections")])
    b = Builder()
    rr = r[0]
    b.m("A", p).t(" ").m("T", obj[0]).t(" ").m("R", rr)
    b.t(("" if obj[1].startswith("'") else " ") + obj[1] + pick(ATTR) + ".")
    return b, [ev(b, "SUPPORT", [], "T", ["A"], ["R"], ctx=["diplomatic"])], None


def concede_tpl():
    c = country()
    g = gov_phrase(c)
    b = Builder()
    f = rng.randint(0, 9)
    if f == 0:
        n = rng.randint(30, 3000)
        b.m("A", pick([f"{c[0]}'s president", f"The {c[1]} head of state", f"the {c[1]} president"])).t(" ").m("T", "pardoned").t(" ").m("R", f"{n:,} prisoners").t(f" to mark {pick(['independence day', 'the new year', 'Eid al-Fitr', 'the national holiday'])}{pick(ATTR)}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], ["R"], ctx=["legal"])], "pardon -> CONCEDE"
    if f == 1:
        b.m("A", g).t(" ").m("T", "lifted").t(f" the {pick(['nightly curfew', 'state of emergency', 'ban on public gatherings', 'internet restrictions'])} in {pick(['the capital', 'the northern provinces', 'three districts', 'the border region'])}{pick(ATTR)}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], [])], "easing restriction -> CONCEDE"
    if f == 2:
        b.m("A", g).t(" ").m("T", "announced").t(f" that it would withdraw its troops from {pick(['the disputed border area', 'the buffer zone', 'the occupied villages', 'the mining region'])} {fut()}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], [], aux=["future"], ctx=["military"])], "announced future withdrawal -> CONCEDE"
    if f == 3:
        u = pick(UNIONS)
        b.m("A", u).t(" ").m("T", "called off").t(f" the strike planned for {day()} after {pick(['the government raised its offer', 'a late-night agreement', 'mediation by religious leaders'])}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], [])], "calling off protest -> CONCEDE"
    if f == 4:
        b.m("A", g).t(" ").m("T", "apologized").t(f" for {pick(['the police killings of protesters', 'abuses committed during the dictatorship', 'the forced displacement of indigenous communities', 'the botched evacuation'])}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], [], ctx=["reparations"])], "apology -> CONCEDE"
    if f == 5:
        b.m("X", pick([f"The opposition in {c[0]}", f"{c[1]} opposition parties", f"The {c[1]} opposition alliance"])).t(" ").m("T", pick(["dropped", "withdrew", "abandoned"])).t(" its demand for " + pick(["the minister's resignation", "an early election", "a recount", "a new constitution"]) + " as a condition for talks.")
        return b, [ev(b, "CONCEDE", [], "T", ["X"], [])], "withdrawing a demand -> CONCEDE"
    if f == 6:
        b.m("A", f"A court in {c[2]}").t(" ").m("T", "acquitted").t(" ").m("R", pick(["the opposition leader", "four journalists", "the former minister", "three activists"])).t(f" of {pick(['treason', 'spreading false news', 'inciting unrest', 'corruption'])} charges.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], ["R"], ctx=["legal"])], "acquittal -> CONCEDE"
    if f == 7:
        b.m("A", g).t(" ").m("T", "eased").t(f" restrictions on {pick(['foreign journalists', 'opposition parties', 'imports of fuel', 'travel to the north'])}{pick(ATTR)}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], [])], None
    if f == 8:
        b.m("A", g).t(" said it would ").m("T", "release").t(" ").m("R", pick(["all detained protesters", "the foreign fishermen", "200 political prisoners", "the arrested journalists"])).t(f" {fut()}.")
        return b, [ev(b, "CONCEDE", [], "T", ["A"], ["R"], aux=["future"])], "announced future release -> CONCEDE"
    b.m("A", g).t(" ").m("T", "withdrew").t(f" the {pick(['controversial tax bill', 'draft media law', 'fuel price increase', 'planned pension reform'])} after {pick(['weeks of protests', 'pressure from unions', 'a court challenge'])}.")
    return b, [ev(b, "CONCEDE", [], "T", ["A"], [])], "withdrawing a measure -> CONCEDE"


def cooperate_tpl():
    a, c2 = two_countries()
    b = Builder().t(dateline(a))
    f = rng.randint(0, 5)
    if f == 0:
        b.m("A", f"{a[1]} and {c2[1]} troops").t(" held a joint ").m("T", "exercise").t(f" near {pick([a[2], c2[2]])} this week{pick(ATTR)}.")
        return b, [ev(b, "COOPERATE", [], "T", ["A"], ["A"], ctx=["military"])], "joint exercise -> COOPERATE (reciprocal: parties in actor and recipient)"
    if f == 1:
        b.m("A", a[0]).t(" ").m("T", "extradited").t(f" a {c2[1]} national wanted for {pick(['fraud', 'drug trafficking', 'murder', 'money laundering', 'terrorism'])} to ").m("R", c2[0]).t(f"{pick(ATTR)}.")
        return b, [ev(b, "COOPERATE", [], "T", ["A"], ["R"], ctx=["legal"])], "extradition -> COOPERATE"
    if f == 2:
        b.m("A", f"{a[1]} intelligence services").t(" ").m("T", "shared").t(" information with ").m("R", f"{c2[1]} police").t(" that led to the arrest of a smuggling network.")
        return b, [ev(b, "COOPERATE", [], "T", ["A"], ["R"], ctx=["intelligence"])], "information sharing -> COOPERATE"
    if f == 3:
        b.m("A", f"The {a[1]} and {c2[1]} navies").t(" conducted joint ").m("T", "patrols").t(f" against {pick(['piracy', 'illegal fishing', 'drug smuggling', 'human trafficking'])}.")
        return b, [ev(b, "COOPERATE", [], "T", ["A"], ["A"], ctx=["military"])], "joint patrol -> COOPERATE"
    if f == 4:
        b.m("A", a[0]).t(" began ").m("T", "exporting").t(f" {pick(['wheat', 'fertilizer', 'coffee', 'textiles', 'frozen fish', 'soybeans', 'copper cathodes', 'pharmaceuticals'])} to ").m("R", c2[0]).t(" under the new bilateral agreement.")
        return b, [ev(b, "COOPERATE", [], "T", ["A"], ["R"], ctx=["economic"])], None
    b.t("Police from ").m("A", a[0]).t(" and ").m("B", c2[0]).t(" carried out a joint ").m("T", "operation").t(" that dismantled a cross-border trafficking ring.")
    return b, [ev(b, "COOPERATE", [], "T", ["A", "B"], ["A", "B"], ctx=["trafficking"])], None


DEVELOPING = ["Kenya", "Ethiopia", "Nigeria", "Ghana", "Senegal", "Egypt", "Morocco", "Tunisia", "Angola", "Zambia",
              "Tanzania", "Uganda", "Peru", "Colombia", "Ecuador", "Paraguay", "Bolivia", "Ukraine", "Indonesia",
              "Vietnam", "Pakistan", "Bangladesh", "Sri Lanka", "Uzbekistan", "Jordan", "Iraq", "the Philippines", "Mongolia"]


def aid_tpl():
    d = country()
    r = pick([x for x in C if x != d and x[0] in DEVELOPING])
    b = Builder()
    f = rng.randint(0, 6)
    if f == 0:
        b.m("A", gov_phrase(d)).t(" ").m("T", pick(["sent", "delivered", "airlifted"])).t(f" {rng.randint(5, 90)} tonnes of {pick(['medical supplies', 'food aid', 'tents and blankets', 'water purification kits'])} to ").m("R", r[0]).t(f" after the {pick(['earthquake', 'floods', 'cyclone', 'landslides'])}.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["disasters"])], None
    if f == 1:
        b.m("A", d[0]).t(" ").m("T", "granted asylum").t(" to ").m("R", pick([f"a {r[1]} opposition politician", f"two {r[1]} journalists", f"a former {r[1]} minister", f"{r[1]} dissidents"])).t(f"{pick(ATTR)}.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["asylum"])], "asylum grant -> AID"
    if f == 2:
        b.m("A", f"{d[1]} special forces").t(" ").m("T", "rescued").t(" ").m("R", f"{rng.randint(2, 40)} hostages").t(f" held by {pick(['kidnappers', 'pirates', 'a criminal gang', 'militants'])} in a dawn raid.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"])], "hostage rescue -> AID"
    if f == 3:
        b.m("A", pick(IGOS[:7])).t(" ").m("T", pick(["disbursed", "approved"])).t(f" a ${rng.randint(50, 900)} million loan to ").m("R", r[0]).t(f" to support {pick(['budget reforms', 'the energy sector', 'social programmes', 'reconstruction'])}.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["economic"])], None
    if f == 4:
        b.m("A", f"The {d[1]} army").t(" ").m("T", "deployed").t(f" {rng.randint(2, 30) * 100} soldiers to help ").m("R", "flood victims").t(f" in the {pick(['north', 'south', 'coastal provinces', 'river delta'])}.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["disasters", "military"])], "disaster-relief deployment -> AID"
    if f == 5:
        b.m("A", d[0]).t(" ").m("T", pick(["cancelled", "wrote off"])).t(f" ${rng.randint(20, 800)} million of debt owed by ").m("R", r[0]).t(f"{pick(ATTR)}.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["economic"])], "debt forgiveness -> AID"
    b.m("A", pick(NGOS)).t(" ").m("T", "distributed").t(f" {pick(['food parcels', 'hygiene kits', 'cash grants', 'winter clothing'])} to ").m("R", pick(["displaced families", "refugees", "returnees", "flood survivors"])).t(f" in {r[0]}.")
    return b, [ev(b, "AID", [], "T", ["A"], ["R"], ctx=["human_security"])], None


def retreat_tpl(mode):
    c = country()
    b = Builder()
    if mode == "withdraw":
        g = pick([f"{c[1]} troops", pick(REBELS), f"the {c[1]} army"])
        v = pick(["withdrew", "pulled out", "pulled back"])
        b.m("A", g).t(" ").m("T", v).t(f" from {pick(['the border town', 'the contested hills', 'the airport', 'positions near the river', 'the buffer zone'])} on {day()}{pick(ATTR)}.")
        return b, [ev(b, "RETREAT", ["withdraw"], "T", ["A"], [])], None
    if mode == "release":
        g = pick([pick(REBELS), gov_phrase(c), f"the {c[1]} authorities", "kidnappers"])
        v = pick(["released", "freed"])
        who = pick(["12 hostages", "the detained journalists", "two aid workers", "43 prisoners of war", "the fishermen", "three foreign engineers"])
        if rng.random() < 0.4:
            b.m("R", who).t(" were ").m("T", v).t(" by ").m("A", g).t(f"{pick(ATTR)}.")
        else:
            b.m("A", g).t(" ").m("T", v).t(" ").m("R", who).t(f" on {day()}{pick(ATTR)}.")
        return b, [ev(b, "RETREAT", ["release"], "T", ["A"], ["R"])], None
    if mode == "disarm":
        g = pick([f"{rng.randint(2, 60) * 10} fighters of {pick(REBELS)}", "former militiamen", f"members of {pick(REBELS)}"])
        v = pick(["handed over their weapons", "laid down their arms", "surrendered their rifles"])
        b.m("A", g).t(" ").m("T", v).t(f" {pick(['at a ceremony', 'to the army', 'to UN monitors', 'in a demobilisation camp'])}{pick(ATTR)}.")
        return b, [ev(b, "RETREAT", ["disarm"], "T", ["A"], [])], None
    if mode == "ceasefire":
        g1, cadj = pick(REBELS_C)
        v = pick(["held", "was respected", "took effect", "largely held", "was observed"])
        b.t("The truce between ").m("A", f"the {cadj} army").t(" and ").m("B", g1).t(" ").m("T", v).t(f" on {day()}{pick(ATTR)}.")
        return b, [ev(b, "RETREAT", ["ceasefire"], "T", ["A", "B"], [])], None
    if mode == "access":
        g = pick([gov_phrase(c), f"the {c[1]} military", pick(REBELS)])
        who = pick(["UN aid convoys", "election observers", "Red Cross staff", "humanitarian workers", "UN human rights investigators"])
        b.m("A", g).t(" ").m("T", pick(["allowed", "let"])).t(" ").m("R", who).t(f" {pick(['into', 'enter'])} the {pick(['besieged city', 'conflict zone', 'northern region', 'detention centres'])}{pick(ATTR)}.")
        return b, [ev(b, "RETREAT", ["access"], "T", ["A"], ["R"])], None
    g = pick([f"{c[0]}'s {pick(ROLES)}", f"The {c[1]} {pick(ROLES)}", f"the head of {c[0]}'s central bank"])
    v = pick(["resigned", "stepped down", "quit"])
    b.m("A", g).t(" ").m("T", v).t(f" {pick(['amid a corruption scandal', 'after losing a confidence vote', 'following mass protests', 'citing health reasons', 'over a dispute with the president'])}.")
    return b, [ev(b, "RETREAT", ["resign"], "T", ["A"], [], ctx=["executive"])], None


def request_tpl(mode):
    a, r = two_countries()
    b = Builder()
    who = pick([gov_phrase(a), pick(IGOS), pick(NGOS)])
    verb = pick(["urged", "called on", "asked", "demanded that"])
    trig = verb.split()[0]
    obj = {"assist": pick(["to send more humanitarian aid", "to provide emergency loans", "to deliver air-defence systems", "to fund the refugee response"]),
           "change": pick(["to reform its electoral law", "to dismiss the police chief", "to repeal the anti-protest law", "to change its monetary policy"]),
           "yield": pick(["to release the detained activists", "to lift the blockade", "to withdraw its troops", "to observe the ceasefire"]),
           "meet": pick(["to return to the negotiating table", "to hold direct talks", "to open a dialogue with the opposition", "to attend the peace conference"])}[mode]
    rec = gov_phrase(r) if mode != "change" or rng.random() < 0.6 else f"the {r[1]} government"
    if verb == "demanded that":
        obj2 = obj.replace("to ", "", 1)
        obj2 = re.sub(r"\bits\b", "its", obj2)
        b.m("A", who).t(" ").m("T", "demanded").t(" that ").m("R", rec).t(f" {obj2}{pick(ATTR)}.")
    else:
        b.m("A", who).t(" ").m("T", trig).t(verb[len(trig):] + " ").m("R", rec).t(f" {obj}{pick(ATTR)}.")
    return b, [ev(b, "REQUEST", [mode], "T", ["A"], ["R"])], None


def neg_tpl():
    a, r = two_countries()
    p, _ = person_or_official(a)
    b = Builder()
    f = rng.randint(0, 7)
    if f == 0:
        b.t(f"The {a[1]} {pick(['finance ministry', 'statistics office', 'central bank'])} said {pick(['inflation slowed to', 'the economy grew by', 'unemployment rose to'])} {rng.randint(2, 12)}.{rng.randint(0, 9)} percent in {pick(MONTHS)}.")
        return b, [], "plain statement, no event"
    if f == 1:
        b.m("A", p).t(" did not ").m("T", pick(["meet", "hold talks with"])).t(" ").m("R", pick([x for x, cn in PERSONS if x != p and cn != _[0]])).t(f" during the {pick(['summit', 'conference', 'forum', 'UN General Assembly'])}, {pick(['officials said', 'his office confirmed', 'contrary to earlier reports', 'diplomats said'])}.")
        return b, [ev(b, "CONSULT", [], "T", ["A"], ["R"], aux=["negation"])], "negated meeting"
    if f == 2:
        b.m("A", gov_phrase(a)).t(" ").m("T", "refused").t(" to sign the joint declaration drafted by ").m("R", gov_phrase(r)).t(".")
        return b, [ev(b, "REJECT", ["assist"], "T", ["A"], ["R"])], "refused to sign -> REJECT, not SUPPORT"
    if f == 3:
        lead = pick(["If the talks fail, ", "Should negotiations collapse, ", "In case the dialogue breaks down, ",
                     "If no deal is reached by Friday, ", "Were the mediation to fail, "])
        g = gov_phrase(a)
        k = rng.randint(0, 3)
        if k == 0:
            b.t(lead).m("A", g).t(" could ").m("T", "withdraw").t(" its ambassador from ").m("R", r[2]).t(f", {pick(['analysts said', 'a diplomat warned', 'local media speculated'])}.")
            return b, [ev(b, "SANCTION", ["withdraw"], "T", ["A"], ["R"], aux=["hypothetical"])], "hypothetical"
        if k == 1:
            b.t(lead).m("A", g).t(" would ").m("T", "sign").t(" the accord with ").m("R", r[0]).t(f" only after {pick(['a parliamentary vote', 'a referendum', 'new consultations'])}, officials said.")
            return b, [ev(b, "SUPPORT", [], "T", ["A"], ["R"], aux=["hypothetical"])], "hypothetical signing; conditional"
        if k == 2:
            b.t("Analysts said ").m("A", g).t(" might ").m("T", "release").t(" ").m("R", f"the detained {r[1]} sailors").t(" if the dispute were settled.")
            return b, [ev(b, "RETREAT", ["release"], "T", ["A"], ["R"], aux=["hypothetical"])], "hypothetical release"
        b.t(lead).m("A", g).t(" could ").m("T", "send").t(" emergency aid to ").m("R", r[0]).t(", but no decision has been taken.")
        return b, [ev(b, "AID", [], "T", ["A"], ["R"], aux=["hypothetical"])], "hypothetical aid"
    if f == 4:
        b.t(f"The {a[1]} and {r[1]} governments had ").m("T", "signed").t(f" a border treaty in {pick(YEARS)}, which was never fully implemented.")
        # actor: the compound "governments" phrase
        txt = b.text()
        m = re.search(r"The \w[\w ]* and \w[\w ]* governments", txt)
        e = {"event": "SUPPORT", "mode": [], "context": ["territory"], "trigger": "signed",
             "actor": [m.group(0)], "recipient": [], "aux": ["historical"]}
        return b, [e], "historical background"
    if f == 5:
        k = rng.randint(0, 2)
        if k == 0:
            b.m("A", gov_phrase(a)).t(" has not ").m("T", "released").t(" ").m("R", f"any of the {rng.randint(5, 80)} detained {pick(['fishermen', 'protesters', 'soldiers', 'journalists'])}").t(", their families said.")
            return b, [ev(b, "RETREAT", ["release"], "T", ["A"], ["R"], aux=["negation"])], "negated release"
        if k == 1:
            b.m("A", gov_phrase(a)).t(" denied that it had ").m("T", "sent").t(" weapons to ").m("R", pick(REBELS)).t(".")
            return b, [ev(b, "AID", [], "T", ["A"], ["R"], aux=["negation"])], "denied aid"
        b.m("A", f"{a[1]} troops").t(" have not ").m("T", pick(["withdrawn", "pulled back"])).t(f" from the disputed {pick(['hills', 'islands', 'border posts', 'oil field'])}, {pick(['satellite images show', 'residents said', 'the monitoring mission reported'])}.")
        return b, [ev(b, "RETREAT", ["withdraw"], "T", ["A"], [], aux=["negation"])], "negated withdrawal"
    if f == 6:
        b.t(f"Analysts in {a[2]} said relations with {r[0]} were {pick(['at a low point', 'improving slowly', 'stable but cool', 'warmer than a year ago'])}.")
        return b, [], "opinion, no event"
    b.m("A", p).t(" would ").m("T", "resign").t(" if the budget were rejected by parliament, aides said.")
    return b, [ev(b, "RETREAT", ["resign"], "T", ["A"], [], aux=["hypothetical"])], "conditional resignation"


PLAN = [  # (function, args, count)
    (agree_coop, (), 14), (agree_visit, (), 14), (agree_invite, (), 10), (agree_pledge, (), 10),
    (agree_peace_call, (), 8), (agree_sign_future, (), 8),
    (consult_visit, (), 14), (consult_third, (), 10), (consult_multi, (), 8), (consult_phone, (), 10),
    (support_sign, (), 30), (support_praise, (), 22),
    (concede_tpl, (), 55),
    (cooperate_tpl, (), 50),
    (aid_tpl, (), 48),
    (retreat_tpl, ("withdraw",), 5), (retreat_tpl, ("release",), 5), (retreat_tpl, ("disarm",), 8),
    (retreat_tpl, ("ceasefire",), 8), (retreat_tpl, ("access",), 6), (retreat_tpl, ("resign",), 4),
    (request_tpl, ("assist",), 8), (request_tpl, ("change",), 10), (request_tpl, ("yield",), 8), (request_tpl, ("meet",), 12),
    (neg_tpl, (), 95),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    seen = set()
    recs = []
    for fn, fargs, n in PLAN:
        target = int(round(n * args.scale))
        got = tries = 0
        while got < target and tries < target * 50:
            tries += 1
            b, events, note = fn(*fargs)
            text = b.text()
            if text in seen:
                continue
            seen.add(text)
            r = {"text": text, "events": events}
            if note:
                r["note"] = note
            recs.append(r)
            got += 1
    with open(args.out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"A-G{i:05d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {args.out}")


if __name__ == "__main__":
    main()
