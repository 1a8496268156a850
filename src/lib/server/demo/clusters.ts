// The six pilot territorial clusters of the World Bank SME Competitiveness Project (2017–2019),
// as the programme's reports name them, with their member counts on 1 January 2019.
export type DemoCluster = {
	id: string;
	name: string;
	region: string;
	sector: string;
	memberFirms: number;
	planTitle: string;
};

const planTitle = 'Strategic development plan 2019–2025';

export const demoClusters: DemoCluster[] = [
	{
		id: 'flour-kostanay',
		name: 'Flour cluster of Kostanay region',
		region: 'Kostanay region',
		sector: 'Flour milling and grain processing',
		memberFirms: 16,
		planTitle
	},
	{
		id: 'milk-akmola',
		name: 'Milk cluster of Akmola region',
		region: 'Akmola region',
		sector: 'Dairy',
		memberFirms: 25,
		planTitle
	},
	{
		id: 'construction-karaganda',
		name: 'Construction cluster of Karaganda region',
		region: 'Karaganda region',
		sector: 'Construction materials and building',
		memberFirms: 28,
		planTitle
	},
	{
		id: 'tourism-almaty-region',
		name: 'Tourism cluster of Almaty region',
		region: 'Almaty region',
		sector: 'Tourism',
		memberFirms: 58,
		planTitle
	},
	{
		id: 'furniture-almaty',
		name: 'Furniture cluster of Almaty',
		region: 'Almaty',
		sector: 'Furniture manufacturing',
		memberFirms: 24,
		planTitle
	},
	{
		id: 'pharma-south-kazakhstan',
		name: 'Pharmaceutical cluster of South Kazakhstan region',
		region: 'South Kazakhstan region',
		sector: 'Pharmaceuticals',
		memberFirms: 15,
		planTitle
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
	}
] as const;
