"""Adding castle-bdd's work to a behave runner's hooks without replacing the project's own."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

from castle_bdd.fixtures.user_code import hook_failure

Hook = Callable[..., object]

#: The hooks of a project's environment.py that run after ``before_all``.
_LATER_HOOKS = (
    "before_feature",
    "after_feature",
    "before_rule",
    "after_rule",
    "before_scenario",
    "after_scenario",
    "before_step",
    "after_step",
    "before_tag",
    "after_tag",
    "after_all",
)
_SHOWN = "_castle_bdd_shows_frames"


def show_hook_frames(hooks: MutableMapping[str, Hook]) -> None:
    """Make the project's own hooks fail with the frames of its code, not one line.

    behave prints a hook's exception as ``KeyError: 'tag'``, without where it was raised
    unless run with ``--verbose``. Only the hooks the project defines are wrapped, so a
    project without them runs exactly as before.
    """
    for name in _LATER_HOOKS:
        own = hooks.get(name)
        if own is not None and not getattr(own, _SHOWN, False):
            hooks[name] = _showing_frames(name, own)


def _showing_frames(name: str, own: Hook) -> Hook:
    def hook(context: object, *arguments: object) -> None:
        try:
            own(context, *arguments)
        except Exception as error:
            shown = hook_failure(name, error)
            if shown is None:
                raise
            raise shown from error

    setattr(hook, _SHOWN, True)
    hook.capture = getattr(own, "capture", True)  # type: ignore[attr-defined]
    return hook


def chain_hook(
    hooks: MutableMapping[str, Hook], name: str, action: Hook, marker: str, *, always: bool = False
) -> None:
    """Run ``action`` after the project's own ``name`` hook (if any), once.

    ``hooks`` is a behave run's hook table (`castle_bdd._compat.behave.run_hooks`);
    ``marker`` names the addition, so installing it twice changes nothing. With
    ``always``, ``action`` runs even when the hooks before it raise (their error still
    reaches behave).
    """
    own = hooks.get(name)
    if getattr(own, marker, False):
        return

    def chained(context: object, *arguments: object) -> None:
        try:
            if own is not None:
                own(context, *arguments)
        except BaseException:
            if always:
                action(context, *arguments)
            raise
        action(context, *arguments)

    setattr(chained, marker, True)
    # behave reads a hook's `capture` attribute to decide whether to capture its output
    chained.capture = getattr(own, "capture", True)  # type: ignore[attr-defined]
    hooks[name] = chained


def run_first_once(hooks: MutableMapping[str, Hook], name: str, action: Hook) -> None:
    """Run ``action`` once, just before the ``name`` hook next runs; then the hook is as it was.

    ``name`` need not be a hook of the run: ``action`` then runs in its place, once.
    """
    own = hooks.get(name)

    def once(context: object, *arguments: object) -> None:
        if own is None:
            hooks.pop(name, None)
        else:
            hooks[name] = own
        action(context, *arguments)
        if own is not None:
            own(context, *arguments)

    once.capture = getattr(own, "capture", True)  # type: ignore[attr-defined]
    hooks[name] = once
