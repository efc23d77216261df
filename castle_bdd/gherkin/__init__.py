"""The Gherkin layer: what feature files say, read into messages, plans and reports.

`catalogue` knows the domain by name, `specs` one message class, `reading` a step's
fields and tables, `plan` the Given steps until the When, `scenario` the per-scenario
state behind ``castle(context)``, `checks` and `report` the Then steps and their failure
tables, `errors` the messages a domain expert sees.
"""
