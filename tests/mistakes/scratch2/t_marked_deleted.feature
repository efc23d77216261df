Feature: t_marked_deleted

  Scenario: t_marked_deleted
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CancelCard is sent with card_id "GC-1"
    Then the aggregate is marked deletd
