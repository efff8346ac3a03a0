"""Grading students' tests by the bugs they catch: mlpath.mutation and mlpath.reference."""

from __future__ import annotations

import doctest
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlpath import mutation
from mlpath.checks import import_student_package, load_student_module
from mlpath.reference import frequency, lags, loading, tariff
from mlpath.reference.refactored import frequency as frequency_refactored
from mlpath.reference.refactored import lags as lags_refactored


@pytest.mark.parametrize("target", mutation.TARGETS.values(), ids=lambda t: t.module)
def test_every_mutant_is_one_edit_of_the_reference(target: mutation.Target) -> None:
    reference = target.source("reference")
    names = target.mutant_names
    assert len(set(names)) == len(names), "mutant names must be unique: feedback names them"
    for mutant in target.mutants:
        changed = target.source(mutant.name)
        assert changed != reference
        compile(changed, f"{target.module}:{mutant.name}", "exec")


@pytest.mark.parametrize("module", [frequency, lags, loading, tariff], ids=lambda m: m.__name__)
def test_reference_examples_run(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(exposure=st.lists(st.floats(0.01, 1.0), min_size=1, max_size=6),
       age=st.floats(-2.0, 2.0), order=st.permutations(["exposure", "age", "power"]))
def test_refactored_frequency_agrees_with_the_reference(exposure: list[float], age: float, order: list[str]) -> None:
    policies = pd.DataFrame({"exposure": exposure, "age": age, "power": np.linspace(50, 120, len(exposure))})[order]
    coefficients = {"intercept": -2.0, "age": 0.3, "power": 0.01}
    np.testing.assert_allclose(frequency_refactored.expected_claims(policies, coefficients),
                               frequency.expected_claims(policies, coefficients), rtol=1e-12)


@settings(max_examples=40, deadline=None)
@given(days=st.integers(1, 12), seed=st.integers(0, 1000), chosen=st.lists(st.integers(1, 5), min_size=1, max_size=3))
def test_refactored_lags_agree_with_the_reference(days: int, seed: int, chosen: list[int]) -> None:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2024-01-01", periods=days)
    sales = pd.DataFrame({"date": list(dates) * 2, "product": ["a"] * days + ["b"] * days,
                          "demand": rng.integers(0, 50, 2 * days)}).sample(frac=1, random_state=seed)
    pd.testing.assert_frame_equal(lags_refactored.add_lags(sales, chosen), lags.add_lags(sales, chosen))


@settings(max_examples=20, deadline=None)
@given(days=st.integers(1, 8), seed=st.integers(0, 1000))
def test_refactored_lags_accept_iso_string_dates_as_the_reference_does(days: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    dates = [d.strftime("%Y-%m-%d") for d in pd.date_range("2024-02-27", periods=days)]  # across month ends
    sales = pd.DataFrame({"date": dates * 2, "product": ["a"] * days + ["b"] * days,
                          "demand": rng.integers(0, 50, 2 * days)}).sample(frac=1, random_state=seed)
    pd.testing.assert_frame_equal(lags_refactored.add_lags(sales, [1, 2]), lags.add_lags(sales, [1, 2]))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "test_student.py"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_suite_that_asserts_nothing_survives_every_mutant(tmp_path: Path) -> None:
    target = mutation.TARGETS["lags"]
    path = _write(tmp_path, """
        from pricing.lags import add_lags

        def test_it_runs():
            add_lags
    """)
    report = mutation.run_suite(path, target, ["reference", *target.mutant_names])
    assert report.runs["reference"].passed
    assert report.survivors(target) == list(target.mutants)
    with pytest.raises(AssertionError, match="cannot fail"):
        mutation.check_tests_pass(path, "lags", where="lesson 3")


def test_stopping_at_the_first_caught_mutant_skips_the_rest(tmp_path: Path) -> None:
    target = mutation.TARGETS["frequency"]
    path = _write(tmp_path, """
        import pandas as pd
        from pricing.frequency import expected_claims

        def test_exposure_scales():
            one = pd.DataFrame({"exposure": [1.0], "x": [0.0]})
            half = pd.DataFrame({"exposure": [0.5], "x": [0.0]})
            c = {"intercept": 0.0, "x": 1.0}
            assert abs(expected_claims(half, c)[0] - 0.5 * expected_claims(one, c)[0]) < 1e-12
    """)
    names = ["reference", *target.mutant_names]
    report = mutation.run_suite(path, target, names, stop_at_first_caught=True)
    assert list(report.runs) == ["reference", "exposure forgotten"]  # caught at once: the rest skipped
    full = mutation.run_suite(path, target, names)
    assert [m.name for m in full.survivors(target)] == [
        "intercept dropped", "zero exposure accepted", "negative exposure accepted", "missing exposure accepted",
        "rating columns matched by position"]
    with pytest.raises(AssertionError, match="intercept dropped — to catch it, use a non-zero intercept"):
        mutation.check_tests_catch_mutants(path, "frequency", where="lesson 3")


def test_floats_compared_with_equality_fail_on_correct_code_written_differently(tmp_path: Path) -> None:
    path = _write(tmp_path, """
        import numpy as np
        import pandas as pd
        import pytest
        from pricing.frequency import expected_claims

        def test_value():
            policies = pd.DataFrame({"exposure": [0.5], "x": [1.0]})
            assert expected_claims(policies, {"intercept": -2.0, "x": 0.3})[0] == 0.5 * np.exp(-1.7)
    """)
    mutation.check_tests_pass(path, "frequency", where="lesson 3")
    with pytest.raises(AssertionError, match="pytest.approx"):
        mutation.check_tests_accept_correct_code(path, "frequency", where="lesson 3")


def test_tests_failing_on_correct_code_are_told_so(tmp_path: Path) -> None:
    path = _write(tmp_path, """
        import pandas as pd
        from pricing.frequency import expected_claims

        def test_exposure_forgotten_by_the_student_too():
            policies = pd.DataFrame({"exposure": [0.5], "x": [0.0]})
            assert expected_claims(policies, {"intercept": 0.0, "x": 1.0})[0] == 1.0
    """)
    with pytest.raises(AssertionError, match="fail on the course's correct `expected_claims`"):
        mutation.check_tests_pass(path, "frequency", where="lesson 3")


@pytest.mark.parametrize(("text", "message"), [
    ("raise NotImplementedError()\n", "has no tests yet"),
    ("def test_x(:\n    pass\n", "not valid Python"),
    ("def test_x():\n    pass\nraise NotImplementedError()\n", "still raises NotImplementedError"),
])
def test_unfinished_files_are_named_without_running_pytest(tmp_path: Path, text: str, message: str) -> None:
    report = mutation.run_suite(_write(tmp_path, text), mutation.TARGETS["lags"], ["reference"])
    assert message in report.problem and not report.runs


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    report = mutation.run_suite(tmp_path / "tests" / "test_lags.py", mutation.TARGETS["lags"], ["reference"])
    assert "does not exist" in report.problem and "%%writefile" in report.problem


def test_a_suite_that_never_ends_is_stopped(tmp_path: Path) -> None:
    path = _write(tmp_path, """
        import time

        def test_forever():
            while True:
                time.sleep(1)
    """)
    report = mutation.run_suite(path, mutation.TARGETS["lags"], ["reference"], timeout=4)
    assert "more than 4 s" in report.problem


def test_a_suite_that_kills_pytest_is_reported_not_crashed(tmp_path: Path) -> None:
    path = _write(tmp_path, """
        import os

        def test_exit():
            os._exit(3)
    """)
    report = mutation.run_suite(path, mutation.TARGETS["lags"], ["reference", "off by one day"])
    assert all(not run.passed and "exit code 3" in run.error for run in report.runs.values())


def test_course_modules_are_installed_beside_the_students_own(tmp_path: Path) -> None:
    (tmp_path / "pricing").mkdir()
    (tmp_path / "pricing" / "validation.py").write_text("# the student's\n", encoding="utf-8")
    written = mutation.install_course_modules(tmp_path, ["frequency", "lags", "loading"])
    assert sorted(p.name for p in written) == ["frequency.py", "lags.py", "loading.py"]
    assert (tmp_path / "pricing" / "validation.py").read_text(encoding="utf-8") == "# the student's\n"
    assert (tmp_path / "pricing" / "__init__.py").exists() and (tmp_path / "tests").is_dir()


def test_student_modules_load_afresh_with_teaching_errors(tmp_path: Path) -> None:
    path = tmp_path / "schema.py"
    with pytest.raises(AssertionError, match="does not exist yet"):
        load_student_module(path, where="lesson 1")
    path.write_text("from dataclasses import dataclass\n\n@dataclass\nclass Rule:\n    column: str\n",
                    encoding="utf-8")
    assert load_student_module(path, where="lesson 1").Rule("exposure").column == "exposure"
    path.write_text("raise NotImplementedError()\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="not written yet"):
        load_student_module(path, where="lesson 1")
    path.write_text("import pandsa\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="ModuleNotFoundError"):
        load_student_module(path, where="lesson 1")


def test_a_students_package_is_imported_afresh_from_the_assignment_folder(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pricing").mkdir()
    (tmp_path / "pricing" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pricing" / "model.py").write_text("VERSION = 1\n", encoding="utf-8")
    (tmp_path / "pricing" / "cli.py").write_text("from pricing.model import VERSION\n", encoding="utf-8")
    try:
        assert import_student_package("pricing.model", where="lesson 1").VERSION == 1
        (tmp_path / "pricing" / "model.py").write_text("VERSION = 2\n", encoding="utf-8")
        cli = import_student_package("pricing.cli", where="lesson 1")
        assert cli.VERSION == 2  # the edited file, not the cached module
        model = import_student_package("pricing.model", where="lesson 1", fresh=False)
        assert model is sys.modules["pricing.model"] and model.VERSION == 2  # shared, as pickle needs
        with pytest.raises(AssertionError, match="does not exist yet"):
            import_student_package("pricing.persistence", where="lesson 5")
    finally:
        for name in [n for n in sys.modules if n == "pricing" or n.startswith("pricing.")]:
            del sys.modules[name]


def test_property_based_student_tests_run_and_catch_bugs(tmp_path: Path) -> None:
    path = _write(tmp_path, """
        import pandas as pd
        from hypothesis import given, strategies as st
        from pricing.lags import add_lags

        @given(st.lists(st.integers(0, 100), min_size=2, max_size=10))
        def test_lag_one_is_yesterday(values):
            sales = pd.DataFrame({"date": pd.date_range("2024-01-01", periods=len(values)),
                                  "product": "a", "demand": values})
            assert add_lags(sales, [1])["lag_1"].iloc[1:].tolist() == [float(v) for v in values[:-1]]
    """)
    target = mutation.TARGETS["lags"]
    report = mutation.run_suite(path, target, ["reference", "off by one day", "looks ahead"])
    assert report.runs["reference"].passed
    assert not report.runs["off by one day"].passed and not report.runs["looks ahead"].passed


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    """A student's project: the course's modules in pricing/, and ``files`` (path: text)."""
    mutation.install_course_modules(tmp_path, ["lags", "loading"])
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path / "tests"


def test_the_tests_folder_is_graded_as_a_whole(tmp_path: Path) -> None:
    """conftest.py fixtures and helper modules (imported both ways) come along with the test file."""
    tests = _project(tmp_path, {
        "tests/conftest.py": """
            import pytest
            from fakes import FakeRegistry

            @pytest.fixture
            def broken():
                return FakeRegistry(ConnectionError("down"))
        """,
        "tests/fakes.py": """
            class FakeRegistry:
                def __init__(self, failure=None):
                    self.failure, self.calls = failure, []

                def load(self, name):
                    self.calls.append(name)
                    if self.failure:
                        raise self.failure
                    return "model " + name
        """,
        "tests/helpers/__init__.py": "BASELINE = 'baseline'\n",
        "tests/test_loading.py": """
            from fakes import FakeRegistry
            from tests.helpers import BASELINE

            from pricing.loading import load_or_baseline

            def test_falls_back(broken):
                assert load_or_baseline(broken, "glm", BASELINE) == BASELINE
                assert broken.calls == ["glm"]

            def test_loads():
                assert load_or_baseline(FakeRegistry(), "glm", BASELINE) == "model glm"
        """,
        "tests/test_other.py": "def test_not_run():\n    assert False\n",   # only the graded file runs
    })
    target = mutation.TARGETS["loading"]
    report = mutation.run_suite(tests / "test_loading.py", target, ["reference", "refactored", "always the baseline"])
    assert report.runs["reference"].passed and report.runs["refactored"].passed, report.runs
    assert report.runs["reference"].collected == 2
    assert not report.runs["always the baseline"].passed


def test_a_conftest_may_import_the_students_own_modules_and_its_helpers_see_each_implementation(tmp_path: Path) -> None:
    tests = _project(tmp_path, {
        "pricing/shop.py": "DAYS = ['2024-03-01', '2024-03-02', '2024-03-03']\n",
        "tests/conftest.py": """
            import pandas as pd
            import pytest
            from pricing.shop import DAYS

            @pytest.fixture
            def sales():
                return pd.DataFrame({"date": DAYS * 2, "product": ["a"] * 3 + ["b"] * 3, "demand": [1, 2, 3, 4, 5, 6]})
        """,
        "tests/lagging.py": """
            from pricing.lags import add_lags   # bound at import: must be each implementation's own

            def lag_one(sales):
                return add_lags(sales, [1])["lag_1"].tolist()
        """,
        "tests/test_lags.py": """
            import math
            from lagging import lag_one

            def test_lag_one(sales):
                got = lag_one(sales)
                assert math.isnan(got[0]) and math.isnan(got[3]) and got[1:3] + got[4:] == [1, 2, 4, 5]
        """,
    })
    target = mutation.TARGETS["lags"]
    report = mutation.run_suite(tests / "test_lags.py", target, ["reference", "refactored", "off by one day"])
    assert report.runs["reference"].passed and report.runs["refactored"].passed, report.runs  # ISO text dates
    assert not report.runs["off by one day"].passed


def test_a_hypothesis_profile_from_the_students_conftest_is_kept_but_made_quick(tmp_path: Path) -> None:
    tests = _project(tmp_path, {
        "tests/conftest.py": """
            from hypothesis import Phase, settings
            settings.register_profile("lesson", max_examples=7, phases=list(Phase), derandomize=False)
            settings.load_profile("lesson")
        """,
        "tests/test_lags.py": """
            from hypothesis import given, settings, strategies as st, Phase

            @given(st.integers())
            def test_profile(x):
                assert settings.default.max_examples == 7
                assert Phase.shrink not in settings.default.phases and settings.default.derandomize
        """,
    })
    report = mutation.run_suite(tests / "test_lags.py", mutation.TARGETS["lags"], ["reference"])
    assert report.runs["reference"].passed, report.runs


@pytest.mark.parametrize(("failure", "advice"), [
    ("test_rate: assert 0.15000000000000002 == 0.15", "pytest.approx"),
    ("test_lags: assert [1.0, nan, 2.0] == [1.0, nan, 2.0]", "NaN is never equal to NaN"),
    ("test_warns: AssertionError: Expected 'warning' to have been called once. Called 0 times.", "never called"),
    ("test_rate: assert 3 == 4", ""),
])
def test_a_failure_on_correct_code_names_its_usual_fix(failure: str, advice: str) -> None:
    """A suite failing on correct code for a known reason gets that reason, not only 'work it out by hand'."""
    found = mutation._advice(mutation.Run(collected=3, failed=[failure]))
    assert (advice in found) if advice else found == ""
