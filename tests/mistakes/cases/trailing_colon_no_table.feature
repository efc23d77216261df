# wrong: Then
# fix: Then the command succeeds
# line: 9
Feature: Trailing colon no table

  Scenario: trailing colon no table
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds:
