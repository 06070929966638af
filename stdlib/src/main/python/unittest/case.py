"""TestCase and its assertions (regpy's unittest)."""

import contextlib
import difflib
import pprint
import re
import sys
import warnings

__unittest = True  # frames of this module are hidden from failure tracebacks

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = f'{s[:prefixlen]}[{skip} chars]{s[len(s) - suffixlen:]}'
    return s


def _common_shorten_repr(*args):
    """Reprs of args, shortened around their common prefix when they are long."""
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = args[0]
    for other in args[1:]:
        i = 0
        while i < len(prefix) and i < len(other) and prefix[i] == other[i]:
            i += 1
        prefix = prefix[:i]
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


# ---------------------------------------------------------------- decorators

def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)) or isinstance(reason, type):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    """Context manager behind assertRaises and assertRaisesRegex."""

    def __init__(self, expected, test_case, expected_regex=None, callable_name=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if isinstance(expected_regex, str) \
            else expected_regex
        self.callable_name = callable_name
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if exc_type is None:
            if self.callable_name:
                self._fail(f'{name} not raised by {self.callable_name}')
            self._fail(f'{name} not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._fail(f'"{self.expected_regex.pattern}" does not match "{exc_value}"')
        return True

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


class _AssertWarnsContext(_AssertRaisesContext):
    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self.warnings:
            if isinstance(w.message, self.expected) and (
                    self.expected_regex is None or self.expected_regex.search(str(w.message))):
                self.warning = w.message
                self.filename = w.filename
                self.lineno = w.lineno
                return None
        name = getattr(self.expected, '__name__', str(self.expected))
        if self.callable_name:
            self._fail(f'{name} not triggered by {self.callable_name}')
        self._fail(f'{name} not triggered')


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f'[{self._message}]')
        if self.params:
            parts.append('(' + ', '.join(f'{k}={v!r}' for k, v in self.params.items()) + ')')
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'


_subtest_msg_sentinel = object()


# ---------------------------------------------------------------- TestCase

class TestCase:
    """A class whose instances are single test cases (one test method each)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest_failures = []
        self._current_result = None
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f'no such test method in {self.__class__}: {methodName}') \
                    from None
            self._testMethodDoc = None
        else:
            self._testMethodDoc = testMethod.__doc__
        self._type_equality_funcs = {dict: 'assertDictEqual', list: 'assertListEqual',
                                     tuple: 'assertTupleEqual', set: 'assertSetEqual',
                                     frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls.__dict__.get('_class_cleanups') or setattr(cls, '_class_cleanups', [])
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from unittest.result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f'{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Mark a block as a sub-test: its failure is reported and the test goes on."""
        result = self._current_result
        if result is None:
            yield
            return
        subtest = _SubTest(self, msg, params)
        try:
            yield
        except SkipTest as e:
            result.addSkip(subtest, str(e))
        except self.failureException:
            self._subtest_failures.append(subtest)
            result.addSubTest(self, subtest, sys.exc_info())
        except Exception:
            self._subtest_failures.append(subtest)
            result.addSubTest(self, subtest, sys.exc_info())
        else:
            result.addSubTest(self, subtest, None)

    def _callCleanups(self, result):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                ok = False
                result.addError(self, sys.exc_info())
        return ok

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            test_method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False) or
                    getattr(test_method, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(test_method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(test_method, '__unittest_expecting_failure__', False) \
                or getattr(self, '__unittest_expecting_failure__', False)
            self._current_result = result
            self._subtest_failures = []
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except Exception:
                result.addError(self, sys.exc_info())
                self._callCleanups(result)
                return result
            outcome_ok = True
            try:
                test_method()
            except SkipTest as e:
                result.addSkip(self, str(e))
                outcome_ok = None
            except self.failureException:
                if expecting_failure:
                    result.addExpectedFailure(self, sys.exc_info())
                else:
                    result.addFailure(self, sys.exc_info())
                outcome_ok = None
            except Exception:
                if expecting_failure:
                    result.addExpectedFailure(self, sys.exc_info())
                else:
                    result.addError(self, sys.exc_info())
                outcome_ok = None
            try:
                self.tearDown()
            except Exception:
                result.addError(self, sys.exc_info())
                outcome_ok = None
            if not self._callCleanups(result):
                outcome_ok = None
            if outcome_ok:
                if expecting_failure:
                    if self._subtest_failures:
                        result.addExpectedFailure(self, None)
                    else:
                        result.addUnexpectedSuccess(self)
                elif not self._subtest_failures:
                    result.addSuccess(self)
            return result
        finally:
            self._current_result = None
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    def skipTest(self, reason):
        raise SkipTest(reason)

    # ------------------------------------------------------------ assertions

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not false'))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not true'))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        if not args:
            context.msg = kwargs.pop('msg', None)
            return context
        callable_obj, *args = args
        context.callable_name = getattr(callable_obj, '__name__', str(callable_obj))
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        if not args:
            context.msg = kwargs.pop('msg', None)
            return context
        callable_obj, *args = args
        context.callable_name = getattr(callable_obj, '__name__', str(callable_obj))
        with context:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        if not args:
            context.msg = kwargs.pop('msg', None)
            return context
        callable_obj, *args = args
        context.callable_name = getattr(callable_obj, '__name__', str(callable_obj))
        with context:
            callable_obj(*args, **kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        if not args:
            context.msg = kwargs.pop('msg', None)
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by the '==' operator."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = (f'{safe_repr(first)} != {safe_repr(second)} within '
                           f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} '
                           f'places ({safe_repr(diff)} difference)')
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = (f'{safe_repr(first)} == {safe_repr(second)} within '
                           f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """An equality assertion for ordered sequences, with a diff on failure."""
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(f'First sequence is not a {seq_type_name}: '
                                            f'{safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(f'Second sequence is not a {seq_type_name}: '
                                            f'{safe_repr(seq2)}')
        else:
            seq_type_name = 'sequence'
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = f'First {seq_type_name} has no length.    Non-sequence?'
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = f'Second {seq_type_name} has no length.    Non-sequence?'
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % ((seq_type_name.capitalize(),) +
                                                    _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                item1, item2 = seq1[i], seq2[i]
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                                  ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += (f'\nFirst {seq_type_name} contains {len1 - len2} additional '
                              f'elements.\nFirst extra element {len2}:\n{safe_repr(seq1[len2])}\n')
            elif len1 < len2:
                differing += (f'\nSecond {seq_type_name} contains {len2 - len1} additional '
                              f'elements.\nFirst extra element {len1}:\n{safe_repr(seq2[len1])}\n')
        standardMsg = differing
        diffMsg = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                                 pprint.pformat(seq2).splitlines()))
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except (TypeError, AttributeError) as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        try:
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f'{safe_repr(member)} not found in '
                                               f'{safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, f'{safe_repr(member)} unexpectedly found in '
                                               f'{safe_repr(container)}'))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                  pprint.pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """Both iterables have the same elements, the same number of times, in any order."""
        from collections import Counter
        first_seq, second_seq = list(first), list(second)
        try:
            first_c, second_c = Counter(first_seq), Counter(second_seq)
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if first_c == second_c:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            diffMsg = '\n'.join(lines)
            standardMsg = self._truncateMessage(standardMsg, diffMsg)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal (with an ndiff on failure)."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            first_presplit, second_presplit = first, second
            if first and second:
                if first[-1] != '\n' or second[-1] != '\n':
                    first_presplit += '\n'
                    second_presplit += '\n'
            elif second and second[-1] != '\n':
                second_presplit += '\n'
            elif first and first[-1] != '\n':
                first_presplit += '\n'
            firstlines = first_presplit.splitlines(keepends=True)
            secondlines = second_presplit.splitlines(keepends=True)
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not less than {safe_repr(b)}'))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not less than or equal to '
                                               f'{safe_repr(b)}'))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}'))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not greater than or equal to '
                                               f'{safe_repr(b)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = (f"Regex didn't match: {expected_regex.pattern!r} not found in "
                           f'{text!r}')
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = (f'Regex matched: {text[match.start():match.end()]!r} matches '
                           f'{unexpected_regex.pattern!r} in {text!r}')
            self.fail(self._formatMessage(msg, standardMsg))


def _count_diff_hashable(actual, expected):
    from collections import Counter
    s, t = Counter(actual), Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result


def _count_diff_all_purpose(actual, expected):
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


class FunctionTestCase(TestCase):
    """A test case wrapping a test function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f'{strclass(self.__class__)} ({self._testFunc.__name__})'
