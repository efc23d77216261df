# wrong: Then
# fix: Then the command returns 70
# line: 9
Feature: Wording then command returned

  Scenario: wording then command returned
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returned 70
