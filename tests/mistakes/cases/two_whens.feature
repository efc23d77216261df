# line: 9
# wrong: this is a second one
# fix: a scenario has one When step
Feature: Two whens

  Scenario: two whens
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    When the command RedeemCard is sent with card_id "GC-1" and amount 10
    Then the command succeeds
