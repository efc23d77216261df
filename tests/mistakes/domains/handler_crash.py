"""A command handler with a typo in an attribute name."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class OpenWallet:
    wallet_id: str


@dataclass(frozen=True)
class PayIn:
    wallet_id: str
    amount: int


@dataclass(frozen=True)
class WalletOpened:
    wallet_id: str


@dataclass(frozen=True)
class PaidIn:
    wallet_id: str
    amount: int


class Wallet(Aggregate):
    def __init__(self) -> None:
        self.balance = 0

    @command_handler
    def open(self, command: OpenWallet) -> None:
        self.apply(WalletOpened(command.wallet_id))

    @command_handler
    def pay_in(self, command: PayIn) -> None:
        if command.amount > self.balanse:  # type: ignore[attr-defined]  # bug
            pass
        self.apply(PaidIn(command.wallet_id, command.amount))

    @event_sourcing_handler
    def on_opened(self, event: WalletOpened) -> None:
        self.id = event.wallet_id

    @event_sourcing_handler
    def on_paid_in(self, event: PaidIn) -> None:
        self.balance += event.amount
