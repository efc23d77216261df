"""A feature file that is not UTF-8, in words a domain expert can act on.

behave reads every feature file as UTF-8; a file saved in another encoding (Windows-1252,
UTF-16) is named with its line and how to save it again, wherever castle-bdd reads one:
a behave run and ``castle-bdd shard``.
"""

from __future__ import annotations

from castle_bdd.paths import readable_path

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def undecodable_line(error: UnicodeDecodeError) -> int:
    """The line of the first byte that cannot be read as UTF-8."""
    return bytes(error.object[: error.start]).count(b"\n") + 1


def not_utf8(filename: str, line: int, error: UnicodeDecodeError) -> str:
    """``features/x.feature:3: this file is not UTF-8 …``: where, and how to save it."""
    data = bytes(error.object)
    line_start = data.rfind(b"\n", 0, error.start) + 1
    before = data[line_start : error.start].decode("utf-8", "replace").strip()
    after = f' after "{before}"' if before else ""
    kind = " (it looks like UTF-16)" if data[:2] in _UTF16_MARKS else ""
    return (
        f"{readable_path(filename)}:{line}: this file is not UTF-8{kind}: the byte "
        f"0x{data[error.start]:02X}{after} cannot be read. Save the file as UTF-8 (in most "
        "editors: Save As… or Save with Encoding, then UTF-8) and run behave again"
    )
