"""Daily retail demand with a known truth: module 4 forecasts it and prices the stock decision.

A real sales series never tells you the distribution it was drawn from, so you cannot say how
good a forecast *could* have been, nor what the best possible order would have cost. This
generator writes the truth down. Each product's demand on day *t* is

    demand ~ NegativeBinomial(mean = mu_t, dispersion = k)      (variance mu + mu^2 / k)

    mu_t = level x (1 + growth) ** years_since_start
              x weekly[day of week] x exp(summer x cos(2 pi (day of year - 196) / 365.25))
              x calendar effect (closed, Christmas rush, New Year's Eve) x promo_lift ** promo_t

with the parameters of :data:`PRODUCTS`. Promotions are planned: a product is on promotion for
whole weeks (Monday to Sunday) drawn in advance, so ``promo`` is known on the day a forecast is
made — a legitimate feature, unlike yesterday's sales when you forecast a month ahead.

Slow movers (``batteries`` and ``kettle``) have a mean below one unit a day and a small
dispersion, so most days sell nothing: intermittent demand, on which percentage errors break.
The store is closed on 25 December and 1 January: the mean is zero, and so is the demand.

:func:`demand_quantile` and :func:`simulate_demand` give the true distribution of any rows, so a
lesson can score a forecast against ``true_mean``, check an interval's coverage against the
truth, and cost the best possible (oracle) order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd
from scipy import stats


@dataclass(frozen=True)
class Product:
    """The true demand process of one product (see the module docstring for the formula).

    Attributes
    ----------
    name : str
        Product name, the value of the ``product`` column.
    level : float
        Mean units a day on an ordinary Wednesday at the start, before seasons and promotions.
    growth : float
        Relative growth of the level per year (0.10 = +10 % a year).
    weekly : tuple of float
        Multipliers for Monday … Sunday.
    summer : float
        Amplitude of the yearly cycle on the log scale, peaking mid-July (negative: winter peak).
    promo_lift : float
        Multiplier of the mean during a promotion week.
    promo_share : float
        Probability that a given week is a promotion week.
    dispersion : float
        Negative-binomial ``k``: variance = mean + mean**2 / k (large k: close to Poisson).
    unit_cost : float
        What one unit costs the shop (EUR).
    unit_price : float
        What one unit sells for (EUR).
    """

    name: str
    level: float
    growth: float
    weekly: tuple[float, float, float, float, float, float, float]
    summer: float
    promo_lift: float
    promo_share: float
    dispersion: float
    unit_cost: float
    unit_price: float


_FOOD_WEEK: Final = (0.85, 0.9, 1.0, 0.95, 1.15, 1.45, 0.7)
_FLAT_WEEK: Final = (0.95, 0.95, 1.0, 1.0, 1.05, 1.25, 0.8)

#: The products and their true parameters: two fast food lines, a growing line with strong
#: promotions, a seasonal line, and two slow movers.
PRODUCTS: Final[tuple[Product, ...]] = (
    Product("milk", 60.0, 0.00, _FOOD_WEEK, 0.05, 1.3, 0.08, 30.0, 0.70, 1.10),
    Product("bread", 45.0, -0.03, _FOOD_WEEK, -0.05, 1.2, 0.06, 25.0, 0.90, 2.40),
    Product("coffee", 14.0, 0.15, _FLAT_WEEK, -0.10, 1.9, 0.12, 10.0, 4.50, 7.90),
    Product("charcoal", 6.0, 0.05, (0.7, 0.7, 0.8, 0.9, 1.3, 1.9, 0.6), 1.10, 1.5, 0.10, 5.0,
            3.20, 6.50),
    Product("batteries", 0.9, 0.00, _FLAT_WEEK, -0.15, 1.6, 0.05, 2.0, 2.10, 5.90),
    Product("kettle", 0.25, 0.00, _FLAT_WEEK, -0.20, 2.0, 0.04, 1.0, 14.0, 29.0),
)

#: Day of the year on which the yearly cycle peaks (15 July).
SUMMER_PEAK_DAY: Final[int] = 196
#: Calendar effects, by (month, day): the store closed, the Christmas rush, New Year's Eve.
CALENDAR_EFFECTS: Final[dict[tuple[int, int], float]] = {
    (12, 25): 0.0, (1, 1): 0.0,
    (12, 24): 1.6, (12, 23): 1.5, (12, 22): 1.35, (12, 21): 1.25, (12, 20): 1.2,
    (12, 31): 1.4,
}


def product(name: str) -> Product:
    """Return the true parameters of the product called ``name``.

    Parameters
    ----------
    name : str
        One of the names in :data:`PRODUCTS`.

    Returns
    -------
    Product
        Its parameters.
    """
    for candidate in PRODUCTS:
        if candidate.name == name:
            return candidate
    known = ", ".join(p.name for p in PRODUCTS)
    raise ValueError(f"No product called {name!r}; the generator knows {known}.")


def _promotion_weeks(rng: np.random.Generator, share: float, n_weeks: int) -> np.ndarray:
    """Draw which weeks are promotion weeks, never two in a row (a shop alternates offers)."""
    promo = rng.random(n_weeks) < share
    promo[1:] &= ~promo[:-1]
    return promo


def retail_demand(seed: int, *, n_days: int = 1096, start: str = "2023-01-02",
                  products: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Daily demand of a small shop's products, with the true mean beside each draw.

    Parameters
    ----------
    seed : int
        Seed of the random generator: the same seed gives the same promotions and demand.
    n_days : int, default 1096
        Number of days (1096 = three years, 2023-01-02 to 2026-01-01).
    start : str, default "2023-01-02"
        First day (a Monday, so weeks run Monday to Sunday).
    products : tuple of str, optional
        Names of the products to include; all of :data:`PRODUCTS` by default. The products
        draw from one random stream in this order, so a product's series depends on the
        products before it: compare series drawn with the same ``products``.

    Returns
    -------
    pandas.DataFrame
        One row per product and day, sorted by product then date, with columns
        ``date``, ``product``, ``demand`` (units), ``promo`` (0/1, planned in advance),
        ``closed`` (0/1), ``true_mean`` (the mean the demand was drawn from) and
        ``dispersion`` (the negative-binomial ``k``).

    Examples
    --------
    >>> frame = retail_demand(seed=0)
    >>> frame.groupby("product", sort=False)["demand"].mean().round(1).to_dict()["milk"]
    61.4
    """
    if n_days < 14:
        raise ValueError(f"n_days must be at least 14 (two weeks), got {n_days}.")
    first = pd.Timestamp(start)
    if first.day_of_week != 0:
        raise ValueError(f"start must be a Monday so that promotion weeks are calendar weeks; "
                         f"{start} is a {first.day_name()}.")
    chosen = PRODUCTS if products is None else tuple(product(name) for name in products)
    dates = pd.date_range(first, periods=n_days, freq="D")
    years = np.arange(n_days) / 365.25
    yearly = np.cos(2 * np.pi * (dates.day_of_year.to_numpy() - SUMMER_PEAK_DAY) / 365.25)
    calendar = np.array([CALENDAR_EFFECTS.get((d.month, d.day), 1.0) for d in dates])
    week_number = np.arange(n_days) // 7

    rng = np.random.default_rng(seed)
    frames = []
    for item in chosen:
        # Promotions first, demand second: the plan does not depend on the demand draws.
        promo = _promotion_weeks(rng, item.promo_share, int(week_number[-1]) + 1)[week_number]
        mean = (item.level * (1 + item.growth) ** years
                * np.asarray(item.weekly)[dates.day_of_week.to_numpy()]
                * np.exp(item.summer * yearly) * calendar
                * np.where(promo, item.promo_lift, 1.0))
        demand = _negative_binomial(mean, item.dispersion).rvs(random_state=rng)
        frames.append(pd.DataFrame({
            "date": dates, "product": item.name, "demand": demand.astype(np.int64),
            "promo": promo.astype(np.int8), "closed": (calendar == 0).astype(np.int8),
            "true_mean": mean, "dispersion": item.dispersion,
        }))
    return pd.concat(frames, ignore_index=True)


def _negative_binomial(mean: np.ndarray, dispersion: np.ndarray | float) -> stats.rv_discrete:
    """The frozen scipy negative binomial with this mean and ``k`` (zero mean: always zero)."""
    mean = np.asarray(mean, dtype=float)
    k = np.broadcast_to(np.asarray(dispersion, dtype=float), mean.shape)
    return stats.nbinom(k, k / (k + mean))


def demand_quantile(frame: pd.DataFrame, q: float | np.ndarray) -> np.ndarray:
    """The true ``q``-quantile of demand on each row of a :func:`retail_demand` frame.

    This is the oracle order: with underage cost ``cu`` and overage cost ``co`` per unit,
    stocking the true ``cu / (cu + co)`` quantile minimises the expected cost.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows of :func:`retail_demand` (columns ``true_mean`` and ``dispersion`` are used).
    q : float or numpy.ndarray
        Probability level(s) strictly between 0 and 1.

    Returns
    -------
    numpy.ndarray
        Whole units, one per row.
    """
    q = np.asarray(q, dtype=float)
    if np.any((q <= 0) | (q >= 1)):
        raise ValueError("q must lie strictly between 0 and 1.")
    law = _negative_binomial(frame["true_mean"].to_numpy(), frame["dispersion"].to_numpy())
    return law.ppf(q).astype(np.int64)


def simulate_demand(frame: pd.DataFrame, n_paths: int, seed: int) -> np.ndarray:
    """Draw ``n_paths`` fresh demands for every row, from the true distribution.

    Use it to cost an ordering policy by simulation: the same days, many possible futures.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows of :func:`retail_demand`.
    n_paths : int
        Number of simulated futures.
    seed : int
        Seed of the random generator.

    Returns
    -------
    numpy.ndarray
        Integer array of shape ``(n_paths, len(frame))``.
    """
    if n_paths < 1:
        raise ValueError(f"n_paths must be at least 1, got {n_paths}.")
    law = _negative_binomial(frame["true_mean"].to_numpy(), frame["dispersion"].to_numpy())
    draws = law.rvs(size=(n_paths, len(frame)), random_state=np.random.default_rng(seed))
    return draws.astype(np.int64)
