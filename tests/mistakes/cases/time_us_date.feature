# wrong: cannot read "01/02/2026" as a time
# fix: 2026-
# line: 7
Feature: Time us date

  Scenario: time us date
    Given the current time is 01/02/2026
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
