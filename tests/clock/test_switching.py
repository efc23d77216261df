"""Switching per window: what each window must still catch, and how windows nest."""

from __future__ import annotations

import asyncio
import datetime as datetime_module
import gc
import sys
import time
import weakref
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from types import ModuleType

import freezegun.api
import pytest
from freezegun import freeze_time

from castle_bdd.clock import Clock, active_clock, frozen_windows_active

FROZEN_AT = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc)
FROZEN_EPOCH_SECONDS = 1_000_000_000.0
INNER_START = datetime(2010, 6, 15, 12, 0, tzinfo=timezone.utc)
ELSEWHERE_AT = datetime(2020, 2, 2, 20, 0, tzinfo=timezone.utc)
#: Every `time` function freezegun replaces, each with its real one under `real_<name>`.
TIME_FUNCTIONS = (
    "time",
    "time_ns",
    "monotonic",
    "monotonic_ns",
    "perf_counter",
    "perf_counter_ns",
    "localtime",
    "gmtime",
    "strftime",
)
DOMAIN = "from time import time as epoch_seconds\n"


def _process_now() -> datetime:
    return datetime_module.datetime.now(timezone.utc)


def _is_real(instant: datetime) -> bool:
    return abs(instant - freezegun.api.real_datetime.now(timezone.utc)) < timedelta(seconds=5)


def _loop_class() -> type:
    loop = asyncio.new_event_loop()
    loop.close()
    return type(loop)


def test_a_module_imported_between_windows_in_place_of_an_unloaded_one_is_switched(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    registered_module("switching_throwaway", "")
    with Clock(FROZEN_AT).frozen():
        pass
    # One module out, one in: sys.modules keeps its size, only its last name changes.
    size = len(sys.modules)
    del sys.modules["switching_throwaway"]
    late = registered_module("switching_late_domain", DOMAIN)
    assert len(sys.modules) == size
    with Clock(FROZEN_AT).frozen():
        assert late.epoch_seconds() == FROZEN_EPOCH_SECONDS
    assert late.epoch_seconds is freezegun.api.real_time


def test_a_module_binding_no_time_name_leaves_later_modules_switched(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        pass
    registered_module("switching_no_time_names", "answer = 42\n")
    with clock.frozen():
        assert _process_now() == FROZEN_AT
    late = registered_module("switching_domain_after_it", DOMAIN)
    with clock.frozen():
        assert late.epoch_seconds() == FROZEN_EPOCH_SECONDS
    assert late.epoch_seconds is freezegun.api.real_time
    assert _is_real(_process_now())


def test_a_module_unloaded_between_windows_is_released_with_everything_it_held(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    domain = registered_module(
        "switching_unloaded_domain", DOMAIN + "class Held: ...\nheld = Held()\n"
    )
    with Clock(FROZEN_AT).frozen():
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
    held = weakref.ref(domain.held)
    del sys.modules[domain.__name__]
    del domain
    with Clock(FROZEN_AT).frozen():
        pass
    gc.collect()
    assert held() is None


def test_a_module_imported_inside_an_inner_window_stays_frozen_until_the_outer_closes(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    outer, inner = Clock(FROZEN_AT), Clock(INNER_START)
    with outer.frozen():
        with inner.frozen():
            domain = registered_module("switching_inner_domain", DOMAIN)
            assert domain.epoch_seconds() == INNER_START.timestamp()
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
    assert domain.epoch_seconds is freezegun.api.real_time


def test_every_time_function_is_frozen_inside_a_window_and_real_between_windows() -> None:
    with Clock(FROZEN_AT).frozen():
        assert time.time() == FROZEN_EPOCH_SECONDS
        inside = {name: getattr(time, name) for name in TIME_FUNCTIONS}
    for name in TIME_FUNCTIONS:
        real = getattr(freezegun.api, f"real_{name}")
        assert inside[name] is not real, name
        assert getattr(time, name) is real, name


def test_frozen_blocks_closed_out_of_order_leave_the_innermost_open_one_current() -> None:
    outer_clock, inner_clock = Clock(FROZEN_AT), Clock(INNER_START)
    outer, inner = outer_clock.frozen(), inner_clock.frozen()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)
    assert active_clock() is inner_clock
    assert _process_now() == INNER_START
    outer.__exit__(None, None, None)
    assert active_clock() is inner_clock
    inner.__exit__(None, None, None)
    assert not frozen_windows_active()
    assert _is_real(_process_now())


def test_one_frozen_block_object_nests_in_itself_and_serves_again() -> None:
    clock = Clock(FROZEN_AT)
    block = clock.frozen()
    with block:
        with block as entered:
            assert entered is clock
        assert _process_now() == FROZEN_AT
    assert not frozen_windows_active()
    with block:
        assert _process_now() == FROZEN_AT
    assert _is_real(_process_now())


def test_an_activated_clock_inside_its_own_frozen_block_needs_its_own_deactivate() -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        clock.activate()
        clock.activate()
    assert clock.is_current
    clock.deactivate()
    assert not frozen_windows_active()


def test_a_window_inside_freeze_time_started_after_windows_then_one_outside_it() -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        pass
    with freeze_time(ELSEWHERE_AT):
        clock.activate()
        assert _process_now() == FROZEN_AT
        clock.deactivate()
        assert _process_now() == ELSEWHERE_AT
    assert freezegun.api.freeze_factories == []
    clock.activate()
    assert _process_now() == FROZEN_AT
    clock.deactivate()
    assert datetime_module.datetime is freezegun.api.real_datetime


def test_the_loop_clock_removed_by_someone_else_inside_a_window_closes_cleanly() -> None:
    loop_class = _loop_class()
    with Clock(FROZEN_AT).frozen():
        assert "time" in vars(loop_class)
        del loop_class.time  # type: ignore[attr-defined]
    assert "time" not in vars(loop_class)
    with Clock(FROZEN_AT).frozen():
        assert "time" in vars(loop_class)
    assert "time" not in vars(loop_class)


def test_clocks_made_between_windows_start_at_the_real_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readings = iter([999_999_999, 999_999_999_999_999_999, 1_000_000_000_000_000_000])
    monkeypatch.setattr(freezegun.api, "real_time_ns", lambda: next(readings))
    first, same_second, next_second = Clock(), Clock(), Clock()
    expected = datetime(2001, 9, 9, 1, 46, 39, tzinfo=timezone.utc)
    assert first.now() == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert same_second.now() == expected
    assert next_second.now() == expected + timedelta(seconds=1)
    assert type(next_second.now()) is freezegun.api.real_datetime
    assert next_second.now().tzinfo is timezone.utc


def test_clocks_made_within_one_second_read_the_same_instant_in_their_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(freezegun.api, "real_time_ns", lambda: 1_000_000_000_500_000_000)
    first, second = Clock(), Clock()
    second.advance(timedelta(hours=1))
    with first.frozen():
        assert datetime_module.datetime.now() == datetime(2001, 9, 9, 1, 46, 40)
    with second.frozen():
        assert _process_now() == FROZEN_AT + timedelta(hours=1)
    assert first.now() == FROZEN_AT
