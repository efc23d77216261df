# wrong: these Examples have no rows
# fix: write one row per case under the heading row, or remove them
# line: 15
Feature: F

  Scenario Outline: s
    Given the event CardIssued with card_id "GC-1" and amount <start>
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

    Examples: small cards
      | start |
      | 10    |

    Examples: large cards
      | start |
