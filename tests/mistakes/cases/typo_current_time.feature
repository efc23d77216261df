# wrong: Given
# fix: Given the current time is
# line: 7
Feature: Typo current time

  Scenario: typo current time
    Given the curent time is 2026-01-01T09:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
