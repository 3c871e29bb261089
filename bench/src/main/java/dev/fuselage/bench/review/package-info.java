/** Benchmarks of issue 13: automatic checks and label-set comparison over generated 1,000-frame projects. */
package dev.fuselage.bench.review;
