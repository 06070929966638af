"""TestSuite and TestLoader (regpy's unittest)."""

import sys

from unittest import case

__unittest = True


class TestSuite:
    """A composite test: runs its tests (and classes' setUpClass/tearDownClass) in order."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return f'<{case.strclass(self.__class__)} tests={list(self)}>'

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f'{test!r} is not callable')
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def _flat(self):
        for test in self:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    def run(self, result):
        current_class = None
        class_failed = False
        for test in self._flat():
            if result.shouldStop:
                break
            cls = type(test)
            if cls is not current_class:
                if current_class is not None and not class_failed:
                    _tear_down_class(current_class, result)
                current_class = cls
                class_failed = not _set_up_class(cls, result)
            if class_failed:
                continue
            test(result)
        if current_class is not None and not class_failed:
            _tear_down_class(current_class, result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _set_up_class(cls, result):
    if getattr(cls, '__unittest_skip__', False):
        return True
    try:
        cls.setUpClass()
        return True
    except case.SkipTest:
        return False
    except Exception:
        result.addError(_ErrorHolder(f'setUpClass ({case.strclass(cls)})'), sys.exc_info())
        return False


def _tear_down_class(cls, result):
    if getattr(cls, '__unittest_skip__', False):
        return
    try:
        cls.tearDownClass()
    except Exception:
        result.addError(_ErrorHolder(f'tearDownClass ({case.strclass(cls)})'), sys.exc_info())


class _ErrorHolder:
    """Stands for a class or module fixture that failed (for reporting)."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestLoader:
    """Collects the tests of test case classes and modules into suites."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        """A sorted sequence of method names found within testCaseClass."""
        def is_test_method(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            return callable(getattr(testCaseClass, name))
        names = [name for name in dir(testCaseClass) if is_test_method(name)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant '
                            'to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase) and \
                    obj not in (case.TestCase, case.FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module
        if module is None:
            obj = sys.modules[parts[0]]
            parts = parts[1:]
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, case.TestCase)):
                return test
        raise TypeError(f"don't know how to make test from: {obj}")

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()
