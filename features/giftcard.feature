Feature: Gift cards are issued, redeemed and cancelled
  A gift card holds a balance. Redeeming takes from it; a card cannot be
  redeemed for more than it holds.

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100

  Scenario: Redeeming part of the balance
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30
    And the command succeeds
    And the command returns 70
    And the aggregate state has remaining 70

  Scenario: A command written as a table
    When the command RedeemCard is sent:
      | field   | value |
      | card_id | GC-1  |
      | amount  | 30    |
    Then the events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |
    And the published events are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 30     |

  Scenario: A table without a heading row, and expectations in a table
    When the command RedeemCard is sent:
      | card_id | GC-1 |
      | amount  | 40   |
    Then the event CardRedeemed is published:
      | field  | value |
      | amount | 40    |
    And the aggregate state has:
      | field     | value |
      | remaining | 60    |
      | cancelled | false |

  Scenario: Redeeming more than the balance is refused
    When the command RedeemCard is sent with card_id "GC-1" and amount 130
    Then the command fails with InsufficientBalance
    And the command fails with message "balance is 100"
    And no events are published
    And no CardRedeemed event is published

  Scenario Outline: Redeeming <amount> leaves <remaining>
    When the command RedeemCard is sent with card_id "GC-1" and amount <amount>
    Then the event CardRedeemed is published with card_id "GC-1" and amount <amount>
    And the command returns <remaining>

    Examples:
      | amount | remaining |
      | 1      | 99        |
      | 50     | 50        |
      | 100    | 0         |

  Scenario: Earlier redemptions count
    Given the events:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 60     |
      | CardRedeemed | GC-1    | 30     |
    When the command RedeemCard is sent with card_id "GC-1" and amount 20
    Then the command fails with InsufficientBalance
    And the command fails with message "balance is 10"

  Scenario: Cancelling a card deletes it
    When the command CancelCard is sent with card_id "GC-1" and reason "lost"
    Then the aggregate is marked deleted
    And the events include, in order:
      | event         | card_id | reason |
      | CardCancelled | GC-1    | lost   |

  Scenario: A cancelled card cannot be redeemed
    Given the event CardCancelled with card_id "GC-1" and reason "stolen"
    When the command RedeemCard is sent with card_id "GC-1" and amount 10
    Then the command fails with CardAlreadyCancelled
    And no events are published

  Scenario: The reason of a cancellation defaults, and any value matches a star
    When the command CancelCard is sent with card_id "GC-1"
    Then the event CardCancelled is published with card_id * and reason "unspecified"
    And the events are:
      | event         | card_id | reason |
      | CardCancelled | *       |        |

  Scenario: Names can be written as words
    When the command redeem card is sent with card id "GC-1" and amount 25
    Then the event card redeemed is published with card id "GC-1" and amount 25
    And the aggregate state has remaining 75

  Scenario: Fields can be given as JSON
    When the command RedeemCard is sent:
      """
      {"card_id": "GC-1", "amount": 45}
      """
    Then the event CardRedeemed is published:
      """
      {"amount": 45}
      """


  Scenario: Several events given as a JSON array
    Given the events:
      """
      [
        {"event": "CardRedeemed", "card_id": "GC-1", "amount": 70},
        {"event": "card redeemed", "card id": "GC-1", "amount": 20}
      ]
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 10
    Then the command returns 0
    And the events are:
      """
      [{"event": "CardRedeemed", "amount": 10}]
      """
