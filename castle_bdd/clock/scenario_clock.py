"""A scenario's clock and the frozen windows in which the whole process reads it."""

from __future__ import annotations

import datetime as datetime_module
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta, timezone
from typing import TYPE_CHECKING, Any

from freezegun import api as _freezegun_api

from castle_bdd.clock.freezer import (
    TimePatches,
    freezegun_running_elsewhere,
    push_time_factory,
    real_now,
    remove_time_factory,
)
from castle_bdd.errors import CastleBddError

if TYPE_CHECKING:
    # Only for annotations: at run time the real class is read from freezegun's module,
    # as an alias here would be one more name to switch per window.
    from datetime import datetime

_ZERO = timedelta(0)
_NANOSECONDS_PER_SECOND = 1_000_000_000
# freezegun's stacks, typed for its own factories, reached through an untyped handle.
_stacks: Any = _freezegun_api


class ClockError(CastleBddError):
    """A clock was given something that is not an instant or a duration it can use."""


def _as_utc_instant(instant: object) -> datetime:
    real_datetime = _freezegun_api.real_datetime
    if type(instant) is real_datetime and instant.tzinfo is timezone.utc:
        return instant
    if not isinstance(instant, real_datetime):
        raise ClockError(f"a clock instant must be a datetime, not {type(instant).__name__}")
    if instant.utcoffset() is not None:
        instant = instant.astimezone(timezone.utc)
    # A freezegun FakeDatetime would otherwise show up in reprs and failure messages.
    return real_datetime.combine(instant.date(), instant.time(), tzinfo=timezone.utc)


def _process_now_in_whole_seconds() -> datetime:
    # The time the process sees now: real, or a window's, or a freeze_time's started
    # elsewhere. The first two are read straight away; freezegun answers for the last.
    factories = _stacks.freeze_factories
    if not factories:
        seconds = _freezegun_api.real_time_ns() // _NANOSECONDS_PER_SECOND
        instant: datetime = _freezegun_api.real_datetime.fromtimestamp(seconds, timezone.utc)
        return instant
    current = _WINDOWS.current
    if factories[-1] is _scenario_time and current is not None:
        return current._instant.replace(microsecond=0)
    return _as_utc_instant(datetime_module.datetime.now(timezone.utc)).replace(microsecond=0)


class Clock:
    """A scenario's time: an aware UTC instant that only moves when told."""

    __slots__ = ("_hook_window", "_instant", "_wall_time")

    def __init__(self, start: datetime | None = None) -> None:
        """Start at `start` (naive means UTC), or at the current time in whole seconds."""
        self._set(_process_now_in_whole_seconds() if start is None else _as_utc_instant(start))
        self._hook_window: _Window | None = None

    def now(self) -> datetime:
        """The clock's current instant, aware, in UTC."""
        return self._instant

    def move_to(self, instant: datetime) -> None:
        """Jump to `instant` (naive means UTC), forwards or backwards."""
        self._set(_as_utc_instant(instant))

    def advance(self, delta: timedelta) -> datetime:
        """Let `delta` elapse and return the new current instant."""
        if not isinstance(delta, timedelta):
            raise ClockError(f"time elapses by a timedelta, not {type(delta).__name__}")
        if delta < _ZERO:
            raise ClockError(f"time cannot elapse backwards ({delta}); use move_to to go back")
        try:
            self._set(self._instant + delta)
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

    def _set(self, instant: datetime) -> None:
        # freezegun reads naive UTC on every faked call: kept ready, not rebuilt per read
        # (combine is several times cheaper than replace).
        self._wall_time = _freezegun_api.real_datetime.combine(instant.date(), instant.time())
        self._instant = instant

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
        return real_now().replace(tzinfo=None)
    return clock._wall_time


class _FrozenWindows:
    """The process-wide stack of open windows, and freezing time while there are any."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[_Window] = []
        self._patches = TimePatches()
        # False while a freeze_time started elsewhere does the patching for us.
        self._switched_on = False
        #: The clock the process reads; one attribute so that readers need no lock.
        self.current: Clock | None = None

    @property
    def any_open(self) -> bool:
        """Whether any window is open."""
        return bool(self._open)

    @property
    def installed(self) -> bool:
        """Whether freezegun's replacements are recorded, ready to switch on."""
        return self._patches.installed

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
                self._thaw()

    def close_all(self) -> int:
        """Close every open window; return how many there were."""
        with self._lock:
            closing, self._open = self._open, []
            for window in closing:
                window.closed = True
            self.current = None
            if closing:
                self._thaw()
            return len(closing)

    def forget_patches(self) -> None:
        """Drop freezegun's recorded replacements; the next window installs them anew."""
        with self._lock:
            if not self._open:
                self._patches = TimePatches()

    def _freeze(self) -> None:
        # Inside a freeze_time started elsewhere, time is patched already, and recording
        # that freezer's replacements would keep them past its end.
        if freezegun_running_elsewhere():
            self._switched_on = False
            push_time_factory(_scenario_time, self._patches.ignored)
            return
        if not self._patches.installed:
            self._patches.install(_scenario_time)
        else:
            try:
                self._patches.switch_on()
            except BaseException:
                self._patches.switch_off()
                raise
            push_time_factory(_scenario_time, self._patches.ignored)
        self._switched_on = True

    def _thaw(self) -> None:
        remove_time_factory(_scenario_time)
        if self._switched_on:
            self._patches.switch_off()
            self._switched_on = False


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


def freezer_installed() -> bool:
    """Whether freezegun's replacements are recorded, so a window needs no module scan."""
    return _WINDOWS.installed


def shutdown() -> None:
    """Close every window and forget freezegun's replacements; a later window scans again.

    Between windows time is real already; this also releases what was recorded (and the
    modules it holds), for the end of a run such as behave's `after_all`.
    """
    _WINDOWS.close_all()
    _WINDOWS.forget_patches()
