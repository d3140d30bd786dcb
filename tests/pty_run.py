#!/usr/bin/env python3
"""Runs a command with its standard output on a pseudo-terminal (a
terminal of 100 columns), as a user at a terminal runs it: prints what it
wrote there (line ends as the terminal gives them, \\r\\n made \\n) and exits
with its exit code.  Standard error stays as it is.

usage: pty_run.py COMMAND [ARG...]"""
import fcntl
import os
import struct
import subprocess
import sys
import termios

master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
p = subprocess.Popen(sys.argv[1:], stdout=slave, stdin=subprocess.DEVNULL)
os.close(slave)
out = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the other side is closed
        break
    if not chunk:
        break
    out += chunk
rc = p.wait()
sys.stdout.buffer.write(out.replace(b"\r\n", b"\n"))
sys.exit(rc if rc >= 0 else 128 - rc)
