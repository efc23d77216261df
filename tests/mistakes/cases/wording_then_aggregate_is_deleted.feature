# wrong: Then
# fix: Then the aggregate is marked deleted
# line: 9
Feature: Wording then aggregate is deleted

  Scenario: wording then aggregate is deleted
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate is deleted
