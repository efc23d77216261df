"""A command handler whose arithmetic overflows a float."""

from __future__ import annotations

import math
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class SavingsOpened:
    account_id: str


@dataclass(frozen=True)
class AddInterest:
    account_id: str
    rate: int


@dataclass(frozen=True)
class InterestAdded:
    account_id: str
    factor: float


class Savings(Aggregate):
    @command_handler
    def add_interest(self, command: AddInterest) -> None:
        factor = math.exp(command.rate * 100)  # bug
        self.apply(InterestAdded(command.account_id, factor))

    @event_sourcing_handler
    def on_opened(self, event: SavingsOpened) -> None:
        self.id = event.account_id
