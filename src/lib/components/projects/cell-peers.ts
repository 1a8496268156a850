// Who else is editing which cell of the projects table, read from the fields they share
// (`<projectId>:<column>`): by project, then by column, each person once however many tabs they have.
import type { Peer, PeerUser } from '$lib/collab/presence.svelte';

export function peersByCell(peers: readonly Peer[]): Map<string, Map<string, PeerUser[]>> {
	const byProject = new Map<string, Map<string, PeerUser[]>>();
	for (const peer of peers) {
		const [id, col, extra] = peer.field?.split(':') ?? [];
		if (!id || !col || extra !== undefined) continue;
		const cells = byProject.get(id) ?? new Map<string, PeerUser[]>();
		byProject.set(id, cells);
		const people = cells.get(col) ?? [];
		if (!people.some((user) => user.id === peer.user.id)) cells.set(col, [...people, peer.user]);
	}
	return byProject;
}
