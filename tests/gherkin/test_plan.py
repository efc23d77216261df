"""The scenario plan: which fixture a scenario exercises, and the Given steps replayed."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from castle_bdd.domain import Role
from castle_bdd.gherkin.catalogue import Catalogue, build_catalogue
from castle_bdd.gherkin.errors import FixtureChoiceError, GherkinError
from castle_bdd.gherkin.plan import (
    Given,
    GivenKind,
    Target,
    When,
    WhenKind,
    run_aggregate_plan,
    run_saga_plan,
)
from castle_bdd.gherkin.scenario import CastleScenario
from castle_bdd.gherkin.target_choice import choose_target
from examples import giftcard, invoicing, subscription

DOMAIN = ["examples.giftcard", "examples.invoicing", "examples.subscription"]
ISSUED = giftcard.CardIssued("GC-1", 100)
CREATED = invoicing.InvoiceCreated("INV-1", 100)
GIFT_CARD = Target("aggregate", giftcard.GiftCard)
INVOICING = Target("saga", invoicing.InvoicingSaga)


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(DOMAIN)


def test_a_command_goes_to_its_aggregate(catalogue) -> None:
    when = When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 1))
    assert choose_target(catalogue, [], when, None) == GIFT_CARD


class ReissuedCard(giftcard.GiftCard):
    """Another aggregate that takes RedeemCard (its base class's handler)."""


def test_a_command_s_aggregate_is_chosen_once_per_run() -> None:
    catalogue = Catalogue(("examples.giftcard",))
    catalogue.aggregates["GiftCard"] = giftcard.GiftCard
    when = When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 1))
    assert choose_target(catalogue, [], when, None) == GIFT_CARD
    assert (
        choose_target(catalogue, [], when, None)
        is catalogue.command_targets[giftcard.RedeemCard][0]
    )
    # an aggregate added to the catalogue later is not missed
    catalogue.aggregates["ReissuedCard"] = ReissuedCard
    with pytest.raises(FixtureChoiceError, match="several aggregates handle RedeemCard"):
        choose_target(catalogue, [], when, None)


def test_an_owner_a_domain_family_adds_later_is_not_missed() -> None:
    catalogue = Catalogue(("examples.giftcard",))
    catalogue.aggregates["GiftCard"] = giftcard.GiftCard
    when = When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 1))
    assert choose_target(catalogue, [], when, None) == GIFT_CARD
    catalogue.add_owner(Role.COMMAND, giftcard.RedeemCard, ReissuedCard)
    with pytest.raises(FixtureChoiceError, match="several aggregates handle RedeemCard"):
        choose_target(catalogue, [], when, None)


def test_each_scenario_gets_a_fresh_fixture_of_the_maker_the_run_keeps() -> None:
    catalogue = Catalogue(("examples.giftcard",))
    catalogue.aggregates["GiftCard"] = giftcard.GiftCard
    fixtures = []
    for _ in range(2):
        scenario = CastleScenario(catalogue)
        scenario.given(ISSUED)
        scenario.when_command(giftcard.RedeemCard("GC-1", 30))
        fixtures.append(scenario.fixture)
        scenario.close()
    assert fixtures[0] is not fixtures[1]
    assert list(catalogue.fixture_makers) == [giftcard.GiftCard]


def test_a_published_event_goes_to_its_saga(catalogue) -> None:
    when = When(WhenKind.PUBLISH, invoicing.InvoicePaid("INV-1"))
    assert choose_target(catalogue, [], when, None) == INVOICING


def test_when_time_passes_the_givens_decide(catalogue) -> None:
    givens = [Given(GivenKind.PUBLISHED, (CREATED,), aggregate_id="INV-1")]
    assert choose_target(catalogue, givens, When(WhenKind.ELAPSE), None) == INVOICING
    commands = [
        Given(
            GivenKind.COMMANDS,
            (subscription.StartSubscription("S", subscription.Plan.BASIC, 1),),  # type: ignore[arg-type]
        )
    ]
    assert choose_target(catalogue, commands, When(WhenKind.ELAPSE), None).type is (
        subscription.Subscription
    )


def test_a_tag_decides_over_everything(catalogue) -> None:
    when = When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 1))
    assert choose_target(catalogue, [], when, INVOICING) is INVOICING


def test_no_handler_for_the_command(catalogue) -> None:
    with pytest.raises(FixtureChoiceError, match="no aggregate handles the command MarkAsOverdue"):
        choose_target(catalogue, [], When(WhenKind.COMMAND, invoicing.MarkAsOverdue("I")), None)


def test_givens_pointing_two_ways_ask_for_a_tag(catalogue) -> None:
    givens = [Given(GivenKind.EVENTS, (ISSUED, CREATED))]
    with pytest.raises(FixtureChoiceError) as caught:
        choose_target(catalogue, givens, When(WhenKind.ELAPSE), None)
    assert "the Given steps point to GiftCard, InvoicingSaga" in caught.value.problem
    assert "@aggregate:Name or @saga:Name" in caught.value.problem


def test_nothing_to_go_by(catalogue) -> None:
    with pytest.raises(FixtureChoiceError, match="no Given step names one"):
        choose_target(catalogue, [Given(GivenKind.NO_PRIOR_ACTIVITY)], When(WhenKind.ELAPSE), None)


class Recorder:
    """A fixture stand-in that records every call and returns itself."""

    def __init__(self, *names: str) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.names = set(names)
        self.current_time = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def _time_frozen(self) -> AbstractContextManager[None]:
        return nullcontext()

    def __getattr__(self, name: str) -> Any:
        if name not in self.names:
            raise AttributeError(name)

        def call(*args: Any) -> Any:
            self.calls.append((name, args))
            return self

        return call


AGGREGATE_API = [
    "given",
    "given_no_prior_activity",
    "given_commands",
    "and_given",
    "and_given_commands",
    "given_current_time",
    "and_given_current_time",
    "when",
    "when_time_elapses",
    "when_time_advances_to",
]


def test_givens_are_replayed_in_order_on_an_aggregate() -> None:
    fixture = Recorder(*AGGREGATE_API)
    givens = [
        Given(GivenKind.EVENTS, (ISSUED,)),
        Given(GivenKind.COMMANDS, (giftcard.RedeemCard("GC-1", 5),)),
        Given(GivenKind.TIME_ELAPSED, duration=timedelta(days=1)),
    ]
    run_aggregate_plan(
        fixture, GIFT_CARD, givens, When(WhenKind.COMMAND, giftcard.RedeemCard("GC-1", 1))
    )
    assert [name for name, _ in fixture.calls] == [
        "given",
        "and_given_commands",
        "and_given_current_time",
        "when",
    ]
    assert fixture.calls[2][1] == (datetime(2026, 1, 2, tzinfo=timezone.utc),)


def test_an_empty_plan_is_no_prior_activity() -> None:
    fixture = Recorder(*AGGREGATE_API)
    run_aggregate_plan(fixture, GIFT_CARD, [], When(WhenKind.ELAPSE, duration=timedelta(hours=1)))
    assert [name for name, _ in fixture.calls] == ["given_no_prior_activity", "when_time_elapses"]


def test_a_saga_hears_each_published_event() -> None:
    fixture = Recorder(
        "given_a_published",
        "and_then_a_published",
        "given_aggregate",
        "and_then_aggregate",
        "published",
        "when_publishing",
    )
    paid = invoicing.InvoicePaid("INV-1")
    givens = [Given(GivenKind.PUBLISHED, (CREATED, paid))]
    run_saga_plan(fixture, INVOICING, givens, When(WhenKind.PUBLISH, paid))
    assert fixture.calls == [
        ("given_a_published", (CREATED,)),
        ("and_then_a_published", (paid,)),
        ("when_publishing", (paid,)),
    ]


def test_a_saga_cannot_start_from_commands() -> None:
    fixture = Recorder("given_a_published", "when_time_elapses")
    givens = [Given(GivenKind.COMMANDS, (giftcard.IssueCard("GC-1", 1),))]
    with pytest.raises(GherkinError, match="saga InvoicingSaga, which cannot start from commands"):
        run_saga_plan(fixture, INVOICING, givens, When(WhenKind.ELAPSE, duration=timedelta(1)))


NINE = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)


def test_a_time_set_before_no_prior_activity_is_no_history() -> None:
    fixture = Recorder(*AGGREGATE_API)
    givens = [Given(GivenKind.CURRENT_TIME, instant=NINE), Given(GivenKind.NO_PRIOR_ACTIVITY)]
    issue = giftcard.IssueCard("GC-1", 1)
    run_aggregate_plan(fixture, GIFT_CARD, givens, When(WhenKind.COMMAND, issue))
    assert fixture.calls == [("given_current_time", (NINE,)), ("when", (issue,))]
    saga = Recorder("given_current_time", "when_publishing")
    run_saga_plan(saga, INVOICING, givens, When(WhenKind.PUBLISH, CREATED))
    assert saga.calls == [("given_current_time", (NINE,)), ("when_publishing", (CREATED,))]


def test_events_given_before_no_prior_activity_are_refused() -> None:
    fixture = Recorder(*AGGREGATE_API)
    givens = [Given(GivenKind.EVENTS, (ISSUED,)), Given(GivenKind.NO_PRIOR_ACTIVITY)]
    with pytest.raises(GherkinError, match="says nothing happened before the When"):
        run_aggregate_plan(fixture, GIFT_CARD, givens, When(WhenKind.ELAPSE, duration=timedelta(1)))
