"""Grade a notebook with its tests outside the student's process.

nbgrader runs a notebook's test cells in the kernel that ran the student's code, so the student
owns the interpreter the tests run in: a hook, an import finder or a frame inspection can change
what a test sees or read the answer it computes. When grading with the bridge, two kernels run
each notebook:

* the **student kernel** runs the student's cells, sandboxed, as before; it never receives a
  test cell, visible or hidden;
* the **checker kernel**, in a sandbox of its own, runs the locked set-up cells and the test
  cells. The student's names that a test cell uses are bound there to values and proxies
  (:mod:`mlpath.bridge.checker_side`), so ``standard_error(x)`` in a test cell calls the
  student's function in the student kernel and returns what it returned.

Between them sits the **relay** (:mod:`mlpath.bridge.relay`), a thread of the grading process:
the checker asks it to run a request in the student kernel; it sends the request as a silent
execution, passes the student's calls back into the checker (a test's forecaster, say) through
the kernel's input channel, and returns the reply.

Everything crosses as data (:mod:`mlpath.bridge.codec`): numbers, strings, containers, NumPy
arrays, pandas objects. Whatever is not data stays where it lives and crosses as a handle. The
checker decodes what the student sends without ever unpickling it; only the checker's own
objects travel the other way pickled (a fitted model a test hands to the student's function).
"""
