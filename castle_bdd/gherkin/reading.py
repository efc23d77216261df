"""What a step says about messages: its ``with …`` part, its table or its JSON doc string.

One message comes from inline fields, a vertical ``| field | value |`` table, or a JSON
object; several messages from a horizontal table (first column ``event`` or
``command``) or a JSON array of objects naming theirs under ``"event"``/``"command"``.
The text of each value is kept beside the converted value, so that a failure report
shows what the feature file said.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from castle_bdd.domain.comparison import ExpectedMessage
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.composites import unquote
from castle_bdd.gherkin.errors import GherkinError, current_location
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.parse_types import UnreadableArgument, require_readable
from castle_bdd.gherkin.specs import FieldSpec, MessageKind, MessageSpec, RawValue
from castle_bdd.gherkin.tables import (
    TableFormatError,
    check_message_names,
    horizontal_field_names,
    vertical_table,
)

#: The fields of a step as written: field name (as written) and raw value.
WrittenFields = list[tuple[str, RawValue]]


@dataclass(slots=True)
class WrittenMessage:
    """A message a step names, with its field values converted and as written."""

    spec: MessageSpec
    values: dict[str, Any]
    written: dict[str, str] = field(default_factory=dict)

    def build(self) -> Any:
        """The message instance (every required field must be given)."""
        return self.spec.build(self.values)

    def expectation(self) -> ExpectedMessage:
        """An expectation comparing only the fields the step mentions."""
        return self.spec.expect(self.values)


def step_fields(
    inline: list[InlineField] | UnreadableArgument | None, table: Any, text: str | None
) -> WrittenFields:
    """The fields a step gives after ``with``, in a vertical table, or as a JSON object."""
    given = [part for part in (inline, table, text) if part]
    if len(given) > 1:
        raise GherkinError("give the fields once: after 'with', in a table, or as JSON")
    if inline is not None:
        return [(f.name, RawValue(f.value, f.quoted)) for f in require_readable(inline)]
    if table is not None:
        return [(name, _raw(value)) for name, value, _ in _table(vertical_table, table)]
    if text:
        return [(k, RawValue(_shown(v), json=v, is_json=True)) for k, v in _object(text).items()]
    return []


def read_message(
    catalogue: Catalogue, name: str, kind: MessageKind | None, fields: WrittenFields, then: bool
) -> WrittenMessage:
    """The message ``name`` with ``fields``; ``then`` allows the ``*`` wildcard."""
    spec = catalogue.message(name, kind)
    values, written = spec.read(fields, wildcard_ok=then)
    return WrittenMessage(spec, values, written)


def read_messages(
    catalogue: Catalogue, kind: MessageKind, table: Any, text: str | None, then: bool
) -> list[WrittenMessage]:
    """The messages of a horizontal table or a JSON array (one of them must be given)."""
    if table is not None:
        return _table_messages(catalogue, kind, table, then)
    if text:
        return [_json_message(catalogue, kind, item, then) for item in _array(text)]
    raise GherkinError(
        f"this step lists {kind.value}s: add a table whose first column is '{kind.value}'"
    )


def _table_messages(
    catalogue: Catalogue, kind: MessageKind, table: Any, then: bool
) -> list[WrittenMessage]:
    # The hot path of a suite: every Given and Then table comes through here. A reader
    # per message class and heading row is made once per run and kept.
    field_names = _table(horizontal_field_names, table, (kind.value,))
    _table(check_message_names, table)
    readers: dict[str, _Columns] = {}
    messages = []
    for row in table.rows:
        cells = row.cells
        name = cells[0]
        reader = readers.get(name)
        try:
            if reader is None:
                reader = readers[name] = _reader(catalogue, kind, name, field_names, then)
            messages.append(reader.read(cells))
        except GherkinError as error:
            raise GherkinError(error.problem, _at_line(row.line)) from None
    return messages


def _reader(
    catalogue: Catalogue, kind: MessageKind, name: str, field_names: tuple[str, ...], then: bool
) -> _Columns:
    key = (catalogue, kind, name, field_names, then)
    reader = _READERS.get(key)
    if reader is None:
        reader = _Columns(catalogue.message(name.strip(), kind), field_names, then)
        if len(_READERS) >= _CELLS_KEPT:
            _READERS.clear()
        _READERS[key] = reader
    return reader


class _Columns:
    """The columns of a horizontal table as fields of one message class.

    Kept for the run: a cell already read in a column gives its value again when the
    value is of an immutable class, so a suite that writes ``GC-17`` or ``30`` in scenario
    after scenario converts it once per column.
    """

    __slots__ = ("cells", "field_names", "fields", "spec", "then")

    def __init__(self, spec: MessageSpec, field_names: Sequence[str], then: bool) -> None:
        self.spec = spec
        self.field_names = field_names
        self.then = then
        # found on first use: a column left empty in this class's rows may name no field
        self.fields: list[FieldSpec | None] = [None] * len(field_names)
        self.cells: list[dict[str, tuple[Any, str] | None]] = [
            dict(_EMPTY_CELLS) for _ in field_names
        ]

    def read(self, cells: Sequence[str]) -> WrittenMessage:
        """The message of one row (``cells[0]`` names it); empty cells give no field."""
        values: dict[str, Any] = {}
        texts: dict[str, str] = {}
        fields = self.fields
        for index, (known_cells, cell) in enumerate(zip(self.cells, cells[1:], strict=False)):
            known = known_cells.get(cell, _UNKNOWN)
            if known is None or (known is _UNKNOWN and cell.isspace()):  # an empty cell
                continue
            field_spec = fields[index] or self._field(index)
            name = field_spec.name
            if name in values:
                raise GherkinError(f"{self.spec.name}.{name} is given twice")
            if known is _UNKNOWN:
                known = self._read_cell(index, field_spec, cell)
            values[name], texts[name] = known
        return WrittenMessage(self.spec, values, texts)

    def _field(self, index: int) -> FieldSpec:
        found = self.fields[index] = self.spec.field(self.field_names[index])
        return found

    def _read_cell(self, index: int, field_spec: FieldSpec, cell: str) -> tuple[Any, str]:
        text, quoted = unquote(cell)
        value = self.spec.text_value(field_spec, text, quoted, self.then)
        if type(value) in _IMMUTABLE or isinstance(value, Enum):  # ANY_VALUE is not kept
            cache = self.cells[index]
            if len(cache) >= _CELLS_KEPT:
                cache.clear()
                cache.update(_EMPTY_CELLS)
            cache[cell] = value, text
        return value, text


_READERS: dict[tuple[Any, ...], _Columns] = {}
_UNKNOWN: Any = object()
#: Cells that give no field: the empty ones (behave strips cells; a raw table may not).
_EMPTY_CELLS: dict[str, None] = {"": None}
_CELLS_KEPT = 4096
_IMMUTABLE = frozenset(
    {str, int, float, bool, bytes, Decimal, date, datetime, time, timedelta, UUID, type(None)}
)


def _json_message(catalogue: Catalogue, kind: MessageKind, item: Any, then: bool) -> WrittenMessage:
    if not isinstance(item, dict) or not isinstance(item.get(kind.value), str):
        raise GherkinError(
            f"each item of the JSON array is an object naming its {kind.value}, e.g. "
            f'{{"{kind.value}": "Name", "field": "value"}}'
        )
    name = item[kind.value]
    fields = [(k, RawValue(_shown(v), json=v, is_json=True)) for k, v in item.items()]
    return read_message(catalogue, name, kind, [f for f in fields if f[0] != kind.value], then)


def _table(read: Any, table: Any, *args: Any) -> Any:
    try:
        return read(table, *args)
    except TableFormatError as error:
        raise GherkinError(str(error), _at_line(error.line)) from None


def _raw(cell: str) -> RawValue:
    text, quoted = unquote(cell)
    return RawValue(text, quoted)


def _load(text: str, shape: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise GherkinError(
            f"the doc string is not valid JSON ({error}); expected {shape}"
        ) from None


def _object(text: str) -> dict[str, Any]:
    shape = 'a JSON object like {"card_id": "GC-1", "amount": 100}'
    loaded = _load(text, shape)
    if not isinstance(loaded, dict):
        raise GherkinError(f"the doc string must be {shape}")
    return loaded


def _array(text: str) -> Sequence[Any]:
    shape = 'a JSON array like [{"event": "CardIssued", "card_id": "GC-1"}]'
    loaded = _load(text, shape)
    if not isinstance(loaded, list):
        raise GherkinError(f"the doc string must be {shape}")
    return loaded


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _at_line(line: int | None) -> str | None:
    location = current_location()
    if location is None or line is None:
        return location
    return f"{location.rpartition(':')[0]}:{line}"
