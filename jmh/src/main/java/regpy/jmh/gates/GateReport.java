package regpy.jmh.gates;

import java.util.List;

/** The markdown summary of a gate run (perf-reports/bench-gates.md). */
public final class GateReport {
    private GateReport() {}

    public static String markdown(List<GateResult> gates, Evidence ev, String command, String jsonName) {
        StringBuilder b = new StringBuilder();
        b.append("# Performance gates (`mvn verify -Pbench`)\n\n");
        b.append("Command: `").append(command).append("`. JMH results: `").append(jsonName)
         .append("`. Ratios are measured in one run on a shared, noisy 2-core machine; counts are exact.\n");
        b.append("docs/PERFORMANCE.md explains each gate and its bound.\n\n");
        long failed = gates.stream().filter(g -> !g.passed()).count();
        b.append(failed == 0 ? "**All " + gates.size() + " gates pass.**\n\n"
                : "**" + failed + " of " + gates.size() + " gates fail.**\n\n");
        b.append("| gate | what | measured | bound | result |\n|---|---|--:|--:|---|\n");
        for (GateResult g : gates)
            b.append("| ").append(g.id()).append(" | ").append(g.title()).append(" | ").append(g.measured())
             .append(" | ").append(g.bound()).append(" | ").append(g.passed() ? "pass" : "**FAIL**").append(" |\n");
        b.append("\nDetails:\n\n");
        for (GateResult g : gates) b.append("- **").append(g.id()).append("**: ").append(cell(g.detail())).append('\n');

        InstructionCounts c = ev.counts();
        if (c != null && !c.programs().isEmpty()) {
            b.append("\n## Executed instructions (scaled-down ../shared/bench)\n\n");
            b.append("| program | stack | register | fewer |\n|---|--:|--:|--:|\n");
            for (var p : c.programs())
                b.append(String.format("| %s | %,d | %,d | %.1f%% |%n", p.name(), p.stack(), p.register(), p.reduction() * 100));
            b.append(String.format("| **total** | %,d | %,d | **%.1f%%** |%n", c.totalStack(), c.totalRegister(), c.reduction() * 100));
        }

        List<Baselines.Pair> pairs = Baselines.pairs(ev.jmh());
        if (!pairs.isEmpty()) {
            b.append("\n## Beside the plain-Java baselines (not gated)\n\n");
            b.append("engine time / Java time for the same work: how far each engine is from the JVM's own limit.\n\n");
            b.append("| benchmark | score | Java baseline | Java score | ratio |\n|---|--:|---|--:|--:|\n");
            for (var p : pairs)
                b.append(String.format("| %s | %s | %s | %s | %.1f× |%n", p.bench().label(), score(p.bench()),
                        p.java().method(), score(p.java()), p.ratio()));
        }
        if (!ev.jmh().isEmpty()) {
            b.append("\n## All JMH results\n\n| benchmark | score | ± | alloc B/op |\n|---|--:|--:|--:|\n");
            for (JmhResult r : ev.jmh()) {
                Double alloc = r.secondary().get("gc.alloc.rate.norm");
                b.append(String.format("| %s | %s | %.3g | %s |%n", r.label(), score(r), r.scoreError(),
                        alloc == null ? "—" : String.format("%.1f", alloc)));
            }
        }
        return b.toString();
    }

    private static String score(JmhResult r) { return String.format("%.3g %s", r.score(), r.unit()); }

    private static String cell(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
