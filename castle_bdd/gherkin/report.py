"""Failure reports of Then steps: expected and actual messages as Gherkin tables.

Both tables have the same columns — the message class, then every field either side
shows — so they line up. Cells that differ are marked (``| 20 ✗ |``); an expected cell
the step did not mention is left empty, because it was not compared.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from castle_bdd.domain.messages import field_values, is_message_class, payload_of
from castle_bdd.fixtures.cards import card_comparison as card_comparison
from castle_bdd.fixtures.cards import cell_text as cell_text
from castle_bdd.gherkin.reading import WrittenMessage
from castle_bdd.gherkin.tables import render_table
from castle_bdd.matching import field_differences

_INDENT = "  "


@dataclass(eq=False)
class MessageTables:
    """Expected and actual messages, with the cells to mark in each (row, column)."""

    noun: str
    expected: Sequence[WrittenMessage]
    actual: Sequence[object]
    ignored: Collection[str]
    expected_marks: set[tuple[int, int]] = field(default_factory=set)
    actual_marks: set[tuple[int, int]] = field(default_factory=set)
    fields: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.fields = _columns(self.expected, self.actual, self.ignored)

    def mark_pair(self, expected_row: int, actual_row: int) -> bool:
        """Mark where ``actual_row`` differs from ``expected_row``; whether it does."""
        wanted = self.expected[expected_row].expectation()
        differences = field_differences(wanted, self.actual[actual_row], self.ignored)
        for difference in differences:
            column = self._column(difference.path)
            self.expected_marks.add((expected_row, column))
            self.actual_marks.add((actual_row, column))
        return bool(differences)

    def mark_expected(self, row: int) -> None:
        """Mark the message of an expected row (missing, or not found)."""
        self.expected_marks.add((row, 0))

    def mark_actual(self, row: int) -> None:
        """Mark the message of an actual row (unexpected)."""
        self.actual_marks.add((row, 0))

    def render(self) -> str:
        """``Expected:`` and ``Actual:`` tables, one under the other."""
        headings = [self.noun, *self.fields]
        expected_rows = [[m.spec.name, *_written(m, self.fields)] for m in self.expected]
        actual_rows = [[_type_name(a), *_actual(a, self.fields)] for a in self.actual]
        return "\n".join(
            [
                "Expected:",
                _table(headings, expected_rows, self.expected_marks, self.noun),
                "Actual:",
                _table(headings, actual_rows, self.actual_marks, self.noun),
            ]
        )

    def comparison(self) -> dict[str, object]:
        """Both sides as plain data, for the living document to draw side by side.

        ``expected`` and ``actual`` hold one ``{"name", "cells"}`` per message (cells in
        the order of ``fields``); ``marks`` are the ``[row, column]`` pairs that differ,
        column 0 being the message itself.
        """
        return {
            "noun": self.noun,
            "kind": "command" if self.noun == "command" else "event",
            "fields": list(self.fields),
            "expected": [
                {"name": m.spec.name, "cells": _written(m, self.fields)} for m in self.expected
            ],
            "actual": [
                {"name": _type_name(a), "cells": _actual(a, self.fields)} for a in self.actual
            ],
            "expected_marks": sorted([row, column] for row, column in self.expected_marks),
            "actual_marks": sorted([row, column] for row, column in self.actual_marks),
        }

    def _column(self, path: str) -> int:
        root = path.split(".")[0].split("[")[0]
        return self.fields.index(root) + 1 if root in self.fields else 0


def _table(
    headings: list[str], rows: list[list[str]], marks: set[tuple[int, int]], noun: str
) -> str:
    if not rows:
        return f"{_INDENT}(no {noun}s)"
    return render_table(headings, rows, marks, indent=_INDENT)


def _columns(
    expected: Sequence[WrittenMessage], actual: Sequence[object], ignored: Collection[str]
) -> list[str]:
    names: dict[str, None] = {}
    for message in expected:
        names.update(dict.fromkeys(message.written))
    for item in actual:
        names.update(dict.fromkeys(n for n in _values(item) if n not in ignored))
    return list(names)


def _written(message: WrittenMessage, fields: list[str]) -> list[str]:
    return [message.written.get(name, "") for name in fields]


def _actual(item: object, fields: list[str]) -> list[str]:
    values = _values(item)
    return [cell_text(values[name]) if name in values else "" for name in fields]


def _values(item: object) -> dict[str, object]:
    payload = payload_of(item)
    if is_message_class(type(payload)) or hasattr(payload, "__dict__"):
        return field_values(payload)
    return {}


def _type_name(item: object) -> str:
    return type(payload_of(item)).__name__
