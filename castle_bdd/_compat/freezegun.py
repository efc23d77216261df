"""freezegun's internals: its stacks of time factories, its real classes, its undo list.

The frozen clock starts freezegun once, with its module scan turned off, and then puts
its own time factory on top of freezegun's stacks per window (`castle_bdd.clock`).
That reaches past freezegun's public API, here and only here.

Relies on, in ``freezegun.api``: the module-level stacks ``freeze_factories``,
``tz_offsets``, ``ignore_lists`` and ``tick_flags``, which its fakes read on every call;
``real_datetime``, ``real_perf_counter`` and ``real_time_ns``; a started freezer's
``undo_changes``; and that a freezer's ``stop`` puts the real classes and functions back
in the modules loaded since its ``start`` (``modules_at_start``) wherever it finds a
fake. In ``freezegun.config``: ``settings.default_ignore_list``.

Real classes and functions are always read from freezegun's module, never bound here:
a name bound in this module while a ``freeze_time`` started elsewhere is scanning would
be swapped for its fake.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from freezegun import api as _api
from freezegun import config as _config
from freezegun import freeze_time

if TYPE_CHECKING:
    from datetime import datetime

__all__ = [
    "default_ignore_list",
    "push_time_factory",
    "put_back_real_time",
    "real_datetime_class",
    "real_now",
    "real_perf_counter",
    "real_time_ns",
    "remove_time_factories_from",
    "remove_time_factory",
    "remove_time_factory_and_above",
    "start_unscanned",
    "time_factory_count",
    "time_is_frozen",
    "top_time_factory",
]

TimeFactory = Callable[[], "datetime"]

# freezegun's stacks are typed for its own factories: reached through an untyped handle.
_stacks: Any = _api
_ZERO = timedelta(0)
#: freezegun leaves alone every module whose name starts with a prefix on its ignore
#: list; the empty prefix starts every name, so its module scan visits none.
_EVERY_MODULE = ""


def real_datetime_class() -> type[datetime]:
    """The real `datetime` class, whatever freezegun has swapped."""
    real: type[datetime] = _api.real_datetime
    return real


def real_now() -> datetime:
    """The real current time, aware in UTC, whatever any clock says."""
    now: datetime = _api.real_datetime.now(UTC)
    return now


def real_perf_counter() -> float:
    """The real `time.perf_counter()`, for measuring durations inside frozen windows."""
    result: float = _api.real_perf_counter()
    return result


def real_time_ns() -> int:
    """The real `time.time_ns()`."""
    result: int = _api.real_time_ns()
    return result


def default_ignore_list() -> tuple[str, ...]:
    """The module prefixes freezegun leaves on real time by default."""
    return tuple(_config.settings.default_ignore_list)


def time_is_frozen() -> bool:
    """Whether freezegun's fakes answer now (a window here, or a freeze_time elsewhere)."""
    return bool(_stacks.freeze_factories)


def time_factory_count() -> int:
    """How many time factories freezegun's fakes stand on: a window's, and one per
    ``freeze_time`` started elsewhere and not stopped."""
    return len(_stacks.freeze_factories)


def top_time_factory() -> object:
    """The time factory freezegun's fakes read now; None when time is not frozen."""
    factories = _stacks.freeze_factories
    return factories[-1] if factories else None


def push_time_factory(factory: TimeFactory, ignored: tuple[str, ...]) -> None:
    """Make `factory` the time freezegun's fakes return (naive UTC), on top of its stack."""
    _stacks.freeze_factories.append(factory)
    _stacks.tz_offsets.append(_ZERO)
    _stacks.ignore_lists.append(ignored)
    _stacks.tick_flags.append(False)


def remove_time_factory(factory: TimeFactory) -> None:
    """Take `factory` off freezegun's stack, wherever it sits; absent is fine."""
    factories = _stacks.freeze_factories
    if factories and factories[-1] is factory:
        factories.pop()
        _stacks.tz_offsets.pop()
        _stacks.ignore_lists.pop()
        _stacks.tick_flags.pop()
        return
    # Searched from the top: a freeze_time started elsewhere may sit above it.
    index = _depth_of(factory)
    if index is not None:
        for stack in _all_stacks():
            del stack[index]


def remove_time_factory_and_above(factory: TimeFactory) -> None:
    """Take `factory` off freezegun's stack with every factory put on top of it since:
    those of freezers started while it was on top (inside a window) and never stopped."""
    index = _depth_of(factory)
    if index is not None:
        remove_time_factories_from(index)


def remove_time_factories_from(depth: int) -> None:
    """Take every time factory from the ``depth``-th (0 is the first) up off freezegun's
    stacks: those of freezers that were started and never stopped."""
    for stack in _all_stacks():
        del stack[depth:]


def _depth_of(factory: TimeFactory) -> int | None:
    """Where `factory` sits on freezegun's stack (0 is the first), the topmost if twice."""
    factories = _stacks.freeze_factories
    for index in range(len(factories) - 1, -1, -1):
        if factories[index] is factory:
            return index
    return None


def _all_stacks() -> tuple[list[Any], ...]:
    """freezegun's four stacks, which hold one entry per time factory each."""
    return (_stacks.freeze_factories, _stacks.tz_offsets, _stacks.ignore_lists, _stacks.tick_flags)


def put_back_real_time() -> None:
    """Put the real time classes and functions back everywhere, as the ``stop`` of a
    freezer that nobody holds any more would have: a ``freeze_time(…).start()`` whose
    freezer was not kept, and whose factories are already off the stacks (empty now).

    A freezer started now and stopped at once does it, told that every loaded module was
    loaded after its start: its ``stop`` then replaces each fake it finds with the real
    one in every module, as it does for modules imported while time was frozen.
    """
    freezer = freeze_time(_api.real_datetime(2000, 1, 1))
    freezer.start()
    freezer.modules_at_start = set()
    freezer.stop()


def start_unscanned(
    factory: TimeFactory, ignored: tuple[str, ...]
) -> list[tuple[object, str, object]]:
    """Start freezegun without its module scan, reading `factory`; returns its swaps.

    Each swap is (owner, attribute name, real value): what freezegun's own ``stop`` would
    put back. The freezer is left started; the caller undoes the swaps itself.
    """
    freezer = freeze_time(_api.real_datetime(2000, 1, 1), real_asyncio=True, ignore=[_EVERY_MODULE])
    freezer.start()
    _stacks.freeze_factories[-1] = factory
    _stacks.ignore_lists[-1] = ignored
    return list(freezer.undo_changes)
