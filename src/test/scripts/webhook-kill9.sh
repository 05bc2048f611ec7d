#!/usr/bin/env bash
# Proves that a webhook delivery survives kill -9: the outbox row is committed with the change, so a delivery that
# could not be made before the process died is made after it restarts.
#
#   1. starts the packaged app on a dedicated database, registers a webhook whose receiver is down,
#      creates and publishes an article: the delivery fails and is rescheduled;
#   2. kill -9s the app, then starts the receiver (Python, verifies the HMAC signature);
#   3. restarts the app and waits for the signed article.published delivery.
#
# Needs: a JDK 17+, python3, curl, PostgreSQL on 127.0.0.1:5432 (user postgres) and createdb/dropdb.
# SKIP_BUILD=1 reuses target/quarkus-app. Ports: APP_PORT (18097), RECEIVER_PORT (a free one).
set -euo pipefail
cd "$(dirname "$0")/../../.."

APP_PORT=${APP_PORT:-18097}
DATABASE=${KILL9_DATABASE:-kiosque_kill9_feed_hooks}
WORK=target/webhook-kill9
TOKEN=kill9-admin-token-0123456789abcdef0123
SECRET=kill9-webhook-secret-0123456789
ENCRYPTION_KEY=$(openssl rand -base64 32)
RECEIVER_PORT=${RECEIVER_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
API=http://127.0.0.1:$APP_PORT
MANAGEMENT=http://127.0.0.1:$((APP_PORT + 1)) # health and metrics of the packaged application
APP_PID=
RECEIVER_PID=

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
log() { echo "[$(date +%T.%3N)] $*"; }

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1)) QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    KIOSQUE_AUTH_BOOTSTRAP_TOKEN=$TOKEN \
    KIOSQUE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
    KIOSQUE_WEBHOOKS_ENCRYPTION_KEY=$ENCRYPTION_KEY KIOSQUE_SITE_BASE_URL=https://www.kiosque.example \
    java -jar target/quarkus-app/quarkus-run.jar >>"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs "$MANAGEMENT/q/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died, see $WORK/app-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the app did not become ready, see $WORK/app-$1.log" >&2
  exit 1
}

api() { # method path [body]
  curl -fsS -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "$API$2"
}

show_deliveries() {
  api GET "/api/v1/webhooks/$WEBHOOK/deliveries" >"$WORK/deliveries.json"
  python3 - "$WORK/deliveries.json" <<'PY'
import json, sys
for d in json.load(open(sys.argv[1]))["items"]:
    print(f"  delivery {d['id']} {d['event']}: {d['status']}, {d['attemptCount']} attempt(s), next {d['nextAttemptAt']}")
    for a in d["attempts"]:
        print(f"    attempt {a['number']} at {a['attemptedAt']} ({a['durationMs']} ms): {a['statusCode'] or a['error']}")
PY
}

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/received.jsonl
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the application (./mvnw -q package -DskipTests)"
  ./mvnw -q package -DskipTests
fi
log "fresh database $DATABASE"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DATABASE"
createdb -h 127.0.0.1 -U postgres -E UTF8 --locale=C.UTF-8 -T template0 "$DATABASE"

cat >"$WORK/receiver.py" <<'PY'
"""Webhook receiver: verifies X-Kiosque-Signature and appends each delivery to a JSON-lines file."""
import hashlib, hmac, http.server, json, sys, time

port, secret, out = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3]

class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers.get("X-Kiosque-Signature", ""))
        payload = json.loads(body)
        with open(out, "a") as f:
            f.write(json.dumps({"receivedAt": time.time(), "signatureValid": valid,
                                "event": self.headers.get("X-Kiosque-Event"),
                                "delivery": self.headers.get("X-Kiosque-Delivery"),
                                "id": payload["id"], "slug": payload["data"]["slug"],
                                "status": payload["data"]["status"]}) + "\n")
        self.send_response(204 if valid else 401)
        self.end_headers()

    def log_message(self, *args):
        pass

http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()
PY

log "starting the app on :$APP_PORT"
start_app first
log "app ready (pid $APP_PID)"

WEBHOOK=$(api POST /api/v1/webhooks "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"events\":[\"article.published\"],\"secret\":\"$SECRET\"}" | json 'd["id"]')
log "webhook $WEBHOOK registered for http://127.0.0.1:$RECEIVER_PORT/hooks (nothing listens there yet)"
ARTICLE=$(api POST /api/v1/articles '{"headline":"La Corée du Nord affirme son alliance stratégique avec Moscou (kill -9)","standfirst":"Kim Jong-un affirme son soutien total à la Russie.","body":[{"type":"paragraph","text":"Selon l’agence d’État KCNA, la rencontre s’est déroulée à Pyongyang."}]}' | json 'd["id"]')
PUBLISHED_AT=$(now)
SLUG=$(api POST "/api/v1/articles/$ARTICLE/publish" | json 'd["slug"]')
log "article $SLUG published"

sleep "${FAIL_FOR:-7}"
log "deliveries before the crash:"
show_deliveries
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
log "app killed with SIGKILL"

python3 "$WORK/receiver.py" "$RECEIVER_PORT" "$SECRET" "$WORK/received.jsonl" &
RECEIVER_PID=$!
log "receiver listening on :$RECEIVER_PORT"

RESTARTED_AT=$(now)
log "restarting the app"
start_app second
READY_AT=$(now)
log "app ready again (pid $APP_PID) after $(elapsed "$RESTARTED_AT" "$READY_AT") s"

for _ in $(seq 1 1200); do
  [ -s "$WORK/received.jsonl" ] && break
  sleep 0.1
done
[ -s "$WORK/received.jsonl" ] || { echo "FAIL: no delivery arrived" >&2; show_deliveries; exit 1; }
RECEIVED=$(head -1 "$WORK/received.jsonl")
RECEIVED_AT=$(echo "$RECEIVED" | json 'd["receivedAt"]')
log "received: $RECEIVED"
echo "$RECEIVED" | python3 -c "
import json, sys
d = json.load(sys.stdin)
assert d['signatureValid'], 'invalid signature'
assert d['event'] == 'article.published' and d['status'] == 'published', d
assert d['slug'] == sys.argv[1], d
assert d['id'] == d['delivery'], d
" "$SLUG"
sleep 1.5 # let the dispatcher record the outcome
log "deliveries after the restart:"
show_deliveries
echo "latency: publish -> delivery $(elapsed "$PUBLISHED_AT" "$RECEIVED_AT") s;" \
  "restart -> delivery $(elapsed "$RESTARTED_AT" "$RECEIVED_AT") s;" \
  "app ready -> delivery $(elapsed "$READY_AT" "$RECEIVED_AT") s"
echo "PASS: the signed article.published delivery arrived after kill -9 and restart"
