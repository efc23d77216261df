# wrong: Given
# fix: Given the current time is 2026-01-01T09:00:00Z
# line: 7
Feature: Keyword when current time

  Scenario: keyword when current time
    When the current time is 2026-01-01T09:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
