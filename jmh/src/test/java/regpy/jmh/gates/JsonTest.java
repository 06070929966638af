package regpy.jmh.gates;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesNestedValues() {
        Object v = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\\"y\\u00e9\\n\"}, \"e\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1.0, -2500.0, true, false), ((List<?>) m.get("a")).subList(0, 4));
        assertNull(((List<?>) m.get("a")).get(4));
        assertEquals("x\"y\u00e9\n", ((Map<?, ?>) m.get("b")).get("c"));
        assertEquals(Map.of(), m.get("e"));
        assertEquals(List.of("a", "b", "e"), List.copyOf(m.keySet()), "keys keep their order");
    }

    @Test
    void readsNonFiniteNumbersAsJmhWritesThem() {
        assertTrue(((Double) Json.parse("NaN")).isNaN());
        assertEquals(Double.NEGATIVE_INFINITY, Json.parse("-Infinity"));
        assertEquals(List.of(), Json.parse("[ ]"));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("@"));
    }
}
