"""castlecraft permissions as a feature file writes them: ``may update the wallet``."""

from __future__ import annotations

from castlecraft_engineer.authorization.permission import Permission


def permission(action: str, resource: str, scope: str | None = None) -> Permission:
    """The ``Permission`` to do ``action`` to ``resource``.

    castlecraft's actions and resources are string enums, so a permission written with
    plain strings equals the one a handler requires (``Action.UPDATE`` is ``"update"``).
    """
    return Permission(action=action.strip(), resource=resource.strip(), scope=scope)  # type: ignore[arg-type]
