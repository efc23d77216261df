"""Explicit ``Any`` in a package's annotations, per thousand lines of code.

    python scripts/count_any.py [castle_bdd] [--by-module]

Counts each ``Any`` (or ``typing.Any``) written as a type: in an argument's, a return's or
a variable's annotation, and inside a subscript anywhere else (``dict[str, Any]`` in an
alias or a ``cast``). ``Any`` used as a value (``hint is Any``, ``hints.get(name, Any)``)
is not a type written by hand and does not count. A line of code is a line holding any
token other than a comment or white space (docstrings count).
"""

from __future__ import annotations

import ast
import io
import sys
import tokenize
from pathlib import Path


def _is_any(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "Any"
    return isinstance(node, ast.Attribute) and node.attr == "Any"


def _annotations(tree: ast.AST) -> list[ast.AST]:
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            found.append(node.returns)
    return found


def _as_type(annotation: ast.AST) -> ast.AST:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            return ast.parse(annotation.value, mode="eval")
        except SyntaxError:
            return annotation
    return annotation


def count_any(tree: ast.AST) -> int:
    """How many ``Any`` a module writes as a type."""
    seen: set[int] = set()
    count = 0
    for annotation in _annotations(tree):
        for inner in ast.walk(annotation):
            seen.add(id(inner))
        count += sum(1 for inner in ast.walk(_as_type(annotation)) if _is_any(inner))
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and id(node) not in seen:
            for inner in ast.walk(node.slice):
                seen.add(id(inner))
                count += _is_any(inner)
    return count


def code_lines(source: str) -> int:
    """The lines holding code (not blank, not only a comment)."""
    quiet = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in quiet and token.type != tokenize.ENDMARKER:
            lines.update(range(token.start[0], token.end[0] + 1))
    return len(lines)


def measure(path: Path) -> tuple[int, int]:
    """The explicit ``Any`` count and the lines of code of one module."""
    source = path.read_text(encoding="utf-8")
    return count_any(ast.parse(source)), code_lines(source)


def main(argv: list[str]) -> None:
    """Print the figure for the folders named in ``argv`` (castle_bdd by default)."""
    roots = [Path(arg) for arg in argv if not arg.startswith("--")] or [Path("castle_bdd")]
    rows = [(path, *measure(path)) for root in roots for path in sorted(root.rglob("*.py"))]
    if "--by-module" in argv:
        for path, anys, lines in sorted(rows, key=lambda row: -row[1]):
            if anys:
                print(f"{anys:5d} {lines:6d}  {path}")
    anys = sum(row[1] for row in rows)
    lines = sum(row[2] for row in rows)
    per_thousand = 1000 * anys / lines
    print(f"explicit Any: {anys} in {lines} lines of code = {per_thousand:.1f} per 1,000 lines")


if __name__ == "__main__":
    main(sys.argv[1:])
