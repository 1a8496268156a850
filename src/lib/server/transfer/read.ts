// Reads and checks a whole cluster file before anything is written: its format and version, every
// field the import needs with the rules the live paths use (plan documents and version states by the
// layout's whole-document check, indicator values by the value rule, approval and review steps by
// their state machines, the registry's participants and profile by the API's checks), the
// references between its rows and the caps on how much it holds. The first problem found is the
// refusal, naming its place; nothing partial comes out.
import { inGuessedLang, isBlank, isId, LANGS, type Localized, type PlanData } from '../../plan';
import { clusterRoles, type ClusterRole } from '../../roles';
import { checkedPlan, decodePlan, encodePlan, fromBase64 } from './documents';
import { Fields } from './fields';
import {
	CLUSTER_FORMAT,
	CLUSTER_FORMAT_VERSION,
	MAX_CLUSTER_FILE_BYTES,
	READABLE_FORMAT_VERSIONS,
	type ExportedAuditEntry
} from './format';
import { IMPORT_LIMITS } from './limits';
import { MAX_CLUSTER_TEXT } from '../clusters/names';
import { badFile, transferProblem } from './problem';
import { letOthersIn } from '../let-others-in';
import { registryOf, type ReadRegistry } from './registry-read';
import { periodStepsOf, type ReadStep } from './steps';
import { valuesOf, type ReadValue } from './values';
import { versionOf, type ReadVersion } from './versions';

export type { ReadVersion };

// Cluster ids as createCluster makes them: lower-case letters (any script), digits and hyphens.
const CLUSTER_ID = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,47}$/u;

/** True when `id` may name a cluster (in a URL, in the file). */
export function isClusterId(id: string): boolean {
	return CLUSTER_ID.test(id) && id === id.toLowerCase();
}

export type ReadPlan = {
	id: string;
	title: Localized;
	createdAt: Date;
	/** The live document at this code's layout, as one update. */
	document: Uint8Array;
	/** The id the live document names itself by. */
	documentId: string;
	versions: ReadVersion[];
	values: ReadValue[];
	periodSteps: (ReadStep & { year: number })[];
};

export type ReadCluster = {
	cluster: { id: string; name: Localized; region: Localized; sector: Localized };
	members: { username: string; displayName: string; role: ClusterRole }[];
	plans: ReadPlan[];
	audit: (Omit<ExportedAuditEntry, 'at'> & { at: Date })[];
} & ReadRegistry;

function parse(bytes: Uint8Array): unknown {
	if (bytes.byteLength > MAX_CLUSTER_FILE_BYTES)
		throw transferProblem(413, 'file_too_large', 'the file is larger than 50 MB');
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw transferProblem(400, 'not_json', 'the file is not JSON (UTF-8)');
	}
}

/** What is left of the per-file caps as plans are read. */
type Left = { versions: number; values: number };

/**
 * A name or title: in version 2 of the format an object of the three languages (each a text, at
 * least one written), in version 1 one string, read in the language its letters tell.
 */
function named(fields: Fields, key: string, formatVersion: number, max: number): Localized {
	if (formatVersion === 1) return inGuessedLang(fields.text(key, { max, empty: false }));
	const value = fields.object(key);
	// A language left out is one not written yet.
	const text = (lang: string) => (value.value[lang] === undefined ? '' : value.text(lang, { max }).trim());
	const out = Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Localized;
	if (isBlank(out)) throw badFile('invalid_field', fields.where(key), 'must not be empty in every language');
	return out;
}

/** One plan, checked a document at a time with other requests let in between. */
async function planOf(
	plan: Fields,
	planIds: Set<string>,
	left: Left,
	formatVersion: number
): Promise<ReadPlan> {
	const id = plan.text('id', { max: 64 });
	if (!isId(id)) throw badFile('invalid_field', plan.where('id'), 'is not a plan id');
	if (planIds.has(id)) throw badFile('invalid_field', plan.where('id'), 'is used twice');
	planIds.add(id);
	const title = named(plan, 'title', formatVersion, IMPORT_LIMITS.planTitle);
	const createdAt = plan.time('createdAt');
	const documentField = plan.where('document');
	const doc = decodePlan(
		fromBase64(plan.text('document', { max: Number.MAX_SAFE_INTEGER }), documentField),
		documentField
	);
	let document: Uint8Array;
	let data: PlanData;
	try {
		document = encodePlan(doc);
		data = checkedPlan(doc, document.byteLength, documentField);
	} finally {
		doc.destroy();
	}
	const versionRows = plan.list('versions', left.versions);
	left.versions -= versionRows.length;
	const numbers = new Set<number>();
	const versions: ReadVersion[] = [];
	for (const version of versionRows) {
		await letOthersIn();
		versions.push(versionOf(version, numbers));
	}
	const valueRows = plan.list('values', left.values);
	left.values -= valueRows.length;
	return {
		id,
		title,
		createdAt,
		document,
		documentId: data.id,
		versions,
		// Values are of the plan as it is now: its live document's indicators.
		values: await valuesOf(valueRows, data.indicators),
		periodSteps: periodStepsOf(plan.list('periodSteps', IMPORT_LIMITS.periodSteps))
	};
}

function auditOf(file: Fields): ReadCluster['audit'] {
	if (file.value.audit === undefined || file.value.audit === null) return [];
	return file.list('audit', IMPORT_LIMITS.audit).map((row) => {
		const detail = row.raw('detail');
		if (JSON.stringify(detail).length > IMPORT_LIMITS.auditDetail)
			throw badFile(
				'invalid_field',
				row.where('detail'),
				`is longer than ${IMPORT_LIMITS.auditDetail} characters`
			);
		return {
			at: row.time('at'),
			user: row.user('user'),
			action: row.text('action', { max: 100, empty: false }),
			target: row.textOrNull('target', 500),
			...(typeof row.value.targetUser === 'string'
				? { targetUser: row.text('targetUser', { max: 64 }) }
				: {}),
			detail
		};
	});
}

/**
 * The cluster file in `bytes`, checked whole; a refusal names the first fault. `heard`
 * hears the cluster's id as soon as it is read, before the plans are checked, to refuse a taken id
 * without that work.
 */
export async function readClusterFile(
	bytes: Uint8Array,
	heard: (clusterId: string) => void | Promise<void> = () => {}
): Promise<ReadCluster> {
	const file = Fields.of(parse(bytes), '');
	const format = file.value.format;
	if (format !== CLUSTER_FORMAT)
		throw transferProblem(
			400,
			'wrong_format',
			`this is not a cluster file (format is not "${CLUSTER_FORMAT}")`,
			'format'
		);
	const formatVersion = file.value.formatVersion;
	if (typeof formatVersion !== 'number' || !READABLE_FORMAT_VERSIONS.includes(formatVersion))
		throw transferProblem(
			400,
			'unsupported_version',
			`this server reads cluster files of versions ${READABLE_FORMAT_VERSIONS.join(', ')} (it writes ${CLUSTER_FORMAT_VERSION}), not ${String(formatVersion)}`,
			'formatVersion'
		);
	const cluster = file.object('cluster');
	const id = cluster.text('id', { max: 48 });
	if (!isClusterId(id)) throw badFile('invalid_field', cluster.where('id'), 'is not a cluster id');
	await heard(id);
	const names = {
		id,
		name: named(cluster, 'name', formatVersion, MAX_CLUSTER_TEXT),
		region: named(cluster, 'region', formatVersion, MAX_CLUSTER_TEXT),
		sector: named(cluster, 'sector', formatVersion, MAX_CLUSTER_TEXT)
	};
	const members = file.list('members', IMPORT_LIMITS.members).map((member) => {
		const role = member.text('role', { max: 20 });
		if (!clusterRoles.includes(role as ClusterRole))
			throw badFile('invalid_field', member.where('role'), `must be one of ${clusterRoles.join(', ')}`);
		return {
			username: member.text('username', { max: 64, empty: false }).trim().toLowerCase(),
			displayName: member.text('displayName', { max: 200 }),
			role: role as ClusterRole
		};
	});
	// Before the plans: its checks are cheap, and a bad row refuses the file without their work.
	const registry = registryOf(file, formatVersion);
	const planIds = new Set<string>();
	const left: Left = { versions: IMPORT_LIMITS.versions, values: IMPORT_LIMITS.values };
	const plans: ReadPlan[] = [];
	for (const plan of file.list('plans', IMPORT_LIMITS.plans))
		plans.push(await planOf(plan, planIds, left, formatVersion));
	return { cluster: names, members, ...registry, plans, audit: auditOf(file) };
}
