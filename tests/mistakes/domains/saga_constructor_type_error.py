"""A saga whose constructor has a TypeError in its body, not in its signature."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class KettleBoiled:
    kettle_id: str


class TeaSaga(Saga):
    def __init__(self) -> None:
        self.cups = len(None)  # type: ignore[arg-type]  # bug

    @start_saga
    @saga_event_handler(association="kettle_id")
    def on_boiled(self, event: KettleBoiled) -> None:
        self.cups += 1
