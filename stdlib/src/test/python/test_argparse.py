# argparse: parsing semantics, errors (exit status 2 and messages), usage and help text
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='prog', description='Demo tool that copies things around.', epilog='Bye.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='store_true', help='talk more')
p.add_argument('-n', '--num', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['a', 'b'], help='mode')
p.add_argument('--tag', action='append', dest='tags')
p.add_argument('-q', action='count', default=0)
p.add_argument('--ratio', type=float, metavar='R')
p.add_argument('--pair', nargs=2)
p.add_argument('--many', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
print(p.format_usage(), end='')
print(p.format_help())
for args in [['a'], ['a', 'b'], ['a', '-vn', '5', '--tag', 't1', '--tag=t2'], ['a', '-qqq', '--pair', '1', '2', '--many', '3', '4', '--', 'z'],
             ['--opt', 'a'], ['a', '--opt'], ['a', '--opt=v', '--no-color', '--ratio', '2.5', '--mode', 'b', '--x'], ['-n', '-3', 'a'],
             ['a', '--nu', '7'], ['a', '-v', 'b']]:
    try:
        print(args, p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
print(p.parse_known_args(['a', '--bogus', 'b', '-z']))
for args in [[], ['a', '--num', 'x'], ['a', '--mode', 'z'], ['a', '--x', '--y'], ['a', 'b', 'c'], ['a', '--num'], ['a', '--bogus'],
             ['a', '--verbose=1'], ['a', '--pair', '1'], ['a', '--many'], ['a', '--ratio', 'abc'], ['a', '--c']]:
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
r = argparse.ArgumentParser(prog='req', exit_on_error=False)
r.add_argument('--need', required=True)
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--a', action='store_const', const=1)
rg.add_argument('--b', action='store_const', const=2)
r.add_argument('rest', nargs='*')
print(r.format_usage(), end='')
for args in [[], ['--need', 'x'], ['--need', 'x', '--b', 'r1', 'r2']]:
    try:
        print(r.parse_args(args))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)
h = argparse.ArgumentParser(prog='h')
h.add_argument('--long-option-name-that-is-very-long', help='a help text that is long enough to be wrapped onto more than one line of output text in the help')
grp = h.add_argument_group('extra', 'Extra settings.')
grp.add_argument('--level', type=int, default=1, help='level')
out = io.StringIO()
h.print_help(out)
print(out.getvalue(), end='')
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(**{'a-b': 1}), 'a' in argparse.Namespace(a=1), argparse.Namespace(a=1) == argparse.Namespace(a=1))
for bad in [lambda: p.add_argument('--num'), lambda: p.add_argument('x', required=True), lambda: p.add_argument('bad', action='nope'),
            lambda: p.add_argument('--t', type='int'), lambda: p.add_argument('y', nargs=0)]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)
d = argparse.ArgumentParser(prog='d')
d.set_defaults(mode='auto', extra=5)
d.add_argument('--mode')
print(d.parse_args([]), d.get_default('mode'), d.get_default('extra'))
try:
    d.parse_args(['-h'])
except SystemExit as e:
    print('help exit', e.code)
