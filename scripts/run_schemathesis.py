"""schemathesis's command line, with a guard around one CPython 3.11 bug.

On this machine's Python 3.11.7, hypothesis sometimes stops with "AST constructor recursion
depth mismatch" (a SystemError from `ast.parse`, fixed in later CPython releases) while it
builds the *printable description* of a lambda. That text is only used for display, so a
failure there falls back to a plain name instead of aborting the run; everything schemathesis
generates and checks is unchanged.
"""

import sys

from hypothesis.internal import lambda_sources

_describe = lambda_sources.lambda_description


def _describe_or_name(f):
    try:
        return _describe(f)
    except SystemError:
        return "lambda"


lambda_sources.lambda_description = _describe_or_name

from schemathesis.cli import schemathesis  # noqa: E402  (after the guard is in place)

sys.exit(schemathesis())
