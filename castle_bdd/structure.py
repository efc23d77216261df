"""Feature files whose shape would let scenarios pass without testing anything.

behave runs a scenario with no steps, an outline without Examples and a feature without
scenarios without a word. `structure_problems` finds them, and placeholders
(``<amount>``) that the Examples table does not have, in the features of a run once,
before the first scenario; `install_structure_checks` fails each such feature or
scenario when behave reaches it, with the file and line. A run without such problems
gets no hook: a passing suite pays only the one look at its steps.

Curly quotes around a value (``“GC-1”``, as word processors write them) are read as
straight ones here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, MutableMapping
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.tables import lists_messages
from castle_bdd.gherkin.target_tags import misspelt_tag
from castle_bdd.hooks import Hook, chain_hook
from castle_bdd.outlines import (
    column_placeholders,
    emptied_cell,
    emptied_placeholder,
    left_placeholders,
    outline_problem,
)
from castle_bdd.stray_lines import step_reader, stray_lines
from castle_bdd.tags import KNOWN_ISSUE

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Feature, Step

_CURLY_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"'})
#: A value between curly single quotes (U+2018 and U+2019): not an apostrophe (U+2019 alone).
_CURLY_SINGLE_QUOTED = re.compile("(?<!\\S)\u2018([^\u2018]*?)\u2019(?![^\\s,])")
_MARKER = "_castle_bdd_structure"
#: A tag castle-bdd reads, written in a name instead of on the line above it.
_TAG_IN_NAME = re.compile(r"(?:^|\s)(@(?:aggregate|saga):\S*|@known-issue)(?!\S)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s_.-]")


class StructureProblems:
    """What is wrong with the shape of a run's features, by the element behave runs."""

    def __init__(self) -> None:
        """No problem found yet."""
        self.features: dict[int, str] = {}
        self.scenarios: dict[int, str] = {}
        self.kept: list[object] = []  # the elements, so their ids stay theirs

    def add(self, table: dict[int, str], element: object, problem: str) -> None:
        """Record ``problem`` for ``element`` (the first problem of an element wins)."""
        table.setdefault(id(element), problem)
        self.kept.append(element)

    def __bool__(self) -> bool:
        """Whether there is any problem."""
        return bool(self.features or self.scenarios)


#: The step function behave would run for a step, or None (``StepRegistry.find_match``).
StepMatch = Callable[[object], object]


def structure_problems(
    features: Iterable[Feature], find_match: StepMatch | None = None
) -> StructureProblems:
    """The problems of ``features`` (and curly quotes in their steps made straight).

    With ``find_match``, a table or doc string under a step of the step library that
    takes none is a problem too.
    """
    problems = StructureProblems()
    for feature in features:
        reads = None if find_match is None else step_reader(find_match, library_step)
        for problem in stray_lines(feature, reads)[:1]:  # before the rest: it explains them
            problems.add(problems.features, feature, problem)
        scenarios = list(feature.walk_scenarios(with_outlines=True))
        if not scenarios:
            problems.add(
                problems.features,
                feature,
                f"{feature.location}: the feature has no scenarios: add a Scenario with "
                "Given, When and Then steps",
            )
        _check_tags(problems, problems.features, feature, feature)
        _check_rules(problems, feature)
        # the scenarios an outline makes, one per Examples row
        made = {id(s) for o in scenarios for s in getattr(o, "scenarios", None) or ()}
        for scenario in scenarios:
            _check(problems, feature, scenario)
            _check_tags(problems, problems.scenarios, feature, scenario)
            if find_match is not None:
                _check_arguments(problems, scenario, find_match)
                _check_then(problems, scenario, find_match)
                _check_repeated_then(problems, scenario, find_match)
                _check_placeholders(problems, scenario, find_match, id(scenario) in made)
                _check_emptied_cells(problems, scenario, find_match)
        if find_match is not None:
            _check_background(problems, feature, find_match)
    return problems


def _check_tags(
    problems: StructureProblems, table: dict[int, str], feature: Any, element: Any
) -> None:
    name = str(getattr(element, "name", "") or "")
    written = _TAG_IN_NAME.search(name) if "@" in name else None
    if written is not None:  # "Scenario: Paying @saga:InvoicingSaga": a name, not a tag
        keyword = str(getattr(element, "keyword", "Scenario")).strip()
        problem = (
            f'{feature.filename}:{element.line}: "{written.group(1)}" is written after the '
            f"{keyword} name, so behave reads it as part of the name, not as a tag: put it on "
            f'a line of its own above the "{keyword}:" line'
        )
        runs = [element] if element is feature else getattr(element, "scenarios", None)
        for run in runs or [element]:
            problems.add(table, run, problem)
        return
    for tag in getattr(element, "tags", None) or ():
        fix = misspelt_tag(str(tag)) or _misspelt_known_issue(str(tag))
        if fix is not None:
            where = f"{feature.filename}:{getattr(tag, 'line', element.line)}"
            problem = f"{where}: @{tag} is not a tag castle-bdd reads — write {fix}"
            if element is feature:  # the feature stops as it starts
                problems.add(table, feature, problem)
                return
            for each in getattr(element, "scenarios", None) or [element]:
                for run in getattr(each, "scenarios", None) or [each]:  # an outline's rows
                    problems.add(table, run, problem)
            return


def _check_rules(problems: StructureProblems, feature: Any) -> None:
    """A Rule's tags, and a Rule without scenarios, whose rule nothing checks.

    A Rule the run leaves out of the feature's run items is not judged: behave-pool's work
    unit of one scenario (``--parallel-scheme scenario``) leaves out every other Rule,
    emptied of its scenarios.
    """
    run_items = getattr(feature, "run_items", None)
    for rule in getattr(feature, "rules", None) or ():
        _check_tags(problems, problems.scenarios, feature, rule)
        left_out = run_items is not None and not any(item is rule for item in run_items)
        if not getattr(rule, "scenarios", None) and not left_out:
            problems.add(
                problems.features,
                feature,
                f"{feature.filename}:{rule.line}: the Rule has no scenarios, so nothing checks "
                "it: add a Scenario under it, or remove the Rule",
            )


def _misspelt_known_issue(tag: str) -> str | None:
    if tag != KNOWN_ISSUE and _SEPARATORS.sub("", tag.casefold()).rstrip("s") == "knownissue":
        return f"@{KNOWN_ISSUE}"
    return None


def _check_then(problems: StructureProblems, scenario: Any, find_match: StepMatch) -> None:
    """A scenario of the step library with a When and no Then step checks nothing."""
    steps = list(getattr(scenario, "steps", ()))
    if not any(step.step_type == "when" for step in steps):
        _check_givens_alone(problems, scenario, steps, find_match)
        return
    if any(step.step_type == "then" for step in steps):
        return
    if not any(step.step_type == "when" and library_step(find_match, step) for step in steps):
        return  # a step no sentence reads says what is wrong itself
    problem = (
        f"{scenario.location}: the scenario has a When and no Then step, so it checks "
        "nothing: add what must follow, e.g. Then the command succeeds, or Then no events "
        "are published"
    )
    when = next(i for i, step in enumerate(steps) if step.step_type == "when")
    star = next((step for step in steps[when + 1 :] if step.keyword.strip() == "*"), None)
    if star is not None:
        problem = (
            f'{star.location}: a step that starts with "*" is read as the same kind as the '
            f"step above it, so this one is a When and the scenario has no Then step: "
            f"write Then {star.name}"
        )
    then = next((step for step in steps[when + 1 :] if _reads_as_then(find_match, step)), None)
    if star is None and then is not None:
        written = then.keyword.strip()
        problem = (
            f'{then.location}: "{written} {then.name}" is a Then sentence, but "{written}" '
            "makes it a When step, so the scenario has no Then step: "
            f"write Then {then.name}"
        )
    worded = next((s for s in steps[when + 1 :] if _then_in_words(find_match, s)), None)
    if star is None and then is None and worded is not None:
        written, rest = worded.keyword.strip(), worded.name.split(" ", 1)[1]
        problem = (
            f'{worded.location}: "{written} {worded.name}" starts with "{written}", so behave '
            f'reads "{worded.name.split(" ", 1)[0]}" as a word of the sentence and the step '
            f"as a When: the scenario has no Then step — write: Then {rest}"
        )
    for each in getattr(scenario, "scenarios", None) or [scenario]:
        problems.add(problems.scenarios, each, problem)


def _check_repeated_then(problems: StructureProblems, scenario: Any, find_match: StepMatch) -> None:
    """A Then step written twice, word for word, checks nothing the first did not."""
    if hasattr(scenario, "examples"):
        return  # its rows are checked, each with its values
    seen: dict[tuple[str, str | None, _Rows], Any] = {}
    for step in getattr(scenario, "steps", ()):
        if step.step_type != "then":
            continue
        first = seen.setdefault((step.name, step.text, _table_rows(step)), step)
        if first is step:
            continue
        if library_step(find_match, step):
            problems.add(
                problems.scenarios,
                scenario,
                f"{step.location}: this Then step repeats the one at line {first.line} word "
                "for word, so it checks nothing more: remove it, or write what else must "
                "follow (a second event is checked by Then the events are:)",
            )
            return


_Rows = tuple[tuple[str, ...], ...] | None


def _table_rows(step: Step) -> _Rows:
    table = step.table
    return (
        None
        if table is None
        else (tuple(table.headings), *(tuple(row.cells) for row in table.rows))
    )


def _check_givens_alone(
    problems: StructureProblems, scenario: Any, steps: list[Any], find_match: StepMatch
) -> None:
    """A scenario of the step library's Given steps alone runs nothing and checks nothing."""
    if not steps or any(step.step_type != "given" for step in steps):
        return  # a Then of the project's own checks what it says
    if not all(library_step(find_match, step) for step in steps):
        return  # a Given step of the project's own may check what it says
    problem = (
        f"{scenario.location}: the scenario has only Given steps, so nothing runs and "
        "nothing is checked: add a When and a Then, e.g. When the command … is sent and "
        "Then the command succeeds"
    )
    for each in getattr(scenario, "scenarios", None) or [scenario]:
        problems.add(problems.scenarios, each, problem)


def _then_in_words(find_match: StepMatch, step: Step) -> bool:
    """Whether the step is ``And then <a Then sentence>``: "then" written as a word."""
    first, _, rest = str(step.name).partition(" ")
    if first.casefold() != "then" or not rest:
        return False
    as_then = SimpleNamespace(step_type="then", name=rest, keyword="Then")
    return library_step(find_match, as_then)


def _reads_as_then(find_match: StepMatch, step: Step) -> bool:
    """Whether a Then sentence of the step library reads this step (of another keyword)."""
    as_then = SimpleNamespace(step_type="then", name=step.name, keyword="Then")
    return library_step(find_match, as_then)


def _check_placeholders(
    problems: StructureProblems, scenario: Any, find_match: StepMatch, of_outline: bool
) -> None:
    """A ``<placeholder>`` left in a Scenario: a plain one, or a row of Examples without
    that column (another Examples table of the outline has it)."""
    if hasattr(scenario, "examples"):
        return
    for step in scenario.steps:
        names = left_placeholders(step)
        if names and library_step(find_match, step):
            name = names[0]
            problem = (
                f"<{name}> is not a column of every Examples table of this Scenario Outline: "
                f"add the column {name} to each of them"
                if of_outline
                else f"<{name}> is a placeholder, but this is a Scenario, not a Scenario "
                "Outline: write the value itself, or make it a Scenario Outline with an "
                f"Examples: table that has the column {name}"
            )
            problems.add(problems.scenarios, scenario, f"{step.location}: {problem}")
            return
    title = SimpleNamespace(name=str(getattr(scenario, "name", ""))) if of_outline else None
    names = left_placeholders(title) if title is not None else []
    if names:
        problem = (
            f"<{names[0]}> in the title of the Scenario Outline is not a column of its "
            f"Examples table, so the title keeps it as written: add the column {names[0]} "
            "to the Examples table, or write the title without it"
        )
        problems.add(problems.scenarios, scenario, f"{scenario.location}: {problem}")


def _check_emptied_cells(problems: StructureProblems, outline: Any, find_match: StepMatch) -> None:
    """An Examples cell left empty that empties a cell of a Then table of messages: an
    empty cell there gives no field, so the row would pass whatever the field holds.
    One that empties an unquoted placeholder of a Then line is told too: the line lacks a
    word, and its step's own message would blame the line."""
    if not hasattr(outline, "examples"):
        return
    for scenario in outline.scenarios:
        for template, step in zip(outline.steps, scenario.steps, strict=False):
            if step.step_type != "then":
                continue
            problem = emptied_placeholder(template, step, scenario.line)
            if problem and _ours(find_match, step):
                problems.add(problems.scenarios, scenario, f"{step.location}: {problem}")
                break
            if not lists_messages(getattr(step.table, "headings", ())):
                continue
            problem = emptied_cell(template, step, scenario.line)
            if problem and library_step(find_match, step):
                problems.add(problems.scenarios, scenario, f"{step.location}: {problem}")
                break


def _ours(find_match: StepMatch, step: Step) -> bool:
    """Whether a sentence of the step library reads ``step``, or the library's reader of
    the steps no sentence reads does: not a step of the project's own."""
    function = getattr(find_match(step), "func", None)
    return str(getattr(function, "__module__", "")).startswith("castle_bdd.steps")


def _check_background(problems: StructureProblems, feature: Any, find_match: StepMatch) -> None:
    """A Background (the feature's or a Rule's) holds the Given steps every scenario
    starts with."""
    owners = (feature, *(getattr(feature, "rules", None) or ()))
    backgrounds = [getattr(owner, "background", None) for owner in owners]
    # behave gives a Rule of a feature with a Background one of its own, without steps,
    # on the Rule's line: only a "Background:" line written without steps is empty
    written = [(b, owner) for b, owner in zip(backgrounds, owners, strict=True) if b is not None]
    empty = next((b for b, owner in written if not b.steps and b.line != owner.line), None)
    if empty is not None:
        problems.add(
            problems.features,
            feature,
            f"{feature.filename}:{empty.line}: the Background has no steps: write under it the "
            'Given steps every scenario starts with, or remove the "Background:" line',
        )
        return
    steps = [step for background in backgrounds for step in getattr(background, "steps", ())]
    for step in steps:
        names = column_placeholders(step)
        if names and library_step(find_match, step):
            problems.add(
                problems.features,
                feature,
                f"{step.location}: <{names[0]}> is in the Background, which no Examples table "
                "fills: move the step into the Scenario Outline",
            )
            return
        if step.step_type in ("when", "then") and library_step(find_match, step):
            keyword = step.step_type.capitalize()
            problems.add(
                problems.features,
                feature,
                f'{step.location}: the Background has the {keyword} step "{step.name}": a '
                "Background holds the Given steps every scenario starts with — move the "
                f"{keyword} step into each scenario",
            )
            return


def _check_arguments(problems: StructureProblems, scenario: object, find_match: StepMatch) -> None:
    # every step of the library that reads a table or doc string ends in ":"
    for step in getattr(scenario, "steps", ()):
        if (step.table is None and step.text is None) or step.name.endswith(":"):
            continue
        if library_step(find_match, step):
            what = "table" if step.table is not None else "doc string"
            problems.add(
                problems.scenarios,
                scenario,
                f'{step.location}: the step "{step.keyword} {step.name}" takes no {what}: '
                f"remove the {what} under it",
            )


def library_step(find_match: StepMatch, step: Step) -> bool:
    """Whether a sentence of the step library reads ``step`` (not its step for the rest)."""
    function = getattr(find_match(step), "func", None)
    module = str(getattr(function, "__module__", ""))
    return module.startswith("castle_bdd.steps") and not module.endswith("_unmatched")


def _check(problems: StructureProblems, feature: object, scenario: Any) -> None:
    for step in getattr(scenario, "steps", ()):
        if "\u201c" in step.name or "\u201d" in step.name or "\u201e" in step.name:
            step.name = step.name.translate(_CURLY_QUOTES)
        if "\u2018" in step.name:
            step.name = _CURLY_SINGLE_QUOTED.sub(r"'\1'", step.name)
    if hasattr(scenario, "examples"):
        _check_outline(problems, feature, scenario)
    elif not scenario.steps:
        problems.add(
            problems.scenarios,
            scenario,
            f"{scenario.location}: the scenario has no steps: write its Given, When and "
            "Then steps under it",
        )


def _check_outline(problems: StructureProblems, feature: Any, outline: Any) -> None:
    tables = [example.table for example in outline.examples if example.table is not None]
    if not any(table.rows for table in tables):
        problems.add(
            problems.features,
            feature,
            f"{outline.location}: the Scenario Outline has no Examples rows: add an "
            "Examples: table with a heading row of its <placeholders> and one row per case",
        )
        return
    problem = outline_problem(feature, outline, tables)
    if problem:
        for scenario in outline.scenarios:
            problems.add(problems.scenarios, scenario, problem)


def install_structure_checks(
    features: Iterable[Feature],
    hooks: MutableMapping[str, Hook],
    find_match: StepMatch | None = None,
) -> None:
    """Fail the features and scenarios of a run whose shape is wrong, when behave runs them.

    Without ``features`` (a runner that parses each feature as it runs it, after
    ``before_all``: behave-pool's workers), each feature is checked as it starts.
    """
    features = list(features)
    if not features:
        _check_as_they_start(hooks, find_match)
        return
    problems = structure_problems(features, find_match)
    if not problems:
        return
    chain_hook(hooks, "before_feature", _refuse(problems.features), _MARKER)
    chain_hook(hooks, "before_scenario", _refuse(problems.scenarios), _MARKER)


def _check_as_they_start(hooks: MutableMapping[str, Hook], find_match: StepMatch | None) -> None:
    # the problems of the feature that runs now: one feature at a time, so that no element
    # of a feature that is gone (its id taken by a new one) is looked up
    now = [StructureProblems()]

    def check_feature(context: object, feature: object) -> None:
        now[0] = structure_problems([cast("Feature", feature)], find_match)
        _refuse(now[0].features)(context, feature)

    def check_scenario(context: object, scenario: object) -> None:
        _refuse(now[0].scenarios)(context, scenario)

    chain_hook(hooks, "before_feature", check_feature, _MARKER)
    chain_hook(hooks, "before_scenario", check_scenario, _MARKER)


def _refuse(table: dict[int, str]) -> Hook:
    def refuse(context: object, element: object) -> None:
        problem = table.get(id(element))
        if problem is not None:
            location, _, text = problem.partition(": ")
            raise GherkinError(text, location)

    return refuse
