#!/usr/bin/env python3
"""Soak: mixed reads and conflicting writes at a steady rate against the packaged application, on loopback.

Readers fetch the seed article (plain and conditional), section fronts and tag pages; editors update the same few
articles with If-Match, so conflicts (412) are frequent and expected. Every 30 s it samples the heap (all of it, and
the old generation, where what survives garbage collection lives) and database
connections from /q/metrics.

Usage: python3 src/ops/soak.py [--seconds 600] [--rate 40]   (default 10 minutes at 40 requests/s)
Exit code 0 when: zero 5xx, only 200/201/304/412 seen, connections bounded, and the old generation stable: at the
end no more than 1.5 times (or 32 MB above) what it was a third of the way in. The whole heap saw-tooths with every
young collection, so it says nothing about leaks on its own.
"""
import argparse
import json
import random
import sys
import threading
import time

import kiosque_process as kp

DB_PORT = 5498
HTTP_PORT = 18111
SEED = kp.SEED_SLUG


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--rate", type=int, default=40, help="requests per second, all clients together")
    args = parser.parse_args()
    kp.ensure_built()
    kp.ensure_cluster(DB_PORT, "kiosque-soak")
    app = kp.Kiosque(DB_PORT, HTTP_PORT, log="target/soak-kiosque.log")
    try:
        startup = app.start()
        editor = app.token("editor")
        ids = []
        for i in range(5):
            status, body, _ = app.request("POST", "/api/v1/articles", {
                "headline": f"Soak n°{i} : l'alliance « stratégique »", "section": "international",
                "tags": ["coree-du-nord"], "body": [{"type": "paragraph", "text": "Texte initial."}]}, editor)
            ids.append(json.loads(body)["id"])
            app.request("POST", f"/api/v1/articles/{ids[-1]}/publish", token=editor)
        seed_etag = app.request("GET", f"/api/v1/articles/{SEED}")[2].get("ETag")

        counts, lock = {}, threading.Lock()
        samples = []
        stop = threading.Event()

        def count(kind, status):
            with lock:
                counts[(kind, status)] = counts.get((kind, status), 0) + 1

        def one_request(rng):
            roll = rng.random()
            if roll < 0.35:
                count("article", app.status(f"/api/v1/articles/{SEED}"))
            elif roll < 0.55:
                count("conditional", app.request("GET", f"/api/v1/articles/{SEED}",
                                                 headers={"If-None-Match": seed_etag})[0])
            elif roll < 0.75:
                count("section", app.status("/api/v1/articles?section=international&limit=20"))
            elif roll < 0.85:
                count("tag", app.status("/api/v1/articles?tag=coree-du-nord&limit=20"))
            else:
                article = rng.choice(ids)
                etag = app.request("GET", f"/api/v1/articles/{article}", token=editor)[2].get("ETag")
                time.sleep(rng.random() * 0.05)  # a think time, so that editors overlap
                count("write", app.request("PATCH", f"/api/v1/articles/{article}",
                                           json.dumps({"standfirst": f"Mise à jour {rng.random()}"}), editor,
                                           {"If-Match": etag or "\"none\"",
                                            "Content-Type": "application/merge-patch+json"})[0])

        def client(seed, per_second):
            rng = random.Random(seed)
            interval = 1.0 / per_second
            next_at = time.monotonic()
            while not stop.is_set():
                one_request(rng)
                next_at += interval
                time.sleep(max(0.0, next_at - time.monotonic()))

        def sampler():
            while not stop.wait(30):
                samples.append((round(time.monotonic() - started), app.metric('jvm_memory_used_bytes{area="heap"'),
                                sum(app.metric(f'jvm_memory_used_bytes{{area="heap",id="{pool}"')
                                    for pool in ("G1 Old Gen", "Tenured Gen", "PS Old Gen")),
                                app.metric("agroal_active_count"), app.metric("agroal_available_count")))

        clients = 8
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(i, args.rate / clients)) for i in range(clients)]
        threads.append(threading.Thread(target=sampler))
        for thread in threads:
            thread.start()
        time.sleep(args.seconds)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

        total = sum(counts.values())
        statuses = {}
        for (_, status), n in counts.items():
            statuses[status] = statuses.get(status, 0) + n
        print(f"startup {startup:.1f}s; soak {elapsed:.0f}s; {total} requests ({total / elapsed:.1f}/s)")
        for key in sorted(counts, key=str):
            print(f"  {key[0]:12} {key[1]}: {counts[key]}")
        print("  t(s)  heap(MB)  old gen(MB)  active connections  idle connections")
        for t, heap, old, active, idle in samples:
            print(f"  {t:5}  {heap / 1e6:8.1f}  {old / 1e6:11.1f}  {active:18.0f}  {idle:16.0f}")
        server_errors = sum(n for status, n in statuses.items() if status is None or status >= 500)
        unexpected = {s: n for s, n in statuses.items() if s not in (200, 201, 304, 412)}
        old_early = samples[len(samples) // 3][2] if samples else 0
        old_late = max((old for _, _, old, _, _ in samples[-3:]), default=0)
        heap_stable = len(samples) < 4 or old_late <= max(1.5 * old_early, old_early + 32e6)
        connections_stable = all(active <= 20 for _, _, _, active, _ in samples)
        print(f"5xx: {server_errors}; unexpected statuses: {unexpected or 'none'}; old generation {old_early / 1e6:.0f} -> {old_late / 1e6:.0f} MB, stable: {heap_stable}; "
              f"connections bounded: {connections_stable}")
        ok = server_errors == 0 and not unexpected and heap_stable and connections_stable
        print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
        return 0 if ok else 1
    finally:
        app.terminate()
        app.process.wait(timeout=30)
        kp.drop_cluster("kiosque-soak")


if __name__ == "__main__":
    sys.exit(main())
