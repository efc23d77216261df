# where: tests/mistakes/domains/nested_record_post_init_crash.py
# wrong: ZeroDivisionError
# wrong: This is a bug in the code, not a mistake in the feature file
# fix: in __post_init__
# not: cannot read
# not: cannot create
Feature: A nested value's __post_init__ with a bug

  Scenario: Hanging
    When the command HangPainting is sent:
      """
      {"wall_id": "W-1", "size": {"width": 3, "height": 2}}
      """
    Then the command succeeds
