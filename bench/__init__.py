"""Benchmarks for killdeer: a synthetic news corpus (``bench.corpus``) and a throughput/memory run (``python -m bench``)."""
