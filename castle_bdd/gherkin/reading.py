"""What a step says about messages: its ``with …`` part, its table or its JSON doc string.

One message comes from inline fields, a vertical ``| field | value |`` table, or a JSON
object; several messages from a horizontal table (first column ``event`` or
``command``) or a JSON array of objects naming theirs under ``"event"``/``"command"``.
The text of each value is kept beside the converted value, so that a failure report
shows what the feature file said.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from castle_bdd.domain.messages import IMMUTABLE_VALUES
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.composites import unquote
from castle_bdd.gherkin.errors import GherkinError, current_location
from castle_bdd.gherkin.inline import TABLE_FOLLOWS, InlineField
from castle_bdd.gherkin.json_text import read_json
from castle_bdd.gherkin.parse_types import UnreadableArgument, require_readable
from castle_bdd.gherkin.specs import FieldSpec, MessageKind, MessageSpec, RawValue
from castle_bdd.gherkin.tables import (
    RULER,
    TableFormatError,
    check_message_names,
    check_row_shapes,
    horizontal_field_names,
    is_ruler,
    vertical_table,
)
from castle_bdd.matching import ExpectedMessage
from castle_bdd.suggestions import normalise_name

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Table

T = TypeVar("T")

#: The fields of a step as written: field name (as written) and raw value.
WrittenFields = list[tuple[str, RawValue]]


@dataclass(slots=True)
class WrittenMessage:
    """A message a step names, with its field values converted and as written."""

    spec: MessageSpec
    values: dict[str, object]
    written: dict[str, str] = field(default_factory=dict)

    def build(self) -> object:
        """The message instance (every required field must be given)."""
        return self.spec.build(self.values)

    def expectation(self) -> ExpectedMessage:
        """An expectation comparing only the fields the step mentions."""
        return self.spec.expect(self.values)


def step_fields(
    inline: list[InlineField] | UnreadableArgument | None, table: Table | None, text: str | None
) -> WrittenFields:
    """The fields a step gives after ``with``, in a vertical table, or as a JSON object."""
    given = [part for part in (inline, table, text) if part]
    if len(given) > 1:
        raise GherkinError("give the fields once: after 'with', in a table, or as JSON")
    if inline is TABLE_FOLLOWS:
        if table is None and text is not None and not text.strip():
            raise GherkinError(
                "the doc string under this step is empty: write the fields in it as a JSON "
                'object, e.g. {"card_id": "GC-1", "amount": 100}'
            )
        if table is None and not text:
            raise GherkinError(
                "the step ends with ':' but no table or doc string follows it: write the "
                "fields under it as | field | value | rows, or after 'with' without the ':'"
            )
    elif inline is not None:
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
    try:
        values, written = spec.read(fields, wildcard_ok=then)
    except GherkinError as error:
        heading_of_fields(spec.fields, fields, error)
        raise
    return WrittenMessage(spec, values, written)


def heading_of_fields(
    names: Iterable[str], fields: Sequence[tuple[str, RawValue]], error: GherkinError
) -> None:
    """Refuse a table whose first row names two fields: a heading, where each row is one
    field and its value (``| card_id | amount |`` over ``| GC-1 | 10 |``); or whose first
    row is a heading other than ``| field | value |`` (``| name | value |``)."""
    if any(is_ruler(name) for name, _ in fields):
        raise GherkinError(RULER, error.location) from None
    if len(fields) < 2 or fields[0][1].is_json:
        return
    first, second = fields[0][0], fields[0][1].text
    known = {normalise_name(name) for name in names}
    if second.casefold() == "value" and normalise_name(first) not in known:
        raise GherkinError(
            f"{error.problem}; if | {first} | {second} | is the heading row of the table, "
            "write it | field | value | (or leave it out)",
            error.location,
        ) from None
    if normalise_name(first) in known and normalise_name(second) in known:
        raise GherkinError(
            f"the first row of this table names the fields {first} and {second}: under this "
            f"step each row is one field and its value — write | {first} | … | and "
            f"| {second} | … |",
            error.location,
        ) from None


def read_messages(
    catalogue: Catalogue, kind: MessageKind, table: Table | None, text: str | None, then: bool
) -> list[WrittenMessage]:
    """The messages of a horizontal table or a JSON array (one of them must be given)."""
    if table is not None:
        if text:
            raise GherkinError(
                f"this step has a table and a doc string: list the {kind.value}s once, in "
                "the table or as a JSON array, and remove the other"
            )
        return _table_messages(catalogue, kind, table, then)
    if text:
        return [_json_message(catalogue, kind, item, then) for item in _array(text)]
    raise GherkinError(
        f"this step lists {kind.value}s: add a table whose first column is '{kind.value}'"
    )


def read_payloads(
    catalogue: Catalogue, kind: MessageKind, table: Table | None, text: str | None
) -> list[object]:
    """The message instances of a horizontal table or JSON array, as `read_messages` reads them.

    What a Given step needs: the instances only, without the text each value was written as.
    """
    if table is None or text:
        return [message.build() for message in read_messages(catalogue, kind, table, text, False)]
    return _table_rows(catalogue, kind, table, False, _Columns.payload)


def _table_messages(
    catalogue: Catalogue, kind: MessageKind, table: Table, then: bool
) -> list[WrittenMessage]:
    return _table_rows(catalogue, kind, table, then, _Columns.read)


def _table_rows(
    catalogue: Catalogue,
    kind: MessageKind,
    table: Table,
    then: bool,
    read: Callable[[_Columns, Sequence[str]], T],
) -> list[T]:
    # The hot path of a suite: every Given and Then table comes through here. The readers
    # of a heading row, one per message class, are made once per run and kept.
    key = (kind, tuple(table.headings), then)
    known = catalogue.table_readers.get(key)
    if known is None:
        field_names = _table(horizontal_field_names, table, _FIRST_COLUMN[kind])
        known = catalogue.table_readers[key] = (field_names, {})
    readers = known[1]
    if not table.rows and not then:  # an empty Then table says: none
        _no_rows(kind)
    rows = []
    for row in table.rows:
        cells = row.cells
        try:
            reader = readers.get(cells[0]) or _reader(catalogue, kind, cells[0], known, then)
            rows.append(read(reader, cells))
        except GherkinError as error:
            # a row of dashes or without a name (which names no message) is the first to fix
            _table(check_row_shapes, table)
            _table(check_message_names, table)
            _on_its_side(catalogue, kind, table)
            _none_as_a_row(kind, table, then)
            raise GherkinError(error.problem, _at_line(row.line)) from None
    return rows


_NONE = frozenset({"none", "nothing", "no events", "no commands", "no event", "-", "n/a"})


def _none_as_a_row(kind: MessageKind, table: Table, then: bool) -> None:
    """Refuse ``| none |`` as the one row of a table: a row is a message, not a word."""
    if len(table.rows) != 1 or table.rows[0].cells[0].strip().casefold() not in _NONE:
        return
    written = table.rows[0].cells[0].strip()
    if then:
        fix = f"remove the row: a table with its heading row only says no {kind.value}s"
    else:
        fix = "write: Given no prior activity"
    raise GherkinError(
        f'"{written}" names no {kind.value}: each row of this table is one {kind.value} — {fix}',
        _at_line(table.rows[0].line),
    )


def _on_its_side(catalogue: Catalogue, kind: MessageKind, table: Table) -> None:
    """Refuse ``| event | CardRedeemed |`` over ``| card_id | GC-1 |``: one message
    written as field and value rows, where this step lists messages one row each."""
    if len(table.headings) != 2:
        return
    name = table.headings[1].strip()
    try:
        spec = catalogue.message(name, kind)
    except GherkinError:
        return
    fields = [row.cells[0].strip() for row in table.rows]
    shown = " | ".join(fields)
    raise GherkinError(
        f"this table is written on its side: its heading row names the {kind.value} {name} "
        f"and its rows its fields, but this step lists {kind.value}s one row each, the fields "
        f"as columns — write | {kind.value} | {shown} | and under it | {spec.name} | … |",
        _at_line(getattr(table, "line", None)),
    )


def _reader(
    catalogue: Catalogue,
    kind: MessageKind,
    written: str,
    known: tuple[tuple[str, ...], dict[str, _Columns]],
    then: bool,
) -> _Columns:
    field_names, readers = known
    spec = catalogue.message(written.strip(), kind)
    reader = readers[written] = _Columns(spec, field_names, then)
    return reader


class _Columns:
    """The columns of a horizontal table as fields of one message class.

    Kept for the run: a cell already read in a column gives its value again when the
    value is of an immutable class, so a suite that writes ``GC-17`` or ``30`` in scenario
    after scenario converts it once per column.
    """

    __slots__ = ("cells", "field_names", "fields", "plan", "spec", "then")

    def __init__(self, spec: MessageSpec, field_names: Sequence[str], then: bool) -> None:
        self.spec = spec
        self.field_names = field_names
        self.then = then
        # found on first use: a column left empty in this class's rows may name no field
        self.fields: list[FieldSpec | None] = [None] * len(field_names)
        #: Per column, what a cell read before gave: the field's name, its value and the
        #: text as written; None for a cell that gives no field.
        self.cells: list[dict[str, tuple[str, object, str] | None]] = [
            dict(_EMPTY_CELLS) for _ in field_names
        ]
        #: Each column's position in a row (cells[0] names the message: the fields are in
        #: the columns after it), with the cells read before in it.
        self.plan = tuple(enumerate(self.cells, start=1))

    def read(self, cells: Sequence[str]) -> WrittenMessage:
        """The message of one row (``cells[0]`` names it); empty cells give no field."""
        texts: dict[str, str] = {}
        return WrittenMessage(self.spec, self._values(cells, texts), texts)

    def payload(self, cells: Sequence[str]) -> object:
        """The message instance of one row, as `read` reads it."""
        return self.spec.build(self._values(cells, None))

    def _values(self, cells: Sequence[str], texts: dict[str, str] | None) -> dict[str, object]:
        values: dict[str, object] = {}
        plan = self.plan
        if len(cells) <= len(plan):  # a short row: the cells it lacks give no field
            plan = plan[: max(len(cells) - 1, 0)]
        for column, known_cells in plan:
            cell = cells[column]
            known = known_cells.get(cell, _UNKNOWN)
            if known is None:
                continue
            if known is _UNKNOWN:
                if cell.isspace():
                    continue
                known = self._read_cell(column - 1, cell)
            name = known[0]
            if name in values:
                raise GherkinError(f"{self.spec.name}.{name} is given twice: give each field once")
            values[name] = known[1]
            if texts is not None:
                texts[name] = known[2]
        return values

    def _read_cell(self, index: int, cell: str) -> tuple[str, object, str]:
        field_spec = self.fields[index]
        if field_spec is None:
            field_spec = self.fields[index] = self.spec.field(self.field_names[index])
        text, quoted = unquote(cell)
        value = self.spec.text_value(field_spec, text, quoted, self.then)
        known = (field_spec.name, value, text)
        if type(value) in IMMUTABLE_VALUES or isinstance(value, Enum):  # ANY_VALUE is not kept
            cache = self.cells[index]
            if len(cache) >= _CELLS_KEPT:
                cache.clear()
                cache.update(_EMPTY_CELLS)
            cache[cell] = known
        return known


#: A run's table readers (kept on its `Catalogue`): by kind of message, heading row as
#: written and whether it is a Then table, its field names and its readers by message name.
TableReaders = dict[
    tuple[MessageKind, tuple[str, ...], bool], tuple[tuple[str, ...], dict[str, "_Columns"]]
]
#: The heading of a table's first column, by the kind of message it lists (an enum's
#: ``value`` is a property: read once).
_FIRST_COLUMN = {kind: (kind.value,) for kind in MessageKind}
_UNKNOWN: Any = object()
#: Cells that give no field: the empty ones (behave strips cells; a raw table may not).
_EMPTY_CELLS: dict[str, None] = {"": None}
_CELLS_KEPT = 4096


def _json_message(
    catalogue: Catalogue, kind: MessageKind, item: object, then: bool
) -> WrittenMessage:
    if not isinstance(item, dict) or not isinstance(item.get(kind.value), str):
        raise GherkinError(
            f"each item of the JSON array is an object naming its {kind.value}, e.g. "
            f'{{"{kind.value}": "Name", "field": "value"}}'
        )
    name = item[kind.value]
    fields = [(k, RawValue(_shown(v), json=v, is_json=True)) for k, v in item.items()]
    return read_message(catalogue, name, kind, [f for f in fields if f[0] != kind.value], then)


def _no_rows(kind: MessageKind) -> None:
    raise GherkinError(
        f"this table has a heading row and no rows: write one row per {kind.value} "
        "under the heading"
    )


def _table(read: Callable[..., T], table: Table, *args: object) -> T:
    try:
        return read(table, *args)
    except TableFormatError as error:
        raise GherkinError(str(error), _at_line(error.line)) from None


def _raw(cell: str) -> RawValue:
    text, quoted = unquote(cell)
    return RawValue(text, quoted)


def _load(text: str, shape: str) -> object:
    try:
        return read_json(text)
    except ValueError as error:
        raise GherkinError(
            f"the doc string is not valid JSON ({error}); expected {shape}"
        ) from None


def _object(text: str) -> dict[str, object]:
    shape = 'a JSON object like {"card_id": "GC-1", "amount": 100}'
    loaded = _load(text, shape)
    if not isinstance(loaded, dict):
        raise GherkinError(f"the doc string must be {shape}")
    return loaded


def _array(text: str) -> Sequence[object]:
    shape = 'a JSON array like [{"event": "CardIssued", "card_id": "GC-1"}]'
    loaded = _load(text, shape)
    if not isinstance(loaded, list):
        raise GherkinError(f"the doc string must be {shape}")
    return loaded


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _at_line(line: int | None) -> str | None:
    location = current_location()
    if location is None or line is None:
        return location
    return f"{location.rpartition(':')[0]}:{line}"
