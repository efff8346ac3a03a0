"""The retail-demand generator is seeded and its documented truth is the one it draws from."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from mlpath import demand


@pytest.fixture(scope="module")
def shop() -> pd.DataFrame:
    return demand.retail_demand(seed=3)


def test_same_seed_same_data_other_seed_other_data(shop: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(shop, demand.retail_demand(seed=3))
    assert not shop["demand"].equals(demand.retail_demand(seed=4)["demand"])


def test_demand_averages_its_true_mean(shop: pd.DataFrame) -> None:
    by_product = shop.groupby("product")[["demand", "true_mean"]].sum()
    ratio = by_product["demand"] / by_product["true_mean"]
    assert ratio.between(0.95, 1.05).all(), ratio


def test_true_quantiles_cover_what_they_claim(shop: pd.DataFrame) -> None:
    open_days = shop[shop["closed"] == 0]
    k = open_days["dispersion"].to_numpy()
    law = stats.nbinom(k, k / (k + open_days["true_mean"].to_numpy()))
    for q in (0.1, 0.5, 0.9):
        quantile = demand.demand_quantile(open_days, q)
        # Counts are discrete, so P(D <= Q(q)) is at least q, by as much as the law says.
        promised = law.cdf(quantile)
        assert (promised >= q).all()
        share_below = (open_days["demand"] <= quantile).mean()
        assert share_below == pytest.approx(promised.mean(), abs=0.015), q


def test_closed_days_sell_nothing(shop: pd.DataFrame) -> None:
    closed = shop[shop["closed"] == 1]
    assert set(closed["date"].dt.strftime("%m-%d")) == {"12-25", "01-01"}
    assert closed["demand"].sum() == 0 and (demand.demand_quantile(closed, 0.99) == 0).all()


def test_promotions_are_whole_weeks_never_back_to_back(shop: pd.DataFrame) -> None:
    for _, rows in shop.groupby("product"):
        weekly = rows.groupby(np.arange(len(rows)) // 7)["promo"]
        assert (weekly.nunique() == 1).all()
        flags = weekly.first().to_numpy()
        assert flags.any() and not (flags[1:] & flags[:-1]).any()


def test_slow_movers_are_intermittent(shop: pd.DataFrame) -> None:
    zero_share = shop.assign(zero=shop["demand"] == 0).groupby("product")["zero"].mean()
    assert zero_share["kettle"] > 0.6 and zero_share["batteries"] > 0.3
    assert zero_share["milk"] < 0.02


def test_promotion_lifts_demand_by_its_documented_factor(shop: pd.DataFrame) -> None:
    coffee = shop[(shop["product"] == "coffee") & (shop["closed"] == 0)]
    calendar = [demand.CALENDAR_EFFECTS.get((d.month, d.day), 1.0) for d in coffee["date"]]
    lift = np.where(coffee["promo"] == 1, demand.product("coffee").promo_lift, 1.0)
    base = coffee["true_mean"] / lift / calendar
    weeks = coffee["date"].dt.day_of_week
    # Without the lift, the mean is smooth: the same weekday a week later differs by < 5 %.
    same_day_next_week = base.groupby(weeks).pct_change().dropna().abs()
    assert same_day_next_week.quantile(0.99) < 0.05


def test_simulated_futures_follow_the_truth(shop: pd.DataFrame) -> None:
    days = shop[shop["product"] == "bread"].head(60)
    paths = demand.simulate_demand(days, n_paths=4000, seed=1)
    assert paths.shape == (4000, 60)
    assert np.abs(paths.mean(axis=0) / days["true_mean"].to_numpy() - 1).max() < 0.05
    np.testing.assert_array_equal(paths, demand.simulate_demand(days, n_paths=4000, seed=1))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": "2023-01-03"}, "Monday"),
    ({"n_days": 5}, "at least 14"),
    ({"products": ("milk", "caviar")}, "No product called 'caviar'"),
])
def test_bad_arguments_are_named(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        demand.retail_demand(seed=0, **kwargs)
