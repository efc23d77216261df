"""The living document's data: plain, JSON-ready records of a run.

A run is recorded once (by a formatter, or scenario by scenario in a records folder) and
rendered any number of times; records of several runs (CI shards, parallel workers)
merge into one document (`castle_bdd.docs.merging`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, TypeVar

from castle_bdd.marks import EXPECTED_FAILURE as EXPECTED_FAILURE
from castle_bdd.marks import FIXED as FIXED
from castle_bdd.marks import KNOWN_ISSUE_ATTRIBUTE as KNOWN_ISSUE_ATTRIBUTE

PASSED, FAILED, SKIPPED, UNTESTED = "passed", "failed", "skipped", "untested"
#: A scenario the run should have run (its tags were selected) and has no result for.
NOT_RUN = "not run"
#: Every status, weightiest first, as a reader must see them: what failed, what should
#: have run and did not (the order of the document's opening lists), a known issue that
#: passes now, one that still fails as expected, then what passed, what was left out.
STATUSES_BY_WEIGHT = (FAILED, NOT_RUN, FIXED, EXPECTED_FAILURE, PASSED, SKIPPED, UNTESTED)


def weightiest(statuses: Iterable[str]) -> str:
    """The status of several (an outline's rows) a reader must see: the first of them in
    `STATUSES_BY_WEIGHT`; a status of no known weight counts least."""
    return min(statuses, key=_weight)


def _weight(status: str) -> int:
    known = STATUSES_BY_WEIGHT
    return known.index(status) if status in known else len(known)


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
    comparison: dict[str, object] | None = None
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
    #: why behave failed the feature after its scenarios (its ``after_feature`` or
    #: ``after_tag`` hook, one of its Rules' ``after_rule``, or a cleanup it added, raised);
    #: None when nothing failed after them
    error: str | None = None


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
    #: the run that wrote the record (see `castle_bdd.docs.records.run_identity`)
    run: str = ""
    #: the tag expressions that chose the run's scenarios; empty: all of them
    selection: list[str] = field(default_factory=list)
    #: why the run stopped before its first scenario (a domain module that cannot be
    #: imported, a handler defined wrongly); empty when it did not
    stopped: str = ""
    #: why the run failed after its last feature (an ``after_all`` hook that raised);
    #: empty when it did not
    ended: str = ""

    @property
    def not_run(self) -> list[tuple[FeatureRecord, ScenarioRecord]]:
        """The scenarios that should have run and have no result, in file order."""
        return [(f, s) for f in self.features for s in f.scenarios if s.status == NOT_RUN]

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunRecord:
        """The record written by `to_json`."""
        messages, handlers = messages_from_json(data)
        return RunRecord(
            features=[_feature(item) for item in data.get("features", [])],
            messages=messages,
            handlers=handlers,
            duration=float(data.get("duration", 0.0)),
            started=str(data.get("started", "")),
            run=str(data.get("run", "")),
            selection=[str(tag) for tag in data.get("selection", [])],
            stopped=str(data.get("stopped", "")),
            ended=str(data.get("ended", "")),
        )


def feature_from_json(data: dict[str, object]) -> FeatureRecord:
    """The feature record written by `dataclasses.asdict`."""
    return _feature(data)


def scenario_from_json(data: dict[str, object]) -> ScenarioRecord:
    """The scenario record written by `dataclasses.asdict`."""
    return _scenario(data)


def messages_from_json(data: dict[str, Any]) -> tuple[list[MessageRecord], list[HandlerRecord]]:
    """The glossary entries (``messages``, ``handlers``) of a record written as JSON."""
    messages = [_message(item) for item in data.get("messages", [])]
    return messages, [_build(HandlerRecord, item) for item in data.get("handlers", [])]


class RecordShapeError(ValueError):
    """A record's keys are not those of the record class: another castle-bdd wrote it."""


R = TypeVar("R")


def _build(record_class: type[R], data: Mapping[str, Any]) -> R:
    """``record_class(**data)``, or a `RecordShapeError` that names the keys in question."""
    known = {item.name: item for item in fields(record_class)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(known))
    missing = [
        name
        for name, item in known.items()
        if name not in data and item.default is MISSING and item.default_factory is MISSING
    ]
    if unknown or missing:
        said = [
            f"has {_keys(unknown)}" if unknown else "",
            f"lacks {_keys(missing)}" if missing else "",
        ]
        raise RecordShapeError(
            f"a {_WHAT.get(record_class.__name__, record_class.__name__)} "
            f"{' and '.join(filter(None, said))}, which this version of castle-bdd does not "
            "read: write the records and the document with one version of castle-bdd (run "
            "the shards again)"
        )
    return record_class(**data)


def _keys(names: list[str]) -> str:
    return ("the key " if len(names) == 1 else "the keys ") + ", ".join(map(repr, names))


#: The records as a user knows them, by class name.
_WHAT = {
    "TableRecord": "step's table",
    "StepRecord": "step",
    "TimelineEntry": "timeline entry",
    "ScenarioRecord": "scenario",
    "FeatureRecord": "feature",
    "FieldRecord": "message field",
    "MessageRecord": "message",
    "HandlerRecord": "handler",
}


def _step(data: dict[str, Any]) -> StepRecord:
    table = data.get("table")
    return _build(StepRecord, {**data, "table": _build(TableRecord, table) if table else None})


def _feature(data: dict[str, Any]) -> FeatureRecord:
    return _build(
        FeatureRecord,
        {
            **data,
            "background": [_step(s) for s in data.get("background", [])],
            "scenarios": [_scenario(s) for s in data.get("scenarios", [])],
        },
    )


def _scenario(data: dict[str, Any]) -> ScenarioRecord:
    return _build(
        ScenarioRecord,
        {
            **data,
            "steps": [_step(s) for s in data.get("steps", [])],
            "timeline": [_build(TimelineEntry, t) for t in data.get("timeline", [])],
        },
    )


def _message(data: dict[str, Any]) -> MessageRecord:
    fields_ = [_build(FieldRecord, f) for f in data.get("fields", [])]
    return _build(MessageRecord, {**data, "fields": fields_})
