"""Who is who in the sample article, as of its date, and the same person on different dates.

Real spaCy model and dictionaries (``slow``). Mentions are found by their text, so the tests do not
depend on token numbers.
"""

from __future__ import annotations

import pytest

from killdeer.actors.mentions import DocumentActors
from killdeer.read import read_documents
from killdeer.where import parse_dateline
from tests.conftest import SAMPLE, phrase_heads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(coder):
    (document,) = list(read_documents([SAMPLE]))
    doc = coder.nlp(document.text)
    dateline = parse_dateline(doc.text[:200])
    actors = DocumentActors.build(
        doc, coder.actors, document.date, place_country=coder._place_country,
        dateline_end=dateline[1] if dateline else 0,
    )
    return document, doc, actors


def tokens(doc, phrase, head=None):
    """Head tokens of every occurrence of ``phrase`` (its last word, or the word ``head``)."""
    out = phrase_heads(doc, phrase, head)
    assert out, f"{phrase!r} not in the sample"
    return out


def resolve(actors, doc, phrase, head=None, nth=0):
    e = actors.entity(tokens(doc, phrase, head)[nth])
    assert e is not None, phrase
    return e


@pytest.mark.parametrize(
    ("phrase", "head", "name", "country", "sector"),
    [
        ("The president of Ecuador", "president", "Daniel Noboa", "ECU", "GOV"),
        ("Daniel Noboa", None, "Daniel Noboa", "ECU", "GOV"),
        ("Nicolás Maduro", None, "Nicolás Maduro", "VEN", "GOV"),
        ("his Venezuelan counterpart", None, "Nicolás Maduro", "VEN", "GOV"),
        ("the Southern Command", None, None, "USA", "MIL"),
        ("Laura Richardson", None, "Laura Richardson", "USA", "MIL"),
        ("Christopher Dodd", None, "Christopher Dodd", "USA", "GOV"),
        ("Rafael Correa", None, "Rafael Correa", "ECU", "ELI"),  # president 2007-2017: former by 2024
        ("The Ecuadorian ruler", "ruler", "Daniel Noboa", "ECU", "GOV"),
        ("The Venezuelan president", "president", "Nicolás Maduro", "VEN", "GOV"),
        ("the president of Brazil", "president", "Luiz Inácio Lula da Silva", "BRA", "GOV"),
        ("Lula Da Silva", "Silva", "Luiz Inácio Lula da Silva", "BRA", "GOV"),
    ],
)
def test_sample_mentions(sample, phrase, head, name, country, sector):
    _, doc, actors = sample
    e = resolve(actors, doc, phrase, head)
    assert (e.country, e.sector) == (country, sector), e
    if name:
        assert e.name == name, e
    assert e.resolved_by != "unresolved"


def test_sample_later_mentions_link_to_the_named_people(sample):
    _, doc, actors = sample
    for tok in tokens(doc, "Noboa"):
        e = actors.entity(tok)
        if e is not None and tok.dep_ != "compound":
            assert (e.name, e.country, e.sector) == ("Daniel Noboa", "ECU", "GOV"), (tok.i, e)
    maduro = resolve(actors, doc, "Maduro asserted", "Maduro")
    assert (maduro.name, maduro.resolved_by) == ("Nicolás Maduro", "in-document")
    ruler = resolve(actors, doc, "The Ecuadorian ruler", "ruler")
    assert ruler.resolved_by == "in-document"


def test_sample_pronouns(sample):
    _, doc, actors = sample
    he = resolve(actors, doc, "The Ecuadorian president He", "He")  # the glued "...president He thus responded"
    assert (he.name, he.resolved_by) == ("Daniel Noboa", "pronoun")
    # "Noboa said before revealing that on Tuesday morning he had a telephone conversation ..."
    he = resolve(actors, doc, "morning he had", "he")
    assert he.name == "Daniel Noboa"
    his = resolve(actors, doc, "ratified his willingness", "his")
    assert his.name == "Daniel Noboa"
    # "They (the Brazilians) have ..., and they have a lot of experience"
    they = [actors.entity(t) for t in doc if t.lower_ == "they"]
    assert [t.country for t in they if t is not None] == ["BRA", "BRA"]
    # first person inside the quotes: the speaker
    for word, speaker in (("my", "Daniel Noboa"), ("us", "Nicolás Maduro"), ("We", "Daniel Noboa")):
        e = resolve(actors, doc, word)
        assert (e.name, e.resolved_by) == (speaker, "quote-speaker")


def test_sample_groups(sample):
    _, doc, actors = sample
    gangs = [actors.entity(t) for t in tokens(doc, "criminal gangs")]
    assert [(g.country, g.sector) for g in gangs] == [("ECU", "CRM")] * len(gangs)
    men = resolve(actors, doc, "a group of at least 13 armed men", "group")
    assert men.country == "ECU" and men.sector in ("CRM", "UAF")
    assert men.text == "a group of at least 13 armed men"
    military = resolve(actors, doc, "the Ecuadorian military")
    assert (military.country, military.sector) == ("ECU", "MIL")
    delegation = resolve(actors, doc, "The US delegation", "delegation")
    assert (delegation.country, delegation.sector) == ("USA", "GOV")


def test_sample_quotations(sample):
    document, _, actors = sample
    quotes = actors.quotations()

    def quote(prefix):
        (q,) = [q for q in quotes if q["text"].startswith(prefix)]
        return q

    thanks = quote("Thanks, but no thanks")
    assert thanks["speaker"]["name"] == "Daniel Noboa"
    assert (thanks["speaker"]["country"], thanks["speaker"]["sector"]) == ("ECU", "GOV")
    assert thanks["text"].endswith("Thank you very much,")
    assert document.text[thanks["start"] : thanks["end"]] == thanks["text"]
    assert quote("President Noboa, if you want")["speaker"]["name"] == "Nicolás Maduro"
    assert quote("We need help")["speaker"]["name"] == "Daniel Noboa"
    # a quote with no opening mark, attributed after its close: '... 'narcoterrorists',” he added.'
    brazil = quote("They (the Brazilians)")
    assert brazil["speaker"]["name"] == "Daniel Noboa"
    # scare quotes are not quotations
    assert not any(q["text"] in ("war", "internal armed conflict") for q in quotes)
    for q in quotes:
        assert set(q) == {"text", "start", "end", "speaker"}


# ------------------------------------------------------------------ the same person on different dates
def _actor(coder, text, date):
    events = coder.code(text, date=date)
    assert events, (text, date)
    return events[0].actor[0]


@pytest.mark.parametrize(
    ("text", "early", "late"),
    [
        # Rafael Correa: president of Ecuador 2007-2017
        ("Rafael Correa accused the United States of interference on Monday.",
         ("2010-06-01", "ECU", "GOV"), ("2024-01-25", "ECU", "ELI")),
        # Joe Biden: vice president to January 2017, out of office, president from January 2021
        ("Joe Biden criticized Russia on Monday for its attacks on Ukraine.",
         ("2018-06-01", "USA", "ELI"), ("2022-06-01", "USA", "GOV")),
        # Lula: president 2003-2010 and again from 2023
        ("Lula criticized the United States on Monday.",
         ("2015-06-01", "BRA", "ELI"), ("2024-01-25", "BRA", "GOV")),
    ],
)
def test_same_person_different_dates(coder, text, early, late):
    for date, country, sector in (early, late):
        a = _actor(coder, text, date)
        assert (a.country, a.sector, a.resolved_by) == (country, sector, "dictionary"), (date, a)


def test_trump_before_and_after_taking_office(coder):
    before = _actor(coder, "Donald Trump criticized China on Monday.", "2016-06-01")
    after = _actor(coder, "Donald Trump criticized China on Monday.", "2018-06-01")
    assert before.name == after.name == "Donald Trump"
    assert before.sector != "GOV" and after.sector == "GOV"


def test_description_of_an_unknown_person_gives_country_and_sector(coder):
    text = ("Ecuador's new interior minister, Mónica Palencia, accused Colombian gangs of smuggling weapons. "
            "Palencia said the police would respond.")
    events = coder.code(text, date="2024-01-25")
    acc = next(e for e in events if e.event == "ACCUSE")
    a = acc.actor[0]
    assert (a.name, a.country, a.sector) == ("Mónica Palencia", "ECU", "GOV")
    assert a.resolved_by.startswith("in-document")
