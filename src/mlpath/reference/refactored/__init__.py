"""Correct re-implementations of :mod:`mlpath.reference`, written differently.

A good test checks behaviour, so it passes on these too; a test that compares source text,
floats with ``==`` or an error's exact wording fails here and loses the grader's point for
"tests that accept every correct implementation".
"""
