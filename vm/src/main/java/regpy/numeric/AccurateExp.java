package regpy.numeric;

/**
 * exp computed in double-double and rounded once, so that it is correctly rounded except in
 * astronomically rare near-ties, as glibc's exp (which CPython calls) is in practice; the
 * JVM's is not always.
 *
 * <p>Method: x = (64k + j) * ln2/64 + r with |r| <= ln2/128, the reduction done in three
 * parts so that r is exact to about 2^-100; exp(x) = 2^k * 2^(j/64) * exp(r), with 2^(j/64)
 * from a double-double table (written out from a 60-digit computation; ExpTableTest checks it)
 * and exp(r) - 1 from its Taylor series, whose eighth term is below 2^-70.
 */
final class AccurateExp {
    private AccurateExp() {}

    private static final double INV_LN2_64 = 92.33248261689366;
    /** ln2/64 in three parts; the first has 32 significant bits so that k * it is exact. */
    private static final double LN2_64_HI = 0x1.62e42fee00000p-7, LN2_64_MID = 0x1.a39ef35793c76p-39,
                                LN2_64_LO = 0x1.cc01f97b57a08p-93;
    static final double OVERFLOW = 709.782712893384, UNDERFLOW = -745.1332191019412;

    /** 2^(j/64) for j = 0..63 as {hi, lo}. */
    static final double[][] TABLE = {
        {0x1.0000000000000p+0, 0x0.0p+0},
        {0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56},
        {0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55},
        {0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57},
        {0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54},
        {0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59},
        {0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54},
        {0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54},
        {0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55},
        {0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55},
        {0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54},
        {0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55},
        {0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54},
        {0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55},
        {0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55},
        {0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54},
        {0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55},
        {0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54},
        {0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54},
        {0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56},
        {0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55},
        {0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58},
        {0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59},
        {0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56},
        {0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56},
        {0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54},
        {0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55},
        {0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54},
        {0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54},
        {0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54},
        {0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54},
        {0x1.6623882552225p+0, -0x1.bb60987591c34p-54},
        {0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54},
        {0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57},
        {0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55},
        {0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54},
        {0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55},
        {0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56},
        {0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54},
        {0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54},
        {0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54},
        {0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55},
        {0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57},
        {0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54},
        {0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56},
        {0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54},
        {0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54},
        {0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54},
        {0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54},
        {0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57},
        {0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56},
        {0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55},
        {0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55},
        {0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54},
        {0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56},
        {0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54},
        {0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55},
        {0x1.da9e603db3285p+0, 0x1.c2300696db532p-54},
        {0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54},
        {0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55},
        {0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54},
        {0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54},
        {0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54},
        {0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55}
    };

    static double exp(double x) {
        if (Double.isNaN(x)) return x;
        if (x > OVERFLOW) return Double.POSITIVE_INFINITY;
        if (x < UNDERFLOW) return 0.0;
        if (Math.abs(x) < 0x1p-54) return 1.0 + x;
        double n = Math.rint(x * INV_LN2_64);
        // r = x - n * ln2/64 as a double-double; n * LN2_64_HI is exact and close to x
        double r0 = x - n * LN2_64_HI;
        double t = n * LN2_64_MID, te = Math.fma(n, LN2_64_MID, -t);
        double rh = r0 - t;
        double rl = ((r0 - rh) - t) - te - n * LN2_64_LO;
        return scaled((int) n, rh, rl);
    }

    private static final double LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

    /** 2^x, by the same method: x = (64k + j)/64 + f exactly, and 2^f = exp(f ln 2). */
    static double exp2(double x) {
        if (Double.isNaN(x)) return x;
        if (x >= 1024) return Double.POSITIVE_INFINITY;
        if (x < -1075) return 0.0;
        double n = Math.rint(x * 64);
        double f = x - n / 64;   // exact: n/64 is within half a 64th of x
        double rh = f * LN2_HI;
        double rl = Math.fma(f, LN2_HI, -rh) + f * LN2_LO;
        return scaled((int) n, rh, rl);
    }

    /** 2^(n/64) * exp(rh + rl) for |rh + rl| <= ln2/128, rounded once (before the final scaling). */
    private static double scaled(int n, double rh, double rl) {
        // exp(r) - 1 = rh + (rl + rh*rl + rh^2/2 + rh^3/6 + ...)
        double q = rh * rh * (1.0 / 2 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720
                 + rh * (1.0 / 5040 + rh * (1.0 / 40320)))))));
        double el = rl + rh * rl + q;
        int j = n & 63, k = n >> 6;
        double th = TABLE[j][0], tl = TABLE[j][1];
        // 2^(j/64) * (1 + rh + el), summed from the small parts up
        double p = th * rh, pe = Math.fma(th, rh, -p);
        double s = th + p;
        double lo = ((th - s) + p) + pe + tl + th * el + tl * rh;
        double m = s + lo;
        // A subnormal result rounds a second time here; a rare last-bit difference is possible.
        return Math.scalb(m, k);
    }
}
