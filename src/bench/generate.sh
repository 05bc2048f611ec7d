#!/usr/bin/env bash
# Fills a PostgreSQL database with the benchmark newsroom (see generate.sql and README.md).
#
#   src/bench/generate.sh [--db NAME] [--size 1k|100k|1M|<number>] [--seed N] [--force]
#
# The schema belongs to the application (Flyway, migrate-at-start), so this script creates the database when it is
# missing, starts the packaged application once against it to migrate it, stops it, then generates the content
# with generate.sql and records "kiosque-bench dataset=<version> seed=<seed> articles=<n>" as the database's
# comment. A database that already holds the same dataset is left alone (cache); --force drops and regenerates it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Bump when generate.sql changes what it produces, so cached datasets are regenerated.
GENERATOR_VERSION=1

size=1k seed=42 db="" force=0
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --force) force=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
done

articles_of() {
    case "$1" in
        *[kK]) echo $(( ${1%[kK]} * 1000 )) ;;
        *[mM]) echo $(( ${1%[mM]} * 1000000 )) ;;
        *[!0-9]*|'') die "size must be a number, or a number followed by k or M: $1" ;;
        *) echo "$1" ;;
    esac
}
articles=$(articles_of "$size")
db="${db:-kiosque_bench_$(echo "$size" | tr 'A-Z' 'a-z')}"
[[ "$db" =~ ^[a-z0-9_]+$ ]] || die "database names here are lower-case letters, digits and _: $db"
marker="kiosque-bench dataset=$GENERATOR_VERSION seed=$seed articles=$articles"

if [ "$force" = 0 ] && [ "$(db_dataset "$db")" = "$marker" ]; then
    log "$db already holds '$marker': kept"
    exit 0
fi

ensure_jar
if db_exists "$db"; then
    log "dropping $db (it holds '$(db_dataset "$db")')"
    psql_db postgres -c "drop database \"$db\" with (force)"
fi
psql_db postgres -c "create database \"$db\""

log "migrating $db: starting the application once (Flyway runs at start)"
start_app "$db" "${BENCH_MIGRATE_PORT:-18099}" "migrate-$db"
wait_ready 180 >/dev/null
stop_app

log "generating $articles articles (seed $seed) into $db"
started=$(now_ms)
psql_db "$db" -v seed="$seed" -v articles="$articles" -f "$BENCH_DIR/generate.sql"
psql_db "$db" -c "vacuum analyze"
psql_db postgres -c "comment on database \"$db\" is '$marker'"
log "generated $db in $(( ($(now_ms) - started) / 1000 ))s: $(psql_db "$db" -F ' ' -c "select count(*) || ' articles, ' || pg_size_pretty(pg_database_size(current_database())) from article")"
