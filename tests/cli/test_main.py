"""The `castle-bdd` command line itself: its entry point, help and usage errors."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from castle_bdd import cli
from tests.cli.support import ROOT, child_environment


def test_the_console_script_is_cli_main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["castle-bdd"] == "castle_bdd.cli:main"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--help"])
    assert stopped.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    # a command's line, not a wrapped line of its help, which is indented further
    commands = [line.split()[0] for line in lines if line[:4] == "    " and line[4:5].strip()]
    assert commands == ["init", "shard", "docs", "check-serialization"]


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main([])
    assert stopped.value.code == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err


def test_only_docs_takes_behave_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["shard", "--index", "1", "--total", "1", "--", "--tags=@x"])
    assert stopped.value.code == 2
    assert "only 'docs' takes them" in capsys.readouterr().err


def test_the_module_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "castle_bdd.cli", "shard", "--help"],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    assert "--zero-based" in result.stdout
