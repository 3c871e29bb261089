/**
 * JMH benchmarks. Each sub-package measures one module ({@code io}, {@code render}, {@code fusion}); inputs are
 * generated, never read from the shared test data, so sizes can go to 10 M points and beyond.
 */
package dev.fuselage.bench;
