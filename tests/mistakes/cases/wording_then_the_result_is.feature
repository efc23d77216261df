# wrong: Then
# line: 9
# fix: Then the command returns 70
Feature: Wording then the result is

  Scenario: wording then the result is
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the result is 70
