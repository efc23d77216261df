"""Two domain classes with one name, under behave-pool: a feature that names one without
its module is refused as it starts.

behave refuses such a run in ``before_all``, from the features it parsed before. A
behave-pool worker runs ``before_all`` before it has any feature, so the same check
runs as each feature starts, as the structure checks do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.support import child_environment, write

SETTINGS = """
[tool.castle_bdd]
domain = ["tests.mistakes.domains.duplicate_a", "tests.mistakes.domains.duplicate_b"]
"""

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)
"""

PLAIN = """
Feature: Shipping with the plain name

  Scenario: Shipping, with the event named with its module
    When the command ShipParcel is sent with parcel_id "P-1"
    Then the event duplicate_a.ParcelShipped is published with parcel_id "P-1"

  Scenario: Shipping, with the plain name
    When the command ShipParcel is sent with parcel_id "P-2"
    Then the event ParcelShipped is published with parcel_id "P-2"
"""

QUALIFIED = """
Feature: Shipping with the module's name

  Scenario: Shipping
    When the command ShipParcel is sent with parcel_id "P-3"
    Then the event duplicate_a.ParcelShipped is published with parcel_id "P-3"
"""


def test_behave_pool_refuses_the_feature_that_names_a_shared_class_without_its_module(
    tmp_path: Path,
) -> None:
    project = write(
        tmp_path,
        {
            "pyproject.toml": SETTINGS,
            "features/environment.py": ENVIRONMENT,
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/plain.feature": PLAIN,
            "features/qualified.feature": QUALIFIED,
        },
    )
    pool = [sys.executable, "-m", "behave_pool", "--parallel", "2"]
    result = subprocess.run(
        [*pool, "--parallel-report", "report.json"],
        cwd=project,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "features/plain.feature:9: two classes are named ParcelShipped" in output
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    statuses = {
        feature["name"]: [scenario["status"] for scenario in feature["scenarios"]]
        for feature in report["features"]
    }
    assert statuses == {
        "Shipping with the plain name": ["untested", "untested"],  # refused before it ran
        "Shipping with the module's name": ["passed"],
    }
