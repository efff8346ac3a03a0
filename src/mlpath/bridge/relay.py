"""The relay: a thread of the grading process that carries the checker's requests to the student kernel.

The checker kernel connects to the relay's Unix socket (in the checker's sandbox folder). At a
test cell's first request the relay starts :func:`mlpath.bridge.student_side.serve_loop` in the
student kernel, a silent execution with the input channel open, and from then on each request
is the answer to one of the loop's ``input()`` prompts and each reply the next prompt: about a
millisecond a call, where an execution per call cost five. A prompt may instead be a call back
into the checker, passed on and answered. Each reply comes with what the student's code printed
meanwhile (at most :data:`MAX_PRINTED` of it). When the test cell ends, the checker says so and
the loop ends. A checker interrupted by its cell's time limit asks the relay to interrupt the
student kernel.

The relay moves text only: it decodes nothing the student's side sends.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import time
from pathlib import Path
from typing import Any

import zmq
from jupyter_client.blocking.client import BlockingKernelClient

from mlpath.bridge.checker_side import _INTERRUPTED, receive_message, send_message
from mlpath.bridge.student_side import CALLBACK_PROMPT, END, READY_PROMPT, REPLY_PROMPT

#: Characters of the student's printed output passed on per request.
MAX_PRINTED = 1_000_000
#: Largest reply passed on to the checker, in characters of JSON.
MAX_REPLY_CHARS = 256_000_000
#: The checker must connect within this many seconds of the relay starting.
CONNECT_SECONDS = 600
#: Seconds for the student kernel to start its serve loop before the relay starts it again.
READY_SECONDS = 10.0


class Relay:
    """Carry requests from the checker kernel to the student kernel, on a thread of its own.

    Parameters
    ----------
    connection_info : dict
        The student kernel's connection information (``KernelManager.get_connection_info()``).
    path : Path
        Where to create the socket the checker connects to.
    """

    def __init__(self, connection_info: dict[str, Any], path: Path) -> None:
        self.path = path
        self._info = connection_info
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(path))
        os.chmod(path, 0o666)  # the checker's sandbox user connects; the folder keeps others out
        self._listener.listen(1)
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mlpath-bridge-relay", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the relay and close its socket."""
        self._stop.set()
        self._thread.join(timeout=10)
        self._listener.close()

    def _run(self) -> None:
        # Connect to the student kernel first, while the checker kernel starts: the kernel sends
        # an input prompt only to a client whose input channel is already connected, and drops
        # it otherwise (a first request that hung for a cell's whole time limit, under load).
        client = BlockingKernelClient(context=zmq.Context())
        client.load_connection_info(self._info)
        client.start_channels()
        try:
            deadline = time.monotonic() + CONNECT_SECONDS
            while not self._stop.is_set() and time.monotonic() < deadline:
                try:
                    connection, _ = self._listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                with connection:
                    self._serve(connection, client)
                return
        finally:
            client.stop_channels()
            client.context.term()

    def _serve(self, connection: socket.socket, client: BlockingKernelClient) -> None:
        session = _Session(client, connection, self._stop)
        connection.settimeout(None)
        while not self._stop.is_set():
            if not session.wait_for_checker():
                continue
            message = receive_message(connection)
            if message is None:
                return
            if message.get("op") == "student":
                send_message(connection, session.request(str(message["request"])))
            if message.get("op") == "end" or session.abandoned:
                session.end()
                send_message(connection, {"op": "ended"})


class _Session:
    """The relay's side of :func:`mlpath.bridge.student_side.serve_loop`, one test cell at a time."""

    def __init__(self, client: BlockingKernelClient, connection: socket.socket, stop: threading.Event) -> None:
        self.client, self.connection, self.stop = client, connection, stop
        self.loop: str | None = None  # the serve loop's execution, while it runs
        self.abandoned = False        # the checker ended the cell while a call still ran
        self.poller = zmq.Poller()
        for channel in (client.iopub_channel, client.stdin_channel, client.shell_channel):
            self.poller.register(channel.socket, zmq.POLLIN)
        self.poller.register(connection, zmq.POLLIN)
        self.printed: dict[str, list[str]] = {"stdout": [], "stderr": []}
        self.size = 0

    def request(self, request: str) -> dict:
        """Pass one request to the student's serve loop (starting it) and return its reply."""
        self.printed, self.size = {"stdout": [], "stderr": []}, 0
        if self.loop is None:
            kind = self._start_loop()
            if kind == "late":
                # Lost (or just slow): interrupt it. A lost prompt leaves the loop waiting for an
                # answer, and the interrupt ends it; a slow loop may still say it is ready.
                self._interrupt()
                kind = self._next_prompt(READY_SECONDS)[0]
                if kind in ("ended", "late"):
                    kind = self._start_loop(None)
            if kind != READY_PROMPT:
                return self._done(None, kind)
        self.client.input(request)
        kind, reply = self._next_prompt()
        if reply is not None and len(reply) > MAX_REPLY_CHARS:
            return self._done(None, "too large")
        return self._done(reply if kind == REPLY_PROMPT else None, kind)

    def wait_for_checker(self, seconds: float = 0.5) -> bool:
        """Wait up to ``seconds`` for the checker's next message, ending abandoned loops meanwhile.

        Returns
        -------
        bool
            Whether a message from the checker is waiting.
        """
        events = dict(self.poller.poll(int(seconds * 1000)))
        for msg in _drain(self.client.stdin_channel):
            if msg["msg_type"] == "input_request":
                self.client.input(END)  # only an abandoned loop asks now: its call has ended at last
        _drain(self.client.shell_channel)
        self._collect_printed()
        return self.connection.fileno() in events

    def _start_loop(self, seconds: float | None = READY_SECONDS) -> str:
        """Start the serve loop in the student kernel; return the kind of its first prompt."""
        self.loop = self.client.execute("__import__('mlpath.bridge.student_side').bridge.student_side.serve_loop()",
                                        silent=True, store_history=False, allow_stdin=True)
        return self._next_prompt(seconds)[0]

    def end(self) -> None:
        """End the serve loop, if it waits for a request; forget it if a call still runs."""
        if self.loop is not None and not self.abandoned:
            self.client.input(END)
            self._next_prompt()
        self.loop, self.abandoned = None, False

    def _done(self, reply: str | None, kind: str) -> dict:
        error = {"died": "your notebook's kernel died", "ended": "your notebook's kernel stopped answering",
                 "closed": "the checker closed the bridge",
                 "late": "your notebook's kernel did not start answering",
                 "too large": f"the answer is larger than the grader accepts ({MAX_REPLY_CHARS / 1e6:g} MB as data)",
                 }.get(kind, "your notebook's kernel sent no reply")
        return {"op": "done", "reply": reply, "error": None if reply is not None else error,
                "stdout": "".join(self.printed["stdout"]), "stderr": "".join(self.printed["stderr"])}

    def _next_prompt(self, seconds: float | None = None) -> tuple[str, str | None]:
        """Wait for the serve loop's next prompt, passing call-backs to the checker meanwhile.

        Parameters
        ----------
        seconds : float, optional
            Give up after this long (the prompt is "late").

        Returns
        -------
        tuple
            The prompt's kind (a prompt constant, or "ended", "died", "closed", "late") and its text.
        """
        quiet_since = time.monotonic()
        give_up = None if seconds is None else quiet_since + seconds
        while not self.stop.is_set():
            if give_up is not None and time.monotonic() > give_up:
                return "late", None
            events = dict(self.poller.poll(500))
            if not events:
                if time.monotonic() - quiet_since > 5 and not self.client.hb_channel.is_beating():
                    self.loop = None
                    return "died", None
                continue
            quiet_since = time.monotonic()
            if self.connection.fileno() in events:  # pyzmq names a plain socket by its descriptor
                wanted = receive_message(self.connection)
                if wanted is None or wanted.get("op") in ("interrupt", "end"):
                    self._interrupt()
                if wanted is None:
                    return "closed", None
                if wanted.get("op") == "end":
                    # The cell is over while the student's call still runs (it ignored the
                    # interrupt): answer now; its kernel stays busy until that call ends.
                    self.abandoned = True
                    return "ended", None
            self._collect_printed()
            for msg in _drain(self.client.shell_channel):
                if msg["parent_header"].get("msg_id") == self.loop:
                    self.loop = None  # the loop ended: interrupted, or the student's code broke it
                    return "ended", None
            for msg in _drain(self.client.stdin_channel):
                prompt = str(msg["content"].get("prompt", ""))
                if msg["msg_type"] != "input_request":
                    continue
                if msg["parent_header"].get("msg_id") != self.loop:
                    self.client.input(END)  # a loop abandoned earlier, whose call has ended at last: end it
                    continue
                if prompt.startswith(CALLBACK_PROMPT):
                    send_message(self.connection, {"op": "callback", "request": prompt[len(CALLBACK_PROMPT):]})
                    answer = receive_message(self.connection)
                    if answer is None or answer.get("op") != "answer":
                        # Interrupted while the checker ran the call-back: it answers no more.
                        self._interrupt()
                        self.client.input(_INTERRUPTED)
                        if answer is None:
                            return "closed", None
                        if answer.get("op") == "end":
                            self.abandoned = True
                            return "ended", None
                    else:
                        self.client.input(str(answer.get("value", "")))
                elif prompt.startswith((READY_PROMPT, REPLY_PROMPT)):
                    kind = READY_PROMPT if prompt.startswith(READY_PROMPT) else REPLY_PROMPT
                    self._collect_printed()  # what the call printed was flushed before the prompt
                    return kind, prompt[len(kind):]
                else:
                    self.client.input("")  # the student's own input() in a graded call reads an empty line
        return "closed", None

    def _interrupt(self) -> None:
        """Interrupt the student kernel (by message: a signal would reach its sandbox, not it)."""
        self.client.session.send(self.client.control_channel.socket,
                                 self.client.session.msg("interrupt_request", {}))

    def _collect_printed(self) -> None:
        for msg in _drain(self.client.iopub_channel):
            content = msg["content"]
            if (msg["parent_header"].get("msg_id") == self.loop and msg["msg_type"] == "stream"
                    and self.size < MAX_PRINTED):
                text = content.get("text", "")[: MAX_PRINTED - self.size]
                self.printed["stderr" if content.get("name") == "stderr" else "stdout"].append(text)
                self.size += len(text)


def _drain(channel: Any) -> list[dict]:
    """Every message waiting on ``channel``."""
    messages = []
    while True:
        try:
            messages.append(channel.get_msg(timeout=0))
        except queue.Empty:
            return messages
