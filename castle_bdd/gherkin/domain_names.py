"""Names the domain modules give, when one is missing, taken twice or fails to load.

- A name the catalogue does not know may be a class of a module the configuration does
  not list: the modules beside the listed ones are searched (their source is read, not
  imported) and the message says which module to add, and where.
- Two classes with one name (``giftcard.Card`` and ``loyalty.Card``) make the name
  ambiguous: a feature file names one of them with its module (``loyalty.Card``), and
  the plain name says which modules have it.
- A domain module that raises while it is imported is shown in the frames of its code.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import re
from collections.abc import Iterable, Sequence

from castle_bdd.fixtures.user_code import describe_user_exception
from castle_bdd.paths import readable_path

#: Where a project lists its domain modules.
REGISTER_HINT = "[tool.castle_bdd] domain in pyproject.toml (or setup_castle_bdd(domain=…))"


def qualified_names(cls: type) -> list[str]:
    """``giftcard.GiftCard`` and ``examples.giftcard.GiftCard``: names with its module."""
    module = cls.__module__
    return list(
        dict.fromkeys([f"{module.rpartition('.')[2]}.{cls.__name__}", f"{module}.{cls.__name__}"])
    )


def ambiguous(written: str, classes: Iterable[type]) -> str:
    """``ParcelShipped`` names two classes: which, where, and how to name one."""
    found = sorted(classes, key=lambda cls: cls.__module__)
    listed = " and ".join(f"{cls.__module__}.{cls.__name__} ({_where(cls)})" for cls in found)
    choices = " or ".join(qualified_names(cls)[0] for cls in found)
    return (
        f"two classes are named {written}: {listed} — write which one with its module: "
        f"{choices}, or rename one of them"
    )


def unlisted_hint(name: str, modules: Sequence[str]) -> str:
    """``; InvoiceCreated is in examples.invoicing, which the domain does not list …``."""
    found = next(iter(_modules_defining(name, modules)), None)
    if found is None:
        return ""
    return (
        f'; {name} is in {found}, which the domain does not list: add "{found}" to {REGISTER_HINT}'
    )


def import_failure(name: str, error: BaseException) -> str:
    """The message of a domain module that failed while it was imported."""
    return (
        f"cannot import the domain module '{name}' named in the castle-bdd configuration: "
        f"{describe_user_exception(error)}"
    )


def _modules_defining(name: str, modules: Sequence[str]) -> Iterable[str]:
    pattern = re.compile(rf"^class\s+{re.escape(name)}\b", re.MULTILINE)
    for package in dict.fromkeys(module.rpartition(".")[0] for module in modules):
        for candidate, path in _modules_in(package):
            if candidate in modules:
                continue
            try:
                with open(path, encoding="utf-8") as source:
                    if pattern.search(source.read()):
                        yield candidate
            except (OSError, UnicodeDecodeError):
                continue


def _modules_in(package: str) -> Iterable[tuple[str, str]]:
    spec = importlib.util.find_spec(package) if package else None
    folders = list(spec.submodule_search_locations or []) if spec is not None else ["."]
    prefix = f"{package}." if package else ""
    for info in pkgutil.iter_modules(folders):
        finder_path = getattr(info.module_finder, "path", None)
        if finder_path is not None and not info.ispkg:
            yield prefix + info.name, f"{finder_path}/{info.name}.py"


def _where(cls: type) -> str:
    import inspect

    try:
        filename = inspect.getsourcefile(cls) or ""
        _, line = inspect.getsourcelines(cls)
    except (OSError, TypeError):
        return cls.__module__
    return f"{readable_path(filename)}:{line}"
