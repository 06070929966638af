# argparse: help layout at width 60, REMAINDER, version, metavar tuples, required positionals
import argparse, os, sys
os.environ['COLUMNS'] = '60'
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='a-fairly-long-program-name-for-wrapping', description='  A description   with   odd  spacing that needs wrapping because it is quite long indeed.  ')
p.add_argument('inputs', nargs='+', metavar='FILE', help='input files')
p.add_argument('--out', '-o', required=True, help='output')
p.add_argument('--level', type=int, choices=range(3), default=1, help='level %(choices)s default %(default)s type %(type)s')
p.add_argument('rest', nargs=argparse.REMAINDER)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
print(p.format_help())
def tryparse(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
tryparse(p, ['x', 'y', '-o', 'z', 'q', '--w'])
tryparse(p, ['-o', 'z', 'x', 'y', 'q', '--w'])
tryparse(p, ['-o', 'z', '--level', '5', 'x'])
tryparse(p, ['-o', 'z', '--two', '1', '2', 'x'])
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
q = argparse.ArgumentParser(prog='q', add_help=False)
q.add_argument('count', type=int, nargs=2)
q.add_argument('name', nargs='*')
print(q.format_help())
print(q.parse_args(['1', '2', 'a', 'b']), q.parse_args(['1', '2']))
try:
    q.parse_args(['1'])
except SystemExit as e:
    print('exit', e.code)
