#!/usr/bin/env python3
"""Fault scenarios, run for real against the packaged application and a PostgreSQL cluster of its own.

  1. PostgreSQL stopped abruptly under load: readiness goes 503, requests fail fast (503, no hang), and Kiosque
     recovers by itself when the database is back.
  2. Connection pool exhausted: waits are bounded by the acquisition timeout, answers are 503, never a hang.
  3. kill -9 during a stream of writes: every acknowledged write survives, no article without its revision.
  4. SIGTERM: readiness goes down first, in-flight requests finish, the process exits cleanly.
  5. The production profile: no Dev UI, the OpenAPI document and Swagger UI served, health and metrics on the
     management port only, JSON logs.

Usage: python3 src/ops/faults.py   (builds the jar if needed; about 3 minutes; loopback only)
Exit code 0 when every scenario holds. Figures are printed as it goes.
"""
import concurrent.futures
import json
import os
import sys
import threading
import time

import kiosque_process as kp

DB_PORT = 5499
HTTP_PORT = 18110
results = []


def check(name, ok, detail):
    results.append((name, ok, detail))
    print(f"[{'PASS' if ok else 'FAIL'}] {name}: {detail}", flush=True)


def load(app, stop, statuses, latencies):
    while not stop.is_set():
        started = time.monotonic()
        status = app.status("/api/v1/articles?limit=5&language=fr", timeout=15)
        latencies.append(time.monotonic() - started)
        statuses.append(status)


def database_outage(app):
    stop = threading.Event()
    statuses, latencies = [], []
    workers = [threading.Thread(target=load, args=(app, stop, statuses, latencies)) for _ in range(4)]
    for worker in workers:
        worker.start()
    time.sleep(2)
    kp.stop_cluster_abruptly()
    outage_started = time.monotonic()
    ready_down = None
    while time.monotonic() - outage_started < 20:
        if app.management_status("/q/health/ready") == 503:
            ready_down = time.monotonic() - outage_started
            break
        time.sleep(0.2)
    time.sleep(5)
    during = list(zip(statuses, latencies))[-50:]
    kp.start_cluster()
    back = time.monotonic()
    recovered = None
    while time.monotonic() - back < 60:
        if app.management_status("/q/health/ready") == 200 and app.status("/api/v1/articles?limit=3") == 200:
            recovered = time.monotonic() - back
            break
        time.sleep(0.5)
    stop.set()
    for worker in workers:
        worker.join()
    slowest = max(latency for _, latency in during) if during else None
    codes = sorted({status for status, _ in during}, key=str)
    check("outage: readiness 503", ready_down is not None, f"after {ready_down:.1f}s" if ready_down else "never")
    # Reads answered from the response cache may still be 200s: what matters is no hang and no 500.
    # Bound: the 2 s acquisition timeout plus slack for a machine shared with other builds.
    check("outage: fast answers, no 500", slowest is not None and slowest < 6 and 500 not in codes and 503 in codes,
          f"statuses {codes}, slowest {slowest:.2f}s over the last {len(during)} requests")
    check("outage: recovery without restart", recovered is not None,
          f"{recovered:.1f}s after PostgreSQL came back" if recovered else "not within 60s")


def pool_exhaustion():
    app = kp.Kiosque(DB_PORT, HTTP_PORT, {"QUARKUS_DATASOURCE_JDBC_MAX_SIZE": "2",
                                          "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT": "1s",
                                          "KIOSQUE_CACHE_ENABLED": "false"})
    app.start()
    try:
        def one(_):
            started = time.monotonic()
            status = app.status("/api/v1/articles?limit=20", timeout=30)
            return status, time.monotonic() - started
        with concurrent.futures.ThreadPoolExecutor(max_workers=40) as pool:
            answers = list(pool.map(one, range(400)))
        slowest = max(latency for _, latency in answers)
        codes = {}
        for status, _ in answers:
            codes[status] = codes.get(status, 0) + 1
        check("pool exhaustion: bounded waits", slowest < 10 and None not in codes and 500 not in codes,
              f"{len(answers)} requests, 40 at once on 2 connections: statuses {codes}, slowest {slowest:.2f}s")
    finally:
        app.terminate()
        app.process.wait(timeout=30)


def kill_during_writes():
    app = kp.Kiosque(DB_PORT, HTTP_PORT)
    app.start()
    editor = app.token("editor")
    acknowledged = []
    stop = threading.Event()

    def write():
        i = 0
        while not stop.is_set():
            i += 1
            status, body, _ = app.request("POST", "/api/v1/articles", {
                "headline": f"Dépêche {threading.get_ident()} n°{i}",
                "body": [{"type": "paragraph", "text": "Texte de la dépêche « urgente »."}]}, editor, timeout=5)
            if status == 201:
                acknowledged.append(json.loads(body)["id"])
    writers = [threading.Thread(target=write) for _ in range(4)]
    for writer in writers:
        writer.start()
    time.sleep(8)
    app.kill9()
    stop.set()
    for writer in writers:
        writer.join()
    app.start()
    missing, incomplete = [], []
    for article_id in acknowledged:
        status, body, _ = app.request("GET", f"/api/v1/articles/{article_id}", token=editor)
        if status != 200:
            missing.append(article_id)
            continue
        article = json.loads(body)
        revisions = json.loads(app.request("GET", f"/api/v1/articles/{article_id}/revisions", token=editor)[1])
        if not article["body"] or not revisions["items"]:
            incomplete.append(article_id)
    status, body, _ = app.request("GET", "/api/v1/articles?status=draft&limit=100", token=editor)
    check("kill -9: acknowledged writes survive", not missing and not incomplete and acknowledged,
          f"{len(acknowledged)} acknowledged, {len(missing)} missing, {len(incomplete)} half-written")
    app.terminate()
    app.process.wait(timeout=30)


def graceful_shutdown():
    app = kp.Kiosque(DB_PORT, HTTP_PORT, {"QUARKUS_SHUTDOWN_DELAY": "3s"})
    app.start()
    stop = threading.Event()
    statuses = []

    def read():
        while not stop.is_set():
            statuses.append(app.status("/api/v1/articles?limit=20"))
    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    time.sleep(1)
    before = len(statuses)
    app.terminate()
    signalled = time.monotonic()
    ready_down = None
    while time.monotonic() - signalled < 3:
        status = app.management_status("/q/health/ready")
        if status == 503:
            ready_down = time.monotonic() - signalled
            break
        time.sleep(0.05)
    code = app.process.wait(timeout=40)
    stop.set()
    for reader in readers:
        reader.join()
    failed = [s for s in statuses[:before] if s != 200]
    check("SIGTERM: readiness down first", ready_down is not None,
          f"readiness 503 {ready_down:.2f}s after SIGTERM" if ready_down is not None else "never seen")
    check("SIGTERM: in-flight requests finish, clean exit", code in (0, 143) and not failed,
          f"exit code {code}, {len(statuses)} requests, {len(failed)} failed among those before the signal")


def production_profile():
    log = "target/ops-kiosque-json.log"
    if os.path.exists(os.path.join(kp.ROOT, log)):
        os.remove(os.path.join(kp.ROOT, log))
    app = kp.Kiosque(DB_PORT, HTTP_PORT, {"QUARKUS_LOG_CONSOLE_JSON_ENABLED": "true"}, log=log)
    app.start()
    try:
        statuses = {path: app.status(path) for path in ("/q/dev-ui", "/q/dev-ui/", "/q/dev", "/q/openapi",
                                                       "/q/swagger-ui/", "/q/health/ready", "/q/metrics")}
        statuses.update({"management " + path: app.management_status(path) for path in ("/q/health/ready",
                                                                                          "/q/metrics")})
        expected = {"/q/dev-ui": 404, "/q/dev-ui/": 404, "/q/dev": 404, "/q/openapi": 200, "/q/swagger-ui/": 200,
                    "/q/health/ready": 404, "/q/metrics": 404, "management /q/health/ready": 200,
                    "management /q/metrics": 200}
        check("production profile: routes", statuses == expected, f"{statuses}")
    finally:
        app.terminate()
        app.process.wait(timeout=30)
    lines = [line for line in open(os.path.join(kp.ROOT, log), encoding="utf-8") if line.strip()]
    parsed = 0
    for line in lines:
        try:
            json.loads(line)
            parsed += 1
        except ValueError:
            pass
    check("production profile: JSON logs", lines and parsed == len(lines), f"{parsed} of {len(lines)} lines are JSON")


def main():
    kp.ensure_built()
    kp.ensure_cluster(DB_PORT)
    try:
        # Without the response cache, so that every request of the load really needs the database.
        app = kp.Kiosque(DB_PORT, HTTP_PORT, {"KIOSQUE_CACHE_ENABLED": "false"})
        app.start()
        database_outage(app)
        app.terminate()
        app.process.wait(timeout=30)
        pool_exhaustion()
        kill_during_writes()
        graceful_shutdown()
        production_profile()
    finally:
        kp.drop_cluster()
    failed = [name for name, ok, _ in results if not ok]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
