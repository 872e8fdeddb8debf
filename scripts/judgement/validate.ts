/**
 * Leave-one-dataset-out: for each file with two or more datasets, and for every brand dataset,
 * fit without dataset D (its calibration too), then measure on all of D. A fit that holds on a
 * source it never saw is the only evidence that it will hold on a user's text. Features are
 * computed once and shared by every fit (features.ts).
 */
import type { FittedModel } from '../../src/core/model.ts';
import type { LabelledText } from './data.ts';
import { type Features, featuresOf } from './features.ts';
import { datasetOf, fitModel } from './fit-model.ts';
import { judged } from './judged.ts';
import { type FileMetrics, metricsOf } from './metrics.ts';

/** Datasets left out in turn: those of files with several sources, and every brand dataset. */
export function leftOutDatasets(features: readonly Features[]): string[] {
  const byFile = new Map<string, Set<string>>();
  for (const x of features) byFile.set(x.row.file, (byFile.get(x.row.file) ?? new Set()).add(datasetOf(x)));
  return [...byFile].filter(([file, sets]) => sets.size > 1 || file === 'brand-x').flatMap(([, sets]) => [...sets].sort());
}

export function featuresOfAll(rows: readonly LabelledText[]): Features[] {
  return rows.map(featuresOf);
}

/** The model fitted (and calibrated) on the fitting part of every dataset but D. */
export const leftOutModel = (features: readonly Features[], dataset: string): FittedModel => fitModel(features.filter((x) => x.row.part === 'fit' && datasetOf(x) !== dataset));

/** Metrics on dataset D of a model fitted on the fitting part of every other dataset. */
export function leaveOneOut(features: readonly Features[], dataset: string, model: FittedModel = leftOutModel(features, dataset)): FileMetrics {
  const outcomes = features.filter((x) => datasetOf(x) === dataset && x.scored).map((x) => ({ row: x.row, ...judged(x, model) }));
  return metricsOf(dataset, outcomes);
}
