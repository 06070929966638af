# Ctrl-C test (scripts/phases/30-threads.sh): a KeyboardInterrupt caught by the program leaves
# the interpreter in order: other threads keep running, sleep and lock waits work afterwards.
import threading, time
counts = [0]
stop = threading.Event()
def spin():
    while not stop.is_set():
        counts[0] += 1
t = threading.Thread(target=spin)
t.start()
print("ready", flush=True)
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
time.sleep(0.05)
lock = threading.Lock()
print("lock", lock.acquire(timeout=0.05), lock.acquire(timeout=0.05))
before = counts[0]
time.sleep(0.05)
stop.set()
t.join()
print("worker kept running:", counts[0] > before)
print("done")
