# wrong: cannot read "2026-13-01T09:00:00Z" as a time
# fix: month must be in 1..12
# line: 7
Feature: Time month 13

  Scenario: time month 13
    Given the current time is 2026-13-01T09:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
