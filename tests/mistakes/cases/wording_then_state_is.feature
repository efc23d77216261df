# wrong: Then
# fix: Then the aggregate state has
# line: 9
Feature: Wording then state is

  Scenario: wording then state is
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate state is remaining 70
