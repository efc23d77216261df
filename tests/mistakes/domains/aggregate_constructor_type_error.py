"""An aggregate whose constructor has a TypeError in its body, not in its signature."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler

#: Litres per tank size.
SIZES = {"small": "40", "large": "200"}


@dataclass(frozen=True)
class FillCanister:
    canister_id: str
    litres: int


@dataclass(frozen=True)
class CanisterFilled:
    canister_id: str
    litres: int


class Canister(Aggregate):
    def __init__(self) -> None:
        self.litres = 0
        self.capacity = SIZES["small"] + 10  # type: ignore[operator]  # bug

    @command_handler
    def fill(self, command: FillCanister) -> None:
        self.apply(CanisterFilled(command.canister_id, command.litres))

    @event_sourcing_handler
    def on_filled(self, event: CanisterFilled) -> None:
        self.litres += event.litres
