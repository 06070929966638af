# queue: FIFO/LIFO/priority order, maxsize, timeouts, task_done/join, SimpleQueue, shutdown
import queue
import threading
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty without blocking")
b = queue.Queue(2)
b.put(1); b.put(2)
print(b.full(), b.maxsize)
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
def unblock():
    print("got", b.get())
t = threading.Thread(target=unblock)
t.start()
b.put(3)
t.join()
print(b.get(), b.get())
try:
    b.task_done(); b.task_done(); b.task_done(); b.task_done()
except ValueError as e:
    print("ValueError:", e)
jq = queue.Queue()
done = []
def worker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        done.append(item * 2)
        jq.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(30): jq.put(i)
for w in ws: jq.put(None)
jq.join()
for w in ws: w.join()
print(sorted(done) == [i * 2 for i in range(30)], jq.unfinished_tasks)
lq = queue.LifoQueue()
for c in "abc": lq.put(c)
print([lq.get_nowait() for _ in range(3)])
pq = queue.PriorityQueue()
for v in [5, 1, 4, 2, 3]: pq.put(v)
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put("x"); sq.put_nowait("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
res = []
def sq_reader():
    res.append(sq.get(timeout=5))
t = threading.Thread(target=sq_reader); t.start()
sq.put("late"); t.join()
print(res)
sd = queue.Queue()
sd.put(1)
sd.shutdown()
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown on get")
try:
    sd.put(2)
except queue.ShutDown:
    print("ShutDown on put")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
