"""A process's peak memory, for the bench's child processes.

``getrusage(RUSAGE_SELF).ru_maxrss`` survives ``exec`` on Linux: a child started from a
bigger parent (the bench, after it has built a workbook or a warehouse) reports the
parent's peak, not its own. ``VmHWM`` in /proc/self/status belongs to the process's own
address space, which ``exec`` makes afresh.
"""

from __future__ import annotations

import resource


def peak_kb() -> int:
    """This process's peak resident memory, in kB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: best we have
