# wrong: the step says the aggregate "GC-2" published CardIssued, but its card_id is "GC-1"
# fix: id in both places
# line: 7
Feature: An event published by an aggregate it does not name

  Scenario: Redeeming
    Given the aggregate "GC-2" published CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
