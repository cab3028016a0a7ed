"""In-document actor resolution (killdeer.actors.mentions), one pattern per test.

Each test is a small made-up text; the real spaCy model and dictionaries are used (``slow``).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from killdeer.actors import mentions
from killdeer.actors.mentions import DocumentActors
from killdeer.where import parse_dateline
from tests.conftest import phrase_heads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(coder):
    def _build(text: str, date: str = "2024-01-25") -> tuple:
        doc = coder.nlp(text)
        actors = DocumentActors.build(doc, coder.actors, dt.date.fromisoformat(date), place_country=coder._place_country)
        return doc, actors

    return _build


def find(doc, phrase: str, head: str | None = None, nth: int = 0):
    hits = phrase_heads(doc, phrase, head)
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
    # in March 2023 the dictionary's only Harris in office is Kamala Harris (United States)
    text = ("Irish politician Simon Harris landed in Ottawa on Thursday. "
            "Canada's prime minister thanked Harris for the visit.")
    e = entity(build, text, "thanked Harris", "Harris", date="2023-03-14")
    assert (e.name, e.country) == ("Simon Harris", "IRL")


def test_common_nouns_and_titles_are_not_namesakes(build):
    text = "The colonels took power in a dawn coup. The Bishop of Tarija, Jorge Saldías, urged calm."
    assert entity(build, text, "took power", "power") is None or entity(build, text, "took power", "power").name != "Samantha Power"
    bishop = entity(build, text, "The Bishop of Tarija", "Bishop")
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
    text = ("The Argentine president's remarks drew an angry response. The government of Pedro Sánchez recalled its "
            "ambassador from Buenos Aires on Tuesday.")
    e = entity(build, text, "The government of Pedro", "government", date="2024-05-21")
    assert (e.country, e.sector) == ("ESP", "GOV")


# ------------------------------------------------------------------ groups and organisations
def test_members_take_the_sector_of_their_body(build):
    text = ("Leaders of the Sunrise opposition coalition decided to call off the march in Tbilisi. "
            "Sudanese rebel leaders said they would attend the talks.")
    leaders = entity(build, text, "Leaders of", "Leaders")
    assert (leaders.country, leaders.sector) == ("GEO", "OPP")
    rebels = entity(build, text, "Sudanese rebel leaders", "leaders")
    assert (rebels.country, rebels.sector) == ("SDN", "REB")


def test_known_organisation_inside_a_generic_head(build):
    text = "A breakaway Boko Haram faction refused an offer of amnesty from the governor."
    e = entity(build, text, "Haram faction", "faction")
    assert (e.country, e.sector, e.name) == ("NGA", "REB", "Boko Haram")


def test_unknown_named_organisation_gets_the_local_country(build):
    text = "Tunis's security chief vowed that officers would disperse any protest called by the Nour Jadid group in Tunisia."
    chief = entity(build, text, "security chief", "chief")
    assert (chief.country, chief.sector) == ("TUN", "COP")
    nour = entity(build, text, "the Nour Jadid group", "group")
    assert nour is not None and nour.country == "TUN"


def test_domestic_groups_take_the_place_not_another_party(build):
    text = ("Ecuador declared war on the gangs. Maduro told Noboa to learn from Venezuela's experiences against "
            "criminal gangs, and Noboa said the support of the United States against criminal gangs would focus on training.")
    for nth in (0, 1):
        e = entity(build, text, "criminal gangs", nth=nth)
        assert (e.country, e.sector) == ("ECU", "CRM"), nth


def test_coordinated_nouns_share_a_nationality(build):
    text = "Turkish warplanes and artillery pounded Kurdish positions in northern Iraq."
    artillery = entity(build, text, "artillery")
    assert (artillery.country, artillery.sector) == ("TUR", "MIL")
    warplanes = entity(build, text, "Turkish warplanes")
    assert (warplanes.country, warplanes.sector) == ("TUR", "MIL")


def test_countries_and_capitals_acting_are_their_governments(build):
    text = ("Moscow urged the Taliban to free the hostages, while Paris dismissed the appeal. "
            "The Abkhaz side agreed to withdraw its units.")
    assert entity(build, text, "Moscow").sector == "GOV"
    assert entity(build, text, "Paris").country == "FRA"
    abkhaz = entity(build, text, "The Abkhaz side", "side")
    assert (abkhaz.country, abkhaz.sector) == ("GEO", "PRE")


def test_ethnic_groups_of_one_country(build):
    text = "Kenyan soldiers destroyed part of an Oromo militia camp near the border."
    e = entity(build, text, "part")
    assert e.country == "ETH"


# ------------------------------------------------------------------ objects that point at a place or party
def test_objects_point_at_their_place_or_party(build):
    text = ("President William Ruto said he could order a night curfew in Mombasa. Australia called up "
            "reservists ahead of a possible war against Iran. Croatian prosecutors opened a probe into crimes "
            "committed by Serb forces. Indian Prime Minister Narendra Modi accepted Japanese mediation.")
    curfew = entity(build, text, "curfew", date="2021-01-01")
    assert (curfew.country, curfew.resolved_by) == ("KEN", "place")
    war = entity(build, text, "war", date="2021-01-01")
    assert war.country == "IRN"
    crimes = entity(build, text, "crimes", date="2021-01-01")
    assert crimes.country == "SRB"
    mediation = entity(build, text, "Japanese mediation", "mediation", date="2021-01-01")
    assert mediation.country == "JPN"


def test_subjects_are_never_resolved_to_a_place(build):
    text = "Explosions in Baghdad killed ten people."
    assert entity(build, text, "Explosions") is None


# ------------------------------------------------------------------ pronouns
def test_pronouns_prefer_the_subject_and_skip_their_own_clause(build):
    text = ("German Chancellor Olaf Scholz spoke with Kassym-Jomart Tokayev by phone on Friday and pressed him "
            "to free the detained journalists.")
    him = entity(build, text, "pressed him", "him", date="2023-03-10")
    assert him.country == "KAZ"


def test_it_and_they_refer_to_groups(build):
    text = ("Niger's army took control of the capital on Wednesday. It arrested President Mohamed Bazoum. "
            "Demonstrators gathered in Niamey. They called for his release.")
    it = entity(build, text, "It", date="2023-07-27")
    assert (it.country, it.sector, it.resolved_by) == ("NER", "MIL", "pronoun")
    they = entity(build, text, "They", date="2023-07-27")
    assert (they.country, they.sector) == ("NER", "CVL")


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
    text = ("Kenyan President William Ruto, Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri "
            "Museveni met in Arusha on Friday. They urged the rebels to lay down their arms.")
    they = entity(build, text, "They", date="2023-06-02")
    assert (they.country, they.sector) == ("KEN", "GOV")


def test_misspelled_country_names(build):
    text = "Uzbek President Islam Karimov turned down a new proposal from Kyrgystan to hold border talks."
    proposal = entity(build, text, "proposal", date="2010-06-01")
    assert proposal.country == "KGZ"
    # one letter inserted, deleted or replaced; never two
    assert mentions._one_edit("afghanistan", "afganistan") and mentions._one_edit("colombia", "columbia")
    assert not mentions._one_edit("austria", "australia") and not mentions._one_edit("niger", "nigeria ")


def test_a_country_name_of_several_words_as_a_modifier(build):
    text = "The Papua New Guinea government signed a fisheries deal with Indonesia on Monday."
    gov = entity(build, text, "The Papua New Guinea government", "government")
    assert (gov.country, gov.sector) == ("PNG", "GOV")


def test_an_unknown_named_council_is_a_body_of_the_story_country(build):
    text = ("LIBREVILLE, Sept 2 (Reuters) - Gabon's army seized power on Wednesday. The ruling Committee for the "
            "Transition and Restoration of Institutions dissolved parliament on Thursday.")
    body = entity(build, text, "Committee for the Transition and Restoration of Institutions", "Committee",
                  date="2023-09-02")
    assert body is not None and body.country == "GAB", body


def test_members_of_a_known_armed_group_take_its_code(build):
    fighters = entity(build, "Suspected Islamic State fighters burned a church in Cabo Delgado, Mozambique, on Sunday.",
                      "Suspected Islamic State fighters", "fighters")
    assert (fighters.country, fighters.sector) == ("IMG", "REB"), fighters


def test_a_possessive_outside_the_taggers_org_span_says_whose(build):
    text = ("HANOI, May 2 (Reuters) - Vietnamese fishermen were detained near the Paracel Islands on Tuesday, Vietnam's "
            "navy said. China's coast guard said on Wednesday it had seized their boat.")
    guard = entity(build, text, "coast guard said", "guard", date="2025-05-02")
    assert guard.country == "CHN", guard


def test_a_led_coalition_is_not_the_last_organisation_named(build):
    text = ("The International Organization for Migration opened an office in Aden on Monday. The Saudi-led coalition "
            "said it had struck a rebel camp near the port.")
    coalition = entity(build, text, "coalition said", "coalition", date="2026-02-04")
    assert coalition.country == "SAU", coalition


def test_an_owner_acts_through_its_vehicles(build):
    text = "UNICEF said its convoys had delivered vaccines to remote clinics in Chad."
    trucks = entity(build, text, "its convoys", "convoys", date="2025-05-07")
    assert trucks is not None and trucks.country == "UNO", trucks


def test_a_kind_of_actor_is_not_org_anaphora(build):
    text = "The World Bank opened an office in Lima on Monday. The criminal organization threatened shopkeepers in Callao."
    org = entity(build, text, "The criminal organization", "organization", date="2022-05-07")
    assert org is not None and org.country == "PER" and org.sector == "CRM", org


def test_a_border_with_a_country_points_at_it(build):
    text = "Kenya sent more police to its border with Somalia on Monday."
    frontier = entity(build, text, "its border", "border", date="2021-11-23")
    assert frontier is not None and frontier.country == "SOM", frontier


def test_a_foreign_embassy_stands_in_its_host_country(build):
    text = "Opposition students protested outside the Russian embassy in Tbilisi on Friday."
    supporters = entity(build, text, "Opposition students", "students", date="2025-09-16")
    assert supporters.country == "GEO", supporters


def test_a_dateline_of_two_places_is_not_part_of_the_lead(coder):
    events = coder.code("ROME/BERLIN, June 3 - European Union leaders agreed on Friday to send more weapons to Ukraine.",
                        "2021-06-03")
    ev = next(e for e in events if e.event_text.startswith("agreed"))
    assert ev.actor[0].text == "European Union leaders", ev.actor
    assert parse_dateline("ROME/BERLIN, June 3 - European Union leaders on Friday")[0] == ""  # no one place is named


def test_a_known_body_in_front_of_a_role_of_its_own(coder):
    events = coder.code("ROME/BERLIN, June 3 - European Union leaders agreed on Friday to send more weapons to Ukraine.",
                        "2021-06-03")
    ev = next(e for e in events if e.event_text.startswith("agreed"))
    assert ev.actor[0].country == "EUR", ev.actor


def test_a_two_word_demonym_the_tagger_splits(build):
    # "Greek Cypriot" names Cyprus, not Greece; "Greek" alone still names Greece
    e = entity(build, "The Greek Cypriot government condemned Turkey on Monday.", "The Greek Cypriot government",
               "government")
    assert e.country == "CYP", e
    e = entity(build, "Greek officials condemned Turkey on Monday.", "Greek officials", "officials")
    assert e.country == "GRC", e


def test_aid_agencies_nothing_names_are_ngos(build):
    # an aid agency of no named country is an international NGO, not the story's country ...
    e = entity(build, "Nigerian officials said the army had accused foreign aid agencies of helping the rebels.",
               "foreign aid agencies", "agencies")
    assert e.country == "NGO", e
    e = entity(build, "Kenyan police accused humanitarian organisations of hiding weapons.",
               "humanitarian organisations", "organisations")
    assert e.country == "NGO", e
    # ... but a country's own aid agency is that country's
    e = entity(build, "Uganda's aid agency sent food to Kenya.", "aid agency", "agency")
    assert e.country == "UGA", e


def test_partners_of_a_body_written_in_lower_case(build):
    # "euro zone partners", "its EU partners": the members of a known international body
    e = entity(build, "Portugal's finance minister criticised its euro zone partners over the budget rules.",
               "euro zone partners", "partners")
    assert e.country == "EUR", e
    e = entity(build, "Portugal's finance minister criticised its EU partners over the budget rules.", "EU partners",
               "partners")
    assert e.country == "EUR", e
    e = entity(build, "The eurozone warned Portugal about its deficit.", "eurozone")
    assert e.country == "EUR", e


def test_unknown_titled_person_takes_the_country_named_before_not_after(build):
    text = "Ghanaian soldiers detained retired general Kofi Mensah on Tuesday after Togo complained about the raid."
    e = entity(build, text, "Kofi Mensah")
    assert e.country == "GHA", e


def test_a_release_of_captives_concerns_whoever_holds_them(build):
    text = "Kuwait called for the release of twelve Filipino sailors held by Iran since March."
    e = entity(build, text, "the release", "release")
    assert e.country == "IRN", e
    text = "Norway asked for access to Somali fishermen detained by the Kenyan navy."
    e = entity(build, text, "access")
    assert e.country == "KEN", e


def test_a_regional_adjective_names_a_region_not_a_small_town(build):
    # "Andean" is no adjective of the small town Andé (CIV); "Tigrayan" still names Tigray
    _, actors = build("Peru accepted a formula for settling its trade dispute with its Andean neighbours.")
    assert "CIV" not in actors.country_counts, actors.country_counts
    assert actors._region_demonym("Tigrayan") == "ETH"
