# Ctrl-C test (scripts/phases/30-threads.sh): SIGINT while the main thread waits for a lock that
# a worker thread holds (and keeps holding) raises KeyboardInterrupt in the waiting acquire.
import threading
held = threading.Lock()
held.acquire()
worker = threading.Thread(target=held.acquire, daemon=True)   # waits too: must not be woken
worker.start()
print("ready", flush=True)
held.acquire()
