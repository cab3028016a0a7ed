"""The events stage: find event-bearing predicates in a parsed sentence and who acts on whom.

A :class:`Candidate` is a trigger (a verb, a light-verb + noun, or a noun with its own
arguments) with its PLOVER sense, the head tokens of its actor and recipient noun
phrases, and the flags that decide whether it is a current event (negated,
hypothetical, future). Embedded events under REJECT/REQUEST/THREATEN/AGREE/ACCUSE
("refused to meet", "urged X not to allow", "threatened to attack") are folded into
the governing event, which takes its mode from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from killdeer.triggers import Sense, TriggerLexicon

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
COMPLEMENT = {"xcomp", "ccomp", "pcomp"}
_REJECT_MODE = {
    "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
    "RETREAT": "yield", "CONCEDE": "yield",
}
_THREAT_MODE = {"ASSAULT": "violence", "SANCTION": "relations", "MOBILIZE": "violence"}
_REFUSABLE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_COOP = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_CONFLICT = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}


@dataclass(slots=True)
class Candidate:
    """A trigger with its sense, argument heads and modality flags."""

    sense: Sense
    trigger: Token  # the word that expresses the event
    clause: Token  # the verb whose arguments are read
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    event: str = ""
    mode: list[str] = field(default_factory=list)
    conf: float = 0.5
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    rule: str = ""
    start: int = 0  # char offsets of the event text in the document
    end: int = 0
    folded: list[str] = field(default_factory=list)
    dropped: bool = False
    conditional: bool = False  # an attached "if/unless" clause: a conditional commitment
    background: str = ""  # why the clause is not asserted as a current event ("purpose", "relative", ...)
    _fallbacks: list[Token] | None = None  # computed on first use: see fallbacks()

    def fallbacks(self, lex: TriggerLexicon) -> list[Token]:
        """Where else a recipient may be named (:func:`fallback_recipients`), computed once when needed."""
        if self._fallbacks is None:
            self._fallbacks = fallback_recipients(self, lex)
        return self._fallbacks


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON")]]
    # "Indian and French warships": each nationality is a party
    for a in tok.children:
        if a.dep_ == "amod" and a.i < tok.i and a.ent_type_ == "NORP":
            out += [c for c in a.conjuncts if c.i > a.i and c.i < tok.i and c.ent_type_ == "NORP"]
    return out


def _antecedent(tok: Token, lex: TriggerLexicon) -> Token:
    """The noun a relative pronoun stands for ("the rebels who attacked" -> rebels), and the
    members of a partitive ("thousands of people", "a group of tribal elders" -> people, elders)."""
    if tok.lower_ in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
        return tok.head.head
    partitive = lex.words["partitive"]
    if tok.lemma_.lower() in partitive or tok.lower_ in partitive:
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                        return o
    return tok


def _child(tok: Token, deps: set[str] | str) -> Token | None:
    deps = {deps} if isinstance(deps, str) else deps
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _participle_subject(o: Token) -> Token | None:
    """'fired at students throwing rocks': the parser makes the preposition's object the subject of a
    participle under it (``o``, a pcomp)."""
    if o.tag_ != "VBG":
        return None
    s = _child(o, {"nsubj"})
    return s if s is not None and s.pos_ in ("NOUN", "PROPN") and s.i < o.i else None


def _pobjs(tok: Token, prep: str, lex: TriggerLexicon) -> list[Token]:
    """The objects of ``tok``'s ``prep`` phrases ("talks *with Kenya*"), a pronoun standing for what it refers to."""
    return _pobjs_each(tok, (prep,), lex)


def _pobjs_each(tok: Token, preps: Sequence[str], lex: TriggerLexicon) -> list[Token]:
    """``_pobjs(tok, p, lex)`` for each of ``preps`` in turn, concatenated (one pass over the children)."""
    found: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            low = c.lower_
            if low in ("out", "away") and "from" in preps:
                # "pulled out of NATO", "walked away from the talks": the parser hangs "of"/"from" on "out"
                inner = next((g for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")), None)
                if inner is not None:
                    found.setdefault("from", []).append(inner)
            elif low in preps:
                found.setdefault(low, []).append(c)
    out: list[Token] = []
    for prep in preps:
        for c in found.get(prep, ()):
            for o in c.children:
                if o.dep_ == "pobj" or (o.dep_ == "pcomp" and (o := _participle_subject(o)) is not None):
                    out.extend(_conjuncts(_antecedent(o, lex)) if prep != "of" else _conjuncts(o))
    return out


def subjects(verb: Token, lex: TriggerLexicon, depth: int = 0) -> tuple[list[Token], bool]:
    """Actor heads of a clause and whether it is passive (then the agent is the actor)."""
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)
    if passive:
        agents = _pobjs(verb, "by", lex)
        if not agents and _lemma(verb) in lex.words["stative_passives"]:
            s = _child(verb, PASS_SUBJ)  # "Poland is opposed to ...": a state of the subject, not a passive
            if s is not None:
                return [_antecedent(t, lex) for t in _conjuncts(s)], False
        return agents, True
    subs = [c for c in verb.children if c.dep_ in SUBJ]
    # two subjects: a dateline glued to the lead ("NIAMEY, Sept 16 (Reuters) - Niger's government expelled")
    s = subs[0] if subs else None
    if len(subs) > 1 and any(t.text in ("-", "—", "–") for t in verb.doc[subs[0].i : subs[-1].i]):
        s = max((c for c in subs if c.i < verb.i), key=lambda c: c.i, default=s)
    if s is not None and s.i > verb.i and any(t.is_quote for t in verb.doc[verb.i : s.i]):
        s = None  # '“Thank you,” Noboa said': the speaker, not the subject of "thank"
    if s is not None:
        heads = [_antecedent(t, lex) for t in _conjuncts(s)]
        if len(heads) == 1 and _lemma(heads[0]) in lex.words["statements"]:
            # "a statement attributed to the commander urged ...", "read a ruling that ordered ...": the author
            # (or whoever issued or read it) acts
            doc_noun = heads[0]
            author = _author(doc_noun, lex)
            if author:
                return author, False
            if doc_noun.dep_ in ("dobj", "nsubjpass") and doc_noun.head.pos_ == "VERB" and doc_noun.head.i != verb.i:
                return subjects(doc_noun.head, lex, depth + 1)
        return heads, False
    if depth > 3:
        return [], False
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.pos_ == "VERB" and not verb.is_sent_start:
        # serial verbs of machine translation: "men who held kidnapped their workers"
        ps, pp = subjects(prev, lex, depth + 1)
        if ps:
            return ps, pp
    head = verb.head
    lo, hi = sorted((verb.i, head.i))
    if head.lemma_.lower() in lex.words["speech"] and any(t.is_quote for t in verb.doc[lo:hi]):
        return [], False  # '“Thank you,” Noboa said': the speaker is not the subject of "thank"
    if verb.dep_ == "conj" and head.i != verb.i:
        return subjects(head, lex, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        return subjects(head.head, lex, depth + 1)  # "joined other countries in expelling": the joiner expels
    if verb.dep_ in ("xcomp", "advcl", "pcomp", "acomp") and head.i != verb.i:
        return subjects(head, lex, depth + 1)  # "Kenya is ready to send": acomp climbs to "is"
    if verb.dep_ in ("acl", "relcl") and head.lemma_.lower() in lex.words["statements"]:
        # "issued a statement condemning", "read a ruling that ordered": the issuer acts
        author = _author(head, lex)
        if author:
            return author, False
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            return subjects(head.head, lex, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head.i != verb.i and _infinitive(verb):
        # "converged for a rally to protest X": those who rally protest
        gov = head.head.head if head.dep_ == "pobj" else head.head
        if gov.pos_ in ("VERB", "AUX") and gov.i != head.i:
            return subjects(gov, lex, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head.i != verb.i:
        return [head], False
    return [], False


def _author(doc_noun: Token, lex: TriggerLexicon) -> list[Token]:
    """Who a statement is from: 'a statement from the ministry', 'by X', 'attributed to X', "X's letter"."""
    poss = _child(doc_noun, {"poss"})
    if poss is not None and poss.pos_ in ("PROPN", "NOUN"):
        return _conjuncts(poss)
    for prep in ("from", "by"):
        found = _pobjs(doc_noun, prep, lex)
        if found:
            return found
    for c in doc_noun.children:
        if c.dep_ != "acl":
            continue
        for a in (c, *c.conjuncts):  # "a letter published online and signed by X"
            if _lemma(a) in ("attribute", "sign", "issue", "release", "publish", "post"):
                found = _pobjs(a, "to", lex) or _pobjs(a, "by", lex)
                if found:
                    return found
    return []


def _obj_lemmas(tok: Token | None, lex: TriggerLexicon) -> set[str]:
    if tok is None:
        return set()
    out = {_lemma(tok), tok.lower_}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "appos"):  # (appos: "the SACU, a customs union")
            out.add(_lemma(c))
    # "a group of prisoners", "the release of 20 prisoners": look one "of" deep
    for o in _pobjs(tok, "of", lex):
        out.add(_lemma(o))
    return out


def _misparsed_adjective(tok: Token) -> bool:
    """'expelled 40 convicted smugglers': a participle after a number, parsed as a second verb."""
    doc = tok.doc
    return (tok.dep_ in ("conj", "advcl") and tok.tag_ in ("VBD", "VBN") and tok.i > 0 and doc[tok.i - 1].tag_ == "CD"
            and doc[tok.i - 1].head.i == tok.head.i and not any(t.dep_ == "cc" for t in doc[tok.head.i + 1 : tok.i])
            and _child(tok, SUBJ | {"mark"}) is None)


def _dobj(verb: Token) -> Token | None:
    obj = _child(verb, {"dobj", "obj"})
    if obj is not None and obj.tag_ == "CD" and obj.i + 1 < len(obj.doc) and _misparsed_adjective(obj.doc[obj.i + 1]):
        obj = _child(obj.doc[obj.i + 1], {"dobj"}) or obj  # "expelled 40 convicted smugglers": the smugglers
    if obj is None:  # "rejected this Tuesday the offer": the parser's npadvmod
        for c in verb.rights:
            if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and not c.ent_type_:
                return c
            # "allowed the opposition leader to hold a rally": the parser makes him the subject of "hold"
            if c.dep_ == "ccomp" and _infinitive(c):
                s = _child(c, {"nsubj"})
                if s is not None and s.pos_ in ("NOUN", "PROPN", "PRON"):
                    return s
    return obj


def _direct_object(verb: Token) -> Token | None:
    obj = _dobj(verb)
    if obj is None and any(c.dep_ in PASS_SUBJ for c in verb.children):
        obj = _child(verb, PASS_SUBJ)
    if obj is None:
        # "called for calm": object of the governing particle/preposition
        prt = _child(verb, {"prt"})
        if prt is not None:
            obj = _child(verb, {"dobj"})
    return obj


def _sense_applies(sense: Sense, verb: Token, obj: Token | None, subj: list[Token], lex: TriggerLexicon) -> bool:
    lemmas = _obj_lemmas(obj, lex)
    if sense.prep is not None and sense.obj is not None:
        # "committed to a gradual pullout": the object of the sense's preposition counts
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in sense.prep:
                for o in p.children:
                    if o.dep_ == "pobj":
                        lemmas |= _obj_lemmas(o, lex)
                    elif o.dep_ == "prep":  # "pulled out of the alliance", "back from the talks"
                        lemmas |= {x for q in o.children if q.dep_ == "pobj" for x in _obj_lemmas(q, lex)}
    if sense.obj is not None and not (lemmas & sense.obj):
        return False
    if sense.not_obj is not None:
        if lemmas & sense.not_obj:
            return False
        pobjs = {o.lemma_.lower() for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"}
        if sense.prep is not None and pobjs & sense.not_obj:
            return False  # "spoke to reporters" is not a consultation
    if sense.prep is not None:
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "agent")}
        if not preps & sense.prep:
            return False
    if sense.subj is not None:
        subj_lemmas: set[str] = set()
        for s in subj:
            subj_lemmas |= _obj_lemmas(s, lex)
        if not subj_lemmas & sense.subj:
            return False
    return True


def _recipients(verb: Token, sense: Sense, passive: bool, lex: TriggerLexicon) -> list[Token]:
    out: list[Token] = []
    for spec in sense.recipient:
        if spec == "dobj":
            obj = _child(verb, PASS_SUBJ) if passive else _dobj(verb)
            if obj is not None:
                out = [_antecedent(t, lex) for t in _conjuncts(obj)]
        elif spec == "dative":
            d = _child(verb, {"dative"})
            if d is not None and d.pos_ in ("NOUN", "PROPN", "PRON"):
                out = _conjuncts(d)
            elif d is not None:
                out = [o for c in [d] for o in c.children if o.dep_ == "pobj"]
        elif spec.startswith("prep:"):
            out = _pobjs(verb, spec[5:], lex)
        if out:
            return out
    return out


def _negated(tok: Token, lex: TriggerLexicon) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
    # "failed to attack", "denied attacking" are handled by the governing trigger
    head = tok.head
    if tok.dep_ in ("xcomp",) and _lemma(head) in ("fail", "refuse") and not _has_trigger(head, lex):
        return True
    return False


def _has_trigger(tok: Token, lex: TriggerLexicon) -> bool:
    return _lemma(tok) in lex.verbs


def _clause_chain(tok: Token) -> list[Token]:
    chain = [tok]
    cur = tok
    while cur.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "prep", "pobj") and cur.head.i != cur.i:
        cur = cur.head
        chain.append(cur)
        if len(chain) > 6:
            break
    return chain


def _hypothetical(tok: Token, lex: TriggerLexicon) -> bool:
    for t in _clause_chain(tok)[:3]:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in lex.hypothetical_markers:
                return True
            if c.dep_ == "aux" and c.lower_ in lex.modal_unreal:
                return True
        if t.dep_ in ("ccomp", "conj") and t.i != tok.i:
            break
    return False


def _directive(v: Token) -> bool:
    """'insisted that he resign', 'insisted on a vote', 'insisted X withdraw': a demand, not a claim."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            return True
        if c.dep_ in ("ccomp", "xcomp"):
            if c.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ in ("should", "must", "to") for a in c.children):
                return True
    return False


def _ordered_outcomes(cands: list[Candidate], lex: TriggerLexicon) -> None:
    """'ordered the governor removed', 'ordered the activists arrested': the order is the coercion."""
    for c in cands:
        if c.event != "REQUEST" or _lemma(c.trigger) not in lex.words["ordering"]:
            continue
        obj = _dobj(c.clause)
        # "ordered the mayor of the city, Juan Perez, removed": the participle may hang on the apposition
        holders = [obj, *[a for a in obj.subtree if a.dep_ == "appos"]] if obj is not None else []
        comps = [x for h in holders for x in h.children if x.dep_ in ("acl", "amod") and (
            x.tag_ == "VBN" or (x.tag_ == "VBD" and _child(x, SUBJ | PASS_SUBJ) is None))]
        comps += [x for x in c.clause.children if x.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and (
            x.tag_ == "VBN" or (x.tag_ == "VBD" and _child(x, SUBJ | PASS_SUBJ) is None))
            and not any(m.dep_ == "mark" for m in x.children)]
        for x in comps:
            sense = next((s for s in lex.verbs.get(_lemma(x), []) if s.event in ("COERCE", "SANCTION")), None)
            if sense is not None:
                c.event, c.mode, c.rule = sense.event, list(sense.mode), f"{c.rule}+{sense.lemma}"
                if not c.recipients and obj is not None:
                    c.recipients = _conjuncts(obj)
                break


def _aid_cargo(cands: list[Candidate], lex: TriggerLexicon) -> None:
    """'dispatched two aircraft carrying tents and blankets': military transport of relief is AID."""
    aid = lex.classes.get("aid", frozenset())
    for c in cands:
        if c.event != "MOBILIZE" or _lemma(c.trigger) not in lex.words["sending"] | {"fly", "ship"}:
            continue
        obj = _dobj(c.clause)
        if obj is None:
            continue
        for a in obj.children:
            if a.dep_ == "acl" and _lemma(a) in ("carry", "transport", "load", "bring", "deliver"):
                cargo = {_lemma(x) for x in a.subtree if x.pos_ == "NOUN"}
                if cargo & aid and not cargo & {"troop", "soldier", "weapon", "ammunition", "missile"}:
                    c.event, c.mode, c.rule = "AID", [], c.rule + "+cargo"
                    break


def _investigation_missions(cands: list[Candidate], lex: TriggerLexicon) -> None:
    """'sent 21 personnel to Bosnia to investigate ...' is an investigation (ACCUSE), 'sent troops to help
    flood victims' is AID: the purpose says what the sending is."""
    by_clause = {c.clause.i: c for c in cands}
    for c in cands:
        if c.background != "purpose":
            continue
        g = by_clause.get(c.clause.head.i)
        if g is None or _lemma(g.trigger) not in lex.words["sending"]:
            continue
        if c.event == "ACCUSE" and "investigate" in c.mode and g.event in ("MOBILIZE", "AID", "CONSULT"):
            g.event, g.mode, g.rule = "ACCUSE", ["investigate"], g.rule + "+purpose"
        elif c.event == "AID" and g.event == "MOBILIZE":
            # "sent soldiers and helicopters to help cyclone victims": relief, not a show of force
            g.event, g.mode, g.rule = "AID", [], g.rule + "+purpose"


def _own_modal(tok: Token, lex: TriggerLexicon) -> bool:
    """The clause itself carries may/might/could/would and no if/unless/whether of its own
    ("Minsk would respond by restricting transit": the modal of the verb it elaborates)."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ in ("VERB", "AUX"):
        tok = tok.head.head
    kids = list(tok.children)
    if any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_markers for c in kids):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would") for c in kids)


def _future(tok: Token, lex: TriggerLexicon) -> bool:
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would", "wo"):
            return True
    # "is going to meet", "plans to visit", "agreed to provide"
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i:
        if _lemma(head) in lex.future_governors:
            return True
        if _lemma(head) == "go" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
            return True
    if tok.dep_ == "conj" and head.i != tok.i and head.pos_ in ("VERB", "AUX"):
        return _future(head, lex)
    return False


def _event_span(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _stem_senses(tok: Token, lex: TriggerLexicon) -> list[Sense] | None:
    """The lexicon's senses under a regular stem when the lemmatizer left an inflected form
    ("decreed" -> decree, "banned" -> ban, "ousting" -> oust)."""
    low = tok.lower_
    if tok.lemma_.lower() != low or len(low) < 5:
        return None
    if low.endswith("ied"):
        stems = [low[:-3] + "y"]
    elif low.endswith("ed"):
        stems = [low[:-1], low[:-2], low[:-3]]
    elif low.endswith("ing"):
        stems = [low[:-3], low[:-3] + "e", low[:-4]]
    elif low.endswith("es"):
        stems = [low[:-1], low[:-2]]
    elif low.endswith("s"):
        stems = [low[:-1]]
    else:
        return None
    return next((lex.verbs[x] for x in stems if x in lex.verbs), None)


def _verb_candidates(sent: Span, lex: TriggerLexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl")):
            continue
        if tok.dep_ in ("amod", "compound") and tok.tag_ in ("VBN", "VBG") or _misparsed_adjective(tok):
            continue  # "rejected asylum seekers", "the captured pilot": participles used as adjectives
        senses = lex.verbs.get(_lemma(tok)) or _stem_senses(tok, lex)
        if not senses:
            continue
        subj, passive = subjects(tok, lex)
        obj = _direct_object(tok)
        what = _pronoun_antecedent(obj) if obj is not None and obj.lower_ in ("it", "them") else obj
        for sense in senses:
            if not _sense_applies(sense, tok, what, subj, lex):
                continue
            if sense.event is None:
                break
            recips = _recipients(tok, sense, passive, lex)
            actors = list(subj)
            if sense.swap:
                actors, recips = recips, actors
            if sense.reciprocal:
                partners = _pobjs(tok, "with", lex)
                actors += [p for p in partners if p not in actors]
                recips = [r for r in recips if r not in partners]
            span_toks = [tok] + [c for c in tok.children if c.dep_ in ("prt", "neg")]
            start, end = _event_span(span_toks)
            out.append(
                Candidate(
                    sense=sense, trigger=tok, clause=tok, actors=actors, recipients=recips,
                    event=sense.event, mode=list(sense.mode), conf=sense.conf,
                    rule=f"verb:{sense.lemma}", start=start, end=end,
                )
            )
            break
    return out


def _pronoun_antecedent(pron: Token) -> Token:
    """'imposed a ban in March and lifted it in May': the object an object pronoun stands for (the
    nearest earlier object of the same number in the sentence), else the pronoun itself."""
    plural = pron.lower_ == "them"
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN" and (t.tag_ == "NNS") == plural:
            return t
    return pron


def _noun_key(tok: Token, table: dict[str, list[Sense]], lex: TriggerLexicon) -> str | None:
    lemma = _lemma(tok)
    comp = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    if comp:
        key = f"{_lemma(comp[0])} {lemma}"
        if key in table:
            return key
    if comp and lemma in lex.words["effort"] and _lemma(comp[0]) in table:
        return _lemma(comp[0])  # "a mediation effort", "a rescue mission": the compound names the event
    # "state of emergency", "martial law"
    if lemma == "state" and any(o.lower_ == "emergency" for o in _pobjs(tok, "of", lex)):
        return "state of emergency" if "state of emergency" in table else None
    amod = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1]
    if amod:
        key = f"{_lemma(amod[0])} {lemma}"
        if key in table:
            return key
    return lemma if lemma in table else None


def _framed_meeting(noun: Token, sense: Sense, lex: TriggerLexicon) -> Candidate | None:
    """'During a call with Xi, Lula thanked China': the frame is itself a meeting of both."""
    if not (sense.reciprocal and sense.event == "CONSULT" and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during", "at") and noun.head.head.pos_ in ("VERB", "AUX")
            and noun.head.i < noun.head.head.i):  # a fronted frame, not "agreed to mediation in the talks with"
        return None
    partners = _pobjs(noun, "with", lex)
    if not partners:
        return None
    verb = noun.head.head
    subj, _ = subjects(verb, lex)
    if not subj:
        return None
    start, end = _event_span([noun])
    return Candidate(sense=sense, trigger=noun, clause=verb, actors=[*subj, *partners], recipients=[],
                     event="CONSULT", mode=list(sense.mode), conf=sense.conf * 0.85, rule=f"frame:{sense.lemma}",
                     start=start, end=end)


def _noun_candidates(sent: Span, lex: TriggerLexicon, taken: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in taken:
            continue
        key = _noun_key(tok, lex.nouns, lex)
        if key is None:
            continue
        for sense in lex.nouns[key]:
            cand = (_light_verb_candidate(tok, sense, lex, taken) or _nominal_candidate(tok, sense, lex)
                    or _framed_meeting(tok, sense, lex))
            if cand is not None:
                out.append(cand)
                break
    return out


def _noun_recipients(noun: Token, lex: TriggerLexicon) -> list[Token]:
    for prep in ("on", "against", "with", "to", "for", "of", "toward", "towards", "between"):
        objs = _pobjs(noun, prep, lex)
        if objs:
            return objs
    return []


def _light_verb_candidate(noun: Token, sense: Sense, lex: TriggerLexicon, taken: set[int]) -> Candidate | None:
    verb = noun.head
    if noun.dep_ == "pobj" and (verb.lower_ == "of" and verb.head.lemma_.lower() in lex.words["quantity"] or (
            verb.lower_ == "in" and verb.head.lemma_.lower() in lex.words["amounts"])):
        # "announced a new package of sanctions", "launched a wave of attacks", "approved $2 billion in military aid"
        q = verb.head
        if q.dep_ in ("dobj", "nsubjpass") and q.head.pos_ in ("VERB", "AUX"):
            noun, verb = q, q.head
    if noun.dep_ == "nsubj" and verb.dep_ in ("xcomp", "ccomp") and _infinitive(verb) and verb.head.pos_ == "VERB" and (
            verb.head.i < noun.i and _child(verb.head, {"dobj"}) is None):
        # "ordered the deployment of police to guard polling stations": the parser makes the object the infinitive's subject
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "attr", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "pobj":  # "embarked on a trip": verb <- prep <- noun
        verb = verb.head
        if verb.pos_ != "VERB":
            return None
    allowed = sense.light if sense.light is not None else lex.light_verbs
    if _lemma(verb) not in allowed or verb.i in taken:
        return None
    if any(c.dep_ == "prt" and c.lower_ in ("off",) for c in verb.children):
        return None  # "called off the strike" is the opposite of holding it
    subj, passive = subjects(verb, lex)
    recips = _noun_recipients(noun, lex) or _recipients(verb, Sense(lemma="", event=None, recipient=("dative", "prep:to", "prep:on", "prep:against", "prep:with")), passive, lex)
    actors = list(subj)
    if _lemma(verb) in lex.words["receiving"] and (source := _pobjs(noun, "from", lex) or _pobjs(verb, "from", lex)):
        actors, recips = source, list(subj)  # "drew condemnation from X": X condemned the subject
    if sense.reciprocal:
        partners = _pobjs(noun, "with", lex) + _pobjs(verb, "with", lex)
        actors += [p for p in partners if p not in actors]
        recips = [r for r in recips if r not in partners]
    start, end = _event_span([verb, noun])
    return Candidate(
        sense=sense, trigger=noun, clause=verb, actors=actors, recipients=recips,
        event=sense.event or "", mode=list(sense.mode), conf=sense.conf,
        rule=f"light:{_lemma(verb)}+{sense.lemma}", start=start, end=end,
    )


def _nominal_candidate(noun: Token, sense: Sense, lex: TriggerLexicon) -> Candidate | None:
    """A noun with its own actor: "Russia's invasion", "attacks by rebels", "the offer made by X"."""
    actors: list[Token] = []
    clause = noun
    poss = _child(noun, {"poss"})
    if poss is not None and poss.pos_ in ("PROPN", "NOUN"):
        actors = _conjuncts(poss)
    if not actors:
        actors = _pobjs(noun, "by", lex)
    if not actors:
        for c in noun.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _lemma(c) in lex.light_verbs:
                subj, passive = subjects(c, lex) if c.dep_ == "relcl" else (_pobjs(c, "by", lex), True)
                subj = [s for s in subj if s.i != noun.i and s.lower_ not in RELATIVE]
                if subj:
                    actors, clause = subj, c
                    break
    if not actors or sense.event is None:
        return None
    recips = _noun_recipients(noun, lex)
    if clause.i != noun.i and not recips:
        d = _child(clause, {"dative"})
        o = _child(clause, {"dobj"})
        if d is not None and d.lower_ in RELATIVE:
            d = None
        if d is not None:
            recips = _conjuncts(d) if d.pos_ in ("NOUN", "PROPN", "PRON") else [o for o in d.children if o.dep_ == "pobj"]
        elif o is not None and o.lower_ not in RELATIVE and o.i != noun.i:
            recips = _conjuncts(o)
        else:
            recips = _pobjs(clause, "to", lex)
    if sense.reciprocal:
        partners = _pobjs(noun, "with", lex)
        actors += [p for p in partners if p not in actors]
        recips = [r for r in recips if r not in partners]
    start, end = _event_span([noun] + ([clause] if clause.i != noun.i else []))
    return Candidate(
        sense=sense, trigger=noun, clause=clause if clause.i != noun.i else noun, actors=actors,
        recipients=recips, event=sense.event, mode=list(sense.mode), conf=sense.conf * 0.85,
        rule=f"nominal:{sense.lemma}", start=start, end=end,
    )


def _fold(cands: list[Candidate], lex: TriggerLexicon) -> None:
    """Fold complement events into the governing REJECT/REQUEST/THREATEN/AGREE/ACCUSE trigger."""
    by_clause = {c.clause.i: c for c in cands}
    for c in cands:
        gov = c.clause.head
        hops = 0
        while c.clause.dep_ in COMPLEMENT | {"advcl", "conj", "prep", "pobj", "dobj"} and gov.i not in by_clause and hops < 3:
            if gov.head.i == gov.i:
                break
            gov = gov.head
            hops += 1
        # "urged voters to reject X and to stay home": the second infinitive is also what was urged
        also = c.clause.dep_ == "conj" and c.clause.head.dep_ in ("xcomp", "ccomp") and (
            _infinitive(c.clause) or c.clause.tag_ == "VB" and _infinitive(c.clause.head))  # "to disarm X and hand over Y"
        if c.clause.dep_ not in COMPLEMENT | {"advcl", "prep", "pobj", "dobj"} and c.trigger.dep_ not in COMPLEMENT and not also:
            continue
        g = by_clause.get(gov.i)
        if g is None or g is c:
            continue
        if g.dropped:
            if c.clause.dep_ in COMPLEMENT or also:
                c.dropped = True  # "demanded that they refuse to recognize X": inside what was demanded
            continue
        if c.clause.tag_ in ("VBD", "VBZ") and not c.future and c.clause.dep_ != "pcomp":
            continue  # a finite past event with its own subject is an event of its own, not what was asked
        if g.event == "PROTEST" and c.clause.dep_ == "advcl" and c.clause.tag_ == "VBG" and c.event in (
                "ASSAULT", "PROTEST") and not any(r.ent_type_ or _lemma(r) in lex.words["people"] for r in c.recipients):
            # "rioted, burning cars and smashing shop windows": how the riot went
            c.dropped = True
            g.folded.append(c.rule)
            continue
        if g.event == "REJECT":
            mode = _REJECT_MODE.get(c.event)
            if mode and not g.mode:
                g.mode = [mode]
        elif g.event == "REQUEST":
            mode = _REJECT_MODE.get(c.event) or ("change" if c.event not in ("REQUEST",) else None)
            if c.event in ("RETREAT", "CONCEDE") or c.negated:
                mode = "yield" if c.event in ("RETREAT", "CONCEDE") else "change"
            if mode and not g.mode:
                g.mode = [mode]
            if not g.recipients and c.actors and c.clause.dep_ in ("xcomp", "ccomp"):
                g.recipients = list(c.actors)
        elif g.event == "THREATEN":
            if not g.mode:
                g.mode = [_THREAT_MODE.get(c.event, "violence")] if c.event != "COERCE" else (
                    ["arrest"] if "arrest" in c.mode else ["restrict"])
            if not g.recipients:
                g.recipients = c.recipients
        elif g.event == "AGREE":
            if c.event in ("RETREAT", "CONCEDE"):
                g.event = "CONCEDE"
                g.mode = []
            elif c.event in _CONFLICT:
                # agreeing / promising / vowing to sanction, arrest or attack is a threat
                g.event, g.mode = "THREATEN", _threat_mode(c)
            if not g.recipients:
                g.recipients = c.recipients
        elif g.event in ("ACCUSE",):
            pass
        else:
            continue
        c.dropped = True
        g.folded.append(c.rule)


_FALLBACK_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "for", "from", "over", "upon", "between")
_LOCATIVE_PREPS = ("in", "into", "inside", "near")
_ENTITYISH = ("PROPN", "NOUN", "PRON")


def _inner_entities(tok: Token, limit: int = 3) -> list[Token]:
    """Entity-like words inside an abstract object ("Haiti's efforts", "an Indian proposal")."""
    out: list[Token] = []
    skip_to = -1
    for t in tok.subtree:
        if t.i <= skip_to:
            continue
        if t.dep_ in ("relcl", "acl") and t.i != tok.i:
            skip_to = t.right_edge.i  # not inside a clause about it ("a tip that led to the arrest of X")
            continue
        if t.i == tok.i or t.i > tok.i + 12:
            continue
        if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and t.dep_ in ("poss", "amod", "compound", "pobj", "nmod", "appos"):
            out.append(t)
        elif t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN"):
            out.append(t)
        if len(out) >= limit:
            break
    return out


def fallback_recipients(c: Candidate, lex: TriggerLexicon) -> list[Token]:
    """Where else a recipient may be named, in order of trust."""
    out: list[Token] = []
    v = c.clause
    if v.dep_ in ("acl", "relcl") and v.head.head.pos_ in ("VERB", "AUX") and _summary_apposition(v.head, lex):
        # "banned the newspaper, a decision criticised by X": what is criticised is whoever made the move
        out.extend(subjects(v.head.head, lex)[0])
    # "demanded that the ministry withdraw ...": the complement clause's subject; "blocked roads to
    # press their grievances with the governor": a purpose clause's arguments
    for ch in v.children:
        purpose = ch.dep_ == "advcl" and _infinitive(ch)
        if (ch.dep_ in ("ccomp", "xcomp") or purpose) and ch.pos_ in ("VERB", "AUX"):
            s = _child(ch, SUBJ)
            if s is None and c.event == "THREATEN" and ch.dep_ == "ccomp":
                s = _child(ch, PASS_SUBJ)  # "warned that strikers would be dismissed": who would suffer it
            if s is not None and s.pos_ in _ENTITYISH and s.lower_ not in RELATIVE:
                out.extend(_conjuncts(s))
            o = _child(ch, {"dobj", "dative"})
            if o is not None and (c.event in ("AGREE", "THREATEN", "REQUEST", "REJECT") or (
                    purpose and c.event in ("ASSAULT", "COERCE"))):
                # "fired tear gas to disperse the marchers": force used on whom its purpose names
                out.extend(_conjuncts(_antecedent(o, lex) if purpose else o))
            out.extend(_pobjs_each(ch, _FALLBACK_PREPS, lex))
            if purpose and o is not None:
                for po in _pobjs_each(o, _FALLBACK_PREPS, lex):
                    out.extend([po, *_inner_entities(po)])
            if o is None and ch.dep_ == "xcomp" and c.event in ("AGREE", "REQUEST", "THREATEN"):
                # "promised to help repair Ukraine's railways": the object of the verb the helping is for
                inner = _child(ch, {"xcomp"})
                o2 = _child(inner, {"dobj"}) if inner is not None else None
                if o2 is not None:
                    out.extend([*_conjuncts(o2), *_inner_entities(o2)])
    if c.event in ("THREATEN", "REQUEST", "AGREE"):
        # "threatened to strike unless the ministry rescinded ...": the condition's subject is the target
        for t in [v, *[ch for ch in v.children if ch.dep_ in ("xcomp", "ccomp")]]:
            for ch in t.children:
                if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in ch.children):
                    s = _child(ch, SUBJ)
                    if s is not None and s.pos_ in ("PROPN", "NOUN"):
                        out.extend(_conjuncts(s))
    if c.event == "PROTEST":
        # "picketed outside the Israeli embassy", "protested at parliament": the building stands for its owner
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ in ("outside", "at", "before", "near", "in"):
                out.extend(o for o in p.children if o.dep_ == "pobj" and _lemma(o) in lex.words["protest_sites"])
    # "blocked streets in defiance of the authorities", "marched in protest against X"
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "as"):
            for o in p.children:
                if o.dep_ == "pobj" and _lemma(o) in lex.words["stance"]:
                    out.extend(_pobjs_each(o, ("of", "to", "against", "at", "with"), lex))
    if c.event == "REJECT":
        # "declined to resign despite pressure from X", "in spite of calls by X": a refusal defies X
        for t in [v, *[ch for ch in v.children if ch.dep_ == "xcomp"]]:
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in ("despite", "in"):
                    for o in p.children:
                        if o.dep_ == "pobj" and o.lower_ == "spite":
                            o = next((x for q in o.children if q.dep_ == "prep" for x in q.children
                                      if x.dep_ == "pobj"), o)
                        if o.dep_ == "pobj" and _lemma(o) in lex.words["pressing"]:
                            out.extend(_pobjs_each(o, ("from", "by", "of"), lex))
    heads = [v] + ([c.trigger] if c.trigger.i != v.i else [])
    obj = _dobj(v) if v.pos_ in ("VERB", "AUX") else None
    if obj is not None:
        heads.append(obj)  # "fired tear gas at protesters": the object's own prepositions
    for h in heads:
        out.extend(_pobjs_each(h, _FALLBACK_PREPS, lex))
    as_objs = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    for t in [obj, c.trigger if c.trigger.i != v.i else None, *as_objs]:
        if t is not None:
            out.extend(_inner_entities(t))  # "denounced as a crime the junta's crackdown"
    for h in heads:
        # "denounced in a press conference": where it was said is not whom it was said to
        out.extend(o for o in _pobjs_each(h, _LOCATIVE_PREPS, lex) if _lemma(o) not in lex.words["settings"])
    seen: set[int] = set()
    actor_ids = {a.i for a in c.actors}
    uniq = []
    for t in out:
        if t.i in seen or t.i in actor_ids:
            continue
        seen.add(t.i)
        uniq.append(t)
    return uniq


def _conditional(tok: Token, lex: TriggerLexicon) -> bool:
    for ch in tok.children:
        if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in ch.children):
            return True
    return False


def _infinitive(v: Token) -> bool:
    return v.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)


def _background_clause(v: Token) -> bool:
    """A relative clause or participle modifying a noun."""
    return v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG"))


def _background(c: Candidate, lex: TriggerLexicon) -> str:
    """Why a candidate's clause is not asserted as an event of its own, or "".

    A purpose infinitive ("blocked roads *to demand* reforms") states an aim, not something that
    happened; a relative clause or participle modifying a noun ("a helicopter *that was captured*
    last week", "a bill *signed* by the minister") is background to the sentence's event.
    """
    v = c.clause
    if v.i != c.trigger.i and v.pos_ not in ("VERB", "AUX"):
        return ""
    if v.dep_ in ("advcl", "relcl", "acl") and _infinitive(v):
        # ... except a protest: "gathered in Nairobi to protest X" is the protest itself (unless
        # the gathering is itself background: "broke up the rally held to protest X")
        if c.event == "PROTEST" and not _background_clause(v.head):
            return ""
        if c.event == "CONSULT" and _lemma(v.head) in lex.words["motion"]:
            return ""  # "travelled to Kandahar to consult with", "gathered in Brussels to review": they met
        return "purpose"
    if v.dep_ in ("ccomp", "acl", "pcomp") and v.head.pos_ in ("NOUN", "PROPN") or (
        v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("NOUN", "PROPN")
    ):
        if not (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG", "VB")):
            # the content of a noun: "an admission that forces murdered ...", "a proposal for signing a deal"
            return "content"
    if v.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in v.children):
        return "relative"  # "in the town, where 12 people died last year": about the place
    if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG")):
        head = v.head
        if head.lemma_.lower() in lex.words["statements"] and (v.dep_ == "relcl" or v.tag_ == "VBG"):
            # "a communique demanding that ...", "a ruling that ordered the expulsion": what the
            # statement does is the event
            return ""
        lo, hi = sorted((head.i, v.i))
        restrictive = not any(t.text in (",", "(", "-", "—") for t in v.doc[lo:hi])
        will = any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in v.children)
        if any(t.lower_ in ("who", "whom", "whose") for t in v.children):
            return ""  # "armed men who held their workers hostage": people doing things is the news
        if _summary_apposition(head, lex):
            return ""  # "..., a decision criticised by X", "..., an offer the unions turned down": news about the news
        if restrictive and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and not will:
            return "relative"  # (but "the aid that X will give" states a commitment)
    return ""


def _summary_apposition(noun: Token, lex: TriggerLexicon) -> bool:
    """A noun phrase after a comma that sums up the clause before it ("banned the newspaper, a decision ...")."""
    left = noun.left_edge
    return (left.i > 0 and noun.doc[left.i - 1].text == "," and left.lower_ in ("a", "an") and noun.head.i < noun.i
            and noun.lemma_.lower() in lex.words["summaries"])


_OBLIGATION = {"must", "should", "ought"}


def _obligation_requests(sent: Span, lex: TriggerLexicon, taken: set[int]) -> list[Candidate]:
    """'Russia said Sudan must return the helicopter': a demand on the complement's subject (REQUEST)."""
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["speech"] or tok.i in taken:
            continue
        for comp in tok.children:
            if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
                continue
            modal = next((a for a in comp.children if a.dep_ == "aux" and a.lower_ in _OBLIGATION), None)
            if modal is None:
                # "X has to / needs to withdraw"
                if _lemma(comp) in ("have", "need") and any(c.dep_ == "xcomp" for c in comp.children):
                    modal = comp
                else:
                    continue
            subj = _child(comp, SUBJ)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN") or any(n.dep_ == "neg" for n in comp.children):
                continue
            actors, _ = subjects(tok, lex)
            if not actors or any(a.i == subj.i for a in actors):
                continue
            sense = Sense(lemma=_lemma(tok), event="REQUEST", conf=0.6)
            start, end = _event_span([tok, modal])
            out.append(Candidate(sense=sense, trigger=tok, clause=tok, actors=actors, recipients=_conjuncts(subj),
                                 event="REQUEST", conf=0.6, rule=f"obligation:{_lemma(tok)}+{modal.lower_}",
                                 start=start, end=end))
            break
    return out


def _pejorative_candidates(sent: Span, lex: TriggerLexicon, taken: set[int]) -> list[Candidate]:
    """Calling something an abuse is an accusation: 'what the navy is doing in our waters
    is piracy', 'called the decree a coup', 'described the raid as an act of war'."""
    words = lex.classes.get("pejorative", frozenset())
    out: list[Candidate] = []
    for t in sent:
        if t.pos_ != "NOUN" or _lemma(t) not in words:
            continue
        actors: list[Token] = []
        recips: list[Token] = []
        if t.dep_ == "attr" and t.head.lemma_ == "be":  # "X is colonialism"
            clause = t.head
            subj = _child(clause, {"nsubj", "csubj"})
            if subj is None:
                continue
            if subj.dep_ == "csubj" or subj.pos_ in ("PRON", "VERB", "AUX"):
                # "what the navy is doing": the doer inside the clause
                inner = [x for x in subj.subtree if x.dep_ == "nsubj" and x.pos_ in ("PROPN", "NOUN")]
                recips = inner[:1]
            else:
                recips = _conjuncts(subj)
            if clause.dep_ == "ccomp" and _lemma(clause.head) in lex.words["speech"]:
                actors, _ = subjects(clause.head, lex)
        elif t.dep_ == "oprd" or (t.dep_ == "pobj" and t.head.lower_ == "as"):
            clause = t.head if t.dep_ == "oprd" else t.head.head
            if _lemma(clause) not in lex.words["naming"] or clause.i in taken:
                continue
            actors, _ = subjects(clause, lex)
            obj = _dobj(clause)
            recips = _conjuncts(obj) if obj is not None else []
        else:
            continue
        if clause.i in taken or any(_negated(x, lex) for x in (clause, t)):
            continue
        sense = Sense(lemma=_lemma(t), event="ACCUSE", mode=("disapprove",), conf=0.55)
        start, end = _event_span([t])
        out.append(Candidate(sense=sense, trigger=t, clause=clause, actors=actors, recipients=recips, event="ACCUSE",
                             mode=["disapprove"], conf=0.55, rule=f"pejorative:{_lemma(t)}", start=start, end=end))
        taken.add(clause.i)
    return out


def _proposed(proposals: list[tuple[Token, str, list[str], float]], lex: TriggerLexicon) -> list[Candidate]:
    """Candidates for triggers the lexicon does not know, from the learned classifier's proposals."""
    out: list[Candidate] = []
    for tok, event, modes, prob in proposals:
        sense = Sense(lemma=tok.lemma_.lower(), event=event, mode=tuple(modes), conf=prob)
        clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        subj, passive = subjects(clause, lex)
        recips = _recipients(clause, sense, passive, lex) if clause.i == tok.i else _noun_recipients(tok, lex)
        start, end = _event_span([tok])
        out.append(Candidate(sense=sense, trigger=tok, clause=clause, actors=list(subj), recipients=recips,
                             event=event, mode=list(modes), conf=prob, rule=f"classifier:{sense.lemma}",
                             start=start, end=end))
    return out


def find_candidates(sent: Span, lex: TriggerLexicon, proposer: Any = None) -> list[Candidate]:
    """All event candidates of one sentence, flags set, embedded ones folded.

    ``proposer`` (the learned classifier, optional) may add triggers the lexicon lacks.
    """
    return find_candidates_all([sent], lex, proposer)[0]


def find_candidates_all(sents: list[Span], lex: TriggerLexicon, proposer: Any = None) -> list[list[Candidate]]:
    """:func:`find_candidates` of several sentences (of one Doc), the proposer asked once for all."""
    found: list[tuple[list[Candidate], set[int]]] = []
    for sent in sents:
        cands = _verb_candidates(sent, lex)
        taken = {c.trigger.i for c in cands}
        cands += _noun_candidates(sent, lex, taken)
        cands += _obligation_requests(sent, lex, {c.trigger.i for c in cands})
        cands += _pejorative_candidates(sent, lex, {c.trigger.i for c in cands} | {c.clause.i for c in cands})
        if proposer is not None:
            taken |= {c.trigger.i for c in cands} | {c.clause.i for c in cands}
            # "issued a communique condemning ...": the issuing verb is part of that event
            taken |= {c.clause.head.head.i for c in cands if c.clause.dep_ == "acl" and c.clause.head.dep_ == "dobj"
                      and _lemma(c.clause.head) in lex.words["statements"]}
        found.append((cands, taken))
    if proposer is not None:
        items = [(sent, taken) for sent, (_, taken) in zip(sents, found, strict=True)]
        many = getattr(proposer, "propose_many", None)
        proposals = many(items) if many is not None else [proposer.propose(s, t) for s, t in items]
        for (cands, _), props in zip(found, proposals, strict=True):
            cands += _proposed(props, lex)
    return [_settle(cands, lex) for cands, _ in found]


def _settle(cands: list[Candidate], lex: TriggerLexicon) -> list[Candidate]:
    """Flag a sentence's candidates (negated, hypothetical, ...), apply the relabelling rules, fold."""
    for c in cands:
        c.negated = _negated(c.clause, lex) or (c.trigger.i != c.clause.i and _negated(c.trigger, lex))
        c.hypothetical = _hypothetical(c.clause, lex)
        c.future = _future(c.clause, lex)
        c.conditional = _conditional(c.clause, lex)
        c.background = _background(c, lex)
        if c.event == "REQUEST" and _lemma(c.trigger) in lex.words["directive_only"] and not _directive(c.clause):
            c.dropped = True  # "insisted the unrest reflected old tensions" states, it does not demand
        if c.hypothetical and c.event in _CONFLICT and not c.negated and _own_modal(c.clause, lex):
            # "the EC may halt mediation if ...", "could strike": a conflict act held out is a threat
            c.mode, c.event, c.hypothetical = _threat_mode(c), "THREATEN", False
            c.rule += "+modal"
        if c.event == "CONCEDE" and _lemma(c.trigger) == "regret" and (o := _dobj(c.clause)) is not None and any(
                p.dep_ == "poss" and p.pos_ in ("PROPN", "NOUN") for p in o.children):
            # "regretted Somalia's decision" disapproves; "regretted its mistake" concedes
            c.event, c.mode, c.rule = "ACCUSE", ["disapprove"], c.rule + "+other"
        if c.negated and _lemma(c.trigger) == "rule" and c.event == "REJECT":
            # "would not rule out military intervention": keeping force on the table is a threat
            c.event, c.mode, c.negated, c.rule = "THREATEN", ["violence"], False, c.rule + "+negated"
            continue
        if c.negated and c.event in _REFUSABLE and not c.hypothetical:
            # "will not accept", "did not agree to", "failed to agree": a refusal
            c.mode = [_REJECT_MODE[c.event]] if c.event in _REJECT_MODE else []
            c.event, c.negated, c.rule = "REJECT", False, c.rule + "+negated"
    _investigation_missions(cands, lex)
    _ordered_outcomes(cands, lex)
    _aid_cargo(cands, lex)
    _fold(cands, lex)
    return [c for c in cands if not c.dropped]


def _threat_mode(c: Candidate) -> list[str]:
    if c.event == "COERCE":
        return ["arrest"] if "arrest" in c.mode else ["restrict"]
    if c.event == "SANCTION":
        return ["expel"] if "expel" in c.mode else ["relations"]
    if c.event in ("PROTEST", "RETREAT"):
        return ["restrict"] if c.event == "PROTEST" else ["relations"]
    return ["violence"]


def apply_plover_rules(c: Candidate) -> None:
    """Future cooperation is AGREE, future retreat CONCEDE, announced conflict THREATEN."""
    if not c.future:
        return
    if c.event in _COOP:
        c.event, c.mode = "AGREE", []
    elif c.event == "RETREAT" and c.conditional:
        c.mode, c.event = _threat_mode(c), "THREATEN"
    elif c.event == "RETREAT":
        c.event, c.mode = "CONCEDE", []
    elif c.event in ("ASSAULT", "PROTEST", "COERCE", "SANCTION", "MOBILIZE"):
        c.mode, c.event = _threat_mode(c), "THREATEN"
