# wrong: the Examples row at line 16 leaves <redeemed> empty, so the amount of CardRedeemed would not be compared
# fix: write its value in the Examples row, or * for any value
# line: 9
Feature: An Examples cell left empty empties a cell of a Then table

  Scenario Outline: Redeeming <amount>
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the events are:
      | event        | card_id | amount     |
      | CardRedeemed | GC-1    | <redeemed> |

    Examples:
      | amount | redeemed |
      | 30     | 30       |
      | 40     |          |
