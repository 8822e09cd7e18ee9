#!/usr/bin/python3
"""Reports whether a PNG (8-bit, non-interlaced, as Chromium writes screenshots) has visible content:
how many pixels differ from the most common colour, and how many distinct colours there are.

usage: png-not-blank.py FILE.png     exit status 0 when the image is not blank."""
import struct
import sys
import zlib
from collections import Counter


def pixels(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    if depth != 8 or interlace != 0 or colour not in (2, 6):
        raise ValueError("unsupported PNG layout")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main(path):
    width, height, channels, rows = pixels(path)
    colours = Counter()
    for row in rows[::4]:
        for x in range(0, len(row), channels * 2):
            colours[row[x:x + 3]] += 1
    total = sum(colours.values())
    background = colours.most_common(1)[0][1]
    inked = 1 - background / total
    print("%s: %dx%d, %d colours, %.1f%% of pixels differ from the background" % (path, width, height, len(colours), inked * 100))
    return 0 if len(colours) > 8 and inked > 0.01 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
