# where: tests/mistakes/domains/crash_while_handling.py
# wrong: IndexError: list index out of range
# wrong: KeyError: 'coffee'
# wrong: During handling of the above exception, the IndexError was raised:
# fix: in _price_of
# fix: price = int(command.item.split("-")[1])
# not: cannot read
Feature: A command handler crashes while it handles its helper's exception

  Scenario: Selling a coffee
    Given the event KioskOpened with kiosk_id "K-1"
    When the command SellSnack is sent with kiosk_id "K-1" and item "coffee"
    Then the command succeeds
