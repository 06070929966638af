package regpy.jmh.gates;

import java.util.List;

/**
 * What the gates are checked against: the JMH results of one run, and the instruction counts of
 * the whole-program benchmarks (null when they were not measured in this run).
 */
public record Evidence(List<JmhResult> jmh, InstructionCounts counts) {}
