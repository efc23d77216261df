# where: tests/mistakes/domains/castlecraft_abstract_aggregate.py
# domain: tests.mistakes.domains.castlecraft_abstract_aggregate
# wrong: no aggregate takes the command AddStamp, which AddStampHandler handles
# wrong: StampCard
# wrong: is abstract: it lacks _apply_snapshot_state, _get_snapshot_state
# fix: define them
# not: @command_handler
Feature: A castlecraft aggregate without the snapshot methods

  Scenario: Stamping a card
    When the command AddStamp is sent with card_id "C-1"
    Then the command succeeds
