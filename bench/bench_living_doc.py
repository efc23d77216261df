"""Writes the living document for 1,000 scenarios; prints time, size and a baseline ratio.

Target: under 2 s and under 3 MB. The baseline is ``json.dumps`` of the same run record,
so the ratio shows what rendering costs beyond serialising the data once.

    python bench/bench_living_doc.py [SCENARIOS]
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the examples/ package

from castle_bdd.docs import RunRecord, render
from castle_bdd.docs.glossary import glossary
from castle_bdd.docs.model import (
    FeatureRecord,
    ScenarioRecord,
    StepRecord,
    TableRecord,
    TimelineEntry,
)

AT = datetime(2026, 1, 1, tzinfo=timezone.utc).isoformat()


def scenario(index: int) -> ScenarioRecord:
    card = f"GC-{index}"
    failed = index % 10 == 0
    steps = [
        StepRecord(
            "Given",
            "the events:",
            3,
            "passed",
            0.0001,
            TableRecord(
                ["event", "card_id", "amount"],
                [["CardIssued", card, "100"]]
                + [["CardRedeemed", card, str(n)] for n in range(1, 10)],
            ),
        ),
        StepRecord(
            "When",
            f'the command RedeemCard is sent with card_id "{card}" and amount 30',
            4,
            "passed",
            0.0001,
        ),
        StepRecord(
            "Then",
            "the events are:",
            5,
            "failed" if failed else "passed",
            0.0001,
            TableRecord(["event", "card_id", "amount"], [["CardRedeemed", card, "30"]]),
            error="expected 30, but was 20" if failed else None,
        ),
    ]
    timeline = [
        TimelineEntry("given", "event", "CardIssued", {"card_id": card, "amount": "100"}, AT)
        for _ in range(10)
    ]
    timeline += [
        TimelineEntry("when", "command", "RedeemCard", {"card_id": card, "amount": "30"}, AT),
        TimelineEntry("when", "event", "CardRedeemed", {"card_id": card, "amount": "30"}, AT),
    ]
    return ScenarioRecord(
        f"Redeeming card {index}",
        "Scenario",
        index * 6,
        "failed" if failed else "passed",
        ["cards", f"batch{index % 7}"],
        0.002,
        None,
        steps,
        steps[-1].error,
        timeline,
    )


def run_record(count: int) -> RunRecord:
    features = [
        FeatureRecord(
            f"Gift cards {f}",
            f"features/cards_{f}.feature",
            1,
            ["cards"],
            ["Cards are issued and spent."],
            scenarios=[scenario(f * 100 + i) for i in range(100)],
        )
        for f in range(count // 100)
    ]
    messages, handlers = glossary(
        ["examples.giftcard", "examples.invoicing", "examples.subscription"]
    )
    return RunRecord(features, messages, handlers, 2.0, AT)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    record = run_record(count)
    data = record.to_json()
    started = time.perf_counter()
    baseline = json.dumps(data)
    baseline_seconds = time.perf_counter() - started
    render(record)  # warm the template cache, as a second document in one run would be
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        html = render(record)
        timings.append(time.perf_counter() - started)
    cold = timings[0]
    size = len(html.encode())
    print(f"scenarios:            {count}")
    print(f"render (best of 3):   {min(timings):.3f} s   (target < 2 s; first {cold:.3f} s)")
    print(f"document size:        {size / 1e6:.2f} MB (target < 3 MB)")
    print(f"baseline json.dumps:  {baseline_seconds:.3f} s  ({len(baseline) / 1e6:.2f} MB)")
    print(f"ratio render/json:    {min(timings) / baseline_seconds:.1f}x")


if __name__ == "__main__":
    main()
