"""Proof of every graded exercise, with nbgrader itself (generate -> autograde).

For each assignment in source/: release/ is exactly what nbgrader generates; the reference
solution scores full marks; the untouched release scores zero and the grader finishes; every
answer in the bank scores what it must (wrong answers lose the exercise's points and get
feedback naming the mistake, alternative correct answers keep them); the statements announce
the points the tests award.

The bank is graded in shards, one nbgrader class per shard, so pytest-xdist can spread the
work over the cores while each shard still pays nbgrader's start-up only once; within a
shard, answers to different exercises share a submission (each bank answer is a whole,
self-contained answer cell), and any answer whose verdict is missed there is graded again
alone before it is reported.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from mlpath.answer_bank import BankAnswer, load_bank
from mlpath.assignments import (Exercise, cells_by_id, exercise_key, read_exercises, solution_answers,
                                with_answers)
from mlpath.grading import Course

from conftest import ASSIGNMENTS, BANKS, ROOT

#: Exercises that build on others' answers (the capstone's CLI runs its model, persistence and
#: validator): their bank answers are graded with the reference solution in those exercises.
BUILDS_ON = {"m6_capstone": {"q2": ["q1"], "q4": ["q1", "q2", "q3"]}}


def _graded_course(tmp: Path, assignment: str, students: dict[str, nbformat.NotebookNode],
                   check_release: bool = False) -> Course:
    """Generate ``assignment`` in a fresh course, submit ``students`` and autograde them all.

    With ``check_release``, first prove that release/ is exactly what was generated.
    """
    course = Course.create(tmp / "course")
    course.add_source(assignment, ROOT / "source" / assignment)
    generated = course.generate(assignment)
    if check_release:
        _require_release_is(generated, ROOT / "release" / assignment)
    for student, notebook in students.items():
        course.submit(student, assignment, notebook)
    run = course.autograde(assignment)
    traceback = run.stdout.find("Traceback")  # the first traceback says what went wrong, the tail for whom
    assert run.returncode == 0, f"nbgrader autograde failed:\n{run.stdout[traceback:traceback + 4000]}\n…\n{run.stdout[-2000:]}"
    return course


def _notebooks(assignment: str) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    source = nbformat.read(ROOT / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    release = nbformat.read(ROOT / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    return source, release


def _test_output(notebook: nbformat.NotebookNode, exercise: Exercise) -> str:
    """Everything the grader's run printed in an exercise's test cells."""
    text = []
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in exercise.test_points:
            for output in cell.get("outputs", []):
                text += [output.get("text", ""), output.get("evalue", "")]
    return "\n".join(text)


def _require_release_is(generated: Path, committed: Path) -> None:
    """release/ must be exactly what nbgrader generates from source/ (run `make release` after editing)."""
    names = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file())
    for name in names:
        if name.suffix == ".ipynb":
            same = json.loads((generated / name).read_text()) == json.loads((committed / name).read_text())
        else:
            same = (generated / name).read_bytes() == (committed / name).read_bytes()
        assert same, f"{committed}/{name} differs from what nbgrader generates: run `make release`"


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_is_generated_solution_full_marks_blank_zero(assignment: str, tmp_path: Path) -> None:
    """One nbgrader course per assignment proves three things: release/ is what nbgrader generates
    from source/, the reference solution scores full marks, the untouched release zero."""
    source, release = _notebooks(assignment)
    course = _graded_course(tmp_path, assignment, {
        "solution": with_answers(release, solution_answers(source)),
        "blank": release,
    }, check_release=True)
    exercises = read_exercises(source)
    solution, blank = course.results(assignment, ["solution", "blank"])
    auto_max = sum(sum(e.test_points.values()) for e in exercises.values())
    assert solution.score == auto_max, f"solution scored {solution.score}/{auto_max}: {solution.cell_scores}"
    manual = [e.answer_id for e in exercises.values() if e.manual]
    assert [g for g, s in solution.cell_scores.items() if s is None] == manual
    assert blank.score == 0 and blank.status == "graded", blank
    assert solution.max_score == blank.max_score == sum(e.points for e in exercises.values())


def _independent(a: BankAnswer, b: BankAnswer, needs: dict[str, list[str]]) -> bool:
    """Whether two answers can share a submission: different exercises, neither built on the other."""
    ea, eb = exercise_key(a.answer_id), exercise_key(b.answer_id)
    return ea != eb and eb not in needs.get(ea or "", []) and ea not in needs.get(eb or "", [])


def _packed(assignment: str) -> list[list[BankAnswer]]:
    """The bank's answers, grouped into the submissions that carry them.

    Answers to independent exercises share a submission, each scored on its own exercise, so a
    class of a couple of dozen notebooks replaces one of a hundred. An answer never shares with
    one to an exercise it builds on (or that builds on it): that exercise holds the reference
    solution instead. First fit, one exercise after another, in the bank's order.
    """
    needs = BUILDS_ON.get(assignment, {})
    groups: list[list[BankAnswer]] = []
    for answer in load_bank(BANKS / assignment):
        group = next((g for g in groups if all(_independent(answer, other, needs) for other in g)), None)
        if group is None:
            groups.append([answer])
        else:
            group.append(answer)
    return groups


#: Submissions per shard: each shard pays nbgrader's start-up and generation once (~15 s), and
#: smaller shards let pytest-xdist finish the suite evenly on two cores.
SUBMISSIONS_PER_SHARD = 10


def _shard_count(submissions: int) -> int:
    return max(1, -(-submissions // SUBMISSIONS_PER_SHARD))


def _bank_shards() -> list[tuple[str, int]]:
    return [(a, i) for a in ASSIGNMENTS if (BANKS / a).is_dir() for i in range(_shard_count(len(_packed(a))))]


def _submissions(assignment: str, shard: int) -> list[list[BankAnswer]]:
    """One shard's submissions: every n-th of :func:`_packed`, so shards cost about the same."""
    packed = _packed(assignment)
    return packed[shard::_shard_count(len(packed))]


def _bank_failures(tmp: Path, assignment: str, submissions: list[list[BankAnswer]]) -> dict[str, str]:
    """Grade the submissions with nbgrader; return what went wrong, by answer label."""
    source, release = _notebooks(assignment)
    exercises = read_exercises(source)
    solutions = solution_answers(source)
    needs = BUILDS_ON.get(assignment, {})

    def cells(answers: list[BankAnswer]) -> dict[str, str]:
        built_on = {g: s for g, s in solutions.items() for a in answers
                    if exercise_key(g) in needs.get(exercise_key(a.answer_id) or "", [])}
        return {**built_on, **{a.answer_id: a.source for a in answers}}

    students = {f"bank{i:03d}": with_answers(release, cells(answers)) for i, answers in enumerate(submissions)}
    course = _graded_course(tmp, assignment, students)
    failures = {}
    for (student, _), answers, result in zip(students.items(), submissions,
                                             course.results(assignment, students), strict=True):
        for answer in answers:
            exercise = exercises[exercise_key(answer.answer_id)]
            score = sum(result.cell_scores[g] or 0.0 for g in exercise.test_points)
            expected = sum(exercise.test_points.values()) if answer.verdict == "correct" else answer.score
            if score != expected:
                failures[answer.label] = (f"{answer.label}: scored {score}, expected {expected} "
                                          f"({answer.misconception or answer.verdict})")
            elif answer.verdict == "wrong":
                output = _test_output(course.autograded_notebook(student, assignment), exercise)
                if answer.feedback.lower() not in output.lower():
                    failures[answer.label] = (f"{answer.label}: feedback does not mention {answer.feedback!r}; "
                                              f"it says:\n{output.strip()[-800:]}")
    return failures


@pytest.mark.slow
@pytest.mark.parametrize(("assignment", "shard"), _bank_shards())
def test_answer_bank(assignment: str, shard: int, tmp_path: Path) -> None:
    submissions = _submissions(assignment, shard)
    failures = _bank_failures(tmp_path / "packed", assignment, submissions)
    # A verdict missed in a shared submission is judged again with the answer alone, so an
    # answer is only ever reported on its own merits.
    shared = [[a] for answers in submissions if len(answers) > 1 for a in answers if a.label in failures]
    if shared:
        alone = _bank_failures(tmp_path / "alone", assignment, shared)
        failures = {label: alone.get(label, "") if any(label == s[0].label for s in shared) else why
                    for label, why in failures.items()}
    assert not any(failures.values()), "\n".join(why for why in failures.values() if why)


#: What a bank needs per auto-graded exercise to measure fairness (COURSE_DESIGN §6).
MIN_WRONG, MIN_CORRECT = 4, 3


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_bank_covers_every_exercise(assignment: str) -> None:
    """Each exercise's bank holds the wrong answers and the alternative correct answers that
    make its grading fair: the answer hard-coded to the worked example and one that passes the
    visible example but is wrong elsewhere (the two the visible checks cannot catch alone)."""
    source, _ = _notebooks(assignment)
    bank = load_bank(BANKS / assignment)
    short = []
    for exercise in read_exercises(source).values():
        if exercise.manual:
            continue
        answers = [a for a in bank if a.answer_id == exercise.answer_id]
        wrong = [a for a in answers if a.verdict == "wrong"]
        correct = [a for a in answers if a.verdict == "correct"]
        if len(wrong) < MIN_WRONG:
            short.append(f"{exercise.answer_id}: {len(wrong)} wrong answers, need {MIN_WRONG}")
        if not any("hard-coded" in a.misconception for a in wrong):
            short.append(f"{exercise.answer_id}: no wrong answer hard-coded to the worked example")
        if not any("passes the visible example" in a.misconception for a in wrong):
            short.append(f"{exercise.answer_id}: no wrong answer that passes the visible example")
        if len(correct) < MIN_CORRECT:
            short.append(f"{exercise.answer_id}: {len(correct)} alternative correct answers, need {MIN_CORRECT}")
    assert not short, "\n".join(short)
    known = {e.answer_id for e in read_exercises(source).values()}
    assert {a.answer_id for a in bank} <= known, "bank folders that name no answer cell"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_statements_announce_the_points_awarded(assignment: str) -> None:
    source, _ = _notebooks(assignment)
    exercises = read_exercises(source)
    for exercise in exercises.values():
        assert exercise.stated_points == exercise.points, (
            f"{exercise.key}: the statement says {exercise.stated_points} points, the cells award {exercise.points}")
    intro = source.cells[0].source
    total = sum(e.points for e in exercises.values())
    assert f"**{total:g} points**" in intro, f"the introduction should announce **{total:g} points**"


_HINT = re.compile(r"<details>\s*<summary>\s*Hint (\d)\s*</summary>(.*?)</details>", re.S)
#: The heading of the statement's contract: what the tests hold the answer to.
CONTRACT = "**What the tests check**"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_statements_are_contracts_with_a_hint_ladder(assignment: str) -> None:
    """Every auto-graded statement says what the tests check; every graded exercise has two or
    three collapsible hints, numbered from the most general, none quoting the solution."""
    source, _ = _notebooks(assignment)
    cells = cells_by_id(source)
    solutions = solution_answers(source)
    problems = []
    for exercise in read_exercises(source).values():
        statement = cells[f"{exercise.key}_statement"].source
        if not exercise.manual and CONTRACT not in statement:
            problems.append(f"{exercise.key}: the statement has no '{CONTRACT}' list")
        hints = _HINT.findall(statement)
        if not 2 <= len(hints) <= 3 or [int(n) for n, _ in hints] != list(range(1, len(hints) + 1)):
            problems.append(f"{exercise.key}: {len(hints)} hints numbered {[n for n, _ in hints]}; "
                            "need 2 or 3, as <details><summary>Hint 1</summary>…</details>, Hint 2, …")
        code = {line.strip() for line in solutions.get(exercise.answer_id, "").splitlines()
                if len(line.strip()) >= 25 and not line.strip().startswith(("#", '"', "def "))}
        quoted = [line for _, text in hints for line in code if line in text]
        if quoted:
            problems.append(f"{exercise.key}: a hint quotes the solution: {quoted[0]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_notebooks_are_clean(assignment: str) -> None:
    source, _ = _notebooks(assignment)
    for cell in source.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "clear outputs before committing"
    assert source.metadata["kernelspec"]["name"] == "python3"
