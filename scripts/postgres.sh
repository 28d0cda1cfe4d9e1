#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (Debian's package; installed with apt-get
# when missing and running as root). Prints the server's URL on stdout.
#
#   bash scripts/postgres.sh start [DIR]    # data, socket and log under DIR (default /tmp/rasd-pg)
#   bash scripts/postgres.sh stop  [DIR]
#
# Port: $RASD_PG_PORT (default 54329), listening on 127.0.0.1 only; trust authentication
# for the user "rasd" (a test server: never expose it). Then, e.g.:
#   export RASD_TEST_PG=$(bash scripts/postgres.sh start)
set -euo pipefail
cmd=${1:-start}
dir=${2:-${TMPDIR:-/tmp}/rasd-pg}
port=${RASD_PG_PORT:-54329}

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin "$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")")"; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ]; then echo "$d"; return 0; fi
  done
  return 1
}

if ! bin=$(find_bin); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "postgres.sh: installing Debian's postgresql package" >&2
    (apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; })
    bin=$(find_bin) || { echo "postgres.sh: PostgreSQL did not install" >&2; exit 1; }
  else
    echo "postgres.sh: no PostgreSQL server binaries (initdb, pg_ctl); install Debian's postgresql package" >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root: run it as the package's "postgres" user then.
run() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      run "$bin/initdb" -D "$dir/data" -A trust -U rasd -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! run "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { tail -5 "$dir/server.log" >&2; exit 1; }
    fi
    run "$bin/psql" -h 127.0.0.1 -p "$port" -U rasd -d postgres -qAt \
      -c "SELECT 1 FROM pg_database WHERE datname = 'rasd_test'" | grep -q 1 \
      || run "$bin/psql" -h 127.0.0.1 -p "$port" -U rasd -d postgres -q -c "CREATE DATABASE rasd_test" >/dev/null
    echo "postgresql://rasd@127.0.0.1:$port/rasd_test"
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac
