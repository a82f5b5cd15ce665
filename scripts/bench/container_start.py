#!/usr/bin/env python3
"""`docker run` of the image to its first healthy answer, next to `docker run --rm --entrypoint /bin/true`.

Usage: container_start.py IMAGE RUNS
Each round runs, one right after the other (interleaved, so both meet the same load):
  true   `docker run --rm --entrypoint /bin/true IMAGE`, wall time until it returns (Docker's own
         pace: create, start, wait, remove a container of this image)
  serve  `docker run -d -p 127.0.0.1:PORT:8080 IMAGE`, wall time until GET /_relay/health on the
         published port answers 200 (polled every 2 ms from this process, no curl per try)
Prints one JSON line: best and median of each, and best serve / best true.
"""
import http.client
import json
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/_relay/health")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except (OSError, http.client.HTTPException):
        return False


def true_ms(image):
    started = time.monotonic()
    subprocess.run(["docker", "run", "--rm", "--entrypoint", "/bin/true", image], check=True,
                   stdout=subprocess.DEVNULL)
    return (time.monotonic() - started) * 1000


def serve_ms(image):
    port = free_port()
    started = time.monotonic()
    cid = subprocess.run(["docker", "run", "-d", "-p", f"127.0.0.1:{port}:8080", image], check=True,
                         capture_output=True, text=True).stdout.strip()
    try:
        while not healthy(port):
            if time.monotonic() - started > 60:
                raise SystemExit(f"{image} gave no healthy answer within 60 s")
            time.sleep(0.002)
        return (time.monotonic() - started) * 1000
    finally:
        subprocess.run(["docker", "rm", "-f", cid], check=True, stdout=subprocess.DEVNULL)


def main():
    image, runs = sys.argv[1], int(sys.argv[2])
    true_ms(image)  # the image's layers read once before either is timed
    trues, serves = [], []
    for _ in range(runs):
        trues.append(true_ms(image))
        serves.append(serve_ms(image))
    print(json.dumps({
        "runs": runs,
        "true_best_ms": round(min(trues)), "true_median_ms": round(statistics.median(trues)),
        "to_healthy_best_ms": round(min(serves)), "to_healthy_median_ms": round(statistics.median(serves)),
        "ratio_best": round(min(serves) / min(trues), 2),
        "ratio_median": round(statistics.median(serves) / statistics.median(trues), 2),
    }))


if __name__ == "__main__":
    main()
