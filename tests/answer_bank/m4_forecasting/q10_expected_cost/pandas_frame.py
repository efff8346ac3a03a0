# verdict: correct
# misconception: pandas: one DataFrame row per path, one column per day, the orders subtracted column by column
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    paths = pd.DataFrame(np.asarray(demand_paths, dtype=float))
    gap = paths.sub(np.asarray(orders, dtype=float), axis="columns")
    daily = (unit_price - unit_cost) * gap.clip(lower=0) + (unit_cost - salvage) * (-gap).clip(lower=0)
    return float(daily.sum(axis=1).mean())
