package regpy.jmh.gates;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes when a secondary metric of every result {@code ref} matches is at most {@code max}, e.g.
 * {@code gc.alloc.rate.norm} (bytes allocated per operation, from {@code -prof gc}).
 */
public record MetricGate(String id, String title, BenchRef ref, String metric, double max, String unit) implements Gate {

    @Override
    public String bound() { return String.format("≤ %s %s", fmt(max), unit); }

    @Override
    public GateResult check(Evidence ev) {
        List<JmhResult> rs = ref.select(ev.jmh());
        if (rs.isEmpty())
            return GateResult.missing(this, "no result for " + ref + " (benchmark missing, its engine unavailable, or its setup failed: see the JMH log)");
        List<String> parts = new ArrayList<>();
        double worst = Double.NEGATIVE_INFINITY;
        for (JmhResult r : rs) {
            Double v = r.secondary().get(metric);
            if (v == null || v.isNaN())
                return GateResult.missing(this, r.label() + " has no " + metric + " (run JMH with -prof gc)");
            parts.add(r.label() + " = " + fmt(v) + " " + unit);
            worst = Math.max(worst, v);
        }
        return new GateResult(id, title, fmt(worst) + " " + unit, bound(), worst <= max, String.join("; ", parts));
    }

    private static String fmt(double v) { return String.format("%.2f", v); }
}
