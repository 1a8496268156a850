// The six pilot territorial clusters of the World Bank SME Competitiveness Project (2017–2019),
// as the programme's reports name them, with their member counts on 1 January 2019. The clusters
// write in Russian; Kazakh and English are there where a translator has added them (the
// pharmaceutical cluster's Kazakh name, sector and plan title are not written yet).
import type { Localized } from '../../plan';

export type DemoCluster = {
	id: string;
	name: Localized;
	region: Localized;
	sector: Localized;
	memberFirms: number;
	planTitle: Localized;
};

const planTitle: Localized = {
	ru: 'Стратегический план развития кластера на 2019–2025 годы',
	kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары',
	en: 'Strategic development plan 2019–2025'
};

export const demoClusters: DemoCluster[] = [
	{
		id: 'flour-kostanay',
		name: {
			ru: 'Кластер мукомольной отрасли Костанайской области',
			kk: 'Қостанай облысының ұн тарту кластері',
			en: 'Flour cluster of Kostanay region'
		},
		region: { ru: 'Костанайская область', kk: 'Қостанай облысы', en: 'Kostanay region' },
		sector: {
			ru: 'Мукомольная промышленность и переработка зерна',
			kk: 'Ұн тарту және астық өңдеу',
			en: 'Flour milling and grain processing'
		},
		memberFirms: 16,
		planTitle
	},
	{
		id: 'milk-akmola',
		name: {
			ru: 'Молочный кластер Акмолинской области',
			kk: 'Ақмола облысының сүт кластері',
			en: 'Milk cluster of Akmola region'
		},
		region: { ru: 'Акмолинская область', kk: 'Ақмола облысы', en: 'Akmola region' },
		sector: { ru: 'Молочная промышленность', kk: 'Сүт өнеркәсібі', en: 'Dairy' },
		memberFirms: 25,
		planTitle
	},
	{
		id: 'construction-karaganda',
		name: {
			ru: 'Строительный кластер Карагандинской области',
			kk: 'Қарағанды облысының құрылыс кластері',
			en: 'Construction cluster of Karaganda region'
		},
		region: { ru: 'Карагандинская область', kk: 'Қарағанды облысы', en: 'Karaganda region' },
		sector: {
			ru: 'Строительные материалы и строительство',
			kk: 'Құрылыс материалдары және құрылыс',
			en: 'Construction materials and building'
		},
		memberFirms: 28,
		planTitle
	},
	{
		id: 'tourism-almaty-region',
		name: {
			ru: 'Туристический кластер Алматинской области',
			kk: 'Алматы облысының туризм кластері',
			en: 'Tourism cluster of Almaty region'
		},
		region: { ru: 'Алматинская область', kk: 'Алматы облысы', en: 'Almaty region' },
		sector: { ru: 'Туризм', kk: 'Туризм', en: 'Tourism' },
		memberFirms: 58,
		planTitle
	},
	{
		id: 'furniture-almaty',
		name: {
			ru: 'Мебельный кластер города Алматы',
			kk: 'Алматы қаласының жиһаз кластері',
			en: 'Furniture cluster of Almaty'
		},
		region: { ru: 'город Алматы', kk: 'Алматы қаласы', en: 'Almaty' },
		sector: { ru: 'Производство мебели', kk: 'Жиһаз өндірісі', en: 'Furniture manufacturing' },
		memberFirms: 24,
		planTitle
	},
	{
		id: 'pharma-south-kazakhstan',
		name: {
			ru: 'Фармацевтический кластер Южно-Казахстанской области',
			kk: '',
			en: 'Pharmaceutical cluster of South Kazakhstan region'
		},
		region: {
			ru: 'Южно-Казахстанская область',
			kk: 'Оңтүстік Қазақстан облысы',
			en: 'South Kazakhstan region'
		},
		sector: { ru: 'Фармацевтика', kk: '', en: 'Pharmaceuticals' },
		memberFirms: 15,
		planTitle: { ...planTitle, kk: '' }
	}
];

/** Demo accounts and the clusters where each holds a role (global roles apply everywhere). */
export const demoAccounts = [
	{ username: 'demo-admin', displayName: 'Aigerim Admin', globalRole: 'admin', clusters: [] },
	{ username: 'demo-reviewer', displayName: 'Dana Reviewer (KIDI)', globalRole: 'reviewer', clusters: [] },
	{
		username: 'demo-facilitator',
		displayName: 'Juan Facilitator (Infyde)',
		globalRole: null,
		clusters: ['flour-kostanay', 'milk-akmola'],
		role: 'facilitator'
	},
	{
		username: 'demo-member',
		displayName: 'Bolat Member',
		globalRole: null,
		clusters: ['flour-kostanay', 'milk-akmola'],
		role: 'member'
	},
	{
		username: 'demo-coordinator',
		displayName: 'Saule Coordinator',
		globalRole: null,
		clusters: ['flour-kostanay', 'milk-akmola'],
		role: 'coordinator'
	},
	// The competitive selection's people: an applicant (the Burabay tourism group's director, who
	// applied in 2017 and may apply again to the open call) and two consultants on the panel.
	{ username: 'demo-applicant', displayName: 'Erlan Applicant', globalRole: 'applicant', clusters: [] },
	{ username: 'demo-evaluator', displayName: 'Elena Evaluator (Infyde)', globalRole: null, clusters: [] },
	{
		username: 'demo-evaluator-2',
		displayName: 'Marat Evaluator (consultant)',
		globalRole: null,
		clusters: []
	}
] as const;
