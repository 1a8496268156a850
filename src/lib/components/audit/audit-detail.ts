// An audit entry's detail as one line in the reader's language. The stored detail stays a plain JSON
// object of keys and codes (`{ role: 'member' }`, `{ from: 'in_progress', to: 'submitted' }`), so
// the log reads the same whoever wrote it; this turns it into labels and words for each reader.
// A key this file does not know still reads as words ("someKey" → "Some key"), never as code.
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { PERIOD_STATES, type PeriodState } from '$lib/plan';
import type { Role } from '$lib/roles';

type Say = (inputs: Record<string, never>, options: { locale: Locale }) => string;

const fieldLabels: Record<string, Say> = {
	name: m.audit_detail_name,
	title: m.audit_detail_title,
	role: m.audit_detail_role,
	globalRole: m.audit_detail_global_role,
	username: m.audit_detail_username,
	label: m.audit_detail_label,
	comment: m.audit_detail_comment,
	rows: m.audit_detail_rows,
	recorded: m.audit_detail_recorded,
	plans: m.audit_detail_plans,
	versions: m.audit_detail_versions,
	values: m.audit_detail_values,
	unknownMembers: m.audit_detail_unknown_members,
	workshopId: m.audit_detail_workshop,
	from: m.audit_detail_source_cluster
};

// The same words the cluster page and the monitoring view use for roles and reporting-year states.
const roleNames: Record<Role, Say> = {
	member: m.role_member,
	facilitator: m.role_facilitator,
	reviewer: m.role_reviewer,
	coordinator: m.role_coordinator,
	admin: m.role_admin
};

const stateNames: Record<PeriodState, Say> = {
	no_data: m.status_period_no_data,
	in_progress: m.status_period_in_progress,
	submitted: m.status_period_submitted,
	returned: m.status_period_returned,
	approved: m.status_period_approved
};

const MAX_PART = 120;
const MAX_SUMMARY = 300;

function short(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const isRole = (value: unknown): value is Role =>
	typeof value === 'string' && Object.hasOwn(roleNames, value);
const isState = (value: unknown): value is PeriodState =>
	(PERIOD_STATES as readonly unknown[]).includes(value);

/** "unknownKey" or "unknown_key" as words: "Unknown key". */
function keyAsWords(key: string): string {
	const words = key
		.replace(/([a-z\d])([A-Z])/g, '$1 $2')
		.replace(/[_.-]+/g, ' ')
		.trim()
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function shown(value: unknown, locale: Locale): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
	if (typeof value === 'boolean')
		return value ? m.versions_value_yes({}, { locale }) : m.versions_value_no({}, { locale });
	if (Array.isArray(value)) return value.map((item) => shown(item, locale)).join(', ');
	return JSON.stringify(value) ?? '';
}

/** One field of the detail as "Label: value", or null for an empty one. */
function part(key: string, value: unknown, locale: Locale): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (Array.isArray(value) && value.length === 0) return null;
	if (key === 'version' && typeof value === 'number')
		return m.audit_detail_version({ version: value }, { locale });
	if (key === 'kept' && typeof value === 'number') return m.audit_detail_kept({ version: value }, { locale });
	const label = fieldLabels[key]?.({}, { locale }) ?? keyAsWords(key);
	const text =
		(key === 'role' || key === 'globalRole') && isRole(value)
			? roleNames[value]({}, { locale })
			: shown(value, locale);
	return `${label}: ${short(text, MAX_PART)}`;
}

/**
 * An entry's detail in `locale` (the page's language by default): a change of state first ("In
 * progress → Submitted"), then each other field as "Label: value", enumerations in words; empty
 * fields are left out.
 */
export function detailSummary(detail: unknown, locale: Locale = getLocale()): string {
	if (detail === null || detail === undefined) return '';
	if (typeof detail !== 'object' || Array.isArray(detail)) return short(shown(detail, locale), MAX_SUMMARY);
	const { from, to, ...rest } = detail as Record<string, unknown>;
	// A workshop is named by its title where the entry has one, not by its id.
	if (typeof rest.title === 'string' && rest.workshopId !== undefined) {
		rest.workshopId = rest.title;
		delete rest.title;
	}
	const parts: string[] = [];
	if (from !== undefined && to !== undefined) {
		const name = (state: unknown) =>
			isState(state) ? stateNames[state]({}, { locale }) : shown(state, locale);
		parts.push(`${name(from)} → ${name(to)}`);
	}
	// A cluster import names the cluster it came from, first, with no "to".
	const single = from !== undefined && to !== undefined ? {} : { from, to };
	for (const [key, value] of Object.entries({ ...single, ...rest })) {
		const text = part(key, value, locale);
		if (text) parts.push(text);
	}
	return short(parts.join('; '), MAX_SUMMARY);
}
