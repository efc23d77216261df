"""The fixture examples of Axon 4.13's reference guide, as tests.

From ``docs/deadlines-guide/.../testing.adoc`` (``ExpiringGiftCardTest``) and
``docs/old-reference-guide/modules/testing/pages/commands-events.adoc`` and
``sagas-1.adoc``; each docstring names the page and the example.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from hamcrest import all_of, has_property, instance_of

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    Saga,
    command_handler,
    deadline_handler,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.matchers import (
    and_no_more,
    equal_to,
    exact_sequence_of,
    list_with_all_of,
    matches,
    message_with_payload,
    payloads_matching,
)

CARD_ID = "0f1e2d3c-card"


@dataclass(frozen=True)
class IssueExpiringCardCommand:
    card_id: str
    days: int
    amount: int


@dataclass(frozen=True)
class ExpiringCardIssuedEvent:
    card_id: str
    amount: int


@dataclass(frozen=True)
class ExpiringCardExpiredEvent:
    card_id: str


class ExpiringGiftCard(Aggregate):
    """The deadlines guide's ``ExpiringGiftCard``: it expires after its days."""

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def issue(self, command: IssueExpiringCardCommand) -> None:
        self.apply(ExpiringCardIssuedEvent(command.card_id, command.amount))
        self.deadlines.schedule(timedelta(days=command.days), "EXPIRED_GIFT_CARD")

    @event_sourcing_handler
    def on_issued(self, event: ExpiringCardIssuedEvent) -> None:
        self.id = event.card_id

    @event_sourcing_handler
    def on_expired(self, event: ExpiringCardExpiredEvent) -> None:
        pass

    @deadline_handler("EXPIRED_GIFT_CARD")
    def expire(self) -> None:
        self.apply(ExpiringCardExpiredEvent(str(self.id)))


def test_card_expired_after_thirty_one_days() -> None:
    """ExpiringGiftCardTest.testCardExpiredAfterThirtyOneDays (deadlines guide, testing.adoc)"""
    (
        AggregateTestFixture(ExpiringGiftCard)
        .given_no_prior_activity()
        .and_given_commands(IssueExpiringCardCommand(CARD_ID, 30, 1377))
        .when_time_elapses(timedelta(days=31))
        .expect_successful_handler_execution()
        .expect_events(ExpiringCardExpiredEvent(CARD_ID))
        .expect_triggered_deadlines_with_name("EXPIRED_GIFT_CARD")
    )


@dataclass(frozen=True)
class CardIssuedEvent:
    card_id: str
    amount: int


@dataclass(frozen=True)
class RedeemCardCommand:
    card_id: str
    transaction_id: str
    amount: int


@dataclass(frozen=True)
class CardRedeemedEvent:
    card_id: str
    transaction_id: str
    amount: int


class GiftCard(Aggregate):
    """The reference guide's ``GiftCard``."""

    def __init__(self) -> None:
        self.remaining = 0

    @command_handler
    def redeem(self, command: RedeemCardCommand) -> None:
        if command.amount > self.remaining:
            raise ValueError("amount > remaining value")
        self.apply(CardRedeemedEvent(command.card_id, command.transaction_id, command.amount))

    @event_sourcing_handler
    def on_issued(self, event: CardIssuedEvent) -> None:
        self.id, self.remaining = event.card_id, event.amount

    @event_sourcing_handler
    def on_redeemed(self, event: CardRedeemedEvent) -> None:
        self.remaining -= event.amount


def test_redeem_card_command() -> None:
    """GiftCardTest.testRedeemCardCommand (reference guide, testing/commands-events.adoc)"""
    (
        AggregateTestFixture(GiftCard)
        .given(CardIssuedEvent("cardId", 100))
        .when(RedeemCardCommand("cardId", "transactionId", 20))
        .expect_successful_handler_execution()
        .expect_events(CardRedeemedEvent("cardId", "transactionId", 20))
    )


def test_redeem_card_command_state() -> None:
    """expectState after givenState (reference guide, testing/commands-events.adoc)

    The guide's state-stored ``GiftCard``: ``given_state`` makes it, ``expect_state``
    checks it with plain assertions; a failing assertion fails the expectation, and any
    other exception of the check is raised as it is.
    """

    def issued() -> GiftCard:
        card = GiftCard()
        card.id, card.remaining = "cardId", 100
        return card

    def check(card: GiftCard) -> None:
        assert card.remaining == 80  # the applied event is handled by the aggregate, as in Axon

    def wrong(card: GiftCard) -> None:
        assert card.remaining == 100

    def broken(card: GiftCard) -> None:
        raise RuntimeError("the check itself fails")

    validator = (
        AggregateTestFixture(GiftCard)
        .given_state(issued)
        .when(RedeemCardCommand("cardId", "transactionId", 20))
    )
    validator.expect_events(CardRedeemedEvent("cardId", "transactionId", 20)).expect_state(check)
    with pytest.raises(ExpectationFailed, match="assert 80 == 100"):
        validator.expect_state(wrong)
    with pytest.raises(RuntimeError, match="the check itself fails"):
        validator.expect_state(broken)


@dataclass(frozen=True)
class FirstEvent:
    aggregate_id: str = "aggregateId"


@dataclass(frozen=True)
class SecondEvent:
    aggregate_id: str = "aggregateId"


@dataclass(frozen=True)
class ThirdEvent:
    aggregate_id: str = "aggregateId"


@dataclass(frozen=True)
class FourthEvent:
    aggregate_id: str = "aggregateId"
    special: str = "special things"


@dataclass(frozen=True)
class DoSomethingCommand:
    aggregate_id: str


class Something(Aggregate):
    @command_handler
    def do_something(self, command: DoSomethingCommand) -> None:
        self.apply(ThirdEvent())
        self.apply(FourthEvent(), {"special": True})

    @event_sourcing_handler
    def on(self, event: FirstEvent) -> None:
        self.id = event.aggregate_id

    @event_sourcing_handler
    def on_second(self, event: SecondEvent) -> None:
        pass

    @event_sourcing_handler
    def on_third(self, event: ThirdEvent) -> None:
        pass

    @event_sourcing_handler
    def on_fourth(self, event: FourthEvent) -> None:
        pass


def a_fourth_event_with_some_special_things() -> Any:
    return all_of(
        instance_of(Message),
        has_property("payload", equal_to(FourthEvent())),  # type: ignore[arg-type]
        has_property("metadata", equal_to({"special": True})),  # type: ignore[arg-type]
    )


def test_with_matchers() -> None:
    """testWithMatchers (reference guide, testing/commands-events.adoc)"""
    validator = (
        AggregateTestFixture(Something)
        .given(FirstEvent(), SecondEvent())
        .when(DoSomethingCommand("aggregateId"))
    )
    validator.expect_events_matching(
        exact_sequence_of(
            message_with_payload(equal_to(ThirdEvent())),
            a_fourth_event_with_some_special_things(),
            and_no_more(),
        )
    )
    validator.expect_events_matching(
        payloads_matching(
            exact_sequence_of(
                equal_to(ThirdEvent()),
                matches(lambda payload: payload.special == "special things"),
                and_no_more(),
            )
        )
    )


@dataclass(frozen=True)
class InvoiceCreatedEvent:
    invoice_id: str


@dataclass(frozen=True)
class MarkAsOverdueCommand:
    invoice_id: str


class InvoicingSaga(Saga):
    @start_saga
    @saga_event_handler(association="invoice_id")
    def on_created(self, event: InvoiceCreatedEvent) -> None:
        self.invoice_id = event.invoice_id
        self.deadlines.schedule(timedelta(days=30), "invoiceOverdue")

    @deadline_handler("invoiceOverdue")
    def overdue(self) -> None:
        self.commands.send(MarkAsOverdueCommand(self.invoice_id))


def a_mark_as_overdue_command() -> Any:
    return message_with_payload(instance_of(MarkAsOverdueCommand))


def test_invoicing_saga_marks_overdue() -> None:
    """InvoicingSaga example (reference guide, testing/sagas-1.adoc)"""
    invoice_id = "invoice-1"
    validator = (
        SagaTestFixture(InvoicingSaga)
        .given_aggregate(invoice_id)
        .published(InvoiceCreatedEvent(invoice_id))
        .when_time_elapses(timedelta(days=31))
    )
    validator.expect_dispatched_commands_matching(list_with_all_of(a_mark_as_overdue_command()))
    validator.expect_dispatched_commands_matching(
        payloads_matching(list_with_all_of(instance_of(MarkAsOverdueCommand)))
    )
