"""Axon's ``StubAggregateLifecycleTest``, ``…ExtensionTest`` and ``…RuleTest``.

The JUnit extension and rule are a pytest fixture here: the lifecycle is active while
the test runs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from castle_bdd.domain import StubAggregateLifecycle, apply, mark_deleted
from castle_bdd.domain.collaborators import CollaboratorMissingError


@pytest.fixture
def test_subject() -> Iterator[StubAggregateLifecycle]:
    subject = StubAggregateLifecycle()
    yield subject
    subject.close()


@pytest.fixture
def active_lifecycle() -> Iterator[StubAggregateLifecycle]:
    with StubAggregateLifecycle() as lifecycle:
        yield lifecycle


def test_lifecycle_is_not_registered_automatically(test_subject: StubAggregateLifecycle) -> None:
    """StubAggregateLifecycleTest.lifecycleIsNotRegisteredAutomatically."""
    with pytest.raises(CollaboratorMissingError):
        apply("test")


def test_applying_events_after_deactivation_fails(test_subject: StubAggregateLifecycle) -> None:
    """StubAggregateLifecycleTest.applyingEventsAfterDeactivationFails."""
    test_subject.activate()
    test_subject.close()
    with pytest.raises(CollaboratorMissingError):
        apply("test")


def test_applied_events_are_passed_to_active_lifecycle(
    test_subject: StubAggregateLifecycle,
) -> None:
    """StubAggregateLifecycleTest.appliedEventsArePassedToActiveLifecycle."""
    test_subject.activate()
    apply("test")
    assert len(test_subject.applied_events) == 1
    assert test_subject.applied_event_payloads[0] == "test"
    assert test_subject.applied_events[0].payload == "test"


def test_mark_deleted_is_registered_with_active_lifecycle(
    test_subject: StubAggregateLifecycle,
) -> None:
    """StubAggregateLifecycleTest.markDeletedIsRegisteredWithActiveLifecycle."""
    test_subject.activate()
    mark_deleted()
    assert len(test_subject.applied_events) == 0
    assert test_subject.is_marked_deleted


@pytest.mark.parametrize("source", ["ExtensionTest", "RuleTest"])
def test_applied_events_are_passed_to_the_fixtures_lifecycle(
    active_lifecycle: StubAggregateLifecycle, source: str
) -> None:
    """StubAggregateLifecycleExtensionTest.appliedEventsArePassedToActiveLifecycle and StubAggregateLifecycleRuleTest.testAppliedEventsArePassedToActiveLifecycle."""  # noqa: E501
    apply("test")
    assert len(active_lifecycle.applied_events) == 1
    assert active_lifecycle.applied_event_payloads[0] == "test"
    assert active_lifecycle.applied_events[0].payload == "test"


@pytest.mark.parametrize("source", ["ExtensionTest", "RuleTest"])
def test_mark_deleted_is_registered_with_the_fixtures_lifecycle(
    active_lifecycle: StubAggregateLifecycle, source: str
) -> None:
    """StubAggregateLifecycleExtensionTest.testMarkDeletedIsRegisteredWithActiveLifecycle and StubAggregateLifecycleRuleTest.testMarkDeletedIsRegisteredWithActiveLifecycle."""  # noqa: E501
    mark_deleted()
    assert len(active_lifecycle.applied_events) == 0
    assert active_lifecycle.is_marked_deleted
