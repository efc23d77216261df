"""The files `castle-bdd init` writes: a project that passes `behave` right away."""

from __future__ import annotations

from typing import Final

PYPROJECT: Final = """\
# Settings for castle-bdd and behave. castle-bdd reads [tool.castle_bdd]; behave reads
# [tool.behave] when it runs in this folder.

[tool.castle_bdd]
# The modules that hold your events, commands, aggregates and sagas.
domain = ["domain.library"]
# What a @known-issue scenario that passes does: "warn" (print a notice) or "fail".
known_issue_pass = "warn"

[tool.behave]
paths = ["features"]
# @wip scenarios run only when asked for: behave --tags=@wip
default_tags = ["not @wip"]
# behave --junit writes JUnit XML here.
junit_directory = "reports"

[tool.behave.formatters]
# behave -f living -o build/living-doc.html
living = "castle_bdd.docs:LivingDocFormatter"

[tool.pytest.ini_options]
# `pytest` runs the Python fixture tests in tests/; the project folder is importable.
testpaths = ["tests"]
pythonpath = ["."]
"""

FEATURE: Final = """\
Feature: Lending books
  The library lends each book to one member at a time.

  Scenario: A book joins the catalogue
    Given no prior activity
    When the command AddBook is sent with isbn "978-0441172719" and title "Dune"
    Then the event BookAdded is published with isbn "978-0441172719" and title "Dune"

  Scenario: A member borrows a book from the shelf
    Given the event BookAdded with isbn "978-0441172719" and title "Dune"
    When the command LendBook is sent with isbn "978-0441172719" and member "Ada"
    Then the event BookLent is published with isbn "978-0441172719" and member "Ada"

  Scenario: A book that is out cannot be lent again
    Given the event BookAdded with isbn "978-0441172719" and title "Dune"
    And the event BookLent with isbn "978-0441172719" and member "Ada"
    When the command LendBook is sent with isbn "978-0441172719" and member "Grace"
    Then the command fails with BookAlreadyLent
"""

STEPS: Final = """\
\"\"\"The castle-bdd sentences (Given the event ..., When the command ..., Then ...).

Add your own domain phrases in other modules of this folder.
\"\"\"

from castle_bdd.steps import *  # noqa: F401,F403
"""

ENVIRONMENT: Final = """\
\"\"\"behave hooks. castle-bdd finds the domain in pyproject.toml ([tool.castle_bdd]).\"\"\"

from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)
"""

DOMAIN_PACKAGE: Final = """\
\"\"\"The domain this project describes in features/.\"\"\"
"""

DOMAIN: Final = """\
\"\"\"A small library: books join the catalogue and are lent to one member at a time.

Replace it with your own domain. Commands and events are plain classes; an aggregate's
command handlers decide which events happen, its event-sourcing handlers change its state.
\"\"\"

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class AddBook:
    \"\"\"Add a book to the catalogue.\"\"\"

    isbn: str
    title: str


@dataclass(frozen=True)
class LendBook:
    \"\"\"Lend a book to a member.\"\"\"

    isbn: str
    member: str


@dataclass(frozen=True)
class BookAdded:
    \"\"\"A book joined the catalogue.\"\"\"

    isbn: str
    title: str


@dataclass(frozen=True)
class BookLent:
    \"\"\"A member borrowed a book.\"\"\"

    isbn: str
    member: str


class BookAlreadyLent(Exception):
    \"\"\"The book is out: it cannot be lent again before it comes back.\"\"\"


class Book(Aggregate):
    \"\"\"A book of the catalogue.\"\"\"

    def __init__(self) -> None:
        self.title = ""
        self.borrower: str | None = None

    @command_handler
    def add(self, command: AddBook) -> None:
        \"\"\"Runs on a fresh Book() when the book has no history.\"\"\"
        self.apply(BookAdded(command.isbn, command.title))

    @command_handler
    def lend(self, command: LendBook) -> None:
        \"\"\"Lend the book, unless a member has it already.\"\"\"
        if self.borrower is not None:
            raise BookAlreadyLent(f"{command.isbn} is lent to {self.borrower}")
        self.apply(BookLent(command.isbn, command.member))

    @event_sourcing_handler
    def on_added(self, event: BookAdded) -> None:
        self.id = event.isbn
        self.title = event.title

    @event_sourcing_handler
    def on_lent(self, event: BookLent) -> None:
        self.borrower = event.member
"""

TESTS: Final = """\
\"\"\"The same domain, tested from Python with the fixtures behind the feature files.

Run with `pytest`.
\"\"\"

from castle_bdd import AggregateTestFixture
from domain.library import AddBook, Book, BookAdded, BookAlreadyLent, BookLent, LendBook


def test_a_book_joins_the_catalogue():
    fixture = AggregateTestFixture(Book)
    fixture.given_no_prior_activity().when(AddBook("978-0441172719", "Dune")).expect_events(
        BookAdded("978-0441172719", "Dune")
    )


def test_a_book_that_is_out_cannot_be_lent_again():
    fixture = AggregateTestFixture(Book)
    (
        fixture.given(BookAdded("978-0441172719", "Dune"), BookLent("978-0441172719", "Ada"))
        .when(LendBook("978-0441172719", "Grace"))
        .expect_exception(BookAlreadyLent)
        .expect_no_events()
    )
"""

#: Every file `castle-bdd init` writes, by its path in the project.
FILES: Final[dict[str, str]] = {
    "pyproject.toml": PYPROJECT,
    "features/lending.feature": FEATURE,
    "steps/castle_steps.py": STEPS,
    "environment.py": ENVIRONMENT,
    "domain/__init__.py": DOMAIN_PACKAGE,
    "domain/library.py": DOMAIN,
    "tests/test_library.py": TESTS,
}
