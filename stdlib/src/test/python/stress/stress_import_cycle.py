# Two threads import two modules that import each other, each thread holding one module's
# import lock when it asks for the other: as CPython does, the deadlock is detected and one
# thread gets the other's partially initialised module; both imports complete.
import os
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5

for round_ in range(ROUNDS):
    for name in ("_mutual_a", "_mutual_b", "_mutual_sync"):
        sys.modules.pop(name, None)
    import _mutual_sync
    errors = []

    def importer(name):
        try:
            __import__(name)
        except BaseException as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=importer, args=(n,), daemon=True) for n in ("_mutual_a", "_mutual_b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    if any(t.is_alive() for t in threads):
        print("round", round_, "DEADLOCK", flush=True)
        os._exit(1)
    a, b = sys.modules["_mutual_a"], sys.modules["_mutual_b"]
    print("round", round_, "complete:", a.A, b.B, "errors:", errors)
