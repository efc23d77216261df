"""Turns behave's model of a finished feature, and the fixtures' journals, into records.

Reads only: nothing here changes the run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from castle_bdd.docs.model import (
    KNOWN_ISSUE_ATTRIBUTE,
    FeatureRecord,
    ScenarioRecord,
    StepRecord,
    TableRecord,
    TimelineEntry,
)
from castle_bdd.domain.messages import field_values
from castle_bdd.fixtures.journal import EntryKind, JournalEntry
from castle_bdd.marks import JOURNAL_ATTRIBUTE as JOURNAL_ATTRIBUTE
from castle_bdd.marks import attach_journal as attach_journal

_VALUE_WIDTH = 80
_OUTLINE_ANNOTATION = re.compile(r"\s+-- @\d+\.\d+\s.*$|\s+-- @\d+\.\d+\s*$")


def feature_record(feature: Any) -> FeatureRecord:
    """The record of a behave feature that has finished running (or was only parsed)."""
    record = feature_header(feature)
    record.scenarios = [_scenario(s, rule) for s, rule in _scenarios(feature)]
    return record


def feature_header(feature: Any) -> FeatureRecord:
    """The record of a behave feature without its scenarios."""
    background = getattr(feature, "background", None)
    return FeatureRecord(
        name=str(feature.name),
        filename=suite_path(str(feature.filename)),
        line=int(feature.line),
        tags=[str(tag) for tag in feature.tags],
        description=[str(line) for line in feature.description or []],
        background=[_step(s, True) for s in background.steps] if background else [],
        rules=[str(rule.name) for rule in getattr(feature, "rules", [])],
    )


def scenario_record(scenario: Any) -> ScenarioRecord:
    """The record of one behave scenario (or outline row) that has finished."""
    owner = getattr(scenario, "parent", None)
    while owner is not None and type(owner).__name__ == "ScenarioOutline":
        owner = getattr(owner, "parent", None)
    rule = str(owner.name) if owner is not None and type(owner).__name__ == "Rule" else None
    return _scenario(scenario, rule)


def suite_path(filename: str) -> str:
    """A feature file's path as every process of a run names it: from the working folder."""
    if not os.path.isabs(filename):
        return filename.replace(os.sep, "/")
    relative = os.path.relpath(filename)
    return filename if relative.startswith("..") else relative.replace(os.sep, "/")


def timeline(entries: Iterable[JournalEntry]) -> list[TimelineEntry]:
    """The sticky notes of a scenario's event model, from its journal."""
    return [_note(entry) for entry in entries]


def _scenarios(feature: Any) -> Iterator[tuple[Any, str | None]]:
    for item in feature.scenarios:
        yield from ((s, None) for s in _expanded(item))
    for rule in getattr(feature, "rules", []):
        for item in rule.scenarios:
            yield from ((s, str(rule.name)) for s in _expanded(item))


def _expanded(item: Any) -> list[Any]:
    return list(item.scenarios) if hasattr(item, "scenarios") else [item]


def _scenario(scenario: Any, rule: str | None) -> ScenarioRecord:
    steps = [_step(s, s in (scenario.background_steps or [])) for s in scenario.all_steps]
    status = getattr(scenario, KNOWN_ISSUE_ATTRIBUTE, None) or scenario.status.name
    row = getattr(scenario, "_row", None)
    return ScenarioRecord(
        name=_OUTLINE_ANNOTATION.sub("", str(scenario.name)),
        keyword=str(scenario.keyword),
        line=int(scenario.line),
        status=status,
        tags=sorted(str(tag) for tag in scenario.effective_tags),
        duration=float(scenario.duration),
        rule=rule,
        steps=steps,
        error=next((s.error for s in steps if s.error), None),
        timeline=timeline(getattr(scenario, JOURNAL_ATTRIBUTE, None) or ()),
        examples=dict(zip(row.headings, row.cells, strict=False)) if row is not None else None,
    )


def _step(step: Any, background: bool) -> StepRecord:
    table = step.table
    return StepRecord(
        keyword=str(step.keyword),
        name=str(step.name),
        line=int(step.line),
        status=step.status.name,
        duration=float(step.duration or 0.0),
        table=TableRecord(list(table.headings), [list(r.cells) for r in table.rows])
        if table
        else None,
        text=str(step.text) if step.text else None,
        error=str(step.error_message) if step.error_message else None,
        background=background,
    )


def _note(entry: JournalEntry) -> TimelineEntry:
    label, fields = _describe(entry)
    return TimelineEntry(
        phase=entry.phase.value,
        kind=entry.kind.value,
        label=label,
        fields=fields,
        at=_instant(entry.at),
        detail=entry.detail,
        source=str(entry.source),
    )


def _describe(entry: JournalEntry) -> tuple[str, dict[str, str]]:
    payload = entry.payload
    if entry.kind is EntryKind.TIME:
        return entry.detail or "time passes", {}
    if entry.kind is EntryKind.ERROR:
        return type(payload).__name__, {"message": _short(str(payload))}
    if entry.kind is EntryKind.RESULT:
        return "returns", {"value": _short(repr(payload))}
    name = getattr(payload, "deadline_name", None)
    if name:
        inner = getattr(payload, "payload", None)
        return str(name), _fields(inner) if inner is not None else {}
    inner = getattr(payload, "payload", None)
    if entry.kind in (EntryKind.SCHEDULED, EntryKind.TRIGGERED) and inner is not None:
        payload = inner
    return type(payload).__name__, _fields(payload)


def _fields(payload: Any) -> dict[str, str]:
    try:
        values = field_values(payload)
    except (TypeError, ValueError):
        return {"value": _short(repr(payload))}
    return {name: _short(_text(value)) for name, value in values.items()}


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return repr(value) if not hasattr(value, "value") else str(getattr(value, "name", value))


def _short(text: str) -> str:
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


def _instant(at: datetime | None) -> str:
    return at.isoformat() if at is not None else ""
