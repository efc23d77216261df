Feature: w_command_sent

  Scenario: w_command_sent
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the comand RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
