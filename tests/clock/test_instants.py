"""A clock's instant: how it starts, moves and refuses what is not time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import freezegun.api
import pytest
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.clock import Clock, ClockError, real_now
from castle_bdd.errors import CastleBddError

START = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)


def test_default_start_is_the_current_time_in_whole_utc_seconds() -> None:
    before = real_now().replace(microsecond=0)
    clock = Clock()
    after = real_now()
    assert before <= clock.now() <= after
    assert clock.now().microsecond == 0
    assert clock.now().tzinfo is timezone.utc
    assert type(clock.now()) is freezegun.api.real_datetime


def test_a_naive_start_is_taken_as_utc() -> None:
    clock = Clock(datetime(2026, 1, 1, 9, 0))
    assert clock.now() == START
    assert clock.now().tzinfo is timezone.utc


def test_an_aware_start_is_converted_to_utc_keeping_the_instant() -> None:
    paris = datetime(2026, 7, 1, 12, 30, 15, 250, tzinfo=ZoneInfo("Europe/Paris"))
    clock = Clock(paris)
    assert clock.now() == paris
    assert clock.now().tzinfo is timezone.utc
    assert (clock.now().hour, clock.now().microsecond) == (10, 250)


def test_an_explicit_start_keeps_its_microseconds() -> None:
    assert Clock(START.replace(microsecond=7)).now().microsecond == 7


def test_advance_returns_the_new_instant_and_keeps_it() -> None:
    clock = Clock(START)
    assert clock.advance(timedelta(days=31)) == datetime(2026, 2, 1, 9, 0, tzinfo=timezone.utc)
    assert clock.now() == datetime(2026, 2, 1, 9, 0, tzinfo=timezone.utc)


def test_advance_by_nothing_stays_put() -> None:
    clock = Clock(START)
    assert clock.advance(timedelta(0)) == START


def test_advance_refuses_to_go_backwards() -> None:
    clock = Clock(START)
    with pytest.raises(ClockError, match="cannot elapse backwards"):
        clock.advance(timedelta(seconds=-1))
    assert clock.now() == START


def test_advance_refuses_what_is_not_a_duration() -> None:
    with pytest.raises(ClockError, match="timedelta, not int"):
        Clock(START).advance(3600)  # type: ignore[arg-type]


def test_advance_past_the_last_date_is_a_clock_error() -> None:
    clock = Clock(datetime(9999, 12, 31, tzinfo=timezone.utc))
    with pytest.raises(ClockError, match="past the last date"):
        clock.advance(timedelta(days=2))


def test_move_to_goes_forwards_and_backwards() -> None:
    clock = Clock(START)
    clock.move_to(datetime(2030, 1, 1))
    assert clock.now() == datetime(2030, 1, 1, tzinfo=timezone.utc)
    clock.move_to(datetime(2001, 9, 9, tzinfo=ZoneInfo("America/New_York")))
    assert clock.now() == datetime(2001, 9, 9, 4, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("not_an_instant", [date(2026, 1, 1), "2026-01-01T00:00:00Z", 0])
def test_move_to_refuses_what_is_not_a_datetime(not_an_instant: object) -> None:
    clock = Clock(START)
    with pytest.raises(ClockError, match="must be a datetime"):
        clock.move_to(not_an_instant)  # type: ignore[arg-type]
    assert clock.now() == START


def test_clock_errors_are_castle_bdd_errors() -> None:
    assert issubclass(ClockError, CastleBddError)


def test_instants_are_plain_datetimes_even_when_given_freezeguns_fake_ones() -> None:
    fake = freezegun.api.FakeDatetime(2026, 1, 1, 9, 0)
    clock = Clock(fake)
    assert type(clock.now()) is freezegun.api.real_datetime
    assert type(clock.advance(timedelta(hours=1))) is freezegun.api.real_datetime


def test_repr_shows_the_instant() -> None:
    assert repr(Clock(START)) == "Clock(2026-01-01T09:00:00+00:00)"


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [timezone.utc, timezone(timedelta(hours=-11)), timezone(timedelta(hours=13))]
        ),
    ),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=365)),
)
def test_moving_then_advancing_lands_on_the_same_instant(
    instant: datetime, delta: timedelta
) -> None:
    clock = Clock(START)
    clock.move_to(instant)
    assert clock.now() == instant
    assert clock.now().tzinfo is timezone.utc
    if instant.astimezone(timezone.utc).year < 9999:
        assert clock.advance(delta) == instant + delta
