"""A command handler that was never written: it raises NotImplementedError."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class KennelOpened:
    kennel_id: str


@dataclass(frozen=True)
class BoardDog:
    kennel_id: str
    dog: str


@dataclass(frozen=True)
class DogBoarded:
    kennel_id: str
    dog: str


class Kennel(Aggregate):
    @command_handler
    def board(self, command: BoardDog) -> None:
        raise NotImplementedError("boarding comes next sprint")  # bug

    @event_sourcing_handler
    def on_opened(self, event: KennelOpened) -> None:
        self.id = event.kennel_id
