package regpy.text;

import static regpy.text.CaseFile.l;
import static regpy.text.CaseFile.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** str methods and case mapping against CPython's answers (str_methods.tsv, case_mapping.tsv). */
class StrMethodsTest {

    private static final Map<String, UnaryOperator<String>> MAPPINGS = Map.of(
            "lower", CaseMapping::lower, "upper", CaseMapping::upper, "title", CaseMapping::title,
            "capitalize", CaseMapping::capitalize, "swapcase", CaseMapping::swapcase, "casefold", CaseMapping::casefold);

    private static final Map<String, Predicate<String>> PREDICATES = new HashMap<>();
    static {
        PREDICATES.put("isalpha", CaseMapping::isalpha);
        PREDICATES.put("isalnum", CaseMapping::isalnum);
        PREDICATES.put("isdecimal", CaseMapping::isdecimal);
        PREDICATES.put("isdigit", CaseMapping::isdigit);
        PREDICATES.put("isnumeric", CaseMapping::isnumeric);
        PREDICATES.put("isspace", CaseMapping::isspace);
        PREDICATES.put("isprintable", CaseMapping::isprintable);
        PREDICATES.put("isascii", CaseMapping::isascii);
        PREDICATES.put("isidentifier", CaseMapping::isidentifier);
        PREDICATES.put("islower", CaseMapping::islower);
        PREDICATES.put("isupper", CaseMapping::isupper);
        PREDICATES.put("istitle", CaseMapping::istitle);
    }

    private static final List<String> CHAR_PROPS = List.of("lower", "upper", "title", "casefold", "isalpha",
            "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle");

    @Test
    void caseMappingMatchesCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        MAPPINGS.forEach((name, f) -> ops.put(name, a -> f.apply(s(a, 0))));
        PREDICATES.forEach((name, p) -> ops.put(name, a -> p.test(s(a, 0))));
        ops.put("a:charprops", a -> {
            List<Object> out = new ArrayList<>();
            for (String p : CHAR_PROPS) {
                out.add(MAPPINGS.containsKey(p) ? MAPPINGS.get(p).apply(s(a, 0)) : PREDICATES.get(p).test(s(a, 0)));
            }
            return out.toArray();
        });
        CaseFile.run("case_mapping", ops);
    }

    @Test
    void strMethodsMatchCPython() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        ops.put("find", a -> StrMethods.find(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("rfind", a -> StrMethods.rfind(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("index", a -> StrMethods.index(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("rindex", a -> StrMethods.rindex(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("count", a -> StrMethods.count(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("startswith", a -> StrMethods.startsWith(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("endswith", a -> StrMethods.endsWith(s(a, 0), s(a, 1), l(a, 2), l(a, 3)));
        ops.put("partition", a -> StrMethods.partition(s(a, 0), s(a, 1)));
        ops.put("rpartition", a -> StrMethods.rpartition(s(a, 0), s(a, 1)));
        ops.put("replace", a -> StrMethods.replace(s(a, 0), s(a, 1), s(a, 2), l(a, 3)));
        ops.put("split", a -> StrMethods.split(s(a, 0), s(a, 1), l(a, 2)));
        ops.put("rsplit", a -> StrMethods.rsplit(s(a, 0), s(a, 1), l(a, 2)));
        ops.put("removeprefix", a -> StrMethods.removeprefix(s(a, 0), s(a, 1)));
        ops.put("removesuffix", a -> StrMethods.removesuffix(s(a, 0), s(a, 1)));
        ops.put("in", a -> StrMethods.contains(s(a, 0), s(a, 1)));
        ops.put("strip", a -> StrMethods.strip(s(a, 0), s(a, 1)));
        ops.put("lstrip", a -> StrMethods.lstrip(s(a, 0), s(a, 1)));
        ops.put("rstrip", a -> StrMethods.rstrip(s(a, 0), s(a, 1)));
        ops.put("splitlines", a -> StrMethods.splitlines(s(a, 0), (Boolean) a[1]));
        ops.put("expandtabs", a -> StrMethods.expandtabs(s(a, 0), l(a, 1)));
        ops.put("len", a -> CodePoints.length(s(a, 0)));
        ops.put("center", a -> StrMethods.center(s(a, 0), l(a, 1), StrMethods.fillChar(s(a, 2))));
        ops.put("ljust", a -> StrMethods.ljust(s(a, 0), l(a, 1), StrMethods.fillChar(s(a, 2))));
        ops.put("rjust", a -> StrMethods.rjust(s(a, 0), l(a, 1), StrMethods.fillChar(s(a, 2))));
        ops.put("zfill", a -> StrMethods.zfill(s(a, 0), l(a, 1)));
        ops.put("maketrans", a -> {
            List<Object> items = new ArrayList<>();
            StrMethods.maketrans(s(a, 0), s(a, 1), s(a, 2)).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> items.add(new Object[] {e.getKey(), e.getValue()}));
            return items;
        });
        ops.put("compare", a -> Integer.signum(CodePoints.compare(s(a, 0), s(a, 1))));
        ops.put("mul", a -> CodePoints.repeat(s(a, 0), l(a, 1)));
        MAPPINGS.forEach((name, f) -> ops.put(name, a -> f.apply(s(a, 0))));
        PREDICATES.forEach((name, p) -> ops.put(name, a -> p.test(s(a, 0))));
        ops.put("getitem", a -> CodePoints.getItem(s(a, 0), CodePoints.length(s(a, 0)), l(a, 1)));
        ops.put("slice", a -> CodePoints.slice(s(a, 0), CodePoints.length(s(a, 0)), (int) l(a, 1), (int) l(a, 2), (int) l(a, 3)));
        ops.put("translate_ab", a -> StrMethods.translate(s(a, 0),
                cp -> cp == 'a' ? "x\uD83D\uDE00" : cp == 'b' ? null : StrMethods.KEEP));
        ops.put("translate_c", a -> StrMethods.translate(s(a, 0), cp -> cp == 'c' ? "d" : StrMethods.KEEP));
        CaseFile.run("str_methods", ops);
    }

    @Test
    void translateAndMaketransHelpers() {
        org.junit.jupiter.api.Assertions.assertEquals("\uD83D\uDE00", StrMethods.translateChar(0x1F600));
        TextError e = org.junit.jupiter.api.Assertions.assertThrows(TextError.class, () -> StrMethods.translateChar(0x110000));
        org.junit.jupiter.api.Assertions.assertEquals("ValueError: character mapping must be in range(0x110000)", e.toString());
        e = org.junit.jupiter.api.Assertions.assertThrows(TextError.class, () -> StrMethods.translateChar(-1));
        org.junit.jupiter.api.Assertions.assertEquals("ValueError", e.pyType());
        org.junit.jupiter.api.Assertions.assertEquals(0x1F600, StrMethods.maketransKey("\uD83D\uDE00"));
        e = org.junit.jupiter.api.Assertions.assertThrows(TextError.class, () -> StrMethods.maketransKey("ab"));
        org.junit.jupiter.api.Assertions.assertEquals("ValueError: string keys in translate table must be of length 1", e.toString());
    }
}
