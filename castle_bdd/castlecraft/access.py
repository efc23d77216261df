"""Who sends a castlecraft command and what they may do: permissions and their check.

A feature file writes a permission as ``may update the wallet``: the ``Permission`` to
``update`` a ``wallet``. castlecraft's actions and resources are string enums, so one
written with plain strings equals the one a handler requires (``Action.UPDATE`` is
``"update"``). Handlers that check through an injected ``AuthorizationService`` get
`PermissionsAuthorizationService`, which allows exactly what the subject was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from castlecraft_engineer.authorization.base_service import (
    AuthorizationError,
    AuthorizationService,
)
from castlecraft_engineer.authorization.permission import Permission
from castlecraft_engineer.authorization.types import BaseStringEnum


def permission(action: str, resource: str, scope: str | None = None) -> Permission:
    """The ``Permission`` to do ``action`` to ``resource``."""
    return Permission(action=action.strip(), resource=resource.strip(), scope=scope)  # type: ignore[arg-type]


def permission_words() -> set[str]:
    """The actions and resources the loaded string enums of castlecraft name."""
    words: set[str] = set()
    kinds: list[type] = [BaseStringEnum]
    while kinds:
        kind = kinds.pop()
        kinds.extend(kind.__subclasses__())
        words.update(str(member.value) for member in getattr(kind, "__members__", {}).values())
    return words


class PermissionsAuthorizationService(AuthorizationService):
    """Allows a subject what its provided permissions cover, and refuses the rest.

    A required permission without a scope is covered by a provided one of the same
    action and resource, whatever its scope; one with a scope needs that scope.
    """

    async def check_permission(
        self,
        subject_id: str | None,
        required_permissions: list[Permission],
        provided_permissions: list[Any] | None = None,
        context: dict[str, object] | None = None,
    ) -> bool:
        """True when every required permission is covered; `AuthorizationError` otherwise."""
        provided = list(provided_permissions or [])
        missing = [wanted for wanted in required_permissions if not _covered(wanted, provided)]
        if missing:
            raise AuthorizationError(subject_id, missing, "the subject lacks these permissions")
        return True


def _covered(wanted: Permission, provided: Iterable[object]) -> bool:
    for held in provided:
        if getattr(held, "action", None) != wanted.action:
            continue
        if getattr(held, "resource", None) != wanted.resource:
            continue
        if wanted.scope is None or getattr(held, "scope", None) == wanted.scope:
            return True
    return False
