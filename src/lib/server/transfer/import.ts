// Imports a whole cluster file into a cluster that does not exist yet. The file is read and checked
// whole first, in slices that let other requests in (read.ts); the plan and participant ids it will
// have here are chosen and written into its documents, also outside the transaction; then everything
// is written in one transaction or nothing: the cluster, the members this server knows by username,
// its registry (registry-write.ts) and every plan with its history (write.ts). Imported under a new
// id (a handover copy), every plan and participant gets a new id too, and the actors follow their
// participants (participant-ids.ts).
import { eq } from 'drizzle-orm';
import { inGuessedLang, newId, relinkParticipants, renamePlan, type Localized } from '../../plan';
import type { Db } from '../db';
import { audit } from '../audit';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import { decodePlan, encodePlan, renamePlanDocument } from './documents';
import type { ClusterImported } from './format';
import { letOthersIn } from '../let-others-in';
import { transferProblem } from './problem';
import { isClusterId, readClusterFile, type ReadPlan, type ReadVersion } from './read';
import {
	linksMoved,
	movedIds,
	participantIdsFor,
	relinkedData,
	takenParticipantIds
} from './participant-ids';
import { writeRegistry } from './registry-write';
import { userResolver, writeContent } from './write';
import { MAX_CLUSTER_TEXT, clusterNameValues } from '../clusters/names';

export type ImportOptions = {
	/** Import under this id instead of the file's (a copy beside the original). */
	asId?: string;
	/**
	 * Import under this name instead of the file's: one text, the name in the language its letters
	 * tell (the copy's other languages are left to be translated).
	 */
	name?: string;
};

function options(input: ImportOptions): { asId: string | null; name: Localized | null } {
	const asId = input.asId?.trim().toLowerCase() || null;
	const name = input.name?.trim() || null;
	if (asId !== null && !isClusterId(asId))
		throw transferProblem(400, 'invalid_id', 'a cluster id is 1–48 letters, digits and hyphens');
	if (name !== null && name.length > MAX_CLUSTER_TEXT)
		throw transferProblem(400, 'invalid_name', 'a cluster name is at most 120 characters');
	return { asId, name: name === null ? null : inGuessedLang(name) };
}

async function refuseTakenCluster(db: Db, clusterId: string): Promise<void> {
	const { clusters } = db.tables;
	const [taken] = await db
		.select({ id: clusters.id })
		.from(clusters)
		.where(eq(clusters.id, clusterId))
		.limit(1);
	if (taken)
		throw transferProblem(409, 'cluster_exists', `a cluster with the id "${clusterId}" exists already`);
}

async function planTaken(db: Db, id: string): Promise<boolean> {
	const { plans } = db.tables;
	const [taken] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, id)).limit(1);
	return !!taken;
}

/** Participant ids as they change: an actor linked to a key is linked to its value. */
type Moved = ReadonlyMap<string, string>;

/**
 * The version with `planId` written into its state and its actors relinked (its data too), or as it
 * is when it names that plan and no moved participant already. The state keeps its layout.
 */
function versionFor(version: ReadVersion, planId: string, moved: Moved): ReadVersion {
	const relinks = linksMoved(version.data, moved);
	if (version.data.id === planId && !relinks) return version;
	const doc = decodePlan(version.state, 'plan', { migrate: false });
	try {
		renamePlanDocument(doc, planId);
		relinkParticipants(doc, moved);
		return { ...version, state: encodePlan(doc), data: relinkedData(version.data, moved) };
	} finally {
		doc.destroy();
	}
}

/**
 * The live document naming `planId`, its actors relinked, and titled as the file's plan record, so
 * the document's own title and the plans table agree from the start, whatever the file held.
 */
function liveDocument(plan: ReadPlan, planId: string, moved: Moved): Uint8Array {
	const doc = decodePlan(plan.document, 'plan');
	try {
		renamePlanDocument(doc, planId);
		relinkParticipants(doc, moved);
		renamePlan(doc, plan.title);
		return encodePlan(doc);
	} finally {
		doc.destroy();
	}
}

/**
 * `plan` with its live document and every version's state naming `planId` and linking the
 * participants' ids here, a document at a time.
 */
async function renamed(plan: ReadPlan, planId: string, moved: Moved): Promise<ReadPlan> {
	const document = liveDocument(plan, planId, moved);
	const versions: ReadPlan['versions'] = [];
	for (const version of plan.versions) {
		const ready = versionFor(version, planId, moved);
		versions.push(ready);
		if (ready !== version) await letOthersIn();
	}
	return { ...plan, document, documentId: planId, versions };
}

/**
 * Imports a cluster file (admins only). Checks the whole file first; then writes everything in one
 * transaction or nothing. 409 `cluster_exists` when the cluster id is taken. Audited.
 */
export async function importCluster(
	db: Db,
	user: AppUser,
	bytes: Uint8Array,
	input: ImportOptions = {}
): Promise<ClusterImported> {
	if (!can(user, 'cluster.import'))
		throw transferProblem(403, 'forbidden', 'only admins may import a cluster');
	const { asId, name } = options(input);
	// Before the work of checking the plans; again in the transaction, with every plan id.
	const read = await readClusterFile(bytes, (fileId) => refuseTakenCluster(db, asId ?? fileId));
	const clusterId = asId ?? read.cluster.id;
	const copy = clusterId !== read.cluster.id;
	const planIds = new Map<string, string>();
	for (const plan of read.plans)
		planIds.set(plan.id, copy || (await planTaken(db, plan.id)) ? newId() : plan.id);
	const participantIds = await participantIdsFor(db, read.participants, copy);
	const moved = movedIds(participantIds);
	const ready: ReadPlan[] = [];
	for (const plan of read.plans) ready.push(await renamed(plan, planIds.get(plan.id)!, moved));
	const file = { ...read, plans: ready };
	// One atomic unit: on PostgreSQL it may run again after a conflict, so it only reads and writes.
	return db.transaction(async (tx) => {
		const { clusters, memberships } = tx.tables;
		await refuseTakenCluster(tx, clusterId);
		for (const id of planIds.values())
			if (await planTaken(tx, id))
				throw transferProblem(
					409,
					'cluster_exists',
					'the plans of this file were imported meanwhile; import it again'
				);
		if ((await takenParticipantIds(tx, participantIds.values())).size > 0)
			throw transferProblem(
				409,
				'cluster_exists',
				'the participants of this file were imported meanwhile; import it again'
			);
		const clusterName = name ?? file.cluster.name;
		await tx
			.insert(clusters)
			.values({ id: clusterId, ...clusterNameValues({ ...file.cluster, name: clusterName }) });

		const userId = await userResolver(tx, file);
		const unknownMembers: string[] = [];
		const linked = new Set<string>();
		const memberRows: { clusterId: string; userId: string; role: (typeof file.members)[number]['role'] }[] =
			[];
		for (const member of file.members) {
			const id = userId(member.username);
			if (id === null) unknownMembers.push(member.username);
			else if (!linked.has(id)) {
				linked.add(id);
				memberRows.push({ clusterId, userId: id, role: member.role });
			}
		}
		if (memberRows.length) await tx.insert(memberships).values(memberRows);
		await writeRegistry(tx, file, clusterId, participantIds, userId);
		await writeContent(tx, file, clusterId, { plans: planIds, participants: participantIds }, userId);

		const imported: ClusterImported = {
			clusterId,
			name: clusterName,
			plans: file.plans.length,
			versions: file.plans.reduce((n, plan) => n + plan.versions.length, 0),
			values: file.plans.reduce((n, plan) => n + plan.values.length, 0),
			planIds: Object.fromEntries(planIds),
			participants: file.participants.length,
			members: linked.size,
			unknownMembers
		};
		await audit(tx, {
			userId: user.id,
			action: 'cluster.import',
			clusterId,
			detail: {
				from: file.cluster.id,
				plans: imported.plans,
				versions: imported.versions,
				values: imported.values,
				participants: imported.participants,
				unknownMembers
			}
		});
		return imported;
	});
}
