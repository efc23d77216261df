"""Small behave projects in a temporary folder, and behave run in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

#: The repository root: child processes import castle_bdd from here.
ROOT = Path(__file__).resolve().parents[2]

PLAIN_STEPS = '''
from behave import step


@step("a step that passes")
def step_passes(context):
    """Passes."""


@step("a step that fails")
def step_fails(context):
    """Fails with an assertion."""
    assert False, "balance is 100"


@step("a step that raises")
def step_raises(context):
    """Fails with an error."""
    raise ValueError("boom")
'''

SHOP_DOMAIN = '''
from dataclasses import dataclass


@dataclass(frozen=True)
class OrderPlaced:
    """A customer placed an order."""

    order_id: str
'''


def write(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (path in ``root`` to text, dedented) and return ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def plain_project(root: Path, features: dict[str, str], pyproject: str = "") -> Path:
    """A behave project with hand-written steps, a one-event domain and ``features``."""
    settings = '[tool.castle_bdd]\ndomain = ["shop"]\n' + pyproject
    files = {"steps/plain_steps.py": PLAIN_STEPS, "shop.py": SHOP_DOMAIN}
    files |= {"pyproject.toml": settings, "environment.py": "\n"}
    return write(root, files | {f"features/{name}": text for name, text in features.items()})


def child_environment() -> dict[str, str]:
    """The environment for a child process that must import castle_bdd from this tree."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def run_behave(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m behave`` in ``project``; its result, output as text."""
    return subprocess.run(
        [sys.executable, "-m", "behave", *arguments],
        cwd=project,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def feature(name: str, *scenarios: str, tags: str = "") -> str:
    """A feature file's text with ``scenarios`` (each: a title and step lines)."""
    body = "\n".join(textwrap.indent(textwrap.dedent(s).strip("\n"), "  ") for s in scenarios)
    return f"{tags}\nFeature: {name}\n\n{body}\n"
