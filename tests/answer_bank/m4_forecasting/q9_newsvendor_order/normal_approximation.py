# verdict: wrong
# misconception: assumes normal demand, mean + z_f · sd rounded to whole units, instead of the quantile of the samples (counts are skewed)
# feedback: assumed normal
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    from scipy.stats import norm
    samples = np.asarray(demand_samples, dtype=float)
    underage, overage = unit_price - unit_cost, unit_cost - salvage
    z = norm.ppf(underage / (underage + overage))
    return int(round(samples.mean() + z * samples.std(ddof=1)))
