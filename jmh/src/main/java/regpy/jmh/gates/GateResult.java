package regpy.jmh.gates;

/**
 * The verdict of one gate: what was measured (formatted, or "missing"), the bound it is held to,
 * whether it passed, and a detail line (the per-benchmark values, or what is missing and why).
 */
public record GateResult(String id, String title, String measured, String bound, boolean passed, String detail) {

    public static GateResult missing(Gate g, String what) {
        return new GateResult(g.id(), g.title(), "missing", g.bound(), false, what);
    }
}
