"""Recording a finished feature: once for every formatter, its journals let go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from castle_bdd.docs.collector import (
    JOURNAL_ATTRIBUTE,
    attach_journal,
    feature_record,
    finished_feature_record,
    timeline,
)
from castle_bdd.fixtures.journal import EntryKind, Journal, Phase
from castle_bdd.sharding import read_feature
from examples.giftcard import CardIssued

FEATURE = """\
Feature: Gift cards

  Scenario: Issuing
    Given nothing

  Scenario: Issuing again
    Given nothing
"""


def _feature_with_journals(folder: Path, releasable: bool) -> Any:
    path = folder / "cards.feature"
    path.write_text(FEATURE)
    feature = read_feature(path)
    assert feature is not None
    for number, scenario in enumerate(feature.scenarios):
        journal = Journal()
        at = datetime(2026, 1, 1, tzinfo=timezone.utc)
        journal.record(Phase.GIVEN, EntryKind.EVENT, CardIssued(f"GC-{number}", 10), at)
        attach_journal(scenario, journal, releasable)
    return feature


def test_a_finished_feature_is_recorded_once_and_its_journals_are_let_go(
    tmp_path: Path,
) -> None:
    feature = _feature_with_journals(tmp_path, releasable=True)

    record = finished_feature_record(feature)

    assert [s.timeline[0].fields["card_id"] for s in record.scenarios] == ["GC-0", "GC-1"]
    assert not [s for s in feature.scenarios if hasattr(s, JOURNAL_ATTRIBUTE)]
    assert finished_feature_record(feature) is record, "a second formatter reads the same record"


def test_journals_another_reader_may_want_are_kept(tmp_path: Path) -> None:
    feature = _feature_with_journals(tmp_path, releasable=False)
    finished_feature_record(feature)
    assert all(hasattr(s, JOURNAL_ATTRIBUTE) for s in feature.scenarios)


def test_an_error_whose_str_raises_is_drawn_with_what_it_raised() -> None:
    from tests.mistakes.domains.exception_str_crash import LampBroken

    journal = Journal()
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    journal.record(Phase.WHEN, EntryKind.ERROR, LampBroken("X-1"), at)
    (note,) = timeline(journal.entries)
    assert "its __str__ raised IndexError" in str(note)


def test_an_event_holding_a_value_whose_str_raises_is_drawn_with_what_it_raised() -> None:
    from tests.docs.test_values import Badge

    journal = Journal()
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    journal.record(Phase.WHEN, EntryKind.EVENT, CardIssued("GC-1", Badge("gold")), at)  # type: ignore[arg-type]
    journal.record(Phase.WHEN, EntryKind.RESULT, Badge("gold"), at)
    event, result = timeline(journal.entries)
    assert "its __str__ raised AttributeError" in str(event.fields["amount"])
    assert "its __str__ raised AttributeError" in result.label


class RoomBooked:
    """An event that reads its fields from a dict, and raises KeyError for any other name."""

    def __init__(self, room: str) -> None:
        self._fields = {"room": room}

    def __getattr__(self, name: str) -> object:
        return self.__dict__["_fields"][name]


@dataclass(frozen=True)
class ReminderSet:
    """An event of the domain that has fields named as castle-bdd's deadlines' are."""

    deadline_name: str
    payload: str


def test_an_event_is_drawn_without_asking_it_for_castle_bdd_s_attributes() -> None:
    journal = Journal()
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    journal.record(Phase.WHEN, EntryKind.EVENT, RoomBooked("R-1"), at)
    journal.record(Phase.WHEN, EntryKind.EVENT, ReminderSet("Call", "R-1"), at)
    booked, reminder = timeline(journal.entries)
    assert booked.label == "RoomBooked"
    assert (reminder.label, reminder.fields) == (
        "ReminderSet",
        {"deadline_name": "Call", "payload": "R-1"},
    ), "an event of the domain, not a deadline"


def test_a_message_of_castle_bdd_from_a_hook_is_kept_in_words(tmp_path: Path) -> None:
    from behave.model_type import Status

    from castle_bdd.gherkin.errors import GherkinError

    path = tmp_path / "cards.feature"
    path.write_text(FEATURE)
    feature = read_feature(path)
    assert feature is not None
    scenarios: list[Any] = list(feature.scenarios)
    checked, other = scenarios
    for scenario, error in [(checked, GherkinError("no Then step")), (other, KeyError("x"))]:
        scenario.set_status(Status.hook_error)
        scenario.store_exception_context(error)
        scenario.error_message = f"HOOK-ERROR in before_scenario: {type(error).__name__}: {error}"

    record = feature_record(feature)

    assert [s.error for s in record.scenarios] == [
        "no Then step",
        "HOOK-ERROR in before_scenario: KeyError: 'x'",  # not castle-bdd's: as behave says
    ]
    assert [s.status for s in record.scenarios] == ["failed", "failed"]


def test_a_fixed_known_issue_that_fails_the_run_is_a_failure(tmp_path: Path) -> None:
    from behave.model_type import Status

    from castle_bdd.docs.model import KNOWN_ISSUE_ATTRIBUTE
    from castle_bdd.tags import KnownIssueFixedError

    path = tmp_path / "cards.feature"
    path.write_text(FEATURE)
    feature = read_feature(path)
    assert feature is not None
    scenarios: list[Any] = list(feature.scenarios)
    failing, warning = scenarios
    for scenario in scenarios:
        setattr(scenario, KNOWN_ISSUE_ATTRIBUTE, "fixed")
    warning.set_status(Status.passed)
    failing.set_status(Status.hook_error)  # known_issue_pass = "fail"
    fixed = KnownIssueFixedError('FIXED: known issue "Issuing" passed')
    failing.store_exception_context(fixed)
    failing.error_message = f"HOOK-ERROR in after_scenario: KnownIssueFixedError: {fixed}"

    record = feature_record(feature)

    assert [s.status for s in record.scenarios] == ["failed", "fixed"]
    assert record.scenarios[0].error == 'FIXED: known issue "Issuing" passed'


def test_a_returned_value_object_is_named_by_its_class_with_its_fields() -> None:
    from decimal import Decimal

    from examples.ordering import OrderLine

    journal = Journal()
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    journal.record(Phase.WHEN, EntryKind.RESULT, OrderLine("TEA", 2, Decimal("4.50")), at)
    journal.record(Phase.WHEN, EntryKind.RESULT, {"sku": "TEA"}, at)
    value_object, mapping = timeline(journal.entries)
    assert (value_object.label, value_object.fields) == (
        "OrderLine",
        {"sku": "TEA", "quantity": "2", "unit_price": "4.50"},
    )
    assert (mapping.label, mapping.fields) == ("a value", {"value": {"sku": "TEA"}})
