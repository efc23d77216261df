"""A deadline handler whose helper never stops calling itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


@dataclass(frozen=True)
class PlantFern:
    fern_id: str


@dataclass(frozen=True)
class FernPlanted:
    fern_id: str


@dataclass(frozen=True)
class FernWatered:
    fern_id: str
    litres: int


def _litres(days: int) -> int:
    return _litres(days - 1) + 1  # bug


class Fern(Aggregate):
    @command_handler
    def plant(self, command: PlantFern) -> None:
        self.apply(FernPlanted(command.fern_id))
        self.deadlines.schedule(timedelta(days=3), "Water")

    @deadline_handler("Water")
    def water(self) -> None:
        self.apply(FernWatered(str(self.id), _litres(3)))

    @event_sourcing_handler
    def on_planted(self, event: FernPlanted) -> None:
        self.id = event.fern_id

    @event_sourcing_handler
    def on_watered(self, event: FernWatered) -> None:
        pass
