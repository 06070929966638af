# traceback: formatting of caught exceptions (frames, chains, notes), summaries, stacks
import traceback


def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0], [l.split(', ', 1)[1] for l in lines if l.startswith('  File')], lines[-1])
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print([(f.name, f.line) for f in summary], len(traceback.format_tb(tb)), summary[-1].name, repr(summary[-1]).split(' in ')[-1])
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
try:
    try:
        {}['missing']
    except KeyError as exc:
        raise ValueError('converted') from exc
except ValueError as e:
    out = ''.join(traceback.format_exception(e))
    print([l for l in out.splitlines() if not l.startswith('  ')])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    out = ''.join(traceback.format_exception(e))
    print([l for l in out.splitlines() if not l.startswith('  ')])
    print([l for l in ''.join(traceback.format_exception(e, chain=False)).splitlines() if not l.startswith('  ')])
err = ValueError('with note')
err.add_note('first note')
err.add_note('second note')
print(traceback.format_exception_only(err), traceback.format_exception_only(KeyError()), traceback.format_exception_only(ValueError('')))


class CustomError(Exception):
    pass


print(traceback.format_exception_only(CustomError('c')), traceback.format_exception(ValueError('no tb')))
te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type_str, list(te.format_exception_only()))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line, type(stack).__name__)
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]), traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1')])[0] == ('f.py', 3, 'fn', 'x = 1'))
