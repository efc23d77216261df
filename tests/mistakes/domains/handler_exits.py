"""A command handler that ends the process on a value it does not expect."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class HeatOven:
    oven_id: str
    degrees: int


@dataclass(frozen=True)
class OvenHeated:
    oven_id: str
    degrees: int


class Oven(Aggregate):
    @command_handler
    def heat(self, command: HeatOven) -> None:
        if command.degrees > 300:
            sys.exit(f"oven {command.oven_id} too hot")  # bug
        self.apply(OvenHeated(command.oven_id, command.degrees))

    @event_sourcing_handler
    def on_heated(self, event: OvenHeated) -> None:
        self.id = event.oven_id
