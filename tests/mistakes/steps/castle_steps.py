"""The step library, as a project imports it."""

from castle_bdd.steps import *  # noqa: F403
