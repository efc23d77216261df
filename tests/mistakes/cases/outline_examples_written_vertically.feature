# wrong: the Examples table is written with one row per placeholder
# fix: write the names across: | amount | remaining |
# line: 9
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the command returns <remaining>

    Examples:
      | amount    | 10 |
      | remaining | 90 |
