# sched: ordering by time then priority then insertion, cancel, non-blocking run, fake clock
import sched

clock = [0.0]
log = []


def fake_time():
    return clock[0]


def fake_sleep(d):
    clock[0] += d


s = sched.scheduler(fake_time, fake_sleep)
e1 = s.enter(5, 1, log.append, ('five',))
s.enter(1, 2, log.append, ('one-low',))
s.enter(1, 1, log.append, ('one-high',))
s.enterabs(3, 1, lambda **kw: log.append(kw), kwargs={'k': 'abs'})
e2 = s.enter(2, 1, log.append, ('cancelled',))
s.cancel(e2)
print([ev.argument for ev in s.queue], s.empty())
s.run()
print(log, clock[0], s.empty())
s.enter(10, 1, log.append, ('later',))
print(s.run(blocking=False), log[-1])
try:
    s.cancel(e2)
except ValueError as e:
    print('ValueError')
print(sched.Event._fields)
