"""Python unit testing framework (pure-Python unittest for regpy; the core).

TestCase with the assertion methods and their CPython messages (diffs through difflib and
pprint), subTest, skips and expected failures, class fixtures, TestSuite, TestLoader,
TextTestRunner's report format and main().  Discovery (python -m unittest discover), mocking
(unittest.mock) and IsolatedAsyncioTestCase are not provided.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult']

__unittest = True

from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                           expectedFailure)
from unittest.result import TestResult, TextTestResult, TextTestRunner
from unittest.suite import TestSuite, TestLoader, defaultTestLoader
from unittest.main import main
