import _mutual_sync as sync
sync.a_started.set()
sync.b_started.wait(5)
import _mutual_b
A = "a"
