#!/usr/bin/env bash
# Kiosque read-path benchmark: every figure is a ratio against a baseline measured in the same run.
#
#   src/bench/bench.sh [--quick] [--sizes "1k 100k"] [--seed 42] [--port 18090]
#
# Installs wrk if missing, builds the application if needed, generates (or reuses) the datasets, then for each
# dataset: starts Kiosque once with PostgreSQL statement logging to count SQL statements per request, then once
# more for the measurements (startup time, throughput, latency, constant-rate latency, memory). Writes
# target/bench/report.md and prints one summary line per endpoint. See src/bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

quick=0 sizes="1k 100k" seed=42 port=18090
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; shift ;;
        --sizes) sizes="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
done

if [ "$quick" = 1 ]; then
    ROUNDS=1 DURATION=2 WARMUP=1 HALF_DURATION=2 WARM_ROUNDS=1 WARM_EACH=2
else
    ROUNDS=2 DURATION=6 WARMUP=3 HALF_DURATION=6 WARM_ROUNDS=2 WARM_EACH=4
fi
# Closed-loop load for the maximum rate: 2 wrk threads, 16 keep-alive connections (under the 20 connections of the
# application's default database pool). Constant-rate runs use one connection per thread (see load.lua).
THREADS=2 CONNECTIONS=16 RATE_THREADS=8
SLUG_COUNT="${BENCH_SLUG_COUNT:-20000}"   # the most recent published articles, read by a Zipf law over recency
ETAG_COUNT="${BENCH_ETAG_COUNT:-2000}"     # the most read of them, revalidated with their ETag (conditional GET)
SQL_SAMPLES=$([ "$quick" = 1 ] && echo 10 || echo 20)   # requests per endpoint when counting SQL statements
DEEP_PAGES=50

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v python3 >/dev/null || die "python3 is needed to write the report"
ensure_jar

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RUN_DIR="$OUT_DIR/$RUN_ID"
mkdir -p "$RUN_DIR"
RESULTS="$RUN_DIR/results.jsonl"
META="$RUN_DIR/meta.jsonl"
CPU="$RUN_DIR/cpu.jsonl"
: >"$RESULTS"; : >"$META"; : >"$CPU"
meta() { printf '%s\n' "$1" >>"$META"; }
json_str() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }

meta "{\"run\":$(json_str "$RUN_ID"),\"mode\":\"$([ $quick = 1 ] && echo quick || echo full)\",\"rounds\":$ROUNDS,\"duration_s\":$DURATION,\"threads\":$THREADS,\"connections\":$CONNECTIONS,\"rate_threads\":$RATE_THREADS,\"commit\":$(json_str "$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"),\"cpu\":$(json_str "$(nproc) x $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"),\"load_before\":$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)"),\"wrk\":$(json_str "$(wrk -v 2>&1 | head -1)"),\"java\":$(json_str "$(java -version 2>&1 | head -1)"),\"slug_count\":$SLUG_COUNT}"

for size in $sizes; do
    "$BENCH_DIR/generate.sh" --size "$size" --seed "$seed"
done

# PostgreSQL's server log, where statements are counted (Debian layout unless BENCH_PG_LOG says otherwise).
pg_log() {
    if [ -n "${BENCH_PG_LOG:-}" ]; then echo "$BENCH_PG_LOG"; return; fi
    local current
    current=$(psql_db postgres -c "select coalesce(pg_current_logfile(), '')")
    if [ -n "$current" ]; then
        case "$current" in /*) echo "$current" ;; *) echo "$(psql_db postgres -c 'show data_directory')/$current" ;; esac
    else
        ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1
    fi
}

# CPU time (clock ticks) of a process, and of the PostgreSQL backends serving the benchmark database ("pid ticks").
proc_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
backend_ticks() { # backends are found by their process title: "postgres: 15/main: <user> <database> <client> ..."
    local pid
    for pid in $(pgrep -f "^postgres: .* $DB " || true); do
        echo "$pid $(proc_ticks "$pid")"
    done
}

# wrk_run ENDPOINT KIND ROUND DURATION URL [ENV...]: one wrk run, its result appended to $RESULTS, and the CPU time
# the application and its database backends spent during it to $CPU (less sensitive to other load than req/s).
wrk_run() {
    local endpoint="$1" kind="$2" round="$3" duration="$4" url="$5"; shift 5
    local threads=$THREADS connections=$CONNECTIONS
    if [ "$kind" = half ]; then
        threads=$RATE_THREADS connections=$RATE_THREADS
    fi
    local app_before db_before app_after db_after
    app_before=$(proc_ticks "$APP_PID"); db_before=$(backend_ticks)
    env "${ENDPOINT_ENV[@]}" "$@" \
        BENCH_RESULT="$([ "$kind" = warmup ] && echo /dev/null || echo "$RESULTS")" \
        BENCH_LABEL="\"dataset\":\"$DATASET\",\"endpoint\":\"$endpoint\",\"kind\":\"$kind\",\"round\":$round,\"pair\":\"${PAIR:-}\"" \
        wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s -s "$BENCH_DIR/load.lua" "$url" \
        >"$RUN_DIR/wrk-$DATASET-$endpoint-$kind-$round.txt" 2>&1 || log "wrk failed for $endpoint ($kind)"
    app_after=$(proc_ticks "$APP_PID"); db_after=$(backend_ticks)
    if [ "$kind" != warmup ]; then
        local db_ticks
        db_ticks=$(printf '%s\n--\n%s\n' "$db_before" "$db_after" |
            awk '$0 == "--" { after = 1; next } NF == 2 { if (after) a[$1] = $2; else b[$1] = $2 }
                 END { t = 0; for (p in a) t += a[p] - (p in b ? b[p] : 0); print t }')
        printf '{"dataset":"%s","endpoint":"%s","kind":"%s","round":%s,"pair":"%s","app_ticks":%s,"db_ticks":%s,"hz":%s}\n' \
            "$DATASET" "$endpoint" "$kind" "$round" "${PAIR:-}" "$((app_after - app_before))" "$db_ticks" \
            "$(getconf CLK_TCK)" >>"$CPU"
    fi
}

# endpoint_target ENDPOINT: the URL (TARGET_URL) and load.lua settings (TARGET_ENV) of an endpoint.
endpoint_target() {
    TARGET_ENV=()
    case "$1" in
        slug) TARGET_ENV=(BENCH_MODE=slugs BENCH_SLUGS="$SLUGS_FILE"); TARGET_URL="$BASE_URL/" ;;
        conditional) TARGET_ENV=(BENCH_MODE=slugs-etag BENCH_SLUGS="$ETAGS_FILE"); TARGET_URL="$BASE_URL/" ;;
        *) TARGET_URL="$BASE_URL${paths[$1]}" ;;
    esac
}

last_result() { # last_result ENDPOINT KIND FIELD
    python3 - "$RESULTS" "$DATASET" "$1" "$2" "$3" <<'EOF'
import json, sys
path, dataset, endpoint, kind, field = sys.argv[1:]
rows = [json.loads(l) for l in open(path) if l.strip()]
rows = [r for r in rows if r["dataset"] == dataset and r["endpoint"] == endpoint and r["kind"] == kind]
print(rows[-1][field] if rows else "")
EOF
}

bench_dataset() {
    local size="$1" db url base status
    DATASET="$size"
    DB="kiosque_bench_$(echo "$size" | tr 'A-Z' 'a-z')"
    db="kiosque_bench_$(echo "$size" | tr 'A-Z' 'a-z')"
    base="http://127.0.0.1:$port"
    BASE_URL="$base"
    # The baseline is a health endpoint: the packaged application serves those on its management port.
    local management="http://127.0.0.1:$((port + 1))"
    log "=== dataset $size ($db)"

    # --- What to ask for: slugs by recency, the busiest front section, a popular tag.
    local slugs="$RUN_DIR/slugs-$size.txt"
    SLUGS_FILE="$slugs"
    psql_db "$db" -c "select slug from article where status = 'published' order by published_at desc, id desc limit $SLUG_COUNT" >"$slugs"
    local section tag tag_articles
    section=$(psql_db "$db" -c "select p.slug from section p join section s on s.id = p.id or s.parent_id = p.id
        join article a on a.section_id = s.id and a.status = 'published' where p.parent_id is null
        group by p.slug order by count(*) desc, p.slug limit 1")
    # The tenth most used tag: popular, but not the one that is on every other article.
    read -r tag tag_articles < <(psql_db "$db" -F ' ' -c "select t.slug, count(*) from tag t join article_tag at on at.tag_id = t.id
        join article a on a.id = at.article_id and a.status = 'published' group by t.slug order by count(*) desc, t.slug offset 9 limit 1")
    local published
    published=$(psql_db "$db" -c "select count(*) from article where status = 'published'")

    # --- 1. A first start, which also applies any migration newer than the dataset. When PostgreSQL's log is
    # readable, it runs with log_statement=all on the application's connections (JDBC "options") and counts the
    # SQL statements each endpoint issues, whatever issues them (Hibernate, native SQL, plain JDBC).
    local log_file sql_json="{}"
    log_file=$(pg_log)
    declare -A paths=(
        [baseline]="/q/health/live"
        [floor]="/api/v1/articles?limit=0"
        [slug]="/api/v1/articles/$(head -1 "$slugs")"
        [section]="/api/v1/articles?section=$section&limit=20"
        [tag]="/api/v1/articles?tag=$tag&limit=20"
        [search]="/api/v1/articles?q=coree"
    )
    local counting=0
    if [ -n "$log_file" ] && [ -r "$log_file" ]; then
        counting=1
        APP_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?options=-c%20log_statement%3Dall" \
            start_app "$db" "$port" "sqlcount-$size"
    else
        log "PostgreSQL log not readable ($log_file): SQL statements per request not measured (set BENCH_PG_LOG)"
        start_app "$db" "$port" "prepare-$size"
    fi
    wait_ready 300 >/dev/null

    # Deep cursor: follow nextCursor from the first page of the default list, keeping only pages that have a next
    # page themselves, so the measured page is full (20 items).
    local deep_path="/api/v1/articles?limit=20" depth=0 next candidate
    while [ "$depth" -lt "$DEEP_PAGES" ]; do
        next=$(curl -s "$base$deep_path" | grep -oE '"nextCursor":"[^"]+"' | cut -d'"' -f4 || true)
        [ -n "$next" ] || break
        candidate="/api/v1/articles?limit=20&cursor=$next"
        curl -s "$base$candidate" | grep -q '"nextCursor":"' || break
        deep_path="$candidate"; depth=$((depth + 1))
    done
    paths[deep]="$deep_path"
    local top_etag
    top_etag=$(curl -s -o /dev/null -w '%header{etag}' "$base${paths[slug]}")

    if [ "$counting" = 1 ]; then
        sql_json="{"
        local endpoint
        for endpoint in baseline floor slug conditional section deep tag search; do
            local path="${paths[$endpoint]:-${paths[slug]}}" header="X-Bench: sql-count" origin="$base"
            [ "$endpoint" = baseline ] && origin="$management"
            [ "$endpoint" = conditional ] && header="If-None-Match: ${top_etag:-\"kiosque-bench-no-etag\"}"
            for _ in 1 2 3; do curl -s -o /dev/null -H "$header" "$origin$path"; done # first requests warm caches
            sleep 0.3
            local before after statements other
            before=$(stat -c %s "$log_file")
            for _ in $(seq 1 $SQL_SAMPLES); do curl -s -o /dev/null -H "$header" "$origin$path"; done
            sleep 0.5
            after=$(stat -c %s "$log_file")
            # One "LOG:  statement:" or "LOG:  execute <name>:" line per statement on this database; transaction
            # control (BEGIN, COMMIT, SET...) counted apart.
            read -r statements other < <(tail -c +"$((before + 1))" "$log_file" | head -c "$((after - before))" |
                grep -aE "@$db LOG:  (statement|execute [^:]*):" |
                awk '{ if ($0 ~ /(statement|execute [^:]*): *(BEGIN|COMMIT|ROLLBACK|SET|SHOW|SAVEPOINT|RELEASE)/) o++; else s++ }
                     END { printf "%d %d\n", s, o }')
            sql_json="$sql_json\"$endpoint\":{\"statements\":$statements,\"other\":$other,\"requests\":$SQL_SAMPLES},"
        done
        sql_json="${sql_json%,}}"
    fi
    stop_app

    # --- 2. Measurements on a fresh start.
    start_app "$db" "$port" "bench-$size"
    local startup started_in
    startup=$(wait_ready 180)
    started_in=$(grep -oE 'started in [0-9.]+s' "$APP_LOG" | head -1 | grep -oE '[0-9.]+' || echo "")
    log "ready in ${startup} ms"

    # ETags of the slugs, for the conditional GET (one curl, keep-alive).
    local etags="$RUN_DIR/etags-$size.txt" curl_config="$RUN_DIR/etags-$size.curl"
    ETAGS_FILE="$etags"
    head -n "$ETAG_COUNT" "$slugs" | awk -v base="$base" '{ printf "url = \"%s/api/v1/articles/%s\"\noutput = \"/dev/null\"\n", base, $1 }' >"$curl_config"
    curl -s -K "$curl_config" -w '%{url_effective}\t%header{etag}\n' |
        sed -e 's#^.*/api/v1/articles/##' -e 's/\r$//' >"$etags"
    local with_etag
    with_etag=$(awk -F'\t' '$2 != ""' "$etags" | wc -l)

    meta "{\"dataset\":\"$size\",\"database\":\"$db\",\"published\":$published,\"slugs\":$(wc -l <"$slugs"),\"etag_slugs\":$(wc -l <"$etags"),\"slugs_with_etag\":$with_etag,\"section\":\"$section\",\"tag\":\"$tag\",\"tag_articles\":$tag_articles,\"deep_depth\":$depth,\"startup_ms\":$startup,\"started_in_s\":$(json_str "$started_in"),\"sql\":$sql_json,\"paths\":{\"baseline\":$(json_str "${paths[baseline]}"),\"section\":$(json_str "${paths[section]}"),\"tag\":$(json_str "${paths[tag]}"),\"search\":$(json_str "${paths[search]}")}}"

    # --- 3. Warm-up: the JIT needs tens of seconds of traffic (CPU per request falls several times over the
    # first minute on a busy machine), so every endpoint is run in turn before anything is measured.
    local -a endpoints=(floor slug conditional section deep tag search)
    ENDPOINT_ENV=(BENCH_SEED="$seed")
    local endpoint round
    for round in $(seq 1 "$WARM_ROUNDS"); do
        for endpoint in baseline "${endpoints[@]}"; do
            endpoint_target "$endpoint"
            wrk_run "$endpoint" warmup 0 "$WARM_EACH" "$TARGET_URL" "${TARGET_ENV[@]}"
        done
    done
    log "$size: warmed up"

    # --- 4. Maximum rate, alternating baseline and endpoint so both share the machine's noise.
    for endpoint in "${endpoints[@]}"; do
        endpoint_target "$endpoint"
        wrk_run "$endpoint" warmup 0 "$WARMUP" "$TARGET_URL" "${TARGET_ENV[@]}"
        for round in $(seq 1 "$ROUNDS"); do
            PAIR="$endpoint" wrk_run baseline max "$round" "$DURATION" "$management${paths[baseline]}"
            wrk_run "$endpoint" max "$round" "$DURATION" "$TARGET_URL" "${TARGET_ENV[@]}"
        done
        log "$size $endpoint: $(last_result "$endpoint" max rps) req/s (baseline $(last_result baseline max rps))"
    done

    # --- 5. Latency at half the maximum rate (constant rate), for the endpoints that answer.
    for endpoint in baseline "${endpoints[@]}"; do
        [ "$endpoint" = floor ] && continue
        local rps
        endpoint_target "$endpoint"
        rps=$(python3 - "$RESULTS" "$size" "$endpoint" <<'EOF'
import json, statistics, sys
path, dataset, endpoint = sys.argv[1:]
rows = [json.loads(l) for l in open(path) if l.strip()]
rows = [r for r in rows if r["dataset"] == dataset and r["endpoint"] == endpoint and r["kind"] == "max"]
ok = [r for r in rows if r["errors"]["status"] < r["requests"] / 2]
print(f"{statistics.median(r['rps'] for r in ok) / 2:.1f}" if ok else "")
EOF
)
        if [ -z "$rps" ]; then
            log "$size $endpoint: no successful answers, constant-rate run skipped"
            continue
        fi
        wrk_run "$endpoint" half 1 "$HALF_DURATION" "$TARGET_URL" "${TARGET_ENV[@]}" \
            BENCH_RATE="$(python3 -c "print(max(1.0, $rps / $RATE_THREADS))")"
    done

    meta "{\"dataset\":\"$size\",\"rss_mib\":$(app_rss_mib),\"peak_rss_mib\":$(app_hwm_mib)}"
    stop_app
}

started=$(now_ms)
for size in $sizes; do
    bench_dataset "$size"
done
meta "{\"elapsed_s\":$(( ($(now_ms) - started) / 1000 )),\"load_after\":$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)")}"

python3 "$BENCH_DIR/report.py" "$RUN_DIR" >"$RUN_DIR/report.md.log" || die "report failed"
cp "$RUN_DIR/report.md" "$OUT_DIR/report.md"
cat "$RUN_DIR/summary.txt"
log "report: $OUT_DIR/report.md (raw results in $RUN_DIR)"
