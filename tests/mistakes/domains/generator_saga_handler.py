"""A saga handler written with yield, which would run none of its body."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class HarvestStarted:
    field_id: str


@dataclass(frozen=True)
class HireWorker:
    field_id: str


class HarvestSaga(Saga):
    @start_saga
    @saga_event_handler(association="field_id")
    def on_started(self, event: HarvestStarted) -> Iterator[None]:
        self.commands.send(HireWorker(event.field_id))
        yield  # bug
