"""Denying a deadline that only another class handles checks nothing, and is refused."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Annotated, cast

import pytest

from castle_bdd import Aggregate, AggregateMember, command_handler, deadline_handler
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.plan import Target
from castle_bdd.gherkin.time_checks import check_deadline_of_target
from castle_bdd.scheduling import ScheduledItem
from examples import giftcard, subscription


@dataclass(frozen=True)
class Remind:
    """A reminder's payload."""

    card_id: str


class RemindingCard(giftcard.GiftCard):
    """A gift card that handles deadlines by their payload: any name may be one."""

    @deadline_handler()
    def on_remind(self, payload: Remind) -> None:
        """Takes a deadline of any name whose payload is a Remind."""


class StrayTarget(Aggregate):
    """An aggregate of no domain of this test."""

    @command_handler
    def open(self, command: Remind) -> None:
        """Never called."""


class Label:
    """A member entity of a parcel, which reprints itself when its deadline comes."""

    @deadline_handler("PaymentDue")
    def on_due(self) -> None:
        """Takes the parcel's PaymentDue deadline."""

    @deadline_handler("Reprint")
    def reprint(self) -> None:
        """Takes the parcel's Reprint deadline."""


class Parcel(Aggregate):
    """An aggregate whose deadlines only its member entity handles."""

    label: Annotated[Label, AggregateMember()]

    @command_handler
    def send(self, command: Remind) -> None:
        """Never called."""


CATALOGUE = build_catalogue(["examples.giftcard", "examples.subscription", __name__])


def _scheduled(name: str) -> ScheduledItem:
    return cast(ScheduledItem, SimpleNamespace(deadline_name=name))  # all the check reads


def test_a_deadline_only_another_class_handles_is_refused() -> None:
    with pytest.raises(
        GherkinError, match="PaymentDue is a deadline of the aggregate Subscription"
    ):
        check_deadline_of_target(
            CATALOGUE, Target("aggregate", giftcard.GiftCard), "PaymentDue", []
        )


def test_a_deadline_of_the_class_under_test_is_checked() -> None:
    target = Target("aggregate", subscription.Subscription)
    check_deadline_of_target(CATALOGUE, target, "PaymentDue", [])


def test_a_class_that_takes_deadlines_by_payload_may_schedule_any_name() -> None:
    check_deadline_of_target(CATALOGUE, Target("aggregate", RemindingCard), "PaymentDue", [])


def test_a_deadline_of_that_name_already_scheduled_is_checked() -> None:
    target = Target("aggregate", giftcard.GiftCard)
    check_deadline_of_target(CATALOGUE, target, "PaymentDue", [_scheduled("PaymentDue")])


def test_a_name_no_class_handles_is_left_to_the_fixture() -> None:
    check_deadline_of_target(CATALOGUE, Target("aggregate", StrayTarget), "Whatever", [])


def test_a_deadline_a_member_entity_handles_is_a_deadline_of_its_aggregate() -> None:
    assert CATALOGUE.deadline("reprint") == "Reprint"
    assert CATALOGUE.deadline_owners["Reprint"] == [Parcel]
    check_deadline_of_target(CATALOGUE, Target("aggregate", Parcel), "PaymentDue", [])
    with pytest.raises(GherkinError, match="Reprint is a deadline of the aggregate Parcel"):
        check_deadline_of_target(CATALOGUE, Target("aggregate", giftcard.GiftCard), "Reprint", [])
