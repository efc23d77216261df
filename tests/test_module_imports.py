"""Every module of castle_bdd imports on its own, first thing in a fresh interpreter.

An import cycle shows only when a module happens to be imported first, which is why each
one gets a process of its own here. Starting an interpreter per module took most of the
time, so one child process loads the third-party libraries castle_bdd builds on (never
castle_bdd itself) and then forks once per module: each fork imports its module first,
in an interpreter that has seen no other module of castle_bdd. Where there is no fork,
each module gets an interpreter of its own, as before.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys

import pytest

import castle_bdd

MODULES = sorted(info.name for info in pkgutil.walk_packages(castle_bdd.__path__, "castle_bdd."))

#: Loaded before forking: they are not castle_bdd's, and they are the slow part of a start.
THIRD_PARTY = ("behave", "behave.runner", "freezegun", "hamcrest", "parse", "jinja2", "pytest")

FORKING_PROBE = """
import importlib, json, os, sys, traceback
for name in json.loads(sys.argv[2]):
    try:
        importlib.import_module(name)
    except ImportError:
        pass
assert not any(m == "castle_bdd" or m.startswith("castle_bdd.") for m in sys.modules)
failed = {}
for name in json.loads(sys.argv[1]):
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(reader)
        try:
            importlib.import_module(name)
            message = b""
        except BaseException:
            message = traceback.format_exc().strip().splitlines()[-1].encode()
        os.write(writer, message)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        message = pipe.read().decode()
    _, status = os.waitpid(child, 0)
    if message or status != 0:
        failed[name] = message or f"exit status {status}"
print(json.dumps(failed))
"""


def _failures_forking() -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", FORKING_PROBE, json.dumps(MODULES), json.dumps(THIRD_PARTY)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    failed: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return failed


def _failures_one_interpreter_each() -> dict[str, str]:
    probe = "import importlib, sys\nimportlib.import_module(sys.argv[1])"
    failed = {}
    for name in MODULES:
        result = subprocess.run(
            [sys.executable, "-c", probe, name], capture_output=True, text=True, timeout=60
        )
        if result.returncode != 0:
            failed[name] = result.stderr.strip().splitlines()[-1]
    return failed


def test_each_module_imports_first_in_a_fresh_interpreter() -> None:
    assert len(MODULES) > 50
    if hasattr(os, "fork"):
        assert _failures_forking() == {}
    else:  # pragma: no cover - Windows
        assert _failures_one_interpreter_each() == {}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the forking probe needs os.fork")
def test_the_forking_probe_reports_a_module_that_fails_to_import(
    tmp_path: os.PathLike[str],
) -> None:
    # a cycle that breaks only when its second module is imported first
    package = os.path.join(tmp_path, "cyclic")
    os.mkdir(package)
    with open(os.path.join(package, "__init__.py"), "w") as init:
        init.write("")
    with open(os.path.join(package, "a.py"), "w") as first:
        first.write("from cyclic.b import B\nA = 1\n")
    with open(os.path.join(package, "b.py"), "w") as second:
        second.write("from cyclic.a import A\nB = 2\n")
    result = subprocess.run(
        [sys.executable, "-c", FORKING_PROBE, json.dumps(["cyclic.a", "cyclic.b"]), "[]"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    failed = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(failed) == {"cyclic.a", "cyclic.b"}
    assert "ImportError" in failed["cyclic.a"]
