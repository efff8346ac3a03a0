"""The teaching checks: each situation gets its own message, and correct answers pass."""

from __future__ import annotations

import numpy as np
import pytest

from mlpath import checks
from mlpath.checks import (
    Call,
    check_call,
    check_coverage,
    check_probability,
    values_match,
)

WHERE = "Lesson 9, section 9"


def add(a, b):
    return a + b


def test_correct_answer_prints_one_confirmation_line(capsys) -> None:
    check_call(add, Call(args=(1, 2), expected=3), Call(args=(2, 2), expected=4), where=WHERE)
    assert capsys.readouterr().out == "✓ add(1, 2) = 3 and on 1 more input\n"


def test_quiet_prints_nothing(capsys) -> None:
    check_call(add, Call(args=(1, 2), expected=3), where=WHERE, quiet=True)
    assert capsys.readouterr().out == ""


def test_not_attempted_says_what_to_replace() -> None:
    def stub(x):
        raise NotImplementedError()

    with pytest.raises(AssertionError, match=r"`stub` is not written yet: replace `raise NotImplementedError\(\)`") as err:
        check_call(stub, Call(args=(1,), expected=1), where=WHERE)
    assert WHERE in str(err.value)


def test_student_exception_is_shown_with_the_call() -> None:
    def crash(x):
        return x / 0

    with pytest.raises(AssertionError, match=r"Your code raised ZeroDivisionError: division by zero\nwhen called as crash\(1\)"):
        check_call(crash, Call(args=(1,), expected=1), where=WHERE)


def test_missing_return_is_named() -> None:
    def forgot(x):
        x + 1

    with pytest.raises(AssertionError, match="returned None. Did you forget a `return`"):
        check_call(forgot, Call(args=(1,), expected=2), where=WHERE)


def test_misconception_is_named_when_the_value_matches() -> None:
    def sensitivity(prevalence, sens, fpr):
        return sens

    call = Call(args=(0.02, 0.9, 0.05), expected=0.2687,
                misconceptions={"base-rate neglect: that is the sensitivity.": 0.9})
    with pytest.raises(AssertionError, match="this mistake: base-rate neglect") as err:
        check_call(sensitivity, call, where=WHERE, rtol=1e-3)
    assert "returned 0.9, expected 0.2687" in str(err.value)


def test_unknown_wrong_value_gets_expected_and_found() -> None:
    with pytest.raises(AssertionError, match=r"add\(1, 2\) returned 3, expected 4") as err:
        check_call(add, Call(args=(1, 2), expected=4, misconceptions={"never": 99}), where=WHERE)
    assert "mistake" not in str(err.value)


def test_infinite_value_gets_a_hint() -> None:
    with pytest.raises(AssertionError, match="contains inf where the answer has numbers: a division by zero"):
        check_call(lambda: float("inf"), Call(expected=1.0), where=WHERE)


def test_wrong_shape_and_wrong_type_are_explained() -> None:
    with pytest.raises(AssertionError, match=r"shape \(3,\)"):
        check_call(lambda: [1.0, 2.0, 3.0], Call(expected=(1.0, 2.0)), where=WHERE)
    with pytest.raises(AssertionError, match="returned str 'a'"):
        check_call(lambda: "a", Call(expected=1.0), where=WHERE)


def test_not_a_function() -> None:
    with pytest.raises(AssertionError, match="Expected a function here, but found int"):
        check_call(3, Call(expected=3), where=WHERE)  # type: ignore[arg-type]


def test_per_call_tolerance_for_monte_carlo_answers() -> None:
    check_call(lambda: (1.0, 2.05), Call(expected=(1.0, 2.0), atol=0.1), where=WHERE, quiet=True)
    with pytest.raises(AssertionError, match=r"up to ±0.01 is allowed"):
        check_call(lambda: (1.0, 2.05), Call(expected=(1.0, 2.0), atol=0.01), where=WHERE)


@pytest.mark.parametrize(("found", "expected", "same"), [
    (1.0, 1.0 + 1e-9, True), ((1, 2), [1.0, 2.0], True), (np.array([True, False]), [True, False], True),
    (np.array([1, 0]), [True, False], False), (float("nan"), float("nan"), True), (float("nan"), 1.0, False),
    ([1.0, 2.0], [1.0, 2.0, 3.0], False), ("1", 1, False), (None, 1.0, False),
])
def test_values_match(found, expected, same) -> None:
    assert values_match(found, expected) is same


def test_check_probability() -> None:
    check_probability(0.3, what="P(x)", where=WHERE)
    with pytest.raises(AssertionError, match="lies between 0 and 1, but found 1.5"):
        check_probability(1.5, what="P(x)", where=WHERE)
    with pytest.raises(AssertionError, match="should be one number"):
        check_probability([0.3], what="P(x)", where=WHERE)


def test_check_coverage_passes_near_level_and_explains_too_narrow() -> None:
    check_coverage([True] * 95 + [False] * 5, level=0.95, where=WHERE)
    with pytest.raises(AssertionError, match="70.0% of the time.*too narrow"):
        check_coverage([True] * 70 + [False] * 30, level=0.95, where=WHERE)


def test_reloading_restores_a_patched_helper() -> None:
    import importlib

    original = checks.check_call
    checks.check_call = lambda *a, **k: None  # what a student might try in an answer cell
    try:
        reloaded = importlib.reload(checks)
        assert reloaded.check_call is not original  # a fresh definition from the file
        with pytest.raises(AssertionError):
            reloaded.check_call(add, reloaded.Call(args=(1, 1), expected=3), where=WHERE)
    finally:
        importlib.reload(checks)


def test_check_value_names_the_expression_and_the_mistake(capsys) -> None:
    from mlpath.checks import check_value

    check_value([1.0, 2.0], (1.0, 2.0), what="f(x)['a']", where=WHERE)
    assert capsys.readouterr().out == "✓ f(x)['a'] = (1, 2)\n"
    with pytest.raises(AssertionError, match=r"(?s)f\(x\)\['a'\] returned \[0\.\s*, 0.6931\], expected.*mistake: not exponentiated"):
        check_value(np.log([1.0, 2.0]), [1.0, 2.0], what="f(x)['a']", where=WHERE,
                    misconceptions={"not exponentiated": np.log([1.0, 2.0])})


def test_several_matching_mistakes_are_all_named() -> None:
    call = Call(args=(1, 2), expected=4, misconceptions={"forgot a term": 3, "added instead": 3, "other": 9})
    with pytest.raises(AssertionError, match="(?s)any of these mistakes:\n- forgot a term\n- added instead$"):
        check_call(add, call, where="")


def test_require_names_the_lesson_only_when_the_property_fails() -> None:
    checks.require(True, "never shown", where="Lesson 1, section 1")
    with pytest.raises(AssertionError, match=r"(?s)should double.*Where to look: Lesson 2, section 2"):
        checks.require(False, "Doubling the exposure should double the prediction.", where="Lesson 2, section 2")


def test_long_arrays_point_at_the_first_difference() -> None:
    expected = np.arange(20.0)
    found = expected.copy()
    found[12] = -1.0
    with pytest.raises(AssertionError, match=r"First difference at position 12: -1 instead of 12 \(1 of 20"):
        checks.check_value(found, expected, what="f(x)", where="")


def test_library_stack_traces_are_cut_to_their_first_lines() -> None:
    def crashes() -> None:
        raise ValueError("bad input\n" + "\n".join(f"  frame {i}" for i in range(30)))

    with pytest.raises(AssertionError) as raised:
        checks.call_student(crashes, Call(), where="")
    assert "frame 1" in str(raised.value) and "frame 5" not in str(raised.value)


def test_a_known_mistake_is_named_even_with_another_shape() -> None:
    def mean_of_folds(values):
        return float(np.mean(values))

    call = checks.Call(args=([1.0, 3.0],), expected=np.array([1.0, 3.0]),
                       misconceptions={"one number for all folds": 2.0})
    with pytest.raises(AssertionError, match="one number for all folds"):
        checks.check_call(mean_of_folds, call, where="here")


def test_no_division_hint_when_the_answer_has_gaps_by_design() -> None:
    def shifted(values):
        return np.r_[np.nan, np.nan, np.arange(2.0, 8.0)]

    call = checks.Call(args=(list(range(8)),), expected=np.r_[np.nan, np.arange(1.0, 8.0)])
    with pytest.raises(AssertionError) as caught:
        checks.check_call(shifted, call, where="here")
    assert "division by zero" not in str(caught.value)
    assert "NaN at position 1, where the answer has a number" in str(caught.value)


# --- Diagnoses for mistakes nobody listed (mlpath.diagnosis through check_call) -------------

def _message(returned, expected, args=(), rtol=1e-6) -> str:
    """The feedback check_call gives a function that returns ``returned``."""
    def answer(*_):
        return returned

    with pytest.raises(AssertionError) as caught:
        check_call(answer, Call(args=args, expected=expected), where=WHERE, rtol=rtol)
    message = str(caught.value)
    assert "returned" in message and WHERE in message  # the generic line stays
    return message


@pytest.mark.parametrize(("returned", "expected", "args", "says"), [
    (6.76, 0.0676, (), "100 times the answer: a percentage"),
    (0.000676, 0.0676, (), "divided by 100"),
    ([2.0, 4.0, 6.0], [1.0, 2.0, 3.0], (), "twice the answer"),
    (0.5, 1.0, (), "half the answer"),
    (-0.25, 0.25, (), "wrong sign"),
    ([3.0, 6.0, 9.0], [1.0, 2.0, 3.0], (), "Every value is 3 times the answer"),
    # population variance 2.0 of [1, 2, 3, 4, 5]; the sample one is 2.5
    (2.0, 2.5, ([1, 2, 3, 4, 5],), "n = 5: a population variance (divisor n"),
    (np.sqrt(2.0), np.sqrt(2.5), ([1, 2, 3, 4, 5],), "n = 5: a population standard deviation"),
    (2.5, 2.0, ([1, 2, 3, 4, 5],), "a sample variance (divisor n − 1) where the population one"),
    ([0.0, 3.0, 8.0, 1.0], [1.0, 4.0, 9.0, 2.0], (), "Every value is the answer − 1"),
    ([9.0, 1.0, 2.0, 3.0], [1.0, 2.0, 3.0, 4.0], (), "one place later"),
    ([2.0, 3.0, 4.0, 9.0], [1.0, 2.0, 3.0, 4.0], (), "one place earlier"),
    ([4.0, 3.0, 2.0, 1.0], [1.0, 2.0, 3.0, 4.0], (), "reverse order"),
    ((2792.6, 187.4), (187.4, 2792.6), (), "two values are swapped"),
    ([1.0, 2.0, 3.0, 4.0], [3.0, 1.0, 4.0, 2.0], (), "wrong order (sorted)"),
    ([1.0, 2.0, 4.0], [1.0, 2.0, 3.0, 4.0], (), "position 2 (3) is missing"),
    ([1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0], (), "position 4 (5) is extra"),
    ([1.0, np.nan, 3.0], [1.0, 2.0, 3.0], (), "contains NaN where the answer has numbers"),
    (True, 1, (), "a bool (True/False) where a number is promised"),
    (0.06761, 0.0676061, (), "about 4 significant figures, but not to the precision promised"),
    ([[1.0, 3.0], [2.0, 4.0]], [[1.0, 2.0], [3.0, 4.0]], (), "transposed"),
    ([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]], (), "transposed"),
])
def test_generic_diagnosis_names_the_relation(returned, expected, args, says) -> None:
    assert says in _message(returned, expected, args)


def test_no_diagnosis_when_nothing_fits() -> None:
    message = _message([1.0, 5.0, 2.0], [1.0, 2.0, 3.0])
    assert message.splitlines()[1].startswith("Where to look")


def test_small_factor_is_not_called_n_over_n_minus_1_without_such_an_n() -> None:
    # 2.5 / 2.0 is 5/4: a sample of 5 would explain it, a sample of 7 does not.
    assert "n = " not in _message(2.0, 2.5, ([1, 2, 3, 4, 5, 6, 7],))


def test_a_listed_misconception_wins_over_the_generic_diagnosis() -> None:
    def percent(*_):
        return 6.76

    call = Call(expected=0.0676, misconceptions={"multiplied by 100 to show a percentage.": 6.76})
    with pytest.raises(AssertionError, match="this mistake: multiplied by 100") as caught:
        check_call(percent, call, where=WHERE)
    assert "100 times the answer" not in str(caught.value)


def test_first_difference_shows_the_inputs_behind_it() -> None:
    import pandas as pd

    frame = pd.DataFrame({"exposure": [1.0, 0.5, 0.25, 1.0, 0.8], "power": ["a", "b", "c", "d", "e"]})

    def per_year(policies):
        return np.array([0.1, 0.2, 0.3, 0.4, 0.5])

    call = Call(args=(frame,), expected=np.array([0.1, 0.1, 0.3, 0.4, 0.5]))
    with pytest.raises(AssertionError, match=r"position 1: 0.2 instead of 0.1, from input row 1 = "
                                             r"\{'exposure': 0.5, 'power': 'b'\} \(1 of 5 values differ\)"):
        check_call(per_year, call, where=WHERE)


# --- Digests: long answers written as literals ----------------------------------------------

def test_digest_matches_length_head_and_total() -> None:
    digest = checks.Digest(length=5, head=(0.1, 0.2), total=1.5)
    assert values_match(np.array([0.1, 0.2, 0.3, 0.4, 0.5]), digest)
    assert not values_match(np.array([0.1, 0.2, 0.3, 0.4, 0.6]), digest)   # total differs
    assert not values_match(np.array([0.2, 0.1, 0.3, 0.4, 0.5]), digest)   # head differs
    assert not values_match(np.array([0.1, 0.2, 0.3, 0.9]), digest)        # length differs
    assert not values_match(np.array([True, False, True, True, True]), digest)


def test_digest_stands_for_arrays_with_gaps() -> None:
    lags = np.array([np.nan, 1.0, 2.0, 3.0])
    assert values_match(lags, checks.Digest(length=4, head=(float("nan"), 1.0), total=float("nan")))
    assert not values_match(np.array([0.0, 1.0, 2.0, 3.0]), checks.Digest(length=4, head=(float("nan"), 1.0),
                                                                           total=float("nan")))


def test_digest_feedback_names_the_length_and_a_factor() -> None:
    digest = checks.Digest(length=4, head=(1.0, 2.0), total=10.0)

    def short(*_):
        return np.array([1.0, 2.0, 3.0])

    def per_cent(*_):
        return np.array([100.0, 200.0, 300.0, 400.0])

    with pytest.raises(AssertionError, match="It has 3 values; the answer has 4"):
        check_call(short, Call(expected=digest), where=WHERE)
    with pytest.raises(AssertionError, match=r"expected 4 values \[1, 2, …\] adding up to 10.\nIt is 100 times"):
        check_call(per_cent, Call(expected=digest), where=WHERE)


# --- Determinism: non-determinism reported as such ------------------------------------------

def test_check_deterministic_returns_a_repeatable_result() -> None:
    assert checks.check_deterministic(lambda seed: np.random.default_rng(seed).random(), Call(args=(3,)),
                                      where=WHERE) == np.random.default_rng(3).random()


@pytest.mark.parametrize("unseeded", [
    lambda seed: np.random.default_rng().random(3),
    lambda seed: {"score": float(np.random.default_rng().random())},
    lambda seed: (np.random.default_rng().random(), "label"),
])
def test_check_deterministic_names_the_missing_seed(unseeded) -> None:
    with pytest.raises(AssertionError, match="two different results when called twice .* seed every random choice"):
        checks.check_deterministic(unseeded, Call(args=(0,)), where=WHERE)


def test_check_deterministic_accepts_equal_frames_with_gaps() -> None:
    import pandas as pd

    def frame(seed):
        return pd.DataFrame({"lag_1": [np.nan, 1.0, 2.0]})

    assert checks.check_deterministic(frame, Call(args=(0,)), where=WHERE).shape == (3, 1)
