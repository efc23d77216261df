# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Wording when i send

  Scenario: wording when i send
    Given the event CardIssued with card_id "GC-1" and amount 100
    When I send the command RedeemCard with card_id "GC-1" and amount 30
    Then the command succeeds
