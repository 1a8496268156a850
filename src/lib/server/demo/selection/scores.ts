// How the three evaluators scored the eighteen eligible 2017 applications: a fixed table of what
// each application deserved on each criterion, from which every evaluator's score differs by a
// point at most (by a fixed pattern, so evaluators disagree a little as people do, the same way on
// every seed), and the Mangystau tourism group, on which they disagreed widely. Each score comes
// with a short comment in Russian, as the evaluators wrote them.
import type { Score } from '../../../selection/scoring';
import { criteria } from './methodology';

/** The score each application deserved, in the order of the criteria (methodology.ts). */
const DESERVED: Record<string, number[]> = {
	// critical mass, competitiveness, cooperation, institutions, coordinator, strategy
	'a2017-flour-kostanay': [8, 9, 8, 7, 7, 8],
	'a2017-milk-akmola': [9, 7, 9, 8, 8, 8],
	'a2017-construction-karaganda': [9, 7, 7, 8, 8, 7],
	'a2017-tourism-almaty-region': [9, 8, 7, 8, 7, 9],
	'a2017-furniture-almaty': [7, 7, 8, 7, 8, 8],
	'a2017-pharma-south-kazakhstan': [8, 9, 7, 8, 7, 8],
	'a2017-pharma-almaty': [6, 7, 7, 8, 7, 7],
	'a2017-tourism-burabay': [7, 7, 7, 6, 7, 7],
	'a2017-tourism-altai': [7, 7, 7, 7, 6, 7],
	'a2017-engineering-east': [7, 6, 6, 7, 6, 6],
	'a2017-fruit-zhambyl': [6, 6, 6, 6, 6, 7],
	'a2017-chemicals-pavlodar': [6, 6, 5, 7, 6, 5],
	'a2017-meat-kostanay': [6, 5, 6, 5, 6, 6],
	'a2017-tourism-mangystau': [5, 6, 4, 6, 6, 6],
	'a2017-honey-east': [4, 6, 6, 5, 6, 6],
	'a2017-oilseed-pavlodar': [5, 5, 6, 5, 5, 5],
	'a2017-light-almaty': [5, 4, 5, 6, 5, 5],
	'a2017-tourism-karkaraly': [4, 4, 5, 5, 5, 5]
};

/**
 * Where the evaluators read an application differently, each one's lean (in the panel's order): on
 * Mangystau the first saw a unique destination, the third a group that had barely met.
 */
const LEAN: Record<string, number[]> = { 'a2017-tourism-mangystau': [2, 0, -1] };

// Each evaluator's difference from the deserved score, in the panel's order; rows taken in turn.
const DIFFERENCES = [
	[0, 1, -1],
	[1, 0, 0],
	[-1, 0, 1],
	[0, -1, 0],
	[1, -1, 0],
	[0, 0, 1],
	[-1, 1, 0]
];

type Band = 'weak' | 'fair' | 'good' | 'strong';

const band = (score: number): Band =>
	score <= 4 ? 'weak' : score <= 6 ? 'fair' : score <= 8 ? 'good' : 'strong';

/** Two ways of saying each judgement, so three evaluators do not write one sentence. */
const COMMENTS: Record<string, Record<Band, [string, string]>> = {
	'critical-mass': {
		weak: [
			'Группа мала для кластера, занятость незначительна.',
			'Мало предприятий, ядро отрасли не представлено.'
		],
		fair: [
			'Группа среднего размера, крупных предприятий мало.',
			'Достаточно для старта, но отрасль региона шире группы.'
		],
		good: [
			'Крупная группа с ведущими предприятиями региона.',
			'Значимая занятость, ведущие предприятия в группе.'
		],
		strong: [
			'Ядро отрасли региона, значительная занятость.',
			'Группа представляет почти всю отрасль региона.'
		]
	},
	competitiveness: {
		weak: ['Сбыт только на местном рынке.', 'Конкурентные преимущества не показаны.'],
		fair: ['Продажи по Казахстану, экспорт эпизодический.', 'Есть потенциал, но экспорт пока не налажен.'],
		good: ['Регулярный экспорт в соседние страны.', 'Конкурентоспособная продукция, экспорт растёт.'],
		strong: ['Сильные позиции на внешних рынках.', 'Признанная продукция, экспорт на несколько рынков.']
	},
	cooperation: {
		weak: ['Совместной работы пока нет.', 'Предприятия мало знают друг друга.'],
		fair: ['Отдельные поставки внутри группы, общих проектов нет.', 'Кооперация только начинается.'],
		good: ['Есть совместные закупки и сбыт.', 'Участники доверяют друг другу, есть общие проекты.'],
		strong: ['Устойчивая кооперация и общие проекты.', 'Высокий уровень доверия, общая организация.']
	},
	institutions: {
		weak: ['Институтов в группе нет.', 'Связи с вузами и местными органами не показаны.'],
		fair: ['Институты названы, совместной работы мало.', 'Участие институтов формальное.'],
		good: ['Вуз готовит кадры для группы.', 'Институты участвуют в подготовке кадров.'],
		strong: ['Институты — активные участники с общими программами.', 'Сильная поддержка вузов и акимата.']
	},
	coordinator: {
		weak: ['Координатор без опыта и ресурсов.', 'Роль координатора не определена.'],
		fair: ['Опыт в отрасли есть, полномочия неясны.', 'Координатор назван, ресурсов мало.'],
		good: ['Координатор признан участниками, есть ресурсы.', 'Опытный координатор с поддержкой группы.'],
		strong: [
			'Сильный координатор с опытом совместных проектов.',
			'Координатор пользуется полной поддержкой участников.'
		]
	},
	strategy: {
		weak: ['Цели не сформулированы.', 'Стратегия отсутствует.'],
		fair: ['Цели общие, проектов мало.', 'Видение есть, проекты не проработаны.'],
		good: ['Понятные цели и первые совместные проекты.', 'Реалистичная стратегия с оценкой рынка.'],
		strong: [
			'Ясное видение и проработанные проекты.',
			'Стратегия с источниками финансирования и вкладом в регион.'
		]
	}
};

/** The applications the table scores. */
export const scoredApplications = Object.keys(DESERVED);

/**
 * The scores of the evaluator at `evaluatorIndex` in the panel (0–2) on the application `index`-th
 * in order of submission, by criterion id as a sheet holds them.
 */
export function scoresOf(
	applicationId: string,
	index: number,
	evaluatorIndex: number
): Record<string, Score> {
	const deserved = DESERVED[applicationId];
	if (!deserved) throw new Error(`The demo has no scores for ${applicationId}`);
	const lean = LEAN[applicationId]?.[evaluatorIndex] ?? 0;
	const scores: Record<string, Score> = {};
	criteria.forEach((criterion, c) => {
		const difference = DIFFERENCES[(index * 5 + c) % DIFFERENCES.length]![evaluatorIndex]!;
		const score = Math.min(criterion.scale, Math.max(0, deserved[c]! + difference + lean));
		const comment = COMMENTS[criterion.id]![band(score)][(index + evaluatorIndex + c) % 2]!;
		scores[criterion.id] = { score, comment };
	});
	return scores;
}
