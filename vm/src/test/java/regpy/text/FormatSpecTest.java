package regpy.text;

import static regpy.text.CaseFile.big;
import static regpy.text.CaseFile.s;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import regpy.code.Repr;

/** format(value, spec), float conversions and int -> str against CPython's answers. */
class FormatSpecTest {

    static Object format(Object v, String spec) {
        return switch (v) {
            case Boolean b -> IntFormat.format(b ? 1 : 0, spec, "bool");
            case BigInteger i -> IntFormat.format(i, spec, "int");
            case Double d -> FloatFormat.format(d, spec, "float");
            case CaseFile.Complex c -> FloatFormat.formatComplex(c.re(), c.im(), spec, "complex");
            case String str -> FormatSpec.formatStr(str, spec, "str");
            default -> throw new IllegalArgumentException(String.valueOf(v));
        };
    }

    @Test
    void formatSpecMatchesCPython() {
        CaseFile.run("format_spec", Map.of("format", a -> format(a[0], s(a, 1))));
    }

    @Test
    void randomSpecsMatchCPython() {
        CaseFile.run("format_random", Map.of("format", a -> format(a[0], s(a, 1))));
    }

    @Test
    void intToStrMatchesCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("str", a -> IntFormat.toDecimal(big(a, 0)));
        ops.put("bin", a -> IntFormat.toBase(big(a, 0), 2));
        ops.put("oct", a -> IntFormat.toBase(big(a, 0), 8));
        ops.put("hex", a -> IntFormat.toBase(big(a, 0), 16));
        CaseFile.run("int_str", ops);
    }

    @Test
    void floatConversionsMatchCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("%f", a -> FloatFormat.formatFixed((Double) a[0], big(a, 1).intValue()));
        ops.put("%e", a -> FloatFormat.formatExponent((Double) a[0], big(a, 1).intValue(), false));
        ops.put("%g", a -> FloatFormat.formatGeneral((Double) a[0], big(a, 1).intValue(), false, false));
        ops.put("%#g", a -> FloatFormat.formatGeneral((Double) a[0], big(a, 1).intValue(), false, true));
        ops.put("repr", a -> Repr.floatRepr((Double) a[0]));
        ops.put("str", a -> Repr.floatRepr((Double) a[0]));
        CaseFile.run("float_conv", ops);
    }
}
