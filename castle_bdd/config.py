"""Where castle-bdd finds a project's settings: ``[tool.castle_bdd]`` in pyproject.toml."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_configured_domain: list[str] | None = None


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from ``start`` (default: the working directory) upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def project_settings(start: Path | None = None) -> dict[str, Any]:
    """The ``[tool.castle_bdd]`` table, or an empty one."""
    path = find_pyproject(start)
    if path is None:
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    with path.open("rb") as handle:
        settings = tomllib.load(handle).get("tool", {}).get("castle_bdd", {})
    return settings if isinstance(settings, dict) else {}


def remember_domain(modules: list[str]) -> None:
    """Note the domain modules a run was set up with (the living document lists them)."""
    global _configured_domain
    _configured_domain = list(modules)


def domain_modules(start: Path | None = None) -> list[str]:
    """The domain modules of this run: as set up, else as configured in pyproject.toml."""
    if _configured_domain is not None:
        return list(_configured_domain)
    configured = project_settings(start).get("domain", [])
    return [str(name) for name in configured] if isinstance(configured, list) else [str(configured)]
