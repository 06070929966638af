import _mutual_sync as sync
sync.b_started.set()
sync.a_started.wait(5)
import _mutual_a
B = "b"
