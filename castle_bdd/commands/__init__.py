"""The subcommands of the ``castle-bdd`` command line, one module each.

Each module has ``add_parser(subparsers)``, which registers the subcommand and sets
``run`` as its handler, and ``run(arguments) -> exit code``.
"""

from __future__ import annotations
