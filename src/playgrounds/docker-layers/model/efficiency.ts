// Wasted space and the efficiency score, computed the way wagoodman/dive does
// (dive/filetree/efficiency.go, `Efficiency(trees []*FileTree)`, and dive/image/analysis.go).
//
// dive walks every layer's tree and visits the leaves (files, empty directories and whiteouts). For each
// path p it keeps:
//     cumulative(p) = Σ size(p in layer i)      over the layers that contain p
//     min(p)        = min size(p in layer i)
// where size is the file's size, except for a whiteout (a deletion):
//     - whiteout of a file      → 0 bytes          (the file is gone, so the copies below are all waste)
//     - whiteout of a directory → Σ sizes under it in the layers below (dive stacks layers 0..i-1)
// Then
//     efficiency score = Σ_p min(p) / Σ_p cumulative(p)            (1 when there is nothing at all)
//     wasted bytes     = Σ_p (cumulative(p) − min(p))  over paths seen in ≥ 2 layers
//                      = the N−1 copies of a path that appears N times: one copy has to stay.
//     user wasted %    = wasted bytes / (size of all layers except the first)
// Counting N−1 copies is the fix proposed in dive #684 / PR #685: dive's summary used to add up the
// cumulative size of every duplicated path (all N copies), which disagreed with its own score. We report
// both: `wastedBytes` (N−1) and `wastedBytesAllCopies` (what dive printed before the fix).
//
// Two consequences of dive's rules worth knowing (we reproduce them, we do not "fix" them):
// - deleting a single file makes every earlier copy of it waste (its whiteout counts 0);
// - deleting a whole directory (`rm -rf dir`) gives the directory path one entry whose size equals what it hid,
//   so the score does not drop — the hidden bytes still ship. `hiddenBytes` reports them separately.
// Sizes the simulator does not know (unknown commands and base images) are left out and `partial` is set.

import { unionView } from './fs.ts';
import type { EfficiencyReport, Inefficiency, LayerInfo } from './types.ts';

interface PathData {
  cumulative: number;
  min: number;
  copies: number;
  layers: number[];
}

export function computeEfficiency(layers: LayerInfo[]): EfficiencyReport {
  const data = new Map<string, PathData>();
  let partial = false;
  layers.forEach((layer, i) => {
    if (layer.unknownContent || layer.sizeBytes === null) partial = true;
    for (const c of layer.changes) {
      let size: number;
      if (c.kind === 'deleted') {
        if (!c.isDir) size = 0;
        else if (c.size === null) {
          partial = true;
          continue;
        } else size = c.size;
      } else {
        if (c.isDir) continue; // directories are 0 bytes: they never change the score
        if (c.size === null) {
          partial = true;
          continue;
        }
        size = c.size;
      }
      const d = data.get(c.path);
      if (!d) data.set(c.path, { cumulative: size, min: size, copies: 1, layers: [i] });
      else {
        d.cumulative += size;
        d.min = Math.min(d.min, size);
        d.copies++;
        d.layers.push(i);
      }
    }
  });
  let minSum = 0;
  let cumSum = 0;
  const inefficiencies: Inefficiency[] = [];
  for (const [path, d] of data) {
    minSum += d.min;
    cumSum += d.cumulative;
    if (d.copies >= 2) {
      inefficiencies.push({
        path,
        copies: d.copies,
        cumulativeBytes: d.cumulative,
        minBytes: d.min,
        wastedBytes: d.cumulative - d.min,
        layers: d.layers,
      });
    }
  }
  inefficiencies.sort((a, b) => b.wastedBytes - a.wastedBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const wastedBytes = inefficiencies.reduce((s, x) => s + x.wastedBytes, 0);
  const wastedBytesAllCopies = inefficiencies.reduce((s, x) => s + x.cumulativeBytes, 0);
  let totalBytes = 0;
  let userBytes = 0;
  layers.forEach((l, i) => {
    totalBytes += l.knownBytes;
    if (i !== 0) userBytes += l.knownBytes;
  });
  let visible = 0;
  for (const e of unionView(layers)) if (!e.isDir && e.size !== null) visible += e.size;
  return {
    score: cumSum === 0 ? 1 : minSum / cumSum,
    wastedBytes,
    wastedBytesAllCopies,
    totalBytes,
    userBytes,
    userWastedPercent: userBytes > 0 ? wastedBytes / userBytes : 0,
    hiddenBytes: Math.max(0, totalBytes - visible),
    inefficiencies,
    partial,
  };
}
