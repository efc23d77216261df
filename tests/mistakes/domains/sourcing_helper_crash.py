"""An event-sourcing handler whose helper has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


def _tally(counts: dict[str, int], kind: str) -> None:
    counts[kind] = counts.get(kind) + 1  # type: ignore[operator]  # bug


@dataclass(frozen=True)
class PollOpened:
    poll_id: str


@dataclass(frozen=True)
class CastVote:
    poll_id: str
    choice: str


@dataclass(frozen=True)
class VoteCast:
    poll_id: str
    choice: str


class Poll(Aggregate):
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    @command_handler
    def cast(self, command: CastVote) -> None:
        self.apply(VoteCast(command.poll_id, command.choice))

    @event_sourcing_handler
    def on_opened(self, event: PollOpened) -> None:
        self.id = event.poll_id

    @event_sourcing_handler
    def on_cast(self, event: VoteCast) -> None:
        _tally(self.counts, event.choice)
