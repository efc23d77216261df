# steps/castle_steps.py
from castle_bdd.steps import *  # noqa: F401,F403
