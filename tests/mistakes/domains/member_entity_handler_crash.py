"""A command handler of an entity inside an aggregate crashes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from castle_bdd import Aggregate, AggregateMember, apply, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class CrateAdded:
    ship_id: str
    crate_id: str


@dataclass(frozen=True)
class UnloadCrate:
    ship_id: str
    crate_id: str


@dataclass(frozen=True)
class CrateUnloaded:
    crate_id: str


@dataclass
class Crate:
    crate_id: str

    @command_handler
    def unload(self, command: UnloadCrate) -> None:
        apply(CrateUnloaded(self.crate_id.id))  # type: ignore[attr-defined]  # bug


class Ship(Aggregate):
    crates: Annotated[list[Crate], AggregateMember(routing_key="crate_id")]

    @event_sourcing_handler
    def on_added(self, event: CrateAdded) -> None:
        self.id = event.ship_id
        self.crates = [*getattr(self, "crates", []), Crate(event.crate_id)]

    @event_sourcing_handler
    def on_unloaded(self, event: CrateUnloaded) -> None:
        pass
