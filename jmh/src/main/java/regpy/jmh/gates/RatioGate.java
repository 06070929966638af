package regpy.jmh.gates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes when the slow side of each pair takes at least {@code min} times as long per operation as
 * its fast side, in geometric mean over all pairs, everything measured in the same JMH run. Every
 * listed pair must have results: a missing one fails the gate, naming the benchmark.
 *
 * <p>A pair's refs may match several results (a {@code program} param, say, or {@code Class.*}
 * refs): they pair up by their other params, and by method when both refs name the same benchmarks.
 * Each ratio is listed in the detail.
 */
public record RatioGate(String id, String title, List<Pair> pairs, double min) implements Gate {

    /** slow / fast is the measured ratio. */
    public record Pair(BenchRef slow, BenchRef fast) {}

    public RatioGate(String id, String title, BenchRef slow, BenchRef fast, double min) {
        this(id, title, List.of(new Pair(slow, fast)), min);
    }

    @Override
    public String bound() { return String.format("≥ %.2f×", min); }

    @Override
    public GateResult check(Evidence ev) {
        List<String> shown = new ArrayList<>(), gone = new ArrayList<>();
        double logSum = 0;
        int n = 0;
        for (Pair p : pairs) {
            List<JmhResult> slows = p.slow.select(ev.jmh()), fasts = p.fast.select(ev.jmh());
            if (slows.isEmpty()) gone.add(p.slow.toString());
            if (fasts.isEmpty()) gone.add(p.fast.toString());
            if (slows.isEmpty() || fasts.isEmpty()) continue;
            int before = n;
            for (JmhResult s : slows) {
                Map<String, String> key = freeParams(p, s);
                for (JmhResult f : fasts) {
                    if (!freeParams(p, f).equals(key)) continue;
                    double ratio = s.secondsPerOp() / f.secondsPerOp();
                    shown.add(String.format("%s / %s = %.2f", s.label(), f.label(), ratio));
                    logSum += Math.log(ratio);
                    n++;
                }
            }
            if (n == before) gone.add(p.slow + " and " + p.fast + " paired by their other params");
        }
        if (!gone.isEmpty())
            return GateResult.missing(this, "no result for " + String.join(", ", gone)
                    + " (benchmark not written yet, its engine unavailable, or its setup failed: see the JMH log)");
        double geo = Math.exp(logSum / n);
        return new GateResult(id, title, String.format("%.2f×", geo), bound(), geo >= min,
                (n > 1 ? "geometric mean of " + n + ": " : "") + String.join("; ", shown));
    }

    /** The params not fixed by either ref: what pairs a slow result with its fast counterpart. */
    private static Map<String, String> freeParams(Pair p, JmhResult r) {
        Map<String, String> m = new HashMap<>(r.params());
        m.keySet().removeAll(p.slow.params().keySet());
        m.keySet().removeAll(p.fast.params().keySet());
        // the same benchmarks on different params (engine=stack vs engine=spin) pair method by method
        if (p.slow.benchmark().equals(p.fast.benchmark())) m.put(" method", r.method());
        return m;
    }
}
