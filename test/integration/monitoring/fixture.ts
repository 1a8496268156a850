// The collaboration fixture (temp database, clusters alpha and beta, one user per role) with
// indicators in plan A and a coordinator of beta, plus the running server and JSON helpers for the
// recording and approval endpoints.
import { afterAll, beforeAll } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { addIndicator, initPlan, type Localized } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { getPlan } from '../../../src/lib/server/plans';
import { createUser } from '../../../src/lib/server/users';
import { loadActor, type AppUser } from '../../../src/lib/server/authz/actor';
import type { Db } from '../../../src/lib/server/db';
import { createFixture, startServer, type Fixture, type RunningServer } from '../collab/harness';
import type { Engine } from '../../storage';

/** Plan A's indicators: measured annual, measured quarterly, and a formula of the two. */
export const EXPORTS = 'exports';
export const VISITS = 'visits';
export const PER_VISIT = 'per-visit';

export type MonitoringFixture = Fixture & {
	/** A coordinator of cluster beta, who has no role in alpha. */
	betaCoordinator: string;
	planRef: { id: string; clusterId: string; title: Localized };
	/** The signed-in user as the services see them. */
	appUser(userId: string): Promise<AppUser>;
};

/** The collaboration fixture with plan A's indicators written and a coordinator of beta. */
export async function monitoringFixture(engine?: Engine): Promise<MonitoringFixture> {
	const fixture = await createFixture(engine);
	const { db, planA } = fixture;
	const { memberships } = db.tables;
	const betaCoordinator = await createUser(db, {
		username: 'betacoord',
		displayName: 'Boris Beta',
		password: 'a long enough password',
		globalRole: null
	});
	await db.insert(memberships).values({ clusterId: 'beta', userId: betaCoordinator, role: 'coordinator' });
	await createPlanDocument(db, planA, (doc) => {
		initPlan(doc, { id: planA, title: 'Plan A' });
		addIndicator(doc, {
			id: EXPORTS,
			code: 'EXP',
			name: 'Exports, tonnes',
			baseline: 100,
			baselineYear: 2020,
			targets: { 2021: 200, 2030: 1000 }
		});
		addIndicator(doc, {
			id: VISITS,
			code: 'VIS',
			name: 'Buyer visits',
			frequency: 'quarterly',
			baseline: 0,
			baselineYear: 2020,
			targets: { 2030: 400 }
		});
		addIndicator(doc, { id: PER_VISIT, code: 'PER', name: 'Tonnes per visit', formula: 'EXP / VIS' });
	});
	const plan = (await getPlan(db, planA))!;
	return {
		...fixture,
		betaCoordinator,
		planRef: { id: plan.id, clusterId: plan.clusterId, title: plan.title },
		appUser: (userId) => appUser(db, userId)
	};
}

async function appUser(db: Db, userId: string): Promise<AppUser> {
	const { users } = db.tables;
	const [user] = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			globalRole: users.globalRole,
			locale: users.locale
		})
		.from(users)
		.where(eq(users.id, userId))
		.limit(1);
	if (!user) throw new Error(`no user ${userId}`);
	return await loadActor(db, user);
}

/** How many rows a table holds. */
export async function rowCount(
	db: Db,
	table: 'indicator_values' | 'period_steps' | 'audit_log'
): Promise<number> {
	const { indicatorValues, periodSteps, auditLog } = db.tables;
	const of = { indicator_values: indicatorValues, period_steps: periodSteps, audit_log: auditLog }[table];
	const [row] = await db.select({ n: count() }).from(of);
	return row!.n;
}

export type Answer = { status: number; body: Record<string, unknown> };

export type Call = {
	/** A session token, or null when signed out. */
	token: string | null;
	body?: unknown;
};

/** A server with the monitoring fixture, started once for the test file and stopped after it. */
export function monitoringServer() {
	let fixture: MonitoringFixture | undefined;
	let server: RunningServer | undefined;
	beforeAll(async () => {
		fixture = await monitoringFixture();
		server = await startServer(fixture.env);
	});
	afterAll(async () => {
		await server?.stop();
		await fixture?.dispose();
	});
	const get = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the monitoring server is not set up yet');
		return value;
	};
	const self = {
		get fixture() {
			return get(fixture);
		},
		get server() {
			return get(server);
		},
		/** A fresh session token of one of the fixture's users, by role name, or the beta coordinator. */
		token(who: keyof Fixture['users'] | 'betaCoordinator'): Promise<string> {
			const f = get(fixture);
			return f.login(who === 'betaCoordinator' ? f.betaCoordinator : f.users[who]);
		},
		/** GET a path of the server as JSON. */
		async get(path: string, token: string | null): Promise<Answer> {
			const res = await fetch(`${get(server).origin}${path}`, {
				headers: token ? { cookie: `session=${token}` } : {}
			});
			return { status: res.status, body: (await res.json()) as Record<string, unknown> };
		},
		/** POST a JSON body (or raw text) as a page of the server would. */
		async post(path: string, { token, body }: Call): Promise<Answer> {
			const headers: Record<string, string> = {
				origin: get(server).origin,
				'content-type': 'application/json'
			};
			if (token) headers.cookie = `session=${token}`;
			const res = await fetch(`${get(server).origin}${path}`, {
				method: 'POST',
				headers,
				body: typeof body === 'string' ? body : JSON.stringify(body)
			});
			return { status: res.status, body: (await res.json()) as Record<string, unknown> };
		},
		/** POST a value of `indicator` in plan A. */
		value(indicator: string, call: Call): Promise<Answer> {
			return self.post(`/api/plans/${get(fixture).planA}/indicators/${indicator}/values`, call);
		},
		/** POST an approval step on a year of plan A. */
		step(year: number | string, call: Call): Promise<Answer> {
			return self.post(`/api/plans/${get(fixture).planA}/periods/${year}`, call);
		}
	};
	return self;
}
