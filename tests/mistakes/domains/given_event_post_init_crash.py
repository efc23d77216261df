"""A given event's __post_init__ crashes as the feature file builds it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class HiveInspected:
    hive_id: str
    frames: int

    def __post_init__(self) -> None:
        if self.frames > 10:
            raise TypeError(f"too many frames: {self.frames}" + self.frames)  # type: ignore[operator]  # bug


@dataclass(frozen=True)
class HarvestHoney:
    hive_id: str


@dataclass(frozen=True)
class HoneyHarvested:
    hive_id: str


class Hive(Aggregate):
    @command_handler
    def harvest(self, command: HarvestHoney) -> None:
        self.apply(HoneyHarvested(command.hive_id))

    @event_sourcing_handler
    def on_inspected(self, event: HiveInspected) -> None:
        self.id = event.hive_id

    @event_sourcing_handler
    def on_harvested(self, event: HoneyHarvested) -> None:
        pass
