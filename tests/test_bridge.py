"""The bridge between the checker kernel and the student kernel (mlpath.bridge).

Values cross as data and come back equal, with their types; what the student's side sends is
never unpickled; the test cells' names are found by scope; and two real kernels talk through
the relay: calls, the student's exceptions and warnings, call-backs into the checker, changes
made to an argument, and a student kernel that tampers with its own interpreter.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import decimal
import fractions
import os
import pickle
from collections.abc import Iterator
from pathlib import Path, PurePath

import numpy as np
import pandas as pd
import pytest
from jupyter_client import KernelManager

from mlpath.bridge import codec
from mlpath.bridge.checker_side import SOCKET_VARIABLE
from mlpath.bridge.names import student_names
from mlpath.bridge.relay import Relay

Point = collections.namedtuple("Point", ["x", "y"])


def _refuse(value: object) -> None:
    """Neither side's fallback: refuse what is not data, and every handle or pickle."""
    raise codec.BridgeError(f"refused {type(value).__name__}")


def _round_trip(value: object) -> object:
    return codec.decode(codec.loads(codec.dumps(codec.encode(value, _refuse))), _refuse)


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "float": [1.5, np.nan, -2.0], "int": np.array([1, 2, 3], dtype="int32"), "bool": [True, False, True],
        "category": pd.Categorical(["b", "a", "b"], categories=["b", "a"], ordered=True),
        "nullable": pd.array([1, None, 3], dtype="Int64"), "text": ["x", None, "z"],
        "when": pd.to_datetime(["2024-01-01", "2024-06-30", None]),
        "zoned": pd.to_datetime(["2024-01-01", "2024-03-31", "2024-12-31"]).tz_localize("Europe/Brussels"),
    }, index=pd.Index([10, 20, 30], name="policy"))


@pytest.mark.parametrize("value", [
    None, True, 0, -(2**70), 1.25, float("inf"), "ünïcode", b"\x00bytes", [1, [2, 3]], (1, "a"),
    Point(1, 2.5), {("a", 1): [1], 2: None}, {1, 2}, frozenset({"x"}), 1 + 2j, range(1, 10, 3),
    slice(1, None, 2), PurePath("pricing/model.py"), fractions.Fraction(1, 3), decimal.Decimal("0.1"),
    np.float64(0.1), np.int32(-7), np.bool_(True), np.datetime64("2024-01-01"), np.float32(np.nan),
    [np.int64(1), np.int64(2)], np.arange(6.0).reshape(2, 3), np.array(["a", "bc"]),
    np.array([1, "a", None], dtype=object), np.array(["2024-01-01"], dtype="M8[D]"),
    _frame(), _frame()["category"], pd.Series([1.0, 2.0], index=["a", "b"], name="premium"),
    pd.RangeIndex(2, 10, 2, name="r"), pd.MultiIndex.from_product([["a", "b"], [1, 2]], names=["k", "n"]),
    pd.Timestamp("2024-05-01 12:00", tz="UTC"), pd.Timedelta("1 day 3 ns"), pd.NaT, pd.NA,
    dt.datetime(2024, 1, 2, 3, 4), dt.date(2024, 1, 2), dt.time(3, 4), dt.timedelta(days=2, seconds=5),
], ids=repr)
def test_data_crosses_by_value_with_its_type(value: object) -> None:
    back = _round_trip(value)
    assert type(back).__name__ == type(value).__name__  # a named tuple's class is rebuilt, by name
    if isinstance(value, pd.DataFrame):
        pd.testing.assert_frame_equal(back, value)
    elif isinstance(value, pd.Series):
        pd.testing.assert_series_equal(back, value)
    elif isinstance(value, pd.Index):
        pd.testing.assert_index_equal(back, value)
    elif isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and back.shape == value.shape and all(
            a == b for a, b in zip(back.ravel(), value.ravel()))
    elif isinstance(value, list) and value and isinstance(value[0], np.generic):
        assert back == value and all(type(a) is type(b) for a, b in zip(back, value))
    elif value is pd.NA or value is pd.NaT or value != value:  # NaN, NA, NaT: the same kind of missing
        assert back is value or back != back
    else:
        assert back == value


def test_what_is_not_data_needs_the_sides_own_fallback() -> None:
    class Model:
        pass

    with pytest.raises(codec.BridgeError):
        codec.encode(Model(), _refuse)
    assert codec.encode([Model()], lambda v: {codec.TAG: "handle", "id": 1})[0] == {codec.TAG: "handle", "id": 1}


@pytest.mark.parametrize("tree", [
    {codec.TAG: "pickle", "b64": base64.b64encode(pickle.dumps(print)).decode()},
    {codec.TAG: "no-such-kind"},
    {codec.TAG: "ndarray", "npy": "not base64!"},
    {codec.TAG: "npscalar", "dtype": "O", "v": 1},
    {codec.TAG: "dict", "k": [1, 2], "v": [1]},
], ids=["pickle", "unknown", "bad-npy", "object-scalar", "uneven-dict"])
def test_the_checker_refuses_anything_but_data(tree: dict) -> None:
    with pytest.raises(codec.BridgeError):
        codec.decode(tree, _refuse)


def test_an_object_array_is_never_unpickled() -> None:
    import io
    buffer = io.BytesIO()
    np.save(buffer, np.array([print], dtype=object), allow_pickle=True)
    with pytest.raises(codec.BridgeError):
        codec.decode({codec.TAG: "ndarray", "npy": base64.b64encode(buffer.getvalue()).decode()}, _refuse)


def test_nesting_is_bounded_both_ways() -> None:
    deep: list = []
    for _ in range(codec.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(codec.BridgeError):
        codec.encode(deep, _refuse)
    with pytest.raises(codec.BridgeError):
        codec.decode(codec.loads("[" * 100 + "]" * 100), _refuse)


def test_the_names_test_cells_take_from_the_student() -> None:
    setup = "import numpy as np\nTRAIN = np.arange(3)\n%matplotlib inline\n"
    tests = ("import mlpath.checks as checks\n"
             "def _helper(psi, x):\n    return psi(x) + standard_error(x)\n"
             "checks.require(_helper(lift, TRAIN) > 0, 'msg', where='')\n"
             "print(len(TRAIN), [mean_ci(v) for v in TRAIN])\n")
    assert student_names([setup, tests]) == ["lift", "mean_ci", "standard_error"]


# -- two real kernels ---------------------------------------------------------------------


def _run(client, code: str) -> str:
    printed: list[str] = []

    def keep(msg: dict) -> None:
        content = msg["content"]
        if msg["msg_type"] == "stream":
            printed.append(content["text"])
        elif msg["msg_type"] == "error":
            printed.append(f"{content['ename']}: {content['evalue']}")
        elif msg["msg_type"] == "execute_result":
            printed.append(content["data"]["text/plain"])

    client.execute_interactive(code, output_hook=keep, timeout=60)
    return "".join(printed)


@pytest.fixture(scope="module")
def kernels(tmp_path_factory) -> Iterator[tuple[object, object]]:
    """A student kernel and a checker kernel joined by a relay (no sandbox: the bridge alone)."""
    folder = tmp_path_factory.mktemp("bridge")
    student = KernelManager(kernel_name="python3")
    student.start_kernel(cwd=str(folder))
    student_client = student.client()
    student_client.start_channels()
    student_client.wait_for_ready(timeout=60)
    relay = Relay(student.get_connection_info(), folder / "bridge.sock")
    checker = KernelManager(kernel_name="python3")
    checker.start_kernel(cwd=str(folder), env={**os.environ, SOCKET_VARIABLE: str(relay.path)})
    checker_client = checker.client()
    checker_client.start_channels()
    checker_client.wait_for_ready(timeout=60)
    _run(student_client, Path(__file__).with_name("bridge_student.py").read_text())
    _run(checker_client, "import numpy as np, pandas as pd, warnings\n"
                         "import mlpath.bridge.checker_side as bridge")
    yield student_client, checker_client
    for client, manager in ((checker_client, checker), (student_client, student)):
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    relay.close()


def _check(kernels: tuple, code: str) -> str:
    """Run ``code`` in the checker kernel after binding the student's names it uses."""
    _, checker = kernels
    names = student_names([code])
    return _run(checker, f"bridge.bind(globals(), {names!r})\n{code}")


def test_a_student_function_is_called_in_the_student_kernel(kernels) -> None:
    assert _check(kernels, "print(type(double).__name__, double.__name__, double([1, 2]).tolist())") == \
        "RemoteCallable double [2, 4]\n"
    assert _check(kernels, "print(whoami())").strip() != str(os.getpid())


def test_values_and_objects_of_the_notebook(kernels) -> None:
    out = _check(kernels, "print(type(BOOK).__name__, BOOK.shape, type(model).__name__, model.predict([1, 2, 3]))")
    assert out == "DataFrame (2, 2) RemoteObject [0.5 0.5 0.5]\n"
    assert _check(kernels, "print('undefined' in globals())") == "False\n"


def test_the_students_exceptions_and_warnings_keep_their_kind(kernels) -> None:
    out = _check(kernels, (
        "try:\n    validate(-1)\nexcept ValueError as error:\n"
        "    print(type(error).__name__, error, isinstance(error, PolicyError))\n"
        "try:\n    unfinished()\nexcept NotImplementedError:\n    print('not written yet')\n"
        "with warnings.catch_warnings(record=True) as seen:\n    warnings.simplefilter('always')\n"
        "    noisy()\nprint([(w.category.__name__, str(w.message)) for w in seen])\n"))
    assert out.splitlines() == ["PolicyError exposure must be positive: -1 True", "not written yet",
                                "printed by the student", "[('UserWarning', 'careful')]"]


def test_the_student_calls_back_into_the_checker(kernels) -> None:
    out = _check(kernels, ("seen = []\n"
                           "def spy(history, horizon):\n    seen.append(len(history))\n"
                           "    return np.full(horizon, float(np.mean(history)))\n"
                           "print(backtest(spy, [1.0, 2.0, 3.0, 4.0]), seen)\n"))
    assert out == "[[1.5, 1.5], [2.0, 2.0]] [2, 3]\n"


def test_an_argument_changed_in_place_is_changed_here_too(kernels) -> None:
    out = _check(kernels, "frame = pd.DataFrame({'a': [1, 2]})\nadds_column(frame)\nprint(list(frame.columns))\n")
    assert out == "['a', 'added']\n"


def test_the_students_tampering_stays_in_the_student_kernel(kernels) -> None:
    student, _ = kernels
    _run(student, "import importlib, sys, mlpath.checks\nimportlib.reload = lambda m: m\n"
                  "mlpath.checks.check_call = lambda *a, **k: None\nsys.modules['numpy'] = None\n")
    out = _check(kernels, ("import importlib, mlpath.checks\nchecks = importlib.reload(mlpath.checks)\n"
                           "try:\n    checks.check_call(double, checks.Call(args=([1],), expected=[3]), where='here')\n"
                           "except AssertionError:\n    print('caught')\n"))
    assert out == "caught\n"
    _run(student, "del sys.modules['numpy']\nimport numpy\n")


def test_an_endless_call_is_interrupted_and_the_bridge_goes_on(kernels) -> None:
    student, checker = kernels
    out = _run_with_timeout(checker, "bridge.bind(globals(), ['endless', 'double'])\nendless()", seconds=2)
    assert "KeyboardInterrupt" in out
    assert _check(kernels, "print(double([1]).tolist())") == "[2]\n"
    assert _run(student, "print('the student kernel is free')") == "the student kernel is free\n"


def test_a_call_that_ignores_the_interrupt_is_abandoned(kernels) -> None:
    student, checker = kernels
    out = _run_with_timeout(checker, "bridge.bind(globals(), ['stubborn'])\nstubborn(8)", seconds=1)
    assert "KeyboardInterrupt" in out
    # The student kernel finishes the call on its own, then ends the abandoned loop and is free.
    assert _run(student, "print('free again')") == "free again\n"
    assert _check(kernels, "print(double([2]).tolist())") == "[4]\n"


def _run_with_timeout(client, code: str, seconds: float) -> str:
    """Run ``code``, interrupting the kernel (as nbclient does at a cell's time limit) after ``seconds``."""
    import threading

    manager_interrupt = threading.Timer(seconds, lambda: client.session.send(
        client.control_channel.socket, client.session.msg("interrupt_request", {})))
    manager_interrupt.start()
    try:
        return _run(client, code)
    finally:
        manager_interrupt.cancel()


def test_an_answer_too_large_is_refused_with_a_reason(kernels, monkeypatch) -> None:
    from mlpath.bridge import relay

    monkeypatch.setattr(relay, "MAX_REPLY_CHARS", 10_000)
    out = _check(kernels, "try:\n    double(np.arange(5000))\nexcept RuntimeError as error:\n    print(error)\n")
    assert out == "the answer is larger than the grader accepts (0.01 MB as data)\n"
    assert _check(kernels, "print(double([3]).tolist())") == "[6]\n"
