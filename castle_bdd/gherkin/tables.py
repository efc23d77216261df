"""Gherkin tables in, plain data out — and plain data back out as an aligned table.

Two shapes are read:

- a *vertical* table gives one message, one ``| field | value |`` row per field; the
  heading row ``| field | value |`` may be written or left out (behave reads the first
  row as headings, so without it the first row is the first field);
- a *horizontal* table gives several messages, one per row: the first column names the
  message (``event`` or ``command``), the others are fields; an empty cell means the
  field is not given for that row.

`render_table` draws tables for failure reports. A cell that differs is marked by a
trailing ``✗`` (``| 30 ✗ |``): it survives copying to plain text, reads in any terminal
without colour, and leaves the value itself untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from castle_bdd.errors import CastleBddError
from castle_bdd.suggestions import closest, normalise_name

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Row, Table

#: The mark `render_table` puts after a cell that differs.
MARK = "✗"

_VERTICAL_HEADINGS = ("field", "value")


class TableFormatError(CastleBddError):
    """A table in a feature file that does not have the shape its step needs.

    ``line`` is the line in the feature file where the problem is, when known.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line or None
        super().__init__(message)


class RowData(NamedTuple):
    """One row of a horizontal table: which message, the fields given, and its line."""

    message_name: str
    fields: dict[str, str]
    line: int


def vertical_table(table: Table) -> list[tuple[str, str, int]]:
    """``(field, value, line)`` for each row of a ``| field | value |`` table."""
    headings = [cell.strip() for cell in table.headings]
    if len(headings) != 2:
        raise TableFormatError(_vertical_width_problem(headings), _line(table))
    pairs: list[tuple[str, str, int]] = []
    if [heading.casefold() for heading in headings] == list(reversed(_VERTICAL_HEADINGS)):
        raise TableFormatError(
            f"the heading row | {headings[0]} | {headings[1]} | is the wrong way round: the "
            "field's name comes first — write | field | value |, each row a name and its value",
            _line(table),
        )
    if [heading.casefold() for heading in headings] != list(_VERTICAL_HEADINGS):
        pairs.append((headings[0], headings[1], _line(table)))
    for row in table.rows:
        pairs.append((row.cells[0].strip(), row.cells[1], _line(row)))
    try:
        _check_field_names([(name, line) for name, _, line in pairs])
    except TableFormatError as error:
        if len(table.rows) < 2 or pairs[0][2] != _line(table) or "twice" not in str(error):
            raise
        # | card_id | amount | over rows of values: a horizontal table of several messages
        raise TableFormatError(
            f"the first row of this table names the fields {headings[0]} and {headings[1]}, "
            f"with {len(table.rows)} rows of values under it, but this step takes one message, "
            f"each row one field and its value — write | {headings[0]} | … | and "
            f"| {headings[1]} | … |, or list the messages with a step that takes several "
            "(Then the events are:)",
            error.line,
        ) from None
    return pairs


def _vertical_width_problem(headings: list[str]) -> str:
    problem = f"a vertical table has two columns: field and value — this one has {len(headings)}"
    if headings and headings[0].casefold() in ("event", "command", "events", "commands"):
        problem += f" (a table whose first column is '{headings[0]}' lists several messages)"
    return problem


def horizontal_table(
    table: Table, first_column: Sequence[str] = ("event", "command")
) -> list[RowData]:
    """One `RowData` per row of a table whose first column names the message."""
    field_names = horizontal_field_names(table, first_column)
    kind = table.headings[0].strip()
    return [_row_data(row, field_names, kind) for row in table.rows]


def horizontal_field_names(
    table: Table, first_column: Sequence[str] = ("event", "command")
) -> tuple[str, ...]:
    """The field names of a table whose first column names the message, checked."""
    headings = [cell.strip() for cell in table.headings]
    _check_first_column(headings, first_column, _line(table))
    _check_field_names([(name, _line(table)) for name in headings[1:]])
    return tuple(headings[1:])


def check_message_names(table: Table) -> None:
    """Every row of a horizontal table names its message in the first column."""
    for row in table.rows:
        if not row.cells[0].strip():
            _no_message_name(table.headings[0].strip(), row)


def check_row_shapes(table: Table) -> None:
    """No row of ``table`` is a line of dashes under its heading, as a Markdown table has,
    nor a row of empty cells (what a row is left when its text was deleted)."""
    for row in table.rows:
        cells = [cell.strip() for cell in row.cells]
        if all(is_ruler(cell) for cell in cells):
            raise TableFormatError(RULER, _line(row))
        if not any(cells):
            raise TableFormatError("this row is empty: remove it, or fill in its cells", _line(row))


def is_ruler(cell: str) -> bool:
    """Whether ``cell`` is a run of dashes (``---``, ``:---:``), as under a Markdown heading."""
    return _RULER_CELL.fullmatch(cell) is not None


_RULER_CELL = re.compile(r":?-{3,}:?")
RULER = (
    "this row of dashes is not part of a Gherkin table (a Markdown table has one under "
    "its heading, a Gherkin table does not): remove the row"
)


def lists_messages(
    headings: Sequence[str], first_column: Sequence[str] = ("event", "command")
) -> bool:
    """Whether a table with these headings lists messages: its first column names them."""
    first = headings[0].strip() if headings else ""
    accepted = {spelling.casefold() for word in first_column for spelling in (word, word + "s")}
    return first.casefold() in accepted


def _check_first_column(headings: list[str], allowed: Sequence[str], line: int) -> None:
    if lists_messages(headings, allowed):
        return
    first = headings[0] if headings else ""
    choices = " or ".join(f"'{word}'" for word in allowed)
    problem = f"the first column of this table must be {choices}, not '{first}'"
    suggestion = closest(first, allowed) if first else None
    hint = f" — did you mean {suggestion}?" if suggestion else ""
    if not suggestion and first.casefold() in _VERTICAL_HEADINGS:
        kind = allowed[0]
        hint = (
            f": this step lists {kind}s, one row each — a heading row | {kind} | <field> | … | "
            f"and under it the {kind}'s name and its values"
        )
    raise TableFormatError(problem + hint, line)


def _row_data(row: Row, field_names: Sequence[str], kind: str) -> RowData:
    message_name = row.cells[0].strip()
    if not message_name:
        _no_message_name(kind, row)
    fields = {
        name: cell for name, cell in zip(field_names, row.cells[1:], strict=False) if cell.strip()
    }
    return RowData(message_name, fields, _line(row))


def _no_message_name(kind: str, row: object) -> NoReturn:
    raise TableFormatError(f"this row has no {kind.casefold().rstrip('s')} name", _line(row))


def _check_field_names(names: Iterable[tuple[str, int]]) -> None:
    seen: dict[str, str] = {}
    for name, line in names:
        if not name:
            raise TableFormatError(
                "a field of this table has no name: write its name in the empty cell, or "
                "remove the cells of that field",
                line,
            )
        key = normalise_name(name)
        if key in seen:
            raise TableFormatError(
                f"the field '{name}' is given twice in this table: give each field once", line
            )
        seen[key] = name


def _line(part: object) -> int:
    line = getattr(part, "line", None)
    return line if isinstance(line, int) else 0


def render_table(
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    marked: set[tuple[int, int]] | None = None,
    indent: str = "",
) -> str:
    """An aligned Gherkin table; ``marked`` holds ``(row, column)`` of cells that differ.

    Rows and columns count from 0; row 0 is the first row under the headings. Marked
    cells end in `MARK`. ``|``, ``\\`` and line breaks in cells are escaped as Gherkin
    expects, so the table can be pasted back into a feature file (marks aside).
    """
    marked = marked or set()
    width = len(headings)
    body = [
        [_cell(row, column, (index, column) in marked) for column in range(width)]
        for index, row in enumerate(rows)
    ]
    lines = [[_escape(heading) for heading in headings], *body]
    widths = [max(_width(line[column]) for line in lines) for column in range(width)]
    return "\n".join(indent + _render_line(line, widths) for line in lines)


def _cell(row: Sequence[str], column: int, is_marked: bool) -> str:
    text = _escape(row[column]) if column < len(row) else ""
    if not is_marked:
        return text
    return f"{text} {MARK}" if text else MARK


def _render_line(cells: list[str], widths: list[int]) -> str:
    padded = [
        cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True)
    ]
    return "| " + " | ".join(padded) + " |"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")


def _width(text: str) -> int:
    # wide (e.g. CJK) characters take two columns in a terminal, combining marks none
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    import unicodedata  # only a table with other than ASCII text needs it

    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
