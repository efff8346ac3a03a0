# verdict: correct
# misconception: defect (issue 17, m5 q3): a helper module tests/shop.py (a frame builder and a slow oracle) imported by the test file with `from shop import ...`, as lesson 5.4 does with tests/fakes.py; only the test file was copied for grading, so the import failed
from pathlib import Path

Path("tests/shop.py").write_text('''"""Test helpers: a small shop and a slow, obviously right oracle for its lags."""
import pandas as pd


def make_shop(days=5, products=("bread", "jam")):
    dates = pd.date_range("2024-05-01", periods=days)
    rows = [{"date": d, "product": p, "demand": 10 * i + j}
            for i, p in enumerate(products) for j, d in enumerate(dates)]
    return pd.DataFrame(rows)


def lag_by_lookup(sales, k):
    demand = {(row.product, row.date): row.demand for row in sales.itertuples()}
    return [float(demand.get((row.product, row.date - pd.Timedelta(days=k)), float("nan")))
            for row in sales.itertuples()]
''')

Path("tests/test_lags.py").write_text('''import numpy as np
import pytest
from shop import lag_by_lookup, make_shop

from pricing.lags import add_lags


@pytest.mark.parametrize("k", [1, 2, 3])
def test_every_lag_is_the_same_product_k_days_earlier(k):
    sales = make_shop()
    np.testing.assert_allclose(add_lags(sales, [k])[f"lag_{k}"], lag_by_lookup(sales, k))


def test_rows_in_any_order():
    sales = make_shop().sample(frac=1, random_state=3)
    np.testing.assert_allclose(add_lags(sales, [1])["lag_1"], lag_by_lookup(sales, 1))


def test_lag_zero_is_refused():
    with pytest.raises(ValueError):
        add_lags(make_shop(), [0])


def test_the_callers_frame_is_left_alone():
    sales = make_shop()
    add_lags(sales, [1])
    assert "lag_1" not in sales.columns
''')
