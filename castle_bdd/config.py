"""Where castle-bdd finds a project's settings: ``[tool.castle_bdd]`` in pyproject.toml."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Final, Literal, cast

from castle_bdd.errors import CastleBddError
from castle_bdd.suggestions import closest

_configured_domain: list[str] | None = None

#: ``behave -D castle_records=DIR``: every behave process writes its run record into DIR.
USERDATA_KEY = "castle_records"
#: The same, for runners that pass no ``-D`` to their workers.
ENVIRONMENT_VARIABLE = "CASTLE_BDD_RECORDS"


class DomainNotConfiguredError(CastleBddError):
    """castle-bdd was not told where the domain is, or was told in a form it cannot read."""


class SettingError(CastleBddError):
    """``[tool.castle_bdd]`` holds a setting castle-bdd does not read, or one of another kind."""


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


#: What a passing ``@known-issue`` scenario does, as ``known_issue_pass`` names it.
KnownIssuePolicy = Literal["warn", "fail"]
#: The values ``known_issue_pass`` takes; the first is the default.
KNOWN_ISSUE_POLICIES: Final[tuple[KnownIssuePolicy, ...]] = ("warn", "fail")


def _is_count_above_zero(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


#: Every setting castle-bdd reads under ``[tool.castle_bdd]``: what it takes, in words,
#: and whether a value is one it takes: a value is checked here, where the file is read,
#: so that the message names the file.
SETTINGS: dict[str, tuple[str, Callable[[object], bool]]] = {
    "domain": ("a list of module names", lambda value: _is_text(value) or _is_texts(value)),
    "store": ('a string: "memory", "sqlite" or "package.module:factory"', _is_text),
    "start": (
        'an instant such as "2026-01-01T09:00:00Z" (UTC unless an offset is written)',
        lambda value: isinstance(value, (str, date)),
    ),
    "accidental_exceptions": ("a list of exception class names", _is_texts),
    "max_firings": ("a whole number above 0", _is_count_above_zero),
    "known_issue_pass": (
        " or ".join(f'"{policy}"' for policy in KNOWN_ISSUE_POLICIES),
        lambda value: value in KNOWN_ISSUE_POLICIES,
    ),
    "title": ("a string", _is_text),
}


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from ``start`` (default: the working directory) upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def project_settings(start: Path | None = None) -> dict[str, object]:
    """The ``[tool.castle_bdd]`` table of the nearest pyproject.toml, or an empty one."""
    path = find_pyproject(start)
    return _settings(path) if path is not None else {}


def project_name(start: Path | None = None) -> str | None:
    """``[project] name`` of the nearest pyproject.toml, if it has one."""
    path = find_pyproject(start)
    if path is None:
        return None
    with path.open("rb") as handle:
        name = tomllib.load(handle).get("project", {}).get("name")
    return str(name) if name else None


def configured_domain(start: Path | None = None) -> list[str] | None:
    """``[tool.castle_bdd] domain`` of the nearest pyproject.toml above ``start`` that has one."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        if path.is_file():
            domain = _domain(path)
            if domain is not None:
                return domain
    return None


def configured_store(start: Path | None = None) -> str | None:
    """``[tool.castle_bdd] store`` of the nearest pyproject.toml: which event store to use."""
    path = find_pyproject(start)
    if path is None:
        return None
    store = _settings(path).get("store")
    return store if isinstance(store, str) else None


def configured_start(start: Path | None = None) -> datetime | None:
    """``[tool.castle_bdd] start`` of the nearest pyproject.toml: when every scenario begins."""
    path = find_pyproject(start)
    if path is None:
        return None
    value = _settings(path).get("start")
    return None if value is None else starting_instant(value, f"{path}: [tool.castle_bdd] start")


def starting_instant(value: object, where: str = "start") -> datetime:
    """``value`` (an ISO 8601 text or a datetime) as an aware UTC instant; naive means UTC.

    A date alone is its midnight, as the text ``"2026-01-01"`` is (TOML reads a bare
    ``2026-01-01`` as a date).
    """
    instant = value
    if isinstance(value, date) and not isinstance(value, datetime):
        instant = datetime.combine(value, time())
    if isinstance(value, str):
        try:
            instant = datetime.fromisoformat(value.strip())
        except ValueError:
            instant = None
    if not isinstance(instant, datetime):
        raise CastleBddError(
            f'{where} must be an instant such as "2026-01-01T09:00:00Z" (UTC unless an '
            f"offset is written), not {value!r}"
        )
    if instant.tzinfo is None:
        return instant.replace(tzinfo=timezone.utc)
    return instant.astimezone(timezone.utc)


def remember_domain(modules: list[str]) -> None:
    """Note the domain modules a run was set up with (the living document lists them)."""
    global _configured_domain
    _configured_domain = list(modules)


def domain_modules(start: Path | None = None) -> list[str]:
    """The domain modules of this run: as set up, else as configured, else none."""
    if _configured_domain is not None:
        return list(_configured_domain)
    return configured_domain(start) or []


def _settings(path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        settings = tomllib.load(handle).get("tool", {}).get("castle_bdd", {})
    if not isinstance(settings, dict):
        return {}
    for key, value in settings.items():
        _check_setting(path, key, value)
    return settings


def _check_setting(path: Path, key: str, value: object) -> None:
    """Refuse a setting castle-bdd does not read (it would be ignored) or of another kind."""
    known = SETTINGS.get(key)
    if known is None:
        near = closest(key, SETTINGS)
        hint = f"did you mean {near}? " if near else ""
        raise SettingError(
            f"{path}: [tool.castle_bdd] {key} is no setting castle-bdd reads: {hint}"
            f"the settings are {', '.join(SETTINGS)}"
        )
    what, is_kind = known
    if not is_kind(value):
        error = DomainNotConfiguredError if key == "domain" else SettingError
        raise error(f"{path}: [tool.castle_bdd] {key} must be {what}, not {value!r}")


def _domain(path: Path) -> list[str] | None:
    domain = _settings(path).get("domain")
    if domain is None:
        return None
    return [domain] if isinstance(domain, str) else list(cast("list[str]", domain))


def records_folder(context: object) -> Path | None:
    """Where this behave run writes its run record, if it was asked to."""
    userdata = getattr(getattr(context, "config", None), "userdata", None) or {}
    chosen = userdata.get(USERDATA_KEY) or os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(chosen) if chosen else None
