"""docs/ci.md's parallel and sharded runs, run as written, against one plain behave run.

Every runner's merged document must hold each scenario of the suite once, with the
result a plain serial ``behave`` run gives it; a worker killed mid-run must leave each
scenario it finished recorded and every other one listed as not run.
"""

from __future__ import annotations

import contextlib
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from castle_bdd.commands.living_doc import merged_record
from castle_bdd.docs.reading import read_records
from tests.cli.support import child_environment, plain_project, run_behave, write
from tests.cli.test_docs_pages import blocks

#: what the merged document calls a scenario that no process ran: missing, or left out by tags
NEVER_RAN = ("not run", "skipped")
#: (file, line) of each scenario, and its status in the merged document
Results = dict[tuple[str, int], str]

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)


def after_scenario(context, scenario):
    with open("finished.log", "a", encoding="utf-8") as log:
        log.write(f"{scenario.filename}:{scenario.line}\\n")
"""

KILLING_STEP = '''

@step("the worker is killed")
def step_killed(context):
    """Kills the process that runs the scenario, as an out-of-memory killer would."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)
'''

#: behave-pool waits up to 300 s, then 30 s more, for the result of a work unit whose
#: worker died, before it gives up on it: its runner with those waits cut short, so that
#: the test takes seconds
POOL_WAITING_BRIEFLY = shlex.join(
    [
        sys.executable,
        "-c",
        "import sys, behave_pool.runner as runner; runner.RESULT_TIMEOUT = 3.0; "
        "runner.ParallelRunner._collect.__defaults__ = (1.0,); "
        "from behave_pool.cli import main; sys.exit(main())",
    ]
)

FEATURES = {
    "billing.feature": """
        Feature: Billing
          Scenario: an invoice is sent
            Given a step that passes

          Scenario Outline: a discount of <rate>
            Given a step that passes

            Examples:
              | rate |
              | 5    |
              | 10   |

          @wip
          Scenario: invoices in bulk
            Given a step that fails
        """,
    "refunds.feature": """
        Feature: Refunds
          @known-issue
          Scenario: refunds are missing
            Given a step that fails

          Rule: vouchers
            Scenario: a voucher is refunded
              Given a step that passes
        """,
    "shipping.feature": """
        Feature: Shipping
          Scenario: a parcel leaves
            Given a step that passes

          Scenario: a parcel arrives
            Given a step that passes
        """,
}

DYING = """
    Feature: A worker that dies
      Scenario: before
        Given a step that passes

      Scenario: killed
        Given the worker is killed

      Scenario: after
        Given a step that passes
    """


def ci_block(containing: str) -> str:
    """The one shell block of docs/ci.md that contains ``containing``."""
    (found,) = [block for block in blocks("ci.md", "sh") if containing in block]
    return found


def workflow_scripts() -> tuple[str, str]:
    """The ``run: |`` scripts of the GitHub Actions workflow: a shard's, then the merge's."""
    (workflow,) = blocks("ci.md", "yaml")
    shard, merge = re.findall(r"run: \|\n((?:          .*\n)+)", workflow)
    return textwrap.dedent(shard), textwrap.dedent(merge)


def run_script(
    project: Path, script: str, *, stop_at_failure: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a shell script of the docs in ``project``, by default stopping at a failure."""
    return subprocess.run(
        ["bash", "-e" if stop_at_failure else "+e", "-c", script],
        cwd=project,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def merged_results(project: Path, records: str = "reports/records") -> Results:
    """Each scenario's status in the document merged from ``project``'s records."""
    with contextlib.chdir(project):
        record = merged_record([Path(records)], None)
    return {(f.filename, s.line): s.status for f in record.features for s in f.scenarios}


@pytest.fixture(scope="session")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small suite every runner runs, written once per test session."""
    root = tmp_path_factory.mktemp("parallel") / "suite"
    plain_project(root, FEATURES, '\n[tool.behave]\ndefault_tags = ["not @wip"]\n')
    return write(root, {"environment.py": ENVIRONMENT})


@pytest.fixture(scope="session")
def serial_results(suite: Path, tmp_path_factory: pytest.TempPathFactory) -> Results:
    """The suite's results in one plain behave run."""
    project = shutil.copytree(suite, tmp_path_factory.mktemp("serial") / "suite")
    result = run_behave(project, "-f", "castle_bdd.docs:RunRecordFormatter", "-o", "run.json")
    assert result.returncode == 0, result.stdout + result.stderr
    results = merged_results(project, "run.json")
    assert Counter(results.values()) == {"passed": 6, "skipped": 1, "expected failure": 1}
    return results


@pytest.mark.parametrize(
    ("command", "runs"),
    [
        ("castle-bdd shard --by scenario", 4),  # four behave processes, a run each
        ("--parallel-scheme feature", 1),  # a runner's workers belong to its run
        ("--parallel-scheme scenario", 1),
        ("behave-pool --parallel", 1),
    ],
)
def test_a_parallel_run_merges_to_the_results_of_a_plain_run(
    suite: Path, serial_results: Results, tmp_path: Path, command: str, runs: int
) -> None:
    project = shutil.copytree(suite, tmp_path / "suite")
    result = run_script(project, ci_block(command))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "build" / "living-doc.html").is_file()
    assert merged_results(project) == serial_results
    with contextlib.chdir(project):
        assert len({record.run for record in read_records([Path("reports/records")])}) == runs


def test_the_shards_of_the_workflow_merge_to_the_results_of_a_plain_run(
    suite: Path, serial_results: Results, tmp_path: Path
) -> None:
    shard_script, merge_script = workflow_scripts()
    merged = shutil.copytree(suite, tmp_path / "merge")
    for index in (1, 2, 3, 4):  # each job on a machine of its own
        job = shutil.copytree(suite, tmp_path / f"job-{index}")
        result = run_script(job, shard_script.replace("${{ matrix.shard }}", str(index)))
        assert result.returncode == 0, result.stdout + result.stderr
        shutil.copytree(job / "reports", merged / "reports", dirs_exist_ok=True)
    result = run_script(merged, merge_script)
    assert result.returncode == 0, result.stdout + result.stderr
    assert merged_results(merged) == serial_results


@pytest.mark.parametrize(
    ("command", "others_stopped"),
    [
        # behavex stops every other worker when one dies: each may be stopped after
        # the project's after_scenario hook logged its scenario and before it was recorded
        ("--parallel-scheme feature", 3),
        # behave-pool lets the other workers finish their work
        ("behave-pool --parallel", 0),
    ],
)
def test_a_killed_worker_leaves_its_finished_scenarios_and_lists_the_rest(
    suite: Path, tmp_path: Path, command: str, others_stopped: int
) -> None:
    project = shutil.copytree(suite, tmp_path / "suite")
    write(project, {"features/dying.feature": DYING})
    with (project / "steps" / "plain_steps.py").open("a") as steps:
        steps.write(KILLING_STEP)
    # the runner fails, as its worker died; the merge then runs and fails too
    script = ci_block(command).replace("behave-pool ", f"{POOL_WAITING_BRIEFLY} ")
    result = run_script(project, script, stop_at_failure=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "should have run and have no result" in result.stderr
    results = merged_results(project)
    finished = set((project / "finished.log").read_text().splitlines())
    ran = {f"{file}:{line}" for (file, line), status in results.items() if status not in NEVER_RAN}
    assert ran <= finished and len(finished - ran) <= others_stopped
    assert results[("features/dying.feature", 5)] == "not run"
    assert len(results) == 11
