// What "follow me" shares in awareness, read defensively: another client may run other code, so
// only a well-formed state from a leading facilitator (stamped by the server) is ever obeyed.

/** Where the leader looks: the map's centre and zoom (map coordinates), or how far down a page is scrolled (0..1). */
export type FollowView = { kind: 'map'; x: number; y: number; zoom: number } | { kind: 'scroll'; at: number };

/** What the leader's client shares in awareness as `workshop`; `at` picks their newest tab. */
export type Leading = { path: string; view: FollowView | null; at: number };

/** A leading facilitator's state as followers read it. */
export type Leader = Leading & { id: string; name: string };

/** A page inside the plan: a few plain segments, so following never leaves the plan's pages. */
const PAGE_PATH = /^[A-Za-z0-9_-]{1,64}(\/[A-Za-z0-9_-]{1,64}){0,3}$/;

/** The page path after the plan's own address (`/c/x/p/y/map` → `map`); '' outside the plan. */
export function pathIn(pathname: string, planPath: string): string {
	const prefix = `${planPath}/`;
	return pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : '';
}

function record(value: unknown): Record<string, unknown> | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: null;
}

function viewOf(value: unknown): FollowView | null {
	const view = record(value);
	if (!view) return null;
	const { x, y, zoom, at } = view;
	if (view.kind === 'map' && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(zoom))
		return (zoom as number) > 0
			? { kind: 'map', x: x as number, y: y as number, zoom: zoom as number }
			: null;
	if (view.kind === 'scroll' && Number.isFinite(at))
		return { kind: 'scroll', at: Math.min(1, Math.max(0, at as number)) };
	return null;
}

/** A facilitator's awareness state that shares a page, or null for anything else. */
export function leaderOf(state: Record<string, unknown>): Leader | null {
	const user = record(state.user);
	const shared = record(state.workshop);
	if (!user || user.lead !== true || typeof user.id !== 'string' || !shared) return null;
	if (typeof shared.path !== 'string' || !PAGE_PATH.test(shared.path)) return null;
	return {
		id: user.id,
		name: typeof user.name === 'string' ? user.name : '',
		path: shared.path,
		view: viewOf(shared.view),
		at: Number.isFinite(shared.at) ? (shared.at as number) : 0
	};
}

export function sameLeaders(a: readonly Leader[], b: readonly Leader[]): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
