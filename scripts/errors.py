#!/usr/bin/env python3
"""Error analysis of an extraction against PolNeAR gold, to drive rule changes.

Usage: scripts/errors.py SPLIT_DIR PRED.json [--show fn|fp|near] [--cue WORD] [-n N]
Prints missed gold cues, false-positive cues and boundary near-misses (IoU in (0, 0.5)).
"""
import argparse, collections, os, random, sys
bench = os.environ.get('BENCH', '/work/shared/bench')
sys.path.insert(0, bench)
from score import load_gold, load_pred, tokens, match

ap = argparse.ArgumentParser()
ap.add_argument('gold'); ap.add_argument('pred')
ap.add_argument('--show', choices=['fn', 'fp', 'near', 'src']); ap.add_argument('--cue'); ap.add_argument('-n', type=int, default=15)
a = ap.parse_args()
gold, preds = load_gold(a.gold), load_pred(a.pred)
txt = lambda t, sp: ' | '.join(t[s:e] for s, e in sp)
fn, fp, near, src = collections.Counter(), collections.Counter(), [], []
ex = collections.defaultdict(list)
for stem, (text, g) in gold.items():
    p = preds.get(stem, [])
    gt = [tokens(text, x['content']) for x in g]; pt = [tokens(text, x['content']) for x in p]
    iou = lambda i, j: len(gt[i] & pt[j]) / len(gt[i] | pt[j]) if gt[i] | pt[j] else 0
    m = match(range(len(g)), range(len(p)), iou, 0.5)
    mg = {i for i, _ in m}; mp = {j for _, j in m}
    for i, j in m:
        gs = {c for s, e in g[i]['source'] for c in range(s, e)}; ps = {c for s, e in p[j]['source'] for c in range(s, e)}
        if not ((not gs and not ps) or gs & ps):
            src.append(f"{stem}: gold[{txt(text, g[i]['source'])}] pred[{txt(text, p[j]['source'])}] cue<{txt(text, g[i]['cue'])}> {{{txt(text, g[i]['content'])[:100]}}}")
    for i, x in enumerate(g):
        if i in mg: continue
        cue = txt(text, x['cue']).lower()
        fn[cue] += 1
        best = max(((iou(i, j), j) for j in range(len(p)) if j not in mp), default=(0, None))
        line = f"{stem}: [{txt(text, x['source'])}] <{txt(text, x['cue'])}> {{{txt(text, x['content'])[:200]}}}"
        if best[0] > 0:
            y = p[best[1]]
            near.append(line + f"\n    PRED iou={best[0]:.2f} [{txt(text, y['source'])}] <{txt(text, y['cue'])}> {{{txt(text, y['content'])[:200]}}}")
        ex['fn', cue].append(line)
    for j, y in enumerate(p):
        if j in mp: continue
        cue = txt(text, y['cue']).lower()
        fp[cue] += 1
        s0 = min(s for s, e in y['content']) if y['content'] else 0
        ex['fp', cue].append(f"{stem}: [{txt(text, y['source'])}] <{txt(text, y['cue'])}> {{{txt(text, y['content'])[:200]}}}\n    CTX: {text[max(0, s0 - 150):s0 + 50]!r}")
random.seed(0)
if a.show in ('fn', 'fp'):
    pool = [l for (k, c), ls in ex.items() if k == a.show and (a.cue is None or c == a.cue) for l in ls]
    for l in random.sample(pool, min(a.n, len(pool))): print(l)
elif a.show == 'near':
    for l in random.sample(near, min(a.n, len(near))): print(l)
elif a.show == 'src':
    for l in random.sample(src, min(a.n, len(src))): print(l)
else:
    print('missed', sum(fn.values()), 'near-misses', len(near), 'false positives', sum(fp.values()), 'wrong source', len(src))
    print('MISSED cues:', fn.most_common(50))
    print('FALSE-POSITIVE cues:', fp.most_common(50))
