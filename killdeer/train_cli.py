"""The ``killdeer train`` command (kept apart from :mod:`killdeer.train` so the CLI starts fast)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``train`` command to the ``killdeer`` CLI."""

    @app.command("train")
    def train_command(
        corpus: Annotated[Path, typer.Option("--corpus", help="Folder of labeled *.jsonl files")] = Path("corpus"),
        out: Annotated[Path | None, typer.Option("--out", help="Artifact path (default: the package model)")] = None,
        folds: Annotated[int, typer.Option(help="Cross-validation folds (< 2: no CV, default thresholds)")] = 5,
        seed: Annotated[int, typer.Option(help="Random seed (fold assignment, solver)")] = 13,
        c: Annotated[float, typer.Option("--c", help="Inverse regularisation strength")] = 1.0,
    ) -> None:
        """Train the trigger classifier on the project's corpus and write the artifact + metadata."""
        from rich.console import Console

        from killdeer.train import TrainConfig, cv_table, default_model_path, train

        console = Console(stderr=True)
        target = out or default_model_path()
        clf = train(corpus, target, TrainConfig(c=c, folds=folds, seed=seed), log=lambda m: console.print(m, highlight=False))
        meta = clf.metadata
        console.print(cv_table(meta), highlight=False)
        sim = meta.get("cv", {}).get("pipeline_simulation")
        if sim:
            console.print(f"simulated sentence-level category F1: rules {sim['rules_only']['f1']:.3f} -> "
                          f"with model {sim['with_model']['f1']:.3f}", highlight=False)
        size = target.stat().st_size / 1e6
        console.print(f"wrote {target} ({size:.1f} MB, {meta['features']} features, "
                      f"{meta['training_seconds']}s)", highlight=False)
