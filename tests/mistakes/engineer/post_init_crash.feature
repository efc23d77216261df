# where: tests/mistakes/domains/post_init_crash.py
# wrong: AttributeError
# fix: in __post_init__
# not: cannot read
Feature: An event's __post_init__ has a bug

  Scenario: A registered member
    Given the event MemberRegistered with member_id "M-1" and email "ada@example.com"
    When the command RegisterMember is sent with member_id "M-2" and email "bob@example.com"
    Then the command succeeds
