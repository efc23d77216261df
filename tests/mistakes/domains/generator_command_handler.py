"""A command handler written with yield, which would run none of its body."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class PlantSeeds:
    bed_id: str
    rows: int


@dataclass(frozen=True)
class RowSown:
    bed_id: str
    row: int


class Bed(Aggregate):
    @command_handler
    def plant(self, command: PlantSeeds) -> Iterator[None]:
        for row in range(command.rows):
            self.apply(RowSown(command.bed_id, row))
            yield  # bug

    @event_sourcing_handler
    def on_sown(self, event: RowSown) -> None:
        self.id = event.bed_id
