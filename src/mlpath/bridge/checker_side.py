"""The checker kernel's end of the bridge: the student's names as values and proxies.

Before each test cell the grader runs ``bind(globals(), [names])`` in the checker kernel: each
name the test cells take from the student's notebook is bound to its value when it is data,
and to a :class:`RemoteObject` when it is not (a function, a fitted model, a class). Calling a
proxy calls the object in the student kernel, with the arguments encoded as data; what comes
back is decoded as data (:mod:`mlpath.bridge.codec`), never unpickled. An exception the student's
code raised is raised here again under the same name, deriving from the same built-in class,
so ``except ValueError`` and the checks' "not written yet" still work; its warnings are issued
here again, under the checks' own filters, and what it printed is printed here.
"""

from __future__ import annotations

import base64
import builtins
import contextlib
import importlib
import os
import pickle
import select
import socket
import struct
import sys
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mlpath.bridge import codec
from mlpath.bridge.student_side import CALLBACK_PROMPT, exception_bases
from mlpath.limited_kernel import CHECKER_VARIABLE

#: Environment variable naming the relay's socket (it also makes the kernel a checker).
SOCKET_VARIABLE = CHECKER_VARIABLE
#: Seconds an interrupted call is given to stop before the cell's error is reported.
STOP_SECONDS = 5.0
#: The answer to a call-back made while the checker is being interrupted.
_INTERRUPTED = codec.dumps({"raise": {"name": "KeyboardInterrupt", "bases": ["KeyboardInterrupt"], "message": ""}})

_bridge: Bridge | None = None


def send_message(connection: socket.socket, message: dict) -> None:
    """Send one message: its length (8 bytes), then its JSON."""
    data = codec.dumps(message).encode()
    connection.sendall(struct.pack(">Q", len(data)) + data)


def receive_message(connection: socket.socket) -> dict | None:
    """Receive one message, or ``None`` when the other end has closed."""
    header = _receive_exactly(connection, 8)
    if header is None:
        return None
    data = _receive_exactly(connection, struct.unpack(">Q", header)[0])
    return None if data is None else codec.loads(data.decode())


def _receive_exactly(connection: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = connection.recv(min(left, 2**20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class RemoteObject:
    """An object that lives in the student kernel, reached through the bridge."""

    def __init__(self, bridge: Bridge, tree: dict) -> None:
        object.__setattr__(self, "_bridge", bridge)
        object.__setattr__(self, "_tree", tree)
        if isinstance(tree.get("name"), str):
            object.__setattr__(self, "__name__", tree["name"])
            object.__setattr__(self, "__qualname__", tree["name"])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self._bridge.ask_value({"op": "getattr", "target": self._tree["id"], "name": name})

    def __repr__(self) -> str:
        return str(self._tree.get("repr"))


class RemoteCallable(RemoteObject):
    """A function (or a class, or any callable) of the student's."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._bridge.call(self._tree["id"], args, kwargs)


class Bridge:
    """The checker's connection to the relay, and the handles each side holds."""

    def __init__(self, path: str) -> None:
        self._connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._connection.connect(path)
        self._proxies: dict[int, RemoteObject] = {}       # the student's objects, by handle id
        self._objects: dict[int, Any] = {}                # ours the student holds, by handle id
        self._classes: dict[tuple[str, str, str], type] = {}
        self._files: dict[str, list[int]] = {}           # the student's files copied here, as listed
        self._owed = 0                                     # replies to interrupted requests, still to come

    # -- requests -------------------------------------------------------------------------
    def ask(self, request: dict) -> dict:
        """Send a request to the student kernel; serve its call-backs until the reply comes."""
        self._settle()
        send_message(self._connection, {"op": "student", "request": codec.dumps(request)})
        try:
            message = self._reply()
        except KeyboardInterrupt:
            # The cell ran out of time: stop the student's code too, and give it a few seconds.
            send_message(self._connection, {"op": "interrupt"})
            self._owed += 1
            self._settle(STOP_SECONDS)
            raise
        if message is None:
            raise RuntimeError("the grader's relay to your notebook's kernel closed")
        if message.get("stdout"):
            sys.stdout.write(message["stdout"])
        if message.get("stderr"):
            sys.stderr.write(message["stderr"])
        if message.get("reply") is None:
            raise RuntimeError(message.get("error") or "your notebook's kernel sent no reply")
        reply = codec.loads(message["reply"])
        if not isinstance(reply, dict):
            raise codec.BridgeError("malformed reply")
        return reply

    def _reply(self, interrupted: bool = False) -> dict | None:
        """The relay's next "done", serving the student's call-backs until it comes."""
        while (message := receive_message(self._connection)) is not None:
            if message["op"] == "done":
                return message
            if message["op"] == "callback":
                answer = _INTERRUPTED if interrupted else self._serve(message["request"])
                send_message(self._connection, {"op": "answer", "value": answer})
        return None

    def _settle(self, seconds: float | None = None) -> None:
        """Collect the replies still owed for interrupted requests (waiting ``seconds`` at most)."""
        while self._owed:
            if seconds is not None and not select.select([self._connection], [], [], seconds)[0]:
                return  # the student's code ignores the interrupt: the next request collects it
            self._reply(interrupted=True)
            self._owed -= 1

    def end(self) -> None:
        """Say the test cell is over: the student kernel stops serving requests.

        A call interrupted earlier and still running is abandoned: the relay answers for it.
        """
        send_message(self._connection, {"op": "end"})
        while (message := receive_message(self._connection)) is not None and message["op"] != "ended":
            if message["op"] == "done":
                self._owed = max(0, self._owed - 1)
            elif message["op"] == "callback":
                send_message(self._connection, {"op": "answer", "value": _INTERRUPTED})

    def ask_value(self, request: dict) -> Any:
        """Ask for a value: decode the reply, or raise the student's exception."""
        reply = self.ask(request)
        if "raise" in reply:
            raise self.exception(reply["raise"])
        return self.decode(reply["ok"])

    def call(self, target: int, args: tuple, kwargs: dict[str, Any]) -> Any:
        """Call the student's callable ``target`` with ``args`` and ``kwargs``."""
        reply = self.ask({"op": "call", "target": target, "args": [self.encode(a) for a in args],
                          "kwargs": {k: self.encode(v) for k, v in kwargs.items()}})
        changed = reply.get("changed") or {}
        for key, tree in (changed.get("args") or {}).items():
            _update_in_place(args[int(key)], self.decode(tree))
        for key, tree in (changed.get("kwargs") or {}).items():
            _update_in_place(kwargs[key], self.decode(tree))
        for bases, name, message in reply.get("warnings") or []:
            builtin = getattr(builtins, str(name), None)
            kind = builtin if bases and bases[0] == name and isinstance(builtin, type) else self._class(
                str(name), "warnings", bases, Warning)
            warnings.warn(str(message), kind, stacklevel=3)
        if "raise" in reply:
            raise self.exception(reply["raise"])
        return self.decode(reply["ok"])

    # -- values -----------------------------------------------------------------------------
    def encode(self, value: Any) -> Any:
        """Encode an argument: data by value; our callables as handles; other objects pickled."""
        return codec.encode(value, self._fallback)

    def decode(self, tree: Any) -> Any:
        """Decode what the student kernel sent: data only, and handles to its objects."""
        return codec.decode(tree, self._resolve)

    def _fallback(self, value: Any) -> dict:
        if isinstance(value, RemoteObject):
            return value._tree
        if type(value).__name__ == "module":
            return {codec.TAG: "module", "name": value.__name__}
        if not _defined_by_tests(value):
            with contextlib.suppress(Exception):  # what pickle refuses crosses as a handle
                return {codec.TAG: "pickle", "b64": base64.b64encode(pickle.dumps(value, protocol=5)).decode("ascii")}
        self._objects[id(value)] = value
        tree = {codec.TAG: "handle", "owner": "checker", "id": id(value), "repr": f"<{type(value).__name__}>"}
        if isinstance(getattr(value, "__name__", None), str):
            tree["name"] = value.__name__
        return tree

    def _resolve(self, tree: dict) -> Any:
        tag = tree[codec.TAG]
        if tag == "exception_class":
            return self._class(str(tree["name"]), str(tree["module"]), tree.get("bases") or [], Exception)
        if tag == "module" and not tree.get("local") and isinstance(tree.get("name"), str):
            try:
                return importlib.import_module(tree["name"])
            except ImportError:
                pass
        if tag in ("handle", "module") and tree.get("owner", "student") == "student" and isinstance(tree.get("id"), int):
            if tree["id"] not in self._proxies:
                kind = RemoteCallable if tree.get("callable") else RemoteObject
                self._proxies[tree["id"]] = kind(self, tree)
            return self._proxies[tree["id"]]
        if tag == "handle" and tree.get("owner") == "checker" and tree.get("id") in self._objects:
            return self._objects[tree["id"]]
        raise codec.BridgeError(f"refused a value of kind {tag!r} from the student's kernel")

    def exception(self, described: dict) -> BaseException:
        """The student's exception, rebuilt: a built-in class, or one standing for the student's."""
        name = str(described.get("name"))
        bases = [str(b) for b in described.get("bases") or []]
        kind = getattr(builtins, name, None)
        if not (isinstance(kind, type) and issubclass(kind, BaseException) and bases and bases[0] == name):
            kind = self._class(name, str(described.get("module")), bases, Exception)
        try:
            args = self.decode(described["args"]) if described.get("args") is not None else None
            error = kind(*args) if isinstance(args, tuple) else kind(described.get("message", ""))
        except Exception:  # noqa: BLE001 -- arguments the class refuses: keep the message
            error = kind.__new__(kind)
            error.args = (described.get("message", ""),)
        if str(error) != described.get("message"):
            error.args = (described.get("message", ""),)
        return error

    def _class(self, name: str, module: str, bases: list[str], default: type) -> type:
        """A class named ``name`` standing for the student's, with the built-in bases it has.

        ``bases`` names the built-in classes the student's class derives from, nearest first;
        those that are not ``default`` classes are ignored, and ``default`` stands in for none.
        """
        key = (module, name, ",".join(bases))
        if key not in self._classes:
            found = [getattr(builtins, b) for b in bases if isinstance(getattr(builtins, b, None), type)]
            found = [c for c in dict.fromkeys(found) if issubclass(c, default)]
            leaves = tuple(c for c in found if not any(d is not c and issubclass(d, c) for d in found))
            try:
                self._classes[key] = type(name, leaves or (default,), {"__module__": module})
            except TypeError:  # built-in bases whose layouts conflict: keep the nearest
                self._classes[key] = type(name, leaves[:1] or (default,), {"__module__": module})
        return self._classes[key]

    # -- call-backs from the student's code -----------------------------------------------
    def _serve(self, prompt: str) -> str:
        """Run a call the student's code made to one of our objects; return the reply as JSON."""
        try:
            request = codec.loads(prompt.removeprefix(CALLBACK_PROMPT))
            target = self._objects[request["target"]]
            if request["op"] == "getattr":
                result = getattr(target, str(request["name"]))
            else:
                args = [self.decode(a) for a in request["args"]]
                kwargs = {str(k): self.decode(v) for k, v in request["kwargs"].items()}
                result = target(*args, **kwargs)
            return codec.dumps({"ok": self.encode(result)})
        except Exception as error:  # noqa: BLE001 -- the student's code sees it raised
            return codec.dumps({"raise": {"name": type(error).__name__, "bases": exception_bases(type(error)),
                                          "message": str(error)}})

    # -- the notebook's names and files ---------------------------------------------------
    def bind(self, namespace: dict[str, Any], names: list[str]) -> None:
        """Bind each of ``names`` the student's notebook defines; unbind those it does not."""
        reply = self.ask({"op": "names", "names": names})
        if "raise" in reply:  # a value too large to encode (MemoryError), say
            raise RuntimeError(f"The grader could not read your notebook's answers ({reply['raise'].get('name')}: "
                               f"{reply['raise'].get('message')}).")
        values = reply["values"]
        for name in names:
            if name in values:
                namespace[name] = self.decode(values[name])
            else:
                namespace.pop(name, None)

    def copy_files(self) -> None:
        """Make this kernel's folder hold the files the student's notebook folder holds now."""
        listing = self.ask({"op": "files", "wanted": []})["listing"]
        wanted = [p for p, seen in listing.items() if self._files.get(p) != seen]
        contents = self.ask({"op": "files", "wanted": wanted})["contents"] if wanted else {}
        here = Path.cwd().resolve()
        for path in set(self._files) - set(listing):
            _inside(here, path).unlink(missing_ok=True)
        for path, data in contents.items():
            target = _inside(here, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)  # never write through a link left where the file goes
            target.write_bytes(base64.b64decode(data, validate=True))
            self._files[path] = listing[path]
        self._files = {p: s for p, s in self._files.items() if p in listing}


def _inside(folder: Path, relative: str) -> Path:
    """``folder / relative``, refusing a path that leaves ``folder``."""
    path = (folder / relative)
    if os.path.isabs(relative) or ".." in Path(relative).parts or not path.resolve().is_relative_to(folder):
        raise codec.BridgeError(f"refused the file name {relative!r}")
    return path


def _defined_by_tests(value: Any) -> bool:
    """Whether ``value`` is a function, class or object defined in a test cell (``__main__``).

    Those run here when the student's code calls them (a spy must record its calls here);
    the student never receives their code.
    """
    module = getattr(value, "__module__", None) if callable(value) else type(value).__module__
    return module == "__main__" or getattr(value, "__name__", "") == "<lambda>"


def _update_in_place(original: Any, now: Any) -> None:
    """Give ``original`` the contents the student's function left in its copy."""
    if isinstance(original, list) and isinstance(now, list):
        original[:] = now
    elif isinstance(original, dict) and isinstance(now, dict) or isinstance(original, set) and isinstance(now, set):
        original.clear()
        original.update(now)
    elif isinstance(original, np.ndarray) and isinstance(now, np.ndarray) and original.shape == now.shape:
        original[...] = now
    elif isinstance(original, (pd.DataFrame, pd.Series)) and type(now) is type(original):
        original._update_inplace(now)  # pandas' own way to swap an object's contents
        if isinstance(original, pd.Series):
            original.name = now.name


def connect() -> Bridge:
    """The bridge of this checker kernel, connected on first use.

    After every cell it tells the relay the cell is over, so the student kernel leaves its
    serve loop before the notebook's next cell runs there.
    """
    global _bridge
    if _bridge is None:
        _bridge = Bridge(os.environ[SOCKET_VARIABLE])
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            shell.events.register("post_run_cell", lambda result: _bridge.end())
    return _bridge


def bind(namespace: dict[str, Any], names: list[str], files: bool = False) -> None:
    """Before a test cell: bind the student's ``names`` in ``namespace`` (and copy their files)."""
    bridge = connect()
    if files:
        bridge.copy_files()
    bridge.bind(namespace, names)
