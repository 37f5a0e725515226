#!/usr/bin/env python3
"""Writes the benchmark's request paths: real addresses from the bundled registry in a fixed mix.

Usage: addresses.py REPO_DIR COUNT [hits|wellformed|malformed] > paths.txt
Mix: 40% inside /24 blocks, 15% /28, 15% /36, 10% well-known (wka), 10% unregistered, 10% malformed,
in rotating notations (colon, dash, Cisco, bare hex, zero-suppressed). With "hits": the same mix without the
unregistered and malformed 20%, so every path answers 200. With "wellformed": without the malformed 10% only
(200s and 404s), which shows what the 400s cost (under Tomcat, which closed the connection after every 400, they cost a reconnect each).
With "malformed": random strings of hex digits and colons, 5 to 20 long, each with one x, y or z in it (every
path answers 400).
"""
import gzip, random, sys

repo, count = sys.argv[1], int(sys.argv[2])
mode = sys.argv[3] if len(sys.argv) > 3 else "mix"
span = {"hits": 80, "wellformed": 90, "mix": 100, "malformed": 100}[mode]
rnd = random.Random(20261203)
by_len = {}
for name in ("manuf", "wka"):
    with gzip.open(f"{repo}/src/main/resources/registry/{name}.gz", "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            addr = line.split()[0]
            mask = None
            if "/" in addr:
                addr, mask = addr.split("/")
            octets = [int(o, 16) for o in addr.replace("-", ":").replace(".", ":").split(":")]
            length = int(mask) if mask else len(octets) * 8
            bits = 0
            for o in octets + [0] * (6 - len(octets)):
                bits = (bits << 8) | o
            key = "wka" if name == "wka" else length
            by_len.setdefault(key, []).append((bits, length))

def inside(bits, length):
    host = (1 << (48 - length)) - 1
    return bits | (rnd.getrandbits(48) & host)

def notation(value, i):
    h = f"{value:012x}"
    octs = [h[j:j + 2] for j in range(0, 12, 2)]
    style = i % 5
    if style == 0:
        return ":".join(octs).upper()
    if style == 1:
        return "-".join(octs)
    if style == 2:
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    if style == 3:
        return h
    return ":".join(format(int(o, 16), "x") for o in octs)

mix = [(24, 40), (28, 15), (36, 15), ("wka", 10), ("miss", 10), ("bad", 10)]
for i in range(count):
    pick = rnd.randrange(span)
    for key, share in mix:
        if pick < share:
            break
        pick -= share
    if mode == "malformed":  # random address characters around one non-hex letter: every path answers 400
        junk = [rnd.choice("0123456789abcdef:") for _ in range(rnd.randint(4, 19))]
        junk.insert(rnd.randint(0, len(junk)), rnd.choice("xyz"))
        print("".join(junk).strip(":"))
        continue
    if key == "miss":
        text = notation(0x020000000000 | rnd.getrandbits(40), i)
    elif key == "bad":
        text = rnd.choice(["zz", "00:50:ca:fe:ca:fe:01", "0050.cafe.caf", "00:50", "hello-world", "00:5g:ca"])
    else:
        bits, length = rnd.choice(by_len[key])
        text = notation(inside(bits, length), i)
    print(text)
