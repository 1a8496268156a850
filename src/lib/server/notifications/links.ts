// Where an entry leads: the thing itself, a path inside the app. Written when the event happens, so
// these follow the routes under src/routes (a test follows them: test/integration/notifications).
import type { Collection } from '../../plan/layout';

const part = encodeURIComponent;

export function planLink(clusterId: string, planId: string, tab?: string): string {
	return `/c/${part(clusterId)}/p/${part(planId)}${tab ? `/${tab}` : ''}`;
}

/** The tab that shows an item of `collection`. */
const TAB_OF: Partial<Record<Collection, string>> = {
	nodes: 'map',
	edges: 'map',
	stages: 'map',
	actors: 'map',
	lines: 'strategy',
	objectives: 'strategy',
	actions: 'strategy',
	projects: 'projects',
	funding: 'funding',
	indicators: 'indicators'
};

/** The item on its tab (the page scrolls to `#<id>` once the plan is in); the plan for anything else. */
export function itemLink(
	clusterId: string,
	planId: string,
	collection: Collection | null,
	id: string
): string {
	const tab = collection ? TAB_OF[collection] : undefined;
	return tab ? `${planLink(clusterId, planId, tab)}#${part(id)}` : planLink(clusterId, planId, 'strategy');
}

/** A version's changes against the one before it (the first version: the list of versions). */
export function diffLink(clusterId: string, planId: string, number: number): string {
	const versions = planLink(clusterId, planId, 'versions');
	return number > 1 ? `${versions}/${number - 1}/diff/${number}` : `${versions}/${number}`;
}

/** A reporting year on the plan's monitoring page. */
export function yearLink(clusterId: string, planId: string, year: number): string {
	return `${planLink(clusterId, planId, 'monitoring')}#year-${year}`;
}

export function clusterLink(clusterId: string): string {
	return `/c/${part(clusterId)}`;
}

export function applicationLink(callId: string, applicationId: string): string {
	return `/calls/${part(callId)}/applications/${part(applicationId)}`;
}

export function resultsLink(callId: string): string {
	return `/calls/${part(callId)}/results`;
}
