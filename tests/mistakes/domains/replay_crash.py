"""An event-sourcing handler that crashes while the given events are replayed."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class PostEntry:
    ledger_id: str
    amount: int


@dataclass(frozen=True)
class LedgerOpened:
    ledger_id: str
    currency: str


@dataclass(frozen=True)
class EntryPosted:
    ledger_id: str
    amount: int


class Ledger(Aggregate):
    @command_handler
    def post(self, command: PostEntry) -> None:
        self.apply(EntryPosted(command.ledger_id, command.amount))

    @event_sourcing_handler
    def on_opened(self, event: LedgerOpened) -> None:
        self.id = event.ledger_id
        self.currency = event.currency.upper(1)  # type: ignore[call-arg]  # bug
        self.total = 0

    @event_sourcing_handler
    def on_posted(self, event: EntryPosted) -> None:
        self.total += event.amount
