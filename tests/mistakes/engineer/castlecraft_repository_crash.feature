# where: tests/mistakes/domains/castlecraft_repository_crash.py
# domain: tests.mistakes.domains.castlecraft_repository_crash
# line: 12
# wrong: The command DockBike crashed with KeyError: 'medium'
# wrong: This is a bug in the code
# fix: in __init__
# not: RuntimeError
# not: Unexpected error resolving handler
Feature: A castlecraft handler's repository crashes as the container builds it

  Scenario: Docking a bike
    When the command DockBike is sent with dock_id "D-1"
    Then no events are published
