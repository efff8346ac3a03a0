"""nbgrader configuration for the ML Engineer's Path course.

Everything is relative to this file, so the course works from any clone without root:
the repository is the course directory, the gradebook is a git-ignored sqlite file beside
this one, and the exchange is a git-ignored folder inside the clone. On a JupyterHub the
shared exchange is configured system-wide instead (see README, "Teaching on a JupyterHub").
"""

import os
from pathlib import Path

from mlpath.feedback import concise_check_errors

c = get_config()  # noqa: F821 -- injected by traitlets when nbgrader loads this file

COURSE_ROOT = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "mlpath"
c.CourseDirectory.root = str(COURSE_ROOT)
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = f"sqlite:///{COURSE_ROOT / 'gradebook.db'}"
# Module 5's notebooks write a package and its tests beside themselves (`%%writefile`). An
# instructor who runs a source notebook must not release its solution files with it, and a
# submission's copies are rewritten when autograding runs the notebook: nbgrader skips them.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback",
                            "pricing", "tests", ".pytest_cache", ".hypothesis"]

# Unless the environment points elsewhere (a hub's shared exchange), keep the exchange in
# the clone: it must exist and be writable by every user who fetches or submits.
exchange = Path(os.environ.get("MLPATH_EXCHANGE", COURSE_ROOT / ".exchange"))
exchange.mkdir(mode=0o777, exist_ok=True)
c.Exchange.root = str(exchange)

# A cell that runs longer than this is interrupted; its tests fail, the rest is graded.
c.Execute.timeout = 60
# Autograding runs each submission under limits (mlpath/limits.py): the notebook's total time,
# the kernel's memory, processes and file sizes, and the output kept per cell. Then nbgrader
# 0.9's own chain, with graded test cells scored by their errors alone (mlpath/verdicts.py: a
# value a student's hook displays must not count as partial credit), and a last step that says
# each student's grades are saved (so that `mlpath grade` can resume an interrupted class).
c.Autograde.autograde_preprocessors = [
    "mlpath.limits.LimitedExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "mlpath.verdicts.PassOrFail",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
    "mlpath.pooled.MarkGraded",
]
c.LimitedExecute.notebook_timeout = 600
c.LimitedExecute.tests_run_in = "checker"
# Feedback must not reveal hidden tests: neither their source (ClearHiddenTests) nor the
# lines a traceback quotes from them (ConciseErrors keeps the checks' message only).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "mlpath.feedback.ConciseErrors",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# Validate (the students' button and `nbgrader validate`) shows a failed check as its teaching
# message, not as a traceback through mlpath.checks. Scoped to the Validator's own executor:
# autograding keeps full tracebacks for the instructor.
c.Validator.Execute.on_cell_error = concise_check_errors
