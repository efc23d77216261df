# where: tests/mistakes/domains/replay_crash.py
# line: 9
# wrong: TypeError
# fix: in on_opened
# not: cannot read
Feature: An event-sourcing handler crashes while the given events are replayed

  Scenario: Posting to a ledger
    Given the event LedgerOpened with ledger_id "L-1" and currency "eur"
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds
