"""In-document actor resolution: noun phrases, names, titles, appositives, pronouns and quotes.

:class:`DocumentActors` is built once per document. It first reads the whole
document (appositives like "the president of Ecuador, Daniel Noboa", titles like
"Brazilian President Lula", quotations and their speakers), then turns the head
token of any actor/recipient noun phrase into :class:`~killdeer.types.Entity`
objects, resolved as of the publication date.

``Entity.resolved_by`` says where the answer came from:

- ``dictionary``: the words themselves are in the actor dictionaries (a person or organisation
  as of the publication date, a country, capital, metonym or international body);
- ``in-document``: a name or description linked to something the article says about it
  ("Noboa" after "the president of Ecuador, Daniel Noboa"; "the Ecuadorian ruler" -> Noboa;
  "his Venezuelan counterpart" -> the counterpart's role; an unknown person described as
  "Ecuador's new interior minister, X");
- ``in-document+document-country``: as above, the country taken from the article (a titled
  person or role the text gives no country for);
- ``agent-lexicon``: a role noun phrase with its own country ("the Venezuelan president",
  "Burmese troops"); ``agent-lexicon+document-country``: a role noun with the country of its
  sentence or of the article ("criminal gangs", "police");
- ``demonym``: a nationality word used as a noun ("the Brazilians");
- ``pronoun``: a pronoun or possessive resolved to an earlier actor ("he", "they", "its");
- ``quote-speaker``: "I"/"we"/"my" inside a direct quotation, resolved to its speaker;
- ``place``: an object that is not an actor but happens somewhere or to someone ("a curfew in
  Nairobi", "a war against Iran", "crimes committed by Serb forces"): the place's country or
  the named party (only for non-subjects, i.e. recipients);
- ``unresolved``: a person name with no dictionary entry and no description.

:meth:`DocumentActors.quotations` lists the direct quotations of the document with their
speakers (multi-sentence and multi-paragraph quotes, attribution before, inside or after).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from killdeer.actors.lexicon import ActorLexicon, ActorMatch, normalize
from killdeer.nlp import doc_ents, doc_text, ent_index, ents_within, sent_starts
from killdeer.types import Entity

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
FIRST_SING = {"i", "me", "my", "mine", "myself"}
FIRST_PLUR = {"we", "us", "our", "ours", "ourselves"}
NEUTER = {"it", "its", "itself"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
SUBJECTS = {"nsubj", "nsubjpass"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY"}
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "into"}


@dataclass(slots=True)
class Referent:
    """Something an entity can refer back to (a person, a group, a country)."""

    entity: Entity
    kind: str  # person / group / country / org
    gender: str | None = None
    plural: bool = False
    token: int = 0
    subject: bool = False  # a clause subject: the likelier antecedent


@dataclass(slots=True)
class Quote:
    """A stretch of quoted text; ``direct`` when it is a quotation (not a scare-quoted phrase)."""

    start: int
    end: int
    speaker: Entity | None
    direct: bool = True


@dataclass(slots=True)
class DocumentActors:
    """Actor resolution state for one document."""

    doc: Doc
    lexicon: ActorLexicon
    date: dt.date
    people: dict[str, Entity] = field(default_factory=dict)  # lowercase full name / surname -> entity
    referents: list[Referent] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    country_counts: Counter = field(default_factory=Counter)
    place_country: Callable[..., str | None] | None = None  # gazetteer: "Kidal" -> MLI (regional=True: regions)
    dateline_end: int = 0  # characters of a wire dateline ("BRASILIA, Jan 10 -"): never an actor
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, country) in text order
    _cache: dict[int, Entity | None] = field(default_factory=dict)
    # resolutions that read state the document pass still changes (referents, quotes, a resolution
    # in progress): dropped from the cache when that state changes; ``_reads`` counts such reads
    _volatile: set[int] = field(default_factory=set)
    _pending: set[int] = field(default_factory=set)
    _reads: int = 0
    _agents: dict[tuple[int, ...], ActorMatch | None] = field(default_factory=dict)  # _agent() by token indices
    _orgs: set[str] = field(default_factory=set)  # PERSON-tagged names described as outlets, firms, ...

    # ------------------------------------------------------------------ document pass
    @classmethod
    def build(
        cls, doc: Doc, lexicon: ActorLexicon, date: dt.date, place_country: Callable[..., str | None] | None = None,
        dateline_end: int = 0,
    ) -> DocumentActors:
        self = cls(doc=doc, lexicon=lexicon, date=date, place_country=place_country, dateline_end=dateline_end)
        self._count_countries()
        self._register_people()
        self._register_referents()
        self._register_descriptions()
        self._find_quotes()
        return self

    @property
    def main_country(self) -> str | None:
        """The country the document is mostly about (most mentioned)."""
        if not self.country_counts:
            return None
        return self.country_counts.most_common(1)[0][0]

    def _count_countries(self) -> None:
        """Country mentions: places, nationalities, and country names inside organisation names.

        Mentions in the first sentence after the dateline count double (the lead says what the
        story is about); people the article names add their countries in :meth:`_register_people`.
        """
        sents = list(self.doc.sents)
        lead_end = len(self.doc)
        for sent in sents:
            if sent.end_char > self.dateline_end + 1:
                lead_end = sent.end
                break
        for ent in doc_ents(self.doc):
            weight = 0 if ent.start_char < self.dateline_end else (2 if ent.start < lead_end else 1)
            if ent.label_ in ("GPE", "NORP", "LOC", "FAC"):
                code = self._ent_country(ent) if ent.label_ != "FAC" else None
                if code is None and self.place_country is not None:
                    code = self.place_country(_clean(ent.text))  # also NORP: the tagger calls "Kidal" NORP
                if code is None and ent.label_ == "NORP":
                    code = self._region_demonym(_clean(ent.text))
                if code and len(code) == 3 and code not in INTERNATIONAL:
                    self.country_counts[code] += weight
                    self.mentions.append((ent.start, code))
            elif ent.label_ == "PERSON" and (m := self.lexicon.country(_clean(ent.text))) is not None and (
                    m.kind == "country" and m.country not in INTERNATIONAL):
                # the tagger's "persons" that are countries: "in northern Mali"
                self.country_counts[m.country] += weight
                self.mentions.append((ent.start, m.country))
            elif ent.label_ == "PERSON" and len(ent) == 1 and ent.root.dep_ == "pobj" and (
                    ent.root.head.lower_ in LOCATIVE or ent.root.head.lower_ == "of") and self.place_country is not None and (
                    code := self.place_country(_clean(ent.text))):
                # ... or places: "residential districts of Kharkiv"
                self.country_counts[code] += weight
                self.mentions.append((ent.start, code))
            elif ent.label_ in ("ORG", "EVENT", "LAW"):
                # "the Government of Peru", "Chile Gabriel Boric": a country inside a name
                for t in ent:
                    if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper():
                        m = self.lexicon.country(t.text)
                        code = m.country if m is not None and m.kind == "country" else self.lexicon.demonym(t.text)
                        if code and code not in INTERNATIONAL:
                            self.country_counts[code] += weight
                            break
        for tok in self.doc:
            if tok.pos_ == "ADJ" and tok.ent_type_ == "":
                code = self.lexicon.demonym(tok.text)
                if code:
                    self.country_counts[code] += 1
                    self.mentions.append((tok.i, code))
            elif tok.pos_ == "PROPN" and tok.ent_type_ == "" and tok.dep_ == "compound" and tok.text[:1].isupper():
                # a country name the tagger missed inside a name: "the Uganda Revenue Authority"
                m = self.lexicon.country(tok.text)
                if m is not None and m.kind == "country" and m.country not in INTERNATIONAL:
                    self.country_counts[m.country] += 1
        self.mentions.sort()

    def _region_demonym(self, word: str) -> str | None:
        """"Tigrayan" -> Tigray -> ETH: a regional adjective through the gazetteer."""
        if self.place_country is None or not word[:1].isupper() or " " in word:
            return None
        for suffix, add in (("ian", ""), ("an", ""), ("ese", ""), ("i", ""), ("n", ""), ("ian", "ia"), ("an", "a")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                code = self.place_country(word[: len(word) - len(suffix)] + add, regional=True)
                if code:
                    return code
        return None

    def local_country(self, tok: Token, nearest: bool = False, places_only: bool = False) -> str | None:
        """The country of the place ``tok`` is in, else the article's.

        Only a place named in the sentence ("in Kidal", "Ecuadorian territory") or a country
        modifier on the same phrase counts: a country acting in the sentence ("Venezuela's
        experiences against criminal gangs", "the support of the United States") is another party.
        With ``nearest`` (officials and titled people: "The US delegation is led by the presidential
        advisor ...") any country named nearest before them in the sentence counts; with
        ``places_only`` only a place the sentence names as a location ("near Samarra").
        """
        sent = tok.sent
        best = None
        own = {t.i for t in tok.subtree} | {a.i for a in tok.ancestors if a.pos_ in ("NOUN", "PROPN")}
        for i, code in self.mentions:
            if not (sent.start <= i < sent.end) or i == tok.i:
                continue
            m = self.doc[i]
            if m.dep_ in ("amod", "compound", "poss", "nmod") and m.head.lemma_.lower() in self.lexicon.words["missions"] and (
                    m.ent_type_ == "NORP" or getattr(self.lexicon.country(_clean((_ent_of(m) or m).text)), "kind", "") == "country"):
                continue  # "a picket at the Israeli embassy in Ankara": an embassy is in its host country (not "its Madrid embassy")
            if places_only:
                if not _is_locative(m):
                    continue
            elif not (nearest or _is_locative(m) or (i in own and (
                    m.dep_ in ("amod", "compound", "nmod") or (m.dep_ == "pobj" and m.head.lower_ == "of")))):
                continue
            if i > tok.i:
                if not (nearest and best is not None and i not in own):
                    best = code  # (a country named later in the sentence is not nearer than one named before)
                break
            best = code
        return best or self.main_country

    def _register_people(self) -> None:
        """Names with their descriptions: appositives and titles give country and sector.

        Full names first, so that a bare surname ("Morales") means the person the article names
        in full ("Evo Morales"), not a namesake the dictionary holds.
        """
        persons = [e for e in doc_ents(self.doc) if e.label_ == "PERSON"]
        for ent in doc_ents(self.doc):
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC") and len(ent) >= 2:
                # a person tagged ORG; "the former president of Chile Gabriel Boric": "Chile Gabriel Boric"
                words = _clean(ent.text).split()
                for n in (len(words), 3, 2):
                    if len(words) < n or n < 2 or (n < len(words) and n == 3 and len(words) == 3):
                        continue
                    m = self.lexicon.named(" ".join(words[-n:]), self.date)
                    if m is not None and m.kind == "person":
                        e = Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=m.name,
                                   country=m.country, sector=m.sector,
                                   sectors=list(m.sectors) or ([m.sector] if m.sector else []),
                                   resolved_by="dictionary", wikidata=m.wikidata)
                        self._remember_person(m.name, e)
                        self._remember_person(" ".join(words[-n:]), e)
                        break
        for ent in sorted(persons, key=lambda e: (len(_clean(e.text).split()) < 2, e.start)):
            name = _clean(ent.text)
            if not name or name.lower() in self.people:
                continue
            entity = self._person_entity(ent)
            self._remember_person(name, entity)
        for ent in persons:  # the people an article is about tell its country too
            e = self.people.get(_clean(ent.text).lower())
            if e is not None and e.country and e.resolved_by in ("dictionary", "in-document") and e.country not in INTERNATIONAL:
                self.country_counts[e.country] += 1

    def _remember_person(self, name: str, entity: Entity) -> None:
        if entity.name and entity.name.lower() != name.lower() and entity.resolved_by == "dictionary":
            self._remember_person(entity.name, entity)  # "Bolivia Evo Morales" is Evo Morales: "Morales" too
        self.people.setdefault(name.lower(), entity)
        parts = name.split()
        if len(parts) > 1:
            self.people.setdefault(parts[-1].lower(), entity)
            # Spanish-style double surnames: "Lula Da Silva" -> "Lula"
            self.people.setdefault(parts[0].lower(), entity) if entity.resolved_by != "unresolved" else None

    def _ent_country(self, ent: Span) -> str | None:
        """Country of a GPE/NORP/ORG name, trying shorter prefixes ("United States Government")."""
        words = _clean(ent.text).split()
        for n in range(len(words), 0, -1):
            text = " ".join(words[:n])
            m = self.lexicon.country(text)
            if m is not None and m.country:
                return m.country
            if ent.label_ == "NORP" or n == 1:
                code = self.lexicon.demonym(text)
                if code:
                    return code
            if n == len(words):
                m = self.lexicon.international(text)
                if m is not None and m.country:
                    return m.country
        return None

    def _description(self, tokens: list[Token]) -> tuple[str | None, str | None, str]:
        """Country and sector from a description ("the president of Ecuador", "his Venezuelan counterpart")."""
        country = None
        sector = None
        words = []
        in_ent: set[int] = set()
        found: list[tuple[int, str]] = []  # (token index, country): the first one in the text wins
        # a two-word demonym the tagger splits ("Greek Cypriot" is CYP, not "Greek")
        for a, b in zip(tokens, tokens[1:], strict=False):
            if a.ent_type_ == "NORP" and b.i == a.i + 1 and (code := self.lexicon.demonym(f"{a.text} {b.text}")):
                found.append((a.i, code))
                in_ent.update((a.i, b.i))
                break
        if tokens:
            lo, hi = tokens[0].i, tokens[-1].i
            for ent in ents_within(self.doc, lo, hi):
                if ent.label_ in ("GPE", "NORP", "ORG") and ent.start not in in_ent:
                    in_ent.update(range(ent.start, ent.end))
                    code = self._ent_country(ent) if not _opposed(ent[0]) else None
                    if code:
                        found.append((ent.start, code))
        for t in tokens:
            if t.pos_ in ("PUNCT", "DET") or t.dep_ == "poss":
                continue
            words.append(t.text)
            if t.i not in in_ent and not _opposed(t) and (
                t.pos_ == "ADJ" or t.ent_type_ == "NORP" or (t.dep_ in ("amod", "compound") and t.text[:1].isupper())
            ):
                code = self.lexicon.demonym(t.text) or (self._region_demonym(t.text) if t.ent_type_ == "NORP" else None)
                if code:
                    found.append((t.i, code))
        if found:
            country = min(found)[1]
        phrase = " ".join(w for w in words if w.lower() not in ("of", "the"))
        agent = self._agent(tokens)
        if agent is not None:
            sector = agent.sector
        return country, sector, phrase

    def _agent(self, tokens: list[Token]) -> ActorMatch | None:
        """The role phrase of a description ("the Venezuelan president" -> president, GOV)."""
        key = tuple(t.i for t in tokens)
        if key not in self._agents:
            self._agents[key] = self._find_agent(tokens)
        return self._agents[key]

    def _find_agent(self, tokens: list[Token]) -> ActorMatch | None:
        ids = {t.i for t in tokens}
        roots = [t for t in tokens if (t.pos_ in ("NOUN", "PROPN") and t.head.i not in ids) or t.head.i == t.i]
        if roots and roots[0].pos_ in ("NOUN", "PROPN"):
            # the phrase's own head with its common-noun modifiers: "Indian border police units" -> "border police unit"
            root = roots[0]
            mods = [
                t for t in tokens
                if t.i < root.i and t.dep_ in ("amod", "compound") and t.head.i in ids
                and (t.pos_ == "NOUN" or (t.pos_ in ("ADJ", "PROPN") and not t.ent_type_ and t.text[:1].islower()))
            ]
            for k in range(len(mods)):
                m = self.lexicon.agent(" ".join([*(x.text for x in mods[k:]), root.text]))
                if m is not None:
                    return m
        heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and (
            (title := _title(t)) in self.lexicon.words["title_lemmas"] or title in _agentish(self.lexicon, t))]
        if not heads:
            return None
        ids = {t.i for t in heads}
        # the first role word, then the last ("Lt. Gen." -> "Gen.")
        for head in (heads[0], heads[-1]) if len(heads) > 1 else heads:
            # "African Union defence ministers": a role word modifying a later one is not the head
            while head.dep_ in ("compound", "nmod", "amod") and head.head.i in ids and head.head.i > head.i:
                head = head.head
            mods = [t for t in tokens if t.i < head.i and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound")]
            for cand in ([*mods, head], [head]):
                phrase = " ".join(self.lexicon.abbreviations.get(_title(t), t.text) for t in cand)
                m = self.lexicon.agent(phrase)
                if m is not None:
                    return m
        return None

    def _person_entity(self, ent: Span) -> Entity:
        name = _clean(ent.text)
        m = self.lexicon.named(name, self.date)
        words = name.split()
        if m is None and len(words) >= 3:
            # "Bolivia Evo Morales": a place or title glued in front of a known name
            for n in (3, 2):
                if len(words) > n:
                    tail = self.lexicon.named(" ".join(words[-n:]), self.date)
                    if tail is not None and tail.kind == "person":
                        m = tail
                        break
        desc_tokens: list[Token] = []
        head = ent.root
        # appositive either way: "the president of Ecuador, Daniel Noboa" / "Daniel Noboa, the president"
        if head.dep_ == "appos":
            # the parser hangs the name on the nearest noun ("the commander of the Southern Command,
            # Laura Richardson"): the description is the whole phrase it ends
            anchor = head.head
            while (anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in ("of", "for", "at", "in")
                   and anchor.head.head.pos_ in ("NOUN", "PROPN")):
                anchor = anchor.head.head
            desc_tokens = [t for t in _phrase_tokens(anchor) if not (ent.start <= t.i < ent.end)]
        else:
            for c in head.children:
                if c.dep_ == "appos":
                    desc_tokens = _phrase_tokens(c)
                    break
        # titles right before the name: "Kenyan President Ruto", "French President Emmanuel Macron"
        left = []
        # titles the tagger put inside the name: "Archbishop Desmond Tutu", "Gen. Avril"
        for t in ent[:-1]:
            if _title(t) in self.lexicon.words["title_lemmas"] or self.lexicon.agent(_title(t)) is not None:
                left.append(t)
            else:
                break
        if left:
            name = _clean(ent[len(left):].text)
            if m is None:
                m = self.lexicon.named(name, self.date)
        i = ent.start - 1
        while i >= 0 and i >= ent.start - 7 and self.doc[i].idx >= self.dateline_end:
            t = self.doc[i]
            if t.pos_ in ("PROPN", "NOUN", "ADJ") and (
                _title(t) in self.lexicon.words["title_lemmas"] or self.lexicon.demonym(t.text) or t.ent_type_ in ("NORP", "GPE", "ORG")
                or t.dep_ in ("compound", "nmod", "pobj", "amod")
            ):
                left.insert(0, t)
                i -= 1
            elif (t.lower_ in ("of", "for", "the", "-") or t.dep_ == "case") and i > 0 and self.doc[i - 1].pos_ in ("PROPN", "NOUN") and left:
                left.insert(0, t)
                i -= 1
            else:
                break
        country, sector, _ = self._description(left + desc_tokens) if (left or desc_tokens) else (None, None, "")
        desc_agent = self._agent(left + desc_tokens) if (left or desc_tokens) else None
        if desc_agent is not None and normalize(desc_agent.name).split(" ")[-1] in self.lexicon.words["org_nouns"]:
            self._orgs.add(name.lower())  # "the digital media La Posta": an outlet, not a he or she
        if head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children):
            # "his Venezuelan counterpart, Nicolás Maduro": counterpart inherits the role
            if any(t.lemma_.lower() == "counterpart" for t in desc_tokens + left) and sector is None:
                sector = "GOV"
        if m is not None:
            return Entity(
                text=ent.text, start=ent.start_char, end=ent.end_char, name=m.name,
                country=m.country or country, sector=m.sector or sector,
                sectors=list(m.sectors) or ([sector] if sector else []), resolved_by="dictionary",
                wikidata=m.wikidata,
            )
        if sector and not country:
            # "Maj. Gen. John Doe": a titled person the dictionaries do not know, in the article's country
            country = self.local_country(head, nearest=True)
            if country:
                return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=name, country=country,
                              sector=sector, sectors=[sector], resolved_by="in-document+document-country")
        if country or sector:
            return Entity(
                text=ent.text, start=ent.start_char, end=ent.end_char, name=name, country=country,
                sector=sector, sectors=[sector] if sector else [], resolved_by="in-document",
            )
        return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=name, resolved_by="unresolved")

    def _register_referents(self) -> None:
        """Candidates for pronouns: people, groups and countries in text order."""
        for ent in doc_ents(self.doc):
            subject = ent.root.dep_ in SUBJECTS
            if ent.label_ == "PERSON":
                name = _clean(ent.text).lower()
                e = self.people.get(name)
                if e is not None:
                    if name in self._orgs:
                        self.referents.append(Referent(e, "org", None, False, ent.start, subject))
                        continue
                    gender = _gender_hint(ent)
                    self.referents.append(Referent(e, "person", gender, False, ent.start, subject))
            elif ent.label_ in ("GPE", "ORG", "NORP"):
                e = self._named_entity(ent)
                if e is not None and e.country:
                    plural = (ent.label_ == "NORP" and ent.root.tag_ in ("NNS", "NNPS")) or ent.text.endswith("s")
                    kind = "country" if ent.label_ == "GPE" else "org"
                    m = self._lookup(_clean(ent.text), ent.root)
                    if (m is not None and m.kind == "person") or (e.name and e.name.lower() in self.people and m is None):
                        kind = "person"  # "Bolivia Evo Morales" tagged ORG, "Mechichi" tagged GPE
                    self.referents.append(Referent(e, kind, None, plural, ent.start, subject))
        self.referents.sort(key=lambda r: r.token)

    def _register_descriptions(self) -> None:
        """Groups and described people that pronouns can refer back to.

        Subjects that are role nouns ("Myanmar's army", "the criminal organization", "The
        Ecuadorian president") become referents: "it seized power", "he responded".
        """
        added = False
        taken = {r.token for r in self.referents}
        for tok in self.doc:
            if tok.dep_ in SUBJECTS and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
                # "Biden, Trudeau and López Obrador ... issued a statement": together they are a "they"
                e = self.entity(tok)
                if e is not None and e.country and e.resolved_by != "pronoun":
                    self.referents.append(Referent(e, "group", None, True, tok.i, True))
                    added = True
                    continue
            if tok.dep_ not in SUBJECTS or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or tok.i in taken:
                continue
            e = self.entity(tok)
            if e is None or not e.country or e.resolved_by == "pronoun":
                continue
            m = self._lookup(tok.text, tok) if tok.pos_ == "PROPN" else None
            if e.name and (e.name.lower() in self.people or (m is not None and m.kind == "person")):
                self.referents.append(Referent(e, "person", _gender_hint(self.doc[tok.i : tok.i + 1]), False, tok.i, True))
            elif e.sector:
                plural = tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in self.lexicon.words["collective_plural"]
                self.referents.append(Referent(e, "group", None, plural, tok.i, True))
            added = True
        if added:
            self.referents.sort(key=lambda r: r.token)
            self._forget_volatile()  # pronouns resolved while building may now find a nearer antecedent

    def _forget_volatile(self) -> None:
        for i in self._volatile:
            self._cache.pop(i, None)
        self._volatile.clear()

    def _find_quotes(self) -> None:
        """Quotations and their speakers.

        A quote may run over several sentences and paragraphs (a paragraph that opens a quote and
        does not close it continues in the next one that opens a quote); a closing mark with no
        opening one counts when an attribution follows (``...narcoterrorists',” he added``) and then
        starts at its paragraph. Its speaker is the subject of a speech verb right after it (",”
        Noboa said", "” said the minister") or right before it ("Maduro said: “..."); an
        unattributed quote that follows a quote of known speaker, with nothing but the attribution
        between them, continues it.
        """
        text = doc_text(self.doc)
        prev: Quote | None = None
        for start, end, orphan in _quote_spans(text):
            inner = text[start:end].strip("“”\"").strip()
            before = text[max(0, start - 3):start].strip()
            opens_clause = not before or before[-1] in ".:,;!?\n" or start == 0
            direct = bool(re.search(r"[.,!?…]['’]?$", inner)) or (opens_clause and len(inner.split()) >= 4)
            if not direct:
                if not orphan:
                    self.quotes.append(Quote(start, end, None, direct=False))
                continue
            speaker = self._quote_speaker(start, end, after_only=orphan)
            if orphan and speaker is None:
                continue
            if speaker is None and prev is not None and prev.speaker is not None:
                gap = text[prev.end:start]
                if len(gap) < 160 and "“" not in gap and '"' not in gap and gap.count(".") <= 1:
                    speaker = prev.speaker
            q = Quote(start, end, speaker, direct=True)
            self.quotes.append(q)
            prev = q

    def _quote_speaker(self, start: int, end: int, after_only: bool = False) -> Entity | None:
        doc = self.doc
        # after the quote: ',” Noboa said' / '” said the minister' / '” he added.'
        after = doc.char_span(end, min(len(doc_text(doc)), end + 160), alignment_mode="expand")
        if after is not None:
            for tok in after[:14]:
                if tok.is_sent_start and tok.i > after.start + 1 or tok.text in ("“", '"'):
                    break
                if tok.lemma_.lower() in self.lexicon.words["speech"] and tok.pos_ in ("VERB", "AUX"):
                    subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
                    if subj:
                        return self._speaker(subj[0])
        if after_only:
            return None
        # before the quote: 'Noboa said: “...'
        before = doc.char_span(max(0, start - 160), start, alignment_mode="expand")
        if before is not None:
            for tok in reversed(before[-14:]):
                if tok.text in ("”", '"'):
                    break
                if tok.lemma_.lower() in self.lexicon.words["speech"] and tok.pos_ in ("VERB", "AUX"):
                    subj = [c for c in tok.children if c.dep_ == "nsubj"]
                    if subj:
                        return self._speaker(subj[0])
        return None

    def _speaker(self, tok: Token) -> Entity | None:
        e = self.entity(tok)
        if e is None:
            return None
        return Entity(text=e.text, start=e.start, end=e.end, name=e.name, country=e.country, sector=e.sector,
                      sectors=list(e.sectors), resolved_by=e.resolved_by, wikidata=e.wikidata)

    def quotations(self) -> list[dict]:
        """The direct quotations of the document, in text order.

        Each is ``{"text", "start", "end", "speaker"}``: the quoted words without the quote marks,
        their character offsets in the document, and the speaker as an entity dict
        (:meth:`killdeer.types.Entity.to_dict`, ``text``/offsets of the attribution mention) or None.
        """
        out = []
        text = doc_text(self.doc)
        for q in self.quotes:
            if not q.direct:
                continue
            a, b = q.start, q.end
            while a < b and text[a] in "“”\" \n\t":
                a += 1
            while b > a and text[b - 1] in "“”\" \n\t":
                b -= 1
            out.append({"text": text[a:b], "start": a, "end": b, "speaker": q.speaker.to_dict() if q.speaker else None})
        return out

    # ------------------------------------------------------------------ resolution
    def quote_at(self, char: int) -> Quote | None:
        """The direct quotation that contains character ``char``, if any."""
        self._reads += 1
        for q in self.quotes:
            if q.direct and q.start <= char < q.end:
                return q
        return None

    def entity(self, head: Token) -> Entity | None:
        """The entity a noun-phrase head refers to, or None when it is not an actor."""
        i = head.i
        if i in self._cache:
            if i in self._volatile or i in self._pending:
                self._reads += 1
            return self._cache[i]
        self._cache[i] = None  # guards recursion through quotes/pronouns
        self._pending.add(i)
        before = self._reads
        e = self._resolve(head)
        if e is None and head.dep_ not in SUBJECTS | {"agent"} and head.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            e = self._target(head)
        if e is not None and head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS"):
            home = self._residence(head)
            if home and home != e.country:
                e = dataclasses.replace(e, country=home, resolved_by=e.resolved_by + "+residence")
        self._cache[i] = e
        self._pending.discard(i)
        if self._reads != before:
            self._volatile.add(i)
        return e

    def _residence(self, head: Token) -> str | None:
        """Where a people lives when the text says so: "the Hungarians of southern Slovakia", "ethnic
        Albanians demonstrated in Serbia" (the ethnic group, not the kin state)."""
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "in", "from"):
                for o in p.children:
                    ent = _ent_of(o) if o.dep_ == "pobj" else None
                    if ent is not None and ent.label_ in ("GPE", "LOC"):
                        code = self._ent_country(ent) or (self.place_country(_clean(ent.text)) if self.place_country else None)
                        if code:
                            return code
        if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children):
            starts = sent_starts(self.doc)
            return self.local_country(head, places_only=True) if any(
                _is_locative(self.doc[i]) for i, _ in self.mentions if starts[i] == starts[head.i]) else None
        return None

    def _resolve(self, head: Token) -> Entity | None:
        low = head.lower_
        if head.ent_type_ in NON_ACTOR_ENTS or head.idx < self.dateline_end:
            return None
        if head.pos_ == "PRON" or (low in MALE | FEMALE | PLURAL | FIRST_SING | FIRST_PLUR | NEUTER and not head.is_upper):
            return self._pronoun(head)
        if low in RELATIVE:
            return None
        ent = _ent_of(head)
        if ent is not None and ent.label_ == "PERSON" and _clean(ent.text).lower() not in self._orgs:
            e = self._person_mention(ent)
            if e is not None and e.resolved_by == "unresolved":
                # the tagger's "persons" that are countries or peoples: "Sri Lanka", "Bosnian Serbs"
                e = self._mistagged_person(ent) or e
            return e
        if ent is not None and ent.label_ in ("GPE", "ORG", "NORP", "LOC", "FAC", "PERSON"):
            e = self._named_entity(ent)
            if e is not None:
                return e
        known = self.people.get(head.lower_) if ent is None and head.text[:1].isupper() else None
        if head.pos_ == "PROPN" or (known is not None and known.resolved_by != "unresolved"):
            e = self._proper(head)  # "Morales" (untagged) after "Evo Morales"
            if e is not None:
                return e
        return self._org_anaphor(head) or self._common(head)

    def _org_anaphor(self, head: Token) -> Entity | None:
        """'the bloc', 'the alliance', 'the organisation': the last organisation the text named."""
        if head.lemma_.lower() not in self.lexicon.words["org_anaphora"] or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("amod", "compound", "poss") and any(t.ent_type_ for t in c.subtree) for c in head.children):
            return None  # "the West African bloc", "the Saudi-led coalition" name their own kind
        kind = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i == head.i - 1]
        if kind and self.lexicon.agent(f"{kind[0].lower_} {head.lower_}") is not None:
            return None  # "the criminal organization", "the armed group": a kind of actor, not the last one named
        self._reads += 1
        for r in reversed(self.referents):
            if r.token < head.i and r.kind == "org" and r.entity.country:
                e = r.entity
                span = _np_span(head, self.dateline_end)
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=e.name,
                              country=e.country, sector=e.sector, sectors=list(e.sectors), resolved_by="in-document",
                              wikidata=e.wikidata)
        return None

    def _lookup(self, text: str, head: Token | None = None) -> ActorMatch | None:
        """Dictionary lookup that never takes a common noun or a title for a namesake ("power", "Bishop")."""
        m = self.lexicon.lookup(text, self.date)
        if m is not None and m.kind == "person" and head is not None and head.ent_type_ != "PERSON" and (
            head.is_lower or _title(head) in self.lexicon.words["title_lemmas"] or self.lexicon.agent(head.lemma_.lower()) is not None
        ):
            m = self.lexicon.international(text, self.date) or self.lexicon.country(text) or self.lexicon.agent(text)
        return m

    def _span_entity(self, span: Span, m: ActorMatch, resolved_by: str | None = None) -> Entity:
        sector = m.sector
        sectors = list(m.sectors) or ([m.sector] if m.sector else [])
        if m.kind in ("country", "capital") and not sector:
            sector, sectors = "GOV", ["GOV"]  # "Iran threatened", "Washington demanded": the state acts through its government
        country = m.country
        if m.kind == "agent" and not country:
            country = self.local_country(span.root)  # "the National Assembly", "organized crime"
            resolved_by = resolved_by or ("agent-lexicon+document-country" if country else None)
        return Entity(
            text=span.text, start=span.start_char, end=span.end_char, name=m.name, country=country,
            sector=sector, sectors=sectors, resolved_by=resolved_by or m.resolved_by, wikidata=m.wikidata,
        )

    def _named_entity(self, ent: Span) -> Entity | None:
        text = _clean(ent.text)
        m = self._lookup(text, ent.root)
        if m is None and ent.label_ == "NORP":
            code = self.lexicon.demonym(text)
            if code:
                return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text, country=code,
                              sector=None, sectors=[], resolved_by="demonym")
        if m is None:
            # "the United States Government", "the Southern Command": country + agent inside the name
            e = self._common(ent.root, span=ent)
            if e is None:
                # "the Nour ("Light") group", "Sunrise, an opposition coalition": what the name is said to be
                for c in ent.root.children:
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and c.ent_type_ == "":
                        d = self._common(c)
                        if d is None and c.lemma_.lower() in self.lexicon.words["generic_org"]:
                            d = self._unknown_org(c)
                        if d is not None and d.country:
                            return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text,
                                          country=d.country, sector=d.sector, sectors=list(d.sectors),
                                          resolved_by=d.resolved_by)
            return e
        if m.kind == "agent":
            # "the National Assembly": a role with the country of its sentence; "Iran's navy" (the tagger's
            # ORG without the possessive): the whole noun phrase says whose
            np = _np_span(ent.root, self.dateline_end)
            e = self._common(ent.root, span=np if np.start < ent.start and np.end >= ent.end and any(
                t.dep_ == "poss" and t.head.i == ent.root.i for t in np) else ent)
            if e is not None:
                return e
        if m.kind not in ("country", "capital", "person") and m.country and m.country not in INTERNATIONAL and all(
                w in self.lexicon.words["generic_name_words"] for w in normalize(text).split()):
            # "the Liberal Party" in a story about Honduras: a name many countries use, so the story's
            here = self.local_country(ent.root)
            if here and here != m.country:
                return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text, country=here,
                              sector=m.sector, sectors=list(m.sectors) or ([m.sector] if m.sector else []),
                              resolved_by="dictionary+document-country")
        return self._span_entity(ent, m)

    def _person_mention(self, ent: Span) -> Entity | None:
        name = _clean(ent.text)
        e = self.people.get(name.lower()) or self.people.get(name.split()[-1].lower())
        if e is None:
            e = self._person_entity(ent)
        return Entity(
            text=ent.text, start=ent.start_char, end=ent.end_char, name=e.name, country=e.country,
            sector=e.sector, sectors=list(e.sectors),
            resolved_by=e.resolved_by if name.lower() == (e.name or "").lower() or e.start == ent.start_char else (
                "in-document" if e.resolved_by != "unresolved" else "unresolved"),
            wikidata=e.wikidata,
        )

    def _mistagged_person(self, ent: Span) -> Entity | None:
        """A PERSON entity that names a country ("Sri Lanka") or a people ("Bosnian Serbs")."""
        text = _clean(ent.text)
        m = self.lexicon.country(text)
        if m is not None and m.kind in ("country", "capital"):
            return self._span_entity(ent, m)
        code = self.lexicon.demonym(text)
        if code is None and (ent.root.tag_ in ("NNPS", "NNS") or ent.root.text.endswith("s")):
            # "Bosnian Serbs": the first demonym of a plural name
            code = next((c for t in ent if (c := self.lexicon.demonym(t.text))), None)
        if code:
            return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text, country=code,
                          sector=None, sectors=[], resolved_by="demonym")
        return None

    def _misspelled_country(self, head: Token) -> Entity | None:
        """"Afganistan": a capitalised unknown word one letter away from a country name (7+ letters)."""
        word = head.text
        if len(word) < 7 or not word[:1].isupper() or head.ent_type_ in ("PERSON", "ORG"):
            return None
        if self.place_country is not None and self.place_country(word):
            return None  # a real place ("Columbia", South Carolina), not a typo
        key = normalize(word)
        for name in _country_names(self.lexicon):
            if abs(len(name) - len(key)) <= 1 and name[:1] == key[:1] and _one_edit(name, key):
                m = self.lexicon.country(name)
                if m is not None and m.kind == "country":
                    return Entity(text=word, start=head.idx, end=head.idx + len(word), name=m.name, country=m.country,
                                  sector="GOV", sectors=["GOV"], resolved_by="dictionary", wikidata=m.wikidata)
        return None

    def _proper(self, head: Token) -> Entity | None:
        span = _np_span(head, self.dateline_end)
        known = self.people.get(head.lower_)
        if known is not None and known.resolved_by != "unresolved":  # "Morales" after "Evo Morales"
            return Entity(text=head.text, start=head.idx, end=head.idx + len(head.text), name=known.name,
                          country=known.country, sector=known.sector, sectors=list(known.sectors),
                          resolved_by="in-document", wikidata=known.wikidata)
        for text in (_clean(span.text), _clean(head.text)):
            m = self._lookup(text, head)
            if m is not None and m.kind != "agent":  # role words go through _common (country + sector)
                return self._span_entity(span, m)
        e = self.people.get(head.lower_)
        if e is not None:
            return Entity(text=head.text, start=head.idx, end=head.idx + len(head.text), name=e.name,
                          country=e.country, sector=e.sector, sectors=list(e.sectors), resolved_by="in-document",
                          wikidata=e.wikidata)
        if len(span) == 1 or span.root.i == head.i and all(t.pos_ in ("DET", "ADJ") for t in span if t.i != head.i):
            return self._misspelled_country(head)
        return None

    def _named_person(self, head: Token, span: Span) -> Entity | None:
        """The person a role phrase is apposed to: "the president of Ecuador, Daniel Noboa"."""
        for c in head.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                ent = _ent_of(c)
                if ent is not None:
                    return self._person_mention(ent)
        # the parser often hangs the name elsewhere: "the president of Brazil, Luiz Inácio Lula Da Silva"
        j = span.end
        doc = self.doc
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "B":
            ent = _ent_of(doc[j + 1])
            if ent is not None:
                return self._person_mention(ent)
        return None

    def _member_of(self, head: Token, agent: ActorMatch | None) -> Entity | None:
        """"Leaders of the opposition coalition", "Hamas officials": the body gives country and sector."""
        if head.lemma_.lower() not in self.lexicon.words["member_nouns"]:
            return None
        comp = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i and c.pos_ in ("NOUN", "PROPN")]
        # a body the dictionaries know, named in front ("Islamic State fighters", "European Union leaders"), even
        # where the rest of the phrase is a role of its own ("union leader", "fighter")
        for c in reversed(comp):
            start = c.left_edge.i  # (the tagger may mark only part of the name; "suspected" is no part of it)
            while start < c.i and not (self.doc[start].ent_type_ or self.doc[start].pos_ == "PROPN"):
                start += 1
            name = self.doc[start : c.i + 1]
            if name[0].is_title and all(t.is_title or t.is_upper or t.text in ("-", "of") for t in name):
                m = self._lookup(_clean(name.text), c)
                if m is not None and (m.sector or m.country in INTERNATIONAL) and m.kind in ("org", "international"):
                    return self._span_entity(name, m)
            low = self.doc[c.left_edge.i : c.i + 1]
            if low.text.islower():
                # "euro zone partners": a body written in lower case, known only as an international body
                m = self.lexicon.lookup(low.text, self.date)
                if m is not None and m.kind == "international" and m.country in INTERNATIONAL:
                    return self._span_entity(low, m)
        if agent is not None and (agent.sector != "GOV" or " of " in f" {agent.name} "):
            return None  # "opposition leader", "police chief", "head of state": the phrase says it all
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                        e = self.entity(p)
                        if e is not None and e.sector and e.resolved_by != "pronoun":
                            return e
        for c in reversed(comp):
            ent = _ent_of(c)
            if ent is not None and ent.label_ in ("ORG", "NORP", "PERSON"):
                m = self._lookup(_clean(ent.text), c)
                if m is not None and m.sector and m.kind in ("org", "international", "metonym"):
                    return self._span_entity(ent, m)
            toks = list(ent) if ent is not None else list(c.subtree)
            body = self._agent(toks)
            if body is not None and body.sector and (agent is None or body.sector != agent.sector):
                country = self._description(toks)[0]
                return Entity(text=c.text, start=c.idx, end=c.idx + len(c.text),
                              name=None, country=country, sector=body.sector, sectors=list(body.sectors),
                              resolved_by="agent-lexicon")
        return None

    def _named_inside(self, head: Token, span: Span) -> Entity | None:
        """"A breakaway Boko Haram faction": a known organisation named inside a generic head."""
        if head.lemma_.lower() not in self.lexicon.words["generic_org"]:
            return None
        for ent in ents_within(self.doc, span.start, span.end - 1):
            if ent.label_ in ("ORG", "NORP", "PERSON", "GPE") and head.i >= ent.end:
                m = self._lookup(_clean(ent.text), ent.root)
                if m is not None and m.kind in ("org", "international") and m.sector:
                    return self._span_entity(span, m)
        return None

    def _modifier_country(self, tok: Token) -> str | None:
        """Country of a noun's own modifiers ("Israeli" in "Israeli helicopters")."""
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss") and not _opposed(c):
                ent = _ent_of(c)
                code = self._ent_country(ent) if ent is not None else self.lexicon.demonym(c.text)
                if code:
                    return code
        return None

    def _compound_country(self, tok: Token) -> str | None:
        """'the Sierra Leone government': a country name of several words the tagger did not mark."""
        names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        if len(names) < 2:
            return None
        m = self.lexicon.country(tok.doc[names[0].i : tok.i].text)
        return m.country if m is not None else None

    def _country_sectors(self, toks: list[Token]) -> list[str]:
        """Sectors a country entry carries (PRE for partially recognised entities)."""
        for ent in (ents_within(self.doc, toks[0].i, toks[-1].i) if toks else []):
            if ent.label_ in ("GPE", "NORP", "ORG", "LOC"):
                m = self.lexicon.country(_clean(ent.text))
                if m is not None and m.sectors:
                    return list(m.sectors)
        return []

    def _link_person(self, country: str | None, sector: str | None, head: Token, span: Span) -> str | None:
        """The named person a role description stands for, if the article has one of that country and sector."""
        named = self._named_person(head, span)
        if named is not None and named.country == country:
            return named.name
        self._reads += 1
        for r in reversed(self.referents):
            if r.kind == "person" and r.token < head.i and r.entity.country == country and r.entity.sector == sector and r.entity.name:
                return r.entity.name
        return None

    def _common(self, head: Token, span: Span | None = None) -> Entity | None:
        """A description: agent noun + country modifiers ("the Venezuelan president", "criminal gangs")."""
        span = span or _np_span(head, self.dateline_end)
        while len(span) > 1 and span[-1].lower_ in RELATIVE | {",", "("}:
            span = span[:-1]
        toks = list(span)
        low = head.lemma_.lower()
        # "a group of at least 13 armed men", "a delegation of senior officials": look through "of"
        inner = head
        if low in ("group", "number", "dozen", "hundred", "thousand", "band", "team", "gang",
                   "member", "unit", "contingent", "crowd", "wave", "handful", "couple", "delegation"):
            objs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            if objs and low != "delegation":
                inner = objs[0]
        named = None
        for c in head.children:  # "the president of Ecuador, Daniel Noboa": the named person
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                named = self._named_person(head, span)
        if named is not None and named.country:
            named.text, named.start, named.end = span.text, span.start_char, span.end_char
            return named
        if low in self.lexicon.words["proposal"]:
            src = _proposal_source(head)
            if src is None:
                # "the offer of Brazil", "sought the help of the army": the other party
                src = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
            if src is not None and src.i != head.i:
                return self.entity(src)
            country = self._modifier_country(head)  # "US mediation", "an Indian proposal"
            if country:
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=country,
                              sector=None, sectors=[], resolved_by="dictionary")
            return None
        e = self._named_inside(head, span)
        if e is not None:
            return e
        e = self._holder(head)
        if e is not None:
            return dataclasses.replace(e, text=span.text, start=span.start_char, end=span.end_char)
        inner_toks = [t for t in inner.subtree if t.i <= inner.i] if inner.i != head.i else toks
        agent = self._agent([t for t in inner_toks if t.i <= inner.i]) or self._agent(toks)
        member = self._member_of(head, agent)
        if member is not None and member.country:
            return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=member.country,
                          sector=member.sector, sectors=list(member.sectors), resolved_by=member.resolved_by)
        if member is not None and member.sector:
            agent = ActorMatch(member.name or head.lemma_, None, member.sector, tuple(member.sectors), "agent",
                               "agent-lexicon", "document")
        country, _, _ = self._description(toks)
        if country is None:
            country = self._compound_country(head)
        if country is None:
            for t in toks:
                if t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN"):
                    m = self.lexicon.country(_clean(t.text))
                    if m is not None:
                        country = m.country
                        break
                    e = self.people.get(t.lower_)
                    if e is not None and e.country:
                        country = e.country
                        break
        if country is None:
            # "the government of Pedro Sánchez": the person's country
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.ent_type_ == "PERSON":
                            pe = self.entity(o)
                            if pe is not None and pe.country and pe.resolved_by != "unresolved":
                                country = pe.country
        if country is None and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            country = self._modifier_country(head.head)  # "Turkish warplanes and artillery"
        if agent is None and country is None and low in ("country", "nation", "republic") and any(
            c.lower_ == "the" for c in head.children
        ):
            # "the South American country": the country the article is about
            main = self.main_country
            if main:
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=main,
                              sector=None, sectors=[], resolved_by="in-document")
        if agent is None and low == "counterpart":
            # "his Venezuelan counterpart": the role of whoever "his" is, in another country
            poss = [c for c in head.children if c.dep_ == "poss"]
            ref = self.entity(poss[0]) if poss else None
            sector = ref.sector if ref is not None and ref.sector else "GOV"
            name = self._link_person(country, sector, head, span) if country else None
            return Entity(text=span.text, start=span.start_char, end=span.end_char, name=name, country=country,
                          sector=sector, sectors=[sector], resolved_by="in-document")
        if agent is None and country is None:
            m = self._lookup(_clean(span.text), head)
            if m is not None:
                return self._span_entity(span, m)
            if low in self.lexicon.words["generic_org"] and (any(t.pos_ == "PROPN" and t.i < head.i for t in toks) or (
                    head.pos_ == "PROPN" and head.ent_type_ == "ORG" and len(toks) > 2)):
                # "the Kifaya group", "the Umma party", "the Committee for the Transition": an organisation the
                # dictionaries do not know
                return self._unknown_org(head, span)
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in NEUTER | PLURAL), None)
            if poss is not None and head.lemma_.lower() in self.lexicon.words["means"]:
                # "its helicopters dropped supplies", "their gunboats": the owner acts through them
                owner = self.entity(poss)
                if owner is not None and owner.country:
                    return dataclasses.replace(owner, text=span.text, start=span.start_char, end=span.end_char)
            return None
        if agent is None:
            # "the United States", "Russian aircraft": a country, or something of that country
            if head.pos_ in ("PROPN", "NOUN") or head.ent_type_ in ("GPE", "NORP"):
                sectors = self._country_sectors(toks)
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None,
                              country=country, sector=sectors[0] if sectors else None, sectors=sectors,
                              resolved_by="dictionary")
            return None
        resolved_by = "agent-lexicon"
        if country is None:
            if not agent.country and any(
                    t.lower_ in self.lexicon.words["foreign"] and t.lower_ not in (agent.name or "").lower() for t in toks):
                return None  # "foreign governments", "international donors": no country to give them
            country = agent.country or self.local_country(head)  # "aid agencies": NGO, not the story's country
            resolved_by = "agent-lexicon" if agent.country else "agent-lexicon+document-country"
        name = None
        # "the Ecuadorian president" -> the named president of that country, if the article has one
        if agent.sector in ("GOV", "MIL", "LEG", "JUD", "ELI") and low in self.lexicon.words["leader_nouns"]:
            name = self._link_person(country, agent.sector, head, span)
            if name:
                resolved_by = "in-document"
        return Entity(text=span.text, start=span.start_char, end=span.end_char, name=name, country=country,
                      sector=agent.sector, sectors=list(agent.sectors) or ([agent.sector] if agent.sector else []),
                      resolved_by=resolved_by)

    def _unknown_org(self, head: Token, span: Span | None = None) -> Entity | None:
        """An organisation the dictionaries do not know: the local country and its generic sector."""
        span = span or _np_span(head, self.dateline_end)
        country = self.local_country(head)
        if not country:
            return None
        generic = self.lexicon.agent(head.lemma_.lower())
        sectors = list(generic.sectors) if generic is not None else []
        return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=country,
                      sector=sectors[0] if sectors else None, sectors=sectors,
                      resolved_by="agent-lexicon+document-country")

    def _target(self, head: Token) -> Entity | None:
        """What a non-actor object points at: its place, the other party of a conflict, who committed it."""
        # "crimes committed by Serb forces", "the loans provided by the World Bank"
        e = self._deed_agent(head)
        if e is not None:
            return e
        # "a war against Iraq", "sanctions on Myanmar", "talks with the rebels", "aid for Romania",
        # "rallies by the Nour group"; then "a curfew in Nairobi", "a state of emergency in North Kivu"
        words = self.lexicon.words
        frontier = [head]
        for _ in range(3):
            nxt = []
            for t in frontier:
                tl = t.lemma_.lower()
                if t.i != head.i:
                    e = self._deed_agent(t)  # "violations under the law imposed by Islamic fundamentalists"
                    if e is not None:
                        return e
                for c in t.children:
                    if c.dep_ != "prep":
                        continue
                    for g in c.children:  # "a plan for settling its quarrel with X": the gerund's object
                        if g.dep_ == "pcomp" and g.tag_ == "VBG":
                            nxt.extend(o for o in g.children if o.dep_ == "dobj")
                    for o in c.children:
                        if o.dep_ != "pobj" or o.i == t.i:
                            continue
                        party = (
                            (tl in words["dealings"] and c.lower_ in ("against", "with", "on", "to", "by"))
                            or (tl in words["benefits"] and c.lower_ in ("for", "to"))
                            or (c.lower_ == "by" and tl not in words["proposal"])
                        )
                        if party:
                            e = self.entity(o)
                            if e is not None and e.country:
                                return e
                        if c.lower_ in LOCATIVE:
                            e = self._place(o)
                            if e is not None:
                                return e
                        if c.lower_ in ("of", "under") or (c.lower_ == "in" and o.lemma_.lower() in words["dealings"]):
                            nxt.append(o)
            frontier = nxt
        return None

    def _holder(self, head: Token) -> Entity | None:
        """'the release of hostages held by X', 'access to prisoners detained by X': whoever holds them."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "for"):
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    for a in o.children:
                        if a.dep_ == "acl" and a.lemma_.lower() in self.lexicon.words["holding"]:
                            for g in _agents(a):
                                e = self.entity(g)
                                if e is not None and e.country:
                                    return e
        return None

    def _deed_agent(self, tok: Token) -> Entity | None:
        """Who did it: the "by" agent of a participle on ``tok`` ("crimes committed by Serb forces")."""
        for c in tok.children:
            if c.dep_ in ("acl", "relcl"):
                for o in _agents(c):
                    e = self.entity(o)
                    if e is not None and e.country:
                        return e
        return None

    def _place(self, tok: Token) -> Entity | None:
        ent = _ent_of(tok)
        if ent is None or ent.label_ not in ("GPE", "LOC", "FAC", "NORP", "ORG"):
            return None
        code = self._ent_country(ent)
        text = _clean(ent.text)
        if code is None and self.place_country is not None:
            words = text.split()
            # "Western Cambodia", "northern Israel", "West Darfur State": directions and admin words around a place
            for cand in (words, words[1:], words[:-1], words[1:-1]):
                if cand:
                    code = self.place_country(" ".join(cand)) or self._ent_country_text(" ".join(cand))
                    if code:
                        break
        if not code:
            return None
        return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text, country=code,
                      sector=None, sectors=[], resolved_by="place")

    def _ent_country_text(self, text: str) -> str | None:
        m = self.lexicon.country(text)
        return m.country if m is not None else None

    def _pronoun(self, tok: Token) -> Entity | None:
        low = tok.lower_
        self._reads += 1  # quotes, referents and earlier pronouns' resolutions
        q = self.quote_at(tok.idx)
        if q is not None and low in FIRST_SING | FIRST_PLUR:
            if q.speaker is None:
                return None
            s = q.speaker
            return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=s.name,
                          country=s.country, sector=s.sector, sectors=list(s.sectors), resolved_by="quote-speaker",
                          wikidata=s.wikidata)
        # "They (the Brazilians) have ...": the parenthetical says who
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                e = self.entity(c)
                if e is not None and e.country:
                    return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=e.name,
                                  country=e.country, sector=e.sector, sectors=list(e.sectors), resolved_by="pronoun",
                                  wikidata=e.wikidata)
        speaker = self._reported_subject(tok)
        if speaker is not None:
            return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=speaker.name,
                          country=speaker.country, sector=speaker.sector, sectors=list(speaker.sectors),
                          resolved_by="pronoun", wikidata=speaker.wikidata)
        best = self._antecedent(tok)
        if best is None:
            return None
        s = best.entity
        return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=s.name, country=s.country,
                      sector=s.sector, sectors=list(s.sectors), resolved_by="pronoun", wikidata=s.wikidata)

    def _antecedent(self, tok: Token) -> Referent | None:
        """The referent a third-person pronoun stands for.

        Compatible referents (a person for he/she with the right gender; a plural group, an
        organisation or an earlier "they" for they; a country, organisation or singular group for
        it) are ranked by the most recent sentence that has one, then by being a subject there, then
        by nearness. An earlier pronoun of the same kind in the same sentence is followed
        ("They ... and they ...").
        """
        low = tok.lower_
        want_person = low in MALE | FEMALE
        want_plural = low in PLURAL
        if not (want_person or want_plural or low in NEUTER):
            return None
        sent_start = tok.sent.start
        # follow an earlier pronoun of the same kind in this sentence
        for prev in reversed(self.doc[sent_start:tok.i]):
            if prev.pos_ == "PRON" and prev.i != tok.i and _same_kind(prev.lower_, low) and prev.i in self._cache:
                e = self._cache[prev.i]
                if e is not None:
                    return Referent(e, "person" if want_person else "group", None, want_plural, prev.i, True)
        g = "m" if low in MALE else "f" if low in FEMALE else None
        # "Scholz spoke with Tokayev and pressed him": an object pronoun is not its own clause's subject
        barred: set[int] = set()
        if tok.dep_ in ("dobj", "dative", "pobj", "iobj") and not low.endswith("self") and not low.endswith("selves"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            while True:
                for c in verb.children:
                    if c.dep_ in SUBJECTS:
                        barred.update(t.i for t in c.subtree)
                if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                    verb = verb.head
                    continue
                break
        best: tuple | None = None
        choice: Referent | None = None
        starts = sent_starts(self.doc)
        for r in self.referents:
            if r.token >= tok.i:
                break
            if r.token in barred:
                continue
            if want_person:
                ok = r.kind == "person" and r.gender in (None, g)
            elif want_plural:
                ok = r.plural or r.kind == "org"
            else:
                ok = r.kind in ("country", "org") or (r.kind == "group" and not r.plural)
            if not ok:
                continue
            sent_i = starts[r.token]
            if tok.i - r.token > 400:
                continue
            key = (sent_i, r.subject, r.token)
            if best is None or key > best:
                best, choice = key, r
        return choice

    def _reported_subject(self, tok: Token) -> Entity | None:
        """"Iran said it would permit ...": a subject pronoun of a reported clause is the speaker."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in FIRST_SING | FIRST_PLUR:
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.lexicon.reporting_verbs:
            return None
        subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not subj or subj[0].pos_ == "PRON":
            return None
        s = subj[0]
        plural = tok.lower_ in PLURAL
        if plural != (s.tag_ in ("NNS", "NNPS") or s.ent_type_ in ("NORP",)) and tok.lower_ not in NEUTER:
            if not (plural and any(c.dep_ == "conj" for c in s.children)):
                return None
        return self.entity(s)

    def note_subject(self, entity: Entity, tok: Token, plural: bool = False) -> None:
        """Remember a resolved common-noun subject as a referent for later pronouns."""
        if entity.country:
            self.referents.append(Referent(entity, "group", None, plural, tok.i))
            self.referents.sort(key=lambda r: r.token)


def _title(tok: Token) -> str:
    """A title word normalised: "Gen." -> "gen" (see ActorLexicon.abbreviations)."""
    return tok.lemma_.lower().rstrip(".")


def _agentish(lexicon: ActorLexicon, tok: Token) -> set[str]:
    return {tok.lemma_.lower()} if lexicon.agent(tok.lemma_.lower()) or lexicon.agent(tok.text.lower()) else set()


def _gender_hint(ent: Span) -> str | None:
    doc = ent.doc
    for t in doc[ent.end : min(len(doc), ent.end + 25)]:
        if t.lower_ in MALE:
            return "m"
        if t.lower_ in FEMALE:
            return "f"
    return None


def _ent_of(tok: Token) -> Span | None:
    return ent_index(tok.doc).get(tok.i) if tok.ent_type_ else None


def _np_span(head: Token, floor: int = 0) -> Span:
    """The noun phrase of a head: its left modifiers, the head and one 'of' phrase."""
    doc = head.doc
    start = head.i
    for c in head.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "advmod", "predet", "case"):
            start = min(start, c.left_edge.i)
    while start < head.i and doc[start].idx < floor:
        start += 1
    end = head.i + 1
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == end:
            sub = [t for t in c.subtree if t.dep_ not in ("relcl", "acl")]
            stop = end
            for t in c.subtree:
                if t.dep_ in ("relcl", "acl", "appos") or t.text in (",", "(", "."):
                    break
                stop = t.i + 1
            end = max(end, stop) if sub else end
            break
        if c.dep_ == "case":
            end = max(end, c.i + 1)
    return doc[start:end]


def _agents(clause: Token) -> list[Token]:
    """The "by" objects of a passive clause ("made *by his counterpart*")."""
    return [o for g in clause.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]


def _proposal_source(head: Token) -> Token | None:
    """Who made an offer/plan/demand: "X's offer", "the offer made by X", "the offer of X"."""
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in head.children:
        if c.dep_ in ("acl", "relcl"):
            for o in _agents(c):
                return o
            for g in c.children:
                if g.dep_ == "nsubj" and g.lower_ not in RELATIVE:
                    return g
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


_COUNTRY_NAMES: dict[int, list[str]] = {}


def _country_names(lexicon: ActorLexicon) -> list[str]:
    """Lower-case names of countries (7+ letters, one word) for typo-tolerant matching."""
    key = id(lexicon)
    if key not in _COUNTRY_NAMES:
        names = []
        for k, (_, m) in lexicon._countries.folded.items():  # noqa: SLF001 - read-only use of the index
            if m.kind == "country" and len(k) >= 7 and " " not in k:
                names.append(k)
        _COUNTRY_NAMES[key] = sorted(set(names))
    return _COUNTRY_NAMES[key]


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted or replaced letter."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _same_kind(a: str, b: str) -> bool:
    return any(a in group and b in group for group in (MALE, FEMALE, PLURAL, NEUTER))


def _opposed(tok: Token) -> bool:
    """'anti-Syria', 'anti-American': a country the phrase is against, not its own."""
    doc = tok.doc
    return tok.lower_.startswith("anti") or (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "non", "pro"))


def _is_locative(tok: Token) -> bool:
    """A place phrase: "in Kidal", "on Ecuadorian territory", "the town of Manta"."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj") and t.head.i != t.i:
            t = t.head
            continue
        break
    if t.dep_ == "pobj" and (t.head.lower_ in LOCATIVE or t.head.lower_ == "on" and t.lemma_.lower() in ("territory", "soil")):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN") and t.head.head.i != t.i:
        return _is_locative(t.head.head)  # "in a northern district of Kabul"
    return False


def _phrase_tokens(top: Token) -> list[Token]:
    """A noun phrase without its coordinated, relative and parenthetical parts."""
    skip: set[int] = set()
    for c in top.children:
        if c.dep_ in ("conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "parataxis"):
            skip.update(t.i for t in c.subtree)
    return [t for t in top.subtree if t.i not in skip]


def _quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, orphan) of quoted stretches, quote marks included.

    Curly quotes pair up, across paragraphs when a paragraph leaves its quote open and the next
    opens one; straight double quotes alternate. A closing mark with no opening one gives an
    *orphan* quote from the start of its paragraph (kept only if an attribution follows).
    """
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    straight_at: int | None = None
    for m in re.finditer(r"[“”\"]", text):
        pos, ch = m.start(), m.group()
        if ch == '"':
            if straight_at is None:
                straight_at = pos
            else:
                if pos - straight_at > 2:
                    spans.append((straight_at, pos + 1, False))
                straight_at = None
            continue
        if ch == "“":
            if open_at is not None and "\n" not in text[open_at:pos]:
                open_at = pos  # an unclosed quote inside a paragraph: start again
            elif open_at is None:
                open_at = pos
            # else: a new paragraph re-opening the same quote
        else:
            if open_at is not None:
                if pos - open_at > 2:
                    spans.append((open_at, pos + 1, False))
                open_at = None
            else:
                para = text.rfind("\n", 0, pos) + 1
                while para < pos and text[para].isspace():
                    para += 1
                if pos - para > 2:
                    spans.append((para, pos + 1, True))
    spans.sort()
    return spans


def _clean(text: str) -> str:
    text = text.strip().strip("“”\"'‘’()[],")
    if text.endswith(".") and "." not in text[:-1]:  # "Ecuador." but not "U.S."
        text = text[:-1]
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    return text.strip()
