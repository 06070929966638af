# tempfile and shutil: create, copy, move and remove under a fresh temporary directory
import os
import shutil
import tempfile

print(tempfile.gettempdir() == os.path.abspath(os.environ.get('TMPDIR', '/tmp')) or os.path.isdir(tempfile.gettempdir()),
      tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix='regpy-') as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('regpy-'))
    fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
    os.write(fd, b'first line\n')
    os.close(fd)
    print(os.path.basename(path).endswith('.txt'), open(path).read())
    sub = tempfile.mkdtemp(dir=d, prefix='sub')
    copied = shutil.copy(path, sub)
    print(os.path.dirname(copied) == sub, open(copied).read() == 'first line\n')
    shutil.copyfile(path, os.path.join(d, 'copy.txt'))
    os.makedirs(os.path.join(sub, 'deep', 'er'))
    with open(os.path.join(sub, 'deep', 'er', 'f.py'), 'w') as f:
        f.write('x = 1\n')
    tree = shutil.copytree(sub, os.path.join(d, 'tree'), ignore=shutil.ignore_patterns('*.txt'))
    found = sorted(os.path.relpath(os.path.join(root, name), tree) for root, dirs, names in os.walk(tree) for name in names)
    print(found)
    moved = shutil.move(os.path.join(d, 'copy.txt'), os.path.join(d, 'moved.txt'))
    print(os.path.basename(moved), os.path.exists(os.path.join(d, 'copy.txt')))
    try:
        shutil.copyfile(moved, moved)
    except shutil.SameFileError as e:
        print('SameFileError', type(e).__mro__[1].__name__)
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.log') as tf:
        tf.write('logged')
        tf.seek(0)
        print(tf.read(), os.path.exists(tf.name), tf.name.endswith('.log'))
    print(os.path.exists(tf.name))
    shutil.rmtree(sub)
    print(sorted(os.listdir(d)) == sorted(['moved.txt', 'tree', os.path.basename(path)]))
    tdir = d
print(os.path.exists(tdir), shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
