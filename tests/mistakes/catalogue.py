"""Reading the mistake catalogue: each case, what its message must say, and its run.

A case is a feature file under ``cases/`` (a domain expert's mistake) or ``engineer/``
(a bug in domain code, whose module is under ``domains/``). Its first lines are comments:

- ``# wrong: …`` — words that say what is wrong (one or more lines);
- ``# fix: …`` — words that say how to put it right (one or more lines);
- ``# line: N`` — the line of the feature file the message must name;
- ``# where: path`` — for a bug in domain code: the module whose line marked ``# bug``
  the message must name (file:line); with ``# line:`` too, the message must also name
  that line of the feature file (the step the bug is told on);
- ``# domain: a,b`` — the case runs alone, with these domain modules;
- ``# alone: yes`` — the case runs alone (the whole run must fail);
- ``# not: …`` — words the message must not say (a bug blamed on the feature file).

Cases that do not run alone run together in one behave run per folder; the message of a
case is the error message of its failed step.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Mistake:
    """One case of the catalogue and what its message must say."""

    path: Path
    wrong: tuple[str, ...]
    fix: tuple[str, ...]
    line: int | None
    where: str | None
    domain: str | None
    alone: bool
    engineer: bool
    never: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The case's name: its folder and file name."""
        return f"{self.path.parent.name}/{self.path.stem}"

    @property
    def feature(self) -> str:
        """The feature file as behave names it (relative to the repository)."""
        return self.path.relative_to(ROOT).as_posix()

    def expected_step(self) -> str | None:
        """The ``file:line`` of the feature file a bug in domain code must be told on."""
        if self.where is not None and self.line is not None:
            return f"{self.feature}:{self.line}"
        return None

    def expected_location(self) -> str | None:
        """The ``file:line`` the message must name."""
        if self.where is not None:
            return f"{self.where}:{_bug_line(ROOT / self.where)}"
        if self.line is not None:
            return f"{self.feature}:{self.line}"
        return None


def read_mistake(path: Path) -> Mistake:
    """The case written in ``path``."""
    headers: dict[str, list[str]] = {}
    for line in path.read_bytes().decode("utf-8", "replace").splitlines():
        if not line.startswith("# "):
            break
        key, _, value = line[2:].partition(":")
        headers.setdefault(key.strip(), []).append(value.strip())
    line_header = headers.get("line")
    return Mistake(
        path=path,
        wrong=tuple(w for w in headers.get("wrong", []) if w),
        fix=tuple(f for f in headers.get("fix", []) if f),
        line=int(line_header[0]) if line_header else None,
        where=headers.get("where", [None])[0],
        domain=headers.get("domain", [None])[0],
        alone="domain" in headers or "alone" in headers,
        engineer=path.parent.name == "engineer",
        never=tuple(headers.get("not", [])),
    )


def all_mistakes() -> list[Mistake]:
    """Every case of the catalogue, in a stable order."""
    paths = sorted((HERE / "cases").glob("*.feature")) + sorted(
        (HERE / "engineer").glob("*.feature")
    )
    return [read_mistake(path) for path in paths]


def _bug_line(module: Path) -> int:
    for number, text in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
        if text.rstrip().endswith("# bug"):
            return number
    raise AssertionError(f"{module} has no line marked '# bug'")


@dataclass
class Outcome:
    """What a domain expert sees of one case: its message, status and the run's output."""

    message: str
    failed: bool
    output: str
    location: str | None = None
    statuses: list[str] = field(default_factory=list)


def run_behave(
    paths: Iterable[str], report: Path, domain: str | None = None
) -> tuple[int, str, Any]:
    """Run behave at the repository root on ``paths``: exit code, output, JSON report."""
    command = [sys.executable, "-m", "behave", "--no-capture", "-f", "json", "-o", str(report)]
    command += ["-f", "plain", "--no-color"]
    if domain:
        command += ["-D", f"domain={domain}"]
    result = subprocess.run(
        [*command, *paths], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    try:
        parsed = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        parsed = []
    return result.returncode, result.stdout + result.stderr, parsed


def outcomes_of(report: Any, output: str) -> dict[str, Outcome]:
    """Each feature file's outcome in a JSON report of a run of several cases."""
    found: dict[str, Outcome] = {}
    for feature in report:
        location = feature["location"].rsplit(":", 1)[0]
        outcome = found.setdefault(location, Outcome("", False, output))
        for element in feature.get("elements", []):
            if element.get("type") != "scenario":
                continue
            outcome.statuses.append(element.get("status", ""))
            for step in element.get("steps", []):
                result = step.get("result", {})
                if result.get("status") in ("failed", "error", "undefined") and not outcome.message:
                    outcome.failed = True
                    outcome.location = step.get("location")
                    outcome.message = _text(result.get("error_message", "undefined step"))
            if element.get("status") in ("failed", "error", "hook_error"):
                outcome.failed = True
    for location, outcome in found.items():
        if not outcome.message:  # a hook failed on the feature or scenario: behave prints it
            outcome.message = _lines_naming(output, location)
            outcome.failed = outcome.failed or bool(outcome.message)
    return found


def _lines_naming(output: str, location: str) -> str:
    return "\n".join(line for line in output.splitlines() if f"{location}:" in line)


def _text(message: Any) -> str:
    return "\n".join(message) if isinstance(message, list) else str(message)
