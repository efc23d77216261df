"""Axon's ``FixtureTest_MatcherParams``: matchers in place of expected values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hamcrest import anything
from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd import AggregateTestFixture
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.matchers import (
    exact_sequence_of,
    matches,
    payloads_matching,
    predicate,
    sequence_of,
)
from tests.parity.aggregate.axon_samples import (
    MyCommandHandler,
    MyEvent,
    StandardAggregate,
    StrangeCommand,
    StrangeCommandReceivedException,
    TestCommand,
)

GIVEN = [MyEvent("aggregateId", 1), MyEvent("aggregateId", 2), MyEvent("aggregateId", 3)]


class DoesMatch(BaseMatcher[Any]):
    def _matches(self, item: Any) -> bool:
        return True

    def describe_to(self, description: Description) -> None:
        description.append_text("anything")


class DoesNotMatch(BaseMatcher[Any]):
    def _matches(self, item: Any) -> bool:
        return False

    def describe_to(self, description: Description) -> None:
        description.append_text("something you can never give me")


@pytest.fixture
def fixture() -> AggregateTestFixture[StandardAggregate]:
    fixture = AggregateTestFixture(StandardAggregate)
    fixture.register_annotated_command_handler(
        MyCommandHandler(fixture.repository, fixture.event_bus)
    )
    return fixture


def test_first_fixture(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.firstFixture."""
    fixture.given(MyEvent("aggregateId", 1)).when(
        TestCommand("aggregateId")
    ).expect_result_matching(DoesMatch()).expect_events_matching(
        sequence_of(matches(lambda item: True))
    )


def test_payloads_match(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.payloadsMatch."""
    fixture.given(MyEvent("aggregateId", 1)).when(
        TestCommand("aggregateId")
    ).expect_result_matching(DoesMatch()).expect_events_matching(
        payloads_matching(sequence_of(matches(lambda item: True)))
    )


def test_payloads_match_exact(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.payloadsMatchExact."""
    fixture.given(MyEvent("aggregateId", 1)).when(
        TestCommand("aggregateId")
    ).expect_result_matching(DoesMatch()).expect_events_matching(
        payloads_matching(exact_sequence_of(matches(lambda item: True)))
    )


def test_payloads_match_predicate(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.payloadsMatchPredicate."""
    fixture.given(MyEvent("aggregateId", 1)).when(
        TestCommand("aggregateId")
    ).expect_result_matching(DoesMatch()).expect_events_matching(
        payloads_matching(predicate(lambda payloads: len(payloads) > 0))
    )


def test_fixture_unexpected_exception(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.fixture_UnexpectedException."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_result_matching(DoesMatch())
    assert "but it failed with StrangeCommandReceivedException" in str(failure.value)


def test_fixture_unexpected_return_value(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.fixture_UnexpectedReturnValue."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_exception(DoesMatch())
    assert "to fail with <anything>, but it succeeded" in str(failure.value)


def test_fixture_wrong_return_value(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.fixture_WrongReturnValue."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_result_matching(DoesNotMatch())
    assert "to return <something you can never give me>, but it returned None" in str(failure.value)


def test_fixture_wrong_exception_type(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.fixture_WrongExceptionType."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_exception(DoesNotMatch())
    assert (
        "to fail with <something you can never give me>, but it failed with "
        "StrangeCommandReceivedException"
    ) in str(failure.value)


def test_fixture_expected_published_same_as_stored(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_MatcherParams.fixture_ExpectedPublishedSameAsStored."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    validator.expect_exception(StrangeCommandReceivedException)
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events(DoesMatch())
    assert "expected 1, got 0" in str(failure.value)
    assert "failed with StrangeCommandReceivedException" in str(failure.value)


def test_fixture_dispatch_meta_data_in_command() -> None:
    """FixtureTest_MatcherParams.fixture_DispatchMetaDataInCommand."""
    dispatched: list[Mapping[str, Any]] = []

    def handle(command: StrangeCommand, metadata: Mapping[str, Any]) -> None:
        dispatched.append(metadata)

    fixture = AggregateTestFixture(StandardAggregate).register_command_handler(handle)
    fixture.given(GIVEN).when(StrangeCommand("aggregateId"), {"meta": "value"})
    assert dispatched == [{"meta": "value"}]


def test_fixture_event_does_not_match(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_MatcherParams.fixture_EventDoesNotMatch."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed, match="something you can never give me"):
        validator.expect_events_matching(DoesNotMatch())
    validator.expect_events_matching(anything())
