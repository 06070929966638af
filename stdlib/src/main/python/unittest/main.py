"""unittest.main: run the tests of a module from the command line (regpy's unittest)."""

import sys

from unittest import suite as _suite
from unittest.result import TextTestRunner

__unittest = True

_NO_TESTS_EXITCODE = 5


class TestProgram:
    """Loads tests from a module, runs them and exits with the result's status."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=_suite.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.module = sys.modules[module] if isinstance(module, str) else module
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif not arg.startswith('-'):
                names.append(arg)
        if names:
            self.test = testLoader.loadTestsFromNames(names, self.module)
        elif defaultTest is not None:
            default = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
            self.test = testLoader.loadTestsFromNames(default, self.module)
        else:
            self.test = testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
