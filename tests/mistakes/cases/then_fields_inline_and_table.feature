# wrong: give the fields once
# fix: after 'with', in a table, or as JSON
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the event CardRedeemed is published with amount 3:
      | field | value |
      | card_id | GC-1 |
