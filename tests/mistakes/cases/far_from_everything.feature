# wrong: no step
# wrong: Then the moon wobbles quietly tonight
# fix: steps/
# line: 10
Feature: Far from everything

  Scenario: far from everything
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the moon wobbles quietly tonight
