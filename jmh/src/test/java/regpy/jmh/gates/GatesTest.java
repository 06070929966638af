package regpy.jmh.gates;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GatesTest {

    static JmhResult r(String name, String engine, double nsPerOp, Double allocPerOp) {
        return new JmhResult("regpy.jmh." + name, "avgt", engine == null ? Map.of() : Map.of("engine", engine),
                nsPerOp, 0.1, "ns/op", allocPerOp == null ? Map.of() : Map.of("gc.alloc.rate.norm", allocPerOp));
    }

    static final RatioGate DISPATCH = new RatioGate("dispatch", "t",
            BenchRef.of("DispatchBench.*", "engine", "stack"), BenchRef.of("DispatchBench.*", "engine", "spin"), 3.0);

    @Test
    void ratioGatePairsMethodByMethodAndHoldsTheGeometricMean() {
        var ev = new Evidence(List.of(
                r("DispatchBench.loop", "stack", 900, null), r("DispatchBench.loop", "spin", 100, null),    // 9x
                r("DispatchBench.calls", "stack", 200, null), r("DispatchBench.calls", "spin", 200, null),  // 1x
                r("DispatchBench.javaLoop", null, 1, null)), null);
        GateResult g = DISPATCH.check(ev);
        assertTrue(g.passed(), g.toString());
        assertEquals("3.00×", g.measured());
        var slower = new Evidence(List.of(r("DispatchBench.loop", "stack", 290, null), r("DispatchBench.loop", "spin", 100, null)), null);
        assertFalse(DISPATCH.check(slower).passed());
    }

    @Test
    void ratioGateNeedsEveryListedPair() {
        var gate = new RatioGate("dispatch", "t", List.of(
                new RatioGate.Pair(BenchRef.of("DispatchBench.loop_stack"), BenchRef.of("DispatchBench.loop_spun")),
                new RatioGate.Pair(BenchRef.of("DispatchBench.loopArith_stack"), BenchRef.of("DispatchBench.loopArith_spun"))), 3.0);
        var both = new Evidence(List.of(r("DispatchBench.loop_stack", null, 400, null), r("DispatchBench.loop_spun", null, 100, null),
                r("DispatchBench.loopArith_stack", null, 900, null), r("DispatchBench.loopArith_spun", null, 100, null)), null);
        GateResult g = gate.check(both);
        assertTrue(g.passed());
        assertEquals("6.00×", g.measured(), "geometric mean of 4 and 9");
        var one = new Evidence(both.jmh().subList(0, 3), null);
        GateResult h = gate.check(one);
        assertFalse(h.passed());
        assertTrue(h.detail().contains("DispatchBench.loopArith_spun"), h.detail());
    }

    @Test
    void ratioGateComparesAcrossUnits() {
        JmhResult us = new JmhResult("regpy.jmh.DispatchBench.loop", "avgt", Map.of("engine", "stack"), 1.0, 0, "us/op", Map.of());
        var ev = new Evidence(List.of(us, r("DispatchBench.loop", "spin", 250, null)), null);
        assertEquals("4.00×", DISPATCH.check(ev).measured());
    }

    @Test
    void aGateWithoutItsBenchmarkFailsNamingIt() throws IOException {
        GateResult g = DISPATCH.check(new Evidence(JmhResultTest.fixture(), null));
        assertFalse(g.passed());
        assertEquals("missing", g.measured());
        assertTrue(g.detail().contains("DispatchBench.* [engine=stack]"), g.detail());

        var onlyStack = new Evidence(List.of(r("DispatchBench.loop", "stack", 900, null)), null);
        GateResult h = DISPATCH.check(onlyStack);
        assertFalse(h.passed());
        assertTrue(h.detail().contains("engine=spin"), h.detail());
    }

    @Test
    void metricGateBoundsEveryMatchingResult() throws IOException {
        var onStack = new MetricGate("alloc", "t", BenchRef.of("SmallIntBench.smallIntLoop", "engine", "stack"), "gc.alloc.rate.norm", 4.0, "B/op");
        assertTrue(onStack.check(new Evidence(JmhResultTest.fixture(), null)).passed(), "0.227 B/op in the fixture");
        var tight = new MetricGate("alloc", "t", BenchRef.of("SmallIntBench.smallIntLoop"), "gc.alloc.rate.norm", 0.1, "B/op");
        assertFalse(tight.check(new Evidence(JmhResultTest.fixture(), null)).passed());
        var noGc = new Evidence(List.of(r("SmallIntBench.smallIntLoop", "stack", 10, null)), null);
        GateResult g = onStack.check(noGc);
        assertFalse(g.passed());
        assertTrue(g.detail().contains("-prof gc"), g.detail());
    }

    @Test
    void countGateNeedsCountsOfEveryProgram() {
        var gate = new CountGate("count", "t", 0.40);
        assertFalse(gate.check(new Evidence(List.of(), null)).passed());
        var good = new InstructionCounts(List.of(new InstructionCounts.ProgramCount("a", 1000, 500),
                new InstructionCounts.ProgramCount("b", 1000, 700)), List.of());
        GateResult g = gate.check(new Evidence(List.of(), good));
        assertTrue(g.passed(), g.toString());
        assertEquals("40.0% fewer", g.measured());
        var bad = new InstructionCounts(List.of(new InstructionCounts.ProgramCount("a", 1000, 610)), List.of());
        assertFalse(gate.check(new Evidence(List.of(), bad)).passed());
        var broken = new InstructionCounts(good.programs(), List.of("c: outputs differ"));
        GateResult b = gate.check(new Evidence(List.of(), broken));
        assertFalse(b.passed(), "a program that could not be counted fails the gate");
        assertTrue(b.detail().contains("c: outputs differ"));
    }

    @Test
    void baselinesPairByNameOrByTheOnlyJavaMethod() throws IOException {
        var pairs = Baselines.pairs(JmhResultTest.fixture());
        assertEquals(1, pairs.size());
        assertEquals("javaSmallIntLoop", pairs.get(0).java().method());
        var byName = Baselines.pairs(List.of(r("CallBench.positional", "stack", 30, null), r("CallBench.javaPositional", null, 1.5, null),
                r("CallBench.keyword", "stack", 40, null), r("CallBench.javaDefaults", null, 2, null)));
        assertEquals(1, byName.size(), "keyword has no javaKeyword and the class has two java methods");
        assertEquals(20.0, byName.get(0).ratio(), 1e-9);
        var suffixed = Baselines.pairs(List.of(r("DispatchBench.fib_spun", null, 30, null), r("DispatchBench.fib_java", null, 10, null),
                r("DispatchBench.loop_java", null, 1, null)));
        assertEquals(1, suffixed.size());
        assertEquals("fib_java", suffixed.get(0).java().method());
    }

    @Test
    void catalogCacheGateReadsTheUncachedCachedPairs() {
        List<JmhResult> rs = new java.util.ArrayList<>();
        for (String k : List.of("global", "builtin", "attr", "method", "moduleAttr")) {
            rs.add(r("InlineCacheBench." + k + "Uncached", null, 10, null));
            rs.add(r("InlineCacheBench." + k + "Cached", null, 4, null));
        }
        GateResult g = GateCatalog.GATES.get("cache").check(new Evidence(rs, null));
        assertTrue(g.passed(), g.toString());
        assertEquals("2.50×", g.measured());
        assertFalse(GateCatalog.GATES.get("cache").check(new Evidence(rs.subList(0, 9), null)).passed(), "moduleAttrCached missing");
        rs.add(r("InlineCacheBench.javaFieldRead", null, 1, null));
        rs.add(r("InlineCacheBench.javaHashMapGet", null, 2, null));
        var pairs = Baselines.pairs(rs);
        assertEquals(10, pairs.size());
        assertEquals("javaHashMapGet", pairs.get(0).java().method(), "globalUncached is a hash lookup");
    }

    @Test
    void shortRunSelectsWhatTheGatesReadAndTheBaselines() {
        var dispatch = java.util.regex.Pattern.compile(BenchGates.includeRegex("DispatchBench", false));
        assertTrue(dispatch.matcher("regpy.jmh.DispatchBench.loop_spun").find());
        assertTrue(dispatch.matcher("regpy.jmh.DispatchBench.loopArith_java").find());
        assertFalse(dispatch.matcher("regpy.jmh.DispatchBench.loop_switch").find());
        assertFalse(dispatch.matcher("regpy.jmh.DispatchBench.fib_stack").find());
        var cache = java.util.regex.Pattern.compile(BenchGates.includeRegex("InlineCacheBench", false));
        assertTrue(cache.matcher("regpy.jmh.InlineCacheBench.moduleAttrUncached").find());
        assertTrue(cache.matcher("regpy.jmh.InlineCacheBench.javaFieldRead").find());
        assertFalse(cache.matcher("regpy.jmh.InlineCacheBench.attrMegaCached").find());
        var calls = java.util.regex.Pattern.compile(BenchGates.includeRegex("CallBench", false));
        assertTrue(calls.matcher("regpy.jmh.CallBench.keyword").find());
        assertFalse(calls.matcher("regpy.jmh.CallBenchX.keyword").find());
        assertTrue(java.util.regex.Pattern.compile(BenchGates.includeRegex("DispatchBench", true)).matcher("regpy.jmh.DispatchBench.fib_switch").find());
    }

    @Test
    void everyCatalogGateFailsOnEmptyEvidence() {
        for (Gate g : GateCatalog.GATES.values())
            assertFalse(g.check(new Evidence(List.of(), null)).passed(), g.id() + " must not pass by default");
    }

    @Test
    void resizeReplacesSizeConstantsOrComplains() {
        String src = "# N = 1 in a comment\nN = 6000000\nNUM = 5\nREPEAT = 3   # note\n";
        String out = InstructionCounts.resize(src, Map.of("N", "10", "REPEAT", "1"));
        assertEquals("# N = 1 in a comment\nN = 10\nNUM = 5\nREPEAT = 1   # note\n", out);
        assertThrows(IllegalArgumentException.class, () -> InstructionCounts.resize(src, Map.of("STEPS", "1")));
        assertEquals(Map.of("status", "0", "stack", "12", "register", "7"), InstructionCounts.parseCounts("status=0\nstack=12\nregister=7\n"));
        assertEquals(List.of("sum 3"), InstructionCounts.checksum("info t=0.5s\nsum 3\n\n"), "timing lines do not count");
    }
}
