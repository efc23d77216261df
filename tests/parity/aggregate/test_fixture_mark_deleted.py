"""Axon's ``FixtureTest_MarkDeleted``: expect_marked_deleted and its inverse."""

from __future__ import annotations

import pytest

from castle_bdd import AggregateTestFixture
from castle_bdd.fixtures.expectations import ExpectationFailed
from tests.parity.aggregate.axon_samples import (
    AnnotatedAggregate,
    CreateAggregateCommand,
    DeleteCommand,
    HardToCreateResource,
    MyAggregateDeletedEvent,
    MyEvent,
)


@pytest.fixture
def fixture() -> AggregateTestFixture[AnnotatedAggregate]:
    return AggregateTestFixture(AnnotatedAggregate)


def test_create_aggregate_yields_live_aggregate(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_MarkDeleted.createAggregateYieldsLiveAggregate."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_no_prior_activity().when(CreateAggregateCommand("id")).expect_events(
        MyEvent("id", 0)
    ).expect_not_marked_deleted()


def test_create_aggregate_yields_live_aggregate_inverted(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_MarkDeleted.createAggregateYieldsLiveAggregateInverted."""
    fixture.register_injectable_resource(HardToCreateResource())
    validator = fixture.given_no_prior_activity().when(CreateAggregateCommand("id"))
    validator.expect_events(MyEvent("id", 0))
    with pytest.raises(ExpectationFailed, match="to be marked deleted, but it is not"):
        validator.expect_marked_deleted()


def test_deleted_aggregate_yields_aggregate_marked_deleted(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_MarkDeleted.deletedAggregateYieldsAggregateMarkedDeleted."""
    fixture.given(MyEvent("id", 0)).when(DeleteCommand("id", False)).expect_events(
        MyAggregateDeletedEvent(False)
    ).expect_marked_deleted()


def test_deleted_aggregate_yields_aggregate_marked_deleted_inverted(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_MarkDeleted.deletedAggregateYieldsAggregateMarkedDeletedInverted."""
    validator = fixture.given(MyEvent("id", 0)).when(DeleteCommand("id", False))
    validator.expect_events(MyAggregateDeletedEvent(False))
    with pytest.raises(ExpectationFailed, match="not to be marked deleted, but it is"):
        validator.expect_not_marked_deleted()
