# statistics: averages, spread, quantiles, errors (exact arithmetic paths included)
import statistics as st
from fractions import Fraction


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.25, 3.0, 4.75, 10.125]
fracs = [Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]
for data in (ints, floats, fracs, [1, 2.5], [True, 2], [1e300, 1e300, -1e300]):
    show(st.mean, data)
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean(iter(range(10))), st.fmean([1, 2, 3]), st.fmean(range(5), [1, 1, 1, 1, 6]))
print(st.median(ints), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('abracadabra'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance(floats), st.stdev(floats),
      st.variance(fracs), st.pvariance(fracs), st.stdev([1, 2, 3, 4]), st.variance(ints, 5), st.pstdev([1.5, 2.5]))
print(st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10), st.quantiles([1, 5], method='inclusive'),
      st.quantiles([7], n=3), st.quantiles([1.0, 2.0, 4.0, 8.0], n=5, method='inclusive'))
print(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]),
      st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 2]), st.geometric_mean([2, 0]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), round(st.correlation(x, y), 12), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]),
      st.correlation([1, 2, 3], [3, 9, 5], method='ranked'), st.linear_regression(x, [2 * v + 1 for v in x]),
      st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for f, args in [(st.mean, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)), (st.stdev, ([1],)),
                (st.pvariance, ([],)), (st.pstdev, ([],)), (st.quantiles, ([],)), (st.quantiles, ([1, 2],)),
                (st.harmonic_mean, ([1, -1],)), (st.geometric_mean, ([],)), (st.geometric_mean, ([-1],)),
                (st.fmean, ([],)), (st.covariance, ([1], [1])), (st.correlation, ([1, 2], [1])), (st.correlation, ([1, 1], [1, 2])),
                (st.linear_regression, ([1, 1], [1, 2])), (st.mean, (['a'],))]:
    show(f, *args)
show(st.quantiles, [1, 2, 3], n=0)
show(st.quantiles, [1, 2, 3], method='odd')
print(issubclass(st.StatisticsError, ValueError))
