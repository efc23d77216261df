"""Failure reports of Then steps: aligned Gherkin tables with the differing cells marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum

import pytest

from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed, assert_none
from castle_bdd.gherkin import checks, state_checks
from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import parse_inline_fields
from castle_bdd.gherkin.reading import read_message, step_fields
from castle_bdd.gherkin.report import cell_text
from castle_bdd.gherkin.specs import MessageKind
from examples import giftcard


class Validator:
    """The parts of a result validator the checks read."""

    def __init__(self, exception: BaseException | None = None) -> None:
        self.exception = exception
        self.ignored_fields: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(["examples.giftcard"])


def expected(catalogue, name: str, fields: str):
    written = step_fields(parse_inline_fields(fields), None, None)
    return read_message(catalogue, name, MessageKind.EVENT, written, then=True)


def test_exact_list_failure_marks_the_differing_cells(catalogue) -> None:
    wanted = [expected(catalogue, "CardRedeemed", 'card_id "GC-1" and amount 30')]
    actual = [Message(giftcard.CardRedeemed("GC-1", 20))]
    with pytest.raises(GherkinError) as caught:
        checks.check_exact(Validator(), "events", wanted, actual)
    assert caught.value.problem == "\n".join(
        [
            "The events are not as expected (expected 1, got 1):",
            "Expected:",
            "  | event        | card_id | amount |",
            "  | CardRedeemed | GC-1    | 30 ✗   |",
            "Actual:",
            "  | event        | card_id | amount |",
            "  | CardRedeemed | GC-1    | 20 ✗   |",
            "event 1 (CardRedeemed): amount: expected 30, but was 20",
        ]
    )


def test_a_failed_command_is_named_below_the_tables(catalogue) -> None:
    wanted = [expected(catalogue, "CardRedeemed", "amount 30")]
    failure = giftcard.InsufficientBalance("balance is 10")
    with pytest.raises(GherkinError) as caught:
        checks.check_contains(Validator(failure), "events", wanted[0], [])
    lines = caught.value.problem.splitlines()
    assert lines[-1] == "The command failed with InsufficientBalance: balance is 10"
    assert "  | CardRedeemed ✗ | 30     |" in lines


def test_unexpected_events_are_marked(catalogue) -> None:
    actual = [giftcard.CardIssued("GC-1", 1), giftcard.CardRedeemed("GC-1", 1)]
    with pytest.raises(GherkinError) as caught:
        checks.check_absent(Validator(), "events", giftcard.CardRedeemed, actual)
    assert "  | CardRedeemed ✗ | GC-1    | 1      |" in caught.value.problem


class CountingList(list[object]):
    """A list that counts how many of its items are read, however they are read."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item

    def __getitem__(self, index):
        found = super().__getitem__(index)
        self.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __contains__(self, item):
        self.reads += len(self)
        return super().__contains__(item)

    def index(self, *args):
        self.reads += len(self)
        return super().index(*args)

    def count(self, item):
        self.reads += len(self)
        return super().count(item)


def reads_to_mark(rows: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many items a failed "no events" check reads to mark ``rows`` unexpected events:
    of the list it was given and of the verdict's lists of actual and unexpected items."""
    actual = CountingList(giftcard.CardRedeemed("GC-1", 1) for _ in range(rows))
    lists = [actual]

    def counted(kind: str, items: Sequence[object]) -> None:
        try:
            assert_none(kind, items)
        except ExpectationFailed as failure:
            failure.actual, failure.extra = (
                CountingList(failure.actual),
                CountingList(failure.extra),
            )
            lists.extend([failure.actual, failure.extra])
            raise

    monkeypatch.setattr(checks, "assert_none", counted)
    with pytest.raises(GherkinError) as caught:
        checks.check_none(Validator(), "events", actual)
    assert caught.value.problem.count("CardRedeemed ✗") == rows
    return sum(read.reads for read in lists)


def test_many_unexpected_messages_are_marked_in_one_pass(catalogue, monkeypatch) -> None:
    # a deadline that comes back every hour for years: tens of thousands of commands.
    # Each row was once looked for among all the unexpected ones: four times the rows
    # read sixteen times as much. The work is counted, not timed.
    few, many = reads_to_mark(1_000, monkeypatch), reads_to_mark(4_000, monkeypatch)
    assert many <= 4 * few, f"1,000 rows read {few} times, 4,000 rows read {many} times"


def test_in_order_failure_marks_the_missing_expectation(catalogue) -> None:
    wanted = [
        expected(catalogue, "CardIssued", 'card_id "GC-1"'),
        expected(catalogue, "CardRedeemed", 'card_id "GC-1"'),
    ]
    with pytest.raises(GherkinError) as caught:
        checks.check_in_order(Validator(), "events", wanted, [giftcard.CardIssued("GC-1", 1)])
    assert "  | CardRedeemed ✗ | GC-1    |" in caught.value.problem
    assert "not found in this order: event 2" in caught.value.problem


def test_a_missing_message_is_named_in_words_and_its_fields_in_the_tables() -> None:
    from examples.subscription import Plan, SubscriptionStarted

    catalogue = build_catalogue(["examples.subscription"])
    fields = "subscription_id S-1 and plan basic and monthly_fee 9.50 and started_on 2026-01-20"
    written = step_fields(parse_inline_fields(fields), None, None)
    wanted = read_message(catalogue, "SubscriptionStarted", MessageKind.EVENT, written, then=True)
    started = SubscriptionStarted("S-1", Plan.BASIC, Decimal("9.50"), date(2026, 1, 21))
    with pytest.raises(GherkinError) as caught:
        checks.check_contains(Validator(), "events", wanted, [Message(started)])
    problem = caught.value.problem
    assert problem.splitlines()[0] == (
        "Expected an event SubscriptionStarted among the events, but none was there:"
    ), "the tables below show the fields as the feature file writes them"
    assert "datetime" not in problem and "Decimal(" not in problem and "<Plan" not in problem
    assert "2026-01-20 ✗" in problem and "2026-01-21 ✗" in problem


def test_passing_checks_say_nothing(catalogue) -> None:
    actual = [giftcard.CardRedeemed("GC-1", 30)]
    checks.check_exact(
        Validator(), "events", [expected(catalogue, "CardRedeemed", "amount *")], actual
    )
    checks.check_none(Validator(), "events", [])


class Colour(Enum):
    RED = 1


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("GC-1", "GC-1"),
        (None, "null"),
        (True, "true"),
        (Colour.RED, "RED"),
        (date(2026, 1, 2), "2026-01-02"),
        (Decimal("9.90"), "9.90"),
        (30, "30"),
        ([1, "a"], '[1, "a"]'),
        (giftcard.CardIssued("GC-1", 1), '{"card_id": "GC-1", "amount": 1}'),
    ],
)
def test_cells_are_written_as_a_feature_file_would(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_failure_and_success_of_the_command() -> None:
    checks.check_failure(Validator(giftcard.InsufficientBalance("x")), Exception)
    with pytest.raises(
        GherkinError, match="succeeded, but it was expected to fail with ValueError"
    ):
        checks.check_failure(Validator(), ValueError)
    with pytest.raises(
        GherkinError,
        match=r"^the command was expected to fail with ValueError, but it failed with "
        r"InsufficientBalance: x$",
    ):
        checks.check_failure(Validator(giftcard.InsufficientBalance("x")), ValueError)
    with pytest.raises(
        GherkinError,
        match=r'^the command was expected to fail with the message "y", but it failed with '
        r"InsufficientBalance: x$",
    ):
        checks.check_failure_message(Validator(giftcard.InsufficientBalance("x")), "y")
    with pytest.raises(GherkinError, match="expected to succeed, but it failed with"):
        checks.check_success(Validator(ValueError("boom")))


def test_the_return_type_comes_from_the_handler() -> None:
    assert state_checks.return_type(giftcard.GiftCard, giftcard.RedeemCard) is int
    assert state_checks.return_type(giftcard.GiftCard, giftcard.IssueCard) is type(None)


class RedeemedTwice(giftcard.CardRedeemed):
    """A subclass: another event than the one a Then step names."""


def test_an_exact_list_of_equal_messages_passes(catalogue) -> None:
    wanted = [
        expected(catalogue, "CardIssued", 'card_id "GC-1" and amount 100'),
        expected(catalogue, "CardRedeemed", "amount 30"),
    ]
    actual = [giftcard.CardIssued("GC-1", 100), Message(giftcard.CardRedeemed("GC-1", 30))]
    checks.check_exact(Validator(), "events", wanted, actual)


@pytest.mark.parametrize(
    ("fields", "actual", "passes"),
    [
        ("amount *", giftcard.CardRedeemed("GC-1", 30), True),  # a wildcard
        ("amount 30", RedeemedTwice("GC-1", 30), False),  # a subclass
        # 30 == 30.0
        ("amount 30", giftcard.CardRedeemed("GC-1", 30.0), True),  # type: ignore[arg-type]
        ("amount 30", giftcard.CardRedeemed("GC-1", 20), False),
        ("amount 30", giftcard.CardIssued("GC-1", 30), False),
    ],
)
def test_an_exact_list_is_compared_field_by_field(
    catalogue, fields: str, actual: object, passes: bool
) -> None:
    wanted = [expected(catalogue, "CardRedeemed", fields)]
    if passes:
        checks.check_exact(Validator(), "events", wanted, [actual])
    else:
        with pytest.raises(GherkinError, match="The events are not as expected"):
            checks.check_exact(Validator(), "events", wanted, [actual])


def test_a_list_of_another_length_fails(catalogue) -> None:
    wanted = [expected(catalogue, "CardRedeemed", "amount 30")]
    actual = [giftcard.CardRedeemed("GC-1", 30)] * 2
    with pytest.raises(GherkinError, match="expected 1, got 2"):
        checks.check_exact(Validator(), "events", wanted, actual)
