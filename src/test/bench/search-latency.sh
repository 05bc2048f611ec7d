#!/usr/bin/env bash
# Search latency over loopback, against a running Kiosque (see search-dataset.sql for the data):
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/kiosque_search_bench QUARKUS_HTTP_PORT=18095 \
#     java -jar target/quarkus-app/quarkus-run.jar &
#   src/test/bench/search-latency.sh [base-url] [requests-per-case]
# Each case is requested sequentially on one keep-alive connection (curl), after a warm-up; the baseline is the plain
# list (no q), measured in the same run, and every case prints its p50 as a ratio to the baseline's.
set -euo pipefail

BASE=${1:-http://127.0.0.1:18095}
N=${2:-200}
LIST="$BASE/api/v1/articles"

# p50 p95 max in milliseconds of N requests of one URL (pages of 20).
measure() {
    local url="$1&limit=20" args=()
    # -o applies to one URL: one per request.
    for _ in $(seq 1 "$N"); do args+=(-o /dev/null "$url"); done
    curl -s "${args[@]:0:60}" # warm-up: 20 requests
    curl -s -w '%{http_code} %{time_total}\n' "${args[@]}" | awk '
        $1 != 200 { failed++ }
        { t[NR] = $2 * 1000 }
        END {
            if (failed) { print "FAILED: " failed " non-200 answers" > "/dev/stderr"; exit 1 }
            n = asort(t)
            printf "%.1f %.1f %.1f\n", t[int((n + 1) * 0.50)], t[int((n + 1) * 0.95)], t[n]
        }'
}

matches() {
    # Items on the first page of 100, to say how selective a query is ("100+" when there are more).
    local body
    body=$(curl -s "$1&limit=100")
    local count
    count=$(grep -o '"wordCount":' <<<"$body" | wc -l)
    if grep -q '"nextCursor":"' <<<"$body"; then echo "100+"; else echo "$count"; fi
}

next_cursor() {
    curl -s "$1" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs; $N requests per case"
printf '%-44s %8s %8s %8s %8s %7s\n' case matches p50_ms p95_ms max_ms x_base
read -r base50 base95 basemax < <(measure "$LIST?sort=-publishedAt")
printf '%-44s %8s %8s %8s %8s %7s\n' "baseline: newest 20, no q" "-" "$base50" "$base95" "$basemax" "1.00"

run() {
    local name=$1 url=$2
    local p50 p95 max
    read -r p50 p95 max < <(measure "$url")
    printf '%-44s %8s %8s %8s %8s %7.2f\n' "$name" "$(matches "$url")" "$p50" "$p95" "$max" \
        "$(awk -v a="$p50" -v b="$base50" 'BEGIN { print a / b }')"
}

run "q=Koursk (rare)" "$LIST?q=Koursk"
run "q=balori (made-up word, ~1 %)" "$LIST?q=balori"
run "q=\"conflit ukrainien\" (phrase)" "$LIST?q=%22conflit%20ukrainien%22"
run "q=Corée du Nord" "$LIST?q=Cor%C3%A9e%20du%20Nord"
run "q=coree (half the articles)" "$LIST?q=coree"
run "q=gouvernement (every article)" "$LIST?q=gouvernement"
run "q=coree sort=-publishedAt" "$LIST?q=coree&sort=-publishedAt"
run "q=gouvernement sort=-publishedAt" "$LIST?q=gouvernement&sort=-publishedAt"
run "q=coree section=bench-section-3" "$LIST?q=coree&section=bench-section-3"
run "q=balori, page 2 (relevance cursor)" "$LIST?q=balori&cursor=$(next_cursor "$LIST?q=balori&limit=20")"
run "q=coree, page 2 (relevance cursor)" "$LIST?q=coree&cursor=$(next_cursor "$LIST?q=coree&limit=20")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
