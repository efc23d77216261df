"""An event-sourcing handler that ends the process while the given events are replayed."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class FillCistern:
    cistern_id: str
    litres: int


@dataclass(frozen=True)
class CisternInstalled:
    cistern_id: str
    fuel: str


@dataclass(frozen=True)
class CisternFilled:
    cistern_id: str
    litres: int


class Cistern(Aggregate):
    @command_handler
    def fill(self, command: FillCistern) -> None:
        self.apply(CisternFilled(command.cistern_id, command.litres))

    @event_sourcing_handler
    def on_installed(self, event: CisternInstalled) -> None:
        self.id = event.cistern_id
        if event.fuel not in ("diesel", "petrol"):
            sys.exit(f"unknown fuel {event.fuel}")  # bug
        self.litres = 0

    @event_sourcing_handler
    def on_filled(self, event: CisternFilled) -> None:
        self.litres += event.litres
