package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A property over random mutants of the syntax corpus: whatever the input, the front end answers
 * with an AST, a SyntaxError-family exception or ParserOverflowError (the VM's MemoryError), in
 * bounded time; never another Java exception, never a hang. Fixed seed, so a failure reproduces;
 * {@code -Dregpy.fuzz.seed=N -Dregpy.fuzz.mutants=N} explore further by hand.
 */
class FuzzPropertyTest {
    static final long SEED = Long.getLong("regpy.fuzz.seed", 0x3130L);
    static final int MUTANTS = Integer.getInteger("regpy.fuzz.mutants", 4000);
    /** The whole property stays well under this (seconds); it stops early rather than run long. */
    static final long BUDGET_SECONDS = 30;

    /** Fragments that bend the grammar: brackets, quotes, layout, operators, keywords, odd characters. */
    static final String[] FRAGMENTS = {"(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\n", " ", "\t", "\\",
        "#", "=", "*", "**", ".", "f'", "f\"{", "\"\"\"", "'''", "lambda", "if ", "else ", "async ", "await ",
        "yield ", "@", ";", "->", ":=", "0x", "1_", "é", "\f", "\r", "\r\n", "$", "!", "match ", "case ", "    ",
        "\0", "\\\n", "b'", "rb'", "0", "1e", "j", "not ", "in ", "is ", "del ", "return ", "pass", "def ",
        "class ", "import ", "from ", "as ", "global ", "type ", "*a", "**k", "/", "!r", "=}", "{x", "}}", "{{",
        "\uFEFF", "\u00a0", "\ud83d\ude00", "\ud800", "# type: ignore", "# -*- coding: latin-1 -*-\n", "except* ",
        "try:", "finally:", "with ", "for x in ", "while ", "[x for x in y]", "print ", "...", "_", "1if 0else 2"};

    /** Openers and closers nested k deep: the paths where a backtracking parser could go exponential. */
    static final String[][] NESTERS = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"x[", "]"}, {"-", ""},
        {"not ", ""}, {"await ", ""}, {"lambda: ", ""}, {"a if b else ", ""}, {"*", ""}, {"f'{", "}'"},
        {"[x for x in ", "]"}, {"(yield ", ")"}, {"{1: ", "}"}, {"x.", ""}, {"(a, ", ")"}, {"f(a=", ")"},
        {"(x := ", ")"}, {"(*", ",)"}, {"[*", "]"}, {"f(*", ")"}, {"f(**", ")"}, {"g(x for x in ", ")"},
        {"if x:\n", ""}, {"def f():\n", ""}, {"class C(", "): pass"}, {"match x:\n case (", "): pass"},
        {"case [", "]"}, {"x = (", ""}, {"(x for x in ", ")"}, {"{**", "}"}, {"a < ", ""}, {"a ** ", ""}};

    @Test
    void noJavaExceptionAndNoHang() throws IOException {
        Map<String, String> seeds = FuzzCorpus.seeds();
        List<String> texts = new ArrayList<>(seeds.values());
        SplittableRandom rng = new SplittableRandom(SEED);
        long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        StringBuilder broken = new StringBuilder();
        int done = 0;
        for (int i = 0; i < MUTANTS && System.nanoTime() < deadline; i++, done++) {
            String src = i % 10 == 9 ? nested(rng) : mutant(rng, texts.get(rng.nextInt(texts.size())));
            String got = FuzzCorpus.outcome(src, false);
            if (got.startsWith(FuzzCorpus.HANG) || got.startsWith(FuzzCorpus.CRASH)) {
                String shown = FuzzCorpus.escape(src);
                if (shown.length() > 400) shown = shown.substring(0, 400) + "...";
                broken.append("  mutant ").append(i).append(" (seed ").append(SEED).append("): ").append(got)
                        .append("\n    ").append(shown).append('\n');
            }
        }
        System.out.printf("fuzz property: %d mutants, seed %d%n", done, SEED);
        assertTrue(done >= Math.min(MUTANTS, 500), "too few mutants ran within the time budget: " + done);
        assertEquals("", broken.toString(), "hangs or Java exceptions");
    }

    /** One to four random splices of a seed program. */
    static String mutant(SplittableRandom rng, String text) {
        int splices = 1 + rng.nextInt(4);
        for (int k = 0; k < splices; k++) {
            int n = text.codePointCount(0, text.length());
            int at = rng.nextInt(n + 1);
            int delete = switch (rng.nextInt(6)) {
                case 0 -> Math.min(n - at, rng.nextInt(40));   // a chunk
                case 1, 2 -> Math.min(n - at, 1);
                case 3 -> n - at;                            // truncate
                default -> 0;
            };
            String insert = rng.nextInt(4) == 0 ? "" : FRAGMENTS[rng.nextInt(FRAGMENTS.length)];
            text = FuzzCorpus.splice(text, at, delete, insert);
        }
        return text;
    }

    /** An opener/closer pair nested up to a few hundred deep around a name, sometimes unbalanced. */
    static String nested(SplittableRandom rng) {
        String[] pair = NESTERS[rng.nextInt(NESTERS.length)];
        int depth = 1 + rng.nextInt(rng.nextBoolean() ? 60 : 400);
        int closers = rng.nextInt(4) == 0 ? rng.nextInt(depth + 1) : depth;
        String open = pair[0], body = "x";
        if (open.endsWith("\n")) {   // statement nesting: each level indented one more
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < depth; d++) sb.append(" ".repeat(d)).append(open);
            return sb.append(" ".repeat(depth)).append("pass\n").toString();
        }
        return open.repeat(depth) + body + pair[1].repeat(closers) + "\n";
    }
}
