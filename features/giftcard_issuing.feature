Feature: Gift cards are issued with a positive amount

  Scenario: Issuing a new card
    Given no prior activity
    When the command IssueCard is sent with card_id "GC-7" and amount 50
    Then the events are:
      | event      | card_id | amount |
      | CardIssued | GC-7    | 50     |

  Scenario: A card is not issued for nothing
    When the command IssueCard is sent with card_id "GC-7" and amount 0
    Then the command fails with ValueError
    And the command fails with message "amount must be positive"
    And no events are published

  Scenario: A card issued by a command can be redeemed
    Given the command IssueCard was sent with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30

  Scenario: Commands given as tables and JSON
    Given the command IssueCard was sent:
      | field   | value |
      | card_id | GC-2  |
      | amount  | 80    |
    And the command RedeemCard was sent:
      """
      {"card_id": "GC-2", "amount": 30}
      """
    When the command RedeemCard is sent with card_id "GC-2" and amount 60
    Then the command fails with message "balance is 50"

  @aggregate:GiftCard
  Scenario: A tag names the aggregate
    Given the event CardIssued:
      | field   | value |
      | card_id | GC-3  |
      | amount  | 10    |
    When the command RedeemCard is sent with card_id "GC-3" and amount 10
    Then the aggregate state has remaining 0

  Scenario: A card of my own words
    Given a gift card "GC-9" worth 40
    When the card "GC-9" is used to pay 15
    Then the card has 25 left
    And the event CardRedeemed is published with card_id "GC-9" and amount 15
