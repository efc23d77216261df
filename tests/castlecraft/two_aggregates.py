"""Two castlecraft aggregates in one module, handlers sharing a base that loads one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate


class _Plain(EventSourcedAggregate[str]):
    def _register_event_appliers(self) -> None:
        pass

    def _get_snapshot_state(self) -> Any:
        return None

    def _apply_snapshot_state(self, state: Any) -> None:
        pass


class Book(_Plain):
    """One aggregate."""


class Shelf(_Plain):
    """Another aggregate."""


@dataclass(frozen=True)
class Lend(Command):
    book_id: str


@dataclass(frozen=True)
class Rename(Command):
    shelf_id: str


class BookHandling:
    """A base that loads books: its subclasses work on Book."""

    def load(self, book_id: str) -> Book:
        return Book.load_from_history(book_id, [])


class LendHandler(BookHandling, CommandHandler[Lend]):
    async def execute(self, command: Lend, *args: Any, **kwargs: Any) -> None:
        self.load(command.book_id)


class RenameHandler(CommandHandler[Rename]):
    async def execute(self, command: Rename, *args: Any, **kwargs: Any) -> None:
        Shelf.load_from_history(command.shelf_id, [])
