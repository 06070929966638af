package regpy.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import regpy.ast.AstDump;
import regpy.parse.Parser;
import regpy.parse.ParserOverflowError;
import regpy.parse.PySyntaxError;

/**
 * What the fuzz tests share: the seed programs (resources/frontend/corpus/*.py), the committed
 * mutants with CPython 3.13's answers (resources/frontend/fuzz/fuzz.tsv, made by gen_fuzz.py), and
 * a guarded parse that turns every outcome, a hang or an escaping Java exception included, into a
 * line comparable with the table's answers.
 */
final class FuzzCorpus {
    private FuzzCorpus() {}

    /**
     * Bound for one parse, in CPU time of the parsing thread (wall-clock time means little on a
     * loaded machine): seed-sized inputs parse in well under a millisecond once warm, so a parse
     * still running after this long is a hang (an exponential path, a loop). WALL_LIMIT_MS backs
     * it up where thread CPU time is not measurable.
     */
    static final long CPU_LIMIT_MS = 5_000, WALL_LIMIT_MS = 60_000;
    /** The outcomes that are neither an AST nor a SyntaxError start with one of these. */
    static final String HANG = "HANG", CRASH = "CRASH", OVERFLOW = "OVERFLOW";

    /** One splice of a seed: at code point {@code offset}, {@code delete} code points become {@code insert}. */
    record Mutant(String seed, String kind, int offset, int delete, String insert, String expected) {
        String apply(Map<String, String> seeds) {
            String text = seed.equals("-") ? "" : seeds.get(seed);
            return splice(text, offset, delete, insert);
        }

        String describe() {
            return seed + " " + kind + " @" + offset + " -" + delete + " +" + escape(insert);
        }
    }

    static String splice(String text, int offset, int delete, String insert) {
        int from = text.offsetByCodePoints(0, offset);
        int to = text.offsetByCodePoints(from, delete);
        return text.substring(0, from) + insert + text.substring(to);
    }

    static Map<String, String> seeds() throws IOException {
        Map<String, String> seeds = new LinkedHashMap<>();
        for (String name : List.of("compound.py", "expressions.py", "fstrings.py", "patterns.py", "statements.py",
                "unicode_and_layout.py")) {
            seeds.put(name, resource("/frontend/corpus/" + name));
        }
        return seeds;
    }

    static List<Mutant> mutants() throws IOException {
        List<Mutant> out = new ArrayList<>();
        for (String line : resource("/frontend/fuzz/fuzz.tsv").split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 6);
            out.add(new Mutant(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), unescape(f[4]), f[5]));
        }
        return out;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = FuzzCorpus.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Parses on a worker thread (large stack, daemon), bounded in time, and describes the outcome
     * as gen_fuzz.py describes CPython's: "AST hash" (or just "AST" when hashAst is false),
     * "ERROR fields", or HANG / CRASH / OVERFLOW. A hung worker is abandoned and replaced.
     */
    static synchronized String outcome(String src, boolean hashAst) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                workerThread = new Thread(null, r, "fuzz-parse", 64L << 20);
                workerThread.setDaemon(true);   // a hung parse must not keep the test JVM alive
                return workerThread;
            });
        }
        Future<String> f = worker.submit(() -> parseOutcome(src, hashAst));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long wallEnd = System.nanoTime() + WALL_LIMIT_MS * 1_000_000;
        Thread t = workerThread;
        long cpuStart = mx.isThreadCpuTimeSupported() ? mx.getThreadCpuTime(t.threadId()) : 0;
        while (true) {
            try {
                return f.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long cpu = mx.isThreadCpuTimeSupported() ? mx.getThreadCpuTime(t.threadId()) - cpuStart : 0;
                if (cpu > CPU_LIMIT_MS * 1_000_000 || System.nanoTime() > wallEnd) {
                    worker.shutdownNow();
                    worker = null;
                    return HANG + " (no answer after " + cpu / 1_000_000 + " ms of CPU time)";
                }
            } catch (ExecutionException e) {
                return CRASH + " " + e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CRASH + " (interrupted)";
            }
        }
    }

    static String outcome(String src) { return outcome(src, true); }

    private static ExecutorService worker;
    private static Thread workerThread;

    private static String parseOutcome(String src, boolean hashAst) {
        try {
            var tree = Parser.parse(src, "<fuzz>", "exec");
            return hashAst ? "AST " + hash(AstDump.dump(tree, true, true, null, false)) : "AST";
        } catch (PySyntaxError e) {
            String end = e.end_lineno == 0 ? "None\tNone" : e.end_lineno + "\t" + e.end_offset;
            String lineno = e.lineno == 0 && e.offset == 0 ? "None\tNone" : e.lineno + "\t" + e.offset;
            return "ERROR " + e.kind + "\t" + e.msg + "\t" + lineno + "\t" + end;
        } catch (ParserOverflowError e) {
            return OVERFLOW;   // the VM's MemoryError: allowed, but never in the committed sample
        } catch (Throwable e) {
            return CRASH + " " + e;
        }
    }

    static String hash(String dump) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(dump.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }

    /** The inverse of gen_fuzz.py's esc(): \\ \n \t \r and \\uXXXX. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { sb.append(c); continue; }
            char d = s.charAt(++i);
            switch (d) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                default -> sb.append(d);
            }
        }
        return sb.toString();
    }
}
