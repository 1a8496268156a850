// Seeds the competitive selection: the 2017 call with its 21 applications, their formal check,
// the three evaluators' sheets and the Commission's published decision (the six chosen are the six
// demo clusters), and a call open at the seed's `now` for the demo's applicant to apply to. Panel:
// demo-reviewer (KIDI) and the consultants demo-evaluator and demo-evaluator-2.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { writeApplication, writeAssignment, writeCall, writeSheet } from '../selection/store';
import { history2017 } from './selection/history-2017';
import { openCall } from './selection/open-call';
import { call2017 } from './selection/call-2017';

const PANEL = ['demo-reviewer', 'demo-evaluator', 'demo-evaluator-2'] as const;

async function userIds(db: Db, usernames: readonly string[]): Promise<Map<string, string>> {
	const { users } = db.tables;
	const rows = await db
		.select({ id: users.id, username: users.username })
		.from(users)
		.where(inArray(users.username, [...usernames]));
	const ids = new Map(rows.map((row) => [row.username, row.id]));
	for (const username of usernames) if (!ids.has(username)) throw new Error(`No demo account ${username}`);
	return ids;
}

export async function seedDemoSelection(db: Db, now: number): Promise<void> {
	const ids = await userIds(db, [...PANEL, 'demo-applicant']);
	const panel = PANEL.map((username) => ids.get(username)!);
	const kidi = ids.get('demo-reviewer')!;
	const history = history2017(panel, ids.get('demo-applicant')!);
	const open = openCall(panel, now);
	const { calls, applications } = db.tables;
	await db.transaction(async (tx) => {
		await writeCall(tx, history.call, kidi, history.call.updatedAt);
		for (const application of history.applications) {
			await writeApplication(tx, application, history.call.updatedAt);
		}
		for (const { applicationId, evaluatorIds } of history.assignments) {
			await writeAssignment(tx, applicationId, evaluatorIds);
		}
		for (const sheet of history.sheets) await writeSheet(tx, sheet);
		await writeCall(tx, { ...open, decision: null }, kidi, now);
		// The store dates rows by the database's clock; the 2017 ones were made in 2017, and a list
		// of calls or applications ordered by creation should read so (the newest call first).
		await tx
			.update(calls)
			.set({ createdAt: new Date(Date.parse(call2017.opensAt!) - 7 * 24 * 3_600_000) })
			.where(eq(calls.id, history.call.id));
		for (const application of history.applications) {
			await tx
				.update(applications)
				.set({ createdAt: new Date(application.submittedAt!) })
				.where(eq(applications.id, application.id));
		}
	});
}
