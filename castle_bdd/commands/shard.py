"""``castle-bdd shard --index I --total N [--by file|scenario] [PATHS...]``: one CI shard.

By file (the default) it lists feature files; by scenario, ``file:line`` locations.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from castle_bdd.sharding import shard, shard_scenarios, suite_paths


def add_parser(subparsers: Any) -> None:
    """Register ``shard``."""
    parser = subparsers.add_parser(
        "shard",
        help="print the feature files or scenarios of one shard, for a CI job",
        description="Print the feature files of shard INDEX of TOTAL, one per line. Shards "
        "have about the same number of scenarios; every file is in exactly one shard, and "
        "every job computes the same split. With --by scenario, shards hold consecutive "
        "scenarios (FILE:LINE), their numbers differing by at most one. Indexes count from "
        "1 (1..TOTAL) unless --zero-based is given. Example: castle-bdd shard --index 1 "
        "--total 4 -o shard.txt && behave @shard.txt",
    )
    parser.add_argument(
        "--by",
        choices=("file", "scenario"),
        default="file",
        help="what a shard is made of: whole feature files (default) or single scenarios",
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
        metavar="PATHS",
        help="feature files or folders (default: behave's configured paths, else features)",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print (or write) the shard's feature files."""
    entries = _entries(arguments)
    if arguments.output is not None:
        _write_list(arguments.output, entries)
    else:
        sys.stdout.write("".join(f"{path}{line}\n" for path, line in entries))
    if not entries:
        what = "feature files" if arguments.by == "file" else "scenarios"
        print(f"shard {arguments.index} of {arguments.total} has no {what}", file=sys.stderr)
    return 0


def _entries(arguments: argparse.Namespace) -> list[tuple[str, str]]:
    # (path, ":line" or ""): behave takes either, and a list file needs the path relativised
    where = (arguments.paths or suite_paths(), arguments.index, arguments.total)
    if arguments.by == "scenario":
        scenarios = shard_scenarios(*where, zero_based=arguments.zero_based)
        return [(s.path, "" if s.line is None else f":{s.line}") for s in scenarios]
    return [(file.path, "") for file in shard(*where, zero_based=arguments.zero_based)]


def _write_list(output: Path, entries: list[tuple[str, str]]) -> None:
    # behave reads the paths of an @FILE relative to that file's folder
    folder = os.path.abspath(output.parent)
    lines = [
        Path(os.path.relpath(os.path.abspath(path), folder)).as_posix() + line
        for path, line in entries
    ]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
