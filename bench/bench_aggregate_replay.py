"""Replaying a long history through the aggregate fixture, against a hand-written loop.

The fixture is given 100,000 events, runs one command and checks its events. The
baseline calls the same event-sourcing handlers on a plain instance in a loop. Printed:
the fastest of several interleaved runs of each, and the ratio fixture / baseline, with
the illegal-state-change check on (the default), off, and made to re-source every event
as Axon does (instead of applying the new events to a copy of the loaded state).

Run: python bench/bench_aggregate_replay.py [event_count]
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castle_bdd.fixtures import aggregate_scenario
from castle_bdd.fixtures.aggregate import AggregateTestFixture
from examples.giftcard import CardIssued, CardRedeemed, GiftCard, RedeemCard

ROUNDS = 15


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


def re_sourcing_every_event(events: list[object]) -> Callable[[], None]:
    """A run whose state check re-sources all events, as Axon's fixture does."""
    fixture = AggregateTestFixture(GiftCard)

    def run() -> None:
        copy_state = aggregate_scenario.snapshot
        aggregate_scenario.snapshot = lambda aggregate, history_length: None  # type: ignore[assignment]
        try:
            through_fixture(fixture, events)
        finally:
            aggregate_scenario.snapshot = copy_state

    return run


def timed(run: Callable[[], object]) -> float:
    """One run, in milliseconds, with the collector out of the way."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        run()
        return (time.perf_counter() - started) * 1000
    finally:
        gc.enable()


def main() -> None:
    """Print each figure and its ratio to the bare loop."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    events = history(count)
    checked = AggregateTestFixture(GiftCard)
    unchecked = AggregateTestFixture(GiftCard).set_report_illegal_state_change(False)
    runs: dict[str, Callable[[], object]] = {
        "bare loop": lambda: bare_loop(events),
        "fixture, state check on (default)": lambda: through_fixture(checked, events),
        "fixture, state check off": lambda: through_fixture(unchecked, events),
        "fixture, check re-sourcing all": re_sourcing_every_event(events),
    }
    for run in runs.values():  # warm caches: handler tables, the clock's freezer
        run()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(ROUNDS):  # interleaved, so a busy moment hits every figure alike
        for label, run in runs.items():
            best[label] = min(best[label], timed(run))
    baseline = best["bare loop"]
    print(f"{count:,} events, fastest of {ROUNDS} interleaved runs")
    for label, figure in best.items():
        ratio = "" if label == "bare loop" else f"  ratio {figure / baseline:.2f}x"
        print(f"  {label:<34} {figure:8.2f} ms{ratio}")


if __name__ == "__main__":
    main()
