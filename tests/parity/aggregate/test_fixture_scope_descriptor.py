"""Axon's aggregate ``FixtureTest_ScopeDescriptor``.

A deliberate difference (see "Differences from Axon"): an aggregate's command handler
gets no scope parameter, since the aggregate is its own scope; its deadlines
(``self.deadlines``) are already scoped to it. Asking for one is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.errors import HandlerDefinitionError
from castle_bdd.fixtures.repository import AggregateScope


@dataclass(frozen=True)
class ScopeDescriptorEvent:
    identifier: str
    scope_descriptor: object


class TestAggregate(Aggregate):
    __test__ = False

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, identifier: str, scope_descriptor: AggregateScope) -> None:
        self.apply(ScopeDescriptorEvent(identifier, scope_descriptor))

    @event_sourcing_handler
    def on(self, event: ScopeDescriptorEvent) -> None:
        self.id = event.identifier


def test_resolves_scope_descriptor() -> None:
    """FixtureTest_ScopeDescriptor.resolvesScopeDescriptor (aggregate; a deliberate difference)"""
    fixture = AggregateTestFixture(TestAggregate).given_no_prior_activity()
    with pytest.raises(HandlerDefinitionError, match="asks for 'scope_descriptor'"):
        fixture.when("some-identifier")
