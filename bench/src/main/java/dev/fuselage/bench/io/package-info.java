/**
 * Point-cloud I/O benchmarks (issue #2): a generator of lidar-like synthetic clouds in every format, JMH
 * benchmarks that read them through {@link dev.fuselage.io.PointCloudIO}, a plain FileChannel baseline, laszip4j
 * as the Java LAS/LAZ peer, a memory-footprint probe, and a runner that prints one line per result so the
 * driver script {@code bench/run-io-bench.sh} can set them beside the native peers in {@code bench/peers}.
 */
package dev.fuselage.bench.io;
