"""Splits a suite's feature files into shards of about the same number of scenarios.

Each CI matrix job runs one shard: ``castle-bdd shard --index 2 --total 4`` prints the
feature files of the second of four shards. A file is weighed by its scenarios (each row
of a Scenario Outline's examples counts as one), and files are dealt out longest first,
each to the shard with the fewest scenarios so far (greedy longest-processing-time), ties
broken by the number of files and then by shard number. The split depends only on the
files' paths and contents, so every job computes the same split without talking to the
others; every file lands in exactly one shard, and two shards differ by at most the
scenarios of one file.

With ``by="scenario"`` (``castle-bdd shard --by scenario``) the unit is the scenario:
the suite's scenarios, in file and line order, are cut into ``total`` runs of
consecutive scenarios whose sizes differ by at most one, each named ``file:line`` (an
outline row by the line of its row), which behave runs on its own; a feature file that
makes no scenario counts as one, named by its path. Three files on four shards then
leave no shard empty, and a shard still runs its scenarios file by file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from behave.parser import ParserError, parse_file

from castle_bdd.encoding import not_utf8, undecodable_line
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.model import Feature

#: Where the features are when no path is given and behave is configured with none.
DEFAULT_PATHS = ("features",)


def suite_paths() -> list[str]:
    """Where the suite's feature files are, as a plain ``behave`` finds them: behave's
    configured ``paths`` (``[tool.behave]``, ``behave.ini``…), else ``features``."""
    from behave.configuration import Configuration

    return list(Configuration([]).paths) or list(DEFAULT_PATHS)


class ShardingError(CastleBddError):
    """The shard asked for does not exist, or the feature files cannot be read."""


@dataclass(frozen=True)
class FeatureFile:
    """A feature file and the number of scenarios it runs."""

    path: str
    scenarios: int


def find_feature_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``*.feature`` files named by ``paths`` (files or folders, searched recursively)."""
    found: dict[Path, Path] = {}
    for given in paths:
        for feature in _features_under(Path(given)):
            found.setdefault(feature.resolve(), feature)
    return sorted(found.values(), key=lambda path: path.as_posix())


def read_feature(path: Path) -> Feature | None:
    """The behave feature parsed from ``path`` (None for a file without a feature)."""
    try:
        feature: Feature | None = parse_file(str(path))
        return feature
    except UnicodeDecodeError as error:
        raise ShardingError(not_utf8(str(path), undecodable_line(error), error)) from None
    except ParserError as error:
        raise ShardingError(f"{path}: cannot be read as a feature file: {error}") from error


def count_scenarios(path: Path) -> int:
    """How many scenarios a feature file runs (an outline counts once per examples row)."""
    feature = read_feature(path)
    return 0 if feature is None else len(feature.walk_scenarios())


def weigh(paths: Iterable[str | Path]) -> list[FeatureFile]:
    """The feature files named by ``paths``, each with its scenario count."""
    return [
        FeatureFile(path.as_posix(), count_scenarios(path)) for path in find_feature_files(paths)
    ]


def assign(files: Sequence[FeatureFile], total: int) -> list[list[FeatureFile]]:
    """Deal ``files`` out to ``total`` shards, largest first, each to the lightest shard.

    Each shard lists its files by path.
    """
    _check_total(total)
    shards: list[list[FeatureFile]] = [[] for _ in range(total)]
    loads = [0] * total
    for file in sorted(files, key=lambda f: (-f.scenarios, f.path)):
        lightest = min(range(total), key=lambda i: (loads[i], len(shards[i]), i))
        shards[lightest].append(file)
        loads[lightest] += file.scenarios
    return [sorted(shard, key=lambda f: f.path) for shard in shards]


def shard(
    paths: Iterable[str | Path], index: int, total: int, *, zero_based: bool = False
) -> list[FeatureFile]:
    """The feature files of shard ``index`` of ``total`` (counted from 1, or from 0)."""
    position = shard_position(index, total, zero_based=zero_based)
    return assign(weigh(paths), total)[position]


@dataclass(frozen=True)
class ScenarioLocation:
    """Where one scenario (or one outline row) is: behave runs ``path:line`` alone.

    Without a line, the whole of a feature file that makes no scenario.
    """

    path: str
    line: int | None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


def scenario_locations(paths: Iterable[str | Path]) -> list[ScenarioLocation]:
    """Every scenario of the feature files named by ``paths``, in file and line order.

    A feature that makes no scenario (none written, an outline without Examples rows) is
    there as its whole file: a plain behave run fails it (castle-bdd's checks of a
    feature's shape), and so must the shard that runs it.
    """
    locations: list[ScenarioLocation] = []
    for path in find_feature_files(paths):
        feature = read_feature(path)
        if feature is None:
            continue
        scenarios = feature.walk_scenarios()
        locations.extend(ScenarioLocation(path.as_posix(), int(s.line)) for s in scenarios)
        if not scenarios:
            locations.append(ScenarioLocation(path.as_posix(), None))
    return locations


def cut(locations: Sequence[ScenarioLocation], total: int) -> list[list[ScenarioLocation]]:
    """``locations`` cut into ``total`` runs of consecutive ones, sizes differing by <= 1."""
    _check_total(total)
    size, larger = divmod(len(locations), total)
    bounds = [i * size + min(i, larger) for i in range(total + 1)]
    return [list(locations[bounds[i] : bounds[i + 1]]) for i in range(total)]


def shard_scenarios(
    paths: Iterable[str | Path], index: int, total: int, *, zero_based: bool = False
) -> list[ScenarioLocation]:
    """The scenarios of shard ``index`` of ``total`` when shards split scenarios."""
    position = shard_position(index, total, zero_based=zero_based)
    return cut(scenario_locations(paths), total)[position]


def shard_position(index: int, total: int, *, zero_based: bool = False) -> int:
    """The 0-based position of shard ``index``; explains a number out of range."""
    _check_total(total)
    first = 0 if zero_based else 1
    if not first <= index < first + total:
        raise ShardingError(
            f"shard index {index} is out of range: with --total {total} use "
            f"{first}..{first + total - 1}"
            + ("" if zero_based else " (indexes count from 1; add --zero-based to count from 0)")
        )
    return index - first


def _check_total(total: int) -> None:
    if total < 1:
        raise ShardingError(f"the number of shards must be at least 1, not {total}")


def _features_under(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.rglob("*.feature"))
    if path.is_file():
        return [path]
    raise ShardingError(f"{path}: no such file or folder")
