"""A command handler that stops with an exception of its own that is no Exception."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, CreationPolicy, command_handler, event_sourcing_handler


class Abort(BaseException):
    """Meant to stop a worker, raised from a handler by mistake."""


@dataclass(frozen=True)
class OpenHatch:
    hatch_id: str
    pressure: int


@dataclass(frozen=True)
class CloseHatch:
    hatch_id: str


@dataclass(frozen=True)
class HatchOpened:
    hatch_id: str


@dataclass(frozen=True)
class HatchClosed:
    hatch_id: str


class Hatch(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def open(self, command: OpenHatch) -> None:
        if command.pressure > 1:
            raise Abort(f"pressure {command.pressure} on hatch {command.hatch_id}")  # bug
        self.apply(HatchOpened(command.hatch_id))

    @command_handler
    def close(self, command: CloseHatch) -> None:
        self.apply(HatchClosed(command.hatch_id))

    @event_sourcing_handler
    def on_opened(self, event: HatchOpened) -> None:
        self.id = event.hatch_id

    @event_sourcing_handler
    def on_closed(self, event: HatchClosed) -> None:
        self.closed = True
