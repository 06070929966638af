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
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link regpy.numeric.IntOps}: int + - * // % divmod / ** pow(a,b,m) - ~ abs &lt;&lt; &gt;&gt; &amp; | ^,
 *       bit_length, bit_count, compare, float(i); {@link regpy.numeric.IntConversions}: exact
 *       int-float comparison, to_bytes/from_bytes.</li>
 *   <li>{@link regpy.numeric.FloatOps}: / // % divmod ** (with {@code powerNeedsComplex}), int(x),
 *       floor/ceil/trunc, is_integer, as_integer_ratio; {@link regpy.numeric.Rounding}: round()
 *       for both.</li>
 *   <li>{@link regpy.numeric.ComplexOps}: * / abs ** ; {@link regpy.numeric.NumericHash}: int, float,
 *       complex and tuple hashes.</li>
 *   <li>math: {@link regpy.numeric.MathFunctions} (float functions, log of huge ints, pow, fmod,
 *       frexp, ldexp, nextafter, ulp, isclose, fma), {@link regpy.numeric.MathIntegers} (factorial,
 *       comb, perm, gcd, lcm, isqrt), {@link regpy.numeric.SpecialFunctions} (erf, erfc, gamma,
 *       lgamma), {@link regpy.numeric.PreciseSums} (fsum, hypot, dist, sumprod);
 *       {@link regpy.numeric.CompensatedSum} is builtin sum()'s float accumulator.</li>
 *   <li>Text (int/float/complex from str, str(int), float.hex/fromhex, format specs, printf-style
 *       formatting) lives in {@code regpy.text}; the CPython cases of numeric_cases.tsv cover
 *       it too. repr(float) is {@code regpy.code.Repr}.</li>
 * </ul>
 *
 * <h2>Where the results may differ from CPython</h2>
 * Everything that is specified exactly (integer arithmetic, float division and modulo,
 * rounding, conversions, float.hex, hashing, fsum, hypot, comb/perm/factorial...) matches
 * CPython 3.13 bit for bit on the generated cases. The exceptions:
 * <ul>
 *   <li>Transcendental functions: CPython calls glibc 2.36, which is correctly rounded in
 *       practice. Here exp, exp2, atan/atan2/asin/acos, log2 and integral powers are computed in
 *       double-double and rounded once; cbrt, erf, erfc, log10 follow glibc's own algorithms;
 *       the rest use fdlibm ({@code StrictMath}) or HotSpot's intrinsics (see {@code Libm}).
 *       On random arguments these agree bit for bit with CPython on 99.6-100% of inputs (the
 *       few 1-ulp differences are in sin, tan, cos, erfc, acosh, and exp/exp2 where glibc itself
 *       is not correctly rounded: about 1 in 1000); never more than
 *       one ulp apart.</li>
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
