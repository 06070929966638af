package regpy.compile.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import regpy.ast.Mod;
import regpy.compile.CompileWarnings;
import regpy.compile.Compiler;
import regpy.parse.Parser;

/**
 * The Java half of scripts/compile-throughput: compiles every listed file in one warm JVM and
 * reports files/s and lines/s for source to code objects (tokenizer, parser and compiler) and for
 * AST to code objects (the compiler alone, trees parsed beforehand).
 * <pre>  java regpy.compile.tools.CompileThroughput FILES [ROUNDS] [WARMUP_ROUNDS]</pre>
 * Each mode runs WARMUP_ROUNDS unmeasured passes over all files, then ROUNDS measured passes; the
 * best measured pass is reported, in CPU time of the compiling thread (least disturbed by other
 * load on the machine; the JIT and GC threads are not counted).
 */
public final class CompileThroughput {
    private CompileThroughput() {}

    private record Source(String path, byte[] bytes, int lines) {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Source> sources = new ArrayList<>();
        List<Mod> trees = new ArrayList<>();
        int skipped = 0;
        for (String f : Files.readAllLines(Path.of(args[0]))) {
            byte[] b = Files.readAllBytes(Path.of(f));
            try {
                Mod tree = Parser.parse(b, f, "exec");
                Compiler.compile(tree, f, "exec", 0, CompileWarnings.IGNORE);
                sources.add(new Source(f, b, lines(b)));
                trees.add(tree);
            } catch (RuntimeException | StackOverflowError e) {
                skipped++;   // the same file list as CPython's, minus what regpy cannot compile
            }
        }
        long totalLines = sources.stream().mapToLong(Source::lines).sum();
        System.out.printf("files %d, lines %d, skipped %d%n", sources.size(), totalLines, skipped);
        report("source -> code", sources.size(), totalLines, best(rounds, warmup, () -> {
            for (Source s : sources) Compiler.compile(Parser.parse(s.bytes, s.path, "exec"), s.path, "exec", 0, CompileWarnings.IGNORE);
        }));
        report("AST -> code", sources.size(), totalLines, best(rounds, warmup, () -> {
            for (int i = 0; i < trees.size(); i++) Compiler.compile(trees.get(i), sources.get(i).path, "exec", 0, CompileWarnings.IGNORE);
        }));
        report("source -> AST", sources.size(), totalLines, best(rounds, warmup, () -> {
            for (Source s : sources) Parser.parse(s.bytes, s.path, "exec");
        }));
    }

    private static long best(int rounds, int warmup, Runnable pass) {
        for (int i = 0; i < warmup; i++) pass.run();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            pass.run();
            best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    private static void report(String mode, int files, long lines, long nanos) {
        double s = nanos / 1e9;
        System.out.printf("%-14s %8.3f s  %9.1f files/s  %11.0f lines/s%n", mode, s, files / s, lines / s);
    }

    private static int lines(byte[] b) {
        int n = 0;
        for (byte x : b) if (x == '\n') n++;
        return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
    }
}
