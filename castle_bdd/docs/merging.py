"""One record from many: the results of CI shards and parallel workers, each scenario once.

A scenario is known by its feature file and line (an outline row by the line of its
row in the examples table). Records of the same scenario are resolved so:

- a copy that never started (skipped or untested, no step run: a runner left it to
  another worker, or the run's tags did not select it) gives way to a result;
- results from the same run: the one recorded last wins (a runner that tried again);
- results from different runs (a folder that was not emptied between two runs) are a
  mistake the merge refuses to guess about, unless asked to keep the newest run's;
- but a scenario tagged ``@setup`` or ``@teardown`` runs in every run that selects a
  scenario of its file by line (each shard of ``castle-bdd shard --by scenario``, each
  job of behavex's scenario scheme): of its results, the weightiest counts (a failure
  in any shard or job shows), of the newest run's when asked to keep the newest.

A feature that failed after its scenarios (an ``after_feature`` hook that raised) failed
in the merged record when it failed in a run whose results of its scenarios were kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from castle_bdd.docs.model import (
    SKIPPED,
    UNTESTED,
    FeatureRecord,
    RunRecord,
    ScenarioRecord,
    weightiest,
)
from castle_bdd.errors import CastleBddError

#: A scenario's identity: its feature file and its line.
ScenarioKey = tuple[str, int]
_NEVER_STARTED = (SKIPPED, UNTESTED)
_SHOWN_OVERLAPS = 5
#: Tags of the scenarios behave runs with any scenario of their file chosen by its line,
#: rather than skip them (behave's `FeatureScenarioLocationCollector.build_feature`).
_RUN_WITH_EVERY_SELECTION = frozenset({"setup", "teardown"})


class RunsOverlapError(CastleBddError):
    """Records of two or more different runs hold results of the same scenarios."""


@dataclass
class _Result:
    feature: FeatureRecord
    scenario: ScenarioRecord
    run: str
    started: str  # when the run started
    recorded: str  # when the record was written (for a whole-run record: its start)


def merge(records: Iterable[RunRecord], *, keep_newest: bool = False) -> RunRecord:
    """One record of several: each scenario once, features in file order, glossary once.

    Raises `RunsOverlapError` when different runs recorded the same scenario, unless
    ``keep_newest``: then the results of the run that started last win.
    """
    records = list(records)
    started = _run_starts(records)
    chosen = _chosen(_results(records, started), keep_newest)
    messages = {m.name: m for r in records for m in r.messages}
    handlers = {h.name: h for r in records for h in r.handlers}
    return RunRecord(
        features=_features(chosen, _feature_failures(records)),
        messages=sorted(messages.values(), key=lambda m: m.name),
        handlers=sorted(handlers.values(), key=lambda h: h.name),
        duration=sum(result.scenario.duration for result in chosen),
        started=min((start for start in started.values() if start), default=""),
        ended="\n".join(dict.fromkeys(r.ended for r in records if r.ended)),
    )


def selections(records: Iterable[RunRecord]) -> list[list[str]]:
    """The different tag selections the records were made with, in the order first met."""
    found: list[list[str]] = []
    for record in records:
        if record.selection not in found:
            found.append(record.selection)
    return found


def never_started(scenario: ScenarioRecord) -> bool:
    """Whether a recorded scenario is only a copy that never ran a step."""
    if scenario.status not in _NEVER_STARTED or scenario.duration:
        return False
    return all(step.status in _NEVER_STARTED for step in scenario.steps)


def _run_starts(records: list[RunRecord]) -> dict[str, str]:
    starts: dict[str, str] = {}
    for record in records:
        known = starts.get(record.run)
        if known is None or (record.started and record.started < known):
            starts[record.run] = record.started
    return starts


def _results(records: list[RunRecord], started: dict[str, str]) -> dict[ScenarioKey, list[_Result]]:
    results: dict[ScenarioKey, list[_Result]] = {}
    for record in records:
        run_started = started[record.run]
        for feature in record.features:
            for scenario in feature.scenarios:
                found = _Result(feature, scenario, record.run, run_started, record.started)
                results.setdefault((feature.filename, scenario.line), []).append(found)
    return results


def _chosen(results: dict[ScenarioKey, list[_Result]], keep_newest: bool) -> list[_Result]:
    chosen: list[_Result] = []
    overlaps: dict[ScenarioKey, list[_Result]] = {}
    for key, candidates in results.items():
        ran = [c for c in candidates if not never_started(c.scenario)]
        if not ran:
            chosen.append(candidates[-1])
            continue
        every_selection = bool(_RUN_WITH_EVERY_SELECTION.intersection(ran[-1].scenario.tags))
        if len({c.run for c in ran}) > 1 and not keep_newest and not every_selection:
            overlaps[key] = ran
            continue
        if keep_newest or not every_selection:
            newest = max(ran, key=lambda c: c.started).run
            ran = [c for c in ran if c.run == newest]
        if every_selection:
            status = weightiest(c.scenario.status for c in ran)
            ran = [c for c in ran if c.scenario.status == status]
        chosen.append(_latest(ran))
    if overlaps:
        raise RunsOverlapError(_overlap_message(overlaps))
    return chosen


def _latest(results: Iterable[_Result]) -> _Result:
    # by the time each was recorded; among records of the same time, the last read
    return max(enumerate(results), key=lambda item: (item[1].recorded, item[0]))[1]


def _feature_failures(records: list[RunRecord]) -> dict[str, dict[str, FeatureRecord]]:
    """The features that failed after their scenarios, by file, then by run."""
    failures: dict[str, dict[str, FeatureRecord]] = {}
    for record in records:
        for feature in record.features:
            if feature.error:
                failures.setdefault(feature.filename, {})[record.run] = feature
    return failures


def _features(
    chosen: list[_Result], failures: dict[str, dict[str, FeatureRecord]]
) -> list[FeatureRecord]:
    by_file: dict[str, FeatureRecord] = {}
    runs: dict[str, set[str]] = {}
    for result in chosen:
        feature = by_file.get(result.feature.filename)
        if feature is None:
            feature = by_file[result.feature.filename] = replace(result.feature, scenarios=[])
        feature.scenarios.append(result.scenario)
        runs.setdefault(feature.filename, set()).add(result.run)
    for filename, failed in failures.items():
        feature = by_file.get(filename)
        if feature is None:  # a feature that failed without a scenario of its own recorded
            feature = by_file[filename] = replace(next(iter(failed.values())), scenarios=[])
        # the runs whose results were kept say whether the feature failed
        ran = runs.get(filename)
        kept = [f.error for run, f in failed.items() if ran is None or run in ran]
        if kept:
            feature.error = "\n".join(dict.fromkeys(error for error in kept if error))
    for feature in by_file.values():
        feature.scenarios.sort(key=lambda s: s.line)
    return sorted(by_file.values(), key=lambda f: f.filename)


def _overlap_message(overlaps: dict[ScenarioKey, list[_Result]]) -> str:
    runs = {c.run: c.started for candidates in overlaps.values() for c in candidates}
    places = [f"{file}:{line}" for file, line in sorted(overlaps)[:_SHOWN_OVERLAPS]]
    more = f" and {len(overlaps) - len(places)} more" if len(overlaps) > len(places) else ""
    described = "; ".join(
        f"run {run} started {start or 'at an unknown time'}"
        for run, start in sorted(runs.items(), key=lambda item: item[1])
    )
    return (
        f"the records hold {len(runs)} different runs that recorded the same "
        f"{len(overlaps)} scenario(s): {', '.join(places)}{more} ({described}). Empty the "
        "records folder before each run, or pass --keep-newest to keep the results of the "
        "run that started last"
    )
