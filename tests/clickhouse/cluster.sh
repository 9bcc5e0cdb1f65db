#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A two-shard ClickHouse cluster on loopback for the tests and the benchmark:
#   cluster.sh start DIR [BASE]   two clickhouse-server processes with data in DIR/shard1, DIR/shard2
#   cluster.sh stop DIR           stops them (SIGTERM, then SIGKILL), whatever state they are in
#   cluster.sh stop-shard DIR N   stops shard N only (the tests' "one shard down" case)
#   cluster.sh kill-shard DIR N   SIGKILL to shard N: gone at once, mid-request (fault tests)
#   cluster.sh start-shard DIR N  starts shard N again (after stop-shard or kill-shard)
#   cluster.sh pause-shard DIR N  SIGSTOP to shard N: it accepts connections and answers nothing
#   cluster.sh resume-shard DIR N SIGCONT: it answers again
# Shard N listens on HTTP BASE+N and native TCP BASE+1000+N (BASE: argument, else
# $DNSTL_CH_PORT_BASE, else 18120: HTTP 18121/18122, TCP 19121/19122). `start` keeps BASE in
# DIR/base; the commands on one shard (whose third argument is N, not BASE) read it from there.
# The cluster is called `dnstl` in each server's remote_servers. No system service is touched.
set -euo pipefail
cmd=${1:?usage: cluster.sh start|stop|stop-shard DIR [BASE|N]}
dir=$(mkdir -p "${2:?DIR missing}" && cd "$2" && pwd)
case "$cmd" in
  start | stop) base=${3:-${DNSTL_CH_PORT_BASE:-18120}} ;;
  *) base=$(cat "$dir/base" 2>/dev/null || echo "${DNSTL_CH_PORT_BASE:-18120}") ;;
esac
server=${CLICKHOUSE_SERVER:-$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)}

stop_one() {
  local pidfile="$dir/shard$1/pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

write_config() { # shard number
  local n=$1 d="$dir/shard$1"
  mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/log"
  cat >"$d/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/error.log</errorlog></logger>
  <http_port>$((base + n))</http_port>
  <tcp_port>$((base + 1000 + n))</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/user_files/</user_files_path>
  <users_config>$d/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <dnstl>
      <shard><replica><host>127.0.0.1</host><port>$((base + 1001))</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$((base + 1002))</port></replica></shard>
    </dnstl>
  </remote_servers>
</yandex>
XML
  cat >"$d/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><log_queries>0</log_queries>
    <connect_timeout_with_failover_ms>200</connect_timeout_with_failover_ms></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

start_one() { # shard number; its config is written
  (cd "$dir/shard$1" && exec "$server" --config-file="$dir/shard$1/config.xml" >"$dir/shard$1/log/stdout.log" 2>&1) &
  echo $! >"$dir/shard$1/pid"
}

wait_one() { # shard number; false if it did not come up
  for _ in $(seq 300); do
    if curl -sf "http://127.0.0.1:$((base + $1))/?query=SELECT%201" >/dev/null 2>&1; then return 0; fi
    kill -0 "$(cat "$dir/shard$1/pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "cluster.sh: shard $1 did not start; see $dir/shard$1/log" >&2
  tail -5 "$dir/shard$1/log/error.log" "$dir/shard$1/log/stdout.log" >&2 2>/dev/null || true
  return 1
}

signal_one() { # shard number, signal
  local pidfile="$dir/shard$1/pid"
  [ -f "$pidfile" ] && kill "-$2" "$(cat "$pidfile")" 2>/dev/null
}

case "$cmd" in
  start)
    echo "$base" >"$dir/base"
    for n in 1 2; do
      stop_one $n
      write_config $n
      start_one $n
    done
    for n in 1 2; do
      wait_one $n || { stop_one 1; stop_one 2; exit 1; }
    done
    echo "cluster.sh: shards on http://127.0.0.1:$((base + 1)) and :$((base + 2)), cluster dnstl"
    ;;
  stop) stop_one 1; stop_one 2 ;;
  stop-shard) stop_one "${3:?N missing}" ;;
  kill-shard)
    n=${3:?N missing}
    signal_one "$n" KILL || true
    for _ in $(seq 50); do kill -0 "$(cat "$dir/shard$n/pid")" 2>/dev/null || break; sleep 0.1; done
    rm -f "$dir/shard$n/pid"
    ;;
  start-shard)
    n=${3:?N missing}
    signal_one "$n" CONT || true
    if ! { [ -f "$dir/shard$n/pid" ] && kill -0 "$(cat "$dir/shard$n/pid")" 2>/dev/null; }; then
      start_one "$n"
    fi
    wait_one "$n"
    ;;
  pause-shard) signal_one "${3:?N missing}" STOP ;;
  resume-shard) signal_one "${3:?N missing}" CONT ;;
  *) echo "cluster.sh: unknown command $cmd" >&2; exit 2 ;;
esac
