package regpy.jmh.gates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gates of {@code mvn verify -Pbench}, each with its bound and why (docs/PERFORMANCE.md says
 * more), and the JMH suite each one reads.
 */
public final class GateCatalog {
    private GateCatalog() {}

    /** The engine the "fastest engine" gates measure: the spun (switch-free) engine. */
    public static final String FAST_ENGINE = System.getProperty("gates.fastEngine", "spin");

    /**
     * Bytes per iteration of the small-int loop. All its values are cached small ints, so the
     * only allocation left is the driver's frame amortised over 500 iterations (well under one
     * byte); one boxed int per iteration would be 16-24 bytes. 4 bytes allows a little slack
     * for the frame while catching any per-operation allocation.
     */
    public static final double ALLOC_BYTES_PER_OP = 4.0;

    /** Gate id → gate, in report order. */
    public static final Map<String, Gate> GATES = gates(
            new RatioGate("dispatch", "spun (switch-free) engine vs reference interpreter on loop-heavy code (DispatchBench)",
                    List.of(new RatioGate.Pair(BenchRef.of("DispatchBench.loop_stack"), BenchRef.of("DispatchBench.loop_spun")),
                            new RatioGate.Pair(BenchRef.of("DispatchBench.loopArith_stack"), BenchRef.of("DispatchBench.loopArith_spun"))),
                    3.0),
            new RatioGate("cache", "inline-cache hit vs uncached load (InlineCacheBench: global, builtin, attribute, method, module attribute; monomorphic)",
                    cachePairs("global", "builtin", "attr", "method", "moduleAttr"), 2.0),
            new CountGate("count", "register IR instructions executed vs stack instructions on ../shared/bench (counted)", 0.40),
            new MetricGate("alloc", "bytes allocated per small-int loop iteration on the fastest engine (SmallIntBench, -prof gc)",
                    BenchRef.of("SmallIntBench.smallIntLoop", "engine", FAST_ENGINE), "gc.alloc.rate.norm",
                    ALLOC_BYTES_PER_OP, "B/op"));

    /** The JMH suite (benchmark class) a gate reads, or null for the count gate. */
    public static String suiteOf(String gateId) {
        return switch (gateId) {
            case "dispatch" -> "DispatchBench";
            case "cache" -> "InlineCacheBench";
            case "alloc" -> "SmallIntBench";
            default -> null;
        };
    }

    /** Suites run beside the gates' own for the report (plain-Java baseline ratios): CallBench. */
    public static final List<String> REPORT_SUITES = List.of("CallBench");

    /**
     * The methods of each suite that the short gate run measures (a regex on the method name):
     * what the gates read plus the Java baselines; {@code --all-benchmarks} runs whole suites.
     * DispatchBench's switch-loop and fib variants and InlineCacheBench's polymorphic and
     * megamorphic sites are left to full runs.
     */
    public static final Map<String, String> SHORT_RUN_METHODS = Map.of(
            "DispatchBench", "(loop|loopArith)_(stack|spun|java)",
            "InlineCacheBench", "(global|builtin|attr|method|moduleAttr)(Cached|Uncached)|java\\w+");

    /** For each load kind, the pair (kindUncached, kindCached) of InlineCacheBench. */
    private static List<RatioGate.Pair> cachePairs(String... kinds) {
        return java.util.Arrays.stream(kinds).map(k -> new RatioGate.Pair(
                BenchRef.of("InlineCacheBench." + k + "Uncached"), BenchRef.of("InlineCacheBench." + k + "Cached"))).toList();
    }

    /**
     * Java baselines that the naming conventions of {@link Baselines} cannot find: benchmark
     * (Class.method) → baseline method of the same class.
     */
    public static final Map<String, String> BASELINES = Map.ofEntries(
            Map.entry("InlineCacheBench.globalCached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.globalUncached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.builtinCached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.builtinUncached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.moduleAttrCached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.moduleAttrUncached", "javaHashMapGet"),
            Map.entry("InlineCacheBench.attrCached", "javaFieldRead"),
            Map.entry("InlineCacheBench.attrUncached", "javaFieldRead"),
            Map.entry("InlineCacheBench.methodCached", "javaFieldRead"),
            Map.entry("InlineCacheBench.methodUncached", "javaFieldRead"));

    private static Map<String, Gate> gates(Gate... gs) {
        Map<String, Gate> m = new LinkedHashMap<>();
        for (Gate g : gs) m.put(g.id(), g);
        return m;
    }
}
