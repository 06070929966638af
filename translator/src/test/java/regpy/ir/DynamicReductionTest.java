package regpy.ir;

import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * Dynamic instruction counts on the benchmark programs, without running them: CPython 3.13's
 * per-instruction execution counts (resources ir/dynamic/NAME.txt, from dyn_counts.py over the
 * first 3 million instructions) weight the stack code, and the same counts weight the IR, each
 * IR instruction executing as often as the stack instruction it was emitted for
 * ({@link IrInstr#offset()}: a fused compare-and-branch as its compare, a redirected store as
 * its producer, a block-end MOVE as the last instruction of its block).
 */
class DynamicReductionTest {
    static final String[] PROGRAMS = {"fib", "loop_arith", "float_sum", "globals_access", "attr_access", "nbody",
            "spectral_norm", "fannkuch", "nqueens", "richards", "float_objects"};

    record Result(String name, long stack, long ir) {
        double reduction() { return 1 - (double) ir / stack; }
    }

    static Result measure(String name) throws IOException {
        IrFunction module = IrEvalTest.load("bench/" + name + ".pyc");
        Map<String, IrFunction> byKey = new HashMap<>();
        index(module, byKey);
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        long stack = 0;
        try (InputStream in = DynamicReductionTest.class.getResourceAsStream("/ir/dynamic/" + name + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] p = line.split(" ");
                String key = p[0] + " " + p[1];
                assertNotNull(byKey.get(key), name + ": no code object " + key);
                counts.computeIfAbsent(key, k -> new HashMap<>()).put(Integer.parseInt(p[2]), Long.parseLong(p[3]));
                stack += Long.parseLong(p[3]);
            }
        }
        long ir = 0;
        for (var e : counts.entrySet()) {
            IrFunction f = byKey.get(e.getKey());
            for (IrInstr in : f.instrs()) ir += e.getValue().getOrDefault(in.offset(), 0L);
        }
        return new Result(name, stack, ir);
    }

    private static void index(IrFunction f, Map<String, IrFunction> out) {
        out.put(f.code().qualname + " " + f.code().firstlineno, f);
        for (IrFunction c : f.children()) index(c, out);
    }

    @Test
    void benchmarksExecuteAtLeast40PercentFewerInstructions() throws IOException {
        List<Result> results = new ArrayList<>();
        long stack = 0, ir = 0;
        for (String p : PROGRAMS) {
            Result r = measure(p);
            results.add(r);
            stack += r.stack();
            ir += r.ir();
            System.out.printf("%-16s stack %9d  ir %9d  %5.1f%% fewer%n", p, r.stack(), r.ir(), 100 * r.reduction());
        }
        double total = 1 - (double) ir / stack;
        System.out.printf("%-16s stack %9d  ir %9d  %5.1f%% fewer%n", "all", stack, ir, 100 * total);
        for (Result r : results) assertTrue(r.reduction() > 0.25, r.name() + " reduction " + r.reduction());
        assertTrue(total >= 0.40, "dynamic reduction " + total + " below the 40% target");
    }
}
