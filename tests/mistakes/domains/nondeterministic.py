"""An event-sourcing handler that reads a random number: replay gives another state."""

from __future__ import annotations

import random
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class DealHand:
    hand_id: str


@dataclass(frozen=True)
class HandDealt:
    hand_id: str


class Hand(Aggregate):
    @command_handler
    def deal(self, command: DealHand) -> None:
        self.apply(HandDealt(command.hand_id))

    @event_sourcing_handler
    def on_dealt(self, event: HandDealt) -> None:  # bug
        self.id = event.hand_id
        self.card = random.randint(1, 10**9)
