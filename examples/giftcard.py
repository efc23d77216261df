"""Gift cards: an aggregate that is issued, redeemed and cancelled."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class IssueCard:
    """Issue a new gift card worth an amount."""

    card_id: str
    amount: int


@dataclass(frozen=True)
class RedeemCard:
    """Spend part of a gift card's balance."""

    card_id: str
    amount: int


@dataclass(frozen=True)
class CancelCard:
    """Cancel a gift card for good."""

    card_id: str
    reason: str = "unspecified"


@dataclass(frozen=True)
class CardIssued:
    """A gift card was issued."""

    card_id: str
    amount: int


@dataclass(frozen=True)
class CardRedeemed:
    """Part of a gift card's balance was spent."""

    card_id: str
    amount: int


@dataclass(frozen=True)
class CardCancelled:
    """A gift card was cancelled."""

    card_id: str
    reason: str


class InsufficientBalance(Exception):
    """The card's balance does not cover the amount."""


class CardAlreadyCancelled(Exception):
    """The card was cancelled and takes no more commands."""


class GiftCard(Aggregate):
    """A gift card with a remaining balance."""

    def __init__(self) -> None:
        self.remaining = 0
        self.cancelled = False

    @command_handler
    def issue(self, command: IssueCard) -> None:
        """Runs on a fresh GiftCard() when there is no history."""
        if command.amount <= 0:
            raise ValueError("amount must be positive")
        self.apply(CardIssued(command.card_id, command.amount))

    @command_handler
    async def redeem(self, command: RedeemCard) -> int:
        """Spend from the balance; returns what remains."""
        if self.cancelled:
            raise CardAlreadyCancelled(f"card {self.id} is cancelled")
        if command.amount > self.remaining:
            raise InsufficientBalance(f"balance is {self.remaining}")
        self.apply(CardRedeemed(command.card_id, command.amount))
        return self.remaining

    @command_handler
    def cancel(self, command: CancelCard) -> None:
        """Cancel the card and mark the aggregate deleted."""
        self.apply(CardCancelled(command.card_id, command.reason))
        self.mark_deleted()

    @event_sourcing_handler
    def on_issued(self, event: CardIssued) -> None:
        self.id = event.card_id
        self.remaining = event.amount

    @event_sourcing_handler
    def on_redeemed(self, event: CardRedeemed) -> None:
        self.remaining -= event.amount

    @event_sourcing_handler
    def on_cancelled(self, event: CardCancelled) -> None:
        self.cancelled = True
