"""Rules of the Then-step checks that no other test held in place.

Each was found by mutating `castle_bdd.gherkin.checks`: the suite stayed green while a
check passed what it should fail, or its report marked the wrong rows.
"""

from __future__ import annotations

import pytest

from castle_bdd.gherkin import checks
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import parse_inline_fields
from castle_bdd.gherkin.plan import Given, GivenKind
from castle_bdd.gherkin.reading import WrittenMessage, read_message, step_fields
from castle_bdd.gherkin.specs import MessageKind
from examples import giftcard


class Validator:
    """The parts of a result validator the checks read."""

    def __init__(self, exception: BaseException | None = None) -> None:
        self.exception = exception
        self.ignored_fields: frozenset[str] = frozenset()


def _expected(name: str, fields: str) -> WrittenMessage:
    catalogue = build_catalogue(["examples.giftcard"])
    written = step_fields(parse_inline_fields(fields), None, None)
    return read_message(catalogue, name, MessageKind.EVENT, written, then=True)


def _rows(problem: str, marked: bool) -> list[str]:
    return [
        line for line in problem.splitlines() if line.startswith("  |") and ("✗" in line) == marked
    ]


def test_only_the_unexpected_events_are_marked() -> None:
    actual = [
        giftcard.CardIssued("GC-1", 1),
        giftcard.CardRedeemed("GC-1", 1),
        giftcard.CardCancelled("GC-1", "lost"),
    ]
    with pytest.raises(GherkinError) as caught:
        checks.check_absent(Validator(), "events", giftcard.CardRedeemed, actual)
    marked = _rows(caught.value.problem, marked=True)
    assert len(marked) == 1 and "CardRedeemed" in marked[0]


def test_every_event_missing_from_the_order_is_marked() -> None:
    wanted = [
        _expected("CardIssued", 'card_id "GC-1"'),
        _expected("CardRedeemed", 'card_id "GC-1"'),
        _expected("CardCancelled", 'card_id "GC-1"'),
    ]
    with pytest.raises(GherkinError) as caught:
        checks.check_in_order(Validator(), "events", wanted, [giftcard.CardIssued("GC-1", 1)])
    marked = _rows(caught.value.problem, marked=True)
    assert [row.split("|")[1].strip() for row in marked] == ["CardRedeemed ✗", "CardCancelled ✗"]
    assert "not found in this order: event 2" in caught.value.problem
    assert "not found in this order: event 3" in caught.value.problem


def test_no_note_about_the_given_steps_when_nothing_expected_was_given() -> None:
    error = GherkinError("The events are not as expected")
    wanted = [_expected("CardRedeemed", 'card_id "GC-1"')]
    givens = [Given(GivenKind.EVENTS, payloads=(giftcard.CardIssued("GC-1", 1),))]
    assert checks.given_before_when(error, wanted, [], givens) is error


@pytest.mark.parametrize("text", ["None", "boom"])
def test_a_message_is_expected_of_a_failure_not_of_a_success(text: str) -> None:
    # a command that succeeded has no message, not even the text None
    with pytest.raises(GherkinError, match="succeeded, but it was expected to fail"):
        checks.check_failure_message(Validator(), text)
    checks.check_failure_message(Validator(ValueError(text)), text)
