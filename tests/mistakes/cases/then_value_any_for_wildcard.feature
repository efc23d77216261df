# wrong: CardRedeemed.card_id: "any" is compared as written
# fix: a value that matches anything is written *
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id any and amount 30
