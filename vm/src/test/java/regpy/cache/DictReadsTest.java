package regpy.cache;

import static org.junit.jupiter.api.Assertions.*;
import static regpy.cache.PySnippets.*;

import org.junit.jupiter.api.Test;

import regpy.objects.*;

/** The lock-free PyDict reads caches rely on, and the type-dict watcher behind type versions. */
class DictReadsTest {
    @Test
    void slotsAndVersionedReads() {
        PyDict d = new PyDict();
        d.putStr("a", PyInt.of(1));
        d.putStr("b", PyInt.of(2));
        PyDict.Slot b = d.slotOfStr("b");
        assertEquals(1, b.index());
        assertEquals(0, b.keysVersion() & 1, "even outside structural changes");
        assertEquals(2, intOf(d.valueIfVersion(b.index(), b.keysVersion())));
        d.putStr("b", PyInt.of(3));                                   // value replaced in place
        assertEquals(3, intOf(d.valueIfVersion(b.index(), b.keysVersion())));
        d.putStr("c", PyInt.of(0));                                   // a key added: version moves on
        assertNull(d.valueIfVersion(b.index(), b.keysVersion()));
        assertEquals(-1, d.slotOfStr("zz").index());
    }

    @Test
    void indexValidatedReadsFollowTheKey() {
        PyDict d = new PyDict();
        for (int i = 0; i < 6; i++) d.putStr("k" + i, PyInt.of(i));
        int at = d.slotOfStr("k5").index();
        assertEquals(5, intOf(d.valueIfKeyAt(at, "k5")));
        assertNull(d.valueIfKeyAt(at, "k4"), "another key's entry");
        assertNull(d.valueIfKeyAt(1000, "k5"), "out of range");
        for (int i = 0; i < 5; i++) d.removeStr("k" + i);
        for (int i = 0; i < 20; i++) d.putStr("n" + i, PyInt.ZERO);   // growth compacts: k5 moves
        int moved = d.slotOfStr("k5").index();
        assertNotEquals(at, moved);
        assertNull(d.valueIfKeyAt(at, "k5"));
        assertEquals(5, intOf(d.valueIfKeyAt(moved, "k5")));
        assertEquals(moved, d.probeStrOptimistic("k5", PyStr.hashOf("k5")));
        assertEquals(PyDict.ABSENT, d.probeStrOptimistic("k0", PyStr.hashOf("k0")));
    }

    @Test
    void keyBitsNeverMissAPresentKey() {
        PyDict d = new PyDict();
        for (int i = 0; i < 40; i++) {
            String k = "key" + i;
            d.putStr(k, PyInt.of(i));
            assertFalse(d.certainlyLacks(PyStr.hashOf(k)), k);
        }
        PyDict empty = new PyDict();
        assertTrue(empty.certainlyLacks(PyStr.hashOf("anything")));
    }

    @Test
    void anyMutationOfATypeDictChangesTheVersion() {
        PyModule m = run("class C:\n    a = 1\nclass D(C): pass\n");
        PyType c = (PyType) get(m, "C"), d = (PyType) get(m, "D");
        int vc = c.version(), vd = d.version();
        c.dict().putStr("a", PyInt.of(2));                 // straight into the dict, no setattr
        assertNotEquals(vc, c.version());
        assertNotEquals(vd, d.version(), "subclasses change with their base");
        assertEquals(2, intOf(d.lookup("a")), "the lookup memo was reset");
        vd = d.version();
        exec(m, "C.__doc__ = 'doc'\n");
        assertNotEquals(vd, d.version());
    }
}
