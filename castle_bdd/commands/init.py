"""``castle-bdd init [DIR]``: lay out a project whose first feature passes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from castle_bdd.extras import INSTALL_HINT, castlecraft_installed
from castle_bdd.scaffold import scaffold

_NEXT_STEPS = """
Next{where}:
  behave                                      run the features
  behave -f living -o build/living-doc.html   write the living documentation
  pytest                                      run the Python fixture tests in tests/
"""


def add_parser(subparsers: Any) -> None:
    """Register ``init``."""
    parser = subparsers.add_parser(
        "init",
        help="lay out features/, steps/, environment.py and a first feature",
        description="Write a castle-bdd project (pyproject.toml settings, features/, steps/, "
        "environment.py and a small domain) into DIR. Existing files are never overwritten: "
        "if any of them exists, nothing is written.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument(
        "--castlecraft",
        action="store_true",
        help="write the domain with castlecraft-engineer (needs castle-bdd[castlecraft])",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Write the scaffold and say what to do next."""
    target: Path = arguments.directory
    castlecraft: bool = arguments.castlecraft
    for path in scaffold(target, castlecraft=castlecraft):
        print(f"created {path}")
    where = "" if target == Path(".") else f", in {target}"
    if castlecraft and not castlecraft_installed():
        print(f"\nThe domain needs castlecraft-engineer: {INSTALL_HINT}")
    print(_NEXT_STEPS.format(where=where), end="")
    return 0
