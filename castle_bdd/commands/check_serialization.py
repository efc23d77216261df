"""``castle-bdd check-serialization``: does every message class survive the store's serializer?

Builds examples of every event and command class of the domain from their type hints,
writes each with the serializer of the configured store (``[tool.castle_bdd] store``;
castle-bdd's `JsonSerializer` for the in-memory default, the one the SQLite store uses)
and reads it back, and reports every class whose examples come back changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from castle_bdd.awaiting import resolve
from castle_bdd.config import configured_domain, configured_store, find_pyproject
from castle_bdd.errors import CastleBddError
from castle_bdd.store_choice import store_factory

#: The exit code when some class does not survive the serializer.
FAILED_EXIT_CODE = 1


def add_parser(subparsers: Any) -> None:
    """Register ``check-serialization``."""
    parser = subparsers.add_parser(
        "check-serialization",
        help="round-trip examples of every message class through the store's serializer",
        description="Build examples of every event and command class of the domain from "
        "their type hints (with hypothesis), write each with the serializer of the "
        "configured event store and read it back, and report every class whose examples "
        "do not come back as they went in. Needs hypothesis: pip install hypothesis.",
    )
    parser.add_argument(
        "--domain",
        action="append",
        metavar="MODULE",
        help="a domain module (repeatable; default: [tool.castle_bdd] domain)",
    )
    parser.add_argument(
        "--store",
        help="memory, sqlite or package.module:factory (default: [tool.castle_bdd] store)",
    )
    parser.add_argument("--examples", type=int, default=50, help="examples per class (default: 50)")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Check every message class of the domain; 1 if any does not survive."""
    from castle_bdd.eventstore.examples import check_classes
    from castle_bdd.gherkin.catalogue import build_catalogue

    _make_project_importable()
    domain = arguments.domain or configured_domain()
    if not domain:
        raise CastleBddError(
            "no domain to check: give --domain your.module, or add domain = "
            '["your.module"] under [tool.castle_bdd] in pyproject.toml'
        )
    classes = sorted(build_catalogue(domain).messages, key=lambda kind: kind.__name__)
    serializer = _configured_serializer(arguments.store or configured_store())
    reports = check_classes(classes, serializer, arguments.examples)
    print(
        f"{len(classes)} message classes, {arguments.examples} examples each, written and "
        f"read back by {type(serializer).__name__}:"
    )
    for report in reports:
        print(_line(report))
    failed = [report for report in reports if report.differences]
    crashed = [report for report in reports if _crashed(report)]
    if failed:
        print(f"{len(failed)} of {len(reports)} message classes do not come back as they went in")
    if crashed:
        print(f"{len(crashed)} of {len(reports)} message classes crashed in their own code")
    return FAILED_EXIT_CODE if failed or crashed else 0


def _crashed(report: Any) -> bool:
    """Whether building an example ran into a bug in the class's own code (an
    ``AttributeError`` in its ``__post_init__``), not a field hypothesis cannot fill."""
    from castle_bdd.fixtures.accidents import is_code_bug

    return report.error is not None and is_code_bug(report.error)


def _make_project_importable() -> None:
    """Put the project folder on ``sys.path``, as behave and ``python -m`` have it.

    The ``castle-bdd`` script starts with its own folder there instead, so without this
    the domain modules a project's pyproject.toml names could not be imported.
    """
    pyproject = find_pyproject()
    folder = str(pyproject.parent if pyproject is not None else Path.cwd().resolve())
    if folder not in sys.path:
        sys.path.insert(0, folder)


def _configured_serializer(setting: str | None) -> Any:
    from castle_bdd.eventstore.serialization import JsonSerializer

    new_store = store_factory(setting)
    if new_store is None:
        return JsonSerializer()
    store = new_store()
    try:
        serializer = getattr(store, "serializer", None)
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            resolve(close())
    if serializer is None:
        raise CastleBddError(
            f"the event store {setting!r} has no serializer: it keeps messages as they "
            "are, so there is nothing to check"
        )
    return serializer


def _line(report: Any) -> str:
    name = report.message_type.__name__
    if _crashed(report):
        from castle_bdd.fixtures.user_code import exception_text, render_user_frames

        frames = render_user_frames(report.error, indent=" " * 17)
        return f"  FAILED       {name}: its code raised {exception_text(report.error)}\n{frames}"
    if report.not_built is not None:
        return f"  not checked  {name}: no example could be built ({report.not_built})"
    if report.passed:
        return f"  ok           {name}"
    return "\n".join(
        [f"  FAILED       {name}", *(f"                 {line}" for line in report.differences)]
    )
