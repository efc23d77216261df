"""Tests of reading Gherkin tables and drawing them for reports."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from behave.model import Table

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.tables import (
    MARK,
    RowData,
    TableFormatError,
    horizontal_table,
    render_table,
    vertical_table,
)


@dataclass
class FakeRow:
    cells: list[str]
    line: int


@dataclass
class FakeTable:
    """The part of behave's table that the helpers use, built by hand."""

    headings: list[str]
    cell_rows: list[list[str]] = field(default_factory=list)
    line: int = 1

    @property
    def rows(self) -> list[FakeRow]:
        return [FakeRow(cells, self.line + index + 1) for index, cells in enumerate(self.cell_rows)]


def test_vertical_table_without_a_heading_row_starts_with_its_first_row() -> None:
    table = Table(["card_id", "GC-1"], rows=[["amount", "100"]], line=10)
    assert vertical_table(table) == [("card_id", "GC-1", 10), ("amount", "100", 11)]


@pytest.mark.parametrize("headings", [["field", "value"], ["Field", "Value"], ["FIELD", "VALUE"]])
def test_vertical_table_with_a_heading_row_skips_it(headings: list[str]) -> None:
    table = Table(headings, rows=[["card id", "GC-1"], ["amount", "100"]], line=4)
    assert vertical_table(table) == [("card id", "GC-1", 5), ("amount", "100", 6)]


def test_vertical_table_from_a_fake_table() -> None:
    table = FakeTable(["field", "value"], [["card_id", "GC-1"]], line=7)
    assert vertical_table(table) == [("card_id", "GC-1", 8)]


def test_vertical_table_keeps_empty_values() -> None:
    table = Table(["field", "value"], rows=[["note", ""]], line=1)
    assert vertical_table(table) == [("note", "", 2)]


def test_vertical_table_with_three_columns() -> None:
    table = Table(["card_id", "GC-1", "x"], rows=[["amount", "100", "y"]], line=3)
    with pytest.raises(TableFormatError) as raised:
        vertical_table(table)
    assert str(raised.value) == "a vertical table has two columns: field and value — this one has 3"
    assert raised.value.line == 3


def test_vertical_table_given_a_horizontal_table_says_so() -> None:
    table = Table(["event", "card_id", "amount"], rows=[["CardIssued", "GC-1", "1"]], line=3)
    with pytest.raises(TableFormatError, match="first column is 'event' lists several messages"):
        vertical_table(table)


def test_vertical_table_with_a_field_twice() -> None:
    table = Table(["field", "value"], rows=[["card_id", "a"], ["card id", "b"]], line=3)
    with pytest.raises(TableFormatError) as raised:
        vertical_table(table)
    assert "'card id' is given twice" in str(raised.value)
    assert raised.value.line == 5


def test_vertical_table_with_a_nameless_field() -> None:
    table = Table(["field", "value"], rows=[["", "a"]], line=3)
    with pytest.raises(TableFormatError, match="has no name"):
        vertical_table(table)


def test_horizontal_table_rows() -> None:
    table = Table(
        ["event", "card_id", "amount"],
        rows=[["CardIssued", "GC-1", "100"], ["CardRedeemed", "GC-1", "30"]],
        line=20,
    )
    assert horizontal_table(table) == [
        RowData("CardIssued", {"card_id": "GC-1", "amount": "100"}, 21),
        RowData("CardRedeemed", {"card_id": "GC-1", "amount": "30"}, 22),
    ]


def test_horizontal_table_leaves_out_empty_cells() -> None:
    table = Table(["event", "card_id", "amount"], rows=[["CardRedeemed", "GC-1", ""]], line=1)
    assert horizontal_table(table)[0].fields == {"card_id": "GC-1"}


def test_horizontal_table_keeps_a_quoted_empty_value() -> None:
    table = Table(["event", "note"], rows=[["Noted", '""']], line=1)
    assert horizontal_table(table)[0].fields == {"note": '""'}


@pytest.mark.parametrize("first", ["event", "Event", "COMMAND", "events", "commands"])
def test_horizontal_table_first_column_words(first: str) -> None:
    table = FakeTable([first, "card_id"], [["IssueCard", "GC-1"]])
    assert horizontal_table(table)[0].message_name == "IssueCard"


def test_horizontal_table_with_only_headings_has_no_rows() -> None:
    assert horizontal_table(Table(["event", "card_id"], line=1)) == []


def test_horizontal_table_with_a_chosen_first_column() -> None:
    table = FakeTable(["deadline", "invoice_id"], [["PaymentDue", "INV-1"]])
    rows = horizontal_table(table, first_column=("deadline",))
    assert rows == [RowData("PaymentDue", {"invoice_id": "INV-1"}, 2)]


def test_horizontal_table_with_a_mistyped_first_column() -> None:
    table = Table(["evnt", "card_id"], rows=[["CardIssued", "GC-1"]], line=8)
    with pytest.raises(TableFormatError) as raised:
        horizontal_table(table)
    assert str(raised.value) == (
        "the first column of this table must be 'event' or 'command', not 'evnt'"
        " — did you mean event?"
    )
    assert raised.value.line == 8


def test_horizontal_table_with_an_unrelated_first_column() -> None:
    with pytest.raises(TableFormatError) as raised:
        horizontal_table(Table(["card_id", "amount"], rows=[["GC-1", "1"]], line=1))
    assert "not 'card_id'" in str(raised.value)
    assert "did you mean" not in str(raised.value)


def test_horizontal_table_row_without_a_message_name() -> None:
    table = Table(["event", "card_id"], rows=[["CardIssued", "a"], ["", "b"]], line=1)
    with pytest.raises(TableFormatError) as raised:
        horizontal_table(table)
    assert str(raised.value) == "this row has no event name"
    assert raised.value.line == 3


def test_horizontal_table_with_a_column_twice() -> None:
    table = Table(["event", "amount", "Amount"], rows=[["CardIssued", "1", "2"]], line=1)
    with pytest.raises(TableFormatError, match="'Amount' is given twice"):
        horizontal_table(table)


def test_table_format_error_is_a_castle_bdd_error() -> None:
    with pytest.raises(CastleBddError):
        horizontal_table(FakeTable(["x", "y"]))


def test_render_table_aligns_columns() -> None:
    text = render_table(["event", "amount"], [["CardIssued", "100"], ["CardRedeemed", "5"]])
    assert text == (
        "| event        | amount |\n| CardIssued   | 100    |\n| CardRedeemed | 5      |"
    )


def test_render_table_marks_cells() -> None:
    text = render_table(["event", "n"], [["CardRedeemed", "30"]], marked={(0, 1)})
    assert text.splitlines() == ["| event        | n    |", f"| CardRedeemed | 30 {MARK} |"]


def test_render_table_marks_an_empty_cell() -> None:
    text = render_table(["event", "amount"], [["CardRedeemed", ""]], marked={(0, 1)})
    assert text.splitlines()[1] == f"| CardRedeemed | {MARK}      |"


def test_render_table_indents_every_line() -> None:
    text = render_table(["a"], [["1"]], indent="    ")
    assert all(line.startswith("    | ") for line in text.splitlines())


def test_render_table_escapes_pipes_and_line_breaks() -> None:
    text = render_table(["note"], [["a|b\nc"]])
    assert text.splitlines()[1] == "| a\\|b\\nc |"


def test_render_table_pads_short_rows() -> None:
    assert render_table(["a", "b"], [["1"]]).splitlines()[1] == "| 1 |   |"


def test_render_table_aligns_wide_characters() -> None:
    lines = render_table(["名前", "x"], [["ab", "y"]]).splitlines()
    assert lines == ["| 名前 | x |", "| ab   | y |"]


def test_rendered_tables_read_back_as_horizontal_tables() -> None:
    headings = ["event", "card_id", "amount"]
    rows = [["CardIssued", "GC-1", "100"]]
    lines = render_table(headings, rows).splitlines()
    cells = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    table = Table(cells[0], rows=cells[1:], line=1)
    assert horizontal_table(table) == [
        RowData("CardIssued", {"card_id": "GC-1", "amount": "100"}, 2)
    ]
