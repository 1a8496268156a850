// Reads and checks a whole cluster file before anything is written: its format and version, every
// field the import needs, every base64 state (which must decode to a plan), and the references
// between its rows. The first problem found is the refusal; nothing partial comes out.
import { isId } from '../../plan';
import { clusterRoles, type ClusterRole } from '../../roles';
import { decodePlan, encodePlan, fromBase64 } from './documents';
import { Fields } from './fields';
import {
	CLUSTER_FORMAT,
	CLUSTER_FORMAT_VERSION,
	MAX_CLUSTER_FILE_BYTES,
	type ExportedAuditEntry,
	type ExportedPeriodStep,
	type ExportedStep,
	type ExportedValue,
	type ExportedVersionComment
} from './format';
import { TransferProblem, badFile } from './problem';

// Cluster ids as createCluster makes them: lower-case letters (any script), digits and hyphens.
const CLUSTER_ID = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,47}$/u;

/** True when `id` may name a cluster (in a URL, in the file). */
export function isClusterId(id: string): boolean {
	return CLUSTER_ID.test(id) && id === id.toLowerCase();
}

export type ReadVersion = {
	number: number;
	label: string;
	note: string;
	kind: string;
	restoredFrom: number | null;
	state: Uint8Array;
	data: Record<string, unknown>;
	author: string | null;
	authorName: string;
	createdAt: Date;
	steps: (Omit<ExportedStep, 'at'> & { at: Date })[];
	comments: (Omit<ExportedVersionComment, 'at'> & { at: Date })[];
};

export type ReadPlan = {
	id: string;
	title: string;
	createdAt: Date;
	/** The live document at this code's layout, as one update. */
	document: Uint8Array;
	versions: ReadVersion[];
	values: (Omit<ExportedValue, 'createdAt'> & { createdAt: Date })[];
	periodSteps: (Omit<ExportedPeriodStep, 'at'> & { at: Date })[];
};

export type ReadCluster = {
	cluster: { id: string; name: string; region: string; sector: string };
	members: { username: string; displayName: string; role: ClusterRole }[];
	plans: ReadPlan[];
	audit: (Omit<ExportedAuditEntry, 'at'> & { at: Date })[];
};

function parse(bytes: Uint8Array): unknown {
	if (bytes.byteLength > MAX_CLUSTER_FILE_BYTES)
		throw new TransferProblem(413, 'file_too_large', 'the file is larger than 50 MB');
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new TransferProblem(400, 'not_json', 'the file is not JSON (UTF-8)');
	}
}

function stepOf(row: Fields) {
	return {
		step: row.text('step', { max: 40, empty: false }),
		state: row.text('state', { max: 40, empty: false }),
		comment: row.text('comment', { max: 10_000 }),
		user: row.user('user'),
		userName: row.text('userName', { max: 200 }),
		at: row.time('at')
	};
}

function versionOf(row: Fields, seen: Set<number>): ReadVersion {
	const number = row.integer('number');
	if (number < 1 || seen.has(number))
		throw badFile('invalid_field', row.where('number'), 'must be a new number from 1');
	seen.add(number);
	const stateField = row.where('state');
	const state = fromBase64(row.text('state', { max: Number.MAX_SAFE_INTEGER }), stateField);
	// A version is kept as it was written; decoding it only proves it is a plan.
	decodePlan(state, stateField, { migrate: false }).destroy();
	return {
		number,
		label: row.text('label', { max: 1000 }),
		note: row.text('note', { max: 10_000 }),
		kind: row.text('kind', { max: 40, empty: false }),
		restoredFrom: row.integerOrNull('restoredFrom'),
		state,
		data: row.object('data').value,
		author: row.user('author'),
		authorName: row.text('authorName', { max: 200 }),
		createdAt: row.time('createdAt'),
		steps: row.list('steps').map(stepOf),
		comments: row.list('comments').map((comment) => ({
			item: comment.textOrNull('item', 200),
			against: comment.textOrNull('against', 40),
			text: comment.text('text', { max: 10_000 }),
			user: comment.user('user'),
			userName: comment.text('userName', { max: 200 }),
			at: comment.time('at')
		}))
	};
}

function valuesOf(plan: Fields): ReadPlan['values'] {
	const ids = new Set<number>();
	return plan.list('values').map((row) => {
		const id = row.integer('id');
		const supersedes = row.integerOrNull('supersedes');
		// Corrections point back at an earlier row of the same plan, so they can be linked again in order.
		if (supersedes !== null && !ids.has(supersedes))
			throw badFile('invalid_field', row.where('supersedes'), 'names no earlier value of this plan');
		if (ids.has(id)) throw badFile('invalid_field', row.where('id'), 'is used twice');
		ids.add(id);
		return {
			id,
			indicatorId: row.text('indicatorId', { max: 64, empty: false }),
			period: row.text('period', { max: 16, empty: false }),
			value: row.number('value'),
			note: row.text('note', { max: 10_000 }),
			evidence: row.text('evidence', { max: 2000 }),
			supersedes,
			author: row.user('author'),
			authorName: row.text('authorName', { max: 200 }),
			via: row.text('via', { max: 20, empty: false }),
			createdAt: row.time('createdAt')
		};
	});
}

function planOf(plan: Fields, planIds: Set<string>): ReadPlan {
	const id = plan.text('id', { max: 64 });
	if (!isId(id)) throw badFile('invalid_field', plan.where('id'), 'is not a plan id');
	if (planIds.has(id)) throw badFile('invalid_field', plan.where('id'), 'is used twice');
	planIds.add(id);
	const documentField = plan.where('document');
	const doc = decodePlan(
		fromBase64(plan.text('document', { max: Number.MAX_SAFE_INTEGER }), documentField),
		documentField
	);
	let document: Uint8Array;
	try {
		document = encodePlan(doc);
	} finally {
		doc.destroy();
	}
	const numbers = new Set<number>();
	return {
		id,
		title: plan.text('title', { max: 500, empty: false }),
		createdAt: plan.time('createdAt'),
		document,
		versions: plan.list('versions').map((version) => versionOf(version, numbers)),
		values: valuesOf(plan),
		periodSteps: plan.list('periodSteps').map((row) => ({ year: row.integer('year'), ...stepOf(row) }))
	};
}

function auditOf(file: Fields): ReadCluster['audit'] {
	if (file.value.audit === undefined || file.value.audit === null) return [];
	return file.list('audit').map((row) => ({
		at: row.time('at'),
		user: row.user('user'),
		action: row.text('action', { max: 100, empty: false }),
		target: row.textOrNull('target', 500),
		...(typeof row.value.targetUser === 'string' ? { targetUser: row.text('targetUser', { max: 64 }) } : {}),
		detail: row.raw('detail')
	}));
}

/** The cluster file in `bytes`, checked whole; a `TransferProblem` names the first fault. */
export function readClusterFile(bytes: Uint8Array): ReadCluster {
	const file = Fields.of(parse(bytes), '');
	const format = file.value.format;
	if (format !== CLUSTER_FORMAT)
		throw new TransferProblem(
			400,
			'wrong_format',
			`this is not a cluster file (format is not "${CLUSTER_FORMAT}")`,
			'format'
		);
	if (file.value.formatVersion !== CLUSTER_FORMAT_VERSION)
		throw new TransferProblem(
			400,
			'unsupported_version',
			`this server reads cluster files of version ${CLUSTER_FORMAT_VERSION}, not ${String(file.value.formatVersion)}`,
			'formatVersion'
		);
	const cluster = file.object('cluster');
	const id = cluster.text('id', { max: 48 });
	if (!isClusterId(id)) throw badFile('invalid_field', cluster.where('id'), 'is not a cluster id');
	const planIds = new Set<string>();
	return {
		cluster: {
			id,
			name: cluster.text('name', { max: 120, empty: false }).trim(),
			region: cluster.text('region', { max: 120, empty: false }).trim(),
			sector: cluster.text('sector', { max: 120, empty: false }).trim()
		},
		members: file.list('members').map((member) => {
			const role = member.text('role', { max: 20 });
			if (!clusterRoles.includes(role as ClusterRole))
				throw badFile('invalid_field', member.where('role'), `must be one of ${clusterRoles.join(', ')}`);
			return {
				username: member.text('username', { max: 64, empty: false }).trim().toLowerCase(),
				displayName: member.text('displayName', { max: 200 }),
				role: role as ClusterRole
			};
		}),
		plans: file.list('plans').map((plan) => planOf(plan, planIds)),
		audit: auditOf(file)
	};
}
