"""Each scenario's event model and steps as compact JSON, drawn by the page when needed.

A big suite's document would be mostly markup if every card were written out as HTML:
the page carries each scenario's body as data instead (about half the size) and the
page's script draws the bodies that come into view, every body before printing, and
searches the data without drawing it. Headings, statuses, tags, outlines' Examples and
the glossary stay plain HTML.

A body is ``{"l": [given, when, then], "s": steps, ...}``: a note is ``[kind, label,
source, due, name, value, name, value…]`` (values as `docs.values` shows them); a step
is ``[keyword, text]``, followed by its status, table and doc string when it has any.
``n`` says "no events", ``c`` holds a failed comparison, ``x`` that the scenario stopped
before any comparison (where: the first line of ``e``, the error).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, Protocol

from castle_bdd.docs.model import ScenarioRecord, StepRecord, TimelineEntry

_DUE = re.compile(r"\(in ([^)]*)\)")
_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


class _Drawn(Protocol):
    record: ScenarioRecord
    given: list[TimelineEntry]
    when: list[TimelineEntry]
    then: list[TimelineEntry]

    @property
    def no_events(self) -> bool: ...


def bodies_json(views: Iterable[_Drawn]) -> str:
    """A JSON array of the scenarios' bodies, safe inside a ``<script>`` element."""
    text = json.dumps([body(view) for view in views], ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SAFE)


def body(view: _Drawn) -> dict[str, Any]:
    """One scenario's body."""
    record = view.record
    drawn: dict[str, Any] = {
        "l": [[_note(n) for n in lane] for lane in (view.given, view.when, view.then)],
        "s": [_step(step) for step in record.steps],
    }
    if view.no_events:
        drawn["n"] = 1
    if record.comparison:
        drawn["c"] = record.comparison
    elif record.status == "failed":
        drawn["x"] = 1  # the page draws where it stopped from the error's first line
    if record.error:
        drawn["e"] = record.error.removeprefix("ASSERT FAILED: ")
    return drawn


def _note(note: TimelineEntry) -> list[Any]:
    due = _DUE.search(note.detail) if note.kind in ("scheduled", "deadline") else None
    fields = [item for pair in note.fields.items() for item in pair]
    return [note.kind, note.label, note.source, due.group(1) if due else "", *fields]


def _step(step: StepRecord) -> list[Any]:
    drawn: list[Any] = [step.keyword, step.name]
    table = [step.table.headings, *step.table.rows] if step.table else 0
    if step.status != "passed" or table or step.text:
        drawn.append(step.status)
    if table or step.text:
        drawn.append(table)
    if step.text:
        drawn.append(step.text)
    return drawn
