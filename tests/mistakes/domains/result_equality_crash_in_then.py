"""A returned value whose __eq__ crashes."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Receipt(int):
    def __eq__(self, other: object) -> bool:
        return int(self) == int(other.value)  # type: ignore[attr-defined]  # bug

    __hash__ = int.__hash__


@dataclass(frozen=True)
class StallOpened:
    stall_id: str


@dataclass(frozen=True)
class SellApple:
    stall_id: str


@dataclass(frozen=True)
class AppleSold:
    stall_id: str


class Stall(Aggregate):
    @command_handler
    def sell(self, command: SellApple) -> Receipt:
        self.apply(AppleSold(command.stall_id))
        return Receipt(7)

    @event_sourcing_handler
    def on_opened(self, event: StallOpened) -> None:
        self.id = event.stall_id

    @event_sourcing_handler
    def on_sold(self, event: AppleSold) -> None:
        pass
