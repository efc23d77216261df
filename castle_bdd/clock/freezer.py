"""freezegun's replacements for the time functions, installed once and switched per window.

freezegun's `freeze_time(...).start()` scans every loaded module for names bound to
`datetime`, `date` or the `time` functions, with `dir()` and `getattr()` on each of their
attributes, and swaps them for its fakes; `stop()` scans again to put them back:
milliseconds each time. Here freezegun is started once, with its module scan turned off,
and patches the `datetime`, `time` and `uuid` modules, pickling and the asyncio loop's
clock; the names bound in other modules are found by the ids of the real classes and
functions in each module's namespace, which is many times faster and finds the same
names. Every swap is recorded, so that a window switches them on and off again with one
dict store per name concerned (one dict merge for a namespace with many). Modules
imported since the last switch are adopted at the switch.
"""

from __future__ import annotations

import copyreg
import datetime as datetime_module
import sys
import time as time_module
import uuid
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from castle_bdd._compat.freezegun import (
    default_ignore_list,
    push_time_factory,
    real_now,
    real_perf_counter,
    remove_time_factory,
    remove_time_factory_and_above,
    start_unscanned,
)

if TYPE_CHECKING:
    # Only for annotations: real classes are read from freezegun's module.
    from datetime import datetime

__all__ = [
    "REAL_TIME_MODULES",
    "TimePatches",
    "push_time_factory",
    "real_now",
    "real_perf_counter",
    "remove_time_factory",
]

#: Module prefixes that keep real time even inside a window (on top of freezegun's own
#: ignore list): behave's reporters and formatters, so report timestamps stay true.
REAL_TIME_MODULES: tuple[str, ...] = ("behave.reporter", "behave.formatter")

_MISSING: object = object()
_PATCHED_MODULES = (datetime_module, time_module, uuid)
#: Modules never searched for names to switch besides the ignored ones: freezegun's own,
#: six's lazy `moves` modules, which freezegun's scan skips too, and castle-bdd's own.
#: castle-bdd reads the time only from scenario clocks (and `real_now`), never from the
#: `datetime` or `date` it imported, and checks values with `isinstance`, which freezegun's
#: stand-ins pass: its two dozen modules that import those classes would add as many
#: stores to every switch, for nothing.
_NEVER_ADOPTED = ("freezegun", "castle_bdd.")
_SIX_MOVES = ".six.moves"
#: (owner, attribute or key, real value, fake value); the owner is an object, or a dict
#: such as copyreg's pickling table; _MISSING means "not set".
_Binding = tuple[object, Any, object, object]
_REAL, _FAKE = 2, 3
#: A namespace with this many names switched takes them in one dict merge, which costs
#: about as much as five single stores.
_MERGED_FROM = 6
#: `reversed()` on a dict, without looking its `__reversed__` up on every call.
_keys_backwards = dict.__reversed__


class _Switch:
    """One direction of the switch, as plain dict stores wherever the owner allows it."""

    __slots__ = ("_deletions", "_merges", "_removals", "_settings", "_stores")

    def __init__(self, bindings: list[_Binding], side: int) -> None:
        stores: dict[int, tuple[dict[object, object], dict[object, object]]] = {}
        self._removals: list[tuple[dict[object, object], object]] = []
        self._settings: list[tuple[object, str, object]] = []
        self._deletions: list[tuple[object, str]] = []
        for binding in bindings:
            owner, key, value = binding[0], binding[1], binding[side]
            namespace = _namespace_of(owner)
            if namespace is None and value is _MISSING:
                self._deletions.append((owner, key))
            elif namespace is None:
                self._settings.append((owner, key, value))
            elif value is _MISSING:
                self._removals.append((namespace, key))
            else:
                stores.setdefault(id(namespace), (namespace, {}))[1][key] = value
        self._merges = [
            (namespace, values)
            for namespace, values in stores.values()
            if len(values) >= _MERGED_FROM
        ]
        self._stores = [
            (namespace, key, value)
            for namespace, values in stores.values()
            if len(values) < _MERGED_FROM
            for key, value in values.items()
        ]

    def apply(self) -> None:
        """Store every value of this side."""
        for namespace, values in self._merges:
            namespace |= values
        for namespace, key, value in self._stores:
            namespace[key] = value
        for namespace, key in self._removals:
            namespace.pop(key, None)
        for owner, name, value in self._settings:
            setattr(owner, name, value)
        for owner, name in self._deletions:
            # Cheaper than asking vars() first, or than contextlib.suppress, on every window.
            try:  # noqa: SIM105
                delattr(owner, name)
            except AttributeError:  # only inherited by now: nothing of its own to remove
                pass


def _namespace_of(owner: object) -> dict[object, object] | None:
    # A plain module's attributes are its __dict__; anything else goes through setattr.
    if type(owner) is dict:
        return owner
    if type(owner) is ModuleType:
        namespace: dict[Any, object] = vars(owner)
        return namespace
    return None


class TimePatches:
    """Every swap freezegun makes, recorded once, then switched on and off at will."""

    def __init__(self) -> None:
        """Start with nothing recorded: `install` records."""
        self.installed = False
        #: Modules that keep real time: not patched, and real for calls made from them.
        self.ignored = REAL_TIME_MODULES + default_ignore_list()
        self._not_adopted = self.ignored + _NEVER_ADOPTED
        self._bindings: list[_Binding] = []
        self._reals = self._fakes = _Switch([], _REAL)
        self._fake_by_real: dict[int, object] = {}
        self._real_by_fake: dict[int, object] = {}
        self._ids_sought: frozenset[int] = frozenset()
        self._modules_seen: dict[str, int] = {}
        self._modules_count = 0
        self._last_module: object = None

    def install(self, factory: Callable[[], datetime]) -> None:
        """Let freezegun freeze time, reading `factory`; record it all and switch it on."""
        module_values = [dict(vars(module)) for module in _PATCHED_MODULES]
        pickling = dict(copyreg.dispatch_table)
        swaps = start_unscanned(factory, self.ignored)
        self._record_modules(module_values)
        self._record_pickling(pickling)
        for owner, name, real in swaps:
            self._bindings.append(
                (owner, name, _own_value(owner, name, real), getattr(owner, name))
            )
        # uuid1 would otherwise carry a frozen timestamp into real time, or back.
        self._bindings.append((uuid, "_last_timestamp", None, None))
        self._ids_sought = frozenset(self._fake_by_real) | frozenset(self._real_by_fake)
        self._build_switches()
        self.installed = True
        # No module is seen yet: every loaded one is searched, and its names switched on.
        self.switch_on()

    def freeze(self, factory: Callable[[], datetime]) -> None:
        """Once installed: switch the fakes on again, and make them return `factory`'s time."""
        try:
            self.switch_on()
        except BaseException:
            self._reals.apply()
            raise
        push_time_factory(factory, self.ignored)

    def thaw(self, factory: Callable[[], datetime]) -> None:
        """Undo `freeze` (or `install`): real time again, as if freezegun had never started.

        A ``freeze_time`` that code started in the window and did not stop froze nothing of
        its own (the fakes were in place): its time factory goes with the window's, or it
        would tell the next window that someone else froze time, and that window would
        leave the real classes and functions in place.
        """
        remove_time_factory_and_above(factory)
        self.switch_off()

    def switch_on(self) -> None:
        """Put freezegun's fakes in place again."""
        self._adopt_if_imported()
        self._fakes.apply()

    def switch_off(self) -> None:
        """Put every real class and function back, as if freezegun had never started."""
        self._adopt_if_imported()
        self._reals.apply()

    def module_bindings(self) -> set[tuple[str, str]]:
        """(module name, global name) of every name switched in a module's namespace."""
        return {
            (binding[0].__name__, binding[1])
            for binding in self._bindings
            if isinstance(binding[0], ModuleType) and binding[0] not in _PATCHED_MODULES
        }

    def _adopt_if_imported(self) -> None:
        # Imports add keys at the end of sys.modules: its size or its last key changes.
        modules = sys.modules
        if (
            len(modules) != self._modules_count
            or next(_keys_backwards(modules)) is not self._last_module
        ):
            self._adopt_new_modules()

    def _record_modules(self, module_values: list[dict[str, object]]) -> None:
        for module, before in zip(_PATCHED_MODULES, module_values, strict=True):
            for name, value in list(vars(module).items()):
                real = before.get(name, _MISSING)
                if value is real or name == "_last_timestamp":
                    continue
                self._bindings.append((module, name, real, value))
                # Only classes and functions are looked for in other modules (not None).
                if module is not uuid and real is not _MISSING:
                    self._fake_by_real[id(real)] = value
                    self._real_by_fake[id(value)] = real

    def _record_pickling(self, before: dict[Any, Any]) -> None:
        table = copyreg.dispatch_table
        for cls, fake in list(table.items()):
            if before.get(cls, _MISSING) is not fake:
                self._bindings.append((table, cls, before.get(cls, _MISSING), fake))

    def _adopt_new_modules(self) -> None:
        loaded = list(sys.modules.items())
        self._modules_count, self._last_module = len(loaded), loaded[-1][0]
        seen, self._modules_seen = self._modules_seen, {name: id(module) for name, module in loaded}
        bindings_before = len(self._bindings)
        for name, module in loaded:
            if seen.get(name) != id(module):
                self._adopt(name, module)
        # Adopting only adds bindings and dropping only removes some: counts tell a change.
        changed = len(self._bindings) != bindings_before
        if any(self._modules_seen.get(name) != known for name, known in seen.items()):
            changed = self._drop_unloaded() or changed
        # Most imports bind none of the names: the switches stay as they are.
        if changed:
            self._build_switches()

    def _build_switches(self) -> None:
        self._reals, self._fakes = _Switch(self._bindings, _REAL), _Switch(self._bindings, _FAKE)

    def _drop_unloaded(self) -> bool:
        # Bindings hold their modules alive; a long run of throwaway modules must not pile up.
        loaded = set(self._modules_seen.values())
        count = len(self._bindings)
        self._bindings = [
            binding
            for binding in self._bindings
            if not isinstance(binding[0], ModuleType) or id(binding[0]) in loaded
        ]
        return len(self._bindings) != count

    def _adopt(self, name: str, module: object) -> None:
        if not isinstance(module, ModuleType) or module in _PATCHED_MODULES:
            return
        if name.startswith(self._not_adopted) or name.endswith(_SIX_MOVES):
            return
        namespace = vars(module)
        sought = self._ids_sought
        # Nearly every module binds none of them: one pass in C tells, without a copy.
        if sought.isdisjoint(map(id, namespace.values())):
            return
        found = [(key, value) for key, value in list(namespace.items()) if id(value) in sought]
        for attribute, value in found:
            fake = self._fake_by_real.get(id(value))
            if fake is not None:
                self._bindings.append((module, attribute, value, fake))
            # A fake bound under its own name was imported from freezegun on purpose.
            elif attribute != value.__name__:
                self._bindings.append((module, attribute, self._real_by_fake[id(value)], value))


def _own_value(owner: object, name: str, real: object) -> object:
    # freezegun patches the asyncio loop class, whose `time` is inherited: putting the
    # inherited method back on the class itself would leave a trace, so it is removed.
    if isinstance(owner, type) and any(vars(base).get(name) is real for base in owner.__mro__[1:]):
        return _MISSING
    return real
