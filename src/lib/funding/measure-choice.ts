// A state support measure as the funding page offers it: what the picture and the checks need of
// the catalogue's measure, and its name to show. The catalogue itself lives in the database.
import type { FundingMeasure, Localized } from '$lib/plan';

/** One measure a funding line may rest on. */
export type MeasureChoice = FundingMeasure & { name: Localized };
