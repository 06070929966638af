package regpy.numeric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of numeric_cases.tsv (CPython 3.13's results, from gen_cases.py) through the
 * kernels; one dynamic test per operation, failing with the list of mismatching cases.
 */
class NumericCasesTest {
    private static final Map<String, Function<List<Object>, Object>> OPS = new LinkedHashMap<>();

    private static void op(String name, Function<List<Object>, Object> f) { OPS.put(name, f); }

    private static double d(Object o) { return (Double) o; }
    private static long l(Object o) { return (Long) o; }
    private static Complex c(Object o) { return (Complex) o; }

    private static double[] doubles(Object list) {
        List<?> items = (List<?>) list;
        double[] r = new double[items.size()];
        for (int i = 0; i < r.length; i++) r[i] = d(items.get(i));
        return r;
    }

    static {
        op("int_add", a -> IntOps.add(a.get(0), a.get(1)));
        op("int_sub", a -> IntOps.subtract(a.get(0), a.get(1)));
        op("int_mul", a -> IntOps.multiply(a.get(0), a.get(1)));
        op("int_floordiv", a -> IntOps.floorDivide(a.get(0), a.get(1)));
        op("int_mod", a -> IntOps.modulo(a.get(0), a.get(1)));
        op("int_divmod", a -> IntOps.divmod(a.get(0), a.get(1)));
        op("int_truediv", a -> IntOps.trueDivide(a.get(0), a.get(1)));
        op("int_and", a -> IntOps.and(a.get(0), a.get(1)));
        op("int_or", a -> IntOps.or(a.get(0), a.get(1)));
        op("int_xor", a -> IntOps.xor(a.get(0), a.get(1)));
        op("int_cmp", a -> (long) IntOps.compare(a.get(0), a.get(1)));
        op("int_float_cmp", a -> Double.isNaN(d(a.get(1))) ? null : (Object) (long) IntConversions.compare(a.get(0), d(a.get(1))));
        op("int_neg", a -> IntOps.negate(a.get(0)));
        op("int_invert", a -> IntOps.invert(a.get(0)));
        op("int_abs", a -> IntOps.abs(a.get(0)));
        op("int_bit_length", a -> IntOps.bitLength(a.get(0)));
        op("int_bit_count", a -> IntOps.bitCount(a.get(0)));
        op("int_to_float", a -> IntOps.toDouble(a.get(0)));
        op("int_hash", a -> NumericHash.hashInt(a.get(0)));
        op("int_lshift", a -> IntOps.leftShift(a.get(0), a.get(1)));
        op("int_rshift", a -> IntOps.rightShift(a.get(0), a.get(1)));
        op("int_round", a -> Rounding.round(a.get(0), a.get(1)));
        op("int_pow", a -> IntOps.power(a.get(0), a.get(1)));
        op("int_pow3", a -> IntOps.power(a.get(0), a.get(1), a.get(2)));
        op("int_to_bytes", a -> IntConversions.toBytes(a.get(0), l(a.get(1)), (String) a.get(2), (Boolean) a.get(3)));
        op("int_from_bytes", a -> IntConversions.fromBytes((byte[]) a.get(0), (String) a.get(1), (Boolean) a.get(2)));

        // Text conversions live in regpy.text (one implementation); these CPython cases cover it too.
        op("int_parse", a -> IntOps.normalize(regpy.text.NumberParsing.parseInt((String) a.get(0), (int) l(a.get(1)))));
        op("float_parse", a -> regpy.text.NumberParsing.parseFloat((String) a.get(0)));
        op("complex_parse", a -> {
            double[] c = regpy.text.NumberParsing.parseComplex((String) a.get(0));
            return new Complex(c[0], c[1]);
        });
        op("int_str", a -> regpy.text.IntFormat.toDecimal(IntOps.big(a.get(0)), regpy.text.IntFormat.DEFAULT_MAX_STR_DIGITS));
        op("int_radix_bin", a -> regpy.text.IntFormat.format(IntOps.big(a.get(0)), "#b", "int"));
        op("int_radix_oct", a -> regpy.text.IntFormat.format(IntOps.big(a.get(0)), "#o", "int"));
        op("int_radix_hex", a -> regpy.text.IntFormat.format(IntOps.big(a.get(0)), "#x", "int"));
        op("int_format", a -> a.get(0) instanceof Boolean b && ((String) a.get(1)).isEmpty()
            ? (b ? "True" : "False")   // format(True, '') is str(True): the VM's dispatch
            : regpy.text.IntFormat.format(IntOps.big(a.get(0)), (String) a.get(1), a.get(0) instanceof Boolean ? "bool" : "int"));
        op("float_format_spec", a -> regpy.text.FloatFormat.format(d(a.get(0)), (String) a.get(1), "float"));
        op("float_format", a -> regpy.text.FloatFormat.format(d(a.get(0)), (String) a.get(1), "float"));
        op("percent_int", NumericCasesTest::percent);
        op("percent_float", NumericCasesTest::percent);
        op("float_hex", a -> regpy.text.FloatHex.hex(d(a.get(0))));
        op("float_fromhex", a -> regpy.text.FloatHex.fromhex((String) a.get(0)));

        op("float_truediv", a -> FloatOps.trueDivide(d(a.get(0)), d(a.get(1))));
        op("float_floordiv", a -> FloatOps.floorDivide(d(a.get(0)), d(a.get(1))));
        op("float_mod", a -> FloatOps.modulo(d(a.get(0)), d(a.get(1))));
        op("float_divmod", a -> FloatOps.divmod(d(a.get(0)), d(a.get(1))));
        op("float_pow", a -> {
            double x = d(a.get(0)), y = d(a.get(1));
            if (FloatOps.powerNeedsComplex(x, y)) return ComplexOps.power(x, 0.0, y, 0.0);
            return FloatOps.power(x, y);
        });
        op("float_to_int", a -> FloatOps.toInt(d(a.get(0))));
        op("float_round0", a -> Rounding.round(d(a.get(0))));
        op("float_round", a -> Rounding.round(d(a.get(0)), l(a.get(1))));
        op("float_ratio", a -> FloatOps.asIntegerRatio(d(a.get(0))));
        op("float_is_integer", a -> FloatOps.isInteger(d(a.get(0))));
        op("float_floor", a -> FloatOps.floor(d(a.get(0))));
        op("float_ceil", a -> FloatOps.ceil(d(a.get(0))));
        op("float_trunc", a -> FloatOps.trunc(d(a.get(0))));
        op("float_hash", a -> NumericHash.hashDouble(d(a.get(0))));

        op("complex_mul", a -> ComplexOps.multiply(c(a.get(0)).real(), c(a.get(0)).imag(), c(a.get(1)).real(), c(a.get(1)).imag()));
        op("complex_div", a -> ComplexOps.divide(c(a.get(0)).real(), c(a.get(0)).imag(), c(a.get(1)).real(), c(a.get(1)).imag()));
        op("complex_pow", a -> ComplexOps.power(c(a.get(0)).real(), c(a.get(0)).imag(), c(a.get(1)).real(), c(a.get(1)).imag()));
        op("complex_abs", a -> ComplexOps.abs(c(a.get(0)).real(), c(a.get(0)).imag()));
        op("complex_hash", a -> NumericHash.hashComplex(c(a.get(0)).real(), c(a.get(0)).imag(), 0));
        op("tuple_hash", a -> {
            List<?> hs = (List<?>) a.get(0);
            long[] hashes = new long[hs.size()];
            for (int i = 0; i < hashes.length; i++) hashes[i] = l(hs.get(i));
            return NumericHash.hashTuple(hashes);
        });

        unary("sqrt", MathFunctions::sqrt); unary("exp", MathFunctions::exp); unary("exp2", MathFunctions::exp2);
        unary("expm1", MathFunctions::expm1); unary("log", MathFunctions::log); unary("log2", MathFunctions::log2);
        unary("log10", MathFunctions::log10); unary("log1p", MathFunctions::log1p); unary("sin", MathFunctions::sin);
        unary("cos", MathFunctions::cos); unary("tan", MathFunctions::tan); unary("asin", MathFunctions::asin);
        unary("acos", MathFunctions::acos); unary("atan", MathFunctions::atan); unary("sinh", MathFunctions::sinh);
        unary("cosh", MathFunctions::cosh); unary("tanh", MathFunctions::tanh); unary("asinh", MathFunctions::asinh);
        unary("acosh", MathFunctions::acosh); unary("atanh", MathFunctions::atanh); unary("cbrt", MathFunctions::cbrt);
        unary("erf", SpecialFunctions::erf); unary("erfc", SpecialFunctions::erfc);
        unary("gamma", SpecialFunctions::gamma); unary("lgamma", SpecialFunctions::lgamma);
        unary("ulp", MathFunctions::ulp); unary("fabs", MathFunctions::fabs);
        unary("degrees", MathFunctions::degrees); unary("radians", MathFunctions::radians);
        op("math_isfinite", a -> MathFunctions.isfinite(d(a.get(0))));
        op("math_isinf", a -> MathFunctions.isinf(d(a.get(0))));
        op("math_isnan", a -> MathFunctions.isnan(d(a.get(0))));
        op("math_modf", a -> MathFunctions.modf(d(a.get(0))));
        op("math_frexp", a -> MathFunctions.frexp(d(a.get(0))));
        op("math_log_int", a -> MathFunctions.log(a.get(0)));
        op("math_log2_int", a -> MathFunctions.log2(a.get(0)));
        op("math_log10_int", a -> MathFunctions.log10(a.get(0)));
        op("math_log_base", a -> MathFunctions.log(a.get(0), a.get(1)));
        op("math_fmod", a -> MathFunctions.fmod(d(a.get(0)), d(a.get(1))));
        op("math_remainder", a -> MathFunctions.remainder(d(a.get(0)), d(a.get(1))));
        op("math_pow", a -> MathFunctions.pow(d(a.get(0)), d(a.get(1))));
        op("math_atan2", a -> MathFunctions.atan2(d(a.get(0)), d(a.get(1))));
        op("math_copysign", a -> MathFunctions.copysign(d(a.get(0)), d(a.get(1))));
        op("math_hypot2", a -> PreciseSums.hypot(d(a.get(0)), d(a.get(1))));
        op("math_nextafter", a -> MathFunctions.nextafter(d(a.get(0)), d(a.get(1))));
        op("math_nextafter_steps", a -> MathFunctions.nextafter(d(a.get(0)), d(a.get(1)), a.get(2)));
        op("math_ldexp", a -> MathFunctions.ldexp(d(a.get(0)), a.get(1)));
        op("math_fma", a -> MathFunctions.fma(d(a.get(0)), d(a.get(1)), d(a.get(2))));
        op("math_isclose", a -> MathFunctions.isclose(d(a.get(0)), d(a.get(1)), d(a.get(2)), d(a.get(3))));
        op("math_factorial", a -> MathIntegers.factorial(a.get(0)));
        op("math_comb", a -> MathIntegers.comb(a.get(0), a.get(1)));
        op("math_perm", a -> MathIntegers.perm(a.get(0), a.get(1)));
        op("math_gcd", a -> MathIntegers.gcd(((List<?>) a.get(0)).toArray()));
        op("math_lcm", a -> MathIntegers.lcm(((List<?>) a.get(0)).toArray()));
        op("math_isqrt", a -> MathIntegers.isqrt(a.get(0)));
        op("math_hypot", a -> PreciseSums.hypot(doubles(a.get(0))));
        op("math_fsum", a -> PreciseSums.fsum(doubles(a.get(0))));
        op("math_dist", a -> PreciseSums.dist(doubles(a.get(0)), doubles(a.get(1))));
        op("math_sumprod", a -> doubles(a.get(0)).length == 0 && doubles(a.get(1)).length == 0 ? (Object) 0L
            : PreciseSums.sumprod(doubles(a.get(0)), doubles(a.get(1))));
        op("sum_builtin", a -> {
            double[] xs = doubles(a.get(0));
            if (xs.length == 0) return 0L;   // sum([]) is the int start value
            CompensatedSum s = new CompensatedSum(0.0);
            for (double x : xs) s.add(x);
            return s.result();
        });
    }

    /** '%<flags><width>.<precision><conversion>' % value through regpy.text's engine. */
    private static Object percent(List<Object> a) {
        Object value = a.get(0);
        long width = l(a.get(3)), precision = l(a.get(4));
        String fmt = "%" + a.get(2) + (width >= 0 ? String.valueOf(width) : "") + (precision >= 0 ? "." + precision : "")
                     + a.get(1);
        regpy.text.PercentFormat.Args args = new regpy.text.PercentFormat.Args() {
            public int size() { return -1; }
            public Object get(int i) { return value; }
            public boolean isMapping() { return false; }
            public Object getItem(String key) { throw new UnsupportedOperationException(); }
            public Object getItem(byte[] key) { throw new UnsupportedOperationException(); }
        };
        regpy.text.PercentFormat.Conversions numbers = new regpy.text.PercentFormat.Conversions() {
            public String str(Object o) { return String.valueOf(o); }
            public String repr(Object o) { return String.valueOf(o); }
            public String ascii(Object o) { return String.valueOf(o); }
            public String typeName(Object o) { return o instanceof Double ? "float" : "int"; }
            public Number exactInt(Object o) { return o instanceof Double ? null : (Number) o; }
            public Number toInt(Object o, boolean index) {
                if (o instanceof Double x) return index ? null : (Number) FloatOps.toInt(x);
                return (Number) o;
            }
            public Double toFloat(Object o) { return o instanceof Double x ? x : IntOps.toDouble(o); }
            public String exactStr(Object o) { return null; }
            public byte[] toBytes(Object o) { return null; }
        };
        return regpy.text.PercentFormat.format(fmt, args, numbers);
    }

    private static void unary(String name, java.util.function.DoubleUnaryOperator f) {
        op("math_" + name, a -> f.applyAsDouble(d(a.get(0))));
    }

    record Case(int line, String op, List<Object> args, String argText, String expected) {}

    static Map<String, List<Case>> loadCases() throws IOException {
        Map<String, List<Case>> byOp = new LinkedHashMap<>();
        try (var in = NumericCasesTest.class.getResourceAsStream("/numeric/numeric_cases.tsv")) {
            if (in == null) throw new IOException("numeric_cases.tsv not on the test classpath");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int lineNo = 0;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                String[] cols = text.split("\t", -1);
                List<Object> args = new ArrayList<>();
                for (int i = 1; i < cols.length - 1; i++) args.add(CaseCodec.decode(cols[i]));
                String argText = String.join(" ", java.util.Arrays.copyOfRange(cols, 1, cols.length - 1));
                byOp.computeIfAbsent(cols[0], k -> new ArrayList<>())
                    .add(new Case(lineNo, cols[0], args, argText, cols[cols.length - 1]));
            }
        }
        return byOp;
    }

    static String run(Case c) {
        Function<List<Object>, Object> f = OPS.get(c.op());
        if (f == null) return "<no kernel for " + c.op() + ">";
        try {
            return CaseCodec.encode(f.apply(c.args()));
        } catch (NumericError e) {
            return "E:" + e.pythonType() + ":" + e.getMessage();
        } catch (regpy.text.TextError e) {
            return "E:" + e.pyType() + ":" + e.getMessage();
        }
    }

    /**
     * Kernels that call the platform's transcendental functions: CPython gets glibc's, which
     * are correctly rounded in practice, and the JVM's are within an ulp. For these (and only
     * these) a last-bit difference is tolerated; anything more still fails.
     */
    private static final java.util.Set<String> LIBM_OPS = java.util.Set.of(
        "math_sin", "math_tan", "math_sinh", "math_cosh", "complex_pow");

    /** One ulp for every libm kernel. */
    private static int toleratedUlps(String op) {
        return 1;
    }

    private static boolean closeEnough(String actual, String expected, int ulps) {
        if (actual.startsWith("f:") && expected.startsWith("f:"))
            return close((Double) CaseCodec.decode(actual), (Double) CaseCodec.decode(expected), ulps);
        if (actual.startsWith("c:") && expected.startsWith("c:")) {
            Complex a = (Complex) CaseCodec.decode(actual), e = (Complex) CaseCodec.decode(expected);
            return close(a.real(), e.real(), ulps) && close(a.imag(), e.imag(), ulps);
        }
        return false;
    }

    private static boolean close(double a, double e, int ulps) {
        if (Double.compare(a, e) == 0) return true;
        return FloatBits.isFinite(a) && FloatBits.isFinite(e) && Math.abs(a - e) <= ulps * Math.ulp(e);
    }

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws IOException {
        return loadCases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<String> mismatches = new ArrayList<>();
            boolean libm = LIBM_OPS.contains(entry.getKey());
            for (Case c : entry.getValue()) {
                String actual = run(c);
                if (!actual.equals(c.expected()) && !(libm && closeEnough(actual, c.expected(), toleratedUlps(c.op()))))
                    mismatches.add("line " + c.line() + ": " + c.op() + "(" + c.argText() + ") expected "
                                   + c.expected() + " got " + actual);
            }
            if (!mismatches.isEmpty())
                fail(mismatches.size() + " of " + entry.getValue().size() + " cases differ:\n"
                     + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
        }));
    }

    /** Guards against a silently shrunken case file: every kernel must be exercised. */
    @Test
    void everyKernelHasCases() throws IOException {
        Map<String, List<Case>> cases = loadCases();
        assertTrue(cases.values().stream().mapToInt(List::size).sum() > 5000);
        for (String op : OPS.keySet()) assertFalse(cases.getOrDefault(op, List.of()).isEmpty(), "no cases for " + op);
    }
}
