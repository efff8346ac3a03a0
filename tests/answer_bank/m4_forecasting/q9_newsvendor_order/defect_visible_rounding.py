# verdict: wrong
# misconception: defect (issue 17, m4 q9): rounds np.quantile's interpolated value to whole units: with the old worked example's integer draws and fractile 0.5 the interpolation lands on a sample, so the visible check passed it; the worked example itself must now name the mistake
# feedback: newsvendor_order([8, 17, 4, 9, 11, 6, 18, 8, 7], 6, 2, 1) returned 13
# score: 0
def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    """Order quantity that minimises the expected cost of too much and too little stock."""
    margin = unit_price - unit_cost
    fractile = margin / (margin + unit_cost - salvage)
    return round(float(np.quantile(np.asarray(demand_samples, dtype=float), fractile)))
