Feature: g_command_was_sent

  Scenario: g_command_was_sent
    Given the command IssueCard was sen with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
