package regpy.jmh.gates;

import java.util.List;
import java.util.Map;

/**
 * Names the JMH results a gate reads: a benchmark ({@code Class.method}, or a full name) and the
 * {@code @Param} values it must have; params not named here may take any value.
 */
public record BenchRef(String benchmark, Map<String, String> params) {

    public static BenchRef of(String benchmark, String... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("params come in key, value pairs");
        var m = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return new BenchRef(benchmark, java.util.Collections.unmodifiableMap(m));
    }

    public List<JmhResult> select(List<JmhResult> results) {
        return results.stream().filter(r -> r.matches(benchmark, params)).toList();
    }

    @Override
    public String toString() {
        return benchmark + (params.isEmpty() ? "" : " " + params.toString().replace('{', '[').replace('}', ']').replace(", ", ","));
    }
}
