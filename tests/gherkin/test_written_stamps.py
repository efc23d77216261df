"""A field named like a stamp (``created_at``) is compared in a Then when it is written,
at every depth and in a command's result; left out, it is not compared."""

from __future__ import annotations

import pytest
from behave.model import Table

from castle_bdd import AggregateTestFixture
from castle_bdd.fixtures.aggregate_validator import AggregateResultValidator
from castle_bdd.gherkin import checks
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.plan import Target
from castle_bdd.gherkin.reading import WrittenMessage, read_message, read_messages, step_fields
from castle_bdd.gherkin.specs import MessageKind
from castle_bdd.gherkin.state_checks import check_result
from tests.gherkin.stamped_domain import AddNote, Doc

DOMAIN = "tests.gherkin.stamped_domain"
COMMAND = AddNote("D-1", "hi")


def _validator(command: AddNote = COMMAND) -> AggregateResultValidator:
    return AggregateTestFixture(Doc).when(command)


def _json(text: str) -> WrittenMessage:
    written = step_fields(None, None, text)
    return read_message(build_catalogue([DOMAIN]), "NoteAdded", MessageKind.EVENT, written, True)


def _published(text: str, command: AddNote = COMMAND) -> None:
    validator = _validator(command)
    checks.check_contains(validator, "events", _json(text), validator.event_payloads)


def test_a_stamp_written_in_a_nested_record_is_compared() -> None:
    with pytest.raises(GherkinError, match="1999-01-01"):
        _published('{"doc_id": "D-1", "note": {"text": "hi", "created_at": "1999-01-01"}}')
    _published('{"doc_id": "D-1", "note": {"text": "hi", "created_at": "2026-01-02"}}')


def test_a_stamp_left_out_of_a_nested_record_is_not_compared() -> None:
    _published('{"doc_id": "D-1", "note": {"text": "hi"}}')
    _published('{"doc_id": "D-1", "note": {"text": "hi"}, "earlier": [{"text": "old"}]}')


def test_a_field_left_out_of_a_nested_record_is_still_compared_with_its_default() -> None:
    # as before: only the fields ignored by name are left out when not written
    with pytest.raises(GherkinError):
        _published('{"doc_id": "D-1", "note": {"text": "hi"}}', AddNote("D-1", "hi", True))
    with pytest.raises(GherkinError):
        _published('{"doc_id": "D-1", "note": {"text": "bye"}}')


def test_a_stamp_written_in_a_list_of_records_is_compared() -> None:
    with pytest.raises(GherkinError):
        _published('{"doc_id": "D-1", "earlier": [{"text": "old", "created_at": "1999-01-01"}]}')
    _published('{"doc_id": "D-1", "earlier": [{"text": "old", "created_at": "2025-12-31"}]}')


def test_a_stamp_written_in_a_table_cell_is_compared() -> None:
    validator = _validator()
    catalogue = build_catalogue([DOMAIN])
    wrong = Table(
        ["event", "doc_id", "note"],
        rows=[["NoteAdded", "D-1", '{"text": "hi", "created at": "1999-01-01"}']],
    )
    expected = read_messages(catalogue, MessageKind.EVENT, wrong, None, True)
    with pytest.raises(GherkinError, match="1999-01-01"):
        checks.check_exact(validator, "events", expected, validator.event_payloads)
    right = Table(["event", "doc_id", "note"], rows=[["NoteAdded", "D-1", '{"text": "hi"}']])
    expected = read_messages(catalogue, MessageKind.EVENT, right, None, True)
    checks.check_exact(validator, "events", expected, validator.event_payloads)


def test_a_stamp_written_in_a_returned_record_is_compared() -> None:
    validator, target = _validator(), Target("aggregate", Doc)
    with pytest.raises(GherkinError, match="1999-01-01"):
        check_result(
            validator, target, COMMAND, '{"text": "hi", "created_at": "1999-01-01"}', False
        )
    check_result(validator, target, COMMAND, '{"text": "hi", "created_at": "2026-01-02"}', False)
    check_result(validator, target, COMMAND, '{"text": "hi"}', False)
    with pytest.raises(GherkinError):
        check_result(validator, target, COMMAND, '{"text": "hi", "pinned": true}', False)
