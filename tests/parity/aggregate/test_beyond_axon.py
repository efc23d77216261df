"""The aggregate fixture on inputs Axon's own fixture tests do not try, against Axon
4.13's source. Each case names what it checks ("beyond Axon's tests: …")."""

from __future__ import annotations

from typing import Any

import pytest

from castle_bdd import Aggregate, AggregateTestFixture, CreationPolicy, command_handler
from castle_bdd.fixtures.accidents import AccidentalExceptionError


class Strict(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def handle(self, command: str) -> None:
        self.id: Any = command
        if command == "assert":
            assert command != "assert", "an invariant of the code"
        if command == "recurse":
            self.handle(command)
        if command == "memory":
            raise MemoryError


@pytest.mark.parametrize(
    ("command", "error"),
    [("assert", "AssertionError"), ("recurse", "RecursionError"), ("memory", "MemoryError")],
)
def test_an_error_from_a_handler_is_raised_not_recorded(command: str, error: str) -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.assertValidRecording`` rethrows an
    ``Error`` (``AssertionError``, ``StackOverflowError``, ``OutOfMemoryError``) from the
    when phase, so ``expectNoEvents`` or ``expectException`` never pass on one."""
    fixture = AggregateTestFixture(Strict).set_report_illegal_state_change(False)
    with pytest.raises(AccidentalExceptionError, match=f"crashed with {error}"):
        fixture.when(command)


def test_a_strict_fixture_lets_expect_exception_name_the_error() -> None:
    """beyond Axon's tests: with ``set_fail_on_accidental_exceptions()``, castle-bdd's own
    mode, an error is reported at each expectation until ``expect_exception`` names it."""
    fixture = AggregateTestFixture(Strict).set_fail_on_accidental_exceptions()
    validator = fixture.when("assert")
    with pytest.raises(AccidentalExceptionError):
        validator.expect_no_events()
    validator.expect_exception(AssertionError).expect_no_events()
