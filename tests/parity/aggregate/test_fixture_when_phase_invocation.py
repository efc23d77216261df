"""Axon's ``FixtureWhenPhaseAggregateInvocationTest``: when_constructing and when_invoking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from castle_bdd import Aggregate, AggregateTestFixture, apply, event_sourcing_handler
from castle_bdd.errors import FixtureUsageError

AGGREGATE_ID = "some-id"
STATE = "some-state"


@dataclass(frozen=True)
class AggregateCreatedEvent:
    aggregate_id: str
    should_fail: bool


@dataclass(frozen=True)
class AggregateMemberCreatedEvent:
    aggregate_id: str
    state: str
    should_fail: bool


@dataclass(frozen=True)
class AggregateMemberChangedEvent:
    aggregate_id: str
    state: str


@dataclass
class MyAggregateMember:
    aggregate_id: str
    state: str

    def change_member(self, change: str) -> None:
        apply(AggregateMemberChangedEvent(self.aggregate_id, change))


class MyAggregate(Aggregate):
    def __init__(self) -> None:
        self.id: Any = None
        self.member: MyAggregateMember | None = None

    @classmethod
    def created(cls, aggregate_id: str, should_fail: bool) -> MyAggregate:
        if should_fail:
            raise RuntimeError()
        aggregate = cls()
        aggregate.apply(AggregateCreatedEvent(aggregate_id, should_fail))
        return aggregate

    def create_entity(self, member_state: str, should_fail: bool) -> None:
        if should_fail:
            raise RuntimeError()
        self.apply(AggregateMemberCreatedEvent(self.id, member_state, should_fail))

    @event_sourcing_handler
    def on_created(self, event: AggregateCreatedEvent) -> None:
        self.id = event.aggregate_id

    @event_sourcing_handler
    def on_member_created(self, event: AggregateMemberCreatedEvent) -> None:
        self.member = MyAggregateMember(self.id, event.state)

    @event_sourcing_handler
    def on_member_changed(self, event: AggregateMemberChangedEvent) -> None:
        assert self.member is not None
        self.member.state = event.state


@pytest.fixture
def fixture() -> AggregateTestFixture[MyAggregate]:
    return AggregateTestFixture(MyAggregate)


def test_creating_aggregate_through_when_constructing_publishes_events_when_successful(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.creatingAggregateThroughWhenConstructingPublishesEventsWhenSuccessful."""
    fixture.given_no_prior_activity().when_constructing(
        lambda: MyAggregate.created(AGGREGATE_ID, False)
    ).expect_events(AggregateCreatedEvent(AGGREGATE_ID, False))


def test_creating_aggregate_through_when_constructing_throws_exceptions_when_unsuccessful(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.creatingAggregateThroughWhenConstructingThrowsExceptionsWhenUnsuccessful."""
    fixture.given_no_prior_activity().when_constructing(
        lambda: MyAggregate.created(AGGREGATE_ID, True)
    ).expect_no_events().expect_exception(RuntimeError)


def test_changing_aggregate_through_when_invoking_publishes_events_when_successful(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.changingAggregateThroughWhenInvokingPublishesEventsWhenSuccessful."""
    fixture.given(AggregateCreatedEvent(AGGREGATE_ID, False)).when_invoking(
        AGGREGATE_ID, lambda aggregate: aggregate.create_entity(STATE, False)
    ).expect_events(AggregateMemberCreatedEvent(AGGREGATE_ID, STATE, False))


def test_changing_aggregate_through_when_invoking_throws_exception_when_unsuccessful(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.changingAggregateThroughWhenInvokingThrowsExceptionWhenUnsuccessful."""
    fixture.given(AggregateCreatedEvent(AGGREGATE_ID, False)).when_invoking(
        AGGREGATE_ID, lambda aggregate: aggregate.create_entity(STATE, True)
    ).expect_no_events().expect_exception(RuntimeError)


def test_changing_aggregate_member_through_when_invoked_works(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.changingAggregateMemberThroughWhenInvokedWorks."""

    def change(aggregate: MyAggregate) -> None:
        assert aggregate.member is not None
        aggregate.member.change_member("new-state")

    fixture.given(
        AggregateCreatedEvent(AGGREGATE_ID, False),
        AggregateMemberCreatedEvent(AGGREGATE_ID, STATE, False),
    ).when_invoking(AGGREGATE_ID, change).expect_events(
        AggregateMemberChangedEvent(AGGREGATE_ID, "new-state")
    )


def test_using_when_invoked_with_null_aggregate_identifier(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.usingWhenInvokedWithNullAggregateIdentifierThrowsIllegalArgumentException.

    A deliberate difference: a None id stops the test instead of being the outcome.
    """
    given = fixture.given(AggregateCreatedEvent(AGGREGATE_ID, False))
    with pytest.raises(FixtureUsageError, match="needs the id of an aggregate, got None"):
        given.when_invoking(None, lambda aggregate: aggregate.create_entity(STATE, False))


def test_using_when_invoked_with_non_existing_aggregate_identifier(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureWhenPhaseAggregateInvocationTest.usingWhenInvokedWithNonExistingAggregateIdentifierThrowsIllegalArgumentException."""
    given = fixture.given(AggregateCreatedEvent(AGGREGATE_ID, False))
    with pytest.raises(FixtureUsageError, match="'non-existing-aggregate-id'"):
        given.when_invoking(
            "non-existing-aggregate-id", lambda aggregate: aggregate.create_entity(STATE, False)
        )
