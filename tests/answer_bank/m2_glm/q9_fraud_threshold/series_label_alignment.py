# verdict: wrong
# misconception: passes the visible example: wraps the inputs in pd.Series and masks with fraud.where(p < t), so with Series of different indexes pandas aligns fraud and p by label and counts the wrong frauds
# feedback: pandas paired fraud and p by index label
# score: 0
import numpy as np
import pandas as pd


def choose_threshold(fraud, p, cost_investigation: float, loss_per_fraud: float, candidates) -> float:
    fraud, p = pd.Series(fraud), pd.Series(p)
    best_t, best_cost = None, np.inf
    for t in candidates:
        paid = fraud.where(p < t, 0).fillna(0).sum()
        cost = cost_investigation * (p >= t).sum() + loss_per_fraud * paid
        if cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)
