# argparse: sub-commands (aliases, help listing, dest, required, errors, extras)
import argparse
import os
import sys

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
pu = sub.add_parser('push', help='upload')
pu.add_argument('remote', nargs='?', default='origin')
sub.add_parser('status')
print(p.format_help())
print(c.format_help())
for a in [['commit', '-m', 'x'], ['ci', '-m', 'y'], ['--debug', 'push'], ['push', 'up', 'extra'], [], ['nope'], ['commit']]:
    try:
        print(p.parse_args(a))
    except SystemExit as e:
        print('exit', e.code)
print(p.parse_known_args(['push', 'up', '--zz']))
p2 = argparse.ArgumentParser(prog='t')
s2 = p2.add_subparsers(title='commands', description='available', dest='cmd', required=True)
s2.add_parser('a')
s2.add_parser('b', help='bee')
print(p2.format_help())
try:
    p2.parse_args([])
except SystemExit as e:
    print('exit', e.code)
p3 = argparse.ArgumentParser(prog='tool')
p3.add_argument('target')
s3 = p3.add_subparsers()
run = s3.add_parser('run')
run.add_argument('--fast', action='store_true')
run.set_defaults(handler='run-handler')
print(p3.parse_args(['x', 'run', '--fast']), run.prog, p3.format_usage(), end='')
try:
    p3.add_subparsers()
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
