"""Walls around a query worker process: no network, bounded memory.

pyoxigraph evaluates ``SERVICE`` by making HTTP requests itself and offers no switch to turn
that off, so a query worker closes the door at the kernel: a seccomp filter makes creating an
IPv4 or IPv6 socket fail with EACCES (the worker keeps the Unix socket it talks to its parent
on). Whatever a query says, the engine cannot call out. The filter is installed with
``PR_SET_NO_NEW_PRIVS``, needs no privileges, and lasts for the life of the process.

Memory: ``RLIMIT_AS`` caps the worker's address space, so a query that would take all memory
fails inside the worker (the allocator aborts it, or Python raises MemoryError) instead of
pushing the machine into swap; the server answers 503 and starts a fresh worker.
"""

from __future__ import annotations

import ctypes
import platform
import resource
import struct
import sys

__all__ = ["SandboxError", "deny_network", "limit_memory", "NETWORK_SANDBOX_SUPPORTED"]

# (AUDIT_ARCH_*, the socket(2) syscall number) of the architectures we can filter.
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}
NETWORK_SANDBOX_SUPPORTED = sys.platform == "linux" and platform.machine() in _ARCHES

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_BPF_LD_W_ABS, _BPF_JEQ_K, _BPF_RET_K = 0x20, 0x15, 0x06
_RET_ALLOW = 0x7FFF0000
_RET_EACCES = 0x00050000 | 13
_AF_INET, _AF_INET6 = 2, 10
# Offsets into struct seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6].
_NR, _ARCH, _ARG0 = 0, 4, 16


class SandboxError(Exception):
    pass


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _socket_filter(arch: int, socket_nr: int) -> list[bytes]:
    """socket(AF_INET | AF_INET6, ...) -> EACCES; every other call is allowed."""
    return [
        _insn(_BPF_LD_W_ABS, 0, 0, _ARCH),
        _insn(_BPF_JEQ_K, 1, 0, arch),
        _insn(_BPF_RET_K, 0, 0, _RET_ALLOW),  # another ABI: its socket call is not ours to judge
        _insn(_BPF_LD_W_ABS, 0, 0, _NR),
        _insn(_BPF_JEQ_K, 1, 0, socket_nr),
        _insn(_BPF_RET_K, 0, 0, _RET_ALLOW),
        _insn(_BPF_LD_W_ABS, 0, 0, _ARG0),
        _insn(_BPF_JEQ_K, 2, 0, _AF_INET),
        _insn(_BPF_JEQ_K, 1, 0, _AF_INET6),
        _insn(_BPF_RET_K, 0, 0, _RET_ALLOW),
        _insn(_BPF_RET_K, 0, 0, _RET_EACCES),
    ]


def deny_network() -> None:
    """From now on this process cannot create IP sockets (:class:`SandboxError` if the kernel or
    the machine does not allow the filter)."""
    if not NETWORK_SANDBOX_SUPPORTED:
        raise SandboxError(f"no network sandbox on {sys.platform}/{platform.machine()}")
    arch, socket_nr = _ARCHES[platform.machine()]
    program = b"".join(_socket_filter(arch, socket_nr))
    buffer = ctypes.create_string_buffer(program)
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SandboxError(f"prctl(NO_NEW_PRIVS) failed: errno {ctypes.get_errno()}")
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise SandboxError(f"seccomp filter refused: errno {ctypes.get_errno()}")


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space at ``max_bytes``."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        max_bytes = min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))
