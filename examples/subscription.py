"""Subscriptions: an aggregate with a payment deadline, and a saga with a renewal deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum

from castle_bdd import (
    Aggregate,
    Saga,
    command_handler,
    deadline_handler,
    end_saga,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)


class Plan(Enum):
    """What a subscriber pays for."""

    BASIC = "basic"
    PREMIUM = "premium"


@dataclass(frozen=True)
class StartSubscription:
    """Start a subscription; the first payment is due in 30 days."""

    subscription_id: str
    plan: Plan
    monthly_fee: Decimal


@dataclass(frozen=True)
class PayFee:
    """Pay the fee that is due."""

    subscription_id: str
    amount: Decimal


@dataclass(frozen=True)
class SubscriptionStarted:
    """A subscription started."""

    subscription_id: str
    plan: Plan
    monthly_fee: Decimal
    started_on: date


@dataclass(frozen=True)
class FeePaid:
    """The fee was paid."""

    subscription_id: str
    amount: Decimal
    paid_at: datetime


@dataclass(frozen=True)
class SubscriptionSuspended:
    """The fee was not paid in time."""

    subscription_id: str
    reason: str


@dataclass(frozen=True)
class PaymentDue:
    """The payload of the payment deadline."""

    subscription_id: str


class WrongAmount(Exception):
    """The amount paid is not the fee."""


class Subscription(Aggregate):
    """A subscription suspended when its fee is not paid within 30 days."""

    def __init__(self) -> None:
        self.fee = Decimal(0)
        self.paid = False
        self.suspended = False

    @command_handler
    def start(self, command: StartSubscription) -> None:
        """Start, and give the subscriber 30 days to pay."""
        self.apply(
            SubscriptionStarted(
                command.subscription_id, command.plan, command.monthly_fee, date.today()
            )
        )
        self.deadlines.schedule(
            timedelta(days=30), "PaymentDue", PaymentDue(command.subscription_id)
        )

    @command_handler
    def pay(self, command: PayFee) -> None:
        """Pay the fee: the payment deadline is cancelled."""
        if command.amount != self.fee:
            raise WrongAmount(f"the fee is {self.fee}")
        self.deadlines.cancel_all("PaymentDue")
        self.apply(FeePaid(command.subscription_id, command.amount, datetime.now()))

    @deadline_handler("PaymentDue")
    def on_payment_due(self, payload: PaymentDue) -> None:
        self.apply(SubscriptionSuspended(payload.subscription_id, "fee not paid"))

    @event_sourcing_handler
    def on_started(self, event: SubscriptionStarted) -> None:
        self.id = event.subscription_id
        self.fee = event.monthly_fee

    @event_sourcing_handler
    def on_paid(self, event: FeePaid) -> None:
        self.paid = True

    @event_sourcing_handler
    def on_suspended(self, event: SubscriptionSuspended) -> None:
        self.suspended = True


@dataclass(frozen=True)
class TrialStarted:
    """A free trial started."""

    customer_id: str
    days: int


@dataclass(frozen=True)
class TrialConverted:
    """The customer subscribed before the trial ended."""

    customer_id: str


@dataclass(frozen=True)
class SendTrialReminder:
    """Remind the customer that the trial is about to end."""

    customer_id: str


@dataclass(frozen=True)
class EndTrial:
    """End the customer's trial."""

    customer_id: str


class TrialSaga(Saga):
    """Reminds a customer two days before the trial ends, and ends it on time."""

    @start_saga
    @saga_event_handler(association="customer_id")
    def on_started(self, event: TrialStarted) -> None:
        self.customer_id = event.customer_id
        self.deadlines.schedule(timedelta(days=event.days - 2), "TrialReminder")
        self.deadlines.schedule(timedelta(days=event.days), "TrialEnd")

    @end_saga
    @saga_event_handler(association="customer_id")
    def on_converted(self, event: TrialConverted) -> None:
        self.deadlines.cancel_all("TrialReminder")
        self.deadlines.cancel_all("TrialEnd")

    @deadline_handler("TrialReminder")
    def remind(self) -> None:
        self.commands.send(SendTrialReminder(self.customer_id))

    @deadline_handler("TrialEnd")
    def end_trial(self) -> None:
        self.commands.send(EndTrial(self.customer_id))
        self.end()
