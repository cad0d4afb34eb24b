#!/usr/bin/env python3
"""Is the extractor's confidence meaningful? Precision of its claims by confidence bin.

Usage: scripts/calibration.py SPLIT_DIR PRED.json   (e.g. after scripts/score.sh dev:
       scripts/calibration.py ../shared/bench/polnear/dev /tmp/claimlens-dev.json)
A claim counts as right when the scorer's iou50 matching pairs it with a gold attribution;
"+src" also needs the source to overlap, as in the scorer's iou50+source.
"""
import json, os, sys
bench = os.environ.get('BENCH', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../shared/bench'))
if not os.path.isdir(bench):
    bench = '/work/shared/bench'
sys.path.insert(0, bench)
from score import load_gold, tokens, match, span_list

gold_dir, pred_path = sys.argv[1], sys.argv[2]
gold = load_gold(gold_dir)
data = json.load(open(pred_path, encoding='utf-8'))
names = {d['id']: os.path.basename(d['name'])[:-4] for d in data['documents']}
claims = {}
for c in data['claims']:
    if c['kind'] != 'assertion' and (c.get('cue') or c.get('source_mention')):
        claims.setdefault(names[c['document']], []).append(c)
rows = []  # (confidence, right, right_with_source)
for stem, (text, g) in gold.items():
    cs = claims.get(stem, [])
    p = [span_list(c.get('content_parts') or c['content']) for c in cs]
    gt = [tokens(text, x['content']) for x in g]
    pt = [tokens(text, x) for x in p]
    iou = lambda i, j: len(gt[i] & pt[j]) / len(gt[i] | pt[j]) if gt[i] | pt[j] else 0
    pairs = dict((j, i) for i, j in match(range(len(g)), range(len(p)), iou, 0.5))
    for j, c in enumerate(cs):
        ok = j in pairs
        src = False
        if ok:
            gs = {k for s, e in g[pairs[j]]['source'] for k in range(s, e)}
            ps = {k for s, e in span_list(c.get('source_mention')) for k in range(s, e)}
            src = (not gs and not ps) or bool(gs & ps)
        rows.append((c['confidence'], ok, src))
edges = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
print(f"{'confidence':>12} {'claims':>7} {'precision':>9} {'+src':>6} {'mean conf':>9}")
for lo, hi in zip(edges, edges[1:]):
    b = [r for r in rows if lo <= r[0] < hi]
    if b:
        n = len(b)
        print(f"{lo:5.1f}-{min(hi, 1.0):<5.1f} {n:7d} {sum(r[1] for r in b) / n:9.3f} {sum(r[2] for r in b) / n:6.3f} {sum(r[0] for r in b) / n:9.3f}")
n = len(rows)
print(f"{'all':>11} {n:7d} {sum(r[1] for r in rows) / n:9.3f} {sum(r[2] for r in rows) / n:6.3f} {sum(r[0] for r in rows) / n:9.3f}")
