"""A saga handler marked @saga_event_handler without its association."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class ShiftStarted:
    shift_id: str


class ShiftSaga(Saga):
    @start_saga
    @saga_event_handler  # type: ignore[arg-type]  # bug
    def on_started(self, event: ShiftStarted) -> None:  # type: ignore[misc]
        pass
