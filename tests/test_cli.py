"""The command line, run as a user runs it: a subprocess of the installed script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

pytestmark = pytest.mark.slow
KILLDEER = [sys.executable, "-m", "killdeer.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KILLDEER, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_code_folder_reports_bad_documents_and_codes_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    rows = [
        {"id": "j1", "date": "2024-03-05", "text": "Police arrested 40 protesters in Lima on Monday."},
        {"id": "j2", "date": "2024-13-01", "text": "Troops shelled the town."},
    ]
    (tmp_path / "sub" / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{oops\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b" date 2024-01-01 \xff\xfe broken")
    out = tmp_path / "events.jsonl"
    proc = run("code", str(tmp_path), "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    assert "b.jsonl:2" in proc.stderr and "b.jsonl:3" in proc.stderr and "bad.txt" in proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = {r["doc_id"] for r in records}
    assert docs == {"a", "j1"}
    assert any(r["event"] == "REJECT" for r in records if r["doc_id"] == "a")


def test_stdout_carries_only_jsonl(tmp_path):
    proc = run("code", str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines and all(json.loads(line)["doc_id"] == SAMPLE.stem for line in lines)


def test_table_format(tmp_path):
    proc = run("code", str(SAMPLE), "--format", "table")
    assert proc.returncode == 0
    assert "REJECT" in proc.stdout and "ECU" in proc.stdout


def test_txt_without_header_needs_date(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Kenya and Uganda held talks in Nairobi on Monday.", encoding="utf-8")
    proc = run("code", str(f))
    assert proc.returncode == 1 and "--date" in proc.stderr
    proc = run("code", str(f), "--date", "2024-03-05")
    assert proc.returncode == 0 and '"CONSULT"' in proc.stdout


def test_evaluate_predictions_file_as_json(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "date": "2024-03-05", "text": "Police arrested 40 protesters in Lima on Monday.",
        "events": [{"event": "COERCE", "mode": ["arrest"], "actor": [{"text": "Police", "country": "PER", "sector": "COP"}],
                    "recipient": [{"text": "40 protesters", "country": "PER", "sector": "CVL"}]}],
    }) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    proc = run("code", str(gold), "-o", str(pred))
    assert proc.returncode == 0, proc.stderr
    proc = run("evaluate", str(gold), "--pred", str(pred), "--json")
    report = json.loads(proc.stdout)
    assert report["event"]["f1"] == 1.0
    proc = run("evaluate", str(gold), "--json")  # codes the gold documents itself
    assert json.loads(proc.stdout)["event"]["tp"] == 1


def test_explain_shows_trigger_and_spans():
    proc = run("explain", "Police arrested 40 protesters in Lima on Monday.", "--date", "2024-03-05")
    assert proc.returncode == 0
    assert "COERCE" in proc.stdout and "arrested" in proc.stdout and "PER" in proc.stdout


def test_actors_lookup_by_date():
    before = json.loads(run("actors", "lookup", "Rafael Correa", "--date", "2010-06-01").stdout)
    after = json.loads(run("actors", "lookup", "Rafael Correa", "--date", "2024-01-25").stdout)
    assert before["country"] == after["country"] == "ECU"
    assert before["sector"] == "GOV" and after["sector"] == "ELI"


def test_quotes_file_has_speakers(tmp_path):
    out = tmp_path / "q.jsonl"
    proc = run("code", str(SAMPLE), "--quotes", str(out), "-o", str(tmp_path / "e.jsonl"))
    assert proc.returncode == 0, proc.stderr
    quotes = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(q for q in quotes if q["text"].startswith("Thanks, but no thanks"))
    assert first["speaker"]["country"] == "ECU" and first["speaker"]["sector"] == "GOV"
    text = SAMPLE.read_text(encoding="utf-8").split(" ", 3)[3].strip()
    assert text[first["start"] : first["end"]] == first["text"]


def test_code_lexicon_option_adds_a_trigger(tmp_path):
    """`--lexicon FILE` extends the trigger lexicon from the command line (rules only, so only the lexicon decides)."""
    text = tmp_path / "a.txt"
    text.write_text(" date 2024-05-02 Kenyan protesters heckled President William Ruto in Nairobi on Tuesday.",
                    encoding="utf-8")
    extra = tmp_path / "mine.yaml"
    extra.write_text("verbs:\n  heckle: [{event: PROTEST, mode: [demo], conf: 0.8}]\n", encoding="utf-8")
    without = run("code", str(text), "--no-classifier")
    assert without.returncode == 0, without.stderr
    assert not [json.loads(x) for x in without.stdout.splitlines() if json.loads(x)["event"] == "PROTEST"]
    with_lex = run("code", str(text), "--no-classifier", "--lexicon", str(extra))
    assert with_lex.returncode == 0, with_lex.stderr
    records = [json.loads(x) for x in with_lex.stdout.splitlines()]
    assert any(r["event"] == "PROTEST" and r["actor"][0]["country"] == "KEN" for r in records), records


def test_a_store_recodes_when_the_user_dictionary_changes(tmp_path):
    """The coder version carries a digest of non-default settings and user files: `--db` recodes with them."""
    import duckdb

    text = tmp_path / "a.txt"
    text.write_text(" date 2024-05-02 Zed Examplar criticized the government of Ecuador on Tuesday.", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    mine = tmp_path / "mine.yaml"
    mine.write_text("people:\n  - {name: Zed Examplar, kind: person, country: PER, roles: [{office: Mayor of Lima, "
                    "country: PER, sector: GOV, start: 2023, end: 2026}]}\n", encoding="utf-8")

    def stored() -> list[tuple]:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("select coder_version from documents").fetchall()

    assert run("code", str(text), "--db", str(db), "-o", str(tmp_path / "1.jsonl")).returncode == 0
    (plain,) = stored()
    first = run("code", str(text), "--db", str(db), "--actors", str(mine), "-o", str(tmp_path / "2.jsonl"))
    assert first.returncode == 0, first.stderr
    (custom,) = stored()
    assert custom != plain and "+cfg." in custom[0]  # recoded with the user's dictionary
    records = [json.loads(x) for x in (tmp_path / "2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(a["country"] == "PER" for r in records for a in r["actor"]), records
    mine.write_text(mine.read_text(encoding="utf-8").replace("PER", "BOL"), encoding="utf-8")
    again = run("code", str(text), "--db", str(db), "--actors", str(mine), "-o", str(tmp_path / "3.jsonl"))
    assert again.returncode == 0 and stored() != [custom]  # the file's content changed: coded again


def test_code_with_two_workers_writes_what_one_writes(tmp_path):
    rows = [{"id": f"j{i}", "date": "2024-03-05", "text": t} for i, t in enumerate([
        "Police arrested 40 protesters in Lima on Monday.", "Troops shelled the town.",
        "Kenya and Uganda held talks in Nairobi on Monday.", "The EU imposed sanctions on Belarus on Friday."] * 4)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    outs = []
    for n in ("1", "2"):
        proc = run("code", str(src), "--workers", n, "-o", str(tmp_path / f"out{n}.jsonl"))
        assert proc.returncode == 0, proc.stderr
        outs.append((tmp_path / f"out{n}.jsonl").read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") >= 12
