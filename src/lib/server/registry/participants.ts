// A cluster's participants: the firms and institutions in it, kept by its facilitators and admins
// and read by everyone who sees the cluster. Leaving keeps the row with its date, so what the
// cluster was on any past day can still be counted.
import { and, asc, eq, ne } from 'drizzle-orm';
import { Refusal, refusals } from '../../refusal';
import type { Localized } from '../../plan/localized';
import {
	checkParticipant,
	checkParticipantChange,
	type Participant,
	type ParticipantInput,
	type ParticipantKind
} from '../../registry/participant';
import { isDate } from '../../registry/dates';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import type { Db } from '../db';
import type { ParticipantRow } from '../db/schema';
import { registryOf } from './access';

/** A stored row as the registry reads it. */
export function participantOf(row: ParticipantRow): Participant {
	return {
		id: row.id,
		clusterId: row.clusterId,
		bin: row.bin,
		name: { ru: row.nameRu, kk: row.nameKk, en: row.nameEn },
		kind: row.kind as ParticipantKind,
		employees: row.employees,
		region: row.region,
		locality: row.locality,
		stageId: row.stageId,
		joinedAt: row.joinedAt,
		leftAt: row.leftAt,
		contact: row.contact,
		inOrganisation: row.inOrganisation === 1
	};
}

const nameColumns = (name: Localized) => ({ nameRu: name.ru, nameKk: name.kk, nameEn: name.en });

function columnsOf(input: Partial<ParticipantInput>) {
	const { name, inOrganisation, ...rest } = input;
	return {
		...rest,
		...(name ? nameColumns(name) : {}),
		...(inOrganisation === undefined ? {} : { inOrganisation: inOrganisation ? 1 : 0 })
	};
}

/** The row of a new participant of `clusterId`; `leftAt` for one that has left already (an import). */
export function participantRow(
	id: string,
	clusterId: string,
	input: ParticipantInput,
	leftAt: string | null,
	now: number
): ParticipantRow {
	return {
		id,
		clusterId,
		bin: input.bin,
		...nameColumns(input.name),
		kind: input.kind,
		employees: input.employees,
		region: input.region,
		locality: input.locality,
		stageId: input.stageId,
		joinedAt: input.joinedAt,
		leftAt,
		contact: input.contact,
		inOrganisation: input.inOrganisation ? 1 : 0,
		createdAt: new Date(now),
		updatedAt: new Date(now)
	};
}

/** Every participant of the cluster, those who left included, oldest member first. */
export async function readParticipants(db: Db, clusterId: string): Promise<Participant[]> {
	const { participants } = db.tables;
	const rows = await db
		.select()
		.from(participants)
		.where(eq(participants.clusterId, clusterId))
		.orderBy(asc(participants.joinedAt), asc(participants.nameEn), asc(participants.id));
	return rows.map(participantOf);
}

export async function listParticipants(db: Db, user: AppUser, clusterId: string): Promise<Participant[]> {
	await registryOf(db, user, clusterId);
	return readParticipants(db, clusterId);
}

async function binTaken(db: Db, clusterId: string, bin: string, except?: string): Promise<boolean> {
	const { participants } = db.tables;
	const found = await db
		.select({ id: participants.id })
		.from(participants)
		.where(
			and(
				eq(participants.clusterId, clusterId),
				eq(participants.bin, bin),
				except === undefined ? undefined : ne(participants.id, except)
			)
		)
		.limit(1);
	return found.length > 0;
}

const duplicateBin = () =>
	new Refusal(409, 'duplicate_bin', 'A participant of this cluster already has this BIN', { field: 'bin' });

/** Adds `input` (checked here) to the cluster's participants; the BIN must be new in the cluster. */
export async function createParticipant(
	db: Db,
	user: AppUser,
	clusterId: string,
	body: unknown,
	now = Date.now()
): Promise<Participant> {
	await registryOf(db, user, clusterId, 'participant.manage');
	const input = checkParticipant(body);
	const id = crypto.randomUUID();
	return db.transaction(async (tx) => {
		if (await binTaken(tx, clusterId, input.bin)) throw duplicateBin();
		const [row] = await tx
			.insert(tx.tables.participants)
			.values(participantRow(id, clusterId, input, null, now))
			.returning();
		await audit(
			tx,
			{ userId: user.id, action: 'participant.add', clusterId, target: id, detail: { bin: input.bin } },
			now
		);
		return participantOf(row!);
	});
}

async function existing(db: Db, clusterId: string, id: string): Promise<ParticipantRow> {
	const { participants } = db.tables;
	const [row] = await db
		.select()
		.from(participants)
		.where(and(eq(participants.clusterId, clusterId), eq(participants.id, id)))
		.limit(1);
	if (!row) throw refusals.notFound('No such participant in this cluster');
	return row;
}

/** A participant as it was before a change, and as it is after. */
export type ParticipantChange = { before: Participant; after: Participant };

/** Changes the fields `body` names; the others stay. */
export async function changeParticipant(
	db: Db,
	user: AppUser,
	clusterId: string,
	id: string,
	body: unknown,
	now = Date.now()
): Promise<ParticipantChange> {
	await registryOf(db, user, clusterId, 'participant.manage');
	const change = checkParticipantChange(body);
	return db.transaction(async (tx) => {
		const before = await existing(tx, clusterId, id);
		if (change.bin !== undefined && (await binTaken(tx, clusterId, change.bin, id))) throw duplicateBin();
		if (change.joinedAt !== undefined && before.leftAt !== null && change.joinedAt > before.leftAt)
			throw new Refusal(400, 'invalid_date', 'A participant cannot join after the day it left', {
				field: 'joinedAt'
			});
		const { participants } = tx.tables;
		const [row] = await tx
			.update(participants)
			.set({ ...columnsOf(change), updatedAt: new Date(now) })
			.where(eq(participants.id, id))
			.returning();
		await audit(
			tx,
			{
				userId: user.id,
				action: 'participant.change',
				clusterId,
				target: id,
				detail: { fields: Object.keys(change) }
			},
			now
		);
		return { before: participantOf(before), after: participantOf(row!) };
	});
}

/**
 * Marks the participant as having left on `leftAt` (today when not given): it stays in the registry
 * and in every count of a day before it left.
 */
export async function participantLeaves(
	db: Db,
	user: AppUser,
	clusterId: string,
	id: string,
	leftAt: unknown,
	now = Date.now()
): Promise<Participant> {
	await registryOf(db, user, clusterId, 'participant.manage');
	const day = leftAt === undefined || leftAt === null ? new Date(now).toISOString().slice(0, 10) : leftAt;
	if (typeof day !== 'string' || !isDate(day))
		throw new Refusal(400, 'invalid_date', 'leftAt must be a date, YYYY-MM-DD', { field: 'leftAt' });
	return db.transaction(async (tx) => {
		const before = await existing(tx, clusterId, id);
		if (before.leftAt !== null)
			throw new Refusal(409, 'already_left', 'This participant has already left', { field: 'leftAt' });
		if (day < before.joinedAt)
			throw new Refusal(400, 'invalid_date', 'A participant cannot leave before the day it joined', {
				field: 'leftAt'
			});
		const { participants } = tx.tables;
		const [row] = await tx
			.update(participants)
			.set({ leftAt: day, updatedAt: new Date(now) })
			.where(eq(participants.id, id))
			.returning();
		await audit(
			tx,
			{ userId: user.id, action: 'participant.leave', clusterId, target: id, detail: { leftAt: day } },
			now
		);
		return participantOf(row!);
	});
}
