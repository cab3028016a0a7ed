"""In-document actor resolution (killdeer.actors.mentions), one pattern per test.

Each test is a small made-up text; the real spaCy model and dictionaries are used (``slow``).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from killdeer.actors import mentions
from killdeer.actors.mentions import DocumentActors

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(coder):
    def _build(text: str, date: str = "2024-01-25") -> tuple:
        doc = coder.nlp(text)
        actors = DocumentActors.build(doc, coder.actors, dt.date.fromisoformat(date), place_country=coder._place_country)
        return doc, actors

    return _build


def find(doc, phrase: str, head: str | None = None, nth: int = 0):
    words = phrase.split()
    want = head or words[-1]
    hits = []
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] == words:
            hits.append(next(t for t in doc[i : i + len(words)] if t.text == want))
    assert len(hits) > nth, f"{phrase!r} not found"
    return hits[nth]


def entity(build, text, phrase, head=None, nth=0, date="2024-01-25"):
    doc, actors = build(text, date)
    return actors.entity(find(doc, phrase, head, nth))


# ------------------------------------------------------------------ names, titles, descriptions
def test_unknown_titled_person_gets_country_and_sector_from_the_description(build):
    text = "Ecuador's new interior minister, Mónica Palencia, met the police chiefs. Palencia said more arrests would come."
    e = entity(build, text, "Mónica Palencia")
    assert (e.name, e.country, e.sector) == ("Mónica Palencia", "ECU", "GOV")
    later = entity(build, text, "Palencia said", "Palencia")
    assert (later.name, later.country, later.resolved_by) == ("Mónica Palencia", "ECU", "in-document")


def test_surname_means_the_person_named_in_full_not_a_namesake(build):
    # in November 2019 the dictionary's only Morales in office is Jimmy Morales (Guatemala)
    text = ("The former president of Bolivia Evo Morales arrived in Mexico City on Tuesday. "
            "Mexico granted asylum to Morales for humanitarian reasons.")
    e = entity(build, text, "asylum to Morales", "Morales", date="2019-11-12")
    assert (e.name, e.country) == ("Evo Morales", "BOL")


def test_common_nouns_and_titles_are_not_namesakes(build):
    text = "The army seized power on Monday. The Bishop of Matagalpa, Rolando Álvarez, refused to leave."
    assert entity(build, text, "seized power", "power") is None or entity(build, text, "seized power", "power").name != "Samantha Power"
    bishop = entity(build, text, "The Bishop of Matagalpa", "Bishop")
    assert bishop.sector == "REL" and bishop.name != "Julie Bishop"


def test_description_links_to_the_named_person(build):
    text = ("Venezuelan President Nicolás Maduro spoke on Monday. The Venezuelan president urged Ecuador to "
            "reject the offer. His Colombian counterpart, Gustavo Petro, stayed silent.")
    e = entity(build, text, "The Venezuelan president", "president")
    assert (e.name, e.country, e.sector, e.resolved_by) == ("Nicolás Maduro", "VEN", "GOV", "in-document")
    petro = entity(build, text, "Gustavo Petro")
    assert (petro.country, petro.sector) == ("COL", "GOV")


def test_counterpart_inherits_the_role(build):
    text = ("Brazil's defence minister, José Múcio, met his Argentine counterpart on Monday in Brasilia. "
            "The Argentine counterpart promised help.")
    e = entity(build, text, "his Argentine counterpart", "counterpart")
    assert (e.country, e.sector) == ("ARG", "GOV")


def test_government_of_a_person_takes_the_persons_country(build):
    text = ("The Bolivian leader arrived on Tuesday. The government of Andrés Manuel López Obrador granted him "
            "asylum, the Mexican foreign minister said.")
    e = entity(build, text, "The government of Andrés", "government", date="2019-11-12")
    assert (e.country, e.sector) == ("MEX", "GOV")


# ------------------------------------------------------------------ groups and organisations
def test_members_take_the_sector_of_their_body(build):
    text = "Leaders of the Azadliq opposition coalition agreed to postpone the rally in Baku. Afghan rebel leaders said they would meet."
    leaders = entity(build, text, "Leaders of", "Leaders")
    assert (leaders.country, leaders.sector) == ("AZE", "OPP")
    rebels = entity(build, text, "Afghan rebel leaders", "leaders")
    assert (rebels.country, rebels.sector) == ("AFG", "REB")


def test_known_organisation_inside_a_generic_head(build):
    text = "The radical Palestinian Islamic Jihad movement rejected an invitation to the meeting."
    e = entity(build, text, "Jihad movement", "movement")
    assert (e.country, e.sector, e.name) == ("PSE", "REB", "Palestinian Islamic Jihad")


def test_unknown_named_organisation_gets_the_local_country(build):
    text = "Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya group in Egypt."
    chief = entity(build, text, "security chief", "chief")
    assert (chief.country, chief.sector) == ("EGY", "COP")
    kifaya = entity(build, text, "the Kifaya group", "group")
    assert kifaya is not None and kifaya.country == "EGY"


def test_domestic_groups_take_the_place_not_another_party(build):
    text = ("Ecuador declared war on the gangs. Maduro told Noboa to learn from Venezuela's experiences against "
            "criminal gangs, and Noboa said the support of the United States against criminal gangs would focus on training.")
    for nth in (0, 1):
        e = entity(build, text, "criminal gangs", nth=nth)
        assert (e.country, e.sector) == ("ECU", "CRM"), nth


def test_coordinated_nouns_share_a_nationality(build):
    text = "Israeli helicopters and tanks shelled positions near the town of Rafah."
    tanks = entity(build, text, "tanks")
    assert (tanks.country, tanks.sector) == ("ISR", "MIL")
    helicopters = entity(build, text, "Israeli helicopters")
    assert (helicopters.country, helicopters.sector) == ("ISR", "MIL")


def test_countries_and_capitals_acting_are_their_governments(build):
    text = "Washington demanded that Hamas disarm, and Berlin rejected the calls. The Karabakh side agreed to disband its forces."
    assert entity(build, text, "Washington").sector == "GOV"
    assert entity(build, text, "Berlin").country == "DEU"
    karabakh = entity(build, text, "The Karabakh side", "side")
    assert (karabakh.country, karabakh.sector) == ("AZE", "PRE")


def test_ethnic_groups_of_one_country(build):
    text = "Burmese troops captured part of a Karen guerrilla stronghold on the Thai border."
    e = entity(build, text, "part")
    assert e.country == "MMR"


# ------------------------------------------------------------------ objects that point at a place or party
def test_objects_point_at_their_place_or_party(build):
    text = ("President Abdelaziz Bouteflika threatened to institute a curfew in Algiers. Britain mobilized "
            "reservists for a possible war against Iraq. Serbian police launched an investigation into crimes "
            "committed by Croat forces. Israeli Prime Minister Ehud Barak agreed to US mediation.")
    curfew = entity(build, text, "curfew", date="2000-01-01")
    assert (curfew.country, curfew.resolved_by) == ("DZA", "place")
    war = entity(build, text, "war", date="2000-01-01")
    assert war.country == "IRQ"
    crimes = entity(build, text, "crimes", date="2000-01-01")
    assert crimes.country == "HRV"
    mediation = entity(build, text, "US mediation", "mediation", date="2000-01-01")
    assert mediation.country == "USA"


def test_subjects_are_never_resolved_to_a_place(build):
    text = "Explosions in Baghdad killed ten people."
    assert entity(build, text, "Explosions") is None


# ------------------------------------------------------------------ pronouns
def test_pronouns_prefer_the_subject_and_skip_their_own_clause(build):
    text = ("U.S. Secretary of State Antony Blinken spoke with Kais Saied by telephone on Monday and urged him "
            "to respect democratic principles.")
    him = entity(build, text, "urged him", "him", date="2021-07-27")
    assert him.country == "TUN"


def test_it_and_they_refer_to_groups(build):
    text = ("Myanmar's army seized power on Monday. It detained the elected leader Aung San Suu Kyi. "
            "The protesters gathered in Yangon. They demanded her release.")
    it = entity(build, text, "It", date="2021-02-02")
    assert (it.country, it.sector, it.resolved_by) == ("MMR", "MIL", "pronoun")
    they = entity(build, text, "They", date="2021-02-02")
    assert (they.country, they.sector) == ("MMR", "CVL")


def test_parenthetical_says_who_they_are(build):
    text = "Noboa spoke with Lula. “They (the Brazilians) have a lot of experience,” he added."
    they = entity(build, text, "They")
    assert they.country == "BRA"


def test_possessive_determiner_is_the_person(build):
    text = "Daniel Noboa ratified his willingness to accept foreign troops."
    his = entity(build, text, "his")
    assert (his.name, his.resolved_by) == ("Daniel Noboa", "pronoun")


# ------------------------------------------------------------------ quotations
def test_multi_paragraph_quote_and_continuation(build):
    text = (
        "Ecuadorian President Daniel Noboa said on Monday: “We will not negotiate with terrorists.\n\n"
        "“We have the support of the people.”\n\n"
        "“We need help,” Noboa said. “And we are accepting it.”\n\n"
        "The fight, he said, is a “war”."
    )
    doc, actors = build(text)
    quotes = actors.quotations()
    assert [q["text"][:12] for q in quotes] == ["We will not ", "We need help", "And we are a"]
    assert all(q["speaker"]["name"] == "Daniel Noboa" for q in quotes)
    assert all(text[q["start"] : q["end"]] == q["text"] for q in quotes)
    we = actors.entity(find(doc, "We have", "We"))
    assert (we.name, we.resolved_by) == ("Daniel Noboa", "quote-speaker")
    assert not any(q["text"] == "war" for q in quotes)


def test_straight_quotes_with_the_speaker_after(build):
    text = 'Maduro accused Ecuador of colonialism. "Look for us, not the Southern Command," Maduro said.'
    doc, actors = build(text)
    (q,) = actors.quotations()
    assert q["text"] == "Look for us, not the Southern Command,"
    assert (q["speaker"]["name"], q["speaker"]["country"]) == ("Nicolás Maduro", "VEN")


def test_resolved_by_values_are_documented():
    doc = mentions.__doc__
    for value in ("dictionary", "in-document", "in-document+document-country", "agent-lexicon",
                  "agent-lexicon+document-country", "demonym", "pronoun", "quote-speaker", "place", "unresolved"):
        assert re.search(rf"``{re.escape(value)}``", doc), value


def test_coordinated_subjects_are_they(build):
    text = ("U.S. President Joe Biden, Canadian Prime Minister Justin Trudeau and Mexican President Andrés Manuel "
            "López Obrador met in Mexico City. They condemned the attack on Brazil's institutions.")
    they = entity(build, text, "They", date="2023-01-10")
    assert (they.country, they.sector) == ("USA", "GOV")


def test_misspelled_country_names(build):
    text = "Pakistan President Mohammad Zia-Ul-Haq rejected a fresh offer from Afganistan for direct talks."
    offer = entity(build, text, "offer", date="1987-01-01")
    assert offer.country == "AFG"
    # one letter inserted, deleted or replaced; never two
    assert mentions._one_edit("afghanistan", "afganistan") and mentions._one_edit("colombia", "columbia")
    assert not mentions._one_edit("austria", "australia") and not mentions._one_edit("niger", "nigeria ")
