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

import regpy.code.CodeObject;
import regpy.code.Const;
import regpy.code.Pyc;

/**
 * Runs the IR of ints.py with {@link IrEval} and compares with CPython 3.13: the same result (or
 * exception) for every call, and the same number of executed stack instructions when each IR
 * instruction is weighted by {@link IrInstr#stackCount()} — which validates the attribution the
 * VM will use to compare dynamic counts. Also reports the dynamic instruction reduction.
 */
class IrEvalTest {
    static IrFunction load(String resource) throws IOException {
        try (InputStream in = IrEvalTest.class.getResourceAsStream("/ir/" + resource)) {
            CodeObject code = Pyc.read(in.readAllBytes()).code();
            IrFunction f = Translator.translate(code);
            IrVerifier.check(f);
            return f;
        }
    }

    @Test
    void resultsAndDynamicCountsMatchCPython() throws IOException {
        IrFunction module = load("ints.pyc");
        Map<String, IrFunction> fns = new HashMap<>();
        for (IrFunction c : module.children()) fns.put(c.code().name, c);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/ir/ints_expected.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long stackTotal = 0, irTotal = 0;
        List<String> report = new ArrayList<>();
        for (String line : expected.strip().split("\n")) {
            String[] parts = line.split(" -> ");
            String[] call = parts[0].trim().split(" ");
            String[] res = parts[1].split(" ");
            Object[] args = new Object[call.length - 1];
            for (int i = 1; i < call.length; i++) args[i - 1] = Long.parseLong(call[i]);
            IrEval eval = new IrEval(fns);
            String got;
            try {
                got = repr(eval.call(fns.get(call[0]), args));
            } catch (IrEval.PyError e) {
                got = e.getMessage();
            }
            assertEquals(res[0], got, line);
            // CPython's trace reports no opcode event for each frame's first RESUME
            long cpython = Long.parseLong(res[1]) + eval.frames;
            assertEquals(cpython, eval.stackAttributed, "attributed stack instructions for " + parts[0]);
            stackTotal += cpython;
            irTotal += eval.irExecuted;
            report.add(String.format("%-22s stack %6d  ir %6d  %5.1f%%", parts[0], cpython, eval.irExecuted,
                    100.0 * (1 - (double) eval.irExecuted / cpython)));
        }
        report.forEach(System.out::println);
        System.out.printf("ints.py dynamic: stack %d, ir %d, %.1f%% fewer%n", stackTotal, irTotal,
                100.0 * (1 - (double) irTotal / stackTotal));
    }

    @Test
    void exceptionHandlingMatchesCPython() throws IOException {
        IrFunction module = load("excs.pyc");
        Map<String, IrFunction> fns = new HashMap<>();
        for (IrFunction c : module.children()) fns.put(c.code().name, c);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/ir/excs_expected.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : expected.strip().split("\n")) {
            String[] parts = line.split(" -> ");
            String[] call = parts[0].trim().split(" ");
            Object[] args = new Object[call.length - 1];
            for (int i = 1; i < call.length; i++) args[i - 1] = Long.parseLong(call[i]);
            String got;
            try {
                got = repr(new IrEval(fns).call(fns.get(call[0]), args));
            } catch (IrEval.PyError e) {
                got = e.getMessage();
            }
            assertEquals(parts[1], got, line);
        }
    }

    @Test
    void generatorsMatchCPython() throws IOException {
        IrFunction module = load("gens.pyc");
        Map<String, IrFunction> fns = new HashMap<>();
        for (IrFunction c : module.children()) fns.put(c.code().name, c);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/ir/gens_expected.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : expected.strip().split("\n")) {
            String[] parts = line.split(" -> ");
            String[] call = parts[0].trim().split(" ");
            assertEquals(parts[1], repr(new IrEval(fns).call(fns.get(call[0]), Long.parseLong(call[1]))), line);
        }
        IrFunction across = fns.get("across");
        boolean liveTemp = across.instrs().stream().anyMatch(i -> i.op() == IrOp.YIELD && i.liveTemps().length == 2);
        assertTrue(liveTemp, "i * 2 stays in a temporary across the inner yield, beside the iterator");
    }

    private static String repr(Object v) {
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v == Const.NONE) return "None";
        return String.valueOf(v);
    }
}
