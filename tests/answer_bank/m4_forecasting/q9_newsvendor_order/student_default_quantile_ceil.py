# verdict: wrong
# misconception: used np.quantile default (linear interpolation) and rounded UP with ceil to whole units ("round up to be safe"); gives 14 on the example, not a sample value in general
# feedback: rounded UP with ceil()
# score: 0
import numpy as np


def newsvendor_order(demand_samples, unit_price: float, unit_cost: float, salvage: float) -> int:
    cu = unit_price - unit_cost
    co = unit_cost - salvage
    return int(np.ceil(np.quantile(demand_samples, cu / (cu + co))))
