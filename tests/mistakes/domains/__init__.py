"""Domain modules with a bug planted in each, marked ``# bug`` on its line."""
