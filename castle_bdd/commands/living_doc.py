"""``castle-bdd docs``: write the living document, from a behave run or from run records.

With ``--from``, the JSON run records of earlier runs (CI shards, parallel workers) are
merged into one document, each scenario once; the suite's feature files are read again
and every scenario the run should have run but has no result for is listed as *not run*
(the exit code is then 1, unless ``--allow-not-run``). Without it, behave runs in a
child process, in the working folder, with the run-record formatter added in front of
the arguments given after ``--``; the document is written whatever the result, and the
exit code is behave's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from castle_bdd.docs import RunRecord, merge, render
from castle_bdd.docs.expected import account_for
from castle_bdd.docs.merging import selections
from castle_bdd.docs.reading import RunRecordError, read_record, read_records
from castle_bdd.sharding import suite_paths

RECORD_FORMATTER = "castle_bdd.docs:RunRecordFormatter"
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_DEFAULT_OUTPUT = {"html": Path("build/living-doc.html"), "markdown": Path("build/living-doc.md")}
_SHOWN_NOT_RUN = 20


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
        f"behave -f {RECORD_FORMATTER} or -D castle_records=FOLDER",
    )
    parser.add_argument(
        "--features",
        nargs="+",
        metavar="PATH",
        help="with --from: the suite's feature files or folders, to find scenarios that did "
        "not run (default: behave's paths, else features)",
    )
    parser.add_argument(
        "--allow-not-run",
        action="store_true",
        help="with --from: exit 0 even when scenarios that should have run have no result",
    )
    parser.add_argument(
        "--keep-newest",
        action="store_true",
        help="with --from: when records of different runs hold the same scenario, keep the "
        "results of the run that started last (default: refuse)",
    )
    parser.set_defaults(run=run, behave_args=[])


def run(arguments: argparse.Namespace) -> int:
    """Merge records or run behave, then write the document."""
    output_format = chosen_format(arguments.output, arguments.output_format)
    output = arguments.output or _DEFAULT_OUTPUT[output_format]
    if arguments.records:
        if arguments.behave_args:
            raise RunRecordError("behave arguments (after --) cannot be used with --from")
        record = merged_record(arguments.records, arguments.features, arguments.keep_newest)
        exit_code = _not_run_exit_code(record, arguments.allow_not_run)
    else:
        record, exit_code = record_behave_run(arguments.behave_args)
    write_document(record, output, output_format, arguments.title)
    return exit_code


def merged_record(
    paths: Sequence[Path], features: Sequence[str] | None, keep_newest: bool = False
) -> RunRecord:
    """The records in ``paths`` merged, with every scenario of the suite accounted for."""
    records = read_records(paths)
    merged = merge(records, keep_newest=keep_newest)
    return account_for(merged, features or suite_paths(), selections(records))


def _not_run_exit_code(record: RunRecord, allowed: bool) -> int:
    missing = record.not_run
    if not missing:
        return 0
    places = [f"  {f.filename}:{s.line}  {s.name}" for f, s in missing[:_SHOWN_NOT_RUN]]
    if len(missing) > len(places):
        places.append(f"  … and {len(missing) - len(places)} more")
    verdict = "allowed by --allow-not-run" if allowed else "pass --allow-not-run to accept"
    print(
        f"{len(missing)} scenario(s) should have run and have no result ({verdict}):\n"
        + "\n".join(places),
        file=sys.stderr,
    )
    return 0 if allowed else 1


def chosen_format(output: Path | None, output_format: str | None) -> str:
    """The format asked for, else the one the output file's suffix implies, else HTML."""
    if output_format is not None:
        return output_format
    if output is not None and output.suffix.lower() in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "html"


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
