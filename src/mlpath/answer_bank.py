"""The answer bank: answers students really write, each with the verdict it must get.

Layout: ``tests/answer_bank/<assignment>/<answer grade_id>/<name>.py``. Each file holds the
whole content of one answer cell, preceded by a header of ``# key: value`` lines::

    # verdict: wrong
    # misconception: base-rate neglect, returns the sensitivity
    # feedback: base-rate neglect
    # score: 0
    def p_fraud_given_alert(prevalence, sensitivity, false_positive_rate):
        return sensitivity

``verdict`` is ``wrong`` or ``correct``. A wrong answer must score ``score`` points on its
exercise (default 0) and the exercise's test output must contain ``feedback`` (case
insensitive); a correct answer must keep every point. The same bank builds the demo class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

_HEADER = re.compile(r"^# (verdict|misconception|feedback|score): ?(.*)$")


@dataclass(frozen=True)
class BankAnswer:
    """One answer of the bank.

    Attributes
    ----------
    answer_id : str
        ``grade_id`` of the answer cell it fills.
    name : str
        The file's stem, e.g. ``"base_rate_neglect"``.
    verdict : {"wrong", "correct"}
        Whether it must lose or keep the exercise's points.
    misconception : str
        One line saying what the answer does.
    feedback : str
        Text the grader's feedback must contain (wrong answers).
    score : float or None
        Points it must score on its exercise; None means "all of them" (correct answers).
    source : str
        The cell's content, header removed.
    path : Path
        Where it is stored.
    """

    answer_id: str
    name: str
    verdict: Literal["wrong", "correct"]
    misconception: str
    feedback: str
    score: float | None
    source: str
    path: Path

    @property
    def label(self) -> str:
        """A short unique name, e.g. ``q7_bayes_fraud/base_rate_neglect``."""
        return f"{self.answer_id}/{self.name}"


def parse_answer(path: Path, answer_id: str) -> BankAnswer:
    """Read one bank file.

    Parameters
    ----------
    path : Path
        The ``.py`` file.
    answer_id : str
        The answer cell it fills (its folder name).

    Returns
    -------
    BankAnswer

    Raises
    ------
    ValueError
        If the header lacks a verdict, or a wrong answer lacks its feedback.
    """
    header: dict[str, str] = {}
    lines = path.read_text().splitlines()
    body_start = 0
    for body_start, line in enumerate(lines):
        match = _HEADER.match(line)
        if not match:
            break
        header[match.group(1)] = match.group(2).strip()
    verdict = header.get("verdict")
    if verdict not in ("wrong", "correct"):
        raise ValueError(f"{path}: the header needs '# verdict: wrong' or '# verdict: correct'.")
    if verdict == "wrong" and not header.get("feedback"):
        raise ValueError(f"{path}: a wrong answer needs '# feedback: <text the grader must show>'.")
    score = float(header.get("score", 0)) if verdict == "wrong" else None
    return BankAnswer(answer_id=answer_id, name=path.stem, verdict=verdict,  # type: ignore[arg-type]
                      misconception=header.get("misconception", ""), feedback=header.get("feedback", ""),
                      score=score, source="\n".join(lines[body_start:]).strip() + "\n", path=path)


def load_bank(folder: Path) -> list[BankAnswer]:
    """Load every answer of one assignment's bank, sorted by answer cell and name.

    Parameters
    ----------
    folder : Path
        ``tests/answer_bank/<assignment>``.

    Returns
    -------
    list of BankAnswer
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"No answer bank at {folder}.")
    return [parse_answer(path, path.parent.name) for path in sorted(folder.glob("*/*.py"))]
