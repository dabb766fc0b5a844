import type { Report } from '../types.js';

/** The areas (and `changelog`) with a missing document, once each, in report order. */
export function missingAreas(report: Pick<Report, 'missing'>): string[] {
  return [...new Set(report.missing.map((missing) => missing.area))];
}
