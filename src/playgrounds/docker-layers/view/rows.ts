// The rows of the layer stack: the final stage's inherited layers, then each of its steps (layer or 0 B entry).

import type { BuildReport, LayerInfo } from '../model.ts';

export interface LayerRow {
  key: string;
  kind: 'base' | 'layer' | 'meta';
  /** Text shown: the instruction, or the base layer's description. */
  text: string;
  line: number | null;
  /** Index into the image's layers; for 0 B entries, the last layer below (or -1). */
  layerIndex: number;
  /** Bytes; null = unknown. */
  size: number | null;
  knownBytes: number;
  unknownContent: boolean;
  notes: string[];
  cache?: 'hit' | 'miss';
  baseImage?: string;
}

export function layerRows(report: BuildReport): LayerRow[] {
  const image = report.image;
  if (!image) return [];
  const detail = report.stages[image.stage];
  if (!detail) return [];
  const rows: LayerRow[] = [];
  const fromLayer = (l: LayerInfo, kind: LayerRow['kind']): LayerRow => ({
    key: `l${l.index}`,
    kind,
    text: l.instruction,
    line: l.line,
    layerIndex: l.index,
    size: l.sizeBytes,
    knownBytes: l.knownBytes,
    unknownContent: l.unknownContent,
    notes: l.notes,
    ...(l.cache ? { cache: l.cache } : {}),
    ...(l.baseImage ? { baseImage: l.baseImage } : {}),
  });
  for (const l of detail.layers.slice(0, detail.inheritedLayers)) rows.push(fromLayer(l, 'base'));
  let last = detail.inheritedLayers - 1;
  for (const step of detail.steps) {
    const l = step.layerIndex === null ? undefined : detail.layers[step.layerIndex];
    if (l) {
      last = l.index;
      rows.push({ ...fromLayer(l, 'layer'), text: step.text, line: step.line, ...(step.cache ? { cache: step.cache } : {}) });
    } else {
      rows.push({
        key: `s${step.line}`,
        kind: 'meta',
        text: step.text,
        line: step.line,
        layerIndex: last,
        size: 0,
        knownBytes: 0,
        unknownContent: false,
        notes: step.notes,
        ...(step.cache ? { cache: step.cache } : {}),
      });
    }
  }
  return rows;
}
