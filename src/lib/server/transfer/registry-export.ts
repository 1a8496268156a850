// The cluster's registry as the cluster file writes it: every participant (those who left included)
// with its id, which the plans' actors name, and the organisation's profile with its people by
// username. A row the registry's own check would refuse (stored by hand, or before a check was
// tightened) is logged and left out, as the export does with every row, so the file imports again.
import { asc, eq } from 'drizzle-orm';
import { isId } from '../../plan';
import { isRefusal } from '../../refusal';
import { checkParticipant, isDate, type Participant } from '../../registry/participant';
import { checkProfile } from '../../registry/profile';
import type { Db } from '../db';
import { participantOf } from '../registry/participants';
import type { ClusterExport, ExportedParticipant, ExportedProfile } from './format';

type Username = (id: string | null) => string | null;

/** The message of the refusal `check` throws, or null when it takes the row; rethrows anything else. */
function refusalOf(check: () => unknown): string | null {
	try {
		check();
		return null;
	} catch (error) {
		if (!isRefusal(error)) throw error;
		return error.message;
	}
}

/** Why the registry's checks refuse `participant` as stored, or null when they take it. */
function participantProblem({ id, clusterId: _cluster, leftAt, ...input }: Participant): string | null {
	// The file's actors link to it by this id, which an import reads by the plan's rule for ids.
	if (!isId(id)) return 'its id is not an id';
	const refused = refusalOf(() => checkParticipant(input));
	if (refused) return refused;
	if (leftAt !== null && (!isDate(leftAt) || leftAt < input.joinedAt))
		return 'leftAt is not a date on or after joinedAt';
	return null;
}

const leftOut = (what: string, problem: string) =>
	console.error(`transfer: ${what} cannot be read (${problem}), left out of the file`);

/** The file names the cluster once, at the top. */
const withoutCluster = ({ clusterId: _cluster, ...fields }: Participant) => fields;

async function participantsOf(tx: Db, clusterId: string): Promise<ExportedParticipant[]> {
	const { participants } = tx.tables;
	const rows = await tx
		.select()
		.from(participants)
		.where(eq(participants.clusterId, clusterId))
		.orderBy(asc(participants.joinedAt), asc(participants.nameEn), asc(participants.id));
	return rows.flatMap((row) => {
		const participant = participantOf(row);
		const problem = participantProblem(participant);
		if (problem) {
			leftOut(`participant ${row.id} of cluster ${clusterId}`, problem);
			return [];
		}
		return [
			{
				...withoutCluster(participant),
				createdAt: row.createdAt.toISOString(),
				updatedAt: row.updatedAt.toISOString()
			}
		];
	});
}

async function profileOf(tx: Db, clusterId: string, username: Username): Promise<ExportedProfile | null> {
	const { clusterProfiles } = tx.tables;
	const [row] = await tx
		.select()
		.from(clusterProfiles)
		.where(eq(clusterProfiles.clusterId, clusterId))
		.limit(1);
	if (!row) return null;
	const problem = refusalOf(() => checkProfile(row.data));
	if (problem) {
		leftOut(`the profile of cluster ${clusterId}`, problem);
		return null;
	}
	const profile = checkProfile(row.data);
	const { programmeCoordinatorId, ...fields } = profile;
	return {
		...fields,
		programmeCoordinator: username(programmeCoordinatorId),
		updatedAt: row.updatedAt.toISOString(),
		updatedBy: username(row.updatedBy)
	};
}

/** The registry of `clusterId`, read inside the export's one transaction. */
export async function exportedRegistry(
	tx: Db,
	clusterId: string,
	username: Username
): Promise<Pick<ClusterExport, 'participants' | 'profile'>> {
	return {
		participants: await participantsOf(tx, clusterId),
		profile: await profileOf(tx, clusterId, username)
	};
}
