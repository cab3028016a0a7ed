"""In-document actor resolution: noun phrases, names, titles, appositives, pronouns and quotes.

:class:`DocumentActors` is built once per document. It first reads the whole
document (appositives like "the president of Ecuador, Daniel Noboa", titles like
"Brazilian President Lula", quotations and their speakers), then turns the head
token of any actor/recipient noun phrase into :class:`~killdeer.types.Entity`
objects, resolved as of the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from killdeer.actors.lexicon import ActorLexicon, ActorMatch
from killdeer.types import Entity

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
FIRST_SING = {"i", "me", "my", "mine", "myself"}
FIRST_PLUR = {"we", "us", "our", "ours", "ourselves"}
NEUTER = {"it", "its", "itself"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
FOREIGN = {"foreign", "international", "western", "world", "global", "regional", "other", "several", "neighbouring", "neighboring"}
INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
SPEECH = {
    "say", "tell", "add", "state", "declare", "assert", "affirm", "announce", "claim", "explain",
    "insist", "note", "stress", "write", "tweet", "warn", "reply", "respond", "ask", "urge",
    "recall", "emphasize", "emphasise", "conclude", "continue", "admit", "acknowledge", "reveal",
}
PROPOSAL = {
    "offer", "proposal", "plan", "demand", "request", "call", "appeal", "initiative", "advice",
    "invitation", "accusation", "charge", "claim", "allegation", "suggestion", "ultimatum", "idea",
    "mediation", "help", "aid", "assistance", "support", "criticism", "condition", "terms", "bid",
}
_QUOTE_RE = re.compile(r"“[^”]{2,}?”|\"[^\"]{2,}?\"")
_TITLE_LEMMAS = {
    "president", "minister", "chancellor", "premier", "king", "queen", "prince", "emir", "sheikh",
    "general", "commander", "secretary", "governor", "senator", "judge", "justice", "ambassador",
    "advisor", "adviser", "leader", "mayor", "spokesman", "spokeswoman", "envoy", "chief", "head",
    "director", "lawmaker", "deputy", "representative", "official", "colonel", "admiral",
    "counterpart", "ruler", "dictator", "opponent", "prosecutor", "rep", "sen", "gen", "lt",
}


@dataclass(slots=True)
class Referent:
    """Something an entity can refer back to (a person, a group, a country)."""

    entity: Entity
    kind: str  # person / group / country / org
    gender: str | None = None
    plural: bool = False
    token: int = 0


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    speaker: Entity | None


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
    place_country: Callable[[str], str | None] | None = None  # gazetteer: "Kidal" -> MLI
    dateline_end: int = 0  # characters of a wire dateline ("BRASILIA, Jan 10 -"): never an actor
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, country) in text order
    _cache: dict[int, Entity | None] = field(default_factory=dict)

    # ------------------------------------------------------------------ document pass
    @classmethod
    def build(
        cls, doc: Doc, lexicon: ActorLexicon, date: dt.date, place_country: Callable[[str], str | None] | None = None,
        dateline_end: int = 0,
    ) -> DocumentActors:
        self = cls(doc=doc, lexicon=lexicon, date=date, place_country=place_country, dateline_end=dateline_end)
        self._count_countries()
        self._register_people()
        self._register_referents()
        self._find_quotes()
        return self

    @property
    def main_country(self) -> str | None:
        """The country the document is mostly about (most mentioned)."""
        if not self.country_counts:
            return None
        return self.country_counts.most_common(1)[0][0]

    def _count_countries(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP", "LOC"):
                code = self._ent_country(ent)
                if code is None and self.place_country is not None:
                    code = self.place_country(_clean(ent.text))  # also NORP: the tagger calls "Kidal" NORP
                if code is None and ent.label_ == "NORP":
                    code = self._region_demonym(_clean(ent.text))
                if code and len(code) == 3 and code not in INTERNATIONAL:
                    weight = 0 if ent.start_char < self.dateline_end else 1
                    self.country_counts[code] += weight
                    self.mentions.append((ent.start, code))
        for tok in self.doc:
            if tok.pos_ == "ADJ" and tok.ent_type_ == "":
                code = self.lexicon.demonym(tok.text)
                if code:
                    self.country_counts[code] += 1
                    self.mentions.append((tok.i, code))
        self.mentions.sort()

    def _region_demonym(self, word: str) -> str | None:
        """"Tigrayan" -> Tigray -> ETH: a regional adjective through the gazetteer."""
        if self.place_country is None or not word[:1].isupper() or " " in word:
            return None
        for suffix, add in (("ian", ""), ("an", ""), ("ese", ""), ("i", ""), ("n", ""), ("ian", "ia"), ("an", "a")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                code = self.place_country(word[: len(word) - len(suffix)] + add)
                if code:
                    return code
        return None

    def local_country(self, tok: Token) -> str | None:
        """The country named nearest before ``tok`` in its sentence, else the document's."""
        sent = tok.sent
        best = None
        for i, code in self.mentions:
            if sent.start <= i < sent.end and i != tok.i:
                best = code
                if i > tok.i:
                    break
        return best or self.main_country

    def _register_people(self) -> None:
        """Names with their descriptions: appositives and titles give country and sector."""
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean(ent.text)
            if not name or name.lower() in self.people:
                continue
            entity = self._person_entity(ent)
            self._remember_person(name, entity)

    def _remember_person(self, name: str, entity: Entity) -> None:
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
        if tokens:
            lo, hi = tokens[0].i, tokens[-1].i
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP", "ORG") and lo <= ent.start and ent.end - 1 <= hi:
                    in_ent.update(range(ent.start, ent.end))
                    if country is None:
                        country = self._ent_country(ent)
        for t in tokens:
            if t.pos_ in ("PUNCT", "DET") or t.dep_ == "poss":
                continue
            words.append(t.text)
            if country is None and t.i not in in_ent and (t.pos_ == "ADJ" or t.ent_type_ == "NORP"):
                country = self.lexicon.demonym(t.text) or (self._region_demonym(t.text) if t.ent_type_ == "NORP" else None)
        phrase = " ".join(w for w in words if w.lower() not in ("of", "the"))
        agent = self._agent(tokens)
        if agent is not None:
            sector = agent.sector
        return country, sector, phrase

    def _agent(self, tokens: list[Token]) -> ActorMatch | None:
        heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and _title(t) in _TITLE_LEMMAS | _agentish(self.lexicon, t)]
        if not heads:
            return None
        head = heads[0]
        mods = [t for t in tokens if t.i < head.i and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound")]
        for cand in ([*mods, head], [head]):
            phrase = " ".join(ABBREVIATIONS.get(_title(t), t.text) for t in cand)
            m = self.lexicon.agent(phrase)
            if m is not None:
                return m
        return None

    def _person_entity(self, ent: Span) -> Entity:
        name = _clean(ent.text)
        m = self.lexicon.named(name, self.date)
        desc_tokens: list[Token] = []
        head = ent.root
        # appositive either way: "the president of Ecuador, Daniel Noboa" / "Daniel Noboa, the president"
        if head.dep_ == "appos":
            desc_tokens = list(head.head.subtree)
            desc_tokens = [t for t in desc_tokens if not (ent.start <= t.i < ent.end)]
        else:
            for c in head.children:
                if c.dep_ == "appos":
                    desc_tokens = list(c.subtree)
                    break
        # titles right before the name: "Brazilian President Lula", "U.S. President Joe Biden"
        left = []
        i = ent.start - 1
        while i >= 0 and i >= ent.start - 7 and self.doc[i].idx >= self.dateline_end:
            t = self.doc[i]
            if t.pos_ in ("PROPN", "NOUN", "ADJ") and (
                t.lemma_.lower() in _TITLE_LEMMAS or self.lexicon.demonym(t.text) or t.ent_type_ in ("NORP", "GPE", "ORG")
                or t.dep_ in ("compound", "nmod", "pobj", "amod")
            ):
                left.insert(0, t)
                i -= 1
            elif t.lower_ in ("of", "for", "the", "-") and i > 0 and self.doc[i - 1].pos_ in ("PROPN", "NOUN") and left:
                left.insert(0, t)
                i -= 1
            else:
                break
        country, sector, _ = self._description(left + desc_tokens) if (left or desc_tokens) else (None, None, "")
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
            # "Lt. Gen. Prosper Avril": a titled person the dictionaries do not know, in the article's country
            country = self.local_country(head)
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
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                e = self.people.get(_clean(ent.text).lower())
                if e is not None:
                    gender = _gender_hint(ent)
                    self.referents.append(Referent(e, "person", gender, False, ent.start))
            elif ent.label_ in ("GPE", "ORG", "NORP"):
                e = self._named_entity(ent)
                if e is not None and e.country:
                    plural = ent.label_ == "NORP" or ent.text.endswith("s")
                    self.referents.append(Referent(e, "country" if ent.label_ == "GPE" else "org", None, plural, ent.start))
        self.referents.sort(key=lambda r: r.token)

    def _find_quotes(self) -> None:
        text = self.doc.text
        for m in _QUOTE_RE.finditer(text):
            speaker = self._quote_speaker(m.start(), m.end())
            self.quotes.append(Quote(m.start(), m.end(), speaker))

    def _quote_speaker(self, start: int, end: int) -> Entity | None:
        doc = self.doc
        # after the quote: ',” Noboa said' / '” said the minister'
        after = doc.char_span(end, min(len(doc.text), end + 120), alignment_mode="expand")
        if after is not None:
            for tok in after[:12]:
                if tok.lemma_.lower() in SPEECH and tok.pos_ == "VERB":
                    subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
                    if subj:
                        return self.entity(subj[0])
        # before the quote: 'Noboa said: “...'
        before = doc.char_span(max(0, start - 120), start, alignment_mode="expand")
        if before is not None:
            for tok in reversed(before[-12:]):
                if tok.lemma_.lower() in SPEECH and tok.pos_ == "VERB":
                    subj = [c for c in tok.children if c.dep_ == "nsubj"]
                    if subj:
                        return self.entity(subj[0])
        return None

    # ------------------------------------------------------------------ resolution
    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None

    def entity(self, head: Token) -> Entity | None:
        """The entity a noun-phrase head refers to, or None when it is not an actor."""
        if head.i in self._cache:
            return self._cache[head.i]
        self._cache[head.i] = None  # guards recursion through quotes/pronouns
        e = self._resolve(head)
        self._cache[head.i] = e
        return e

    def _resolve(self, head: Token) -> Entity | None:
        low = head.lower_
        if head.ent_type_ in NON_ACTOR_ENTS or head.idx < self.dateline_end:
            return None
        if head.pos_ == "PRON" or (low in MALE | FEMALE | PLURAL | FIRST_SING | FIRST_PLUR | NEUTER and not head.is_upper):
            return self._pronoun(head)
        if low in RELATIVE:
            return None
        ent = _ent_of(head)
        if ent is not None and ent.label_ == "PERSON":
            return self._person_mention(ent)
        if ent is not None and ent.label_ in ("GPE", "ORG", "NORP", "LOC", "FAC"):
            e = self._named_entity(ent)
            if e is not None:
                return e
        if head.pos_ == "PROPN":
            e = self._proper(head)
            if e is not None:
                return e
        return self._common(head)

    def _span_entity(self, span: Span, m: ActorMatch, resolved_by: str | None = None) -> Entity:
        return Entity(
            text=span.text, start=span.start_char, end=span.end_char, name=m.name, country=m.country,
            sector=m.sector, sectors=list(m.sectors) or ([m.sector] if m.sector else []),
            resolved_by=resolved_by or m.resolved_by, wikidata=m.wikidata,
        )

    def _named_entity(self, ent: Span) -> Entity | None:
        text = _clean(ent.text)
        m = self.lexicon.lookup(text, self.date)
        if m is None and ent.label_ == "NORP":
            code = self.lexicon.demonym(text)
            if code:
                return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=text, country=code,
                              sector=None, sectors=[], resolved_by="demonym")
        if m is None:
            # "the United States Government", "the Southern Command": country + agent inside the name
            return self._common(ent.root, span=ent)
        return self._span_entity(ent, m)

    def _person_mention(self, ent: Span) -> Entity | None:
        name = _clean(ent.text)
        e = self.people.get(name.lower()) or self.people.get(name.split()[-1].lower())
        if e is None:
            e = self._person_entity(ent)
        return Entity(
            text=ent.text, start=ent.start_char, end=ent.end_char, name=e.name, country=e.country,
            sector=e.sector, sectors=list(e.sectors),
            resolved_by=e.resolved_by if name.lower() == (e.name or "").lower() else (
                "in-document" if e.resolved_by != "unresolved" else "unresolved"),
            wikidata=e.wikidata,
        )

    def _proper(self, head: Token) -> Entity | None:
        span = _np_span(head, self.dateline_end)
        known = self.people.get(head.lower_)
        if known is not None and known.resolved_by != "unresolved":  # "Morales" after "Evo Morales"
            return Entity(text=head.text, start=head.idx, end=head.idx + len(head.text), name=known.name,
                          country=known.country, sector=known.sector, sectors=list(known.sectors),
                          resolved_by="in-document", wikidata=known.wikidata)
        for text in (_clean(span.text), _clean(head.text)):
            m = self.lexicon.lookup(text, self.date)
            if m is not None and m.kind != "agent":  # role words go through _common (country + sector)
                return self._span_entity(span, m)
        e = self.people.get(head.lower_)
        if e is not None:
            return Entity(text=head.text, start=head.idx, end=head.idx + len(head.text), name=e.name,
                          country=e.country, sector=e.sector, sectors=list(e.sectors), resolved_by="in-document",
                          wikidata=e.wikidata)
        return None

    def _common(self, head: Token, span: Span | None = None) -> Entity | None:
        """A description: agent noun + country modifiers ("the Venezuelan president", "criminal gangs")."""
        span = span or _np_span(head, self.dateline_end)
        toks = list(span)
        # "a group of at least 13 armed men", "a delegation of senior officials": look through "of"
        inner = head
        if head.lemma_.lower() in ("group", "number", "dozen", "hundred", "thousand", "band", "team", "gang",
                                   "member", "unit", "contingent", "crowd", "wave", "handful", "couple", "delegation"):
            objs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            if objs and head.lemma_.lower() != "delegation":
                inner = objs[0]
        agent = None
        for c in head.children:  # "the president of Ecuador, Daniel Noboa": the named person
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                ent = _ent_of(c)
                if ent is not None:
                    e = self._person_mention(ent)
                    if e is not None and e.country:
                        e.text, e.start, e.end = span.text, span.start_char, span.end_char
                        return e
        if head.lemma_.lower() in PROPOSAL:
            src = _proposal_source(head)
            if src is not None and src is not head:
                return self.entity(src)
            return None
        inner_toks = [t for t in inner.subtree if t.i <= inner.i] if inner is not head else toks
        agent = self._agent([t for t in inner_toks if t.i <= inner.i]) or self._agent(toks)
        country, _, _ = self._description(toks)
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
                        if agent is None:
                            agent = None
                        break
        if agent is None and country is None and head.lemma_.lower() in ("country", "nation", "republic") and any(
            c.lower_ == "the" for c in head.children
        ):
            # "the South American country": the country the article is about
            main = self.main_country
            if main:
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=main,
                              sector=None, sectors=[], resolved_by="in-document")
        if agent is None and head.lemma_.lower() == "counterpart":
            # "his Venezuelan counterpart": the role of whoever "his" is, in another country
            poss = [c for c in head.children if c.dep_ == "poss"]
            ref = self.entity(poss[0]) if poss else None
            sector = ref.sector if ref is not None and ref.sector else "GOV"
            return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None, country=country,
                          sector=sector, sectors=[sector], resolved_by="in-document")
        if agent is None and country is None:
            m = self.lexicon.lookup(_clean(span.text), self.date)
            if m is not None:
                return self._span_entity(span, m)
            return None
        if agent is None:
            # "the United States", "Russian aircraft": a country, or something of that country
            if head.pos_ in ("PROPN", "NOUN") or head.ent_type_ in ("GPE", "NORP"):
                return Entity(text=span.text, start=span.start_char, end=span.end_char, name=None,
                              country=country, sector=None, sectors=[], resolved_by="dictionary")
            return None
        resolved_by = "agent-lexicon"
        if country is None:
            if any(t.lower_ in FOREIGN and t.lower_ not in (agent.name or "").lower() for t in toks):
                return None  # "foreign governments", "international donors": no country to give them
            country = agent.country or self.local_country(head)
            resolved_by = "agent-lexicon+document-country"
        name = None
        # "the Ecuadorian president" -> the named president of that country, if the article has one
        if agent.sector == "GOV" and head.lemma_.lower() in ("president", "ruler", "leader", "premier", "chancellor", "counterpart"):
            for r in reversed(self.referents):
                if r.kind == "person" and r.entity.country == country and r.entity.sector == "GOV" and r.token < head.i:
                    name = r.entity.name
                    resolved_by = "in-document"
                    break
        return Entity(text=span.text, start=span.start_char, end=span.end_char, name=name, country=country,
                      sector=agent.sector, sectors=list(agent.sectors) or ([agent.sector] if agent.sector else []),
                      resolved_by=resolved_by)

    def _pronoun(self, tok: Token) -> Entity | None:
        low = tok.lower_
        q = self.quote_at(tok.idx)
        if q is not None and low in FIRST_SING | FIRST_PLUR:
            if q.speaker is None:
                return None
            s = q.speaker
            return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=s.name,
                          country=s.country, sector=s.sector, sectors=list(s.sectors), resolved_by="quote-speaker",
                          wikidata=s.wikidata)
        speaker = self._reported_subject(tok)
        if speaker is not None:
            return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=speaker.name,
                          country=speaker.country, sector=speaker.sector, sectors=list(speaker.sectors),
                          resolved_by="pronoun", wikidata=speaker.wikidata)
        want_person = low in MALE | FEMALE
        want_plural = low in PLURAL
        best: Referent | None = None
        for r in reversed(self.referents):
            if r.token >= tok.i:
                continue
            if want_person and r.kind == "person":
                g = "m" if low in MALE else "f"
                if r.gender in (None, g):
                    best = r
                    break
            elif want_plural and (r.plural or r.kind in ("org",)):
                best = r
                break
            elif low in NEUTER and r.kind in ("country", "org"):
                best = r
                break
        if best is None:
            return None
        s = best.entity
        return Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=s.name, country=s.country,
                      sector=s.sector, sectors=list(s.sectors), resolved_by="pronoun", wikidata=s.wikidata)

    def _reported_subject(self, tok: Token) -> Entity | None:
        """"Iraq said it would allow ...": a subject pronoun of a reported clause is the speaker."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in FIRST_SING | FIRST_PLUR:
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH | {"announce", "promise", "warn", "threaten", "vow", "pledge"}:
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


ABBREVIATIONS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "sgt": "sergeant", "adm": "admiral",
    "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "capt": "captain",
    "cmdr": "commander", "brig": "brigadier", "amb": "ambassador", "supt": "superintendent", "insp": "inspector",
}


def _title(tok: Token) -> str:
    """A title word normalised: "Gen." -> "gen" (see ABBREVIATIONS)."""
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
    if tok.ent_type_:
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    return None


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


def _proposal_source(head: Token) -> Token | None:
    """Who made an offer/plan/demand: "X's offer", "the offer made by X", "the offer of X"."""
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in head.children:
        if c.dep_ in ("acl", "relcl"):
            for g in c.children:
                if g.dep_ == "agent":
                    for o in g.children:
                        if o.dep_ == "pobj":
                            return o
            for g in c.children:
                if g.dep_ == "nsubj" and g.lower_ not in RELATIVE:
                    return g
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


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
