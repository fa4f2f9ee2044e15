/**
 * Matrix kernels for input–output analysis on primitive arrays: {@link
 * org.chokepoint.inputoutput.matrix.DenseMatrix} (row-major {@code double[]}), {@link
 * org.chokepoint.inputoutput.matrix.CsrMatrix} (compressed sparse rows), LU with partial pivoting
 * ({@link org.chokepoint.inputoutput.matrix.DenseLu}), and the two ways of applying a Leontief-type
 * inverse {@code (I − C)⁻¹} behind one contract ({@link
 * org.chokepoint.inputoutput.matrix.LeontiefInverse}): the explicit dense inverse for small systems
 * and Gauss–Seidel sweeps on sparse rows for large ones, which never forms the inverse. Nothing
 * here knows regions, sectors or extensions.
 */
package org.chokepoint.inputoutput.matrix;
