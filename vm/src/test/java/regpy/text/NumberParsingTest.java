package regpy.text;

import static regpy.text.CaseFile.s;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** int(s, base), float(s), complex(s) against CPython's answers (number_parsing.tsv). */
class NumberParsingTest {
    static byte[] bytearray(Object o) { return ((CaseFile.ByteArray) o).data(); }

    @Test
    void parsingMatchesCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("int", a -> NumberParsing.parseInt(s(a, 0), CaseFile.big(a, 1).intValue()));
        ops.put("float", a -> NumberParsing.parseFloat(s(a, 0)));
        ops.put("complex", a -> {
            double[] c = NumberParsing.parseComplex(s(a, 0));
            return new CaseFile.Complex(c[0], c[1]);
        });
        ops.put("int_bytes", a -> a[0] instanceof byte[] b ? NumberParsing.parseInt(b, CaseFile.big(a, 1).intValue())
                : NumberParsing.parseInt(bytearray(a[0]), CaseFile.big(a, 1).intValue()));
        ops.put("float_bytes", a -> a[0] instanceof byte[] b ? NumberParsing.parseFloat(b)
                : NumberParsing.parseFloat(bytearray(a[0]), true));
        ops.put("fromhex", a -> FloatHex.fromhex(s(a, 0)));
        ops.put("hex", a -> FloatHex.hex((Double) a[0]));
        CaseFile.run("number_parsing", ops);
    }
}
