#!/bin/sh
# The receiver's tests: SQLite always, PostgreSQL on a throwaway local cluster (or the one that
# IOP_RECEIVER_TEST_PG names), then the node:test files given (default test/*.test.ts). The
# cluster is stopped at the end.
set -eu
cd "$(dirname "$0")/.."
started=
if [ -z "${IOP_RECEIVER_TEST_PG:-}" ]; then
  IOP_RECEIVER_TEST_PG=$(sh scripts/ensure-postgres.sh)
  started=1
fi
export IOP_RECEIVER_TEST_PG
stop() { [ -n "$started" ] && sh scripts/ensure-postgres.sh stop "$IOP_RECEIVER_TEST_PG"; return 0; }
trap stop EXIT INT TERM
[ $# -gt 0 ] || set -- test/*.test.ts
node --import tsx --test --test-concurrency=1 "$@"
