"""The only place where castle-bdd uses names that behave keeps private.

Each module here is tested against the behave versions pyproject.toml allows.
"""
