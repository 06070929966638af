package regpy.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * 200 random integer-only functions (gen_fuzz.py: swaps, walrus, chained and augmented
 * assignment, short-circuit and conditional expressions, nested loops with break/continue,
 * comprehensions, try/except), each run on three argument pairs through the IR with
 * {@link IrEval}: the results must be CPython 3.13's, and the executed stack-instruction counts
 * recovered from {@link IrInstr#stackCount()} must be within 3% of CPython's (they are exact
 * except for the cases docs/REGISTER_IR.md lists: an instruction left alone in a block that
 * emits nothing, such as the NOP ending a try body; a fused comparison that raises).
 */
class IrFuzzTest {
    @Test
    void randomProgramsAgreeWithCPython() throws IOException {
        IrFunction module = IrEvalTest.load("fuzz.pyc");
        Map<String, IrFunction> fns = new HashMap<>();
        for (IrFunction c : module.children()) fns.put(c.code().name, c);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/ir/fuzz_expected.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> failures = new ArrayList<>();
        long stack = 0, ir = 0;
        int cases = 0, exact = 0, bignum = 0;
        for (String line : expected.strip().split("\n")) {
            String[] parts = line.split(" -> ");
            String[] call = parts[0].trim().split(" ");
            String[] res = parts[1].split(" ");
            IrEval eval = new IrEval(fns);
            String got;
            try {
                Object v = eval.call(fns.get(call[0]), Long.parseLong(call[1]), Long.parseLong(call[2]));
                got = String.valueOf(v);
            } catch (IrEval.PyError e) {
                got = e.getMessage();
            } catch (IrEval.Overflow e) {
                bignum++;                         // CPython went beyond 64-bit ints: outside the evaluator's subset
                continue;
            }
            long cpython = Long.parseLong(res[1]) + eval.frames;
            if (!res[0].equals(got)) failures.add(line + ": got " + got);
            else if (Math.abs(cpython - eval.stackAttributed) > cpython * 0.03)
                failures.add(line + ": attributed " + eval.stackAttributed);
            if (cpython == eval.stackAttributed) exact++;
            stack += cpython;
            ir += eval.irExecuted;
            cases++;
        }
        System.out.printf("fuzz: %d calls (%d with exact counts, %d skipped: big ints), stack %d, ir %d, %.1f%% fewer%n",
                cases, exact, bignum, stack, ir, 100.0 * (1 - (double) ir / stack));
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " failures");
        assertTrue(cases >= 550 && bignum < 30, cases + " calls checked, " + bignum + " needing big ints");
        assertTrue(exact > cases * 9 / 10, exact + " of " + cases + " exact");
    }
}
