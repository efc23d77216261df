"""Shards: every feature file in exactly one, about the same number of scenarios in each."""

from __future__ import annotations

import contextlib
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from castle_bdd.paths import readable_path
from castle_bdd.sharding import (
    FeatureFile,
    ScenarioLocation,
    ShardingError,
    assign,
    count_scenarios,
    cut,
    find_feature_files,
    scenario_locations,
    shard,
    shard_position,
    shard_scenarios,
    weigh,
)
from tests.cli.support import write

OUTLINE_AND_RULE = """
Feature: Mixed
  Background:
    Given a step that passes

  Scenario: plain
    Given a step that passes

  Scenario Outline: outline <n>
    Given a step that passes

    Examples: first
      | n |
      | 1 |
      | 2 |

    Examples: second
      | n |
      | 3 |

  Rule: a rule
    Scenario: in the rule
      Given a step that passes
"""


def scenarios(count: int) -> str:
    """A feature file's text with ``count`` scenarios."""
    body = "".join(f"  Scenario: s{n}\n    Given a step that passes\n" for n in range(count))
    return f"Feature: f\n{body}"


def suite(root: Path, sizes: dict[str, int]) -> Path:
    """Feature files under ``root/features`` with the given numbers of scenarios."""
    write(root, {f"features/{name}": scenarios(size) for name, size in sizes.items()})
    return root / "features"


def test_outline_rows_and_rule_scenarios_are_counted(tmp_path: Path) -> None:
    write(tmp_path, {"mixed.feature": OUTLINE_AND_RULE})
    assert count_scenarios(tmp_path / "mixed.feature") == 5


def test_a_feature_without_scenarios_weighs_nothing(tmp_path: Path) -> None:
    write(tmp_path, {"empty.feature": "Feature: nothing yet\n", "blank.feature": "# todo\n"})
    assert count_scenarios(tmp_path / "empty.feature") == 0
    assert count_scenarios(tmp_path / "blank.feature") == 0


def test_a_broken_feature_file_is_named(tmp_path: Path) -> None:
    write(tmp_path, {"broken.feature": "Feature: x\n  Scenario: y\n    Given a\n  | a |\n oops\n"})
    with pytest.raises(ShardingError, match=r"broken\.feature: cannot be read as a feature file"):
        count_scenarios(tmp_path / "broken.feature")


def test_a_feature_file_not_in_utf8_is_named_with_its_line_as_behave_names_it(
    tmp_path: Path,
) -> None:
    latin = tmp_path / "latin.feature"
    latin.write_bytes("Feature: Cards\n  Scenario: Caf\u00e9\n    Given x\n".encode("cp1252"))
    with pytest.raises(ShardingError) as refused:
        count_scenarios(latin)
    message = str(refused.value)
    assert message.startswith(f"{readable_path(str(latin))}:2: this file is not UTF-8: ")
    assert 'the byte 0xE9 after "Scenario: Caf" cannot be read' in message
    assert "Save the file as UTF-8" in message
    assert "codec" not in message


def test_feature_files_are_found_recursively_once_and_in_order(tmp_path: Path) -> None:
    features = suite(tmp_path, {"b.feature": 1, "sub/a.feature": 1, "a.feature": 1})
    write(tmp_path, {"features/notes.txt": "not a feature"})
    found = find_feature_files([features, features / "a.feature"])
    assert [p.relative_to(features).as_posix() for p in found] == [
        "a.feature",
        "b.feature",
        "sub/a.feature",
    ]


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(ShardingError, match="nowhere: no such file or folder"):
        find_feature_files([tmp_path / "nowhere"])


def test_weigh_gives_each_file_its_scenarios(tmp_path: Path) -> None:
    features = suite(tmp_path, {"a.feature": 3, "b.feature": 1})
    assert weigh([features]) == [
        FeatureFile((features / "a.feature").as_posix(), 3),
        FeatureFile((features / "b.feature").as_posix(), 1),
    ]


def test_largest_files_are_dealt_first_to_the_lightest_shard() -> None:
    files = [FeatureFile(name, size) for name, size in [("a", 5), ("b", 4), ("c", 3), ("d", 3)]]
    assert assign(files, 2) == [[files[0], files[3]], [files[1], files[2]]]


def test_empty_files_are_spread_over_the_shards() -> None:
    files = [FeatureFile(f"f{n}", 0) for n in range(4)]
    assert [len(s) for s in assign(files, 2)] == [2, 2]


feature_sets = st.lists(
    st.tuples(st.text("abcdef/", min_size=1, max_size=6), st.integers(0, 40)),
    max_size=30,
    unique_by=lambda item: item[0],
).map(lambda items: [FeatureFile(path, size) for path, size in items])


@given(files=feature_sets, total=st.integers(1, 6))
def test_every_file_is_in_exactly_one_shard(files: list[FeatureFile], total: int) -> None:
    shards = assign(files, total)
    assert len(shards) == total
    dealt = [file for one in shards for file in one]
    assert sorted(dealt, key=lambda f: f.path) == sorted(files, key=lambda f: f.path)


@given(files=feature_sets, total=st.integers(1, 6))
def test_shards_differ_by_at_most_the_largest_file(files: list[FeatureFile], total: int) -> None:
    loads = [sum(f.scenarios for f in one) for one in assign(files, total)]
    assert max(loads) - min(loads) <= max((f.scenarios for f in files), default=0)


@given(files=feature_sets, total=st.integers(1, 6), seed=st.integers())
def test_the_split_does_not_depend_on_the_order_files_are_found(
    files: list[FeatureFile], total: int, seed: int
) -> None:
    shuffled = list(files)
    random.Random(seed).shuffle(shuffled)
    assert assign(shuffled, total) == assign(files, total)


def test_shards_are_counted_from_one_by_default(tmp_path: Path) -> None:
    features = suite(tmp_path, {"a.feature": 2, "b.feature": 1})
    first = shard([features], 1, 2)
    assert first == shard([features], 0, 2, zero_based=True)
    assert [Path(f.path).name for f in first] == ["a.feature"]


def test_every_file_is_in_one_shard_of_a_real_suite(tmp_path: Path) -> None:
    sizes = {f"f{n:02d}.feature": (n * 7) % 11 for n in range(17)}
    features = suite(tmp_path, sizes)
    dealt = [f.path for index in (1, 2, 3) for f in shard([features], index, 3)]
    assert sorted(dealt) == sorted((features / name).as_posix() for name in sizes)
    assert len(dealt) == len(set(dealt))


@pytest.mark.parametrize(
    ("index", "total", "zero_based", "message"),
    [
        (0, 4, False, r"use 1\.\.4 \(indexes count from 1; add --zero-based to count from 0\)"),
        (5, 4, False, "shard index 5 is out of range"),
        (4, 4, True, "use 0..3$"),
        (1, 0, False, "the number of shards must be at least 1, not 0"),
    ],
)
def test_a_shard_out_of_range_is_explained(
    index: int, total: int, zero_based: bool, message: str
) -> None:
    with pytest.raises(ShardingError, match=message):
        shard_position(index, total, zero_based=zero_based)


def test_every_scenario_and_outline_row_has_a_location(tmp_path: Path) -> None:
    write(tmp_path, {"features/mixed.feature": OUTLINE_AND_RULE})
    locations = scenario_locations([tmp_path / "features"])
    path = (tmp_path / "features" / "mixed.feature").as_posix()
    assert [str(location) for location in locations] == [
        f"{path}:{line}" for line in (5, 13, 14, 18, 21)
    ]


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=9))
def test_scenario_shards_keep_order_and_differ_by_at_most_one(size: int, total: int) -> None:
    locations = [ScenarioLocation(f"f{n // 7}.feature", n) for n in range(size)]
    shards = cut(locations, total)
    assert [location for part in shards for location in part] == locations
    assert max(map(len, shards)) - min(map(len, shards)) <= 1


def test_a_scenario_shard_out_of_range_is_explained(tmp_path: Path) -> None:
    suite(tmp_path, {"a.feature": 2})
    with pytest.raises(ShardingError, match="out of range"):
        shard_scenarios([tmp_path / "features"], 5, 4)


_NAMES = st.sampled_from(["twin", "Ünïcödé — ∑", "x" * 150, "buy <n> items"])
_EXAMPLES = st.tuples(
    st.sampled_from(["", "first", "<n> more"]),  # the Examples' name
    st.sampled_from(["", "@slow"]),  # its tag
    st.lists(st.sampled_from(["1", "2"]), min_size=1, max_size=3),  # rows, maybe repeated
)
#: ("scenario" or "outline", its name, its Examples tables)
_Scenario = tuple[str, str, list[tuple[str, str, list[str]]]]
_SCENARIO: st.SearchStrategy[_Scenario] = st.one_of(
    _NAMES.map(lambda name: ("scenario", name, [])),
    st.tuples(st.just("outline"), _NAMES, st.lists(_EXAMPLES, min_size=1, max_size=3)),
)
_BLOCK = st.tuples(
    st.sampled_from(["", "rule", "rule with background"]),
    st.lists(_SCENARIO, min_size=1, max_size=3),
)


def _scenario_text(scenario: _Scenario, indent: str) -> str:
    kind, name, tables = scenario
    if kind == "scenario":
        return f"{indent}Scenario: {name}\n{indent}  Given a step that passes\n\n"
    text = f"{indent}Scenario Outline: {name}\n{indent}  Given a step that passes <n>\n\n"
    for title, tag, rows in tables:
        text += f"{indent}  {tag}\n" if tag else ""
        text += f"{indent}  Examples: {title}\n{indent}    | n |\n"
        text += "".join(f"{indent}    | {row} |\n" for row in rows) + "\n"
    return text


def _feature_text(blocks: list[tuple[str, list[_Scenario]]], background: bool) -> str:
    text = "Feature: generated\n\n"
    text += "  Background:\n    Given a step that passes\n\n" if background else ""
    for number, (rule, items) in enumerate(blocks):
        indent = "  "
        if rule:  # a Rule, then nothing outside a Rule after it
            text += f"  Rule: rule {number}\n\n"
            text += "    Background:\n      Given a step that passes\n\n" if "back" in rule else ""
            indent = "    "
        text += "".join(_scenario_text(item, indent) for item in items)
    return text


@settings(deadline=None, max_examples=25)
@given(
    st.lists(
        st.tuples(st.lists(_BLOCK, min_size=1, max_size=3), st.booleans()),
        min_size=1,
        max_size=3,
    )
)
def test_behave_runs_each_scenario_in_exactly_one_scenario_shard(
    files: list[tuple[list[tuple[str, list[_Scenario]]], bool]],
) -> None:
    """Outlines with several Examples (named, tagged, a row twice), Rules with Backgrounds,
    scenarios of the same name, two files of the same name in different folders: the
    scenarios behave selects from each shard's list make up the suite, each once."""
    from behave.runner_util import collect_feature_locations, parse_features

    # a scenario written after a Rule belongs to it: the blocks outside a Rule come first
    ordered = [
        (sorted(blocks, key=lambda block: bool(block[0])), background)
        for blocks, background in files
    ]
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        root = Path()
        texts = {
            f"features/{'ab'[n % 2]}/same.feature" if n < 2 else f"features/f{n}.feature": (
                _feature_text(blocks, background)
            )
            for n, (blocks, background) in enumerate(ordered)
        }
        for name, text in texts.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        every = [str(location) for location in scenario_locations([root / "features"])]
        assert len(every) == len(set(every))
        for total in range(1, 8):
            ran: list[str] = []
            for index in range(1, total + 1):
                listed = [str(s) for s in shard_scenarios([root / "features"], index, total)]
                if not listed:
                    continue
                for feature in parse_features(collect_feature_locations(listed)):
                    ran.extend(
                        f"{feature.filename}:{scenario.line}"
                        for scenario in feature.walk_scenarios()
                        if scenario.status.name != "skipped"
                    )
            assert sorted(ran) == sorted(every), f"{total} shards"
