package regpy.jmh.gates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The performance gates: runs a short JMH configuration of the suites the selected gates read
 * (JSON results, {@code -prof gc}), counts executed instructions of the whole-program benchmarks
 * on both engines, checks every gate, writes perf-reports/bench-gates.{json,md}, and exits 1 when
 * a gate fails. Run by {@code mvn verify -Pbench} (jmh/pom.xml), or by hand:
 * <pre>
 *   java -cp jmh/target/benchmarks.jar regpy.jmh.gates.BenchGates [options]
 *     --gates dispatch,cache,count,alloc   which gates (default: all)
 *     --skip-jmh                           check an existing JSON file instead of running JMH
 *     --json FILE  --report FILE           outputs (default perf-reports/bench-gates.json, .md)
 *     --bench-dir DIR                      the whole-program benchmarks (default ../shared/bench)
 *     --full-size                          count the programs at their full size (slow)
 *     --warmup N --warmup-time S           warmup iterations and their length (default 2 of 2 s: the JIT
 *                                          needs the time on a loaded 2-core machine)
 *     --iterations N --time S              measurement iterations and their length (default 3 of 1 s)
 *     --engines a,b                        values of the suites' {@code engine} param (default spin, the
 *                                          fastest engine; "all" keeps each suite's own: stack,register,spin)
 *     --all-benchmarks                     whole suites, not only what the gates read and the Java baselines
 * </pre>
 */
public final class BenchGates {
    private BenchGates() {}

    public static void main(String[] argv) throws Exception {
        System.exit(run(argv));
    }

    static int run(String[] argv) throws Exception {
        Options o = Options.parse(argv);
        List<Gate> gates = new ArrayList<>();
        for (String id : o.gates) {
            Gate g = GateCatalog.GATES.get(id);
            if (g == null) {
                System.err.println("[gates] unknown gate '" + id + "' (known: " + String.join(",", GateCatalog.GATES.keySet()) + ")");
                return 2;
            }
            gates.add(g);
        }
        Files.createDirectories(o.json.toAbsolutePath().getParent());

        if (!o.skipJmh) {
            Set<String> suites = new LinkedHashSet<>();
            for (Gate g : gates) if (GateCatalog.suiteOf(g.id()) != null) suites.add(GateCatalog.suiteOf(g.id()));
            if (o.allGates) suites.addAll(GateCatalog.REPORT_SUITES);
            Files.deleteIfExists(o.json);
            if (!suites.isEmpty()) runJmh(suites, o);
        }
        List<JmhResult> jmh = Files.exists(o.json) ? JmhResult.parseAll(Files.readString(o.json)) : List.of();

        InstructionCounts counts = null;
        if (o.gates.contains("count")) {
            counts = InstructionCounts.measure(o.benchDir, Path.of(System.getProperty("java.io.tmpdir"), "regpy-gates-" + ProcessHandle.current().pid()),
                    System.getProperty("java.class.path"), o.fullSize, 600);
        }
        Evidence ev = new Evidence(jmh, counts);
        List<GateResult> results = gates.stream().map(g -> g.check(ev)).toList();
        Files.writeString(o.report, GateReport.markdown(results, ev, o.command(), o.json.getFileName().toString()));

        boolean ok = true;
        for (GateResult r : results) {
            System.out.printf("[gates] %-8s %-5s measured %s, bound %s%n", r.id(), r.passed() ? "PASS" : "FAIL", r.measured(), r.bound());
            if (!r.passed()) System.out.println("[gates]          " + r.detail());
            ok &= r.passed();
        }
        System.out.println("[gates] report: " + o.report + (Files.exists(o.json) ? ", results: " + o.json : ""));
        return ok ? 0 : 1;
    }

    private static void runJmh(Set<String> suites, Options o) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .warmupIterations(o.warmup).warmupTime(TimeValue.seconds(o.warmupSeconds))
                .measurementIterations(o.iterations).measurementTime(TimeValue.seconds(o.seconds))
                .forks(1).addProfiler(GCProfiler.class).shouldFailOnError(false)
                .resultFormat(ResultFormatType.JSON).result(o.json.toString());
        for (String s : suites) b.include(includeRegex(s, o.allBenchmarks));
        if (!o.engines.equals("all")) b.param("engine", o.engines.split(","));
        System.out.println("[gates] JMH: " + suites + " (engine=" + o.engines + "), " + o.warmup + " warmup iterations of " + o.warmupSeconds + " s, "
                + o.iterations + " measurement iterations of " + o.seconds + " s, -prof gc");
        try {
            new Runner(b.build()).run();
        } catch (NoBenchmarksException e) {
            System.out.println("[gates] JMH: none of " + suites + " exists yet");
        }
    }

    /** JMH's include pattern (found in the full benchmark name) for a suite in a short or a full run. */
    static String includeRegex(String suite, boolean allBenchmarks) {
        String methods = allBenchmarks ? null : GateCatalog.SHORT_RUN_METHODS.get(suite);
        return "regpy\\.jmh\\." + suite + "\\." + (methods == null ? "" : "(" + methods + ")$");
    }

    /** The command line. */
    static final class Options {
        List<String> gates = new ArrayList<>(GateCatalog.GATES.keySet());
        boolean allGates = true, skipJmh, fullSize, allBenchmarks;
        Path json = Path.of("perf-reports/bench-gates.json"), report = Path.of("perf-reports/bench-gates.md");
        Path benchDir = Path.of("../shared/bench");
        int warmup = 2, warmupSeconds = 2, iterations = 3, seconds = 1;
        String engines = GateCatalog.FAST_ENGINE;
        final List<String> given = new ArrayList<>();

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String a = argv[i];
                o.given.add(a);
                switch (a) {
                    case "--gates" -> {
                        String v = argv[++i];
                        o.given.add(v);
                        if (!v.isBlank() && !v.equals("all")) {
                            o.gates = List.of(v.split(","));
                            o.allGates = false;
                        }
                    }
                    case "--skip-jmh" -> o.skipJmh = true;
                    case "--full-size" -> o.fullSize = true;
                    case "--all-benchmarks" -> o.allBenchmarks = true;
                    case "--json" -> o.json = Path.of(o.take(argv, ++i));
                    case "--report" -> o.report = Path.of(o.take(argv, ++i));
                    case "--bench-dir" -> o.benchDir = Path.of(o.take(argv, ++i));
                    case "--warmup" -> o.warmup = Integer.parseInt(o.take(argv, ++i));
                    case "--iterations" -> o.iterations = Integer.parseInt(o.take(argv, ++i));
                    case "--warmup-time" -> o.warmupSeconds = Integer.parseInt(o.take(argv, ++i));
                    case "--time" -> o.seconds = Integer.parseInt(o.take(argv, ++i));
                    case "--engines" -> o.engines = o.take(argv, ++i);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        private String take(String[] argv, int i) {
            if (i >= argv.length) throw new IllegalArgumentException("option " + argv[i - 1] + " needs a value");
            given.add(argv[i]);
            return argv[i];
        }

        String command() {
            return "mvn verify -Pbench" + (allGates ? "" : " -Dgates=" + String.join(",", gates))
                    + " (BenchGates " + String.join(" ", given) + ")";
        }
    }
}
