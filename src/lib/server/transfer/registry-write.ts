// The registry of a checked cluster file, written inside the import's one transaction: every
// participant under the id it takes here, with the dates it was added and last changed, and the
// organisation's profile, its people resolved by username (null for one this server does not have).
import { participantRow } from '../registry/participants';
import { writeProfile } from '../registry/profile';
import type { ReadRegistry } from './registry-read';
import { slices, type Tx } from './write';

/** Writes `registry` into `clusterId`; `participantIds` gives each participant's id here. */
export async function writeRegistry(
	tx: Tx,
	registry: ReadRegistry,
	clusterId: string,
	participantIds: ReadonlyMap<string, string>,
	userId: (username: string | null) => string | null
): Promise<void> {
	const { participants } = tx.tables;
	const rows = registry.participants.map((p) => ({
		...participantRow(participantIds.get(p.id)!, clusterId, p.input, p.leftAt, p.updatedAt.getTime()),
		createdAt: p.createdAt
	}));
	for (const slice of slices(rows)) await tx.insert(participants).values(slice);
	const read = registry.profile;
	if (read) {
		const profile = { ...read.profile, programmeCoordinatorId: userId(read.programmeCoordinator) };
		await writeProfile(tx, clusterId, profile, userId(read.updatedBy), read.updatedAt.getTime());
	}
}
