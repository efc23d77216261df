"""A saga associated by a property of its event, and the property has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class CrateShipped:
    crate_id: str

    @property
    def route(self) -> str:
        return self.crate_id.split("-")[2]  # bug


@dataclass(frozen=True)
class WeighCrate:
    crate_id: str


class CrateSaga(Saga):
    @start_saga
    @saga_event_handler(association="route")
    def on_shipped(self, event: CrateShipped) -> None:
        self.commands.send(WeighCrate(event.crate_id))
