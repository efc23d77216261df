"""Reading a step's messages: inline fields, vertical and horizontal tables, JSON."""

from __future__ import annotations

import pytest
from behave.model import Table

from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.conversion import ANY_VALUE
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import parse_inline_fields
from castle_bdd.gherkin.reading import read_message, read_messages, step_fields
from castle_bdd.gherkin.specs import MessageKind, RawValue
from examples import giftcard

EVENT = MessageKind.EVENT


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(["examples.giftcard", "examples.invoicing"])


def test_inline_fields() -> None:
    fields = step_fields(parse_inline_fields('card id "GC-1" and amount 100'), None, None)
    assert fields == [("card id", RawValue("GC-1", True)), ("amount", RawValue("100", False))]


def test_a_vertical_table_with_or_without_its_heading_row() -> None:
    with_heading = Table(["field", "value"], rows=[["card_id", '"GC-1"'], ["amount", "5"]])
    without = Table(["card_id", '"GC-1"'], rows=[["amount", "5"]])
    expected = [("card_id", RawValue("GC-1", True)), ("amount", RawValue("5", False))]
    assert step_fields(None, with_heading, None) == expected
    assert step_fields(None, without, None) == expected


def test_a_json_object_doc_string() -> None:
    fields = step_fields(None, None, '{"card_id": "GC-1", "amount": 5}')
    assert fields == [
        ("card_id", RawValue("GC-1", json="GC-1", is_json=True)),
        ("amount", RawValue("5", json=5, is_json=True)),
    ]


def test_fields_given_twice_over() -> None:
    table = Table(["field", "value"], rows=[["amount", "5"]])
    with pytest.raises(GherkinError, match="give the fields once"):
        step_fields(parse_inline_fields("amount 5"), table, None)


def test_a_doc_string_that_is_not_an_object() -> None:
    with pytest.raises(GherkinError, match="the doc string must be a JSON object"):
        step_fields(None, None, "[1, 2]")


def test_read_message_keeps_the_written_text(catalogue) -> None:
    written = step_fields(parse_inline_fields("card id * and amount 30"), None, None)
    message = read_message(catalogue, "card redeemed", EVENT, written, then=True)
    assert message.values == {"card_id": ANY_VALUE, "amount": 30}
    assert message.written == {"card_id": "*", "amount": "30"}


def test_horizontal_rows_leave_empty_cells_out(catalogue) -> None:
    table = Table(
        ["event", "card_id", "amount", "reason"],
        line=10,
        rows=[["CardIssued", "GC-1", "100", ""], ["CardCancelled", "GC-1", "", "lost"]],
    )
    messages = read_messages(catalogue, EVENT, table, None, then=False)
    assert [m.build() for m in messages] == [
        giftcard.CardIssued("GC-1", 100),
        giftcard.CardCancelled("GC-1", "lost"),
    ]


def test_a_row_error_names_the_row_line(catalogue) -> None:
    table = Table(["event", "card_id", "amount"], line=10, rows=[["CardIsued", "GC-1", "1"]])
    with pytest.raises(GherkinError) as caught:
        read_messages(catalogue, EVENT, table, None, then=False)
    assert caught.value.problem == "unknown event 'CardIsued' — did you mean CardIssued?"


def test_a_json_array_of_messages(catalogue) -> None:
    text = '[{"event": "CardIssued", "card_id": "GC-1", "amount": 5}]'
    messages = read_messages(catalogue, EVENT, None, text, then=False)
    assert messages[0].build() == giftcard.CardIssued("GC-1", 5)
    with pytest.raises(GherkinError, match="each item of the JSON array is an object naming"):
        read_messages(catalogue, EVENT, None, '[{"card_id": "GC-1"}]', then=False)


def test_a_list_step_without_a_table(catalogue) -> None:
    with pytest.raises(GherkinError, match="add a table whose first column is 'event'"):
        read_messages(catalogue, EVENT, None, None, then=True)
