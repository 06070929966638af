# Ctrl-C test (scripts/phases/30-threads.sh): SIGINT while the main thread runs a loop that
# neither calls nor blocks must raise KeyboardInterrupt at the loop's back edge (the eval breaker).
print("ready", flush=True)
n = 0
while True:
    n += 1
