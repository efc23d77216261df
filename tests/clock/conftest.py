"""Fixtures for the clock tests: a fresh freezer per test and throwaway domain modules."""

from __future__ import annotations

import importlib
import sys
import textwrap
import types
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from castle_bdd.clock import close_frozen_windows, frozen_windows_active, shutdown

#: A domain module in the usual style: names imported from datetime and time at import.
DOMAIN_SOURCE = """
from datetime import date, datetime, timezone
from time import gmtime, time
import time as time_module


def naive_now():
    return datetime.now()


def utc_now():
    return datetime.now(timezone.utc)


def now_in(zone):
    return datetime.now(zone)


def naive_utcnow():
    return datetime.utcnow()


def today():
    return date.today()


def epoch_seconds():
    return time()


def epoch_seconds_via_module():
    return time_module.time()


def current_year():
    return gmtime().tm_year
"""


@pytest.fixture(autouse=True)
def _fresh_freezer() -> Iterator[None]:
    """Each test starts with freezegun stopped, and must leave no window open."""
    shutdown()
    try:
        yield
        assert not frozen_windows_active(), "the test left a frozen window open"
    finally:
        close_frozen_windows()
        shutdown()


@pytest.fixture
def import_domain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], ModuleType]]:
    """Import a new copy of the sample domain module under a name of its own."""
    monkeypatch.syspath_prepend(str(tmp_path))
    names: list[str] = []

    def _import() -> ModuleType:
        name = f"sample_domain_{uuid.uuid4().hex}"
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(DOMAIN_SOURCE))
        importlib.invalidate_caches()
        names.append(name)
        return importlib.import_module(name)

    yield _import
    for name in names:
        sys.modules.pop(name, None)


@pytest.fixture
def registered_module() -> Iterator[Callable[[str, str], ModuleType]]:
    """Run source as a module registered in sys.modules, as an import would."""
    names: list[str] = []

    def _register(name: str, source: str) -> ModuleType:
        module = types.ModuleType(name)
        sys.modules[name] = module
        names.append(name)
        exec(compile(source, f"<{name}>", "exec"), module.__dict__)
        return module

    yield _register
    for name in names:
        sys.modules.pop(name, None)
