package regpy.jmh.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pairs each benchmark with its plain-Java baseline (informational, not gated): in the same class,
 * the baseline of method {@code foo} is {@code javaFoo}, and of {@code prog_engine} it is
 * {@code prog_java}; when a class has exactly one Java method, it is the baseline of all the others;
 * {@link GateCatalog#BASELINES} lists the rest. The ratio (engine time / Java time) says how far an
 * engine is from the JVM's own limit for the same work.
 */
public final class Baselines {
    private Baselines() {}

    public record Pair(JmhResult bench, JmhResult java, double ratio) {}

    public static List<Pair> pairs(List<JmhResult> results) {
        List<Pair> out = new ArrayList<>();
        for (JmhResult r : results) {
            if (isJava(r)) continue;
            baselineOf(r, results).ifPresent(j -> out.add(new Pair(r, j, r.secondsPerOp() / j.secondsPerOp())));
        }
        return out;
    }

    static Optional<JmhResult> baselineOf(JmhResult r, List<JmhResult> results) {
        String m = r.method();
        String listed = GateCatalog.BASELINES.get(r.shortName());
        if (listed != null) return results.stream().filter(j -> j.className().equals(r.className()) && j.method().equals(listed)).findFirst();
        int us = m.lastIndexOf('_');
        String named = us > 0 ? m.substring(0, us) + "_java" : "java" + Character.toUpperCase(m.charAt(0)) + m.substring(1);
        List<JmhResult> javas = results.stream().filter(j -> isJava(j) && j.className().equals(r.className())).toList();
        Optional<JmhResult> exact = javas.stream().filter(j -> j.method().equals(named)).findFirst();
        if (exact.isPresent() || javas.size() != 1) return exact;
        return Optional.of(javas.get(0));
    }

    private static boolean isJava(JmhResult r) {
        String m = r.method();
        return m.endsWith("_java") || m.startsWith("java") && m.length() > 4 && Character.isUpperCase(m.charAt(4));
    }
}
