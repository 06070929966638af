package regpy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import regpy.engine.spin.SpinningEngine;

/**
 * A for loop's own generator is closed when the loop drops it (IR DROP at break and return,
 * unwinding to a handler or out of the frame), on the switch loop and in spun code, exactly as
 * CPython 3.13 closes it when its reference count drops (the expected list is CPython's output);
 * a generator held by a variable is not.
 */
class LoopGeneratorTest {

    private static final String SRC = """
            log = []
            def gen(tag):
                try:
                    yield 1
                    yield 2
                finally:
                    log.append('closed ' + tag)
            def brk():
                for v in gen('break'):
                    log.append(v)
                    break
                log.append('after break')
            def ret():
                for v in gen('return'):
                    return v
            def exc():
                try:
                    for v in gen('raise'):
                        raise ValueError(v)
                except ValueError:
                    log.append('caught')
            def out():
                for v in gen('escape'):
                    raise KeyError(v)
            def nested():
                for a in range(2):
                    for v in gen('inner%d' % a):
                        if a == 1:
                            return a
                        break
            brk()
            log.append(ret())
            exc()
            try:
                out()
            except KeyError:
                log.append('escaped')
            log.append(nested())
            g = gen('kept')
            for v in g:
                break
            log.append('kept alive')
            result = log
            """;

    /** CPython 3.13's value of {@code result}. */
    private static final String CPYTHON = "[1, 'closed break', 'after break', 'closed return', 1, 'closed raise', 'caught', "
            + "'closed escape', 'escaped', 'closed inner0', 'closed inner1', 1, 'kept alive']";

    @Test void switchLoop() {
        assertEquals(CPYTHON, EngineHarness.register(SRC));
    }

    @Test void spunCode() {
        assertEquals(CPYTHON, EngineHarness.run(SpinningEngine.INSTANCE, SRC));
    }

    @Test void referenceInterpreter() {
        assertEquals(CPYTHON, EngineHarness.stack(SRC));
    }
}
