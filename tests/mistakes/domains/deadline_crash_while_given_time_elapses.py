"""A deadline handler that crashes while the Given lets time pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


@dataclass(frozen=True)
class BorrowTool:
    tool_id: str


@dataclass(frozen=True)
class ToolBorrowed:
    tool_id: str


@dataclass(frozen=True)
class ReturnTool:
    tool_id: str


@dataclass(frozen=True)
class ToolReturned:
    tool_id: str


class Tool(Aggregate):
    @command_handler
    def borrow(self, command: BorrowTool) -> None:
        self.apply(ToolBorrowed(command.tool_id))
        self.deadlines.schedule(timedelta(days=1), "Overdue")

    @command_handler
    def give_back(self, command: ReturnTool) -> None:
        self.apply(ToolReturned(command.tool_id))

    @deadline_handler("Overdue")
    def overdue(self) -> None:
        self.fines.append(1)  # type: ignore[attr-defined]  # bug

    @event_sourcing_handler
    def on_borrowed(self, event: ToolBorrowed) -> None:
        self.id = event.tool_id

    @event_sourcing_handler
    def on_returned(self, event: ToolReturned) -> None:
        pass
