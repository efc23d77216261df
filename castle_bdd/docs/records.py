"""Run records written from inside each behave process, for parallel runners.

Parallel runners (behavex, behave-pool) run no formatter of the project's in their
workers. With ``-D castle_records=DIR`` (or the ``CASTLE_BDD_RECORDS`` environment
variable) every behave process writes its own JSON run record into ``DIR``, and
``castle-bdd docs --from DIR`` merges them into one living document.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import MutableMapping
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from castle_bdd.config import (
    ENVIRONMENT_VARIABLE as ENVIRONMENT_VARIABLE,
)
from castle_bdd.config import (
    USERDATA_KEY as USERDATA_KEY,
)
from castle_bdd.config import domain_modules, records_folder
from castle_bdd.hooks import Hook, chain_hook

if TYPE_CHECKING:
    from castle_bdd.docs.model import FeatureRecord, RunRecord

_MARKER = "castle_record_writer"


def install_record_writer(context: Any, hooks: MutableMapping[str, Hook]) -> None:
    """Record every finished feature and write the run's record when behave ends."""
    folder = records_folder(context)
    if folder is None:
        return
    from castle_bdd.docs.collector import feature_record  # the docs load only when recording

    features: list[FeatureRecord] = []
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    chain_hook(hooks, "after_feature", lambda _, f: features.append(feature_record(f)), _MARKER)
    chain_hook(hooks, "after_all", lambda _: write_record(folder, features, started), _MARKER)


def run_record(features: list[FeatureRecord], started: str) -> RunRecord:
    """The record of a run: its features and the glossary of its domain."""
    from castle_bdd.docs.glossary import glossary
    from castle_bdd.docs.model import RunRecord

    messages, handlers = glossary(domain_modules())
    duration = sum(s.duration for f in features for s in f.scenarios)
    return RunRecord(features, messages, handlers, duration, started)


def write_record(folder: Path, features: list[FeatureRecord], started: str) -> Path:
    """Write one run record into ``folder``; returns its path."""
    record = run_record(features, started)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"run-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
    target.write_text(json.dumps(record.to_json(), default=str), encoding="utf-8")
    return target
