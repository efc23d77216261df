# where: tests/mistakes/domains/replay_crash_from_cause.py
# wrong: UnknownCurrency: EUR
# wrong: KeyError: 'EUR'
# wrong: The above exception was the direct cause of the UnknownCurrency:
# fix: in _symbol_for
# fix: raise UnknownCurrency(event.currency) from err
# not: cannot read
Feature: An event-sourcing handler raises the domain's exception from its helper's bug

  Scenario: Filling a purse
    Given the event PurseOpened with purse_id "P-1" and currency "EUR"
    When the command FillPurse is sent with purse_id "P-1" and amount 5
    Then the command succeeds
