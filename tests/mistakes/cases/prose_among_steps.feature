# wrong: "The balance is then 70." is among the steps but is no step
# fix: make it a comment, or move it under the "Scenario:" line as the scenario's description
# line: 11
# alone: yes
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
    The balance is then 70.
