"""Code the module 5 students test: the pricing service's small, correct modules.

Each module here is copied into a student's ``pricing/`` package, where the student writes
tests for it; the grader then runs those tests against this code, against correct
re-implementations written differently (``refactored/``) and against seeded bugs
(:mod:`mlpath.mutation`). Keep the modules small and their docstrings exact: the docstring is
the contract the students' tests check.
"""
