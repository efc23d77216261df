"""The files `castle-bdd init --castlecraft` writes: a castlecraft-engineer domain.

The domain is written against castlecraft-engineer's API alone, as a castlecraft project
writes it; the rest of the project (settings, steps, environment.py) is the same as
for a castle-bdd domain.
"""

from __future__ import annotations

from typing import Final

from castle_bdd.scaffold.templates import FILES

FEATURE: Final = """\
Feature: Lending books
  The library lends each book to one member at a time.

  Scenario: A book joins the catalogue
    Given no prior activity
    When the command AddBook is sent with book_id "978-0441172719" and title "Dune"
    Then the event BookAdded is published with book_id "978-0441172719" and title "Dune"

  Scenario: A member borrows a book from the shelf
    Given the event BookAdded with book_id "978-0441172719" and title "Dune"
    When the command LendBook is sent with book_id "978-0441172719" and member "Ada"
    Then the event BookLent is published with book_id "978-0441172719" and member "Ada"
    And the aggregate state has borrower "Ada"

  Scenario: A book that is out cannot be lent again
    Given the event BookAdded with book_id "978-0441172719" and title "Dune"
    And the event BookLent with book_id "978-0441172719" and member "Ada"
    When the command LendBook is sent with book_id "978-0441172719" and member "Grace"
    Then the command fails with BookAlreadyLent
    And no events are published

  Scenario: The shelf shows how many books are out
    Given the event BookAdded with book_id "978-0441172719" and title "Dune"
    When the command LendBook is sent with book_id "978-0441172719" and member "Ada"
    Then the projection Shelf shows books 1 and lent 1
"""

DOMAIN: Final = """\
\"\"\"A small library, written with castlecraft-engineer: books are added and lent.

Replace it with your own domain. castle-bdd runs it as castlecraft does: each command's
handler is resolved from a punq container and run by castlecraft's CommandBus; it loads
its aggregate from the EventStore it is given, stores the new events and publishes them
on the EventBus. Given events go to the stream their ``..._id`` field names.
\"\"\"

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore
from castlecraft_engineer.abstractions.projector import Projector


@dataclass(frozen=True)
class AddBook(Command):
    \"\"\"Add a book to the catalogue.\"\"\"

    book_id: str
    title: str


@dataclass(frozen=True)
class LendBook(Command):
    \"\"\"Lend a book to a member.\"\"\"

    book_id: str
    member: str


@dataclass(frozen=True, kw_only=True)
class BookAdded(Event):
    \"\"\"A book joined the catalogue.\"\"\"

    book_id: str
    title: str


@dataclass(frozen=True, kw_only=True)
class BookLent(Event):
    \"\"\"A member borrowed a book.\"\"\"

    book_id: str
    member: str


class BookAlreadyLent(Exception):
    \"\"\"The book is out: it cannot be lent again before it comes back.\"\"\"


class Book(EventSourcedAggregate[str]):
    \"\"\"A book of the catalogue.\"\"\"

    def __init__(self, id: str, version: int = -1) -> None:
        self.title = ""
        self.borrower: str | None = None
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(BookAdded, self._added)
        self._register_applier(BookLent, self._lent)

    def add(self, title: str) -> None:
        self._record_and_apply_event(BookAdded(book_id=self.id, title=title))

    def lend(self, member: str) -> None:
        if self.borrower is not None:
            raise BookAlreadyLent(f"{self.id} is lent to {self.borrower}")
        self._record_and_apply_event(BookLent(book_id=self.id, member=member))

    def _added(self, event: Any) -> None:
        self.title = event.title

    def _lent(self, event: Any) -> None:
        self.borrower = event.member

    def _get_snapshot_state(self) -> Any:
        return {"title": self.title, "borrower": self.borrower}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.title, self.borrower = state["title"], state["borrower"]


class Books:
    \"\"\"Loads books from the event store; stores and publishes their new events.\"\"\"

    def __init__(self, store: EventStore[str], bus: EventBus) -> None:
        self.store = store
        self.bus = bus

    async def load(self, book_id: str) -> Book:
        return Book.load_from_history(book_id, await self.store.load_events(book_id))

    async def save(self, book: Book) -> None:
        events = book.pull_uncommitted_events()
        await self.store.append_events(book.id, book.version - len(events), events)
        await self.bus.publish_batch(events)


class AddBookHandler(Books, CommandHandler[AddBook]):
    async def execute(self, command: AddBook, *args: Any, **kwargs: Any) -> None:
        book = Book(command.book_id)
        book.add(command.title)
        await self.save(book)


class LendBookHandler(Books, CommandHandler[LendBook]):
    async def execute(self, command: LendBook, *args: Any, **kwargs: Any) -> None:
        book = await self.load(command.book_id)
        book.lend(command.member)
        await self.save(book)


class Shelf(Projector):
    \"\"\"How many books the library has, and how many are out.\"\"\"

    def __init__(self, projection_store: Any) -> None:
        self.books = 0
        self.lent = 0
        super().__init__(projection_store)

    @property
    def projection_id(self) -> str:
        return "shelf"

    def _register_event_handlers(self) -> None:
        self._register_handler(BookAdded, self._added)
        self._register_handler(BookLent, self._lent)

    def _added(self, event: Any) -> None:
        self.books += 1

    def _lent(self, event: Any) -> None:
        self.lent += 1
"""

TESTS: Final = """\
\"\"\"The same domain, tested from Python with the fixture behind the feature files.

Run with `pytest`.
\"\"\"

from castle_bdd.castlecraft import CastlecraftDomain, CastlecraftTestFixture
from domain.library import (
    AddBook,
    AddBookHandler,
    Book,
    BookAdded,
    BookAlreadyLent,
    BookLent,
    LendBook,
    LendBookHandler,
)

LIBRARY = CastlecraftDomain(command_handlers=(AddBookHandler, LendBookHandler))


def test_a_book_joins_the_catalogue():
    fixture = CastlecraftTestFixture(Book, LIBRARY)
    fixture.given_no_prior_activity().when(AddBook("978-0441172719", "Dune")).expect_events(
        BookAdded(book_id="978-0441172719", title="Dune")
    )


def test_a_book_that_is_out_cannot_be_lent_again():
    fixture = CastlecraftTestFixture(Book, LIBRARY)
    (
        fixture.given(
            BookAdded(book_id="978-0441172719", title="Dune"),
            BookLent(book_id="978-0441172719", member="Ada"),
        )
        .when(LendBook("978-0441172719", "Grace"))
        .expect_exception(BookAlreadyLent)
        .expect_no_events()
    )
"""

#: Every file `castle-bdd init --castlecraft` writes, by its path in the project.
CASTLECRAFT_FILES: Final[dict[str, str]] = {
    **FILES,
    "features/lending.feature": FEATURE,
    "domain/library.py": DOMAIN,
    "tests/test_library.py": TESTS,
}
