"""A module that binds ``datetime`` by name as it is imported, as domain code does."""

from datetime import datetime

__all__ = ["datetime"]
