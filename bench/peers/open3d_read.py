"""Open3D 0.16 peer for issue #2 (Debian python3-open3d; run with /usr/bin/python3).

Times in-process reads with a warm page cache (one untimed read first): the tensor API
(o3d.t.io.read_point_cloud, which keeps intensity as an attribute) as 'open3d-t', and the legacy API
(o3d.io.read_point_cloud, xyz only) as 'open3d-legacy' when --legacy is given.

Usage: open3d_read.py [--legacy] RUNS FORMAT SIZE FILE [FORMAT SIZE FILE ...]
Prints: RESULT open3d-t FORMAT SIZE MEDIAN_MS RUNS
"""
import statistics
import sys
import time

import open3d as o3d


def tensor_read(path):
    cloud = o3d.t.io.read_point_cloud(path)
    return cloud.point["positions"].shape[0]


def legacy_read(path):
    return len(o3d.io.read_point_cloud(path).points)


def time_reads(read, path, runs):
    points = read(path)
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        n = read(path)
        ms.append((time.perf_counter() - t0) * 1000.0)
        if n != points:
            raise RuntimeError(f"{path}: read {n} points, first read gave {points}")
    return points, statistics.median(ms)


def main(argv):
    legacy = "--legacy" in argv
    args = [a for a in argv if a != "--legacy"]
    if len(args) < 4 or (len(args) - 1) % 3 != 0:
        print(__doc__, file=sys.stderr)
        return 2
    o3d.utility.set_verbosity_level(o3d.utility.VerbosityLevel.Error)
    runs = int(args[0])
    apis = [("open3d-t", tensor_read)] + ([("open3d-legacy", legacy_read)] if legacy else [])
    for i in range(1, len(args), 3):
        fmt, size, path = args[i:i + 3]
        for name, read in apis:
            points, median = time_reads(read, path, runs)
            if points == 0:
                print(f"RESULT {name} {fmt} {size} - 0 failed(read 0 points)", flush=True)
            else:
                print(f"RESULT {name} {fmt} {size} {median:.2f} {runs}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
