"""A saga that associates itself with a key in its own code can be checked by that key.

A small project is written to a temporary folder and behave runs it in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DOMAIN = """
from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class TicketOpened:
    ticket_id: str
    customer_id: str


@dataclass(frozen=True)
class TicketMoved:
    ticket_id: str
    customer_id: str


class TicketSaga(Saga):
    @start_saga
    @saga_event_handler(association="ticket_id")
    def on_opened(self, event: TicketOpened) -> None:
        self.associate_with("customer_id", event.customer_id)

    @saga_event_handler(association="ticket_id")
    def on_moved(self, event: TicketMoved) -> None:
        self.dissociate_from("customer_id", event.customer_id)
"""

FEATURE = """
Feature: Associations a saga makes itself

  Scenario: Associated by its own code
    When the event TicketOpened is published with ticket_id "T-1" and customer_id "C-1"
    Then a saga is associated with customer_id "C-1"
    And no saga is associated with customer_id "C-2"

  Scenario: Dissociated by its own code
    Given the event TicketOpened was published with ticket_id "T-1" and customer_id "C-1"
    When the event TicketMoved is published with ticket_id "T-1" and customer_id "C-1"
    Then no saga is associated with customer_id "C-1"

  Scenario: A key misspelt
    When the event TicketOpened is published with ticket_id "T-1" and customer_id "C-1"
    Then a saga is associated with customr_id "C-1"

  Scenario: Another value
    When the event TicketOpened is published with ticket_id "T-1" and customer_id "C-1"
    Then a saga is associated with customer_id "C-2"
"""


def test_a_key_the_saga_associated_itself_with_is_checked(tmp_path: Path) -> None:
    (tmp_path / "features" / "steps").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["tickets"]\n')
    (tmp_path / "tickets.py").write_text(textwrap.dedent(DOMAIN))
    (tmp_path / "features" / "tickets.feature").write_text(textwrap.dedent(FEATURE))
    steps = tmp_path / "features" / "steps" / "castle_steps.py"
    steps.write_text("from castle_bdd.steps import *  # noqa: F403\n")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "2 scenarios passed, 2 failed" in result.stdout, result.stdout
    assert "tickets.feature:16: unknown association 'customr_id'" in result.stdout
    assert "did you mean customer_id?" in result.stdout
    assert "tickets.feature:20: Expected an active saga associated with customer_id='C-2'" in (
        result.stdout
    )


KINDS_DOMAIN = """
from dataclasses import dataclass
from typing import Any

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class SeatHeld:
    booking_id: str
    seat: str


@dataclass(frozen=True)
class SeatFreed:
    seat: str


class SeatSaga(Saga):
    @start_saga
    @saga_event_handler(association="booking_id")
    def on_held(self, event: SeatHeld) -> None:
        self.associate_with("seat", int(event.seat))

    @end_saga
    @saga_event_handler(association="seat")
    def on_freed(self, event: SeatFreed) -> None:
        pass


@dataclass(frozen=True)
class TableBooked:
    table: Any


class TableSaga(Saga):
    @start_saga
    @saga_event_handler(association="table")
    def on_booked(self, event: TableBooked) -> None:
        pass
"""

KINDS_FEATURE = """
Feature: Association values of another kind

  Scenario: Denied in the kind the events carry
    When the event SeatHeld is published with booking_id "B-1" and seat "7"
    Then no saga is associated with seat 7

  Scenario: Expected in the kind the events carry
    When the event SeatHeld is published with booking_id "B-1" and seat "7"
    Then a saga is associated with seat 7

  Scenario: A key of any kind is read as the saga holds it
    When the event TableBooked is published with table "7"
    Then a saga is associated with table 7
    And no saga is associated with table 8
"""


def test_a_value_of_another_kind_than_the_saga_holds_is_refused(tmp_path: Path) -> None:
    (tmp_path / "features" / "steps").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["seats"]\n')
    (tmp_path / "seats.py").write_text(textwrap.dedent(KINDS_DOMAIN))
    (tmp_path / "features" / "seats.feature").write_text(textwrap.dedent(KINDS_FEATURE))
    steps = tmp_path / "features" / "steps" / "castle_steps.py"
    steps.write_text("from castle_bdd.steps import *  # noqa: F403\n")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "1 scenario passed, 2 failed" in result.stdout, result.stdout
    for line in (6, 10):
        assert (
            f"seats.feature:{line}: the saga SeatSaga is associated with seat 7 (a whole "
            "number), and the step names seat 7 (text): the two differ only in their kind"
        ) in result.stdout, result.stdout
    assert "The SeatSaga's code associates it with seat as a whole number, while the events" in (
        result.stdout
    )
    assert "Traceback" not in result.stdout
