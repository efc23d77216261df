"""A value object whose constructor has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class TicketCode:
    def __init__(self, text: str) -> None:
        self.text = text.strip().uper()  # type: ignore[attr-defined]  # bug

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TicketCode) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


@dataclass(frozen=True)
class IssueTicket:
    code: TicketCode


@dataclass(frozen=True)
class TicketIssued:
    code: TicketCode


class Ticket(Aggregate):
    @command_handler
    def issue(self, command: IssueTicket) -> None:
        self.apply(TicketIssued(command.code))

    @event_sourcing_handler
    def on_issued(self, event: TicketIssued) -> None:
        self.id = event.code.text
