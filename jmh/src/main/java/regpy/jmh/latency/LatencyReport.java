package regpy.jmh.latency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import regpy.jmh.BenchEngines;
import regpy.objects.PyInt;
import regpy.objects.PyModule;
import regpy.objects.PyObject;

/**
 * Call-latency distributions from the first call on: what JMH's steady-state averages hide. Each
 * kernel (a Python function) is called {@code --calls} times in a fresh JVM per engine, every call
 * timed into an HdrHistogram, so the report shows the warm-up (interpreted start, tier-up, C2
 * compiles) and the outliers (GC, deoptimization) beside the median.
 *
 * <pre>
 *   scripts/latency-report [--engines stack,register,spin,tiered] [--calls N]
 *   java -cp jmh/target/benchmarks.jar regpy.jmh.latency.LatencyReport --out perf-reports  # the same
 * </pre>
 *
 * Writes {@code perf-reports/latency.md} and one {@code perf-reports/latency/ENGINE-KERNEL.hgrm}
 * per run (HdrHistogram's percentile distribution, plottable with its online plotter). The driver
 * starts one child JVM per engine ({@code --child ENGINE}), which prints one summary line per kernel.
 */
public final class LatencyReport {
    private LatencyReport() {}

    /** A Python function called with one int argument; {@code work} is what one call does. */
    record Kernel(String name, int arg, String work) {}

    static final List<Kernel> KERNELS = List.of(
            new Kernel("fib", 15, "recursive fib(15): 1973 Python calls, a global load each"),
            new Kernel("loop", 10_000, "while loop, 10000 iterations of int arithmetic"),
            new Kernel("floats", 2_000, "float arithmetic on instance attributes (nbody-like)"),
            new Kernel("methods", 2_000, "method calls and attribute updates on two classes"));

    static final String SOURCE = """
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            def loop(n):
                i = 0
                s = 0
                while i < n:
                    s = (s + i * 3) & 0xFFFFFF
                    i = i + 1
                return s

            class Body:
                def __init__(self, x, v):
                    self.x = x
                    self.v = v

            def floats(n):
                a = Body(0.0, 1.5)
                b = Body(10.0, -0.5)
                for _ in range(n):
                    d = b.x - a.x
                    f = 0.01 / (d * d + 1.0)
                    a.v += f
                    b.v -= f
                    a.x += a.v * 0.01
                    b.x += b.v * 0.01
                return int(a.x * 1000)

            class Counter:
                def __init__(self):
                    self.count = 0
                def bump(self, k):
                    self.count += k
                    return self

            class Twice(Counter):
                def bump(self, k):
                    return Counter.bump(self, 2 * k)

            def methods(n):
                c = Counter()
                t = Twice()
                for i in range(n):
                    c.bump(i & 7)
                    t.bump(1)
                return c.count + t.count
            """;

    static final long HIGHEST_NS = 60_000_000_000L;

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o.child != null) {
            runChild(o);
            return;
        }
        Files.createDirectories(o.out.resolve("latency"));
        List<String> rows = new ArrayList<>();
        for (String engine : o.engines) {
            System.out.println("[latency] " + engine + ": " + o.calls + " calls of each kernel in a fresh JVM");
            rows.addAll(runInChildJvm(engine, o));
        }
        Path md = o.out.resolve("latency.md");
        Files.writeString(md, render(rows, o), StandardCharsets.UTF_8);
        System.out.println("[latency] report: " + md);
    }

    /** One engine in this JVM: every kernel, every call timed; one summary line per kernel on stdout. */
    private static void runChild(Options o) throws IOException {
        BenchEngines.select(o.child);
        // The module body runs on the selected engine too (class bodies, function definitions).
        PyModule m = BenchEngines.load(SOURCE, "latency");
        for (Kernel k : KERNELS) {
            PyObject fn = m.dict.getStr(k.name());
            PyObject[] args = {PyInt.of(k.arg())};
            Histogram h = new Histogram(HIGHEST_NS, 3);
            long[] times = new long[o.calls];
            PyObject expected = null;
            for (int i = 0; i < o.calls; i++) {
                long t0 = System.nanoTime();
                PyObject r = fn.call(args, null);
                long dt = System.nanoTime() - t0;
                times[i] = dt;
                h.recordValue(Math.min(dt, HIGHEST_NS));
                if (expected == null) expected = r;
                else if (!r.toString().equals(expected.toString()))
                    throw new IllegalStateException(k.name() + ": call " + i + " returned " + r + ", first call " + expected);
            }
            Path hgrm = o.out.resolve("latency").resolve(o.child + "-" + k.name() + ".hgrm");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                h.outputPercentileDistribution(ps, 1000.0); // microseconds
            }
            Files.write(hgrm, bytes.toByteArray());
            System.out.println(String.join("\t", "ROW", o.child, k.name(),
                    Long.toString(times[0]), Long.toString(h.getValueAtPercentile(50)),
                    Long.toString(h.getValueAtPercentile(90)), Long.toString(h.getValueAtPercentile(99)),
                    Long.toString(h.getValueAtPercentile(99.9)), Long.toString(h.getMaxValue()),
                    Integer.toString(warmupCalls(times)), Long.toString(total(times))));
        }
    }

    /**
     * The number of calls before the run settles: the first call from which every later window of
     * 20 calls has its median within 25% of the last tenth's median.
     */
    static int warmupCalls(long[] times) {
        int n = times.length, tail = Math.max(1, n / 10);
        long steady = median(times, n - tail, n);
        int settled = n;
        for (int i = n - 20; i >= 0; i -= 20) {
            if (median(times, i, i + 20) > steady * 1.25) break;
            settled = i;
        }
        return settled;
    }

    private static long median(long[] a, int from, int to) {
        long[] c = java.util.Arrays.copyOfRange(a, from, to);
        java.util.Arrays.sort(c);
        return c[c.length / 2];
    }

    private static long total(long[] a) {
        long s = 0;
        for (long x : a) s += x;
        return s;
    }

    private static List<String> runInChildJvm(String engine, Options o) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss512m", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC", "-Xmn64m", // as scripts/vm
                "-cp", System.getProperty("java.class.path"), LatencyReport.class.getName(),
                "--child", engine, "--calls", Integer.toString(o.calls), "--out", o.out.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> rows = new ArrayList<>();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("ROW\t")) rows.add(line.substring(4));
            else if (!line.isBlank()) System.out.println("[latency:" + engine + "] " + line);
        }
        if (p.waitFor() != 0) throw new IllegalStateException("the " + engine + " run failed (exit " + p.exitValue() + ")");
        return rows;
    }

    static String render(List<String> rows, Options o) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Call latency from the first call on (HdrHistogram)\n\n");
        sb.append("Command: `scripts/latency-report --engines ").append(String.join(",", o.engines))
          .append(" --calls ").append(o.calls).append("`, ").append(LocalDate.now()).append(". Each engine runs in a fresh JVM with the launcher's heap settings (ParallelGC, -Xmn64m); ")
          .append("every call of each kernel is timed (System.nanoTime) into an HdrHistogram. Times in µs. ")
          .append("The full distributions are in `latency/ENGINE-KERNEL.hgrm`. \"settled after\" is the number of calls ")
          .append("before every later window of 20 calls has its median within 25% of the last tenth's median: ")
          .append("the cost of warm-up (interpreted start, tier-up, C2) in calls. The machine is shared: read ")
          .append("the engines against each other within one kernel.\n\n");
        sb.append("| kernel | engine | first call | p50 | p90 | p99 | p99.9 | max | settled after | total ms |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Kernel k : KERNELS) {
            for (String row : rows) {
                String[] f = row.split("\t");
                if (!f[1].equals(k.name())) continue;
                sb.append("| ").append(k.name()).append(" | ").append(f[0]);
                for (int i = 2; i <= 7; i++) sb.append(" | ").append(us(Long.parseLong(f[i])));
                sb.append(" | ").append(f[8]).append(" calls | ")
                  .append(String.format(Locale.ROOT, "%.0f", Long.parseLong(f[9]) / 1e6)).append(" |\n");
            }
        }
        sb.append("\nKernels (one int argument each):\n\n");
        for (Kernel k : KERNELS) sb.append("- `").append(k.name()).append('(').append(k.arg()).append(")`: ").append(k.work()).append('\n');
        return sb.toString();
    }

    private static String us(long ns) {
        double v = ns / 1000.0;
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static final class Options {
        List<String> engines = List.of(BenchEngines.STACK, BenchEngines.REGISTER, BenchEngines.SPIN, BenchEngines.TIERED);
        int calls = 2000;
        Path out = Path.of("perf-reports");
        String child;

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                switch (argv[i]) {
                    case "--engines" -> o.engines = List.of(argv[++i].split(","));
                    case "--calls" -> o.calls = Integer.parseInt(argv[++i]);
                    case "--out" -> o.out = Path.of(argv[++i]);
                    case "--child" -> o.child = argv[++i];
                    default -> throw new IllegalArgumentException("unknown option " + argv[i]
                            + " (usage: LatencyReport [--engines a,b] [--calls N] [--out DIR])");
                }
            }
            if (o.calls < 40) throw new IllegalArgumentException("--calls must be at least 40");
            return o;
        }
    }
}
