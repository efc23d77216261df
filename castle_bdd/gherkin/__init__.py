"""Gherkin layer."""
