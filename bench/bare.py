"""The bare-spaCy baseline: ``python -m bench.bare CORPUS.jsonl [--n-process N]``.

Loads the same pipeline killdeer uses (:func:`killdeer.nlp.load_nlp`), reads the JSONL texts
and runs them through ``nlp.pipe`` with killdeer's default batch size, consuming every Doc.
Prints one JSON line with the timings and counts on stdout.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from killdeer.config import Config


def _texts(path: Path) -> Iterator[str]:
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bare")
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=Config().batch_size)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    from killdeer.nlp import load_nlp

    nlp = load_nlp(Config().spacy_model)
    t1 = time.perf_counter()
    docs = tokens = sents = 0
    for doc in nlp.pipe(_texts(a.corpus), batch_size=a.batch_size, n_process=a.n_process):
        docs += 1
        tokens += len(doc)
        sents += sum(1 for _ in doc.sents)
    t2 = time.perf_counter()
    print(json.dumps({"load_s": t1 - t0, "pipe_s": t2 - t1, "docs": docs, "tokens": tokens, "sents": sents}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
