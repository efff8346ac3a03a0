# verdict: correct
# misconception: defect (issue 17, m5 q5): a hand-written fake registry in a helper module tests/fakes.py (lesson 5.4, section 3) and a fixture in tests/conftest.py; only the test file was copied for grading, so `from fakes import FakeRegistry` failed
from pathlib import Path

Path("tests/fakes.py").write_text('''class FakeRegistry:
    """Serves one model from memory, or raises `failure`; records every call."""

    def __init__(self, model=None, failure=None):
        self.model, self.failure, self.calls = model, failure, []

    def load(self, name):
        self.calls.append(name)
        if self.failure is not None:
            raise self.failure
        return self.model
''')

Path("tests/conftest.py").write_text('''import pytest


@pytest.fixture
def baseline():
    return {"name": "flat tariff", "rate": 0.07}
''')

Path("tests/test_loading.py").write_text('''import logging

import pytest
from fakes import FakeRegistry

from pricing.loading import load_or_baseline


def test_a_working_registry_gives_its_model(baseline):
    registry = FakeRegistry(model="glm v7")
    assert load_or_baseline(registry, "glm", baseline) == "glm v7"
    assert registry.calls == ["glm"]


@pytest.mark.parametrize("failure", [ConnectionError(), TimeoutError(), OSError("disk"), ValueError("corrupt")])
def test_a_failing_registry_gives_the_baseline_and_a_warning(failure, baseline, caplog):
    registry = FakeRegistry(failure=failure)
    caplog.set_level(logging.DEBUG)
    assert load_or_baseline(registry, "glm", baseline) is baseline
    assert registry.calls == ["glm"]
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert warnings[0].name == "pricing" and "glm" in warnings[0].getMessage()
''')
