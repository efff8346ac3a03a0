# verdict: wrong
# misconception: passes the visible example: investigates claims with p > t (strict), so a claim with p exactly equal to t is paid, not investigated
# feedback: a claim with p equal to t is investigated
# score: 0
import numpy as np


def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    fraud = np.asarray(fraud, dtype=float)
    p = np.asarray(p, dtype=float)
    costs = [cost_investigation * np.sum(p > t) + loss_per_fraud * np.sum(fraud * (p <= t)) for t in candidates]
    return float(np.asarray(candidates)[np.argmin(costs)])
