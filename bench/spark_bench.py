"""Local ``killdeer code`` vs Spark ``local[2]`` on the same corpus: ``python -m bench.spark_bench``.

In one run, on one generated corpus (:mod:`bench.corpus`), each command in a fresh process:

* ``local``: ``killdeer code CORPUS --format parquet -o DIR`` (one process, ``--workers 1``);
* ``spark``: ``python -m killdeer.spark CORPUS DIR --master local[2]`` (driver JVM + two
  executor Python workers, one Coder each).

Each is also run on a one-document corpus to measure its fixed cost (interpreter, JVM and
session start, model loads, writing), and the "steady" time is the wall time minus that.
The outputs are compared row for row (:func:`killdeer.export.read_parquet`, sorted by id).
CPU seconds are summed over the command's process tree (sampled from ``/proc``), and the load
average is recorded: on a shared machine the wall-time ratio is only as good as the idle cores.

Results: ``bench/out/spark/results.json`` and ``results.md``; the table is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out" / "spark"
TICK = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- corpus
def write_corpus(n: int, path: Path, seed: int, min_words: int, max_words: int) -> dict[str, int]:
    """``n`` documents from bench.corpus (or a small built-in generator when it is absent)."""
    try:
        from bench.corpus import CorpusSpec
        from bench.corpus import write_corpus as _write
    except ImportError:
        return _fallback_corpus(n, path, seed)
    return _write(CorpusSpec(n, seed, min_words, max_words), path)


def _fallback_corpus(n: int, path: Path, seed: int) -> dict[str, int]:
    import datetime as dt
    import random

    rng = random.Random(seed)
    places = [("Ecuador", "Quito"), ("Peru", "Lima"), ("Kenya", "Nairobi"), ("Mali", "Bamako"), ("Chile", "Santiago")]
    templates = [
        "Police arrested {k} protesters in {c2} on Monday.",
        "{a} and {b} held talks in {c1} on Tuesday.",
        "{a} accused {b} of violating the ceasefire.",
        "Troops from {a} shelled positions near the border with {b}, officials in {c1} said.",
        "{a} agreed to send humanitarian aid to {b}.",
        "The ministry did not respond to a request for comment.",
    ]
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sents = []
            for _ in range(rng.randint(15, 40)):
                (a, c1), (b, c2) = rng.sample(places, 2)
                sents.append(rng.choice(templates).format(a=a, b=b, c1=c1, c2=c2, k=rng.randint(2, 90)))
            text = " ".join(sents)
            words += len(text.split())
            date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
            fh.write(json.dumps({"id": f"fb-{i:06d}", "date": date.isoformat(), "text": text}) + "\n")
    return {"docs": n, "words": words, "bytes": path.stat().st_size}


# --------------------------------------------------------------------------- measurement
def _tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) of every live process under ``pid``."""
    kids: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2 :].split()
        kids.setdefault(int(fields[1]), []).append(int(name))
        cpu[int(name)] = (int(fields[11]) + int(fields[12])) / TICK
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        if p in cpu:
            out[p] = cpu[p]
        todo.extend(kids.get(p, ()))
    return out


def run_measured(name: str, cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``cmd``: wall seconds, CPU seconds of its process tree (sampled every 0.25 s), exit code."""
    OUT.mkdir(parents=True, exist_ok=True)
    last: dict[int, float] = {}
    stop = threading.Event()
    start = time.perf_counter()
    with open(OUT / f"{name}.stderr.txt", "wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=env)

        def sample() -> None:
            while not stop.is_set():
                last.update(_tree_cpu(proc.pid))
                stop.wait(0.25)

        t = threading.Thread(target=sample, daemon=True)
        t.start()
        stdout, _ = proc.communicate()
        wall = time.perf_counter() - start
        stop.set()
        t.join()
    if proc.returncode not in (0, 1):  # 1: some documents failed (reported), still a run
        sys.stderr.write((OUT / f"{name}.stderr.txt").read_text(errors="replace")[-3000:])
        raise SystemExit(f"{name}: {' '.join(cmd)} exited {proc.returncode}")
    return {"wall_s": round(wall, 2), "cpu_s": round(sum(last.values()), 1), "rc": proc.returncode,
            "stdout": stdout.decode(errors="replace").strip()[-500:]}


def _rows(path: Path) -> list[dict[str, Any]]:
    from killdeer.export import read_parquet

    return sorted(read_parquet(path).to_pylist(), key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.spark_bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--docs", type=int, default=400, help="documents in the corpus (default 400)")
    ap.add_argument("--seed", type=int, default=20240125)
    ap.add_argument("--min-words", type=int, default=300)
    ap.add_argument("--max-words", type=int, default=800)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, help="Spark coding tasks (default: killdeer.spark's)")
    ap.add_argument("--no-fixed", action="store_true", help="skip the one-document runs (fixed cost)")
    a = ap.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    env = dict(os.environ, PYSPARK_PYTHON=os.environ.get("PYSPARK_PYTHON", python))
    corpus, one = OUT / f"corpus-{a.docs}.jsonl", OUT / "corpus-1.jsonl"
    stats = write_corpus(a.docs, corpus, a.seed, a.min_words, a.max_words)
    write_corpus(1, one, a.seed, a.min_words, a.max_words)

    def local(src: Path, dst: Path) -> list[str]:
        return [python, "-m", "killdeer.cli", "code", str(src), "--format", "parquet", "-o", str(dst), "--no-progress"]

    def spark(src: Path, dst: Path) -> list[str]:
        cmd = [python, "-m", "killdeer.spark", str(src), str(dst), "--master", a.master]
        return cmd + (["--partitions", str(a.partitions)] if a.partitions else [])

    load_before = os.getloadavg()
    runs: dict[str, dict[str, Any]] = {}
    if not a.no_fixed:
        runs["local-1doc"] = run_measured("local-1doc", local(one, OUT / "local-1doc"), env)
        runs["spark-1doc"] = run_measured("spark-1doc", spark(one, OUT / "spark-1doc"), env)
    runs["local"] = run_measured("local", local(corpus, OUT / "local"), env)
    runs["spark"] = run_measured("spark", spark(corpus, OUT / "spark"), env)
    load_after = os.getloadavg()

    local_rows, spark_rows = _rows(OUT / "local"), _rows(OUT / "spark" / "events")
    result: dict[str, Any] = {
        "corpus": {**stats, "seed": a.seed, "min_words": a.min_words, "max_words": a.max_words},
        "master": a.master,
        "partitions": a.partitions,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_before": [round(x, 2) for x in load_before],
                    "loadavg_after": [round(x, 2) for x in load_after]},
        "runs": runs,
        "events": {"local": len(local_rows), "spark": len(spark_rows)},
        "identical": local_rows == spark_rows,
        "speedup_wall": round(runs["local"]["wall_s"] / runs["spark"]["wall_s"], 2),
    }
    if not a.no_fixed:
        steady_local = runs["local"]["wall_s"] - runs["local-1doc"]["wall_s"]
        steady_spark = runs["spark"]["wall_s"] - runs["spark-1doc"]["wall_s"]
        result["steady_s"] = {"local": round(steady_local, 2), "spark": round(steady_spark, 2)}
        result["speedup_steady"] = round(steady_local / steady_spark, 2) if steady_spark > 0 else None
    (OUT / "results.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    md = _markdown(result)
    (OUT / "results.md").write_text(md, encoding="utf-8")
    print(md)
    return 0 if result["identical"] else 1


def _markdown(r: dict[str, Any]) -> str:
    c = r["corpus"]
    lines = [
        f"corpus: {c['docs']} documents, {c['words']:,} words (bench.corpus seed {c['seed']}, "
        f"{c['min_words']}-{c['max_words']} words); {r['machine']['cpus']} CPUs; "
        f"load average before/after {r['machine']['loadavg_before'][0]}/{r['machine']['loadavg_after'][0]}",
        "",
        "| run | wall s | CPU s (process tree) |",
        "| --- | ---: | ---: |",
    ]
    for name, run in r["runs"].items():
        lines.append(f"| {name} | {run['wall_s']:.1f} | {run['cpu_s']:.1f} |")
    lines += [
        "",
        f"events: local {r['events']['local']}, spark {r['events']['spark']}; identical rows: {r['identical']}",
        f"speed-up spark {r['master']} / local (wall): {r['speedup_wall']:.2f}x",
    ]
    if "steady_s" in r:
        lines.append(
            f"steady (minus the one-document run): local {r['steady_s']['local']:.1f} s, spark "
            f"{r['steady_s']['spark']:.1f} s, speed-up {r['speedup_steady']}x"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
