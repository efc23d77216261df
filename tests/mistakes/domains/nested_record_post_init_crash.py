"""A nested value's __post_init__ with a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class Dimensions:
    width: int
    height: int

    def __post_init__(self) -> None:
        self.width / (self.height - self.height)  # bug


@dataclass(frozen=True)
class HangPainting:
    wall_id: str
    size: Dimensions


@dataclass(frozen=True)
class PaintingHung:
    wall_id: str


class Wall(Aggregate):
    @command_handler
    def hang(self, command: HangPainting) -> None:
        self.apply(PaintingHung(command.wall_id))

    @event_sourcing_handler
    def on_hung(self, event: PaintingHung) -> None:
        self.id = event.wall_id
