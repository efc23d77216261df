"""A property whose assert fails when a Then step reads it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class FillBarrel:
    barrel_id: str
    litres: int


@dataclass(frozen=True)
class BarrelFilled:
    barrel_id: str
    litres: int


class Barrel(Aggregate):
    def __init__(self) -> None:
        self.litres = 0

    @property
    def level(self) -> int:
        assert self.litres < 0, "a barrel holds no negative litres"  # bug
        return self.litres

    @command_handler
    def fill(self, command: FillBarrel) -> None:
        self.apply(BarrelFilled(command.barrel_id, command.litres))

    @event_sourcing_handler
    def on_filled(self, event: BarrelFilled) -> None:
        self.id = event.barrel_id
        self.litres = event.litres
