# A module imported by 8 threads at once runs its body once, and every thread sees it complete.
import sys
import threading

THREADS = 8
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3

for round_ in range(ROUNDS):
    sys.modules.pop('_imported_once', None)
    import _import_count
    _import_count.runs = 0
    barrier = threading.Barrier(THREADS)
    seen = []

    def importer():
        barrier.wait()
        import _imported_once
        seen.append(_imported_once.VALUE)   # a half-initialised module has no VALUE yet

    threads = [threading.Thread(target=importer) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('round', round_, 'body ran', _import_count.runs, 'time(s), seen', len(seen), sorted(set(seen)))

# from-import and importlib.import_module race the same way.
import importlib
sys.modules.pop('_imported_once', None)
_import_count.runs = 0
barrier = threading.Barrier(THREADS)
results = []

def via_importlib(k):
    barrier.wait()
    if k % 2:
        m = importlib.import_module('_imported_once')
        results.append(m.VALUE)
    else:
        from _imported_once import VALUE
        results.append(VALUE)

threads = [threading.Thread(target=via_importlib, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('importlib/from: body ran', _import_count.runs, 'time(s), seen', len(results), sorted(set(results)))
