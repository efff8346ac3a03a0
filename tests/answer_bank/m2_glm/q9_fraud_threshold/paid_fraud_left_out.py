# verdict: wrong
# misconception: counts only the investigations, cost_investigation * #{p >= t}, so investigating nobody always looks cheapest
# feedback: the paid frauds are left out
# score: 0
def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    """The candidate threshold that minimises investigation costs."""
    p = np.asarray(p, dtype=float)
    costs = [cost_investigation * np.sum(p >= t) for t in candidates]
    return float(candidates[int(np.argmin(costs))])
