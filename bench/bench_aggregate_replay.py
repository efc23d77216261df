"""Replaying a long history through the aggregate fixture, against a hand-written loop.

The fixture is given 100,000 events, runs one command and checks its events. The
baseline calls the same event-sourcing handlers on a plain instance in a loop. Printed:
the best of several runs of each, and the ratio fixture / baseline, with the
illegal-state-change check on (the default), off, and forced to re-source every event.

Run: python bench/bench_aggregate_replay.py [event_count]
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castle_bdd.fixtures import illegal_state
from castle_bdd.fixtures.aggregate import AggregateTestFixture
from examples.giftcard import CardIssued, CardRedeemed, GiftCard, RedeemCard

ROUNDS = 7


def history(count: int) -> list[object]:
    """A card issued with a large balance, then redeemed one unit at a time."""
    return [CardIssued("GC-1", 10 * count), *(CardRedeemed("GC-1", 1) for _ in range(count - 1))]


def bare_loop(events: list[object]) -> GiftCard:
    """What a person would write: call the handlers on a plain instance."""
    card = GiftCard()
    card.on_issued(events[0])  # type: ignore[arg-type]
    for event in events[1:]:
        card.on_redeemed(event)  # type: ignore[arg-type]
    return card


def through_fixture(fixture: AggregateTestFixture[GiftCard], events: list[object]) -> None:
    """Given the history, when one more redemption, expect its event."""
    fixture.given(*events).when(RedeemCard("GC-1", 5)).expect_events(CardRedeemed("GC-1", 5))


def best_of(run: Callable[[], object]) -> float:
    """The fastest of several runs, in milliseconds, with the collector out of the way."""
    timings = []
    for _ in range(ROUNDS):
        gc.collect()
        gc.disable()
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
        gc.enable()
    return min(timings) * 1000


def main() -> None:
    """Print each figure and its ratio to the bare loop."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    events = history(count)
    checked = AggregateTestFixture(GiftCard)
    unchecked = AggregateTestFixture(GiftCard).set_report_illegal_state_change(False)
    through_fixture(checked, events)  # warm caches: handler tables, the clock's freezer
    baseline = best_of(lambda: bare_loop(events))
    print(f"{count:,} events")
    print(f"  bare loop                          {baseline:8.2f} ms")
    for label, fixture in (
        ("fixture, state check on (default)", checked),
        ("fixture, state check off", unchecked),
    ):
        figure = best_of(lambda fixture=fixture: through_fixture(fixture, events))
        print(f"  {label:<34} {figure:8.2f} ms  ratio {figure / baseline:.2f}x")
    saved = illegal_state.COPY_COST_IN_EVENTS
    illegal_state.COPY_COST_IN_EVENTS = 10**9  # never copy: re-source every event, as Axon
    try:
        figure = best_of(lambda: through_fixture(checked, events))
    finally:
        illegal_state.COPY_COST_IN_EVENTS = saved
    print(
        f"  {'fixture, check re-sourcing all':<34} {figure:8.2f} ms  ratio {figure / baseline:.2f}x"
    )


if __name__ == "__main__":
    main()
