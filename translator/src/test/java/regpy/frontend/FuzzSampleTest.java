package regpy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed fuzz sample: every mutant of fuzz.tsv must parse without a hang or a Java
 * exception, and (ratchet) nearly all must give CPython 3.13's AST or its SyntaxError class,
 * message and position. The mismatches are printed for whoever raises the ratchet.
 */
class FuzzSampleTest {
    /** Raise when the parser improves; never lower. */
    static final double RATCHET_PERCENT = 99.8;

    @Test
    void mutantsMatchCPython() throws IOException {
        Map<String, String> seeds = FuzzCorpus.seeds();
        List<FuzzCorpus.Mutant> mutants = FuzzCorpus.mutants();
        int same = 0;
        StringBuilder broken = new StringBuilder(), differ = new StringBuilder();
        for (FuzzCorpus.Mutant m : mutants) {
            String got = FuzzCorpus.outcome(m.apply(seeds));
            if (got.equals(m.expected())) { same++; continue; }
            String line = "  " + m.describe() + "\n    cpython: " + m.expected() + "\n    regpy:   " + got + "\n";
            if (got.startsWith(FuzzCorpus.HANG) || got.startsWith(FuzzCorpus.CRASH)) broken.append(line);
            else differ.append(line);
        }
        double pct = 100.0 * same / mutants.size();
        System.out.printf("fuzz.tsv: %d/%d identical (%.1f%%)%n%s", same, mutants.size(), pct, differ);
        assertTrue(mutants.size() >= 500, "sample too small");
        assertEquals("", broken.toString(), "hangs or Java exceptions");
        assertTrue(pct >= RATCHET_PERCENT, String.format("%.1f%% < ratchet %.1f%%", pct, RATCHET_PERCENT));
    }
}
