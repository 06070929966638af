/**
 * Python 3.13's numeric semantics as pure Java static functions, independent of the object
 * model: the VM unwraps its objects, calls these, and wraps the results.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A Python int is a {@code Long} when it fits, else a {@code BigInteger}; every result is
 *       normalised ({@link regpy.numeric.IntOps#normalize}). {@code Boolean} and {@code Integer}
 *       are accepted as int inputs.</li>
 *   <li>A float is a {@code double}; a complex result is a {@link regpy.numeric.Complex}.</li>
 *   <li>Errors are {@link regpy.numeric.NumericError}: the Python exception class name and
 *       CPython's exact message, for the VM to raise.</li>
 *   <li>Type errors between operand types ("unsupported operand type(s)") and argument
 *       conversion (__index__, __float__) are the VM's; kernels receive converted values.</li>
 * </ul>
 *
 * <h2>Where the results may differ from CPython</h2>
 * Everything that is specified exactly (integer arithmetic, float division and modulo,
 * rounding, conversions, float.hex, hashing, fsum, hypot, comb/perm/factorial...) matches
 * CPython 3.13 bit for bit on the generated cases. The exceptions:
 * <ul>
 *   <li>Transcendental functions: CPython calls glibc, which is correctly rounded in practice;
 *       here fdlibm ({@code StrictMath}) or HotSpot's intrinsics are used (see {@code Libm}),
 *       which can differ in the last bit. Measured on random arguments: exp, log, log1p,
 *       expm1, pow, cbrt, asinh, atanh, lgamma match 100%; sin/cos/tan/sinh/cosh/exp2/log2/
 *       log10/gamma 98-99.9%; erf, erfc about 97%; atan, asin, acos 92-95%; atan2 about 87%.
 *       Never more than one ulp apart except erfc (rarely two). cbrt follows glibc's own
 *       algorithm, so it matches even where glibc is not correctly rounded.</li>
 *   <li>math.hypot, math.dist and abs(complex) are correctly rounded; CPython's are "almost
 *       always" correctly rounded, so a rare last-bit difference is possible.</li>
 *   <li>math.sumprod over floats is the exactly rounded dot product; CPython's extended
 *       precision accumulation gives the same except in pathological cancellations.</li>
 *   <li>NaN hashes by identity in 3.13: the VM supplies that hash
 *       ({@link regpy.numeric.NumericHash#hashComplex(double, double, long)}).</li>
 *   <li>Results too large for a BigInteger (2**31 bits) raise MemoryError, where CPython would
 *       try to allocate them.</li>
 * </ul>
 */
package regpy.numeric;
