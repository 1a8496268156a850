// A measure KIDI proposes to the ministry: a measure of the catalogue not yet in force, the projects
// of the clusters it would let start, and why. The money it would serve is read from the plans when
// the proposal is shown, so it follows the plans' lines rather than a sum typed once.
import type { Localized } from '../plan/localized';
import type { Measure } from './measure';
import { fieldsOf, idOrNull, localized, refuse } from '../registry/fields';

/** A project of a cluster's plan. */
export type ProjectRef = { clusterId: string; planId: string; projectId: string };

/** What a reviewer writes: the measure, the projects it would serve, the reasons. */
export type ProposalInput = { measureId: string; projects: ProjectRef[]; rationale: Localized };

/** A proposal as pages and the document show it. */
export type ProposalView = {
	measure: Measure;
	rationale: Localized;
	projects: (ProjectRef & { cluster: Localized; title: Localized; amount: number })[];
	/** How many clusters it would serve, and the money their projects wait for. */
	clusters: number;
	total: number;
	updatedAt: string;
};

export const PROPOSAL_BOUNDS = { rationale: 5_000, projects: 500, id: 80 } as const;

function projectRef(value: unknown, index: number): ProjectRef {
	const at = `projects.${index}`;
	const fields = (() => {
		try {
			return fieldsOf(value, ['clusterId', 'planId', 'projectId']);
		} catch {
			throw refuse('invalid_value', 'projects', `${at} must be {clusterId, planId, projectId}`);
		}
	})();
	const ids = ['clusterId', 'planId', 'projectId'].map((key) =>
		idOrNull(fields[key], 'projects', PROPOSAL_BOUNDS.id)
	);
	if (ids.some((id) => id === null))
		throw refuse('required', 'projects', `${at} must name its cluster, plan and project`);
	const [clusterId, planId, projectId] = ids as string[];
	return { clusterId: clusterId!, planId: planId!, projectId: projectId! };
}

/** The checked body of POST /api/proposals; every wrong field is a 400 naming it. */
export function checkProposal(body: unknown): ProposalInput {
	const fields = fieldsOf(body, ['measureId', 'projects', 'rationale']);
	const measureId = idOrNull(fields.measureId, 'measureId', PROPOSAL_BOUNDS.id);
	if (measureId === null) throw refuse('required', 'measureId', 'name the measure proposed');
	if (!Array.isArray(fields.projects) || fields.projects.length === 0)
		throw refuse('required', 'projects', 'name at least one project the measure would serve');
	if (fields.projects.length > PROPOSAL_BOUNDS.projects)
		throw refuse('invalid_value', 'projects', `at most ${PROPOSAL_BOUNDS.projects} projects`);
	const projects = fields.projects.map(projectRef);
	const seen = new Set<string>();
	for (const ref of projects) {
		const key = `${ref.planId}/${ref.projectId}`;
		if (seen.has(key)) throw refuse('invalid_value', 'projects', `${key} is named twice`);
		seen.add(key);
	}
	const rationale = localized(fields.rationale ?? {}, 'rationale', PROPOSAL_BOUNDS.rationale, false);
	return { measureId, projects, rationale };
}
