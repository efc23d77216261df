"""Axon's ``ResultValidatorImplTest``: event comparison and deadline windows.

Axon builds the validator over a list of events and a mocked deadline manager; here an
aggregate's command applies the event and schedules the deadlines, so the validator
under test is the one a fixture gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hamcrest import anything, none
from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd import Aggregate, AggregateTestFixture, Message, command_handler
from castle_bdd.fixtures.aggregate_validator import AggregateResultValidator
from castle_bdd.fixtures.expectations import ExpectationFailed
from tests.parity.aggregate.axon_samples import MyEvent

FROM = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
TO = FROM + timedelta(days=2)


@dataclass(frozen=True)
class Publish:
    events: tuple[Any, ...]
    deadlines_at: tuple[datetime, ...] = ()


class Publisher(Aggregate):
    @command_handler
    def publish(self, command: Publish) -> None:
        for event in command.events:
            self.apply(event, {"key1": "value1"})
        for due in command.deadlines_at:
            self.deadlines.schedule(due, "deadlineName", "payload")


def _validator(*deadlines_at: datetime, events: tuple[Any, ...] = ()) -> AggregateResultValidator:
    published = events or (MyEvent("aggregateId", 123),)
    fixture = AggregateTestFixture(Publisher)
    return fixture.given_current_time(FROM).when(Publish(published, deadlines_at))


@pytest.fixture
def validator() -> AggregateResultValidator:
    return _validator()


def test_should_compare_values_for_equality(validator: AggregateResultValidator) -> None:
    """ResultValidatorImplTest.shouldCompareValuesForEquality."""
    with pytest.raises(ExpectationFailed):
        validator.expect_events(Message(MyEvent("aggregateId", 123), {"key1": "otherValue"}))


def test_should_compare_keys_for_equality(validator: AggregateResultValidator) -> None:
    """ResultValidatorImplTest.shouldCompareKeysForEquality."""
    with pytest.raises(ExpectationFailed):
        validator.expect_events(Message(MyEvent("aggregateId", 123), {"KEY1": "value1"}))


def test_should_successfully_compare_equal_metadata(validator: AggregateResultValidator) -> None:
    """ResultValidatorImplTest.shouldSuccessfullyCompareEqualMetadata."""
    validator.expect_events(Message(MyEvent("aggregateId", 123), {"key1": "value1"}))


def test_should_consider_explicit_equals_before_checking_fields() -> None:
    """ResultValidatorImplTest.shouldConsiderExplicitEqualsBeforeCheckingFields."""
    s1 = "0"
    s2 = str(0)
    _validator(events=(s1,)).expect_events(s2)


def test_should_report_failure_for_failed_primitive_matching() -> None:
    """ResultValidatorImplTest.shouldReportFailureForFailedPrimitiveMatching."""
    with pytest.raises(ExpectationFailed):
        _validator(events=("some-string",)).expect_events("some-other-string")


def test_should_report_failure_for_failed_field_matching() -> None:
    """ResultValidatorImplTest.shouldReportFailureForFailedFieldMatching."""
    validator = _validator(events=(MyEvent("some-string", 1),))
    with pytest.raises(ExpectationFailed, match="aggregate_identifier"):
        validator.expect_events(MyEvent("some-other-string", 1))


INSIDE = FROM + timedelta(days=1)
BEFORE = FROM - timedelta(days=1)
AFTER = TO + timedelta(days=1)


def test_no_deadline_matching_in_timeframe_with_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineMatchingInTimeframeWithDeadlineInsideWindow."""
    with pytest.raises(ExpectationFailed):
        _validator(INSIDE).expect_no_scheduled_deadline_matching_between(FROM, TO, anything())


def test_no_deadline_matching_in_timeframe_with_other_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineMatchingInTimeframeWithOtherDeadlineInsideWindow."""
    _validator(INSIDE).expect_no_scheduled_deadline_matching_between(FROM, TO, none())


def test_no_deadline_matching_in_timeframe_with_deadline_at_from() -> None:
    """ResultValidatorImplTest.noDeadlineMatchingInTimeframeWithDeadlineAtFrom."""
    with pytest.raises(ExpectationFailed):
        _validator(FROM).expect_no_scheduled_deadline_matching_between(FROM, TO, anything())


def test_no_deadline_matching_in_timeframe_with_deadline_at_to() -> None:
    """ResultValidatorImplTest.noDeadlineMatchingInTimeframeWithDeadlineAtTo."""
    with pytest.raises(ExpectationFailed):
        _validator(TO).expect_no_scheduled_deadline_matching_between(FROM, TO, anything())


def test_no_deadline_matching_in_timeframe_with_deadlines_outside_window() -> None:
    """ResultValidatorImplTest.noDeadlineMatchingInTimeframeWithDeadlinesOutsideWindow."""
    _validator(BEFORE, AFTER).expect_no_scheduled_deadline_matching_between(FROM, TO, anything())


def test_no_deadline_in_timeframe_with_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineInTimeframeWithDeadlineInsideWindow."""
    with pytest.raises(ExpectationFailed):
        _validator(INSIDE).expect_no_scheduled_deadline_between(FROM, TO, "payload")


def test_no_deadline_in_timeframe_with_other_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineInTimeframeWithOtherDeadlineInsideWindow."""
    _validator(INSIDE).expect_no_scheduled_deadline_between(FROM, TO, object())


def test_no_deadline_in_timeframe_with_deadline_at_from() -> None:
    """ResultValidatorImplTest.noDeadlineInTimeframeWithDeadlineAtFrom."""
    with pytest.raises(ExpectationFailed):
        _validator(FROM).expect_no_scheduled_deadline_between(FROM, TO, "payload")


def test_no_deadline_in_timeframe_with_deadline_at_to() -> None:
    """ResultValidatorImplTest.noDeadlineInTimeframeWithDeadlineAtTo."""
    with pytest.raises(ExpectationFailed):
        _validator(TO).expect_no_scheduled_deadline_between(FROM, TO, "payload")


def test_no_deadline_in_timeframe_with_deadlines_outside_window() -> None:
    """ResultValidatorImplTest.noDeadlineInTimeframeWithDeadlinesOutsideWindow."""
    validator = _validator(BEFORE, AFTER)
    validator.expect_no_scheduled_deadline_between(FROM, TO, "payload")


def test_no_deadline_of_type_in_timeframe_with_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineOfTypeInTimeframeWithDeadlineInsideWindow."""
    with pytest.raises(ExpectationFailed):
        _validator(INSIDE).expect_no_scheduled_deadline_of_type_between(FROM, TO, str)


def test_no_deadline_of_type_in_timeframe_with_other_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineOfTypeInTimeframeWithOtherDeadlineInsideWindow."""
    _validator(INSIDE).expect_no_scheduled_deadline_of_type_between(FROM, TO, int)


def test_no_deadline_of_type_in_timeframe_with_deadline_at_from() -> None:
    """ResultValidatorImplTest.noDeadlineOfTypeInTimeframeWithDeadlineAtFrom."""
    with pytest.raises(ExpectationFailed):
        _validator(FROM).expect_no_scheduled_deadline_of_type_between(FROM, TO, str)


def test_no_deadline_of_type_in_timeframe_with_deadline_at_to() -> None:
    """ResultValidatorImplTest.noDeadlineOfTypeInTimeframeWithDeadlineAtTo."""
    with pytest.raises(ExpectationFailed):
        _validator(TO).expect_no_scheduled_deadline_of_type_between(FROM, TO, str)


def test_no_deadline_of_type_in_timeframe_with_deadlines_outside_window() -> None:
    """ResultValidatorImplTest.noDeadlineOfTypeInTimeframeWithDeadlinesOutsideWindow."""
    _validator(BEFORE, AFTER).expect_no_scheduled_deadline_of_type_between(FROM, TO, str)


def test_no_deadline_with_name_in_timeframe_with_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineWithNameInTimeframeWithDeadlineInsideWindow."""
    with pytest.raises(ExpectationFailed):
        _validator(INSIDE).expect_no_scheduled_deadline_with_name_between(FROM, TO, "deadlineName")


def test_no_deadline_with_name_timeframe_with_other_deadline_inside_window() -> None:
    """ResultValidatorImplTest.noDeadlineWithNameTimeframeWithOtherDeadlineInsideWindow."""
    _validator(INSIDE).expect_no_scheduled_deadline_with_name_between(FROM, TO, "otherName")


def test_no_deadline_with_name_in_timeframe_with_deadline_at_from() -> None:
    """ResultValidatorImplTest.noDeadlineWithNameInTimeframeWithDeadlineAtFrom."""
    with pytest.raises(ExpectationFailed):
        _validator(FROM).expect_no_scheduled_deadline_with_name_between(FROM, TO, "deadlineName")


def test_no_deadline_with_name_in_timeframe_with_deadline_at_to() -> None:
    """ResultValidatorImplTest.noDeadlineWithNameInTimeframeWithDeadlineAtTo."""
    with pytest.raises(ExpectationFailed):
        _validator(TO).expect_no_scheduled_deadline_with_name_between(FROM, TO, "deadlineName")


def test_no_deadline_with_name_in_timeframe_with_deadlines_outside_window() -> None:
    """ResultValidatorImplTest.noDeadlineWithNameInTimeframeWithDeadlinesOutsideWindow."""
    _validator(BEFORE, AFTER).expect_no_scheduled_deadline_with_name_between(
        FROM, TO, "deadlineName"
    )


class _Diagnosing(BaseMatcher[Any]):
    def _matches(self, item: Any) -> bool:
        return False

    def describe_to(self, description: Description) -> None:
        description.append_text("<EXPECTED DESCRIPTION TEXT>")

    def describe_mismatch(self, item: Any, mismatch_description: Description) -> None:
        mismatch_description.append_text("<MISMATCH TEXT>")


def test_hamcrest_matcher_mismatch_is_reported(validator: AggregateResultValidator) -> None:
    """ResultValidatorImplTest.hamcrestMatcherMismatchIsReported."""
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events_matching(_Diagnosing())
    assert "<EXPECTED DESCRIPTION TEXT>" in str(failure.value)
    assert "<MISMATCH TEXT>" in str(failure.value)
