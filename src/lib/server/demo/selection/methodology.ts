// What the 2017 competition asked of a group of enterprises and how KIDI scored it: the formal
// requirements of the Competitive Selection Rules for Territorial Clusters (the ministry's order
// No. 1215 of 18 December 2015 as amended on 23 December 2016), and criteria modelled on the cluster
// methodology KIDI published with the call (critical mass, competitiveness, cooperation,
// institutions, the coordinator, the strategy). The demo's second call reuses both.
import type { Criterion, Requirement } from '../../../selection/call';

export const requirements: Requirement[] = [
	{
		id: 'group',
		text: {
			ru: 'Группа из не менее чем пяти предприятий и организаций, зарегистрированных и работающих в одном регионе (области или городе республиканского значения)',
			kk: 'Бір өңірде (облыста немесе республикалық маңызы бар қалада) тіркелген және жұмыс істейтін кемінде бес кәсіпорын мен ұйымнан тұратын топ',
			en: 'A group of at least five firms and institutions registered and working in one region (a region or a city of republican significance)'
		}
	},
	{
		id: 'memorandum',
		text: {
			ru: 'Меморандум (соглашение) о намерениях по развитию кластера, подписанный всеми участниками группы',
			kk: 'Топтың барлық мүшелері қол қойған кластерді дамыту ниеті туралы меморандум (келісім)',
			en: 'A memorandum (letter) of intent to develop the cluster, signed by every member of the group'
		}
	},
	{
		id: 'coordinator',
		text: {
			ru: 'Предложенный координатор кластера: организация или лицо, с описанием опыта и полномочий',
			kk: 'Ұсынылған кластер үйлестірушісі: тәжірибесі мен өкілеттігі сипатталған ұйым немесе тұлға',
			en: 'A proposed coordinator of the cluster: an organisation or a person, with their experience and mandate'
		}
	},
	{
		id: 'value-chain',
		text: {
			ru: 'Проект цепочки создания стоимости: её звенья и предприятия группы в них',
			kk: 'Құн тізбегінің жобасы: оның буындары және ондағы топ кәсіпорындары',
			en: 'A draft value chain: its stages and the firms of the group in them'
		}
	}
];

/** Scored 0–10 each; the weights add up to 100, so a weight reads as the criterion's share. */
export const criteria: Criterion[] = [
	{
		id: 'critical-mass',
		area: { ru: 'Потенциал кластера', kk: 'Кластердің әлеуеті', en: 'Potential of the cluster' },
		title: {
			ru: 'Критическая масса: число и размер предприятий, занятость',
			kk: 'Сындарлы масса: кәсіпорындардың саны мен көлемі, жұмыспен қамту',
			en: 'Critical mass: number and size of firms, employment'
		},
		guide: {
			ru: '0–3: до 10 предприятий, занятость незначительна для региона; 4–6: 10–20 предприятий или несколько крупных; 7–8: более 20 предприятий, среди них ведущие в отрасли региона; 9–10: ядро отрасли региона, значимая доля занятости',
			kk: '0–3: 10-ға дейін кәсіпорын, өңір үшін жұмыспен қамту елеусіз; 4–6: 10–20 кәсіпорын немесе бірнеше ірі кәсіпорын; 7–8: 20-дан астам кәсіпорын, олардың ішінде өңір саласының жетекшілері; 9–10: өңір саласының өзегі, жұмыспен қамтудың елеулі үлесі',
			en: '0–3: up to 10 firms, employment insignificant for the region; 4–6: 10–20 firms or a few large ones; 7–8: over 20 firms, among them the leaders of the regional industry; 9–10: the core of the regional industry, a significant share of its employment'
		},
		weight: 20,
		scale: 10
	},
	{
		id: 'competitiveness',
		area: { ru: 'Потенциал кластера', kk: 'Кластердің әлеуеті', en: 'Potential of the cluster' },
		title: {
			ru: 'Конкурентоспособность и экспорт',
			kk: 'Бәсекеге қабілеттілік және экспорт',
			en: 'Competitiveness and export'
		},
		guide: {
			ru: '0–3: продажи только на местном рынке; 4–6: продажи по Казахстану, единичные поставки за рубеж; 7–8: регулярный экспорт в страны ЕАЭС и Центральной Азии; 9–10: экспорт на несколько рынков, признанные бренды и сертификация',
			kk: '0–3: тек жергілікті нарықта сату; 4–6: Қазақстан бойынша сату, шетелге бірлі-жарым жеткізілім; 7–8: ЕАЭО және Орталық Азия елдеріне тұрақты экспорт; 9–10: бірнеше нарыққа экспорт, танымал брендтер мен сертификаттау',
			en: '0–3: sales on the local market only; 4–6: sales across Kazakhstan, occasional deliveries abroad; 7–8: regular export to the EAEU and Central Asia; 9–10: export to several markets, recognised brands and certification'
		},
		weight: 20,
		scale: 10
	},
	{
		id: 'cooperation',
		area: { ru: 'Кооперация', kk: 'Ынтымақтастық', en: 'Cooperation' },
		title: {
			ru: 'Кооперация и доверие между участниками',
			kk: 'Мүшелер арасындағы ынтымақтастық пен сенім',
			en: 'Cooperation and trust among the members'
		},
		guide: {
			ru: '0–3: предприятия не работали вместе; 4–6: отдельные поставки друг другу, общие встречи; 7–8: совместные закупки, сбыт или обучение; 9–10: устойчивые совместные проекты и общая организация',
			kk: '0–3: кәсіпорындар бірге жұмыс істемеген; 4–6: бір-біріне жекелеген жеткізілімдер, ортақ кездесулер; 7–8: бірлескен сатып алу, өткізу немесе оқыту; 9–10: тұрақты бірлескен жобалар және ортақ ұйым',
			en: '0–3: the firms have not worked together; 4–6: occasional deliveries to each other, joint meetings; 7–8: joint purchasing, sales or training; 9–10: lasting joint projects and a common organisation'
		},
		weight: 15,
		scale: 10
	},
	{
		id: 'institutions',
		area: { ru: 'Кооперация', kk: 'Ынтымақтастық', en: 'Cooperation' },
		title: {
			ru: 'Связи с институтами: вузы, колледжи, научные центры, местные органы',
			kk: 'Институттармен байланыс: жоғары оқу орындары, колледждер, ғылыми орталықтар, жергілікті органдар',
			en: 'Links with institutions: universities, colleges, research centres, local government'
		},
		guide: {
			ru: '0–3: институтов в группе нет; 4–6: институты названы, совместной работы нет; 7–8: совместная подготовка кадров или исследования; 9–10: институты — активные участники с общими программами',
			kk: '0–3: топта институттар жоқ; 4–6: институттар аталған, бірлескен жұмыс жоқ; 7–8: кадрларды бірлесіп даярлау немесе зерттеулер; 9–10: институттар — ортақ бағдарламалары бар белсенді мүшелер',
			en: '0–3: no institutions in the group; 4–6: institutions named, no joint work; 7–8: joint training or research; 9–10: institutions are active members with joint programmes'
		},
		weight: 10,
		scale: 10
	},
	{
		id: 'coordinator',
		area: { ru: 'Управление', kk: 'Басқару', en: 'Management' },
		title: {
			ru: 'Потенциал координатора кластера',
			kk: 'Кластер үйлестірушісінің әлеуеті',
			en: 'Capacity of the cluster coordinator'
		},
		guide: {
			ru: '0–3: координатор назван, опыта и ресурсов нет; 4–6: опыт в отрасли, полномочия не определены; 7–8: признан участниками, есть время и ресурсы; 9–10: опыт управления совместными проектами, поддержка всех участников',
			kk: '0–3: үйлестіруші аталған, тәжірибесі мен ресурсы жоқ; 4–6: салада тәжірибесі бар, өкілеттігі анықталмаған; 7–8: мүшелер мойындаған, уақыты мен ресурсы бар; 9–10: бірлескен жобаларды басқару тәжірибесі, барлық мүшелердің қолдауы',
			en: '0–3: a coordinator named, without experience or resources; 4–6: experience in the industry, mandate not defined; 7–8: accepted by the members, with time and resources; 9–10: has managed joint projects, supported by every member'
		},
		weight: 15,
		scale: 10
	},
	{
		id: 'strategy',
		area: { ru: 'Развитие', kk: 'Даму', en: 'Development' },
		title: {
			ru: 'Потенциал развития и стратегическое видение',
			kk: 'Даму әлеуеті және стратегиялық пайымдау',
			en: 'Development potential and strategic vision'
		},
		guide: {
			ru: '0–3: цели не сформулированы; 4–6: общие цели без проектов; 7–8: цели и первые совместные проекты с оценкой рынка; 9–10: ясное видение, проекты с источниками финансирования и вклад в экономику региона',
			kk: '0–3: мақсаттар тұжырымдалмаған; 4–6: жобаларсыз жалпы мақсаттар; 7–8: нарықты бағалаумен мақсаттар мен алғашқы бірлескен жобалар; 9–10: айқын пайымдау, қаржыландыру көздері бар жобалар және өңір экономикасына үлес',
			en: '0–3: no objectives written; 4–6: general objectives without projects; 7–8: objectives and first joint projects with a market assessment; 9–10: a clear vision, projects with funding sources and a contribution to the regional economy'
		},
		weight: 20,
		scale: 10
	}
];
