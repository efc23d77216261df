"""Each scenario's event model and steps as compact JSON, drawn by the page when needed.

A big suite's document would be mostly markup if every card were written out as HTML:
the page carries each scenario's body as data instead (about half the size) and the
page's script draws the bodies that come into view, every body before printing, and
searches the data without drawing it. Headings, statuses, tags, outlines' Examples and
the glossary stay plain HTML.

The data is ``{"t": names, "b": bodies}``: names (kinds, message and field names, step
keywords) are written once, in ``t``, and bodies refer to them by number. A body is
``{"l": [given, when, then], "s": steps, ...}``: a note is ``[kind, label, origin, name,
value, name, value…]`` (origin: its source and when it is due; values as `docs.values`
shows them); a step is ``[keyword, text]``, followed by its status, table and doc string
when it has any.
``n`` says "no events", ``c`` holds a failed comparison, ``x`` that the scenario stopped
before any comparison (where: the first line of ``e``, the error).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Protocol

from castle_bdd.docs.model import ScenarioRecord, StepRecord, TimelineEntry

_DUE = re.compile(r"\(in ([^)]*)\)")


class _Drawn(Protocol):
    record: ScenarioRecord
    given: list[TimelineEntry]
    when: list[TimelineEntry]
    then: list[TimelineEntry]

    @property
    def no_events(self) -> bool: ...


class Names:
    """The names a document repeats (kinds, messages, fields, keywords), each kept once.

    A body refers to a name by its number in the table; values and step texts stay as
    they are.
    """

    def __init__(self) -> None:
        """An empty table."""
        self.table: list[str] = []
        self._numbers: dict[str, int] = {}

    def __call__(self, name: str) -> int:
        """The number of ``name`` in the table, added if it is new."""
        number = self._numbers.get(name)
        if number is None:
            number = self._numbers[name] = len(self.table)
            self.table.append(name)
        return number


def bodies_json(views: Iterable[_Drawn]) -> str:
    """``{"t": names, "b": bodies}`` as JSON, safe inside a ``<script>`` element."""
    names = Names()
    # each body written as soon as it is made: the bodies are never all in memory as objects
    drawn = ",".join(_json(body(view, names)) for view in views)
    written = f'{{"t":{_json(names.table)},"b":[{drawn}]}}'
    # three passes of str.replace run in C: several times faster than str.translate
    return written.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def body(view: _Drawn, names: Names) -> dict[str, object]:
    """One scenario's body."""
    record = view.record
    drawn: dict[str, object] = {
        "l": [[_note(n, names) for n in lane] for lane in (view.given, view.when, view.then)],
        "s": [_step(step, names) for step in record.steps],
    }
    if view.no_events:
        drawn["n"] = True
    if record.comparison:
        drawn["c"] = record.comparison
    elif record.status == "failed":
        drawn["x"] = True  # the page draws where it stopped from the error's first line
    if record.error:
        drawn["e"] = record.error.removeprefix("ASSERT FAILED: ")
    return drawn


def _note(note: TimelineEntry, names: Names) -> list[object]:
    due = _DUE.search(note.detail) if note.kind in ("scheduled", "deadline") else None
    origin = " · ".join(part for part in (note.source, due and f"due in {due.group(1)}") if part)
    fields = [item for name, value in note.fields.items() for item in (names(name), value)]
    return [names(note.kind), names(note.label), origin, *fields]


def _step(step: StepRecord, names: Names) -> list[object]:
    drawn: list[object] = [names(step.keyword), step.name]
    table = [step.table.headings, *step.table.rows] if step.table else 0
    if step.status != "passed" or table or step.text:
        drawn.append(step.status)
    if table or step.text:
        drawn.append(table)
    if step.text:
        drawn.append(step.text)
    return drawn
