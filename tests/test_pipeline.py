"""The coder end to end on real text: records, provenance, PLOVER rules."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from killdeer.types import Document

pytestmark = pytest.mark.slow


def schema():
    return json.loads(resources.files("killdeer").joinpath("data/event.schema.json").read_text("utf-8"))


def find(events, category, actor=None, recipient=None):
    for e in events:
        if e.event != category:
            continue
        if actor and actor not in {a.country for a in e.actor}:
            continue
        if recipient and recipient not in {r.country for r in e.recipient}:
            continue
        return e
    return None


def test_sample_article_core_events(sample_events):
    doc, events = sample_events
    rej = find(events, "REJECT", "ECU", "VEN")
    assert rej is not None, [e.event for e in events]
    assert rej.date == "2024-01-23" and rej.date_precision == "day"
    assert rej.actor[0].sector == "GOV" and rej.recipient[0].sector == "GOV"
    phone = find(events, "CONSULT", "ECU")
    assert phone is not None and "phone" in phone.mode
    assert {"ECU", "BRA"} <= {a.country for a in phone.actor}
    assert find(events, "REQUEST", "VEN", "ECU") is not None
    assert find(events, "CONSULT", "USA", "ECU") is not None  # the US delegation's visit


def test_records_validate_against_schema_and_point_into_text(sample_events):
    doc, events = sample_events
    validator = jsonschema.Draft202012Validator(schema())
    assert events
    for e in events:
        rec = e.to_dict()
        validator.validate(rec)
        assert doc.text[rec["sentence_start"] : rec["sentence_end"]] == rec["sentence"]
        assert doc.text[rec["event_start"] : rec["event_end"]] == rec["event_text"]
        for ent in rec["actor"] + rec["recipient"]:
            assert doc.text[ent["start"] : ent["end"]] == ent["text"]
        if rec["date_text_start"] is not None:
            assert doc.text[rec["date_text_start"] : rec["date_text_end"]] == rec["date_text"]
        assert rec["coder"]["name"] == "killdeer"


def test_ids_are_stable_and_unique(coder, sample_events):
    doc, events = sample_events
    again = coder.code_document(doc)
    assert [e.id for e in events] == [e.id for e in again]
    assert len({e.id for e in events}) == len(events)


def test_negated_and_hypothetical_events_are_not_emitted(coder):
    assert coder.code("Police did not arrest any protesters in Lima on Monday.", date="2024-03-05") == []
    assert coder.code("If Russia attacks Moldova, NATO will respond.", date="2024-03-05") == [] or all(
        e.event != "ASSAULT" for e in coder.code("If Russia attacks Moldova, NATO will respond.", date="2024-03-05")
    )
    kept = coder.code("Police arrested 40 protesters in Lima on Monday.", date="2024-03-05")
    assert find(kept, "COERCE", "PER") is not None


def test_reported_speech_codes_the_embedded_event(coder):
    events = coder.code("The ministry said rebels attacked a police convoy in Kidal.", date="2024-03-05")
    e = find(events, "ASSAULT")
    assert e is not None and e.actor[0].sector == "REB" and e.actor[0].country == "MLI"


def test_future_cooperation_is_agree(coder):
    events = coder.code("Japan will provide emergency aid to the Philippines next week.", date="2024-03-05")
    assert find(events, "AGREE", "JPN") is not None
    assert find(events, "AID") is None


def test_glued_sentences_are_split(coder):
    text = "Maduro spoke to La Posta.before leaving for Caracas. The delegation met Christopher Dodd.and the commander."
    doc = coder.nlp(text)
    tokens = [t.text for t in doc]
    assert "Posta" in tokens and "before" in tokens and "Dodd" in tokens
    sents = [s.text for s in doc.sents]
    assert not any(s.startswith("before") for s in sents)


def test_code_many_streams_in_order_and_reports_failures(coder):
    docs = [Document(id=f"d{i}", date=__import__("datetime").date(2024, 1, 2), text=t) for i, t in enumerate(
        ["Kenya and Uganda held talks in Nairobi on Monday.", "Nothing happened.", "Troops shelled Kharkiv."]
    )]
    out = list(coder.code_many(docs))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]


def test_long_document_is_cut_with_a_warning():
    from killdeer import Coder, Config

    small = Coder(Config(max_chars=60))
    problems = []
    doc = Document(id="long", date=__import__("datetime").date(2024, 1, 2), text="Rebels attacked a base. " * 50)
    out = list(small.code_many([doc], on_error=problems.append))
    assert len(out) == 1 and problems and "coded only the first 60" in str(problems[0])


def test_sample_article_places_resolve_with_the_articles_countries(coder, sample_events):
    """Manta, Madrid, Spain and Ecuador: right countries and coordinates, disambiguated by the article."""
    doc, events = sample_events
    parsed = coder.nlp(doc.text)
    from killdeer.actors.mentions import DocumentActors

    actors = DocumentActors.build(parsed, coder.actors, doc.date, place_country=coder._place_country)
    prefer = [c for c, _ in actors.country_counts.most_common(5)]
    assert prefer[0] == "ECU"
    manta = coder.gazetteer.lookup("Manta", prefer=prefer)
    madrid = coder.gazetteer.lookup("Madrid", prefer=prefer)
    assert manta.country == "ECU" and abs(manta.lat + 0.95) < 0.1 and abs(manta.lon + 80.73) < 0.1
    assert madrid.country == "ESP" and abs(madrid.lat - 40.42) < 0.1 and abs(madrid.lon + 3.70) < 0.1
    assert coder.gazetteer.lookup("Spain", prefer=prefer).country == "ESP"
    assert coder.gazetteer.lookup("Ecuador", prefer=prefer).kind == "country"
    located = [e for e in events if e.event_loc is not None]
    assert located and all(e.event_loc.country in {"ECU", "VEN", "USA", "BRA", "ESP"} for e in located)


def test_later_chunks_free_their_words_the_first_chunk_keeps_its_own():
    """Memory zones: a long run's words are freed chunk by chunk (flat memory), except the first
    chunk's, which stay so spaCy's tokenizer cache (not filled inside a zone) keeps serving them."""
    import datetime as dt

    from killdeer import Coder, Config

    coder = Coder(Config(batch_size=8))  # chunks of 256 documents
    day = dt.date(2024, 3, 1)
    texts = ["Quorvexian troops attacked a base."] + ["Troops attacked a base."] * 299 + ["Blintzorpic rebels fled."]
    docs = [Document(id=f"d{i}", date=day, text=t) for i, t in enumerate(texts)]
    assert len(list(coder.analyze_many(docs))) == len(texts)
    strings = coder.nlp.vocab.strings
    assert "Quorvexian" in strings  # first chunk: permanent
    assert "Blintzorpic" not in strings  # a later chunk: freed with its zone


def test_two_workers_code_like_one_in_input_order():
    """`--workers 2` (spaCy parsing in two processes): the same records, in input order."""
    import datetime as dt

    from killdeer import Coder, Config

    texts = [
        "Kenya and Uganda held talks in Nairobi on Monday.",
        "Nothing happened.",
        "Troops shelled the town of Kidal on Friday, residents said.",
        "Peru's government expelled the Venezuelan ambassador on Tuesday.",
        "Farmers protested against the new tax in Quito on Sunday.",
        "The United Nations sent food aid to Sudan last week.",
        '"We will not negotiate with terrorists," the Kenyan president said on Monday.',
    ] * 6
    docs = [Document(id=f"d{i}", date=dt.date(2024, 3, 1), text=t) for i, t in enumerate(texts)]
    coder = Coder(Config(batch_size=4))  # several batches per worker, the later ones inside memory zones

    def run(n: int) -> list:
        return [(a.document.id, [e.to_dict() for e in a.events], a.quotation_records())
                for a in coder.analyze_many(docs, n_process=n, quotations=True)]

    one, two = run(1), run(2)
    assert [d for d, _, _ in two] == [d.id for d in docs]
    assert two == one
    assert sum(len(e) for _, e, _ in one) >= 20 and sum(len(q) for _, _, q in one) == 6


def test_input_errors_keep_their_origin_across_processes():
    import pickle

    from killdeer.errors import InputError

    err = pickle.loads(pickle.dumps(InputError("coding failed: boom", "corpus.jsonl:7")))
    assert err.origin == "corpus.jsonl:7" and str(err) == "corpus.jsonl:7: coding failed: boom"
