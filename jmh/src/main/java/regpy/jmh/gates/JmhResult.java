package regpy.jmh.gates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result of a JMH JSON file: the benchmark's full name
 * ({@code regpy.jmh.CallBench.positional}), its {@code @Param} values, the primary score with its
 * unit and mode, and the secondary metrics by name ({@code gc.alloc.rate.norm} from {@code -prof gc}).
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params,
                        double score, double scoreError, String unit, Map<String, Double> secondary) {

    /** The results of a JMH JSON result file ({@code -rf json}): a top-level array of runs. */
    public static List<JmhResult> parseAll(String json) {
        if (!(Json.parse(json) instanceof List<?> runs))
            throw new IllegalArgumentException("JMH JSON: expected a top-level array of results");
        return runs.stream().map(JmhResult::of).toList();
    }

    static JmhResult of(Object run) {
        Map<?, ?> r = asMap(run, "result");
        Map<String, String> params = new LinkedHashMap<>();
        if (r.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(k.toString(), String.valueOf(v)));
        Map<?, ?> primary = asMap(r.get("primaryMetric"), "primaryMetric");
        Map<String, Double> secondary = new LinkedHashMap<>();
        if (r.get("secondaryMetrics") instanceof Map<?, ?> sec)
            sec.forEach((k, v) -> secondary.put(k.toString(), number(asMap(v, "secondary metric " + k).get("score"))));
        return new JmhResult(String.valueOf(r.get("benchmark")), String.valueOf(r.get("mode")), params,
                number(primary.get("score")), number(primary.get("scoreError")),
                String.valueOf(primary.get("scoreUnit")), secondary);
    }

    /** The class and method, without the package: {@code CallBench.positional}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int cls = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(cls + 1);
    }

    /** The class's simple name: {@code CallBench}. */
    public String className() {
        String s = shortName();
        return s.substring(0, s.indexOf('.'));
    }

    /** The method: {@code positional}. */
    public String method() { return benchmark.substring(benchmark.lastIndexOf('.') + 1); }

    /**
     * True when this result is of {@code name} with every given param value; {@code name} is
     * {@code Class.method}, a full name, or {@code Class.*} for every method of the class.
     */
    public boolean matches(String name, Map<String, String> wanted) {
        boolean named = name.endsWith(".*") ? className().equals(name.substring(0, name.length() - 2))
                : shortName().equals(name) || benchmark.equals(name);
        if (!named) return false;
        for (var e : wanted.entrySet()) if (!e.getValue().equals(params.get(e.getKey()))) return false;
        return true;
    }

    /** Seconds per operation for a time-per-operation mode (avgt, sample, ss), so scores in different units compare. */
    public double secondsPerOp() {
        if (!unit.endsWith("/op")) throw new IllegalStateException(benchmark + ": score unit " + unit + " is not time per operation");
        String u = unit.substring(0, unit.length() - 3);
        double scale = switch (u) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            default -> throw new IllegalStateException(benchmark + ": unknown time unit " + u);
        };
        return score * scale;
    }

    /** A label for reports: {@code CallBench.positional [engine=stack]}. */
    public String label() {
        return shortName() + (params.isEmpty() ? "" : " " + params.toString().replace('{', '[').replace('}', ']').replace(", ", ","));
    }

    private static Map<?, ?> asMap(Object o, String what) {
        if (o instanceof Map<?, ?> m) return m;
        throw new IllegalArgumentException("JMH JSON: " + what + " is not an object");
    }

    private static double number(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof String s) {
            try { return Double.parseDouble(s); } catch (NumberFormatException e) { return Double.NaN; }
        }
        return Double.NaN;
    }
}
