"""The text of a value of the user's, even when its ``__str__`` or ``__repr__`` raises.

A failure message shows the values it compares; a value object with a bug in its
``__repr__`` must not hide the outcome the message tells (as pytest's and unittest's safe
repr keep an assertion's message), nor make castle-bdd's own report crash. What the broken
method raised is shown in its place, with where in the user's code it was raised.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from castle_bdd.paths import readable_path

#: castle-bdd's own folder: frames in it are not the user's code.
PACKAGE_FOLDER = os.path.dirname(os.path.abspath(__file__)) + os.sep


def safe_repr(value: object) -> str:
    """``repr(value)``; when that raises (a bug in the ``__repr__`` of the value's class or
    of a value it holds), what it raised and where, in the frames of the user's code."""
    try:
        return repr(value)
    except Exception as broken:
        return _raised(f"the __repr__ of {type(value).__name__}", broken)


def value_text(value: object, show: Callable[[Any], object] = str, how: str = "its __str__") -> str:
    """``str(show(value))``; when that raises (a bug in the ``__str__`` of the value's class,
    or in ``show``), what ``how`` raised and where, in the frames of the user's code.

    A value object with a bug in ``__str__`` must not make castle-bdd's own report (the
    living document's card of an event that holds it) crash.
    """
    try:
        return str(show(value))
    except Exception as broken:
        return _raised(how, broken)


def _raised(how: str, broken: Exception) -> str:
    """``<how raised KindError: message at path:line in function: source line>``."""
    frames = user_frames(broken)
    kind = type(broken).__name__
    try:
        raised = f"{kind}: {broken}"
    except Exception:
        raised = kind
    if not frames:
        return f"<{how} raised {raised}>"
    where = frames[-1]
    line = f": {where.line.strip()}" if where.line else ""
    place = f"{readable_path(where.filename)}:{where.lineno} in {where.name}{line}"
    return f"<{how} raised {raised} at {place}>"


def user_frames(exception: BaseException) -> list[traceback.FrameSummary]:
    """The frames of ``exception``'s traceback that are the user's code, outermost first."""
    return [
        frame
        for frame in traceback.extract_tb(exception.__traceback__)
        if is_user_file(frame.filename)
    ]


def is_user_file(filename: str) -> bool:
    """Whether ``filename`` is the user's code: not castle-bdd, Python or a package."""
    path = os.path.abspath(filename)
    if filename.startswith("<"):  # code made at run time: dataclasses, attrs
        return False
    return not path.startswith(PACKAGE_FOLDER) and not path.startswith(_library_folders())


@lru_cache(maxsize=1)
def _library_folders() -> tuple[str, ...]:
    import sysconfig  # read when a traceback is first shown

    paths = sysconfig.get_paths()
    folders = {paths[name] for name in ("stdlib", "platstdlib", "purelib", "platlib")}
    return tuple(os.path.abspath(folder) + os.sep for folder in folders)
