# wrong: Then
# fix: Then the command succeeds
# line: 9
Feature: Trailing full stop

  Scenario: trailing full stop
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds.
