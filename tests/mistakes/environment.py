"""behave hooks of the mistake catalogue: the sample domains, and more with ``-D domain=``."""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import setup_castle_bdd

SAMPLE_DOMAINS = [
    "examples.giftcard",
    "examples.invoicing",
    "examples.subscription",
    "examples.ordering",
]


def before_all(context: Any) -> None:
    """The sample domains, or the modules ``-D domain=a,b`` names instead."""
    named = context.config.userdata.get("domain")
    setup_castle_bdd(context, domain=named.split(",") if named else SAMPLE_DOMAINS)
