// The applicant's draft as a form holds it: rows with keys of their own, so a row keeps its place,
// its typed text and the refusal beside it while rows above it come and go, and everything as
// typed (an employee count of "4O" is sent as typed, for the server to refuse, never dropped).
// Turning it into the body the API takes, and the API's field paths back into the rows, is here.
import type { Localized } from '../plan/localized';
import type { RefusalRow } from '../refusal';
import type { ApplicationInput } from './application';

export type EnterpriseRow = { key: string; bin: string; name: string; kind: string; employees: string };
/** A stage's id is its key: firms name it, and the server keeps it. */
export type StageRow = { id: string; title: string };
export type FirmRow = { key: string; name: string; bin: string; stageId: string };

export type ApplicationForm = {
	name: Localized;
	region: string;
	sector: string;
	enterprises: EnterpriseRow[];
	stages: StageRow[];
	firms: FirmRow[];
	coordinator: string;
	/** By criterion id, '' where nothing is written yet. */
	answers: Record<string, string>;
};

/** What PATCH …/applications/<id> takes, built from the form. */
export type ApplicationBody = {
	name: Localized;
	region: string;
	sector: string;
	enterprises: {
		bin: string | null;
		name: string;
		kind: string | null;
		employees: number | string | null;
	}[];
	valueChain: {
		stages: { id: string; title: string }[];
		firms: { name: string; stageId: string | null; bin: string | null }[];
	};
	coordinator: string;
	answers: Record<string, string>;
};

/** A new key for a row; ids of stages are sent, so they take the API's id shape. */
export type NewKey = () => string;
const randomKey: NewKey = () => crypto.randomUUID();

/** The form of a stored draft, with an answer field for every criterion of the call. */
export function formOf(
	application: Pick<ApplicationInput, Exclude<keyof ApplicationInput, 'attachments'>>,
	criterionIds: readonly string[],
	newKey: NewKey = randomKey
): ApplicationForm {
	return {
		name: { ...application.name },
		region: application.region,
		sector: application.sector,
		enterprises: application.enterprises.map((enterprise) => ({
			key: newKey(),
			bin: enterprise.bin ?? '',
			name: enterprise.name,
			kind: enterprise.kind ?? '',
			employees: enterprise.employees === null ? '' : String(enterprise.employees)
		})),
		stages: application.valueChain.stages.map((stage) => ({ ...stage })),
		firms: application.valueChain.firms.map((firm) => ({
			key: newKey(),
			name: firm.name,
			bin: firm.bin ?? '',
			stageId: firm.stageId ?? ''
		})),
		coordinator: application.coordinator,
		answers: Object.fromEntries(criterionIds.map((id) => [id, application.answers[id] ?? '']))
	};
}

const orNull = (typed: string) => (typed.trim() === '' ? null : typed.trim());

// A count as a number when it reads as one (spaces between thousands allowed), else as typed.
function count(typed: string): number | string | null {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed.replace(/\s/g, ''));
	return Number.isFinite(number) ? number : trimmed;
}

/** The body to save: every field, so what the server holds is exactly what the form shows. */
export function bodyOf(form: ApplicationForm): ApplicationBody {
	return {
		name: { ...form.name },
		region: form.region,
		sector: form.sector,
		enterprises: form.enterprises.map((row) => ({
			bin: orNull(row.bin),
			name: row.name,
			kind: orNull(row.kind),
			employees: count(row.employees)
		})),
		valueChain: {
			stages: form.stages.map(({ id, title }) => ({ id, title })),
			firms: form.firms.map((row) => ({
				name: row.name,
				stageId: orNull(row.stageId),
				bin: orNull(row.bin)
			}))
		},
		coordinator: form.coordinator,
		answers: { ...form.answers }
	};
}

/** True when the form holds something the last saved body does not. */
export function isChanged(form: ApplicationForm, saved: ApplicationBody): boolean {
	return JSON.stringify(bodyOf(form)) !== JSON.stringify(saved);
}

export const emptyEnterprise = (newKey: NewKey = randomKey): EnterpriseRow => ({
	key: newKey(),
	bin: '',
	name: '',
	kind: '',
	employees: ''
});

export const emptyStage = (newKey: NewKey = randomKey): StageRow => ({ id: newKey(), title: '' });

export const emptyFirm = (newKey: NewKey = randomKey): FirmRow => ({
	key: newKey(),
	name: '',
	bin: '',
	stageId: ''
});

/** The stages with the one at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveStage(stages: readonly StageRow[], index: number, by: -1 | 1): StageRow[] {
	const to = index + by;
	if (index < 0 || index >= stages.length || to < 0 || to >= stages.length) return [...stages];
	const moved = [...stages];
	[moved[index], moved[to]] = [moved[to]!, moved[index]!];
	return moved;
}

/**
 * The chain without stage `id`: its firms stay, on no stage, so the server (which refuses a firm
 * on a stage the chain lacks) takes the draft and the applicant sees which firms to place again.
 */
export function removeStage(
	form: Pick<ApplicationForm, 'stages' | 'firms'>,
	id: string
): Pick<ApplicationForm, 'stages' | 'firms'> {
	return {
		stages: form.stages.filter((stage) => stage.id !== id),
		firms: form.firms.map((firm) => (firm.stageId === id ? { ...firm, stageId: '' } : firm))
	};
}

const ROW_PATH = /^(enterprises|valueChain\.stages|valueChain\.firms)\.(\d+)(?:\.(.+))?$/;

/**
 * Where a field the API names (`enterprises.1.bin`, `valueChain.firms.0.stageId`) is in the form
 * that was sent: `enterprises.<key>.bin`, `firms.<key>.stageId`, `stages.<id>.title`, so the
 * refusal stays beside its row whatever is added or removed after. Other fields are as named;
 * `name.ru` and the like are the name's.
 */
export function formField(field: string, sent: ApplicationForm): string {
	if (/^name\.(ru|kk|en)$/.test(field)) return 'name';
	const match = ROW_PATH.exec(field);
	if (!match) return field;
	const [, list, index, rest] = match;
	const row =
		list === 'enterprises'
			? sent.enterprises[Number(index)]?.key
			: list === 'valueChain.stages'
				? sent.stages[Number(index)]?.id
				: sent.firms[Number(index)]?.key;
	if (row === undefined) return field;
	const name = list === 'enterprises' ? 'enterprises' : list === 'valueChain.stages' ? 'stages' : 'firms';
	// A stage is its title to the person: a refusal of its id or of the whole stage is shown there.
	if (name === 'stages') return `stages.${row}.title`;
	return rest === undefined ? `${name}.${row}` : `${name}.${row}.${rest}`;
}

/**
 * Every refused field of the form sent, keyed by `formField`, with the words for it; the first
 * words for a field win, as the server lists its gaps in the order the form shows them.
 */
export function problemsOf(
	rows: readonly Pick<RefusalRow, 'field' | 'code'>[],
	sent: ApplicationForm,
	words: (row: Pick<RefusalRow, 'field' | 'code'>) => string
): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const row of rows) {
		const at = formField(row.field, sent);
		problems[at] ??= words(row);
	}
	return problems;
}
