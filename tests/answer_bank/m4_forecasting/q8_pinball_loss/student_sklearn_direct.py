# verdict: correct
# misconception: none — returns scikit-learn's mean_pinball_loss directly (another library; the tests check the value only)
import numpy as np
from sklearn.metrics import mean_pinball_loss


def pinball_loss(y, q_pred, alpha: float) -> float:
    return float(mean_pinball_loss(np.asarray(y), np.asarray(q_pred), alpha=alpha))
