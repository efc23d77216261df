"""Fixtures for the scheduling tests: a manual clock at a known instant and stubs on it."""

from __future__ import annotations

import pytest

from castle_bdd.scheduling import (
    ManualTimeSource,
    StubDeadlineManager,
    StubEventScheduler,
    Timeline,
)

from .support import START


@pytest.fixture
def clock() -> ManualTimeSource:
    """A time source standing at `START`."""
    return ManualTimeSource(START)


@pytest.fixture
def timeline(clock: ManualTimeSource) -> Timeline:
    """A timeline reading `clock`."""
    return Timeline(clock)


@pytest.fixture
def scheduler(timeline: Timeline) -> StubEventScheduler:
    """An event scheduler on the shared `timeline`."""
    return StubEventScheduler(timeline=timeline)


@pytest.fixture
def deadlines(timeline: Timeline) -> StubDeadlineManager:
    """A deadline manager on the shared `timeline`."""
    return StubDeadlineManager(timeline=timeline)
