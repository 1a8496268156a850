// Where a link to one of the plan's pages leads: the live plan's page, or, while someone reads a past
// version, the same page of that version, so following a link never leaves the version unnoticed.
import { resolve } from '$app/paths';

export type PlanPage = 'map' | 'strategy' | 'projects' | 'indicators';

const pastPages: Record<PlanPage, (params: { cluster: string; plan: string; version: string }) => string> = {
	map: (params) => resolve('/c/[cluster]/p/[plan]/versions/[version]/(past)/map', params),
	strategy: (params) => resolve('/c/[cluster]/p/[plan]/versions/[version]/(past)/strategy', params),
	projects: (params) => resolve('/c/[cluster]/p/[plan]/versions/[version]/(past)/projects', params),
	indicators: (params) => resolve('/c/[cluster]/p/[plan]/versions/[version]/(past)/indicators', params)
};

/** The address of `page` of the plan, or of version `version` of it when one is given. */
export function planPageHref(cluster: string, plan: string, page: PlanPage, version: number | null = null) {
	return version === null
		? resolve('/c/[cluster]/p/[plan]/[tab=tab]', { cluster, plan, tab: page })
		: pastPages[page]({ cluster, plan, version: String(version) });
}
