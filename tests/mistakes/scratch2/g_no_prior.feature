Feature: g_no_prior

  Scenario: g_no_prior
    Given no prior activty
    When the command IssueCard is sent with card_id "GC-1" and amount 1
    Then the command succeeds
