package regpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The launcher's engine options: --engine NAME / --engine=NAME, --stats, --no-caches. */
class EngineOptionsTest {

    private static EngineOptions parse(String... argv) {
        EngineOptions o = new EngineOptions();
        List<String> rest = new ArrayList<>(List.of(argv));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            if (!o.accept(a, rest)) throw new AssertionError("not an engine option: " + a);
        }
        return o;
    }

    @Test void engineNamesInBothSpellings() {
        assertEquals("register", parse("--engine", "register").engine);
        assertEquals("tiered", parse("--engine=tiered").engine);
        assertEquals("stack", parse("--engine", "register", "--engine", "stack").engine);
    }

    @Test void statsAndCaches() {
        EngineOptions o = parse("--stats", "--no-caches");
        assertTrue(o.stats);
        assertFalse(o.caches);
        assertNull(o.error);
    }

    @Test void badEngineIsAnError() {
        assertTrue(parse("--engine", "fast").error.contains("unknown engine 'fast'"));
        assertTrue(parse("--engine").error.contains("Argument expected"));
    }

    @Test void otherArgumentsAreNotOptions() {
        EngineOptions o = new EngineOptions();
        assertFalse(o.accept("-c", new ArrayList<>()));
        assertFalse(o.accept("prog.py", new ArrayList<>()));
        assertFalse(o.accept("--engines", new ArrayList<>(List.of("x"))));
    }

    @Test void launcherRejectsAnUnknownEngineWithStatus2() {
        assertEquals(2, Main.run(new String[] {"run", "--engine", "warp", "x.py"}));
    }
}
