package regpy.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import regpy.code.Pyc;

/**
 * Static counts: every function of the committed benchmark .pyc files, and (when CPython 3.13
 * is installed and the shared corpus exists) of every conformance case compiled on the fly,
 * translates, verifies, accounts for every stack instruction, and the IR is smaller.
 */
class CorpusReductionTest {
    private static final Path CASES = Path.of("../../shared/conformance/cases").toAbsolutePath().normalize();

    static IrStats.Counts check(String name, IrFunction f) {
        IrVerifier.check(f);
        checkAccounting(f);
        checkSuspensionLiveness(f);
        checkPositions(f);
        return IrStats.ofTree(f);
    }

    /** Every IR instruction carries the co_positions entry of the stack instruction it came from. */
    private static void checkPositions(IrFunction f) {
        var positions = f.code().positions();
        for (int i = 0; i < f.size(); i++) {
            IrInstr in = f.instr(i);
            assertEquals(positions.get(in.offset() / 2), in.position(), f.code().qualname + " @" + i);
        }
        for (IrFunction child : f.children()) checkPositions(child);
    }

    /**
     * The temporaries the translator lists at each YIELD (from the symbolic stack) cover every
     * temporary that the independent liveness analysis finds live after the resume.
     */
    private static void checkSuspensionLiveness(IrFunction f) {
        IrCfg cfg = IrCfg.of(f);
        for (int i = 0; i < f.size(); i++) {
            IrInstr in = f.instr(i);
            if (!in.op().suspends()) continue;
            java.util.BitSet live = cfg.liveBefore(i + 1);
            live.clear(0, f.tempBase());
            live.clear(in.out(0));
            for (int r : in.liveTemps()) live.clear(r);
            assertTrue(live.isEmpty(), f.code().qualname + " @" + i + ": live across the yield but not listed: " + live);
        }
        for (IrFunction child : f.children()) checkSuspensionLiveness(child);
    }

    /** Every stack instruction is either attributed to one IR instruction or counted as unattributed. */
    private static void checkAccounting(IrFunction f) {
        IrStats.Counts c = IrStats.of(f);
        assertEquals(c.stack(), c.attributed() + f.unattributed(), f.code().qualname + ": stack instruction accounting");
        for (IrFunction child : f.children()) checkAccounting(child);
    }

    @Test
    void benchmarks() throws IOException {
        IrStats.Counts total = new IrStats.Counts(0, 0, 0);
        for (String p : DynamicReductionTest.PROGRAMS) {
            IrStats.Counts c = check(p, IrEvalTest.load("bench/" + p + ".pyc"));
            System.out.printf("static %-16s stack %6d  ir %6d  %5.1f%%%n", p, c.stack(), c.ir(), 100 * c.reduction());
            total = total.plus(c);
        }
        System.out.printf("static benchmarks: stack %d, ir %d, %.1f%% fewer%n", total.stack(), total.ir(), 100 * total.reduction());
        assertTrue(total.reduction() > 0.35, "static reduction " + total.reduction());
    }

    @Test
    void conformanceCorpus() throws Exception {
        assumeTrue(Files.isDirectory(CASES), "no conformance corpus at " + CASES);
        Path out = Files.createTempDirectory("regpy-ir-corpus");
        ProcessBuilder pb = new ProcessBuilder("python3.13", "-c", """
                import py_compile, pathlib, sys
                src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
                for f in sorted(src.rglob('*.py')):
                    name = '__'.join(f.relative_to(src).with_suffix('').parts) + '.pyc'
                    try: py_compile.compile(str(f), cfile=str(out / name), doraise=True)
                    except py_compile.PyCompileError: pass
                """, CASES.toString(), out.toString()).inheritIO();
        pb.environment().putIfAbsent("PYENV_VERSION", "3.13.0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "python3.13 unavailable: " + e.getMessage());
            return;
        }
        boolean finished = false;
        try {
            finished = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } finally {
            p.destroyForcibly();
        }
        assumeTrue(finished, "python3.13 unavailable");
        List<Path> files;
        try (var s = Files.list(out)) { files = s.sorted().toList(); }
        assumeTrue(!files.isEmpty(), "python3.13 compiled nothing");
        IrStats.Counts total = new IrStats.Counts(0, 0, 0);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                total = total.plus(check(f.toString(), Translator.translate(Pyc.read(f).code())));
            } catch (RuntimeException | AssertionError e) {
                failures.add(f.getFileName() + ": " + e.getMessage());
            }
            Files.delete(f);
        }
        Files.delete(out);
        System.out.printf("static conformance (%d files): stack %d, ir %d, %.1f%% fewer%n", files.size(),
                total.stack(), total.ir(), 100 * total.reduction());
        assertEquals(List.of(), failures);
        assertTrue(total.reduction() > 0.30, "static reduction " + total.reduction());
    }
}
