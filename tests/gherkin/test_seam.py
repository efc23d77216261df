"""The seam between the step library and the fixtures: every name it uses exists."""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta, timezone

import pytest

from castle_bdd.fixtures.aggregate import AggregateTestFixture
from castle_bdd.fixtures.aggregate_validator import AggregateResultValidator
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.fixtures.saga_phases import (
    GivenAggregateEventPublisher,
    SagaGivenState,
    WhenAggregateEventPublisher,
)
from castle_bdd.fixtures.saga_validator import SagaResultValidator
from castle_bdd.gherkin import seam
from castle_bdd.gherkin.plan import Given, GivenKind, Target, When, WhenKind, run_aggregate_plan
from examples import giftcard

IMPLEMENTATIONS = [
    (seam.AggregateFixture, AggregateTestFixture),
    (seam.AggregateResult, AggregateResultValidator),
    (seam.SagaFixture, SagaTestFixture),
    (seam.SagaGivens, SagaGivenState),
    (seam.GivenPublisher, GivenAggregateEventPublisher),
    (seam.WhenPublisher, WhenAggregateEventPublisher),
    (seam.SagaResult, SagaResultValidator),
]


def _members(protocol: type) -> set[str]:
    names: set[str] = set()
    for owner in protocol.__mro__:
        if owner is object or not getattr(owner, "_is_protocol", False):
            continue
        names.update(name for name in vars(owner) if not name.startswith("__"))
    names.discard("_is_protocol")
    return {
        name for name in names if not name.startswith("_abc") and name != "_is_runtime_protocol"
    }


@pytest.mark.parametrize(("protocol", "implementation"), IMPLEMENTATIONS)
def test_each_name_the_step_library_calls_is_on_the_fixture(protocol, implementation) -> None:
    members = _members(protocol)
    assert members  # the protocol names something
    missing = sorted(name for name in members if not hasattr(implementation, name))
    assert missing == []


@pytest.mark.parametrize(("protocol", "implementation"), IMPLEMENTATIONS)
def test_each_method_takes_the_arguments_the_step_library_passes(protocol, implementation) -> None:
    for name in _members(protocol):
        wanted = getattr(protocol, name)
        if not inspect.isfunction(wanted):
            continue
        written = [p for p in inspect.signature(wanted).parameters.values()][1:]
        arguments = [object() for p in written if p.kind is p.POSITIONAL_OR_KEYWORD]
        variadic = any(p.kind is p.VAR_POSITIONAL for p in written)
        signature = inspect.signature(getattr(implementation, name))
        signature.bind(None, *arguments, *([object(), object()] if variadic else []))


def test_time_elapsed_after_the_history_moves_an_aggregate_scenario_on() -> None:
    # the aggregate fixture has no "time elapses" given: the plan moves its clock instead
    noon = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
    fixture = AggregateTestFixture(giftcard.GiftCard)
    givens = [
        Given(GivenKind.CURRENT_TIME, instant=noon),
        Given(GivenKind.EVENTS, (giftcard.CardIssued("GC-1", 100),)),
        Given(GivenKind.TIME_ELAPSED, duration=timedelta(days=3)),
    ]
    target = Target("aggregate", giftcard.GiftCard)
    result = run_aggregate_plan(
        fixture, target, givens, When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 10))
    )
    assert result.exception is None
    assert fixture.current_time == noon + timedelta(days=3)
