package regpy.jmh.gates;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JmhResultTest {

    /** A real JMH 1.37 result file: SmallIntBench on the stack engine with -prof gc. */
    static List<JmhResult> fixture() throws IOException {
        try (InputStream in = JmhResultTest.class.getResourceAsStream("smallint-gc.json")) {
            return JmhResult.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsRealJmhOutput() throws IOException {
        List<JmhResult> rs = fixture();
        assertEquals(2, rs.size());
        JmhResult java = rs.get(0), py = rs.get(1);
        assertEquals("regpy.jmh.SmallIntBench.javaSmallIntLoop", java.benchmark());
        assertEquals("SmallIntBench.javaSmallIntLoop", java.shortName());
        assertEquals("SmallIntBench", java.className());
        assertEquals(Map.of(), java.params());
        assertEquals(4.521259430904661, java.score(), 1e-12);
        assertTrue(Double.isNaN(java.scoreError()), "JMH writes \"NaN\" for the error of 2 iterations");
        assertEquals("avgt", py.mode());
        assertEquals(Map.of("engine", "stack"), py.params());
        assertEquals(0.227, py.secondary().get("gc.alloc.rate.norm"), 0.001);
        assertEquals(py.score() * 1e-9, py.secondsPerOp(), 1e-15);
    }

    @Test
    void matchesByNameAndParams() throws IOException {
        JmhResult py = fixture().get(1);
        assertTrue(py.matches("SmallIntBench.smallIntLoop", Map.of("engine", "stack")));
        assertTrue(py.matches("SmallIntBench.*", Map.of()));
        assertTrue(py.matches("regpy.jmh.SmallIntBench.smallIntLoop", Map.of()));
        assertFalse(py.matches("SmallIntBench.smallIntLoop", Map.of("engine", "register")));
        assertFalse(py.matches("CallBench.*", Map.of()));
        assertFalse(py.matches("SmallIntBench.small", Map.of()));
    }

    @Test
    void rejectsAFileThatIsNotAResultList() {
        assertThrows(IllegalArgumentException.class, () -> JmhResult.parseAll("{\"benchmark\": \"x\"}"));
    }
}
