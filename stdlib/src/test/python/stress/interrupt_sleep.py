# Ctrl-C test (scripts/phases/30-threads.sh): SIGINT during time.sleep raises KeyboardInterrupt there.
import time
print("ready", flush=True)
time.sleep(120)
