# Shared by _mutual_a/_mutual_b (stress_import_cycle.py): each module's body waits until the
# other's has started, so that the two importing threads each hold one module's import lock.
import threading
a_started = threading.Event()
b_started = threading.Event()
