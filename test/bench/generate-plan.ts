// A large, deterministic plan for benchmarks (map rendering, snapshot, diff, sync, the strategy and
// projects pages): N nodes and M edges over ten stages, and a strategy, projects and indicators of
// the asked sizes. Built through the plan operations like any other plan, inside one transaction so
// it becomes a single update.
import type * as Y from 'yjs';
import { addAction, updateAction } from '../../src/lib/plan/action';
import { addActor } from '../../src/lib/plan/actor';
import { connect, flowKey } from '../../src/lib/plan/edge';
import { addIndicator } from '../../src/lib/plan/indicator';
import { addLine } from '../../src/lib/plan/line';
import type { Lang } from '../../src/lib/plan/localized';
import { addNode } from '../../src/lib/plan/node';
import { addObjective } from '../../src/lib/plan/objective';
import { initPlan } from '../../src/lib/plan/plan';
import { addProject } from '../../src/lib/plan/project';
import { addStage, STAGE_COLUMN_WIDTH } from '../../src/lib/plan/stage';
import {
	ACTION_STATUSES,
	ACTOR_KINDS,
	EDGE_KINDS,
	FUNDING_SOURCES,
	PROJECT_STATUSES
} from '../../src/lib/plan/types';

/** How large a generated plan is, and the seed that makes it reproducible. */
export type GeneratedPlanSize = {
	nodes: number;
	edges: number;
	/** Strategic lines (default 5); objectives and actions in all, spread evenly (default 3 and 12 per line). */
	lines?: number;
	objectives?: number;
	actions?: number;
	/** Projects (default one per 20 nodes) and indicators (default one per project). */
	projects?: number;
	indicators?: number;
	/**
	 * Titles in Russian, Kazakh and English with rich-text descriptions (a few translations missing,
	 * as in real plans), owners, dates, statuses, partners and action links. Without it, English
	 * labels only, as the map benchmarks have always used.
	 */
	detailed?: boolean;
	seed?: number;
	id?: string;
};

/** mulberry32: a tiny seeded PRNG, so the same size and seed give the same plan everywhere. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** [en, ru, kk]: the same phrase in each language. */
type Phrase = [string, string, string];

const LINE_THEMES: Phrase[] = [
	['Markets and export', 'Рынки и экспорт', 'Нарықтар және экспорт'],
	['Quality and standards', 'Качество и стандарты', 'Сапа және стандарттар'],
	['Skills and people', 'Кадры и навыки', 'Кадрлар және дағдылар'],
	['Innovation and technology', 'Инновации и технологии', 'Инновациялар және технологиялар'],
	['Raw materials and suppliers', 'Сырьё и поставщики', 'Шикізат және жеткізушілер'],
	['Infrastructure and logistics', 'Инфраструктура и логистика', 'Инфрақұрылым және логистика'],
	['Finance and investment', 'Финансы и инвестиции', 'Қаржы және инвестициялар'],
	['Digital services', 'Цифровые сервисы', 'Цифрлық қызметтер'],
	['Cooperation among members', 'Кооперация участников', 'Қатысушылар арасындағы кооперация'],
	['Energy and the environment', 'Энергоэффективность и экология', 'Энергия тиімділігі және экология']
];
const OBJECTIVES: Phrase[] = [
	[
		'Raise the share of local products in regional purchases',
		'Увеличить долю местной продукции в региональных закупках',
		'Өңірлік сатып алулардағы жергілікті өнім үлесін арттыру'
	],
	[
		'Certify member products to EAEU standards',
		'Сертифицировать продукцию участников по стандартам ЕАЭС',
		'Қатысушылар өнімін ЕАЭО стандарттары бойынша сертификаттау'
	],
	[
		'Train specialists for member companies',
		'Подготовить специалистов для предприятий-участников',
		'Қатысушы кәсіпорындар үшін мамандар даярлау'
	],
	[
		'Cut costs through shared purchasing',
		'Снизить издержки за счёт совместных закупок',
		'Бірлескен сатып алу арқылы шығындарды азайту'
	],
	[
		'Enter new markets in Central Asia',
		'Выйти на новые рынки Центральной Азии',
		'Орталық Азияның жаңа нарықтарына шығу'
	],
	[
		'Attract investment in new production lines',
		'Привлечь инвестиции в новые производственные линии',
		'Жаңа өндірістік желілерге инвестиция тарту'
	]
];
const ACTIONS: Phrase[] = [
	[
		'Survey member companies',
		'Провести опрос предприятий-участников',
		'Қатысушы кәсіпорындарға сауалнама жүргізу'
	],
	[
		'Draft a joint programme with the akimat',
		'Подготовить совместную программу с акиматом',
		'Әкімдікпен бірлескен бағдарлама әзірлеу'
	],
	['Hold a training seminar', 'Провести обучающий семинар', 'Оқыту семинарын өткізу'],
	['Organise a trade mission', 'Организовать торговую миссию', 'Сауда миссиясын ұйымдастыру'],
	[
		'Prepare a feasibility study',
		'Подготовить технико-экономическое обоснование',
		'Техникалық-экономикалық негіздеме дайындау'
	],
	[
		'Apply for state support',
		'Подать заявку на меры господдержки',
		'Мемлекеттік қолдау шараларына өтінім беру'
	]
];
const PROJECTS: Phrase[] = [
	['Shared testing laboratory', 'Общая испытательная лаборатория', 'Ортақ сынақ зертханасы'],
	['New processing line', 'Новая линия переработки', 'Жаңа өңдеу желісі'],
	['Logistics centre', 'Логистический центр', 'Логистикалық орталық'],
	['Training centre', 'Учебный центр', 'Оқу орталығы'],
	['Export promotion programme', 'Программа продвижения экспорта', 'Экспортты ілгерілету бағдарламасы'],
	['Joint brand and packaging', 'Общий бренд и упаковка', 'Ортақ бренд пен қаптама']
];
const SENTENCES: Phrase[] = [
	[
		'Members agreed on this at the cluster council.',
		'Участники согласовали это на совете кластера.',
		'Қатысушылар бұл туралы кластер кеңесінде келісті.'
	],
	[
		'The work is shared between the firms that gain most from it.',
		'Работу распределяют между предприятиями, которым она выгоднее всего.',
		'Жұмыс одан ең көп пайда көретін кәсіпорындар арасында бөлінеді.'
	],
	[
		'Progress is reported to the coordinator every quarter.',
		'О ходе работ ежеквартально отчитываются координатору.',
		'Жұмыс барысы туралы үйлестірушіге тоқсан сайын есеп беріледі.'
	],
	[
		'Costs are split between members and state support measures.',
		'Расходы делят между участниками и мерами господдержки.',
		'Шығындар қатысушылар мен мемлекеттік қолдау шаралары арасында бөлінеді.'
	],
	[
		'The akimat and the university take part as partners.',
		'Акимат и университет участвуют как партнёры.',
		'Әкімдік пен университет серіктес ретінде қатысады.'
	],
	[
		'Smaller firms join on the same terms as large ones.',
		'Малые предприятия участвуют на тех же условиях, что и крупные.',
		'Шағын кәсіпорындар ірі кәсіпорындармен бірдей шарттармен қатысады.'
	]
];
const OUTCOME: Phrase = [
	'Members reaching the target',
	'Участники, достигшие цели',
	'Мақсатқа жеткен қатысушылар'
];
const OUTPUT: Phrase = ['Results delivered', 'Полученные результаты', 'Алынған нәтижелер'];
const OWNERS = ['Cluster coordinator', 'Cluster council', 'Working group', 'University', 'Akimat'];
const LANG_INDEX: Record<Lang, number> = { en: 0, ru: 1, kk: 2 };

/** Writes multilingual text for the detailed plan, from its own random stream. */
function writer(next: () => number) {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	// Real plans lack some translations: mostly Kazakh, then English.
	const langs = (): Lang[] => {
		const r = next();
		return r < 0.12 ? ['ru', 'en'] : r < 0.2 ? ['ru', 'kk'] : r < 0.24 ? ['ru'] : ['ru', 'kk', 'en'];
	};
	const localized = (langList: Lang[], text: (lang: Lang) => string) =>
		Object.fromEntries(langList.map((lang) => [lang, text(lang)]));
	return {
		pick,
		/** A phrase from `bank` with a number that tells the items apart. */
		title: (bank: Phrase[], number: string) => {
			const phrase = pick(bank);
			return localized(langs(), (lang) => `${phrase[LANG_INDEX[lang]]} (${number})`);
		},
		/** One or two paragraphs of one to three sentences each, the same sentences in every language. */
		description: () => {
			const paragraphs = Array.from({ length: 1 + Math.floor(next() * 2) }, () =>
				Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SENTENCES))
			);
			return localized(langs(), (lang) =>
				paragraphs.map((p) => p.map((s) => s[LANG_INDEX[lang]]).join(' ')).join('\n')
			);
		},
		date: (fromYear: number, years: number) => {
			const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(next() * years * 365) * 86_400_000);
			return day.toISOString().slice(0, 10);
		}
	};
}

/** Index of the parent of child `i` of `count` children spread evenly over `parents`. */
const parentOf = (i: number, count: number, parents: number) => Math.floor((i * parents) / count);

/** Builds a plan of `nodes` nodes and `edges` edges (at least 2 nodes when there are edges) into an empty doc. */
export function generatePlan(doc: Y.Doc, size: GeneratedPlanSize): void {
	const { nodes, edges, seed = 1, id = 'generated', detailed = false } = size;
	const lineCount = size.lines ?? 5;
	const objectiveCount = size.objectives ?? lineCount * 3;
	const actionCount = size.actions ?? objectiveCount * 4;
	const projectCount = size.projects ?? Math.max(1, Math.ceil(nodes / 20));
	const indicatorCount = size.indicators ?? projectCount;
	if (edges > 0 && nodes < 2) throw new RangeError('edges need at least two nodes');
	if (edges > nodes * (nodes - 1) * EDGE_KINDS.length) throw new RangeError('more edges than distinct flows');
	if ((objectiveCount > 0 && lineCount < 1) || (actionCount > 0 && objectiveCount < 1)) {
		throw new RangeError('objectives need lines and actions need objectives');
	}
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	// The detailed parts draw from a stream of their own, so the rest is the same plan either way.
	const text = writer(random(seed ^ 0x9e3779b9));
	doc.transact(() => {
		initPlan(doc, { id, title: `Generated plan (${nodes} nodes, ${edges} edges)` });
		const stages = Array.from({ length: 10 }, (_, i) =>
			addStage(doc, { id: `s${i}`, title: `Stage ${i + 1}` })
		);
		// Several nodes per actor, as in real maps where a firm appears at more than one stage.
		const actorCount = Math.min(500, Math.ceil(nodes / 4));
		const actors = Array.from({ length: actorCount }, (_, i) =>
			addActor(doc, { id: `a${i}`, name: `Actor ${i + 1}`, kind: pick(ACTOR_KINDS), member: next() < 0.5 })
		);
		for (let i = 0; i < nodes; i++) {
			const stage = i % stages.length;
			const position = { x: stage * STAGE_COLUMN_WIDTH, y: Math.floor(i / stages.length) * 110 };
			const common = { id: `n${i}`, stageId: stages[stage], ...position };
			if (next() < 0.7 && actors.length) addNode(doc, { ...common, actorId: pick(actors) });
			else addNode(doc, { ...common, label: `Node ${i + 1}`, kind: 'stage' });
		}
		// One flow of a kind between two nodes (connect refuses another): draw again until a new one.
		const drawn = new Set<string>();
		for (let i = 0; i < edges; i++) {
			let flow: { source: string; target: string; kind: (typeof EDGE_KINDS)[number] };
			do {
				const source = Math.floor(next() * nodes);
				const target = (source + 1 + Math.floor(next() * (nodes - 1))) % nodes; // never the source
				flow = { source: `n${source}`, target: `n${target}`, kind: pick(EDGE_KINDS) };
			} while (drawn.has(flowKey(flow)));
			drawn.add(flowKey(flow));
			connect(doc, { id: `e${i}`, ...flow });
		}

		const lineIds = Array.from({ length: lineCount }, (_, l) =>
			addLine(doc, {
				id: `l${l}`,
				title: detailed
					? text.title([LINE_THEMES[l % LINE_THEMES.length]!], `${l + 1}`)
					: `Strategic line ${l + 1}`,
				description: detailed ? text.description() : undefined
			})
		);
		// Ids and titles as the map benchmarks have always had them: o<line>-<k>, x<line>-<k>-<a>.
		const objectives: { id: string; number: string }[] = [];
		const perLine = lineIds.map(() => 0);
		for (let o = 0; o < objectiveCount; o++) {
			const l = parentOf(o, objectiveCount, lineCount);
			const k = perLine[l]!++;
			const number = `${l + 1}.${k + 1}`;
			const common = { id: `o${l}-${k}`, lineId: lineIds[l]! };
			const id = addObjective(
				doc,
				detailed
					? { ...common, title: text.title(OBJECTIVES, number), description: text.description() }
					: { ...common, title: `Objective ${number}` }
			);
			objectives.push({ id, number });
		}
		const actions: { id: string; objectiveId: string }[] = [];
		const perObjective = objectives.map(() => 0);
		for (let a = 0; a < actionCount; a++) {
			const o = parentOf(a, actionCount, objectiveCount);
			const objective = objectives[o]!;
			const index = perObjective[o]!++;
			const number = `${objective.number}.${index + 1}`;
			const common = { id: `x${objective.id.slice(1)}-${index}`, objectiveId: objective.id };
			const id = addAction(
				doc,
				detailed
					? {
							...common,
							title: text.title(ACTIONS, number),
							description: text.description(),
							owner: text.pick(OWNERS),
							dueDate: text.date(2020, 6),
							status: text.pick(ACTION_STATUSES)
						}
					: { ...common, title: `Action ${number}` }
			);
			actions.push({ id, objectiveId: objective.id });
		}
		const objectiveIds = objectives.map((objective) => objective.id);

		const projectsOf = new Map<string, string[]>();
		for (let p = 0; p < projectCount; p++) {
			const lead = actors.length ? pick(actors) : null;
			const budget = Math.round(next() * 1e9);
			const fundingSource = pick(FUNDING_SOURCES);
			const priority = Math.round(next() * 10);
			const linked = objectiveIds.length ? [pick(objectiveIds)] : [];
			const start = detailed ? text.date(2019, 4) : '2020-01-01';
			addProject(doc, {
				id: `p${p}`,
				title: detailed ? text.title(PROJECTS, `${p + 1}`) : `Project ${p + 1}`,
				leadActorId: lead,
				budget,
				fundingSource,
				start,
				end: detailed ? text.date(Number(start.slice(0, 4)) + 1, 3) : '2022-12-31',
				priority,
				objectiveIds: linked,
				...(detailed && {
					description: text.description(),
					status: text.pick(PROJECT_STATUSES),
					partnerIds: actors.length ? [...new Set([text.pick(actors), text.pick(actors)])] : []
				})
			});
			for (const objectiveId of linked) {
				projectsOf.set(objectiveId, [...(projectsOf.get(objectiveId) ?? []), `p${p}`]);
			}
		}
		for (let i = 0; i < indicatorCount; i++) {
			// Detailed plans measure objectives (outcomes) as well as projects (outputs).
			const onObjective = detailed && objectiveIds.length > 0 && i % 2 === 0;
			const linkId = onObjective ? objectiveIds[(i / 2) % objectiveIds.length]! : `p${i % projectCount}`;
			addIndicator(doc, {
				id: `i${i}`,
				name: detailed ? text.title([onObjective ? OUTCOME : OUTPUT], `${i + 1}`) : `Indicator ${i + 1}`,
				...(detailed && { level: onObjective ? ('outcome' as const) : ('output' as const) }),
				unit: 'units',
				baseline: 100,
				baselineYear: 2019,
				targets: { 2022: 150, 2025: 200 },
				linkId: projectCount > 0 || onObjective ? linkId : null
			});
		}
		if (!detailed) return;
		// Each action is carried out by some of the projects serving its objective and measured by
		// its objective's indicators.
		const indicatorsOf = new Map<string, string[]>();
		for (let i = 0; i < indicatorCount && objectiveIds.length; i += 2) {
			const objectiveId = objectiveIds[(i / 2) % objectiveIds.length]!;
			indicatorsOf.set(objectiveId, [...(indicatorsOf.get(objectiveId) ?? []), `i${i}`]);
		}
		for (const { id: actionId, objectiveId } of actions) {
			updateAction(doc, actionId, {
				projectIds: (projectsOf.get(objectiveId) ?? []).slice(0, text.pick([0, 1, 2])),
				indicatorIds: (indicatorsOf.get(objectiveId) ?? []).slice(0, 1)
			});
		}
	});
}
