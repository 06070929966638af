package regpy.jmh.gates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes when {@code slow} takes at least {@code min} times as long per operation as {@code fast},
 * both measured in the same JMH run. When the refs match several results (a {@code program} param,
 * say, or {@code Class.*} refs), results pair up by their other params (and by method when both
 * refs name the same benchmarks) and the gate holds the geometric mean of the pairs' ratios to the
 * bound; each pair is listed in the detail.
 */
public record RatioGate(String id, String title, BenchRef slow, BenchRef fast, double min) implements Gate {

    @Override
    public String bound() { return String.format("≥ %.2f×", min); }

    @Override
    public GateResult check(Evidence ev) {
        List<JmhResult> slows = slow.select(ev.jmh()), fasts = fast.select(ev.jmh());
        if (slows.isEmpty() || fasts.isEmpty()) {
            List<String> gone = new ArrayList<>();
            if (slows.isEmpty()) gone.add(slow.toString());
            if (fasts.isEmpty()) gone.add(fast.toString());
            return GateResult.missing(this, "no result for " + String.join(" and ", gone)
                    + " (benchmark not written yet, its engine unavailable, or its setup failed: see the JMH log)");
        }
        List<String> pairs = new ArrayList<>();
        double logSum = 0;
        int n = 0;
        for (JmhResult s : slows) {
            Map<String, String> key = freeParams(s);
            for (JmhResult f : fasts) {
                if (!freeParams(f).equals(key)) continue;
                double ratio = s.secondsPerOp() / f.secondsPerOp();
                pairs.add(String.format("%s / %s = %.2f", s.label(), f.label(), ratio));
                logSum += Math.log(ratio);
                n++;
            }
        }
        if (n == 0) return GateResult.missing(this, "results of " + slow + " and " + fast + " do not pair up by their other params");
        double geo = Math.exp(logSum / n);
        return new GateResult(id, title, String.format("%.2f×", geo), bound(), geo >= min,
                (n > 1 ? "geometric mean of " + n + ": " : "") + String.join("; ", pairs));
    }

    /** The params not fixed by either ref: what pairs a slow result with its fast counterpart. */
    private Map<String, String> freeParams(JmhResult r) {
        Map<String, String> m = new HashMap<>(r.params());
        m.keySet().removeAll(slow.params().keySet());
        m.keySet().removeAll(fast.params().keySet());
        // the same benchmarks on different params (engine=stack vs engine=spin) pair method by method
        if (slow.benchmark().equals(fast.benchmark())) m.put(" method", r.method());
        return m;
    }
}
