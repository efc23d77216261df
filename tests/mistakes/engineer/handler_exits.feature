# where: tests/mistakes/domains/handler_exits.py
# wrong: raised SystemExit: oven O-1 too hot
# wrong: a bug in the code
# fix: in heat
Feature: A command handler that ends the process

  Scenario: Heating too much
    When the command HeatOven is sent with oven_id "O-1" and degrees 400
    Then the command succeeds
