#!/usr/bin/env python3
"""Turns one benchmark run (results.jsonl and meta.jsonl written by bench.sh) into report.md and summary.txt."""

import json
import statistics
import sys
from pathlib import Path

ENDPOINTS = [
    # key, label, throughput-ratio target, 100k/1k target
    ("slug", "article by slug", 0.8, 0.9),
    ("conditional", "conditional GET (If-None-Match)", 0.9, 0.9),
    ("section", "section page 1 (20 items)", 0.5, 0.8),
    ("tag", "tag page (20 items)", 0.5, 0.8),
    ("deep", "deep cursor page", 0.4, 0.8),
    ("search", "search `q=coree`", 0.15, 0.5),
]
P99_TARGET_MS = 25.0


def load(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def ms(us):
    return None if us is None else us / 1000.0


def fmt(value, pattern="{:.2f}", missing="n/a"):
    return missing if value is None else pattern.format(value)


def fmt_ratio(value):
    return fmt(value, "{:.3f}" if value is not None and value < 0.1 else "{:.2f}")


def success_share(statuses):
    total = sum(statuses.values())
    ok = sum(count for status, count in statuses.items() if int(status) < 400)
    return ok / total if total else 0.0


def status_text(statuses):
    return ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items())) or "none"


def cpu_per_request(results, cpu, dataset, endpoint):
    """Median CPU milliseconds per request (application, database backends) over the max-rate runs."""
    app, db = [], []
    for c in cpu:
        if c["dataset"] != dataset or c["endpoint"] != endpoint or c["kind"] != "max":
            continue
        run = [r for r in results if r["dataset"] == dataset and r["endpoint"] == endpoint and r["kind"] == "max"
               and r["round"] == c["round"] and r.get("pair", "") == c.get("pair", "")]
        if run and run[0]["requests"]:
            app.append(c["app_ticks"] * 1000 / c["hz"] / run[0]["requests"])
            db.append(c["db_ticks"] * 1000 / c["hz"] / run[0]["requests"])
    if not app:
        return None
    return statistics.median(app), statistics.median(db)


def measure(results, dataset, endpoint):
    """Median figures of the alternated max-rate runs of one endpoint, with the baseline run paired to each."""
    runs = [r for r in results if r["dataset"] == dataset and r["endpoint"] == endpoint and r["kind"] == "max"]
    if not runs:
        return None
    ratios = []
    for run in runs:
        base = [b for b in results if b["dataset"] == dataset and b["endpoint"] == "baseline" and b["kind"] == "max"
                and b.get("pair") == endpoint and b["round"] == run["round"]]
        if base and base[0]["rps"] > 0:
            ratios.append(run["rps"] / base[0]["rps"])
    statuses = {}
    for run in runs:
        for status, count in run["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count
    half = [r for r in results if r["dataset"] == dataset and r["endpoint"] == endpoint and r["kind"] == "half"]
    # The API floor answers 400 on purpose: its ratio is what matters.
    answered = success_share(statuses) >= 0.5 or endpoint == "floor"
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "ratio": statistics.median(ratios) if ratios and answered else None,
        "ratios": ratios,
        "p50": statistics.median(r["p50_us"] for r in runs) / 1000,
        "p99": statistics.median(r["p99_us"] for r in runs) / 1000,
        "statuses": statuses,
        "answered": answered,
        "half": half[-1] if half else None,
        "errors": sum(sum(v for k, v in r["errors"].items() if k != "status") for r in runs),
    }


def main():
    run_dir = Path(sys.argv[1])
    results = load(run_dir / "results.jsonl")
    cpu = load(run_dir / "cpu.jsonl") if (run_dir / "cpu.jsonl").exists() else []
    meta_rows = load(run_dir / "meta.jsonl")
    run = meta_rows[0]
    datasets = []
    meta = {}
    for row in meta_rows[1:]:
        if "dataset" in row:
            if row["dataset"] not in meta:
                datasets.append(row["dataset"])
                meta[row["dataset"]] = {}
            meta[row["dataset"]].update(row)
        else:
            run.update(row)
    small, large = (datasets[0], datasets[-1]) if datasets else (None, None)

    figures = {(d, e): measure(results, d, e) for d in datasets
               for e, *_ in ENDPOINTS + [("baseline", "", 0, 0), ("floor", "", 0, 0)]}
    base_rps = {d: statistics.median([r["rps"] for r in results if r["dataset"] == d and r["endpoint"] == "baseline"
                                      and r["kind"] == "max"] or [0]) for d in datasets}

    def sql_per_request(dataset, endpoint):
        sql = meta.get(dataset, {}).get("sql", {}).get(endpoint)
        if not sql:
            return None
        return sql["statements"] / sql["requests"], sql["other"] / sql["requests"]

    def scale_ratio(endpoint):
        a, b = figures.get((small, endpoint)), figures.get((large, endpoint))
        if small == large or not a or not b or a["ratio"] is None or b["ratio"] is None:
            return None
        return b["ratio"] / a["ratio"]

    def cpu_of(dataset, endpoint):
        return cpu_per_request(results, cpu, dataset, endpoint)

    def cpu_ratio(dataset, endpoint):
        """Baseline CPU per request over the endpoint's: the throughput ratio of a machine where CPU is the limit."""
        base, own = cpu_of(dataset, "baseline"), cpu_of(dataset, endpoint)
        f = figures.get((dataset, endpoint))
        if not base or not own or not f or not f["answered"] or sum(own) == 0:
            return None
        return sum(base) / sum(own)

    def cpu_scale_ratio(endpoint):
        a, b = cpu_ratio(small, endpoint), cpu_ratio(large, endpoint)
        if small == large or a is None or b is None:
            return None
        return b / a

    def verdict(value, target):
        if value is None:
            return "n/a"
        return "ok" if value >= target else "**miss**"

    lines = []
    out = lines.append
    out("# Kiosque read-path benchmark")
    out("")
    out(f"Run `{run['run']}`, {run['mode']} mode ({run['rounds']} alternated round(s) of {run['duration_s']} s per "
        f"endpoint), commit `{run['commit']}`, {run['cpu']}, load average {run.get('load_before')} before and "
        f"{run.get('load_after')} after, {run['wrk']}, {run['java']}. Whole run: {run.get('elapsed_s', '?')} s.")
    out("")
    out(f"Baseline: `/q/health/live` of the same process ({', '.join(f'{d}: {base_rps[d]:.0f} req/s' for d in datasets)}). "
        "Throughput ratios are endpoint ÷ the baseline run just before it; 100k/1k compares those ratios, so noise "
        "between the two application runs cancels out.")
    out("")
    out(f"## Targets ({large} dataset)")
    out("")
    out(f"| endpoint | throughput ratio | target | {large}/{small} ratio | target | p99 at half max rate | target | SQL/request | CPU-cost ratio | {large}/{small} by CPU cost |")
    out("|---|---|---|---|---|---|---|---|---|---|")
    summary = []
    for key in ("baseline", "floor"):
        f = figures.get((large, key))
        if f:
            summary.append(f"{large:>5} {key:<12} {f['rps']:8.0f} req/s  ratio {fmt_ratio(1.0 if key == 'baseline' else f['ratio'])}  "
                           f"p50 {f['p50']:.1f} ms  p99 {f['p99']:.1f} ms  statuses {status_text(f['statuses'])}")
    for key, label, ratio_target, scale_target in ENDPOINTS:
        f = figures.get((large, key))
        if not f:
            continue
        scale = scale_ratio(key)
        half = f["half"]
        half_p99 = ms(half["co_p99_us"]) if half and f["answered"] else None
        sql = sql_per_request(large, key)
        note = ""
        if not f["answered"]:
            note = f" (answers {status_text(f['statuses'])})"
        elif key == "conditional" and "304" not in f["statuses"]:
            note = f" (no 304 yet: {status_text(f['statuses'])})"
        out(f"| {label}{note} | {fmt_ratio(f['ratio'])} {verdict(f['ratio'], ratio_target)} | ≥ {ratio_target} "
            f"| {fmt_ratio(scale)} {verdict(scale, scale_target)} | ≥ {scale_target} "
            f"| {fmt(half_p99, '{:.1f} ms')} {'n/a' if half_p99 is None else ('ok' if half_p99 < P99_TARGET_MS else '**miss**')} "
            f"| < {P99_TARGET_MS:.0f} ms | {fmt(sql[0] if sql else None, '{:.1f}')} | {fmt_ratio(cpu_ratio(large, key))} | {fmt_ratio(cpu_scale_ratio(key))} |")
        summary.append(
            f"{large:>5} {key:<12} {f['rps']:8.0f} req/s  ratio {fmt_ratio(f['ratio'])} (≥{ratio_target})  "
            f"{large}/{small} {fmt_ratio(scale)} (≥{scale_target})  p50 {f['p50']:.1f} ms  p99 {f['p99']:.1f} ms  "
            f"half-rate p99 {fmt(half_p99, '{:.1f} ms')}  CPU-cost ratio {fmt_ratio(cpu_ratio(large, key))} ({large}/{small} {fmt_ratio(cpu_scale_ratio(key))})  SQL/req {fmt(sql[0] if sql else None, '{:.1f}')}  "
            f"statuses {status_text(f['statuses'])}")
    out("")
    out("CPU-cost ratio: CPU time per request of the baseline (application + PostgreSQL backends) ÷ the endpoint's, "
        "from /proc during the same runs: what the throughput ratio would be on a machine where only CPU limits, and "
        "far less sensitive to other load on the machine than req/s. The last column compares those between the two "
        "datasets.")
    out("")
    floor = figures.get((large, "floor"))
    if floor and floor["ratio"] is not None:
        out(f"For scale: the API floor (a request to the articles resource that is rejected with a 400 before any SQL: "
            f"routing, filters, parameter parsing, a problem document) has a throughput ratio of "
            f"{fmt_ratio(floor['ratio'])} and a CPU-cost ratio of {fmt_ratio(cpu_ratio(large, 'floor'))}; no endpoint of "
            "the resource can do better without a cache in front of it.")
        out("")
    out("Conditional GET: until the application serves ETags it answers 200 with the full article; its figures are "
        "those of a plain read carrying an `If-None-Match` header. Search answers 400 until `q` exists: n/a.")
    out("")

    for dataset in datasets:
        m = meta[dataset]
        out(f"## {dataset} articles ({m.get('published')} published)")
        out("")
        out(f"Section `{m.get('section')}` (with its subsections), tag `{m.get('tag')}` ({m.get('tag_articles')} published "
            f"articles), deep page = page {m.get('deep_depth', 0) + 1} of the default list, slugs: the "
            f"{m.get('slugs')} most recent published articles drawn by a Zipf law (s = 1) over recency; conditional "
            f"GET: the {m.get('etag_slugs')} most read of them, {m.get('slugs_with_etag')} of which had an ETag. Startup to first 200 on /q/health/ready: "
            f"{m.get('startup_ms')} ms (Quarkus: started in {m.get('started_in_s') or '?'} s). Resident memory "
            f"after the run: {m.get('rss_mib')} MiB (peak {m.get('peak_rss_mib')} MiB).")
        out("")
        out("| endpoint | req/s | ratio | p50 | p99 | statuses | SQL/request | CPU ms/request: app + db | half rate: target → achieved | p50 | p99 (from due time) |")
        out("|---|---|---|---|---|---|---|---|---|---|---|")
        for key, label, *_ in [("baseline", "baseline `/q/health/live`"),
                               ("floor", "API floor: `/api/v1/articles?limit=0` (400 before any SQL)")] + ENDPOINTS:
            f = figures.get((dataset, key))
            if not f:
                continue
            sql = sql_per_request(dataset, key)
            half = f["half"]
            ratio = "1" if key == "baseline" else fmt_ratio(f["ratio"])
            if f["ratios"] and len(f["ratios"]) > 1:
                ratio += " (" + ", ".join(fmt_ratio(r) for r in f["ratios"]) + ")"
            sql_text = "n/a" if not sql else f"{sql[0]:.1f}" + (f" (+{sql[1]:.1f} tx control)" if sql[1] else "")
            half_text = ("n/a", "", "") if not half else (
                f"{half['target_rps']:.0f} → {half.get('achieved_rps', half['rps']):.0f}", f"{ms(half['co_p50_us']):.1f} ms",
                f"{ms(half['co_p99_us']):.1f} ms")
            c = cpu_of(dataset, key)
            cpu_text = "n/a" if not c else f"{c[0]:.2f} + {c[1]:.2f}"
            out(f"| {label} | {f['rps']:.0f} | {ratio} | {f['p50']:.1f} ms | {f['p99']:.1f} ms | {status_text(f['statuses'])} "
                f"| {sql_text} | {cpu_text} | {half_text[0]} | {half_text[1]} | {half_text[2]} |")
        out("")

    out("## Method")
    out("")
    out(f"- Maximum rate: wrk, {run['threads']} threads, {run['connections']} keep-alive connections over loopback, "
        "each endpoint run right after a baseline run; a warm-up run per endpoint is discarded. p50/p99 at the "
        "maximum rate are mostly queueing.")
    out(f"- Half the maximum rate: wrk with a Lua schedule (load.lua), {run['rate_threads']} connections each sending on "
        "a fixed timetable; latency is counted from when a request was due, wrk2-style (Debian has no wrk2). Timer "
        "resolution is 1 ms.")
    out("- SQL statements per request: a separate start of the application whose connections run with "
        "`log_statement=all`; statements of the benchmark database in PostgreSQL's log during 20 sequential requests "
        "(10 in quick mode), divided by their number (transaction control counted apart).")
    out("- Everything shares 2 CPU cores with PostgreSQL, wrk and other work on the machine: absolute figures are "
        "noisy, ratios much less so.")
    (run_dir / "report.md").write_text("\n".join(lines) + "\n")
    (run_dir / "summary.txt").write_text("\n".join(summary) + "\n")


if __name__ == "__main__":
    main()
