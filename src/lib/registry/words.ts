// The registry's words in the reader's language: kinds of participant, the programme's steps, and
// the names of fields a refusal or an imported line points at.
import { m } from '$lib/paraglide/messages';
import type { ParticipantKind } from './participant';
import type { ProgrammeStage } from './profile';

/** The kinds' messages, for a page in its reader's language and for a sheet written in another. */
export const kindMessages: Record<ParticipantKind, typeof m.registry_kind_sme> = {
	sme: m.registry_kind_sme,
	large: m.registry_kind_large,
	research: m.registry_kind_research,
	public: m.registry_kind_public,
	association: m.registry_kind_association,
	finance: m.registry_kind_finance,
	other: m.registry_kind_other
};

/** "Small or medium firm"; a kind this code does not know is shown as stored. */
export function kindName(kind: string): string {
	return Object.hasOwn(kindMessages, kind) ? kindMessages[kind as ParticipantKind]() : kind;
}

const stages: Record<ProgrammeStage, () => string> = {
	selected: m.profile_stage_selected,
	diagnosis: m.profile_stage_diagnosis,
	value_chain: m.profile_stage_value_chain,
	plan_drafted: m.profile_stage_plan_drafted,
	plan_approved: m.profile_stage_plan_approved,
	implementing: m.profile_stage_implementing
};

/** Where the cluster is in the programme, in words. */
export function programmeStageName(stage: ProgrammeStage): string {
	return stages[stage]();
}

const fields: Record<string, () => string> = {
	bin: m.registry_column_bin,
	name: m.registry_column_name,
	'name.ru': m.registry_column_name_ru,
	'name.kk': m.registry_column_name_kk,
	'name.en': m.registry_column_name_en,
	kind: m.registry_column_kind,
	employees: m.registry_column_employees,
	region: m.registry_column_region,
	locality: m.registry_column_locality,
	stageId: m.registry_column_stage,
	joinedAt: m.registry_column_joined,
	leftAt: m.registry_column_left,
	contact: m.registry_column_contact,
	inOrganisation: m.registry_column_in_organisation
};

/** The column a participant's field is in, as the export names it; an unknown field as it came. */
export function participantFieldName(field: string): string {
	return fields[field]?.() ?? field;
}
