"""A command handler that takes no message."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class TuneGuitar:
    guitar_id: str


@dataclass(frozen=True)
class GuitarTuned:
    guitar_id: str


class Guitar(Aggregate):
    @command_handler
    def tune(self) -> None:  # bug
        self.apply(GuitarTuned("x"))

    @event_sourcing_handler
    def on_tuned(self, event: GuitarTuned) -> None:
        self.id = event.guitar_id
