# wrong: cannot read "tomorrow" as a time
# fix: 2026-01-01T09:00:00Z
# line: 7
Feature: Time tomorrow

  Scenario: time tomorrow
    Given the current time is tomorrow
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
