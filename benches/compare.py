#!/usr/bin/env python3
"""Measurement helpers of benches/compare.sh (stdlib only).

  rss PID...                 summed resident memory of the processes, MiB
  cpu PID...                 summed user+system CPU seconds of the processes
  sample OUT PID...          every 0.5 s, writes the peak summed RSS (MiB) so far to OUT; runs until killed
  requests LOG SINCE UNTIL   API requests of the controllers in the audit log received in [SINCE, UNTIL]
                             (epoch seconds; UNTIL may be "inf"), printed as a total
  trace LOG SINCE UNTIL      the same requests, one "agent verb resource" count per line, most frequent first
  crds                       reads a multi-document YAML stream on stdin, prints only the CustomResourceDefinitions
  repos DIR N                writes N/10 repositories DIR/repo-G (10 folders of 4 ConfigMaps each)
  table FILE                 prints the results FILE (workload, metric, flux, ours per line) as one table

Controllers are told apart by the User-Agent the audit log records: Flux's send `<controller>/<version> ...`,
and `flux serve` sends `<controller>/<version> flux-rs` per controller, so one prefix list counts both.
"""
import datetime
import json
import os
import sys
import time

CONTROLLERS = ("source-controller/", "kustomize-controller/", "helm-controller/", "notification-controller/")
TICK = os.sysconf("SC_CLK_TCK")


def rss(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / TICK


def events(log, since, until):
    """Controller requests (one per auditID) received in [since, until]."""
    seen = set()
    paths = [p for p in (log + ".1", log) if os.path.exists(p)]
    for path in paths:
        with open(path) as f:
            for line in f:
                try:
                    e = json.loads(line)
                except ValueError:
                    continue
                agent = e.get("userAgent", "")
                if not agent.startswith(CONTROLLERS) or e["auditID"] in seen:
                    continue
                ts = datetime.datetime.fromisoformat(e["requestReceivedTimestamp"].replace("Z", "+00:00"))
                if since <= ts.timestamp() <= until:
                    seen.add(e["auditID"])
                    yield e


def describe(e):
    ref = e.get("objectRef", {})
    resource = ref.get("resource", e.get("requestURI", "?"))
    if ref.get("subresource"):
        resource += "/" + ref["subresource"]
    return f"{e['userAgent'].split('/')[0]:22} {e['verb']:7} {resource}"


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "rss":
        print(f"{rss(args):.1f}")
    elif cmd == "cpu":
        print(f"{cpu(args):.2f}")
    elif cmd == "sample":
        out, pids, peak = args[0], args[1:], 0.0
        while True:
            peak = max(peak, rss(pids))
            with open(out + ".tmp", "w") as f:
                f.write(f"{peak:.1f}\n")
            os.replace(out + ".tmp", out)
            time.sleep(0.5)
    elif cmd in ("requests", "trace"):
        log, since = args[0], float(args[1])
        until = float("inf") if args[2] == "inf" else float(args[2])
        found = list(events(log, since, until))
        if cmd == "requests":
            print(len(found))
        else:
            counts = {}
            for e in found:
                counts[describe(e)] = counts.get(describe(e), 0) + 1
            for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
                print(f"{n:6} {key}")
    elif cmd == "crds":
        docs = sys.stdin.read().split("\n---\n")
        print("\n---\n".join(d for d in docs if "\nkind: CustomResourceDefinition\n" in "\n" + d + "\n"))
    elif cmd == "repos":
        root, n = args[0], int(args[1])
        for k in range(n):
            d = f"{root}/repo-{k // 10:03}/ks-{k:04}"
            os.makedirs(d, exist_ok=True)
            with open(f"{d}/configmaps.yaml", "w") as f:
                for c in range(4):
                    f.write(f"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ks-{k:04}-{c}\n"
                            f"data:\n  value: \"{k}-{c}\"\n")
    elif cmd == "table":
        rows = [line.rstrip("\n").split("\t") for line in open(args[0]) if line.strip()]
        print(f"{'workload':34} {'metric':22} {'Flux':>12} {'ours':>12} {'ours/Flux':>10}")
        for workload, metric, flux, ours in rows:
            try:
                ratio = f"{float(ours) / float(flux):.3f}" if float(flux) else "-"
            except ValueError:
                ratio = "-"
            print(f"{workload:34} {metric:22} {flux:>12} {ours:>12} {ratio:>10}")
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
