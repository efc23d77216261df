# wrong: cannot read "ORDER-1" as
# fix: UUID
# line: 7
Feature: Value bad uuid

  Scenario: value bad uuid
    When the command ShipOrder is sent with order_id "ORDER-1"
    Then the command succeeds
