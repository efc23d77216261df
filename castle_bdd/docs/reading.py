"""Reads run records: whole-run records (``RunRecordFormatter``) and records folders.

A records folder (``-D castle_records=DIR``) holds a process record per behave process,
a scenario record per finished scenario and a feature record per feature that failed
after its scenarios (`castle_bdd.docs.records`); each is read
as a small `RunRecord`, so that `castle_bdd.docs.merging.merge` treats every kind alike.
Files whose names start with a dot are a writer's unfinished temporary files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from castle_bdd.docs.model import (
    FeatureRecord,
    RunRecord,
    feature_from_json,
    messages_from_json,
    scenario_from_json,
)
from castle_bdd.docs.records import FEATURE_KIND, PROCESS_KIND, SCENARIO_KIND
from castle_bdd.errors import CastleBddError


class RunRecordError(CastleBddError):
    """A run record cannot be read, or a behave run left none behind."""


def record_files(paths: Sequence[Path]) -> list[Path]:
    """The record files named by ``paths``: files as given, folders by their ``*.json``."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.json") if not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            raise RunRecordError(f"{path}: no such run record or folder")
    if not files:
        raise RunRecordError(f"no run records (*.json) in {', '.join(map(str, paths))}")
    return files


def read_records(paths: Sequence[Path]) -> list[RunRecord]:
    """Every record in ``paths`` (files, or folders of ``*.json``)."""
    headers: dict[tuple[str, str], FeatureRecord] = {}
    return [read_record(path, headers) for path in record_files(paths)]


def read_record(
    path: Path, headers: dict[tuple[str, str], FeatureRecord] | None = None
) -> RunRecord:
    """The record stored in ``path``.

    ``headers`` keeps the feature headers already read, by run and file: the scenario
    records of one feature repeat the same header.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _record(data, {} if headers is None else headers)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise RunRecordError(f"{path}: not a castle-bdd run record ({error})") from error


def _record(data: dict[str, Any], headers: dict[tuple[str, str], FeatureRecord]) -> RunRecord:
    kind = data.get("kind")
    if kind == SCENARIO_KIND:
        return _scenario_record(data, headers)
    if kind == FEATURE_KIND:  # a feature that failed after its scenarios
        feature = feature_from_json({**data["feature"], "scenarios": []})
        selection = [str(tag) for tag in data.get("selection", [])]
        return RunRecord(
            features=[feature],
            started=str(data["finished"]),
            run=str(data["run"]),
            selection=selection,
        )
    if kind == PROCESS_KIND:
        messages, handlers = messages_from_json(data)
        return RunRecord(
            messages=messages,
            handlers=handlers,
            started=str(data["started"]),
            run=str(data["run"]),
            selection=[str(tag) for tag in data.get("selection", [])],
            ended=str(data.get("ended", "")),
        )
    return RunRecord.from_json(data)


def _scenario_record(
    data: dict[str, Any], headers: dict[tuple[str, str], FeatureRecord]
) -> RunRecord:
    run = str(data["run"])
    key = (run, str(data["feature"]["filename"]))
    header = headers.get(key)
    if header is None:
        header = headers[key] = feature_from_json({**data["feature"], "scenarios": []})
    feature = FeatureRecord(**{**vars(header), "scenarios": [scenario_from_json(data["scenario"])]})
    selection = [str(tag) for tag in data.get("selection", [])]
    # the run's start is its process records'; this record's own time is when it was written
    recorded = str(data["finished"])
    return RunRecord(features=[feature], started=recorded, run=run, selection=selection)
