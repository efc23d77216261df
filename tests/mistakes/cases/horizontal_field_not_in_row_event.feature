# wrong: CardIssued has no field 'reason'
# line: 9
# fix: its fields: card_id, amount
Feature: Horizontal field not in row event

  Scenario: horizontal field not in row event
    Given the events:
      | event      | card_id | amount | reason |
      | CardIssued | GC-1    | 100    | gift   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
