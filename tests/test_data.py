"""Shipped data is verified; generators are seeded and match their documented truth."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mlpath import data


def test_bemtpl97_loads_with_documented_totals() -> None:
    frame = data.load_bemtpl97()
    assert len(frame) == 163_212
    assert int(frame["nclaims"].sum()) == 20_215
    assert frame["expo"].sum() == pytest.approx(145_216.82, abs=0.01)
    assert str(frame["coverage"].dtype) == "category"


@pytest.fixture
def datasets_copy(tmp_path: Path) -> Path:
    shutil.copytree(data.datasets_dir() / "beMTPL97", tmp_path / "beMTPL97")
    return tmp_path


def test_altered_file_is_refused_with_the_fix(datasets_copy: Path) -> None:
    path = datasets_copy / "beMTPL97" / "beMTPL97.csv.gz"
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(data.DatasetError, match=r"has been altered.*git checkout"):
        data.load_bemtpl97(root=datasets_copy)


def test_missing_file_is_named(datasets_copy: Path) -> None:
    (datasets_copy / "beMTPL97" / "beMTPL97.csv.gz").unlink()
    with pytest.raises(data.DatasetError, match="beMTPL97.csv.gz is missing"):
        data.load_bemtpl97(root=datasets_copy)


def test_missing_checksum_is_named(datasets_copy: Path) -> None:
    card = datasets_copy / "beMTPL97" / "DATASET.md"
    card.write_text(card.read_text().replace("sha256", "checksum"))
    with pytest.raises(data.DatasetError, match="records no sha256 for beMTPL97.csv.gz"):
        data.load_bemtpl97(root=datasets_copy)


def test_every_shipped_file_has_a_documented_checksum_and_licence() -> None:
    for folder in data.datasets_dir().iterdir():
        card = (folder / "DATASET.md").read_text()
        assert "Licence" in card or "License" in card, f"{folder.name}: DATASET.md states no licence"
        for file in folder.iterdir():
            if file.name not in ("DATASET.md", "COPYING"):
                assert file.stat().st_size <= 5 * 2**20, f"{file} is over 5 MB"
                data.verified_path(folder.name, file.name)


def test_generators_are_seeded() -> None:
    assert np.array_equal(data.claim_sizes(50, seed=3), data.claim_sizes(50, seed=3))
    assert not np.array_equal(data.claim_sizes(50, seed=3), data.claim_sizes(50, seed=4))
    assert data.chronic_conditions(100, seed=1).equals(data.chronic_conditions(100, seed=1))


def test_claim_sizes_match_their_truth() -> None:
    sizes = data.claim_sizes(400_000, seed=0)
    assert sizes.mean() == pytest.approx(data.CLAIM_TRUE_MEAN, rel=0.01)
    assert np.median(sizes) == pytest.approx(data.CLAIM_TRUE_MEDIAN, rel=0.01)


def test_fraud_alerts_match_bayes() -> None:
    screen = data.FraudScreen(prevalence=0.05, sensitivity=0.8, false_positive_rate=0.1)
    claims = data.fraud_alerts(400_000, seed=0, screen=screen)
    assert claims.loc[claims.alert, "fraud"].mean() == pytest.approx(screen.precision, abs=0.01)
    with pytest.raises(ValueError, match="prevalence is a probability"):
        data.FraudScreen(prevalence=1.5)


def test_chronic_conditions_match_their_exact_truth() -> None:
    patients = data.chronic_conditions(300_000, seed=0)
    truth = data.chronic_conditions_truth()
    for a in data.ICD10_CHAPTERS:
        for b in data.ICD10_CHAPTERS:
            observed = (patients[a] & patients[b]).mean()
            assert observed == pytest.approx(truth.loc[a, b], abs=0.004), (a, b)


def test_driver_age_shift_moves_the_mean() -> None:
    base, shifted = data.driver_ages(200_000, seed=0), data.driver_ages(200_000, seed=0, shift=3)
    assert shifted.mean() - base.mean() == pytest.approx(3, abs=0.05)
    assert base.min() >= 18 and base.max() <= 90


@pytest.mark.parametrize("make", [data.claim_sizes, data.driver_ages, data.chronic_conditions])
def test_generators_refuse_empty_samples(make) -> None:
    with pytest.raises(ValueError, match="n must be at least 1"):
        make(0, seed=0)


def test_bemtpl97_split_is_fixed_and_disjoint() -> None:
    frame = data.load_bemtpl97()
    train, test = data.bemtpl97_split(frame)
    assert len(train) + len(test) == len(frame)
    assert set(train["id"]).isdisjoint(test["id"])
    assert len(test) / len(frame) == pytest.approx(0.2, abs=0.001)
    with pytest.raises(ValueError, match="`id` column"):
        data.bemtpl97_split(frame.drop(columns="id"))


def test_holdout_split_works_on_the_synthetic_book_too() -> None:
    from mlpath.portfolio import synthetic_motor

    train, test = data.holdout_split(synthetic_motor(1_000, seed=0))
    assert len(test) == 200 and (test["id"] % 5 == 0).all() and not (train["id"] % 5 == 0).any()


def test_reference_tariff_factors_cover_every_policy_with_the_most_exposed_base() -> None:
    train, test = data.tariff_split(data.load_bemtpl97())
    for factor in data.TARIFF_FACTORS:
        for part in (train, test):
            assert part[factor].notna().all(), f"{factor} leaves policies outside every level"
        exposure = train.groupby(factor, observed=True)["expo"].sum()
        assert train[factor].cat.categories[0] == exposure.idxmax(), f"{factor}: base is not the most exposed level"
    assert sorted(train["region"].cat.categories) == data.REGIONS
    assert train["bm_band"].nunique() == 6 and train["power_band"].nunique() == 6


def test_belgian_regions_follow_the_postcode_ranges() -> None:
    postcodes = pd.Series([1000, 1299, 1300, 1499, 1500, 3999, 4000, 7999, 8000, 9990])
    regions = data.belgian_region(postcodes)
    assert list(regions) == ["Brussels", "Brussels", "Wallonia", "Wallonia", "Flanders", "Flanders",
                             "Wallonia", "Wallonia", "Flanders", "Flanders"]


def test_eu_turnover_loads_with_documented_values() -> None:
    series = data.load_eu_electrical_turnover()
    assert len(series) == 257
    assert series.index[0] == pd.Timestamp("1995-01-01") and series.index.freqstr == "MS"
    assert series.mean() == pytest.approx(100.57, abs=0.01)
    yearly = series.groupby(series.index.year).mean()
    assert yearly[2007] == pytest.approx(121.6, abs=0.05)
    assert yearly[2009] == pytest.approx(91.7, abs=0.05)
    assert yearly[2010] == pytest.approx(100.0, abs=0.05)


def test_the_tariff_shipped_is_the_one_lesson_2_2_builds(root) -> None:
    """Lesson 2.2 derives the bands step by step; later lessons import them from mlpath.data."""
    import ast
    import json
    lesson = json.loads((root / "notebooks" / "02_glm" / "02_reading_a_glm.ipynb").read_text())
    code = ["".join(cell["source"]) for cell in lesson["cells"] if cell["cell_type"] == "code"]
    bands = next(node.value for cell in code for node in ast.walk(ast.parse(cell))
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BANDS")
    assert ast.literal_eval(bands) == data.TARIFF_BANDS
