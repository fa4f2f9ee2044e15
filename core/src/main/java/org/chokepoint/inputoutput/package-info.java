/**
 * Input–output analysis as pymrio defines it (method 9 of {@code ../shared/DESIGN.md}; definitions
 * in {@code docs/methods/input-output.md}): an {@link org.chokepoint.inputoutput.IoSystem} (flows
 * Z, final demand Y, satellite {@link org.chokepoint.inputoutput.Extension}s F and F_Y, labelled by
 * region and sector) is analysed by {@link org.chokepoint.inputoutput.IoAnalysis} into output x,
 * coefficients A and B, the Leontief and Ghosh inverses L and G where the system is small enough
 * for them, and per extension the multipliers S, M, M_down and the footprint accounts D_cba, D_pba,
 * D_imp, D_exp per (region, sector) and per region. Large sparse systems are solved by iteration
 * and never form a dense inverse. {@link org.chokepoint.inputoutput.Aggregation} merges regions and
 * sectors by a concordance. The inoperability models are in {@code .iim}; the matrix kernels in
 * {@code .matrix}. The dynamic models build on the same {@code IoSystem}.
 */
package org.chokepoint.inputoutput;
