package regpy.text;

import static regpy.text.CaseFile.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import regpy.code.Repr;

/** str.format / format_map and the _string parser helpers against CPython (format_string.tsv). */
class FormatStringTest {

    /** str.format's view of the test values: args tuple, kwargs dict (args null for format_map). */
    record TestFields(Object[] args, Map<?, ?> kwargs) implements FormatString.Fields {
        public Object positional(long index) {
            if (args == null) throw FormatString.positionalInFormatMap();
            if (index >= args.length) throw FormatString.indexOutOfRange(index);
            return args[(int) index];
        }
        public Object keyword(String name) {
            if (!kwargs.containsKey(name)) throw TextError.keyError(Repr.str(name));
            return kwargs.get(name);
        }
        public Object attribute(Object obj, String name) {
            if (obj instanceof java.math.BigInteger i && name.equals("real")) return i;
            if (obj instanceof CaseFile.Complex c && name.equals("real")) return c.re();
            if (obj instanceof CaseFile.Complex c && name.equals("imag")) return c.im();
            throw new TextError("AttributeError", "'" + PercentFormatTest.CONV.typeName(obj) + "' object has no attribute '" + name + "'");
        }
        public Object item(Object obj, Object key) {
            String type = PercentFormatTest.CONV.typeName(obj);
            if (obj instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) throw TextError.keyError(CaseFile.repr(key));
                return m.get(key);
            }
            if (obj instanceof List<?> l) {
                if (!(key instanceof Long i)) throw TextError.typeError("list indices must be integers or slices, not str");
                if (i >= l.size()) throw TextError.indexError("list index out of range");
                return l.get(i.intValue());
            }
            if (obj instanceof String str) {
                if (!(key instanceof Long i)) throw TextError.typeError("string indices must be integers, not 'str'");
                return CodePoints.getItem(str, CodePoints.length(str), i);
            }
            throw TextError.typeError("'" + type + "' object is not subscriptable");
        }
        public Object convert(Object obj, int conversion) {
            return switch (conversion) {
                case 'r' -> PercentFormatTest.CONV.repr(obj);
                case 'a' -> PercentFormatTest.CONV.ascii(obj);
                default -> PercentFormatTest.CONV.str(obj);
            };
        }
        public String format(Object obj, String spec) {
            if (obj instanceof List || obj instanceof Map) {
                if (!spec.isEmpty()) {
                    throw TextError.typeError("unsupported format string passed to "
                            + PercentFormatTest.CONV.typeName(obj) + ".__format__");
                }
                return CaseFile.repr(obj);
            }
            if (obj instanceof Long l) obj = java.math.BigInteger.valueOf(l);
            return (String) FormatSpecTest.format(obj, spec);
        }
    }

    @Test
    void formatStringMatchesCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("parse", a -> {
            List<Object> out = new ArrayList<>();
            for (FormatString.Chunk c : FormatString.parse(s(a, 0))) {
                boolean field = c.fieldName() != null;
                out.add(new Object[] {c.literal(), c.fieldName(), field ? c.formatSpec() : null,
                                      c.conversion() == 0 ? null : CodePoints.fromCodePoint(c.conversion())});
            }
            return out;
        });
        ops.put("split", a -> {
            FormatString.FieldName f = FormatString.splitFieldName(s(a, 0));
            List<Object> rest = new ArrayList<>();
            for (FormatString.Accessor acc : f.rest()) rest.add(new Object[] {acc.attribute(), acc.key()});
            return new Object[] {f.first(), rest};
        });
        ops.put("format", a -> FormatString.format(s(a, 0), new TestFields((Object[]) a[1], (Map<?, ?>) a[2])));
        ops.put("format_map", a -> FormatString.format(s(a, 0), new TestFields(null, (Map<?, ?>) a[1])));
        CaseFile.run("format_string", ops);
    }
}
