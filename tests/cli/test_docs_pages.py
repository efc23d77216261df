"""docs/getting-started.md and docs/ci.md show what `castle-bdd` really writes and takes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from castle_bdd.cli import build_parser, main
from castle_bdd.scaffold.templates import FEATURE, PYPROJECT
from tests.cli.support import ROOT

_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)
_VARIABLE = re.compile(r"\$\{\{[^}]*\}\}|\$\{?\w+\}?")


def blocks(page: str, kind: str) -> list[str]:
    """The code blocks of ``kind`` on a page of docs/."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return [body for found, body in _BLOCK.findall(text) if found == kind]


def command_lines(page: str) -> list[str]:
    """Every ``castle-bdd ...`` command of a page's shell and YAML blocks, variables set."""
    text = "\n".join(blocks(page, "sh") + blocks(page, "yaml")).replace("\\\n", " ")
    found = re.findall(r"(?<![\w\[-])castle-bdd [a-z][^\n;&#]*", text)
    return [_VARIABLE.sub("1", line).strip() for line in found]


def test_getting_started_shows_the_scaffold_as_written() -> None:
    assert blocks("getting-started.md", "toml") == [PYPROJECT]
    assert blocks("getting-started.md", "gherkin")[0] == FEATURE


def test_getting_started_shows_what_init_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    main(["init"])
    shown = blocks("getting-started.md", "text")[0]
    assert capsys.readouterr().out == shown


@pytest.mark.parametrize("page", ["getting-started.md", "ci.md"])
def test_every_documented_command_line_is_accepted(page: str) -> None:
    lines = command_lines(page)
    assert lines
    parser = build_parser()
    for line in lines:
        arguments = shlex.split(line)[1:]
        own = arguments[: arguments.index("--")] if "--" in arguments else arguments
        commands = ("init", "shard", "docs", "check-serialization")
        assert parser.parse_args(own).command in commands, line
