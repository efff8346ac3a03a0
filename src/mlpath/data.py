"""Data for the course: checksum-verified loaders and seeded generators with a known truth.

Real data ships in ``datasets/<name>/`` with a ``DATASET.md`` that states its origin,
licence and the sha256 of each file; :func:`verified_path` refuses a file whose
checksum differs, so a lesson never silently teaches on altered data.

Synthetic data comes from generators that take a ``seed`` and document their ground truth,
so a lesson can compare an estimate with the value it estimates.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

_SHA256_LINE = re.compile(r"`(?P<file>[\w.\-]+)`.*?\n\s*sha256 `(?P<sha>[0-9a-f]{64})`")


class DatasetError(RuntimeError):
    """A shipped data file is missing, altered, or not described in its DATASET.md."""


def datasets_dir() -> Path:
    """Return the course's ``datasets/`` folder.

    The folder is found beside the source tree (the course installs this package in
    editable mode); set ``MLPATH_DATASETS`` to use another copy.

    Returns
    -------
    Path
        The folder holding one sub-folder per data set.
    """
    override = os.environ.get("MLPATH_DATASETS")
    folder = Path(override) if override else Path(__file__).resolve().parents[2] / "datasets"
    if not folder.is_dir():
        raise DatasetError(
            f"The course data folder {folder} does not exist. Run the notebooks from a clone "
            "of the course (where datasets/ sits beside src/), or set MLPATH_DATASETS."
        )
    return folder


def expected_sha256(dataset: str, filename: str, root: Path | None = None) -> str:
    """Read the sha256 that ``datasets/<dataset>/DATASET.md`` records for ``filename``.

    Parameters
    ----------
    dataset : str
        Folder name under ``datasets/``, e.g. ``"beMTPL97"``.
    filename : str
        The data file, e.g. ``"beMTPL97.csv.gz"``.
    root : Path, optional
        The datasets folder; defaults to :func:`datasets_dir`.

    Returns
    -------
    str
        The 64 hexadecimal digits of the recorded checksum.
    """
    card = (root or datasets_dir()) / dataset / "DATASET.md"
    if not card.exists():
        raise DatasetError(f"{card} is missing: every shipped data set documents its origin, "
                           "licence and checksums there.")
    for match in _SHA256_LINE.finditer(card.read_text()):
        if match["file"] == filename:
            return match["sha"]
    raise DatasetError(f"{card} records no sha256 for {filename}. Add a line "
                       f"'sha256 `<hex>`' under the bullet that names `{filename}`.")


def verified_path(dataset: str, filename: str, root: Path | None = None) -> Path:
    """Return the path of a shipped data file after checking its sha256.

    Parameters
    ----------
    dataset, filename, root
        As in :func:`expected_sha256`.

    Returns
    -------
    Path
        The file, whose content matches the checksum in its DATASET.md.

    Raises
    ------
    DatasetError
        If the file is missing or its content differs from the recorded checksum.
    """
    root = root or datasets_dir()
    path = root / dataset / filename
    expected = expected_sha256(dataset, filename, root)
    if not path.exists():
        raise DatasetError(f"{path} is missing. Restore it with `git checkout -- {path}`.")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise DatasetError(
            f"{path} has been altered: its sha256 is {digest[:12]}…, DATASET.md records "
            f"{expected[:12]}…. Restore the original with `git checkout -- {path}`."
        )
    return path


_BEMTPL97_DTYPES: Final[dict[str, str]] = {
    "coverage": "category", "sex": "category", "fuel": "category", "use": "category",
    "fleet": "int8", "claim": "int8", "nclaims": "int16", "bm": "int16",
}


def load_bemtpl97(root: Path | None = None) -> pd.DataFrame:
    """Load the Belgian MTPL 1997 portfolio (163,212 policies), checksum verified.

    Parameters
    ----------
    root : Path, optional
        The datasets folder; defaults to :func:`datasets_dir`.

    Returns
    -------
    pandas.DataFrame
        One row per policy: ``expo`` (years), ``nclaims``, ``amount`` (EUR) and risk factors,
        with categorical columns typed as ``category``. See ``datasets/beMTPL97/DATASET.md``.
    """
    path = verified_path("beMTPL97", "beMTPL97.csv.gz", root)
    return pd.read_csv(path, dtype=_BEMTPL97_DTYPES)


def load_eu_electrical_turnover(root: Path | None = None) -> pd.Series:
    """Load the euro area's monthly electrical-equipment turnover index, checksum verified.

    Parameters
    ----------
    root : Path, optional
        The datasets folder; defaults to :func:`datasets_dir`.

    Returns
    -------
    pandas.Series
        257 monthly values (2010 = 100) from January 1995 to May 2016, named
        ``turnover_index``, indexed by the first day of each month (frequency ``MS``).
        See ``datasets/eu_electrical_turnover/DATASET.md``.
    """
    path = verified_path("eu_electrical_turnover", "eu_electrical_turnover.csv", root)
    table = pd.read_csv(path)
    index = pd.DatetimeIndex(pd.to_datetime(table["month"], format="%Y-%m"), freq="MS",
                             name="month")
    return pd.Series(table["turnover_index"].to_numpy(), index=index, name="turnover_index")


def holdout_split(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a portfolio into the course's fixed training and test sets by its ``id`` column.

    Every fifth policy (``id`` divisible by 5) is a test policy: 20 % of the portfolio,
    the same split on every machine and in every module, with no random state to pass
    around. Modules 2, 3 and 5 compare models on this same test set.

    Parameters
    ----------
    frame : pandas.DataFrame
        A portfolio with an integer ``id`` column: :func:`load_bemtpl97`'s, or
        :func:`mlpath.portfolio.synthetic_motor`'s.

    Returns
    -------
    train, test : pandas.DataFrame
        The two parts, each with a fresh index; beMTPL97 gives about 130,570 and 32,642 policies.
    """
    if "id" not in frame.columns:
        raise ValueError("holdout_split needs the portfolio's `id` column (load_bemtpl97() and "
                         "synthetic_motor() have one).")
    is_test = frame["id"] % 5 == 0
    return frame[~is_test].reset_index(drop=True), frame[is_test].reset_index(drop=True)


def bemtpl97_split(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split beMTPL97 into the course's fixed training and test sets: :func:`holdout_split`."""
    return holdout_split(frame)


#: The reference tariff's bands (Module 2 Lesson 2): band column -> (raw column, right-closed
#: edges, labels). Round numbers that keep the young-driver peak and the bonus-malus climb.
TARIFF_BANDS: Final[dict[str, tuple[str, list[int], list[str]]]] = {
    "age_band": ("ageph", [17, 25, 30, 40, 50, 60, 70, 99],
                 ["18-25", "26-30", "31-40", "41-50", "51-60", "61-70", "71+"]),
    "bm_band": ("bm", [-1, 0, 2, 6, 10, 14, 22], ["0", "1-2", "3-6", "7-10", "11-14", "15-22"]),
    "power_band": ("power", [0, 40, 50, 60, 75, 100, 300],
                   ["10-40", "41-50", "51-60", "61-75", "76-100", "101+"]),
}
#: The reference tariff's six rating factors. Not in it: sex (EU insurers may not price by it
#: since 21 December 2012, the Test-Achats ruling), use, fleet and the car's age.
TARIFF_FACTORS: Final[list[str]] = [*TARIFF_BANDS, "coverage", "fuel", "region"]
#: The reference tariff: Module 2 Lesson 2's final Poisson GLM (fitted with offset log(expo)).
TARIFF_FORMULA: Final[str] = "nclaims ~ " + " + ".join(TARIFF_FACTORS)
#: Belgium's three regions, in alphabetical order.
REGIONS: Final[list[str]] = ["Brussels", "Flanders", "Wallonia"]


def belgian_region(postcode: pd.Series) -> pd.Categorical:
    """Map Belgian postcodes to their region.

    1000-1299 are Brussels-Capital; 1300-1499 and 4000-7999 Wallonia; the rest Flanders.

    Parameters
    ----------
    postcode : pandas.Series
        Four-digit postcodes, as in beMTPL97's ``postcode`` column.

    Returns
    -------
    pandas.Categorical
        ``"Brussels"``, ``"Flanders"`` or ``"Wallonia"``, with :data:`REGIONS` as categories.
    """
    brussels = postcode < 1300
    wallonia = postcode.between(1300, 1499) | postcode.between(4000, 7999)
    return pd.Categorical(np.select([brussels, wallonia], ["Brussels", "Wallonia"], "Flanders"),
                          categories=REGIONS)


def tariff_split(policies: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The course's fixed split, with the reference tariff's factors ready for a formula.

    Adds the bands of :data:`TARIFF_BANDS` and ``region`` (:func:`belgian_region`) as
    categoricals, splits with :func:`holdout_split`, and makes each factor's most exposed
    *training* level its first category, the base level a formula's treatment coding uses
    (so each relativity compares with the most common risk, not with a rare one).

    Parameters
    ----------
    policies : pandas.DataFrame
        Policies from :func:`load_bemtpl97`.

    Returns
    -------
    train, test : pandas.DataFrame
        Copies with the six factors of :data:`TARIFF_FACTORS`; fit with :data:`TARIFF_FORMULA`.
    """
    frame = policies.copy()
    for band, (column, edges, labels) in TARIFF_BANDS.items():
        frame[band] = pd.cut(frame[column], edges, labels=labels)
    frame["region"] = belgian_region(frame["postcode"])
    for factor in ("coverage", "fuel"):
        frame[factor] = frame[factor].astype("category")
    train, test = holdout_split(frame)
    for factor in TARIFF_FACTORS:
        base = train.groupby(factor, observed=True)["expo"].sum().idxmax()
        order = [base] + [level for level in train[factor].cat.categories if level != base]
        for part in (train, test):
            part[factor] = part[factor].cat.reorder_categories(order)
    return train, test


# --------------------------------------------------------------------------------------
# Seeded generators
# --------------------------------------------------------------------------------------

#: Claim sizes are log-normal: log(size) ~ Normal(CLAIM_LOG_MEAN, CLAIM_LOG_SD).
CLAIM_LOG_MEAN: Final[float] = 7.5
CLAIM_LOG_SD: Final[float] = 1.0
#: The true mean and median claim size in euro, exp(mu + sigma^2/2) and exp(mu).
CLAIM_TRUE_MEAN: Final[float] = float(np.exp(CLAIM_LOG_MEAN + CLAIM_LOG_SD**2 / 2))
CLAIM_TRUE_MEDIAN: Final[float] = float(np.exp(CLAIM_LOG_MEAN))


def claim_sizes(n: int, seed: int) -> np.ndarray:
    """Draw ``n`` claim sizes in euro from a known log-normal distribution.

    Ground truth: ``log(size) ~ Normal(7.5, 1.0)``, so the mean is
    :data:`CLAIM_TRUE_MEAN` (≈ 2981 EUR) and the median :data:`CLAIM_TRUE_MEDIAN` (≈ 1808 EUR).

    Parameters
    ----------
    n : int
        Number of claims, at least 1.
    seed : int
        Seed of the random generator: the same seed gives the same claims.

    Returns
    -------
    numpy.ndarray
        ``n`` positive floats.

    Examples
    --------
    >>> claim_sizes(3, seed=0).round(0)
    array([2050., 1584., 3430.])
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    return rng.lognormal(CLAIM_LOG_MEAN, CLAIM_LOG_SD, size=n)


def driver_ages(n: int, seed: int, shift: float = 0.0) -> np.ndarray:
    """Draw ``n`` policyholder ages, optionally shifted to simulate drift.

    Ground truth: ``age = 18 + shift + Gamma(shape=4, scale=6)``, rounded down to whole
    years and capped at 90; with ``shift=0`` the mean age is about 41.5
    (42 before rounding down). Module 1 compares a
    reference sample with a shifted "live" one; module 5 monitors the same drift.

    Parameters
    ----------
    n : int
        Number of policyholders, at least 1.
    seed : int
        Seed of the random generator.
    shift : float, default 0.0
        Years added to every age before rounding: the size of the drift.

    Returns
    -------
    numpy.ndarray
        ``n`` integer ages.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    ages = 18 + shift + rng.gamma(shape=4.0, scale=6.0, size=n)
    return np.minimum(np.floor(ages), 90).astype(int)


@dataclass(frozen=True)
class FraudScreen:
    """The documented truth behind :func:`fraud_alerts`: a screening rule on claims.

    Attributes
    ----------
    prevalence : float
        P(fraud), the share of claims that are fraudulent.
    sensitivity : float
        P(alert | fraud).
    false_positive_rate : float
        P(alert | no fraud).
    """

    prevalence: float = 0.02
    sensitivity: float = 0.90
    false_positive_rate: float = 0.05

    def __post_init__(self) -> None:
        for name in ("prevalence", "sensitivity", "false_positive_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} is a probability and must lie in [0, 1]; got {value}.")

    @property
    def precision(self) -> float:
        """P(fraud | alert) by Bayes' rule: the share of alerts that are real fraud."""
        hit = self.prevalence * self.sensitivity
        return hit / (hit + (1 - self.prevalence) * self.false_positive_rate)


def fraud_alerts(n: int, seed: int, screen: FraudScreen = FraudScreen()) -> pd.DataFrame:
    """Simulate ``n`` claims, which are fraudulent and which the screening rule flags.

    Parameters
    ----------
    n : int
        Number of claims, at least 1.
    seed : int
        Seed of the random generator.
    screen : FraudScreen, optional
        The true prevalence, sensitivity and false-positive rate.

    Returns
    -------
    pandas.DataFrame
        Boolean columns ``fraud`` and ``alert``, one row per claim.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    fraud = rng.random(n) < screen.prevalence
    p_alert = np.where(fraud, screen.sensitivity, screen.false_positive_rate)
    return pd.DataFrame({"fraud": fraud, "alert": rng.random(n) < p_alert})


#: ICD-10 chapters of the chronic conditions in :func:`chronic_conditions`.
ICD10_CHAPTERS: Final[dict[str, str]] = {
    "E": "Endocrine (diabetes)",
    "I": "Circulatory (hypertension)",
    "J": "Respiratory (COPD, asthma)",
    "F": "Mental (depression)",
    "N": "Genitourinary (chronic kidney disease)",
}

#: Age bands and their share of the population.
_AGE_BANDS: Final[dict[str, float]] = {"18-44": 0.45, "45-64": 0.35, "65+": 0.20}
#: P(condition | age band); conditions are independent *given* the age band, so they
#: co-occur in the population only through age: the lift between two chapters is > 1.
_P_CONDITION: Final[dict[str, dict[str, float]]] = {
    "18-44": {"E": 0.03, "I": 0.08, "J": 0.07, "F": 0.10, "N": 0.01},
    "45-64": {"E": 0.12, "I": 0.35, "J": 0.10, "F": 0.12, "N": 0.05},
    "65+": {"E": 0.25, "I": 0.65, "J": 0.16, "F": 0.14, "N": 0.20},
}


def chronic_conditions(n: int, seed: int) -> pd.DataFrame:
    """Simulate ``n`` patients with chronic conditions coded by ICD-10 chapter.

    Ground truth: each patient falls in an age band (45 % 18-44, 35 % 45-64, 20 % 65+);
    given the band, each chapter in :data:`ICD10_CHAPTERS` is present independently with a
    band-specific probability. :func:`chronic_conditions_truth` gives the exact population
    probabilities that these frequencies estimate.

    Parameters
    ----------
    n : int
        Number of patients, at least 1.
    seed : int
        Seed of the random generator.

    Returns
    -------
    pandas.DataFrame
        ``age_band`` (category) and one boolean column per ICD-10 chapter letter.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}.")
    rng = np.random.default_rng(seed)
    bands = list(_AGE_BANDS)
    band = rng.choice(len(bands), size=n, p=list(_AGE_BANDS.values()))
    frame = pd.DataFrame({"age_band": pd.Categorical.from_codes(band, categories=bands)})
    for chapter in ICD10_CHAPTERS:
        p = np.array([_P_CONDITION[b][chapter] for b in bands])[band]
        frame[chapter] = rng.random(n) < p
    return frame


def chronic_conditions_truth() -> pd.DataFrame:
    """Exact population probability that a patient has both chapters ``a`` and ``b``.

    Returns
    -------
    pandas.DataFrame
        A symmetric chapter-by-chapter table: the diagonal holds P(a), off the diagonal
        P(a and b), both summed exactly over the age bands.

    Examples
    --------
    >>> truth = chronic_conditions_truth()
    >>> float(truth.loc["I", "I"].round(4))  # P(hypertension)
    0.2885
    """
    chapters = list(ICD10_CHAPTERS)
    table = pd.DataFrame(0.0, index=chapters, columns=chapters)
    for band, weight in _AGE_BANDS.items():
        p = pd.Series(_P_CONDITION[band])
        joint = np.outer(p, p)
        np.fill_diagonal(joint, p)
        table += weight * pd.DataFrame(joint, index=chapters, columns=chapters)
    return table
