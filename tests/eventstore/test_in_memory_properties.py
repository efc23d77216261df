"""The in-memory store against a model (a dict of lists), over random sequences of calls."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore

_STREAMS = st.sampled_from(["GC-1", "GC-2", "GC-3"])


class InMemoryEventStoreMachine(RuleBasedStateMachine):
    """Every call, through the async API or its sync twin, does what the model does."""

    def __init__(self) -> None:
        super().__init__()
        self.store: InMemoryEventStore[str] = InMemoryEventStore()
        self.model: dict[str, list[int]] = {}
        self.next_event = itertools.count()
        self.runner = asyncio.Runner()

    def teardown(self) -> None:
        self.runner.close()

    def call(self, via_async: bool, method: str, *arguments: Any) -> Any:
        if via_async:
            return self.runner.run(getattr(self.store, method)(*arguments))
        return getattr(self.store, f"{method}_now")(*arguments)

    def model_version(self, stream: str) -> int:
        return len(self.model.get(stream, [])) - 1

    @rule(
        stream=_STREAMS,
        offset=st.integers(-3, 2),
        count=st.integers(0, 4),
        as_tuple=st.booleans(),
        via_async=st.booleans(),
    )
    def append(self, stream: str, offset: int, count: int, as_tuple: bool, via_async: bool) -> None:
        actual = self.model_version(stream)
        expected = actual + offset
        events = [next(self.next_event) for _ in range(count)]
        try:
            self.call(
                via_async, "append_events", stream, expected, tuple(events) if as_tuple else events
            )
        except ValueError:
            assert expected < -1
            return
        except EventStoreConflictError as conflict:
            assert events and expected != actual
            assert (conflict.aggregate_id, conflict.expected_version) == (stream, expected)
            assert conflict.actual_version == actual
            return
        assert expected >= -1 and (not events or expected == actual)
        if events:
            self.model.setdefault(stream, []).extend(events)

    @rule(
        stream=_STREAMS,
        from_version=st.none() | st.integers(-5, 12),
        via_async=st.booleans(),
    )
    def load(self, stream: str, from_version: int | None, via_async: bool) -> None:
        start = 0 if from_version is None else max(from_version + 1, 0)
        loaded = self.call(via_async, "load_events", stream, from_version)
        assert loaded == self.model.get(stream, [])[start:]
        loaded.append("rogue")

    @rule(stream=_STREAMS, via_async=st.booleans())
    def current_version(self, stream: str, via_async: bool) -> None:
        expected = self.model_version(stream) if stream in self.model else None
        assert self.call(via_async, "get_current_version", stream) == expected

    @rule(via_async=st.booleans())
    def clear(self, via_async: bool) -> None:
        self.call(via_async, "clear")
        self.model.clear()

    @invariant()
    def streams_match_the_model(self) -> None:
        for stream in ("GC-1", "GC-2", "GC-3"):
            assert self.store.get_stream_now(stream) == self.model.get(stream, [])
            expected = self.model_version(stream) if stream in self.model else None
            assert self.store.get_current_version_now(stream) == expected


InMemoryEventStoreMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=30, deadline=None
)
TestInMemoryEventStoreMachine = InMemoryEventStoreMachine.TestCase
