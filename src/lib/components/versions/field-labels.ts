// What a diff calls each field of each kind of item, in the reader's language: "Budget",
// "Target 2025", "Title (Russian)". A field this page does not know keeps its own name.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { isLang, type DiffCollection, type Lang } from '$lib/plan';
import { langName } from '$lib/components/text/lang-names';

const common: Record<string, () => string> = {
	title: m.versions_field_title,
	vision: m.versions_field_vision,
	mission: m.versions_field_mission,
	kind: m.versions_field_kind,
	label: m.versions_field_label,
	actorId: m.versions_field_actor,
	stageId: m.versions_field_stage,
	notes: m.versions_field_notes,
	owner: m.versions_field_owner,
	position: m.versions_field_position,
	objectiveIds: m.versions_field_objectives,
	projectIds: m.versions_field_projects,
	indicatorIds: m.versions_field_indicators,
	name: m.versions_field_name,
	member: m.versions_field_member,
	participantId: m.versions_field_participant,
	description: m.versions_field_description,
	assumptions: m.versions_field_assumptions,
	lineId: m.versions_field_line,
	objectiveId: m.versions_field_objective,
	dueDate: m.versions_field_due,
	status: m.versions_field_status,
	leadActorId: m.versions_field_lead,
	partnerIds: m.versions_field_partners,
	budget: m.versions_field_budget,
	fundingSource: m.versions_field_funding,
	start: m.versions_field_start,
	end: m.versions_field_end,
	priority: m.versions_field_priority,
	code: m.versions_field_code,
	level: m.versions_field_level,
	unit: m.versions_field_unit,
	baseline: m.versions_field_baseline,
	baselineYear: m.versions_field_baseline_year,
	cumulative: m.versions_field_cumulative,
	frequency: m.versions_field_frequency,
	responsible: m.versions_field_responsible,
	link: m.versions_field_link,
	formula: m.versions_field_formula,
	text: m.versions_field_text,
	anchorId: m.versions_field_anchor,
	replyTo: m.versions_field_reply_to,
	author: m.versions_field_author,
	authorName: m.versions_field_author_name,
	mentions: m.versions_field_mentions,
	createdAt: m.versions_field_written,
	resolved: m.versions_field_resolved,
	orphaned: m.versions_field_orphaned
};

// The same field name meaning different things in different kinds of item.
const special: Partial<Record<DiffCollection, Record<string, () => string>>> = {
	edges: { kind: m.versions_field_flow, source: m.versions_field_from, target: m.versions_field_to },
	indicators: { source: m.versions_field_data_source },
	funding: {
		projectId: m.versions_field_project,
		source: m.versions_field_funding,
		measureId: m.versions_field_measure,
		amount: m.versions_field_amount,
		fromYear: m.versions_field_from_year,
		toYear: m.versions_field_to_year,
		state: m.versions_field_funding_state,
		appliedOn: m.versions_field_applied_on,
		decidedOn: m.versions_field_decided_on,
		paidOn: m.versions_field_paid_on,
		note: m.versions_field_notes
	}
};

/** The name of a field path (`budget`, `targets.2025`, `title.ru`) of an item of `collection`. */
export function fieldLabel(collection: DiffCollection, path: string): string {
	const [field = path, rest] = splitPath(path);
	if (field === 'targets' && rest) return m.versions_field_target({ year: rest });
	const name = special[collection]?.[field] ?? common[field];
	const base = name ? name() : field;
	if (rest && isLang(rest)) return m.versions_field_in_lang({ field: base, lang: langInLabel(rest) });
	return rest ? `${base} · ${rest}` : base;
}

// "Title (Russian)", but "Название (русский)": Russian and Kazakh write language names in lower case
// inside a sentence.
function langInLabel(lang: Lang): string {
	const name = langName(lang);
	const locale = getLocale();
	return locale === 'en' ? name : name.toLocaleLowerCase(locale === 'kk' ? 'kk' : 'ru');
}

/** A path's first field and the rest: `targets.2025` → ['targets', '2025']. */
export function splitPath(path: string): [string, string | undefined] {
	const dot = path.indexOf('.');
	return dot < 0 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
}
