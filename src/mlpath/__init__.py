"""The ML Engineer's Path: the course's own package.

Modules
-------
checks
    Teaching checks the assignments' test cells call.
data, portfolio, demand
    Checksum-verified loaders for the data shipped in ``datasets/``, and seeded generators
    with a documented ground truth (samples, insurance portfolios, retail demand).
plotting
    One course style for every figure.
assignments, answer_bank, grading, classroom, pooled, limits, limited_kernel, ledger, files, feedback, cli
    The instructor's side: reading assignments, building submissions from the answer bank,
    and grading a class with nbgrader — in parallel, under limits, resumably.
"""

__version__ = "0.1.0"
