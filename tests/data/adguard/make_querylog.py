#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# make_querylog.py: writes querylog.json, AdGuard Home query log entries (JSON lines, the fields
# of AdGuard Home's querylog entries: IP, T, QH, QT, QC, CP, Answer, Result, Elapsed, Upstream,
# Cached) around real DNS responses: answers.txt holds responses Unbound sent
# (../unbound/make_fixtures.sh writes it), base64 as AdGuard Home keeps them in "Answer".
import json, os
here = os.path.dirname(os.path.abspath(__file__))
answers = {}
for line in open(os.path.join(here, "answers.txt")):
    name, qtype, blob = line.rstrip("\n").split("\t")
    answers[name] = blob
entries = [
    {"IP": "192.168.1.10", "T": "2024-05-01T10:00:00.123456789+02:00", "QH": "www.example.com", "QT": "A", "QC": "IN",
     "CP": "", "Answer": answers["www.example.com"], "Result": {}, "Elapsed": 1534000, "Upstream": "127.0.0.1:5399"},
    {"IP": "192.168.1.11", "T": "2024-05-01T10:00:01.5+02:00", "QH": "web.example.com", "QT": "A", "QC": "IN",
     "CP": "doh", "Answer": answers["web.example.com"], "Result": {}, "Elapsed": 210000, "Cached": True},
    {"IP": "192.168.1.12", "T": "2024-05-01T10:00:02+02:00", "QH": "nothere.example.com", "QT": "A", "QC": "IN",
     "CP": "", "Answer": answers["nothere.example.com"], "Result": {}, "Elapsed": 980000, "Upstream": "127.0.0.1:5399"},
    {"IP": "192.168.1.13", "T": "2024-05-01T10:00:03+02:00", "QH": "ads.example.net", "QT": "A", "QC": "IN", "CP": "",
     "Answer": answers["web.example.com"],
     "Result": {"IsFiltered": True, "Reason": 3, "Rules": [{"FilterListID": 1, "Text": "||ads.example.net^"}]},
     "Elapsed": 40000},
    {"IP": "192.168.1.14", "T": "2024-05-01T10:00:04+02:00", "QH": "mail.example.com", "QT": "MX", "QC": "IN",
     "CP": "dot", "Answer": answers["mail.example.com"], "Result": {}, "Elapsed": 1200000,
     "Upstream": "tls://127.0.0.1:853"},
    {"IP": "fd00::15", "T": "2024-05-01T10:00:05+02:00", "QH": "example.com", "QT": "TXT", "QC": "IN", "CP": "",
     "Answer": answers["example.com"], "Result": {"Reason": 9}, "Elapsed": 700000, "Upstream": "127.0.0.1:5399"},
    {"IP": "192.168.1.16", "T": "2024-05-01T10:00:06+02:00", "QH": "timeout.example.org", "QT": "AAAA", "QC": "IN",
     "CP": "", "Result": {}, "Elapsed": 5000000000, "Upstream": "127.0.0.1:5399"},
]
with open(os.path.join(here, "querylog.json"), "w") as out:
    for e in entries:
        out.write(json.dumps(e, separators=(",", ":")) + "\n")
