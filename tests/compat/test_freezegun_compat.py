"""What castle_bdd._compat.freezegun relies on, against the installed freezegun."""

from __future__ import annotations

import datetime as datetime_module
import time
from datetime import datetime

import freezegun.api
from freezegun import freeze_time

from castle_bdd._compat import freezegun as compat

STACKS = ("freeze_factories", "tz_offsets", "ignore_lists", "tick_flags")


def test_freezeguns_stacks_are_module_level_lists() -> None:
    for name in STACKS:
        assert isinstance(getattr(freezegun.api, name), list), name


def test_freezeguns_real_classes_and_functions_are_the_real_ones() -> None:
    assert compat.real_datetime_class() is freezegun.api.real_datetime
    assert compat.real_now().tzinfo is datetime_module.UTC
    assert isinstance(compat.real_time_ns(), int)
    assert isinstance(compat.real_perf_counter(), float)


def test_the_default_ignore_list_is_a_tuple_of_prefixes() -> None:
    ignored = compat.default_ignore_list()
    assert isinstance(ignored, tuple)
    assert all(isinstance(prefix, str) for prefix in ignored)


def test_a_freeze_time_started_elsewhere_is_seen() -> None:
    assert not compat.time_is_frozen()
    assert compat.top_time_factory() is None
    with freeze_time("2026-01-01"):
        assert compat.time_is_frozen()
        assert compat.top_time_factory() is freezegun.api.freeze_factories[-1]
    assert not compat.time_is_frozen()


def test_a_pushed_factory_answers_freezeguns_fakes_until_it_is_removed() -> None:
    frozen = datetime(2031, 5, 6, 7, 8, 9)
    with freeze_time("2026-01-01"):
        compat.push_time_factory(lambda: frozen, ())
        try:
            assert datetime_module.datetime.now() == frozen
        finally:
            compat.remove_time_factory(compat.top_time_factory())  # type: ignore[arg-type]
        assert datetime_module.datetime.now() == datetime(2026, 1, 1)
    assert all(getattr(freezegun.api, name) == [] for name in STACKS)


def test_removing_a_factory_below_the_top_keeps_the_stacks_aligned() -> None:
    def first() -> datetime:
        return datetime(2030, 1, 1)

    def second() -> datetime:
        return datetime(2031, 1, 1)

    compat.push_time_factory(first, ())
    compat.push_time_factory(second, ())
    try:
        compat.remove_time_factory(first)
        assert [len(getattr(freezegun.api, name)) for name in STACKS] == [1, 1, 1, 1]
        assert compat.top_time_factory() is second
        compat.remove_time_factory(first)  # absent: nothing happens
    finally:
        compat.remove_time_factory(second)
    assert all(getattr(freezegun.api, name) == [] for name in STACKS)


def test_starting_unscanned_returns_every_swap_with_its_real_value() -> None:
    frozen = datetime(2029, 2, 3, 4, 5, 6)
    real_time = time.time
    modules = {name: getattr(time, name) for name in dir(time)}
    dates = {name: getattr(datetime_module, name) for name in dir(datetime_module)}
    swaps = compat.start_unscanned(lambda: frozen, ())
    try:
        assert datetime_module.datetime.now() == frozen
        assert time.time is not real_time
        # the asyncio loop's clock is the one swap made outside the patched modules
        assert {name for _, name, _ in swaps} == {"time"}
        assert all(real is not None for _, _, real in swaps)
    finally:
        for owner, name, real in swaps:
            if any(vars(base).get(name) is real for base in owner.__mro__[1:]):  # type: ignore[attr-defined]
                delattr(owner, name)  # inherited: freezegun set it on the class itself
            else:
                setattr(owner, name, real)
        for name, value in modules.items():
            setattr(time, name, value)
        for name, value in dates.items():
            setattr(datetime_module, name, value)
        compat.remove_time_factory(compat.top_time_factory())  # type: ignore[arg-type]
    assert time.time is real_time
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert not compat.time_is_frozen()


def test_real_time_is_put_back_after_a_freezer_nobody_holds_is_taken_off_the_stacks() -> None:
    from tests.compat import _bound_at_import as bound

    freeze_time("2001-01-01").start()  # the freezer itself is not kept
    assert compat.time_factory_count() == 1
    assert bound.datetime is not freezegun.api.real_datetime  # a fake, since the start
    compat.remove_time_factories_from(0)
    compat.put_back_real_time()
    assert compat.time_factory_count() == 0
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert bound.datetime is freezegun.api.real_datetime
    assert time.time is freezegun.api.real_time
    assert bound.datetime.now().year > 2020
