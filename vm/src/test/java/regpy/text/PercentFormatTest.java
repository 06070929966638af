package regpy.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import regpy.code.Repr;

/** str % args and bytes % args against CPython's answers (percent_format.tsv). */
class PercentFormatTest {

    /** The object protocol over the test's plain Java values (str, int, float, bool, None, bytes, tuple, list). */
    static final PercentFormat.Conversions CONV = new PercentFormat.Conversions() {
        public String str(Object o) { return o instanceof String s ? s : CaseFile.repr(o); }
        public String repr(Object o) { return CaseFile.repr(o); }
        public String ascii(Object o) { return Ascii.escape(CaseFile.repr(o)); }
        public String typeName(Object o) {
            return switch (o) {
                case null -> "NoneType";
                case String s -> "str";
                case BigInteger i -> "int";
                case Boolean b -> "bool";
                case Double d -> "float";
                case byte[] b -> "bytes";
                case Object[] t -> "tuple";
                case List<?> l -> "list";
                default -> o.getClass().getSimpleName();
            };
        }
        public Number exactInt(Object o) {
            if (o instanceof Boolean b) return b ? 1L : 0L;
            return o instanceof BigInteger i ? i : null;
        }
        public Number toInt(Object o, boolean index) {
            if (o instanceof Double d && !index) {
                // int(float), as the VM's numeric layer does it
                if (d.isNaN()) throw TextError.valueError("cannot convert float NaN to integer");
                if (d.isInfinite()) throw TextError.overflowError("cannot convert float infinity to integer");
                return new BigDecimal(d).toBigInteger();
            }
            return exactInt(o);
        }
        public Double toFloat(Object o) {
            if (o instanceof Double d) return d;
            Number n = exactInt(o);
            return n == null ? null : IntFormat.toDouble(n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue()));
        }
        public String exactStr(Object o) { return o instanceof String s ? s : null; }
        public byte[] toBytes(Object o) { return o instanceof byte[] b ? b : null; }
    };

    /** A tuple (size >= 0), a single object (size -1), or a dict. */
    record TestArgs(Object[] items, boolean single, Map<Object, Object> dict) implements PercentFormat.Args {
        public int size() { return single || dict != null ? -1 : items.length; }
        public Object get(int i) { return single ? items[0] : dict != null ? dict : items[i]; }
        public boolean isMapping() { return dict != null; }
        public Object getItem(String key) { return lookup(key); }
        public Object getItem(byte[] key) { return lookup(Arrays.toString(key)); }
        private Object lookup(Object key) {
            if (!dict.containsKey(key)) throw TextError.keyError(key instanceof String s ? Repr.str(s) : key.toString());
            return dict.get(key);
        }
    }

    static Object format(Object fmt, TestArgs args) {
        if (fmt instanceof byte[] b) return PercentFormat.format(b, args, CONV);
        return PercentFormat.format((String) fmt, args, CONV);
    }

    @Test
    void percentFormatMatchesCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("pct", a -> format(a[0], new TestArgs(Arrays.copyOfRange(a, 1, a.length), false, null)));
        ops.put("pct1", a -> format(a[0], new TestArgs(new Object[] {a[1]}, true, null)));
        ops.put("pctd", a -> {
            Map<Object, Object> d = new LinkedHashMap<>();
            for (int i = 1; i < a.length; i += 2) d.put(a[i], a[i + 1]);
            return format(a[0], new TestArgs(new Object[0], false, d));
        });
        CaseFile.run("percent_format", ops);
    }
}
