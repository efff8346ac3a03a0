# verdict: correct
# misconception: sums the short and left-over units over the whole matrix with np.clip, then divides by the number of paths
def expected_cost(orders, demand_paths, unit_price: float, unit_cost: float, salvage: float) -> float:
    """Expected total cost of ordering ``orders`` over the days, by simulation."""
    orders, paths = np.asarray(orders, dtype=float), np.asarray(demand_paths, dtype=float)
    short = np.clip(paths - orders, 0, None).sum()
    left = np.clip(orders - paths, 0, None).sum()
    return float(((unit_price - unit_cost) * short + (unit_cost - salvage) * left) / paths.shape[0])
