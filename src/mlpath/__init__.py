"""The ML Engineer's Path: the course's own package.

Modules
-------
checks
    Teaching checks the assignments' test cells call.
data
    Seeded generators with a documented ground truth, and checksum-verified loaders for
    the data shipped in ``datasets/``.
plotting
    One course style for every figure.
notebooks, answer_bank, grading, cli
    The instructor's side: reading assignments, building submissions from the answer bank,
    and grading a class with nbgrader.
"""

__version__ = "0.1.0"
