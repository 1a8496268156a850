// Calls, applications, assignments and sheets as the selection's domain reads them, from and to
// their rows. What the domain checks whole is stored as JSON and read back through the same check,
// so a row written by an older version or by hand is never taken on trust.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { checkApplication, type Application, type ApplicationState } from '../../selection/application';
import { checkCall, type Call, type CallState } from '../../selection/call';
import type { FormalCheck } from '../../selection/check';
import type { Sheet } from '../../selection/scoring';
import type { Db } from '../db';

/** The commission's decision on a call: the date of its meeting and its protocol's number. */
export type CallDecision = { date: string; protocol: string };

export type StoredCall = Call & { decision: CallDecision | null; updatedAt: number };

/** A file attached to an application, without its bytes. */
export type AttachmentInfo = { id: string; name: string; size: number };

export type StoredApplication = Application & {
	applicantId: string | null;
	formalCheck: FormalCheck | null;
	decisionNote: string;
	clusterId: string | null;
	files: AttachmentInfo[];
};

type Reader = Pick<Db, 'select' | 'tables'>;
type Writer = Pick<Db, 'insert' | 'update' | 'delete' | 'tables'>;

type CallRow = Db['tables']['calls']['$inferSelect'];
type ApplicationRow = Db['tables']['applications']['$inferSelect'];

function callOf(row: CallRow): StoredCall {
	return {
		...checkCall(row.data),
		id: row.id,
		state: row.state as CallState,
		decision: (row.decision as CallDecision | null) ?? null,
		updatedAt: row.updatedAt.getTime()
	};
}

export async function readCall(db: Reader, id: string): Promise<StoredCall | null> {
	const { calls } = db.tables;
	const [row] = await db.select().from(calls).where(eq(calls.id, id)).limit(1);
	return row ? callOf(row) : null;
}

/** Every call, the newest first. */
export async function readCalls(db: Reader): Promise<StoredCall[]> {
	const { calls } = db.tables;
	const rows = await db.select().from(calls).orderBy(asc(calls.createdAt));
	return rows.map(callOf).reverse();
}

/** Stores `call` whole, inserting it when new. */
export async function writeCall(
	db: Writer,
	call: Call & { decision?: CallDecision | null },
	by: string | null,
	now: number
): Promise<void> {
	const { calls } = db.tables;
	const { id, state, decision, ...data } = call;
	const input = {
		title: data.title,
		rules: data.rules,
		opensAt: data.opensAt,
		closesAt: data.closesAt,
		requirements: data.requirements,
		criteria: data.criteria,
		passMark: data.passMark,
		seats: data.seats,
		evaluators: data.evaluators
	};
	const values = { state, data: input, decision: decision ?? null, updatedAt: new Date(now) };
	await db
		.insert(calls)
		.values({ id, createdBy: by, ...values })
		.onConflictDoUpdate({ target: calls.id, set: values });
}

function applicationOf(row: ApplicationRow, files: AttachmentInfo[]): StoredApplication {
	return {
		...checkApplication(row.data),
		id: row.id,
		callId: row.callId,
		state: row.state as ApplicationState,
		submittedAt: row.submittedAt,
		applicantId: row.applicantId,
		formalCheck: (row.formalCheck as FormalCheck | null) ?? null,
		decisionNote: row.decisionNote,
		clusterId: row.clusterId,
		files
	};
}

async function filesOf(db: Reader, applicationIds: string[]): Promise<Map<string, AttachmentInfo[]>> {
	const { attachments } = db.tables;
	const files = new Map<string, AttachmentInfo[]>();
	if (applicationIds.length === 0) return files;
	const rows = await db
		.select({
			id: attachments.id,
			applicationId: attachments.applicationId,
			name: attachments.name,
			size: attachments.size
		})
		.from(attachments)
		.where(inArray(attachments.applicationId, applicationIds))
		.orderBy(asc(attachments.createdAt), asc(attachments.id));
	for (const { applicationId, ...file } of rows) {
		files.set(applicationId, [...(files.get(applicationId) ?? []), file]);
	}
	return files;
}

export async function readApplication(db: Reader, id: string): Promise<StoredApplication | null> {
	const { applications } = db.tables;
	const [row] = await db.select().from(applications).where(eq(applications.id, id)).limit(1);
	if (!row) return null;
	return applicationOf(row, (await filesOf(db, [id])).get(id) ?? []);
}

/** The applications to a call, in the order they were begun. */
export async function readApplications(db: Reader, callId: string): Promise<StoredApplication[]> {
	const { applications } = db.tables;
	const rows = await db
		.select()
		.from(applications)
		.where(eq(applications.callId, callId))
		.orderBy(asc(applications.createdAt), asc(applications.id));
	const files = await filesOf(
		db,
		rows.map((row) => row.id)
	);
	return rows.map((row) => applicationOf(row, files.get(row.id) ?? []));
}

/** Stores `application` whole, inserting it when new. Its files are kept by `attachments.ts`. */
export async function writeApplication(
	db: Writer,
	application: StoredApplication,
	now: number
): Promise<void> {
	const { applications } = db.tables;
	const { id, callId, state, submittedAt, applicantId, formalCheck, decisionNote, clusterId } = application;
	const data = {
		name: application.name,
		region: application.region,
		sector: application.sector,
		enterprises: application.enterprises,
		valueChain: application.valueChain,
		coordinator: application.coordinator,
		answers: application.answers,
		attachments: []
	};
	const values = {
		state,
		data,
		submittedAt,
		applicantId,
		formalCheck,
		decisionNote,
		clusterId,
		updatedAt: new Date(now)
	};
	await db
		.insert(applications)
		.values({ id, callId, ...values })
		.onConflictDoUpdate({ target: applications.id, set: values });
}

/** The evaluators of each application of a call, by application id (in the order assigned). */
export async function readAssignments(db: Reader, callId: string): Promise<Map<string, string[]>> {
	const { assignments, applications } = db.tables;
	const rows = await db
		.select({ applicationId: assignments.applicationId, evaluatorId: assignments.evaluatorId })
		.from(assignments)
		.innerJoin(applications, eq(applications.id, assignments.applicationId))
		.where(eq(applications.callId, callId))
		.orderBy(asc(assignments.createdAt), asc(assignments.evaluatorId));
	const assigned = new Map<string, string[]>();
	for (const row of rows) {
		assigned.set(row.applicationId, [...(assigned.get(row.applicationId) ?? []), row.evaluatorId]);
	}
	return assigned;
}

/** Replaces the evaluators of one application. */
export async function writeAssignment(
	db: Writer,
	applicationId: string,
	evaluatorIds: readonly string[]
): Promise<void> {
	const { assignments } = db.tables;
	await db.delete(assignments).where(eq(assignments.applicationId, applicationId));
	if (evaluatorIds.length > 0) {
		await db.insert(assignments).values(evaluatorIds.map((evaluatorId) => ({ applicationId, evaluatorId })));
	}
}

/** Every sheet on the applications of a call. */
export async function readSheets(db: Reader, callId: string): Promise<Sheet[]> {
	const { sheets, applications } = db.tables;
	const rows = await db
		.select({
			applicationId: sheets.applicationId,
			evaluatorId: sheets.evaluatorId,
			conflict: sheets.conflict,
			declaredAt: sheets.declaredAt,
			scores: sheets.scores,
			submittedAt: sheets.submittedAt
		})
		.from(sheets)
		.innerJoin(applications, eq(applications.id, sheets.applicationId))
		.where(eq(applications.callId, callId))
		.orderBy(asc(sheets.declaredAt), asc(sheets.evaluatorId));
	return rows.map((row) => ({
		...row,
		conflict: row.conflict === 1,
		scores: row.scores as Sheet['scores']
	}));
}

/** Stores one sheet whole, inserting it at the declaration. */
export async function writeSheet(db: Writer, sheet: Sheet): Promise<void> {
	const { sheets } = db.tables;
	const values = {
		conflict: sheet.conflict ? 1 : 0,
		declaredAt: sheet.declaredAt,
		scores: sheet.scores,
		submittedAt: sheet.submittedAt
	};
	await db
		.insert(sheets)
		.values({ applicationId: sheet.applicationId, evaluatorId: sheet.evaluatorId, ...values })
		.onConflictDoUpdate({ target: [sheets.applicationId, sheets.evaluatorId], set: values });
}

/** The sheet of one evaluator on one application. */
export async function readSheet(db: Reader, applicationId: string, evaluatorId: string) {
	const { sheets } = db.tables;
	const [row] = await db
		.select()
		.from(sheets)
		.where(and(eq(sheets.applicationId, applicationId), eq(sheets.evaluatorId, evaluatorId)))
		.limit(1);
	if (!row) return null;
	const sheet: Sheet = {
		applicationId: row.applicationId,
		evaluatorId: row.evaluatorId,
		conflict: row.conflict === 1,
		declaredAt: row.declaredAt,
		scores: row.scores as Sheet['scores'],
		submittedAt: row.submittedAt
	};
	return sheet;
}
