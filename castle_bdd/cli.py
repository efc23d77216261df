"""The ``castle-bdd`` command: ``init``, ``shard``, ``docs`` and ``check-serialization``.

- ``castle-bdd init [DIR]``
- ``castle-bdd shard --index I --total N [PATHS...]``
- ``castle-bdd docs [-o FILE] [--format html|markdown] [--from RECORD...] [-- BEHAVE ARGS]``
- ``castle-bdd check-serialization [--domain MODULE] [--store STORE] [--examples N]``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from castle_bdd.commands import check_serialization, init, living_doc, shard
from castle_bdd.errors import CastleBddError

#: The exit code of a command that refused or failed before running anything.
ERROR_EXIT_CODE = 1


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``castle-bdd`` with its subcommands."""
    parser = argparse.ArgumentParser(
        prog="castle-bdd",
        description="Scaffold a castle-bdd project, split its features into CI shards, "
        "write its living documentation and check that its messages survive the event "
        "store's serializer.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in (init, shard, living_doc, check_serialization):
        command.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``castle-bdd`` with ``argv`` (default: the process's arguments); the exit code."""
    own, behave_args = _split_behave_args(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    arguments = parser.parse_args(own)
    if behave_args and arguments.command != "docs":
        parser.error(f"arguments after -- are for behave and only 'docs' takes them: {behave_args}")
    if behave_args:
        arguments.behave_args = behave_args
    try:
        return int(arguments.run(arguments))
    except (CastleBddError, OSError) as error:
        print(f"castle-bdd {arguments.command}: {error}", file=sys.stderr)
        return ERROR_EXIT_CODE


def _split_behave_args(argv: list[str]) -> tuple[list[str], list[str]]:
    if "--" not in argv:
        return argv, []
    cut = argv.index("--")
    return argv[:cut], argv[cut + 1 :]


if __name__ == "__main__":
    sys.exit(main())
