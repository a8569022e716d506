#!/bin/sh
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the tests and prints its URL; installs
# Debian's postgresql first when it is missing and this runs as root with apt. Otherwise it says in
# one line what to install, and exits 1.
#   sh scripts/ensure-postgres.sh          start; prints postgres://postgres@127.0.0.1:PORT/postgres
#   sh scripts/ensure-postgres.sh stop URL stop the cluster that URL names and remove its files
set -eu

find_bin() {
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir_for() { echo "${TMPDIR:-/tmp}/iop-receiver-pg-$1"; }

if [ "${1:-}" = stop ]; then
  port=$(echo "${2:-}" | sed -n 's/.*:\([0-9][0-9]*\)\/.*/\1/p')
  [ -n "$port" ] || { echo "usage: ensure-postgres.sh stop postgres://…:PORT/…" >&2; exit 2; }
  bin=$(find_bin) || exit 0
  data=$(dir_for "$port")
  [ -d "$data" ] || exit 0
  as_owner "$bin/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data"
  exit 0
fi

if ! bin=$(find_bin); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's postgresql for the PostgreSQL tests" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(find_bin) || { echo "postgresql installed but initdb was not found" >&2; exit 1; }
  else
    echo "missing: postgresql; run as root: apt-get install -y postgresql (or set IOP_RECEIVER_TEST_PG=postgres://…)" >&2
    exit 1
  fi
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "missing: the postgres user; run as root: apt-get install -y postgresql" >&2
  exit 1
fi

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data=$(dir_for "$port")
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown postgres "$data"
as_owner "$bin/initdb" -D "$data/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
as_owner "$bin/pg_ctl" -D "$data/data" -l "$data/log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
