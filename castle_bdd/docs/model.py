"""The living document's data: plain, JSON-ready records of a run.

A run is recorded once (by a formatter) and rendered any number of times; records of
several runs (CI shards) merge into one document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from castle_bdd.docs.marks import EXPECTED_FAILURE as EXPECTED_FAILURE
from castle_bdd.docs.marks import FIXED as FIXED
from castle_bdd.docs.marks import KNOWN_ISSUE_ATTRIBUTE as KNOWN_ISSUE_ATTRIBUTE

PASSED, FAILED, SKIPPED, UNTESTED = "passed", "failed", "skipped", "untested"


@dataclass
class TableRecord:
    """A step's data table."""

    headings: list[str]
    rows: list[list[str]]


@dataclass
class StepRecord:
    """One step as it ran."""

    keyword: str
    name: str
    line: int
    status: str
    duration: float = 0.0
    table: TableRecord | None = None
    text: str | None = None
    error: str | None = None
    background: bool = False


@dataclass
class TimelineEntry:
    """One sticky note of a scenario's event model: a command, an event, an error, a jump."""

    phase: str
    kind: str
    label: str
    #: each value as the document shows it: text, a list, or named fields (`docs.values`)
    fields: dict[str, Any] = field(default_factory=dict)
    at: str = ""
    detail: str = ""
    source: str = ""


@dataclass
class ScenarioRecord:
    """One scenario (an outline row is a scenario of its own) with its result."""

    name: str
    keyword: str
    line: int
    status: str
    tags: list[str]
    duration: float = 0.0
    rule: str | None = None
    steps: list[StepRecord] = field(default_factory=list)
    error: str | None = None
    timeline: list[TimelineEntry] = field(default_factory=list)
    examples: dict[str, str] | None = None
    #: expected and actual messages of a failed Then (`castle_bdd.gherkin.report.comparison`)
    comparison: dict[str, Any] | None = None
    outline: str | None = None
    outline_line: int | None = None


@dataclass
class FeatureRecord:
    """One feature file."""

    name: str
    filename: str
    line: int
    tags: list[str]
    description: list[str] = field(default_factory=list)
    background: list[StepRecord] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    scenarios: list[ScenarioRecord] = field(default_factory=list)


@dataclass
class FieldRecord:
    """A field of a message class."""

    name: str
    type: str
    required: bool = True


@dataclass
class MessageRecord:
    """A glossary entry: an event, a command or an exception of the domain."""

    name: str
    kind: str
    module: str
    doc: str = ""
    fields: list[FieldRecord] = field(default_factory=list)


@dataclass
class HandlerRecord:
    """A glossary entry: an aggregate or saga and the messages it handles."""

    name: str
    kind: str
    module: str
    doc: str = ""
    handles: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class RunRecord:
    """Everything one run (or several merged runs) contributes to the document."""

    features: list[FeatureRecord] = field(default_factory=list)
    messages: list[MessageRecord] = field(default_factory=list)
    handlers: list[HandlerRecord] = field(default_factory=list)
    duration: float = 0.0
    started: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunRecord:
        """The record written by `to_json`."""
        return RunRecord(
            features=[_feature(item) for item in data.get("features", [])],
            messages=[_message(item) for item in data.get("messages", [])],
            handlers=[HandlerRecord(**item) for item in data.get("handlers", [])],
            duration=float(data.get("duration", 0.0)),
            started=str(data.get("started", "")),
        )


def merge(records: list[RunRecord]) -> RunRecord:
    """One record of several runs: features in file order, glossary entries once each.

    Parts of one feature file run in different processes (a parallel runner that splits
    by scenario) become one feature again, its scenarios in line order.
    """
    features = _joined(f for r in records for f in r.features)
    messages = {m.name: m for r in records for m in r.messages}
    handlers = {h.name: h for r in records for h in r.handlers}
    return RunRecord(
        features=features,
        messages=sorted(messages.values(), key=lambda m: m.name),
        handlers=sorted(handlers.values(), key=lambda h: h.name),
        duration=sum(r.duration for r in records),
        started=min((r.started for r in records if r.started), default=""),
    )


def _joined(features: Iterable[FeatureRecord]) -> list[FeatureRecord]:
    by_file: dict[str, FeatureRecord] = {}
    for feature in features:
        kept = by_file.setdefault(feature.filename, replace(feature, scenarios=[]))
        kept.scenarios.extend(feature.scenarios)
    for feature in by_file.values():
        feature.scenarios.sort(key=lambda s: s.line)
    return sorted(by_file.values(), key=lambda f: f.filename)


def _step(data: dict[str, Any]) -> StepRecord:
    table = data.get("table")
    return StepRecord(**{**data, "table": TableRecord(**table) if table else None})


def _feature(data: dict[str, Any]) -> FeatureRecord:
    return FeatureRecord(
        **{
            **data,
            "background": [_step(s) for s in data.get("background", [])],
            "scenarios": [_scenario(s) for s in data.get("scenarios", [])],
        }
    )


def _scenario(data: dict[str, Any]) -> ScenarioRecord:
    return ScenarioRecord(
        **{
            **data,
            "steps": [_step(s) for s in data.get("steps", [])],
            "timeline": [TimelineEntry(**t) for t in data.get("timeline", [])],
        }
    )


def _message(data: dict[str, Any]) -> MessageRecord:
    return MessageRecord(**{**data, "fields": [FieldRecord(**f) for f in data.get("fields", [])]})
