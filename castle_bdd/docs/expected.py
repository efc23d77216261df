"""What a merged record should hold: every scenario of the suite's feature files.

The suite's feature files are read again and each scenario in them is accounted for:

- recorded: its result stays as it is (a result recorded at its line for a scenario of
  another name, or another outline row, is of an older version of the file, and no
  result of this one);
- not chosen by the run's tag selection (``@wip``…): *skipped*, as behave reports it;
- chosen and without a result: *not run* (a worker that died, a shard that never
  started, a runner that lost it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from behave.tag_expression import make_tag_expression

from castle_bdd.docs.collector import feature_header, scenario_record, suite_path
from castle_bdd.docs.model import NOT_RUN, SKIPPED, FeatureRecord, RunRecord, ScenarioRecord
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.model import Feature, Scenario
from castle_bdd.sharding import find_feature_files, read_feature


class SuiteUnreadableError(CastleBddError):
    """The suite's feature files cannot be found or read."""


class _TagExpression(Protocol):
    def check(self, tags: Sequence[str]) -> bool: ...


def account_for(
    record: RunRecord, paths: Iterable[str | Path], selections: Sequence[list[str]]
) -> RunRecord:
    """``record`` with every scenario of the feature files under ``paths`` accounted for.

    A scenario is chosen when any of ``selections`` (each a list of tag expressions that
    must all hold, as behave's ``--tags``) chooses it; no selection chooses everything.
    """
    chosen: list[_TagExpression] = [make_tag_expression(tags) for tags in selections] or [
        make_tag_expression([])
    ]
    recorded = {f.filename: f for f in record.features}
    features = [
        _accounted(parsed, recorded.pop(suite_path(str(parsed.filename)), None), chosen)
        for parsed in _parsed(paths)
    ]
    features.extend(recorded.values())  # files recorded but no longer in the suite
    features.sort(key=lambda f: f.filename)
    return replace(record, features=features)


def _accounted(
    parsed: Feature, feature: FeatureRecord | None, chosen: list[_TagExpression]
) -> FeatureRecord:
    kept = feature or feature_header(parsed)
    results = {s.line: s for s in kept.scenarios}
    scenarios: list[ScenarioRecord] = []
    for scenario in parsed.walk_scenarios():
        written = scenario_record(scenario)
        found = results.get(written.line)
        if found is not None and _same_scenario(found, written):
            scenarios.append(results.pop(written.line))
        else:  # another scenario stands there now: the record is of an older file
            scenarios.append(_missing(written, scenario, chosen))
    scenarios.extend(results.values())  # lines that moved since the run
    scenarios.sort(key=lambda s: s.line)
    return replace(kept, scenarios=scenarios)


def _same_scenario(found: ScenarioRecord, written: ScenarioRecord) -> bool:
    """Whether a result at a scenario's line is of that scenario: the same name or, for an
    outline row, the same outline and Examples values (behave names a row by the run's
    ``scenario_outline_annotation_schema``, which the merge may not have read)."""
    if found.name == written.name:
        return True
    return written.outline is not None and (found.outline, found.examples) == (
        written.outline,
        written.examples,
    )


def _missing(
    written: ScenarioRecord, scenario: Scenario, chosen: list[_TagExpression]
) -> ScenarioRecord:
    tags = [str(tag) for tag in scenario.effective_tags]
    status = NOT_RUN if any(expression.check(tags) for expression in chosen) else SKIPPED
    return replace(written, status=status)


def _parsed(paths: Iterable[str | Path]) -> list[Feature]:
    try:
        features = [read_feature(path) for path in find_feature_files(paths)]
    except CastleBddError as error:
        raise SuiteUnreadableError(
            f"cannot list the scenarios the run should have run: {error} (give the suite's "
            "feature files with --features)"
        ) from error
    return [feature for feature in features if feature is not None]
