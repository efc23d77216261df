"""``castle-bdd shard --index I --total N [PATHS...]``: the feature files of one CI shard."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from castle_bdd.sharding import DEFAULT_PATHS, shard


def add_parser(subparsers: Any) -> None:
    """Register ``shard``."""
    parser = subparsers.add_parser(
        "shard",
        help="print the feature files of one shard, for a CI matrix job",
        description="Print the feature files of shard INDEX of TOTAL, one per line. Shards "
        "have about the same number of scenarios; every file is in exactly one shard, and "
        "every job computes the same split. Indexes count from 1 (1..TOTAL) unless "
        "--zero-based is given. Example: castle-bdd shard --index 1 --total 4 -o shard.txt "
        "&& behave @shard.txt",
    )
    parser.add_argument("--index", type=int, required=True, help="which shard, from 1")
    parser.add_argument("--total", type=int, required=True, help="how many shards")
    parser.add_argument(
        "--zero-based", action="store_true", help="count indexes from 0 (0..TOTAL-1)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write the list to this file, paths relative to its folder (for behave @FILE)",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        default=list(DEFAULT_PATHS),
        metavar="PATHS",
        help="feature files or folders (default: features)",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print (or write) the shard's feature files."""
    files = shard(
        arguments.paths, arguments.index, arguments.total, zero_based=arguments.zero_based
    )
    if arguments.output is not None:
        _write_list(arguments.output, [file.path for file in files])
    else:
        sys.stdout.write("".join(f"{file.path}\n" for file in files))
    if not files:
        print(f"shard {arguments.index} of {arguments.total} has no feature files", file=sys.stderr)
    return 0


def _write_list(output: Path, paths: list[str]) -> None:
    # behave reads the paths of an @FILE relative to that file's folder
    folder = os.path.abspath(output.parent)
    lines = [Path(os.path.relpath(os.path.abspath(path), folder)).as_posix() for path in paths]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
