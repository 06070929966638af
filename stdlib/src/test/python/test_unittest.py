# unittest: assertion messages, results, runner report, main() exit codes (runner output to stdout)
import io
import sys
import unittest


def show(f, *a, **k):
    try:
        f(*a, **k)
        print('passed')
    except AssertionError as e:
        print(repr(str(e)))


t = unittest.TestCase()
for f, args in [(t.assertEqual, (1, 2)), (t.assertEqual, ('a', 'b')), (t.assertEqual, ('one\ntwo\n', 'one\nthree\n')), (t.assertTrue, (0,)),
                (t.assertFalse, (1,)), (t.assertIs, (1, None)), (t.assertIsNone, (5,)), (t.assertIsNotNone, (None,)), (t.assertIn, (1, [2])),
                (t.assertNotIn, (1, [1])), (t.assertIsInstance, (1, str)), (t.assertAlmostEqual, (1.0, 1.1)), (t.assertAlmostEqual, (1.0, 1.1, None, None, 0.05)),
                (t.assertGreater, (1, 2)), (t.assertLessEqual, (3, 2)), (t.assertEqual, (1, 2, 'custom')), (t.assertCountEqual, ([1, 2], [2, 2])),
                (t.assertNotEqual, (1, 1)), (t.assertRegex, ('abc', 'x')), (t.assertDictEqual, ({'a': 1}, {'a': 2})), (t.assertEqual, ([1, 2], [1, 3])),
                (t.assertEqual, ((1, 2, 3), (1, 2))), (t.assertEqual, ([1], [1, 2, 3])), (t.assertEqual, ({1, 2}, {2, 3})), (t.assertEqual, ('x' * 100, 'x' * 99 + 'y')),
                (t.assertEqual, (list(range(100)), list(range(99)) + [7])), (t.assertIsNot, (None, None)), (t.assertGreaterEqual, (1, 2)),
                (t.assertLess, (2, 1)), (t.assertNotIsInstance, (1, int)), (t.assertNotRegex, ('abc', 'b')), (t.assertEqual, (1, 1))]:
    show(f, *args)
show(lambda: t.assertRaises(ValueError, int, '1'))
show(lambda: t.assertRaises(ValueError, int, 'x'))
with t.assertRaises(KeyError) as cm:
    {}['k']
print(repr(cm.exception))
show(lambda: t.assertRaisesRegex(ValueError, 'invalid', int, 'x'))
show(lambda: t.assertRaisesRegex(ValueError, 'nomatch', int, 'x'))


class Sample(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.value = 41

    def test_a_pass(self):
        """Checks the answer."""
        self.assertEqual(self.value + 1, 42)

    def test_b_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_c_error(self):
        raise KeyError('k')

    @unittest.skip('why')
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_expected(self):
        self.assertTrue(False)

    def test_f_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    @unittest.skipIf(True, 'conditional')
    def test_g(self):
        pass

    @unittest.expectedFailure
    def test_h_unexpected(self):
        pass


def strip_times(text):
    return '\n'.join('Ran N tests' if line.startswith('Ran ') else line for line in text.splitlines())


for verbosity in (1, 2):
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity).run(unittest.defaultTestLoader.loadTestsFromTestCase(Sample))
    text = strip_times(out.getvalue())
    kept = [line for line in text.splitlines() if not line.startswith('  File') and not line.startswith('    ')]
    print('\n'.join(kept))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
print(Sample.log, unittest.defaultTestLoader.getTestCaseNames(Sample)[:3], str(Sample('test_a_pass')), Sample('test_a_pass').id(),
      Sample('test_a_pass').shortDescription())


class Good(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)


sys.stderr = sys.stdout
for argv, tests in [(['prog'], Good), (['prog', '-v'], Good), (['prog'], None)]:
    module = type(sys)('fake_tests')
    if tests is not None:
        module.Good = tests
    sys.modules['fake_tests'] = module
    try:
        out = io.StringIO()
        unittest.main(module='fake_tests', argv=argv, testRunner=unittest.TextTestRunner(stream=out, verbosity=2 if '-v' in argv else 1))
    except SystemExit as e:
        print(strip_times(out.getvalue()).replace('\n', '|'), 'exit', e.code)
