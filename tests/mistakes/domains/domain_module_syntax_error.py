"""A domain module with a syntax error."""

from __future__ import annotations
from dataclasses import dataclass
from castle_bdd import Aggregate, command_handler, event_sourcing_handler

@dataclass(frozen=True)
class PourTea:
    pot_id: str

class Teapot(Aggregate):
    @command_handler
    def pour(self, command: PourTea) -> None  # bug
        pass
