# Shared helpers of the benchmark scripts (sourced, not run).
# Everything they start is recorded and ended on exit, by process id.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
OUT_DIR="${BENCH_OUT:-$PROJECT_DIR/target/bench}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
APP_JAR="$PROJECT_DIR/target/quarkus-app/quarkus-run.jar"
APP_PID=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { date +%s%3N; }

psql_db() { # psql_db DB [psql args...]: quiet, unaligned, stops on the first error
    local db="$1"; shift
    psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"
}

db_exists() { [ "$(psql_db postgres -c "select 1 from pg_database where datname = '$1'")" = 1 ]; }

# The dataset a database holds, as recorded by generate.sh in the database's comment ("" when none).
db_dataset() {
    db_exists "$1" || return 0
    psql_db postgres -c "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = '$1'"
}

ensure_jar() {
    if [ ! -f "$APP_JAR" ] || [ -n "$(find "$PROJECT_DIR/src/main" "$PROJECT_DIR/pom.xml" -newer "$APP_JAR" -type f -print -quit)" ]; then
        log "building the application (./mvnw -q package -DskipTests)"
        (cd "$PROJECT_DIR" && ./mvnw -q package -DskipTests) || die "build failed"
    fi
}

# start_app DB PORT NAME [ENV=VALUE...]: starts Kiosque on DB in the background (APP_PID, APP_START_MS).
start_app() {
    local db="$1" port="$2" name="$3"; shift 3
    mkdir -p "$OUT_DIR"
    APP_LOG="$OUT_DIR/app-$name.log"
    APP_START_MS=$(now_ms)
    env QUARKUS_DATASOURCE_JDBC_URL="${APP_JDBC_URL:-jdbc:postgresql://$PGHOST:$PGPORT/$db}" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
        KIOSQUE_SITE_BASE_URL="${KIOSQUE_SITE_BASE_URL:-https://www.kiosque.example}" \
        KIOSQUE_WEBHOOKS_ENCRYPTION_KEY="${KIOSQUE_WEBHOOKS_ENCRYPTION_KEY:-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}" \
        QUARKUS_MANAGEMENT_PORT="$((port + 1))" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
        "$@" java ${JAVA_OPTS:-} -jar "$APP_JAR" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    APP_PORT="$port"
    APP_MANAGEMENT_PORT="$((port + 1))" # health and metrics: the management port of the packaged application
}

# wait_ready [TIMEOUT_S]: waits for the first 200 on /q/health/ready; prints milliseconds since start_app.
wait_ready() {
    local timeout="${1:-120}" deadline
    deadline=$(( $(date +%s) + timeout ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -30 "$APP_LOG" >&2
            die "the application exited during startup (log: $APP_LOG)"
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_MANAGEMENT_PORT/q/health/ready")" = 200 ]; then
            echo $(( $(now_ms) - APP_START_MS ))
            return 0
        fi
        sleep 0.05
    done
    die "the application was not ready after ${timeout}s (log: $APP_LOG)"
}

# Resident memory of the application, in MiB: current (VmRSS) and peak (VmHWM).
app_rss_mib() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status" 2>/dev/null; }
app_hwm_mib() { awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$APP_PID/status" 2>/dev/null; }

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

trap 'stop_app' EXIT
trap 'exit 130' INT TERM
