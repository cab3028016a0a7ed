"""Throughput and memory benchmark: ``python -m bench`` (or ``make bench``).

In one run, on the same generated corpus (:mod:`bench.corpus`), each in a fresh process:

* ``bare-1``:  bare ``nlp.pipe`` with killdeer's spaCy pipeline (``killdeer.nlp.load_nlp()``), one process;
* ``killdeer-1``: ``killdeer code CORPUS -o OUT --workers 1`` through the real CLI;
* ``killdeer-2``: the same with ``--workers 2``;
* ``bare-2``: bare ``nlp.pipe(..., n_process=2)``;

then the memory comparison: ``killdeer code --workers 1`` on short-document corpora of
``--memory-docs`` sizes (default 10,000 and 50,000 documents of 20-60 words: the per-document
state that could leak is the same for short and long documents; long ones only cost time).

Times are wall-clock for the whole process (model load, reading, coding, writing), and again
with the fixed start-up cost (the same command on a one-document corpus) subtracted ("steady").
Memory: peak RSS from ``os.wait4`` (largest single process of the tree, children included),
and the peak of the summed RSS and PSS of the whole process tree sampled from ``/proc`` every
0.2 s (PSS counts pages shared between forked workers once).

Results go to ``bench/out/results.json`` and ``bench/out/results.md``; the table is printed.
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

from bench.corpus import CorpusSpec, write_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
TARGET_RATIO_1 = 0.80  # killdeer-1 / bare-1 words per second
TARGET_SCALING_2 = 1.5  # killdeer-2 / killdeer-1
TARGET_MEMORY = 1.10  # peak RSS at the largest size / at the smallest


# --------------------------------------------------------------------------- process measurement


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def _tree(pid: int) -> list[int]:
    kids = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, ()))
    return out


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) when it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class _Sampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = self.peak_procs = 0
        self.samples: list[tuple[float, int, int]] = []
        self.cpu: dict[int, float] = {}  # pid -> last seen CPU seconds (workers exit before the parent)
        self._stop_evt = threading.Event()
        self._t0 = time.perf_counter()

    def run(self) -> None:
        while not self._stop_evt.is_set():
            pids = _tree(self.pid)
            rss = pss = 0
            for p in pids:
                c = _cpu_s(p)
                if c is not None:
                    self.cpu[p] = c
                r, s = _mem_kb(p)
                rss += r
                pss += s
            if rss:
                self.peak_rss = max(self.peak_rss, rss)
                self.peak_pss = max(self.peak_pss, pss)
                self.peak_procs = max(self.peak_procs, len(pids))
                self.samples.append((round(time.perf_counter() - self._t0, 2), rss, pss))
            self._stop_evt.wait(self.interval)

    def stop(self) -> None:
        self._stop_evt.set()
        self.join()


def run_measured(cmd: list[str], stdout: Path | None = None) -> dict[str, Any]:
    """Run ``cmd`` to completion: wall time, peak RSS (wait4 and sampled tree), exit code."""
    err_path = OUT / "last-stderr.txt"
    with open(err_path, "wb") as err, (open(stdout, "wb") if stdout else open(os.devnull, "wb")) as out:
        load0 = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        sampler = _Sampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err_path.read_text()[-2000:]}")
    return {
        "cmd": " ".join(cmd),
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "maxrss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: KiB; the largest process incl. waited children
        "tree_peak_rss_mb": round(sampler.peak_rss / 1024, 1),
        "tree_peak_pss_mb": round(sampler.peak_pss / 1024, 1),
        "processes": sampler.peak_procs,
        # CPU seconds per process as last sampled: [main, children...]; under contention from other work on
        # the machine these (not wall time) show where the time goes
        "cpu_by_process_s": [round(sampler.cpu.get(proc.pid, 0.0), 2)]
        + sorted((round(v, 2) for k, v in sampler.cpu.items() if k != proc.pid), reverse=True),
        "loadavg_1min": [round(load0, 2), round(os.getloadavg()[0], 2)],  # before / after: other work on the machine
        "rss_samples": sampler.samples[:: max(1, len(sampler.samples) // 50)],
    }


# --------------------------------------------------------------------------- the runs


def _bin(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def bare_cmd(corpus: Path, n_process: int) -> list[str]:
    return [sys.executable, "-m", "bench.bare", str(corpus), "--n-process", str(n_process)]


def killdeer_cmd(corpus: Path, workers: int, out: Path) -> list[str]:
    return [_bin("killdeer"), "code", str(corpus), "-o", str(out), "--workers", str(workers), "--no-progress"]


def _corpus(spec: CorpusSpec, name: str) -> tuple[Path, dict[str, int]]:
    path = OUT / name
    stats = write_corpus(spec, path)
    return path, stats


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def throughput(docs: int, seed: int, runs: list[str], save: Any = lambda part: None) -> dict[str, Any]:
    corpus, stats = _corpus(CorpusSpec(docs, seed), f"corpus-{docs}.jsonl")
    one, _ = _corpus(CorpusSpec(1, seed), "corpus-1.jsonl")
    print(f"corpus: {stats['docs']} docs, {stats['words']} words ({corpus})", file=sys.stderr)
    # warm the page cache and the lazy imports once; not measured
    run_measured(bare_cmd(one, 1))
    startup = {
        "bare": run_measured(bare_cmd(one, 1))["wall_s"],
        "killdeer": run_measured(killdeer_cmd(one, 1, OUT / "events-1doc.jsonl"))["wall_s"],
    }
    results: dict[str, Any] = {}
    part: dict[str, Any] = {"corpus": {"path": str(corpus.relative_to(ROOT)), **stats, "seed": seed},
                            "startup_s": startup, "runs": results, "ratios": {}}
    for name in runs:
        kind, n = name.rsplit("-", 1)
        print(f"running {name} ...", file=sys.stderr, flush=True)
        if kind == "bare":
            out_json = OUT / f"{name}.json"
            r = run_measured(bare_cmd(corpus, int(n)), stdout=out_json)
            r["inner"] = json.loads(out_json.read_text())
        else:
            events = OUT / f"events-{name}.jsonl"
            r = run_measured(killdeer_cmd(corpus, int(n), events))
            r["events"] = _count_lines(events)
        steady = r["wall_s"] - startup["bare" if kind == "bare" else "killdeer"]
        steady = steady if steady > 0.2 * r["wall_s"] else r["wall_s"]  # tiny corpora: start-up dominates, keep wall
        r["words_per_s"] = round(stats["words"] / r["wall_s"], 1)
        r["docs_per_s"] = round(stats["docs"] / r["wall_s"], 2)
        r["steady_words_per_s"] = round(stats["words"] / steady, 1)
        r["steady_docs_per_s"] = round(stats["docs"] / steady, 2)
        r["cpu_words_per_s"] = round(stats["words"] / max(1e-9, r["cpu_s"]), 1)  # per CPU-second, all processes
        r.pop("rss_samples", None)
        results[name] = r
        print(f"  {name}: {r['wall_s']:.1f} s, {r['words_per_s']:.0f} words/s, {r['cpu_s']:.0f} CPU s, "
              f"maxrss {r['maxrss_mb']} MB", file=sys.stderr)
        save(part)  # a long run stopped half-way keeps what it measured
    ratios: dict[str, float] = {}

    def ratio(key: str, a: str, b: str, field: str = "words_per_s") -> None:
        if a in results and b in results:
            ratios[key] = round(results[a][field] / results[b][field], 3)

    ratio("killdeer1_over_bare1", "killdeer-1", "bare-1")
    ratio("killdeer1_over_bare1_steady", "killdeer-1", "bare-1", "steady_words_per_s")
    ratio("killdeer1_over_bare1_cpu", "killdeer-1", "bare-1", "cpu_words_per_s")
    ratio("killdeer2_over_killdeer1", "killdeer-2", "killdeer-1")
    ratio("killdeer2_over_bare2", "killdeer-2", "bare-2")
    ratio("bare2_over_bare1", "bare-2", "bare-1")
    part["ratios"] = ratios
    return part


def memory(
    sizes: list[int], seed: int, min_words: int, max_words: int, workers: int, save: Any = lambda part: None
) -> dict[str, Any]:
    out: dict[str, Any] = {"method": (
        f"killdeer code --workers {workers} on corpora of {min_words}-{max_words}-word documents "
        f"(same generator, seed {seed}); the smaller corpus is a prefix of the larger one"), "runs": {}}
    for n in sizes:
        corpus, stats = _corpus(CorpusSpec(n, seed, min_words, max_words), f"corpus-short-{n}-{os.getpid()}.jsonl")
        print(f"memory run: {n} short docs ({stats['words']} words) ...", file=sys.stderr, flush=True)
        r = run_measured(killdeer_cmd(corpus, workers, OUT / f"events-short-{n}-{os.getpid()}.jsonl"))
        r["docs"], r["words"] = stats["docs"], stats["words"]
        r["words_per_s"] = round(stats["words"] / r["wall_s"], 1)
        out["runs"][str(n)] = r
        print(f"  {n}: {r['wall_s']:.1f} s, maxrss {r['maxrss_mb']} MB, tree pss {r['tree_peak_pss_mb']} MB", file=sys.stderr)
        corpus.unlink()
        save(out)
    if len(sizes) >= 2:
        lo, hi = out["runs"][str(sizes[0])], out["runs"][str(sizes[-1])]
        out["ratio_maxrss"] = round(hi["maxrss_mb"] / lo["maxrss_mb"], 3)
        out["ratio_tree_pss"] = round(hi["tree_peak_pss_mb"] / lo["tree_peak_pss_mb"], 3)
    return out


# --------------------------------------------------------------------------- report


def _ok(value: float | None, target: float, lower_is_better: bool = False) -> str:
    if value is None:
        return "-"
    good = value <= target if lower_is_better else value >= target
    return "yes" if good else "**no**"


def markdown(res: dict[str, Any]) -> str:
    lines = []
    tp = res.get("throughput")
    if tp:
        c = tp["corpus"]
        lines += [
            f"Corpus: {c['docs']} documents, {c['words']:,} words (seed {c['seed']}); "
            f"start-up: bare {tp['startup_s']['bare']:.1f} s, killdeer {tp['startup_s']['killdeer']:.1f} s.",
            "",
            "| run | wall s | words/s | articles/s | steady words/s | CPU s | words/CPU-s | peak RSS MB (largest proc) "
            "| tree PSS MB | events | load avg before/after |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, r in tp["runs"].items():
            lines.append(
                f"| {name} | {r['wall_s']:.1f} | {r['words_per_s']:,.0f} | {r['docs_per_s']:.2f} | "
                f"{r['steady_words_per_s']:,.0f} | {r['cpu_s']:.0f} | {r['cpu_words_per_s']:,.0f} | {r['maxrss_mb']:.0f} | "
                f"{r['tree_peak_pss_mb']:.0f} | {r.get('events', '-')} | {r['loadavg_1min'][0]} / {r['loadavg_1min'][1]} |"
            )
        rt = tp["ratios"]
        lines += [
            "",
            "| ratio | value | target | met |",
            "|---|---:|---:|---|",
            f"| killdeer-1 / bare-1 (words/s) | {rt.get('killdeer1_over_bare1', '-')} | ≥ {TARGET_RATIO_1} | "
            f"{_ok(rt.get('killdeer1_over_bare1'), TARGET_RATIO_1)} |",
            f"| killdeer-1 / bare-1, start-up subtracted | {rt.get('killdeer1_over_bare1_steady', '-')} | ≥ {TARGET_RATIO_1} | "
            f"{_ok(rt.get('killdeer1_over_bare1_steady'), TARGET_RATIO_1)} |",
            f"| killdeer-1 / bare-1, per CPU-second | {rt.get('killdeer1_over_bare1_cpu', '-')} | ≥ {TARGET_RATIO_1} | "
            f"{_ok(rt.get('killdeer1_over_bare1_cpu'), TARGET_RATIO_1)} |",
            f"| killdeer-2 / killdeer-1 | {rt.get('killdeer2_over_killdeer1', '-')} | ≥ {TARGET_SCALING_2} | "
            f"{_ok(rt.get('killdeer2_over_killdeer1'), TARGET_SCALING_2)} |",
            f"| killdeer-2 / bare-2 | {rt.get('killdeer2_over_bare2', '-')} | | |",
            f"| bare-2 / bare-1 | {rt.get('bare2_over_bare1', '-')} | | |",
        ]
    mem = res.get("memory")
    if mem:
        lines += ["", f"Memory ({mem['method']}):", "",
                  "| docs | words | wall s | peak RSS MB (largest proc) | tree peak RSS MB | tree peak PSS MB |",
                  "|---:|---:|---:|---:|---:|---:|"]
        for n, r in mem["runs"].items():
            lines.append(f"| {n} | {r['words']:,} | {r['wall_s']:.1f} | {r['maxrss_mb']:.0f} | {r['tree_peak_rss_mb']:.0f} | "
                         f"{r['tree_peak_pss_mb']:.0f} |")
        if "ratio_maxrss" in mem:
            lines += ["", f"Peak RSS ratio largest/smallest: {mem['ratio_maxrss']} (target ≤ {TARGET_MEMORY}: "
                      f"{_ok(mem['ratio_maxrss'], TARGET_MEMORY, lower_is_better=True)}); tree PSS ratio {mem['ratio_tree_pss']}."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents in the throughput corpus (default 2000)")
    ap.add_argument("--seed", type=int, default=CorpusSpec(0).seed)
    ap.add_argument("--runs", default="bare-1,killdeer-1,killdeer-2,bare-2",
                    help="which throughput runs, in order (default: all four)")
    ap.add_argument("--memory-docs", default="10000,50000",
                    help="comma-separated corpus sizes for the memory comparison ('' to skip)")
    ap.add_argument("--memory-words", default="20,60", help="min,max words of the memory corpora's documents")
    ap.add_argument("--memory-workers", type=int, default=1)
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT / "results.json")
    ap.add_argument("--merge", action="store_true", help="keep the other sections of an existing --out file")
    a = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = json.loads(a.out.read_text()) if a.merge and a.out.exists() else {}
    res |= {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    }
    try:
        import spacy

        res["machine"]["spacy"] = spacy.__version__
    except ImportError:  # pragma: no cover
        pass
    a.out.parent.mkdir(parents=True, exist_ok=True)

    def saver(section: str) -> Any:
        def save(part: dict[str, Any]) -> None:
            res[section] = part
            a.out.write_text(json.dumps(res, indent=2) + "\n")

        return save

    if not a.skip_throughput:
        res["throughput"] = throughput(a.docs, a.seed, [r for r in a.runs.split(",") if r], saver("throughput"))
    sizes = [int(x) for x in a.memory_docs.split(",") if x.strip()]
    if sizes:
        lo, hi = (int(x) for x in a.memory_words.split(","))
        res["memory"] = memory(sizes, a.seed, lo, hi, a.memory_workers, saver("memory"))
    a.out.write_text(json.dumps(res, indent=2) + "\n")
    md = markdown(res)
    a.out.with_suffix(".md").write_text(md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
