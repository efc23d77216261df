"""behave hooks of this repository: the project's own features run against examples/."""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import setup_castle_bdd


def before_all(context: Any) -> None:
    """Tell the step library where the example domains are."""
    setup_castle_bdd(
        context,
        domain=[
            "examples.giftcard",
            "examples.invoicing",
            "examples.subscription",
            "examples.ordering",
            "examples.wallet",
        ],
    )
