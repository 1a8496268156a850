// Demo plans of the six pilot clusters, by cluster id, for the demo seed and the tests.
import type * as Y from 'yjs';
import { buildConstructionKaraganda } from './construction-karaganda';
import { buildFlourKostanay } from './flour-kostanay';
import { buildFurnitureAlmaty } from './furniture-almaty';
import { buildMilkAkmola } from './milk-akmola';
import { buildPharmaSouthKazakhstan } from './pharma-south-kazakhstan';
import { buildTourismAlmatyRegion } from './tourism-almaty-region';

/** Builds a cluster's demo plan into an empty document, through the plan operations only. */
export type DemoPlanBuilder = (doc: Y.Doc) => void;

/** Demo plan builders by cluster id (the ids of `src/lib/server/demo/clusters.ts`). */
export const demoPlans: Record<string, DemoPlanBuilder> = {
	'flour-kostanay': buildFlourKostanay,
	'milk-akmola': buildMilkAkmola,
	'construction-karaganda': buildConstructionKaraganda,
	'tourism-almaty-region': buildTourismAlmatyRegion,
	'furniture-almaty': buildFurnitureAlmaty,
	'pharma-south-kazakhstan': buildPharmaSouthKazakhstan
};
