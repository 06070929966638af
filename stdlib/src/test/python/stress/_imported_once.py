# Imported by stress_import.py from 8 threads at once: the body must run exactly once.
import time
import _import_count

_import_count.runs += 1
time.sleep(0.2)      # keep the import in progress while the other threads arrive
VALUE = 'loaded'
