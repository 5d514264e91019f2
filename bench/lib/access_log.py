#!/usr/bin/env python3
"""Prints the access-log entries a service's console log gained after line N, one per line:
   METHOD PATH STATUS MILLIS BYTES
The services log JSON in the prod profile (quarkus.log.console.json); the access log then sits in the "message" of
records whose loggerName is io.quarkus.http.access-log, written with the pattern %h %t "%r" %s %b %D.
Requests under /q/ (health probes, metrics) are left out.

usage: access_log.py LOGFILE AFTER_LINE
"""
import json
import re
import sys

ENTRY = re.compile(r'"([A-Z]+) (\S+) [^"]*" (\d{3}) (\S+) (\d+)\s*$')


def main():
    path, after = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            if number <= after or "access-log" not in line:
                continue
            message = line
            if line.lstrip().startswith("{"):
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if record.get("loggerName") != "io.quarkus.http.access-log":
                    continue
                message = record.get("message", "")
            m = ENTRY.search(message.rstrip())
            if m and not m.group(2).startswith("/q/"):
                size = m.group(4) if m.group(4).isdigit() else "0"
                print(m.group(1), m.group(2), m.group(3), m.group(5), size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
