/**
 * The matrix engine: a dense row-major {@link org.mtl4j.math.Matrix} and general matrix multiply.
 *
 * <p>Three layers, kept apart as in EJML:
 * <ul>
 *   <li>the data type, {@link org.mtl4j.math.Matrix}, with its cheap elementwise and reduction kernels;</li>
 *   <li>the friendly front, {@link org.mtl4j.math.Gemm}: {@code C ← alpha · op(A) · op(B) + beta · C} on
 *       matrices, checking shapes (naming both) and rejecting an output that aliases an input;</li>
 *   <li>the backends behind the sealed {@link org.mtl4j.math.GemmBackend}, working on raw arrays:
 *       {@link org.mtl4j.math.NativeGemm} (the system BLAS, OpenBLAS where installed, through netlib's JNI
 *       binding), {@link org.mtl4j.math.VectorGemm} (pure Java on the incubating Vector API: packed panels,
 *       a register-blocked kernel, a fixed split over a small daemon pool) and
 *       {@link org.mtl4j.math.PlainGemm} (the i-k-j loop every other backend is tested against).</li>
 * </ul>
 *
 * <p>{@link org.mtl4j.math.Engine} picks one backend per JVM: {@code -Dmtl4j.backend} or
 * {@code MTL4J_BACKEND} ({@code native}, {@code vector}, {@code plain}, {@code auto}), where {@code auto}
 * means native if it loads, else vector if {@code jdk.incubator.vector} is present, else plain; and
 * {@link org.mtl4j.math.Engine#describe()} says what was chosen and why the others were not. Every backend
 * is deterministic: the same inputs give the same bits, run after run. The vector backend uses
 * {@code -Dmtl4j.threads} threads (default: the available processors), the native one OpenBLAS's own
 * ({@code OPENBLAS_NUM_THREADS}). The JVM needs
 * {@code --add-modules jdk.incubator.vector} for the vector backend and
 * {@code --enable-native-access=ALL-UNNAMED} to load the native one without a warning.
 */
package org.mtl4j.math;
