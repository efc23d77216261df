"""The frozen clock: a scenario's time, seen by domain code through freezegun.

freezegun patches `datetime`, `date` and the `time` functions process-wide and rewrites
every module that imported them by name; starting it scans all of `sys.modules`, which
costs milliseconds. So one freezegun freezer is started lazily, the first time a clock
freezes time, and kept until `shutdown()`. Between frozen windows its time factory
returns the real current time and its `time` functions hand over to the real ones.
Opening a window pushes a factory that reads the innermost window's `Clock` on every
call; moving the clock or opening and closing windows changes no module at all.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from freezegun import api as _freezegun_api
from freezegun import freeze_time
from freezegun.config import settings as _freezegun_settings

from castle_bdd.errors import CastleBddError

__all__ = [
    "REAL_TIME_MODULES",
    "Clock",
    "ClockError",
    "active_clock",
    "close_frozen_windows",
    "freezer_running",
    "frozen_windows_active",
    "real_now",
    "real_perf_counter",
    "shutdown",
]

#: Module prefixes that keep real time even inside a window (on top of freezegun's own
#: ignore list): behave's reporters and formatters, so report timestamps stay true.
REAL_TIME_MODULES: tuple[str, ...] = ("behave.reporter", "behave.formatter")

# freezegun keeps its state in module-level stacks that it reads on every faked call;
# they are typed for its own factories, so they are reached through an untyped handle.
# Real datetime is always read from freezegun's module: an alias in this module would be
# swapped for the fake class by freezegun's module scan.
_stacks: Any = _freezegun_api
_ZERO = timedelta(0)
# Every module name starts with "", so freezegun's "use real time?" check says yes.
_EVERY_MODULE: tuple[str, ...] = ("",)


class ClockError(CastleBddError):
    """A clock was given something that is not an instant or a duration it can use."""


class _Freezer(Protocol):
    """The part of freezegun's `freeze_time(...)` object used here."""

    def start(self) -> object:
        """Patch time process-wide."""
        ...

    def stop(self) -> None:
        """Undo `start`."""
        ...


def real_now() -> datetime:
    """The real current time, aware in UTC, whatever any clock says."""
    return _freezegun_api.real_datetime.now(timezone.utc)


def real_perf_counter() -> float:
    """The real `time.perf_counter()`, for measuring durations inside frozen windows."""
    result: float = _freezegun_api.real_perf_counter()
    return result


def _real_utc_wall_time() -> datetime:
    return _freezegun_api.real_datetime.now(timezone.utc).replace(tzinfo=None)


def _as_utc_instant(instant: object) -> datetime:
    if not isinstance(instant, datetime):
        raise ClockError(f"a clock instant must be a datetime, not {type(instant).__name__}")
    if instant.utcoffset() is None:
        instant = instant.replace(tzinfo=timezone.utc)
    utc = instant.astimezone(timezone.utc)
    # A freezegun FakeDatetime would otherwise show up in reprs and failure messages.
    return _freezegun_api.real_datetime.combine(utc.date(), utc.time(), tzinfo=timezone.utc)


def _process_now() -> datetime:
    # Looked up on the module at call time: inside a window, or under a freeze_time
    # started elsewhere, "now" is the time the process currently sees.
    import datetime as datetime_module

    return datetime_module.datetime.now(timezone.utc)


class Clock:
    """A scenario's time: an aware UTC instant that only moves when told."""

    __slots__ = ("_hook_window", "_instant")

    def __init__(self, start: datetime | None = None) -> None:
        """Start at `start` (naive means UTC), or at the current time in whole seconds."""
        first = _as_utc_instant(start if start is not None else _process_now())
        self._instant = first if start is not None else first.replace(microsecond=0)
        self._hook_window: _Window | None = None

    def now(self) -> datetime:
        """The clock's current instant, aware, in UTC."""
        return self._instant

    def move_to(self, instant: datetime) -> None:
        """Jump to `instant` (naive means UTC), forwards or backwards."""
        self._instant = _as_utc_instant(instant)

    def advance(self, delta: timedelta) -> datetime:
        """Let `delta` elapse and return the new current instant."""
        if not isinstance(delta, timedelta):
            raise ClockError(f"time elapses by a timedelta, not {type(delta).__name__}")
        if delta < _ZERO:
            raise ClockError(f"time cannot elapse backwards ({delta}); use move_to to go back")
        try:
            self._instant = self._instant + delta
        except OverflowError:
            raise ClockError(f"{self._instant} plus {delta} is past the last date") from None
        return self._instant

    @contextmanager
    def frozen(self) -> Iterator[Clock]:
        """Freeze process time at this clock's instant, live, for the `with` block.

        Re-entrant. Nested windows of different clocks: the innermost wins and the outer
        one is seen again when it closes. Whatever happens inside, the window closes.
        """
        window = _WINDOWS.open(self)
        try:
            yield self
        finally:
            _WINDOWS.close(window)

    def activate(self) -> None:
        """Open a window like `frozen()` that stays open until `deactivate()`.

        Meant for hooks such as behave's `before_scenario`; activating an already
        activated clock changes nothing.
        """
        if self._hook_window is None or self._hook_window.closed:
            self._hook_window = _WINDOWS.open(self)

    def deactivate(self) -> None:
        """Close the window `activate()` opened; does nothing if none is open."""
        window, self._hook_window = self._hook_window, None
        if window is not None:
            _WINDOWS.close(window)

    @property
    def is_current(self) -> bool:
        """Whether process time reads this clock now (it has the innermost window)."""
        return _WINDOWS.current is self

    def __repr__(self) -> str:
        """Show the current instant."""
        return f"Clock({self._instant.isoformat()})"


class _Window:
    """One open frozen window; identity tells windows of the same clock apart."""

    __slots__ = ("clock", "closed")

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.closed = False


def _scenario_time() -> datetime:
    # freezegun calls this for every faked datetime.now(), date.today(), time.time()...
    clock = _WINDOWS.current
    if clock is None:
        return _real_utc_wall_time()
    return clock.now().replace(tzinfo=None)


def _start_base_freezer() -> _Freezer:
    ignored = list(REAL_TIME_MODULES)
    freezer: _Freezer = freeze_time(
        _freezegun_api.real_datetime(2000, 1, 1), ignore=ignored, real_asyncio=True
    )
    freezer.start()
    _stacks.freeze_factories[-1] = _real_utc_wall_time
    _stacks.ignore_lists[-1] = _EVERY_MODULE
    return freezer


def _push_scenario_layer() -> None:
    ignored = tuple(_freezegun_settings.default_ignore_list) + REAL_TIME_MODULES
    _stacks.freeze_factories.append(_scenario_time)
    _stacks.tz_offsets.append(_ZERO)
    _stacks.ignore_lists.append(ignored)
    _stacks.tick_flags.append(False)


def _remove_scenario_layer() -> None:
    factories = _stacks.freeze_factories
    # Searched from the top: a freeze_time started elsewhere may sit above it.
    for index in range(len(factories) - 1, -1, -1):
        if factories[index] is _scenario_time:
            for stack in (factories, _stacks.tz_offsets, _stacks.ignore_lists, _stacks.tick_flags):
                del stack[index]
            return


class _FrozenWindows:
    """The process-wide stack of open windows and the freezegun state behind it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[_Window] = []
        self._base: _Freezer | None = None
        #: The clock the process reads; one attribute so readers need no lock.
        self.current: Clock | None = None

    @property
    def any_open(self) -> bool:
        """Whether any window is open."""
        return bool(self._open)

    @property
    def base_running(self) -> bool:
        """Whether the long-lived freezegun freezer is installed."""
        return self._base is not None

    def open(self, clock: Clock) -> _Window:
        """Open a window on `clock`, freezing time if none was open."""
        window = _Window(clock)
        with self._lock:
            if not self._open:
                self._freeze()
            self._open.append(window)
            self.current = clock
        return window

    def close(self, window: _Window) -> None:
        """Close `window` (in any order; twice is harmless), thawing time after the last."""
        with self._lock:
            if window.closed:
                return
            window.closed = True
            self._open.remove(window)
            self.current = self._open[-1].clock if self._open else None
            if not self._open:
                _remove_scenario_layer()

    def close_all(self) -> int:
        """Close every open window; return how many there were."""
        with self._lock:
            return self._close_all()

    def shutdown(self) -> None:
        """Close every window and stop the long-lived freezer."""
        with self._lock:
            self._close_all()
            base, self._base = self._base, None
            if base is None:
                return
            if _stacks.freeze_factories[-1] is not _real_utc_wall_time:
                self._base = base
                raise ClockError("stop the freeze_time started inside the clock's freezer first")
            base.stop()

    def _freeze(self) -> None:
        # Installing the freezer inside a freeze_time started elsewhere would break
        # freezegun's last-in-first-out stops; that freezer has patched time already.
        if self._base is None and not _stacks.freeze_factories:
            self._base = _start_base_freezer()
        _push_scenario_layer()

    def _close_all(self) -> int:
        closing, self._open = self._open, []
        for window in closing:
            window.closed = True
        self.current = None
        if closing:
            _remove_scenario_layer()
        return len(closing)


_WINDOWS = _FrozenWindows()


def frozen_windows_active() -> bool:
    """Whether any clock's frozen window is open anywhere in the process."""
    return _WINDOWS.any_open


def active_clock() -> Clock | None:
    """The clock that process time reads now, or None between windows."""
    return _WINDOWS.current


def close_frozen_windows() -> int:
    """Close every open window (a safety net for hooks); return how many were open."""
    return _WINDOWS.close_all()


def freezer_running() -> bool:
    """Whether the long-lived freezegun freezer is installed (see `shutdown`)."""
    return _WINDOWS.base_running


def shutdown() -> None:
    """Close every window and stop freezegun entirely; a later window starts it again.

    Call it at the end of a run (behave's `after_all`): until then `datetime.datetime`
    stays freezegun's class, reading the real time between windows.
    """
    _WINDOWS.shutdown()
