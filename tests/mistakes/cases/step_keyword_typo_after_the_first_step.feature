# wrong: "Thne" is no Gherkin keyword
# fix: write: Then the command succeeds
# line: 10
# alone: yes
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Thne the command succeeds
