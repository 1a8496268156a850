// A workshop's summary read from the plan's stored document: the live plan as every peer has it,
// since the server commits each change before anyone receives it.
import { snapshot } from '../../plan';
import { readWorkshops, workshopSummary, type WorkshopSummary } from '../../plan/workshop';
import type { Db } from '../db';
import { loadPlanDocument } from '../plans/document';
import { workshopNames } from '$lib/workshop-names';

/** The summary of workshop `workshopId` of the plan, or null when the plan has no such workshop. */
export async function readWorkshopSummary(
	db: Db,
	planId: string,
	workshopId: string
): Promise<WorkshopSummary | null> {
	const doc = await loadPlanDocument(db, planId);
	try {
		const workshop = readWorkshops(doc).find((w) => w.id === workshopId);
		// Columns and steps named in the three languages (default names in each, typed ones as typed).
		return workshop ? workshopSummary(workshop, snapshot(doc), workshopNames) : null;
	} finally {
		doc.destroy();
	}
}
