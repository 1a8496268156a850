// The words of an entry in a given language: the bell's list, the notifications page and the mail
// (alone or in a digest) all say an entry with `noticeText`, so a person reads the same sentence
// wherever they meet it. The language is passed in, never read from a request, so a mail is written
// in its recipient's language whatever request caused it.
import { m } from '$lib/paraglide/messages';
import { dayFormat } from '../locale-format';
import { textIn, type Lang, type Localized } from '../plan/localized';
import type { EditedPart, NotificationDetail, NotificationKind } from './kinds';

/** What `noticeText` reads: an entry's kind, who did it, its words and how many events it gathers. */
export type Said = { kind: NotificationKind; actorName: string; detail: NotificationDetail; count: number };

type Options = { locale: Lang };
const inLang = (value: Localized | undefined, lang: Lang) => (value ? textIn(value, lang).text : '');

/**
 * The thing the entry is about: the item and its cluster, else the cluster, the plan or the call.
 * The cluster names a plan better than its title does: the programme's plans share one title.
 */
function whereOf(detail: NotificationDetail, lang: Lang): string {
	const place = inLang(detail.cluster, lang) || inLang(detail.plan, lang);
	const item = detail.item ? inLang(detail.item.name, lang) : '';
	if (item && place) return m.notice_item_in_plan({ item, plan: place }, { locale: lang });
	return item || place || inLang(detail.call, lang);
}

const roleWords: Record<string, (inputs: Record<string, never>, options: Options) => string> = {
	member: m.role_member,
	facilitator: m.role_facilitator,
	reviewer: m.role_reviewer,
	coordinator: m.role_coordinator,
	admin: m.role_admin
};

const decisionWords: Record<string, (inputs: Record<string, never>, options: Options) => string> = {
	chosen: m.notice_decision_chosen,
	reserve: m.notice_decision_reserve,
	not_chosen: m.notice_decision_not_chosen,
	rejected: m.notice_decision_rejected
};

/** The entry as one sentence in `lang`. */
export function noticeText(said: Said, lang: Lang): string {
	const { detail } = said;
	const o = { locale: lang };
	const where = whereOf(detail, lang);
	const actor = said.actorName || m.notice_someone({}, o);
	const version = String(detail.version?.number ?? '');
	const year = String(detail.year ?? '');
	const dueOn = detail.dueOn ? dayFormat({ dateStyle: 'long' }, lang)(detail.dueOn) : '';
	switch (said.kind) {
		case 'mention':
			return m.notice_mention({ actor, where }, o);
		case 'reply':
			return m.notice_reply({ actor, where }, o);
		case 'comment':
			return m.notice_comment({ actor, where }, o);
		case 'plan_edited':
			return m.notice_plan_edited({ actor, where, count: String(said.count) }, o);
		case 'version_submitted':
			return m.notice_version_submitted({ actor, where, version }, o);
		case 'version_decided':
			return detail.version?.state === 'approved'
				? m.notice_version_approved({ actor, where, version }, o)
				: m.notice_version_changes({ actor, where, version }, o);
		case 'year_submitted':
			return m.notice_year_submitted({ actor, where, year }, o);
		case 'year_returned':
			return m.notice_year_returned({ actor, where, year }, o);
		case 'year_approved':
			return m.notice_year_approved({ actor, where, year }, o);
		case 'deadline_soon':
			return m.notice_deadline_soon({ where, year, dueOn }, o);
		case 'deadline_passed':
			return m.notice_deadline_passed({ where, year, dueOn }, o);
		case 'workshop_started':
			return m.notice_workshop_started({ actor, where, workshop: detail.workshop ?? '' }, o);
		case 'vote_opened':
			return m.notice_vote_opened({ actor, where, vote: detail.vote ?? '' }, o);
		case 'member_added':
			return m.notice_member_added({ actor, where, role: roleOf(detail.role, lang) }, o);
		case 'role_changed':
			return m.notice_role_changed({ actor, where, role: roleOf(detail.role, lang) }, o);
		case 'application_submitted':
			return m.notice_application_submitted(
				{ actor, where, application: inLang(detail.application, lang) },
				o
			);
		case 'application_assigned':
			return m.notice_application_assigned({ where, application: inLang(detail.application, lang) }, o);
		case 'application_decided':
			return m.notice_application_decided(
				{
					where,
					application: inLang(detail.application, lang),
					decision: decisionWords[detail.decision ?? '']?.({}, o) ?? detail.decision ?? ''
				},
				o
			);
	}
}

function roleOf(role: string | undefined, lang: Lang): string {
	const say = role ? roleWords[role] : undefined;
	return say ? say({}, { locale: lang }) : (role ?? '');
}

const sectionWords: Record<string, (inputs: Record<string, never>, options: Options) => string> = {
	plan: m.versions_section_plan,
	map: m.versions_section_map,
	strategy: m.versions_section_strategy,
	projects: m.versions_section_projects,
	indicators: m.versions_section_indicators,
	comments: m.versions_section_comments
};

/** What a burst of edits changed, one line per section of the version diff: "Projects: A, B (+3)". */
export function editedLines(edits: readonly EditedPart[] | undefined, lang: Lang, most = 5): string[] {
	return (edits ?? []).map((part) => {
		const section = sectionWords[part.collection]?.({}, { locale: lang }) ?? part.collection;
		const names = part.names
			.map((name) => inLang(name, lang))
			.filter(Boolean)
			.slice(0, most);
		const more = part.count - names.length;
		return `${section}: ${names.join(', ')}${more > 0 ? ` (+${more})` : ''}`.replace(
			/: $/,
			`: ${part.count}`
		);
	});
}
