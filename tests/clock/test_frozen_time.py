"""What domain code sees inside and outside a clock's frozen window."""

from __future__ import annotations

import asyncio
import copyreg
import datetime as datetime_module
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, timezone
from types import ModuleType
from zoneinfo import ZoneInfo

import freezegun.api

from castle_bdd.clock import Clock, freezer_installed, frozen_windows_active, shutdown

# Far from the real present, so a frozen reading cannot pass for a real one.
FROZEN_AT = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc)
FROZEN_EPOCH_SECONDS = 1_000_000_000.0
REAL_TIME_TOLERANCE = timedelta(seconds=5)


def _real_utc_now() -> datetime:
    return freezegun.api.real_datetime.now(timezone.utc)


def _event_loop_class() -> type:
    loop = asyncio.new_event_loop()
    loop.close()
    return type(loop)


def _without_uuid_timestamp(values: Mapping[str, object]) -> dict[str, object]:
    # uuid1's last timestamp moves whenever a uuid1 is made; freezegun resets it on purpose.
    return {name: value for name, value in values.items() if name != "_last_timestamp"}


def _assert_real_time(domain: ModuleType) -> None:
    assert abs(domain.utc_now() - _real_utc_now()) < REAL_TIME_TOLERANCE
    assert abs(domain.epoch_seconds() - freezegun.api.real_time()) < 5
    assert abs(domain.epoch_seconds_via_module() - freezegun.api.real_time()) < 5
    assert abs(time.time() - freezegun.api.real_time()) < 5


def test_a_module_imported_before_the_first_window_sees_the_frozen_time(
    import_domain: Callable[[], ModuleType],
) -> None:
    assert not freezer_installed()
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        assert domain.naive_now() == datetime(2001, 9, 9, 1, 46, 40)
        assert domain.utc_now() == FROZEN_AT
        assert domain.naive_utcnow() == datetime(2001, 9, 9, 1, 46, 40)
        assert domain.today() == date(2001, 9, 9)
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
        assert domain.epoch_seconds_via_module() == FROZEN_EPOCH_SECONDS
        assert domain.current_year() == 2001


def test_aware_now_in_any_zone_is_the_frozen_instant(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        in_new_york = domain.now_in(ZoneInfo("America/New_York"))
    assert in_new_york == FROZEN_AT
    assert in_new_york.utcoffset() == timedelta(hours=-4)


def test_modules_imported_between_and_inside_windows_see_the_frozen_time(
    import_domain: Callable[[], ModuleType],
) -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        imported_inside = import_domain()
    imported_between = import_domain()
    with clock.frozen():
        assert imported_inside.utc_now() == FROZEN_AT
        assert imported_between.utc_now() == FROZEN_AT
        assert imported_between.epoch_seconds() == FROZEN_EPOCH_SECONDS


def test_moving_the_clock_inside_the_window_is_seen_at_once(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        clock.advance(timedelta(days=31))
        assert domain.utc_now() == FROZEN_AT + timedelta(days=31)
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS + 31 * 86400
        clock.move_to(datetime(1999, 12, 31, 23, 59, 59))
        assert domain.today() == date(1999, 12, 31)


def test_frozen_time_does_not_tick(import_domain: Callable[[], ModuleType]) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        first = domain.utc_now()
        time.sleep(0.01)
        assert domain.utc_now() == first


def test_after_the_window_closes_time_is_real_again(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    clock = Clock(FROZEN_AT)
    clock.activate()
    assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
    clock.deactivate()
    assert freezer_installed()
    _assert_real_time(domain)
    assert abs(datetime_module.datetime.now(timezone.utc) - _real_utc_now()) < REAL_TIME_TOLERANCE
    local_now = freezegun.api.real_datetime.now()
    assert abs(domain.naive_now() - local_now) < REAL_TIME_TOLERANCE


def test_between_windows_the_real_classes_and_functions_are_back(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        assert domain.datetime is freezegun.api.FakeDatetime
    assert freezer_installed()
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert datetime_module.date is freezegun.api.real_date
    assert domain.datetime is freezegun.api.real_datetime
    assert domain.date is freezegun.api.real_date
    assert domain.time is freezegun.api.real_time
    assert time.time is freezegun.api.real_time
    assert time.monotonic is freezegun.api.real_monotonic
    assert type(domain.naive_now()) is freezegun.api.real_datetime
    assert type(date(2026, 1, 1)) is freezegun.api.real_date


def test_between_windows_the_time_functions_are_the_real_ones_in_effect(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        pass
    readings = [time.perf_counter() for _ in range(1000)]
    assert readings == sorted(readings)
    assert readings[-1] > readings[0]
    assert abs(time.monotonic() - freezegun.api.real_monotonic()) < 1
    assert time.gmtime().tm_year == freezegun.api.real_gmtime().tm_year
    assert domain.current_year() == _real_utc_now().year


def test_a_failure_inside_the_window_leaves_nothing_frozen(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    clock = Clock(FROZEN_AT)
    try:
        with clock.frozen():
            clock.advance(timedelta(days=3))
            raise LookupError("a handler failed")
    except LookupError:
        pass
    assert not frozen_windows_active()
    assert not clock.is_current
    _assert_real_time(domain)


def test_time_functions_are_real_even_for_a_module_imported_inside_a_window(
    import_domain: Callable[[], ModuleType],
) -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        imported_inside = import_domain()
        assert imported_inside.time is freezegun.api.fake_time
    assert imported_inside.time is freezegun.api.real_time
    assert imported_inside.datetime is freezegun.api.real_datetime
    with clock.frozen():
        assert imported_inside.epoch_seconds() == FROZEN_EPOCH_SECONDS


def test_everything_freezegun_replaced_is_back_between_windows_and_after_shutdown(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    globals_before = {module: dict(vars(module)) for module in (datetime_module, time, uuid)}
    pickling_before = dict(copyreg.dispatch_table)
    loop_class = _event_loop_class()
    loop_time_before = vars(loop_class).get("time")
    for ending in ("window closed", "shutdown"):
        with Clock(FROZEN_AT).frozen():
            assert copyreg.dispatch_table != pickling_before
            assert vars(loop_class).get("time") is not loop_time_before
        if ending == "shutdown":
            shutdown()
        for module, before in globals_before.items():
            assert _without_uuid_timestamp(vars(module)) == _without_uuid_timestamp(before)
        assert copyreg.dispatch_table == pickling_before
        assert vars(loop_class).get("time") is loop_time_before
        assert domain.datetime is freezegun.api.real_datetime
        assert freezegun.api.freeze_factories == []
