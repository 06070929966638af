package regpy.jmh.gates;

/**
 * Passes when the register engines execute at least {@code minReduction} fewer instructions than
 * the reference interpreter over the whole-program benchmarks (sum over all programs; each
 * program's own reduction is in the detail). Counts are deterministic: no noise, no repetition.
 */
public record CountGate(String id, String title, double minReduction) implements Gate {

    @Override
    public String bound() { return String.format("≥ %.0f%% fewer", minReduction * 100); }

    @Override
    public GateResult check(Evidence ev) {
        InstructionCounts c = ev.counts();
        if (c == null) return GateResult.missing(this, "instruction counts were not measured in this run");
        if (!c.problems().isEmpty()) return GateResult.missing(this, c.problemSummary());
        if (c.programs().isEmpty()) return GateResult.missing(this, "no benchmark programs were counted");
        double reduction = c.reduction();
        return new GateResult(id, title, String.format("%.1f%% fewer", reduction * 100), bound(), reduction >= minReduction,
                String.format("stack %,d, register %,d instructions over %d programs; per program: %s",
                        c.totalStack(), c.totalRegister(), c.programs().size(), c.perProgram()));
    }
}
