"""Test results and the text runner (regpy's unittest)."""

import sys
import time
import traceback

__unittest = True


def _is_relevant_tb_level(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _exc_info_to_string(err, test):
    """Traceback text for a failure, without the frames of unittest itself."""
    exctype, value, tb = err
    while tb and _is_relevant_tb_level(tb):
        tb = tb.tb_next
    # Drop unittest frames at the end too (e.g. assertEqual's own frames).
    frames = []
    t = tb
    while t is not None:
        frames.append(t)
        t = t.tb_next
    while frames and _is_relevant_tb_level(frames[-1]):
        frames.pop()
    lines = []
    if frames:
        lines.append('Traceback (most recent call last):\n')
        for t in frames:
            code = t.tb_frame.f_code
            lines.append(traceback.StackSummary.from_list(
                [(code.co_filename, t.tb_lineno, code.co_name, None)]).format()[0])
    lines.extend(traceback.format_exception_only(value))
    return ''.join(lines)


class TestResult:
    """Holder for test result information."""

    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, _exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, _exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, _exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, _exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _exc_info_to_string(err, test) if err else ''))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                len(self.unexpectedSuccesses) == 0)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} run={self.testsRun} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """Prints dots (or one line per test when verbose) and the final error listing."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = not hasattr(test, '_testMethodName')
        if is_subtest or not self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, long_status, dot):
        if self.showAll:
            if hasattr(test, '_testMethodName') and not self._newline:
                self.stream.writeln(long_status)
                self._newline = True
            else:
                self._write_status(test, long_status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                failed = issubclass(err[0], subtest.failureException)
                self._write_status(subtest, 'FAIL' if failed else 'ERROR')
            elif self.dots:
                self.stream.write('F' if issubclass(err[0], subtest.failureException) else 'E')
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, f'skipped {reason!r}', 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            self.stream.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln(f'{flavour}: {self.getDescription(test)}')
            self.stream.writeln(self.separator2)
            self.stream.writeln(err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports their results as text (to sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run the given test case or test suite."""
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln(f"Ran {run} test{'s' if run != 1 else ''} in {taken:.3f}s")
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                infos.append(f'failures={len(result.failures)}')
            if result.errors:
                infos.append(f'errors={len(result.errors)}')
        elif run == 0 and not result.skipped:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        if result.skipped:
            infos.append(f'skipped={len(result.skipped)}')
        if result.expectedFailures:
            infos.append(f'expected failures={len(result.expectedFailures)}')
        if result.unexpectedSuccesses:
            infos.append(f'unexpected successes={len(result.unexpectedSuccesses)}')
        if infos:
            self.stream.writeln(f" ({', '.join(infos)})")
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result
