# output order varies: compared sorted
# print() lines from several threads never interleave within a line: each print call writes
# its whole line (all arguments, separators and end) as one piece, to stdout and to a file.
# (CPython 3.13 itself interleaves here: its print writes each argument separately; the
# expected output is therefore generated, not recorded.)
import os
import sys
import random
import threading

THREADS = 8
LINES = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
PAYLOAD = 'abcdefghij' * 6


def printer(k, file):
    start.wait()
    for i in range(LINES):
        # Several arguments, so a print that wrote them one by one would interleave.
        print('T%d' % k, '%05d' % i, PAYLOAD, 'end', file=file)


def run(file):
    global start
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=printer, args=(k, file)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(sys.stdout)
sys.stdout.flush()

path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'regpy-stress-print-%x.txt' % random.getrandbits(48))
try:
    with open(path, 'w') as f:
        run(f)
    with open(path) as f:
        lines = f.read().splitlines()
finally:
    try:
        os.remove(path)
    except NotImplementedError:      # regpy's os has no remove yet: leave an empty file
        open(path, 'w').close()
expected = sorted('T%d %05d %s end' % (k, i, PAYLOAD) for k in range(THREADS) for i in range(LINES))
print('file', 'ok' if sorted(lines) == expected else 'FAILED: %d lines, %d malformed' % (
    len(lines), sum(1 for l in lines if not l.endswith(' end') or len(l) != len(expected[0]))))
