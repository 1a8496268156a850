// Demo plan of the pharmaceutical cluster of South Kazakhstan region: generic drug makers around
// Shymkent, herbal raw materials of the south, and the state single distributor as main buyer.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { pharmaTexts } from './pharma-south-kazakhstan-texts';

const plan: DemoPlan = {
	id: 'pharma-south-kazakhstan',
	title: 'Strategic development plan 2019–2025',
	vision:
		'Shymkent is the pharmaceutical centre of Central Asia, making GMP-certified medicines for Kazakhstan and its neighbours.',
	mission:
		'Raise the share of local medicines through GMP, shared services, skills and joint access to export markets.',
	translations: pharmaTexts,
	stages: [
		['inputs', 'Raw materials and packaging'],
		['development', 'Development and registration'],
		['manufacturing', 'Manufacturing'],
		['distribution', 'Distribution'],
		['markets', 'Markets'],
		['support', 'Support institutions']
	],
	actors: [
		['herbs', 'Medicinal plant growers and collectors (licorice, wormwood)', 'supplier', 'inputs', true],
		['api', 'Active ingredient importers', 'supplier', 'inputs'],
		['packaging', 'Glass, blister and carton makers', 'supplier', 'inputs', true],
		['equipment', 'Pharmaceutical equipment suppliers', 'supplier', 'inputs'],
		['cro', 'Contract research and bioequivalence labs', 'firm', 'development'],
		['regaffairs', 'Regulatory affairs consultants', 'firm', 'development'],
		['generics', 'Generic drug manufacturers', 'firm', 'manufacturing', true],
		['infusions', 'Infusion solution makers', 'firm', 'manufacturing', true],
		['phyto', 'Herbal medicine and extract makers', 'firm', 'manufacturing', true],
		['medtech', 'Medical device and disposables makers', 'firm', 'manufacturing', true],
		['qclab', 'Quality control laboratory', 'firm', 'manufacturing', true],
		['singledistributor', 'SK-Pharmacy single distributor', 'institution', 'distribution'],
		['wholesalers', 'Pharmaceutical wholesalers', 'firm', 'distribution'],
		['pharmacies', 'Pharmacy chains', 'market', 'markets'],
		['hospitals', 'Hospitals and clinics', 'market', 'markets'],
		['export', 'Export: Uzbekistan, Kyrgyzstan, Tajikistan', 'market', 'markets'],
		['academy', 'South Kazakhstan Medical Academy', 'institution', 'support'],
		['expertise', 'National centre for expertise of medicines', 'institution', 'support'],
		['sez', 'Ontustik special economic zone', 'institution', 'support'],
		['damu', 'DAMU Entrepreneurship Development Fund', 'institution', 'support'],
		['kazakhexport', 'KazakhExport export credit agency', 'institution', 'support'],
		['akimat', 'Shymkent city and regional akimats', 'institution', 'support']
	],
	flows: [
		['herbs', 'phyto', 'goods', 'dried herbs'],
		['api', 'generics', 'goods', 'active ingredients'],
		['packaging', 'generics', 'goods', 'blisters, cartons'],
		['packaging', 'infusions', 'goods', 'bottles'],
		['equipment', 'generics', 'goods', 'GMP equipment'],
		['cro', 'generics', 'services', 'bioequivalence studies'],
		['regaffairs', 'generics', 'services', 'registration dossiers'],
		['expertise', 'generics', 'services', 'registration'],
		['qclab', 'phyto', 'services', 'batch testing'],
		['qclab', 'generics', 'services', 'batch testing'],
		['generics', 'singledistributor', 'goods', 'long-term contracts'],
		['infusions', 'singledistributor', 'goods', 'infusions'],
		['medtech', 'hospitals', 'goods', 'disposables'],
		['singledistributor', 'hospitals', 'goods', 'free medical care drugs'],
		['phyto', 'wholesalers', 'goods', 'herbal medicines'],
		['wholesalers', 'pharmacies', 'goods', 'medicines'],
		['generics', 'export', 'goods', 'medicines'],
		['singledistributor', 'generics', 'money', 'contract payments'],
		['pharmacies', 'wholesalers', 'money', 'payments'],
		['damu', 'phyto', 'money', 'subsidised loan'],
		['kazakhexport', 'generics', 'services', 'export insurance'],
		['academy', 'generics', 'knowledge', 'pharmacists, chemists'],
		['sez', 'infusions', 'services', 'tax relief, site']
	],
	lines: [
		{
			title: 'GMP and quality',
			objectives: [
				{
					key: 'gmp',
					title: 'Bring every member plant to GMP certification',
					actions: [
						['GMP gap audits of member plants', 'Cluster coordinator', '2019-09-30'],
						['Shared validation and qualification team', 'Quality working group', '2020-06-30']
					]
				},
				{
					key: 'lab',
					title: 'Offer shared accredited quality control',
					actions: [['Accreditation of the shared laboratory', 'Quality control laboratory', '2020-12-31']]
				}
			]
		},
		{
			title: 'Products and markets',
			objectives: [
				{
					key: 'localshare',
					title: 'Raise the share of member medicines in state procurement',
					actions: [
						[
							'Portfolio review against the list of free medical care drugs',
							'Regulatory consultants',
							'2019-12-31'
						],
						['Long-term contracts with the single distributor', 'Generic manufacturers', '2020-06-30']
					]
				},
				{
					key: 'export',
					title: 'Register member medicines in neighbouring countries',
					actions: [['Joint registration dossiers for Uzbekistan', 'Regulatory consultants', '2020-09-30']]
				},
				{
					key: 'herbal',
					title: 'Grow herbal medicines from southern raw materials',
					actions: [['Cultivation trials of licorice and wormwood with growers', 'Academy', '2020-10-31']]
				}
			]
		},
		{
			title: 'People and cooperation',
			objectives: [
				{
					key: 'skills',
					title: 'Train GMP specialists, chemists and technologists',
					actions: [
						['GMP course at the medical academy', 'Academy', '2019-11-30'],
						['Internships at member plants', 'Cluster council', '2020-06-30']
					]
				},
				{
					key: 'organisation',
					title: 'Run the registered cluster organisation',
					actions: [['Adopt the cluster work plan and budget', 'Cluster council', '2019-06-30']]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['qclab', 'p:qclab'],
		['generics', 'p:gmpupgrade'],
		['herbs', 'o:herbal'],
		['phyto', 'p:herbal'],
		['singledistributor', 'o:localshare']
	],
	projects: [
		{
			key: 'qclab',
			title: 'Shared accredited quality control laboratory',
			description: 'Chromatography and microbiology for members too small to run their own GMP laboratory.',
			lead: 'qclab',
			partners: ['phyto', 'medtech', 'academy'],
			budget: 420_000_000,
			funding: 'state_support',
			start: '2019-07-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 9,
			objectives: ['lab', 'gmp']
		},
		{
			key: 'gmpupgrade',
			title: 'GMP upgrade of member plants',
			description: 'Clean rooms, HVAC and validation at three member plants with interest rate subsidies.',
			lead: 'generics',
			partners: ['infusions', 'equipment', 'damu'],
			budget: 3_500_000_000,
			funding: 'loan',
			start: '2019-10-01',
			end: '2022-09-30',
			status: 'in_progress',
			priority: 9,
			objectives: ['gmp', 'localshare']
		},
		{
			key: 'herbal',
			title: 'Herbal extract plant',
			description: 'Extraction of licorice root and other southern plants for medicines and export.',
			lead: 'phyto',
			partners: ['herbs', 'sez'],
			budget: 900_000_000,
			funding: 'state_support',
			start: '2020-03-01',
			end: '2022-02-28',
			status: 'proposed',
			priority: 7,
			objectives: ['herbal']
		},
		{
			key: 'registration',
			title: 'Joint registration in Central Asia',
			description:
				'Shared dossiers and fees for registering 30 member products in Uzbekistan and Kyrgyzstan.',
			lead: 'regaffairs',
			partners: ['generics', 'phyto', 'kazakhexport'],
			budget: 80_000_000,
			funding: 'donor',
			start: '2020-01-15',
			end: '2021-06-30',
			status: 'proposed',
			priority: 7,
			objectives: ['export']
		},
		{
			key: 'gmpschool',
			title: 'GMP school',
			description: 'Yearly GMP course and internships for 60 students and staff.',
			lead: 'academy',
			partners: ['generics', 'infusions'],
			budget: 30_000_000,
			funding: 'own_funds',
			start: '2019-09-01',
			end: '2021-06-30',
			status: 'in_progress',
			priority: 6,
			objectives: ['skills']
		}
	],
	indicators: [
		{
			name: 'Member plants with GMP certificates',
			unit: 'plants',
			baseline: 3,
			baselineYear: 2018,
			targets: { 2020: 5, 2022: 8, 2025: 12 },
			frequency: 'annual',
			cumulative: true,
			source: 'GMP certificates',
			responsible: 'Quality working group',
			link: 'gmp'
		},
		{
			name: 'Member products in single distributor contracts',
			unit: 'products',
			baseline: 45,
			baselineYear: 2018,
			targets: { 2021: 70, 2025: 110 },
			frequency: 'annual',
			cumulative: true,
			source: 'SK-Pharmacy contracts',
			responsible: 'Cluster coordinator',
			link: 'localshare'
		},
		{
			name: 'Batches tested by the shared laboratory',
			unit: 'batches per quarter',
			baseline: 0,
			baselineYear: 2019,
			targets: { 2021: 300, 2025: 600 },
			frequency: 'quarterly',
			source: 'Laboratory register',
			responsible: 'Laboratory manager',
			link: 'qclab'
		},
		{
			name: 'Member products registered abroad',
			unit: 'registrations',
			baseline: 10,
			baselineYear: 2018,
			targets: { 2021: 30, 2025: 60 },
			frequency: 'semiannual',
			cumulative: true,
			source: 'Registration certificates',
			responsible: 'Regulatory consultants',
			link: 'export'
		},
		{
			name: 'GMP specialists trained',
			unit: 'people',
			baseline: 0,
			baselineYear: 2019,
			targets: { 2020: 60, 2025: 300 },
			frequency: 'annual',
			cumulative: true,
			source: 'Academy records',
			responsible: 'Academy',
			link: 'skills'
		}
	],
	comments: [
		['p-gmpupgrade', 'Dana Reviewer (KIDI)', 'Which state support measure finances the interest subsidy?']
	]
};

/** Builds the demo plan of the pharmaceutical cluster of South Kazakhstan region into an empty document. */
export function buildPharmaSouthKazakhstan(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
