#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# count_with_jq.sh: the lookups each EVE fixture holds, counted with jq independently of the
# importer, written to expected_counts.tsv (which tst_suricata_importer reads). A lookup is a
# dns query/request record, plus each answer/response record whose transaction (flow_id and
# DNS id) has no query in the file; version 1 answer records of one transaction count once.
set -euo pipefail
cd "$(dirname "$0")"
{
  echo "# SPDX-FileCopyrightText: 2026 DNS Timeline contributors"
  echo "# SPDX-License-Identifier: GPL-3.0-or-later"
  echo "# Lookups per fixture, counted by count_with_jq.sh (jq $(jq --version | sed 's/^jq-//'))."
  for f in eve_v1.json eve_v2.json eve_v3.json; do
    n=$(jq -s '[.[] | select(.event_type == "dns")]
      | ([.[] | select(.dns.type == "query" or .dns.type == "request") | [.flow_id, .dns.id]]) as $q
      | ($q | length)
        + ([.[] | select(.dns.type == "answer" or .dns.type == "response") | [.flow_id, .dns.id]
               | . as $k | select(($q | index([$k])) == null)] | unique | length)' "$f")
    printf '%s\t%s\n' "$f" "$n"
  done
} > expected_counts.tsv
cat expected_counts.tsv
