"""Tests of the custom parse types used in step patterns."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import parse
import pytest
from behave import matchers

from castle_bdd.gherkin.durations import DurationError, TimeFormatError
from castle_bdd.gherkin.inline import InlineField, InlineFieldsError
from castle_bdd.gherkin.parse_types import (
    TYPES,
    StepValue,
    UnreadableArgument,
    check_step_arguments,
    register_castle_types,
    require_readable,
)


def _parse(pattern: str, text: str) -> dict[str, Any] | None:
    result = parse.compile(pattern, extra_types=TYPES).parse(text)
    return None if result is None else dict(result.named)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("{d:Duration} elapse", "31 days elapse", timedelta(days=31)),
        ("{d:Duration} elapses", "1 day elapses", timedelta(days=1)),
        ("{d:Duration} elapse", "2 hours and 30 minutes elapse", timedelta(hours=2, minutes=30)),
        ("{d:Duration} elapse", "2 hours, 30 minutes elapse", timedelta(hours=2, minutes=30)),
        ("{d:Duration} elapses", "an hour elapses", timedelta(hours=1)),
        ("{d:Duration} elapses", "a week elapses", timedelta(weeks=1)),
        ("{d:Duration} elapse", "1.5 hours elapse", timedelta(hours=1.5)),
        ("{d:Duration} elapse", "PT2H30M elapse", timedelta(hours=2, minutes=30)),
        ("{d:Duration} elapse", "29d24h elapse", timedelta(days=30)),
        ("{d:Duration} have elapsed", "10 days have elapsed", timedelta(days=10)),
        ("scheduled in {d:Duration}", "scheduled in 30 days", timedelta(days=30)),
    ],
)
def test_duration(pattern: str, text: str, expected: timedelta) -> None:
    assert _parse(pattern, text) == {"d": expected}


def test_a_mistyped_duration_reaches_the_step_unread() -> None:
    found = _parse("{d:Duration} elapse", "31 dayz elapse")
    assert found is not None
    unread = found["d"]
    assert isinstance(unread, UnreadableArgument)
    assert unread.text == "31 dayz"
    assert isinstance(unread.error, DurationError)
    assert 'did you mean "days"?' in str(unread.error)


@pytest.mark.parametrize("text", ["the trial elapses", "soon elapses", "days elapses"])
def test_phrases_that_are_not_durations_do_not_match(text: str) -> None:
    assert _parse("{d:Duration} elapses", text) is None


def test_instant() -> None:
    found = _parse("the current time is {t:Instant}", "the current time is 2026-01-01T09:00:00Z")
    assert found == {"t": datetime(2026, 1, 1, 9, tzinfo=timezone.utc)}


@pytest.mark.parametrize(
    "text",
    ["2026-02-01", "2026-02-01T00:00:00+01:00", "2026-02-01 10:30", "2026-02-01T00:00:00.500Z"],
)
def test_instant_shapes(text: str) -> None:
    found = _parse("time advances to {t:Instant}", f"time advances to {text}")
    assert found is not None
    assert isinstance(found["t"], datetime)
    assert found["t"].tzinfo is not None


def test_an_impossible_instant_reaches_the_step_unread() -> None:
    found = _parse("time advances to {t:Instant}", "time advances to 2026-13-01")
    assert found is not None
    assert isinstance(found["t"], UnreadableArgument)
    assert isinstance(found["t"].error, TimeFormatError)


def test_instant_does_not_match_words() -> None:
    assert _parse("time advances to {t:Instant}", "time advances to tomorrow") is None


@pytest.mark.parametrize("name", ["CardIssued", "card issued", "Card_Issued", "card  issued"])
def test_message_name(name: str) -> None:
    found = _parse("the event {name:MessageName} is published", f"the event {name} is published")
    expected = None if "  " in name else {"name": name}
    assert found == expected


def test_message_name_before_inline_fields() -> None:
    found = _parse(
        "the event {name:MessageName} with {fields:InlineFields}",
        'the event card issued with card_id "GC-1" and amount 100',
    )
    assert found == {
        "name": "card issued",
        "fields": [InlineField("card_id", "GC-1", True), InlineField("amount", "100", False)],
    }


def test_unreadable_inline_fields_reach_the_step_unread() -> None:
    found = _parse("the event {name:MessageName} with {fields:InlineFields}", "the event X with a")
    assert found is not None
    assert isinstance(found["fields"], UnreadableArgument)
    assert isinstance(found["fields"].error, InlineFieldsError)


def test_quoted() -> None:
    found = _parse(
        "the aggregate {id:Quoted} published {name:MessageName}",
        'the aggregate "INV-1" published InvoiceCreated',
    )
    assert found == {"id": "INV-1", "name": "InvoiceCreated"}


def test_quoted_undoes_escapes() -> None:
    found = _parse("fails with message {m:Quoted}", r'fails with message "say \"no\""')
    assert found == {"m": 'say "no"'}


def test_quoted_needs_quotes() -> None:
    assert _parse("fails with message {m:Quoted}", "fails with message oops") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("70", StepValue("70", quoted=False)),
        ('"balance is 100"', StepValue("balance is 100", quoted=True)),
        ("'x'", StepValue("x", quoted=True)),
        ("[1, 2]", StepValue("[1, 2]", quoted=False)),
        ('{"city": "New York"}', StepValue('{"city": "New York"}', quoted=False)),
    ],
)
def test_quoted_or_bare(text: str, expected: StepValue) -> None:
    assert _parse("the command returns {v:QuotedOrBare}", f"the command returns {text}") == {
        "v": expected
    }


@pytest.mark.parametrize(
    ("text", "count"), [("1 saga is", 1), ("no saga is", 0), ("one saga is", 1), ("12 saga is", 12)]
)
def test_count(text: str, count: int) -> None:
    assert _parse("{n:Count} saga is", text) == {"n": count}


def test_require_readable_passes_values_through() -> None:
    assert require_readable(timedelta(days=1)) == timedelta(days=1)


def test_require_readable_raises_the_stored_error() -> None:
    error = DurationError("31 dayz")
    with pytest.raises(DurationError) as raised:
        require_readable(UnreadableArgument("31 dayz", error))
    assert raised.value is error


def test_check_step_arguments_finds_unread_keyword_arguments() -> None:
    error = TimeFormatError("x")
    with pytest.raises(TimeFormatError):
        check_step_arguments(1, "a", when=UnreadableArgument("x", error))
    check_step_arguments(1, "a", when=timedelta(0))


def test_register_castle_types_is_idempotent_and_keeps_the_matcher() -> None:
    current = matchers._the_step_matcher_factory.current_matcher
    register_castle_types()
    register_castle_types()
    for name, converter in TYPES.items():
        assert matchers.ParseMatcher.TYPE_REGISTRY[name] is converter
        assert matchers.CFParseMatcher.has_registered_type(name)
    assert matchers._the_step_matcher_factory.current_matcher is current


def test_registered_types_work_in_a_behave_step_pattern() -> None:
    register_castle_types()
    matcher = matchers.ParseMatcher(lambda context, d: None, "{d:Duration} elapse")
    match = matcher.match("31 days elapse")
    assert match is not None
    assert [argument.value for argument in match.arguments] == [timedelta(days=31)]


@pytest.mark.parametrize(("text", "expected"), [("P31D", 31), ("p31d", 31), ("P5W", 35)])
def test_an_iso_duration_is_read_in_either_case_in_a_behave_step(text: str, expected: int) -> None:
    register_castle_types()
    matcher = matchers.ParseMatcher(lambda context, d: None, "{d:Duration} elapse")
    match = matcher.match(f"{text} elapse")
    assert match is not None
    assert [argument.value for argument in match.arguments] == [timedelta(days=expected)]


def test_a_message_name_may_carry_its_module() -> None:
    import parse as parse_library

    from castle_bdd.gherkin.parse_types import TYPES as CASTLE_TYPES

    found = parse_library.parse(
        "the event {name:MessageName} is published",
        "the event duplicate_a.ParcelShipped is published",
        extra_types=CASTLE_TYPES,
    )
    assert found is not None and found["name"] == "duplicate_a.ParcelShipped"
