// Demo plan of the flour cluster of Kostanay region: grain from the northern steppe milled for the
// home market and for export to Central Asia and Afghanistan.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { flourTexts } from './flour-kostanay-texts';

const plan: DemoPlan = {
	id: 'flour-kostanay',
	title: 'Strategic development plan 2019–2025',
	vision:
		'By 2025 Kostanay flour is a recognised brand of quality in Central Asia and beyond, made by mills that work together from field to shelf.',
	mission:
		'Raise the value added of Kostanay grain by joint work on quality, export markets, logistics and skills.',
	stages: [
		['inputs', 'Inputs and equipment'],
		['farming', 'Grain farming'],
		['storage', 'Storage and elevators'],
		['milling', 'Flour milling'],
		['processing', 'Bakery and pasta'],
		['logistics', 'Logistics'],
		['markets', 'Markets'],
		['support', 'Support institutions']
	],
	actors: [
		['seeds', 'Elite seed farms', 'supplier', 'inputs'],
		['agrochem', 'Fertiliser and crop protection dealers', 'supplier', 'inputs'],
		['machinery', 'Farm machinery dealers', 'supplier', 'inputs'],
		['equipment', 'Mill equipment suppliers', 'supplier', 'inputs'],
		['bigfarms', 'Large grain farms and agroholdings', 'firm', 'farming', true],
		['smallfarms', 'Small and medium grain farms', 'firm', 'farming'],
		['elevators', 'Grain elevators and receiving points', 'firm', 'storage', true],
		['foodcorp', 'Food Contract Corporation (state grain reserve)', 'institution', 'storage'],
		['mills', 'Large flour mills', 'firm', 'milling', true],
		['smallmills', 'Small flour mills', 'firm', 'milling', true],
		['feedmills', 'Feed mills using bran', 'firm', 'milling'],
		['bakeries', 'Industrial bakeries', 'firm', 'processing', true],
		['pasta', 'Pasta makers', 'firm', 'processing', true],
		['confectionery', 'Confectionery makers', 'firm', 'processing'],
		['rail', 'Rail freight (KTZ)', 'firm', 'logistics'],
		['trucking', 'Trucking and forwarding firms', 'firm', 'logistics'],
		['retail', 'Retail chains and wholesale markets of Kazakhstan', 'market', 'markets'],
		['centralasia', 'Export: Uzbekistan, Tajikistan, Kyrgyzstan', 'market', 'markets'],
		['afghanistan', 'Export: Afghanistan', 'market', 'markets'],
		['china', 'Export: China', 'market', 'markets'],
		['university', 'Kostanay State University', 'institution', 'support'],
		['research', 'Regional agricultural research station', 'institution', 'support'],
		['damu', 'DAMU Entrepreneurship Development Fund', 'institution', 'support'],
		['acc', 'Agrarian Credit Corporation', 'institution', 'support'],
		['kazakhexport', 'KazakhExport export credit agency', 'institution', 'support'],
		['chamber', 'Regional Chamber of Entrepreneurs', 'institution', 'support'],
		['kidi', 'KIDI cluster development centre', 'institution', 'support']
	],
	flows: [
		['seeds', 'bigfarms', 'goods', 'certified seed'],
		['agrochem', 'bigfarms', 'goods', 'fertiliser'],
		['agrochem', 'smallfarms', 'goods', 'fertiliser'],
		['machinery', 'bigfarms', 'goods', 'combines, seeders'],
		['bigfarms', 'elevators', 'goods', 'wheat'],
		['smallfarms', 'elevators', 'goods', 'wheat'],
		['elevators', 'mills', 'goods', 'milling wheat'],
		['elevators', 'smallmills', 'goods', 'milling wheat'],
		['foodcorp', 'mills', 'goods', 'reserve grain'],
		['equipment', 'mills', 'goods', 'roller mills'],
		['mills', 'bakeries', 'goods', 'bakery flour'],
		['mills', 'pasta', 'goods', 'flour'],
		['smallmills', 'confectionery', 'goods', 'flour'],
		['mills', 'feedmills', 'goods', 'bran'],
		['mills', 'rail', 'goods', 'export flour'],
		['rail', 'centralasia', 'goods', 'flour'],
		['rail', 'afghanistan', 'goods', 'flour via Hairatan'],
		['bakeries', 'retail', 'goods', 'bread'],
		['pasta', 'trucking', 'goods', 'pasta'],
		['trucking', 'retail', 'goods', 'pasta'],
		['centralasia', 'mills', 'money', 'export revenue'],
		['retail', 'bakeries', 'money', 'payments'],
		['acc', 'bigfarms', 'money', 'seasonal credit'],
		['damu', 'mills', 'money', 'interest rate subsidy'],
		['kazakhexport', 'mills', 'services', 'export credit insurance'],
		['university', 'mills', 'knowledge', 'technologists'],
		['research', 'seeds', 'knowledge', 'new wheat varieties'],
		['kidi', 'chamber', 'knowledge', 'cluster methodology']
	],
	translations: flourTexts,

	assumptions: {
		exports:
			'Afghan and Central Asian import rules stay open to Kazakh flour; rail tariffs to Tashkent do not rise faster than prices.',
		brand: 'Member mills agree to common quality rules and accept checks by the shared laboratory.',
		quality: 'Certification bodies are available in the region; mills co-finance the audits.',
		products: 'Demand for premium pasta keeps growing in Kazakhstan and Russia.'
	},
	descriptions: {
		exports:
			'Member mills sell on their own and compete on price in the same few markets.\nJoint missions, shared certification and one export office let them reach buyers none of them can reach alone.'
	},
	lines: [
		{
			title: 'Export markets',
			objectives: [
				{
					key: 'exports',
					title: 'Grow flour exports to Central Asia and Afghanistan and open the Chinese market',
					actions: [
						[
							'Joint trade mission to Tashkent and Dushanbe',
							'Regional Chamber of Entrepreneurs',
							'2019-10-31'
						],
						['Register three mills with the Chinese customs authority', 'Cluster coordinator', '2020-06-30'],
						['Joint participation at a food fair in Urumqi', 'KazakhExport', '2020-09-30']
					]
				},
				{
					key: 'brand',
					title: 'Build a shared Kostanay flour brand',
					actions: [
						['Agree brand rules and quality criteria', 'Cluster council', '2019-12-31'],
						['Launch bilingual brand website', 'Cluster coordinator', '2020-03-31']
					]
				}
			]
		},
		{
			title: 'Quality and innovation',
			objectives: [
				{
					key: 'quality',
					title: 'Certify member mills to international food safety standards',
					actions: [
						['HACCP and ISO 22000 gap audit of member mills', 'KIDI', '2019-09-30'],
						['Set up a shared quality laboratory', 'Lead mill', '2020-12-31']
					]
				},
				{
					key: 'products',
					title: 'Move into higher value products: pasta, whole grain and special flours',
					actions: [
						['Market study of premium pasta in Kazakhstan and Russia', 'University', '2019-11-30'],
						['Pilot a whole grain flour line', 'Small mills group', '2021-06-30']
					]
				}
			]
		},
		{
			title: 'Cluster organisation and skills',
			objectives: [
				{
					key: 'organisation',
					title: 'Register a cluster organisation with a paid coordinator',
					actions: [
						['Register the cluster association', 'Cluster council', '2019-05-01'],
						['Agree membership fees and budget', 'Cluster council', '2019-09-30']
					]
				},
				{
					key: 'skills',
					title: 'Train millers, technologists and export managers',
					actions: [
						['Dual training programme for millers with the college', 'University', '2020-09-01'],
						['Export management course for member firms', 'Regional Chamber of Entrepreneurs', '2020-03-31']
					]
				}
			]
		},
		{
			title: 'Logistics and raw material',
			objectives: [
				{
					key: 'logistics',
					title: 'Cut the cost of shipping flour to export markets',
					actions: [
						['Pool rail wagon orders of member mills', 'Cluster coordinator', '2019-12-31'],
						['Negotiate a seasonal tariff with the rail operator', 'Cluster council', '2020-06-30']
					]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['rail', 'o:logistics'],
		['rail', 'p:wagons'],
		['mills', 'o:quality'],
		['mills', 'p:lab'],
		['pasta', 'p:pastaline'],
		['centralasia', 'o:exports'],
		['afghanistan', 'p:exportoffice'],
		['smallmills', 'p:training']
	],
	projects: [
		{
			key: 'lab',
			title: 'Shared grain and flour quality laboratory',
			description:
				'Accredited laboratory testing gluten, falling number and safety for all members and farmers.',
			lead: 'mills',
			partners: ['smallmills', 'university', 'elevators'],
			budget: 180_000_000,
			funding: 'state_support',
			start: '2019-09-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 9,
			objectives: ['quality']
		},
		{
			key: 'exportoffice',
			title: 'Joint export office',
			description: 'Shared export manager, market research and fair participation for member mills.',
			lead: 'mills',
			partners: ['smallmills', 'pasta', 'kazakhexport', 'chamber'],
			budget: 45_000_000,
			funding: 'donor',
			start: '2019-07-01',
			end: '2021-06-30',
			status: 'in_progress',
			priority: 8,
			objectives: ['exports', 'brand']
		},
		{
			key: 'pastaline',
			title: 'Premium pasta line',
			description: 'New extrusion and drying line for durum pasta, with an interest rate subsidy from DAMU.',
			lead: 'pasta',
			partners: ['mills', 'damu'],
			budget: 950_000_000,
			funding: 'loan',
			start: '2020-03-01',
			end: '2021-12-31',
			status: 'proposed',
			priority: 7,
			objectives: ['products']
		},
		{
			key: 'training',
			title: 'Milling technology training centre',
			description: 'Training room and pilot mill at the university for dual training of millers.',
			lead: 'university',
			partners: ['mills', 'bakeries'],
			budget: 60_000_000,
			funding: 'state_support',
			start: '2020-01-15',
			end: '2021-09-01',
			status: 'proposed',
			priority: 6,
			objectives: ['skills']
		},
		{
			key: 'wagons',
			title: 'Joint purchase of grain wagons',
			description: 'Member mills lease 100 hopper wagons together to secure export shipments in peak season.',
			lead: 'elevators',
			partners: ['mills', 'rail'],
			budget: 1_200_000_000,
			funding: 'loan',
			start: '2020-05-01',
			end: '2022-04-30',
			status: 'proposed',
			priority: 6,
			objectives: ['logistics']
		},
		{
			key: 'association',
			title: 'Cluster association and coordinator',
			description: 'Registration, office and first two years of the cluster coordinator, paid by members.',
			lead: 'mills',
			partners: ['bakeries', 'pasta', 'elevators'],
			budget: 24_000_000,
			funding: 'own_funds',
			start: '2019-03-01',
			end: '2021-02-28',
			status: 'in_progress',
			priority: 10,
			objectives: ['organisation']
		}
	],
	indicators: [
		{
			name: 'Flour exports of member mills',
			unit: 'thousand tonnes',
			baseline: 410,
			baselineYear: 2018,
			targets: { 2021: 480, 2023: 540, 2025: 600 },
			frequency: 'annual',
			source: 'Member reports, customs statistics',
			responsible: 'Cluster coordinator',
			link: 'exports'
		},
		{
			name: 'Member mills certified to ISO 22000 or FSSC 22000',
			unit: 'mills',
			baseline: 2,
			baselineYear: 2018,
			targets: { 2020: 5, 2025: 10 },
			frequency: 'annual',
			cumulative: true,
			source: 'Certificates',
			responsible: 'Quality working group',
			link: 'quality'
		},
		{
			name: 'Samples tested by the shared laboratory',
			unit: 'samples per quarter',
			baseline: 0,
			baselineYear: 2019,
			targets: { 2021: 1500, 2025: 3000 },
			frequency: 'quarterly',
			source: 'Laboratory register',
			responsible: 'Laboratory manager',
			link: 'lab'
		},
		{
			name: 'Cluster members',
			unit: 'firms and organisations',
			baseline: 16,
			baselineYear: 2019,
			targets: { 2020: 20, 2025: 30 },
			frequency: 'annual',
			cumulative: true,
			source: 'Cluster register',
			responsible: 'Cluster coordinator',
			link: 'organisation'
		},
		{
			name: 'Millers and technologists trained',
			unit: 'people',
			baseline: 0,
			baselineYear: 2019,
			targets: { 2021: 60, 2025: 200 },
			frequency: 'semiannual',
			cumulative: true,
			source: 'Training centre records',
			responsible: 'University',
			link: 'skills'
		},
		{
			name: 'Rail cost of flour to Tashkent',
			unit: 'USD per tonne',
			baseline: 48,
			baselineYear: 2018,
			targets: { 2022: 42 },
			frequency: 'quarterly',
			cumulative: true,
			source: 'Freight invoices of member mills',
			responsible: 'Logistics working group',
			link: 'logistics'
		}
	],
	comments: [
		[
			'n-foodcorp',
			'Juan Facilitator (Infyde)',
			'Should the state reserve be shown as an input or as a competitor for grain?'
		],
		['p-pastaline', 'Dana Reviewer (KIDI)', 'Please add the expected export share of the new pasta line.']
	]
};

/** Builds the demo plan of the flour cluster of Kostanay region into an empty document. */
export function buildFlourKostanay(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
