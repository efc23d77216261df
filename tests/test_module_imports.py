"""Every module of castle_bdd imports on its own, first thing in a fresh interpreter.

An import cycle shows only when a module happens to be imported first, which is why each
one gets a process of its own here.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import castle_bdd

MODULES = sorted(info.name for info in pkgutil.walk_packages(castle_bdd.__path__, "castle_bdd."))


def test_each_module_imports_first_in_a_fresh_interpreter() -> None:
    probe = "import importlib, sys\nimportlib.import_module(sys.argv[1])"
    failed = {}
    for name in MODULES:
        result = subprocess.run(
            [sys.executable, "-c", probe, name], capture_output=True, text=True, timeout=60
        )
        if result.returncode != 0:
            failed[name] = result.stderr.strip().splitlines()[-1]
    assert len(MODULES) > 50
    assert failed == {}
