"""`castle-bdd shard`: one shard's feature files, for `behave @FILE` in a CI job."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from castle_bdd.cli import main
from castle_bdd.commands.living_doc import merged_record
from tests.cli.support import feature, plain_project, run_behave, write

RECORDING = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)
"""


def project(root: Path, sizes: list[int]) -> Path:
    """A project whose feature file number n has ``sizes[n]`` passing scenarios."""
    features = {
        f"f{n}.feature": feature(
            f"F{n}", *[f"Scenario: s{i}\n  Given a step that passes" for i in range(size)]
        )
        for n, size in enumerate(sizes)
    }
    return plain_project(root, features)


def test_a_shard_is_printed_one_file_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project(tmp_path, [3, 2, 1]))
    assert main(["shard", "--index", "2", "--total", "2"]) == 0
    assert capsys.readouterr().out == "features/f1.feature\nfeatures/f2.feature\n"


def test_paths_can_be_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, [1, 1])
    assert (
        main(["shard", "--index", "0", "--total", "1", "--zero-based", str(root / "features")]) == 0
    )
    printed = capsys.readouterr().out.splitlines()
    assert printed == [(root / "features" / f"f{n}.feature").as_posix() for n in (0, 1)]


def test_an_empty_shard_prints_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project(tmp_path, [1]))
    assert main(["shard", "--index", "2", "--total", "2"]) == 0
    output = capsys.readouterr()
    assert output.out == ""
    assert "shard 2 of 2 has no feature files" in output.err


def test_a_bad_index_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project(tmp_path, [1]))
    assert main(["shard", "--index", "0", "--total", "2"]) == 1
    assert "add --zero-based to count from 0" in capsys.readouterr().err


def test_behave_runs_each_shard_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, [4, 3, 2, 2, 1])
    monkeypatch.chdir(root)
    ran = []
    for index in (1, 2):
        main(["shard", "--index", str(index), "--total", "2", "-o", f"shards/{index}.txt"])
        result = run_behave(root, f"@shards/{index}.txt", "-f", "progress")
        assert result.returncode == 0, result.stdout + result.stderr
        ran.append(next(line for line in result.stdout.splitlines() if "scenarios passed" in line))
    assert ran == ["6 scenarios passed, 0 failed, 0 skipped"] * 2


def test_by_scenario_three_files_fill_four_shards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project(tmp_path, [5, 1, 1]))
    printed = []
    for index in (1, 2, 3, 4):
        assert main(["shard", "--by", "scenario", "--index", str(index), "--total", "4"]) == 0
        printed.append(capsys.readouterr().out.splitlines())
    assert [len(lines) for lines in printed] == [2, 2, 2, 1]
    assert printed[0] == ["features/f0.feature:3", "features/f0.feature:5"]


def test_behave_runs_each_scenario_of_a_scenario_shard_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path, [5, 1, 1])
    monkeypatch.chdir(root)
    passed = []
    for index in (1, 2, 3, 4):
        listing = f"shards/{index}.txt"
        main(["shard", "--by", "scenario", "--index", str(index), "--total", "4", "-o", listing])
        result = run_behave(root, f"@{listing}", "-f", "progress")
        assert result.returncode == 0, result.stdout + result.stderr
        passed.append(int(re.findall(r"^(\d+) scenarios? passed", result.stdout, re.M)[0]))
    assert passed == [2, 2, 2, 1]


def test_a_setup_scenario_that_every_scenario_shard_runs_is_merged_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = "@setup\nScenario: prepare\n  Given a step that passes"
    others = [f"Scenario: s{i}\n  Given a step that passes" for i in range(3)]
    teardown = "@teardown\nScenario: finish\n  Given a step that passes"
    root = plain_project(tmp_path, {"f.feature": feature("F", setup, *others, teardown)})
    write(root, {"environment.py": RECORDING})
    monkeypatch.chdir(root)
    for index in (1, 2):
        listing = f"shards/{index}.txt"
        main(["shard", "--by", "scenario", "--index", str(index), "--total", "2", "-o", listing])
        result = run_behave(root, f"@{listing}", "-f", "null", "-D", "castle_records=records")
        assert result.returncode == 0, result.stdout + result.stderr
    record = merged_record([Path("records")], ["features"])
    assert [(s.line, s.status) for s in record.features[0].scenarios] == [
        (4, "passed"),
        (6, "passed"),
        (8, "passed"),
        (10, "passed"),
        (13, "passed"),
    ]


def test_the_shards_hold_every_folder_behave_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    passing = feature("F", "Scenario: s\n  Given a step that passes")
    root = plain_project(
        tmp_path, {"a.feature": passing}, '\n[tool.behave]\npaths = ["features", "more"]\n'
    )
    write(root, {"more/b.feature": passing})
    monkeypatch.chdir(root)
    assert main(["shard", "--index", "1", "--total", "1"]) == 0
    assert capsys.readouterr().out == "features/a.feature\nmore/b.feature\n"
    assert main(["shard", "--by", "scenario", "--index", "2", "--total", "2"]) == 0
    assert capsys.readouterr().out == "more/b.feature:3\n"


def test_a_feature_without_scenarios_fails_a_scenario_shard_as_it_fails_a_plain_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = plain_project(
        tmp_path,
        {
            "a.feature": feature("A", "Scenario: s\n  Given a step that passes"),
            "b.feature": "Feature: B\n  Only words, no scenario yet.\n",
            "c.feature": "Feature: C\n  Scenario Outline: o <n>\n    Given a step that passes\n"
            "    Examples:\n      | n |\n",
        },
    )
    write(root, {"environment.py": RECORDING})
    monkeypatch.chdir(root)
    assert run_behave(root, "-f", "null").returncode == 1
    listed, failed = [], []
    for index in (1, 2, 3):
        listing = f"shards/{index}.txt"
        main(["shard", "--by", "scenario", "--index", str(index), "--total", "3", "-o", listing])
        listed.append((root / listing).read_text().splitlines())
        failed.append(run_behave(root, f"@{listing}", "-f", "null").returncode == 1)
    assert listed == [
        ["../features/a.feature:3"],
        ["../features/b.feature"],
        ["../features/c.feature"],
    ]
    assert failed == [False, True, True]
