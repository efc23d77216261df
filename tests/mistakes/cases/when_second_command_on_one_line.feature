# wrong: "then the command RedeemCard is sent with card_id …" is a step of its own
# fix: a scenario one When
# line: 8
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30 and then the command RedeemCard is sent with card_id "GC-1" and amount 10
    Then the command returns 60
