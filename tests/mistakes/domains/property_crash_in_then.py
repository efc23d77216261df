"""A property that crashes when a Then step reads it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class TankFilled:
    tank_id: str
    litres: int


@dataclass(frozen=True)
class DrawWater:
    tank_id: str
    litres: int


@dataclass(frozen=True)
class WaterDrawn:
    tank_id: str
    litres: int


class Tank(Aggregate):
    def __init__(self) -> None:
        self.litres = 0
        self.capacity = 0

    @property
    def level(self) -> float:
        return self.litres / self.capacity  # bug

    @command_handler
    def draw(self, command: DrawWater) -> None:
        self.apply(WaterDrawn(command.tank_id, command.litres))

    @event_sourcing_handler
    def on_filled(self, event: TankFilled) -> None:
        self.id = event.tank_id
        self.litres = event.litres

    @event_sourcing_handler
    def on_drawn(self, event: WaterDrawn) -> None:
        self.litres -= event.litres
