Feature: t_state_has

  Scenario: t_state_has
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the aggregate stat has remaining 70
