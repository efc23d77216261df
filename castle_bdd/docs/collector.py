"""Turns behave's model of a finished feature, and the fixtures' journals, into records.

Reads only: nothing here changes the run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, cast

from castle_bdd.docs.model import (
    EXPECTED_FAILURE,
    FAILED,
    FIXED,
    KNOWN_ISSUE_ATTRIBUTE,
    UNTESTED,
    FeatureRecord,
    ScenarioRecord,
    StepRecord,
    TableRecord,
    TimelineEntry,
)
from castle_bdd.docs.values import Shown, instant, shown
from castle_bdd.domain.messages import DEFAULT_IGNORED_FIELDS, Message, field_values
from castle_bdd.errors import CastleBddError
from castle_bdd.fixtures.accidents import is_code_bug
from castle_bdd.fixtures.journal import EntryKind, JournalEntry
from castle_bdd.fixtures.user_code import exception_message, render_user_frames
from castle_bdd.gherkin.model import Feature, Step
from castle_bdd.live_output import own_step_failure
from castle_bdd.marks import JOURNAL_ATTRIBUTE as JOURNAL_ATTRIBUTE
from castle_bdd.marks import RELEASABLE_ATTRIBUTE
from castle_bdd.marks import attach_journal as attach_journal
from castle_bdd.scheduling.items import ScheduledItem

#: behave's names for a scenario or step that went wrong without an assertion failing: an
#: exception in a step, a hook that failed, an undefined or pending step. The document has
#: one word for all of them, so that each is listed and counted with the failures.
_FAILURES = frozenset({"error", "hook_error", "cleanup_error", "undefined", "pending"})
_OUTLINE_ANNOTATION = re.compile(r"\s+-- @\d+\.\d+\s.*$|\s+-- @\d+\.\d+\s*$")


#: Where the record of a finished feature is kept on behave's feature, for every formatter
#: of the run that reads it.
RECORD_ATTRIBUTE = "castle_record"


def feature_record(feature: Feature, config: object = None) -> FeatureRecord:
    """The record of a behave feature that has finished running (or was only parsed).

    ``config``: the run's behave configuration, which says which scenarios the run chose.
    """
    record = feature_header(feature)
    record.scenarios = [_scenario(*found, config=config) for found in _scenarios(feature)]
    record.error = feature_failure(feature)
    return record


def finished_feature_record(feature: Feature, config: object = None) -> FeatureRecord:
    """The record of a feature that has just finished, made once for all formatters.

    The scenarios' journals are let go once read, unless a formatter of the project's own
    may still read them (`castle_bdd.marks.SHARES_RECORDS`): behave keeps every feature to
    the end of the run, and a journal holds what its scenario made (messages, exceptions
    with their frames). Kept, thousands of them make memory grow and every full garbage
    collection slower for the rest of the run.
    """
    kept: FeatureRecord | None = getattr(feature, RECORD_ATTRIBUTE, None)
    if kept is None:
        kept = feature_record(feature, config)
        setattr(feature, RECORD_ATTRIBUTE, kept)
        if getattr(feature, RELEASABLE_ATTRIBUTE, False) is True:
            for scenario, _, _ in _scenarios(feature):
                if hasattr(scenario, JOURNAL_ATTRIBUTE):
                    delattr(scenario, JOURNAL_ATTRIBUTE)
    return kept


def feature_header(feature: Feature) -> FeatureRecord:
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


def scenario_record(scenario: object, config: object = None) -> ScenarioRecord:
    """The record of one behave scenario (or outline row) that has finished."""
    owner = outline = getattr(scenario, "parent", None)
    while owner is not None and type(owner).__name__ == "ScenarioOutline":
        owner = getattr(owner, "parent", None)
    rule = str(owner.name) if owner is not None and type(owner).__name__ == "Rule" else None
    is_outline = outline is not None and type(outline).__name__ == "ScenarioOutline"
    return _scenario(scenario, rule, outline if is_outline else None, config)


def suite_path(filename: str) -> str:
    """A feature file's path as every process of a run names it: from the working folder."""
    if not os.path.isabs(filename):
        return filename.replace(os.sep, "/")
    relative = os.path.relpath(filename)
    return filename if relative.startswith("..") else relative.replace(os.sep, "/")


def timeline(entries: Iterable[JournalEntry]) -> list[TimelineEntry]:
    """The sticky notes of a scenario's event model, from its journal.

    A command that returned nothing leaves no note: there is nothing to show.
    """
    return [
        _note(entry)
        for entry in entries
        if not (entry.kind is EntryKind.RESULT and entry.payload is None)
    ]


def _scenarios(feature: Feature) -> Iterator[tuple[object, str | None, object]]:
    for item in feature.scenarios:
        yield from ((s, None, outline) for s, outline in _expanded(item))
    for rule in getattr(feature, "rules", []):
        for item in rule.scenarios:
            yield from ((s, str(rule.name), outline) for s, outline in _expanded(item))


def _expanded(item: object) -> list[tuple[object, object]]:
    if hasattr(item, "scenarios"):
        return [(scenario, item) for scenario in item.scenarios]
    return [(item, None)]


def _scenario(
    scenario: Any, rule: str | None, outline: Any = None, config: object = None
) -> ScenarioRecord:
    steps = [_step(s, s in (scenario.background_steps or [])) for s in scenario.all_steps]
    status = _status(scenario.status.name)
    stopped = stopped_by_hook(scenario, config) if status == UNTESTED else None
    if stopped is not None:
        status = FAILED
    known = getattr(scenario, KNOWN_ISSUE_ATTRIBUTE, None)
    # a fixed known issue that fails the run (known_issue_pass = "fail") is a failure
    if known == EXPECTED_FAILURE or (known == FIXED and status != FAILED):
        status = known

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
        # a failed hook of the project's leaves its message on the scenario, not on a step
        error=next((s.error for s in steps if s.error), None) or _hook_error(scenario) or stopped,
        comparison=_comparison(scenario.all_steps),
        outline=str(outline.name) if outline is not None else None,
        outline_line=int(outline.line) if outline is not None else None,
        timeline=timeline(getattr(scenario, JOURNAL_ATTRIBUTE, None) or ()),
        examples=dict(zip(row.headings, row.cells, strict=False)) if row is not None else None,
    )


def stopped_by_hook(scenario: Any, config: object) -> str | None:
    """The message of the hook of a scenario's feature or Rule (``before_feature``,
    ``before_rule``, their ``before_tag``, castle-bdd's refusal of the feature) that failed
    and kept the scenario from starting; None for a scenario it did not stop, or that
    the run's behave ``config`` did not choose (its tags left it out: ``@wip``).

    behave leaves such a scenario untested, counts its feature as an error and fails the
    run: the scenario is a failure, not a scenario that nobody ran.
    """
    if getattr(getattr(scenario, "status", None), "name", None) != UNTESTED:
        return None
    owner = getattr(scenario, "parent", None)
    while owner is not None:
        if getattr(owner, "hook_failed", False) is True:
            if config is not None and not scenario.should_run(config):
                return None
            return _hook_error(owner) or f"a hook of the {type(owner).__name__} failed"
        owner = getattr(owner, "parent", None)
    return None


def _status(name: str) -> str:
    return FAILED if name in _FAILURES else name


def _hook_error(scenario: object) -> str | None:
    message = getattr(scenario, "error_message", None)
    if not message:
        return None
    return _in_words(str(message), getattr(scenario, "exception", None))


def _in_words(message: str, exception: object) -> str:
    if isinstance(exception, CastleBddError):
        # castle-bdd's own message, in words: without behave's "HOOK-ERROR in
        # before_scenario: GherkinError: " in front of it
        name = re.escape(type(exception).__name__)
        return re.sub(rf"^HOOK-ERROR in [^:]*: {name}: ", "", message, count=1)
    return message


#: behave's status of a feature or Rule that failed after its scenarios, or before them
_FAILED_CONTAINER = frozenset({"hook_error", "cleanup_error"})
#: where behave joins the messages of several hooks of one feature that failed
_NEXT_HOOK = re.compile(r"\n(?=HOOK-ERROR in )")
_CLEANUP_FAILED = (
    "a cleanup added while the feature ran (context.add_cleanup) raised: behave's output "
    "names it (CLEANUP-ERROR in …)"
)


def feature_failure(feature: object) -> str | None:
    """Why behave failed a finished feature after its scenarios: its ``after_feature`` or
    ``after_tag`` hook, one of its Rules' ``after_rule``, or a cleanup added in one of
    them, raised. None when nothing failed after its scenarios.

    A failed ``before_feature`` or ``before_rule`` hook is not such a failure: the
    scenarios it kept from starting carry its message (`stopped_by_hook`).
    """
    said: list[str] = []
    for owner in (feature, *(getattr(feature, "rules", None) or ())):
        if getattr(getattr(owner, "status", None), "name", None) not in _FAILED_CONTAINER:
            continue
        message = str(getattr(owner, "error_message", None) or "")
        exception = getattr(owner, "exception", None)
        for number, part in enumerate(_NEXT_HOOK.split(message) if message else ()):
            if not part.startswith("HOOK-ERROR in before_"):
                said.append(_in_words(part, exception if number == 0 else None))
        if owner.status.name == "cleanup_error":
            said.append(_CLEANUP_FAILED)
    return "\n".join(said) or None


def _step(step: Step, background: bool) -> StepRecord:
    table = step.table
    return StepRecord(
        keyword=str(step.keyword),
        name=str(step.name),
        line=int(step.line),
        status=_status(step.status.name),
        duration=float(step.duration or 0.0),
        table=TableRecord(list(table.headings), [list(r.cells) for r in table.rows])
        if table
        else None,
        text=str(step.text) if step.text else None,
        error=_step_error(step),
        background=background,
    )


def _step_error(step: Step) -> str | None:
    """The step's message; for an exception of a step of the project's own, its frames
    (behave writes the whole traceback, its own frames included)."""
    if not step.error_message:
        return None
    return own_step_failure(step) or str(step.error_message)


def _comparison(steps: Iterable[object]) -> dict[str, object] | None:
    """The expected and actual messages of the step that failed a comparison, if one did."""
    for step in steps:
        comparison = getattr(getattr(step, "exception", None), "comparison", None)
        if isinstance(comparison, dict):
            return comparison
    return None


def _note(entry: JournalEntry) -> TimelineEntry:
    label, fields = _describe(entry)
    return TimelineEntry(
        phase=entry.phase.value,
        kind=entry.kind.value,
        label=label,
        fields=fields,
        at=_instant(entry.at),
        detail=_readable(entry.detail),
        source=str(entry.source),
    )


def _message(payload: object) -> str:
    return exception_message(payload) if isinstance(payload, BaseException) else str(payload)


def _describe(entry: JournalEntry) -> tuple[str, dict[str, Shown]]:
    payload = entry.payload
    if entry.kind is EntryKind.TIME:
        return _readable(entry.detail) or "time passes", {}
    if entry.kind is EntryKind.ERROR:
        described: dict[str, Shown] = {"message": _message(payload)}
        if isinstance(payload, BaseException) and is_code_bug(payload):
            described["raised in"] = render_user_frames(payload, indent="")
        return type(payload).__name__, described
    if entry.kind is EntryKind.RESULT:
        value = shown(payload)
        if isinstance(value, str):
            return value, {}
        if isinstance(value, dict) and not isinstance(payload, Mapping):
            # a value object: by its name, with its fields (each shown already)
            return type(payload).__name__, cast("dict[str, Shown]", value)
        return "a value", {"value": value}
    if entry.kind is EntryKind.ENDED:
        return "ended", {}
    if entry.kind in _NAMED_BY_DETAIL and payload is None:
        return _deadline_name(entry), {}
    # castle-bdd's envelopes are opened; a message of the domain is not asked for their
    # attributes (its own __getattr__ may raise anything for a name it does not know)
    if isinstance(payload, ScheduledItem) and payload.deadline_name:
        inner = payload.payload
        return payload.deadline_name, _fields(inner) if inner is not None else {}
    opened = entry.kind in (EntryKind.SCHEDULED, EntryKind.TRIGGERED)
    if opened and isinstance(payload, (ScheduledItem, Message)) and payload.payload is not None:
        payload = payload.payload
    return type(payload).__name__, _fields(payload)


_NAMED_BY_DETAIL = (EntryKind.DEADLINE, EntryKind.TRIGGERED, EntryKind.CANCELLED)


def _deadline_name(entry: JournalEntry) -> str:
    """The name in ``Name due …`` (scheduled) or ``deadline Name`` (fired)."""
    detail = entry.detail.removeprefix("deadline ")
    return detail.split(" due ")[0].split(" ")[0] or "deadline"


def _fields(payload: object) -> dict[str, Shown]:
    try:
        values = field_values(payload)
    except (TypeError, ValueError):
        return {"value": shown(payload)}
    # Metadata (an event's id, when it occurred) is left out, as comparisons leave it out:
    # it is not what the scenario is about, and it would differ from one run to the next.
    return {
        name: shown(value) for name, value in values.items() if name not in DEFAULT_IGNORED_FIELDS
    }


_ISO_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d|Z)?")


def _readable(detail: str) -> str:
    """A journal detail with its instants written as people write them."""
    if "T" not in detail:
        return detail
    return _ISO_INSTANT.sub(lambda m: instant(datetime.fromisoformat(m.group(0))), detail)


def _instant(at: datetime | None) -> str:
    return at.isoformat() if at is not None else ""
