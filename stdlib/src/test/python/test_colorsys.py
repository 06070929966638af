# colorsys: conversions and round trips over a grid of colours
import colorsys

values = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]
for r in values[::2]:
    for g in values[1::2]:
        for b in values[::3]:
            hls = colorsys.rgb_to_hls(r, g, b)
            hsv = colorsys.rgb_to_hsv(r, g, b)
            yiq = colorsys.rgb_to_yiq(r, g, b)
            print((r, g, b), hls, hsv, yiq, colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hls_to_rgb(0.99, 0.5, 1.0), colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.rgb_to_hls(1, 1, 1))
