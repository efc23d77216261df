"""What running an async handler from synchronous code costs: `resolve` against asyncio.

Three handlers: one that returns a value, one that does a little work (a dict of 20
entries), one that waits once (``asyncio.sleep(0)``). Each is run

- bare: the coroutine driven by ``send`` with no loop and no task, the floor no runner
  can go under (and not a valid runner: there is no running loop nor current task);
- classic: ``loop.run_until_complete`` on one loop reused for every call;
- resolve: ``castle_bdd.awaiting.resolve``.

Figures are microseconds per call, the minimum of several repeats (garbage collection
on, as in a run), with the overhead above bare and the ratio to classic.

Run: python bench/bench_awaiting.py
"""

from __future__ import annotations

import asyncio
import sys
import timeit
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

# Run as a plain script from a checkout, without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castle_bdd.awaiting import resolve

CALLS = 20_000
REPEATS = 9

Handler = Callable[[], Coroutine[Any, Any, Any]]


async def returns_a_value() -> int:
    return 1


async def does_a_little_work() -> int:
    balances = {}
    for account in range(20):
        balances[account] = account * 2
    return sum(balances.values())


async def waits_once() -> int:
    await asyncio.sleep(0)
    return 1


def _bare(handler: Handler) -> Any:
    coroutine = handler()
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    coroutine.close()
    return None


def _per_call(run: Callable[[], Any], calls: int) -> float:
    timer = timeit.Timer(run, setup="import gc; gc.enable()")
    return min(timer.repeat(repeat=REPEATS, number=calls)) / calls * 1e6


def _measure(name: str, handler: Handler, loop: asyncio.AbstractEventLoop) -> None:
    calls = CALLS if handler is not waits_once else CALLS // 4
    bare = _per_call(lambda: _bare(handler), calls)
    classic = _per_call(lambda: loop.run_until_complete(handler()), calls)
    resolved = _per_call(lambda: resolve(handler()), calls)
    print(
        f"{name:<20} bare {bare:6.2f}  classic {classic:6.2f} (+{classic - bare:5.2f})"
        f"  resolve {resolved:6.2f} (+{resolved - bare:5.2f})"
        f"  resolve/classic {resolved / classic:.2f}"
    )


def main() -> None:
    """Print the figures for each handler."""
    loop = asyncio.new_event_loop()
    try:
        for handler in (returns_a_value, does_a_little_work, waits_once):
            assert resolve(handler()) == loop.run_until_complete(handler())
        print(f"microseconds per call, min of {REPEATS} repeats")
        _measure("returns a value", returns_a_value, loop)
        _measure("does a little work", does_a_little_work, loop)
        _measure("waits once", waits_once, loop)
    finally:
        loop.close()


if __name__ == "__main__":
    main()
