"""A value object's constructor reads a name it set only on one path."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Isbn:
    def __init__(self, text: str) -> None:
        digits = [c for c in text if c.isdigit()]
        if len(digits) == 13:
            check = digits[12]
        self.text = text
        self.check = check  # bug

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Isbn) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


@dataclass(frozen=True)
class CatalogueBook:
    isbn: Isbn


@dataclass(frozen=True)
class BookCatalogued:
    isbn: Isbn


class LibraryBook(Aggregate):
    @command_handler
    def catalogue(self, command: CatalogueBook) -> None:
        self.apply(BookCatalogued(command.isbn))

    @event_sourcing_handler
    def on_catalogued(self, event: BookCatalogued) -> None:
        self.id = event.isbn.text
