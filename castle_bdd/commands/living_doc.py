"""``castle-bdd docs``: write the living document, from a behave run or from run records.

With ``--from``, the JSON run records of earlier runs (CI shards, parallel workers) are
merged into one document. Without it, behave runs in a child process, in the working
folder, with the run-record formatter added in front of the arguments given after
``--``; the document is written whatever the result, and the exit code is behave's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from castle_bdd.docs import RunRecord, merge, render
from castle_bdd.errors import CastleBddError

RECORD_FORMATTER = "castle_bdd.docs:RunRecordFormatter"
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_DEFAULT_OUTPUT = {"html": Path("build/living-doc.html"), "markdown": Path("build/living-doc.md")}


class RunRecordError(CastleBddError):
    """A run record cannot be read, or a behave run left none behind."""


def add_parser(subparsers: Any) -> None:
    """Register ``docs``."""
    parser = subparsers.add_parser(
        "docs",
        help="write the living documentation (HTML or Markdown)",
        description="Run behave and write the living document, or merge the JSON run "
        "records of earlier runs (--from). Arguments after -- go to behave, e.g. "
        "castle-bdd docs -- --tags=@billing. The exit code is behave's; the document is "
        "written even when scenarios fail.",
    )
    parser.add_argument("-o", "--output", type=Path, help="default: build/living-doc.html")
    parser.add_argument("--format", choices=("html", "markdown"), dest="output_format")
    parser.add_argument("--title", help="default: [tool.castle_bdd] title, else the project's name")
    parser.add_argument(
        "--from",
        dest="records",
        nargs="+",
        type=Path,
        action="extend",
        metavar="RECORD",
        help="JSON run records (files, or folders of *.json) written by "
        f"behave -f {RECORD_FORMATTER}",
    )
    parser.set_defaults(run=run, behave_args=[])


def run(arguments: argparse.Namespace) -> int:
    """Merge records or run behave, then write the document."""
    output_format = chosen_format(arguments.output, arguments.output_format)
    output = arguments.output or _DEFAULT_OUTPUT[output_format]
    if arguments.records:
        if arguments.behave_args:
            raise RunRecordError("behave arguments (after --) cannot be used with --from")
        record, exit_code = merge([read_record(p) for p in record_files(arguments.records)]), 0
    else:
        record, exit_code = record_behave_run(arguments.behave_args)
    write_document(record, output, output_format, arguments.title)
    return exit_code


def chosen_format(output: Path | None, output_format: str | None) -> str:
    """The format asked for, else the one the output file's suffix implies, else HTML."""
    if output_format is not None:
        return output_format
    if output is not None and output.suffix.lower() in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "html"


def record_files(paths: Sequence[Path]) -> list[Path]:
    """The record files named by ``paths``: files as given, folders by their ``*.json``."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise RunRecordError(f"{path}: no such run record or folder")
    if not files:
        raise RunRecordError(f"no run records (*.json) in {', '.join(map(str, paths))}")
    return files


def read_record(path: Path) -> RunRecord:
    """The run record stored in ``path``."""
    try:
        return RunRecord.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise RunRecordError(f"{path}: not a castle-bdd run record ({error})") from error


def record_behave_run(behave_args: Sequence[str]) -> tuple[RunRecord, int]:
    """Run behave with the run-record formatter; the record and behave's exit code."""
    with tempfile.TemporaryDirectory(prefix="castle-bdd-") as folder:
        record_path = Path(folder) / "run.json"
        command = [sys.executable, "-m", "behave", "-f", RECORD_FORMATTER, "-o", str(record_path)]
        exit_code = subprocess.run([*command, *behave_args], check=False).returncode
        if not record_path.is_file():
            raise RunRecordError(
                f"behave stopped before any feature ran (exit code {exit_code}); "
                "no document was written"
            )
        return read_record(record_path), exit_code


def write_document(
    record: RunRecord, output: Path, output_format: str, title: str | None = None
) -> None:
    """Render ``record`` and write it to ``output``, creating its folder."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(record, output_format, title=title), encoding="utf-8")
    print(f"living documentation: {output}", file=sys.stderr)
