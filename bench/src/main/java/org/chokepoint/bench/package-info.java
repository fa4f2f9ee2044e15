/**
 * Benchmarks of the core kernels against the tool a user would otherwise pick, on SYNTHETIC data
 * shaped like the real sources: {@link org.chokepoint.bench.BaciShapedTable} generates a
 * BACI-shaped trade table and {@link org.chokepoint.bench.GroupedHhiBenchmark} times {@link
 * org.chokepoint.concentration.GroupedHhi} against the same query in DuckDB SQL, in the same run.
 * Never shipped; results are recorded in {@code docs/benchmarks.md}.
 */
package org.chokepoint.bench;
