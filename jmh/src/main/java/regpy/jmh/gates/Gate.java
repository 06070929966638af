package regpy.jmh.gates;

/**
 * A performance gate: a bound on a ratio measured in one run, or on a deterministic count. A gate
 * whose evidence is missing (a benchmark not written yet, an engine not available, a metric not
 * collected) fails with a message that names what is missing: no gate passes by default.
 */
public sealed interface Gate permits RatioGate, MetricGate, CountGate {
    /** Short identifier used by {@code -Dgates=...} and in the report (dispatch, cache, count, alloc). */
    String id();

    /** One line: what the gate guards. */
    String title();

    /** The bound, as the report states it ("≥ 3.00×"). */
    String bound();

    GateResult check(Evidence evidence);
}
