# wrong: no step reads "Given the event:"
# fix: Given the events:
# line: 7
Feature: Given event colon table

  Scenario: given event colon
    Given the event:
      | event      | card_id | amount |
      | CardIssued | GC-1    | 10     |
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
