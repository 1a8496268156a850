// The 2017 competition for pilot territorial clusters, as the ministry announced it: applications
// from 10 April to 8 June 2017 (Astana time, UTC+6 then), scored by KIDI with its consultants, and
// six pilot clusters chosen by the Commission on Industrial Development. The published sources give
// no date or number of the Commission's decision: the demo's (11 August 2017, protocol 3) are
// invented, after the scoring of June–July and before the diagnosis that began that autumn.
import type { CallInput } from '../../../selection/call';
import type { CallDecision } from '../../selection/store';
import { criteria, requirements } from './methodology';

export const CALL_2017_ID = 'pilot-clusters-2017';

export const decision2017: CallDecision = { date: '2017-08-11', protocol: '3' };

/** The moments of its history the demo writes, in Astana time as KIDI kept them. */
export const moments2017 = {
	/** The first sheet; each evaluator scores a few applications a day from here (scores.ts). */
	scoringBegins: '2017-06-19T10:00:00+06:00',
	/** When the Commission's decision was recorded and the results published. */
	decided: '2017-08-11T15:00:00+06:00',
	published: '2017-08-14T10:00:00+06:00'
} as const;

/** The call as KIDI wrote it, without its panel (the demo's evaluators, by user id). */
export const call2017: Omit<CallInput, 'evaluators'> = {
	title: {
		ru: 'Конкурсный отбор пилотных территориальных кластеров 2017 года',
		kk: '2017 жылғы пилоттық аумақтық кластерлерді конкурстық іріктеу',
		en: 'Competitive selection of pilot territorial clusters, 2017'
	},
	rules: {
		ru: [
			'Министерство по инвестициям и развитию Республики Казахстан объявляет конкурсный отбор территориальных кластеров для участия в проекте Всемирного банка «Повышение конкурентоспособности МСП в Республике Казахстан» в рамках Государственной программы индустриально-инновационного развития на 2015–2019 годы.',
			'Заявки принимаются с 10 апреля по 8 июня 2017 года от групп предприятий и организаций одного региона в несырьевых отраслях: пищевой и лёгкой промышленности, туризме, строительстве, фармацевтике, машиностроении и других.',
			'Оператор отбора — АО «Казахстанский институт развития индустрии» (КИРИ). Заявка, не отвечающая хотя бы одному формальному требованию, отклоняется и не оценивается. Остальные заявки оценивают эксперты КИРИ и консультанты по методике, опубликованной вместе с Правилами конкурсного отбора территориальных кластеров.',
			'Комиссия по промышленному развитию определяет шесть пилотных кластеров с наибольшими баллами, не ниже проходного балла. С ними КИРИ и зарубежные консультанты в 2017–2019 годах проведут диагностику и разработают планы развития.'
		].join('\n\n'),
		kk: [
			'Қазақстан Республикасының Инвестициялар және даму министрлігі 2015–2019 жылдарға арналған Индустриялық-инновациялық дамудың мемлекеттік бағдарламасы аясында Дүниежүзілік банктің «Қазақстан Республикасында ШОБ бәсекеге қабілеттілігін арттыру» жобасына қатысу үшін аумақтық кластерлерді конкурстық іріктеуді жариялайды.',
			'Өтінімдер 2017 жылғы 10 сәуірден 8 маусымға дейін шикізаттық емес салалардағы бір өңірдің кәсіпорындары мен ұйымдарының топтарынан қабылданады: тамақ және жеңіл өнеркәсіп, туризм, құрылыс, фармацевтика, машина жасау және басқалар.',
			'Іріктеу операторы — «Қазақстанның индустрияны дамыту институты» АҚ (ҚИДИ). Кем дегенде бір формалды талапқа сай келмейтін өтінім қабылданбайды және бағаланбайды. Қалған өтінімдерді ҚИДИ сарапшылары мен консультанттар аумақтық кластерлерді конкурстық іріктеу қағидаларымен бірге жарияланған әдістеме бойынша бағалайды.',
			'Индустриялық даму жөніндегі комиссия өту балынан төмен емес, ең жоғары балл алған алты пилоттық кластерді айқындайды. ҚИДИ және шетелдік консультанттар 2017–2019 жылдары олармен диагностика жүргізіп, даму жоспарларын әзірлейді.'
		].join('\n\n'),
		en: [
			'The Ministry for Investment and Development of the Republic of Kazakhstan announces a competitive selection of territorial clusters to take part in the World Bank project “SME Competitiveness in the Republic of Kazakhstan”, under the State Programme of Industrial and Innovative Development 2015–2019.',
			'Applications are accepted from 10 April to 8 June 2017 from groups of firms and institutions of one region in non-extractive industries: food and light industry, tourism, construction, pharmaceuticals, engineering and others.',
			'The selection is run by the Kazakhstan Institute for Industry Development (KIDI). An application that fails any formal requirement is rejected and not scored. The others are scored by KIDI’s experts and consultants under the methodology published with the Competitive Selection Rules for Territorial Clusters.',
			'The Commission on Industrial Development chooses the six pilot clusters with the highest points at or above the pass mark. In 2017–2019 KIDI and international consultants will diagnose them and write their development plans with them.'
		].join('\n\n')
	},
	opensAt: '2017-04-10T09:00:00+06:00',
	closesAt: '2017-06-08T18:00:00+06:00',
	requirements,
	criteria,
	passMark: 60,
	seats: 6
};
