"""Tests of durations and instants as feature files write them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.durations import (
    DurationError,
    TimeFormatError,
    format_duration,
    parse_duration,
    parse_instant,
    parse_iso_datetime,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 days", timedelta(days=31)),
        ("1 day", timedelta(days=1)),
        ("2 hours and 30 minutes", timedelta(hours=2, minutes=30)),
        ("2 hours, 30 minutes", timedelta(hours=2, minutes=30)),
        ("1 day, 2 hours, and 3 minutes", timedelta(days=1, hours=2, minutes=3)),
        ("1 week", timedelta(weeks=1)),
        ("90 seconds", timedelta(seconds=90)),
        ("1.5 hours", timedelta(hours=1, minutes=30)),
        ("an hour", timedelta(hours=1)),
        ("a day", timedelta(days=1)),
        ("two weeks", timedelta(weeks=2)),
        ("10 Days", timedelta(days=10)),
        ("  5 min  ", timedelta(minutes=5)),
        ("3 hrs 20 secs", timedelta(hours=3, seconds=20)),
        ("2h30m", timedelta(hours=2, minutes=30)),
        ("45s", timedelta(seconds=45)),
        ("4 d", timedelta(days=4)),
        ("1 w", timedelta(weeks=1)),
        ("250 ms", timedelta(milliseconds=250)),
        ("0 days", timedelta(0)),
        ("P30D", timedelta(days=30)),
        ("PT2H30M", timedelta(hours=2, minutes=30)),
        ("P1DT12H", timedelta(days=1, hours=12)),
        ("P2W", timedelta(weeks=2)),
        ("PT0.5S", timedelta(milliseconds=500)),
        ("pt15m", timedelta(minutes=15)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


def test_a_mistyped_unit_gets_the_nearest_unit() -> None:
    with pytest.raises(DurationError) as raised:
        parse_duration("31 dayz")
    assert str(raised.value) == (
        'cannot read "31 dayz" as a duration — expected e.g. "31 days" or '
        '"2 hours and 30 minutes"; did you mean "days"?'
    )


def test_a_single_amount_is_suggested_a_singular_unit() -> None:
    with pytest.raises(DurationError, match='did you mean "hour"'):
        parse_duration("1 houre")


@pytest.mark.parametrize("text", ["3 months", "1 year", "P1M", "P1Y"])
def test_months_and_years_are_refused_in_favour_of_days(text: str) -> None:
    with pytest.raises(DurationError, match=r"no fixed length .* days"):
        parse_duration(text)


def test_the_suggested_number_of_days_follows_the_months() -> None:
    with pytest.raises(DurationError, match='"90 days"'):
        parse_duration("3 months")


@pytest.mark.parametrize(
    "text", ["", "days", "abc", "31", "1 hour and", "P", "PT", "thirty days", "2 hours and and 3 m"]
)
def test_unreadable_durations(text: str) -> None:
    with pytest.raises(DurationError) as raised:
        parse_duration(text)
    assert raised.value.value == text.strip()
    assert "expected e.g." in str(raised.value)


def test_a_negative_duration_is_refused() -> None:
    with pytest.raises(DurationError, match="cannot be negative"):
        parse_duration("-5 days")


def test_a_duration_too_long_for_timedelta_is_a_duration_error() -> None:
    with pytest.raises(DurationError, match="goes past the year 9999"):
        parse_duration("99999999999999 days")


def test_duration_error_is_a_castle_bdd_error_with_details() -> None:
    with pytest.raises(CastleBddError) as raised:
        parse_duration("31 dayz")
    assert isinstance(raised.value, DurationError)
    assert raised.value.hint == 'did you mean "days"?'
    assert raised.value.expected.startswith("a duration like")


@pytest.mark.parametrize(
    ("duration", "words"),
    [
        (timedelta(days=30), "30 days"),
        (timedelta(days=1), "1 day"),
        (timedelta(hours=2, minutes=30), "2 hours and 30 minutes"),
        (timedelta(days=1, hours=2, minutes=3), "1 day, 2 hours and 3 minutes"),
        (timedelta(seconds=1.5), "1.5 seconds"),
        (timedelta(0), "0 seconds"),
        (timedelta(days=-2), "minus 2 days"),
        (timedelta(minutes=1), "1 minute"),
    ],
)
def test_format_duration(duration: timedelta, words: str) -> None:
    assert format_duration(duration) == words


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10_000)))
def test_formatted_durations_read_back(duration: timedelta) -> None:
    assert parse_duration(format_duration(duration)) == duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-01T09:00:00Z", datetime(2026, 1, 1, 9, tzinfo=timezone.utc)),
        ("2026-01-01T09:00:00z", datetime(2026, 1, 1, 9, tzinfo=timezone.utc)),
        ("2026-01-01", datetime(2026, 1, 1, tzinfo=timezone.utc)),
        ("2026-01-01T09:00:00", datetime(2026, 1, 1, 9, tzinfo=timezone.utc)),
        ("2026-01-01 09:30", datetime(2026, 1, 1, 9, 30, tzinfo=timezone.utc)),
        ("2026-02-01T00:00:00.250Z", datetime(2026, 2, 1, 0, 0, 0, 250000, tzinfo=timezone.utc)),
    ],
)
def test_parse_instant(text: str, expected: datetime) -> None:
    assert parse_instant(text) == expected
    assert parse_instant(text).tzinfo is not None


def test_parse_instant_keeps_an_offset() -> None:
    moment = parse_instant("2026-01-01T10:00:00+01:00")
    assert moment.utcoffset() == timedelta(hours=1)
    assert moment == datetime(2026, 1, 1, 9, tzinfo=timezone.utc)


def test_parse_iso_datetime_leaves_naive_times_naive() -> None:
    assert parse_iso_datetime("2026-01-01T09:00:00").tzinfo is None


def test_an_impossible_date_says_why() -> None:
    with pytest.raises(TimeFormatError) as raised:
        parse_instant("2026-13-01")
    assert str(raised.value) == (
        'cannot read "2026-13-01" as a time — expected e.g. 2026-01-01T09:00:00Z or 2026-01-01; '
        "month must be in 1..12"
    )


@pytest.mark.parametrize("text", ["", "tomorrow", "01/02/2026", "2026-01-01T25:00:00Z"])
def test_unreadable_instants(text: str) -> None:
    with pytest.raises(TimeFormatError) as raised:
        parse_instant(text)
    assert raised.value.value == text
    assert isinstance(raised.value, CastleBddError)
